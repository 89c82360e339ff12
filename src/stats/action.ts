import { lstatSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRelativePath } from '../config.js';
import { isWithin, realPath } from '../discover/safe-fs.js';
import { UsageError } from '../errors.js';
import { redactUrl } from '../redact-url.js';
import { captureStats, StatsCaptureError } from './capture.js';

/** What the Action's `mode: stats` step reports through (@actions/core in the Action, plain callbacks in tests). */
export interface StatsStepIo {
  info(message: string): void;
  notice(message: string): void;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
}

export interface StatsStepOptions {
  workspace: string;
  databaseUrl: string;
  /** Repository-relative path to write (the `stats-output` input, else the config's `stats:`, else the default). */
  output: string;
  requireLeastPrivilege: boolean;
}

export const DEFAULT_STATS_FILE = '.migration-guard/stats.json';

/**
 * `mode: stats`: captures the statistics snapshot (read-only, no row data) into a file of the
 * workspace, for a scheduled workflow to commit or upload. No lint runs and no GitHub API is
 * called. The URL and its password are masked in the log before anything can print them; the
 * file is written only inside the workspace (a committed symlink on its path is refused).
 */
export async function runStatsStep(opts: StatsStepOptions, io: StatsStepIo): Promise<void> {
  if (!opts.databaseUrl) throw new UsageError("mode 'stats' needs the input 'database-url' (the production database or a replica, from a secret)");
  io.setSecret(opts.databaseUrl);
  try {
    const password = new URL(opts.databaseUrl).password;
    if (password) {
      io.setSecret(password);
      io.setSecret(decodeURIComponent(password));
    }
  } catch {
    // Not a URL: captureStats says so, without quoting it.
  }
  const rel = repoRelativePath(opts.output, 'stats-output', 'action input');
  const abs = path.resolve(opts.workspace, rel);
  // Checked before connecting: the nearest part of the path that exists must resolve inside the workspace.
  const root = realPath(opts.workspace);
  const inside = (): boolean => {
    let at = path.dirname(abs);
    for (;;) {
      try {
        lstatSync(at);
        break;
      } catch {
        at = path.dirname(at);
      }
    }
    const real = realPath(at);
    return Boolean(root && real && isWithin(root, real));
  };
  const outside = () => new UsageError(`input 'stats-output': ${rel} resolves outside the workspace (a symlink on its path); refusing to write it`);
  if (!inside()) throw outside();
  let existing: ReturnType<typeof lstatSync> | null = null;
  try {
    existing = lstatSync(abs);
  } catch {
    existing = null;
  }
  if (existing && !existing.isFile()) throw new UsageError(`input 'stats-output': ${rel} exists and is not a regular file; refusing to write it`);
  let snapshot;
  try {
    snapshot = await captureStats({ databaseUrl: opts.databaseUrl, requireLeastPrivilege: opts.requireLeastPrivilege, notice: (m) => io.notice(`migration-guard stats: ${m}`) });
  } catch (e) {
    if (!(e instanceof StatsCaptureError)) throw e;
    io.setFailed(`migration-guard: stats on ${redactUrl(opts.databaseUrl)}: ${e.message}`);
    return;
  }
  mkdirSync(path.dirname(abs), { recursive: true });
  if (!inside()) throw outside();
  // Written beside and renamed over: a reader never sees half a snapshot.
  const tmp = `${abs}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(snapshot, null, 2)}\n`);
  renameSync(tmp, abs);
  io.setOutput('stats-file', rel);
  io.info(`migration-guard: wrote ${rel}: ${snapshot.tables.length} table${snapshot.tables.length === 1 ? '' : 's'}, ${snapshot.statements.length} statement text${snapshot.statements.length === 1 ? '' : 's'}`);
}
