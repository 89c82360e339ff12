import { z } from 'zod';
import path from 'node:path';
import { readInsideRepository, realPath, repositoryRoot } from '../discover/safe-fs.js';
import { UsageError } from '../errors.js';

/**
 * The production statistics snapshot written by `migration-guard stats` and read by lint (lock
 * estimates, tiers, `lock-exceeds-budget`) and by the dry-run (`breaks-app-query`). It holds sizes,
 * counters and normalised statement texts only: never row data or literals.
 */
export const SNAPSHOT_VERSION = 1;

const tableStats = z.object({
  schema: z.string(),
  name: z.string(),
  /** Heap (PostgreSQL) or data (MySQL) bytes. */
  bytes: z.number().nonnegative(),
  rows: z.number().nonnegative().describe('Planner row estimate (reltuples / information_schema.tables.table_rows).'),
  toastBytes: z.number().nonnegative().optional(),
  indexes: z.array(z.object({ name: z.string(), bytes: z.number().nonnegative(), columns: z.array(z.string()).optional() })).default([]),
  /**
   * Average stored width per column in bytes (PostgreSQL pg_stats.avg_width, only for columns the
   * role may read; never the sampled values). Lets an index build be estimated from its columns' share.
   */
  columns: z.array(z.object({ name: z.string(), avgWidth: z.number().nonnegative() })).optional(),
  /** Writes since the statistics were reset (PostgreSQL n_tup_ins/upd/del; MySQL where available). */
  writes: z.object({ inserts: z.number().nonnegative(), updates: z.number().nonnegative(), deletes: z.number().nonnegative() }).optional(),
});

const statementStats = z.object({
  /** Normalised text ($1 / ? placeholders), as pg_stat_statements or the digest table gives it. */
  query: z.string(),
  calls: z.number().nonnegative(),
  meanMs: z.number().nonnegative(),
});

export const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  dialect: z.enum(['postgres', 'mysql']),
  /** ISO time the snapshot was captured. */
  capturedAt: z.string(),
  /** ISO time the write counters were last reset (rates are writes / (capturedAt - statsResetAt)). */
  statsResetAt: z.string().nullable().optional(),
  serverVersion: z.string().optional(),
  tables: z.array(tableStats),
  statements: z.array(statementStats).default([]),
});

export type StatsSnapshot = z.infer<typeof snapshotSchema>;
export type TableStats = z.infer<typeof tableStats>;
export type StatementStats = z.infer<typeof statementStats>;

/**
 * Reads and validates the snapshot the config names (`stats:`, relative to `cwd`). The path comes
 * with the pull request: a committed symlink that leaves the repository is refused, as for the
 * config file, and a parse error never quotes the file's text. A bad snapshot is a UsageError
 * naming the file and the key.
 */
export function loadSnapshot(cwd: string, file: string): StatsSnapshot {
  const abs = path.resolve(cwd, file);
  const read = readInsideRepository(realPath(repositoryRoot(cwd)), abs, 64 * 1024 * 1024);
  if (!read.ok && 'outside' in read) throw new UsageError(`${file}: resolves outside the repository (a symlink leaving it); refusing to read it`);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}`);
  let raw: unknown;
  try {
    raw = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    throw new UsageError(`${file}: not valid JSON (not a migration-guard stats snapshot?)`);
  }
  const result = snapshotSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0]!;
    throw new UsageError(`${file}: '${first.path.join('.') || '(top level)'}': ${first.message} (not a migration-guard stats snapshot?)`);
  }
  return result.data;
}
