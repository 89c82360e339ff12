import type { Op, SqlType } from '../ir.js';
import { opLock, type OpFacts } from '../schema/facts.js';
import { STRONG_LOCKS } from '../schema/locks.js';
import { mysqlOpOnline } from '../schema/mysql-online.js';
import { classifyTypeChange } from '../schema/type-changes.js';
import { formatBytes, formatMs } from './format.js';
import type { StatsSnapshot, TableStats } from './snapshot.js';

export { formatBytes, formatMs } from './format.js';

/**
 * What an op makes the database do while it holds its lock, in the four kinds the model prices:
 * - `rewrite`: every row written again and every index rebuilt (ALTER COLUMN TYPE, a volatile
 *   default, VACUUM FULL, CLUSTER, a MySQL table copy);
 * - `scan`: every row read once to check it (SET NOT NULL, VALIDATE CONSTRAINT, ADD CHECK/FK
 *   without NOT VALID);
 * - `indexBuild`: a heap scan plus sorting and writing the new index (CREATE INDEX, ADD UNIQUE /
 *   PRIMARY KEY without USING INDEX, REINDEX);
 * - `metadata`: a catalog-only change under a strong lock (RENAME, DROP COLUMN, SET DEFAULT...).
 */
export type LockWorkKind = 'rewrite' | 'scan' | 'indexBuild' | 'metadata';

export interface LockWork {
  kind: LockWorkKind;
  /** The table as the op names it. */
  table: string;
  /** The lock held meanwhile (PostgreSQL mode name, or the MySQL online-DDL lock in words). */
  lockMode: string;
  /** Indexed columns (indexBuild). */
  columns: string[];
  /** Existing indexes rebuilt (REINDEX); absent: the new index of `columns`. */
  rebuilds?: 'all' | string;
  /** CREATE INDEX CONCURRENTLY: two heap scans and a wait for older transactions. */
  concurrent?: boolean;
  /** A foreign key is checked row by row against the referenced table. */
  foreignKey?: boolean;
  /** Plain words for messages: "ALTER COLUMN TYPE rewrite". */
  what: string;
  /** Types of the indexed columns from the schema model, for widths the snapshot does not have. */
  columnTypes?: (SqlType | null)[];
}

/**
 * The linear model's constants: `ms = fixed + bytes / throughput`, one throughput per kind.
 * Calibrated on PostgreSQL 15 (scripts/calibrate-lock-model.ts; the measured numbers and the
 * machine are in docs/production-evidence.md). Throughputs are bytes per millisecond.
 */
export const LOCK_MODEL = {
  fixedMs: { rewrite: 15, scan: 2, indexBuild: 5, metadata: 2 } as Record<LockWorkKind, number>,
  throughputBytesPerMs: {
    /** Heap + TOAST bytes written again by a rewrite (indexes are priced at `indexBuild`). */
    rewrite: 40_000,
    /** Heap bytes read by a validating scan. */
    scan: 340_000,
    /** Bytes of index written (after the heap scan, priced at `scan`). */
    indexBuild: 16_000,
    metadata: Infinity,
  } as Record<LockWorkKind, number>,
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
  btreeFill: 0.9,
} as const;

/** The estimate for one piece of work on one table. */
export interface WorkEstimate {
  ms: number;
  /** The bytes the kind's throughput applies to (calibration fits against them). */
  workBytes: number;
  /** Milliseconds of the other terms (the heap scan of an index build, a rewrite's index rebuilds). */
  otherMs: number;
  /** How the number was made, for messages: "heap 1.2 GB at 60 MB/s + 3 indexes 400 MB at 20 MB/s". */
  how: string;
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** Stored width of a type when the snapshot has none (fixed-width types exactly; others a guess). */
function typeWidth(t: SqlType | null | undefined): number | null {
  if (!t || t.array) return null;
  const fixed: Record<string, number> = { int2: 2, int4: 4, int8: 8, float4: 4, float8: 8, bool: 1, date: 4, timestamp: 8, timestamptz: 8, time: 8, uuid: 16, oid: 4, serial: 4, bigserial: 8, smallserial: 2, int: 4, bigint: 8, integer: 4, smallint: 2, tinyint: 1, datetime: 8 };
  if (fixed[t.name] !== undefined) return fixed[t.name]!;
  if ((t.name === 'varchar' || t.name === 'bpchar' || t.name === 'char') && t.args[0]) return Math.min(t.args[0], 64);
  return null;
}

/**
 * Estimated size of a new B-tree on `columns`: per row an 8-byte index tuple header plus the
 * key (MAXALIGNed) and a 4-byte line pointer, at 90% leaf fill. The key's width is the indexed
 * columns' average width from the snapshot (pg_stats), else the type's width, else a default.
 */
export function newIndexBytes(stats: TableStats, columns: string[], types: (SqlType | null)[] = []): number {
  const widths = new Map((stats.columns ?? []).map((c) => [c.name, c.avgWidth]));
  const key = columns.reduce((sum, c, i) => sum + (widths.get(c) ?? typeWidth(types[i]) ?? LOCK_MODEL.defaultColumnWidth), 0);
  return (stats.rows * (align8(8 + key) + 4)) / LOCK_MODEL.btreeFill;
}

const rate = (kind: LockWorkKind) => `${formatBytes(LOCK_MODEL.throughputBytesPerMs[kind] * 1000)}/s`;

/** The model: how long `work` takes on a table of these statistics. */
export function estimateWork(work: LockWork, stats: TableStats): WorkEstimate {
  const M = LOCK_MODEL;
  const heap = stats.bytes;
  const fixed = M.fixedMs[work.kind];
  switch (work.kind) {
    case 'rewrite': {
      const data = heap + (stats.toastBytes ?? 0);
      const indexBytes = stats.indexes.reduce((s, i) => s + i.bytes, 0);
      const otherMs = indexBytes / M.throughputBytesPerMs.indexBuild;
      const ms = fixed + data / M.throughputBytesPerMs.rewrite + otherMs;
      // InnoDB's PRIMARY is the table itself (0 bytes of its own): only real indexes are named.
      const sized = stats.indexes.filter((i) => i.bytes > 0).length;
      const idx = sized ? ` + ${sized} index${sized === 1 ? '' : 'es'} ${formatBytes(indexBytes)} rebuilt at ${rate('indexBuild')}` : '';
      return { ms, workBytes: data, otherMs, how: `table ${formatBytes(data)} rewritten at ${rate('rewrite')}${idx}` };
    }
    case 'scan': {
      let otherMs = 0;
      let fk = '';
      if (work.foreignKey) {
        otherMs = (stats.rows * M.foreignKeyRowUs) / 1000;
        fk = ` + ${stats.rows} foreign-key lookups at ${M.foreignKeyRowUs} µs`;
      }
      return { ms: fixed + heap / M.throughputBytesPerMs.scan + otherMs, workBytes: heap, otherMs, how: `table ${formatBytes(heap)} scanned at ${rate('scan')}${fk}` };
    }
    case 'indexBuild': {
      let index: number;
      let what: string;
      if (work.rebuilds) {
        const rebuilt = work.rebuilds === 'all' ? stats.indexes : stats.indexes.filter((i) => i.name === work.rebuilds);
        index = rebuilt.length ? rebuilt.reduce((s, i) => s + i.bytes, 0) : newIndexBytes(stats, work.columns, work.columnTypes);
        what = `${rebuilt.length > 1 ? `${rebuilt.length} indexes` : 'index'} ${formatBytes(index)} rebuilt`;
      } else {
        index = newIndexBytes(stats, work.columns, work.columnTypes);
        what = `index of ~${formatBytes(index)} (${work.columns.join(', ') || 'its columns'}: their share of the rows) built`;
      }
      const factor = work.concurrent ? M.concurrentFactor : 1;
      const otherMs = (heap / M.throughputBytesPerMs.scan) * factor;
      const ms = fixed + otherMs + (index / M.throughputBytesPerMs.indexBuild) * factor;
      return { ms, workBytes: index, otherMs, how: `table ${formatBytes(heap)} scanned at ${rate('scan')} + ${what} at ${rate('indexBuild')}${work.concurrent ? ` (×${factor}: CONCURRENTLY)` : ''}` };
    }
    default:
      return { ms: fixed, workBytes: 0, otherMs: 0, how: 'catalog-only change (the wait for the lock itself is not modelled)' };
  }
}

export interface ClassifySettings {
  dialect: 'postgres' | 'mysql';
  pgVersion: number;
  mysqlVersion: number | null;
  mariadb: boolean;
}

/**
 * The work an op does on an existing table under its lock, from the IR and the schema model's
 * facts before the op; null for ops that take no table lock worth pricing (new tables, DML,
 * session settings) or whose table the model says is new in this change.
 */
export function classifyOp(op: Op, facts: OpFacts, settings: ClassifySettings): LockWork | null {
  if (!facts.tableExisted) return null;
  return settings.dialect === 'mysql' ? classifyMysql(op, facts, settings) : classifyPostgres(op, facts, settings);
}

function classifyPostgres(op: Op, facts: OpFacts, settings: ClassifySettings): LockWork | null {
  const lock = opLock(op, facts);
  if (!lock) return null;
  const table = lock.tables[0] ?? facts.table?.name;
  if (!table) return null;
  const base = { table, lockMode: lock.mode, columns: [] as string[] };
  const typeOf = (c: string) => facts.table?.columns.get(c)?.type ?? null;
  switch (op.kind) {
    case 'alterColumnType': {
      const verdict = classifyTypeChange('postgres', facts.column?.type ?? null, op.type, { column: op.column, using: op.using });
      return verdict.safe ? { ...base, kind: 'metadata', what: 'catalog-only type change' } : { ...base, kind: 'rewrite', what: 'ALTER COLUMN TYPE rewrite' };
    }
    case 'addColumn': {
      const d = op.column.default;
      const hasDefault = Boolean(d && d.sql.trim().toUpperCase() !== 'NULL');
      if (op.column.generatedStored || op.column.identity || (hasDefault && (d!.volatile || settings.pgVersion < 11))) return { ...base, kind: 'rewrite', what: 'ADD COLUMN rewrite' };
      return { ...base, kind: 'metadata', what: 'ADD COLUMN' };
    }
    case 'setNotNull':
      return facts.validatedNotNullCheck && settings.pgVersion >= 12 ? { ...base, kind: 'metadata', what: 'SET NOT NULL (proved by a validated CHECK)' } : { ...base, kind: 'scan', what: 'SET NOT NULL scan' };
    case 'validateConstraint':
      return { ...base, kind: 'scan', foreignKey: facts.constraint?.kind === 'foreignKey', what: 'VALIDATE CONSTRAINT scan' };
    case 'addConstraint': {
      const c = op.constraint;
      if (c.kind === 'check' || c.kind === 'foreignKey') {
        return c.notValid ? { ...base, kind: 'metadata', what: `ADD ${c.kind === 'check' ? 'CHECK' : 'FOREIGN KEY'} NOT VALID` } : { ...base, kind: 'scan', foreignKey: c.kind === 'foreignKey', what: `ADD ${c.kind === 'check' ? 'CHECK' : 'FOREIGN KEY'} validation scan` };
      }
      if (c.usingIndex) return { ...base, kind: 'metadata', what: `ADD ${c.kind === 'primaryKey' ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX` };
      return { ...base, kind: 'indexBuild', columns: c.columns, columnTypes: c.columns.map(typeOf), what: `ADD ${c.kind === 'primaryKey' ? 'PRIMARY KEY' : c.kind === 'exclusion' ? 'EXCLUDE' : 'UNIQUE'} index build` };
    }
    case 'createIndex':
      return { ...base, kind: 'indexBuild', columns: op.columns, columnTypes: op.columns.map(typeOf), concurrent: op.concurrently, what: op.concurrently ? 'CREATE INDEX CONCURRENTLY build' : 'CREATE INDEX build' };
    case 'reindex':
      return { ...base, kind: 'indexBuild', rebuilds: op.target === 'table' ? 'all' : op.name, what: 'REINDEX' };
    case 'vacuum':
    case 'cluster':
      return { ...base, kind: 'rewrite', what: op.kind === 'vacuum' ? 'VACUUM FULL rewrite' : 'CLUSTER rewrite' };
    case 'dml':
    case 'comment':
      return null;
    default:
      // Other ACCESS EXCLUSIVE changes are catalog-only; weaker locks on their own are not priced.
      return STRONG_LOCKS.has(lock.mode) ? { ...base, kind: 'metadata', what: 'catalog change' } : null;
  }
}

function classifyMysql(op: Op, facts: OpFacts, settings: ClassifySettings): LockWork | null {
  const verdict = mysqlOpOnline(op, { version: settings.mysqlVersion ?? 80035, mariadb: settings.mariadb }, { column: facts.column, table: facts.table, foreignKeyChecksOff: false, columnInPrimaryKey: facts.columnInPrimaryKey });
  if (!verdict) return null;
  const table = 'table' in op && typeof op.table === 'string' ? op.table : facts.table?.name;
  if (!table) return null;
  const lockMode = verdict.concurrentDml ? `${verdict.algorithm} (writes continue)` : `${verdict.algorithm} (writes blocked)`;
  const base = { table, lockMode, columns: [] as string[] };
  if (op.kind === 'createIndex' || (op.kind === 'addConstraint' && (op.constraint.kind === 'unique' || op.constraint.kind === 'primaryKey') && !verdict.rebuildsTable)) {
    const columns = op.kind === 'createIndex' ? op.columns : op.constraint.columns;
    return { ...base, kind: 'indexBuild', columns, columnTypes: columns.map((c) => facts.table?.columns.get(c)?.type ?? null), what: `index build (${verdict.algorithm})` };
  }
  if (verdict.rebuildsTable) return { ...base, kind: 'rewrite', what: `table ${verdict.algorithm === 'COPY' ? 'copy' : 'rebuild'} (${verdict.algorithm})` };
  return { ...base, kind: 'metadata', what: `${verdict.algorithm} change` };
}

/** The snapshot's entry for a table an op names: schema-qualified exactly, else by name (PostgreSQL's `public` first, then the largest). */
export function findTable(snapshot: StatsSnapshot, name: string): TableStats | null {
  const clean = name.replace(/["`]/g, '');
  const dot = clean.lastIndexOf('.');
  if (dot > 0) {
    const schema = clean.slice(0, dot);
    const table = clean.slice(dot + 1);
    return snapshot.tables.find((t) => t.schema === schema && t.name === table) ?? null;
  }
  const matches = snapshot.tables.filter((t) => t.name === clean);
  if (matches.length <= 1) return matches[0] ?? null;
  return matches.find((t) => t.schema === 'public') ?? [...matches].sort((a, b) => b.bytes - a.bytes)[0]!;
}

/** Writes per second since the counters were reset; null when the reset time or the counters are unknown. */
export function writesPerSecond(snapshot: StatsSnapshot, stats: TableStats): number | null {
  if (!stats.writes || !snapshot.statsResetAt) return null;
  const seconds = (Date.parse(snapshot.capturedAt) - Date.parse(snapshot.statsResetAt)) / 1000;
  if (!(seconds > 0)) return null;
  const { inserts, updates, deletes } = stats.writes;
  return (inserts + updates + deletes) / seconds;
}

/** What a finding about a lock carries from the snapshot (JSON: `finding.evidence`). */
export interface LockEvidence {
  /** The snapshot's table, schema-qualified. */
  table: string;
  bytes: number;
  rows: number;
  /** Inserts + updates + deletes per second since the counters were reset; null when unknown. */
  writesPerSec: number | null;
  operation: LockWorkKind;
  /** The lock held meanwhile. */
  lockMode: string;
  /** The lock stops writes (PostgreSQL SHARE or stronger; MySQL without concurrent DML). */
  blocksWrites: boolean;
  /** Estimated time the statement holds its lock. */
  estimatedLockMs: number;
  /** How the estimate was made. */
  how: string;
  /** The config's size tier the table falls in, when one matched (set by the engine). */
  tier?: string;
}

/** Evidence for an op, or null when it does no priced work or its table is not in the snapshot. */
export function evidenceFor(op: Op, facts: OpFacts, snapshot: StatsSnapshot, settings: ClassifySettings): LockEvidence | null {
  const work = classifyOp(op, facts, settings);
  if (!work) return null;
  const stats = findTable(snapshot, work.table);
  if (!stats) return null;
  const est = estimateWork(work, stats);
  const blocksWrites = settings.dialect === 'mysql' ? work.lockMode.endsWith('(writes blocked)') : STRONG_LOCKS.has(work.lockMode as never);
  return {
    table: `${stats.schema}.${stats.name}`,
    bytes: stats.bytes + (stats.toastBytes ?? 0),
    rows: stats.rows,
    writesPerSec: writesPerSecond(snapshot, stats),
    operation: work.kind,
    lockMode: work.lockMode,
    blocksWrites,
    estimatedLockMs: Math.round(est.ms),
    how: `${work.what}: ${est.how}`,
  };
}

/** The sentence appended to a finding's message. */
export function evidenceSentence(e: LockEvidence): string {
  const rate = e.writesPerSec === null ? 'write rate unknown' : `${e.writesPerSec < 10 ? e.writesPerSec.toFixed(1) : Math.round(e.writesPerSec)} writes/s`;
  const waiting = e.blocksWrites && e.writesPerSec !== null ? Math.round((e.writesPerSec * e.estimatedLockMs) / 1000) : 0;
  const queued = waiting >= 1 ? `, ~${waiting.toLocaleString('en-US')} writes wait behind it` : '';
  return `In production ${e.table} is ${formatBytes(e.bytes)}, ~${e.rows.toLocaleString('en-US')} rows, ${rate}: estimated ${formatMs(e.estimatedLockMs)} under ${e.lockMode}${queued} (${e.how}).`;
}
