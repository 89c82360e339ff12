import { lowerPostgresSql } from '../../src/parse/sql/postgres.js';
import type { Op } from '../../src/ir.js';

const lower = async (sql: string) => (await lowerPostgresSql(sql, { file: 'm.sql', line: 1, column: 1 })).ops;
const brief = (ops: Op[]) => ops.map((o) => [o.kind, o.loc.line, o.loc.endLine]);

describe('lowerPostgresSql', () => {
  test('non-ASCII text before a statement does not shift its line (byte vs char offsets)', async () => {
    const ops = await lower("-- 日本語のコメント 🚀\nCOMMENT ON TABLE t IS 'ünïcödé 🚀';\nALTER TABLE t ADD COLUMN c int;");
    expect(brief(ops)).toEqual([['comment', 2, 2], ['addColumn', 3, 3]]);
  });

  test('one bad statement becomes a parse error at its line; the rest is still lowered', async () => {
    const ops = await lower('CREATE TABLE a (id int);\nALTER TABLE a ADD COLUMN;\nCREATE INDEX i ON a (id);');
    expect(brief(ops)).toEqual([['createTable', 1, 1], ['unparsed', 2, 2], ['createIndex', 3, 3]]);
    expect(ops[1]).toMatchObject({ reason: 'parse', message: expect.stringContaining('syntax error') });
  });

  test('DDL inside DO blocks is seen at its own line; EXECUTE is dynamic', async () => {
    const ops = await lower("DO $$\nBEGIN\n  ALTER TABLE t ADD COLUMN d uuid DEFAULT gen_random_uuid();\n  EXECUTE 'DROP TABLE ' || 'x';\nEND $$;");
    expect(brief(ops)).toEqual([['addColumn', 3, 3], ['unparsed', 4, 4]]);
    expect(ops[0]).toMatchObject({ column: { default: { volatile: true } } });
    expect(ops[1]).toMatchObject({ reason: 'dynamic' });
  });

  test('embedded SQL maps to the host file position', async () => {
    const { ops } = await lowerPostgresSql('\n  CREATE INDEX i ON t (c);', { file: 'x.py', line: 10, column: 16 });
    expect(ops[0]!.loc).toEqual({ file: 'x.py', line: 11, endLine: 11, column: 3 });
  });

  test('lowers the statements rules rely on', async () => {
    const ops = await lower(`
CREATE TABLE t (id serial PRIMARY KEY, e varchar(50) NOT NULL DEFAULT 'x', CONSTRAINT c CHECK (e IS NOT NULL));
ALTER TABLE t ADD CONSTRAINT t_e_nn CHECK (e IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT t_e_nn;
ALTER TABLE t ALTER COLUMN e TYPE varchar(100) USING e::text, ALTER COLUMN e SET DEFAULT now(), ALTER COLUMN e DROP NOT NULL;
SET LOCAL lock_timeout = '2s';
BEGIN; COMMIT;
DROP INDEX CONCURRENTLY IF EXISTS i;
REINDEX TABLE t;
ALTER TYPE mood ADD VALUE 'meh';
UPDATE t SET e = 'y'; DELETE FROM t WHERE id = 1;
TRUNCATE t; VACUUM FULL t; CLUSTER t USING i; DROP SCHEMA s; DROP DATABASE d;
ALTER TABLE public.t RENAME TO u; ALTER TABLE u RENAME COLUMN e TO f;`);
    expect(ops.map((o) => o.kind)).toEqual([
      'createTable', 'addConstraint', 'validateConstraint', 'alterColumnType', 'setDefault', 'dropNotNull', 'setLockTimeout',
      'transaction', 'transaction', 'dropIndex', 'reindex', 'alterEnum', 'dml', 'dml', 'truncate', 'vacuum', 'cluster',
      'dropSchema', 'dropSchema', 'renameTable', 'renameColumn',
    ]);
    const create = ops[0] as Extract<Op, { kind: 'createTable' }>;
    expect(create.columns[0]).toMatchObject({ name: 'id', notNull: true, identity: true, primaryKey: true });
    expect(create.columns[1]).toMatchObject({ type: { name: 'varchar', args: [50] }, notNull: true, default: { sql: "'x'", volatile: false } });
    expect(ops[1]).toMatchObject({ constraint: { kind: 'check', notValid: true, notNullColumn: 'e' } });
    expect(ops[6]).toMatchObject({ ms: 2000, local: true });
    expect(ops[9]).toMatchObject({ concurrently: true, ifExists: true });
    expect(ops[12]).toMatchObject({ action: 'update', hasWhere: false });
    expect(ops[13]).toMatchObject({ action: 'delete', hasWhere: true });
    expect(ops[19]).toMatchObject({ table: 't', newName: 'u' });
  });

  test('hostile input: NUL byte, deep nesting, endless statement', async () => {
    const ops = await lower(`SELECT 1;\nSELECT 'a\0b';\nSELECT ${'('.repeat(10000)}1${')'.repeat(10000)};\nSELECT $$ never closed`);
    expect(brief(ops)).toEqual([['other', 1, 1], ['unparsed', 2, 2], ['unparsed', 3, 3], ['unparsed', 4, 4]]);
    expect(ops.slice(1).map((o) => (o.kind === 'unparsed' ? o.message : ''))).toEqual([
      expect.stringContaining('NUL'), expect.stringContaining('nesting'), expect.stringContaining('never ends'),
    ]);
  });
});
