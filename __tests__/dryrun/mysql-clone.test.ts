import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { defaultConfig } from '../../src/config.js';
import type { DryRunResult } from '../../src/dryrun/types.js';
import { byFile, dryRun, MY, mysqlUrl, serverAvailable, writeMigrations } from './helpers.js';

/**
 * The mysql engine's clone (issue 13): the source's routines, the triggers and the views that use
 * them are cloned, read by the same guard as a migration; what the guard will not create (a body
 * that names the source or another schema, dynamic SQL) is left out and the migration is
 * unverified, naming it. The round trip sees triggers and routines; column order is reported
 * (or fails, when configured); mysqldump's save/restore of sql_mode runs, a variable that carries
 * ANSI_QUOTES or NO_BACKSLASH_ESCAPES is refused.
 */

let available = false;
let conn: mysql.Connection | null = null;
const dbs: string[] = [];

async function q(sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  return (await conn!.query(sql, values))[0] as Record<string, unknown>[];
}

async function sourceDb(setup: string[]): Promise<string> {
  const name = `migration_guard_test_cl_${randomBytes(4).toString('hex')}`;
  dbs.push(name);
  await q(`CREATE DATABASE \`${name}\``);
  for (const sql of setup) await q(sql.replace(/SRC/g, `\`${name}\``));
  return name;
}

async function run(source: string, files: Record<string, string>, opts: { columnOrder?: 'report' | 'fail' } = {}): Promise<DryRunResult> {
  const { dir, cleanup } = writeMigrations(files);
  try {
    return await dryRun(dir, Object.keys(files), { engine: 'mysql', databaseUrl: mysqlUrl(source), config: defaultConfig({ dialect: 'mysql' }), ...opts });
  } finally {
    cleanup();
  }
}

beforeAll(async () => {
  available = await serverAvailable('MariaDB/MySQL', async () => {
    conn = await mysql.createConnection({ ...MY, connectTimeout: 3000 });
  });
}, 30_000);

afterAll(async () => {
  if (!conn) return;
  for (const d of dbs) await q(`DROP DATABASE IF EXISTS \`${d}\``);
  await conn.end();
});

test('routines, the triggers and the views that use them are cloned: a migration that fires them verifies; the source is not written', async () => {
  if (!available) return;
  const src = await sourceDb([
    'CREATE TABLE SRC.items (id int PRIMARY KEY, n int)',
    'CREATE TABLE SRC.audit (id int, doubled int)',
    'CREATE FUNCTION SRC.twice(x int) RETURNS int DETERMINISTIC RETURN x * 2',
    'CREATE PROCEDURE SRC.log_item(IN i int) MODIFIES SQL DATA INSERT INTO audit (id, doubled) VALUES (i, twice(i))',
    'CREATE TRIGGER SRC.items_audit AFTER INSERT ON SRC.items FOR EACH ROW CALL SRC.log_item(NEW.id)',
    'CREATE TRIGGER SRC.items_audit2 AFTER INSERT ON SRC.items FOR EACH ROW INSERT INTO SRC.audit (id, doubled) VALUES (NEW.id, 0)',
    'CREATE VIEW SRC.doubled AS SELECT id, SRC.twice(n) AS d FROM SRC.items',
  ]);
  const result = await run(src, {
    '20240101000000_fires.sql': '-- migrate:up\nINSERT INTO items VALUES (1, 5);\nDELETE FROM audit WHERE id = 1 AND doubled = 2;\nDELETE FROM audit WHERE id = 1 AND doubled = 0;\nALTER TABLE audit ADD COLUMN note varchar(10);\nSELECT d INTO @d FROM doubled WHERE id = 1;\n-- migrate:down\nALTER TABLE audit DROP COLUMN note;\nDELETE FROM items;\n',
    '20240102000000_calls.sql': '-- migrate:up\nCALL log_item(7);\n-- migrate:down\nDELETE FROM audit WHERE id = 7;\n',
  });
  for (const f of ['20240101000000_fires.sql', '20240102000000_calls.sql']) {
    const m = byFile(result, f);
    expect({ f, verdict: m.verdict, reasons: m.reasons, status: m.statements.map((s) => s.status) }).toEqual({ f, verdict: 'verified', reasons: [], status: m.statements.map(() => 'ok') });
  }
  expect(result.warnings!.join('\n')).not.toMatch(/not in the clone/);
  // Both triggers fired in the clone (the first through the cloned procedure and function); nothing reached the source.
  expect(byFile(result, '20240101000000_fires.sql').statements.slice(0, 3).map((s) => s.rowsAffected)).toEqual([1, 1, 1]);
  expect(await q(`SELECT COUNT(*) AS c FROM \`${src}\`.audit`)).toEqual([{ c: 0 }]);
  expect(await q(`SELECT COUNT(*) AS c FROM \`${src}\`.items`)).toEqual([{ c: 0 }]);
}, 60_000);

test('a routine, trigger or view the guard will not create is left out: the migration is unverified with the reason', async () => {
  if (!available) return;
  const other = await sourceDb(['CREATE TABLE SRC.secrets (id int)']);
  const src = await sourceDb([
    'CREATE TABLE SRC.items (id int PRIMARY KEY, n int)',
    `CREATE TRIGGER SRC.items_leak AFTER INSERT ON SRC.items FOR EACH ROW INSERT INTO \`${other}\`.secrets VALUES (NEW.id)`,
    `CREATE PROCEDURE SRC.dyn(IN q text) BEGIN SET @q = q; PREPARE s FROM @q; EXECUTE s; END`,
    `CREATE FUNCTION SRC.peek() RETURNS int READS SQL DATA RETURN (SELECT COUNT(*) FROM \`${other}\`.secrets)`,
    'CREATE VIEW SRC.peeked AS SELECT id, SRC.peek() AS p FROM SRC.items',
    // Updatable: cloned as it is, a migration's UPDATE leaky ... would write to the other schema.
    `CREATE VIEW SRC.leaky AS SELECT id FROM \`${other}\`.secrets`,
  ]);
  const result = await run(src, {
    '20240101000000_add.sql': '-- migrate:up\nALTER TABLE items ADD COLUMN note varchar(10);\n-- migrate:down\nALTER TABLE items DROP COLUMN note;\n',
    '20240102000000_through_view.sql': '-- migrate:up\nINSERT INTO leaky VALUES (1);\nINSERT INTO items VALUES (1, 1);\n-- migrate:down\nDELETE FROM items;\n',
  });
  // Without the view the insert fails in the clone; the other schema is never written.
  expect(byFile(result, '20240102000000_through_view.sql').statements[0]!.status).toBe('failed');
  const m = byFile(result, '20240101000000_add.sql');
  expect({ status: m.roundTrip.status, verdict: m.verdict }).toEqual({ status: 'verified', verdict: 'unverified' });
  expect(m.reasons.join('\n')).toMatch(/the source has objects the clone lacks/);
  const warned = result.warnings!.join('\n');
  expect(warned).toMatch(new RegExp(`trigger items_leak: the dry-run will not create it in the clone \\(names the schema ${other}`));
  expect(warned).toMatch(/procedure dyn: the dry-run will not create it in the clone \(PREPARE: dynamic SQL/);
  expect(warned).toMatch(/function peek: the dry-run will not create it/);
  expect(warned).toMatch(/a view that could not be cloned .*peek/);
  expect(warned).toMatch(new RegExp(`view leaky: the dry-run will not create it in the clone \\(names the schema ${other}`));
  expect(await q(`SELECT COUNT(*) AS c FROM \`${other}\`.secrets`)).toEqual([{ c: 0 }]);
}, 60_000);

test('the round trip sees triggers and routines: a down that forgets one fails naming it, the correct down verifies', async () => {
  if (!available) return;
  const src = await sourceDb(['CREATE TABLE SRC.items (id int PRIMARY KEY, n int)', 'CREATE TRIGGER SRC.keep_n BEFORE INSERT ON SRC.items FOR EACH ROW SET NEW.n = COALESCE(NEW.n, 0)', 'CREATE PROCEDURE SRC.p0() SELECT 1']);
  const result = await run(src, {
    '20240101000000_trigger_forgotten.sql': '-- migrate:up\nCREATE TRIGGER items_double BEFORE UPDATE ON items FOR EACH ROW SET NEW.n = NEW.n * 2;\n-- migrate:down\nSELECT 1;\n',
    '20240102000000_trigger_ok.sql': '-- migrate:up\nCREATE TRIGGER items_triple BEFORE UPDATE ON items FOR EACH ROW SET NEW.n = NEW.n * 3;\n-- migrate:down\nDROP TRIGGER items_triple;\n',
    '20240103000000_function_forgotten.sql': '-- migrate:up\nCREATE FUNCTION f1(x int) RETURNS int DETERMINISTIC RETURN x + 1;\n-- migrate:down\nSELECT 1;\n',
    '20240104000000_procedure_changed.sql': '-- migrate:up\nDROP PROCEDURE p0;\nCREATE PROCEDURE p0() SELECT 2;\n-- migrate:down\nSELECT 1;\n',
    '20240105000000_function_ok.sql': '-- migrate:up\nCREATE FUNCTION f2(x int) RETURNS int DETERMINISTIC RETURN x + 2;\n-- migrate:down\nDROP FUNCTION f2;\n',
    '20240106000000_source_trigger_dropped.sql': '-- migrate:up\nDROP TRIGGER keep_n;\n-- migrate:down\nSELECT 1;\n',
  });
  const diff = (f: string) => byFile(result, f).roundTrip.diff.join('\n');
  const failed = (f: string) => ({ verdict: byFile(result, f).verdict, status: ['mismatch', 'up-again-failed'].includes(byFile(result, f).roundTrip.status) });
  expect(failed('20240101000000_trigger_forgotten.sql')).toEqual({ verdict: 'failed', status: true });
  expect(diff('20240101000000_trigger_forgotten.sql')).toMatch(/\+ trigger items_double is left over: BEFORE UPDATE ON items/);
  expect(failed('20240103000000_function_forgotten.sql')).toEqual({ verdict: 'failed', status: true });
  expect(diff('20240103000000_function_forgotten.sql')).toMatch(/\+ function f1 is left over: \(IN x int\(11\)\) RETURNS int\(11\) DETERMINISTIC/);
  expect(failed('20240104000000_procedure_changed.sql')).toEqual({ verdict: 'failed', status: true });
  expect(diff('20240104000000_procedure_changed.sql')).toMatch(/~ procedure p0: lost \(\) NOT DETERMINISTIC CONTAINS SQL SQL SECURITY DEFINER: SELECT 1\n~ procedure p0: gained .*SELECT 2/);
  expect(failed('20240106000000_source_trigger_dropped.sql')).toEqual({ verdict: 'failed', status: true });
  expect(diff('20240106000000_source_trigger_dropped.sql')).toMatch(/- trigger keep_n is missing/);
  for (const f of ['20240102000000_trigger_ok.sql', '20240105000000_function_ok.sql']) expect([f, byFile(result, f).verdict, byFile(result, f).roundTrip.diff]).toEqual([f, 'verified', []]);
}, 60_000);

test('column order after the down is reported, not a failure; with columnOrder fail it fails', async () => {
  if (!available) return;
  const table = (name: string) => `CREATE TABLE SRC.${name} (id int PRIMARY KEY, title varchar(20), body text, KEY ${name}_title (title), KEY ${name}_body (body(10)))`;
  const src = await sourceDb([table('docs'), table('docs2')]);
  const files = {
    '20240101000000_reorder.sql': '-- migrate:up\nALTER TABLE docs DROP COLUMN title;\n-- migrate:down\nALTER TABLE docs ADD COLUMN title varchar(20);\nCREATE INDEX docs_title ON docs (title);\n',
    '20240102000000_after.sql': '-- migrate:up\nALTER TABLE docs2 DROP COLUMN title;\n-- migrate:down\nALTER TABLE docs2 ADD COLUMN title varchar(20) AFTER id, ADD KEY docs2_title (title);\n',
  };
  const reported = await run(src, files);
  const m = byFile(reported, '20240101000000_reorder.sql');
  expect({ verdict: m.verdict, status: m.roundTrip.status, diff: m.roundTrip.diff }).toEqual({ verdict: 'verified', status: 'verified', diff: [] });
  expect(m.roundTrip.reported!.join('\n')).toMatch(/table docs: column order changed: \(`id`, `title`, `body`\) became \(`id`, `body`, `title`\)/);
  // AFTER puts it back, and a re-created key in another place of SHOW CREATE TABLE is no difference.
  expect(byFile(reported, '20240102000000_after.sql')).toMatchObject({ verdict: 'verified', roundTrip: { status: 'verified', diff: [] } });
  expect(byFile(reported, '20240102000000_after.sql').roundTrip.reported).toBeUndefined();
  const strict = await run(src, files, { columnOrder: 'fail' });
  expect(byFile(strict, '20240101000000_reorder.sql')).toMatchObject({ verdict: 'failed', roundTrip: { status: 'mismatch' } });
  expect(byFile(strict, '20240101000000_reorder.sql').roundTrip.diff.join('\n')).toMatch(/column order changed/);
}, 90_000);

test("mysqldump's save/restore of sql_mode and character sets runs; a variable carrying ANSI_QUOTES or NO_BACKSLASH_ESCAPES is refused", async () => {
  if (!available) return;
  const src = await sourceDb(['CREATE TABLE SRC.users (id int PRIMARY KEY, name varchar(20))']);
  const dumpHeader = [
    '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;',
    '/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;',
    '/*!40101 SET NAMES utf8mb4 */;',
    '/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;',
    "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;",
    '/*M!100616 SET @OLD_NOTE_VERBOSITY=@@NOTE_VERBOSITY, NOTE_VERBOSITY=0 */;',
    '/*!40101 SET @saved_cs_client     = @@character_set_client */;',
    '/*!40101 SET character_set_client = utf8mb4 */;',
    'CREATE TABLE `tags` (\n  `id` int(11) NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;',
    '/*!40101 SET character_set_client = @saved_cs_client */;',
    '/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;',
    '/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;',
    '/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;',
    '/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;',
    '/*M!100616 SET NOTE_VERBOSITY=@OLD_NOTE_VERBOSITY */;',
  ].join('\n');
  const ATTACKS: Record<string, [string, RegExp]> = {
    '20240201000000_var_ansi.sql': ["SET @m = 'ANSI_QUOTES';\nSET sql_mode = @m;\nUPDATE \"SRC\".users SET name = 'x';", /SET sql_mode = 'ANSI_QUOTES' \(the value of @m\) changes how the server reads quotes/],
    '20240202000000_var_concat.sql': ["SET @OLD_SQL_MODE = CONCAT(@@SQL_MODE, ',NO_BACKSLASH_ESCAPES');\n/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;", /NO_BACKSLASH_ESCAPES/],
    '20240203000000_var_same_set.sql': ["SET @m = 'ANSI', sql_mode = @m;", /@m, which the same SET assigns/],
    '20240204000000_var_select_into.sql': ["SELECT 'ANSI_QUOTES,NO_BACKSLASH_ESCAPES' INTO @m;\nSET SESSION sql_mode = @m;", /changes how the server reads quotes/],
    '20240205000000_var_never_set.sql': ['SET sql_mode = @mg_never_set_anywhere;', /which is NULL/],
    '20240206000000_var_charset.sql': ["SET @cs = 'gbk';\nSET character_set_client = @cs;", /SET character_set_client = GBK: only single-byte-safe/],
    '20240207000000_var_function.sql': ["SET @m = '';\nSET @x = CONCAT(@m := 'ANSI'), sql_mode = @m;", /the same SET assigns|alongside a call/],
  };
  const files: Record<string, string> = { '20240101000000_dump.sql': `-- migrate:up\n${dumpHeader}\n-- migrate:down\nDROP TABLE tags;\n` };
  for (const [f, [up]] of Object.entries(ATTACKS)) files[f] = `-- migrate:up\n${up.replace(/SRC/g, src)}\n-- migrate:down\nSELECT 1;\n`;
  const before = await q(`SELECT COUNT(*) AS c, MAX(name) AS n FROM \`${src}\`.users`);
  const result = await run(src, files);
  const dump = byFile(result, '20240101000000_dump.sql');
  expect({ verdict: dump.verdict, refused: dump.statements.filter((s) => s.status === 'refused').map((s) => s.reason) }).toEqual({ verdict: 'verified', refused: [] });
  for (const [f, [, reason]] of Object.entries(ATTACKS)) {
    const m = byFile(result, f);
    const refused = m.statements.filter((s) => s.status === 'refused').map((s) => s.reason).join(' | ');
    expect([f, m.verdict === 'verified' ? 'verified' : 'not verified', refused]).toEqual([f, 'not verified', expect.stringMatching(reason)]);
  }
  expect(await q(`SELECT COUNT(*) AS c, MAX(name) AS n FROM \`${src}\`.users`)).toEqual(before);
}, 90_000);

test('session settings an up changes do not leak into its down: the down runs with the settings a new session has', async () => {
  if (!available) return;
  const src = await sourceDb(['CREATE TABLE SRC.base (id int PRIMARY KEY)']);
  const result = await run(src, {
    // With foreign_key_checks still 0, DROP TABLE p2 would pass; in production's new session it fails.
    '20240101000000_fk_off.sql': '-- migrate:up\nSET foreign_key_checks = 0;\nCREATE TABLE p2 (id int PRIMARY KEY);\nCREATE TABLE c2 (id int, pid int, CONSTRAINT c2_fk FOREIGN KEY (pid) REFERENCES p2 (id));\n-- migrate:down\nDROP TABLE p2;\nDROP TABLE c2;\n',
    '20240102000000_fk_ok.sql': '-- migrate:up\nSET foreign_key_checks = 0;\nCREATE TABLE p3 (id int PRIMARY KEY);\nCREATE TABLE c3 (id int, pid int, CONSTRAINT c3_fk FOREIGN KEY (pid) REFERENCES p3 (id));\n-- migrate:down\nDROP TABLE c3;\nDROP TABLE p3;\n',
    '20240103000000_mode.sql': "-- migrate:up\nSET sql_mode = '';\nCREATE TABLE t4 (d date);\n-- migrate:down\nINSERT INTO t4 VALUES ('2024-02-31');\nDROP TABLE t4;\n",
  });
  const fk = byFile(result, '20240101000000_fk_off.sql');
  expect({ verdict: fk.verdict, status: fk.roundTrip.status }).toEqual({ verdict: 'failed', status: 'down-failed' });
  expect(fk.roundTrip.error).toMatch(/foreign key/i);
  expect(byFile(result, '20240102000000_fk_ok.sql').verdict).toBe('verified');
  // The session's strict sql_mode is back for the down: the invalid date is an error, as in production.
  const mode = byFile(result, '20240103000000_mode.sql');
  expect({ verdict: mode.verdict, status: mode.roundTrip.status }).toEqual({ verdict: 'failed', status: 'down-failed' });
  expect(mode.roundTrip.error).toMatch(/Incorrect date value/);
}, 60_000);

test("least privilege: root's global privileges are reported; the documented account runs, and says what it cannot see until it may see triggers and routines", async () => {
  if (!available) return;
  const src = await sourceDb([
    'CREATE TABLE SRC.items (id int PRIMARY KEY, n int)',
    'CREATE TABLE SRC.audit (id int)',
    'CREATE VIEW SRC.big AS SELECT id FROM SRC.items WHERE n > 10',
    'CREATE FUNCTION SRC.twice(x int) RETURNS int DETERMINISTIC RETURN x * 2',
    'CREATE TRIGGER SRC.items_audit AFTER INSERT ON SRC.items FOR EACH ROW INSERT INTO SRC.audit VALUES (twice(NEW.id))',
  ]);
  const files = { '20240101000000_fires.sql': '-- migrate:up\nINSERT INTO items VALUES (3, 1);\nDELETE FROM audit WHERE id = 6;\n-- migrate:down\nDELETE FROM items;\n' };
  const asRoot = await run(src, files);
  expect(asRoot.privileges!.join('\n')).toMatch(/ALL PRIVILEGES on \*\.\*/);
  expect(asRoot.warnings!.join('\n')).toMatch(/privileges: .*ALL PRIVILEGES/);
  expect(byFile(asRoot, '20240101000000_fires.sql').statements.map((s) => s.rowsAffected)).toEqual([1, 1]);
  const user = `mg_dry_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(8).toString('hex');
  // The account docs/dry-run.md shows: read the source, own the clones, nothing global.
  await q(`CREATE USER '${user}'@'%' IDENTIFIED BY '${password}'`);
  try {
    await q(`GRANT SELECT, SHOW VIEW ON \`${src}\`.* TO '${user}'@'%'`);
    await q(`GRANT ALL PRIVILEGES ON \`migration\\_guard\\_dryrun\\_%\`.* TO '${user}'@'%'`);
    const { dir, cleanup } = writeMigrations(files);
    try {
      const url = `mysql://${user}:${password}@${MY.host}:${MY.port}/${src}`;
      const blind = await dryRun(dir, Object.keys(files), { engine: 'mysql', databaseUrl: url, config: defaultConfig({ dialect: 'mysql' }) });
      const m = byFile(blind, '20240101000000_fires.sql');
      // It cannot see the trigger, so the clone lacks it: not verified, and it says why.
      expect({ problems: blind.problems, privileges: blind.privileges, verdict: m.verdict }).toEqual({ problems: [], privileges: [], verdict: 'unverified' });
      expect(blind.warnings!.join('\n')).toMatch(/triggers: this account cannot see the source's triggers .*TRIGGER privilege/);
      expect(blind.warnings!.join('\n')).toMatch(/routines: this account may not see .*SELECT on mysql\.proc/);
      expect(m.statements.map((s) => s.rowsAffected)).toEqual([1, 0]);
      await q(`GRANT TRIGGER ON \`${src}\`.* TO '${user}'@'%'`);
      await q(`GRANT SELECT ON mysql.proc TO '${user}'@'%'`);
      const seeing = await dryRun(dir, Object.keys(files), { engine: 'mysql', databaseUrl: url, config: defaultConfig({ dialect: 'mysql' }) });
      const ok = byFile(seeing, '20240101000000_fires.sql');
      expect({ problems: seeing.problems, privileges: seeing.privileges, verdict: ok.verdict, reasons: ok.reasons }).toEqual({ problems: [], privileges: [], verdict: 'verified', reasons: [] });
      expect(ok.statements.map((s) => s.rowsAffected)).toEqual([1, 1]);
    } finally {
      cleanup();
    }
  } finally {
    await q(`DROP USER IF EXISTS '${user}'@'%'`);
  }
  expect(await q(`SELECT COUNT(*) AS c FROM \`${src}\`.audit`)).toEqual([{ c: 0 }]);
}, 90_000);
