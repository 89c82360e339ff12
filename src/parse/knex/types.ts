import type { DefaultExpr, Dialect, SqlType } from '../../ir.js';
import { isVolatileSqlText } from '../../schema/volatility.js';

/**
 * Knex column types mapped to the SQL types Knex's own PostgreSQL and MySQL column compilers emit
 * (knex 3.x `pg-columncompiler.js` / `mysql-columncompiler.js`), normalised the way the SQL front
 * ends name types, so type rules see the same thing whether a column came from SQL or Knex.
 */

/** A constant argument value as resolved statically from the migration source. */
export type ConstValue = string | number | boolean | null | undefined | ConstValue[] | { [key: string]: ConstValue };

export interface KnexColumnType {
  type: SqlType | null;
  /** serial / bigserial / AUTO_INCREMENT. */
  identity: boolean;
  /** increments() adds PRIMARY KEY unless `{ primaryKey: false }` or the table has a `primary()`. */
  wantsPrimaryKey: boolean;
  /** Non-native enum on PostgreSQL: `text check (col in (...))`. */
  checkExpression: string | null;
  /** Native PostgreSQL enum created by this column (`useNative` without `existingType`). */
  createsEnum: { name: string; values: string[] } | null;
  /** Knex's compiler for this dialect has no such type (it renders `undefined`). */
  unsupported: boolean;
}

/** Knex's own aliases (columnbuilder.js `columnAlias`) plus the case variants the table builder exposes. */
const TYPE_ALIASES: Record<string, string> = {
  float: 'floating',
  enum: 'enu',
  boolean: 'bool',
  string: 'varchar',
  bigint: 'biginteger',
  bigInteger: 'biginteger',
  bigIncrements: 'bigincrements',
  dateTime: 'datetime',
  specificType: 'specifictype',
  tinyText: 'tinytext',
  mediumText: 'mediumtext',
  longText: 'longtext',
  tinyBlob: 'tinyblob',
  mediumBlob: 'mediumblob',
  longBlob: 'longblob',
};

/** Every column-type method on Knex's TableBuilder (tablebuilder.js `columnTypes`). */
export const KNEX_COLUMN_METHODS: ReadonlySet<string> = new Set([
  'tinyint', 'smallint', 'mediumint', 'int', 'bigint', 'decimal', 'float', 'double', 'real', 'bit', 'boolean',
  'serial', 'date', 'datetime', 'timestamp', 'time', 'year', 'geometry', 'geography', 'point', 'char', 'varchar',
  'tinytext', 'tinyText', 'text', 'mediumtext', 'mediumText', 'longtext', 'longText', 'binary', 'varbinary',
  'tinyblob', 'tinyBlob', 'mediumblob', 'mediumBlob', 'blob', 'longblob', 'longBlob', 'enum', 'set', 'bool',
  'dateTime', 'increments', 'bigincrements', 'bigIncrements', 'integer', 'biginteger', 'bigInteger', 'string',
  'json', 'jsonb', 'uuid', 'enu', 'specificType',
]);

/** Knex's internal type key for a table-builder method (`string` → `varchar`). */
export function knexTypeKey(method: string): string {
  return (TYPE_ALIASES[method] ?? method).toLowerCase();
}

function sqlType(name: string, args: number[], text: string, array = false): SqlType {
  return { name, args, array, text };
}

function num(value: ConstValue, fallback: number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return fallback;
}

function isRecord(value: ConstValue): value is { [key: string]: ConstValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plain(type: SqlType | null, extra: Partial<KnexColumnType> = {}): KnexColumnType {
  return { type, identity: false, wantsPrimaryKey: false, checkExpression: null, createsEnum: null, unsupported: false, ...extra };
}

const UNSUPPORTED: KnexColumnType = plain(null, { unsupported: true });

/**
 * The column type for `table.<method>(column, ...args)`. `args` excludes the column name.
 */
export function knexColumnType(method: string, args: ConstValue[], dialect: Dialect, column: string): KnexColumnType {
  const key = knexTypeKey(method);
  return dialect === 'mysql' ? mysqlColumnType(key, args) : postgresColumnType(key, args, column);
}

function postgresColumnType(key: string, args: ConstValue[], column: string): KnexColumnType {
  const [a0, a1] = args;
  switch (key) {
    case 'increments':
    case 'bigincrements': {
      const primaryKey = !(isRecord(a0) && a0.primaryKey === false);
      const big = key === 'bigincrements';
      return plain(sqlType(big ? 'int8' : 'int4', [], big ? 'bigserial' : 'serial'), { identity: true, wantsPrimaryKey: primaryKey });
    }
    case 'integer':
    case 'mediumint':
      return plain(sqlType('int4', [], 'integer'));
    case 'tinyint':
    case 'smallint':
      return plain(sqlType('int2', [], 'smallint'));
    case 'biginteger':
      return plain(sqlType('int8', [], 'bigint'));
    case 'varchar': {
      const len = num(a0, 255);
      return plain(sqlType('varchar', [len], `varchar(${len})`));
    }
    case 'text':
      return plain(sqlType('text', [], 'text'));
    case 'bool':
      return plain(sqlType('bool', [], 'boolean'));
    case 'uuid':
      return plain(sqlType('uuid', [], 'uuid'), { wantsPrimaryKey: isRecord(a0) && a0.primaryKey === true });
    case 'json':
      return plain(sqlType(a0 === true ? 'jsonb' : 'json', [], a0 === true ? 'jsonb' : 'json'));
    case 'jsonb':
      return plain(sqlType('jsonb', [], 'jsonb'));
    case 'timestamp':
    case 'datetime': {
      // pg-columncompiler.js datetime(): useTz defaults to true; a bare `true` first argument means withoutTz.
      let useTz = true;
      let precision: ConstValue = a1;
      if (isRecord(a0)) {
        if (typeof a0.useTz === 'boolean') useTz = a0.useTz;
        precision = a0.precision;
      } else if (a0 === true) useTz = false;
      const name = useTz ? 'timestamptz' : 'timestamp';
      const p = typeof precision === 'number' ? [precision] : [];
      return plain(sqlType(name, p, `${name}${p.length ? `(${p[0]})` : ''}`));
    }
    case 'time':
      return plain(sqlType('time', [], 'time'));
    case 'date':
      return plain(sqlType('date', [], 'date'));
    case 'decimal': {
      if (a0 === null) return plain(sqlType('numeric', [], 'decimal'));
      const p = num(a0, 8);
      const s = num(a1, 2);
      return plain(sqlType('numeric', [p, s], `decimal(${p}, ${s})`));
    }
    case 'floating':
      return plain(sqlType('float4', [], 'real'));
    case 'double':
      return plain(sqlType('float8', [], 'double precision'));
    case 'binary':
      return plain(sqlType('bytea', [], 'bytea'));
    case 'geometry':
    case 'geography':
    case 'point':
      return plain(sqlType(key, [], key));
    case 'enu': {
      const values = Array.isArray(a0) ? a0.map((v) => String(v)) : [];
      const options = isRecord(a1) ? a1 : {};
      if (options.useNative === true && typeof options.enumName === 'string') {
        const schema = typeof options.schemaName === 'string' ? options.schemaName : null;
        const name = schema && schema !== 'public' ? `${schema}.${options.enumName}` : options.enumName;
        return plain(sqlType(name, [], name), {
          createsEnum: options.existingType === true ? null : { name, values },
        });
      }
      const list = values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
      return plain(sqlType('text', [], 'text'), { checkExpression: `${column} in (${list})` });
    }
    case 'specifictype': {
      if (typeof a0 !== 'string') return plain(null);
      // specificType('n', 'bigserial') is still a serial: the column gets a sequence default.
      return plain(normalisePostgresType(a0), { identity: /^\s*(small|big)?serial[248]?\s*$/i.test(a0) });
    }
    default:
      // char, int, real, serial, year, blob, set, the text/blob size variants: Knex's pg client has
      // no mapping and renders the literal word `undefined` as the type.
      return UNSUPPORTED;
  }
}

function mysqlColumnType(key: string, args: ConstValue[]): KnexColumnType {
  const [a0, a1] = args;
  switch (key) {
    case 'increments':
    case 'bigincrements': {
      const primaryKey = !(isRecord(a0) && a0.primaryKey === false);
      const name = key === 'bigincrements' ? 'bigint' : 'int';
      return plain(sqlType(name, [], name), { identity: primaryKey, wantsPrimaryKey: primaryKey });
    }
    case 'integer': {
      const len = typeof a0 === 'number' ? [a0] : [];
      return plain(sqlType('int', len, len.length ? `int(${len[0]})` : 'int'));
    }
    case 'tinyint':
      return plain(sqlType('tinyint', typeof a0 === 'number' ? [a0] : [], typeof a0 === 'number' ? `tinyint(${a0})` : 'tinyint'));
    case 'smallint':
    case 'mediumint':
    case 'biginteger':
      return plain(sqlType(key === 'biginteger' ? 'bigint' : key, [], key === 'biginteger' ? 'bigint' : key));
    case 'varchar': {
      const len = num(a0, 255);
      return plain(sqlType('varchar', [len], `varchar(${len})`));
    }
    case 'text': {
      const name = a0 === 'medium' || a0 === 'mediumtext' ? 'mediumtext' : a0 === 'long' || a0 === 'longtext' ? 'longtext' : 'text';
      return plain(sqlType(name, [], name));
    }
    case 'mediumtext':
    case 'longtext':
    case 'tinytext':
    case 'tinyblob':
    case 'mediumblob':
    case 'longblob':
    case 'blob':
    case 'bit':
    case 'date':
    case 'year':
    case 'geometry':
    case 'geography':
    case 'point':
      return plain(sqlType(key, [], key));
    case 'bool':
      // MySQL stores BOOLEAN as TINYINT(1).
      return plain(sqlType('tinyint', [1], 'boolean'));
    case 'uuid':
      return isRecord(a0) && a0.useBinaryUuid === true ? plain(sqlType('binary', [16], 'binary(16)')) : plain(sqlType('char', [36], 'char(36)'));
    case 'json':
    case 'jsonb':
      return plain(sqlType('json', [], 'json'));
    case 'timestamp':
    case 'datetime':
    case 'time': {
      const precision = isRecord(a0) ? a0.precision : a0;
      const p = typeof precision === 'number' ? [precision] : [];
      return plain(sqlType(key, p, `${key}${p.length ? `(${p[0]})` : ''}`));
    }
    case 'decimal': {
      const p = num(a0, 8);
      const s = num(a1, 2);
      return plain(sqlType('decimal', [p, s], `decimal(${p}, ${s})`));
    }
    case 'floating': {
      const p = num(a0, 8);
      const s = num(a1, 2);
      return plain(sqlType('float', [p, s], `float(${p}, ${s})`));
    }
    case 'double':
      if (!a0) return plain(sqlType('double', [], 'double'));
      return plain(sqlType('double', [num(a0, 8), num(a1, 2)], `double(${num(a0, 8)}, ${num(a1, 2)})`));
    case 'binary':
      return typeof a0 === 'number' ? plain(sqlType('varbinary', [a0], `varbinary(${a0})`)) : plain(sqlType('blob', [], 'blob'));
    case 'enu': {
      const values = Array.isArray(a0) ? a0.map((v) => String(v)) : [];
      return plain(sqlType('enum', [], `enum(${values.map((v) => `'${v}'`).join(', ')})`));
    }
    case 'specifictype':
      return plain(typeof a0 === 'string' ? normaliseMysqlType(a0) : null);
    default:
      return UNSUPPORTED;
  }
}

const PG_TYPE_ALIASES: Record<string, string> = {
  integer: 'int4', int: 'int4', int4: 'int4', serial: 'int4', serial4: 'int4',
  bigint: 'int8', int8: 'int8', bigserial: 'int8', serial8: 'int8',
  smallint: 'int2', int2: 'int2', smallserial: 'int2', serial2: 'int2',
  'character varying': 'varchar', varchar: 'varchar', character: 'bpchar', char: 'bpchar', bpchar: 'bpchar',
  boolean: 'bool', bool: 'bool', decimal: 'numeric', numeric: 'numeric',
  real: 'float4', float4: 'float4', 'double precision': 'float8', float8: 'float8', float: 'float8',
  'timestamp with time zone': 'timestamptz', timestamptz: 'timestamptz',
  'timestamp without time zone': 'timestamp', timestamp: 'timestamp',
  'time with time zone': 'timetz', timetz: 'timetz', 'time without time zone': 'time',
};

/** `specificType('tags', 'varchar(40)[]')` → the canonical PostgreSQL type. */
export function normalisePostgresType(text: string): SqlType {
  const trimmed = text.trim();
  let rest = trimmed.toLowerCase().replace(/\s+/g, ' ');
  let array = false;
  while (rest.endsWith('[]')) {
    array = true;
    rest = rest.slice(0, -2).trim();
  }
  if (/ array$/.test(rest)) {
    array = true;
    rest = rest.slice(0, -6);
  }
  const m = /^([a-z_][a-z0-9_ ."]*?)\s*(?:\(([^)]*)\))?(\s+with(?:out)? time zone)?$/.exec(rest);
  if (!m) return sqlType(rest, [], trimmed, array);
  const base = `${m[1]!.trim()}${m[3] ?? ''}`;
  const args = (m[2] ?? '').split(',').map((a) => a.trim()).filter((a) => /^\d+$/.test(a)).map(Number);
  const name = PG_TYPE_ALIASES[base] ?? base.replace(/"/g, '');
  return sqlType(name, args, trimmed, array);
}

function normaliseMysqlType(text: string): SqlType {
  const trimmed = text.trim();
  // Whitespace runs shortened to one space first (as for PostgreSQL above): the name's spaces, `\s*`
  // and `\s+unsigned` could split a long run every way (cubic).
  const m = /^([a-zA-Z_][a-zA-Z0-9_ ]*?)\s*(?:\(([^)]*)\))?(\s+unsigned)?$/i.exec(trimmed.replace(/\s+/g, ' '));
  if (!m) return sqlType(trimmed.toLowerCase(), [], trimmed);
  const base = m[1]!.toLowerCase();
  const args = (m[2] ?? '').split(',').map((a) => a.trim()).filter((a) => /^\d+$/.test(a)).map(Number);
  const name = base === 'integer' ? 'int' : base === 'boolean' || base === 'bool' ? 'tinyint' : base;
  return sqlType(name, base === 'boolean' || base === 'bool' ? [1] : args, trimmed);
}

/** A `defaultTo(...)` argument as Knex renders it (formatterUtils.js `formatDefault`). */
export type DefaultArgument =
  | { kind: 'const'; value: ConstValue }
  | { kind: 'raw'; sql: string }
  | { kind: 'now'; precision: number | null };

/** Renders a default the way Knex does; `null` when Knex emits no DEFAULT clause (MySQL with null/undefined). */
export function knexDefault(arg: DefaultArgument, typeKey: string, dialect: Dialect): DefaultExpr | null {
  if (arg.kind === 'raw') return { sql: arg.sql, volatile: isVolatileSqlText(arg.sql) };
  if (arg.kind === 'now') return { sql: arg.precision === null ? 'CURRENT_TIMESTAMP' : `CURRENT_TIMESTAMP(${arg.precision})`, volatile: false };
  const value = arg.value;
  if (value === undefined) return null;
  if (value === null) return dialect === 'mysql' ? null : { sql: 'null', volatile: false };
  if (typeKey === 'bool') return { sql: `'${value && value !== 'false' ? 1 : 0}'`, volatile: false };
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const escaped = dialect === 'mysql' ? text.replace(/\\/g, '\\\\').replace(/'/g, "\\'") : text.replace(/'/g, "''");
  return { sql: `'${escaped}'`, volatile: false };
}
