import type { DefaultExpr, Dialect, SqlType } from '../../ir.js';
import { sqlQuote } from './strings.js';
import { lastSegment, pyStr, type Value } from './values.js';
import { isVolatileSqlText } from '../../schema/volatility.js';

/** A PostgreSQL enum that `op.create_table` creates before the table (SQLAlchemy's before_create event). */
export interface EnumDefinition {
  name: string;
  values: string[];
  /** `postgresql.ENUM(..., create_type=False)` is never created implicitly. */
  createType: boolean;
}

export interface MappedType {
  type: SqlType;
  /** Set for `sa.Enum(...)` / `postgresql.ENUM(...)` with a name and literal values. */
  enumDef: EnumDefinition | null;
}

/** SQLAlchemy type class (upper-cased) → PostgreSQL catalog name, as the SQL front end spells types. */
const POSTGRES_NAMES: Record<string, string> = {
  INTEGER: 'int4', INT: 'int4', BIGINTEGER: 'int8', BIGINT: 'int8', SMALLINTEGER: 'int2', SMALLINT: 'int2',
  STRING: 'varchar', VARCHAR: 'varchar', UNICODE: 'varchar', NVARCHAR: 'varchar', AUTOSTRING: 'varchar',
  CHAR: 'bpchar', NCHAR: 'bpchar', TEXT: 'text', UNICODETEXT: 'text', CLOB: 'text', CITEXT: 'citext',
  BOOLEAN: 'bool', DATE: 'date', INTERVAL: 'interval',
  NUMERIC: 'numeric', DECIMAL: 'numeric', FLOAT: 'float8', DOUBLE: 'float8', DOUBLE_PRECISION: 'float8', REAL: 'float4',
  JSON: 'json', JSONB: 'jsonb', UUID: 'uuid', UUIDTYPE: 'uuid', GUID: 'uuid',
  LARGEBINARY: 'bytea', BYTEA: 'bytea', BLOB: 'bytea', BINARY: 'bytea', VARBINARY: 'bytea', PICKLETYPE: 'bytea',
  INET: 'inet', CIDR: 'cidr', MACADDR: 'macaddr', TSVECTOR: 'tsvector', HSTORE: 'hstore', MONEY: 'money', OID: 'oid',
};

const MYSQL_INTEGERS = new Set(['tinyint', 'smallint', 'mediumint', 'int', 'bigint']);

/** The same for MySQL, in the lower-case names the MySQL front end uses. */
const MYSQL_NAMES: Record<string, string> = {
  INTEGER: 'int', INT: 'int', BIGINTEGER: 'bigint', BIGINT: 'bigint', SMALLINTEGER: 'smallint', SMALLINT: 'smallint',
  TINYINT: 'tinyint', MEDIUMINT: 'mediumint',
  STRING: 'varchar', VARCHAR: 'varchar', UNICODE: 'varchar', NVARCHAR: 'varchar', AUTOSTRING: 'varchar',
  CHAR: 'char', NCHAR: 'char', TEXT: 'text', UNICODETEXT: 'text', CLOB: 'text', MEDIUMTEXT: 'mediumtext', LONGTEXT: 'longtext',
  TINYTEXT: 'tinytext', DATE: 'date', TIME: 'time', DATETIME: 'datetime', TIMESTAMP: 'timestamp',
  NUMERIC: 'decimal', DECIMAL: 'decimal', FLOAT: 'float', DOUBLE: 'double', DOUBLE_PRECISION: 'double', REAL: 'double',
  JSON: 'json', LARGEBINARY: 'blob', BLOB: 'blob', BINARY: 'binary', VARBINARY: 'varbinary', PICKLETYPE: 'blob',
  MEDIUMBLOB: 'mediumblob', LONGBLOB: 'longblob', ENUM: 'enum', SET: 'set', YEAR: 'year', BIT: 'bit',
};

function numberArgs(value: Value & { t: 'call' }, keywords: string[]): number[] {
  const out: number[] = [];
  for (const arg of value.args) {
    if (arg.t === 'num') out.push(arg.v);
    else break;
  }
  for (let i = out.length; i < keywords.length; i++) {
    const kw = value.kwargs.get(keywords[i]!);
    if (kw?.t !== 'num') break;
    out.push(kw.v);
  }
  return out;
}

function flag(value: Value, name: string): boolean | null {
  if (value.t !== 'call') return null;
  const kw = value.kwargs.get(name);
  return kw?.t === 'bool' ? kw.v : null;
}

function enumValues(value: Value & { t: 'call' }): string[] | null {
  const first = value.args[0];
  if (first?.t === 'pyenum') {
    // SQLAlchemy stores an enum class by member name unless values_callable says otherwise.
    if (!value.kwargs.has('values_callable')) return first.names;
    return first.values.every((v) => v.t === 'str') ? first.values.map((v) => (v as { v: string }).v) : null;
  }
  const values: string[] = [];
  for (const arg of value.args) {
    if (arg.t !== 'str') return null;
    values.push(arg.v);
  }
  return values;
}

/**
 * Maps a SQLAlchemy type expression (`sa.String(50)`, `postgresql.JSONB`, `sa.ARRAY(sa.Text())`) to
 * the IR type. `text` is the expression as written in the `.py` file. Returns null when the value is
 * not a type at all (unknown variable), so the caller can report it.
 */
export function mapSqlAlchemyType(value: Value, dialect: Dialect, text: string): MappedType | null {
  if (value.t !== 'ref' && value.t !== 'call') return null;
  const className = lastSegment(value.path);
  const upper = className.toUpperCase();
  const call = value.t === 'call' ? value : null;
  const plain = (name: string, args: number[] = []): MappedType => ({ type: { name, args, array: false, text }, enumDef: null });

  if (upper === 'ARRAY' && call) {
    const element = call.args[0] ?? call.kwargs.get('item_type');
    const inner = element ? mapSqlAlchemyType(element, dialect, text) : null;
    const name = inner?.type.name ?? 'unknown';
    return { type: { name, args: inner?.type.args ?? [], array: true, text }, enumDef: null };
  }
  if (upper === 'ENUM') return mapEnum(value, dialect, text);
  if (dialect === 'mysql') {
    if (upper === 'BOOLEAN') return plain('tinyint', [1]);
    if (upper === 'UUID' || upper === 'UUIDTYPE' || upper === 'GUID') return plain('char', [32]);
    if (upper === 'DATETIME' || upper === 'TIMESTAMP' || upper === 'TIME') return plain(MYSQL_NAMES[upper]!, call ? numberArgs(call, ['fsp']) : []);
    const base = MYSQL_NAMES[upper] ?? className.toLowerCase();
    let args = call ? numberArgs(call, base === 'decimal' ? ['precision', 'scale'] : base === 'tinyint' ? ['display_width'] : ['length']) : [];
    // As the MySQL front end spells types: integer display widths are dropped except tinyint(1), the boolean convention.
    if (MYSQL_INTEGERS.has(base) && !(base === 'tinyint' && args.length === 1 && args[0] === 1)) args = [];
    const name = MYSQL_INTEGERS.has(base) && flag(value, 'unsigned') ? `${base} unsigned` : base;
    const mapped = plain(name, args);
    const charset = call?.kwargs.get('charset');
    const collation = call?.kwargs.get('collation');
    if (charset?.t === 'str') mapped.type.charset = charset.v.toLowerCase();
    else if (collation?.t === 'str') mapped.type.charset = collation.v.toLowerCase().split('_')[0] ?? null;
    return mapped;
  }
  if (upper === 'DATETIME' || upper === 'TIMESTAMP' || upper === 'TIME') {
    // `timezone` is also the first positional argument: sa.DateTime(True).
    const first = call?.args[0];
    const withZone = flag(value, 'timezone') ?? (first?.t === 'bool' ? first.v : false);
    const base = upper === 'TIME' ? 'time' : 'timestamp';
    return plain(withZone ? `${base}tz` : base, call ? numberArgs({ ...call, args: [] }, ['precision']) : []);
  }
  if (upper === 'FLOAT' && call) {
    // PostgreSQL maps float(p) with p ≤ 24 to real.
    const precision = numberArgs(call, ['precision'])[0];
    return plain(precision !== undefined && precision <= 24 ? 'float4' : 'float8');
  }
  const name = POSTGRES_NAMES[upper] ?? className.toLowerCase();
  const keywords = name === 'numeric' ? ['precision', 'scale'] : name === 'varchar' || name === 'bpchar' ? ['length'] : [];
  return plain(name, call && keywords.length > 0 ? numberArgs(call, keywords) : []);
}

function mapEnum(value: Value & { t: 'ref' | 'call' }, dialect: Dialect, text: string): MappedType {
  const call = value.t === 'call' ? value : null;
  const values = call ? enumValues(call) : null;
  const nameValue = call?.kwargs.get('name');
  const enumClass = call?.args[0]?.t === 'pyenum' ? call.args[0] : null;
  // Without name=, SQLAlchemy names the type after the enum class, lower-cased.
  const typeName = nameValue?.t === 'str' ? nameValue.v : enumClass ? enumClass.className.toLowerCase() : null;
  if (call && flag(call, 'native_enum') === false) {
    // A non-native enum is a VARCHAR sized to the longest value (plus an optional CHECK).
    const lengthArg = call.kwargs.get('length');
    const length = lengthArg?.t === 'num' ? lengthArg.v : Math.max(0, ...(values ?? []).map((v) => v.length));
    return { type: { name: 'varchar', args: [length], array: false, text }, enumDef: null };
  }
  if (dialect === 'mysql') return { type: { name: 'enum', args: [], array: false, text }, enumDef: null };
  const name = typeName ?? 'enum';
  const createType = flag(value, 'create_type') !== false;
  return { type: { name, args: [], array: false, text }, enumDef: typeName && values && values.length > 0 ? { name: typeName, values, createType } : null };
}

/** Renders a SQLAlchemy function-call argument as SQL, or null when not static. */
function renderSqlArgument(value: Value): string | null {
  if (value.t === 'str') return sqlQuote(value.v);
  if (value.t === 'num') return String(value.v);
  if (value.t === 'bool') return value.v ? 'true' : 'false';
  if (value.t === 'none') return 'NULL';
  return renderSqlExpression(value);
}

/** `sa.text('now()')`, `sa.func.now()`, `sa.true()`, `sa.literal_column('0')` → SQL text; null when not static SQL. */
export function renderSqlExpression(value: Value): string | null {
  if (value.t !== 'call') return null;
  const segments = value.path.split('.');
  const name = segments[segments.length - 1]!;
  if (name === 'text' || name === 'literal_column') {
    const first = value.args[0];
    return first?.t === 'str' ? first.v : null;
  }
  if (name === 'true' || name === 'false' || name === 'null') return name;
  if (name === 'column') return value.args[0]?.t === 'str' ? value.args[0].v : null;
  if (name === 'literal') return value.args[0] ? renderSqlArgument(value.args[0]) : null;
  const funcIndex = segments.indexOf('func');
  if (funcIndex >= 0 && funcIndex === segments.length - 2) {
    const args = value.args.map(renderSqlArgument);
    if (args.some((a) => a === null)) return null;
    return `${name}(${args.join(', ')})`;
  }
  return null;
}

/**
 * `server_default=` → the database default. A plain string is a quoted literal (Alembic renders
 * `'x'`); `sa.text(...)` and `sa.func.*()` are SQL expressions. Returns undefined when the value is
 * not statically known (the caller reports it), null for `server_default=None`.
 */
export function serverDefault(value: Value): DefaultExpr | null | undefined {
  if (value.t === 'none') return null;
  if (value.t === 'str') return { sql: sqlQuote(value.v), volatile: false };
  if (value.t === 'num' || value.t === 'bool') return { sql: pyStr(value)!.toLowerCase(), volatile: false };
  const sql = renderSqlExpression(value);
  if (sql === null) return undefined;
  return { sql, volatile: isVolatileSqlText(sql) };
}
