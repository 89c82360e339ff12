import { LineIndex } from '../../src/parse/line-index.js';
import { splitPostgres } from '../../src/parse/sql/pg-splitter.js';

const texts = (sql: string) => splitPostgres(sql).map((c) => c.text);

describe('splitPostgres', () => {
  test('splits on semicolons outside quotes, comments and dollar quotes', () => {
    const sql = `SELECT 'a;b'; SELECT "x;y" FROM t; -- c;\nSELECT $$;$$; SELECT $tag$ $$; $tag$; /* ; /* nested ; */ ; */ SELECT E'\\';';`;
    expect(texts(sql)).toEqual([`SELECT 'a;b';`, `SELECT "x;y" FROM t;`, 'SELECT $$;$$;', 'SELECT $tag$ $$; $tag$;', "SELECT E'\\';';"]);
  });

  test('statement starts at its first token, after comments and blank lines', () => {
    const sql = '\ufeff-- header\n\n/* block */ CREATE TABLE t (id int);';
    const [c] = splitPostgres(sql);
    const idx = new LineIndex(sql);
    expect(c!.text).toBe('CREATE TABLE t (id int);');
    expect(idx.line(c!.start)).toBe(3);
    expect(idx.column(c!.start)).toBe(13);
  });

  test('CRLF is one line break and a lone CR counts too', () => {
    const sql = 'SELECT 1;\r\nSELECT 2;\rSELECT 3;';
    const idx = new LineIndex(sql);
    expect(splitPostgres(sql).map((c) => idx.line(c.start))).toEqual([1, 2, 3]);
  });

  test('BEGIN ATOMIC bodies keep their inner semicolons', () => {
    const sql = 'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END; SELECT 3;';
    expect(texts(sql)).toHaveLength(2);
  });

  test('unterminated literals run to the end and are flagged', () => {
    const chunks = splitPostgres("SELECT 1; SELECT 'never ends\nSELECT 2;");
    expect(chunks[1]!.unterminated).toBe('string literal');
    expect(splitPostgres('SELECT $x$ body')[0]!.unterminated).toMatch(/dollar/);
    expect(splitPostgres('SELECT 1 /* open')[0]!.unterminated).toBe('block comment');
  });

  test('records nesting depth', () => {
    expect(splitPostgres(`SELECT ${'('.repeat(50)}1${')'.repeat(50)};`)[0]!.maxDepth).toBe(50);
  });
});

test('a last statement without a semicolon ends at its last character, not at trailing blank lines', () => {
  const sql = 'SELECT 1;\nSELECT 2\n\n\n';
  const [, last] = splitPostgres(sql);
  expect(last!.text).toBe('SELECT 2');
  expect(new LineIndex(sql).line(last!.end - 1)).toBe(2);
});
