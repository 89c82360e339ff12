import { redactServerValues } from './redact-values.js';
import { randomBytes } from 'node:crypto';
import type { Migration, Op } from '../ir.js';
import { LOCK_BLOCKS, pgLockOf, type LockMode } from '../schema/locks.js';
import { appQueryVerdict, prepareEach, type GuardedAppQueries, type PrepareResults } from './app-query-run.js';
import { guardPostgres } from './guard.js';
import type { DirectionPlan, MigrationPlan, PlannedStatement } from './plan.js';
import { diffSnapshots, takeSnapshot, tableFingerprint, type Snapshot } from './snapshot.js';
import type { LockTrace, MigrationDryRun, StatementTrace } from './types.js';

/**
 * The PostgreSQL execution core shared by the embedded (PGlite) and server engines: guarded
 * statement execution, per-statement lock/rewrite trace, the transaction integrity check and the
 * up → down → up round trip with catalog snapshots.
 */

export interface QueryResult {
  rows: Record<string, unknown>[];
  rowCount: number | null;
}

export interface PgSession {
  query(sql: string, opts?: { timeoutMs?: number }): Promise<QueryResult>;
  /** The session sends a text with several statements as one message (simple query protocol). */
  multiStatement?: boolean;
}

/** The session is gone (connection terminated, worker stopped): nothing more can run. */
export class SessionLost extends Error {
  override name = 'SessionLost';
  constructor(message: string, readonly timedOut = false) {
    super(message);
  }
}

/** The dry-run is no longer inside its own transaction: stop sending anything. */
export class LeftTransaction extends Error {
  override name = 'LeftTransaction';
}

export interface PgRunContext {
  session: PgSession;
  /** `pg_current_xact_id_if_assigned` (PG ≥ 13) or `txid_current_if_assigned`. */
  xidFunction: string;
  /** Durations are reported only from a real server (PGlite timings are not representative). */
  realDurations: boolean;
  /**
   * The server holds real rows (staging): the values its error messages quote are replaced before
   * they reach the report, which goes to the pull request (redact-values.ts).
   */
  quotesServerData?: boolean;
  /** PGlite: each PR migration in its own committed transaction, so lock traces start clean. */
  perMigrationTransaction: boolean;
  /** Wall-clock limit per statement (PGlite has no working statement_timeout). */
  statementTimeoutMs: number;
  progress: (message: string) => void;
  /** Base history did not replay completely (PGlite): failures are then not conclusive. */
  historyIncomplete?: boolean;
  /**
   * Random per run: the dry-run's own savepoints are `migration_guard_<token>_*`, so a migration
   * cannot guess (and the guard refuses any savepoint named migration_guard*) to release them.
   */
  token: string;
  /** A column-order difference after down: reported (default) or a failed round trip. */
  columnOrder?: 'report' | 'fail';
  /** breaks-app-query: the application's queries (already guarded) to PREPARE before, after and after the rollback. */
  appQueries?: GuardedAppQueries;
}

/** A fresh unguessable token for the dry-run's savepoint names. */
export function savepointToken(): string {
  return randomBytes(8).toString('hex');
}

const LOCK_NAMES: Record<string, string> = {
  AccessExclusiveLock: 'ACCESS EXCLUSIVE',
  ExclusiveLock: 'EXCLUSIVE',
  ShareRowExclusiveLock: 'SHARE ROW EXCLUSIVE',
  ShareLock: 'SHARE',
  ShareUpdateExclusiveLock: 'SHARE UPDATE EXCLUSIVE',
  RowExclusiveLock: 'ROW EXCLUSIVE',
  RowShareLock: 'ROW SHARE',
  AccessShareLock: 'ACCESS SHARE',
};

const EXTRA_BLOCKS: Record<string, string> = {
  'ROW SHARE': 'EXCLUSIVE and ACCESS EXCLUSIVE locks',
  'ACCESS SHARE': 'only ACCESS EXCLUSIVE (ALTER TABLE, DROP)',
};

export function blocksOf(mode: string): string {
  return LOCK_BLOCKS[mode as LockMode] ?? EXTRA_BLOCKS[mode] ?? 'other lock modes';
}

const RELKINDS: Record<string, string> = { r: 'table', p: 'partitioned table', i: 'index', I: 'partitioned index', S: 'sequence', v: 'view', m: 'materialized view', t: 'toast table', f: 'foreign table' };

interface RelInfo {
  name: string;
  kind: string;
  filenode: string;
}

interface TraceState {
  xid: string | null;
  locks: Set<string>;
  rels: Map<string, RelInfo>;
}

function traceQuery(xidFunction: string): string {
  return `SELECT ${xidFunction}()::text AS xid,
    (SELECT coalesce(json_agg(json_build_object('oid', l.relation::oid::text, 'mode', l.mode)), '[]'::json)
       FROM pg_locks l WHERE l.locktype = 'relation' AND l.pid = pg_backend_pid() AND l.granted
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())) AS locks,
    (SELECT coalesce(json_agg(json_build_object('oid', c.oid::text, 'name', CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END, 'kind', c.relkind::text, 'fn', c.relfilenode::text)), '[]'::json)
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I', 'S', 'v', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%') AS rels`;
}

function asArray(v: unknown): Record<string, string>[] {
  if (typeof v === 'string') return JSON.parse(v) as Record<string, string>[];
  return (v as Record<string, string>[]) ?? [];
}

async function readTrace(ctx: PgRunContext): Promise<TraceState> {
  const r = await ctx.session.query(traceQuery(ctx.xidFunction));
  const row = r.rows[0] ?? {};
  const rels = new Map<string, RelInfo>();
  for (const x of asArray(row.rels)) rels.set(x.oid!, { name: x.name!, kind: RELKINDS[x.kind!] ?? x.kind!, filenode: x.fn! });
  const locks = new Set(asArray(row.locks).map((l) => `${l.oid}|${l.mode}`));
  return { xid: (row.xid as string | null) ?? null, locks, rels };
}

/**
 * `/Connection terminated|connection.*(closed|ended)|ECONNRESET|…/i` without retrying `.*` from
 * every "connection" of a line (quadratic; the message can quote the migration's own text):
 * only the first "connection" of each line is followed.
 */
function connectionLostMessage(message: string): boolean {
  if (/Connection terminated|ECONNRESET|Client has encountered a connection error/i.test(message)) return true;
  return message.split(/[\n\r\u2028\u2029]/).some((line) => {
    const at = line.toLowerCase().indexOf('connection');
    return at >= 0 && /closed|ended/i.test(line.slice(at + 'connection'.length));
  });
}

/** pg / PGlite error → what the report says. */
function classifyError(e: unknown, redact = false): { status: 'failed' | 'timeout'; reason: string; lost: boolean } {
  const err = e as { code?: string; message?: string };
  const raw = err.message ?? String(e);
  const message = redact ? redactServerValues(raw) : raw;
  if (e instanceof SessionLost) return { status: e.timedOut ? 'timeout' : 'failed', reason: message, lost: true };
  if (err.code === '57014') return { status: 'timeout', reason: `statement_timeout: ${message}`, lost: false };
  if (err.code === '55P03') return { status: 'timeout', reason: `lock_timeout: ${message} (another session holds a conflicting lock)`, lost: false };
  if (err.code === '57P01' || err.code === '57P02' || err.code === '57P03' || err.code === '08006' || err.code === '08003' || connectionLostMessage(message)) {
    return { status: 'failed', reason: `connection lost: ${message}`, lost: true };
  }
  return { status: 'failed', reason: message, lost: false };
}

function short(sql: string, max = 2000): string {
  return sql.length > max ? `${sql.slice(0, max)}…` : sql;
}

function rowCountOf(r: QueryResult): number | null {
  return typeof r.rowCount === 'number' ? r.rowCount : null;
}

export interface RunOutcome {
  traces: StatementTrace[];
  /** The first statement that failed or timed out. */
  failure: StatementTrace | null;
}

/**
 * Runs one direction of a migration, statement by statement, guarded. With `trace`, records the
 * locks each statement newly took (pg_locks diff), rewrites (relfilenode changes), duration and
 * rows. After every statement it checks that the dry-run is still inside its transaction. On a
 * failed statement it stops; the caller rolls back to its savepoint.
 */
export async function runDirection(ctx: PgRunContext, plan: DirectionPlan, expectedXid: string, trace: boolean): Promise<RunOutcome> {
  const traces: StatementTrace[] = [];
  let state: TraceState | null = trace ? await readTrace(ctx) : null;
  const origin = performance.now();
  for (const [index, st] of plan.statements.entries()) {
    const t: StatementTrace = {
      index, file: st.loc.file, line: st.loc.line, sql: short(st.sql), status: 'ok', locks: [], rewrites: [],
      durationMs: null, startMs: performance.now() - origin, endMs: 0, rowsAffected: null,
    };
    traces.push(t);
    const decision = await guardPostgres(st.sql, st.ops, { embedded: ctx.perMigrationTransaction });
    if (decision.action === 'refuse') {
      t.status = 'refused';
      t.reason = decision.reason;
      t.benign = decision.benign;
      if (decision.transactionControl) t.transactionControl = decision.transactionControl;
      t.endMs = t.startMs;
      continue;
    }
    if (decision.action === 'substitute') {
      t.status = 'substituted';
      t.reason = decision.reason;
      t.executed = short(decision.sql);
    }
    const start = performance.now();
    let result: QueryResult;
    try {
      result = await ctx.session.query(decision.sql, { timeoutMs: ctx.statementTimeoutMs });
    } catch (e) {
      const c = classifyError(e, ctx.quotesServerData);
      t.status = c.status;
      t.reason = c.reason;
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string') t.code = code;
      t.endMs = performance.now() - origin;
      if (ctx.realDurations) t.durationMs = Math.round(performance.now() - start);
      if (c.lost) throw Object.assign(new SessionLost(c.reason, c.status === 'timeout'), { trace: t, traces });
      return { traces, failure: t };
    }
    const end = performance.now();
    t.endMs = end - origin;
    if (ctx.realDurations) t.durationMs = Math.round((end - start) * 10) / 10;
    t.rowsAffected = rowCountOf(result);
    let after: TraceState;
    try {
      after = trace ? await readTrace(ctx) : { xid: String((await ctx.session.query(`SELECT ${ctx.xidFunction}()::text AS xid`)).rows[0]?.xid ?? ''), locks: new Set(), rels: new Map() };
    } catch (e) {
      const c = classifyError(e, ctx.quotesServerData);
      if (c.lost) throw Object.assign(new SessionLost(c.reason, c.status === 'timeout'), { trace: t, traces });
      throw e;
    }
    if (!after.xid || after.xid !== expectedXid) {
      t.status = 'failed';
      t.reason = 'after this statement the session was no longer inside the dry-run transaction; the dry-run stopped';
      throw Object.assign(new LeftTransaction(`statement at ${st.loc.file}:${st.loc.line} left the dry-run transaction`), { trace: t, traces });
    }
    if (trace && state) {
      t.locks = [...newLocks(state, after, index), ...heldAlready(state, after, st.ops, index)];
      t.rewrites = rewrites(state, after);
      if (decision.action === 'substitute' && decision.documentedLock) {
        // The plain form's locks are not what production will see; show the concurrent form's.
        const tables = new Set(decision.documentedLock.tables);
        t.locks = t.locks.filter((l) => !tables.has(l.relation) && l.relkind !== 'index');
        for (const table of decision.documentedLock.tables) {
          t.locks.push({ relation: table, relkind: 'table', mode: decision.documentedLock.mode, blocks: blocksOf(decision.documentedLock.mode), documented: true, releasedAfter: index });
        }
        t.rewrites = [];
      }
      state = after;
    }
  }
  return { traces, failure: null };
}

function newLocks(before: TraceState, after: TraceState, index: number): LockTrace[] {
  const out: LockTrace[] = [];
  for (const key of after.locks) {
    if (before.locks.has(key)) continue;
    const [oid, rawMode] = key.split('|') as [string, string];
    const rel = after.rels.get(oid) ?? before.rels.get(oid);
    // Not a user relation: a system catalog the statement (or the trace query) read.
    if (!rel) continue;
    // Created by this very statement: invisible to other sessions until commit, so it blocks nobody.
    if (!before.rels.has(oid)) continue;
    const mode = LOCK_NAMES[rawMode] ?? rawMode;
    // Index reads (planning, FK checks) take weak locks that block nothing a migration cares about.
    if (rel.kind.includes('index') && (mode === 'ACCESS SHARE' || mode === 'ROW SHARE' || mode === 'ROW EXCLUSIVE')) continue;
    out.push({ relation: rel.name, relkind: rel.kind, mode, blocks: blocksOf(mode), releasedAfter: index });
  }
  const rank = (m: string) => Object.values(LOCK_NAMES).indexOf(m);
  return out.sort((a, b) => (a.relkind === b.relkind ? rank(a.mode) - rank(b.mode) || a.relation.localeCompare(b.relation) : a.relkind === 'table' ? -1 : b.relkind === 'table' ? 1 : a.relkind.localeCompare(b.relkind)));
}

/**
 * Locks the statement needs (documented for its ops) that this session already held from an
 * earlier statement of the same dry-run transaction, so pg_locks shows no new entry for them.
 * Production runs each migration in its own transaction, so they are reported, marked as such.
 */
function heldAlready(before: TraceState, after: TraceState, ops: Op[], index: number): LockTrace[] {
  const out: LockTrace[] = [];
  const byName = new Map([...after.rels].map(([oid, r]) => [r.name, oid]));
  const rawOf = new Map(Object.entries(LOCK_NAMES).map(([raw, mode]) => [mode, raw]));
  const seen = new Set<string>();
  for (const op of ops) {
    const doc = pgLockOf(op);
    if (!doc) continue;
    for (const table of doc.tables) {
      const oid = byName.get(table);
      const key = `${oid}|${rawOf.get(doc.mode)}`;
      if (!oid || seen.has(key) || !before.locks.has(key)) continue;
      seen.add(key);
      out.push({ relation: table, relkind: after.rels.get(oid)!.kind, mode: doc.mode, blocks: blocksOf(doc.mode), alreadyHeld: true, releasedAfter: index });
    }
  }
  return out;
}

function rewrites(before: TraceState, after: TraceState): string[] {
  const out: string[] = [];
  for (const [oid, rel] of after.rels) {
    const prev = before.rels.get(oid);
    if (prev && prev.filenode !== rel.filenode && rel.kind !== 'view' && rel.kind !== 'sequence' && prev.filenode !== '0') out.push(`${rel.kind} ${rel.name}`);
  }
  return out.sort((a, b) => (a.startsWith('table') === b.startsWith('table') ? a.localeCompare(b) : a.startsWith('table') ? -1 : 1));
}

/**
 * When each statement's locks are released: at the end of the migration when the runner wraps it
 * in a transaction, at the file's own COMMIT inside a BEGIN block, else at the statement's end.
 */
export function assignLockRelease(traces: StatementTrace[], transactional: boolean): void {
  const last = traces.length - 1;
  let blockStart: number | null = null;
  const pending: LockTrace[] = [];
  for (const t of traces) {
    const isBegin = t.transactionControl === 'begin';
    const isCommit = t.transactionControl === 'commit';
    if (isBegin) blockStart = t.index;
    if (isCommit && blockStart !== null) {
      for (const l of pending) l.releasedAfter = t.index;
      pending.length = 0;
      blockStart = null;
    }
    for (const l of t.locks) {
      if (transactional) l.releasedAfter = last;
      else if (blockStart !== null) pending.push(l);
      else l.releasedAfter = t.index;
    }
  }
  for (const l of pending) l.releasedAfter = last;
}

function touchedTables(ops: Op[]): string[] {
  const out = new Set<string>();
  for (const op of ops) {
    if ('table' in op && typeof op.table === 'string' && op.kind !== 'createTable') out.add(op.table);
    if (op.kind === 'truncate') for (const t of op.tables) out.add(t);
    if (op.kind === 'renameTable') out.add(op.table);
  }
  return [...out];
}

/** System catalogs are never fingerprinted as user data (a migration op may name one). */
function isSystemTable(table: string): boolean {
  const [first, second] = table.toLowerCase().split('.');
  return second === undefined ? first!.startsWith('pg_') : first === 'pg_catalog' || first === 'information_schema' || first!.startsWith('pg_toast');
}

async function fingerprints(ctx: PgRunContext, tables: string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  const sp = `migration_guard_${ctx.token}_fp`;
  for (const table of tables) {
    if (isSystemTable(table)) continue;
    // A failing read must not abort the dry-run transaction: isolate it in a savepoint.
    await ctx.session.query(`SAVEPOINT ${sp}`);
    try {
      out.set(table, await tableFingerprint(ctx.session, table));
      await ctx.session.query(`RELEASE SAVEPOINT ${sp}`);
    } catch {
      await ctx.session.query(`ROLLBACK TO SAVEPOINT ${sp}`);
      out.set(table, null);
    }
  }
  return out;
}

async function snapshot(ctx: PgRunContext): Promise<Snapshot> {
  return takeSnapshot(ctx.session);
}

/** The session state a migration's SET/SET ROLE can change (undone by the rollback, but not between up and down). */
interface SessionState {
  settings: Map<string, string>;
  currentUser: string;
  sessionUser: string;
}

const SESSION_QUERY = `SELECT current_user::text AS cu, session_user::text AS su,
  (SELECT json_agg(json_build_array(name, setting)) FROM pg_settings WHERE context IN ('user', 'superuser') AND name NOT LIKE 'transaction\\_%') AS s`;

async function readSession(ctx: PgRunContext): Promise<SessionState> {
  const row = (await ctx.session.query(SESSION_QUERY)).rows[0] ?? {};
  const raw = typeof row.s === 'string' ? (JSON.parse(row.s) as [string, string][]) : ((row.s as [string, string][] | null) ?? []);
  return { settings: new Map(raw), currentUser: String(row.cu), sessionUser: String(row.su) };
}

function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * Puts the session back as it was before the migration's up: a `search_path`, a `SET ROLE` or a
 * `DateStyle` set by the up must not leak into the down (or into the catalog snapshots, whose
 * deparsed text depends on them). In production the down runs in a new session.
 */
async function resetSession(ctx: PgRunContext, saved: SessionState): Promise<void> {
  const now = await readSession(ctx);
  if (now.sessionUser !== saved.sessionUser) await ctx.session.query('SET SESSION AUTHORIZATION DEFAULT');
  if (now.currentUser !== saved.currentUser || now.sessionUser !== saved.sessionUser) await ctx.session.query('RESET ROLE');
  const changed = [...saved.settings].filter(([name, value]) => now.settings.get(name) !== value);
  if (changed.length === 0) return;
  const sp = `migration_guard_${ctx.token}_rs`;
  for (const [name, value] of changed) {
    // One failing reset (a setting that cannot change mid-transaction) must not abort the run.
    await ctx.session.query(`SAVEPOINT ${sp}`);
    try {
      await ctx.session.query(`SELECT set_config(${literal(name)}, ${literal(value)}, false)`);
      await ctx.session.query(`RELEASE SAVEPOINT ${sp}`);
    } catch {
      await ctx.session.query(`ROLLBACK TO SAVEPOINT ${sp}`);
    }
  }
}

/** PostgreSQL: a new enum value cannot be used in the transaction that added it (55P04). */
const UNSAFE_NEW_ENUM_VALUE = '55P04';

function locationOf(t: StatementTrace): string {
  return `${t.file}:${t.line}`;
}

/** Runs the PR migrations (already planned), each up → down → up again, inside savepoints. */
export async function runPrMigrations(ctx: PgRunContext, plans: MigrationPlan[], outerXid: () => Promise<string>): Promise<{ results: MigrationDryRun[]; problems: string[] }> {
  const results: MigrationDryRun[] = [];
  const problems: string[] = [];
  let dead: string | null = null;
  for (const [k, plan] of plans.entries()) {
    const m = plan.migration;
    const result: MigrationDryRun = {
      id: m.id, file: m.file, framework: m.framework, transactional: m.transactional, verdict: 'unverified', reasons: [],
      statements: [], roundTrip: { status: 'not-run', diff: [], dataDiff: [] }, sqlPreview: plan.preview, durationMs: null,
    };
    results.push(result);
    if (dead) {
      result.reasons.push(`not run: ${dead}`);
      result.statements = plan.up.statements.map((s, index) => notRun(s, index));
      continue;
    }
    ctx.progress(`[${k + 1}/${plans.length}] ${m.id}: up, down, up again`);
    if (plan.up.unrenderable.length) {
      result.reasons.push(...plan.up.unrenderable.map((r) => `cannot render: ${r}`));
      result.statements = plan.up.statements.map((s, index) => notRun(s, index));
      continue;
    }
    const skipped = [...plan.up.skippedData, ...(plan.down?.skippedData ?? []).map((r) => `down: ${r}`)];
    try {
      await runOneMigration(ctx, plan, result, outerXid);
      if (skipped.length) {
        result.reasons.push(...skipped.map((r) => `data step not run (its SQL is built at run time; the rest ran): ${r}`));
        if (result.verdict === 'verified') result.verdict = 'unverified';
      }
    } catch (e) {
      const traces = (e as { traces?: StatementTrace[] }).traces;
      if (traces && result.statements.length === 0) result.statements = traces;
      if (e instanceof LeftTransaction) dead = e.message;
      else if (e instanceof SessionLost) dead = e.timedOut ? `the embedded database was stopped after ${Math.round(ctx.statementTimeoutMs / 1000)} s (wall-clock timeout)` : e.message;
      else {
        const c = classifyError(e, ctx.quotesServerData);
        if (c.lost) dead = c.reason;
        else {
          result.verdict = 'failed';
          result.reasons.push(`internal error: ${c.reason}`);
          // The failed query aborted the (sub)transaction: undo this migration so the next can run.
          await ctx.session.query(ctx.perMigrationTransaction ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT migration_guard_${ctx.token}_m`).catch(() => undefined);
          continue;
        }
      }
      result.verdict = 'failed';
      result.reasons.push(dead);
      problems.push(`${m.id}: ${dead}; every later migration was not run and all changes were rolled back`);
      const rest = plan.up.statements.slice(result.statements.length);
      result.statements.push(...rest.map((s, i) => notRun(s, result.statements.length + i)));
    }
  }
  return { results, problems };
}

function notRun(s: PlannedStatement, index: number): StatementTrace {
  return { index, file: s.loc.file, line: s.loc.line, sql: short(s.sql), status: 'not-run', locks: [], rewrites: [], durationMs: null, startMs: 0, endMs: 0, rowsAffected: null };
}

async function runOneMigration(ctx: PgRunContext, plan: MigrationPlan, result: MigrationDryRun, outerXid: () => Promise<string>): Promise<void> {
  const m: Migration = plan.migration;
  const q = (sql: string) => ctx.session.query(sql);
  if (ctx.perMigrationTransaction) await q('BEGIN');
  let xid = await outerXid();
  const sp = `migration_guard_${ctx.token}_m`;
  await q(`SAVEPOINT ${sp}`);
  const tables = touchedTables([...m.up, ...(m.down ?? [])]);
  const session = await readSession(ctx);
  const before = await snapshot(ctx);
  const dataBefore = await fingerprints(ctx, tables);
  const aq = ctx.appQueries?.queries.length ? ctx.appQueries : null;
  const aqBefore = aq ? await prepareEach(ctx, aq) : null;
  let aqUp: PrepareResults | null = null;
  const appVerdict = (afterDown: PrepareResults | null, rollbackNotChecked?: string) => {
    if (aq && aqBefore && aqUp) result.appQueries = appQueryVerdict(aq, aqBefore, aqUp, afterDown, afterDown ? undefined : rollbackNotChecked);
  };

  const started = performance.now();
  const up = await runDirection(ctx, plan.up, xid, true);
  result.statements = up.traces;
  assignLockRelease(up.traces, m.transactional);
  if (ctx.realDurations) result.durationMs = Math.round(performance.now() - started);
  const finish = async (commit: boolean) => {
    if (ctx.perMigrationTransaction) await q(commit ? 'COMMIT' : 'ROLLBACK');
  };

  if (up.failure) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}`);
    result.verdict = ctx.historyIncomplete ? 'unverified' : 'failed';
    const ext = /extension "([^"]+)" is not available/.exec(up.failure.reason ?? '');
    if (ext) result.verdict = 'unverified';
    result.reasons.push(
      ext
        ? `PGlite has no extension ${ext[1]}: the migration cannot be verified on the embedded engine (use --engine postgres)`
        : `up ${up.failure.status === 'timeout' ? 'timed out' : 'failed'} at ${locationOf(up.failure)}: ${up.failure.reason}`,
    );
    if (ctx.historyIncomplete && !ext) result.reasons.push('the base history did not replay completely on the embedded engine, so this failure may come from a missing earlier object');
    result.roundTrip = { status: 'not-run', diff: [], dataDiff: [] };
    await finish(false);
    return;
  }
  const refused = up.traces.filter((t) => t.status === 'refused' && !t.benign);
  for (const t of refused) result.reasons.push(`refused at ${locationOf(t)}: ${t.reason}`);

  await resetSession(ctx, session);
  const upChanges = diffSnapshots(before, await snapshot(ctx), 'change');
  // Old code against the new schema: the application's queries, after the up.
  if (aq) aqUp = await prepareEach(ctx, aq);
  if (ctx.perMigrationTransaction) {
    // The embedded engine is throwaway: commit the up so the down runs in a new transaction, as
    // in production (a new enum value can only be used after a commit).
    await q('COMMIT');
    await q('BEGIN');
    xid = await outerXid();
  }
  await q(`SAVEPOINT ${sp}_up`);
  if (!plan.down) {
    result.roundTrip = { status: 'no-down', upChanges, diff: [], dataDiff: [] };
    result.reasons.push(m.downIrreversible ? `the down part declares itself irreversible: ${m.downIrreversible.reason}` : 'no down part to verify rollback');
    appVerdict(null, 'no down part');
    result.verdict = 'unverified';
    await q(`RELEASE SAVEPOINT ${sp}_up`);
    await finish(true);
    return;
  }
  if (plan.down.unrenderable.length) {
    result.roundTrip = { status: 'not-run', upChanges, diff: [], dataDiff: [], error: plan.down.unrenderable.join('; ') };
    result.reasons.push(...plan.down.unrenderable.map((r) => `cannot render down: ${r}`));
    appVerdict(null, 'the down could not be rendered');
    result.verdict = 'unverified';
    await q(`RELEASE SAVEPOINT ${sp}_up`);
    await finish(true);
    return;
  }
  const down = await runDirection(ctx, plan.down, xid, false);
  if (down.failure && down.failure.code === UNSAFE_NEW_ENUM_VALUE && !ctx.perMigrationTransaction) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    const why = `the down uses an enum value the up added, which PostgreSQL allows only after a commit; the dry-run keeps everything in one uncommitted transaction, so this down needs a commit between up and down to be verified (${locationOf(down.failure)}: ${down.failure.reason})`;
    result.roundTrip = { status: 'not-run', upChanges, diff: [], dataDiff: [], error: 'needs a commit between up and down' };
    result.reasons.push(why);
    result.verdict = 'unverified';
    appVerdict(null, 'the down needs a commit between up and down');
    await finish(true);
    return;
  }
  if (down.failure) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    result.roundTrip = { status: 'down-failed', upChanges, diff: [], dataDiff: [], error: `${locationOf(down.failure)}: ${down.failure.reason}` };
    result.reasons.push(`down failed at ${locationOf(down.failure)}: ${down.failure.reason}`);
    appVerdict(null, 'the down failed');
    result.verdict = 'failed';
    await finish(true);
    return;
  }
  const refusedDown = down.traces.filter((x) => x.status === 'refused' && !x.benign);
  for (const t of refusedDown) result.reasons.push(`refused in down at ${locationOf(t)}: ${t.reason}`);
  await resetSession(ctx, session);
  const afterDown = await snapshot(ctx);
  // New code against the rolled-back schema: the same queries, after the down.
  appVerdict(aq ? await prepareEach(ctx, aq) : null);
  const allDiff = diffSnapshots(before, afterDown);
  // A down that re-adds a dropped column puts it last: the schema works, but it is not the same.
  const reported = ctx.columnOrder === 'fail' ? [] : allDiff.filter((d) => / column order changed: /.test(d));
  const diff = allDiff.filter((d) => !reported.includes(d));
  const dataAfter = await fingerprints(ctx, tables);
  const dataDiff: string[] = [];
  for (const [table, fp] of dataBefore) {
    const now = dataAfter.get(table);
    if (fp !== null && now !== null && now !== undefined && fp !== now) {
      const [nb, na] = [fp.split(':')[0], now.split(':')[0]];
      dataDiff.push(nb !== na ? `${table}: ${nb} rows before up, ${na} after down` : `${table}: row contents differ after up + down (data the down did not bring back)`);
    }
  }
  const upAgain = await runDirection(ctx, plan.up, xid, false);
  if (upAgain.failure) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    result.roundTrip = { status: 'up-again-failed', upChanges, diff, dataDiff, error: `${locationOf(upAgain.failure)}: ${upAgain.failure.reason}` };
    result.reasons.push(`up after down failed at ${locationOf(upAgain.failure)}: ${upAgain.failure.reason}`);
    if (diff.length) result.reasons.push(`down does not restore the schema (${diff.length} difference${diff.length === 1 ? '' : 's'})`);
    result.verdict = 'failed';
    await finish(true);
    return;
  }
  await resetSession(ctx, session);
  if (diff.length || dataDiff.length) {
    result.roundTrip = { status: 'mismatch', upChanges, diff, dataDiff, ...(reported.length ? { reported } : {}) };
    if (diff.length) result.reasons.push(`down does not restore the schema: ${diff.slice(0, 3).join('; ')}${diff.length > 3 ? ` (+${diff.length - 3} more)` : ''}`);
    if (dataDiff.length) result.reasons.push(`down loses data: ${dataDiff.join('; ')}`);
    result.verdict = 'failed';
    // Continue from "up applied once" whatever the down left behind.
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    await finish(true);
    return;
  }
  result.roundTrip = { status: 'verified', upChanges, diff: [], dataDiff: [], ...(reported.length ? { reported } : {}) };
  await q(`RELEASE SAVEPOINT ${sp}_up`);
  if (refused.length === 0 && refusedDown.length === 0) result.verdict = 'verified';
  else result.verdict = 'unverified';
  await finish(true);
}

