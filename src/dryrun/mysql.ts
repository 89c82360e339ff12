import { randomBytes } from 'node:crypto';
import type { Migration } from '../ir.js';
import { tokenize, type Token } from '../parse/sql/mysql/tokens.js';
import type { DirectionPlan, MigrationPlan, PlannedStatement } from './plan.js';
import { diffSnapshots, type Snapshot } from './snapshot.js';
import type { DryRunResult, MigrationDryRun, StatementTrace } from './types.js';
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
}

type Conn = import('mysql2/promise').Connection;

const SYSTEM_SCHEMAS = new Set(['mysql', 'information_schema', 'performance_schema', 'sys']);

/** Statement heads that act on the server, other schemas or users: never sent, even to a clone. */
const REFUSED_HEADS: Record<string, string> = {
  USE: 'USE would switch away from the clone',
  GRANT: 'GRANT changes server-wide privileges',
  REVOKE: 'REVOKE changes server-wide privileges',
  FLUSH: 'FLUSH acts on the whole server',
  KILL: 'KILL signals another session',
  INSTALL: 'INSTALL changes the server',
  UNINSTALL: 'UNINSTALL changes the server',
  RESET: 'RESET acts on the whole server',
  PURGE: 'PURGE deletes binary logs',
  LOAD: 'LOAD DATA reads files',
  XA: 'XA transactions outlive the session',
  SHUTDOWN: 'SHUTDOWN stops the server',
  CHANGE: 'CHANGE MASTER/REPLICATION changes replication',
  START: '',
  STOP: 'STOP SLAVE/REPLICA changes replication',
  BINLOG: 'BINLOG replays events on the server',
  HANDLER: 'HANDLER is not supported in the dry-run',
};

function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t?.kind === 'word' && words.includes(t.value);
}

/** Decides what may run in the clone, from the statement's tokens (the MySQL front end's lexer). */
export function guardMysql(sql: string, schemas: Set<string>, clone: string): { refuse: string | null; tokens: Token[] } {
  const tokens = tokenize(sql);
  const head = tokens[0];
  if (!head) return { refuse: null, tokens };
  if (head.kind === 'word') {
    if (head.value === 'START' && !isWord(tokens[1], 'TRANSACTION')) return { refuse: 'START SLAVE/REPLICA changes replication', tokens };
    if (REFUSED_HEADS[head.value]) return { refuse: REFUSED_HEADS[head.value]!, tokens };
    if ((head.value === 'CREATE' || head.value === 'DROP' || head.value === 'ALTER') && tokens.slice(1, 4).some((t) => isWord(t, 'DATABASE', 'SCHEMA', 'USER', 'ROLE', 'SERVER', 'TABLESPACE', 'LOGFILE', 'INSTANCE'))) {
      return { refuse: `${head.value} ${tokens.slice(1, 4).find((t) => t.kind === 'word' && t.value !== 'IF')?.value ?? ''} acts outside the cloned schema`, tokens };
    }
    if (head.value === 'RENAME' && isWord(tokens[1], 'USER')) return { refuse: 'RENAME USER changes accounts', tokens };
    if (head.value === 'SET') {
      if (tokens.some((t) => isWord(t, 'GLOBAL', 'PERSIST', 'PERSIST_ONLY', 'PASSWORD') || (t.kind === 'variable' && /^@@(global|persist)/i.test(t.raw)))) return { refuse: 'SET GLOBAL/PERSIST changes the server for everyone', tokens };
    }
  }
  if (tokens.some((t) => isWord(t, 'OUTFILE', 'DUMPFILE', 'INFILE'))) return { refuse: 'reads or writes server files', tokens };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if ((t.kind === 'word' || t.kind === 'quoted') && next.kind === 'punct' && next.value === '.') {
      const qualifier = (t.kind === 'word' ? t.raw : t.value).toLowerCase();
      if (qualifier !== clone && (schemas.has(qualifier) || SYSTEM_SCHEMAS.has(qualifier))) {
        return { refuse: `names the schema ${qualifier} explicitly; the dry-run only writes to its clone`, tokens };
      }
    }
  }
  return { refuse: null, tokens };
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
    const out: string[] = [];
    for (const l of lines) {
      if (l.startsWith('`')) out.push(`${l} @${++pos}`);
      else if (l.startsWith(')')) out.push(l.replace(/ AUTO_INCREMENT=\d+/, ''));
      else out.push(l);
    }
    snap.set(`table ${name}`, out);
  }
  return snap;
}

async function cloneSchema(conn: Conn, source: string, clone: string): Promise<void> {
  const [meta] = await conn.query(`SELECT DEFAULT_CHARACTER_SET_NAME AS cs, DEFAULT_COLLATION_NAME AS co FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?`, [source]);
  const m = (meta as Record<string, string>[])[0];
  if (!m) throw new Error(`database ${source} does not exist`);
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
      views.push(text.replace(/DEFINER=`[^`]*`@`[^`]*`\s*/g, '').split(`\`${source}\`.`).join(`\`${clone}\`.`));
      continue;
    }
    const [c] = await conn.query(`SHOW CREATE TABLE ${q}`);
    await conn.query(String((c as Record<string, string>[])[0]!['Create Table']));
  }
  // Views may depend on each other: retry until no progress.
  let pending = views;
  for (let pass = 0; pending.length && pass < 10; pass++) {
    const failed: string[] = [];
    for (const v of pending) await conn.query(v).catch(() => failed.push(v));
    if (failed.length === pending.length) break;
    pending = failed;
  }
  await conn.query('SET SESSION foreign_key_checks = 1');
}

function trace(index: number, st: PlannedStatement): StatementTrace {
  return { index, file: st.loc.file, line: st.loc.line, sql: st.sql.length > 2000 ? `${st.sql.slice(0, 2000)}…` : st.sql, status: 'ok', locks: [], rewrites: [], durationMs: null, startMs: 0, endMs: 0, rowsAffected: null };
}

async function runMysqlDirection(conn: Conn, plan: DirectionPlan, schemas: Set<string>, clone: string, probe: boolean, timeoutMs: number): Promise<{ traces: StatementTrace[]; failure: StatementTrace | null }> {
  const traces: StatementTrace[] = [];
  const origin = performance.now();
  for (const [i, st] of plan.statements.entries()) {
    const t = trace(i, st);
    traces.push(t);
    t.startMs = performance.now() - origin;
    const { refuse, tokens } = guardMysql(st.sql, schemas, clone);
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
      t.reason = errText(e);
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
  let conn = await connect();
  conn.on('error', () => undefined);
  const problems: string[] = [];
  const results: MigrationDryRun[] = [];
  let serverVersion: string | null = null;
  let created = false;
  try {
    const [v] = await conn.query('SELECT VERSION() AS v');
    serverVersion = String((v as Record<string, string>[])[0]!.v);
    const mariadb = /mariadb/i.test(serverVersion);
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
    await cloneSchema(conn, source, clone);
    schemas.delete(clone);
    await conn.query(`SET SESSION lock_wait_timeout = ${Math.max(1, Math.ceil(opts.lockTimeoutMs / 1000))}`);
    if (mariadb) await conn.query(`SET SESSION max_statement_time = ${Math.max(0.001, opts.statementTimeoutMs / 1000)}`);

    for (const [k, plan] of plans.entries()) {
      const m = plan.migration;
      opts.progress(`[${k + 1}/${plans.length}] ${m.id}: up, down, up again`);
      const result: MigrationDryRun = {
        id: m.id, file: m.file, framework: m.framework, transactional: false, verdict: 'unverified', reasons: [],
        statements: [], roundTrip: { status: 'not-run', diff: [], dataDiff: [] }, sqlPreview: plan.preview, durationMs: null,
      };
      results.push(result);
      if (plan.up.unrenderable.length) {
        result.reasons.push(...plan.up.unrenderable.map((r) => `cannot render: ${r}`));
        continue;
      }
      const before = await snapshotMysql(conn, clone);
      const started = performance.now();
      const up = await runMysqlDirection(conn, plan.up, schemas, clone, true, opts.statementTimeoutMs + 5000);
      result.durationMs = Math.round(performance.now() - started);
      result.statements = up.traces;
      if (up.failure) {
        result.verdict = 'failed';
        result.reasons.push(`up ${up.failure.status === 'timeout' ? 'timed out' : 'failed'} at ${up.failure.file}:${up.failure.line}: ${up.failure.reason}`);
        result.reasons.push('MySQL DDL is not transactional: the statements before it stay applied in the clone');
        continue;
      }
      const upChanges = diffSnapshots(before, await snapshotMysql(conn, clone), 'change');
      const refused = up.traces.filter((t) => t.status === 'refused');
      for (const t of refused) result.reasons.push(`refused at ${t.file}:${t.line}: ${t.reason}`);
      if (!plan.down || plan.down.unrenderable.length) {
        result.roundTrip = { status: plan.down ? 'not-run' : 'no-down', upChanges, diff: [], dataDiff: [] };
        result.reasons.push(plan.down ? `cannot render down: ${plan.down.unrenderable.join('; ')}` : 'no down part to verify rollback');
        continue;
      }
      const down = await runMysqlDirection(conn, plan.down, schemas, clone, false, opts.statementTimeoutMs + 5000);
      if (down.failure) {
        result.roundTrip = { status: 'down-failed', upChanges, diff: [], dataDiff: [], error: `${down.failure.file}:${down.failure.line}: ${down.failure.reason}` };
        result.reasons.push(`down failed at ${down.failure.file}:${down.failure.line}: ${down.failure.reason}`);
        result.verdict = 'failed';
        continue;
      }
      const afterDown = await snapshotMysql(conn, clone);
      const diff = diffSnapshots(before, afterDown);
      const again = await runMysqlDirection(conn, plan.up, schemas, clone, false, opts.statementTimeoutMs + 5000);
      if (again.failure) {
        result.roundTrip = { status: 'up-again-failed', upChanges, diff, dataDiff: [], error: `${again.failure.file}:${again.failure.line}: ${again.failure.reason}` };
        result.reasons.push(`up after down failed: ${again.failure.reason}`);
        result.verdict = 'failed';
        continue;
      }
      if (diff.length) {
        result.roundTrip = { status: 'mismatch', upChanges, diff, dataDiff: [] };
        result.reasons.push(`down does not restore the schema: ${diff.slice(0, 3).join('; ')}`);
        result.verdict = 'failed';
        continue;
      }
      result.roundTrip = { status: 'verified', upChanges, diff: [], dataDiff: [] };
      result.verdict = refused.length ? 'unverified' : 'verified';
    }
    return { serverVersion, history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null }, versionTable, migrations: results, problems };
  } catch (e) {
    const err = e as Error;
    if (results.length === 0 && !created) throw e;
    problems.push(`the dry-run stopped: ${err.message}`);
    return { serverVersion, history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null }, versionTable: null, migrations: results, problems };
  } finally {
    if (created) {
      // The clone goes in all cases; a dead connection gets a fresh one for the cleanup.
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${clone}\``);
      } catch {
        try {
          conn.destroy();
          conn = await connect();
          await conn.query(`DROP DATABASE IF EXISTS \`${clone}\``);
        } catch (e) {
          problems.push(`could not drop the clone ${clone}: ${(e as Error).message}; drop it by hand`);
        }
      }
    }
    await conn.end().catch(() => undefined);
  }
}
