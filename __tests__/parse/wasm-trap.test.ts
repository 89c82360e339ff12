import { loadParser, lowerPostgresSql, parserGeneration } from '../../src/parse/sql/postgres.js';

const origin = { file: 'db/migrations/0001_deep.sql', line: 1, column: 1 };

describe('a trap in the PostgreSQL parser (stack overflow) replaces the WASM instance', () => {
  test('the deep statement is a parse error at its line; the rest of the file and later files parse on a fresh instance', async () => {
    const before = parserGeneration();
    const deep = `UPDATE t SET x = 1${' + 1'.repeat(30000)};`;
    const { ops } = await lowerPostgresSql(`${deep}\nCREATE INDEX t_x ON t (x);\nCREATE TABLE (;\n`, origin);
    expect(ops.map((op) => [op.kind, op.loc.line])).toEqual([['unparsed', 1], ['createIndex', 2], ['unparsed', 3]]);
    expect(ops[0]).toMatchObject({ message: expect.stringContaining('too deeply nested') });
    // The fresh instance reports syntax errors with their position, as libpg-query's own does.
    expect(ops[2]).toMatchObject({ message: expect.stringContaining('syntax error') });
    expect(parserGeneration()).toBe(before + 1);

    const later = await lowerPostgresSql('CREATE INDEX CONCURRENTLY t_y ON t (y);\n', { ...origin, file: 'db/migrations/0002_next.sql' });
    expect(later.ops).toEqual([expect.objectContaining({ kind: 'createIndex', concurrently: true })]);
    const pg = await loadParser();
    expect(pg.scanSync('SELECT 1').tokens.length).toBeGreaterThan(0);
    expect(pg.fingerprintSync('SELECT a FROM t WHERE id = 1')).toBe(pg.fingerprintSync('SELECT a FROM t WHERE id = 2'));
    expect(pg.parsePlPgSQLSync('CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;')).toBeTruthy();
  });
});
