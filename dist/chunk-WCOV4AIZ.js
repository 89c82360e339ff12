#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  BUDGET_EXCEEDED,
  EVALUATION_LIMITS,
  UncheckedReports
} from "./chunk-VBE2UYLN.js";
import {
  NONE,
  Scope,
  decodeEscapes,
  discardPythonParser,
  isTouchingDb,
  lastSegment,
  loadPythonParser,
  parseModule,
  parseStringPrefix,
  pyEquals,
  pyStr,
  sqlQuote,
  str,
  truthy,
  unknown
} from "./chunk-LD2TPQNV.js";
import "./chunk-RXMKKHWX.js";
import {
  lowerAtCall,
  lowerPendingSql
} from "./chunk-ZXL7UVA4.js";
import "./chunk-CCOKVC7O.js";
import "./chunk-TN672BLV.js";
import {
  isAlembicFile
} from "./chunk-HYA5O7OF.js";
import {
  orderAlembicMigrations
} from "./chunk-IZHX7HWS.js";
import {
  isVolatileSqlText,
  qualifiedName
} from "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/parse/alembic/types.ts
var POSTGRES_NAMES = {
  INTEGER: "int4",
  INT: "int4",
  BIGINTEGER: "int8",
  BIGINT: "int8",
  SMALLINTEGER: "int2",
  SMALLINT: "int2",
  STRING: "varchar",
  VARCHAR: "varchar",
  UNICODE: "varchar",
  NVARCHAR: "varchar",
  AUTOSTRING: "varchar",
  CHAR: "bpchar",
  NCHAR: "bpchar",
  TEXT: "text",
  UNICODETEXT: "text",
  CLOB: "text",
  CITEXT: "citext",
  BOOLEAN: "bool",
  DATE: "date",
  INTERVAL: "interval",
  NUMERIC: "numeric",
  DECIMAL: "numeric",
  FLOAT: "float8",
  DOUBLE: "float8",
  DOUBLE_PRECISION: "float8",
  REAL: "float4",
  JSON: "json",
  JSONB: "jsonb",
  UUID: "uuid",
  UUIDTYPE: "uuid",
  GUID: "uuid",
  LARGEBINARY: "bytea",
  BYTEA: "bytea",
  BLOB: "bytea",
  BINARY: "bytea",
  VARBINARY: "bytea",
  PICKLETYPE: "bytea",
  INET: "inet",
  CIDR: "cidr",
  MACADDR: "macaddr",
  TSVECTOR: "tsvector",
  HSTORE: "hstore",
  MONEY: "money",
  OID: "oid"
};
var MYSQL_INTEGERS = /* @__PURE__ */ new Set(["tinyint", "smallint", "mediumint", "int", "bigint"]);
var MYSQL_NAMES = {
  INTEGER: "int",
  INT: "int",
  BIGINTEGER: "bigint",
  BIGINT: "bigint",
  SMALLINTEGER: "smallint",
  SMALLINT: "smallint",
  TINYINT: "tinyint",
  MEDIUMINT: "mediumint",
  STRING: "varchar",
  VARCHAR: "varchar",
  UNICODE: "varchar",
  NVARCHAR: "varchar",
  AUTOSTRING: "varchar",
  CHAR: "char",
  NCHAR: "char",
  TEXT: "text",
  UNICODETEXT: "text",
  CLOB: "text",
  MEDIUMTEXT: "mediumtext",
  LONGTEXT: "longtext",
  TINYTEXT: "tinytext",
  DATE: "date",
  TIME: "time",
  DATETIME: "datetime",
  TIMESTAMP: "timestamp",
  NUMERIC: "decimal",
  DECIMAL: "decimal",
  FLOAT: "float",
  DOUBLE: "double",
  DOUBLE_PRECISION: "double",
  REAL: "double",
  JSON: "json",
  LARGEBINARY: "blob",
  BLOB: "blob",
  BINARY: "binary",
  VARBINARY: "varbinary",
  PICKLETYPE: "blob",
  MEDIUMBLOB: "mediumblob",
  LONGBLOB: "longblob",
  ENUM: "enum",
  SET: "set",
  YEAR: "year",
  BIT: "bit"
};
function numberArgs(value, keywords) {
  const out = [];
  for (const arg of value.args) {
    if (arg.t === "num") out.push(arg.v);
    else break;
  }
  for (let i = out.length; i < keywords.length; i++) {
    const kw = value.kwargs.get(keywords[i]);
    if (kw?.t !== "num") break;
    out.push(kw.v);
  }
  return out;
}
function flag(value, name) {
  if (value.t !== "call") return null;
  const kw = value.kwargs.get(name);
  return kw?.t === "bool" ? kw.v : null;
}
function enumValues(value) {
  const first = value.args[0];
  if (first?.t === "pyenum") {
    if (!value.kwargs.has("values_callable")) return first.names;
    return first.values.every((v) => v.t === "str") ? first.values.map((v) => v.v) : null;
  }
  const values = [];
  for (const arg of value.args) {
    if (arg.t !== "str") return null;
    values.push(arg.v);
  }
  return values;
}
function mapSqlAlchemyType(value, dialect, text) {
  if (value.t !== "ref" && value.t !== "call") return null;
  const className = lastSegment(value.path);
  const upper = className.toUpperCase();
  const call = value.t === "call" ? value : null;
  const plain = (name2, args = []) => ({ type: { name: name2, args, array: false, text }, enumDef: null });
  if (upper === "ARRAY" && call) {
    const element = call.args[0] ?? call.kwargs.get("item_type");
    const inner = element ? mapSqlAlchemyType(element, dialect, text) : null;
    const name2 = inner?.type.name ?? "unknown";
    return { type: { name: name2, args: inner?.type.args ?? [], array: true, text }, enumDef: null };
  }
  if (upper === "ENUM") return mapEnum(value, dialect, text);
  if (dialect === "mysql") {
    if (upper === "BOOLEAN") return plain("tinyint", [1]);
    if (upper === "UUID" || upper === "UUIDTYPE" || upper === "GUID") return plain("char", [32]);
    if (upper === "DATETIME" || upper === "TIMESTAMP" || upper === "TIME") return plain(MYSQL_NAMES[upper], call ? numberArgs(call, ["fsp"]) : []);
    const base = MYSQL_NAMES[upper] ?? className.toLowerCase();
    let args = call ? numberArgs(call, base === "decimal" ? ["precision", "scale"] : base === "tinyint" ? ["display_width"] : ["length"]) : [];
    if (MYSQL_INTEGERS.has(base) && !(base === "tinyint" && args.length === 1 && args[0] === 1)) args = [];
    const name2 = MYSQL_INTEGERS.has(base) && flag(value, "unsigned") ? `${base} unsigned` : base;
    const mapped = plain(name2, args);
    const charset = call?.kwargs.get("charset");
    const collation = call?.kwargs.get("collation");
    if (charset?.t === "str") mapped.type.charset = charset.v.toLowerCase();
    else if (collation?.t === "str") mapped.type.charset = collation.v.toLowerCase().split("_")[0] ?? null;
    return mapped;
  }
  if (upper === "DATETIME" || upper === "TIMESTAMP" || upper === "TIME") {
    const first = call?.args[0];
    const withZone = flag(value, "timezone") ?? (first?.t === "bool" ? first.v : false);
    const base = upper === "TIME" ? "time" : "timestamp";
    return plain(withZone ? `${base}tz` : base, call ? numberArgs({ ...call, args: [] }, ["precision"]) : []);
  }
  if (upper === "FLOAT" && call) {
    const precision = numberArgs(call, ["precision"])[0];
    return plain(precision !== void 0 && precision <= 24 ? "float4" : "float8");
  }
  const name = POSTGRES_NAMES[upper] ?? className.toLowerCase();
  const keywords = name === "numeric" ? ["precision", "scale"] : name === "varchar" || name === "bpchar" ? ["length"] : [];
  return plain(name, call && keywords.length > 0 ? numberArgs(call, keywords) : []);
}
function mapEnum(value, dialect, text) {
  const call = value.t === "call" ? value : null;
  const values = call ? enumValues(call) : null;
  const nameValue = call?.kwargs.get("name");
  const enumClass = call?.args[0]?.t === "pyenum" ? call.args[0] : null;
  const typeName = nameValue?.t === "str" ? nameValue.v : enumClass ? enumClass.className.toLowerCase() : null;
  if (call && flag(call, "native_enum") === false) {
    const lengthArg = call.kwargs.get("length");
    const length = lengthArg?.t === "num" ? lengthArg.v : Math.max(0, ...(values ?? []).map((v) => v.length));
    return { type: { name: "varchar", args: [length], array: false, text }, enumDef: null };
  }
  if (dialect === "mysql") return { type: { name: "enum", args: [], array: false, text }, enumDef: null };
  const name = typeName ?? "enum";
  const createType = flag(value, "create_type") !== false;
  return { type: { name, args: [], array: false, text }, enumDef: typeName && values && values.length > 0 ? { name: typeName, values, createType } : null };
}
function renderSqlArgument(value) {
  if (value.t === "str") return sqlQuote(value.v);
  if (value.t === "num") return String(value.v);
  if (value.t === "bool") return value.v ? "true" : "false";
  if (value.t === "none") return "NULL";
  return renderSqlExpression(value);
}
function renderSqlExpression(value) {
  if (value.t !== "call") return null;
  const segments = value.path.split(".");
  const name = segments[segments.length - 1];
  if (name === "text" || name === "literal_column") {
    const first = value.args[0];
    return first?.t === "str" ? first.v : null;
  }
  if (name === "true" || name === "false" || name === "null") return name;
  if (name === "column") return value.args[0]?.t === "str" ? value.args[0].v : null;
  if (name === "literal") return value.args[0] ? renderSqlArgument(value.args[0]) : null;
  const funcIndex = segments.indexOf("func");
  if (funcIndex >= 0 && funcIndex === segments.length - 2) {
    const args = value.args.map(renderSqlArgument);
    if (args.some((a) => a === null)) return null;
    return `${name}(${args.join(", ")})`;
  }
  return null;
}
function serverDefault(value) {
  if (value.t === "none") return null;
  if (value.t === "str") return { sql: sqlQuote(value.v), volatile: false };
  if (value.t === "num" || value.t === "bool") return { sql: pyStr(value).toLowerCase(), volatile: false };
  const sql = renderSqlExpression(value);
  if (sql === null) return void 0;
  return { sql, volatile: isVolatileSqlText(sql) };
}

// src/parse/alembic/ddl.ts
var CannotRender = class extends Error {
};
function cannot(reason) {
  throw new CannotRender(reason);
}
var PG_RESERVED = new Set(
  "all analyse analyze and any array as asc asymmetric authorization between binary both case cast check collate collation column concurrently constraint create cross current_catalog current_date current_role current_schema current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references returning right select session_user similar some symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when where window with".split(" ")
);
var MYSQL_RESERVED = new Set(
  "accessible add all alter analyze and as asc asensitive before between bigint binary blob both by call cascade case change char character check collate column condition constraint continue convert create cross cube cume_dist current_date current_time current_timestamp current_user cursor database databases day_hour day_microsecond day_minute day_second dec decimal declare default delayed delete dense_rank desc describe deterministic distinct distinctrow div double drop dual each else elseif empty enclosed escaped except exists exit explain false fetch first_value float float4 float8 for force foreign from fulltext function generated get grant group grouping groups having high_priority hour_microsecond hour_minute hour_second if ignore in index infile inner inout insensitive insert int int1 int2 int3 int4 int8 integer intersect interval into is iterate join json_table key keys kill lag last_value lateral lead leading leave left like limit linear lines load localtime localtimestamp lock long longblob longtext loop low_priority master_bind match maxvalue mediumblob mediumint mediumtext middleint minute_microsecond minute_second mod modifies natural not no_write_to_binlog nth_value ntile null numeric of on optimize optimizer_costs option optionally or order out outer outfile over partition percent_rank precision primary procedure purge range rank read reads read_write real recursive references regexp release rename repeat replace require resignal restrict return revoke right rlike row row_number rows schema schemas second_microsecond select sensitive separator set show signal smallint spatial specific sql sqlexception sqlstate sqlwarning sql_big_result sql_calc_found_rows sql_small_result ssl starting stored straight_join system table terminated then tinyblob tinyint tinytext to trailing trigger true undo union unique unlock unsigned update usage use using utc_date utc_time utc_timestamp values varbinary varchar varcharacter varying virtual when where while window with write xor year_month zerofill".split(" ")
);
function ident(name, dialect) {
  const lower = name.toLowerCase();
  const reserved = dialect === "postgres" ? PG_RESERVED : MYSQL_RESERVED;
  const plain = /^[a-z_][a-z0-9_$]*$/.test(name) && !/^[$0-9]/.test(name);
  if (plain && lower === name && !reserved.has(lower)) return name;
  return dialect === "mysql" ? `\`${name.replace(/`/g, "``")}\`` : `"${name.replace(/"/g, '""')}"`;
}
function tableRef(qualified, dialect) {
  const i = qualified.indexOf(".");
  return i > 0 ? `${ident(qualified.slice(0, i), dialect)}.${ident(qualified.slice(i + 1), dialect)}` : ident(qualified, dialect);
}
function literal(value, dialect) {
  const escaped = value.replace(/'/g, "''");
  return `'${dialect === "mysql" ? escaped.replace(/\\/g, "\\\\") : escaped}'`;
}
var ANSI_FUNCTIONS = /* @__PURE__ */ new Set(["current_date", "current_time", "current_timestamp", "current_user", "localtime", "localtimestamp", "session_user", "user"]);
function isFunc(value) {
  if (value.t !== "call") return false;
  const segments = value.path.split(".");
  return segments.length >= 2 && segments[segments.length - 2] === "func";
}
function expression(value, dialect) {
  switch (value.t) {
    case "str":
      return literal(value.v, dialect);
    case "num":
      return String(value.v);
    case "bool":
      return dialect === "postgres" ? value.v ? "true" : "false" : value.v ? "1" : "0";
    case "none":
      return "NULL";
    case "call":
      break;
    default:
      cannot(`the expression is not static SQL (${value.t === "unknown" ? value.why : `a ${value.t} value`})`);
  }
  const name = lastSegment(value.path);
  const first = value.args[0];
  if (isFunc(value)) {
    const fn = name.toLowerCase();
    if (ANSI_FUNCTIONS.has(fn) && value.args.length === 0) return fn.toUpperCase();
    if (fn === "count" && value.args.length === 0) return "count(*)";
    if (fn === "random" && dialect === "mysql") return `rand(${value.args.map((a) => expression(a, dialect)).join(", ")})`;
    return `${name}(${value.args.map((a) => expression(a, dialect)).join(", ")})`;
  }
  switch (name) {
    case "__op__":
      return operation(value, dialect);
    case "and_":
    case "or_":
      return value.args.map((a) => grouped(a, name === "and_" ? 2 : 1, dialect)).join(name === "and_" ? " AND " : " OR ");
    case "text":
    case "literal_column":
      if (first?.t !== "str") cannot(`\`${name}(...)\` without a static string`);
      return first.v;
    case "column":
      if (first?.t !== "str") cannot("`column(...)` without a static name");
      return ident(first.v, dialect);
    case "true":
      return dialect === "postgres" ? "true" : "1";
    case "false":
      return dialect === "postgres" ? "false" : "0";
    case "null":
      return "NULL";
    case "literal":
      if (!first) cannot("`literal()` without a value");
      return expression(first, dialect);
    case "cast": {
      const type = value.args[1];
      if (!first || !type) cannot("`cast(...)` needs an expression and a type");
      return `CAST(${expression(first, dialect)} AS ${typeSql(type, dialect)})`;
    }
    default:
      return cannot(`\`${name}(...)\` is not an SQL expression this renderer knows`);
  }
}
var OPERATORS = {
  "|": { sql: "OR", precedence: 1 },
  "&": { sql: "AND", precedence: 2 },
  "==": { sql: "=", precedence: 5 },
  "!=": { sql: "!=", precedence: 5 },
  "<": { sql: "<", precedence: 5 },
  "<=": { sql: "<=", precedence: 5 },
  ">": { sql: ">", precedence: 5 },
  ">=": { sql: ">=", precedence: 5 },
  is: { sql: "IS", precedence: 5 },
  "is not": { sql: "IS NOT", precedence: 5 },
  in: { sql: "IN", precedence: 5 },
  "not in": { sql: "NOT IN", precedence: 5 },
  like: { sql: "LIKE", precedence: 5 },
  ilike: { sql: "ILIKE", precedence: 5 },
  "+": { sql: "+", precedence: 7 },
  "-": { sql: "-", precedence: 7 },
  "*": { sql: "*", precedence: 8 },
  "/": { sql: "/", precedence: 8 },
  "%": { sql: "%", precedence: 8 }
};
function precedenceOf(value) {
  if (value.t !== "call") return 99;
  const name = lastSegment(value.path);
  if (name === "and_") return 2;
  if (name === "or_") return 1;
  if (name !== "__op__") return 99;
  const op = value.kwargs.get("op");
  return op?.t === "str" ? OPERATORS[op.v]?.precedence ?? 0 : 0;
}
function grouped(value, parent, dialect) {
  const sql = expression(value, dialect);
  return precedenceOf(value) < parent ? `(${sql})` : sql;
}
function operation(value, dialect) {
  const opValue = value.kwargs.get("op");
  const spec = opValue?.t === "str" ? OPERATORS[opValue.v] : void 0;
  const [left, right] = value.args;
  if (!spec || !left || !right) cannot("the SQL operator is not rendered");
  let sql = spec.sql;
  if (right.t === "none" && (sql === "=" || sql === "!=")) sql = sql === "=" ? "IS" : "IS NOT";
  if (sql === "IN" || sql === "NOT IN") {
    const items = right.t === "seq" ? right.items : cannot("the IN list is not static");
    return `${grouped(left, spec.precedence + 1, dialect)} ${sql} (${items.map((i) => expression(i, dialect)).join(", ")})`;
  }
  return `${grouped(left, spec.precedence, dialect)} ${sql} ${grouped(right, spec.precedence + 1, dialect)}`;
}
function condition(value, dialect, what) {
  if (value === void 0 || value.t === "none") cannot(`${what} is missing`);
  if (value.t === "str") return value.v;
  return expression(value, dialect);
}
function serverDefaultSql(value, dialect) {
  if (value.t === "none") return null;
  if (value.t === "str") return literal(value.v, dialect);
  if (value.t === "call" && (isFunc(value) || ["text", "literal_column", "true", "false", "null", "cast"].includes(lastSegment(value.path)))) return expression(value, dialect);
  return cannot(`the server_default is not static SQL (${value.t === "unknown" ? value.why : "SQLAlchemy accepts a string, text() or a SQL function"})`);
}
function numArg(call, index, keyword) {
  const kw = call.kwargs.get(keyword);
  if (kw !== void 0) {
    if (kw.t === "none") return null;
    if (kw.t !== "num") cannot(`\`${keyword}\` of the type is not a static number`);
    return kw.v;
  }
  const pos = call.args[index];
  if (pos === void 0 || pos.t === "none") return null;
  if (pos.t !== "num") cannot(`argument ${index + 1} of the type is not a static number`);
  return pos.v;
}
function boolArg(call, keyword, index = -1) {
  if (!call) return false;
  const v = call.kwargs.get(keyword) ?? (index >= 0 ? call.args[index] : void 0);
  if (v === void 0 || v.t === "none") return false;
  if (v.t === "bool") return v.v;
  return cannot(`\`${keyword}\` of the type is not a static True/False`);
}
function strArg(call, keyword) {
  const v = call?.kwargs.get(keyword);
  if (v === void 0 || v.t === "none") return null;
  if (v.t !== "str") cannot(`\`${keyword}\` of the type is not a static string`);
  return v.v;
}
function enumMembers(call) {
  const first = call.args[0];
  if (first?.t === "pyenum") {
    if (!call.kwargs.has("values_callable")) return first.names;
    if (first.values.every((v) => v.t === "str")) return first.values.map((v) => v.v);
    return cannot("the enum values (values_callable) are not static strings");
  }
  if (first?.t === "seq") return enumMembers({ ...call, args: first.items });
  return call.args.map((a) => a.t === "str" ? a.v : cannot("an enum member is not a static string"));
}
function enumName(call) {
  const name = call.kwargs.get("name");
  if (name?.t === "str") return name.v;
  if (name !== void 0 && name.t !== "none") cannot("the enum name is not a static string");
  const first = call.args[0];
  return first?.t === "pyenum" ? first.className.toLowerCase() : null;
}
function isNativeEnum(call) {
  const native = call.kwargs.get("native_enum");
  return !(native?.t === "bool" && !native.v);
}
function nonNativeEnumLength(call) {
  const length = call.kwargs.get("length");
  if (length?.t === "num") return length.v;
  return Math.max(0, ...enumMembers(call).map((m) => m.length));
}
function mysqlStringExtras(call) {
  const charset = strArg(call, "charset");
  const collation = strArg(call, "collation");
  return `${charset ? ` CHARACTER SET ${charset}` : ""}${collation ? ` COLLATE ${collation}` : ""}`;
}
function mysqlNumericExtras(call) {
  return `${boolArg(call, "unsigned") ? " UNSIGNED" : ""}${boolArg(call, "zerofill") ? " ZEROFILL" : ""}`;
}
function typeSql(value, dialect) {
  if (value.t !== "ref" && value.t !== "call") cannot(`the column type is not static (${value.t === "unknown" ? value.why : `a ${value.t} value`})`);
  const call = value.t === "call" ? value : null;
  const cls = lastSegment(value.path);
  const upper = cls.toUpperCase();
  const fromMysql = value.path.includes("dialects.mysql");
  const fromPg = value.path.includes("dialects.postgresql");
  if (dialect === "postgres" && fromMysql) cannot(`${cls} is a MySQL type`);
  if (dialect === "mysql" && fromPg) cannot(`${cls} is a PostgreSQL type`);
  const length = () => call ? numArg(call, 0, "length") : null;
  const withLength = (name, required = false) => {
    const n = length();
    if (n === null && required) cannot(`${name} requires a length on dialect mysql`);
    return n === null ? name : `${name}(${n})`;
  };
  const pg = dialect === "postgres";
  switch (upper) {
    case "INTEGER":
    case "INT":
      return pg ? "INTEGER" : `${call && numArg(call, 0, "display_width") !== null ? `INTEGER(${numArg(call, 0, "display_width")})` : "INTEGER"}${mysqlNumericExtras(call)}`;
    case "BIGINTEGER":
    case "BIGINT":
      return pg ? "BIGINT" : `${call && numArg(call, 0, "display_width") !== null ? `BIGINT(${numArg(call, 0, "display_width")})` : "BIGINT"}${mysqlNumericExtras(call)}`;
    case "SMALLINTEGER":
    case "SMALLINT":
      return pg ? "SMALLINT" : `${call && numArg(call, 0, "display_width") !== null ? `SMALLINT(${numArg(call, 0, "display_width")})` : "SMALLINT"}${mysqlNumericExtras(call)}`;
    case "TINYINT":
    case "MEDIUMINT":
      if (pg) cannot(`${cls} is a MySQL type`);
      return `${call && numArg(call, 0, "display_width") !== null ? `${upper}(${numArg(call, 0, "display_width")})` : upper}${mysqlNumericExtras(call)}`;
    case "STRING":
    case "VARCHAR":
    case "UNICODE":
    case "NVARCHAR":
      return pg ? withLength("VARCHAR") : `${withLength(upper === "NVARCHAR" ? "NATIONAL VARCHAR" : "VARCHAR", true)}${mysqlStringExtras(call)}`;
    case "CHAR":
    case "NCHAR":
      return pg ? withLength("CHAR") : `${withLength(upper === "NCHAR" ? "NATIONAL CHAR" : "CHAR")}${mysqlStringExtras(call)}`;
    case "TEXT":
    case "UNICODETEXT":
    case "CLOB":
      return pg ? "TEXT" : `${withLength("TEXT")}${mysqlStringExtras(call)}`;
    case "TINYTEXT":
    case "MEDIUMTEXT":
    case "LONGTEXT":
      return `${upper}${mysqlStringExtras(call)}`;
    case "CITEXT":
      return "CITEXT";
    case "BOOLEAN":
      return pg ? "BOOLEAN" : "BOOL";
    case "DATE":
      return "DATE";
    case "DATETIME":
    case "TIMESTAMP": {
      if (pg) {
        const zone = boolArg(call, "timezone", upper === "TIMESTAMP" || upper === "DATETIME" ? 0 : -1);
        const precision = call ? call.kwargs.get("precision")?.t === "num" ? call.kwargs.get("precision").v : null : null;
        return `TIMESTAMP${precision !== null ? `(${precision})` : ""} ${zone ? "WITH" : "WITHOUT"} TIME ZONE`;
      }
      const fsp = call?.kwargs.get("fsp");
      const base = upper === "TIMESTAMP" ? "TIMESTAMP" : "DATETIME";
      return fsp?.t === "num" && fsp.v ? `${base}(${fsp.v})` : base;
    }
    case "TIME": {
      if (pg) {
        const zone = boolArg(call, "timezone", 0);
        const precision = call?.kwargs.get("precision");
        return `TIME${precision?.t === "num" ? `(${precision.v})` : ""} ${zone ? "WITH" : "WITHOUT"} TIME ZONE`;
      }
      const fsp = call?.kwargs.get("fsp");
      return fsp?.t === "num" && fsp.v ? `TIME(${fsp.v})` : "TIME";
    }
    case "INTERVAL":
      return pg ? "INTERVAL" : "DATETIME";
    case "NUMERIC":
    case "DECIMAL": {
      const precision = call ? numArg(call, 0, "precision") : null;
      const scale = call ? numArg(call, 1, "scale") : null;
      const name = upper === "DECIMAL" && (fromMysql || !pg) ? "DECIMAL" : upper === "DECIMAL" ? "DECIMAL" : "NUMERIC";
      const text = precision === null ? name : scale === null ? `${name}(${precision})` : `${name}(${precision}, ${scale})`;
      return pg ? text : `${text}${mysqlNumericExtras(call)}`;
    }
    case "FLOAT": {
      const precision = call ? numArg(call, 0, "precision") : null;
      return `${precision === null ? "FLOAT" : `FLOAT(${precision})`}${pg ? "" : mysqlNumericExtras(call)}`;
    }
    case "DOUBLE":
    case "DOUBLE_PRECISION":
      return pg ? "DOUBLE PRECISION" : `DOUBLE${mysqlNumericExtras(call)}`;
    case "REAL":
      return pg ? "REAL" : `REAL${mysqlNumericExtras(call)}`;
    case "JSON":
      return "JSON";
    case "JSONB":
      return "JSONB";
    case "UUID":
    case "UUIDTYPE":
    case "GUID":
      return pg ? "UUID" : "CHAR(32)";
    case "LARGEBINARY":
    case "BLOB":
    case "PICKLETYPE":
      return pg ? "BYTEA" : withLength("BLOB");
    case "BYTEA":
      return "BYTEA";
    case "BINARY":
    case "VARBINARY":
      if (pg) return "BYTEA";
      return withLength(upper, upper === "VARBINARY");
    case "TINYBLOB":
    case "MEDIUMBLOB":
    case "LONGBLOB":
    case "YEAR":
      return upper;
    case "TSTZRANGE":
    case "TSRANGE":
    case "DATERANGE":
    case "INT4RANGE":
    case "INT8RANGE":
    case "NUMRANGE":
    case "INET":
    case "CIDR":
    case "MACADDR":
    case "TSVECTOR":
    case "HSTORE":
    case "MONEY":
    case "OID":
      if (!pg) cannot(`${cls} is a PostgreSQL type`);
      return upper;
    case "ARRAY": {
      if (!pg) cannot("MySQL has no array types");
      const element = call?.args[0] ?? call?.kwargs.get("item_type");
      if (!element) cannot("ARRAY without an element type");
      const dims = call?.kwargs.get("dimensions");
      return `${typeSql(element, dialect)}${"[]".repeat(dims?.t === "num" && dims.v > 1 ? dims.v : 1)}`;
    }
    case "ENUM": {
      if (!call) cannot("an Enum without members");
      if (!isNativeEnum(call)) return `VARCHAR(${nonNativeEnumLength(call)})`;
      if (pg) {
        const name = enumName(call);
        if (!name) cannot("PostgreSQL requires a name for the ENUM type");
        const schema = strArg(call, "schema");
        return schema ? `${ident(schema, dialect)}.${ident(name, dialect)}` : ident(name, dialect);
      }
      return `ENUM(${enumMembers(call).map((m) => literal(m, dialect)).join(",")})${mysqlStringExtras(call)}`;
    }
    default:
      return cannot(`\`${cls}\` is not a SQLAlchemy type this renderer knows (a custom type decides its own SQL)`);
  }
}
function columnInfo(value) {
  if (value.t !== "call" || lastSegment(value.path) !== "Column") cannot("the column is not a static `sa.Column(...)`");
  const args = [...value.args];
  let name = null;
  if (args[0]?.t === "str") name = args.shift().v;
  else if (value.kwargs.get("name")?.t === "str") name = value.kwargs.get("name").v;
  if (name === null) cannot("the column name is not a static string");
  const info = {
    name,
    type: value.kwargs.get("type_") ?? { t: "none" },
    nullable: true,
    primaryKey: false,
    serverDefault: null,
    checks: [],
    foreignKeys: [],
    unique: false,
    index: false,
    comment: null,
    computed: null,
    identity: null,
    autoincrement: "auto"
  };
  let typed = value.kwargs.has("type_");
  for (const arg of args) {
    const kind = arg.t === "call" || arg.t === "ref" ? lastSegment(arg.path) : null;
    if (arg.t === "call" && kind === "ForeignKey") info.foreignKeys.push(arg);
    else if (arg.t === "call" && kind === "CheckConstraint") info.checks.push(arg);
    else if (arg.t === "call" && kind === "Computed") info.computed = arg;
    else if (arg.t === "call" && kind === "Identity") info.identity = arg;
    else if (kind === "Sequence" || kind === "FetchedValue") cannot(`a ${kind} on the column is not rendered`);
    else if (!typed) {
      info.type = arg;
      typed = true;
    } else cannot("an argument of the column is not a static type or constraint");
  }
  if (!typed) cannot(`column ${name} has no type`);
  const flag2 = (key) => {
    const v = value.kwargs.get(key);
    if (v === void 0 || v.t === "none") return null;
    if (v.t === "bool") return v.v;
    return cannot(`\`${key}\` of column ${name} is not a static True/False`);
  };
  info.primaryKey = flag2("primary_key") ?? false;
  const nullable = flag2("nullable");
  info.nullable = nullable ?? !info.primaryKey;
  if (info.primaryKey) info.nullable = false;
  const sd = value.kwargs.get("server_default");
  if (sd !== void 0 && sd.t !== "none") info.serverDefault = sd;
  info.unique = flag2("unique") ?? false;
  info.index = flag2("index") ?? false;
  const comment = value.kwargs.get("comment");
  if (comment !== void 0 && comment.t !== "none") info.comment = comment.t === "str" ? comment.v : cannot(`the comment of column ${name} is not a static string`);
  const autoincrement = value.kwargs.get("autoincrement");
  if (autoincrement?.t === "bool") info.autoincrement = autoincrement.v;
  else if (autoincrement?.t === "str" && autoincrement.v === "ignore_fk") info.autoincrement = "auto";
  return info;
}
var INTEGER_CLASSES = /* @__PURE__ */ new Set(["INTEGER", "INT", "BIGINTEGER", "BIGINT", "SMALLINTEGER", "SMALLINT", "TINYINT", "MEDIUMINT"]);
function typeClass(info) {
  return info.type.t === "call" || info.type.t === "ref" ? lastSegment(info.type.path).toUpperCase() : "";
}
function autoincrementColumn(columns) {
  const pk = columns.filter((c) => c.primaryKey);
  const eligible = (c, explicit) => {
    if (!INTEGER_CLASSES.has(typeClass(c))) return false;
    if (c.serverDefault && !explicit) return false;
    if (c.foreignKeys.length > 0 && c.autoincrement !== true) return false;
    return true;
  };
  if (pk.length === 1) {
    const c = pk[0];
    if (c.autoincrement === true || c.autoincrement === "auto" && eligible(c, false)) return c.identity || INTEGER_CLASSES.has(typeClass(c)) ? c : null;
    return null;
  }
  return pk.find((c) => c.autoincrement === true && eligible(c, true)) ?? null;
}
function identityOptions(identity) {
  const num = (key) => {
    const v = identity.kwargs.get(key);
    return v?.t === "num" ? v.v : null;
  };
  const parts = [];
  if (num("increment") !== null) parts.push(`INCREMENT BY ${num("increment")}`);
  if (num("start") !== null) parts.push(`START WITH ${num("start")}`);
  if (num("minvalue") !== null) parts.push(`MINVALUE ${num("minvalue")}`);
  if (num("maxvalue") !== null) parts.push(`MAXVALUE ${num("maxvalue")}`);
  if (identity.kwargs.get("nominvalue")?.t === "bool") parts.push("NO MINVALUE");
  if (identity.kwargs.get("nomaxvalue")?.t === "bool") parts.push("NO MAXVALUE");
  if (num("cache") !== null) parts.push(`CACHE ${num("cache")}`);
  const cycle = identity.kwargs.get("cycle");
  if (cycle?.t === "bool") parts.push(cycle.v ? "CYCLE" : "NO CYCLE");
  return parts.join(" ");
}
function identitySql(identity) {
  const always = identity.kwargs.get("always");
  const options = identityOptions(identity);
  return `GENERATED ${always?.t === "bool" && always.v ? "ALWAYS" : "BY DEFAULT"} AS IDENTITY${options ? ` (${options})` : ""}`;
}
function computedSql(computed, dialect) {
  const text = condition(computed.args[0] ?? computed.kwargs.get("sqltext"), dialect, "the Computed expression");
  const persisted = computed.kwargs.get("persisted");
  if (dialect === "postgres") {
    if (persisted?.t === "bool" && !persisted.v) cannot("PostgreSQL computed columns do not support 'virtual' persistence");
    return `GENERATED ALWAYS AS (${text}) STORED`;
  }
  return `GENERATED ALWAYS AS (${text})${persisted?.t === "bool" ? persisted.v ? " STORED" : " VIRTUAL" : ""}`;
}
function columnSpec(c, dialect, autoincrement) {
  const name = ident(c.name, dialect);
  const type = typeSql(c.type, dialect);
  if (dialect === "postgres") {
    const cls = typeClass(c);
    let spec;
    if (autoincrement && !c.identity) {
      spec = `${name} ${cls === "BIGINTEGER" || cls === "BIGINT" ? "BIGSERIAL" : cls === "SMALLINTEGER" || cls === "SMALLINT" ? "SMALLSERIAL" : "SERIAL"}`;
    } else {
      spec = `${name} ${type}`;
      if (c.serverDefault) {
        const d = serverDefaultSql(c.serverDefault, dialect);
        if (d !== null) spec += ` DEFAULT ${d}`;
      }
    }
    if (c.computed) spec += ` ${computedSql(c.computed, dialect)}`;
    if (c.identity) spec += ` ${identitySql(c.identity)}`;
    if (!c.nullable && !c.identity) spec += " NOT NULL";
    else if (c.nullable && c.identity) spec += " NULL";
    return spec;
  }
  const parts = [name, type];
  if (c.computed) parts.push(computedSql(c.computed, dialect));
  if (!c.nullable) parts.push("NOT NULL");
  else if (typeClass(c) === "TIMESTAMP") parts.push("NULL");
  if (c.comment !== null) parts.push(`COMMENT ${literal(c.comment, dialect)}`);
  if (autoincrement && (!c.serverDefault || c.identity)) parts.push("AUTO_INCREMENT");
  else if (c.serverDefault) {
    const d = serverDefaultSql(c.serverDefault, dialect);
    if (d !== null) parts.push(`DEFAULT ${d}`);
  }
  return parts.join(" ");
}
function constraintName(call, dialect) {
  const name = call.kwargs.get("name");
  if (name === void 0 || name.t === "none") return "";
  if (name.t !== "str") cannot("the constraint name is not a static string");
  return `CONSTRAINT ${ident(name.v, dialect)} `;
}
function deferrability(call) {
  let out = "";
  const deferrable = call.kwargs.get("deferrable");
  if (deferrable?.t === "bool") out += deferrable.v ? " DEFERRABLE" : " NOT DEFERRABLE";
  const initially = call.kwargs.get("initially");
  if (initially?.t === "str") out += ` INITIALLY ${initially.v.toUpperCase()}`;
  return out;
}
var FK_ACTIONS = /^(CASCADE|RESTRICT|NO ACTION|SET NULL|SET DEFAULT)$/i;
function fkTail(call) {
  let out = "";
  const match = call.kwargs.get("match");
  if (match?.t === "str") out += ` MATCH ${match.v}`;
  for (const [key, sql] of [["ondelete", "ON DELETE"], ["onupdate", "ON UPDATE"]]) {
    const v = call.kwargs.get(key);
    if (v === void 0 || v.t === "none") continue;
    if (v.t !== "str" || !FK_ACTIONS.test(v.v.trim())) cannot(`\`${key}\` is not a static referential action`);
    out += ` ${sql} ${v.v.trim()}`;
  }
  return out + deferrability(call);
}
function splitRef(ref) {
  const parts = ref.split(".");
  if (parts.length < 2) cannot(`the foreign key target \`${ref}\` is not table.column`);
  const column = parts.pop();
  return { table: parts.join("."), column };
}
function names(value, what) {
  if (value === void 0) cannot(`${what} is missing`);
  const items = value.t === "seq" ? value.items : [value];
  return items.map((i) => i.t === "str" ? i.v : i.t === "call" && lastSegment(i.path) === "column" && i.args[0]?.t === "str" ? i.args[0].v : cannot(`${what} is not a list of static names`));
}
function foreignKeyBody(local, refTable, remote, call, dialect) {
  return `FOREIGN KEY(${local.map((c) => ident(c, dialect)).join(", ")}) REFERENCES ${tableRef(refTable, dialect)} (${remote.map((c) => ident(c, dialect)).join(", ")})${fkTail(call)}`;
}
function columnForeignKey(column, fk, dialect) {
  const target = fk.args[0] ?? fk.kwargs.get("column");
  if (target?.t !== "str") cannot('the ForeignKey target is not a static "table.column" string');
  const ref = splitRef(target.v);
  return `${constraintName(fk, dialect)}${foreignKeyBody([column], ref.table, [ref.column], fk, dialect)}`;
}
function checkSql(call, dialect) {
  return `${constraintName(call, dialect)}CHECK (${condition(call.args[0] ?? call.kwargs.get("sqltext"), dialect, "the CHECK condition")})${deferrability(call)}`;
}
function typeChecks(c, dialect) {
  const type = c.type.t === "call" ? c.type : null;
  if (!type || !boolArg(type, "create_constraint")) return [];
  const cls = lastSegment(type.path).toUpperCase();
  const name = type.kwargs.get("name");
  const prefix = name?.t === "str" ? `CONSTRAINT ${ident(name.v, dialect)} ` : "";
  if (cls === "BOOLEAN") return dialect === "mysql" ? [`${prefix}CHECK (${ident(c.name, dialect)} IN (0, 1))`] : [];
  if (cls === "ENUM") {
    if (isNativeEnum(type)) return [];
    return [`${prefix}CHECK (${ident(c.name, dialect)} IN (${enumMembers(type).map((m) => literal(m, dialect)).join(", ")}))`];
  }
  return [];
}
function tableConstraintSql(call, dialect) {
  const kind = lastSegment(call.path);
  const cols = () => call.args.map((a) => a.t === "str" ? ident(a.v, dialect) : a.t === "call" && lastSegment(a.path) === "column" && a.args[0]?.t === "str" ? ident(a.args[0].v, dialect) : cannot(`a column of ${kind} is not a static name`)).join(", ");
  switch (kind) {
    case "PrimaryKeyConstraint":
      return `${constraintName(call, dialect)}PRIMARY KEY (${cols()})`;
    case "UniqueConstraint":
      return `${constraintName(call, dialect)}UNIQUE (${cols()})${deferrability(call)}`;
    case "CheckConstraint":
      return checkSql(call, dialect);
    case "ExcludeConstraint":
      return excludeSql(call.args, (k) => call.kwargs.get(k), dialect);
    case "ForeignKeyConstraint": {
      const local = names(call.args[0] ?? call.kwargs.get("columns"), "the local columns");
      const refs = names(call.args[1] ?? call.kwargs.get("refcolumns"), "the referenced columns").map(splitRef);
      if (refs.length === 0) cannot("a foreign key without referenced columns");
      return `${constraintName(call, dialect)}${foreignKeyBody(local, refs[0].table, refs.map((r) => r.column), call, dialect)}`;
    }
    default:
      return cannot(`${kind} is not rendered`);
  }
}
function excludeSql(elements, kw, dialect) {
  if (dialect !== "postgres") cannot("EXCLUDE constraints exist on PostgreSQL only");
  const name = kw("name");
  const parts = elements.map((e) => {
    const [element, operator] = e.t === "seq" ? e.items : [];
    if (!element || operator?.t !== "str") cannot("an EXCLUDE element is not a static (column, operator) pair");
    const sql = element.t === "str" ? ident(element.v, dialect) : element.t === "call" && lastSegment(element.path) === "column" && element.args[0]?.t === "str" ? ident(element.args[0].v, dialect) : expression(element, dialect);
    return `${sql} WITH ${operator.v}`;
  });
  const using = kw("using");
  if (using !== void 0 && using.t !== "str") cannot("`using` is not a static string");
  const where = kw("where");
  const prefix = name?.t === "str" ? `CONSTRAINT ${ident(name.v, dialect)} ` : name === void 0 || name.t === "none" ? "" : cannot("the constraint name is not a static string");
  const tail = where === void 0 || where.t === "none" ? "" : ` WHERE (${condition(where, dialect, "the EXCLUDE condition")})`;
  const defer = deferrability({ t: "call", path: "x", args: [], kwargs: new Map([...["deferrable", "initially"]].flatMap((k) => kw(k) ? [[k, kw(k)]] : [])), node: null, argNodes: [], kwargNodes: /* @__PURE__ */ new Map() });
  return `${prefix}EXCLUDE USING ${using?.t === "str" ? using.v.toLowerCase() : "gist"} (${parts.join(", ")})${tail}${defer}`;
}
function renderCreateExclude(table, p, dialect) {
  const name = p.get("constraint_name");
  return [`ALTER TABLE ${tableRef(table, dialect)} ADD ${excludeSql(p.rest, (k) => k === "name" ? name : p.get(k), dialect)}`];
}
function indexElement(value, dialect) {
  if (value.t === "str") return ident(value.v, dialect);
  if (value.t === "call" && lastSegment(value.path) === "column" && value.args[0]?.t === "str") return ident(value.args[0].v, dialect);
  return expression(value, dialect);
}
function indexElements(value, dialect) {
  if (value === void 0 || value.t === "none") cannot("the index columns are missing");
  const items = value.t === "seq" ? value.items : [value];
  return items.map((v) => indexElement(v, dialect));
}
function createIndexSql(spec, dialect) {
  const nameValue = spec.name;
  if (nameValue === void 0 || nameValue.t === "none") cannot("the index has no name (Alembic needs one, or a naming convention)");
  if (nameValue.t !== "str") cannot("the index name is not a static string");
  const name = ident(nameValue.v, dialect);
  if (dialect === "postgres") {
    const concurrently = spec.kw("postgresql_concurrently");
    const using2 = spec.kw("postgresql_using");
    const include = spec.kw("postgresql_include");
    const where = spec.kw("postgresql_where");
    const withOpts = spec.kw("postgresql_with");
    const tablespace = spec.kw("postgresql_tablespace");
    let sql = `CREATE ${spec.unique ? "UNIQUE " : ""}INDEX ${concurrently?.t === "bool" && concurrently.v ? "CONCURRENTLY " : ""}${spec.ifNotExists ? "IF NOT EXISTS " : ""}${name} ON ${tableRef(spec.table, dialect)} `;
    if (using2?.t === "str") sql += `USING ${using2.v.toLowerCase()} `;
    else if (using2 !== void 0 && using2.t !== "none") cannot("postgresql_using is not a static string");
    const ops = spec.kw("postgresql_ops");
    if (ops !== void 0 && ops.t !== "none") cannot("postgresql_ops is not rendered");
    sql += `(${spec.elements.join(", ")})`;
    if (include !== void 0 && include.t !== "none") sql += ` INCLUDE (${names(include, "postgresql_include").map((c) => ident(c, dialect)).join(", ")})`;
    if (withOpts?.t === "dict") sql += ` WITH (${withOpts.entries.map(([k, v]) => `${k.t === "str" ? k.v : cannot("a postgresql_with key is not static")} = ${v.t === "str" || v.t === "num" ? String(v.v) : cannot("a postgresql_with value is not static")}`).join(", ")})`;
    if (tablespace?.t === "str") sql += ` TABLESPACE ${ident(tablespace.v, dialect)}`;
    if (where !== void 0 && where.t !== "none") sql += ` WHERE ${condition(where, dialect, "postgresql_where")}`;
    return sql;
  }
  const prefix = spec.kw("mysql_prefix");
  const using = spec.kw("mysql_using");
  const length = spec.kw("mysql_length");
  let elements = spec.elements;
  if (length?.t === "num") elements = elements.map((e) => `${e}(${length.v})`);
  else if (length?.t === "dict") {
    elements = elements.map((e) => {
      const entry = length.entries.find(([k]) => k.t === "str" && ident(k.v, dialect) === e);
      return entry && entry[1].t === "num" ? `${e}(${entry[1].v})` : e;
    });
  } else if (length !== void 0 && length.t !== "none") cannot("mysql_length is not static");
  const kind = spec.unique ? "UNIQUE " : prefix?.t === "str" ? `${prefix.v.toUpperCase()} ` : "";
  return `CREATE ${kind}INDEX ${spec.ifNotExists ? "IF NOT EXISTS " : ""}${name} ON ${tableRef(spec.table, dialect)} (${elements.join(", ")})${using?.t === "str" ? ` USING ${using.v.toLowerCase()}` : ""}`;
}
function bareTable(table) {
  return table.includes(".") ? table.slice(table.lastIndexOf(".") + 1) : table;
}
function flagParam(p, name) {
  const v = p.get(name);
  if (v === void 0 || v.t === "none") return false;
  if (v.t === "bool") return v.v;
  return cannot(`\`${name}\` is not a static True/False`);
}
function columnFollowUps(table, c, dialect) {
  const constraints = [];
  if (c.unique && !c.index) constraints.push(`UNIQUE (${ident(c.name, dialect)})`);
  for (const fk of c.foreignKeys) constraints.push(columnForeignKey(c.name, fk, dialect));
  constraints.push(...typeChecks(c, dialect));
  const indexes = c.index ? [`CREATE ${c.unique ? "UNIQUE " : ""}INDEX ${ident(`ix_${bareTable(table)}_${c.name}`, dialect)} ON ${tableRef(table, dialect)} (${ident(c.name, dialect)})`] : [];
  const comments = dialect === "postgres" && c.comment !== null ? [`COMMENT ON COLUMN ${tableRef(table, dialect)}.${ident(c.name, dialect)} IS ${literal(c.comment, dialect)}`] : [];
  return { constraints, indexes, comments };
}
function inlineChecks(c, dialect) {
  return c.checks.map((k) => ` ${checkSql(k, dialect)}`).join("");
}
function renderCreateTable(table, p, dialect) {
  const columns = [];
  const explicit = [];
  const indexes = [];
  let hasExplicitPk = false;
  for (const item of p.rest) {
    if (item.t === "call" && lastSegment(item.path) === "Column") columns.push(columnInfo(item));
    else if (item.t === "call" && lastSegment(item.path) === "Index") indexes.push(item);
    else if (item.t === "call") {
      if (lastSegment(item.path) === "PrimaryKeyConstraint") hasExplicitPk = true;
      explicit.push(tableConstraintSql(item, dialect));
    } else cannot("an argument of create_table is not a static column or constraint");
  }
  if (hasExplicitPk) {
    for (const item of p.rest) {
      if (item.t !== "call" || lastSegment(item.path) !== "PrimaryKeyConstraint") continue;
      for (const a of item.args) {
        const col = columns.find((c) => a.t === "str" && c.name === a.v);
        if (col) {
          col.primaryKey = true;
          col.nullable = false;
        }
      }
    }
  }
  const auto = autoincrementColumn(columns);
  const out = [];
  if (dialect === "postgres") {
    const seen = /* @__PURE__ */ new Set();
    for (const c of columns) {
      const type = c.type.t === "call" && lastSegment(c.type.path).toUpperCase() === "ENUM" ? c.type : null;
      if (!type || !isNativeEnum(type)) continue;
      const createType = type.kwargs.get("create_type");
      if (createType?.t === "bool" && !createType.v) continue;
      const name = enumName(type);
      if (!name || seen.has(name)) continue;
      seen.add(name);
      const schema = strArg(type, "schema");
      out.push(`CREATE TYPE ${schema ? `${ident(schema, dialect)}.` : ""}${ident(name, dialect)} AS ENUM (${enumMembers(type).map((m) => literal(m, dialect)).join(", ")})`);
    }
  }
  const defs = columns.map((c) => `${columnSpec(c, dialect, c === auto)}${inlineChecks(c, dialect)}`);
  const pk = columns.filter((c) => c.primaryKey);
  const constraints = [];
  if (pk.length && !hasExplicitPk) constraints.push(`PRIMARY KEY (${pk.map((c) => ident(c.name, dialect)).join(", ")})`);
  const pkIndex = explicit.findIndex((e) => /^(CONSTRAINT \S+ )?PRIMARY KEY/.test(e));
  if (pkIndex >= 0) constraints.push(...explicit.splice(pkIndex, 1));
  constraints.push(...explicit);
  const followUps = columns.map((c) => columnFollowUps(table, c, dialect));
  for (const f of followUps) constraints.push(...f.constraints);
  let sql = `CREATE TABLE ${flagParam(p, "if_not_exists") ? "IF NOT EXISTS " : ""}${tableRef(table, dialect)} (
	${[...defs, ...constraints].join(", \n	")}
)`;
  const comment = p.get("comment");
  if (comment !== void 0 && comment.t !== "none" && comment.t !== "str") cannot("the table comment is not a static string");
  if (dialect === "mysql") {
    const options = [];
    for (const [key, sqlName] of [["mysql_engine", "ENGINE"], ["mysql_charset", "DEFAULT CHARSET"], ["mysql_collate", "COLLATE"]]) {
      const v = p.get(key) ?? p.get(key.replace("mysql_", "mariadb_"));
      if (v?.t === "str") options.push(`${sqlName}=${v.v}`);
      else if (v !== void 0 && v.t !== "none") cannot(`${key} is not a static string`);
    }
    if (comment?.t === "str") options.push(`COMMENT=${literal(comment.v, dialect)}`);
    if (options.length) sql += options.join(" ");
  }
  out.push(sql);
  for (const f of followUps) out.push(...f.indexes);
  for (const index of indexes) out.push(tableIndexSql(index, table, dialect));
  if (dialect === "postgres") {
    if (comment?.t === "str") out.push(`COMMENT ON TABLE ${tableRef(table, dialect)} IS ${literal(comment.v, dialect)}`);
    for (const f of followUps) out.push(...f.comments);
  }
  return out;
}
function tableIndexSql(index, table, dialect) {
  const unique = index.kwargs.get("unique");
  return createIndexSql({ name: index.args[0], table, elements: index.args.slice(1).map((v) => indexElement(v, dialect)), unique: unique?.t === "bool" && unique.v, kw: (k) => index.kwargs.get(k) }, dialect);
}
function renderAddColumn(table, p, dialect) {
  const value = p.get("column");
  if (!value) cannot("the column is missing");
  const c = columnInfo(value);
  const auto = autoincrementColumn([c]) === c;
  const inlinePk = flagParam(p, "inline_primary_key");
  const inlineRefs = flagParam(p, "inline_references");
  let add = `ALTER TABLE ${tableRef(table, dialect)} ADD COLUMN ${flagParam(p, "if_not_exists") ? "IF NOT EXISTS " : ""}${columnSpec(c, dialect, auto)}`;
  if (inlinePk && c.primaryKey) add += " PRIMARY KEY";
  const follow = columnFollowUps(table, c, dialect);
  let constraints = follow.constraints;
  if (inlineRefs && c.foreignKeys.length === 1) {
    const fk = c.foreignKeys[0];
    const target = fk.args[0];
    if (target?.t !== "str") cannot("the ForeignKey target is not a static string");
    const ref = splitRef(target.v);
    add += ` REFERENCES ${tableRef(ref.table, dialect)} (${ident(ref.column, dialect)})${fkTail(fk)}`;
    const rendered = columnForeignKey(c.name, fk, dialect);
    constraints = constraints.filter((k) => k !== rendered);
  }
  add += inlineChecks(c, dialect);
  if (dialect === "mysql") {
    const after = p.get("insert_after");
    if (after?.t === "str") add += ` AFTER ${ident(after.v, dialect)}`;
  }
  return [add, ...constraints.map((k) => `ALTER TABLE ${tableRef(table, dialect)} ADD ${k}`), ...follow.indexes, ...follow.comments];
}
function renderAlterColumn(table, p, dialect) {
  const columnValue = p.get("column_name");
  if (columnValue?.t !== "str") cannot("the column name is not a static string");
  const column = ident(columnValue.v, dialect);
  const t = tableRef(table, dialect);
  const given = (name) => {
    const v = p.get(name);
    return v !== void 0 && !(v.t === "bool" && !v.v && (name === "server_default" || name === "comment"));
  };
  const nullable = p.get("nullable");
  if (nullable !== void 0 && nullable.t !== "none" && nullable.t !== "bool") cannot("`nullable` is not a static True/False");
  const type = p.get("type_");
  const newName = p.get("new_column_name");
  if (newName !== void 0 && newName.t !== "none" && newName.t !== "str") cannot("the new column name is not a static string");
  const comment = p.get("comment");
  const sd = p.get("server_default");
  const existingSd = p.get("existing_server_default");
  const isIdentity = (v) => v?.t === "call" && lastSegment(v.path) === "Identity";
  const isComputed = (v) => v?.t === "call" && lastSegment(v.path) === "Computed";
  if (given("server_default") && (isComputed(sd) || isComputed(existingSd))) cannot("Alembic cannot add or remove a Computed construct on an existing column");
  if (dialect === "postgres") {
    const out = [];
    if (type !== void 0 && type.t !== "none") {
      const using = p.get("postgresql_using");
      if (using !== void 0 && using.t !== "none" && using.t !== "str") cannot("postgresql_using is not a static string");
      out.push(`ALTER TABLE ${t} ALTER COLUMN ${column} TYPE ${typeSql(type, dialect)}${using?.t === "str" ? ` USING ${using.v}` : ""}`);
    } else if (p.get("postgresql_using") !== void 0) cannot("postgresql_using must be used with the type_ parameter");
    if (nullable?.t === "bool") out.push(`ALTER TABLE ${t} ALTER COLUMN ${column} ${nullable.v ? "DROP NOT NULL" : "SET NOT NULL"}`);
    if (given("server_default") && sd) {
      if (isIdentity(sd) || sd.t === "none" && isIdentity(existingSd)) {
        if (sd.t === "none") out.push(`ALTER TABLE ${t} ALTER COLUMN ${column} DROP IDENTITY`);
        else if (existingSd === void 0 || existingSd.t === "none") out.push(`ALTER TABLE ${t} ALTER COLUMN ${column} ADD ${identitySql(sd)}`);
        else cannot("changing identity options is not rendered");
      } else {
        const d = serverDefaultSql(sd, dialect);
        out.push(`ALTER TABLE ${t} ALTER COLUMN ${column} ${d === null ? "DROP DEFAULT" : `SET DEFAULT ${d}`}`);
      }
    }
    if (given("comment") && comment) {
      if (comment.t !== "str" && comment.t !== "none") cannot("the comment is not a static string");
      out.push(`COMMENT ON COLUMN ${t}.${column} IS ${comment.t === "str" ? literal(comment.v, dialect) : "NULL"}`);
    }
    if (newName?.t === "str") out.push(`ALTER TABLE ${t} RENAME ${column} TO ${ident(newName.v, dialect)}`);
    return out;
  }
  if (given("server_default") && (isIdentity(sd) || isIdentity(existingSd))) cannot("Alembic cannot change an identity construct on MySQL");
  const existingType = p.get("existing_type");
  const effectiveType = type !== void 0 && type.t !== "none" ? type : existingType !== void 0 && existingType.t !== "none" ? existingType : null;
  const typeCls = effectiveType && (effectiveType.t === "call" || effectiveType.t === "ref") ? lastSegment(effectiveType.path).toUpperCase() : "";
  const functionalDefault = (typeCls === "DATETIME" || typeCls === "TIMESTAMP") && !(sd !== void 0 && sd.t === "none");
  const wantsFull = newName?.t === "str" || functionalDefault || nullable !== void 0 && nullable.t !== "none" || type !== void 0 && type.t !== "none" || p.get("autoincrement") !== void 0 && p.get("autoincrement").t !== "none" || given("comment");
  if (!wantsFull) {
    if (!given("server_default") || !sd) return [];
    const d = serverDefaultSql(sd, dialect);
    return [`ALTER TABLE ${t} ALTER COLUMN ${column} ${d === null ? "DROP DEFAULT" : `SET DEFAULT ${d}`}`];
  }
  if (!effectiveType) cannot("MySQL MODIFY needs the column type: pass existing_type");
  const existingNullable = p.get("existing_nullable");
  const isNullable = nullable?.t === "bool" ? nullable.v : existingNullable?.t === "bool" ? existingNullable.v : true;
  const defaultValue = given("server_default") ? sd : existingSd;
  const autoincrement = p.get("autoincrement") ?? p.get("existing_autoincrement");
  const commentValue = given("comment") ? comment : p.get("existing_comment");
  let spec = `${typeSql(effectiveType, dialect)} ${isNullable ? "NULL" : "NOT NULL"}`;
  if (autoincrement?.t === "bool" && autoincrement.v) spec += " AUTO_INCREMENT";
  if (defaultValue !== void 0 && defaultValue.t !== "none" && !(defaultValue.t === "bool" && !defaultValue.v)) {
    const d = serverDefaultSql(defaultValue, dialect);
    if (d !== null) spec += ` DEFAULT ${d}`;
  }
  if (commentValue?.t === "str" && commentValue.v) spec += ` COMMENT ${literal(commentValue.v, dialect)}`;
  if (newName?.t === "str" || functionalDefault) return [`ALTER TABLE ${t} CHANGE ${column} ${ident(newName?.t === "str" ? newName.v : columnValue.v, dialect)} ${spec}`];
  return [`ALTER TABLE ${t} MODIFY ${column} ${spec}`];
}
function renderCreateIndex(table, p, dialect) {
  return [createIndexSql({ name: p.get("index_name"), table, elements: indexElements(p.get("columns"), dialect), unique: flagParam(p, "unique"), kw: (k) => p.get(k), ifNotExists: flagParam(p, "if_not_exists") }, dialect)];
}
function renderDropIndex(table, p, dialect) {
  const name = p.get("index_name");
  if (name?.t !== "str") cannot("the index name is not a static string");
  const schema = p.get("schema");
  const qualified = schema?.t === "str" ? `${schema.v}.${name.v}` : name.v;
  if (dialect === "postgres") {
    return [`DROP INDEX ${flagParam(p, "postgresql_concurrently") ? "CONCURRENTLY " : ""}${flagParam(p, "if_exists") ? "IF EXISTS " : ""}${tableRef(qualified, dialect)}`];
  }
  if (!table) cannot("MySQL DROP INDEX needs the table: pass table_name");
  return [`DROP INDEX ${flagParam(p, "if_exists") ? "IF EXISTS " : ""}${ident(name.v, dialect)} ON ${tableRef(table, dialect)}`];
}
function constraintPrefix(p, param, dialect) {
  const v = p.get(param);
  if (v === void 0 || v.t === "none") return "";
  if (v.t !== "str") cannot("the constraint name is not a static string");
  return `CONSTRAINT ${ident(v.v, dialect)} `;
}
function renderCreateForeignKey(table, referent, p, dialect) {
  const local = names(p.get("local_cols"), "the local columns");
  const remote = names(p.get("remote_cols"), "the remote columns");
  const kw = /* @__PURE__ */ new Map();
  for (const key of ["ondelete", "onupdate", "deferrable", "initially", "match"]) {
    const v = p.get(key);
    if (v !== void 0) kw.set(key, v);
  }
  const fake = { t: "call", path: "ForeignKeyConstraint", args: [], kwargs: kw, node: null, argNodes: [], kwargNodes: /* @__PURE__ */ new Map() };
  const notValid = dialect === "postgres" && flagParam(p, "postgresql_not_valid") ? " NOT VALID" : "";
  return [`ALTER TABLE ${tableRef(table, dialect)} ADD ${constraintPrefix(p, "constraint_name", dialect)}${foreignKeyBody(local, referent, remote, fake, dialect)}${notValid}`];
}
function renderCreateCheck(table, p, dialect) {
  const notValid = dialect === "postgres" && flagParam(p, "postgresql_not_valid") ? " NOT VALID" : "";
  return [`ALTER TABLE ${tableRef(table, dialect)} ADD ${constraintPrefix(p, "constraint_name", dialect)}CHECK (${condition(p.get("condition"), dialect, "the CHECK condition")})${notValid}`];
}
function renderCreateKey(table, p, dialect, kind) {
  const cols = names(p.get("columns"), "the columns").map((c) => ident(c, dialect)).join(", ");
  const kw = /* @__PURE__ */ new Map();
  for (const key of ["deferrable", "initially"]) {
    const v = p.get(key);
    if (v !== void 0) kw.set(key, v);
  }
  const tail = deferrability({ t: "call", path: "x", args: [], kwargs: kw, node: null, argNodes: [], kwargNodes: /* @__PURE__ */ new Map() });
  return [`ALTER TABLE ${tableRef(table, dialect)} ADD ${constraintPrefix(p, "constraint_name", dialect)}${kind} (${cols})${tail}`];
}
function renderDropConstraint(table, p, dialect) {
  const name = p.get("constraint_name");
  if (name?.t !== "str") cannot("the constraint name is not a static string");
  const t = tableRef(table, dialect);
  const n = ident(name.v, dialect);
  if (dialect === "postgres") return [`ALTER TABLE ${t} DROP CONSTRAINT ${flagParam(p, "if_exists") ? "IF EXISTS " : ""}${n}${flagParam(p, "cascade") ? " CASCADE" : ""}`];
  const type = p.get("type_");
  const kind = type?.t === "str" ? type.v : null;
  switch (kind) {
    case "foreignkey":
      return [`ALTER TABLE ${t} DROP FOREIGN KEY ${n}`];
    case "primary":
      return [`ALTER TABLE ${t} DROP PRIMARY KEY `.trimEnd()];
    case "unique":
      return [`ALTER TABLE ${t} DROP INDEX ${n}`];
    case "check":
      return [`ALTER TABLE ${t} DROP CHECK ${n}`];
    default:
      return cannot("No generic 'DROP CONSTRAINT' in MySQL - Alembic needs type_ ('foreignkey', 'primary', 'unique' or 'check')");
  }
}
function renderTableComment(table, comment, dialect) {
  if (comment !== void 0 && comment.t !== "str" && comment.t !== "none") cannot("the comment is not a static string");
  const text = comment?.t === "str" ? comment.v : null;
  if (dialect === "postgres") return [`COMMENT ON TABLE ${tableRef(table, dialect)} IS ${text === null ? "NULL" : literal(text, dialect)}`];
  return [`ALTER TABLE ${tableRef(table, dialect)} COMMENT ${literal(text ?? "", dialect)}`];
}
function renderSimple(kind, table, p, dialect, extra) {
  const t = tableRef(table, dialect);
  switch (kind) {
    case "dropTable":
      return [`DROP TABLE ${flagParam(p, "if_exists") ? "IF EXISTS " : ""}${t}`];
    case "renameTable": {
      const target = dialect === "postgres" ? ident(bareTable(extra), dialect) : tableRef(extra, dialect);
      return [`ALTER TABLE ${t} RENAME TO ${target}`];
    }
    case "dropColumn":
      return [`ALTER TABLE ${t} DROP COLUMN ${flagParam(p, "if_exists") ? "IF EXISTS " : ""}${ident(extra, dialect)}`];
  }
}
function renderEnumDdl(enumValue, action, dialect) {
  if (dialect !== "postgres") cannot("MySQL enums are column types, not objects");
  const name = enumName(enumValue);
  if (!name) cannot("the enum has no name");
  const schema = strArg(enumValue, "schema");
  const qualified = `${schema ? `${ident(schema, dialect)}.` : ""}${ident(name, dialect)}`;
  if (action === "drop") return [`DROP TYPE ${qualified}`];
  return [`CREATE TYPE ${qualified} AS ENUM (${enumMembers(enumValue).map((m) => literal(m, dialect)).join(", ")})`];
}

// src/parse/alembic/ops.ts
var Params = class {
  values = /* @__PURE__ */ new Map();
  nodes = /* @__PURE__ */ new Map();
  rest = [];
  restNodes = [];
  constructor(args, names2, injected = {}) {
    const positionalNames = names2.filter((n) => !(n in injected));
    args.positional.forEach((value, i) => {
      const name = positionalNames[i];
      if (name === void 0) {
        this.rest.push(value);
        this.restNodes.push(args.positionalNodes[i]);
      } else {
        this.values.set(name, value);
        this.nodes.set(name, args.positionalNodes[i]);
      }
    });
    for (const [name, value] of args.keywords) {
      this.values.set(name, value);
      this.nodes.set(name, args.keywordNodes.get(name));
    }
    for (const [name, value] of Object.entries(injected)) this.values.set(name, value);
  }
  get(name) {
    return this.values.get(name);
  }
  has(name) {
    return this.values.has(name);
  }
  text(name) {
    return this.nodes.get(name)?.text ?? name;
  }
  node(name) {
    return this.nodes.get(name);
  }
  /** Python truthiness of a keyword flag that must be a literal; null when absent. */
  flag(name) {
    const v = this.values.get(name);
    if (v === void 0 || v.t === "none") return null;
    if (v.t === "bool") return v.v;
    if (v.t === "num") return v.v !== 0;
    if (v.t === "str") return v.v.length > 0;
    return "unknown";
  }
};
var SIGNATURES = {
  create_table: { params: ["table_name"] },
  drop_table: { params: ["table_name"] },
  rename_table: { params: ["old_table_name", "new_table_name"] },
  add_column: { params: ["table_name", "column"], batch: ["column"] },
  drop_column: { params: ["table_name", "column_name"], batch: ["column_name"] },
  alter_column: { params: ["table_name", "column_name"], batch: ["column_name"] },
  create_index: { params: ["index_name", "table_name", "columns"], batch: ["index_name", "columns"] },
  drop_index: { params: ["index_name", "table_name"], batch: ["index_name"] },
  create_foreign_key: { params: ["constraint_name", "source_table", "referent_table", "local_cols", "remote_cols"], batch: ["constraint_name", "referent_table", "local_cols", "remote_cols"] },
  create_check_constraint: { params: ["constraint_name", "table_name", "condition"], batch: ["constraint_name", "condition"] },
  create_unique_constraint: { params: ["constraint_name", "table_name", "columns"], batch: ["constraint_name", "columns"] },
  create_primary_key: { params: ["constraint_name", "table_name", "columns"], batch: ["constraint_name", "columns"] },
  create_exclude_constraint: { params: ["constraint_name", "table_name"], batch: ["constraint_name"] },
  drop_constraint: { params: ["constraint_name", "table_name", "type_"], batch: ["constraint_name", "type_"] },
  create_table_comment: { params: ["table_name", "comment"], batch: ["comment"] },
  drop_table_comment: { params: ["table_name"], batch: [] },
  execute: { params: ["sqltext"], batch: ["sqltext"] },
  bulk_insert: { params: ["table", "rows"] },
  batch_alter_table: { params: ["table_name", "schema"] }
};
var TABLE_PARAM = { create_foreign_key: "source_table" };
function callAlembicOp(name, args, node, em) {
  switch (name) {
    case "f":
    case "inline_literal": {
      const first = args.positional[0];
      return first ?? NONE;
    }
    case "get_bind":
      return { t: "bind" };
    case "get_context":
      return { t: "context" };
    case "implementation_for":
    case "register_operation":
      return NONE;
    default:
      break;
  }
  const handler = HANDLERS[name];
  const signature = SIGNATURES[name];
  if (!handler || !signature) {
    em.dynamic(node, `\`op.${name}(...)\` is not an Alembic operation this linter models`);
    return NONE;
  }
  if (args.opaque) {
    em.dynamic(node, `\`op.${name}(...)\`: ${args.opaque}`);
    return NONE;
  }
  return withSql(name, new Params(args, signature.params), node, em, handler);
}
function callBatchOp(batch, name, args, node, em) {
  const handler = HANDLERS[name];
  const signature = SIGNATURES[name];
  if (!handler || !signature?.batch) {
    em.dynamic(node, `\`batch_op.${name}(...)\` is not a batch operation this linter models`);
    return NONE;
  }
  if (args.opaque) {
    em.dynamic(node, `\`batch_op.${name}(...)\`: ${args.opaque}`);
    return NONE;
  }
  const tableParam = TABLE_PARAM[name] ?? "table_name";
  return withSql(name, new Params(args, signature.batch, { [tableParam]: str(batch.table), schema: NONE }), node, em, handler);
}
function renderTable(p, param, schemaParam = "schema") {
  const name = p.get(param);
  const schema = p.get(schemaParam);
  if (name?.t !== "str") throw new CannotRender("the table name is not a static string");
  if (schema !== void 0 && schema.t !== "none" && schema.t !== "str") throw new CannotRender("the schema is not a static string");
  return schema?.t === "str" ? `${schema.v}.${name.v}` : name.v;
}
var RENDERERS = {
  create_table: (p, d) => renderCreateTable(renderTable(p, "table_name"), p, d),
  drop_table: (p, d) => renderSimple("dropTable", renderTable(p, "table_name"), p, d, null),
  rename_table: (p, d) => {
    const to = p.get("new_table_name");
    if (to?.t !== "str") throw new CannotRender("the new table name is not a static string");
    const schema = p.get("schema");
    return renderSimple("renameTable", renderTable(p, "old_table_name"), p, d, schema?.t === "str" ? `${schema.v}.${to.v}` : to.v);
  },
  add_column: (p, d) => renderAddColumn(renderTable(p, "table_name"), p, d),
  drop_column: (p, d) => {
    const column = p.get("column_name");
    if (column?.t !== "str") throw new CannotRender("the column name is not a static string");
    return renderSimple("dropColumn", renderTable(p, "table_name"), p, d, column.v);
  },
  alter_column: (p, d) => renderAlterColumn(renderTable(p, "table_name"), p, d),
  create_index: (p, d) => renderCreateIndex(renderTable(p, "table_name"), p, d),
  drop_index: (p, d) => renderDropIndex(p.get("table_name")?.t === "str" ? renderTable(p, "table_name") : null, p, d),
  create_foreign_key: (p, d) => renderCreateForeignKey(renderTable(p, "source_table", "source_schema"), renderTable(p, "referent_table", "referent_schema"), p, d),
  create_check_constraint: (p, d) => renderCreateCheck(renderTable(p, "table_name"), p, d),
  create_unique_constraint: (p, d) => renderCreateKey(renderTable(p, "table_name"), p, d, "UNIQUE"),
  create_primary_key: (p, d) => renderCreateKey(renderTable(p, "table_name"), p, d, "PRIMARY KEY"),
  create_exclude_constraint: (p, d) => renderCreateExclude(renderTable(p, "table_name"), p, d),
  drop_constraint: (p, d) => renderDropConstraint(renderTable(p, "table_name"), p, d),
  create_table_comment: (p, d) => renderTableComment(renderTable(p, "table_name"), p.get("comment"), d),
  drop_table_comment: (p, d) => renderTableComment(renderTable(p, "table_name"), void 0, d)
};
function withSql(name, p, node, em, handler) {
  const render = RENDERERS[name];
  if (!render) return handler(p, node, em);
  const collected = [];
  const result = handler(p, node, { ...em, emit: (_n, op) => collected.push(op) });
  if (collected.length === 0) return result;
  emitRendered(node, em, collected, () => render(p, em.dialect));
  return result;
}
function emitRendered(node, em, collected, render) {
  try {
    const statements = render();
    em.rendered(node, statements, collected, collected.some((op) => op.conditional));
  } catch (error) {
    if (!(error instanceof CannotRender)) throw error;
    for (const op of collected) em.emit(node, { ...op, unrenderable: error.message });
  }
}
function callConnectionMethod(name, args, node, em) {
  switch (name) {
    case "execute":
    case "exec_driver_sql":
    case "scalar":
    case "scalars": {
      const statement = args.positional[0] ?? args.keywords.get("statement");
      if (!statement) return NONE;
      execute(statement, node, em, name === "exec_driver_sql");
      return unknown(`the rows returned by \`${node.text.slice(0, 60)}\` are only known at run time`);
    }
    case "commit":
      em.emit(node, { kind: "transaction", action: "commit" });
      return NONE;
    case "rollback":
      em.emit(node, { kind: "transaction", action: "rollback" });
      return NONE;
    case "in_transaction":
    case "get_isolation_level":
      return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`);
    default:
      return unknown(`\`${node.text.slice(0, 80)}\` uses the connection directly; what it does is only known at run time`, true);
  }
}
var SQL_METHODS = {
  is_: "is",
  is_not: "is not",
  isnot: "is not",
  in_: "in",
  not_in: "not in",
  notin_: "not in",
  like: "like",
  ilike: "ilike",
  __eq__: "==",
  __ne__: "!="
};
function callConstructMethod(receiver, name, args, node, em) {
  if (receiver.t === "table") {
    if (name === "update" || name === "delete" || name === "insert") return { t: "dml", action: name, table: receiver.name, hasWhere: false };
    return unknown(`\`${node.text.slice(0, 80)}\``);
  }
  if (receiver.t === "dml") {
    if (name === "where" || name === "filter" || name === "filter_by") return { ...receiver, hasWhere: true };
    return receiver;
  }
  const kind = lastSegment(receiver.path);
  const sqlMethod = SQL_METHODS[name];
  if (sqlMethod && (kind === "column" || kind === "literal_column" || kind === "__op__" || receiver.path.split(".").includes("func"))) {
    const operand = name === "in_" || name === "not_in" || name === "notin_" ? { t: "seq", items: args.positional[0]?.t === "seq" ? args.positional[0].items : [] } : args.positional[0] ?? NONE;
    return { t: "call", path: "sqlalchemy.__op__", args: [receiver, operand], kwargs: /* @__PURE__ */ new Map([["op", str(sqlMethod)]]), node, argNodes: [], kwargNodes: /* @__PURE__ */ new Map() };
  }
  if (kind === "text" || kind === "literal_column" || kind === "DDL") return receiver;
  if (kind === "Enum" || kind === "ENUM") {
    if (name === "create" || name === "drop") {
      const checkFirst = args.keywords.get("checkfirst");
      const guarded = checkFirst?.t === "bool" ? checkFirst.v : receiver.path.includes("postgresql");
      const nameValue = receiver.kwargs.get("name");
      if (nameValue?.t !== "str") {
        em.dynamic(node, `the enum's name in \`${receiver.node.text.slice(0, 80)}\` is not a static string`);
        return NONE;
      }
      const op = name === "create" ? { kind: "createEnum", name: nameValue.v, values: receiver.args.every((a) => a.t === "str") ? receiver.args.map((a) => a.v) : [], ...guarded ? { conditional: true } : {} } : { kind: "dropEnum", name: nameValue.v, ifExists: guarded };
      emitRendered(node, em, [op], () => renderEnumDdl(receiver, name, em.dialect));
      return NONE;
    }
  }
  if (kind === "Sequence" && (name === "create" || name === "drop")) {
    const seqName = receiver.args[0];
    em.emit(node, { kind: "other", statement: name === "create" ? "CreateSeqStmt" : "DropStmt", object: seqName?.t === "str" ? seqName.v : null });
    return NONE;
  }
  const touches = receiver.args.some(isTouchingDb) || [...receiver.kwargs.values()].some(isTouchingDb);
  if (touches && name === "execute") {
    const statement = args.positional[0];
    if (statement) execute(statement, node, em, false);
    return unknown(`the rows returned by \`${node.text.slice(0, 60)}\` are only known at run time`);
  }
  return unknown(`\`${node.text.slice(0, 80)}\` runs code whose effect is only known at run time`, touches || args.positional.some(isTouchingDb));
}
function execute(statement, node, em, driverSql) {
  if (statement.t === "str") {
    em.sql(node, statement.v, statement.origin);
    return;
  }
  if (statement.t === "call" && !driverSql) {
    const kind = lastSegment(statement.path);
    const first = statement.args[0];
    if ((kind === "text" || kind === "literal_column" || kind === "DDL") && first?.t === "str") {
      em.sql(node, first.v, first.origin);
      return;
    }
    if (statement.path.startsWith("sqlalchemy") && /^(Create|Drop|Add|Alter)/.test(kind)) {
      const target = statement.args[0];
      const object = target?.t === "call" && target.args[0]?.t === "str" ? target.args[0].v : null;
      em.emit(node, { kind: "other", statement: kind, object });
      return;
    }
  }
  if (statement.t === "dml") {
    em.emit(node, { kind: "dml", action: statement.action, table: statement.table, hasWhere: statement.hasWhere });
    return;
  }
  em.dynamic(node, `the executed statement is not static SQL: ${describe(statement, node)}`);
}
function describe(value, node) {
  if (value.t === "unknown") return value.why;
  if (value.t === "ref") return `\`${value.node?.text ?? value.path}\` is imported from \`${value.path.slice(0, value.path.lastIndexOf("."))}\`; its value is not in this file`;
  return `\`${node.text.slice(0, 80)}\` is only known at run time`;
}
function requireString(p, param, node, em, what) {
  const v = p.get(param);
  if (v?.t === "str") return v.v;
  if (v === void 0) em.dynamic(node, `${what} is missing`);
  else em.dynamic(node, `${what} \`${p.text(param).slice(0, 80)}\` is not a static string: ${describe(v, p.node(param) ?? node)}`);
  return null;
}
function optionalString(p, param) {
  const v = p.get(param);
  if (v === void 0 || v.t === "none") return null;
  if (v.t === "str") return v.v;
  return void 0;
}
function tableName(p, param, node, em, schemaParam = "schema") {
  const name = requireString(p, param, node, em, "the table name");
  if (name === null) return null;
  const schema = optionalString(p, schemaParam);
  if (schema === void 0) {
    em.dynamic(node, `the schema \`${p.text(schemaParam)}\` is not a static string`);
    return null;
  }
  return qualifiedName(schema, name);
}
function columnNames(value) {
  if (value === void 0 || value.t === "none") return [];
  const items = value.t === "seq" ? value.items : [value];
  const out = [];
  for (const item of items) {
    if (item.t === "str") out.push(item.v);
    else if (item.t === "call" && lastSegment(item.path) === "column" && item.args[0]?.t === "str") out.push(item.args[0].v);
    else {
      const sql = renderSqlExpression(item);
      if (sql === null) return null;
      out.push(sql);
    }
  }
  return out;
}
function requireColumns(p, param, node, em) {
  const columns = columnNames(p.get(param));
  if (columns === null) em.dynamic(node, `the column list \`${p.text(param).slice(0, 80)}\` is not static`);
  return columns;
}
function conditionText(p, param) {
  const v = p.get(param);
  if (v === void 0 || v.t === "none") return null;
  if (v.t === "str") return v.v;
  return renderSqlExpression(v) ?? p.text(param);
}
function checkExpression(text) {
  let t = text.trim();
  while (t.startsWith("(") && t.endsWith(")") && balanced(t.slice(1, -1))) t = t.slice(1, -1).trim();
  return t.toLowerCase();
}
function balanced(text) {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}
function notNullColumn(text) {
  const sql = /^\(?\s*"?([A-Za-z_][\w$]*)"?\s+is\s+not\s+null\s*\)?$/i.exec(text.trim());
  if (sql) return sql[1];
  const core = /column\(\s*['"]([^'"]+)['"]\s*\)\s*(?:!=\s*None|\.isnot\(\s*None\s*\)|\.is_not\(\s*None\s*\))/.exec(text);
  return core ? core[1] : null;
}
function splitColumnReference(ref) {
  const parts = ref.split(".");
  if (parts.length < 2) return null;
  const column = parts.pop();
  const table = parts.pop();
  return { table: qualifiedName(parts.pop() ?? null, table), column };
}
var INTEGER_TYPES = /* @__PURE__ */ new Set(["int2", "int4", "int8", "int", "bigint", "smallint", "mediumint", "tinyint"]);
function lowerColumn(value, valueNode, node, em) {
  if (value.t !== "call" || lastSegment(value.path) !== "Column") {
    em.dynamic(node, `\`${valueNode.text.slice(0, 80)}\` is not a static \`sa.Column(...)\`: ${describe(value, valueNode)}`);
    return null;
  }
  const args = [...value.args];
  const argNodes = [...value.argNodes];
  let name = null;
  const nameKw = value.kwargs.get("name");
  if (args[0]?.t === "str") {
    name = args.shift().v;
    argNodes.shift();
  } else if (nameKw?.t === "str") name = nameKw.v;
  if (name === null) {
    const written = args[0] ?? nameKw;
    const why = written ? `: ${describe(written, argNodes[0] ?? value.node)}` : "";
    em.dynamic(node, `the column name in \`${value.node.text.slice(0, 80)}\` is not a static string${why}`);
    return null;
  }
  const column = { name, type: null, notNull: false, default: null };
  const constraints = [];
  let enumDef = null;
  const typeCandidates = [];
  args.forEach((arg, i) => typeCandidates.push({ value: arg, node: argNodes[i] }));
  const typeKw = value.kwargs.get("type_");
  if (typeKw) typeCandidates.unshift({ value: typeKw, node: value.kwargNodes.get("type_") });
  for (const candidate of typeCandidates) {
    const item = candidate.value;
    const kind = item.t === "call" || item.t === "ref" ? lastSegment(item.path) : null;
    switch (kind) {
      case "ForeignKey": {
        const target = item.t === "call" ? item.args[0] : void 0;
        const ref = target?.t === "str" ? splitColumnReference(target.v) : null;
        column.references = ref ? { table: ref.table, columns: [ref.column] } : null;
        const fkName = item.t === "call" ? item.kwargs.get("name") : void 0;
        constraints.push({ name: fkName?.t === "str" ? fkName.v : null, kind: "foreignKey", columns: [name], notValid: false, usingIndex: null, references: column.references ?? null });
        break;
      }
      case "Identity":
        column.identity = true;
        column.notNull = true;
        break;
      case "Computed": {
        const persisted = item.t === "call" ? item.kwargs.get("persisted") : void 0;
        column.generatedStored = persisted?.t === "bool" ? persisted.v : em.dialect === "postgres";
        break;
      }
      case "Sequence":
      case "CheckConstraint":
      case "FetchedValue":
        break;
      default: {
        if (column.type) break;
        const mapped = mapSqlAlchemyType(item, em.dialect, candidate.node.text);
        if (mapped) {
          column.type = mapped.type;
          enumDef = mapped.enumDef;
        } else em.dynamic(node, `the type of column \`${name}\` is not static: ${describe(item, candidate.node)}`);
      }
    }
  }
  const primaryKey = value.kwargs.get("primary_key");
  if (primaryKey?.t === "bool" && primaryKey.v) {
    column.primaryKey = true;
    column.notNull = true;
    constraints.push({ name: null, kind: "primaryKey", columns: [name], notValid: false, usingIndex: null });
  }
  const nullable = value.kwargs.get("nullable");
  if (nullable !== void 0) {
    if (nullable.t === "bool") column.notNull = !nullable.v || Boolean(column.primaryKey) || Boolean(column.identity);
    else em.dynamic(node, `\`nullable\` of column \`${name}\` is not a static True/False`);
  }
  const serverDefaultValue = value.kwargs.get("server_default");
  if (serverDefaultValue !== void 0) {
    const d = serverDefault(serverDefaultValue);
    if (d === void 0) {
      const text = value.kwargNodes.get("server_default")?.text ?? "server_default";
      em.dynamic(node, `the server_default of column \`${name}\` (\`${text.slice(0, 80)}\`) is not static SQL`);
      column.default = { sql: text, volatile: false };
    } else column.default = d;
  }
  const unique = value.kwargs.get("unique");
  const index = value.kwargs.get("index");
  const indexed = index?.t === "bool" && index.v;
  if (unique?.t === "bool" && unique.v) {
    column.unique = true;
    if (!indexed) constraints.push({ name: null, kind: "unique", columns: [name], notValid: false, usingIndex: null });
  }
  const comment = value.kwargs.get("comment");
  if (comment?.t === "str") column.comment = comment.v;
  const autoincrement = value.kwargs.get("autoincrement");
  return {
    column,
    constraints,
    index: indexed ? { unique: Boolean(column.unique) } : null,
    enumDef,
    autoincrement: autoincrement?.t === "bool" ? autoincrement.v : "auto"
  };
}
function markImplicitSerial(columns) {
  const primaryKeys = columns.filter((c) => c.column.primaryKey);
  for (const c of columns) {
    const integer = c.column.type !== null && INTEGER_TYPES.has(c.column.type.name) && !c.column.type.array;
    if (!integer || c.column.identity) continue;
    const implicit = c.autoincrement === "auto" && primaryKeys.length === 1 && primaryKeys[0] === c && !c.column.references;
    if (c.autoincrement === true || implicit) {
      c.column.identity = true;
      c.column.notNull = true;
    }
  }
}
function tableConstraint(value, valueNode, node, em) {
  if (value.t !== "call") {
    em.dynamic(node, `\`${valueNode.text.slice(0, 80)}\` is not a static column or constraint: ${describe(value, valueNode)}`);
    return null;
  }
  const kind = lastSegment(value.path);
  const nameValue = value.kwargs.get("name");
  const name = nameValue?.t === "str" ? nameValue.v : null;
  const strings = (items) => items.filter((i) => i.t === "str").map((i) => i.v);
  switch (kind) {
    case "PrimaryKeyConstraint":
      return { name, kind: "primaryKey", columns: strings(value.args), notValid: false, usingIndex: null };
    case "UniqueConstraint":
      return { name, kind: "unique", columns: strings(value.args), notValid: false, usingIndex: null };
    case "CheckConstraint": {
      const condition2 = value.args[0];
      const text = condition2?.t === "str" ? condition2.v : (condition2 && renderSqlExpression(condition2)) ?? value.argNodes[0]?.text ?? "";
      return { name, kind: "check", columns: [], notValid: false, usingIndex: null, expression: checkExpression(text), notNullColumn: notNullColumn(text) };
    }
    case "ForeignKeyConstraint": {
      const local = columnNames(value.args[0] ?? value.kwargs.get("columns"));
      const remote = columnNames(value.args[1] ?? value.kwargs.get("refcolumns"));
      const refs = (remote ?? []).map(splitColumnReference).filter((r) => r !== null);
      return {
        name,
        kind: "foreignKey",
        columns: local ?? [],
        notValid: false,
        usingIndex: null,
        references: refs.length > 0 ? { table: refs[0].table, columns: refs.map((r) => r.column) } : null
      };
    }
    case "Index":
      return "index";
    case "ExcludeConstraint": {
      const columns = [];
      for (const element of value.args) {
        const first = element.t === "seq" ? element.items[0] : void 0;
        const found = first ? columnNames(first) : null;
        if (found) columns.push(...found);
      }
      return { name, kind: "exclusion", columns, notValid: false, usingIndex: null };
    }
    default:
      em.dynamic(node, `\`${valueNode.text.slice(0, 80)}\` is not a column or constraint this linter models`);
      return null;
  }
}
function tableIndex(value, table, node, em) {
  const indexName = value.args[0];
  const columns = columnNames({ t: "seq", items: value.args.slice(1) });
  if (indexName?.t !== "str" || columns === null) {
    em.dynamic(node, `\`${value.node.text.slice(0, 80)}\` is not a static index definition`);
    return;
  }
  const unique = value.kwargs.get("unique");
  const where = value.kwargs.get("postgresql_where");
  const using = value.kwargs.get("postgresql_using");
  em.emit(node, {
    kind: "createIndex",
    name: indexName.v,
    table,
    columns,
    unique: unique?.t === "bool" && unique.v,
    concurrently: false,
    ifNotExists: false,
    where: where ? where.t === "str" ? where.v : renderSqlExpression(where) ?? value.kwargNodes.get("postgresql_where")?.text ?? null : null,
    method: using?.t === "str" ? using.v : em.dialect === "postgres" ? "btree" : null
  });
}
function columnIndex(table, column, node, em) {
  if (!column.index) return;
  const bareTable2 = table.includes(".") ? table.slice(table.lastIndexOf(".") + 1) : table;
  em.emit(node, {
    kind: "createIndex",
    name: `ix_${bareTable2}_${column.column.name}`,
    table,
    columns: [column.column.name],
    unique: column.index.unique,
    concurrently: false,
    ifNotExists: false,
    where: null,
    method: em.dialect === "postgres" ? "btree" : null
  });
}
function conditionalIf(flag2) {
  return flag2 ? { conditional: true } : {};
}
var HANDLERS = {
  create_table(p, node, em) {
    const table = tableName(p, "table_name", node, em);
    if (table === null) return NONE;
    const columns = [];
    const constraints = [];
    const indexes = [];
    p.rest.forEach((item, i) => {
      const itemNode = p.restNodes[i];
      if (item.t === "call" && lastSegment(item.path) === "Column") {
        const c2 = lowerColumn(item, itemNode, node, em);
        if (c2) columns.push(c2);
        return;
      }
      const c = tableConstraint(item, itemNode, node, em);
      if (c === "index") indexes.push(item);
      else if (c) constraints.push(c);
    });
    markImplicitSerial(columns);
    const primaryKeyColumns = columns.filter((c) => c.column.primaryKey).map((c) => c.column.name);
    const tableConstraints = [];
    if (primaryKeyColumns.length > 0) tableConstraints.push({ name: null, kind: "primaryKey", columns: primaryKeyColumns, notValid: false, usingIndex: null });
    for (const c of columns) tableConstraints.push(...c.constraints.filter((s) => s.kind !== "primaryKey"));
    for (const c of constraints) {
      tableConstraints.push(c);
      if (c.kind === "primaryKey") {
        for (const col of columns) if (c.columns.includes(col.column.name)) col.column.notNull = true;
      }
    }
    const ifNotExists = p.flag("if_not_exists") === true;
    if (em.dialect === "postgres") {
      const seen = /* @__PURE__ */ new Set();
      for (const c of columns) {
        if (!c.enumDef?.createType || seen.has(c.enumDef.name)) continue;
        seen.add(c.enumDef.name);
        em.emit(node, { kind: "createEnum", name: c.enumDef.name, values: c.enumDef.values });
      }
    }
    em.emit(node, { kind: "createTable", table, columns: columns.map((c) => c.column), constraints: tableConstraints, ifNotExists, ...conditionalIf(ifNotExists) });
    for (const c of columns) columnIndex(table, c, node, em);
    for (const index of indexes) tableIndex(index, table, node, em);
    const comment = p.get("comment");
    if (comment?.t === "str") em.emit(node, { kind: "comment", target: "table", table, column: null, text: comment.v });
    return { t: "table", name: table };
  },
  drop_table(p, node, em) {
    const table = tableName(p, "table_name", node, em);
    if (table === null) return NONE;
    const ifExists = p.flag("if_exists") === true;
    em.emit(node, { kind: "dropTable", table, ifExists, cascade: false, ...conditionalIf(ifExists) });
    return NONE;
  },
  rename_table(p, node, em) {
    const table = tableName(p, "old_table_name", node, em);
    const newName = tableName(p, "new_table_name", node, em);
    if (table === null || newName === null) return NONE;
    em.emit(node, { kind: "renameTable", table, newName });
    return NONE;
  },
  add_column(p, node, em) {
    const table = tableName(p, "table_name", node, em);
    const value = p.get("column");
    if (table === null) return NONE;
    if (!value) {
      em.dynamic(node, "the column is missing");
      return NONE;
    }
    const lowered = lowerColumn(value, p.node("column") ?? node, node, em);
    if (!lowered) return NONE;
    markImplicitSerial([lowered]);
    const ifNotExists = p.flag("if_not_exists") === true;
    const guard = conditionalIf(ifNotExists);
    const position = em.dialect === "mysql" ? columnPosition(p) : void 0;
    em.emit(node, { kind: "addColumn", table, column: lowered.column, ifNotExists, ...guard, ...position ? { position } : {} });
    for (const constraint of lowered.constraints) em.emit(node, { kind: "addConstraint", table, constraint, ...guard });
    columnIndex(table, lowered, node, em);
    return NONE;
  },
  drop_column(p, node, em) {
    const table = tableName(p, "table_name", node, em);
    const column = requireString(p, "column_name", node, em, "the column name");
    if (table === null || column === null) return NONE;
    const ifExists = p.flag("if_exists") === true;
    em.emit(node, { kind: "dropColumn", table, column, ifExists, ...conditionalIf(ifExists) });
    return NONE;
  },
  alter_column(p, node, em) {
    const table = tableName(p, "table_name", node, em);
    const column = requireString(p, "column_name", node, em, "the column name");
    if (table === null || column === null) return NONE;
    const typeValue = p.get("type_");
    if (typeValue !== void 0 && typeValue.t !== "none") {
      const mapped = mapSqlAlchemyType(typeValue, em.dialect, p.text("type_"));
      if (mapped) {
        const using = p.get("postgresql_using");
        em.emit(node, { kind: "alterColumnType", table, column, type: mapped.type, using: using?.t === "str" ? using.v : using ? p.text("postgresql_using") : null });
      } else em.dynamic(node, `the new type \`${p.text("type_").slice(0, 80)}\` is not static: ${describe(typeValue, p.node("type_") ?? node)}`);
    }
    const nullable = p.get("nullable");
    if (nullable !== void 0 && nullable.t !== "none") {
      if (nullable.t === "bool") em.emit(node, { kind: nullable.v ? "dropNotNull" : "setNotNull", table, column });
      else em.dynamic(node, `\`nullable=${p.text("nullable").slice(0, 60)}\` is not a static True/False`);
    }
    const defaultValue = p.get("server_default");
    const identity = (v) => v?.t === "call" && lastSegment(v.path) === "Identity";
    if (identity(defaultValue)) {
      em.emit(node, { kind: "other", statement: "AlterTableStmt", object: table });
    } else if (defaultValue?.t === "none" && identity(p.get("existing_server_default"))) {
      em.emit(node, { kind: "other", statement: "AlterTableStmt", object: table });
    } else if (defaultValue !== void 0 && !(defaultValue.t === "bool" && !defaultValue.v)) {
      const d = serverDefault(defaultValue);
      if (d === null) em.emit(node, { kind: "dropDefault", table, column });
      else if (d) em.emit(node, { kind: "setDefault", table, column, default: d });
      else em.dynamic(node, `the server_default \`${p.text("server_default").slice(0, 80)}\` is not static SQL`);
    }
    const comment = p.get("comment");
    if (comment !== void 0 && !(comment.t === "bool" && !comment.v)) {
      if (comment.t === "str" || comment.t === "none") em.emit(node, { kind: "comment", target: "column", table, column, text: comment.t === "str" ? comment.v : null });
      else em.dynamic(node, `the comment \`${p.text("comment").slice(0, 80)}\` is not a static string`);
    }
    const newName = p.get("new_column_name");
    if (newName !== void 0 && newName.t !== "none") {
      if (newName.t === "str") em.emit(node, { kind: "renameColumn", table, column, newName: newName.v });
      else em.dynamic(node, `the new column name \`${p.text("new_column_name").slice(0, 80)}\` is not a static string`);
    }
    return NONE;
  },
  create_index(p, node, em) {
    const nameValue = optionalString(p, "index_name");
    const table = tableName(p, "table_name", node, em);
    const columns = requireColumns(p, "columns", node, em);
    if (table === null || columns === null) return NONE;
    if (nameValue === void 0) {
      em.dynamic(node, `the index name \`${p.text("index_name").slice(0, 80)}\` is not a static string`);
      return NONE;
    }
    const postgres = em.dialect === "postgres";
    const concurrently = postgres && flagOrReport(p, "postgresql_concurrently", node, em);
    const ifNotExists = p.flag("if_not_exists") === true;
    const using = p.get(postgres ? "postgresql_using" : "mysql_using");
    em.emit(node, {
      kind: "createIndex",
      name: nameValue,
      table,
      columns,
      unique: flagOrReport(p, "unique", node, em),
      concurrently,
      ifNotExists,
      where: postgres ? conditionText(p, "postgresql_where") : null,
      // PostgreSQL's default access method, as the SQL front end reports it.
      method: using?.t === "str" ? using.v : postgres ? "btree" : null,
      ...conditionalIf(ifNotExists),
      ...mysqlOnline(p, em)
    });
    return NONE;
  },
  drop_index(p, node, em) {
    const name = requireString(p, "index_name", node, em, "the index name");
    if (name === null) return NONE;
    const tableValue = optionalString(p, "table_name");
    const schema = optionalString(p, "schema");
    const ifExists = p.flag("if_exists") === true;
    em.emit(node, {
      kind: "dropIndex",
      name: qualifiedName(schema ?? null, name),
      table: tableValue ? qualifiedName(schema ?? null, tableValue) : null,
      concurrently: em.dialect === "postgres" && flagOrReport(p, "postgresql_concurrently", node, em),
      ifExists,
      ...conditionalIf(ifExists)
    });
    return NONE;
  },
  create_foreign_key(p, node, em) {
    const name = optionalString(p, "constraint_name");
    const table = tableName(p, "source_table", node, em, "source_schema");
    const referent = tableName(p, "referent_table", node, em, "referent_schema");
    const local = requireColumns(p, "local_cols", node, em);
    const remote = requireColumns(p, "remote_cols", node, em);
    if (table === null || referent === null || local === null || remote === null) return NONE;
    em.emit(node, {
      kind: "addConstraint",
      table,
      constraint: {
        name: name ?? null,
        kind: "foreignKey",
        columns: local,
        notValid: em.dialect === "postgres" && flagOrReport(p, "postgresql_not_valid", node, em),
        usingIndex: null,
        references: { table: referent, columns: remote }
      }
    });
    return NONE;
  },
  create_check_constraint(p, node, em) {
    const name = optionalString(p, "constraint_name");
    const table = tableName(p, "table_name", node, em);
    if (table === null) return NONE;
    const text = conditionText(p, "condition") ?? "";
    em.emit(node, {
      kind: "addConstraint",
      table,
      constraint: {
        name: name ?? null,
        kind: "check",
        columns: [],
        notValid: em.dialect === "postgres" && flagOrReport(p, "postgresql_not_valid", node, em),
        usingIndex: null,
        expression: checkExpression(text),
        notNullColumn: notNullColumn(text)
      }
    });
    return NONE;
  },
  create_unique_constraint(p, node, em) {
    return addKeyConstraint(p, node, em, "unique");
  },
  create_primary_key(p, node, em) {
    return addKeyConstraint(p, node, em, "primaryKey");
  },
  create_exclude_constraint(p, node, em) {
    const name = optionalString(p, "constraint_name");
    const table = tableName(p, "table_name", node, em);
    if (table === null) return NONE;
    const columns = [];
    for (const element of p.rest) {
      const first = element.t === "seq" ? element.items[0] : void 0;
      const names2 = first ? columnNames(first) : null;
      if (names2) columns.push(...names2);
    }
    em.emit(node, { kind: "addConstraint", table, constraint: { name: name ?? null, kind: "exclusion", columns, notValid: false, usingIndex: null, expression: conditionText(p, "where") } });
    return NONE;
  },
  drop_constraint(p, node, em) {
    const name = requireString(p, "constraint_name", node, em, "the constraint name");
    const table = tableName(p, "table_name", node, em);
    if (name === null || table === null) return NONE;
    const type = optionalString(p, "type_");
    const kinds = { foreignkey: "foreignKey", primary: "primaryKey", unique: "unique", check: "check" };
    const ifExists = p.flag("if_exists") === true;
    em.emit(node, { kind: "dropConstraint", table, name, ifExists, constraintKind: type ? kinds[type] ?? null : null, ...conditionalIf(ifExists) });
    return NONE;
  },
  create_table_comment(p, node, em) {
    const table = tableName(p, "table_name", node, em);
    if (table === null) return NONE;
    const comment = p.get("comment");
    if (comment?.t !== "str" && comment?.t !== "none") {
      em.dynamic(node, `the comment \`${p.text("comment").slice(0, 80)}\` is not a static string`);
      return NONE;
    }
    em.emit(node, { kind: "comment", target: "table", table, column: null, text: comment.t === "str" ? comment.v : null });
    return NONE;
  },
  drop_table_comment(p, node, em) {
    const table = tableName(p, "table_name", node, em);
    if (table === null) return NONE;
    em.emit(node, { kind: "comment", target: "table", table, column: null, text: null });
    return NONE;
  },
  execute(p, node, em) {
    const statement = p.get("sqltext");
    if (!statement) {
      em.dynamic(node, "op.execute() without a statement");
      return NONE;
    }
    execute(statement, node, em, false);
    return NONE;
  },
  bulk_insert(p, node, em) {
    const table = p.get("table");
    if (table?.t !== "table") {
      em.dynamic(node, `the table \`${p.text("table").slice(0, 80)}\` of bulk_insert is not a static \`sa.table(...)\`: ${table ? describe(table, p.node("table") ?? node) : "missing"}`);
      return NONE;
    }
    em.emit(node, { kind: "dml", action: "insert", table: table.name, hasWhere: false });
    return NONE;
  },
  batch_alter_table(p, node, em) {
    const table = tableName(p, "table_name", node, em);
    if (table === null) return unknown("the batch table name is not static");
    const recreate = p.get("recreate");
    if (recreate?.t === "str" && recreate.v === "always") {
      em.emit(node, { kind: "alterTableOption", table, option: "recreate", detail: `batch_alter_table(recreate='always') copies every row of ${table} into a new table` });
    }
    return { t: "batch", table, node };
  }
};
function addKeyConstraint(p, node, em, kind) {
  const name = optionalString(p, "constraint_name");
  const table = tableName(p, "table_name", node, em);
  const columns = requireColumns(p, "columns", node, em);
  if (table === null || columns === null) return NONE;
  em.emit(node, { kind: "addConstraint", table, constraint: { name: name ?? null, kind, columns, notValid: false, usingIndex: null }, ...mysqlOnline(p, em) });
  return NONE;
}
function flagOrReport(p, name, node, em) {
  const f = p.flag(name);
  if (f === "unknown") {
    em.dynamic(node, `\`${name}=${p.text(name).slice(0, 60)}\` is not a static value`);
    return false;
  }
  return f === true;
}
function mysqlOnline(p, em) {
  if (em.dialect !== "mysql") return {};
  const algorithm = p.get("mysql_algorithm");
  const lock = p.get("mysql_lock");
  if (algorithm?.t !== "str" && lock?.t !== "str") return {};
  return { online: { algorithm: algorithm?.t === "str" ? algorithm.v.toUpperCase() : null, lock: lock?.t === "str" ? lock.v.toUpperCase() : null } };
}
function columnPosition(p) {
  const after = p.get("insert_after");
  if (after?.t === "str") return { after: after.v };
  return null;
}

// src/parse/alembic/interpreter.ts
var MAX_EXPRESSION_DEPTH = EVALUATION_LIMITS.expressionDepth;
var MAX_BLOCK_DEPTH = EVALUATION_LIMITS.blockDepth;
var MAX_CALL_DEPTH = EVALUATION_LIMITS.callDepth;
var MAX_LOOP_ITERATIONS = EVALUATION_LIMITS.loopIterations;
var MAX_STEPS = EVALUATION_LIMITS.steps;
var HARMLESS_MODULES = /* @__PURE__ */ new Set([
  "builtins",
  "logging",
  "os",
  "sys",
  "datetime",
  "uuid",
  "json",
  "re",
  "typing",
  "enum",
  "decimal",
  "time",
  "warnings",
  "textwrap",
  "collections",
  "itertools",
  "functools",
  "pathlib",
  "string",
  "math",
  "random",
  "hashlib",
  "sqlalchemy",
  "sqlmodel",
  "alembic",
  "pprint",
  "copy",
  "dataclasses",
  "typing_extensions",
  "__future__"
]);
var SQLALCHEMY_NAMES = /* @__PURE__ */ new Set([
  "Column",
  "ForeignKey",
  "Integer",
  "BigInteger",
  "SmallInteger",
  "String",
  "Text",
  "Boolean",
  "DateTime",
  "Date",
  "Time",
  "Numeric",
  "Float",
  "JSON",
  "Enum",
  "LargeBinary",
  "Unicode",
  "UnicodeText",
  "Interval",
  "UUID",
  "Uuid",
  "text",
  "func",
  "table",
  "column",
  "Table",
  "MetaData",
  "PrimaryKeyConstraint",
  "ForeignKeyConstraint",
  "UniqueConstraint",
  "CheckConstraint",
  "Index",
  "Identity",
  "Computed",
  "Sequence",
  "literal_column",
  "true",
  "false",
  "null",
  "ARRAY",
  "update",
  "delete",
  "insert",
  "select",
  "and_",
  "or_"
]);
var BUILTINS = /* @__PURE__ */ new Set(["print", "len", "range", "str", "int", "list", "tuple", "dict", "set", "sorted", "reversed", "enumerate", "zip", "isinstance", "getattr", "hasattr", "repr", "bool", "float", "min", "max", "any", "all", "format", "open", "super", "type", "object", "Exception", "NotImplementedError", "ValueError", "RuntimeError"]);
var Interpreter = class {
  constructor(options) {
    this.options = options;
  }
  options;
  moduleScope = new Scope(null);
  reportSyntax = true;
  /** One construct, one `unanalyzable`, per migration function. */
  unchecked = new UncheckedReports();
  get dialect() {
    return this.options.dialect;
  }
  loc(node) {
    return { file: this.options.file, line: node.startPosition.row + 1, endLine: node.endPosition.row + 1, column: node.startPosition.column + 1 };
  }
  /** The location of an operation call, with where it ends (exact fixes edit at its end). */
  callLoc(node) {
    return { ...this.loc(node), endColumn: node.endPosition.column + 1 };
  }
  /**
   * Runs a function definition's body with no arguments (upgrade/downgrade). `reportSyntax`: syntax
   * errors met on the way become ops in place (for upgrade(); elsewhere they are reported with the
   * upgrade by the caller, since a file that does not import fails its upgrade too).
   */
  runFunction(def, body, reportSyntax) {
    this.reportSyntax = reportSyntax;
    this.unchecked.clear();
    const frame = {
      out: [],
      autocommit: false,
      conditional: false,
      quiet: false,
      blockDepth: 0,
      callDepth: 0,
      budget: { steps: 0, exhausted: false, amplified: 0 },
      returnValue: NONE,
      raised: null
    };
    const statements = body ?? def.childForFieldName("body")?.namedChildren ?? [];
    const flow = this.execStatements(statements, new Scope(this.moduleScope), frame);
    return { out: frame.out, raised: flow === "raise" ? frame.raised : null };
  }
  /** Evaluates a module-level statement list: imports, constants, helper functions. */
  defineModule(statements) {
    const frame = {
      out: [],
      autocommit: false,
      conditional: false,
      quiet: true,
      blockDepth: 0,
      callDepth: MAX_CALL_DEPTH,
      budget: { steps: 0, exhausted: false, amplified: 0 },
      returnValue: NONE,
      raised: null
    };
    for (const statement of statements) {
      if (statement.hasError) continue;
      switch (statement.type) {
        case "import_statement":
        case "import_from_statement":
          this.bindImport(statement, this.moduleScope);
          break;
        case "function_definition":
        case "decorated_definition":
          this.defineFunction(statement, this.moduleScope);
          break;
        case "expression_statement":
          if (statement.firstNamedChild?.type === "assignment") this.execAssignment(statement.firstNamedChild, this.moduleScope, frame);
          break;
        case "class_definition": {
          const name = statement.childForFieldName("name")?.text;
          if (name) this.moduleScope.vars.set(name, this.classValue(statement, name, frame));
          break;
        }
        default:
          break;
      }
    }
  }
  /** An enum class (any base ending in `Enum`) keeps its members, so `sa.Enum(Status)` knows its values. */
  classValue(statement, name, frame) {
    const bases = statement.childForFieldName("superclasses")?.text ?? "";
    const body = statement.childForFieldName("body");
    if (!/Enum\b/.test(bases) || !body) return unknown(`\`${name}\` is a class defined in the migration`);
    const names2 = [];
    const values = [];
    for (const member of body.namedChildren) {
      const assignment = member.type === "expression_statement" ? member.firstNamedChild : null;
      const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
      const right = assignment?.childForFieldName("right");
      if (left?.type !== "identifier" || !right || left.text.startsWith("_")) continue;
      names2.push(left.text);
      values.push(this.evalExpr(right, this.moduleScope, frame, 0));
    }
    return { t: "pyenum", className: name, names: names2, values };
  }
  // ---------------------------------------------------------------- statements
  execBlock(block, scope, frame) {
    return this.execStatements(block.namedChildren, scope, frame);
  }
  execStatements(statements, scope, frame) {
    for (const statement of statements) {
      if (frame.budget.exhausted) return "normal";
      if (++frame.budget.steps > MAX_STEPS) {
        frame.budget.exhausted = true;
        this.budgetExceeded(frame, statement, BUDGET_EXCEEDED.steps);
        return "normal";
      }
      const flow = this.execStatement(statement, scope, frame);
      if (flow !== "normal") return flow;
    }
    return "normal";
  }
  execStatement(statement, scope, frame) {
    if (statement.type === "comment") return "normal";
    if (statement.type === "ERROR" || statement.hasError && !COMPOUND.has(statement.type)) {
      this.emitProblems(frame, statement);
      return "normal";
    }
    if (statement.hasError && headerHasError(statement)) {
      this.emitProblems(frame, statement);
      return "normal";
    }
    switch (statement.type) {
      case "expression_statement":
        return this.execExpressionStatement(statement, scope, frame);
      case "return_statement": {
        const value = statement.firstNamedChild;
        frame.returnValue = value ? this.evalExpr(value, scope, frame, 0) : NONE;
        return "return";
      }
      case "raise_statement":
        frame.raised = { node: statement, message: this.raiseMessage(statement, scope, frame) };
        return "raise";
      case "pass_statement":
      case "global_statement":
      case "nonlocal_statement":
      case "assert_statement":
      case "delete_statement":
      case "print_statement":
        return "normal";
      case "break_statement":
        return "break";
      case "continue_statement":
        return "continue";
      case "import_statement":
      case "import_from_statement":
        this.bindImport(statement, scope);
        return "normal";
      case "function_definition":
      case "decorated_definition":
        this.defineFunction(statement, scope);
        return "normal";
      case "class_definition":
        return "normal";
      case "if_statement":
        return this.nested(statement, frame, () => this.execIf(statement, scope, frame));
      case "for_statement":
        return this.nested(statement, frame, () => this.execFor(statement, scope, frame));
      case "while_statement":
        return this.nested(statement, frame, () => this.execWhile(statement, scope, frame));
      case "with_statement":
        return this.nested(statement, frame, () => this.execWith(statement, scope, frame));
      case "try_statement":
        return this.nested(statement, frame, () => this.execTry(statement, scope, frame));
      default:
        this.dynamic(frame, statement, `\`${statement.type.replace(/_/g, " ")}\` is not analysed`);
        return "normal";
    }
  }
  nested(statement, frame, run) {
    if (frame.blockDepth >= MAX_BLOCK_DEPTH) {
      this.dynamic(frame, statement, `blocks nested more than ${MAX_BLOCK_DEPTH} deep are not analysed`);
      return "normal";
    }
    frame.blockDepth++;
    try {
      return run();
    } finally {
      frame.blockDepth--;
    }
  }
  execExpressionStatement(statement, scope, frame) {
    const expression2 = statement.firstNamedChild;
    if (!expression2) return "normal";
    if (expression2.type === "assignment" || expression2.type === "augmented_assignment") {
      const value2 = this.execAssignment(expression2, scope, frame);
      this.reportOpaque(frame, expression2, value2);
      return "normal";
    }
    if (expression2.type === "string" || expression2.type === "concatenated_string" || expression2.type === "ellipsis") return "normal";
    const value = this.evalExpr(expression2, scope, frame, 0);
    this.reportOpaque(frame, expression2, value);
    return "normal";
  }
  /** A statement-level call into code we cannot see (an imported helper, an ORM session) may change the schema: say so. */
  reportOpaque(frame, node, value) {
    if (value.t === "unknown" && value.touchesDb) this.dynamic(frame, node, value.why);
  }
  execAssignment(node, scope, frame) {
    const right = node.childForFieldName("right");
    const left = node.childForFieldName("left");
    if (!right || !left) return NONE;
    if (node.type === "augmented_assignment") {
      const operator = node.childForFieldName("operator")?.type ?? "";
      const current = this.evalExpr(left, scope, frame, 0);
      const value2 = this.binary(operator.replace("=", ""), current, this.evalExpr(right, scope, frame, 0));
      this.bindTarget(left, value2, scope);
      return value2;
    }
    const value = right.type === "assignment" ? this.execAssignment(right, scope, frame) : this.evalExpr(right, scope, frame, 0);
    this.bindTarget(left, value, scope);
    return value;
  }
  bindTarget(target, value, scope, depth = 0) {
    if (depth > MAX_EXPRESSION_DEPTH) return;
    switch (target.type) {
      case "identifier":
        scope.vars.set(target.text, value);
        return;
      case "pattern_list":
      case "tuple_pattern":
      case "list_pattern":
      case "expression_list":
      case "tuple":
      case "list": {
        const targets = target.namedChildren;
        targets.forEach((t, i) => {
          const item = value.t === "seq" && value.items.length === targets.length ? value.items[i] : unknown("the value was unpacked from a runtime value");
          this.bindTarget(t, item, scope, depth + 1);
        });
        return;
      }
      default:
        return;
    }
  }
  execIf(statement, scope, frame) {
    const branches = [
      { condition: statement.childForFieldName("condition"), body: statement.childForFieldName("consequence") }
    ];
    for (const alternative of statement.childrenForFieldName("alternative")) {
      if (alternative.type === "elif_clause") branches.push({ condition: alternative.childForFieldName("condition"), body: alternative.childForFieldName("consequence") });
      else branches.push({ condition: null, body: alternative.childForFieldName("body") });
    }
    let uncertain = false;
    for (const branch of branches) {
      const verdict = branch.condition ? truthy(this.evalExpr(branch.condition, scope, frame, 0)) : true;
      if (verdict === false) continue;
      if (!branch.body) continue;
      if (verdict === true && !uncertain) return this.execBlock(branch.body, scope, frame);
      uncertain = true;
      this.runMaybe(branch.body, scope, frame);
      if (verdict === true) break;
    }
    return "normal";
  }
  /** Runs a block that may or may not execute: its ops are conditional; a return inside makes the rest conditional. */
  runMaybe(body, scope, frame) {
    const child = { ...frame, conditional: true };
    const flow = this.execBlock(body, scope, child);
    this.mergeBack(frame, child);
    if (flow === "return" || flow === "raise") frame.conditional = true;
  }
  mergeBack(parent, child) {
    parent.returnValue = child.returnValue;
    parent.raised = child.raised ?? parent.raised;
  }
  /** Unrolled loops being run (the output budget counts what they emit). */
  loopDepth = 0;
  execFor(statement, scope, frame) {
    const left = statement.childForFieldName("left");
    const right = statement.childForFieldName("right");
    const body = statement.childForFieldName("body");
    const alternative = statement.childForFieldName("alternative");
    if (!left || !right || !body) return "normal";
    const iterable = this.evalExpr(right, scope, frame, 0);
    const items = iterate(iterable);
    if (!items || items.length > MAX_LOOP_ITERATIONS) {
      const why = items ? `the loop has ${items.length} iterations (more than ${MAX_LOOP_ITERATIONS})` : describeUnknown(iterable, right.text);
      const report = this.dynamic(frame, statement, `loop over runtime data: ${why}`);
      this.bindTarget(left, unknown(`\`${left.text}\` is a loop variable over runtime data`), scope);
      this.execLoopBody(body, scope, frame, report);
      return "normal";
    }
    this.loopDepth++;
    try {
      for (const item of items) {
        this.bindTarget(left, item, scope);
        const flow = this.execBlock(body, scope, frame);
        if (flow === "break") return "normal";
        if (flow === "return" || flow === "raise") return flow;
      }
    } finally {
      this.loopDepth--;
    }
    const elseBody = alternative?.childForFieldName("body");
    return elseBody ? this.execBlock(elseBody, scope, frame) : "normal";
  }
  execWhile(statement, scope, frame) {
    const condition2 = statement.childForFieldName("condition");
    const body = statement.childForFieldName("body");
    if (condition2 && truthy(this.evalExpr(condition2, scope, frame, 0)) === false) return "normal";
    const report = this.dynamic(frame, statement, `\`while\` loop: how often it runs is only known at run time`);
    if (body) this.execLoopBody(body, scope, frame, report);
    return "normal";
  }
  execWith(statement, scope, frame) {
    const clause = statement.namedChildren.find((c) => c.type === "with_clause");
    const body = statement.childForFieldName("body");
    if (!body) return "normal";
    let child = frame;
    for (const item of clause?.namedChildren ?? []) {
      if (item.type !== "with_item") continue;
      let valueNode = item.childForFieldName("value");
      let alias = null;
      if (valueNode?.type === "as_pattern") {
        alias = valueNode.childForFieldName("alias")?.firstNamedChild ?? null;
        valueNode = valueNode.firstNamedChild;
      }
      if (!valueNode) continue;
      const value = this.evalExpr(valueNode, scope, child, 0);
      if (value.t === "autocommit") child = { ...child, autocommit: true };
      if (alias) this.bindTarget(alias, value, scope);
    }
    const flow = this.execBlock(body, scope, child);
    if (child !== frame) this.mergeBack(frame, child);
    return flow;
  }
  execTry(statement, scope, frame) {
    const body = statement.childForFieldName("body");
    let flow = "normal";
    if (body) flow = this.execBlock(body, scope, frame);
    for (const clause of statement.namedChildren) {
      if (clause.type === "except_clause" || clause.type === "except_group_clause") {
        const handler = clause.namedChildren.find((c) => c.type === "block");
        if (handler) this.runMaybe(handler, scope, frame);
      } else if (clause.type === "else_clause" && flow === "normal") {
        const elseBody = clause.childForFieldName("body");
        if (elseBody) flow = this.execBlock(elseBody, scope, frame);
      } else if (clause.type === "finally_clause") {
        const finallyBody = clause.namedChildren.find((c) => c.type === "block");
        if (finallyBody) {
          const finallyFlow = this.execBlock(finallyBody, scope, frame);
          if (finallyFlow !== "normal") flow = finallyFlow;
        }
      }
    }
    return flow;
  }
  raiseMessage(statement, scope, frame) {
    const raised = statement.firstNamedChild;
    if (!raised) return "raise";
    if (raised.type === "call") {
      const callee = raised.childForFieldName("function")?.text ?? "exception";
      const first = raised.childForFieldName("arguments")?.firstNamedChild;
      const message = first ? pyStr(this.evalExpr(first, scope, frame, 0)) : null;
      return message ? `${callee}: ${message}` : callee;
    }
    return raised.text.slice(0, 200);
  }
  defineFunction(statement, scope) {
    const def = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    if (!def || def.type !== "function_definition") return;
    const name = def.childForFieldName("name")?.text;
    if (name) scope.vars.set(name, { t: "func", def, name, closure: scope });
  }
  bindImport(statement, scope) {
    if (statement.type === "import_statement") {
      for (const item of statement.namedChildren) {
        if (item.type === "aliased_import") {
          const path = item.childForFieldName("name")?.text ?? "";
          const alias = item.childForFieldName("alias")?.text;
          if (alias) scope.vars.set(alias, { t: "ref", path, node: null });
        } else if (item.type === "dotted_name") {
          const top = item.text.split(".")[0];
          scope.vars.set(top, { t: "ref", path: top, node: null });
        }
      }
      return;
    }
    const moduleNode = statement.childForFieldName("module_name");
    const module = moduleNode?.text ?? "";
    for (const item of statement.namedChildren) {
      if (item === moduleNode || item.startIndex === moduleNode?.startIndex) continue;
      if (item.type === "aliased_import") {
        const name = item.childForFieldName("name")?.text ?? "";
        const alias = item.childForFieldName("alias")?.text;
        if (alias) scope.vars.set(alias, { t: "ref", path: `${module}.${name}`, node: null });
      } else if (item.type === "dotted_name") {
        scope.vars.set(item.text, { t: "ref", path: `${module}.${item.text}`, node: null });
      }
    }
  }
  // ---------------------------------------------------------------- expressions
  evalExpr(node, scope, frame, depth) {
    if (depth > MAX_EXPRESSION_DEPTH) return unknown(`the expression is nested more than ${MAX_EXPRESSION_DEPTH} levels deep`);
    switch (node.type) {
      case "string":
        return this.evalString(node, scope, frame, depth);
      case "concatenated_string": {
        let text = "";
        let origin = null;
        for (const part of node.namedChildren) {
          const v = this.evalString(part, scope, frame, depth);
          if (v.t !== "str") return v;
          origin ??= v.origin;
          text += v.v;
        }
        return str(text, origin);
      }
      case "integer": {
        const n = Number(node.text.replace(/_/g, "").replace(/[lL]$/, ""));
        return Number.isFinite(n) ? { t: "num", v: n } : unknown(`number \`${node.text}\``);
      }
      case "float": {
        const n = Number(node.text.replace(/_/g, ""));
        return Number.isFinite(n) ? { t: "num", v: n } : unknown(`number \`${node.text}\``);
      }
      case "true":
        return { t: "bool", v: true };
      case "false":
        return { t: "bool", v: false };
      case "none":
        return NONE;
      case "identifier":
        return this.lookup(node.text, scope, node);
      case "attribute":
        return this.evalAttribute(node, scope, frame, depth);
      case "call":
        return this.evalCall(node, scope, frame, depth);
      case "parenthesized_expression": {
        const inner = node.firstNamedChild;
        return inner ? this.evalExpr(inner, scope, frame, depth + 1) : NONE;
      }
      case "tuple":
      case "list":
      case "set":
      case "expression_list":
        return this.evalSequence(node.namedChildren, scope, frame, depth);
      case "dictionary":
        return this.evalDictionary(node, scope, frame, depth);
      case "binary_operator": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        const operator = node.childForFieldName("operator")?.type ?? "";
        if (!left || !right) return unknown("incomplete expression");
        return this.binary(operator, this.evalExpr(left, scope, frame, depth + 1), this.evalExpr(right, scope, frame, depth + 1), node.text);
      }
      case "unary_operator": {
        const argument = node.childForFieldName("argument");
        const operator = node.childForFieldName("operator")?.type;
        const v = argument ? this.evalExpr(argument, scope, frame, depth + 1) : NONE;
        if (v.t === "num") return { t: "num", v: operator === "-" ? -v.v : v.v };
        return unknown(`\`${node.text.slice(0, 80)}\``);
      }
      case "not_operator": {
        const argument = node.childForFieldName("argument");
        const verdict = argument ? truthy(this.evalExpr(argument, scope, frame, depth + 1)) : null;
        return verdict === null ? unknown(`\`${node.text.slice(0, 80)}\``) : { t: "bool", v: !verdict };
      }
      case "boolean_operator":
        return this.evalBoolean(node, scope, frame, depth);
      case "comparison_operator":
        return this.evalComparison(node, scope, frame, depth);
      case "conditional_expression": {
        const [whenTrue, condition2, whenFalse] = node.namedChildren;
        if (!whenTrue || !condition2 || !whenFalse) return unknown("incomplete expression");
        const verdict = truthy(this.evalExpr(condition2, scope, frame, depth + 1));
        if (verdict === null) return unknown(`\`${condition2.text.slice(0, 80)}\` is only known at run time`);
        return this.evalExpr(verdict ? whenTrue : whenFalse, scope, frame, depth + 1);
      }
      case "subscript":
        return this.evalSubscript(node, scope, frame, depth);
      case "keyword_argument":
      case "list_splat":
      case "dictionary_splat":
        return unknown(`\`${node.text.slice(0, 80)}\``);
      default:
        return unknown(`\`${node.text.slice(0, 80)}\` (${node.type.replace(/_/g, " ")}) is only known at run time`);
    }
  }
  lookup(name, scope, node) {
    const bound = scope.lookup(name);
    if (bound !== void 0) return bound.t === "ref" && !bound.node ? { ...bound, node } : bound;
    if (name === "op") return { t: "ref", path: "alembic.op", node };
    if (name === "sa") return { t: "ref", path: "sqlalchemy", node };
    if (name === "postgresql") return { t: "ref", path: "sqlalchemy.dialects.postgresql", node };
    if (name === "mysql") return { t: "ref", path: "sqlalchemy.dialects.mysql", node };
    if (SQLALCHEMY_NAMES.has(name)) return { t: "ref", path: `sqlalchemy.${name}`, node };
    if (BUILTINS.has(name)) return { t: "ref", path: `builtins.${name}`, node };
    return unknown(`\`${name}\` is not defined in this file`);
  }
  evalString(node, scope, frame, depth) {
    if (node.type !== "string") return this.evalExpr(node, scope, frame, depth + 1);
    let prefix = parseStringPrefix('"');
    let origin = null;
    let text = "";
    for (let part = node.firstChild; part; part = part.nextSibling) {
      switch (part.type) {
        case "string_start":
          prefix = parseStringPrefix(part.text);
          origin = { line: part.endPosition.row + 1, column: part.endPosition.column + 1 };
          break;
        case "string_content": {
          let body = part.text;
          if (!prefix.raw) body = decodeEscapes(body);
          if (prefix.formatted) body = body.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
          text += body;
          break;
        }
        case "interpolation": {
          const expression2 = part.childForFieldName("expression");
          if (part.childForFieldName("format_specifier") && part.childForFieldName("format_specifier").text !== ":") {
            return unknown(`f-string placeholder \`${part.text}\` has a format specification`);
          }
          const value = expression2 ? this.evalExpr(expression2, scope, frame, depth + 1) : NONE;
          const rendered = pyStr(value);
          if (rendered === null) return unknown(`f-string placeholder \`${part.text}\`: ${describeUnknown(value, expression2?.text ?? "")}`);
          const conversion = part.childForFieldName("type_conversion")?.text;
          text += conversion === "!r" && value.t === "str" ? `'${rendered}'` : rendered;
          break;
        }
        default:
          break;
      }
    }
    return str(text, origin);
  }
  evalSequence(nodes, scope, frame, depth) {
    const items = [];
    for (const child of nodes) {
      if (child.type === "list_splat") {
        const inner = child.firstNamedChild;
        const spread = inner ? iterate(this.evalExpr(inner, scope, frame, depth + 1)) : null;
        if (!spread) return unknown(`\`${child.text.slice(0, 80)}\` is only known at run time`);
        for (const item of spread) items.push(item);
      } else if (child.type !== "comment") {
        items.push(this.evalExpr(child, scope, frame, depth + 1));
      }
    }
    return { t: "seq", items };
  }
  evalDictionary(node, scope, frame, depth) {
    const entries = [];
    for (const child of node.namedChildren) {
      if (child.type === "pair") {
        const key = child.childForFieldName("key");
        const value = child.childForFieldName("value");
        if (key && value) entries.push([this.evalExpr(key, scope, frame, depth + 1), this.evalExpr(value, scope, frame, depth + 1)]);
      } else if (child.type === "dictionary_splat") {
        const inner = child.firstNamedChild;
        const spread = inner ? this.evalExpr(inner, scope, frame, depth + 1) : NONE;
        if (spread.t !== "dict") return unknown(`\`${child.text.slice(0, 80)}\` is only known at run time`);
        for (const entry of spread.entries) entries.push(entry);
      }
    }
    return { t: "dict", entries };
  }
  evalBoolean(node, scope, frame, depth) {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    const operator = node.childForFieldName("operator")?.type;
    if (!left || !right) return unknown("incomplete expression");
    const l = this.evalExpr(left, scope, frame, depth + 1);
    const verdict = truthy(l);
    if (verdict === null) return unknown(`\`${left.text.slice(0, 80)}\` is only known at run time`);
    if (operator === "and") return verdict ? this.evalExpr(right, scope, frame, depth + 1) : l;
    return verdict ? l : this.evalExpr(right, scope, frame, depth + 1);
  }
  evalComparison(node, scope, frame, depth) {
    const operands = node.namedChildren;
    const operators = [];
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      if (!child.isNamed) operators.push(child.type);
    }
    const merged = [];
    for (let i = 0; i < operators.length; i++) {
      const op = operators[i];
      const next = operators[i + 1];
      if (op === "not" && next === "in" || op === "is" && next === "not") {
        merged.push(`${op} ${next}`);
        i++;
      } else merged.push(op);
    }
    let left = operands[0] ? this.evalExpr(operands[0], scope, frame, depth + 1) : NONE;
    if (merged.length === 1 && operands[1]) {
      const right = this.evalExpr(operands[1], scope, frame, depth + 1);
      if (isSqlConstruct(left) || isSqlConstruct(right)) return sqlOperation(merged[0], [left, right], node);
    }
    for (let i = 0; i < merged.length; i++) {
      const rightNode = operands[i + 1];
      if (!rightNode) return unknown("incomplete comparison");
      const right = this.evalExpr(rightNode, scope, frame, depth + 1);
      const verdict = compare(merged[i], left, right);
      if (verdict === null) return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`);
      if (!verdict) return { t: "bool", v: false };
      left = right;
    }
    return { t: "bool", v: true };
  }
  evalSubscript(node, scope, frame, depth) {
    const valueNode = node.childForFieldName("value");
    const indexNode = node.childForFieldName("subscript");
    if (!valueNode || !indexNode) return unknown("incomplete subscript");
    const value = this.evalExpr(valueNode, scope, frame, depth + 1);
    if (indexNode.type === "slice") return unknown(`slice \`${node.text.slice(0, 80)}\``);
    const index = this.evalExpr(indexNode, scope, frame, depth + 1);
    if (value.t === "seq" && index.t === "num") {
      const i = index.v < 0 ? value.items.length + index.v : index.v;
      return value.items[i] ?? unknown(`index out of range in \`${node.text.slice(0, 80)}\``);
    }
    if (value.t === "str" && index.t === "num") {
      const i = index.v < 0 ? value.v.length + index.v : index.v;
      return value.v[i] !== void 0 ? str(value.v[i]) : unknown(`index out of range in \`${node.text.slice(0, 80)}\``);
    }
    if (value.t === "dict") {
      for (const [k, v] of value.entries) if (pyEquals(k, index) === true) return v;
    }
    return unknown(`\`${node.text.slice(0, 80)}\`: ${describeUnknown(value, valueNode.text)}`, isTouchingDb(value));
  }
  evalAttribute(node, scope, frame, depth) {
    const objectNode = node.childForFieldName("object");
    const name = node.childForFieldName("attribute")?.text ?? "";
    if (!objectNode) return unknown("incomplete attribute");
    const object = this.evalExpr(objectNode, scope, frame, depth + 1);
    return this.attribute(object, name, node);
  }
  attribute(object, name, node) {
    switch (object.t) {
      case "ref":
        return { t: "ref", path: `${object.path}.${name}`, node };
      case "bind":
      case "context":
        if (name === "dialect") return { t: "dialect" };
        if (name === "bind" || name === "connection" || name === "engine") return { t: "bind" };
        return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`, true);
      case "dialect":
        if (name === "name") return str(this.dialect === "mysql" ? "mysql" : "postgresql");
        return unknown(`\`${node.text.slice(0, 80)}\` depends on the database server`);
      case "table":
        if (name === "name") return str(object.name);
        return unknown(`\`${node.text.slice(0, 80)}\``);
      case "pyenum": {
        const i = object.names.indexOf(name);
        if (i >= 0) return { t: "pymember", className: object.className, name, value: object.values[i] };
        return unknown(`\`${node.text.slice(0, 80)}\` is not a member of the enum \`${object.className}\``);
      }
      case "pymember":
        if (name === "value") return object.value;
        if (name === "name") return str(object.name);
        return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`);
      case "unknown":
        return object;
      default:
        return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`, isTouchingDb(object));
    }
  }
  evalCall(node, scope, frame, depth) {
    const callee = node.childForFieldName("function");
    const argumentList = node.childForFieldName("arguments");
    if (!callee) return unknown("incomplete call");
    if (argumentList?.type === "generator_expression") return unknown(`\`${node.text.slice(0, 80)}\` iterates over a generator`);
    const args = this.evalArguments(argumentList, scope, frame, depth);
    if (callee.type === "attribute") {
      const objectNode = callee.childForFieldName("object");
      const name = callee.childForFieldName("attribute")?.text ?? "";
      if (!objectNode) return unknown("incomplete call");
      const receiver = this.evalExpr(objectNode, scope, frame, depth + 1);
      if (receiver.t === "ref" && receiver.path === "alembic.op") this.options.sites?.call(node, name, "op", objectNode.text);
      if (receiver.t === "batch") this.options.sites?.call(node, name, "batch", objectNode.text);
      if (receiver.t === "ref") return this.callPath(`${receiver.path}.${name}`, args, node, callee, frame);
      return this.callMethod(receiver, name, args, node, frame);
    }
    const fn = this.evalExpr(callee, scope, frame, depth + 1);
    if (fn.t === "ref" && fn.path.startsWith("alembic.op.")) this.options.sites?.call(node, lastSegment(fn.path), "op", "");
    if (fn.t === "ref") return this.callPath(fn.path, args, node, callee, frame);
    if (fn.t === "func") return this.inline(fn, args, node, frame);
    return unknown(`\`${callee.text.slice(0, 80)}(...)\`: ${describeUnknown(fn, callee.text)}`, fn.t === "unknown" ? true : isTouchingDb(fn));
  }
  evalArguments(list, scope, frame, depth) {
    const args = { positional: [], positionalNodes: [], keywords: /* @__PURE__ */ new Map(), keywordNodes: /* @__PURE__ */ new Map(), opaque: null };
    if (!list) return args;
    for (let child = list.firstNamedChild; child; child = child.nextNamedSibling) {
      switch (child.type) {
        case "keyword_argument": {
          const name = child.childForFieldName("name")?.text ?? "";
          const valueNode = child.childForFieldName("value");
          if (!valueNode) break;
          args.keywords.set(name, this.evalExpr(valueNode, scope, frame, depth + 1));
          args.keywordNodes.set(name, valueNode);
          break;
        }
        case "list_splat": {
          const inner = child.firstNamedChild;
          const items = inner ? iterate(this.evalExpr(inner, scope, frame, depth + 1)) : null;
          if (!items) args.opaque ??= `\`${child.text.slice(0, 80)}\` is only known at run time`;
          else for (const item of items) {
            args.positional.push(item);
            args.positionalNodes.push(child);
          }
          break;
        }
        case "dictionary_splat": {
          const inner = child.firstNamedChild;
          const dict = inner ? this.evalExpr(inner, scope, frame, depth + 1) : NONE;
          if (dict.t !== "dict") args.opaque ??= `\`${child.text.slice(0, 80)}\` is only known at run time`;
          else for (const [k, v] of dict.entries) {
            if (k.t === "str") {
              args.keywords.set(k.v, v);
              args.keywordNodes.set(k.v, child);
            }
          }
          break;
        }
        case "comment":
          break;
        default:
          args.positional.push(this.evalExpr(child, scope, frame, depth + 1));
          args.positionalNodes.push(child);
      }
    }
    return args;
  }
  /** The output budget: past it, one unanalyzable at the call that overflowed and nothing more. */
  overBudget(frame, node) {
    if (this.loopDepth === 0 && frame.callDepth === 0) return false;
    if (++frame.budget.amplified <= EVALUATION_LIMITS.outputs) return false;
    if (!frame.budget.exhausted) {
      frame.budget.exhausted = true;
      this.budgetExceeded(frame, node, BUDGET_EXCEEDED.outputs);
    }
    return true;
  }
  emitter(frame) {
    return {
      dialect: this.dialect,
      emit: (node, op) => {
        if (this.overBudget(frame, node)) return;
        const full = { ...op, loc: this.callLoc(node) };
        if (frame.autocommit) full.autocommit = true;
        if (frame.conditional) full.conditional = true;
        frame.out.push(full);
      },
      dynamic: (node, message) => this.dynamic(frame, node, message),
      rendered: (node, statements, fallback, conditional) => {
        if (this.overBudget(frame, node)) return;
        const loc = this.callLoc(node);
        const ops = fallback.map((op) => {
          const full = { ...op, loc: { ...loc } };
          if (frame.autocommit) full.autocommit = true;
          if (frame.conditional) full.conditional = true;
          return full;
        });
        frame.out.push({ kind: "renderedSql", statements, fallback: ops, loc, autocommit: frame.autocommit, conditional: frame.conditional || conditional });
      },
      sql: (node, text, origin) => {
        if (this.overBudget(frame, node)) return;
        const at = origin ?? { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
        frame.out.push({ kind: "pendingSql", text, origin: at, binds: ["named", "pyformat"], autocommit: frame.autocommit, conditional: frame.conditional });
      },
      loc: (node) => this.loc(node)
    };
  }
  callPath(path, args, node, callee, frame) {
    if (path.startsWith("alembic.op.")) return callAlembicOp(path.slice("alembic.op.".length), args, node, this.emitter(frame));
    if (path.startsWith("alembic.context.") || path === "alembic.context") {
      const name = lastSegment(path);
      if (name === "is_offline_mode") return unknown("offline (--sql) mode is chosen at run time");
      if (name === "get_context") return { t: "context" };
      if (name === "get_bind") return { t: "bind" };
      if (name === "execute") return callConnectionMethod("execute", args, node, this.emitter(frame));
      return unknown(`\`${callee.text}\` reads the run-time environment`);
    }
    const root = path.split(".")[0];
    if (root === "builtins") return this.callBuiltin(lastSegment(path), args, node);
    if (path === "textwrap.dedent") {
      const first = args.positional[0];
      if (first?.t === "str") return str(dedent(first.v), first.origin);
    }
    if (root === "sqlalchemy" || root === "sqlmodel") return sqlalchemyCall(path, args, node);
    if (args.opaque) return unknown(args.opaque);
    const touches = args.positional.some(isTouchingDb) || [...args.keywords.values()].some(isTouchingDb);
    if (HARMLESS_MODULES.has(root) && !touches) return unknown(`\`${callee.text.slice(0, 80)}(...)\` is only known at run time`);
    const module = path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : path;
    return unknown(
      HARMLESS_MODULES.has(root) ? `\`${callee.text.slice(0, 80)}(...)\` is passed the connection; what it does is only known at run time` : `\`${callee.text.slice(0, 80)}(...)\` comes from \`${module}\`, outside this file; its operations cannot be analysed statically`,
      true
    );
  }
  callBuiltin(name, args, node) {
    const first = args.positional[0];
    switch (name) {
      case "str":
        return first ? pyStr(first) !== null ? str(pyStr(first), first.t === "str" ? first.origin : null) : unknown(`\`${node.text.slice(0, 80)}\``) : str("");
      case "int":
        if (first?.t === "num") return { t: "num", v: Math.trunc(first.v) };
        if (first?.t === "str" && /^\s*-?\d+\s*$/.test(first.v)) return { t: "num", v: Number(first.v) };
        return unknown(`\`${node.text.slice(0, 80)}\``);
      case "len": {
        const items = first ? iterate(first) : null;
        return items ? { t: "num", v: items.length } : unknown(`\`${node.text.slice(0, 80)}\``);
      }
      case "range": {
        const nums = args.positional.map((a) => a.t === "num" ? a.v : NaN);
        if (nums.some((n) => !Number.isInteger(n)) || nums.length === 0) return unknown(`\`${node.text.slice(0, 80)}\``);
        const [start, stop, step] = nums.length === 1 ? [0, nums[0], 1] : [nums[0], nums[1], nums[2] ?? 1];
        if (step === 0 || Math.abs((stop - start) / step) > MAX_LOOP_ITERATIONS) return unknown(`\`${node.text.slice(0, 80)}\` has too many iterations`);
        const items = [];
        for (let i = start; step > 0 ? i < stop : i > stop; i += step) items.push({ t: "num", v: i });
        return { t: "seq", items };
      }
      case "list":
      case "tuple":
      case "sorted":
      case "reversed": {
        if (!first) return { t: "seq", items: [] };
        const items = iterate(first);
        if (!items) return unknown(`\`${node.text.slice(0, 80)}\``, isTouchingDb(first));
        if (name === "reversed") return { t: "seq", items: [...items].reverse() };
        if (name === "sorted" && items.every((i) => i.t === "str")) return { t: "seq", items: [...items].sort((a, b) => a.v < b.v ? -1 : 1) };
        return { t: "seq", items };
      }
      case "enumerate": {
        const items = first ? iterate(first) : null;
        return items ? { t: "seq", items: items.map((v, i) => ({ t: "seq", items: [{ t: "num", v: i }, v] })) } : unknown(`\`${node.text.slice(0, 80)}\``);
      }
      case "zip": {
        const lists = args.positional.map(iterate);
        if (lists.some((l) => !l)) return unknown(`\`${node.text.slice(0, 80)}\``);
        const length = Math.min(...lists.map((l) => l.length));
        const items = [];
        for (let i = 0; i < length; i++) items.push({ t: "seq", items: lists.map((l) => l[i]) });
        return { t: "seq", items };
      }
      case "print":
        return NONE;
      default:
        return unknown(`\`${node.text.slice(0, 80)}\``);
    }
  }
  callMethod(receiver, name, args, node, frame) {
    switch (receiver.t) {
      case "batch":
        return callBatchOp(receiver, name, args, node, this.emitter(frame));
      case "bind":
        return callConnectionMethod(name, args, node, this.emitter(frame));
      case "context":
        if (name === "autocommit_block") return { t: "autocommit" };
        if (name === "execute") return callConnectionMethod("execute", args, node, this.emitter(frame));
        if (name === "get_bind" || name === "bind") return { t: "bind" };
        return unknown(`\`${node.text.slice(0, 80)}\` reads the run-time migration context`);
      case "str":
        return stringMethod(receiver, name, args, node);
      case "call":
      case "table":
      case "dml":
        return callConstructMethod(receiver, name, args, node, this.emitter(frame));
      case "unknown":
        return unknown(receiver.why, receiver.touchesDb || args.positional.some(isTouchingDb));
      default:
        return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`, isTouchingDb(receiver));
    }
  }
  /** Inlines a helper defined in the migration file: its op calls keep their own lines. */
  inline(fn, args, node, frame) {
    if (frame.callDepth >= MAX_CALL_DEPTH) {
      return unknown(`\`${fn.name}(...)\` is nested or recursive more than ${MAX_CALL_DEPTH} calls deep`, true);
    }
    if (args.opaque) return unknown(`\`${fn.name}(...)\`: ${args.opaque}`, true);
    const scope = new Scope(fn.closure);
    const parameters = fn.def.childForFieldName("parameters");
    let position = 0;
    const used = /* @__PURE__ */ new Set();
    for (const parameter of parameters?.namedChildren ?? []) {
      switch (parameter.type) {
        case "identifier":
        case "typed_parameter":
        case "default_parameter":
        case "typed_default_parameter": {
          const nameNode = parameter.type === "identifier" ? parameter : parameter.childForFieldName("name") ?? parameter.firstNamedChild;
          const name = nameNode?.text ?? "";
          let value;
          if (args.keywords.has(name)) value = args.keywords.get(name);
          else if (position < args.positional.length) value = args.positional[position++];
          else {
            const defaultNode = parameter.childForFieldName("value");
            value = defaultNode ? this.evalExpr(defaultNode, fn.closure, frame, 0) : unknown(`parameter \`${name}\` of \`${fn.name}\` was not passed`);
          }
          used.add(name);
          scope.vars.set(name, value);
          break;
        }
        case "list_splat_pattern": {
          const name = parameter.firstNamedChild?.text ?? "";
          scope.vars.set(name, { t: "seq", items: args.positional.slice(position) });
          position = args.positional.length;
          break;
        }
        case "dictionary_splat_pattern": {
          const name = parameter.firstNamedChild?.text ?? "";
          const entries = [];
          for (const [k, v] of args.keywords) if (!used.has(k)) entries.push([str(k), v]);
          scope.vars.set(name, { t: "dict", entries });
          break;
        }
        default:
          break;
      }
    }
    const body = fn.def.childForFieldName("body");
    if (!body) return NONE;
    const child = { ...frame, callDepth: frame.callDepth + 1, returnValue: NONE, raised: null };
    const flow = this.execBlock(body, scope, child);
    if (flow === "raise" && child.raised) {
      this.dynamic(frame, node, `\`${fn.name}(...)\` raises ${child.raised.message}`);
    }
    return flow === "return" ? child.returnValue : NONE;
  }
  // ---------------------------------------------------------------- helpers
  binary(operator, left, right, text = "") {
    if ((isSqlConstruct(left) || isSqlConstruct(right)) && SQL_BINARY.has(operator)) return sqlOperation(operator, [left, right], null);
    if (operator === "+") {
      if (left.t === "str" && right.t === "str") return str(left.v + right.v, left.origin ?? right.origin);
      if (left.t === "num" && right.t === "num") return { t: "num", v: left.v + right.v };
      if (left.t === "seq" && right.t === "seq") return { t: "seq", items: [...left.items, ...right.items] };
    }
    if (operator === "%" && left.t === "str") {
      const formatted = percentFormat(left.v, right);
      if (formatted !== null) return str(formatted, left.origin);
    }
    if (left.t === "num" && right.t === "num") {
      switch (operator) {
        case "-":
          return { t: "num", v: left.v - right.v };
        case "*":
          return { t: "num", v: left.v * right.v };
        case "/":
          return right.v === 0 ? unknown("division by zero") : { t: "num", v: left.v / right.v };
        case "//":
          return right.v === 0 ? unknown("division by zero") : { t: "num", v: Math.floor(left.v / right.v) };
        case "%":
          return right.v === 0 ? unknown("division by zero") : { t: "num", v: left.v % right.v };
        default:
          break;
      }
    }
    if (operator === "*" && left.t === "str" && right.t === "num" && right.v >= 0 && right.v * left.v.length < 1e6) return str(left.v.repeat(right.v), left.origin);
    const why = left.t === "unknown" ? left.why : right.t === "unknown" ? right.why : `\`${text.slice(0, 80)}\` is only known at run time`;
    return unknown(why);
  }
  dynamic(frame, node, message) {
    return this.reportUnchecked(frame, node, message, true);
  }
  /** A budget ran out: always reported (unless quiet), even where the construct was reported already. */
  budgetExceeded(frame, node, message) {
    this.reportUnchecked(frame, node, message, false);
  }
  reportUnchecked(frame, node, message, once) {
    if (frame.quiet) {
      if (frame.silenced) frame.silenced.count++;
      return null;
    }
    const loc = this.loc(node);
    if (once && !this.unchecked.claim(loc)) return null;
    const op = { kind: "unparsed", reason: "dynamic", message, loc };
    if (frame.autocommit) op.autocommit = true;
    if (frame.conditional) op.conditional = true;
    frame.out.push(op);
    return op;
  }
  /** A loop's body, run once and quietly after its report: the report says only "repeats" when the body hid nothing. */
  execLoopBody(body, scope, frame, report) {
    const silenced = { count: 0 };
    this.execBlock(body, scope, { ...frame, conditional: true, quiet: true, silenced });
    if (report && silenced.count === 0) report.repeatsOnly = true;
  }
  emitProblems(frame, node) {
    if (!this.reportSyntax) return;
    const start = node.startPosition;
    const end = node.endPosition;
    for (const problem of this.options.problems) {
      if (problem.emitted) continue;
      const row = problem.line - 1;
      const column = problem.column - 1;
      const afterStart = row > start.row || row === start.row && column >= start.column;
      const beforeEnd = row < end.row || row === end.row && column <= end.column;
      if (!afterStart || !beforeEnd) continue;
      problem.emitted = true;
      frame.out.push({
        kind: "unparsed",
        reason: "parse",
        message: problem.message,
        loc: { file: this.options.file, line: problem.line, endLine: problem.line, column: problem.column }
      });
    }
  }
};
var COMPOUND = /* @__PURE__ */ new Set(["if_statement", "for_statement", "while_statement", "with_statement", "try_statement", "function_definition", "decorated_definition", "class_definition"]);
function headerHasError(statement) {
  for (let child = statement.firstChild; child; child = child.nextSibling) {
    if (!child.hasError && !child.isMissing) continue;
    if (child.type === "block") continue;
    if (["elif_clause", "else_clause", "except_clause", "except_group_clause", "finally_clause"].includes(child.type)) {
      if (headerHasError(child)) return true;
      continue;
    }
    return true;
  }
  return false;
}
function iterate(value) {
  if (value.t === "seq") return value.items;
  if (value.t === "dict") return value.entries.map(([k]) => k);
  if (value.t === "str") return [...value.v].map((c) => str(c));
  return null;
}
function compare(operator, left, right) {
  switch (operator) {
    case "==":
      return pyEquals(left, right);
    case "!=": {
      const eq = pyEquals(left, right);
      return eq === null ? null : !eq;
    }
    case "is":
      if (left.t === "none" || right.t === "none") return left.t === "unknown" || right.t === "unknown" ? null : left.t === right.t;
      return pyEquals(left, right);
    case "is not": {
      const is = compare("is", left, right);
      return is === null ? null : !is;
    }
    case "in":
    case "not in": {
      let found;
      if (right.t === "str" && left.t === "str") found = right.v.includes(left.v);
      else {
        const items = iterate(right);
        if (!items) return null;
        found = false;
        for (const item of items) {
          const eq = pyEquals(left, item);
          if (eq === null) return null;
          if (eq) {
            found = true;
            break;
          }
        }
      }
      return operator === "in" ? found : !found;
    }
    case "<":
    case "<=":
    case ">":
    case ">=": {
      if (left.t !== "num" || right.t !== "num") {
        if (left.t === "str" && right.t === "str") {
          return operator === "<" ? left.v < right.v : operator === "<=" ? left.v <= right.v : operator === ">" ? left.v > right.v : left.v >= right.v;
        }
        return null;
      }
      return operator === "<" ? left.v < right.v : operator === "<=" ? left.v <= right.v : operator === ">" ? left.v > right.v : left.v >= right.v;
    }
    default:
      return null;
  }
}
function percentFormat(template, argument) {
  const positional = argument.t === "seq" ? argument.items : [argument];
  let index = 0;
  let failed = false;
  const out = template.replace(/%(\((\w+)\))?([sdirf%])/g, (_match, _group, key, conversion) => {
    if (conversion === "%") return "%";
    let value;
    if (key !== void 0) {
      if (argument.t !== "dict") {
        failed = true;
        return "";
      }
      value = argument.entries.find(([k]) => k.t === "str" && k.v === key)?.[1];
    } else value = positional[index++];
    const rendered = value ? pyStr(value) : null;
    if (rendered === null) {
      failed = true;
      return "";
    }
    return conversion === "r" && value.t === "str" ? `'${rendered}'` : rendered;
  });
  return failed ? null : out;
}
function strFormat(template, args) {
  let auto = 0;
  let failed = false;
  const out = template.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (match, field) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    const spec = field ?? "";
    if (/[:!]/.test(spec)) {
      failed = true;
      return "";
    }
    let value;
    if (spec === "") value = args.positional[auto++];
    else if (/^\d+$/.test(spec)) value = args.positional[Number(spec)];
    else value = args.keywords.get(spec);
    const rendered = value ? pyStr(value) : null;
    if (rendered === null) {
      failed = true;
      return "";
    }
    return rendered;
  });
  return failed ? null : out;
}
function stringMethod(receiver, name, args, node) {
  const s = receiver.v;
  const first = args.positional[0];
  switch (name) {
    case "format": {
      const out = strFormat(s, args);
      return out === null ? unknown(`\`${node.text.slice(0, 80)}\`: a placeholder is only known at run time`) : str(out, receiver.origin);
    }
    case "strip":
    case "lstrip":
    case "rstrip": {
      if (first && first.t !== "none") return unknown(`\`${node.text.slice(0, 80)}\``);
      const stripped = name === "rstrip" ? s.trimEnd() : name === "lstrip" ? s.trimStart() : s.trim();
      return str(stripped, name === "rstrip" ? receiver.origin : shiftOrigin(receiver.origin, s.slice(0, s.length - s.trimStart().length)));
    }
    case "lower":
      return str(s.toLowerCase(), receiver.origin);
    case "upper":
      return str(s.toUpperCase(), receiver.origin);
    case "replace": {
      const second = args.positional[1];
      if (first?.t !== "str" || second?.t !== "str") return unknown(`\`${node.text.slice(0, 80)}\``);
      return str(s.split(first.v).join(second.v), receiver.origin);
    }
    case "join": {
      const items = first ? iterate(first) : null;
      if (!items || items.some((i) => i.t !== "str")) return unknown(`\`${node.text.slice(0, 80)}\`: the joined items are only known at run time`);
      const firstOrigin = items[0]?.t === "str" ? items[0].origin : null;
      return str(items.map((i) => i.v).join(s), firstOrigin);
    }
    case "split": {
      const parts = first?.t === "str" ? s.split(first.v) : s.trim().split(/\s+/);
      return { t: "seq", items: parts.map((p) => str(p)) };
    }
    case "startswith":
      return first?.t === "str" ? { t: "bool", v: s.startsWith(first.v) } : unknown(`\`${node.text.slice(0, 80)}\``);
    case "endswith":
      return first?.t === "str" ? { t: "bool", v: s.endsWith(first.v) } : unknown(`\`${node.text.slice(0, 80)}\``);
    default:
      return unknown(`\`${node.text.slice(0, 80)}\``);
  }
}
function shiftOrigin(origin, skipped) {
  if (!origin || skipped === "") return origin;
  const lines = skipped.split(/\r\n|\n|\r/);
  if (lines.length === 1) return { line: origin.line, column: origin.column + skipped.length };
  return { line: origin.line + lines.length - 1, column: lines[lines.length - 1].length + 1 };
}
function sqlalchemyCall(path, args, node) {
  const name = lastSegment(path);
  const first = args.positional[0];
  switch (name) {
    case "quoted_name":
      if (first?.t === "str") return first;
      break;
    case "table":
    case "Table": {
      if (first?.t !== "str") return unknown(`\`${node.text.slice(0, 80)}\`: the table name is only known at run time`);
      const schema = args.keywords.get("schema");
      return { t: "table", name: schema?.t === "str" ? `${schema.v}.${first.v}` : first.v };
    }
    case "update":
    case "delete":
    case "insert":
      if (first?.t === "table") return { t: "dml", action: name, table: first.name, hasWhere: false };
      break;
    default:
      break;
  }
  return { t: "call", path, args: args.positional, kwargs: args.keywords, node, argNodes: args.positionalNodes, kwargNodes: args.keywordNodes };
}
function dedent(text) {
  const lines = text.split("\n");
  let margin = null;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const indent = /^[ \t]*/.exec(line)[0];
    if (margin === null || !indent.startsWith(margin)) {
      if (margin === null || margin.startsWith(indent)) margin = indent;
      else {
        let i = 0;
        while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
        margin = margin.slice(0, i);
      }
    }
  }
  return lines.map((line) => line.trim() === "" ? "" : line.slice(margin?.length ?? 0)).join("\n");
}
var SQL_BINARY = /* @__PURE__ */ new Set(["+", "-", "*", "/", "%", "&", "|"]);
function isSqlConstruct(value) {
  if (value.t !== "call" || !value.path.startsWith("sqlalchemy")) return false;
  const name = lastSegment(value.path);
  return ["column", "literal_column", "text", "__op__", "literal", "cast", "null", "true", "false", "and_", "or_"].includes(name) || value.path.split(".").includes("func");
}
function sqlOperation(operator, operands, node) {
  return { t: "call", path: "sqlalchemy.__op__", args: operands, kwargs: /* @__PURE__ */ new Map([["op", str(operator)]]), node, argNodes: [], kwargNodes: /* @__PURE__ */ new Map() };
}
function describeUnknown(value, text) {
  if (value.t === "unknown") return value.why;
  if (value.t === "ref") {
    const module = value.path.includes(".") ? value.path.slice(0, value.path.lastIndexOf(".")) : value.path;
    return `\`${text.slice(0, 80)}\` is imported from \`${module}\`; its value is not in this file`;
  }
  return `\`${text.slice(0, 80)}\` is only known at run time`;
}

// src/parse/alembic/sites.ts
var SiteRecorder = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }
  text;
  calls = /* @__PURE__ */ new Map();
  lineStarts = [0];
  /** The text of a 0-based row, without its line break. */
  lineText(row) {
    const start = this.lineStarts[row] ?? this.text.length;
    const next = this.lineStarts[row + 1];
    return this.text.slice(start, next === void 0 ? this.text.length : next - 1).replace(/\r$/, "");
  }
  /** An operation call `node` (`op.create_index(...)`), called on `receiver` (`op`, `batch_op`; '' for a bare imported name). */
  call(node, name, kind, receiver) {
    const key = `${node.startPosition.row}:${node.startPosition.column}`;
    if (this.calls.has(key)) return;
    const args = [];
    let splat = false;
    let last = null;
    for (const child of node.childForFieldName("arguments")?.namedChildren ?? []) {
      if (child.type === "comment") continue;
      last = child;
      if (child.type === "list_splat" || child.type === "dictionary_splat") splat = true;
      else {
        const value = child.type === "keyword_argument" ? child.childForFieldName("value") : child;
        if (!value) continue;
        const keyword = child.type === "keyword_argument" ? child.childForFieldName("name")?.text ?? "" : null;
        args.push({ keyword, text: value.text, line: value.startPosition.row + 1, column: value.startPosition.column + 1 });
      }
    }
    this.calls.set(key, {
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      name,
      receiver: { kind, text: receiver },
      args,
      argsEnd: last ? { line: last.endPosition.row + 1, column: last.endPosition.column + 1 } : null,
      splat,
      statement: this.statement(node),
      multilineString: node.descendantsOfType("string").some((s) => s.startPosition.row !== s.endPosition.row),
      topLevel: isTopLevel(node)
    });
  }
  /** The call as a statement of its own: nothing else on its first and last lines but indentation and a comment. */
  statement(node) {
    const parent = node.parent;
    if (parent?.type !== "expression_statement" || parent.parent?.type !== "block") return null;
    if (parent.startIndex !== node.startIndex || parent.endIndex !== node.endIndex) return null;
    const first = this.lineText(node.startPosition.row);
    const indent = first.slice(0, node.startPosition.column);
    if (!/^[ \t]*$/.test(indent)) return null;
    const rest = this.lineText(node.endPosition.row).slice(node.endPosition.column);
    if (!/^[ \t]*(#.*)?$/.test(rest)) return null;
    const lines = [];
    for (let row = node.startPosition.row; row <= node.endPosition.row; row++) if (this.lineText(row).trim() !== "") lines.push(row + 1);
    return { indent, endLine: node.endPosition.row + 1, lines };
  }
  /** Where a statement goes first in a function body: before its first statement, after a docstring. */
  start(def, body) {
    if (!def) return null;
    const statements = (body ?? def.childForFieldName("body")?.namedChildren ?? []).filter((s) => s.type !== "comment");
    let first = statements[0];
    if (first?.type === "expression_statement" && first.namedChildCount === 1 && first.firstNamedChild?.type === "string") first = statements[1];
    if (!first || first.startPosition.row <= def.startPosition.row) return null;
    const indent = this.lineText(first.startPosition.row).slice(0, first.startPosition.column);
    return /^[ \t]+$/.test(indent) ? { line: first.startPosition.row + 1, indent } : null;
  }
  sites(upgradeStart, downgradeStart) {
    return { calls: [...this.calls.values()], upgradeStart, downgradeStart, newline: this.text.includes("\r\n") ? "\r\n" : "\n" };
  }
};
function isTopLevel(node) {
  const def = node.parent?.parent?.parent;
  if (def?.type !== "function_definition") return false;
  const name = def.childForFieldName("name")?.text;
  return name === "upgrade" || name === "downgrade";
}

// src/parse/alembic/index.ts
var META_NAMES = ["revision", "down_revision", "branch_labels", "depends_on"];
var alembicFrontEnd = async (task) => {
  const file = task.file.path;
  const firstLine = { file, line: 1, endLine: 1, column: 1 };
  let parsed;
  try {
    const parser = await loadPythonParser();
    parsed = parseModule(parser, task.file.text);
  } catch (error) {
    discardPythonParser();
    return [baseMigration(task, [unparsed(firstLine, "parse", `the Python file could not be parsed: ${error.message}`)])];
  }
  try {
    return [await lowerModule(task, parsed)];
  } finally {
    parsed.dispose();
  }
};
async function lowerModule(task, parsed) {
  const file = task.file.path;
  const problems = parsed.problems;
  const sites = task.isNew ? new SiteRecorder(task.file.text) : void 0;
  const interpreter = new Interpreter({ file, dialect: task.dialect, problems, ...sites ? { sites } : {} });
  const statements = parsed.statements;
  interpreter.defineModule(statements);
  const metaLines = /* @__PURE__ */ new Map();
  let upgradeDef = null;
  let downgradeDef = null;
  const perEngine = { upgrade: [], downgrade: [] };
  for (const statement of statements) {
    const def = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    if (def?.type === "function_definition") {
      const name = def.childForFieldName("name")?.text ?? "";
      if (name === "upgrade") upgradeDef = def;
      else if (name === "downgrade") downgradeDef = def;
      else if (/^upgrade_\w+$/.test(name)) perEngine.upgrade.push(def);
      else if (/^downgrade_\w+$/.test(name)) perEngine.downgrade.push(def);
      continue;
    }
    const assignment = statement.type === "expression_statement" ? statement.firstNamedChild : null;
    const target = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
    if (target?.type === "identifier" && META_NAMES.includes(target.text)) metaLines.set(target.text, statement);
  }
  const up = [];
  const metaProblems = [];
  const revisionValue = interpreter.moduleScope.vars.get("revision");
  const revision = revisionValue?.t === "str" ? revisionValue.v : null;
  const locOfMeta = (name) => metaLines.has(name) ? interpreter.loc(metaLines.get(name)) : { file, line: 1, endLine: 1, column: 1 };
  if (revision === null) {
    metaProblems.push(unparsed(locOfMeta("revision"), "dynamic", revisionValue ? "`revision` is not a static string, so this file cannot be placed in the revision graph" : 'no `revision = "..."` assignment: this file cannot be placed in the revision graph'));
  }
  const downRevisions = revisionList(interpreter.moduleScope.vars.get("down_revision"));
  if (downRevisions === null) metaProblems.push(unparsed(locOfMeta("down_revision"), "dynamic", "`down_revision` is not a static string, tuple or None"));
  const branchLabels = revisionList(interpreter.moduleScope.vars.get("branch_labels")) ?? [];
  const dependsOn = revisionList(interpreter.moduleScope.vars.get("depends_on")) ?? [];
  const upgrades = upgradeDef && dispatchesPerEngine(upgradeDef, "upgrade") && perEngine.upgrade.length > 0 ? perEngine.upgrade : upgradeDef ? [upgradeDef] : [];
  for (const def of upgrades) {
    for (const op of await resolveEmitted(afterConnectionCommits(interpreter.runFunction(def, parsed.bodies.get(def), true).out, task), task)) up.push(op);
  }
  let down = null;
  let downLoc = { file, line: 1, endLine: 1, column: 1 };
  let downIrreversible = null;
  if (downgradeDef) {
    downLoc = interpreter.loc(downgradeDef);
    downLoc.endLine = downLoc.line;
    const downgrades = dispatchesPerEngine(downgradeDef, "downgrade") && perEngine.downgrade.length > 0 ? perEngine.downgrade : [downgradeDef];
    down = [];
    for (const def of downgrades) {
      const result = interpreter.runFunction(def, parsed.bodies.get(def), false);
      for (const op of await resolveEmitted(result.out, task)) down.push(op);
      if (result.raised && !downIrreversible) downIrreversible = { loc: interpreter.loc(result.raised.node), reason: result.raised.message };
    }
    if (downgrades.length > 1 || downgrades[0] !== downgradeDef) downLoc = interpreter.loc(downgrades[0]);
    downLoc.endLine = downLoc.line;
  }
  const leftovers = problems.filter((p) => !p.emitted).map((p) => unparsed({ file, line: p.line, endLine: p.line, column: p.column }, "parse", p.message));
  const merged = mergeByLine([...metaProblems, ...up], leftovers);
  return {
    ...baseMigration(task, merged),
    id: revision ?? task.id,
    down,
    downLoc,
    downIrreversible,
    alembic: {
      revision: revision ?? null,
      downRevisions: downRevisions ?? [],
      branchLabels,
      dependsOn,
      downRevisionLine: metaLines.has("down_revision") ? locOfMeta("down_revision").line : 1,
      revisionLine: metaLines.has("revision") ? locOfMeta("revision").line : 1
    },
    // The multidb template runs upgrade_<engine>() per engine: no one first statement.
    ...sites ? {
      fixSites: sites.sites(
        upgrades.length === 1 && upgrades[0] === upgradeDef ? sites.start(upgradeDef, parsed.bodies.get(upgradeDef)) : null,
        downgradeDef && !dispatchesPerEngine(downgradeDef, "downgrade") ? sites.start(downgradeDef, parsed.bodies.get(downgradeDef)) : null
      )
    } : {}
  };
}
function dispatchesPerEngine(def, kind) {
  const body = def.childForFieldName("body")?.text ?? "";
  return body.length < 2e3 && new RegExp(`globals\\(\\)\\s*\\[\\s*f?["']${kind}_(%s|\\{)`).test(body);
}
function baseMigration(task, up) {
  return {
    id: task.id,
    file: task.file.path,
    framework: "alembic",
    dialect: task.dialect,
    isNew: task.isNew,
    // Alembic runs each migration in a transaction (transaction_per_migration or one for the run);
    // ops inside autocommit_block() carry `autocommit` instead.
    transactional: true,
    up,
    down: null,
    downLoc: { file: task.file.path, line: 1, endLine: 1, column: 1 },
    downIrreversible: null,
    order: task.order,
    expectsDown: true,
    // env.py sets it on the connection (discovery read it).
    ...task.runnerLockTimeout ? { runnerLockTimeout: true } : {},
    // env.py commits the connection after run_migrations(), or runs them in a `with ….begin():` block (discovery read it).
    ...task.runnerAfterCommit ? { runnerAfterCommit: task.runnerAfterCommit } : {}
  };
}
function unparsed(loc, reason, message) {
  return { kind: "unparsed", reason, message, loc };
}
function revisionList(value) {
  if (value === void 0 || value.t === "none") return [];
  if (value.t === "str") return [value.v];
  if (value.t === "seq") {
    const out = [];
    for (const item of value.items) {
      const s = item.t === "str" ? item.v : null;
      if (s === null) return null;
      out.push(s);
    }
    return out;
  }
  const rendered = pyStr(value);
  return rendered === null ? null : [rendered];
}
function afterConnectionCommits(emitted, task) {
  if (task.runnerAfterCommit === "committed") return withoutIntendedCommits(emitted).map((item) => isConnectionCommit(item) ? { ...item, afterCommit: "checkpoint" } : item);
  const afterCommit = task.runnerAfterCommit === "refused" ? "refused" : "uncommitted";
  return emitted.map((item) => isConnectionCommit(item) ? { ...item, afterCommit } : item);
}
function isConnectionCommit(item) {
  return item.kind === "transaction" && item.action === "commit" && !item.autocommit;
}
function withoutIntendedCommits(emitted) {
  return emitted.filter((item, i) => {
    if (!isConnectionCommit(item)) return true;
    const next = emitted[i + 1];
    return next !== void 0 && !next.autocommit;
  });
}
async function resolveEmitted(emitted, task) {
  const out = [];
  for (const item of emitted) {
    if (item.kind === "renderedSql") out.push(...await lowerRendered(item, task));
    else if (item.kind === "pendingSql") out.push(...await lowerPendingSql(item, task.dialect, task.file.path));
    else out.push(item);
  }
  return out;
}
async function lowerRendered(item, task) {
  const out = [];
  for (const statement of item.statements) {
    let ops;
    try {
      ops = await lowerAtCall(task.dialect, statement, item.loc);
    } catch (error) {
      ops = [unparsed(item.loc, "parse", error.message)];
    }
    const failed = ops.find((op) => op.kind === "unparsed");
    if (failed) {
      const reason = `internal: the SQL rendered for this call did not parse (${failed.kind === "unparsed" ? failed.message : ""}): ${statement.slice(0, 200)}`;
      return item.fallback.map((op) => ({ ...op, unrenderable: reason }));
    }
    for (const op of ops) {
      op.sql = statement;
      if (op.kind === "dropIndex" && !op.table) op.table = item.fallback.find((f) => f.kind === "dropIndex")?.table ?? null;
      if (op.kind === "addConstraint" && op.constraint.kind === "exclusion" && op.constraint.columns.length === 0) {
        const f = item.fallback.find((x) => x.kind === "addConstraint" && x.constraint.kind === "exclusion");
        if (f?.kind === "addConstraint") op.constraint.columns = [...f.constraint.columns];
      }
      if (op.kind === "dropConstraint" && !op.constraintKind) {
        const kind = item.fallback.find((f) => f.kind === "dropConstraint")?.constraintKind;
        if (kind !== void 0) op.constraintKind = kind;
      }
      if (item.autocommit) op.autocommit = true;
      if (item.conditional) op.conditional = true;
      out.push(op);
    }
  }
  return out;
}
function mergeByLine(ops, extra) {
  if (extra.length === 0) return ops;
  const out = [];
  let j = 0;
  for (const op of ops) {
    while (j < extra.length && extra[j].loc.line < op.loc.line) out.push(extra[j++]);
    out.push(op);
  }
  while (j < extra.length) out.push(extra[j++]);
  return out;
}
export {
  alembicFrontEnd,
  isAlembicFile,
  orderAlembicMigrations
};
