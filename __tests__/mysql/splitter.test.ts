import { splitMysqlStatements } from '../../src/parse/sql/mysql/splitter.js';
import { fixtureText } from './fixtures.js';

/** [line, column, endLine, first words] of each statement. */
function positions(text: string): [number, number, number, string][] {
  return splitMysqlStatements(text).map((s) => [s.line, s.column, s.endLine, s.text.split(/\s+/).slice(0, 2).join(' ')]);
}

const BASIC: [number, number, number, string][] = [
  [4, 1, 8, 'CREATE TABLE'],
  [10, 23, 10, 'INSERT INTO'],
  [11, 1, 11, 'UPDATE accounts'],
  [11, 46, 11, 'DELETE FROM'],
  [13, 1, 13, '/*!40101 SET'],
  [14, 1, 14, 'SELECT 1'],
  [16, 4, 16, 'SELECT `back``tick;`'],
  [17, 1, 17, "SELECT 'no"],
];

const DELIMITERS: [number, number, number, string][] = [
  [2, 1, 9, 'CREATE PROCEDURE'],
  [11, 1, 15, 'CREATE TRIGGER'],
  [19, 1, 19, 'ALTER TABLE'],
  [21, 1, 24, 'CREATE FUNCTION'],
  [26, 1, 39, 'CREATE DEFINER=`admin`@`%`'],
  [40, 1, 40, 'DROP TABLE'],
  [41, 1, 41, 'CREATE TRIGGER'],
  [42, 1, 42, 'START TRANSACTION'],
  [43, 1, 43, 'BEGIN'],
  [44, 1, 44, 'COMMIT'],
];

describe('MySQL statement splitter', () => {
  test('comments, quotes with escapes, backticks, executable comments: exact lines and columns', () => {
    expect(positions(fixtureText('split-basic.sql'))).toEqual(BASIC);
  });

  test('statement text excludes leading comments, trailing comments and the delimiter', () => {
    const [create, insert, , , , , backtick] = splitMysqlStatements(fixtureText('split-basic.sql'));
    expect(create!.text.startsWith('CREATE TABLE accounts (')).toBe(true);
    expect(create!.text.endsWith(') ENGINE=InnoDB')).toBe(true);
    expect(insert!.text).toBe("INSERT INTO accounts (note) VALUES ('a\\'b;c')");
    expect(backtick!.text).toBe('SELECT `back``tick;` FROM accounts');
  });

  test('DELIMITER blocks, BEGIN...END bodies with IF/LOOP/WHILE/REPEAT/CASE, routines without DELIMITER', () => {
    const statements = splitMysqlStatements(fixtureText('split-delimiter.sql'));
    expect(positions(fixtureText('split-delimiter.sql'))).toEqual(DELIMITERS);
    expect(statements.map((s) => s.delimiter)).toEqual(['$$', '$$', ';', '//', ';', ';', ';', ';', ';', ';']);
    expect(statements[0]!.text.endsWith('END')).toBe(true);
    expect(statements[4]!.text.endsWith('DROP TEMPORARY TABLE IF EXISTS scratch;\nEND')).toBe(true);
  });

  test('CRLF line breaks count once', () => {
    expect(positions(fixtureText('split-basic.sql').replace(/\n/g, '\r\n'))).toEqual(BASIC);
    expect(positions(fixtureText('split-delimiter.sql').replace(/\n/g, '\r\n'))).toEqual(DELIMITERS);
  });

  test('a UTF-8 BOM is neither a line nor a column', () => {
    expect(positions('\uFEFF' + fixtureText('split-basic.sql'))).toEqual(BASIC);
    expect(positions('\uFEFFALTER TABLE t ADD COLUMN c int;')).toEqual([[1, 1, 1, 'ALTER TABLE']]);
  });

  test('mysqldump style DELIMITER ;; and a delimiter glued to END', () => {
    const text = 'DELIMITER ;;\nCREATE TRIGGER t1 BEFORE INSERT ON a FOR EACH ROW BEGIN\n  SET NEW.x = 1;\nEND;;\nDELIMITER ;\nSELECT 1;';
    expect(positions(text)).toEqual([
      [2, 1, 4, 'CREATE TRIGGER'],
      [6, 1, 6, 'SELECT 1'],
    ]);
  });

  test('`--` without a following space is an operator, not a comment', () => {
    expect(splitMysqlStatements('SELECT 5--2;\nSELECT 3;').map((s) => s.text)).toEqual(['SELECT 5--2', 'SELECT 3']);
  });

  test('an unterminated quote or comment runs to the end without throwing', () => {
    expect(positions("SELECT 1;\nSELECT 'open;\nSELECT 2;")).toEqual([
      [1, 1, 1, 'SELECT 1'],
      [2, 1, 3, "SELECT 'open;"],
    ]);
    expect(positions('SELECT 1; /* never closed; SELECT 2;')).toEqual([[1, 1, 1, 'SELECT 1']]);
  });

  test('blank and comment-only input yields no statements', () => {
    expect(splitMysqlStatements('')).toEqual([]);
    expect(splitMysqlStatements('\n\n-- just a comment\n# another\n/* and a block */\n;\n')).toEqual([]);
  });

  test('a lone CR is a line break too', () => {
    expect(positions('SELECT 1;\rSELECT 2;')).toEqual([
      [1, 1, 1, 'SELECT 1'],
      [2, 1, 2, 'SELECT 2'],
    ]);
  });
});

describe('MySQL statement splitter, randomised', () => {
  /** Deterministic PRNG so a failure reproduces. */
  function prng(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }
  const TRIVIA = ['', '-- note; with a delimiter', '# hash; note', '/* block; note */', '/* multi\n   line; note */', ''];
  const BODIES = [
    "SELECT 'a;b' AS x",
    'SELECT "q\\";" AS y',
    'SELECT `c;d` FROM t',
    "UPDATE t SET a = 'x -- y' WHERE b = 2",
    'ALTER TABLE t\n  ADD COLUMN c INT,\n  ALGORITHM=INSTANT',
    'SELECT 5--2',
    "INSERT INTO t VALUES ('it''s', '#no')",
    'CREATE PROCEDURE p()\nBEGIN\n  IF 1 THEN SELECT 1; END IF;\nEND',
  ];

  test.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: every statement keeps its line and column', (seed) => {
    const random = prng(seed);
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)] as T;
    let text = '';
    let line = 1;
    const expected: [number, number, number][] = [];
    const newline = seed % 2 === 0 ? '\r\n' : '\n';
    for (let k = 0; k < 60; k++) {
      const trivia = pick(TRIVIA);
      if (trivia) {
        text += trivia.replace(/\n/g, newline) + newline;
        line += trivia.split('\n').length;
      }
      const indent = ' '.repeat(Math.floor(random() * 3));
      const body = pick(BODIES);
      const bodyLines = body.split('\n').length;
      expected.push([line, indent.length + 1, line + bodyLines - 1]);
      text += indent + body.replace(/\n/g, newline) + ';' + newline;
      line += bodyLines;
    }
    expect(splitMysqlStatements(text).map((s) => [s.line, s.column, s.endLine])).toEqual(expected);
  });
});
