#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  readInsideRepository,
  realPath,
  repositoryRoot
} from "./chunk-46CHDDMJ.js";
import {
  external_exports
} from "./chunk-JYWILCU7.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";

// src/stats/snapshot.ts
import path from "node:path";
var SNAPSHOT_VERSION = 1;
var tableStats = external_exports.object({
  schema: external_exports.string(),
  name: external_exports.string(),
  /** Heap (PostgreSQL) or data (MySQL) bytes. */
  bytes: external_exports.number().nonnegative(),
  rows: external_exports.number().nonnegative().describe("Planner row estimate (reltuples / information_schema.tables.table_rows)."),
  toastBytes: external_exports.number().nonnegative().optional(),
  indexes: external_exports.array(external_exports.object({ name: external_exports.string(), bytes: external_exports.number().nonnegative(), columns: external_exports.array(external_exports.string()).optional() })).default([]),
  /**
   * Average stored width per column in bytes (PostgreSQL pg_stats.avg_width, only for columns the
   * role may read; never the sampled values). Lets an index build be estimated from its columns' share.
   */
  columns: external_exports.array(external_exports.object({ name: external_exports.string(), avgWidth: external_exports.number().nonnegative() })).optional(),
  /** Writes since the statistics were reset (PostgreSQL n_tup_ins/upd/del; MySQL where available). */
  writes: external_exports.object({ inserts: external_exports.number().nonnegative(), updates: external_exports.number().nonnegative(), deletes: external_exports.number().nonnegative() }).optional()
});
var statementStats = external_exports.object({
  /** Normalised text ($1 / ? placeholders), as pg_stat_statements or the digest table gives it. */
  query: external_exports.string(),
  calls: external_exports.number().nonnegative(),
  meanMs: external_exports.number().nonnegative()
});
var snapshotSchema = external_exports.object({
  version: external_exports.literal(SNAPSHOT_VERSION),
  dialect: external_exports.enum(["postgres", "mysql"]),
  /** ISO time the snapshot was captured. */
  capturedAt: external_exports.string(),
  /** ISO time the write counters were last reset (rates are writes / (capturedAt - statsResetAt)). */
  statsResetAt: external_exports.string().nullable().optional(),
  serverVersion: external_exports.string().optional(),
  tables: external_exports.array(tableStats),
  statements: external_exports.array(statementStats).default([])
});
function loadSnapshot(cwd, file) {
  const abs = path.resolve(cwd, file);
  const read = readInsideRepository(realPath(repositoryRoot(cwd)), abs, 64 * 1024 * 1024);
  if (!read.ok && "outside" in read) throw new UsageError(`${file}: resolves outside the repository (a symlink leaving it); refusing to read it`);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}`);
  let raw;
  try {
    raw = JSON.parse(read.bytes.toString("utf8"));
  } catch {
    throw new UsageError(`${file}: not valid JSON (not a migration-guard stats snapshot?)`);
  }
  const result = snapshotSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new UsageError(`${file}: '${first.path.join(".") || "(top level)"}': ${first.message} (not a migration-guard stats snapshot?)`);
  }
  return result.data;
}

export {
  SNAPSHOT_VERSION,
  snapshotSchema,
  loadSnapshot
};
