import type { Dialect } from '../../ir.js';
import { lastSegment, type Value } from './values.js';

/**
 * The SQL Alembic sends for an operation, rendered from the statically evaluated call the way
 * Alembic's DDL constructs and SQLAlchemy's compilers for PostgreSQL and MySQL spell it
 * (`alembic upgrade --sql` output). The front end lowers this SQL through the SQL front end, so
 * rules see what the database sees. Anything not statically known, or that Alembic itself would
 * refuse to compile, throws `CannotRender` with the reason; the caller keeps its IR op then.
 */
export class CannotRender extends Error {}

function cannot(reason: string): never {
  throw new CannotRender(reason);
}

/** What a renderer reads from the call: Alembic's parameters by name, extra positionals in `rest`. */
export interface CallParams {
  get(name: string): Value | undefined;
  readonly rest: Value[];
}

// ------------------------------------------------------------------ identifiers and literals

/** PostgreSQL's reserved key words (SQL key words appendix, "reserved" and "reserved (can be function or type)"). */
const PG_RESERVED = new Set(
  ('all analyse analyze and any array as asc asymmetric authorization between binary both case cast check collate collation column ' +
    'concurrently constraint create cross current_catalog current_date current_role current_schema current_time current_timestamp ' +
    'current_user default deferrable desc distinct do else end except false fetch for foreign freeze from full grant group having ilike ' +
    'in initially inner intersect into is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null ' +
    'offset on only or order outer overlaps placing primary references returning right select session_user similar some symmetric ' +
    'system_user table tablesample then to trailing true union unique user using variadic verbose when where window with').split(' '),
);

/** MySQL 8 reserved words (the ones a column or table is plausibly named after, plus the SQL core). */
const MYSQL_RESERVED = new Set(
  ('accessible add all alter analyze and as asc asensitive before between bigint binary blob both by call cascade case change char ' +
    'character check collate column condition constraint continue convert create cross cube cume_dist current_date current_time ' +
    'current_timestamp current_user cursor database databases day_hour day_microsecond day_minute day_second dec decimal declare default ' +
    'delayed delete dense_rank desc describe deterministic distinct distinctrow div double drop dual each else elseif empty enclosed ' +
    'escaped except exists exit explain false fetch first_value float float4 float8 for force foreign from fulltext function generated ' +
    'get grant group grouping groups having high_priority hour_microsecond hour_minute hour_second if ignore in index infile inner inout ' +
    'insensitive insert int int1 int2 int3 int4 int8 integer intersect interval into is iterate join json_table key keys kill lag last_value ' +
    'lateral lead leading leave left like limit linear lines load localtime localtimestamp lock long longblob longtext loop low_priority ' +
    'master_bind match maxvalue mediumblob mediumint mediumtext middleint minute_microsecond minute_second mod modifies natural not ' +
    'no_write_to_binlog nth_value ntile null numeric of on optimize optimizer_costs option optionally or order out outer outfile over ' +
    'partition percent_rank precision primary procedure purge range rank read reads read_write real recursive references regexp release ' +
    'rename repeat replace require resignal restrict return revoke right rlike row row_number rows schema schemas second_microsecond select ' +
    'sensitive separator set show signal smallint spatial specific sql sqlexception sqlstate sqlwarning sql_big_result sql_calc_found_rows ' +
    'sql_small_result ssl starting stored straight_join system table terminated then tinyblob tinyint tinytext to trailing trigger true ' +
    'undo union unique unlock unsigned update usage use using utc_date utc_time utc_timestamp values varbinary varchar varcharacter varying ' +
    'virtual when where while window with write xor year_month zerofill').split(' '),
);

/** SQLAlchemy's IdentifierPreparer: quote reserved words, names with upper case and names that are not plain identifiers. */
export function ident(name: string, dialect: Dialect): string {
  const lower = name.toLowerCase();
  const reserved = dialect === 'postgres' ? PG_RESERVED : MYSQL_RESERVED;
  const plain = /^[a-z_][a-z0-9_$]*$/.test(name) && !/^[$0-9]/.test(name);
  if (plain && lower === name && !reserved.has(lower)) return name;
  return dialect === 'mysql' ? `\`${name.replace(/`/g, '``')}\`` : `"${name.replace(/"/g, '""')}"`;
}

/** `schema.name` (as the front end qualifies tables) → quoted parts. */
export function tableRef(qualified: string, dialect: Dialect): string {
  const i = qualified.indexOf('.');
  return i > 0 ? `${ident(qualified.slice(0, i), dialect)}.${ident(qualified.slice(i + 1), dialect)}` : ident(qualified, dialect);
}

/** A string literal as SQLAlchemy renders it with literal binds (MySQL also doubles backslashes). */
export function literal(value: string, dialect: Dialect): string {
  const escaped = value.replace(/'/g, "''");
  return `'${dialect === 'mysql' ? escaped.replace(/\\/g, '\\\\') : escaped}'`;
}

// ------------------------------------------------------------------ expressions

/** Functions SQLAlchemy renders without parentheses (ANSI niladic functions). */
const ANSI_FUNCTIONS = new Set(['current_date', 'current_time', 'current_timestamp', 'current_user', 'localtime', 'localtimestamp', 'session_user', 'user']);

function isFunc(value: Value): boolean {
  if (value.t !== 'call') return false;
  const segments = value.path.split('.');
  return segments.length >= 2 && segments[segments.length - 2] === 'func';
}

/**
 * A SQL expression from `sa.text(...)`, `sa.func.*(...)`, `sa.column(...)`, `sa.literal_column(...)`,
 * `sa.true()`/`false()`/`null()` and literals (rendered as literal binds). Anything else (Python
 * operators on columns, unknown names) cannot be rendered: never the Python source.
 */
export function expression(value: Value, dialect: Dialect): string {
  switch (value.t) {
    case 'str':
      return literal(value.v, dialect);
    case 'num':
      return String(value.v);
    case 'bool':
      return dialect === 'postgres' ? (value.v ? 'true' : 'false') : value.v ? '1' : '0';
    case 'none':
      return 'NULL';
    case 'call':
      break;
    default:
      cannot(`the expression is not static SQL (${value.t === 'unknown' ? value.why : `a ${value.t} value`})`);
  }
  const name = lastSegment(value.path);
  const first = value.args[0];
  if (isFunc(value)) {
    const fn = name.toLowerCase();
    if (ANSI_FUNCTIONS.has(fn) && value.args.length === 0) return fn.toUpperCase();
    if (fn === 'count' && value.args.length === 0) return 'count(*)';
    if (fn === 'random' && dialect === 'mysql') return `rand(${value.args.map((a) => expression(a, dialect)).join(', ')})`;
    return `${name}(${value.args.map((a) => expression(a, dialect)).join(', ')})`;
  }
  switch (name) {
    case '__op__':
      return operation(value, dialect);
    case 'and_':
    case 'or_':
      return value.args.map((a) => grouped(a, name === 'and_' ? 2 : 1, dialect)).join(name === 'and_' ? ' AND ' : ' OR ');
    case 'text':
    case 'literal_column':
      if (first?.t !== 'str') cannot(`\`${name}(...)\` without a static string`);
      return first.v;
    case 'column':
      if (first?.t !== 'str') cannot('`column(...)` without a static name');
      return ident(first.v, dialect);
    case 'true':
      return dialect === 'postgres' ? 'true' : '1';
    case 'false':
      return dialect === 'postgres' ? 'false' : '0';
    case 'null':
      return 'NULL';
    case 'literal':
      if (!first) cannot('`literal()` without a value');
      return expression(first, dialect);
    case 'cast': {
      const type = value.args[1];
      if (!first || !type) cannot('`cast(...)` needs an expression and a type');
      return `CAST(${expression(first, dialect)} AS ${typeSql(type, dialect)})`;
    }
    default:
      return cannot(`\`${name}(...)\` is not an SQL expression this renderer knows`);
  }
}

/** SQL spelling and precedence of the operators column expressions build. */
const OPERATORS: Record<string, { sql: string; precedence: number }> = {
  '|': { sql: 'OR', precedence: 1 }, '&': { sql: 'AND', precedence: 2 },
  '==': { sql: '=', precedence: 5 }, '!=': { sql: '!=', precedence: 5 }, '<': { sql: '<', precedence: 5 }, '<=': { sql: '<=', precedence: 5 },
  '>': { sql: '>', precedence: 5 }, '>=': { sql: '>=', precedence: 5 }, is: { sql: 'IS', precedence: 5 }, 'is not': { sql: 'IS NOT', precedence: 5 },
  in: { sql: 'IN', precedence: 5 }, 'not in': { sql: 'NOT IN', precedence: 5 }, like: { sql: 'LIKE', precedence: 5 }, ilike: { sql: 'ILIKE', precedence: 5 },
  '+': { sql: '+', precedence: 7 }, '-': { sql: '-', precedence: 7 }, '*': { sql: '*', precedence: 8 }, '/': { sql: '/', precedence: 8 }, '%': { sql: '%', precedence: 8 },
};

function precedenceOf(value: Value): number {
  if (value.t !== 'call') return 99;
  const name = lastSegment(value.path);
  if (name === 'and_') return 2;
  if (name === 'or_') return 1;
  if (name !== '__op__') return 99;
  const op = value.kwargs.get('op');
  return op?.t === 'str' ? (OPERATORS[op.v]?.precedence ?? 0) : 0;
}

function grouped(value: Value, parent: number, dialect: Dialect): string {
  const sql = expression(value, dialect);
  return precedenceOf(value) < parent ? `(${sql})` : sql;
}

/** `sa.column('x') > 5`, `col.is_not(None)`, `col.in_([...])`, `a & b`, as SQLAlchemy compiles them with literal binds. */
function operation(value: Value & { t: 'call' }, dialect: Dialect): string {
  const opValue = value.kwargs.get('op');
  const spec = opValue?.t === 'str' ? OPERATORS[opValue.v] : undefined;
  const [left, right] = value.args;
  if (!spec || !left || !right) cannot('the SQL operator is not rendered');
  let sql = spec.sql;
  // `== None` / `!= None` compile to IS NULL / IS NOT NULL.
  if (right.t === 'none' && (sql === '=' || sql === '!=')) sql = sql === '=' ? 'IS' : 'IS NOT';
  if (sql === 'IN' || sql === 'NOT IN') {
    const items = right.t === 'seq' ? right.items : cannot('the IN list is not static');
    return `${grouped(left, spec.precedence + 1, dialect)} ${sql} (${items.map((i) => expression(i, dialect)).join(', ')})`;
  }
  return `${grouped(left, spec.precedence, dialect)} ${sql} ${grouped(right, spec.precedence + 1, dialect)}`;
}

/** A condition given as a string (sent as written), `sa.text(...)` or a function expression. */
function condition(value: Value | undefined, dialect: Dialect, what: string): string {
  if (value === undefined || value.t === 'none') cannot(`${what} is missing`);
  if (value.t === 'str') return value.v;
  return expression(value, dialect);
}

/** server_default: a string is a quoted literal, `text()`/functions are SQL. null: None. */
export function serverDefaultSql(value: Value, dialect: Dialect): string | null {
  if (value.t === 'none') return null;
  if (value.t === 'str') return literal(value.v, dialect);
  if (value.t === 'call' && (isFunc(value) || ['text', 'literal_column', 'true', 'false', 'null', 'cast'].includes(lastSegment(value.path)))) return expression(value, dialect);
  return cannot(`the server_default is not static SQL (${value.t === 'unknown' ? value.why : 'SQLAlchemy accepts a string, text() or a SQL function'})`);
}

// ------------------------------------------------------------------ types

function numArg(call: Value & { t: 'call' }, index: number, keyword: string): number | null {
  const kw = call.kwargs.get(keyword);
  if (kw !== undefined) {
    if (kw.t === 'none') return null;
    if (kw.t !== 'num') cannot(`\`${keyword}\` of the type is not a static number`);
    return kw.v;
  }
  const pos = call.args[index];
  if (pos === undefined || pos.t === 'none') return null;
  if (pos.t !== 'num') cannot(`argument ${index + 1} of the type is not a static number`);
  return pos.v;
}

function boolArg(call: Value & { t: 'call' } | null, keyword: string, index = -1): boolean {
  if (!call) return false;
  const v = call.kwargs.get(keyword) ?? (index >= 0 ? call.args[index] : undefined);
  if (v === undefined || v.t === 'none') return false;
  if (v.t === 'bool') return v.v;
  return cannot(`\`${keyword}\` of the type is not a static True/False`);
}

function strArg(call: Value & { t: 'call' } | null, keyword: string): string | null {
  const v = call?.kwargs.get(keyword);
  if (v === undefined || v.t === 'none') return null;
  if (v.t !== 'str') cannot(`\`${keyword}\` of the type is not a static string`);
  return v.v;
}

/** Enum members as SQLAlchemy stores them: literal strings, or a Python enum class's member names (values with values_callable). */
export function enumMembers(call: Value & { t: 'call' }): string[] {
  const first = call.args[0];
  if (first?.t === 'pyenum') {
    if (!call.kwargs.has('values_callable')) return first.names;
    if (first.values.every((v) => v.t === 'str')) return first.values.map((v) => (v as { v: string }).v);
    return cannot('the enum values (values_callable) are not static strings');
  }
  if (first?.t === 'seq') return enumMembers({ ...call, args: first.items });
  return call.args.map((a) => (a.t === 'str' ? a.v : cannot('an enum member is not a static string')));
}

/** The enum type's name: `name=`, else the Python enum class lower-cased; null for an anonymous enum. */
export function enumName(call: Value & { t: 'call' }): string | null {
  const name = call.kwargs.get('name');
  if (name?.t === 'str') return name.v;
  if (name !== undefined && name.t !== 'none') cannot('the enum name is not a static string');
  const first = call.args[0];
  return first?.t === 'pyenum' ? first.className.toLowerCase() : null;
}

function isNativeEnum(call: Value & { t: 'call' }): boolean {
  const native = call.kwargs.get('native_enum');
  return !(native?.t === 'bool' && !native.v);
}

/** A non-native enum is VARCHAR sized to its longest member (or `length=`). */
function nonNativeEnumLength(call: Value & { t: 'call' }): number {
  const length = call.kwargs.get('length');
  if (length?.t === 'num') return length.v;
  return Math.max(0, ...enumMembers(call).map((m) => m.length));
}

function mysqlStringExtras(call: Value & { t: 'call' } | null): string {
  const charset = strArg(call, 'charset');
  const collation = strArg(call, 'collation');
  return `${charset ? ` CHARACTER SET ${charset}` : ''}${collation ? ` COLLATE ${collation}` : ''}`;
}

function mysqlNumericExtras(call: Value & { t: 'call' } | null): string {
  return `${boolArg(call, 'unsigned') ? ' UNSIGNED' : ''}${boolArg(call, 'zerofill') ? ' ZEROFILL' : ''}`;
}

/** The SQL type SQLAlchemy's type compiler writes for a type expression (`sa.String(50)`, `postgresql.JSONB`). */
export function typeSql(value: Value, dialect: Dialect): string {
  if (value.t !== 'ref' && value.t !== 'call') cannot(`the column type is not static (${value.t === 'unknown' ? value.why : `a ${value.t} value`})`);
  const call = value.t === 'call' ? value : null;
  const cls = lastSegment(value.path);
  const upper = cls.toUpperCase();
  const fromMysql = value.path.includes('dialects.mysql');
  const fromPg = value.path.includes('dialects.postgresql');
  if (dialect === 'postgres' && fromMysql) cannot(`${cls} is a MySQL type`);
  if (dialect === 'mysql' && fromPg) cannot(`${cls} is a PostgreSQL type`);
  const length = () => (call ? numArg(call, 0, 'length') : null);
  const withLength = (name: string, required = false) => {
    const n = length();
    if (n === null && required) cannot(`${name} requires a length on dialect mysql`);
    return n === null ? name : `${name}(${n})`;
  };
  const pg = dialect === 'postgres';
  switch (upper) {
    case 'INTEGER':
    case 'INT':
      return pg ? 'INTEGER' : `${call && numArg(call, 0, 'display_width') !== null ? `INTEGER(${numArg(call, 0, 'display_width')})` : 'INTEGER'}${mysqlNumericExtras(call)}`;
    case 'BIGINTEGER':
    case 'BIGINT':
      return pg ? 'BIGINT' : `${call && numArg(call, 0, 'display_width') !== null ? `BIGINT(${numArg(call, 0, 'display_width')})` : 'BIGINT'}${mysqlNumericExtras(call)}`;
    case 'SMALLINTEGER':
    case 'SMALLINT':
      return pg ? 'SMALLINT' : `${call && numArg(call, 0, 'display_width') !== null ? `SMALLINT(${numArg(call, 0, 'display_width')})` : 'SMALLINT'}${mysqlNumericExtras(call)}`;
    case 'TINYINT':
    case 'MEDIUMINT':
      if (pg) cannot(`${cls} is a MySQL type`);
      return `${call && numArg(call, 0, 'display_width') !== null ? `${upper}(${numArg(call, 0, 'display_width')})` : upper}${mysqlNumericExtras(call)}`;
    case 'STRING':
    case 'VARCHAR':
    case 'UNICODE':
    case 'NVARCHAR':
      return pg ? withLength('VARCHAR') : `${withLength(upper === 'NVARCHAR' ? 'NATIONAL VARCHAR' : 'VARCHAR', true)}${mysqlStringExtras(call)}`;
    case 'CHAR':
    case 'NCHAR':
      return pg ? withLength('CHAR') : `${withLength(upper === 'NCHAR' ? 'NATIONAL CHAR' : 'CHAR')}${mysqlStringExtras(call)}`;
    case 'TEXT':
    case 'UNICODETEXT':
    case 'CLOB':
      return pg ? 'TEXT' : `${withLength('TEXT')}${mysqlStringExtras(call)}`;
    case 'TINYTEXT':
    case 'MEDIUMTEXT':
    case 'LONGTEXT':
      return `${upper}${mysqlStringExtras(call)}`;
    case 'CITEXT':
      return 'CITEXT';
    case 'BOOLEAN':
      return pg ? 'BOOLEAN' : 'BOOL';
    case 'DATE':
      return 'DATE';
    case 'DATETIME':
    case 'TIMESTAMP': {
      if (pg) {
        const zone = boolArg(call, 'timezone', upper === 'TIMESTAMP' || upper === 'DATETIME' ? 0 : -1);
        const precision = call ? (call.kwargs.get('precision')?.t === 'num' ? (call.kwargs.get('precision') as { v: number }).v : null) : null;
        return `TIMESTAMP${precision !== null ? `(${precision})` : ''} ${zone ? 'WITH' : 'WITHOUT'} TIME ZONE`;
      }
      const fsp = call?.kwargs.get('fsp');
      const base = upper === 'TIMESTAMP' ? 'TIMESTAMP' : 'DATETIME';
      return fsp?.t === 'num' && fsp.v ? `${base}(${fsp.v})` : base;
    }
    case 'TIME': {
      if (pg) {
        const zone = boolArg(call, 'timezone', 0);
        const precision = call?.kwargs.get('precision');
        return `TIME${precision?.t === 'num' ? `(${precision.v})` : ''} ${zone ? 'WITH' : 'WITHOUT'} TIME ZONE`;
      }
      const fsp = call?.kwargs.get('fsp');
      return fsp?.t === 'num' && fsp.v ? `TIME(${fsp.v})` : 'TIME';
    }
    case 'INTERVAL':
      // MySQL has no INTERVAL type: SQLAlchemy stores a non-native Interval as DATETIME.
      return pg ? 'INTERVAL' : 'DATETIME';
    case 'NUMERIC':
    case 'DECIMAL': {
      const precision = call ? numArg(call, 0, 'precision') : null;
      const scale = call ? numArg(call, 1, 'scale') : null;
      const name = upper === 'DECIMAL' && (fromMysql || !pg) ? 'DECIMAL' : upper === 'DECIMAL' ? 'DECIMAL' : 'NUMERIC';
      const text = precision === null ? name : scale === null ? `${name}(${precision})` : `${name}(${precision}, ${scale})`;
      return pg ? text : `${text}${mysqlNumericExtras(call)}`;
    }
    case 'FLOAT': {
      const precision = call ? numArg(call, 0, 'precision') : null;
      return `${precision === null ? 'FLOAT' : `FLOAT(${precision})`}${pg ? '' : mysqlNumericExtras(call)}`;
    }
    case 'DOUBLE':
    case 'DOUBLE_PRECISION':
      return pg ? 'DOUBLE PRECISION' : `DOUBLE${mysqlNumericExtras(call)}`;
    case 'REAL':
      return pg ? 'REAL' : `REAL${mysqlNumericExtras(call)}`;
    case 'JSON':
      return 'JSON';
    case 'JSONB':
      return 'JSONB';
    case 'UUID':
    case 'UUIDTYPE':
    case 'GUID':
      return pg ? 'UUID' : 'CHAR(32)';
    case 'LARGEBINARY':
    case 'BLOB':
    case 'PICKLETYPE':
      return pg ? 'BYTEA' : withLength('BLOB');
    case 'BYTEA':
      return 'BYTEA';
    case 'BINARY':
    case 'VARBINARY':
      if (pg) return 'BYTEA';
      return withLength(upper, upper === 'VARBINARY');
    case 'TINYBLOB':
    case 'MEDIUMBLOB':
    case 'LONGBLOB':
    case 'YEAR':
      return upper;
    case 'TSTZRANGE':
    case 'TSRANGE':
    case 'DATERANGE':
    case 'INT4RANGE':
    case 'INT8RANGE':
    case 'NUMRANGE':
    case 'INET':
    case 'CIDR':
    case 'MACADDR':
    case 'TSVECTOR':
    case 'HSTORE':
    case 'MONEY':
    case 'OID':
      if (!pg) cannot(`${cls} is a PostgreSQL type`);
      return upper;
    case 'ARRAY': {
      if (!pg) cannot('MySQL has no array types');
      const element = call?.args[0] ?? call?.kwargs.get('item_type');
      if (!element) cannot('ARRAY without an element type');
      const dims = call?.kwargs.get('dimensions');
      return `${typeSql(element, dialect)}${'[]'.repeat(dims?.t === 'num' && dims.v > 1 ? dims.v : 1)}`;
    }
    case 'ENUM': {
      if (!call) cannot('an Enum without members');
      if (!isNativeEnum(call)) return `VARCHAR(${nonNativeEnumLength(call)})`;
      if (pg) {
        const name = enumName(call);
        if (!name) cannot('PostgreSQL requires a name for the ENUM type');
        const schema = strArg(call, 'schema');
        return schema ? `${ident(schema, dialect)}.${ident(name, dialect)}` : ident(name, dialect);
      }
      return `ENUM(${enumMembers(call).map((m) => literal(m, dialect)).join(',')})${mysqlStringExtras(call)}`;
    }
    default:
      return cannot(`\`${cls}\` is not a SQLAlchemy type this renderer knows (a custom type decides its own SQL)`);
  }
}

// ------------------------------------------------------------------ columns

export interface ColumnInfo {
  name: string;
  type: Value;
  nullable: boolean;
  primaryKey: boolean;
  serverDefault: Value | null;
  /** Column-level `CheckConstraint(...)` objects (rendered inline after the column). */
  checks: Array<Value & { t: 'call' }>;
  foreignKeys: Array<Value & { t: 'call' }>;
  unique: boolean;
  index: boolean;
  comment: string | null;
  computed: (Value & { t: 'call' }) | null;
  identity: (Value & { t: 'call' }) | null;
  autoincrement: boolean | 'auto';
}

/** Reads a static `sa.Column(...)`; throws when a part of it is not static. */
export function columnInfo(value: Value): ColumnInfo {
  if (value.t !== 'call' || lastSegment(value.path) !== 'Column') cannot('the column is not a static `sa.Column(...)`');
  const args = [...value.args];
  let name: string | null = null;
  if (args[0]?.t === 'str') name = (args.shift() as { v: string }).v;
  else if (value.kwargs.get('name')?.t === 'str') name = (value.kwargs.get('name') as { v: string }).v;
  if (name === null) cannot('the column name is not a static string');
  const info: ColumnInfo = {
    name, type: value.kwargs.get('type_') ?? { t: 'none' }, nullable: true, primaryKey: false, serverDefault: null, checks: [], foreignKeys: [],
    unique: false, index: false, comment: null, computed: null, identity: null, autoincrement: 'auto',
  };
  let typed = value.kwargs.has('type_');
  for (const arg of args) {
    const kind = arg.t === 'call' || arg.t === 'ref' ? lastSegment(arg.path) : null;
    if (arg.t === 'call' && kind === 'ForeignKey') info.foreignKeys.push(arg);
    else if (arg.t === 'call' && kind === 'CheckConstraint') info.checks.push(arg);
    else if (arg.t === 'call' && kind === 'Computed') info.computed = arg;
    else if (arg.t === 'call' && kind === 'Identity') info.identity = arg;
    else if (kind === 'Sequence' || kind === 'FetchedValue') cannot(`a ${kind} on the column is not rendered`);
    else if (!typed) {
      info.type = arg;
      typed = true;
    } else cannot('an argument of the column is not a static type or constraint');
  }
  if (!typed) cannot(`column ${name} has no type`);
  const flag = (key: string): boolean | null => {
    const v = value.kwargs.get(key);
    if (v === undefined || v.t === 'none') return null;
    if (v.t === 'bool') return v.v;
    return cannot(`\`${key}\` of column ${name} is not a static True/False`);
  };
  info.primaryKey = flag('primary_key') ?? false;
  const nullable = flag('nullable');
  info.nullable = nullable ?? !info.primaryKey;
  if (info.primaryKey) info.nullable = false;
  const sd = value.kwargs.get('server_default');
  if (sd !== undefined && sd.t !== 'none') info.serverDefault = sd;
  info.unique = flag('unique') ?? false;
  info.index = flag('index') ?? false;
  const comment = value.kwargs.get('comment');
  if (comment !== undefined && comment.t !== 'none') info.comment = comment.t === 'str' ? comment.v : cannot(`the comment of column ${name} is not a static string`);
  const autoincrement = value.kwargs.get('autoincrement');
  if (autoincrement?.t === 'bool') info.autoincrement = autoincrement.v;
  else if (autoincrement?.t === 'str' && autoincrement.v === 'ignore_fk') info.autoincrement = 'auto';
  return info;
}

const INTEGER_CLASSES = new Set(['INTEGER', 'INT', 'BIGINTEGER', 'BIGINT', 'SMALLINTEGER', 'SMALLINT', 'TINYINT', 'MEDIUMINT']);

function typeClass(info: ColumnInfo): string {
  return info.type.t === 'call' || info.type.t === 'ref' ? lastSegment(info.type.path).toUpperCase() : '';
}

/** SQLAlchemy's `Table._autoincrement_column`: the one integer primary-key column that autoincrements. */
export function autoincrementColumn(columns: ColumnInfo[]): ColumnInfo | null {
  const pk = columns.filter((c) => c.primaryKey);
  const eligible = (c: ColumnInfo, explicit: boolean) => {
    if (!INTEGER_CLASSES.has(typeClass(c))) return false;
    if (c.serverDefault && !explicit) return false;
    if (c.foreignKeys.length > 0 && c.autoincrement !== true) return false;
    return true;
  };
  if (pk.length === 1) {
    const c = pk[0]!;
    if (c.autoincrement === true || (c.autoincrement === 'auto' && eligible(c, false))) return c.identity || INTEGER_CLASSES.has(typeClass(c)) ? c : null;
    return null;
  }
  return pk.find((c) => c.autoincrement === true && eligible(c, true)) ?? null;
}

function identityOptions(identity: Value & { t: 'call' }): string {
  const num = (key: string) => {
    const v = identity.kwargs.get(key);
    return v?.t === 'num' ? v.v : null;
  };
  const parts: string[] = [];
  if (num('increment') !== null) parts.push(`INCREMENT BY ${num('increment')}`);
  if (num('start') !== null) parts.push(`START WITH ${num('start')}`);
  if (num('minvalue') !== null) parts.push(`MINVALUE ${num('minvalue')}`);
  if (num('maxvalue') !== null) parts.push(`MAXVALUE ${num('maxvalue')}`);
  if (identity.kwargs.get('nominvalue')?.t === 'bool') parts.push('NO MINVALUE');
  if (identity.kwargs.get('nomaxvalue')?.t === 'bool') parts.push('NO MAXVALUE');
  if (num('cache') !== null) parts.push(`CACHE ${num('cache')}`);
  const cycle = identity.kwargs.get('cycle');
  if (cycle?.t === 'bool') parts.push(cycle.v ? 'CYCLE' : 'NO CYCLE');
  return parts.join(' ');
}

export function identitySql(identity: Value & { t: 'call' }): string {
  const always = identity.kwargs.get('always');
  const options = identityOptions(identity);
  return `GENERATED ${always?.t === 'bool' && always.v ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY${options ? ` (${options})` : ''}`;
}

function computedSql(computed: Value & { t: 'call' }, dialect: Dialect): string {
  const text = condition(computed.args[0] ?? computed.kwargs.get('sqltext'), dialect, 'the Computed expression');
  const persisted = computed.kwargs.get('persisted');
  if (dialect === 'postgres') {
    if (persisted?.t === 'bool' && !persisted.v) cannot("PostgreSQL computed columns do not support 'virtual' persistence");
    return `GENERATED ALWAYS AS (${text}) STORED`;
  }
  return `GENERATED ALWAYS AS (${text})${persisted?.t === 'bool' ? (persisted.v ? ' STORED' : ' VIRTUAL') : ''}`;
}

/** `get_column_specification` of the dialect's DDL compiler. `autoincrement`: this is the table's autoincrement column. */
export function columnSpec(c: ColumnInfo, dialect: Dialect, autoincrement: boolean): string {
  const name = ident(c.name, dialect);
  const type = typeSql(c.type, dialect);
  if (dialect === 'postgres') {
    const cls = typeClass(c);
    let spec: string;
    if (autoincrement && !c.identity) {
      spec = `${name} ${cls === 'BIGINTEGER' || cls === 'BIGINT' ? 'BIGSERIAL' : cls === 'SMALLINTEGER' || cls === 'SMALLINT' ? 'SMALLSERIAL' : 'SERIAL'}`;
    } else {
      spec = `${name} ${type}`;
      if (c.serverDefault) {
        const d = serverDefaultSql(c.serverDefault, dialect);
        if (d !== null) spec += ` DEFAULT ${d}`;
      }
    }
    if (c.computed) spec += ` ${computedSql(c.computed, dialect)}`;
    if (c.identity) spec += ` ${identitySql(c.identity)}`;
    if (!c.nullable && !c.identity) spec += ' NOT NULL';
    else if (c.nullable && c.identity) spec += ' NULL';
    return spec;
  }
  const parts = [name, type];
  if (c.computed) parts.push(computedSql(c.computed, dialect));
  if (!c.nullable) parts.push('NOT NULL');
  else if (typeClass(c) === 'TIMESTAMP') parts.push('NULL');
  if (c.comment !== null) parts.push(`COMMENT ${literal(c.comment, dialect)}`);
  if (autoincrement && (!c.serverDefault || c.identity)) parts.push('AUTO_INCREMENT');
  else if (c.serverDefault) {
    const d = serverDefaultSql(c.serverDefault, dialect);
    if (d !== null) parts.push(`DEFAULT ${d}`);
  }
  return parts.join(' ');
}

// ------------------------------------------------------------------ constraints

function constraintName(call: Value & { t: 'call' }, dialect: Dialect): string {
  const name = call.kwargs.get('name');
  if (name === undefined || name.t === 'none') return '';
  if (name.t !== 'str') cannot('the constraint name is not a static string');
  return `CONSTRAINT ${ident(name.v, dialect)} `;
}

function deferrability(call: Value & { t: 'call' }): string {
  let out = '';
  const deferrable = call.kwargs.get('deferrable');
  if (deferrable?.t === 'bool') out += deferrable.v ? ' DEFERRABLE' : ' NOT DEFERRABLE';
  const initially = call.kwargs.get('initially');
  if (initially?.t === 'str') out += ` INITIALLY ${initially.v.toUpperCase()}`;
  return out;
}

const FK_ACTIONS = /^(CASCADE|RESTRICT|NO ACTION|SET NULL|SET DEFAULT)$/i;

function fkTail(call: Value & { t: 'call' }): string {
  let out = '';
  const match = call.kwargs.get('match');
  if (match?.t === 'str') out += ` MATCH ${match.v}`;
  for (const [key, sql] of [['ondelete', 'ON DELETE'], ['onupdate', 'ON UPDATE']] as const) {
    const v = call.kwargs.get(key);
    if (v === undefined || v.t === 'none') continue;
    if (v.t !== 'str' || !FK_ACTIONS.test(v.v.trim())) cannot(`\`${key}\` is not a static referential action`);
    out += ` ${sql} ${v.v.trim()}`;
  }
  return out + deferrability(call);
}

/** `'users.id'` / `'app.users.id'` → referenced table (qualified) and column. */
function splitRef(ref: string): { table: string; column: string } {
  const parts = ref.split('.');
  if (parts.length < 2) cannot(`the foreign key target \`${ref}\` is not table.column`);
  const column = parts.pop()!;
  return { table: parts.join('.'), column };
}

function names(value: Value | undefined, what: string): string[] {
  if (value === undefined) cannot(`${what} is missing`);
  const items = value.t === 'seq' ? value.items : [value];
  return items.map((i) => (i.t === 'str' ? i.v : i.t === 'call' && lastSegment(i.path) === 'column' && i.args[0]?.t === 'str' ? i.args[0].v : cannot(`${what} is not a list of static names`)));
}

/** `FOREIGN KEY(a) REFERENCES t (b)` with SQLAlchemy's spacing and tail. */
function foreignKeyBody(local: string[], refTable: string, remote: string[], call: Value & { t: 'call' }, dialect: Dialect): string {
  return `FOREIGN KEY(${local.map((c) => ident(c, dialect)).join(', ')}) REFERENCES ${tableRef(refTable, dialect)} (${remote.map((c) => ident(c, dialect)).join(', ')})${fkTail(call)}`;
}

/** A column's `sa.ForeignKey('t.c', ...)` as the table-level constraint SQLAlchemy makes of it. */
function columnForeignKey(column: string, fk: Value & { t: 'call' }, dialect: Dialect): string {
  const target = fk.args[0] ?? fk.kwargs.get('column');
  if (target?.t !== 'str') cannot('the ForeignKey target is not a static "table.column" string');
  const ref = splitRef(target.v);
  return `${constraintName(fk, dialect)}${foreignKeyBody([column], ref.table, [ref.column], fk, dialect)}`;
}

/** A column-level or table-level `CheckConstraint(...)`. */
function checkSql(call: Value & { t: 'call' }, dialect: Dialect): string {
  return `${constraintName(call, dialect)}CHECK (${condition(call.args[0] ?? call.kwargs.get('sqltext'), dialect, 'the CHECK condition')})${deferrability(call)}`;
}

/** CHECK constraints a column's type creates: Boolean/Enum(create_constraint=True) where the type is not native. */
function typeChecks(c: ColumnInfo, dialect: Dialect): string[] {
  const type = c.type.t === 'call' ? c.type : null;
  if (!type || !boolArg(type, 'create_constraint')) return [];
  const cls = lastSegment(type.path).toUpperCase();
  const name = type.kwargs.get('name');
  const prefix = name?.t === 'str' ? `CONSTRAINT ${ident(name.v, dialect)} ` : '';
  if (cls === 'BOOLEAN') return dialect === 'mysql' ? [`${prefix}CHECK (${ident(c.name, dialect)} IN (0, 1))`] : [];
  if (cls === 'ENUM') {
    // A native enum (PostgreSQL type, MySQL ENUM) needs no CHECK.
    if (isNativeEnum(type)) return [];
    return [`${prefix}CHECK (${ident(c.name, dialect)} IN (${enumMembers(type).map((m) => literal(m, dialect)).join(', ')}))`];
  }
  return [];
}

/** A table-level constraint passed to `op.create_table(...)`. */
function tableConstraintSql(call: Value & { t: 'call' }, dialect: Dialect): string {
  const kind = lastSegment(call.path);
  const cols = () => call.args.map((a) => (a.t === 'str' ? ident(a.v, dialect) : a.t === 'call' && lastSegment(a.path) === 'column' && a.args[0]?.t === 'str' ? ident(a.args[0].v, dialect) : cannot(`a column of ${kind} is not a static name`))).join(', ');
  switch (kind) {
    case 'PrimaryKeyConstraint':
      return `${constraintName(call, dialect)}PRIMARY KEY (${cols()})`;
    case 'UniqueConstraint':
      return `${constraintName(call, dialect)}UNIQUE (${cols()})${deferrability(call)}`;
    case 'CheckConstraint':
      return checkSql(call, dialect);
    case 'ExcludeConstraint':
      return excludeSql(call.args, (k) => call.kwargs.get(k), dialect);
    case 'ForeignKeyConstraint': {
      const local = names(call.args[0] ?? call.kwargs.get('columns'), 'the local columns');
      const refs = names(call.args[1] ?? call.kwargs.get('refcolumns'), 'the referenced columns').map(splitRef);
      if (refs.length === 0) cannot('a foreign key without referenced columns');
      return `${constraintName(call, dialect)}${foreignKeyBody(local, refs[0]!.table, refs.map((r) => r.column), call, dialect)}`;
    }
    default:
      return cannot(`${kind} is not rendered`);
  }
}

/** PostgreSQL `EXCLUDE USING gist (col WITH op, ...) [WHERE (...)]`, from (element, operator) pairs. */
function excludeSql(elements: Value[], kw: (name: string) => Value | undefined, dialect: Dialect): string {
  if (dialect !== 'postgres') cannot('EXCLUDE constraints exist on PostgreSQL only');
  const name = kw('name');
  const parts = elements.map((e) => {
    const [element, operator] = e.t === 'seq' ? e.items : [];
    if (!element || operator?.t !== 'str') cannot('an EXCLUDE element is not a static (column, operator) pair');
    const sql = element.t === 'str' ? ident(element.v, dialect) : element.t === 'call' && lastSegment(element.path) === 'column' && element.args[0]?.t === 'str' ? ident(element.args[0].v, dialect) : expression(element, dialect);
    return `${sql} WITH ${operator.v}`;
  });
  const using = kw('using');
  if (using !== undefined && using.t !== 'str') cannot('`using` is not a static string');
  const where = kw('where');
  const prefix = name?.t === 'str' ? `CONSTRAINT ${ident(name.v, dialect)} ` : name === undefined || name.t === 'none' ? '' : cannot('the constraint name is not a static string');
  const tail = where === undefined || where.t === 'none' ? '' : ` WHERE (${condition(where, dialect, 'the EXCLUDE condition')})`;
  const defer = deferrability({ t: 'call', path: 'x', args: [], kwargs: new Map([...(['deferrable', 'initially'] as const)].flatMap((k) => (kw(k) ? [[k, kw(k)!] as [string, Value]] : []))), node: null as never, argNodes: [], kwargNodes: new Map() });
  return `${prefix}EXCLUDE USING ${using?.t === 'str' ? using.v.toLowerCase() : 'gist'} (${parts.join(', ')})${tail}${defer}`;
}

/** `op.create_exclude_constraint(name, table, *elements, using=, where=)`. */
export function renderCreateExclude(table: string, p: CallParams, dialect: Dialect): string[] {
  const name = p.get('constraint_name');
  return [`ALTER TABLE ${tableRef(table, dialect)} ADD ${excludeSql(p.rest, (k) => (k === 'name' ? name : p.get(k)), dialect)}`];
}

// ------------------------------------------------------------------ indexes

function indexElement(value: Value, dialect: Dialect): string {
  // Alembic turns a string into a column of that name (quoted if needed), even `lower(x)`.
  if (value.t === 'str') return ident(value.v, dialect);
  if (value.t === 'call' && lastSegment(value.path) === 'column' && value.args[0]?.t === 'str') return ident(value.args[0].v, dialect);
  return expression(value, dialect);
}

function indexElements(value: Value | undefined, dialect: Dialect): string[] {
  if (value === undefined || value.t === 'none') cannot('the index columns are missing');
  const items = value.t === 'seq' ? value.items : [value];
  return items.map((v) => indexElement(v, dialect));
}

interface IndexSpec {
  name: Value | undefined;
  table: string;
  elements: string[];
  unique: boolean;
  kw: (name: string) => Value | undefined;
  ifNotExists?: boolean;
}

function createIndexSql(spec: IndexSpec, dialect: Dialect): string {
  const nameValue = spec.name;
  if (nameValue === undefined || nameValue.t === 'none') cannot('the index has no name (Alembic needs one, or a naming convention)');
  if (nameValue.t !== 'str') cannot('the index name is not a static string');
  const name = ident(nameValue.v, dialect);
  if (dialect === 'postgres') {
    const concurrently = spec.kw('postgresql_concurrently');
    const using = spec.kw('postgresql_using');
    const include = spec.kw('postgresql_include');
    const where = spec.kw('postgresql_where');
    const withOpts = spec.kw('postgresql_with');
    const tablespace = spec.kw('postgresql_tablespace');
    let sql = `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX ${concurrently?.t === 'bool' && concurrently.v ? 'CONCURRENTLY ' : ''}${spec.ifNotExists ? 'IF NOT EXISTS ' : ''}${name} ON ${tableRef(spec.table, dialect)} `;
    if (using?.t === 'str') sql += `USING ${using.v.toLowerCase()} `;
    else if (using !== undefined && using.t !== 'none') cannot('postgresql_using is not a static string');
    const ops = spec.kw('postgresql_ops');
    if (ops !== undefined && ops.t !== 'none') cannot('postgresql_ops is not rendered');
    sql += `(${spec.elements.join(', ')})`;
    if (include !== undefined && include.t !== 'none') sql += ` INCLUDE (${names(include, 'postgresql_include').map((c) => ident(c, dialect)).join(', ')})`;
    if (withOpts?.t === 'dict') sql += ` WITH (${withOpts.entries.map(([k, v]) => `${k.t === 'str' ? k.v : cannot('a postgresql_with key is not static')} = ${v.t === 'str' || v.t === 'num' ? String(v.v) : cannot('a postgresql_with value is not static')}`).join(', ')})`;
    if (tablespace?.t === 'str') sql += ` TABLESPACE ${ident(tablespace.v, dialect)}`;
    if (where !== undefined && where.t !== 'none') sql += ` WHERE ${condition(where, dialect, 'postgresql_where')}`;
    return sql;
  }
  const prefix = spec.kw('mysql_prefix');
  const using = spec.kw('mysql_using');
  const length = spec.kw('mysql_length');
  let elements = spec.elements;
  if (length?.t === 'num') elements = elements.map((e) => `${e}(${length.v})`);
  else if (length?.t === 'dict') {
    elements = elements.map((e) => {
      const entry = length.entries.find(([k]) => k.t === 'str' && ident(k.v, dialect) === e);
      return entry && entry[1].t === 'num' ? `${e}(${entry[1].v})` : e;
    });
  } else if (length !== undefined && length.t !== 'none') cannot('mysql_length is not static');
  const kind = spec.unique ? 'UNIQUE ' : prefix?.t === 'str' ? `${prefix.v.toUpperCase()} ` : '';
  return `CREATE ${kind}INDEX ${spec.ifNotExists ? 'IF NOT EXISTS ' : ''}${name} ON ${tableRef(spec.table, dialect)} (${elements.join(', ')})${using?.t === 'str' ? ` USING ${using.v.toLowerCase()}` : ''}`;
}

// ------------------------------------------------------------------ operations

function bareTable(table: string): string {
  return table.includes('.') ? table.slice(table.lastIndexOf('.') + 1) : table;
}

function flagParam(p: CallParams, name: string): boolean {
  const v = p.get(name);
  if (v === undefined || v.t === 'none') return false;
  if (v.t === 'bool') return v.v;
  return cannot(`\`${name}\` is not a static True/False`);
}

/** Statements for one column added to or created with a table, after its own definition. */
function columnFollowUps(table: string, c: ColumnInfo, dialect: Dialect): { constraints: string[]; indexes: string[]; comments: string[] } {
  const constraints: string[] = [];
  if (c.unique && !c.index) constraints.push(`UNIQUE (${ident(c.name, dialect)})`);
  for (const fk of c.foreignKeys) constraints.push(columnForeignKey(c.name, fk, dialect));
  constraints.push(...typeChecks(c, dialect));
  const indexes = c.index ? [`CREATE ${c.unique ? 'UNIQUE ' : ''}INDEX ${ident(`ix_${bareTable(table)}_${c.name}`, dialect)} ON ${tableRef(table, dialect)} (${ident(c.name, dialect)})`] : [];
  const comments = dialect === 'postgres' && c.comment !== null ? [`COMMENT ON COLUMN ${tableRef(table, dialect)}.${ident(c.name, dialect)} IS ${literal(c.comment, dialect)}`] : [];
  return { constraints, indexes, comments };
}

function inlineChecks(c: ColumnInfo, dialect: Dialect): string {
  return c.checks.map((k) => ` ${checkSql(k, dialect)}`).join('');
}

/** What `op.create_table(...)` sends: enum types (PostgreSQL), CREATE TABLE, its indexes, then comments. */
export function renderCreateTable(table: string, p: CallParams, dialect: Dialect): string[] {
  const columns: ColumnInfo[] = [];
  const explicit: string[] = [];
  const indexes: Array<Value & { t: 'call' }> = [];
  let hasExplicitPk = false;
  for (const item of p.rest) {
    if (item.t === 'call' && lastSegment(item.path) === 'Column') columns.push(columnInfo(item));
    else if (item.t === 'call' && lastSegment(item.path) === 'Index') indexes.push(item);
    else if (item.t === 'call') {
      if (lastSegment(item.path) === 'PrimaryKeyConstraint') hasExplicitPk = true;
      explicit.push(tableConstraintSql(item, dialect));
    } else cannot('an argument of create_table is not a static column or constraint');
  }
  if (hasExplicitPk) {
    // PrimaryKeyConstraint('a') makes its columns primary keys (and NOT NULL).
    for (const item of p.rest) {
      if (item.t !== 'call' || lastSegment(item.path) !== 'PrimaryKeyConstraint') continue;
      for (const a of item.args) {
        const col = columns.find((c) => a.t === 'str' && c.name === a.v);
        if (col) {
          col.primaryKey = true;
          col.nullable = false;
        }
      }
    }
  }
  const auto = autoincrementColumn(columns);
  const out: string[] = [];
  if (dialect === 'postgres') {
    const seen = new Set<string>();
    for (const c of columns) {
      const type = c.type.t === 'call' && lastSegment(c.type.path).toUpperCase() === 'ENUM' ? c.type : null;
      if (!type || !isNativeEnum(type)) continue;
      const createType = type.kwargs.get('create_type');
      if (createType?.t === 'bool' && !createType.v) continue;
      const name = enumName(type);
      if (!name || seen.has(name)) continue;
      seen.add(name);
      const schema = strArg(type, 'schema');
      out.push(`CREATE TYPE ${schema ? `${ident(schema, dialect)}.` : ''}${ident(name, dialect)} AS ENUM (${enumMembers(type).map((m) => literal(m, dialect)).join(', ')})`);
    }
  }
  const defs = columns.map((c) => `${columnSpec(c, dialect, c === auto)}${inlineChecks(c, dialect)}`);
  const pk = columns.filter((c) => c.primaryKey);
  const constraints: string[] = [];
  if (pk.length && !hasExplicitPk) constraints.push(`PRIMARY KEY (${pk.map((c) => ident(c.name, dialect)).join(', ')})`);
  // An explicit PrimaryKeyConstraint goes first, as SQLAlchemy puts the table's primary key first.
  const pkIndex = explicit.findIndex((e) => /^(CONSTRAINT \S+ )?PRIMARY KEY/.test(e));
  if (pkIndex >= 0) constraints.push(...explicit.splice(pkIndex, 1));
  constraints.push(...explicit);
  const followUps = columns.map((c) => columnFollowUps(table, c, dialect));
  for (const f of followUps) constraints.push(...f.constraints);
  let sql = `CREATE TABLE ${flagParam(p, 'if_not_exists') ? 'IF NOT EXISTS ' : ''}${tableRef(table, dialect)} (\n\t${[...defs, ...constraints].join(', \n\t')}\n)`;
  const comment = p.get('comment');
  if (comment !== undefined && comment.t !== 'none' && comment.t !== 'str') cannot('the table comment is not a static string');
  if (dialect === 'mysql') {
    const options: string[] = [];
    for (const [key, sqlName] of [['mysql_engine', 'ENGINE'], ['mysql_charset', 'DEFAULT CHARSET'], ['mysql_collate', 'COLLATE']] as const) {
      const v = p.get(key) ?? p.get(key.replace('mysql_', 'mariadb_'));
      if (v?.t === 'str') options.push(`${sqlName}=${v.v}`);
      else if (v !== undefined && v.t !== 'none') cannot(`${key} is not a static string`);
    }
    if (comment?.t === 'str') options.push(`COMMENT=${literal(comment.v, dialect)}`);
    if (options.length) sql += options.join(' ');
  }
  out.push(sql);
  for (const f of followUps) out.push(...f.indexes);
  for (const index of indexes) out.push(tableIndexSql(index, table, dialect));
  if (dialect === 'postgres') {
    if (comment?.t === 'str') out.push(`COMMENT ON TABLE ${tableRef(table, dialect)} IS ${literal(comment.v, dialect)}`);
    for (const f of followUps) out.push(...f.comments);
  }
  return out;
}

function tableIndexSql(index: Value & { t: 'call' }, table: string, dialect: Dialect): string {
  const unique = index.kwargs.get('unique');
  return createIndexSql({ name: index.args[0], table, elements: index.args.slice(1).map((v) => indexElement(v, dialect)), unique: unique?.t === 'bool' && unique.v, kw: (k) => index.kwargs.get(k) }, dialect);
}

/** `op.add_column`: ADD COLUMN (inline column CHECKs), then each non-PK constraint, indexes, and the comment on PostgreSQL. */
export function renderAddColumn(table: string, p: CallParams, dialect: Dialect): string[] {
  const value = p.get('column');
  if (!value) cannot('the column is missing');
  const c = columnInfo(value);
  // The column is the only one of its table: an integer primary key is the autoincrement column (SERIAL), but no PRIMARY KEY is added.
  const auto = autoincrementColumn([c]) === c;
  const inlinePk = flagParam(p, 'inline_primary_key');
  const inlineRefs = flagParam(p, 'inline_references');
  let add = `ALTER TABLE ${tableRef(table, dialect)} ADD COLUMN ${flagParam(p, 'if_not_exists') ? 'IF NOT EXISTS ' : ''}${columnSpec(c, dialect, auto)}`;
  if (inlinePk && c.primaryKey) add += ' PRIMARY KEY';
  const follow = columnFollowUps(table, c, dialect);
  let constraints = follow.constraints;
  if (inlineRefs && c.foreignKeys.length === 1) {
    const fk = c.foreignKeys[0]!;
    const target = fk.args[0];
    if (target?.t !== 'str') cannot('the ForeignKey target is not a static string');
    const ref = splitRef(target.v);
    add += ` REFERENCES ${tableRef(ref.table, dialect)} (${ident(ref.column, dialect)})${fkTail(fk)}`;
    const rendered = columnForeignKey(c.name, fk, dialect);
    constraints = constraints.filter((k) => k !== rendered);
  }
  add += inlineChecks(c, dialect);
  if (dialect === 'mysql') {
    const after = p.get('insert_after');
    if (after?.t === 'str') add += ` AFTER ${ident(after.v, dialect)}`;
  }
  return [add, ...constraints.map((k) => `ALTER TABLE ${tableRef(table, dialect)} ADD ${k}`), ...follow.indexes, ...follow.comments];
}

export function renderAlterColumn(table: string, p: CallParams, dialect: Dialect): string[] {
  const columnValue = p.get('column_name');
  if (columnValue?.t !== 'str') cannot('the column name is not a static string');
  const column = ident(columnValue.v, dialect);
  const t = tableRef(table, dialect);
  const given = (name: string) => {
    const v = p.get(name);
    return v !== undefined && !(v.t === 'bool' && !v.v && (name === 'server_default' || name === 'comment'));
  };
  const nullable = p.get('nullable');
  if (nullable !== undefined && nullable.t !== 'none' && nullable.t !== 'bool') cannot('`nullable` is not a static True/False');
  const type = p.get('type_');
  const newName = p.get('new_column_name');
  if (newName !== undefined && newName.t !== 'none' && newName.t !== 'str') cannot('the new column name is not a static string');
  const comment = p.get('comment');
  const sd = p.get('server_default');
  const existingSd = p.get('existing_server_default');
  const isIdentity = (v: Value | undefined) => v?.t === 'call' && lastSegment(v.path) === 'Identity';
  const isComputed = (v: Value | undefined) => v?.t === 'call' && lastSegment(v.path) === 'Computed';
  if (given('server_default') && (isComputed(sd) || isComputed(existingSd))) cannot('Alembic cannot add or remove a Computed construct on an existing column');
  if (dialect === 'postgres') {
    const out: string[] = [];
    if (type !== undefined && type.t !== 'none') {
      const using = p.get('postgresql_using');
      if (using !== undefined && using.t !== 'none' && using.t !== 'str') cannot('postgresql_using is not a static string');
      out.push(`ALTER TABLE ${t} ALTER COLUMN ${column} TYPE ${typeSql(type, dialect)}${using?.t === 'str' ? ` USING ${using.v}` : ''}`);
    } else if (p.get('postgresql_using') !== undefined) cannot('postgresql_using must be used with the type_ parameter');
    if (nullable?.t === 'bool') out.push(`ALTER TABLE ${t} ALTER COLUMN ${column} ${nullable.v ? 'DROP NOT NULL' : 'SET NOT NULL'}`);
    if (given('server_default') && sd) {
      if (isIdentity(sd) || (sd.t === 'none' && isIdentity(existingSd))) {
        if (sd.t === 'none') out.push(`ALTER TABLE ${t} ALTER COLUMN ${column} DROP IDENTITY`);
        else if (existingSd === undefined || existingSd.t === 'none') out.push(`ALTER TABLE ${t} ALTER COLUMN ${column} ADD ${identitySql(sd as Value & { t: 'call' })}`);
        else cannot('changing identity options is not rendered');
      } else {
        const d = serverDefaultSql(sd, dialect);
        out.push(`ALTER TABLE ${t} ALTER COLUMN ${column} ${d === null ? 'DROP DEFAULT' : `SET DEFAULT ${d}`}`);
      }
    }
    if (given('comment') && comment) {
      if (comment.t !== 'str' && comment.t !== 'none') cannot('the comment is not a static string');
      out.push(`COMMENT ON COLUMN ${t}.${column} IS ${comment.t === 'str' ? literal(comment.v, dialect) : 'NULL'}`);
    }
    if (newName?.t === 'str') out.push(`ALTER TABLE ${t} RENAME ${column} TO ${ident(newName.v, dialect)}`);
    return out;
  }
  // MySQL: one MODIFY/CHANGE carrying the whole column definition from the existing_* arguments.
  if (given('server_default') && (isIdentity(sd) || isIdentity(existingSd))) cannot('Alembic cannot change an identity construct on MySQL');
  const existingType = p.get('existing_type');
  const effectiveType = type !== undefined && type.t !== 'none' ? type : existingType !== undefined && existingType.t !== 'none' ? existingType : null;
  const typeCls = effectiveType && (effectiveType.t === 'call' || effectiveType.t === 'ref') ? lastSegment(effectiveType.path).toUpperCase() : '';
  // Alembic uses CHANGE for any DateTime-affinity column unless server_default=None is passed (MySQLImpl._is_mysql_allowed_functional_default).
  const functionalDefault = (typeCls === 'DATETIME' || typeCls === 'TIMESTAMP') && !(sd !== undefined && sd.t === 'none');
  const wantsFull = newName?.t === 'str' || functionalDefault || (nullable !== undefined && nullable.t !== 'none') || (type !== undefined && type.t !== 'none') || (p.get('autoincrement') !== undefined && p.get('autoincrement')!.t !== 'none') || given('comment');
  if (!wantsFull) {
    if (!given('server_default') || !sd) return [];
    const d = serverDefaultSql(sd, dialect);
    return [`ALTER TABLE ${t} ALTER COLUMN ${column} ${d === null ? 'DROP DEFAULT' : `SET DEFAULT ${d}`}`];
  }
  if (!effectiveType) cannot('MySQL MODIFY needs the column type: pass existing_type');
  const existingNullable = p.get('existing_nullable');
  const isNullable = nullable?.t === 'bool' ? nullable.v : existingNullable?.t === 'bool' ? existingNullable.v : true;
  const defaultValue = given('server_default') ? sd! : existingSd;
  const autoincrement = p.get('autoincrement') ?? p.get('existing_autoincrement');
  const commentValue = given('comment') ? comment : p.get('existing_comment');
  let spec = `${typeSql(effectiveType, dialect)} ${isNullable ? 'NULL' : 'NOT NULL'}`;
  if (autoincrement?.t === 'bool' && autoincrement.v) spec += ' AUTO_INCREMENT';
  if (defaultValue !== undefined && defaultValue.t !== 'none' && !(defaultValue.t === 'bool' && !defaultValue.v)) {
    const d = serverDefaultSql(defaultValue, dialect);
    if (d !== null) spec += ` DEFAULT ${d}`;
  }
  if (commentValue?.t === 'str' && commentValue.v) spec += ` COMMENT ${literal(commentValue.v, dialect)}`;
  if (newName?.t === 'str' || functionalDefault) return [`ALTER TABLE ${t} CHANGE ${column} ${ident(newName?.t === 'str' ? newName.v : columnValue.v, dialect)} ${spec}`];
  return [`ALTER TABLE ${t} MODIFY ${column} ${spec}`];
}

export function renderCreateIndex(table: string, p: CallParams, dialect: Dialect): string[] {
  return [createIndexSql({ name: p.get('index_name'), table, elements: indexElements(p.get('columns'), dialect), unique: flagParam(p, 'unique'), kw: (k) => p.get(k), ifNotExists: flagParam(p, 'if_not_exists') }, dialect)];
}

export function renderDropIndex(table: string | null, p: CallParams, dialect: Dialect): string[] {
  const name = p.get('index_name');
  if (name?.t !== 'str') cannot('the index name is not a static string');
  const schema = p.get('schema');
  const qualified = schema?.t === 'str' ? `${schema.v}.${name.v}` : name.v;
  if (dialect === 'postgres') {
    return [`DROP INDEX ${flagParam(p, 'postgresql_concurrently') ? 'CONCURRENTLY ' : ''}${flagParam(p, 'if_exists') ? 'IF EXISTS ' : ''}${tableRef(qualified, dialect)}`];
  }
  if (!table) cannot('MySQL DROP INDEX needs the table: pass table_name');
  return [`DROP INDEX ${flagParam(p, 'if_exists') ? 'IF EXISTS ' : ''}${ident(name.v, dialect)} ON ${tableRef(table, dialect)}`];
}

function constraintPrefix(p: CallParams, param: string, dialect: Dialect): string {
  const v = p.get(param);
  if (v === undefined || v.t === 'none') return '';
  if (v.t !== 'str') cannot('the constraint name is not a static string');
  return `CONSTRAINT ${ident(v.v, dialect)} `;
}

export function renderCreateForeignKey(table: string, referent: string, p: CallParams, dialect: Dialect): string[] {
  const local = names(p.get('local_cols'), 'the local columns');
  const remote = names(p.get('remote_cols'), 'the remote columns');
  const kw = new Map<string, Value>();
  for (const key of ['ondelete', 'onupdate', 'deferrable', 'initially', 'match']) {
    const v = p.get(key);
    if (v !== undefined) kw.set(key, v);
  }
  const fake: Value & { t: 'call' } = { t: 'call', path: 'ForeignKeyConstraint', args: [], kwargs: kw, node: null as never, argNodes: [], kwargNodes: new Map() };
  const notValid = dialect === 'postgres' && flagParam(p, 'postgresql_not_valid') ? ' NOT VALID' : '';
  return [`ALTER TABLE ${tableRef(table, dialect)} ADD ${constraintPrefix(p, 'constraint_name', dialect)}${foreignKeyBody(local, referent, remote, fake, dialect)}${notValid}`];
}

export function renderCreateCheck(table: string, p: CallParams, dialect: Dialect): string[] {
  const notValid = dialect === 'postgres' && flagParam(p, 'postgresql_not_valid') ? ' NOT VALID' : '';
  return [`ALTER TABLE ${tableRef(table, dialect)} ADD ${constraintPrefix(p, 'constraint_name', dialect)}CHECK (${condition(p.get('condition'), dialect, 'the CHECK condition')})${notValid}`];
}

export function renderCreateKey(table: string, p: CallParams, dialect: Dialect, kind: 'UNIQUE' | 'PRIMARY KEY'): string[] {
  const cols = names(p.get('columns'), 'the columns').map((c) => ident(c, dialect)).join(', ');
  const kw = new Map<string, Value>();
  for (const key of ['deferrable', 'initially']) {
    const v = p.get(key);
    if (v !== undefined) kw.set(key, v);
  }
  const tail = deferrability({ t: 'call', path: 'x', args: [], kwargs: kw, node: null as never, argNodes: [], kwargNodes: new Map() });
  return [`ALTER TABLE ${tableRef(table, dialect)} ADD ${constraintPrefix(p, 'constraint_name', dialect)}${kind} (${cols})${tail}`];
}

export function renderDropConstraint(table: string, p: CallParams, dialect: Dialect): string[] {
  const name = p.get('constraint_name');
  if (name?.t !== 'str') cannot('the constraint name is not a static string');
  const t = tableRef(table, dialect);
  const n = ident(name.v, dialect);
  if (dialect === 'postgres') return [`ALTER TABLE ${t} DROP CONSTRAINT ${flagParam(p, 'if_exists') ? 'IF EXISTS ' : ''}${n}${flagParam(p, 'cascade') ? ' CASCADE' : ''}`];
  const type = p.get('type_');
  const kind = type?.t === 'str' ? type.v : null;
  switch (kind) {
    case 'foreignkey':
      return [`ALTER TABLE ${t} DROP FOREIGN KEY ${n}`];
    case 'primary':
      return [`ALTER TABLE ${t} DROP PRIMARY KEY `.trimEnd()];
    case 'unique':
      return [`ALTER TABLE ${t} DROP INDEX ${n}`];
    case 'check':
      return [`ALTER TABLE ${t} DROP CHECK ${n}`];
    default:
      return cannot("No generic 'DROP CONSTRAINT' in MySQL - Alembic needs type_ ('foreignkey', 'primary', 'unique' or 'check')");
  }
}

export function renderTableComment(table: string, comment: Value | undefined, dialect: Dialect): string[] {
  if (comment !== undefined && comment.t !== 'str' && comment.t !== 'none') cannot('the comment is not a static string');
  const text = comment?.t === 'str' ? comment.v : null;
  if (dialect === 'postgres') return [`COMMENT ON TABLE ${tableRef(table, dialect)} IS ${text === null ? 'NULL' : literal(text, dialect)}`];
  return [`ALTER TABLE ${tableRef(table, dialect)} COMMENT ${literal(text ?? '', dialect)}`];
}

export function renderSimple(kind: 'dropTable' | 'renameTable' | 'dropColumn', table: string, p: CallParams, dialect: Dialect, extra: string | null): string[] {
  const t = tableRef(table, dialect);
  switch (kind) {
    case 'dropTable':
      return [`DROP TABLE ${flagParam(p, 'if_exists') ? 'IF EXISTS ' : ''}${t}`];
    case 'renameTable': {
      // PostgreSQL's rename names the new table without its schema; the base implementation keeps it.
      const target = dialect === 'postgres' ? ident(bareTable(extra!), dialect) : tableRef(extra!, dialect);
      return [`ALTER TABLE ${t} RENAME TO ${target}`];
    }
    case 'dropColumn':
      return [`ALTER TABLE ${t} DROP COLUMN ${flagParam(p, 'if_exists') ? 'IF EXISTS ' : ''}${ident(extra!, dialect)}`];
  }
}

/** `sa.Enum(...).create(bind)` / `postgresql.ENUM(...).create(bind)` and `.drop(bind)`. */
export function renderEnumDdl(enumValue: Value & { t: 'call' }, action: 'create' | 'drop', dialect: Dialect): string[] {
  if (dialect !== 'postgres') cannot('MySQL enums are column types, not objects');
  const name = enumName(enumValue);
  if (!name) cannot('the enum has no name');
  const schema = strArg(enumValue, 'schema');
  const qualified = `${schema ? `${ident(schema, dialect)}.` : ''}${ident(name, dialect)}`;
  if (action === 'drop') return [`DROP TYPE ${qualified}`];
  return [`CREATE TYPE ${qualified} AS ENUM (${enumMembers(enumValue).map((m) => literal(m, dialect)).join(', ')})`];
}

