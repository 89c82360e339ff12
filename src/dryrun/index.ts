import { redactUrl } from '../redact-url.js';
import { UsageError, type ResolvedConfig } from '../config.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readInsideRepository, realPath, repositoryRoot } from '../discover/safe-fs.js';
import type { Severity } from '../ir.js';
import { loadSnapshot, type StatsSnapshot } from '../stats/snapshot.js';
import type { GuardedAppQueries } from './app-query-run.js';
import { discover, type DiscoveredMigration } from '../discover/index.js';
import { loadMigrations } from '../engine.js';
import type { Migration } from '../ir.js';
import { breaksAppQuery } from '../../rules/breaks-app-query.js';
import type { Report, ReportFinding } from '../report/model.js';
import { originLabel } from './app-queries.js';
import { planMigration, type MigrationPlan } from './plan.js';
import type { StartedPglite } from './pglite.js';
import type { AppQueryBreak, AppQueryCollection, DryRunResult, EngineName, StatementTrace } from './types.js';

export type { DryRunResult, EngineName, MigrationDryRun, StatementTrace } from './types.js';

/** Options for one dry-run; the CLI and the GitHub Action both call `runDryRun`. */
export interface DryRunOptions {
  /** Working directory; report paths are relative to it. */
  cwd: string;
  /** Files or directories to discover migrations in (empty: config, then auto-detect). */
  paths: string[];
  /** Git ref: the migrations changed since `git merge-base base HEAD` are the PR's. */
  base?: string;
  /** The PR's changed files (relative paths), as the action knows them from the API. */
  changedFiles?: string[];
  config: ResolvedConfig;
  /** Default: config `dryRun.engine`, else `mysql` for the MySQL dialect, else `pglite`. */
  engine?: EngineName;
  /** Server engines; default config `dryRun.databaseUrl` (a `$VAR` there names an environment variable). */
  databaseUrl?: string;
  /** Default config `dryRun.statementTimeout`, else 30 s. */
  statementTimeoutMs?: number;
  /** Default config `dryRun.lockTimeout`, else 2 s. */
  lockTimeoutMs?: number;
  /** postgres engine: run even when the role is a superuser (refused otherwise). */
  allowSuperuser?: boolean;
  /** A column-order difference after down: `report` (default, the round trip still verifies) or `fail`. */
  columnOrder?: 'report' | 'fail';
  /** Progress lines for long replays (the CLI prints them on stderr). */
  progress?: (message: string) => void;
  /** PGlite data directory cache (default: $MIGRATION_GUARD_CACHE or the OS temp dir). */
  cacheDir?: string;
  /** Migrations already loaded (the action has them from `lint()`); skips discovery. */
  migrations?: Migration[];
  /** Source lookup for already-loaded migrations. */
  sources?: (file: string) => string | undefined;
  /** The production statistics snapshot (default: the file config `stats:` names, if any). */
  snapshot?: StatsSnapshot | null;
  /** breaks-app-query: prepare the application's queries (default: unless the rule is off). */
  appQueries?: boolean;
  /** At most this many application queries are checked (default 2000). */
  appQueryCap?: number;
}

/** Migration files and their directories: the application-code scan never reads them. */
function migrationPaths(cwd: string, found: DiscoveredMigration[] | null, migrations: Migration[]): string[] {
  const skip = new Set<string>();
  const addDir = (dir: string) => {
    if (dir && dir !== '.' && !dir.startsWith('..')) skip.add(dir);
  };
  for (const d of found ?? []) {
    skip.add(d.file);
    if (d.downFile) skip.add(d.downFile);
    addDir(path.posix.dirname(d.file));
    addDir(path.relative(cwd, d.root).split(path.sep).join('/'));
  }
  for (const m of migrations) {
    skip.add(m.file);
    addDir(path.posix.dirname(m.file));
  }
  return [...skip];
}

/**
 * The application's queries for breaks-app-query (PostgreSQL engines): the snapshot's statements
 * and the code's SQL literals, guarded. A configured snapshot that cannot be read is a warning:
 * the code's queries are still checked.
 */
async function appQueriesFor(opts: DryRunOptions, config: ResolvedConfig, found: DiscoveredMigration[] | null, migrations: Migration[], warnings: string[], dialect: 'postgres' | 'mysql'): Promise<{ collection: AppQueryCollection; guarded: GuardedAppQueries | null }> {
  let snapshot = opts.snapshot ?? null;
  if (opts.snapshot === undefined && config.stats) {
    try {
      snapshot = loadSnapshot(opts.cwd, config.stats);
    } catch (e) {
      warnings.push(`breaks-app-query: the statistics snapshot could not be read, so only the code's queries were checked: ${(e as Error).message}`);
    }
  }
  const { collectAppQueries } = await import('./app-queries.js');
  const { guardAppQueries } = await import('./app-query-run.js');
  const collection = await collectAppQueries({ cwd: opts.cwd, code: config.code, skip: migrationPaths(opts.cwd, found, migrations), snapshot, cap: opts.appQueryCap, dialect });
  // MySQL: the mysql guard reads each query in the clone, where the run's schemas are known.
  const guarded = dialect === 'postgres' ? await guardAppQueries(collection) : null;
  return { collection, guarded };
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** "5s", "500ms", "2min", "1h", or a bare number of milliseconds → ms. */
export function parseDuration(text: string | number | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (typeof text === 'number') return text;
  // Trimmed first: `\s*(unit)?\s*$` split a whitespace run every way (quadratic).
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m|h)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`invalid duration '${text}' (use e.g. 500ms, 5s, 2min)`);
  const factor: Record<string, number> = { ms: 1, s: 1000, sec: 1000, min: 60000, m: 60000, h: 3600000 };
  return Number(m[1]) * factor[(m[2] ?? 'ms').toLowerCase()]!;
}

function resolveUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // A URL in a committed config file would leak the password: `$NAME` reads it from the environment.
  const env = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(value);
  return env ? process.env[env[1]!] : value;
}


/**
 * A `dryRun.setupFiles` entry: a regular file inside the repository. A PR can edit the config, so
 * nothing outside the checkout (a runner's credentials) may become SQL whose errors are quoted.
 */
function readSetupFile(cwd: string, file: string): string {
  const read = readInsideRepository(realPath(repositoryRoot(cwd)), path.resolve(cwd, file), 64 * 1024 * 1024);
  if (!read.ok) throw new UsageError(`dryRun.setupFiles: ${file}: ${read.reason}${'outside' in read ? '; refusing to read it' : ''}`);
  return read.bytes.toString('utf8');
}

export function chooseEngine(opts: Pick<DryRunOptions, 'engine' | 'config'>): EngineName {
  return opts.engine ?? opts.config.dryRun.engine ?? (opts.config.dialect === 'mysql' && opts.config.dialectExplicit ? 'mysql' : 'pglite');
}

/** Runs the dry-run: discovers and parses migrations, then replays/executes them on the engine. */
export async function runDryRun(opts: DryRunOptions): Promise<DryRunResult> {
  const started = performance.now();
  const engine = chooseEngine(opts);
  const progress = opts.progress ?? (() => undefined);
  const databaseUrl = opts.databaseUrl ?? resolveUrl(opts.config.dryRun.databaseUrl);
  if (engine !== 'pglite' && !databaseUrl) throw new UsageError(`--engine ${engine} needs --database-url (or dryRun.databaseUrl in the config)`);
  const config: ResolvedConfig = engine === 'mysql' ? { ...opts.config, dialect: 'mysql' } : engine === 'pglite' && opts.config.dialect === 'mysql' ? opts.config : opts.config;
  if (engine === 'pglite' && config.dialect === 'mysql') throw new UsageError('the pglite engine runs PostgreSQL only; use --engine mysql --database-url mysql://... for MySQL migrations');
  if (engine === 'postgres' && config.dialect === 'mysql') throw new UsageError('--engine postgres runs PostgreSQL migrations; the config says dialect: mysql (use --engine mysql)');
  if (engine === 'mysql' && databaseUrl && !/^(mysql|mariadb):\/\//i.test(databaseUrl)) throw new UsageError('--engine mysql needs a mysql:// URL');
  if (engine === 'postgres' && databaseUrl && !/^postgres(ql)?:\/\//i.test(databaseUrl)) throw new UsageError('--engine postgres needs a postgres:// URL');
  const setup = [...(config.dryRun.setup === undefined ? [] : [config.dryRun.setup].flat()), ...(config.dryRun.setupFiles ?? []).map((f) => readSetupFile(opts.cwd, f))].filter((sql) => sql.trim() !== '');
  // A server already has what the deployment creates; setup SQL on it would change a shared database.
  if (setup.length && engine !== 'pglite') throw new UsageError(`dryRun.setup is for the embedded engine (pglite) only: a ${engine} server already has the objects the deployment creates`);
  const statementTimeoutMs = opts.statementTimeoutMs ?? parseDuration(config.dryRun.statementTimeout, 30_000);
  const lockTimeoutMs = opts.lockTimeoutMs ?? parseDuration(config.dryRun.lockTimeout, 2_000);

  let migrations = opts.migrations;
  let sources = opts.sources;
  let found: DiscoveredMigration[] | null = null;
  if (!migrations) found = discover({ cwd: opts.cwd, paths: opts.paths, changedFiles: opts.changedFiles, base: opts.base, config });

  // PGlite's start (WASM compile, data directory load) takes longer than parsing the history:
  // overlap the two. It is loaded only here, never on the lint path.
  let prestarted: Promise<StartedPglite> | undefined;
  let key: string | undefined;
  if (engine === 'pglite') {
    const pglite = await import('./pglite.js');
    const historyFiles = found
      ? found.filter((d) => !d.isNew).map((d) => ({ file: d.file, text: safeRead(d.abs) }))
      : migrations!.filter((m) => !m.isNew).map((m) => ({ file: m.file, text: sources?.(m.file) ?? JSON.stringify(m.up) }));
    key = pglite.historyKey(historyFiles, setup);
    prestarted = pglite.startPglite([], opts.cacheDir, key);
    // Never an unhandled rejection: runPglite awaits it (or it is closed below when unused).
    prestarted.catch(() => undefined);
  }
  if (!migrations) {
    try {
      const map = new Map<string, string>();
      migrations = (await loadMigrations(found!, config, map)).migrations;
      sources = (f) => map.get(f);
    } catch (e) {
      // A started worker thread would keep the process alive.
      if (prestarted) void prestarted.then((p) => p.db.close()).catch(() => undefined);
      throw e;
    }
  }
  const lookup = sources ?? (() => undefined);
  const appSeverity = (config.ruleSeverity['breaks-app-query'] ?? 'error') as Severity | 'off';
  const appWarnings: string[] = [];
  const app = appSeverity !== 'off' && opts.appQueries !== false && migrations.some((m) => m.isNew)
    ? await appQueriesFor(opts, config, found, migrations, appWarnings, engine === 'mysql' ? 'mysql' : 'postgres')
    : null;
  const prPlans: MigrationPlan[] = migrations.filter((m) => m.isNew).map((m) => planMigration(m, lookup));
  const base = {
    version: 1 as const,
    engine,
  };
  if (prPlans.length === 0) {
    if (prestarted) void prestarted.then((p) => p.db.close()).catch(() => undefined);
    return { ...base, serverVersion: null, durationMs: Math.round(performance.now() - started), history: { count: migrations.length, replayed: 0, failed: [], durationMs: null }, versionTable: null, migrations: [], problems: ['no migrations to dry-run: none of the discovered migrations is new (pass paths, --base, or changed files)'], ok: false };
  }
  progress(`dry-run on ${engine}: ${prPlans.length} migration${prPlans.length === 1 ? '' : 's'} to test${engine === 'pglite' ? `, ${migrations.length - prPlans.length} to replay first` : ''}`);
  let out: Omit<DryRunResult, 'durationMs' | 'ok' | 'version' | 'engine'>;
  if (engine === 'pglite') {
    const history = migrations.filter((m) => !m.isNew).map((m) => planMigration(m, lookup));
    try {
      const { coldStartMs: _cold, ...rest } = await (await import('./pglite.js')).runPglite(prPlans, history, { statementTimeoutMs, progress, cacheDir: opts.cacheDir, prestarted, historyKey: key, columnOrder: opts.columnOrder, appQueries: app?.guarded ?? undefined, setup });
      void _cold;
      out = rest;
    } catch (e) {
      if (/PGlite failed to start|Cannot find module/.test((e as Error).message)) throw new DryRunConnectionError(`the embedded PostgreSQL (PGlite) could not start: ${(e as Error).message}`);
      throw e;
    }
  } else if (engine === 'postgres') {
    try {
      out = await (await import('./postgres.js')).runPostgres(prPlans, migrations, { databaseUrl: databaseUrl!, statementTimeoutMs, lockTimeoutMs, progress, allowSuperuser: opts.allowSuperuser, columnOrder: opts.columnOrder, appQueries: app?.guarded ?? undefined });
    } catch (e) {
      throw new DryRunConnectionError(`cannot dry-run on ${redactUrl(databaseUrl!)}: ${(e as Error).message}`);
    }
  } else {
    try {
      out = await (await import('./mysql.js')).runMysql(prPlans, migrations, { databaseUrl: databaseUrl!, statementTimeoutMs, lockTimeoutMs, progress, columnOrder: opts.columnOrder, appQueries: app?.collection });
    } catch (e) {
      if (e instanceof DryRunConnectionError) throw e;
      throw new DryRunConnectionError(`cannot dry-run on ${redactUrl(databaseUrl!)}: ${(e as Error).message}`);
    }
  }
  if (appWarnings.length) out.warnings = [...(out.warnings ?? []), ...appWarnings];
  // Nothing found and no snapshot configured: nothing to say.
  const appSilent = app && app.collection.found === 0 && app.collection.refused.length === 0 && Object.keys(app.collection.skipped).length === 0 && !config.stats && opts.snapshot == null;
  if (app && !appSilent) {
    const { queries: _q, ...summary } = app.collection;
    void _q;
    const note = summary.found > summary.cap ? `${summary.found} distinct queries found; the first ${summary.cap} were checked (the busiest captured statements first, then code in file order)` : summary.note;
    const checked = app.guarded ? app.guarded.queries.length : app.collection.queries.length - app.collection.refused.length;
    out.appQueries = { ...summary, ...(note ? { note } : {}), checked, severity: appSeverity as Severity };
  }
  // A query the running application issues that stops preparing blocks like any error finding.
  const appBroken = appSeverity === 'error' && out.migrations.some((m) => (m.appQueries?.broken.length ?? 0) > 0);
  const ok = out.problems.length === 0 && out.migrations.length > 0 && out.migrations.every((m) => m.verdict === 'verified') && !appBroken;
  return { ...base, ...out, durationMs: Math.round(performance.now() - started), ok };
}

/** The engine could not be reached or set up (not a verdict about the migrations). */
export class DryRunConnectionError extends Error {
  override name = 'DryRunConnectionError';
}

/**
 * Feeds the dry-run verdicts into the lint report's rollback-readiness section (for the action's
 * sticky comment): `verified` and the dry-run's reasons on each migration it covered.
 */
export function applyDryRunToReport(report: Report, result: DryRunResult): Report {
  for (const m of report.migrations) {
    const d = result.migrations.find((x) => x.file === m.file && x.id === m.id) ?? result.migrations.find((x) => x.file === m.file);
    if (!d) continue;
    m.rollback.verified = d.verdict === 'verified';
    m.rollback.dryRun = { engine: result.engine, verdict: d.verdict, roundTrip: d.roundTrip.status, reasons: d.reasons, diff: d.roundTrip.diff };
  }
  const found = appQueryFindings(result);
  report.findings.push(...found);
  for (const f of found) report.summary[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  return report;
}

/**
 * Where a broken query's finding points: on an upgrade, the first up statement that names the
 * object PostgreSQL's error names (`column "legacy_email" does not exist` → the DROP COLUMN);
 * otherwise, and for a rollback, the migration's first statement.
 */
function breakingLine(statements: StatementTrace[], b: AppQueryBreak): number {
  const first = statements[0]?.line ?? 1;
  // PostgreSQL quotes the name with ", MySQL with '.
  const name = /["'`]([^"'`]+)["'`]/.exec(b.error)?.[1];
  if (b.phase !== 'upgrade' || !name) return first;
  const word = new RegExp(`(^|[^A-Za-z0-9_$])"?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?($|[^A-Za-z0-9_$])`, 'i');
  return statements.find((s) => s.status !== 'refused' && word.test(s.sql))?.line ?? first;
}

/**
 * breaks-app-query findings from the dry-run: one per broken query, at the statement that breaks
 * it where the error names the object, else at the migration's first statement.
 */
export function appQueryFindings(result: DryRunResult): ReportFinding[] {
  const severity = result.appQueries?.severity ?? 'error';
  const out: ReportFinding[] = [];
  for (const m of result.migrations) {
    for (const b of m.appQueries?.broken ?? []) {
      const line = breakingLine(m.statements, b);
      const origins = b.origins.map(originLabel);
      const text = b.phase === 'upgrade' ? breaksAppQuery.afterUpgrade(b.query, origins, b.error) : breaksAppQuery.afterRollback(b.query, origins, b.error, b.addedByChange === true);
      out.push({ ruleId: 'breaks-app-query', severity, file: m.file, line, endLine: line, column: 1, message: text.message, suggestion: text.suggestion, migration: m.id });
    }
  }
  return out;
}
