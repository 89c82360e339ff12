import { redactServerValues } from './redact-values.js';
import { randomBytes } from 'node:crypto';
import type { Migration } from '../ir.js';
import { tokenize, type Token } from '../parse/sql/mysql/tokens.js';
import { DEFAULT_GUARD_CONTEXT, guardMysqlStatement, lexingVariableReads, SESSION_STATE_VARIABLES, sqlModeFlags, type MysqlGuardContext } from './mysql-guard.js';
import type { DirectionPlan, MigrationPlan, PlannedStatement } from './plan.js';
import { diffSnapshots, type Snapshot } from './snapshot.js';
import { appQueryVerdict, shortQuery, type GuardedAppQueries, type PrepareResults } from './app-query-run.js';
import type { AppQueryCollection, DryRunResult, MigrationDryRun, StatementTrace } from './types.js';
import { checkVersionTable } from './version-table.js';

/**
 * The `mysql` engine (MySQL/MariaDB). DDL auto-commits there, so nothing can be rolled back:
 * instead the source schema is cloned (SHOW CREATE TABLE / VIEW, no rows) into a throwaway
 * `migration_guard_dryrun_<random>` database, the migrations run there, and the clone is dropped
 * in all cases. The source schema is only ever read. Each ALTER is probed with ALGORITHM=INSTANT,
 * then INPLACE with LOCK=NONE, then COPY, so the report names the algorithm the server really uses.
 */

export interface MysqlOptions {
  databaseUrl: string;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  progress: (message: string) => void;
  columnOrder?: 'report' | 'fail';
  /**
   * breaks-app-query: the application's queries. Each is read by the mysql guard (in the clone,
   * with the run's schemas) before it is ever sent; refusals are added to its `refused` list.
   */
  appQueries?: AppQueryCollection;
}

type Conn = import('mysql2/promise').Connection;

const APP_QUERY_HEADS = new Set(['SELECT', 'INSERT', 'REPLACE', 'UPDATE', 'DELETE', 'WITH']);

/**
 * The application queries that may be prepared in the clone: the mysql guard's decision (the
 * same as for a migration's statement), a DML head, and one statement (no `;` before the end).
 * They are prepared with the binary protocol (COM_STMT_PREPARE), which never executes them.
 */
function guardMysqlAppQueries(collection: AppQueryCollection, schemas: Set<string>, clone: string, ctx: MysqlGuardContext): GuardedAppQueries {
  const out: GuardedAppQueries = { queries: [], prepare: [], batch: [] };
  for (const q of collection.queries) {
    const text = q.text.replace(/(?<![\s;])[\s;]+$/, ''); // tried where a run starts only: linear
    const { refuse, tokens } = guardMysql(text, schemas, clone, ctx);
    const head = tokens.find((t) => t.kind === 'word' || t.kind === 'punct');
    const why = refuse
      ?? (head?.kind === 'punct' && head.value === '(' ? null : !head || head.kind !== 'word' || !APP_QUERY_HEADS.has(head.value) ? 'not an application query (only SELECT, INSERT, REPLACE, UPDATE, DELETE and WITH are prepared)' : null)
      ?? (tokens.some((t) => t.kind === 'punct' && t.value === ';') ? 'several statements: only a single query is ever prepared' : null);
    if (why) {
      collection.refused.push({ query: shortQuery(q.text), origins: q.origins, reason: why });
      continue;
    }
    out.queries.push(q);
    out.prepare.push(text);
    out.batch.push(text);
  }
  return out;
}

/** Per query: null when the server prepared it in the clone, else its error. The statement is closed (and dropped from the driver's cache) at once. */
async function prepareMysql(conn: Conn, guarded: GuardedAppQueries): Promise<PrepareResults> {
  const out: PrepareResults = [];
  for (const sql of guarded.prepare) {
    try {
      await conn.prepare(sql);
      out.push(null);
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (/^(PROTOCOL_CONNECTION_LOST|ECONNRESET|EPIPE)$/.test(code)) throw e;
      out.push(errText(e));
    } finally {
      // The driver caches prepared statements by text: the next schema state must reach the server.
      conn.unprepare(sql);
    }
  }
  return out;
}

/** Decides what may run in the clone (see mysql-guard.ts). */
export function guardMysql(sql: string, schemas: Set<string>, clone: string, ctx: MysqlGuardContext = DEFAULT_GUARD_CONTEXT): { refuse: string | null; tokens: Token[] } {
  return guardMysqlStatement(sql, schemas, clone, ctx);
}

function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t?.kind === 'word' && words.includes(t.value);
}

function errText(e: unknown): string {
  const err = e as { message?: string; code?: string };
  return err.message ?? String(e);
}

function isAlgorithmRejection(e: unknown): boolean {
  const err = e as { errno?: number; message?: string };
  return err.errno === 1845 || err.errno === 1846 || /ALGORITHM=|LOCK=NONE|is not supported for this operation|not supported\. Reason/i.test(err.message ?? '');
}

function isTimeout(e: unknown): boolean {
  const err = e as { errno?: number; code?: string; message?: string };
  // 1205 lock wait timeout, 1969 MariaDB max_statement_time, 3024 MySQL max_execution_time.
  return err.errno === 1205 || err.errno === 1969 || err.errno === 3024 || err.code === 'PROTOCOL_SEQUENCE_TIMEOUT' || /timeout|Query execution was interrupted/i.test(err.message ?? '');
}

/** Statement text without its trailing delimiter/comments, so a clause can be appended. */
function bodyEnd(sql: string, tokens: Token[]): string {
  const last = tokens[tokens.length - 1];
  return last ? sql.slice(0, last.offset + last.raw.length) : sql;
}

type ProbeKind = 'alter' | 'index' | null;

function probeKind(tokens: Token[]): ProbeKind {
  if (isWord(tokens[0], 'ALTER') && (isWord(tokens[1], 'TABLE') || (isWord(tokens[1], 'ONLINE', 'IGNORE') && isWord(tokens[2], 'TABLE')))) return 'alter';
  if (isWord(tokens[0], 'CREATE') && tokens.slice(1, 4).some((t) => isWord(t, 'INDEX'))) return 'index';
  if (isWord(tokens[0], 'DROP') && isWord(tokens[1], 'INDEX')) return 'index';
  return null;
}

function declaresAlgorithm(tokens: Token[]): { algorithm: string | null; lock: string | null } {
  let algorithm: string | null = null;
  let lock: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isWord(t, 'ALGORITHM', 'LOCK')) {
      let j = i + 1;
      if (tokens[j]?.kind === 'punct' && tokens[j]!.value === '=') j++;
      const v = tokens[j]?.raw.toUpperCase() ?? null;
      if (t.value === 'ALGORITHM') algorithm = v;
      else if (i > 0) lock = v;
    }
  }
  return { algorithm, lock };
}

async function snapshotMysql(conn: Conn, db: string): Promise<Snapshot> {
  const snap: Snapshot = new Map();
  const [tables] = await conn.query(`SHOW FULL TABLES FROM \`${db}\``);
  for (const row of tables as Record<string, string>[]) {
    const values = Object.values(row);
    const name = values[0]!;
    const type = values[1]!;
    if (type === 'VIEW') {
      const [v] = await conn.query(`SHOW CREATE VIEW \`${db}\`.\`${name.replace(/`/g, '``')}\``);
      const text = String((v as Record<string, string>[])[0]!['Create View'] ?? '');
      snap.set(`view ${name}`, [text.replace(/DEFINER=`[^`]*`@`[^`]*`\s*/g, '').split(`\`${db}\`.`).join('')]);
      continue;
    }
    const [c] = await conn.query(`SHOW CREATE TABLE \`${db}\`.\`${name.replace(/`/g, '``')}\``);
    const text = String((c as Record<string, string>[])[0]!['Create Table'] ?? '');
    const lines = text.split('\n').slice(1).map((l) => l.trim().replace(/,$/, ''));
    let pos = 0;
    const columns: string[] = [];
    const rest: string[] = [];
    for (const l of lines) {
      if (l.startsWith('`')) columns.push(`${l} @${++pos}`);
      // Keys and table options are not columns (`%`, as in the PostgreSQL snapshot); the order of keys means nothing.
      else if (l.startsWith(')')) rest.push(`%${l.replace(/ AUTO_INCREMENT=\d+/, '')}`);
      else rest.push(`%${l}`);
    }
    snap.set(`table ${name}`, [...columns, ...rest.sort()]);
  }
  // Triggers and routines: a down that forgets to drop one (or leaves a changed body) is a difference.
  const strip = (text: string) => text.split(`\`${db}\`.`).join('');
  const [triggers] = await conn.query(
    `SELECT TRIGGER_NAME AS n, ACTION_TIMING AS t, EVENT_MANIPULATION AS e, EVENT_OBJECT_TABLE AS tb, ACTION_ORDER AS o, ACTION_STATEMENT AS s FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?`,
    [db],
  );
  for (const t of triggers as Record<string, unknown>[]) snap.set(`trigger ${String(t.n)}`, [`${String(t.t)} ${String(t.e)} ON ${String(t.tb)} (order ${String(t.o)}) ${strip(String(t.s))}`]);
  const [routines] = await conn.query(
    `SELECT r.ROUTINE_TYPE AS k, r.ROUTINE_NAME AS n, r.DTD_IDENTIFIER AS ret, r.ROUTINE_DEFINITION AS body, r.IS_DETERMINISTIC AS det, r.SQL_DATA_ACCESS AS access, r.SECURITY_TYPE AS sec,
       (SELECT GROUP_CONCAT(CONCAT_WS(' ', p.PARAMETER_MODE, p.PARAMETER_NAME, p.DTD_IDENTIFIER) ORDER BY p.ORDINAL_POSITION SEPARATOR ', ') FROM information_schema.PARAMETERS p
         WHERE p.SPECIFIC_SCHEMA = r.ROUTINE_SCHEMA AND p.SPECIFIC_NAME = r.SPECIFIC_NAME AND p.ROUTINE_TYPE = r.ROUTINE_TYPE AND p.ORDINAL_POSITION > 0) AS params
     FROM information_schema.ROUTINES r WHERE r.ROUTINE_SCHEMA = ?`,
    [db],
  );
  for (const r of routines as Record<string, unknown>[]) {
    const attrs = [r.ret ? `RETURNS ${String(r.ret)}` : '', r.det === 'YES' ? 'DETERMINISTIC' : 'NOT DETERMINISTIC', String(r.access), `SQL SECURITY ${String(r.sec)}`].filter(Boolean).join(' ');
    snap.set(`${String(r.k).toLowerCase()} ${String(r.n)}`, [`(${String(r.params ?? '')}) ${attrs}: ${strip(String(r.body ?? ''))}`]);
  }
  return snap;
}

/**
 * `source`.x → `clone`.x in an object's text, wherever a qualifier token names the source (backticked,
 * bare or, under ANSI_QUOTES, double-quoted). Any other spelling is left as written: the guard then
 * refuses the object, because it still names the source schema.
 */
function retarget(text: string, source: string, clone: string): string {
  const tokens = tokenize(text);
  let out = text;
  for (let k = tokens.length - 2; k >= 0; k--) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (next.kind !== 'punct' || next.value !== '.') continue;
    const name = t.kind === 'word' ? t.raw : t.kind === 'quoted' || (t.kind === 'string' && t.raw.startsWith('"')) ? t.value : null;
    if (name === null || name.toLowerCase() !== source.toLowerCase()) continue;
    out = `${out.slice(0, t.offset)}\`${clone}\`${out.slice(t.offset + t.raw.length)}`;
  }
  return out;
}

const DEFINER_CLAUSE = /DEFINER\s*=\s*(`[^`]*`|'[^']*'|[^\s@]+)@(`[^`]*`|'[^']*'|[^\s]+)\s*/i;

interface CloneOutcome {
  /** Source objects the clone lacks, with the reason: the migration cannot be verified without them. */
  notCloned: string[];
  /** Source objects deliberately left out that no migration statement can reach (events). */
  notes: string[];
}

/**
 * Creates one routine or trigger of the source in the clone: its text retargeted at the clone,
 * its DEFINER dropped (it runs as the dry-run's account), read by the same guard as a migration's
 * statement under the sql_mode it was created with, and created under that sql_mode. Returns why
 * not, or null.
 */
async function cloneObject(conn: Conn, what: string, text: string | null, objectMode: string, source: string, clone: string, schemas: Set<string>, sessionMode: string): Promise<string | null> {
  if (!text) return `${what}: its definition is not visible to this account`;
  const flags = sqlModeFlags(objectMode);
  if (flags.oracle) return `${what}: created under sql_mode ORACLE, whose PL/SQL syntax the dry-run cannot read`;
  const sql = retarget(text, source, clone).replace(DEFINER_CLAUSE, '');
  const { refuse } = guardMysql(sql, schemas, clone, { ansiQuotes: flags.ansiQuotes, noBackslashEscapes: flags.noBackslashEscapes });
  if (refuse) return `${what}: the dry-run will not create it in the clone (${refuse})`;
  try {
    await conn.query('SET SESSION sql_mode = ?', [objectMode]);
    await conn.query(sql);
    return null;
  } catch (e) {
    return `${what}: could not be created in the clone (${errText(e)})`;
  } finally {
    await conn.query('SET SESSION sql_mode = ?', [sessionMode]);
  }
}

/**
 * What this account may not be able to see of the source: information_schema lists a trigger only
 * to an account with the TRIGGER privilege on its table, and a routine's definition only to its
 * definer or an account that may read all of them (MariaDB: SELECT on mysql.proc; MySQL 8:
 * SHOW_ROUTINE; or global SELECT). What it cannot see is neither cloned nor named, so without
 * those privileges the run cannot claim the clone is complete. Best effort from the grant tables;
 * a grant it does not find (through a role, say) makes it say so, never the other way round.
 */
async function invisibleToAccount(conn: Conn, source: string): Promise<string[]> {
  const out: string[] = [];
  try {
    const [who] = await conn.query('SELECT CURRENT_USER() AS u');
    const user = String((who as Record<string, string>[])[0]!.u ?? '');
    const at = user.lastIndexOf('@');
    const grantees = [`'${user.slice(0, at)}'@'${user.slice(at + 1)}'`];
    try {
      const [role] = await conn.query('SELECT CURRENT_ROLE() AS r');
      const r = String((role as Record<string, unknown>[])[0]!.r ?? '');
      const mysql8 = /^`(.*)`@`(.*)`$/.exec(r);
      if (mysql8) grantees.push(`'${mysql8[1]}'@'${mysql8[2]}'`);
      else if (r && r !== 'NONE' && r !== 'null') grantees.push(`'${r}'`);
    } catch {
      // No roles on this server.
    }
    const any = async (sql: string, values: unknown[]) => ((await conn.query(sql, [grantees, ...values]))[0] as unknown[]).length > 0;
    const globally = (privileges: string[]) => any('SELECT 1 FROM information_schema.USER_PRIVILEGES WHERE GRANTEE IN (?) AND PRIVILEGE_TYPE IN (?) LIMIT 1', [privileges]);
    // A database-level grant names a LIKE pattern (`app\_%`), as the server matches it.
    const onSchema = (privilege: string, schema: string) => any('SELECT 1 FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE IN (?) AND PRIVILEGE_TYPE = ? AND ? LIKE TABLE_SCHEMA LIMIT 1', [privilege, schema]);
    // Or TRIGGER on every one of its tables.
    const onEveryTable = async () =>
      ((await conn.query(
        `SELECT 1 FROM information_schema.TABLES t WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM information_schema.TABLE_PRIVILEGES p
           WHERE p.GRANTEE IN (?) AND p.PRIVILEGE_TYPE = 'TRIGGER' AND p.TABLE_SCHEMA = t.TABLE_SCHEMA AND p.TABLE_NAME = t.TABLE_NAME) LIMIT 1`,
        [source, grantees],
      ))[0] as unknown[]).length === 0;
    const seesTriggers = (await globally(['TRIGGER'])) || (await onSchema('TRIGGER', source)) || (await onEveryTable());
    if (!seesTriggers) out.push(`triggers: this account cannot see the source's triggers (information_schema lists them only with the TRIGGER privilege on ${source}), so any there are neither cloned nor named`);
    const seesRoutines =
      (await globally(['SELECT', 'SHOW_ROUTINE'])) ||
      (await onSchema('SELECT', 'mysql')) ||
      (await any(`SELECT 1 FROM information_schema.TABLE_PRIVILEGES WHERE GRANTEE IN (?) AND PRIVILEGE_TYPE = 'SELECT' AND TABLE_SCHEMA = 'mysql' AND TABLE_NAME = 'proc' LIMIT 1`, []));
    if (!seesRoutines) out.push(`routines: this account may not see the source's procedures and functions (MariaDB: SELECT on mysql.proc; MySQL 8: SHOW_ROUTINE), so any it cannot see are neither cloned nor named`);
  } catch (e) {
    out.push(`triggers and routines: could not check what this account can see (${errText(e)})`);
  }
  return out;
}

/** The row of a SHOW CREATE; empty when the account may not see the definition (then it is not cloned). */
async function showCreate(conn: Conn, sql: string): Promise<Record<string, string | null>> {
  try {
    const [rows] = await conn.query(sql);
    return (rows as Record<string, string | null>[])[0] ?? {};
  } catch {
    return {};
  }
}

async function cloneSchema(conn: Conn, source: string, clone: string, schemas: Set<string>, ctx: MysqlGuardContext): Promise<CloneOutcome> {
  const notCloned: string[] = [];
  const notes: string[] = [];
  const [meta] = await conn.query(`SELECT DEFAULT_CHARACTER_SET_NAME AS cs, DEFAULT_COLLATION_NAME AS co FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?`, [source]);
  const m = (meta as Record<string, string>[])[0];
  if (!m) throw new Error(`database ${source} does not exist`);
  const [modeRows] = await conn.query('SELECT @@SESSION.sql_mode AS m');
  const sessionMode = String((modeRows as Record<string, string>[])[0]!.m ?? '');
  await conn.query(`CREATE DATABASE \`${clone}\` CHARACTER SET ${m.cs} COLLATE ${m.co}`);
  await conn.query(`USE \`${clone}\``);
  await conn.query('SET SESSION foreign_key_checks = 0');
  const [tables] = await conn.query(`SHOW FULL TABLES FROM \`${source}\``);
  const views: string[] = [];
  for (const row of tables as Record<string, string>[]) {
    const [name, type] = Object.values(row) as [string, string];
    const q = `\`${source}\`.\`${name.replace(/`/g, '``')}\``;
    if (type === 'VIEW') {
      const [v] = await conn.query(`SHOW CREATE VIEW ${q}`);
      const text = String((v as Record<string, string>[])[0]!['Create View'] ?? '');
      // The view body names the source schema explicitly; the clone's views must read the clone.
      const sql = retarget(text, source, clone).replace(DEFINER_CLAUSE, '');
      // A view onto another schema would let a migration write there through it (UPDATE v ...).
      const { refuse } = guardMysql(sql, schemas, clone, ctx);
      if (refuse) notCloned.push(`view ${name}: the dry-run will not create it in the clone (${refuse})`);
      else views.push(sql);
      continue;
    }
    const [c] = await conn.query(`SHOW CREATE TABLE ${q}`);
    await conn.query(String((c as Record<string, string>[])[0]!['Create Table']));
  }
  // Routines before the views that call them; bodies are resolved when they run, so their order does not matter.
  const [routines] = await conn.query(`SELECT ROUTINE_NAME AS n, ROUTINE_TYPE AS k FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ? ORDER BY 2, 1`, [source]);
  for (const r of routines as Record<string, string>[]) {
    const kind = String(r.k).toUpperCase();
    const what = `${kind.toLowerCase()} ${r.n}`;
    if (kind !== 'PROCEDURE' && kind !== 'FUNCTION') {
      notCloned.push(`${what}: only procedures and functions are cloned`);
      continue;
    }
    const row = await showCreate(conn, `SHOW CREATE ${kind} \`${source}\`.\`${String(r.n).replace(/`/g, '``')}\``);
    const text = row[kind === 'PROCEDURE' ? 'Create Procedure' : 'Create Function'] ?? null;
    const why = await cloneObject(conn, what, text, String(row.sql_mode ?? ''), source, clone, schemas, sessionMode);
    if (why) notCloned.push(why);
  }
  // Views may depend on each other: retry until no progress.
  let pending = views;
  for (let pass = 0; pending.length && pass < 10; pass++) {
    const failed: string[] = [];
    for (const v of pending) await conn.query(v).catch(() => failed.push(v));
    pending = failed;
    if (failed.length === 0 || failed.length === views.length) break;
  }
  for (const v of pending) notCloned.push(`a view that could not be cloned (it may use other schemas or routines that were not cloned): ${v.slice(0, 120)}`);
  await conn.query('SET SESSION foreign_key_checks = 1');
  // Triggers in their firing order per table and event (each new one fires after those already there).
  const [triggers] = await conn.query(
    `SELECT TRIGGER_NAME AS n FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER`,
    [source],
  );
  for (const t of triggers as Record<string, string>[]) {
    const row = await showCreate(conn, `SHOW CREATE TRIGGER \`${source}\`.\`${String(t.n).replace(/`/g, '``')}\``);
    const why = await cloneObject(conn, `trigger ${t.n}`, row['SQL Original Statement'] ?? null, String(row.sql_mode ?? ''), source, clone, schemas, sessionMode);
    if (why) notCloned.push(why);
  }
  // Events run on a schedule, never from a migration's statements (and a migration may not touch them).
  const [events] = await conn.query(`SELECT EVENT_NAME AS n FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?`, [source]);
  for (const e of events as Record<string, string>[]) notes.push(`event ${e.n}`);
  return { notCloned, notes };
}

/** What the connecting account could do beyond the clone (from SHOW GRANTS). */
export async function mysqlPrivilegeReport(conn: Conn): Promise<string[]> {
  const findings: string[] = [];
  try {
    const [rows] = await conn.query('SHOW GRANTS');
    for (const row of rows as Record<string, string>[]) {
      const g = String(Object.values(row)[0] ?? '');
      const global = / ON \*\.\* /i.test(g);
      if (global && /ALL PRIVILEGES/i.test(g)) findings.push('the account has ALL PRIVILEGES on *.* (it can change every schema, user and server setting)');
      else if (global) {
        for (const p of ['SUPER', 'FILE', 'CREATE USER', 'PROCESS', 'RELOAD', 'SHUTDOWN', 'EXECUTE'])
          if (new RegExp(`\\b${p}\\b`, 'i').test(g.split(' ON ')[0]!)) findings.push(`the account has the global privilege ${p}`);
      }
      if (/WITH GRANT OPTION/i.test(g)) findings.push(`the account can grant its privileges (${g.slice(0, 80)})`);
    }
  } catch (e) {
    findings.push(`SHOW GRANTS failed: ${errText(e)}`);
  }
  return findings;
}

/**
 * The session's values of user variables (names as `lexingVariableReads` returns them: letters,
 * digits, `_`, `$`, `.`). Reading a user variable has no side effect; a failed read leaves the
 * variable out, and the guard then refuses the statement that uses it.
 */
async function readUserVariables(conn: Conn, names: string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const name of names) {
    if (!/^[A-Za-z0-9_$.]+$/.test(name)) continue;
    try {
      const [rows] = await conn.query(`SELECT CAST(@\`${name}\` AS CHAR) AS v`);
      const v = (rows as Record<string, unknown>[])[0]?.v;
      out.set(name, v === null || v === undefined ? null : String(v));
    } catch {
      // Left out: the statement is refused.
    }
  }
  return out;
}

/** The session's values of the settings a migration can change (see SESSION_STATE_VARIABLES). */
async function sessionState(conn: Conn): Promise<Map<string, string>> {
  const [rows] = await conn.query('SHOW SESSION VARIABLES');
  const out = new Map<string, string>();
  for (const r of rows as Record<string, unknown>[]) {
    const name = String(r.Variable_name ?? '').toLowerCase();
    if (SESSION_STATE_VARIABLES.has(name)) out.set(name, String(r.Value ?? ''));
  }
  return out;
}

/**
 * Puts back the settings the last direction changed (SET foreign_key_checks = 0 in the up must not
 * let the down pass where production's new session would fail). Returns what could not be put back.
 */
async function resetMysqlSession(conn: Conn, saved: Map<string, string>): Promise<string[]> {
  const now = await sessionState(conn);
  const failed: string[] = [];
  for (const [name, value] of saved) {
    if (now.get(name) === value) continue;
    try {
      // Numbers go as numbers (a string is refused for an integer setting); the rest as strings.
      if (/^\d+(\.\d+)?$/.test(value)) await conn.query(`SET SESSION \`${name}\` = ${value}`);
      else await conn.query(`SET SESSION \`${name}\` = ?`, [value]);
    } catch (e) {
      failed.push(`${name}: ${errText(e)}`);
    }
  }
  return failed;
}

function trace(index: number, st: PlannedStatement): StatementTrace {
  return { index, file: st.loc.file, line: st.loc.line, sql: st.sql.length > 2000 ? `${st.sql.slice(0, 2000)}…` : st.sql, status: 'ok', locks: [], rewrites: [], durationMs: null, startMs: 0, endMs: 0, rowsAffected: null };
}

async function runMysqlDirection(conn: Conn, plan: DirectionPlan, schemas: Set<string>, clone: string, probe: boolean, timeoutMs: number, ctx: MysqlGuardContext): Promise<{ traces: StatementTrace[]; failure: StatementTrace | null }> {
  const traces: StatementTrace[] = [];
  const origin = performance.now();
  for (const [i, st] of plan.statements.entries()) {
    const t = trace(i, st);
    traces.push(t);
    t.startMs = performance.now() - origin;
    const { refuse, tokens } = guardMysql(st.sql, schemas, clone, { ...ctx, userVariables: await readUserVariables(conn, lexingVariableReads(st.sql)) });
    if (refuse) {
      t.status = 'refused';
      t.reason = refuse;
      t.endMs = t.startMs;
      continue;
    }
    const kind = probe ? probeKind(tokens) : null;
    const declared = kind ? declaresAlgorithm(tokens) : { algorithm: null, lock: null };
    const start = performance.now();
    try {
      if (kind && !declared.algorithm) {
        const body = bodyEnd(st.sql, tokens);
        // ALTER TABLE takes the clauses as comma-separated alter options; CREATE/DROP INDEX as
        // trailing options without commas.
        const attempts: { clause: string; algorithm: 'INSTANT' | 'INPLACE' | 'COPY'; lock: string | null }[] =
          kind === 'alter'
            ? [
                { clause: ', ALGORITHM=INSTANT', algorithm: 'INSTANT', lock: null },
                { clause: ', ALGORITHM=INPLACE, LOCK=NONE', algorithm: 'INPLACE', lock: 'NONE' },
                { clause: ', ALGORITHM=COPY', algorithm: 'COPY', lock: null },
              ]
            : [
                { clause: ' ALGORITHM=INSTANT', algorithm: 'INSTANT', lock: null },
                { clause: ' ALGORITHM=INPLACE LOCK=NONE', algorithm: 'INPLACE', lock: 'NONE' },
                { clause: ' ALGORITHM=COPY', algorithm: 'COPY', lock: null },
              ];
        let done = false;
        const rejected: string[] = [];
        for (const a of attempts) {
          try {
            const [r] = await conn.query({ sql: `${body}${a.clause}`, timeout: timeoutMs });
            t.rowsAffected = (r as { affectedRows?: number }).affectedRows ?? null;
            t.executed = `${body}${a.clause}`;
            t.algorithm = { algorithm: a.algorithm, lock: a.lock, ...(rejected.length ? { note: `server rejected ${rejected.join(', ')}` } : {}) };
            if (a.algorithm === 'COPY') t.rewrites.push(`table copy (ALGORITHM=COPY) — blocks writes for the whole copy`);
            done = true;
            break;
          } catch (e) {
            if (!isAlgorithmRejection(e)) throw e;
            rejected.push(a.algorithm === 'INPLACE' ? 'INPLACE with LOCK=NONE' : a.algorithm);
          }
        }
        if (!done) {
          // Every explicit algorithm was refused (some statements take none): run it as written.
          const [r] = await conn.query({ sql: st.sql, timeout: timeoutMs });
          t.rowsAffected = (r as { affectedRows?: number }).affectedRows ?? null;
          t.algorithm = { algorithm: 'UNKNOWN', lock: null, note: `server rejected ${rejected.join(', ')}` };
        }
      } else {
        const [r] = await conn.query({ sql: st.sql, timeout: timeoutMs });
        t.rowsAffected = (r as { affectedRows?: number }).affectedRows ?? null;
        if (kind) t.algorithm = { algorithm: 'DECLARED', lock: declared.lock, note: `ALGORITHM=${declared.algorithm} as written` };
      }
    } catch (e) {
      t.status = isTimeout(e) ? 'timeout' : 'failed';
      // Staging rows can be quoted in the error (`Incorrect integer value: '<secret>'`): values are redacted.
      t.reason = redactServerValues(errText(e));
      t.durationMs = Math.round(performance.now() - start);
      t.endMs = performance.now() - origin;
      return { traces, failure: t };
    }
    t.durationMs = Math.round((performance.now() - start) * 10) / 10;
    t.endMs = performance.now() - origin;
  }
  return { traces, failure: null };
}

export async function runMysql(plans: MigrationPlan[], all: Migration[], opts: MysqlOptions): Promise<Omit<DryRunResult, 'durationMs' | 'ok' | 'version' | 'engine'>> {
  const mysql = (await import('mysql2/promise')).default;
  const url = new URL(opts.databaseUrl);
  const source = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!source) throw new Error('the database URL must name the source database (mysql://user@host/dbname)');
  const clone = `migration_guard_dryrun_${randomBytes(6).toString('hex')}`;
  const connect = () =>
    mysql.createConnection({
      host: url.hostname, port: url.port ? Number(url.port) : 3306, user: decodeURIComponent(url.username), password: decodeURIComponent(url.password),
      multipleStatements: false, connectTimeout: 10_000,
    });
  let created = false;
  let conn = await connect();
  conn.on('error', () => undefined);
  // Drop the clone on SIGINT/SIGTERM too: end the run's own session (it may be mid-statement and
  // hold the clone's metadata locks), drop the clone from a fresh one, then exit as the signal would.
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = true;
    const code = signal === 'SIGINT' ? 130 : 143;
    const threadId = conn.threadId;
    void (async () => {
      try {
        const c = await connect();
        c.on('error', () => undefined);
        if (threadId) await c.query(`KILL ${Number(threadId)}`).catch(() => undefined);
        if (created) await c.query(`DROP DATABASE IF EXISTS \`${clone}\``);
        await c.end();
      } catch (e) {
        process.stderr.write(`migration-guard: could not drop the clone ${clone}: ${(e as Error).message}; drop it by hand\n`);
      }
      process.exit(code);
    })();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const problems: string[] = [];
  const results: MigrationDryRun[] = [];
  let serverVersion: string | null = null;
  try {
    const [v] = await conn.query('SELECT VERSION() AS v');
    serverVersion = String((v as Record<string, string>[])[0]!.v);
    const mariadb = /mariadb/i.test(serverVersion);
    // The run's session holds a named lock called like its clone for its whole life: a clone whose
    // lock nobody holds was left by a killed run and is dropped; a live run's clone is left alone.
    const [locked] = await conn.query('SELECT GET_LOCK(?, 0) AS l', [clone]);
    if (Number((locked as Record<string, unknown>[])[0]!.l) !== 1) throw new Error(`could not take the lock ${clone}`);
    const warnings: string[] = [];
    const [stale] = await conn.query(`SELECT SCHEMA_NAME AS s FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'migration\\_guard\\_dryrun\\_%' AND IS_USED_LOCK(SCHEMA_NAME) IS NULL`);
    for (const row of stale as Record<string, string>[]) {
      const name = String(row.s);
      if (!/^migration_guard_dryrun_[0-9a-f]{12}$/.test(name) || name === clone) continue;
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
        warnings.push(`dropped the clone ${name} left by an earlier dry-run that was killed`);
      } catch (e) {
        warnings.push(`could not drop the clone ${name} left by an earlier dry-run: ${errText(e)}`);
      }
    }
    const [modeRows] = await conn.query('SELECT @@SESSION.sql_mode AS m');
    const sessionMode = sqlModeFlags(String((modeRows as Record<string, string>[])[0]!.m ?? ''));
    if (sessionMode.oracle) throw new Error('the session sql_mode includes ORACLE, whose PL/SQL syntax the dry-run cannot read; connect with another sql_mode');
    const ctx: MysqlGuardContext = { ansiQuotes: sessionMode.ansiQuotes, noBackslashEscapes: sessionMode.noBackslashEscapes };
    const privileges = await mysqlPrivilegeReport(conn);
    for (const f of privileges) warnings.push(`privileges: ${f}`);
    const [dbs] = await conn.query('SHOW DATABASES');
    const schemas = new Set((dbs as Record<string, string>[]).map((r) => String(Object.values(r)[0]).toLowerCase()));

    const versionTable = await checkVersionTable(
      {
        exists: async (t) => ((await conn.query(`SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?`, [source, t]))[0] as unknown[]).length > 0,
        values: async (t, c, where) => ((await conn.query(`SELECT CAST(\`${c}\` AS CHAR) AS v FROM \`${source}\`.\`${t}\`${where ? ` WHERE ${where}` : ''}`))[0] as Record<string, string>[]).map((r) => String(r.v)),
      },
      all,
    );
    if (versionTable.status === 'mismatch') problems.push(`history mismatch: ${versionTable.message}`);

    opts.progress(`cloning ${source} into ${clone}`);
    created = true;
    const { notCloned, notes } = await cloneSchema(conn, source, clone, schemas, ctx);
    notCloned.push(...(await invisibleToAccount(conn, source)));
    schemas.delete(clone);
    if (notCloned.length) warnings.push(`not in the clone, so the round trip cannot see them: ${notCloned.join('; ')}`);
    if (notes.length) warnings.push(`not cloned (they run on a schedule, never from a migration's statements): ${notes.join('; ')}`);
    await conn.query(`SET SESSION lock_wait_timeout = ${Math.max(1, Math.ceil(opts.lockTimeoutMs / 1000))}`);
    const aq = opts.appQueries?.queries.length ? guardMysqlAppQueries(opts.appQueries, schemas, clone, ctx) : null;
    if (mariadb) await conn.query(`SET SESSION max_statement_time = ${Math.max(0.001, opts.statementTimeoutMs / 1000)}`);

    const session = await sessionState(conn);
    // Migrations whose directions may have run with settings the previous one left: not verified.
    const leaked = new Set<MigrationDryRun>();
    const reset = async (result: MigrationDryRun, after: string) => {
      for (const f of await resetMysqlSession(conn, session)) {
        result.reasons.push(`could not reset the session setting ${f} after the ${after}`);
        leaked.add(result);
      }
    };
    for (const [k, plan] of plans.entries()) {
      const m = plan.migration;
      opts.progress(`[${k + 1}/${plans.length}] ${m.id}: up, down, up again`);
      const result: MigrationDryRun = {
        id: m.id, file: m.file, framework: m.framework, transactional: false, verdict: 'unverified', reasons: [],
        statements: [], roundTrip: { status: 'not-run', diff: [], dataDiff: [] }, sqlPreview: plan.preview, durationMs: null,
      };
      results.push(result);
      // Whatever the previous migration left (it may have stopped halfway), this one starts from a fresh session's settings.
      await reset(result, 'previous migration');
      if (plan.up.unrenderable.length) {
        result.reasons.push(...plan.up.unrenderable.map((r) => `cannot render: ${r}`));
        continue;
      }
      const before = await snapshotMysql(conn, clone);
      const aqBefore = aq?.queries.length ? await prepareMysql(conn, aq) : null;
      let aqUp: PrepareResults | null = null;
      const appVerdict = (afterDown: PrepareResults | null, note?: string) => {
        if (aq && aqBefore && aqUp) result.appQueries = appQueryVerdict(aq, aqBefore, aqUp, afterDown, afterDown ? undefined : note);
      };
      const started = performance.now();
      const up = await runMysqlDirection(conn, plan.up, schemas, clone, true, opts.statementTimeoutMs + 5000, ctx);
      result.durationMs = Math.round(performance.now() - started);
      result.statements = up.traces;
      const refused = up.traces.filter((t) => t.status === 'refused');
      for (const t of refused) result.reasons.push(`refused at ${t.file}:${t.line}: ${t.reason}`);
      if (up.failure) {
        result.verdict = 'failed';
        result.reasons.push(`up ${up.failure.status === 'timeout' ? 'timed out' : 'failed'} at ${up.failure.file}:${up.failure.line}: ${up.failure.reason}`);
        result.reasons.push('MySQL DDL is not transactional: the statements before it stay applied in the clone');
        continue;
      }
      await reset(result, 'up');
      const upChanges = diffSnapshots(before, await snapshotMysql(conn, clone), 'change');
      if (aqBefore) aqUp = await prepareMysql(conn, aq!);
      if (!plan.down || plan.down.unrenderable.length) {
        appVerdict(null, plan.down ? 'the down could not be rendered' : 'no down part');
        result.roundTrip = { status: plan.down ? 'not-run' : 'no-down', upChanges, diff: [], dataDiff: [] };
        result.reasons.push(plan.down ? `cannot render down: ${plan.down.unrenderable.join('; ')}` : 'no down part to verify rollback');
        continue;
      }
      const down = await runMysqlDirection(conn, plan.down, schemas, clone, false, opts.statementTimeoutMs + 5000, ctx);
      await reset(result, 'down');
      if (down.failure) {
        appVerdict(null, 'the down failed');
        result.roundTrip = { status: 'down-failed', upChanges, diff: [], dataDiff: [], error: `${down.failure.file}:${down.failure.line}: ${down.failure.reason}` };
        result.reasons.push(`down failed at ${down.failure.file}:${down.failure.line}: ${down.failure.reason}`);
        result.verdict = 'failed';
        continue;
      }
      // A refused statement of the down is skipped: the round trip then says nothing about it.
      const refusedDown = down.traces.filter((t) => t.status === 'refused');
      for (const t of refusedDown) result.reasons.push(`refused in down at ${t.file}:${t.line}: ${t.reason}`);
      const afterDown = await snapshotMysql(conn, clone);
      appVerdict(aqBefore ? await prepareMysql(conn, aq!) : null);
      const allDiff = diffSnapshots(before, afterDown);
      // A down that re-adds a dropped column puts it last (unless it says AFTER): reported, not a failure, unless configured so.
      const reported = opts.columnOrder === 'fail' ? [] : allDiff.filter((d) => / column order changed: /.test(d));
      const diff = allDiff.filter((d) => !reported.includes(d));
      const again = await runMysqlDirection(conn, plan.up, schemas, clone, false, opts.statementTimeoutMs + 5000, ctx);
      await reset(result, 'second up');
      if (again.failure) {
        result.roundTrip = { status: 'up-again-failed', upChanges, diff, dataDiff: [], error: `${again.failure.file}:${again.failure.line}: ${again.failure.reason}` };
        result.reasons.push(`up after down failed: ${again.failure.reason}`);
        result.verdict = 'failed';
        continue;
      }
      if (diff.length) {
        result.roundTrip = { status: 'mismatch', upChanges, diff, dataDiff: [], ...(reported.length ? { reported } : {}) };
        result.reasons.push(`down does not restore the schema: ${diff.slice(0, 3).join('; ')}`);
        result.verdict = 'failed';
        continue;
      }
      result.roundTrip = { status: 'verified', upChanges, diff: [], dataDiff: [], ...(reported.length ? { reported } : {}) };
      result.verdict = refused.length || refusedDown.length || leaked.has(result) ? 'unverified' : 'verified';
      const skipped = [...plan.up.skippedData, ...plan.down.skippedData.map((r) => `down: ${r}`)];
      if (skipped.length) {
        result.reasons.push(...skipped.map((r) => `data step not run (its SQL is built at run time; the rest ran): ${r}`));
        result.verdict = 'unverified';
      }
      if (result.verdict === 'verified' && notCloned.length) {
        result.verdict = 'unverified';
        result.reasons.push(`the source has objects the clone lacks (${notCloned.slice(0, 3).join('; ')}${notCloned.length > 3 ? '; …' : ''}): statements that fire triggers or use routines ran without them`);
      }
    }
    return { serverVersion, history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null }, versionTable, migrations: results, problems, warnings, privileges };
  } catch (e) {
    const err = e as Error;
    if (results.length === 0 && !created) throw e;
    problems.push(`the dry-run stopped: ${err.message}`);
    return { serverVersion, history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null }, versionTable: null, migrations: results, problems };
  } finally {
    if (created) {
      // The clone goes in all cases; a dead connection gets a fresh one for the cleanup. A
      // migration's LOCK TABLES or open transaction must not make the DROP wait.
      await conn.query('UNLOCK TABLES').catch(() => undefined);
      await conn.query('ROLLBACK').catch(() => undefined);
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${clone}\``);
      } catch {
        try {
          const old = conn;
          conn = await connect();
          conn.on('error', () => undefined);
          // End the old session first: it may still hold the clone's metadata locks.
          if (old.threadId) await conn.query(`KILL ${Number(old.threadId)}`).catch(() => undefined);
          old.destroy();
          await conn.query('SET SESSION lock_wait_timeout = 30');
          await conn.query(`DROP DATABASE IF EXISTS \`${clone}\``);
        } catch (e) {
          problems.push(`could not drop the clone ${clone}: ${(e as Error).message}; drop it by hand`);
        }
      }
    }
    await conn.end().catch(() => undefined);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
