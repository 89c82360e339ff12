import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extensionsIn, guardPostgres } from './guard.js';
import type { MigrationPlan } from './plan.js';
import type { GuardedAppQueries } from './app-query-run.js';
import { runPrMigrations, savepointToken, SessionLost, type PgRunContext, type PgSession, type QueryResult } from './pg-runner.js';
import type { DryRunResult } from './types.js';

/**
 * The `pglite` engine: embedded PostgreSQL (WASM), no server and no secrets. PGlite runs in a
 * worker thread because it does not enforce statement_timeout: a statement that runs too long is
 * stopped by terminating the worker (wall-clock timeout). The initialised data directory is
 * cached so later runs skip initdb (seconds of cold start).
 */

/**
 * The worker is plain JavaScript evaluated from a string: it works the same from the TypeScript
 * sources (tests, tsx), the bundle and the compiled output, and it only proxies queries — all
 * logic stays on the main thread where it is typed and tested.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  try {
    const { PGlite } = require(workerData.pglitePath);
    const extensions = {};
    for (const [name, file] of Object.entries(workerData.extensions)) {
      const mod = require(file);
      extensions[name] = mod[name] ?? mod[Object.keys(mod)[0]];
    }
    const options = { extensions };
    if (workerData.dataDir) options.loadDataDir = new Blob([workerData.dataDir]);
    const db = await PGlite.create(options);
    parentPort.on('message', async (msg) => {
      try {
        if (msg.type === 'dump') {
          const file = await db.dumpDataDir('none');
          const buf = new Uint8Array(await file.arrayBuffer());
          parentPort.postMessage({ id: msg.id, ok: true, data: buf }, [buf.buffer]);
          return;
        }
        if (msg.type === 'exec') {
          await db.exec(msg.sql);
          parentPort.postMessage({ id: msg.id, ok: true, rows: [], rowCount: null });
          return;
        }
        const results = await db.exec(msg.sql);
        const last = results[results.length - 1] || { rows: [] };
        // Rows affected only mean something for DML (DDL reports none, as pg does).
        const dml = ['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'COPY'].includes(last.command);
        const rowCount = dml ? (last.affectedRows || 0) : last.command === 'SELECT' ? last.rows.length : null;
        parentPort.postMessage({ id: msg.id, ok: true, rows: last.rows, rowCount });
      } catch (e) {
        parentPort.postMessage({ id: msg.id, ok: false, error: { message: String(e && e.message || e), code: e && e.code } });
      }
    });
    parentPort.postMessage({ type: 'ready' });
  } catch (e) {
    parentPort.postMessage({ type: 'fatal', message: String(e && e.stack || e) });
  }
})();
`;

interface Pending {
  resolve: (r: { rows: Record<string, unknown>[]; rowCount: number | null; data?: Uint8Array }) => void;
  reject: (e: unknown) => void;
  timer: NodeJS.Timeout | null;
}

export interface PgliteOptions {
  /** Wall-clock limit per statement. */
  statementTimeoutMs: number;
  progress: (message: string) => void;
  /** Where the initialised data directory is cached (default: the OS temp directory). */
  cacheDir?: string;
  /** A PGlite started (without extensions) while the migrations were being parsed. */
  prestarted?: Promise<StartedPglite>;
  columnOrder?: 'report' | 'fail';
  /** Cache key of the base history (see `historyKey`): a cached replay is loaded instead of replayed. */
  historyKey?: string;
  /** breaks-app-query: the application's queries to PREPARE around each migration. */
  appQueries?: GuardedAppQueries;
  /** Config `dryRun.setup`: SQL run before the history, for objects the deployment creates outside the migrations. */
  setup?: string[];
}

/** A PGlite instance in a worker thread, queried by message. */
export class PgliteWorker implements PgSession {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private dead: string | null = null;
  readonly ready: Promise<void>;

  constructor(extensions: Record<string, string>, dataDir: Uint8Array | null) {
    const pglitePath = pgliteMain();
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { pglitePath, extensions, dataDir } });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (msg: { type?: string; id?: number; ok?: boolean; rows?: Record<string, unknown>[]; rowCount?: number | null; data?: Uint8Array; error?: { message: string; code?: string }; message?: string }) => {
        if (msg.type === 'ready') return resolve();
        if (msg.type === 'fatal') {
          this.dead = msg.message ?? 'PGlite failed to start';
          return reject(new Error(`PGlite failed to start: ${msg.message}`));
        }
        const p = msg.id !== undefined ? this.pending.get(msg.id) : undefined;
        if (!p) return;
        this.pending.delete(msg.id!);
        if (p.timer) clearTimeout(p.timer);
        if (msg.ok) p.resolve({ rows: msg.rows ?? [], rowCount: msg.rowCount ?? null, data: msg.data });
        else p.reject(Object.assign(new Error(msg.error?.message ?? 'query failed'), { code: msg.error?.code }));
      });
      this.worker.on('error', (e) => {
        this.fail(`PGlite worker crashed: ${e.message}`);
        reject(e);
      });
      this.worker.on('exit', () => this.fail('PGlite worker exited'));
    });
  }

  private fail(reason: string, timedOut = false): void {
    if (this.dead) return;
    this.dead = reason;
    for (const p of this.pending.values()) {
      if (p.timer) clearTimeout(p.timer);
      p.reject(new SessionLost(reason, timedOut));
    }
    this.pending.clear();
  }

  private send(type: string, sql: string, timeoutMs: number | undefined): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null; data?: Uint8Array }> {
    if (this.dead) return Promise.reject(new SessionLost(this.dead));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = timeoutMs
        ? setTimeout(() => {
            // PGlite cannot cancel a running statement: stopping the worker is the only way out.
            this.fail(`statement ran longer than ${Math.round(timeoutMs / 100) / 10} s (wall-clock limit); the embedded database was stopped`, true);
            void this.worker.terminate();
          }, timeoutMs)
        : null;
      this.pending.set(id, { resolve, reject, timer });
      this.worker.postMessage({ id, type, sql });
    });
  }

  async query(sql: string, opts: { timeoutMs?: number } = {}): Promise<QueryResult> {
    const r = await this.send('query', sql, opts.timeoutMs ?? 120_000);
    return { rows: r.rows, rowCount: r.rowCount };
  }

  async exec(sql: string, timeoutMs?: number): Promise<void> {
    await this.send('exec', sql, timeoutMs);
  }

  async dump(): Promise<Uint8Array> {
    const r = await this.send('dump', '', 60_000);
    return r.data!;
  }

  async close(): Promise<void> {
    this.fail('closed');
    await this.worker.terminate();
  }
}

/**
 * PGlite's CommonJS entry. A bundle (dist/) carries a copy of PGlite's dist directory in
 * `pglite/` next to it (with a VERSION file), since its WASM and data files cannot be inlined;
 * otherwise it comes from node_modules.
 */
function pgliteMain(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, 'pglite', 'index.cjs');
  if (existsSync(bundled)) return bundled;
  return createRequire(import.meta.url).resolve('@electric-sql/pglite');
}

/** Extensions PGlite ships (contrib + vector), by the name CREATE EXTENSION uses. */
export function availableExtensions(): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const main = pgliteMain();
    const contrib = path.join(path.dirname(main), 'contrib');
    for (const f of readdirSync(contrib)) {
      if (!f.endsWith('.cjs')) continue;
      const base = f.replace(/\.cjs$/, '');
      // CREATE EXTENSION "uuid-ossp" names the file uuid_ossp.
      out.set(base, path.join(contrib, f));
      out.set(base.replace(/_/g, '-'), path.join(contrib, f));
    }
    const vector = path.join(path.dirname(main), 'vector.cjs');
    if (existsSync(vector)) out.set('vector', vector);
  } catch {
    /* PGlite not installed: the engine reports it when started */
  }
  return out;
}

function pgliteVersion(): string {
  try {
    // The bundle's copy says its version in VERSION; in node_modules the package.json does.
    const bundled = path.join(path.dirname(pgliteMain()), 'VERSION');
    if (existsSync(bundled)) return readFileSync(bundled, 'utf8').trim();
    const pkg = path.join(path.dirname(pgliteMain()), '..', 'package.json');
    return existsSync(pkg) ? String((JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string }).version ?? 'unknown') : 'unknown';
  } catch {
    return 'unknown';
  }
}

function cacheBase(dir: string | undefined): string {
  const legacy = process.env.MIGRATION_GUARD_CACHE;
  return dir ?? (process.env.MIGRATION_GUARD_CACHE_DIR || (legacy && legacy.toLowerCase() !== 'off' ? legacy : path.join(os.tmpdir(), 'migration-guard')));
}

/** MIGRATION_GUARD_CACHE=off: nothing is read from or written to any cache. */
const cachingOff = () => (process.env.MIGRATION_GUARD_CACHE ?? '').toLowerCase() === 'off';

function cachePath(dir: string | undefined): string {
  return path.join(cacheBase(dir), `pglite-${pgliteVersion()}-datadir.tar`);
}

/** Bump when the way history is replayed changes, so old history caches are not reused. */
const REPLAY_VERSION = 3;

/**
 * Cache key of a replayed base history: the PGlite version, the replay logic and every history
 * file's path and content. An unchanged base branch (most CI runs) skips the replay entirely.
 */
export function historyKey(files: { file: string; text: string }[], setup: readonly string[] = []): string {
  const h = createHash('sha256');
  h.update(`${pgliteVersion()}\0${REPLAY_VERSION}\0`);
  // The setup runs before the history, so a cached replay is only valid for the same setup.
  for (const sql of setup) h.update(`setup\0${sql}\0`);
  for (const f of files) h.update(`${f.file}\0${f.text}\0`);
  return h.digest('hex').slice(0, 24);
}

function historyPath(dir: string | undefined, key: string): string {
  return path.join(cacheBase(dir), `pglite-${pgliteVersion()}-history-${key}.tar`);
}

function writeCache(file: string, data: Uint8Array | string): void {
  if (cachingOff()) return;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename: a concurrent run never reads a half-written cache.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    /* caching is an optimisation */
  }
}

function readCache(file: string): Uint8Array | null {
  if (cachingOff()) return null;
  try {
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
  } catch {
    return null;
  }
}

export interface StartedPglite {
  db: PgliteWorker;
  coldStartMs: number;
  /** Started from a cached data directory (no initdb). */
  cached: boolean;
  /** Started from a cached replay of exactly this base history: no replay needed. */
  historyLoaded: boolean;
  /** With `historyLoaded`: the history migrations that did not replay when the cache was made. */
  historyFailed: ReplayFailure[];
}

export interface ReplayFailure {
  id: string;
  file: string;
  error: string;
}

/**
 * The history migrations a cached replay skipped, stored beside it (written before the replay's
 * file, so a replay never exists without its list); null when missing or not well formed.
 */
function readFailures(file: string): ReplayFailure[] | null {
  const bytes = readCache(file);
  if (!bytes) return null;
  try {
    const value = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    const list = (value as { failed?: unknown })?.failed;
    if (!Array.isArray(list)) return null;
    const ok = list.every((f) => f && typeof f === 'object' && ['id', 'file', 'error'].every((k) => typeof (f as Record<string, unknown>)[k] === 'string'));
    return ok ? (list as ReplayFailure[]) : null;
  } catch {
    return null;
  }
}

/**
 * Starts PGlite from the cached replayed history when `key` names one, else from the cached
 * initialised data directory (creating that cache on the first run).
 */
export async function startPglite(extensionNames: string[], cacheDir?: string, key?: string): Promise<StartedPglite> {
  const started = performance.now();
  const available = availableExtensions();
  const extensions: Record<string, string> = {};
  for (const name of extensionNames) {
    const file = available.get(name);
    // The module exports the extension under its identifier (uuid-ossp → uuid_ossp).
    if (file) extensions[name.replace(/-/g, '_')] = file;
  }
  const historyFailed = key ? readFailures(`${historyPath(cacheDir, key)}.json`) : null;
  const historyData = key && historyFailed ? readCache(historyPath(cacheDir, key)) : null;
  let dataDir = historyData ?? readCache(cachePath(cacheDir));
  let db = new PgliteWorker(extensions, dataDir);
  try {
    await db.ready;
  } catch (e) {
    if (!dataDir) throw e;
    // A corrupt cache must not break the run: start from initdb and rewrite it.
    dataDir = null;
    db = new PgliteWorker(extensions, null);
    await db.ready;
  }
  if (!dataDir) {
    try {
      writeCache(cachePath(cacheDir), await db.dump());
    } catch {
      /* caching is an optimisation */
    }
  }
  const historyLoaded = dataDir !== null && dataDir === historyData;
  return { db, coldStartMs: Math.round(performance.now() - started), cached: dataDir !== null, historyLoaded, historyFailed: historyLoaded ? historyFailed! : [] };
}

/** One `SET name = value` (not `SET LOCAL`): a setting of the session, which a data directory does not keep. */
function isSessionSetting(sql: string): boolean {
  return /^\s*SET\s+(?!LOCAL\b)(?:SESSION\s+)?[A-Za-z_][\w.]*\s*(?:=|\bTO\b)[^;]*;?\s*$/i.test(sql);
}

/**
 * Runs config `dryRun.setup` on the fresh database, each entry behind the same guard as the
 * history, as one transaction per entry. What fails or is refused is a run-level problem (the run
 * is not ok), naming the entry; returns how many did not run.
 */
async function runSetup(db: PgliteWorker, setup: readonly string[], statementTimeoutMs: number, problems: string[]): Promise<number> {
  let failed = 0;
  for (const [i, sql] of setup.entries()) {
    const where = `dryRun.setup${setup.length > 1 ? `[${i}]` : ''}`;
    const d = await guardPostgres(sql, [], { embedded: true });
    if (d.action === 'refuse') {
      problems.push(`${where} was not run: ${d.reason}`);
      failed++;
      continue;
    }
    try {
      await db.exec(`BEGIN;\n${d.sql};\nCOMMIT;`, statementTimeoutMs);
    } catch (e) {
      if (e instanceof SessionLost) throw e;
      await db.exec('ROLLBACK').catch(() => undefined);
      problems.push(`${where} failed: ${(e as Error).message}`);
      failed++;
    }
  }
  return failed;
}

export async function runPglite(plans: MigrationPlan[], history: MigrationPlan[], opts: PgliteOptions): Promise<Omit<DryRunResult, 'durationMs' | 'ok' | 'version' | 'engine'> & { coldStartMs: number }> {
  const setup = opts.setup ?? [];
  const statements = [...setup, ...[...history, ...plans].flatMap((p) => [...p.up.statements, ...(p.down?.statements ?? [])].map((s) => s.sql))];
  const wanted = (await extensionsIn(statements)).filter((e) => availableExtensions().has(e));
  let started: StartedPglite;
  if (opts.prestarted) {
    started = await opts.prestarted;
    if (wanted.length) {
      // Extensions can only be loaded when PGlite starts: restart with them (rare).
      await started.db.close();
      started = await startPglite(wanted, opts.cacheDir, opts.historyKey);
    }
  } else started = await startPglite(wanted, opts.cacheDir, opts.historyKey);
  const { db, coldStartMs } = started;
  const problems: string[] = [];
  const warnings: string[] = [];
  try {
    opts.progress(`PGlite ready in ${coldStartMs} ms; ${started.historyLoaded ? `base history (${history.length} migrations) loaded from cache` : `replaying ${history.length} base-branch migration${history.length === 1 ? '' : 's'}`}`);
    const historyStart = performance.now();
    const fromCache = started.historyLoaded;
    // The setup's effect on the schema is part of a cached replay (its key includes the setup);
    // its session settings (`SET search_path = …`) are not, so they are applied again.
    const setupFailed = await runSetup(db, fromCache ? setup.filter(isSessionSetting) : setup, opts.statementTimeoutMs, problems);
    const failed: ReplayFailure[] = [];
    let replayed = 0;
    // Only the schema effect of the history matters: each migration becomes one batch of its
    // guarded statements (BEGIN/COMMIT, VACUUM... dropped; CONCURRENTLY in its plain form).
    const batches: { plan: MigrationPlan; sql: string; statements: number; parts: string[] }[] = [];
    for (const plan of history) {
      const m = plan.migration;
      if (plan.up.unrenderable.length) {
        failed.push({ id: m.id, file: m.file, error: `cannot render: ${plan.up.unrenderable[0]}` });
        continue;
      }
      const parts: string[] = [];
      for (const st of plan.up.statements) {
        const d = await guardPostgres(st.sql, st.ops, { embedded: true });
        if (d.action !== 'refuse') parts.push(d.sql);
      }
      batches.push({ plan, sql: parts.length ? `${parts.join(';\n')};` : '', statements: parts.length, parts });
    }
    const totalStatements = batches.reduce((n, b) => n + b.statements, 0);
    let allAtOnce = failed.length === 0;
    if (fromCache) {
      // The cached replay already skipped what did not replay then (unrenderable ones included).
      failed.length = 0;
      failed.push(...started.historyFailed);
      replayed = history.length - failed.length;
      batches.length = 0;
      allAtOnce = true;
    }
    if (allAtOnce && batches.length > 1) {
      // One round trip for the whole history is several times faster than one per migration;
      // if anything fails, it is rolled back and replayed migration by migration to find out what.
      try {
        await db.exec(`BEGIN;\n${batches.map((b) => b.sql).join('\n')}\nCOMMIT;`, opts.statementTimeoutMs * Math.max(1, totalStatements));
        replayed = batches.length;
      } catch (e) {
        if (e instanceof SessionLost) throw e;
        await db.exec('ROLLBACK').catch(() => undefined);
        allAtOnce = false;
      }
    } else allAtOnce = false;
    if (!allAtOnce) {
      for (const [i, b] of batches.entries()) {
        if (i > 0 && i % 50 === 0) opts.progress(`replayed ${i}/${history.length} base-branch migrations`);
        try {
          if (b.plan.migration.transactional) await db.exec(`BEGIN;\n${b.sql}\nCOMMIT;`, opts.statementTimeoutMs * Math.max(1, b.statements));
          // As its runner does: statement by statement (a new enum value is usable by the next one).
          else for (const part of b.parts) await db.exec(part, opts.statementTimeoutMs);
          replayed++;
        } catch (e) {
          if (e instanceof SessionLost) throw e;
          await db.exec('ROLLBACK').catch(() => undefined);
          failed.push({ id: b.plan.migration.id, file: b.plan.migration.file, error: (e as Error).message });
        }
      }
    }
    const historyMs = Math.round(performance.now() - historyStart);
    // A partial replay is cached too, with the list of what it skipped: the next run reports the
    // same warning and leaves the same dependents unverified, without replaying again.
    // A timeout may not recur on a quieter machine: that replay is not kept.
    const transient = failed.some((f) => /statement timeout|canceling statement/i.test(f.error));
    // A failed setup is reported on every run, so its replay is not cached either.
    if (!fromCache && opts.historyKey && history.length > 0 && !transient && setupFailed === 0) {
      const file = historyPath(opts.cacheDir, opts.historyKey);
      writeCache(`${file}.json`, JSON.stringify({ failed }));
      writeCache(file, await db.dump());
    }
    // A history PGlite cannot replay (an extension it lacks) is a warning, not a failed run: the
    // PR's migrations that still apply are verified; the ones that fail become unverified.
    if (failed.length) warnings.push(`${failed.length} base-branch migration${failed.length > 1 ? 's' : ''} did not replay on PGlite (first: ${failed[0]!.id}: ${failed[0]!.error})`);
    const ctx: PgRunContext = {
      session: db, xidFunction: 'pg_current_xact_id_if_assigned', realDurations: false, perMigrationTransaction: true,
      statementTimeoutMs: opts.statementTimeoutMs, progress: opts.progress, historyIncomplete: failed.length > 0, token: savepointToken(), columnOrder: opts.columnOrder,
      appQueries: opts.appQueries,
    };
    const { results, problems: runProblems } = await runPrMigrations(ctx, plans, async () => String((await db.query('SELECT pg_current_xact_id()::text AS xid')).rows[0]!.xid));
    problems.push(...runProblems);
    return {
      serverVersion: `PGlite ${pgliteVersion()}`,
      history: { count: history.length, replayed, failed, durationMs: historyMs, fromCache },
      versionTable: null,
      migrations: results,
      problems,
      warnings,
      coldStartMs,
    };
  } finally {
    await db.close().catch(() => undefined);
  }
}
