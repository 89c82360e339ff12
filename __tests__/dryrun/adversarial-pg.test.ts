import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DryRunResult } from '../../src/dryrun/types.js';
import { byFile, createPgDatabase, dryRun, PG, pgAdmin, pgUrl, serverAvailable, writeMigrations } from './helpers.js';

/**
 * Hostile migrations against the real PostgreSQL 15 (issue 13). For every class of escape, at
 * least three attacks of our own (other spellings, nesting, the Alembic and Knex routes to the
 * same SQL) run through the real pipeline; a fingerprint of the whole server before and after
 * (schema dump, per-table checksums, roles, settings and postgresql.auto.conf, databases,
 * extensions, data-directory files, statistics resets, advisory locks, notifications) must be
 * identical, and the report must say what was refused and why.
 */

const token = `${process.pid}_${randomBytes(3).toString('hex')}`;
const marker = `/tmp/mg_adv_${token}`;
let available = false;
let db: { name: string; drop: () => Promise<void> } | null = null;
let listener: pg.Client | null = null;
const notifications: string[] = [];

const SEED = `
CREATE TABLE accounts (id serial PRIMARY KEY, name text NOT NULL, balance int NOT NULL DEFAULT 0);
INSERT INTO accounts (name, balance) SELECT 'a' || g, g FROM generate_series(1, 50) g;
CREATE TABLE audit (id serial PRIMARY KEY, note text);
`;

async function fingerprint(): Promise<Record<string, unknown>> {
  const dump = spawnSync('pg_dump', ['--schema-only', '--no-owner', '-h', PG.host, '-p', String(PG.port), '-U', PG.user, db!.name], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: PG.password } });
  // A fresh session sees the server's settings as any new connection would (auto.conf, database and role settings included).
  const c = await pgAdmin(db!.name);
  try {
    const q = async (sql: string, values: unknown[] = []) => (await c.query(sql, values)).rows;
    const tables = await q(`SELECT quote_ident(schemaname) || '.' || quote_ident(relname) AS t FROM pg_stat_user_tables ORDER BY 1`);
    const checksums: Record<string, string> = {};
    for (const { t } of tables) checksums[t] = String((await q(`SELECT count(*) || ':' || coalesce(md5(string_agg(md5(x::text), ',' ORDER BY md5(x::text))), '') AS f FROM ${t} x`))[0]!.f);
    return {
      dump: dump.status === 0 ? dump.stdout.replace(/^\\(un)?restrict .*$/gm, '') : `pg_dump unavailable: ${dump.error?.message ?? dump.stderr}`,
      checksums,
      sequences: await q(`SELECT schemaname, sequencename, last_value::text FROM pg_sequences ORDER BY 1, 2`),
      roles: await q(`SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls, rolconfig FROM pg_roles WHERE rolname = current_user OR rolname LIKE 'mg\\_adv\\_%' OR rolname LIKE 'pg\\_%' ORDER BY 1`),
      members: await q(`SELECT r.rolname AS role, m.rolname AS member FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid JOIN pg_roles m ON m.oid = am.member WHERE m.rolname = current_user OR m.rolname LIKE 'mg\\_adv\\_%' ORDER BY 1, 2`),
      dbRoleSettings: await q(`SELECT setdatabase, setrole, setconfig FROM pg_db_role_setting ORDER BY 1, 2`),
      settings: await q(`SELECT name, setting, source FROM pg_settings WHERE name NOT IN ('application_name') ORDER BY name`),
      autoConf: (await q(`SELECT pg_read_file('postgresql.auto.conf') AS f`))[0]!.f,
      databases: await q(`SELECT datname, datallowconn, datconnlimit FROM pg_database WHERE datname = $1 OR datname LIKE $2 OR datname IN ('postgres', 'template0', 'template1') ORDER BY 1`, [db!.name, `%${token}%`]),
      extensions: await q(`SELECT extname, extversion FROM pg_extension ORDER BY 1`),
      dataDir: (await q(`SELECT pg_ls_dir('.') AS f ORDER BY 1`)).map((r) => r.f).filter((f) => !/^(pg_stat_tmp|postmaster\.pid|pg_wal|log|pg_log|current_logfiles)$/.test(String(f))),
      markerFile: (await q(`SELECT (pg_stat_file($1, true)).size AS s`, [marker]))[0]!.s,
      statsReset: await q(`SELECT (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database())::text AS db, (SELECT stats_reset FROM pg_stat_bgwriter)::text AS bgwriter, (SELECT stats_reset FROM pg_stat_archiver)::text AS archiver`),
      advisoryLocks: await q(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`),
      sessions: await q(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'migration-guard dry-run' AND datname = current_database()`),
    };
  } finally {
    await c.end();
  }
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
  listener = await pgAdmin(db.name);
  listener.on('notification', (n) => notifications.push(`${n.channel}:${n.payload}`));
  await listener.query('LISTEN mg_adv_channel');
}, 30_000);

afterAll(async () => {
  await listener?.end();
  await db?.drop();
  // Roles the attacks name are never created; drop them anyway in case a guard regression let one through.
  const a = available ? await pgAdmin() : null;
  if (a) {
    for (const r of (await a.query(`SELECT rolname FROM pg_roles WHERE rolname LIKE 'mg\\_adv\\_%'`)).rows) await a.query(`DROP ROLE IF EXISTS "${r.rolname}"`);
    await a.end();
  }
});

/** Each attack: its class, the SQL, and what the report must say about it. */
const SQL_ATTACKS: Record<string, { cls: string; sql: string; reason: RegExp }> = {
  // Settings that change how the next statement is lexed.
  '1001_scs_set.sql': { cls: 'lexing', sql: "SET standard_conforming_strings = off;\nINSERT INTO audit (id, note) VALUES (1, 'x\\'); DELETE FROM accounts; --');\n", reason: /standard_conforming_strings changes how the server reads/ },
  '1002_scs_set_config.sql': { cls: 'lexing', sql: "SELECT set_config('standard_conforming_strings', 'off', true);\n", reason: /set_config\(standard_conforming_strings\)/ },
  '1003_scs_pg_settings.sql': { cls: 'lexing', sql: "UPDATE pg_settings SET setting = 'off' WHERE name = 'standard_conforming_strings';\n", reason: /pg_settings changes settings/ },
  '1004_backslash_quote_local.sql': { cls: 'lexing', sql: 'SET LOCAL backslash_quote = on;\n', reason: /backslash_quote changes how/ },
  '1005_names_sjis.sql': { cls: 'lexing', sql: "SET NAMES 'SJIS';\n", reason: /client_encoding changes how/ },
  '1006_scs_in_do.sql': { cls: 'lexing', sql: "DO $$ BEGIN PERFORM set_config('standard_conforming_strings', 'off', false); END $$;\n", reason: /inside the DO block: set_config\(standard_conforming_strings\)/ },
  '1007_scs_function_set.sql': { cls: 'lexing', sql: "CREATE FUNCTION mg_adv_f1() RETURNS int LANGUAGE sql SET standard_conforming_strings = off AS 'SELECT 1';\n", reason: /standard_conforming_strings changes how/ },
  '1008_scs_view_over_settings.sql': { cls: 'lexing', sql: "CREATE VIEW mg_adv_v AS SELECT name, setting FROM pg_catalog.pg_settings;\nUPDATE mg_adv_v SET setting = 'off' WHERE name = 'standard_conforming_strings';\n", reason: /pg_settings changes settings/ },
  // Dynamic SQL run by PL/pgSQL.
  '2001_do_execute_const.sql': { cls: 'dynamic', sql: "DO $$ BEGIN EXECUTE 'ALTER SYSTEM SET work_mem = ''77MB'''; END $$;\n", reason: /EXECUTE: ALTER SYSTEM/ },
  '2002_do_execute_format.sql': { cls: 'dynamic', sql: `DO $$ BEGIN EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'touch ${marker}'); END $$;\n`, reason: /dynamic SQL \(EXECUTE format/ },
  '2003_do_execute_variable.sql': { cls: 'dynamic', sql: "DO $$\nDECLARE q text := 'SELECT pg_advisory_lock(42)';\nBEGIN\n  EXECUTE q;\nEND $$;\n", reason: /dynamic SQL \(EXECUTE q\)/ },
  '2004_function_execute.sql': { cls: 'dynamic', sql: "CREATE FUNCTION mg_adv_exec(q text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE q; END $$;\nSELECT mg_adv_exec('ALTER SYSTEM SET work_mem = ''78MB''');\n", reason: /in the function body: dynamic SQL/ },
  '2005_trigger_execute_concat.sql': { cls: 'dynamic', sql: "CREATE FUNCTION mg_adv_trg() RETURNS trigger LANGUAGE plpgsql AS $body$\nBEGIN\n  EXECUTE 'NOTIFY ' || 'mg_adv_channel';\n  RETURN NEW;\nEND\n$body$;\nCREATE TRIGGER mg_adv_t BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION mg_adv_trg();\nUPDATE accounts SET balance = balance WHERE id = 1;\n", reason: /dynamic SQL/ },
  '2006_nested_do_in_execute.sql': { cls: 'dynamic', sql: "DO $outer$ BEGIN EXECUTE 'DO $$ BEGIN EXECUTE current_setting(''app.q''); END $$'; END $outer$;\n", reason: /dynamic SQL \(EXECUTE current_setting/ },
  '2007_query_to_xml.sql': { cls: 'dynamic', sql: "SELECT query_to_xml('SELECT pg_advisory_lock(7)', true, true, '');\n", reason: /query_to_xml\(\): runs a query given as text/ },
  '2008_return_query_execute.sql': { cls: 'dynamic', sql: "CREATE FUNCTION mg_adv_srf() RETURNS SETOF int LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY EXECUTE 'SELECT 1 FROM pg_advisory_lock(3)' || ''; END $$;\n", reason: /dynamic SQL/ },
  // Functions reached without a call expression; LANGUAGE c / internal.
  '3001_operator.sql': { cls: 'no-call', sql: 'CREATE OPERATOR ### (FUNCTION = pg_advisory_lock, RIGHTARG = bigint);\nSELECT ### 42::bigint;\n', reason: /the operator runs pg_advisory_lock\(\)/ },
  '3002_aggregate.sql': { cls: 'no-call', sql: 'CREATE AGGREGATE mg_adv_agg(bigint) (SFUNC = pg_catalog.pg_stat_reset_single_table_counters, STYPE = oid);\n', reason: /the aggregate runs pg_stat_reset_single_table_counters\(\)/ },
  '3003_cast.sql': { cls: 'no-call', sql: 'CREATE DOMAIN mg_adv_d AS bigint;\nCREATE CAST (mg_adv_d AS text) WITH FUNCTION pg_catalog.pg_notify(text, text);\n', reason: /the cast runs pg_notify\(\)/ },
  '3004_language_internal.sql': { cls: 'no-call', sql: "CREATE FUNCTION mg_adv_lock(bigint) RETURNS void LANGUAGE internal AS 'pg_advisory_lock_int8';\nSELECT mg_adv_lock(5);\n", reason: /LANGUAGE internal function calls server code/ },
  '3005_language_c.sql': { cls: 'no-call', sql: "CREATE FUNCTION mg_adv_c() RETURNS void AS '$libdir/plpgsql', 'plpgsql_call_handler' LANGUAGE c;\n", reason: /LANGUAGE c function/ },
  '3006_attribute_notation.sql': { cls: 'no-call', sql: 'SELECT t.pg_advisory_lock FROM (SELECT 9::bigint) AS t;\n', reason: /attribute notation/ },
  '3007_trigger_function.sql': { cls: 'no-call', sql: 'CREATE TRIGGER mg_adv_t2 AFTER INSERT ON audit FOR EACH ROW EXECUTE FUNCTION pg_catalog.pg_stat_reset();\n', reason: /the trigger runs pg_stat_reset\(\)/ },
  // The dry-run's own timeouts and savepoints.
  '4001_timeout_set_config_local.sql': { cls: 'own-limits', sql: "SELECT set_config('statement_timeout', '0', true);\nSELECT pg_sleep(3);\n", reason: /set_config\(statement_timeout\)/ },
  '4002_reset_lock_timeout.sql': { cls: 'own-limits', sql: 'RESET lock_timeout;\n', reason: /lock_timeout: the dry-run keeps its own/ },
  '4003_idle_timeout_do.sql': { cls: 'own-limits', sql: "DO $$ BEGIN PERFORM set_config('idle_in_transaction_session_timeout', '0', true); END $$;\n", reason: /set_config\(idle_in_transaction_session_timeout\)/ },
  '4004_release_savepoint.sql': { cls: 'own-limits', sql: 'RELEASE SAVEPOINT migration_guard_m;\n', reason: /reserved for the dry-run's own savepoints/ },
  '4005_rollback_to_savepoint_quoted.sql': { cls: 'own-limits', sql: 'ROLLBACK TO SAVEPOINT "MIGRATION_GUARD_abc_m";\n', reason: /reserved for the dry-run's own savepoints/ },
  '4006_reset_all.sql': { cls: 'own-limits', sql: 'RESET ALL;\n', reason: /RESET ALL/ },
  '4007_connection_check.sql': { cls: 'own-limits', sql: "SELECT set_config('client_connection_check_interval', '0', true);\n", reason: /the dry-run keeps its own client_connection_check_interval/ },
  // Server-wide side effects a rollback does not undo.
  '5001_advisory_lock.sql': { cls: 'server-wide', sql: 'SELECT pg_advisory_lock(4242);\n', reason: /pg_advisory_lock\(\): advisory locks/ },
  '5002_advisory_xact_try.sql': { cls: 'server-wide', sql: 'SELECT pg_catalog.pg_try_advisory_xact_lock_shared(4243);\n', reason: /advisory locks/ },
  '5003_notify.sql': { cls: 'server-wide', sql: "NOTIFY mg_adv_channel, 'x';\n", reason: /NOTIFY reaches other sessions/ },
  '5004_pg_notify_in_cte.sql': { cls: 'server-wide', sql: "WITH x AS (SELECT pg_notify('mg_adv_channel', 'y')) SELECT * FROM x;\n", reason: /pg_notify\(\): notifications/ },
  '5005_stat_reset.sql': { cls: 'server-wide', sql: 'SELECT pg_stat_reset();\n', reason: /pg_stat_reset\(\): resets or changes the server's statistics/ },
  '5006_stat_reset_shared.sql': { cls: 'server-wide', sql: "SELECT pg_stat_reset_shared('bgwriter');\n", reason: /statistics/ },
  '5007_setval.sql': { cls: 'server-wide', sql: "SELECT setval('accounts_id_seq', 99999);\n", reason: /setval\(\): sequence changes are not rolled back/ },
  '5008_lock_catalog.sql': { cls: 'server-wide', sql: 'LOCK TABLE pg_catalog.pg_authid IN ACCESS EXCLUSIVE MODE;\n', reason: /locks the system catalog pg_authid/ },
  // Not on the allowlist at all.
  '6001_create_role.sql': { cls: 'allowlist', sql: `CREATE ROLE mg_adv_${token} SUPERUSER LOGIN;\n`, reason: /CreateRole is not on the dry-run's allowlist/ },
  '6002_alter_role_set.sql': { cls: 'allowlist', sql: 'ALTER ROLE CURRENT_USER SET standard_conforming_strings = off;\n', reason: /not on the dry-run's allowlist|standard_conforming_strings/ },
  '6003_alter_database_set.sql': { cls: 'allowlist', sql: `ALTER DATABASE ${'x'.replace('x', '"mgdb"')} SET work_mem = '9MB';\n`, reason: /AlterDatabaseSet is not on the dry-run's allowlist/ },
  '6004_dblink_extension.sql': { cls: 'allowlist', sql: 'CREATE EXTENSION IF NOT EXISTS dblink;\n', reason: /extension dblink is not on the dry-run's allowlist/ },
  '6005_copy_program.sql': { cls: 'allowlist', sql: `COPY (SELECT 1) TO PROGRAM 'touch ${marker}';\n`, reason: /COPY \.\.\. PROGRAM/ },
  '6006_grant_server_program.sql': { cls: 'allowlist', sql: 'GRANT pg_execute_server_program TO CURRENT_USER;\n', reason: /GrantRole is not on the dry-run's allowlist/ },
  '6007_prepare_execute.sql': { cls: 'allowlist', sql: 'PREPARE mg_adv_p AS SELECT 1;\nEXECUTE mg_adv_p;\n', reason: /Prepare is not on the dry-run's allowlist/ },
  '6008_event_trigger.sql': { cls: 'allowlist', sql: "CREATE FUNCTION mg_adv_evt() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\nCREATE EVENT TRIGGER mg_adv_e ON ddl_command_start EXECUTE FUNCTION mg_adv_evt();\n", reason: /CreateEventTrig is not on the dry-run's allowlist/ },
  '6009_unparsable.sql': { cls: 'allowlist', sql: 'SELEKT pg_advisory_lock(1);\n', reason: /parser cannot read this statement/ },
  '6010_server_file_write.sql': { cls: 'allowlist', sql: `SELECT pg_catalog.pg_file_write('${marker}', 'x', false);\n`, reason: /pg_file_write\(\) is a server administration function/ },
};

const ALEMBIC_ATTACKS: Record<string, { cls: string; body: string; reason: RegExp }> = {
  'a1_lexing.py': { cls: 'lexing', body: 'op.execute("SET standard_conforming_strings = off")', reason: /standard_conforming_strings/ },
  'a2_dynamic.py': { cls: 'dynamic', body: `op.execute("DO $$ BEGIN EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'touch ${marker}'); END $$")`, reason: /dynamic SQL/ },
  'a3_no_call.py': { cls: 'no-call', body: 'op.execute("CREATE OPERATOR ### (FUNCTION = pg_advisory_lock, RIGHTARG = bigint)")', reason: /the operator runs pg_advisory_lock/ },
  'a4_own_limits.py': { cls: 'own-limits', body: `op.execute("SELECT set_config('lock_timeout', '0', true)")`, reason: /set_config\(lock_timeout\)/ },
  'a5_server_wide.py': { cls: 'server-wide', body: 'op.execute(sa.text("SELECT pg_advisory_lock(77)"))', reason: /advisory locks/ },
};

const KNEX_ATTACKS: Record<string, { cls: string; body: string; reason: RegExp }> = {
  '20990101000001_lexing.js': { cls: 'lexing', body: "await knex.raw(\"SELECT set_config('standard_conforming_strings', 'off', false)\");", reason: /standard_conforming_strings/ },
  '20990101000002_dynamic.js': { cls: 'dynamic', body: "await knex.raw(\"DO $$ DECLARE q text := 'NOTIFY mg_adv_channel'; BEGIN EXECUTE q; END $$\");", reason: /dynamic SQL/ },
  '20990101000003_no_call.js': { cls: 'no-call', body: "await knex.raw(\"CREATE FUNCTION mg_adv_k() RETURNS void LANGUAGE internal AS 'pg_reload_conf'\");", reason: /LANGUAGE internal/ },
  '20990101000004_own_limits.js': { cls: 'own-limits', body: "await knex.raw('RELEASE SAVEPOINT migration_guard_m');", reason: /reserved for the dry-run's own savepoints/ },
  '20990101000005_server_wide.js': { cls: 'server-wide', body: "await knex.raw('SELECT pg_stat_reset()');", reason: /statistics/ },
};

function alembicFile(name: string, body: string, prev: string | null): string {
  const rev = name.replace(/\.py$/, '');
  return `from alembic import op\nimport sqlalchemy as sa\n\nrevision = "${rev}"\ndown_revision = ${prev ? `"${prev}"` : 'None'}\n\n\ndef upgrade():\n    ${body}\n\n\ndef downgrade():\n    op.execute("SELECT 1")\n`;
}

function knexFile(body: string): string {
  return `exports.up = async function (knex) {\n  ${body}\n};\n\nexports.down = async function (knex) {\n  await knex.raw('SELECT 1');\n};\n`;
}

/** Every non-benign refusal of a migration, as text. */
function refusals(result: DryRunResult, file: string): string {
  const m = byFile(result, file);
  return [...m.statements.filter((s) => s.status === 'refused').map((s) => s.reason), ...m.reasons].join('\n');
}

async function attackRun(files: Record<string, string>): Promise<{ result: DryRunResult; before: Record<string, unknown>; after: Record<string, unknown> }> {
  const { dir, cleanup } = writeMigrations(files);
  const before = await fingerprint();
  try {
    const result = await dryRun(dir, Object.keys(files), { engine: 'postgres', databaseUrl: pgUrl(db!.name), statementTimeoutMs: 1000, lockTimeoutMs: 500 });
    // Notifications are delivered asynchronously: give a leaked one the chance to arrive.
    await new Promise((r) => setTimeout(r, 200));
    return { result, before, after: await fingerprint() };
  } finally {
    cleanup();
  }
}

test('SQL attacks: every class refused with its reason; the server fingerprint is identical', async () => {
  if (!available || !db) return;
  const files = Object.fromEntries(Object.entries(SQL_ATTACKS).map(([f, a]) => [f, a.sql.replace('"mgdb"', `"${db!.name}"`)]));
  const { result, before, after } = await attackRun(files);
  for (const [file, attack] of Object.entries(SQL_ATTACKS)) {
    const m = byFile(result, file);
    expect([file, m.verdict === 'verified' ? 'verified' : 'not verified']).toEqual([file, 'not verified']);
    expect([file, refusals(result, file)]).toEqual([file, expect.stringMatching(attack.reason)]);
  }
  // The dry-run's own statement_timeout still held after the set_config attempt.
  expect(byFile(result, '4001_timeout_set_config_local.sql').statements[1]).toMatchObject({ status: 'timeout' });
  expect(result.privileges!.join('\n')).toMatch(/is a superuser/);
  expect(after).toEqual(before);
  expect(notifications).toEqual([]);
  const counts: Record<string, number> = {};
  for (const a of [...Object.values(SQL_ATTACKS), ...Object.values(ALEMBIC_ATTACKS), ...Object.values(KNEX_ATTACKS)]) counts[a.cls] = (counts[a.cls] ?? 0) + 1;
  console.log(`attack migrations per class: ${JSON.stringify(counts)}`);
}, 60_000);

test('the Alembic and Knex routes to the same SQL are refused the same way; the fingerprint is identical', async () => {
  if (!available || !db) return;
  let prev: string | null = null;
  const alembic: Record<string, string> = {};
  for (const [name, a] of Object.entries(ALEMBIC_ATTACKS)) {
    alembic[name] = alembicFile(name, a.body, prev);
    prev = name.replace(/\.py$/, '');
  }
  const first = await attackRun(alembic);
  for (const [file, a] of Object.entries(ALEMBIC_ATTACKS)) {
    expect([file, byFile(first.result, file).framework, refusals(first.result, file)]).toEqual([file, 'alembic', expect.stringMatching(a.reason)]);
  }
  expect(first.after).toEqual(first.before);
  const knex = Object.fromEntries(Object.entries(KNEX_ATTACKS).map(([f, a]) => [f, knexFile(a.body)]));
  const second = await attackRun(knex);
  for (const [file, a] of Object.entries(KNEX_ATTACKS)) {
    expect([file, byFile(second.result, file).framework, refusals(second.result, file)]).toEqual([file, 'knex', expect.stringMatching(a.reason)]);
  }
  expect(second.after).toEqual(second.before);
  expect(notifications).toEqual([]);
}, 60_000);
