import { createHash } from 'node:crypto';
import type { Dialect } from '../../ir.js';
import type { FieldDecl, PyLit, QDecl } from './types.js';

/**
 * Django's schema editor, statically: the column types its PostgreSQL and MySQL backends map field
 * classes to, the names it gives indexes and constraints, and the SQL `sqlmigrate` prints.
 */

/** `names_digest`: md5 over the parts, first `length` hex digits. */
function namesDigest(parts: string[], length: number): string {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, length);
}

export function maxNameLength(dialect: Dialect): number {
  return dialect === 'mysql' ? 64 : 63;
}

/** `truncate_name`: long names keep their head and a 4-digit hash. */
export function truncateName(name: string, dialect: Dialect): string {
  const length = maxNameLength(dialect);
  return name.length <= length ? name : `${name.slice(0, length - 4)}${namesDigest([name], 4)}`;
}

/** `BaseDatabaseSchemaEditor._create_index_name`. */
export function indexName(table: string, columns: string[], suffix: string, dialect: Dialect): string {
  let hashSuffix = `${namesDigest([table, ...columns], 8)}${suffix}`;
  const max = maxNameLength(dialect);
  const name = `${table}_${columns.join('_')}_${hashSuffix}`;
  if (name.length <= max) return name;
  if (hashSuffix.length > max / 3) hashSuffix = hashSuffix.slice(0, Math.floor(max / 3));
  const other = Math.floor((max - hashSuffix.length) / 2) - 1;
  let short = `${table.slice(0, other)}_${columns.join('_').slice(0, other)}_${hashSuffix}`;
  if (short.startsWith('_') || /^\d/.test(short)) short = `D${short.slice(0, -1)}`;
  return short;
}

export function quote(name: string, dialect: Dialect): string {
  return dialect === 'mysql' ? `\`${name.replace(/`/g, '``')}\`` : `"${name.replace(/"/g, '""')}"`;
}

export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const AUTO_FIELDS = new Set(['AutoField', 'BigAutoField', 'SmallAutoField']);
const STRING_FIELDS = new Set(['CharField', 'TextField', 'SlugField', 'EmailField', 'URLField', 'FileField', 'ImageField', 'FilePathField', 'GenericIPAddressField', 'IPAddressField', 'CICharField', 'CIEmailField', 'CITextField']);
const DEFAULT_LENGTH: Record<string, number> = { EmailField: 254, URLField: 200, SlugField: 50, FileField: 100, ImageField: 100, FilePathField: 100 };

export function isAutoField(field: FieldDecl): boolean {
  return AUTO_FIELDS.has(field.cls);
}

export function isRelation(field: FieldDecl): boolean {
  return field.cls === 'ForeignKey' || field.cls === 'OneToOneField';
}

export function allowsEmptyString(field: FieldDecl): boolean {
  return STRING_FIELDS.has(field.cls);
}

/** The column type as Django's backend spells it; null when the class is not known. `relType` is the target column's type for relations. */
export function columnType(field: FieldDecl, dialect: Dialect, relType: string | null): string | null {
  const length = field.maxLength ?? DEFAULT_LENGTH[field.cls] ?? null;
  const varchar = length === null ? (dialect === 'mysql' ? 'longtext' : 'varchar') : `varchar(${length})`;
  const decimal = `numeric(${field.maxDigits ?? 10}, ${field.decimalPlaces ?? 0})`;
  if (isRelation(field)) return relType;
  if (dialect === 'mysql') {
    const my: Record<string, string> = {
      AutoField: 'integer AUTO_INCREMENT', BigAutoField: 'bigint AUTO_INCREMENT', SmallAutoField: 'smallint AUTO_INCREMENT',
      BinaryField: 'longblob', BooleanField: 'bool', NullBooleanField: 'bool', DateField: 'date', DateTimeField: 'datetime(6)',
      DecimalField: decimal, DurationField: 'bigint', FloatField: 'double precision', IntegerField: 'integer', BigIntegerField: 'bigint',
      IPAddressField: 'char(15)', GenericIPAddressField: 'char(39)', JSONField: 'json', PositiveBigIntegerField: 'bigint UNSIGNED',
      PositiveIntegerField: 'integer UNSIGNED', PositiveSmallIntegerField: 'smallint UNSIGNED', SmallIntegerField: 'smallint',
      TextField: 'longtext', TimeField: 'time(6)', UUIDField: 'char(32)',
    };
    if (my[field.cls]) return my[field.cls]!;
    if (STRING_FIELDS.has(field.cls)) return varchar;
    return null;
  }
  const pg: Record<string, string> = {
    AutoField: 'integer', BigAutoField: 'bigint', SmallAutoField: 'smallint', BinaryField: 'bytea', BooleanField: 'boolean',
    NullBooleanField: 'boolean', DateField: 'date', DateTimeField: 'timestamp with time zone', DecimalField: decimal,
    DurationField: 'interval', FloatField: 'double precision', IntegerField: 'integer', BigIntegerField: 'bigint',
    IPAddressField: 'inet', GenericIPAddressField: 'inet', JSONField: 'jsonb', PositiveBigIntegerField: 'bigint',
    PositiveIntegerField: 'integer', PositiveSmallIntegerField: 'smallint', SmallIntegerField: 'smallint', TextField: 'text',
    TimeField: 'time', UUIDField: 'uuid', HStoreField: 'hstore', CICharField: 'citext', CIEmailField: 'citext', CITextField: 'citext',
    IntegerRangeField: 'int4range', BigIntegerRangeField: 'int8range', DecimalRangeField: 'numrange', DateTimeRangeField: 'tstzrange',
    DateRangeField: 'daterange', SearchVectorField: 'tsvector',
  };
  if (pg[field.cls]) return pg[field.cls]!;
  if (field.cls === 'ArrayField') {
    const inner = field.baseField ? columnType(field.baseField, dialect, null) : null;
    return inner ? `${inner}[${field.size ?? ''}]` : null;
  }
  if (STRING_FIELDS.has(field.cls)) return varchar;
  return null;
}

/** The type a ForeignKey to this field gets (`rel_db_type`: an identity column's plain integer type). */
export function relatedColumnType(target: FieldDecl, dialect: Dialect): string | null {
  if (target.cls === 'AutoField') return 'integer';
  if (target.cls === 'BigAutoField') return 'bigint';
  if (target.cls === 'SmallAutoField') return 'smallint';
  if (target.cls === 'PositiveIntegerField' && dialect === 'mysql') return 'integer UNSIGNED';
  return columnType(target, dialect, null);
}

/** `CHECK ("c" >= 0)` of the positive integer fields. */
export function columnCheck(field: FieldDecl, column: string, dialect: Dialect): string | null {
  if (dialect === 'mysql') return null;
  return /^Positive(Big|Small)?IntegerField$/.test(field.cls) ? `CHECK (${quote(column, dialect)} >= 0)` : null;
}

/** A stand-in constant of the column's type, for a value only known when Django runs (a callable default). */
function placeholderFor(type: string | null, dialect: Dialect): string {
  const t = (type ?? '').toLowerCase();
  if (/^(integer|bigint|smallint|numeric|double|real|bool)/.test(t)) return t.startsWith('bool') ? (dialect === 'mysql' ? '0' : 'false') : '0';
  if (t.startsWith('timestamp') || t.startsWith('datetime')) return literal('2000-01-01 00:00:00+00:00');
  if (t === 'date') return literal('2000-01-01');
  if (t.startsWith('time')) return literal('00:00:00');
  if (t === 'uuid' || t === 'char(32)') return literal(t === 'uuid' ? '00000000-0000-4000-8000-000000000000' : '00000000000040008000000000000000');
  if (t === 'jsonb' || t === 'json') return literal('{}');
  if (t === 'interval') return literal('0 seconds');
  return literal('');
}

/**
 * A Python default as the constant Django sends (`quote_value`): Django evaluates a callable
 * (`timezone.now`, `uuid.uuid4`) once, so the database only ever sees a constant; its value is
 * unknowable statically, so a constant of the column's type stands in for it.
 */
export function defaultSql(value: PyLit, type: string | null, dialect: Dialect): { sql: string; exact: boolean } {
  switch (value.k) {
    case 'str':
      return { sql: literal(value.v), exact: true };
    case 'num':
      return { sql: String(value.v), exact: true };
    case 'bool':
      return { sql: dialect === 'mysql' ? (value.v ? '1' : '0') : value.v ? 'true' : 'false', exact: true };
    case 'none':
      return { sql: 'NULL', exact: true };
    case 'json':
      return { sql: literal(value.text), exact: true };
    case 'call': {
      const name = value.path.split('.').pop() ?? '';
      if ((name === 'Decimal' || name === 'Value') && value.args[0] && value.args[0].k !== 'call') return defaultSql(value.args[0].k === 'str' && name === 'Decimal' ? { k: 'num', v: Number(value.args[0].v) } : value.args[0], type, dialect);
      if (name === 'Now') return { sql: dialect === 'mysql' ? 'CURRENT_TIMESTAMP(6)' : 'STATEMENT_TIMESTAMP()', exact: true };
      const nums = value.args.map((a) => (a.k === 'num' ? a.v : NaN));
      if ((name === 'date' || name === 'datetime') && nums.length >= 3 && nums.every(Number.isFinite)) {
        const [y, mo, d, h = 0, mi = 0, s = 0] = nums.map((n) => String(n).padStart(2, '0'));
        return { sql: literal(name === 'date' ? `${y}-${mo}-${d}` : `${y}-${mo}-${d} ${h}:${mi}:${s}`), exact: true };
      }
      return { sql: placeholderFor(type, dialect), exact: false };
    }
    default:
      return { sql: placeholderFor(type, dialect), exact: false };
  }
}

const LOOKUPS: Record<string, string> = { exact: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** A Q tree as the WHERE/CHECK SQL Django compiles it to; null when a part is not statically known. */
export function qSql(q: QDecl, columnOf: (field: string) => string, dialect: Dialect): string | null {
  if (q.k === 'unknown') return null;
  if (q.k === 'lookup') {
    const parts = q.path.split('__');
    let lookup = 'exact';
    if (parts.length > 1 && (LOOKUPS[parts[parts.length - 1]!] || ['isnull', 'in', 'startswith', 'contains', 'iexact'].includes(parts[parts.length - 1]!))) lookup = parts.pop()!;
    if (parts.length > 1) return null;
    const column = quote(columnOf(parts[0]!), dialect);
    if (lookup === 'isnull') return q.value.k === 'bool' && !q.value.v ? `${column} IS NOT NULL` : `${column} IS NULL`;
    const value = q.value.k === 'f' ? quote(columnOf(q.value.name), dialect) : q.value.k === 'none' ? null : literalOf(q.value, dialect);
    if (lookup === 'exact' && q.value.k === 'none') return `${column} IS NULL`;
    if (value === null) return null;
    if (lookup === 'in') return q.value.k === 'json' ? `${column} IN (${(JSON.parse(q.value.text) as unknown[]).map((v) => (typeof v === 'string' ? literal(v) : String(v))).join(', ')})` : null;
    if (lookup === 'startswith' || lookup === 'contains') return q.value.k === 'str' ? `${column}::text LIKE ${literal(`${lookup === 'contains' ? '%' : ''}${q.value.v}%`)}` : null;
    if (lookup === 'iexact') return `UPPER(${column}::text) = UPPER(${value})`;
    return `${column} ${LOOKUPS[lookup]} ${value}`;
  }
  const children = q.children.map((c) => qSql(c, columnOf, dialect));
  if (children.some((c) => c === null) || children.length === 0) return null;
  const joined = children.length === 1 ? children[0]! : `(${children.join(` ${q.connector} `)})`;
  return q.negated ? `NOT (${joined})` : joined;
}

function literalOf(value: PyLit, dialect: Dialect): string | null {
  if (value.k === 'str' || value.k === 'num' || value.k === 'bool' || value.k === 'json') return defaultSql(value, null, dialect).sql;
  return null;
}
