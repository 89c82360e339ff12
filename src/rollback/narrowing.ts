import type { Dialect, SqlType } from '../ir.js';

const INT_WIDTH: Record<string, number> = {
  int2: 2, smallint: 2, int4: 4, integer: 4, int: 4, int8: 8, bigint: 8,
  tinyint: 1, mediumint: 3,
};
const FLOAT_WIDTH: Record<string, number> = { float4: 4, real: 4, float: 4, float8: 8, double: 8, 'double precision': 8 };
const DECIMAL = new Set(['numeric', 'decimal']);
const TIMESTAMP = new Set(['timestamp', 'timestamptz', 'datetime']);
/** Types whose single modifier is a fractional-seconds precision: lowering it rounds. */
const PRECISION_TYPES = new Set(['timestamp', 'timestamptz', 'time', 'timetz', 'interval', 'datetime']);
const STRINGS = new Set(['varchar', 'bpchar', 'char', 'text', 'tinytext', 'mediumtext', 'longtext']);
/** MySQL TEXT types hold at most this many bytes (utf8mb4 worst case ignored: the order is what matters). */
const MYSQL_TEXT_LIMIT: Record<string, number> = { tinytext: 255, text: 65535, mediumtext: 16777215, longtext: 4294967295 };

function stringLimit(t: SqlType): number {
  if (t.name === 'varchar' || t.name === 'bpchar' || t.name === 'char') return t.args[0] ?? Number.POSITIVE_INFINITY;
  return MYSQL_TEXT_LIMIT[t.name] ?? Number.POSITIVE_INFINITY;
}

/**
 * Whether changing a column from `from` to `to` can silently change stored values, so that
 * changing the type back in the downgrade cannot restore them. Returns the plain-words reason, or
 * null when every value survives (or the database refuses the change instead of altering data).
 *
 * PostgreSQL refuses a too-long string or an out-of-range integer ("value too long", "out of
 * range") rather than cutting it, so those count only through a USING expression; MySQL outside
 * strict mode truncates and clamps with a warning, so there they count as loss.
 */
export function narrowingLoss(dialect: Dialect, from: SqlType | null, to: SqlType, using: string | null, column: string): string | null {
  if (!from || from.array !== to.array) return null;
  const computed = using !== null && using !== column && using !== `${column}::${to.text}`;
  const a = from.name;
  const b = to.name;

  if (DECIMAL.has(a) && DECIMAL.has(b)) {
    const [p1, s1 = 0] = from.args;
    const [p2, s2 = 0] = to.args;
    if (to.args.length > 0 && (from.args.length === 0 || s2 < s1)) return `${from.text} → ${to.text} rounds values to ${s2} decimal place${s2 === 1 ? '' : 's'}`;
    if (p1 !== undefined && p2 !== undefined && p2 < p1 && dialect === 'mysql') return `${from.text} → ${to.text} clamps values that no longer fit`;
    return null;
  }
  if ((DECIMAL.has(a) || a in FLOAT_WIDTH) && b in INT_WIDTH) return `${from.text} → ${to.text} drops the fractional part of every value`;
  if (a in FLOAT_WIDTH && b in FLOAT_WIDTH && FLOAT_WIDTH[b]! < FLOAT_WIDTH[a]!) return `${from.text} → ${to.text} keeps only about 6 significant digits`;
  if (DECIMAL.has(a) && b in FLOAT_WIDTH) return `${from.text} → ${to.text} turns exact decimals into approximate floating point`;
  if (TIMESTAMP.has(a) && b === 'date') return `${from.text} → ${to.text} drops the time of day`;
  if (PRECISION_TYPES.has(a) && a === b) {
    const p1 = from.args[0] ?? 6;
    const p2 = to.args[0] ?? 6;
    if (p2 < p1) return `${from.text} → ${to.text} rounds the fractional seconds`;
    return null;
  }
  if (a in INT_WIDTH && b in INT_WIDTH && INT_WIDTH[b]! < INT_WIDTH[a]!) {
    if (dialect === 'mysql') return `${from.text} → ${to.text} clamps values outside the smaller range (outside strict mode)`;
    return computed ? `${from.text} → ${to.text} through USING ${using} can change values` : null;
  }
  if (STRINGS.has(a) && STRINGS.has(b)) {
    const before = stringLimit(from);
    const after = stringLimit(to);
    if (after >= before) return null;
    if (dialect === 'mysql') return `${from.text} → ${to.text} cuts values longer than ${after} characters (outside strict mode)`;
    return computed ? `${from.text} → ${to.text} through USING ${using} cuts values longer than ${after} characters` : null;
  }
  return null;
}
