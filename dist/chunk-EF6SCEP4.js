#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  formatBytes,
  formatMs
} from "./chunk-5O2UQLTA.js";
import {
  classifyTypeChange,
  mysqlOpOnline,
  opLock
} from "./chunk-CRKUYG6O.js";
import {
  STRONG_LOCKS
} from "./chunk-CXD6VCVI.js";
import "./chunk-IV5X4XLJ.js";

// src/stats/estimate.ts
var LOCK_MODEL = {
  fixedMs: { rewrite: 15, scan: 2, indexBuild: 5, metadata: 2 },
  throughputBytesPerMs: {
    /** Heap + TOAST bytes written again by a rewrite (indexes are priced at `indexBuild`). */
    rewrite: 4e4,
    /** Heap bytes read by a validating scan. */
    scan: 34e4,
    /** Bytes of index written (after the heap scan, priced at `scan`). */
    indexBuild: 16e3,
    metadata: Infinity
  },
  /** A column whose width neither the snapshot nor the schema knows. */
  defaultColumnWidth: 16,
  /** Per-row cost of checking a foreign key against the referenced table's index (µs). */
  foreignKeyRowUs: 2.5,
  /**
   * CREATE INDEX CONCURRENTLY scans the heap twice, yet measured about as long as a plain build on
   * an idle table (0.9-1.2x from 200k rows up); its wait for older transactions cannot be known from a snapshot.
   */
  concurrentFactor: 1,
  /** B-tree leaf pages are filled to 90% on a build. */
  btreeFill: 0.9
};
var align8 = (n) => Math.ceil(n / 8) * 8;
function typeWidth(t) {
  if (!t || t.array) return null;
  const fixed = { int2: 2, int4: 4, int8: 8, float4: 4, float8: 8, bool: 1, date: 4, timestamp: 8, timestamptz: 8, time: 8, uuid: 16, oid: 4, serial: 4, bigserial: 8, smallserial: 2, int: 4, bigint: 8, integer: 4, smallint: 2, tinyint: 1, datetime: 8 };
  if (fixed[t.name] !== void 0) return fixed[t.name];
  if ((t.name === "varchar" || t.name === "bpchar" || t.name === "char") && t.args[0]) return Math.min(t.args[0], 64);
  return null;
}
function newIndexBytes(stats, columns, types = []) {
  const widths = new Map((stats.columns ?? []).map((c) => [c.name, c.avgWidth]));
  const key = columns.reduce((sum, c, i) => sum + (widths.get(c) ?? typeWidth(types[i]) ?? LOCK_MODEL.defaultColumnWidth), 0);
  return stats.rows * (align8(8 + key) + 4) / LOCK_MODEL.btreeFill;
}
var rate = (kind) => `${formatBytes(LOCK_MODEL.throughputBytesPerMs[kind] * 1e3)}/s`;
function estimateWork(work, stats) {
  const M = LOCK_MODEL;
  const heap = stats.bytes;
  const fixed = M.fixedMs[work.kind];
  switch (work.kind) {
    case "rewrite": {
      const data = heap + (stats.toastBytes ?? 0);
      const indexBytes = stats.indexes.reduce((s, i) => s + i.bytes, 0);
      const otherMs = indexBytes / M.throughputBytesPerMs.indexBuild;
      const ms = fixed + data / M.throughputBytesPerMs.rewrite + otherMs;
      const sized = stats.indexes.filter((i) => i.bytes > 0).length;
      const idx = sized ? ` + ${sized} index${sized === 1 ? "" : "es"} ${formatBytes(indexBytes)} rebuilt at ${rate("indexBuild")}` : "";
      return { ms, workBytes: data, otherMs, how: `table ${formatBytes(data)} rewritten at ${rate("rewrite")}${idx}` };
    }
    case "scan": {
      let otherMs = 0;
      let fk = "";
      if (work.foreignKey) {
        otherMs = stats.rows * M.foreignKeyRowUs / 1e3;
        fk = ` + ${stats.rows} foreign-key lookups at ${M.foreignKeyRowUs} \xB5s`;
      }
      return { ms: fixed + heap / M.throughputBytesPerMs.scan + otherMs, workBytes: heap, otherMs, how: `table ${formatBytes(heap)} scanned at ${rate("scan")}${fk}` };
    }
    case "indexBuild": {
      let index;
      let what;
      if (work.rebuilds) {
        const rebuilt = work.rebuilds === "all" ? stats.indexes : stats.indexes.filter((i) => i.name === work.rebuilds);
        index = rebuilt.length ? rebuilt.reduce((s, i) => s + i.bytes, 0) : newIndexBytes(stats, work.columns, work.columnTypes);
        what = `${rebuilt.length > 1 ? `${rebuilt.length} indexes` : "index"} ${formatBytes(index)} rebuilt`;
      } else {
        index = newIndexBytes(stats, work.columns, work.columnTypes);
        what = `index of ~${formatBytes(index)} (${work.columns.join(", ") || "its columns"}: their share of the rows) built`;
      }
      const factor = work.concurrent ? M.concurrentFactor : 1;
      const otherMs = heap / M.throughputBytesPerMs.scan * factor;
      const ms = fixed + otherMs + index / M.throughputBytesPerMs.indexBuild * factor;
      return { ms, workBytes: index, otherMs, how: `table ${formatBytes(heap)} scanned at ${rate("scan")} + ${what} at ${rate("indexBuild")}${work.concurrent ? ` (\xD7${factor}: CONCURRENTLY)` : ""}` };
    }
    default:
      return { ms: fixed, workBytes: 0, otherMs: 0, how: "catalog-only change (the wait for the lock itself is not modelled)" };
  }
}
function classifyOp(op, facts, settings) {
  if (!facts.tableExisted) return null;
  return settings.dialect === "mysql" ? classifyMysql(op, facts, settings) : classifyPostgres(op, facts, settings);
}
function classifyPostgres(op, facts, settings) {
  const lock = opLock(op, facts);
  if (!lock) return null;
  const table = lock.tables[0] ?? facts.table?.name;
  if (!table) return null;
  const base = { table, lockMode: lock.mode, columns: [] };
  const typeOf = (c) => facts.table?.columns.get(c)?.type ?? null;
  switch (op.kind) {
    case "alterColumnType": {
      const verdict = classifyTypeChange("postgres", facts.column?.type ?? null, op.type, { column: op.column, using: op.using });
      return verdict.safe ? { ...base, kind: "metadata", what: "catalog-only type change" } : { ...base, kind: "rewrite", what: "ALTER COLUMN TYPE rewrite" };
    }
    case "addColumn": {
      const d = op.column.default;
      const hasDefault = Boolean(d && d.sql.trim().toUpperCase() !== "NULL");
      if (op.column.generatedStored || op.column.identity || hasDefault && (d.volatile || settings.pgVersion < 11)) return { ...base, kind: "rewrite", what: "ADD COLUMN rewrite" };
      return { ...base, kind: "metadata", what: "ADD COLUMN" };
    }
    case "setNotNull":
      return facts.validatedNotNullCheck && settings.pgVersion >= 12 ? { ...base, kind: "metadata", what: "SET NOT NULL (proved by a validated CHECK)" } : { ...base, kind: "scan", what: "SET NOT NULL scan" };
    case "validateConstraint":
      return { ...base, kind: "scan", foreignKey: facts.constraint?.kind === "foreignKey", what: "VALIDATE CONSTRAINT scan" };
    case "addConstraint": {
      const c = op.constraint;
      if (c.kind === "check" || c.kind === "foreignKey") {
        return c.notValid ? { ...base, kind: "metadata", what: `ADD ${c.kind === "check" ? "CHECK" : "FOREIGN KEY"} NOT VALID` } : { ...base, kind: "scan", foreignKey: c.kind === "foreignKey", what: `ADD ${c.kind === "check" ? "CHECK" : "FOREIGN KEY"} validation scan` };
      }
      if (c.usingIndex) return { ...base, kind: "metadata", what: `ADD ${c.kind === "primaryKey" ? "PRIMARY KEY" : "UNIQUE"} USING INDEX` };
      return { ...base, kind: "indexBuild", columns: c.columns, columnTypes: c.columns.map(typeOf), what: `ADD ${c.kind === "primaryKey" ? "PRIMARY KEY" : c.kind === "exclusion" ? "EXCLUDE" : "UNIQUE"} index build` };
    }
    case "createIndex":
      return { ...base, kind: "indexBuild", columns: op.columns, columnTypes: op.columns.map(typeOf), concurrent: op.concurrently, what: op.concurrently ? "CREATE INDEX CONCURRENTLY build" : "CREATE INDEX build" };
    case "reindex":
      return { ...base, kind: "indexBuild", rebuilds: op.target === "table" ? "all" : op.name, what: "REINDEX" };
    case "vacuum":
    case "cluster":
      return { ...base, kind: "rewrite", what: op.kind === "vacuum" ? "VACUUM FULL rewrite" : "CLUSTER rewrite" };
    case "dml":
    case "comment":
      return null;
    default:
      return STRONG_LOCKS.has(lock.mode) ? { ...base, kind: "metadata", what: "catalog change" } : null;
  }
}
function classifyMysql(op, facts, settings) {
  const verdict = mysqlOpOnline(op, { version: settings.mysqlVersion ?? 80035, mariadb: settings.mariadb }, { column: facts.column, table: facts.table, foreignKeyChecksOff: false, columnInPrimaryKey: facts.columnInPrimaryKey });
  if (!verdict) return null;
  const table = "table" in op && typeof op.table === "string" ? op.table : facts.table?.name;
  if (!table) return null;
  const lockMode = verdict.concurrentDml ? `${verdict.algorithm} (writes continue)` : `${verdict.algorithm} (writes blocked)`;
  const base = { table, lockMode, columns: [] };
  if (op.kind === "createIndex" || op.kind === "addConstraint" && (op.constraint.kind === "unique" || op.constraint.kind === "primaryKey") && !verdict.rebuildsTable) {
    const columns = op.kind === "createIndex" ? op.columns : op.constraint.columns;
    return { ...base, kind: "indexBuild", columns, columnTypes: columns.map((c) => facts.table?.columns.get(c)?.type ?? null), what: `index build (${verdict.algorithm})` };
  }
  if (verdict.rebuildsTable) return { ...base, kind: "rewrite", what: `table ${verdict.algorithm === "COPY" ? "copy" : "rebuild"} (${verdict.algorithm})` };
  return { ...base, kind: "metadata", what: `${verdict.algorithm} change` };
}
function findTable(snapshot, name) {
  const clean = name.replace(/["`]/g, "");
  const dot = clean.lastIndexOf(".");
  if (dot > 0) {
    const schema = clean.slice(0, dot);
    const table = clean.slice(dot + 1);
    return snapshot.tables.find((t) => t.schema === schema && t.name === table) ?? null;
  }
  const matches = snapshot.tables.filter((t) => t.name === clean);
  if (matches.length <= 1) return matches[0] ?? null;
  return matches.find((t) => t.schema === "public") ?? [...matches].sort((a, b) => b.bytes - a.bytes)[0];
}
function writesPerSecond(snapshot, stats) {
  if (!stats.writes || !snapshot.statsResetAt) return null;
  const seconds = (Date.parse(snapshot.capturedAt) - Date.parse(snapshot.statsResetAt)) / 1e3;
  if (!(seconds > 0)) return null;
  const { inserts, updates, deletes } = stats.writes;
  return (inserts + updates + deletes) / seconds;
}
function evidenceFor(op, facts, snapshot, settings) {
  const work = classifyOp(op, facts, settings);
  if (!work) return null;
  const stats = findTable(snapshot, work.table);
  if (!stats) return null;
  const est = estimateWork(work, stats);
  const blocksWrites = settings.dialect === "mysql" ? work.lockMode.endsWith("(writes blocked)") : STRONG_LOCKS.has(work.lockMode);
  return {
    table: `${stats.schema}.${stats.name}`,
    bytes: stats.bytes + (stats.toastBytes ?? 0),
    rows: stats.rows,
    writesPerSec: writesPerSecond(snapshot, stats),
    operation: work.kind,
    lockMode: work.lockMode,
    blocksWrites,
    estimatedLockMs: Math.round(est.ms),
    how: `${work.what}: ${est.how}`
  };
}
function evidenceSentence(e) {
  const rate2 = e.writesPerSec === null ? "write rate unknown" : `${e.writesPerSec < 10 ? e.writesPerSec.toFixed(1) : Math.round(e.writesPerSec)} writes/s`;
  const waiting = e.blocksWrites && e.writesPerSec !== null ? Math.round(e.writesPerSec * e.estimatedLockMs / 1e3) : 0;
  const queued = waiting >= 1 ? `, ~${waiting.toLocaleString("en-US")} writes wait behind it` : "";
  return `In production ${e.table} is ${formatBytes(e.bytes)}, ~${e.rows.toLocaleString("en-US")} rows, ${rate2}: estimated ${formatMs(e.estimatedLockMs)} under ${e.lockMode}${queued} (${e.how}).`;
}
export {
  LOCK_MODEL,
  classifyOp,
  estimateWork,
  evidenceFor,
  evidenceSentence,
  findTable,
  formatBytes,
  formatMs,
  newIndexBytes,
  writesPerSecond
};
