import { spawnSync } from 'node:child_process';
import type pg from 'pg';
import { renderDryRunMarkdown, renderDryRunText } from '../../src/dryrun/report.js';
import { takeSnapshot } from '../../src/dryrun/snapshot.js';
import { byFile, createPgDatabase, dryRun, PG, pgAdmin, pgUrl, serverAvailable, writeMigrations } from './helpers.js';

/**
 * The postgres engine against the real PostgreSQL 15: staging is never changed, whatever the
 * migrations try, and the lock trace reports what the server really took.
 */

let available = false;
let db: { name: string; drop: () => Promise<void> } | null = null;

const SEED = `
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE accounts (id serial PRIMARY KEY, name text NOT NULL, balance int NOT NULL DEFAULT 0, feeling mood);
CREATE TABLE orders (id serial PRIMARY KEY, account_id int NOT NULL, total int);
CREATE VIEW rich AS SELECT id, name FROM accounts WHERE balance > 100;
INSERT INTO accounts (name, balance, feeling) SELECT 'a' || g, g * 7, 'ok' FROM generate_series(1, 200) g;
INSERT INTO orders (account_id, total) SELECT (g % 200) + 1, g FROM generate_series(1, 500) g;
`;

/** An independent view of the schema: pg_dump's, when the client tools are installed. */
function schemaDump(database: string): string | null {
  const r = spawnSync('pg_dump', ['--schema-only', '--no-owner', '-h', PG.host, '-p', String(PG.port), '-U', PG.user, database], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: PG.password } });
  // \restrict / \unrestrict carry a random key per dump (pg_dump security fix), not schema.
  return r.status === 0 ? r.stdout.replace(/^\\(un)?restrict .*$/gm, '') : null;
}

async function checksums(c: pg.Client): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of ['accounts', 'orders']) {
    const r = await c.query(`SELECT count(*) || ':' || md5(string_agg(md5(x::text), ',' ORDER BY md5(x::text))) AS f FROM ${t} x`);
    out[t] = String(r.rows[0].f);
  }
  const s = await c.query(`SELECT last_value::text || is_called::text AS v FROM accounts_id_seq`);
  out.accounts_id_seq = String(s.rows[0].v);
  return out;
}

beforeAll(async () => {
  available = await serverAvailable('PostgreSQL', async () => {
    const c = await pgAdmin();
    await c.end();
  });
  if (!available) return;
  db = await createPgDatabase();
  const c = await pgAdmin(db.name);
  await c.query(SEED);
  await c.end();
});

afterAll(async () => {
  await db?.drop();
});

test('staging is never changed by adversarial migrations, and the report says what was refused or timed out', async () => {
  if (!available || !db) return;
  const files = {
    '0001_base.sql': 'SELECT 1;',
    '0101_commit_mid_file.sql': 'ALTER TABLE accounts ADD COLUMN note text;\nCOMMIT;\nALTER TABLE accounts ADD COLUMN note2 text;\n',
    '0102_do_commit.sql': 'DO $$ BEGIN COMMIT; END $$;\n',
    '0103_concurrently.sql': 'CREATE INDEX CONCURRENTLY accounts_name_idx ON accounts (name);\n',
    '0104_vacuum.sql': 'VACUUM accounts;\n',
    '0105_alter_system.sql': "ALTER SYSTEM SET work_mem = '64MB';\n",
    '0106_session.sql': 'SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE;\n',
    '0107_sleep.sql': 'SELECT pg_sleep(30);\n',
    '0108_locked.sql': 'ALTER TABLE orders ADD COLUMN flag boolean;\n',
    '0109_dblink.sql': "SELECT dblink_exec('dbname=postgres', 'CREATE TABLE escaped (id int)');\nUPDATE accounts SET balance = 0;\nDELETE FROM orders;\n",
  };
  const { dir, cleanup } = writeMigrations(files);
  const admin = await pgAdmin(db.name);
  const before = { schema: await takeSnapshot(admin), data: await checksums(admin), dump: schemaDump(db.name) };
  // Another session holds a lock the 0108 migration needs: lock_timeout must fire.
  const blocker = await pgAdmin(db.name);
  await blocker.query('BEGIN');
  await blocker.query('LOCK TABLE orders IN ACCESS SHARE MODE');
  try {
    const result = await dryRun(dir, Object.keys(files).filter((f) => f !== '0001_base.sql'), {
      engine: 'postgres', databaseUrl: pgUrl(db.name), statementTimeoutMs: 1000, lockTimeoutMs: 500,
    });
    const statusOf = (file: string, line = 1) => byFile(result, file).statements.find((s) => s.line === line)!;
    expect(statusOf('0101_commit_mid_file.sql', 2)).toMatchObject({ status: 'refused', benign: true });
    expect(statusOf('0101_commit_mid_file.sql', 2).reason).toMatch(/COMMIT would end the dry-run transaction/);
    expect(statusOf('0101_commit_mid_file.sql', 3).status).toBe('ok');
    expect(statusOf('0102_do_commit.sql')).toMatchObject({ status: 'refused' });
    expect(statusOf('0102_do_commit.sql').reason).toMatch(/COMMIT inside a DO block/);
    expect(statusOf('0103_concurrently.sql')).toMatchObject({ status: 'substituted' });
    expect(statusOf('0103_concurrently.sql').locks).toEqual([expect.objectContaining({ relation: 'accounts', mode: 'SHARE UPDATE EXCLUSIVE', documented: true })]);
    expect(statusOf('0104_vacuum.sql').reason).toMatch(/VACUUM cannot run inside a transaction/);
    expect(statusOf('0105_alter_system.sql').reason).toMatch(/ALTER SYSTEM/);
    expect(statusOf('0106_session.sql').reason).toMatch(/SESSION CHARACTERISTICS/);
    expect(statusOf('0107_sleep.sql')).toMatchObject({ status: 'timeout' });
    expect(statusOf('0107_sleep.sql').reason).toMatch(/statement_timeout/);
    expect(statusOf('0108_locked.sql')).toMatchObject({ status: 'timeout' });
    expect(statusOf('0108_locked.sql').reason).toMatch(/lock_timeout/);
    expect(statusOf('0109_dblink.sql').reason).toMatch(/dblink_exec/);
    expect(byFile(result, '0107_sleep.sql').verdict).toBe('failed');
    expect(byFile(result, '0102_do_commit.sql').verdict).toBe('unverified');
    expect(result.ok).toBe(false);
    const text = renderDryRunText(result);
    expect(text).toMatch(/refused: VACUUM/);
    expect(text).toMatch(/TIMED OUT: lock_timeout/);
    expect(renderDryRunMarkdown(result)).toMatch(/```mermaid\ngantt/);
  } finally {
    await blocker.query('ROLLBACK');
    await blocker.end();
    cleanup();
  }
  const after = { schema: await takeSnapshot(admin), data: await checksums(admin), dump: schemaDump(db.name) };
  expect([...after.schema]).toEqual([...before.schema]);
  expect(after.data).toEqual(before.data);
  expect(after.dump).toEqual(before.dump);
  const leaked = await admin.query(`SELECT to_regclass('escaped') AS t, (SELECT count(*) FROM pg_file_settings WHERE name = 'work_mem' AND sourcefile LIKE '%auto.conf') AS auto`);
  expect(leaked.rows[0]).toEqual({ t: null, auto: '0' });
  await admin.end();
}, 60_000);

test('a connection killed mid-run rolls everything back and is reported', async () => {
  if (!available || !db) return;
  const files = {
    '0201_slow.sql': 'ALTER TABLE accounts ADD COLUMN killed_col int;\nSELECT pg_sleep(8);\n',
    '0202_after.sql': 'ALTER TABLE orders ADD COLUMN after_kill int;\n',
  };
  const { dir, cleanup } = writeMigrations(files);
  const admin = await pgAdmin(db.name);
  const before = { schema: await takeSnapshot(admin), data: await checksums(admin) };
  const killer = setTimeout(() => {
    void admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'migration-guard dry-run'`, [db!.name]);
  }, 1500);
  try {
    const result = await dryRun(dir, Object.keys(files), { engine: 'postgres', databaseUrl: pgUrl(db.name), statementTimeoutMs: 20_000 });
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/connection lost|terminat/i);
    expect(byFile(result, '0201_slow.sql').verdict).toBe('failed');
    expect(byFile(result, '0202_after.sql').reasons.join('\n')).toMatch(/not run/);
  } finally {
    clearTimeout(killer);
    cleanup();
  }
  const after = { schema: await takeSnapshot(admin), data: await checksums(admin) };
  expect([...after.schema]).toEqual([...before.schema]);
  expect(after.data).toEqual(before.data);
  await admin.end();
}, 60_000);

test('lock trace: ACCESS EXCLUSIVE + rewrite for a volatile default, SHARE for CREATE INDEX, SHARE ROW EXCLUSIVE on both FK tables, no rewrite for a constant default', async () => {
  if (!available || !db) return;
  const files = {
    '0301_volatile.sql': 'ALTER TABLE accounts ADD COLUMN token uuid DEFAULT gen_random_uuid();\n',
    '0302_index.sql': 'CREATE INDEX accounts_balance_idx ON accounts (balance);\n',
    '0303_fk.sql': 'ALTER TABLE orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);\n',
    '0304_constant.sql': "ALTER TABLE orders ADD COLUMN status text DEFAULT 'new';\n",
  };
  const { dir, cleanup } = writeMigrations(files);
  try {
    const result = await dryRun(dir, Object.keys(files), { engine: 'postgres', databaseUrl: pgUrl(db.name) });
    const first = (f: string) => byFile(result, f).statements[0]!;
    const modes = (f: string) => first(f).locks.filter((l) => l.relkind === 'table').map((l) => `${l.mode} ${l.relation}`);
    expect(modes('0301_volatile.sql')).toContain('ACCESS EXCLUSIVE accounts');
    expect(first('0301_volatile.sql').rewrites).toContain('table accounts');
    expect(modes('0302_index.sql')).toContain('SHARE accounts');
    expect(first('0302_index.sql').rewrites).toEqual([]);
    expect(modes('0303_fk.sql')).toEqual(expect.arrayContaining(['SHARE ROW EXCLUSIVE orders', 'SHARE ROW EXCLUSIVE accounts']));
    expect(modes('0304_constant.sql')).toContain('ACCESS EXCLUSIVE orders');
    expect(first('0304_constant.sql').rewrites).toEqual([]);
    expect(first('0301_volatile.sql').durationMs).not.toBeNull();
    expect(first('0301_volatile.sql').rowsAffected).not.toBeUndefined();
  } finally {
    cleanup();
  }
}, 60_000);

test('version table: a database behind the base history is a clear mismatch', async () => {
  if (!available || !db) return;
  const admin = await pgAdmin(db.name);
  await admin.query('CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL)');
  await admin.query('INSERT INTO schema_migrations VALUES (1, false)');
  const files = {
    '1_first.up.sql': 'SELECT 1;', '1_first.down.sql': 'SELECT 1;',
    '2_second.up.sql': 'SELECT 1;', '2_second.down.sql': 'SELECT 1;',
    '3_pr.up.sql': 'ALTER TABLE orders ADD COLUMN v int;', '3_pr.down.sql': 'ALTER TABLE orders DROP COLUMN v;',
  };
  const { dir, cleanup } = writeMigrations(files);
  try {
    const result = await dryRun(dir, ['3_pr.up.sql', '3_pr.down.sql'], { engine: 'postgres', databaseUrl: pgUrl(db.name) });
    expect(result.versionTable).toMatchObject({ table: 'schema_migrations', status: 'mismatch' });
    expect(result.versionTable!.message).toMatch(/latest migration is 2/);
    expect(result.ok).toBe(false);
    expect(byFile(result, '3_pr.up.sql').verdict).toBe('verified');
  } finally {
    cleanup();
    await admin.query('DROP TABLE schema_migrations');
    await admin.end();
  }
}, 60_000);

test('sequence increments are not transactional: drift from a data migration is reported with the restore command', async () => {
  if (!available || !db) return;
  const files = { '0401_insert.sql': "-- migrate:up\nINSERT INTO accounts (name) VALUES ('new');\n-- migrate:down\nDELETE FROM accounts WHERE name = 'new';\n" };
  const { dir, cleanup } = writeMigrations(files);
  try {
    const result = await dryRun(dir, Object.keys(files), { engine: 'postgres', databaseUrl: pgUrl(db.name) });
    expect(byFile(result, '0401_insert.sql').statements[0]!.rowsAffected).toBe(1);
    // Verified (up and up again each inserted a row, the down deleted it), and the run is ok: drift is a warning.
    expect({ reasons: byFile(result, '0401_insert.sql').reasons, problems: result.problems, ok: result.ok }).toEqual({ reasons: [], problems: [], ok: true });
    expect((result.warnings ?? []).join('\n')).toMatch(/sequence public\.accounts_id_seq advanced from 200 to 202 .*SELECT setval\('public\.accounts_id_seq', 200, true\)/);
  } finally {
    cleanup();
    const admin = await pgAdmin(db.name);
    await admin.query(`SELECT setval('accounts_id_seq', 200, true)`);
    await admin.end();
  }
}, 60_000);
