import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { defaultConfig } from '../../src/config.js';
import { guardMysql } from '../../src/dryrun/mysql.js';
import { lexingVariableReads } from '../../src/dryrun/mysql-guard.js';
import { renderDryRunText } from '../../src/dryrun/report.js';
import { byFile, dryRun, MY, mysqlUrl, serverAvailable, writeMigrations } from './helpers.js';

/**
 * Hostile migrations against the real MariaDB (issue 13): dynamic SQL, sql_mode and character-set
 * changes, double-quoted qualified names, views and triggers that reach other schemas, executable
 * comments, and server-level escapes. Each runs through the real pipeline; a fingerprint of the
 * server before and after (schemas, per-table checksums including the mysql.* tables, users,
 * global variables, routines/triggers/events/plugins everywhere, named locks, a marker file) must
 * be identical, and the report must say what was refused and why.
 */

const token = `${process.pid}_${randomBytes(3).toString('hex')}`;
const source = `migration_guard_test_adv_${randomBytes(4).toString('hex')}`;
const marker = `/tmp/mg_advmy_${token}`;
let available = false;
let conn: mysql.Connection | null = null;

/** Schemas other helpers' tests create and drop concurrently on the shared server. */
const foreign = (s: string) => /^migration_guard_(test|dryrun)_/.test(s) && s !== source;

async function q(sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  return (await conn!.query(sql, values))[0] as Record<string, unknown>[];
}

async function fingerprint(): Promise<Record<string, unknown>> {
  const schemas = (await q('SELECT SCHEMA_NAME AS s FROM information_schema.SCHEMATA ORDER BY 1')).map((r) => String(r.s)).filter((s) => !foreign(s));
  const tables = (await q(`SELECT TABLE_SCHEMA AS s, TABLE_NAME AS t, TABLE_TYPE AS k FROM information_schema.TABLES WHERE TABLE_SCHEMA NOT IN ('information_schema', 'performance_schema') ORDER BY 1, 2`)).filter((r) => !foreign(String(r.s)));
  const checksums: Record<string, string> = {};
  const definitions: Record<string, string> = {};
  for (const r of tables) {
    const name = `\`${String(r.s)}\`.\`${String(r.t)}\``;
    if (r.k === 'BASE TABLE') checksums[name] = String((await q(`CHECKSUM TABLE ${name}`))[0]!.Checksum);
    if (String(r.s) === source) definitions[name] = JSON.stringify(await q(r.k === 'VIEW' ? `SHOW CREATE VIEW ${name}` : `SHOW CREATE TABLE ${name}`));
  }
  const notForeign = (rows: Record<string, unknown>[], key: string) => rows.filter((r) => !foreign(String(r[key])));
  return {
    schemas,
    checksums,
    definitions,
    users: await q('SELECT User, Host FROM mysql.user ORDER BY 1, 2'),
    globals: await q('SHOW GLOBAL VARIABLES'),
    routines: notForeign(await q('SELECT ROUTINE_SCHEMA AS s, ROUTINE_NAME AS n, ROUTINE_TYPE AS k FROM information_schema.ROUTINES ORDER BY 1, 2'), 's'),
    triggers: notForeign(await q('SELECT TRIGGER_SCHEMA AS s, TRIGGER_NAME AS n FROM information_schema.TRIGGERS ORDER BY 1, 2'), 's'),
    events: notForeign(await q('SELECT EVENT_SCHEMA AS s, EVENT_NAME AS n FROM information_schema.EVENTS ORDER BY 1, 2'), 's'),
    plugins: await q('SELECT PLUGIN_NAME AS n, PLUGIN_STATUS AS st FROM information_schema.PLUGINS ORDER BY 1'),
    functions: await q('SELECT * FROM mysql.func ORDER BY 1'),
    lock: await q(`SELECT IS_USED_LOCK(?) AS l`, [`mg_adv_${token}`]),
    marker: existsSync(marker),
  };
}

beforeAll(async () => {
  available = await serverAvailable('MariaDB/MySQL', async () => {
    conn = await mysql.createConnection({ ...MY, connectTimeout: 3000 });
  });
  if (!available) return;
  await q(`CREATE DATABASE \`${source}\``);
  await q(`CREATE TABLE \`${source}\`.users (id int AUTO_INCREMENT PRIMARY KEY, email varchar(100) NOT NULL, name varchar(50)) ENGINE=InnoDB`);
  await q(`CREATE TABLE \`${source}\`.orders (id int AUTO_INCREMENT PRIMARY KEY, user_id int NOT NULL, total int) ENGINE=InnoDB`);
  await q(`INSERT INTO \`${source}\`.users (email, name) VALUES ('a@x', 'a'), ('b@x', 'b')`);
  await q(`INSERT INTO \`${source}\`.orders (user_id, total) VALUES (1, 10), (2, 20)`);
}, 30_000);

afterAll(async () => {
  if (!conn) return;
  await q(`DROP DATABASE IF EXISTS \`${source}\``);
  await conn.end();
});

const S = '`' + 'SRC' + '`';
/** [class, file, up SQL, the refusal reason expected]. `SRC` is the source schema. */
const ATTACKS: [string, string, string, RegExp][] = [
  // Dynamic SQL: PREPARE/EXECUTE, EXECUTE IMMEDIATE, routine bodies and anonymous blocks.
  ['dynamic', 'dyn_prepare', `PREPARE s FROM 'DROP DATABASE ${S}';\nEXECUTE s;`, /dynamic SQL/],
  ['dynamic', 'dyn_immediate', `EXECUTE IMMEDIATE CONCAT('DROP ', 'DATABASE ', '${S}');`, /dynamic SQL/],
  ['dynamic', 'dyn_procedure', `CREATE PROCEDURE p1() BEGIN SET @q = CONCAT('UPDATE SRC', '.users SET name = 1'); PREPARE s FROM @q; EXECUTE s; END;\nCALL p1();`, /dynamic SQL/],
  ['dynamic', 'dyn_block', `BEGIN NOT ATOMIC PREPARE s FROM 'DROP DATABASE SRC'; EXECUTE s; END;`, /dynamic SQL/],
  ['dynamic', 'dyn_static_body', `CREATE PROCEDURE p2() BEGIN DROP DATABASE ${S}; END;\nCALL p2();`, /DROP DATABASE acts outside/],
  // sql_mode and character sets that change how quotes and backslashes are read.
  ['sql_mode', 'mode_ansi', `SET sql_mode = 'ANSI_QUOTES';\nALTER TABLE "SRC".users ADD COLUMN leaked int;`, /ANSI_QUOTES|names the schema/],
  ['sql_mode', 'mode_concat', `SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES');`, /computed value/],
  ['sql_mode', 'mode_variable', `SET @@session.sql_mode := 'ANSI,NO_BACKSLASH_ESCAPES';`, /changes how the server reads quotes/],
  ['sql_mode', 'mode_comment', `/*!40101 SET sql_mode = 'NO_BACKSLASH_ESCAPES' */;`, /changes how the server reads quotes/],
  ['sql_mode', 'mode_charset', `SET NAMES gbk;`, /multibyte character set/],
  ['sql_mode', 'mode_statement', `SET STATEMENT sql_mode = 'ANSI_QUOTES' FOR UPDATE "SRC".users SET name = 'x';`, /SET STATEMENT/],
  // Double-quoted qualified names (identifiers under ANSI_QUOTES).
  ['double-quoted', 'dq_insert', `INSERT INTO "SRC".users (email) VALUES ('x');`, /names the schema/],
  ['double-quoted', 'dq_spaced', `UPDATE "SRC" . "users" SET name = 'x';`, /names the schema/],
  ['double-quoted', 'dq_ctas', `CREATE TABLE copied AS SELECT * FROM "SRC".orders;`, /names the schema/],
  // Views and triggers that reach other schemas.
  ['view/trigger', 'vt_updatable_view', `CREATE VIEW leak AS SELECT * FROM SRC.users;\nUPDATE leak SET name = 'pwned';`, /names the schema/],
  ['view/trigger', 'vt_trigger_update', `CREATE TABLE t1 (id int);\nCREATE TRIGGER tr1 AFTER INSERT ON t1 FOR EACH ROW UPDATE ${S}.users SET name = 'pwned';\nINSERT INTO t1 VALUES (1);`, /names the schema/],
  ['view/trigger', 'vt_trigger_mysql', `CREATE TABLE t2 (id int);\nCREATE TRIGGER tr2 BEFORE INSERT ON t2 FOR EACH ROW BEGIN INSERT INTO mysql.func (name, ret, dl, type) VALUES ('x', 0, 'x.so', 'function'); END;\nINSERT INTO t2 VALUES (1);`, /names the schema mysql/],
  ['view/trigger', 'vt_definer_spaced', `CREATE TABLE t3 (id int);\nCREATE DEFINER=CURRENT_USER TRIGGER tr3 AFTER INSERT ON t3 FOR EACH ROW DELETE FROM ${S} . \`orders\`;\nINSERT INTO t3 VALUES (1);`, /names the schema/],
  // Executable comments read as the server reads them.
  ['executable comment', 'ec_drop', `/*!50000 DROP DATABASE ${S} */;`, /DROP DATABASE/],
  ['executable comment', 'ec_mariadb_rename', `ALTER TABLE users ADD COLUMN c1 int /*M!100000 , RENAME TO ${S}.stolen */;`, /names the schema/],
  ['executable comment', 'ec_hidden_end', `CREATE TABLE t5 (id int) /*!99999 ' */ ENGINE=CONNECT TABLE_TYPE=DOS FILE_NAME='${marker}' -- ' */;`, /ends in a different place/],
  ['executable comment', 'ec_user', `/*M! CREATE USER 'mg_pwn_${token}'@'%' */;`, /CREATE USER/],
  // Server-level escapes outside the clone.
  ['server', 'sv_udf', `CREATE FUNCTION sys_exec RETURNS INTEGER SONAME 'lib_mysqludf_sys.so';`, /SONAME/],
  ['server', 'sv_outfile', `SELECT 'x' INTO OUTFILE '${marker}';`, /server files/],
  ['server', 'sv_connect', `CREATE TABLE f (id int) ENGINE=CONNECT TABLE_TYPE=DOS FILE_NAME='${marker}';`, /ENGINE=CONNECT/],
  ['server', 'sv_lock', `SELECT GET_LOCK('mg_adv_${token}', 0);`, /named lock/],
  ['server', 'sv_timeout', `SET max_statement_time = 0;`, /own timeouts/],
  ['server', 'sv_event', `CREATE EVENT e1 ON SCHEDULE EVERY 1 SECOND DO DELETE FROM users;`, /CREATE EVENT/],
  ['server', 'sv_release', `DO RELEASE_ALL_LOCKS();`, /marks its clone as alive/],
  ['server', 'sv_global', `SET @@global.max_connections = 1;`, /server for everyone/],
];

test('the guard reads double quotes as identifiers under ANSI_QUOTES and refuses backslashes under NO_BACKSLASH_ESCAPES', () => {
  const schemas = new Set(['prod']);
  const ansi = { ansiQuotes: true, noBackslashEscapes: false };
  expect(guardMysql('ALTER TABLE "prod"."users" ADD COLUMN x int', schemas, 'c', ansi).refuse).toMatch(/names the schema prod/);
  expect(guardMysql('ALTER TABLE "users" ADD COLUMN x int', schemas, 'c', ansi).refuse).toBeNull();
  expect(guardMysql("SET sql_mode = 'STRICT_TRANS_TABLES'", schemas, 'c', ansi).refuse).toMatch(/ANSI_QUOTES/);
  expect(guardMysql("SET sql_mode = 'ANSI_QUOTES,STRICT_TRANS_TABLES'", schemas, 'c', ansi).refuse).toBeNull();
  expect(guardMysql('UPDATE "users\\" SET x = 1', schemas, 'c', ansi).refuse).toMatch(/backslash under ANSI_QUOTES/);
  const nbe = { ansiQuotes: false, noBackslashEscapes: true };
  expect(guardMysql("INSERT INTO t VALUES ('a\\', 1)", schemas, 'c', nbe).refuse).toMatch(/NO_BACKSLASH_ESCAPES/);
  // Plain migrations stay allowed.
  for (const ok of ['CREATE TABLE t (id int) ENGINE=InnoDB', '/*!40101 SET NAMES utf8mb4 */', 'SET foreign_key_checks = 0', 'CREATE OR REPLACE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW v AS SELECT 1', 'CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET NEW.a = 1', 'ALTER TABLE users ENGINE=Aria'])
    expect(guardMysql(ok, schemas, 'c').refuse).toBeNull();
});

test(`hostile MySQL migrations (${ATTACKS.length} attacks in 6 classes) are refused with their reasons; the server fingerprint is identical`, async () => {
  if (!available) return;
  const files: Record<string, string> = { '20240101000000_base.sql': '-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 1;\n' };
  ATTACKS.forEach(([, name, up], k) => {
    files[`2024020${String(100000 + k).padStart(7, '0')}_${name}.sql`] = `-- migrate:up\n${up.replace(/SRC/g, source)}\n-- migrate:down\nSELECT 1;\n`;
  });
  files['20250101000000_benign.sql'] = '-- migrate:up\nALTER TABLE users ADD COLUMN nickname varchar(20);\n-- migrate:down\nALTER TABLE users DROP COLUMN nickname;\n';
  const { dir, cleanup } = writeMigrations(files);
  const before = await fingerprint();
  try {
    const changed = Object.keys(files).filter((f) => !f.includes('_base'));
    const progress: string[] = [];
    const result = await dryRun(dir, changed, { engine: 'mysql', databaseUrl: mysqlUrl(source), config: defaultConfig({ dialect: 'mysql' }), progress: (m) => progress.push(m) });
    // The run's own clone is gone.
    const clone = /into (migration_guard_dryrun_[0-9a-f]{12})/.exec(progress.join('\n'))?.[1];
    expect(clone).toBeDefined();
    expect(await q('SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [clone])).toEqual([]);
    expect(byFile(result, '20250101000000_benign.sql').verdict).toBe('verified');
    const text = renderDryRunText(result);
    ATTACKS.forEach(([cls, name, , reason], k) => {
      const file = Object.keys(files).find((f) => f.endsWith(`_${name}.sql`))!;
      const m = byFile(result, file);
      const refused = m.statements.filter((s) => s.status === 'refused');
      expect({ cls, name, refused: refused.length > 0, verdict: m.verdict === 'verified' ? 'verified' : 'not verified' }).toEqual({ cls, name, refused: true, verdict: 'not verified' });
      expect({ name, reasons: refused.map((s) => s.reason).join(' | ') }).toEqual({ name, reasons: expect.stringMatching(reason) });
      expect(m.reasons.join('\n')).toMatch(/refused at /);
    });
    expect(text).toMatch(/refused/);
  } finally {
    cleanup();
  }
  expect(await fingerprint()).toEqual(before);
}, 120_000);

test('sql_mode and character sets set from a user variable are judged by the value the session holds; unknown values fail closed', () => {
  const schemas = new Set(['prod']);
  const userVariables = new Map<string, string | null>([['old_sql_mode', 'STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION'], ['m', 'ANSI_QUOTES'], ['cs', 'utf8mb4'], ['big', 'big5'], ['n', null]]);
  const ctx = { ansiQuotes: false, noBackslashEscapes: false, userVariables };
  expect(lexingVariableReads('/*!40101 SET SQL_MODE=@OLD_SQL_MODE */')).toEqual(['old_sql_mode']);
  expect(lexingVariableReads('SET @@SESSION.character_set_client = @cs, foreign_key_checks = @fk')).toEqual(['cs']);
  expect(lexingVariableReads('SET foreign_key_checks = @OLD_FOREIGN_KEY_CHECKS')).toEqual([]);
  for (const ok of ['/*!40101 SET SQL_MODE=@OLD_SQL_MODE */', 'SET collation_connection = @cs', "SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO'", 'SET NOTE_VERBOSITY=@OLD_NOTE_VERBOSITY'])
    expect([ok, guardMysql(ok, schemas, 'c', ctx).refuse]).toEqual([ok, null]);
  const refused: [string, RegExp][] = [
    ['SET sql_mode = @m', /'ANSI_QUOTES' \(the value of @m\) changes how the server reads quotes/],
    ['SET character_set_client = @big', /BIG5: only single-byte-safe/],
    ['SET sql_mode = @n', /@n, which is NULL/],
    ['SET sql_mode = @never_read', /whose value the dry-run did not read/],
    ["SET @m = 'ANSI', sql_mode = @m", /which the same SET assigns/],
    ['SET @x = f(), sql_mode = @old_sql_mode', /alongside a call or subquery/],
    ['SET sql_mode = @`m`', /computed value/],
    // Unreadable without the runner (no values passed): refused.
    ['/*!40101 SET SQL_MODE=@OLD_SQL_MODE */', /did not read/],
  ];
  refused.forEach(([sql, reason], k) => expect([sql, guardMysql(sql, schemas, 'c', k === refused.length - 1 ? undefined : ctx).refuse]).toEqual([sql, expect.stringMatching(reason)]));
});

test('benign spellings stay allowed: information_schema reads, single-byte-safe character sets', () => {
  const schemas = new Set(['prod']);
  expect(guardMysql("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME = 'x'", schemas, 'c').refuse).toBeNull();
  expect(guardMysql('/*!40101 SET character_set_client = utf8 */', schemas, 'c').refuse).toBeNull();
  expect(guardMysql('SET collation_connection = utf8mb4_unicode_ci', schemas, 'c').refuse).toBeNull();
  expect(guardMysql('SET character_set_client = sjis', schemas, 'c').refuse).toMatch(/single-byte-safe/);
  expect(guardMysql('SET collation_connection = gbk_chinese_ci', schemas, 'c').refuse).toMatch(/single-byte-safe/);
  expect(guardMysql('UPDATE performance_schema.setup_instruments SET ENABLED = 1', schemas, 'c').refuse).toMatch(/performance_schema/);
  // Another run's clone, even one created after this run listed the schemas; this run's own is fine.
  expect(guardMysql('DROP TABLE migration_guard_dryrun_0123456789ab.users', schemas, 'migration_guard_dryrun_ffffffffffff').refuse).toMatch(/names the schema migration_guard_dryrun_0123456789ab/);
  expect(guardMysql('DROP TABLE `migration_guard_dryrun_ffffffffffff`.users', schemas, 'migration_guard_dryrun_ffffffffffff').refuse).toBeNull();
});

/** The Alembic (op.execute) and Knex (knex.raw) routes to the same SQL: [class, route, statements, reason]. */
const ROUTE_ATTACKS: [string, 'alembic' | 'knex', string[], RegExp][] = [
  ['dynamic', 'alembic', ["EXECUTE IMMEDIATE CONCAT('DROP DATABASE ', '`SRC`')"], /dynamic SQL/],
  ['dynamic', 'alembic', ["PREPARE s FROM 'UPDATE SRC.users SET name = 1'", 'EXECUTE s'], /dynamic SQL/],
  ['dynamic', 'knex', ['CREATE PROCEDURE kp() BEGIN PREPARE s FROM @q; EXECUTE s; END', 'CALL kp()'], /dynamic SQL/],
  ['dynamic', 'knex', ['BEGIN NOT ATOMIC EXECUTE IMMEDIATE @q; END'], /dynamic SQL/],
  ['sql_mode', 'alembic', ["SET sql_mode = 'ANSI_QUOTES'", 'UPDATE "SRC".users SET name = 1'], /ANSI_QUOTES/],
  ['sql_mode', 'alembic', ["SET @m = 'NO_BACKSLASH_ESCAPES'", 'SET SESSION sql_mode = @m'], /the value of @m\) changes how the server reads quotes/],
  ['sql_mode', 'knex', ["/*!40101 SET sql_mode = 'ANSI' */"], /changes how the server reads quotes/],
  ['sql_mode', 'knex', ["SET @OLD_SQL_MODE = CONCAT(@@SQL_MODE, ',ANSI_QUOTES')", 'SET SQL_MODE = @OLD_SQL_MODE'], /changes how the server reads quotes/],
  ['double-quoted', 'alembic', ['UPDATE "SRC".users SET name = 1'], /names the schema/],
  ['double-quoted', 'alembic', ['DELETE FROM "SRC" . "orders"'], /names the schema/],
  ['double-quoted', 'knex', ['INSERT INTO "SRC"."users" (email) VALUES (1)'], /names the schema/],
  ['double-quoted', 'knex', ['CREATE TABLE kc AS SELECT * FROM "SRC".orders'], /names the schema/],
  ['view/trigger', 'alembic', ['CREATE VIEW av AS SELECT * FROM `SRC`.users', "UPDATE av SET name = 'pwned'"], /names the schema/],
  ['view/trigger', 'alembic', ["CREATE TRIGGER atr AFTER INSERT ON orders FOR EACH ROW UPDATE SRC.users SET name = 'x'", 'INSERT INTO orders (user_id) VALUES (1)'], /names the schema/],
  ['view/trigger', 'knex', ['CREATE TRIGGER trk AFTER INSERT ON orders FOR EACH ROW DELETE FROM `SRC`.users', 'INSERT INTO orders (user_id) VALUES (1)'], /names the schema/],
  ['view/trigger', 'knex', ["CREATE DEFINER=CURRENT_USER TRIGGER trk2 BEFORE UPDATE ON orders FOR EACH ROW BEGIN INSERT INTO mysql.func (name, ret, dl, type) VALUES ('x', 0, 'x.so', 'function'); END"], /names the schema mysql/],
  ['executable comment', 'alembic', ['/*!50000 DROP DATABASE `SRC` */'], /DROP DATABASE/],
  ['executable comment', 'alembic', ['ALTER TABLE users ADD COLUMN c1 int /*M!100000 , RENAME TO SRC.stolen */'], /names the schema/],
  ['executable comment', 'knex', [`/*M! CREATE USER 'mg_pwn_${token}'@'%' */`], /CREATE USER/],
  ['executable comment', 'knex', [`CREATE TABLE kt (id int) /*!99999 ' */ ENGINE=CONNECT TABLE_TYPE=DOS FILE_NAME='${marker}' -- ' */`], /ends in a different place/],
  ['server', 'alembic', [`SELECT 'x' INTO OUTFILE '${marker}'`], /server files/],
  ['server', 'alembic', ['SET @@global.max_connections = 1'], /server for everyone/],
  ['server', 'knex', [`SELECT GET_LOCK('mg_adv_${token}', 0)`], /named lock/],
  ['server', 'knex', ["CREATE FUNCTION sys_exec RETURNS INTEGER SONAME 'lib_mysqludf_sys.so'"], /SONAME/],
];

test(`the Alembic and Knex routes to the same SQL (${ROUTE_ATTACKS.length} attacks, at least 3 per class) are refused the same way; the fingerprint is identical`, async () => {
  if (!available) return;
  const perClass: Record<string, number> = {};
  for (const [cls] of ROUTE_ATTACKS) perClass[cls] = (perClass[cls] ?? 0) + 1;
  expect(Math.min(...Object.values(perClass))).toBeGreaterThanOrEqual(3);
  // Each statement becomes a string literal of the route's language (JSON's escapes are valid in both).
  const literal = (sql: string) => JSON.stringify(sql.replace(/SRC/g, source));
  const alembic: Record<string, string> = {};
  const knex: Record<string, string> = {};
  let prev: string | null = null;
  ROUTE_ATTACKS.forEach(([cls, route, statements], k) => {
    const slug = `${String(k).padStart(2, '0')}_${cls.replace(/[^a-z]/g, '_')}`;
    if (route === 'alembic') {
      const rev = `a${slug}`;
      alembic[`${rev}.py`] = `from alembic import op\nimport sqlalchemy as sa\n\nrevision = "${rev}"\ndown_revision = ${prev ? `"${prev}"` : 'None'}\n\n\ndef upgrade():\n${statements.map((s) => `    op.execute(${literal(s)})`).join('\n')}\n\n\ndef downgrade():\n    op.execute("SELECT 1")\n`;
      prev = rev;
    } else {
      knex[`209901010000${slug.slice(0, 2)}_${slug.slice(3)}.js`] = `exports.up = async function (knex) {\n${statements.map((s) => `  await knex.raw(${literal(s)});`).join('\n')}\n};\n\nexports.down = async function (knex) {\n  await knex.raw('SELECT 1');\n};\n`;
    }
  });
  const expectations = ROUTE_ATTACKS.map(([cls, route, , reason], k) => ({ cls, route, reason, k }));
  for (const [route, files] of [['alembic', alembic], ['knex', knex]] as const) {
    const { dir, cleanup } = writeMigrations(files);
    const before = await fingerprint();
    try {
      const result = await dryRun(dir, Object.keys(files), { engine: 'mysql', databaseUrl: mysqlUrl(source), config: defaultConfig({ dialect: 'mysql' }) });
      const names = Object.keys(files);
      const mine = expectations.filter((e) => e.route === route);
      expect(names.length).toBe(mine.length);
      mine.forEach((e, n) => {
        const m = byFile(result, names[n]!);
        const refused = m.statements.filter((s) => s.status === 'refused').map((s) => s.reason).join(' | ');
        expect({ file: names[n], cls: e.cls, framework: m.framework, verdict: m.verdict === 'verified' ? 'verified' : 'not verified', refused })
          .toEqual({ file: names[n], cls: e.cls, framework: route, verdict: 'not verified', refused: expect.stringMatching(e.reason) });
      });
    } finally {
      cleanup();
    }
    expect(await fingerprint()).toEqual(before);
  }
  console.log(`MySQL Alembic/Knex attack migrations per class: ${JSON.stringify(perClass)}`);
}, 120_000);
