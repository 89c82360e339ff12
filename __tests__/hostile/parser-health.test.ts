import { lowerPostgresSql } from '../../src/parse/sql/postgres.js';

const lower = async (sql: string) => (await lowerPostgresSql(sql, { file: 'm.sql', line: 1, column: 1 })).ops;
const brief = (ops: { kind: string; loc: { line: number } }[]) => ops.map((o) => [o.kind, o.loc.line]);

describe('parser health under deep input', () => {
  test('100k nested parentheses: a clean parse error at its line, later statements and files analysed', async () => {
    const deep = `SELECT ${'('.repeat(100_000)}1${')'.repeat(100_000)};`;
    const ops = await lower(`CREATE TABLE a (id int);\n${deep}\nCREATE INDEX i ON a (id);`);
    expect(brief(ops)).toEqual([['createTable', 1], ['unparsed', 2], ['createIndex', 3]]);
    // The next file still parses.
    expect(brief(await lower('DROP TABLE a;'))).toEqual([['dropTable', 1]]);
  });
  test.each([
    ['200k NOTs', `SELECT ${'NOT '.repeat(200_000)}true;`],
    ['20k nested CASE', `SELECT ${'CASE WHEN true THEN '.repeat(20_000)}1${' END'.repeat(20_000)};`],
    ['50k nested ARRAY[', `SELECT ${'ARRAY['.repeat(50_000)}1${']'.repeat(50_000)};`],
  ])('deep expression without parentheses (%s): parse error at line 1, later statements and files analysed', async (_name, deep) => {
    const ops = await lower(`${deep}\nDROP TABLE a;`);
    expect(brief(ops)).toEqual([['unparsed', 1], ['dropTable', 2]]);
    expect(brief(await lower('DROP TABLE b;'))).toEqual([['dropTable', 1]]);
  });
});
