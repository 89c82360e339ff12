import { extensionsIn, guardPostgres } from '../../src/dryrun/guard.js';
import { planMigration } from '../../src/dryrun/plan.js';
import type { Migration } from '../../src/ir.js';

/** The PostgreSQL guard decides on the parse tree; near-misses that must still run come first. */

const run = async (sql: string) => (await guardPostgres(sql)).action;
const reason = async (sql: string) => {
  const d = await guardPostgres(sql);
  return d.action === 'run' ? null : d.reason;
};

test('ordinary DDL, DML, savepoints, SET LOCAL of other settings and ANALYZE run', async () => {
  for (const sql of [
    'ALTER TABLE t ADD COLUMN c int',
    "UPDATE t SET note = 'COMMIT; VACUUM' WHERE id = 1",
    'SAVEPOINT s1',
    'ROLLBACK TO SAVEPOINT s1',
    "SET LOCAL search_path = app",
    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN CREATE TYPE mood AS ENUM ('a'); END IF; END $$",
    'CREATE INDEX "concurrently" ON t (c)',
  ]) {
    expect([sql, await run(sql)]).toEqual([sql, 'run']);
  }
});

test('transaction control: BEGIN/COMMIT are benign refusals, ROLLBACK and PREPARE TRANSACTION are not', async () => {
  expect(await guardPostgres('BEGIN')).toMatchObject({ action: 'refuse', benign: true });
  expect(await guardPostgres('END')).toMatchObject({ action: 'refuse', benign: true });
  expect(await guardPostgres('ROLLBACK')).toMatchObject({ action: 'refuse', benign: false });
  expect(await guardPostgres("PREPARE TRANSACTION 'x'")).toMatchObject({ action: 'refuse', benign: false });
  expect(await reason("COMMIT PREPARED 'x'")).toMatch(/PREPARED/);
});

test('statements that escape the transaction or act on the server are refused', async () => {
  expect(await reason('VACUUM FULL t')).toMatch(/VACUUM/);
  expect(await reason("ALTER SYSTEM SET work_mem = '1GB'")).toMatch(/ALTER SYSTEM/);
  expect(await reason('CREATE DATABASE x')).toMatch(/Createdb/);
  expect(await reason("COPY t TO PROGRAM 'rm -rf /'")).toMatch(/PROGRAM/);
  expect(await reason("COPY t FROM '/etc/passwd'")).toMatch(/server file/);
  expect(await reason('RESET ALL')).toMatch(/RESET ALL/);
  expect(await reason('SET statement_timeout = 0')).toMatch(/keeps its own statement_timeout/);
  expect(await reason("SELECT set_config('statement_timeout', '0', false)")).toMatch(/set_config/);
  expect(await reason("SELECT setval('t_id_seq', 100)")).toMatch(/setval/);
  expect(await reason('SELECT pg_terminate_backend(123)')).toMatch(/pg_terminate_backend/);
  expect(await reason('DO $$ BEGIN PERFORM dblink_exec(\'x\', \'y\'); END $$')).toMatch(/dblink_exec/);
  expect(await reason('DO $$ BEGIN ROLLBACK; END $$')).toMatch(/ROLLBACK inside a DO block/);
  expect(await reason('REINDEX DATABASE app')).toMatch(/REINDEX of a schema, database or system/);
});

test('CONCURRENTLY runs in its plain form with the documented lock of the concurrent form', async () => {
  const d = await guardPostgres('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "Idx" ON t (c)', [
    { kind: 'createIndex', name: 'Idx', table: 't', columns: ['c'], unique: true, concurrently: true, ifNotExists: true, where: null, method: null, loc: { file: 'f', line: 1, endLine: 1, column: 1 } },
  ]);
  expect(d).toMatchObject({ action: 'substitute', sql: 'CREATE UNIQUE INDEX  IF NOT EXISTS "Idx" ON t (c)', documentedLock: { mode: 'SHARE UPDATE EXCLUSIVE', tables: ['t'] } });
  expect(await guardPostgres('DROP INDEX CONCURRENTLY idx')).toMatchObject({ action: 'substitute', sql: 'DROP INDEX  idx' });
});

test('extensions are found from CREATE EXTENSION statements', async () => {
  expect(await extensionsIn(['CREATE EXTENSION IF NOT EXISTS "uuid-ossp"', 'CREATE EXTENSION pgcrypto', "SELECT 'extension'"])).toEqual(['uuid-ossp', 'pgcrypto']);
});

test('SQL migrations are planned from the file text: a DO block is one statement, dbmate sections split', () => {
  const text = '-- migrate:up\nCREATE TABLE a (id int);\nDO $$ BEGIN COMMIT; END $$;\n\n-- migrate:down\nDROP TABLE a;\n';
  const m: Migration = {
    id: 'x', file: 'm/x.sql', framework: 'sql', dialect: 'postgres', layout: 'dbmate', isNew: true, transactional: true,
    up: [], down: [], order: 'x', expectsDown: false,
  };
  const plan = planMigration(m, () => text);
  expect(plan.up.statements.map((s) => [s.loc.line, s.sql])).toEqual([
    [2, 'CREATE TABLE a (id int)'],
    [3, 'DO $$ BEGIN COMMIT; END $$'],
  ]);
  expect(plan.down!.statements.map((s) => [s.loc.line, s.sql])).toEqual([[6, 'DROP TABLE a']]);
});

test('functions created by the migration are checked when created, since their bodies run later', async () => {
  expect(await run('CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$')).toBe('run');
  expect(await run('CREATE FUNCTION g() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$')).toBe('run');
  expect(await reason("CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ SELECT dblink_exec('x', 'y') $$")).toMatch(/in the function body: dblink_exec/);
  expect(await reason("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_terminate_backend(1); END $$")).toMatch(/pg_terminate_backend/);
  // A procedure that commits cannot commit when called inside the dry-run's transaction block.
  expect(await run('CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$')).toBe('run');
  expect(await reason("CREATE FUNCTION f() RETURNS int LANGUAGE plpython3u AS $$ return 1 $$")).toMatch(/cannot be checked/);
});

test('allowlist near-misses: ordinary migration statements still run', async () => {
  for (const sql of [
    'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz DEFAULT now())',
    "COMMENT ON COLUMN t.c IS 'deprecated: use d'",
    'GRANT SELECT ON t TO app_reader',
    'ALTER TABLE t ENABLE ROW LEVEL SECURITY',
    "CREATE POLICY p ON t USING (tenant = current_setting('app.tenant')::int)",
    'CREATE EXTENSION IF NOT EXISTS pgcrypto',
    "SET LOCAL search_path = app, public",
    "SELECT set_config('app.tenant', '1', true)",
    "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$",
    'CREATE TRIGGER touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch()',
    "DO $$ BEGIN EXECUTE 'ALTER TABLE t ADD COLUMN x int'; END $$",
    'INSERT INTO t (c) SELECT relname FROM pg_class',
    'SELECT pg_catalog.pg_get_serial_sequence(\'t\', \'id\')',
    'LOCK TABLE t IN SHARE MODE',
    'SAVEPOINT my_own',
    "CREATE OPERATOR === (FUNCTION = int4eq, LEFTARG = int, RIGHTARG = int)",
  ]) {
    expect([sql, await run(sql)]).toEqual([sql, 'run']);
  }
});

test('the embedded engine applies only the refusals that protect its transaction', async () => {
  expect((await guardPostgres('CREATE ROLE r', [], { embedded: true })).action).toBe('run');
  expect((await guardPostgres('SELECT pg_advisory_lock(1)', [], { embedded: true })).action).toBe('run');
  expect(await guardPostgres('COMMIT', [], { embedded: true })).toMatchObject({ action: 'refuse', benign: true });
  expect(await guardPostgres('RELEASE SAVEPOINT migration_guard_x_m', [], { embedded: true })).toMatchObject({ action: 'refuse' });
  expect(await guardPostgres('DO $$ BEGIN COMMIT; END $$', [], { embedded: true })).toMatchObject({ action: 'refuse' });
});
