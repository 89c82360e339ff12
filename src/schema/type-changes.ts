import type { Dialect, SqlType } from '../ir.js';

/** What an in-place column type change costs. */
export interface TypeChangeVerdict {
  /** No table rewrite or copy and no validating scan: a catalog-only change. */
  safe: boolean;
  /** Plain words for messages, a predicate for "Changing t.c from X to Y …": what the database does. */
  reason: string;
}

/**
 * PostgreSQL types whose typmod is a length/precision limit: raising (or dropping) the limit is
 * binary-coercible. PostgreSQL's planner support functions (varchar_support, numeric_support,
 * varbit_support, timestamp_support, interval_support) remove such length coercions, so
 * ALTER COLUMN TYPE skips the rewrite and the index rebuild (PG ≥ 9.2).
 */
const PG_LIMITED_TYPES = new Set(['varchar', 'varbit', 'timestamp', 'timestamptz', 'time', 'timetz', 'interval']);

/** Binary-coercible pairs (pg_cast castmethod 'b') that migrations commonly use. */
const PG_BINARY_COERCIBLE: ReadonlyArray<readonly [string, string]> = [
  ['varchar', 'text'],
  ['text', 'varchar'],
  ['cidr', 'inet'],
  ['xml', 'text'],
  ['xml', 'varchar'],
];

function sameType(a: SqlType, b: SqlType): boolean {
  return a.name === b.name && a.array === b.array && a.args.length === b.args.length && a.args.every((v, i) => v === b.args[i]);
}

function pgTypeChange(from: SqlType, to: SqlType, timeZoneUtc: boolean): TypeChangeVerdict {
  const rewrite = 'rewrites the whole table and rebuilds its indexes';
  // An array's elements go through an element-by-element coercion PostgreSQL never treats as a no-op.
  if (from.array || to.array) return { safe: false, reason: rewrite };

  if (from.name === to.name) {
    if (from.name === 'numeric') {
      // numeric(p,s) → numeric(p2 ≥ p, s): every stored value still fits unchanged; a different
      // scale re-rounds every row. Dropping the limits entirely accepts every stored value.
      if (to.args.length === 0) return { safe: true, reason: 'drops the limit, a catalog-only change' };
      const [p1, s1 = 0] = from.args;
      const [p2, s2 = 0] = to.args;
      if (p1 !== undefined && p2 !== undefined && p2 >= p1 && s2 === s1) {
        return { safe: true, reason: 'raises the precision at the same scale, a catalog-only change' };
      }
      if (p1 === undefined) return { safe: false, reason: 'limits an unconstrained numeric, which rounds and rewrites every row' };
      return { safe: false, reason: s2 !== s1 ? 'changes the scale, which re-rounds and rewrites every row' : 'lowers the precision, which rewrites every row and fails on values that no longer fit' };
    }
    if (PG_LIMITED_TYPES.has(from.name)) {
      const before = from.args[0];
      const after = to.args[0];
      if (after === undefined) return { safe: true, reason: 'drops the limit, a catalog-only change' };
      if (before !== undefined && after >= before) return { safe: true, reason: 'raises the limit, a catalog-only change' };
      if (from.name === 'varchar' || from.name === 'varbit') {
        return { safe: false, reason: `${before === undefined ? 'adds' : 'lowers'} the length limit, which rewrites every row and fails if a value is too long` };
      }
      return { safe: false, reason: `${before === undefined ? 'limits' : 'lowers'} the precision, which rounds and rewrites every row` };
    }
    if (sameType(from, to)) return { safe: true, reason: 'keeps the type: nothing to do' };
    return { safe: false, reason: rewrite };
  }

  if (PG_BINARY_COERCIBLE.some(([a, b]) => a === from.name && b === to.name)) {
    // text → varchar(n) is binary-coercible only without a limit; with one every row is checked.
    if (to.name === 'varchar' && to.args.length > 0) {
      return { safe: false, reason: 'adds a length limit, which rewrites every row and fails if a value is too long' };
    }
    return { safe: true, reason: 'keeps the same storage format, a catalog-only change' };
  }
  if ((from.name === 'timestamp' && to.name === 'timestamptz') || (from.name === 'timestamptz' && to.name === 'timestamp')) {
    // PG ≥ 12 skips this rewrite only when the session TimeZone is UTC: set in the migration, it
    // is known (the indexes are kept too: both types share one operator family).
    if (timeZoneUtc && !from.array && !to.array) return { safe: true, reason: 'keeps the stored values with the session TimeZone UTC, a catalog-only change' };
    return { safe: false, reason: `${rewrite} (PostgreSQL 12+ skips that only when the migration session's TimeZone is UTC)` };
  }
  return { safe: false, reason: rewrite };
}

/** Bytes per character by MySQL charset; unknown charsets are assumed to be utf8mb4 (the 8.0 default). */
const MYSQL_BYTES_PER_CHAR: Record<string, number> = {
  latin1: 1, ascii: 1, binary: 1, utf8: 3, utf8mb3: 3, utf8mb4: 4, ucs2: 2, utf16: 4, utf32: 4,
};

function mysqlTypeChange(from: SqlType, to: SqlType): TypeChangeVerdict {
  const copy = 'copies the whole table (ALGORITHM=COPY)';
  if (sameType(from, to)) return { safe: true, reason: 'keeps the type: nothing to do' };
  if (from.name === 'varchar' && to.name === 'varchar') {
    const before = from.args[0];
    const after = to.args[0];
    if (before === undefined || after === undefined || after < before) {
      return { safe: false, reason: 'shrinks the column, which copies the whole table and fails if a value is too long' };
    }
    // MySQL extends VARCHAR in place only while the length prefix stays the same size: one byte
    // up to 255 bytes, two beyond (InnoDB online DDL docs). The limit counts characters, the
    // prefix counts bytes, so the charset decides.
    const bytesPerChar = MYSQL_BYTES_PER_CHAR[to.charset ?? from.charset ?? 'utf8mb4'] ?? 4;
    const bothShort = after * bytesPerChar <= 255;
    const bothLong = before * bytesPerChar > 255;
    if (bothShort || bothLong) return { safe: true, reason: 'extends the column in place (same length-prefix size)' };
    return { safe: false, reason: 'crosses the 255-byte length-prefix boundary, so MySQL copies the whole table' };
  }
  return { safe: false, reason: copy };
}

/**
 * Classifies an in-place column type change. `from` is the column's type before the change
 * (null when the history never declared it: not provably safe). A USING expression other than
 * the bare column forces PostgreSQL to compute every row again.
 */
export function classifyTypeChange(
  dialect: Dialect,
  from: SqlType | null,
  to: SqlType,
  opts: { column?: string; using?: string | null; /** The session TimeZone is UTC on PostgreSQL 12+ (facts.timeZoneUtc). */ timeZoneUtc?: boolean } = {},
): TypeChangeVerdict {
  if (!from) {
    return { safe: false, reason: `usually ${dialect === 'mysql' ? 'copies' : 'rewrites'} the whole table (the column's previous type is not in the migration history, so the change cannot be shown to be catalog-only)` };
  }
  // `USING col` and `USING col::newtype` are the implicit conversion spelled out; anything else is computed per row.
  const trivialUsing = opts.using === opts.column || opts.using === `${opts.column}::${to.text}`;
  if (dialect === 'postgres' && opts.using && !trivialUsing) {
    return { safe: false, reason: `computes every row again through USING ${opts.using}, rewriting the whole table` };
  }
  return dialect === 'mysql' ? mysqlTypeChange(from, to) : pgTypeChange(from, to, opts.timeZoneUtc ?? false);
}

/** Catalog names → the spelling people write, for suggestions (`int8` → `bigint`). */
const DISPLAY_NAMES: Record<string, string> = {
  int2: 'smallint', int4: 'integer', int8: 'bigint', bool: 'boolean', float4: 'real', float8: 'double precision',
  bpchar: 'char', timestamptz: 'timestamptz', varbit: 'bit varying',
};

/**
 * A type as SQL for a suggestion: canonical catalog names spelled the usual way, serial types as
 * their plain integer type (the sequence is part of the suggestion where it matters).
 */
export function typeSql(t: SqlType | null, placeholder = '<type>'): string {
  if (!t) return placeholder;
  const name = DISPLAY_NAMES[t.name] ?? t.name;
  return `${name}${t.args.length ? `(${t.args.join(', ')})` : ''}${t.array ? '[]' : ''}`;
}
