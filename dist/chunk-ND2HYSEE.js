#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  exportedBindings
} from "./chunk-ZUGEZMSK.js";
import {
  isKnexFile
} from "./chunk-IUGLQ5IK.js";
import {
  BUDGET_EXCEEDED,
  EVALUATION_LIMITS,
  UncheckedReports
} from "./chunk-VBE2UYLN.js";
import {
  lowerAtCall,
  lowerPendingSql
} from "./chunk-ZXL7UVA4.js";
import {
  lowerSql
} from "./chunk-CCOKVC7O.js";
import "./chunk-TN672BLV.js";
import {
  isVolatileSqlText,
  qualifiedName
} from "./chunk-2EGIIKF2.js";
import {
  commonJsExports
} from "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/parse/knex/types.ts
var TYPE_ALIASES = {
  float: "floating",
  enum: "enu",
  boolean: "bool",
  string: "varchar",
  bigint: "biginteger",
  bigInteger: "biginteger",
  bigIncrements: "bigincrements",
  dateTime: "datetime",
  specificType: "specifictype",
  tinyText: "tinytext",
  mediumText: "mediumtext",
  longText: "longtext",
  tinyBlob: "tinyblob",
  mediumBlob: "mediumblob",
  longBlob: "longblob"
};
var KNEX_COLUMN_METHODS = /* @__PURE__ */ new Set([
  "tinyint",
  "smallint",
  "mediumint",
  "int",
  "bigint",
  "decimal",
  "float",
  "double",
  "real",
  "bit",
  "boolean",
  "serial",
  "date",
  "datetime",
  "timestamp",
  "time",
  "year",
  "geometry",
  "geography",
  "point",
  "char",
  "varchar",
  "tinytext",
  "tinyText",
  "text",
  "mediumtext",
  "mediumText",
  "longtext",
  "longText",
  "binary",
  "varbinary",
  "tinyblob",
  "tinyBlob",
  "mediumblob",
  "mediumBlob",
  "blob",
  "longblob",
  "longBlob",
  "enum",
  "set",
  "bool",
  "dateTime",
  "increments",
  "bigincrements",
  "bigIncrements",
  "integer",
  "biginteger",
  "bigInteger",
  "string",
  "json",
  "jsonb",
  "uuid",
  "enu",
  "specificType"
]);
function knexTypeKey(method) {
  return (TYPE_ALIASES[method] ?? method).toLowerCase();
}
function sqlType(name, args, text, array = false) {
  return { name, args, array, text };
}
function num(value, fallback) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  return fallback;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function plain(type, extra = {}) {
  return { type, identity: false, wantsPrimaryKey: false, checkExpression: null, createsEnum: null, unsupported: false, ...extra };
}
var UNSUPPORTED = plain(null, { unsupported: true });
function knexColumnType(method, args, dialect, column) {
  const key = knexTypeKey(method);
  return dialect === "mysql" ? mysqlColumnType(key, args) : postgresColumnType(key, args, column);
}
function postgresColumnType(key, args, column) {
  const [a0, a1] = args;
  switch (key) {
    case "increments":
    case "bigincrements": {
      const primaryKey = !(isRecord(a0) && a0.primaryKey === false);
      const big = key === "bigincrements";
      return plain(sqlType(big ? "int8" : "int4", [], big ? "bigserial" : "serial"), { identity: true, wantsPrimaryKey: primaryKey });
    }
    case "integer":
    case "mediumint":
      return plain(sqlType("int4", [], "integer"));
    case "tinyint":
    case "smallint":
      return plain(sqlType("int2", [], "smallint"));
    case "biginteger":
      return plain(sqlType("int8", [], "bigint"));
    case "varchar": {
      const len = num(a0, 255);
      return plain(sqlType("varchar", [len], `varchar(${len})`));
    }
    case "text":
      return plain(sqlType("text", [], "text"));
    case "bool":
      return plain(sqlType("bool", [], "boolean"));
    case "uuid":
      return plain(sqlType("uuid", [], "uuid"), { wantsPrimaryKey: isRecord(a0) && a0.primaryKey === true });
    case "json":
      return plain(sqlType(a0 === true ? "jsonb" : "json", [], a0 === true ? "jsonb" : "json"));
    case "jsonb":
      return plain(sqlType("jsonb", [], "jsonb"));
    case "timestamp":
    case "datetime": {
      let useTz = true;
      let precision = a1;
      if (isRecord(a0)) {
        if (typeof a0.useTz === "boolean") useTz = a0.useTz;
        precision = a0.precision;
      } else if (a0 === true) useTz = false;
      const name = useTz ? "timestamptz" : "timestamp";
      const p = typeof precision === "number" ? [precision] : [];
      return plain(sqlType(name, p, `${name}${p.length ? `(${p[0]})` : ""}`));
    }
    case "time":
      return plain(sqlType("time", [], "time"));
    case "date":
      return plain(sqlType("date", [], "date"));
    case "decimal": {
      if (a0 === null) return plain(sqlType("numeric", [], "decimal"));
      const p = num(a0, 8);
      const s = num(a1, 2);
      return plain(sqlType("numeric", [p, s], `decimal(${p}, ${s})`));
    }
    case "floating":
      return plain(sqlType("float4", [], "real"));
    case "double":
      return plain(sqlType("float8", [], "double precision"));
    case "binary":
      return plain(sqlType("bytea", [], "bytea"));
    case "geometry":
    case "geography":
    case "point":
      return plain(sqlType(key, [], key));
    case "enu": {
      const values = Array.isArray(a0) ? a0.map((v) => String(v)) : [];
      const options = isRecord(a1) ? a1 : {};
      if (options.useNative === true && typeof options.enumName === "string") {
        const schema = typeof options.schemaName === "string" ? options.schemaName : null;
        const name = schema && schema !== "public" ? `${schema}.${options.enumName}` : options.enumName;
        return plain(sqlType(name, [], name), {
          createsEnum: options.existingType === true ? null : { name, values }
        });
      }
      const list = values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ");
      return plain(sqlType("text", [], "text"), { checkExpression: `${column} in (${list})` });
    }
    case "specifictype": {
      if (typeof a0 !== "string") return plain(null);
      return plain(normalisePostgresType(a0), { identity: /^\s*(small|big)?serial[248]?\s*$/i.test(a0) });
    }
    default:
      return UNSUPPORTED;
  }
}
function mysqlColumnType(key, args) {
  const [a0, a1] = args;
  switch (key) {
    case "increments":
    case "bigincrements": {
      const primaryKey = !(isRecord(a0) && a0.primaryKey === false);
      const name = key === "bigincrements" ? "bigint" : "int";
      return plain(sqlType(name, [], name), { identity: primaryKey, wantsPrimaryKey: primaryKey });
    }
    case "integer": {
      const len = typeof a0 === "number" ? [a0] : [];
      return plain(sqlType("int", len, len.length ? `int(${len[0]})` : "int"));
    }
    case "tinyint":
      return plain(sqlType("tinyint", typeof a0 === "number" ? [a0] : [], typeof a0 === "number" ? `tinyint(${a0})` : "tinyint"));
    case "smallint":
    case "mediumint":
    case "biginteger":
      return plain(sqlType(key === "biginteger" ? "bigint" : key, [], key === "biginteger" ? "bigint" : key));
    case "varchar": {
      const len = num(a0, 255);
      return plain(sqlType("varchar", [len], `varchar(${len})`));
    }
    case "text": {
      const name = a0 === "medium" || a0 === "mediumtext" ? "mediumtext" : a0 === "long" || a0 === "longtext" ? "longtext" : "text";
      return plain(sqlType(name, [], name));
    }
    case "mediumtext":
    case "longtext":
    case "tinytext":
    case "tinyblob":
    case "mediumblob":
    case "longblob":
    case "blob":
    case "bit":
    case "date":
    case "year":
    case "geometry":
    case "geography":
    case "point":
      return plain(sqlType(key, [], key));
    case "bool":
      return plain(sqlType("tinyint", [1], "boolean"));
    case "uuid":
      return isRecord(a0) && a0.useBinaryUuid === true ? plain(sqlType("binary", [16], "binary(16)")) : plain(sqlType("char", [36], "char(36)"));
    case "json":
    case "jsonb":
      return plain(sqlType("json", [], "json"));
    case "timestamp":
    case "datetime":
    case "time": {
      const precision = isRecord(a0) ? a0.precision : a0;
      const p = typeof precision === "number" ? [precision] : [];
      return plain(sqlType(key, p, `${key}${p.length ? `(${p[0]})` : ""}`));
    }
    case "decimal": {
      const p = num(a0, 8);
      const s = num(a1, 2);
      return plain(sqlType("decimal", [p, s], `decimal(${p}, ${s})`));
    }
    case "floating": {
      const p = num(a0, 8);
      const s = num(a1, 2);
      return plain(sqlType("float", [p, s], `float(${p}, ${s})`));
    }
    case "double":
      if (!a0) return plain(sqlType("double", [], "double"));
      return plain(sqlType("double", [num(a0, 8), num(a1, 2)], `double(${num(a0, 8)}, ${num(a1, 2)})`));
    case "binary":
      return typeof a0 === "number" ? plain(sqlType("varbinary", [a0], `varbinary(${a0})`)) : plain(sqlType("blob", [], "blob"));
    case "enu": {
      const values = Array.isArray(a0) ? a0.map((v) => String(v)) : [];
      return plain(sqlType("enum", [], `enum(${values.map((v) => `'${v}'`).join(", ")})`));
    }
    case "specifictype":
      return plain(typeof a0 === "string" ? normaliseMysqlType(a0) : null);
    default:
      return UNSUPPORTED;
  }
}
var PG_TYPE_ALIASES = {
  integer: "int4",
  int: "int4",
  int4: "int4",
  serial: "int4",
  serial4: "int4",
  bigint: "int8",
  int8: "int8",
  bigserial: "int8",
  serial8: "int8",
  smallint: "int2",
  int2: "int2",
  smallserial: "int2",
  serial2: "int2",
  "character varying": "varchar",
  varchar: "varchar",
  character: "bpchar",
  char: "bpchar",
  bpchar: "bpchar",
  boolean: "bool",
  bool: "bool",
  decimal: "numeric",
  numeric: "numeric",
  real: "float4",
  float4: "float4",
  "double precision": "float8",
  float8: "float8",
  float: "float8",
  "timestamp with time zone": "timestamptz",
  timestamptz: "timestamptz",
  "timestamp without time zone": "timestamp",
  timestamp: "timestamp",
  "time with time zone": "timetz",
  timetz: "timetz",
  "time without time zone": "time"
};
function normalisePostgresType(text) {
  const trimmed = text.trim();
  let rest = trimmed.toLowerCase().replace(/\s+/g, " ");
  let array = false;
  while (rest.endsWith("[]")) {
    array = true;
    rest = rest.slice(0, -2).trim();
  }
  if (/ array$/.test(rest)) {
    array = true;
    rest = rest.slice(0, -6);
  }
  const m = /^([a-z_][a-z0-9_ ."]*?)\s*(?:\(([^)]*)\))?(\s+with(?:out)? time zone)?$/.exec(rest);
  if (!m) return sqlType(rest, [], trimmed, array);
  const base = `${m[1].trim()}${m[3] ?? ""}`;
  const args = (m[2] ?? "").split(",").map((a) => a.trim()).filter((a) => /^\d+$/.test(a)).map(Number);
  const name = PG_TYPE_ALIASES[base] ?? base.replace(/"/g, "");
  return sqlType(name, args, trimmed, array);
}
function normaliseMysqlType(text) {
  const trimmed = text.trim();
  const m = /^([a-zA-Z_][a-zA-Z0-9_ ]*?)\s*(?:\(([^)]*)\))?(\s+unsigned)?$/i.exec(trimmed.replace(/\s+/g, " "));
  if (!m) return sqlType(trimmed.toLowerCase(), [], trimmed);
  const base = m[1].toLowerCase();
  const args = (m[2] ?? "").split(",").map((a) => a.trim()).filter((a) => /^\d+$/.test(a)).map(Number);
  const name = base === "integer" ? "int" : base === "boolean" || base === "bool" ? "tinyint" : base;
  return sqlType(name, base === "boolean" || base === "bool" ? [1] : args, trimmed);
}
function knexDefault(arg, typeKey, dialect) {
  if (arg.kind === "raw") return { sql: arg.sql, volatile: isVolatileSqlText(arg.sql) };
  if (arg.kind === "now") return { sql: arg.precision === null ? "CURRENT_TIMESTAMP" : `CURRENT_TIMESTAMP(${arg.precision})`, volatile: false };
  const value = arg.value;
  if (value === void 0) return null;
  if (value === null) return dialect === "mysql" ? null : { sql: "null", volatile: false };
  if (typeKey === "bool") return { sql: `'${value && value !== "false" ? 1 : 0}'`, volatile: false };
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  const escaped = dialect === "mysql" ? text.replace(/\\/g, "\\\\").replace(/'/g, "\\'") : text.replace(/'/g, "''");
  return { sql: `'${escaped}'`, volatile: false };
}

// src/parse/knex/compile.ts
function compileTable(draft, dialect) {
  const ops = [];
  const { table } = draft;
  const hasPrimaryStatement = draft.statements.some((s) => s.kind === "primary");
  const addColumns = draft.columns.filter((c) => c.mode === "add");
  const alterColumns = draft.columns.filter((c) => c.mode === "alter");
  const specs = /* @__PURE__ */ new Map();
  for (const column of draft.columns) {
    const mapped = knexColumnType(column.method, column.typeArgs, dialect, column.name);
    if (mapped.unsupported) {
      ops.push({
        kind: "unparsed",
        reason: "dynamic",
        message: `Knex's ${dialect === "mysql" ? "MySQL" : "PostgreSQL"} client has no column type for \`${column.method}()\`: it writes \`undefined\` as the type of ${column.name}, so the migration fails. Use specificType('${column.name}', '<type>').`,
        loc: column.loc
      });
    }
    if (mapped.createsEnum) ops.push({ kind: "createEnum", name: mapped.createsEnum.name, values: mapped.createsEnum.values, loc: column.loc });
    const primaryKey = mapped.wantsPrimaryKey && !hasPrimaryStatement;
    const typeKey = knexTypeKey(column.method);
    const spec = {
      name: column.name,
      // The MySQL front end names unsigned integers `int unsigned`; increments() is always unsigned.
      type: mapped.type && dialect === "mysql" && (column.unsigned || /increments/.test(typeKey)) ? unsignedType(mapped.type) : mapped.type,
      // serial/bigserial and primary keys are NOT NULL in PostgreSQL whatever the builder says.
      notNull: column.nullable === false || primaryKey || mapped.identity || /increments/.test(typeKey),
      default: column.defaultTo && !/increments/.test(typeKey) ? knexDefault(column.defaultTo, typeKey, dialect) : null,
      identity: mapped.identity
    };
    if (primaryKey) spec.primaryKey = true;
    if (dialect === "mysql" && column.comment !== void 0) spec.comment = column.comment;
    const checks = [...column.checks];
    if (mapped.checkExpression) checks.unshift({ expression: mapped.checkExpression, name: null });
    specs.set(column, { spec, checks });
  }
  const columnComments = (columns) => {
    for (const column of columns) {
      if (column.comment === void 0 || dialect === "mysql" && column.mode === "add") continue;
      ops.push({ kind: "comment", target: "column", table, column: column.name, text: column.comment, loc: column.loc });
    }
  };
  if (draft.mode === "create") {
    const constraints = [];
    for (const column of addColumns) {
      const entry = specs.get(column);
      if (entry.spec.primaryKey) constraints.push(constraint("primaryKey", dialect === "mysql" ? "PRIMARY" : null, [column.name]));
      for (const check of entry.checks) constraints.push({ ...constraint("check", check.name, [column.name]), expression: check.expression });
    }
    const primary = draft.statements.find((s) => s.kind === "primary");
    if (primary && primary.kind === "primary" && primary.columns.length > 0) {
      constraints.push(constraint("primaryKey", primary.name ?? `${draft.rawName}_pkey`, primary.columns));
      for (const column of addColumns) {
        const spec = specs.get(column).spec;
        if (primary.columns.includes(column.name)) spec.notNull = true;
      }
    }
    for (const check of draft.createChecks) constraints.push({ ...constraint("check", check.name, columnsIn(check.expression, addColumns)), expression: check.expression });
    ops.push({
      kind: "createTable",
      table,
      columns: addColumns.map((c) => specs.get(c).spec),
      constraints,
      ifNotExists: draft.ifNotExists,
      loc: draft.loc
    });
    if (draft.comment !== void 0) ops.push({ kind: "comment", target: "table", table, column: null, text: draft.comment, loc: draft.loc });
    columnComments(addColumns);
  } else {
    const addOps = [];
    for (const column of addColumns) {
      const spec = specs.get(column).spec;
      const op = { kind: "addColumn", table, column: spec, ifNotExists: false, loc: column.loc };
      if (column.position) op.position = column.position;
      addOps.push(op);
    }
    ops.push(...asOneMysqlStatement(addOps, dialect));
    for (const column of alterColumns) ops.push(...asOneMysqlStatement(alterColumnOps(column, specs.get(column).spec, table, dialect), dialect));
    columnComments(addColumns);
    for (const column of alterColumns) {
      columnComments([column]);
      specs.get(column).checks.forEach((check, i) => {
        const name = check.name ?? `${draft.rawName}_${column.name}_${i + 1}`;
        ops.push(...asOneMysqlStatement([{ kind: "addConstraint", table, constraint: { ...constraint("check", name, [column.name]), expression: check.expression }, loc: column.loc }], dialect));
      });
    }
  }
  ops.push(...statementOps(draft, dialect));
  if (draft.mode === "alter" && draft.comment !== void 0) {
    ops.push({ kind: "comment", target: "table", table, column: null, text: draft.comment, loc: draft.loc });
  }
  return ops;
}
function unsignedType(type) {
  if (!/int$/.test(type.name)) return type;
  return { ...type, name: `${type.name} unsigned`, text: type.text.endsWith(" unsigned") ? type.text : `${type.text} unsigned` };
}
function constraint(kind, name, columns) {
  return { name, kind, columns, notValid: false, usingIndex: null, references: null, expression: null, notNullColumn: null };
}
function columnsIn(expression, columns) {
  return columns.filter((c) => new RegExp(`(^|[^\\w])${c.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^\\w]|$)`).test(expression)).map((c) => c.name);
}
function alterColumnOps(column, spec, table, dialect) {
  const loc = column.loc;
  const ops = [];
  const name = column.name;
  if (dialect === "mysql") {
    if (spec.type) ops.push({ kind: "alterColumnType", table, column: name, type: spec.type, using: null, loc });
    ops.push(spec.notNull ? { kind: "setNotNull", table, column: name, loc } : { kind: "dropNotNull", table, column: name, loc });
    ops.push(spec.default ? { kind: "setDefault", table, column: name, default: spec.default, loc } : { kind: "dropDefault", table, column: name, loc });
    return ops;
  }
  if (!spec.default) ops.push({ kind: "dropDefault", table, column: name, loc });
  if (column.alterNullable) ops.push({ kind: "dropNotNull", table, column: name, loc });
  if (column.alterType && spec.type) {
    const cast = knexTypeKey(column.method) === "enu" ? "::text::" : "::";
    ops.push({ kind: "alterColumnType", table, column: name, type: spec.type, using: `${name}${cast}${spec.type.text}`, loc });
  }
  if (spec.default) ops.push({ kind: "setDefault", table, column: name, default: spec.default, loc });
  if (column.alterNullable && column.nullable === false) ops.push({ kind: "setNotNull", table, column: name, loc });
  return ops;
}
function knexIndexName(type, rawTable, columns) {
  return `${rawTable.replace(/\.|-/g, "_")}_${columns.join("_")}_${type}`.toLowerCase();
}
function statementOps(draft, dialect) {
  const ops = [];
  const { table, rawName } = draft;
  const qualifyIndex = (name) => draft.schema && draft.schema !== "public" ? `${draft.schema}.${name}` : name;
  for (const s of draft.statements) {
    const loc = s.loc;
    const first = ops.length;
    switch (s.kind) {
      case "index":
        ops.push({
          kind: "createIndex",
          name: s.name ?? knexIndexName("index", rawName, s.columns),
          table,
          columns: s.columns,
          unique: s.unique,
          concurrently: false,
          ifNotExists: false,
          where: s.where,
          method: s.method,
          loc
        });
        break;
      case "unique": {
        const name = s.name ?? knexIndexName("unique", rawName, s.columns);
        if (s.asIndex || dialect === "mysql") {
          ops.push({ kind: "createIndex", name, table, columns: s.columns, unique: true, concurrently: false, ifNotExists: false, where: null, method: null, loc });
        } else {
          ops.push({ kind: "addConstraint", table, constraint: constraint("unique", name, s.columns), loc });
        }
        break;
      }
      case "primary":
        if (draft.mode === "alter") {
          ops.push({ kind: "addConstraint", table, constraint: constraint("primaryKey", s.name ?? (dialect === "mysql" ? "PRIMARY" : `${rawName}_pkey`), s.columns), loc });
        }
        break;
      case "foreign": {
        const fk = s.fk;
        if (!fk.inTable || fk.references.length === 0) break;
        const spec = constraint("foreignKey", fk.keyName ?? knexIndexName("foreign", rawName, fk.columns), fk.columns);
        const parts = fk.inTable.split(".");
        const refTable = parts.length > 1 ? parts[0] === "public" ? parts[1] : fk.inTable : fk.inTable;
        spec.references = { table: refTable, columns: fk.references };
        ops.push({ kind: "addConstraint", table, constraint: spec, loc });
        break;
      }
      case "dropColumn":
        for (const column of s.columns) ops.push({ kind: "dropColumn", table, column, ifExists: false, loc });
        break;
      case "renameColumn":
        ops.push({ kind: "renameColumn", table, column: s.from, newName: s.to, loc });
        break;
      case "dropIndex":
        ops.push({ kind: "dropIndex", name: qualifyIndex(s.name ?? knexIndexName("index", rawName, s.columns)), table, concurrently: false, ifExists: false, loc });
        break;
      case "dropUnique": {
        const name = s.name ?? knexIndexName("unique", rawName, s.columns);
        if (dialect === "mysql") ops.push({ kind: "dropIndex", name, table, concurrently: false, ifExists: s.ifExists, loc });
        else ops.push({ kind: "dropConstraint", table, name, ifExists: s.ifExists, constraintKind: "unique", loc });
        break;
      }
      case "dropForeign":
        ops.push({ kind: "dropConstraint", table, name: s.name ?? knexIndexName("foreign", rawName, s.columns), ifExists: s.ifExists, constraintKind: "foreignKey", loc });
        break;
      case "dropPrimary":
        ops.push({ kind: "dropConstraint", table, name: s.name ?? (dialect === "mysql" ? "PRIMARY" : `${rawName}_pkey`), ifExists: s.ifExists, constraintKind: "primaryKey", loc });
        break;
      case "check":
        ops.push({ kind: "addConstraint", table, constraint: { ...constraint("check", s.name, []), expression: s.expression, notNullColumn: notNullCheckColumn(s.expression) }, loc });
        break;
      case "dropChecks":
        for (const name of s.names) ops.push({ kind: "dropConstraint", table, name, ifExists: false, constraintKind: "check", loc });
        break;
      case "setNullable":
        ops.push({ kind: "dropNotNull", table, column: s.column, loc });
        break;
      case "dropNullable":
        ops.push({ kind: "setNotNull", table, column: s.column, loc });
        break;
    }
    asOneMysqlStatement(ops.slice(first), dialect);
  }
  return ops;
}
function asOneMysqlStatement(ops, dialect) {
  if (dialect !== "mysql") return ops;
  const online = {};
  for (const op of ops) op.online = online;
  return ops;
}
function notNullCheckColumn(expression) {
  const m = /^\s*(?:\(\s*)?["`]?([\w$]+)["`]?\s+is\s+not\s+null\s*(?:\)\s*)?$/i.exec(expression);
  return m ? m[1] : null;
}

// src/parse/knex/replay.ts
var READ_ONLY_QUERY_METHODS = /* @__PURE__ */ new Set([
  "table",
  "from",
  "withSchema",
  "as",
  "select",
  "column",
  "columns",
  "distinct",
  "distinctOn",
  "comment",
  "hintComment",
  "with",
  "withMaterialized",
  "withNotMaterialized",
  "withRecursive",
  "join",
  "innerJoin",
  "leftJoin",
  "leftOuterJoin",
  "rightJoin",
  "rightOuterJoin",
  "outerJoin",
  "fullOuterJoin",
  "crossJoin",
  "joinRaw",
  "where",
  "andWhere",
  "orWhere",
  "whereNot",
  "andWhereNot",
  "orWhereNot",
  "whereColumn",
  "andWhereColumn",
  "orWhereColumn",
  "whereNotColumn",
  "andWhereNotColumn",
  "orWhereNotColumn",
  "whereRaw",
  "andWhereRaw",
  "orWhereRaw",
  "whereExists",
  "orWhereExists",
  "whereNotExists",
  "orWhereNotExists",
  "whereIn",
  "orWhereIn",
  "whereNotIn",
  "orWhereNotIn",
  "whereNull",
  "orWhereNull",
  "whereNotNull",
  "orWhereNotNull",
  "whereBetween",
  "andWhereBetween",
  "orWhereBetween",
  "whereNotBetween",
  "andWhereNotBetween",
  "orWhereNotBetween",
  "whereLike",
  "andWhereLike",
  "orWhereLike",
  "whereILike",
  "andWhereILike",
  "orWhereILike",
  "groupBy",
  "groupByRaw",
  "orderBy",
  "orderByRaw",
  "union",
  "unionAll",
  "intersect",
  "except",
  "having",
  "andHaving",
  "orHaving",
  "havingRaw",
  "orHavingRaw",
  "havingIn",
  "andHavingIn",
  "orHavingIn",
  "havingNotIn",
  "andHavingNotIn",
  "orHavingNotIn",
  "havingNull",
  "andHavingNull",
  "orHavingNull",
  "havingNotNull",
  "andHavingNotNull",
  "orHavingNotNull",
  "havingExists",
  "orHavingExists",
  "havingNotExists",
  "orHavingNotExists",
  "havingBetween",
  "andHavingBetween",
  "orHavingBetween",
  "havingNotBetween",
  "andHavingNotBetween",
  "orHavingNotBetween",
  "offset",
  "limit",
  "count",
  "min",
  "max",
  "sum",
  "avg",
  "countDistinct",
  "sumDistinct",
  "avgDistinct",
  "first",
  "rank",
  "denseRank",
  "rowNumber",
  "clearSelect",
  "clearWhere",
  "clearGroup",
  "clearOrder",
  "clearHaving",
  "clear"
]);
var QUERY_CALLBACK_METHODS = /* @__PURE__ */ new Set([
  ...READ_ONLY_QUERY_METHODS,
  "on",
  "andOn",
  "orOn",
  "onVal",
  "andOnVal",
  "orOnVal",
  "using",
  "onIn",
  "andOnIn",
  "orOnIn",
  "onNotIn",
  "andOnNotIn",
  "orOnNotIn",
  "onNull",
  "andOnNull",
  "orOnNull",
  "onNotNull",
  "andOnNotNull",
  "orOnNotNull",
  "onExists",
  "andOnExists",
  "orOnExists",
  "onNotExists",
  "andOnNotExists",
  "orOnNotExists",
  "onBetween",
  "andOnBetween",
  "orOnBetween",
  "onNotBetween",
  "andOnNotBetween",
  "orOnNotBetween",
  "onJsonPathEquals",
  "andOnJsonPathEquals",
  "orOnJsonPathEquals"
]);
var CREATE_VIEW_METHODS = /* @__PURE__ */ new Set(["createView", "createViewOrReplace", "createMaterializedView"]);
var NotReplayable = class extends Error {
};
var instances = /* @__PURE__ */ new Map();
function cjs(mod) {
  const m = mod;
  const inner = m.default ?? m;
  return typeof inner === "function" ? inner : inner.default ?? inner;
}
var quiet = { warn() {
}, error() {
}, debug() {
}, deprecate() {
}, log() {
} };
function instance(dialect) {
  let existing = instances.get(dialect);
  if (!existing) {
    existing = Promise.all([
      dialect === "mysql" ? import("./chunk-LC2HM567.js") : import("./chunk-C5PUIEQ4.js"),
      import("./chunk-56QGS6Q5.js")
    ]).then(([clientModule, helperModule]) => {
      const Client = cjs(clientModule);
      const FunctionHelper = cjs(helperModule);
      const client = new Client({ client: dialect === "mysql" ? "mysql2" : "pg", log: quiet });
      return { client, fn: new FunctionHelper(client) };
    });
    instances.set(dialect, existing);
  }
  return existing;
}
function toKnex(k, arg) {
  switch (arg.kind) {
    case "const":
      return structuredClone(arg.value);
    case "raw":
      return k.client.raw(arg.sql);
    case "now":
      return arg.precision === null ? k.fn.now() : k.fn.now(arg.precision);
    case "uuid":
      return k.fn.uuid();
    case "ref":
      return k.client.ref(arg.name);
    case "query": {
      let builder = k.client.queryBuilder();
      for (const link of arg.chain) {
        const target = builder;
        builder = replayLink(k, target, link, READ_ONLY_QUERY_METHODS);
      }
      return builder;
    }
    case "callback":
      return function() {
        for (const link of arg.chain) replayLink(k, this, link, QUERY_CALLBACK_METHODS);
      };
  }
}
function replayLink(k, target, link, allowed) {
  if (!allowed.has(link.method)) throw new NotReplayable(`.${link.method}() is not a read-only builder method`);
  const method = target[link.method];
  if (typeof method !== "function") throw new TypeError(`.${link.method}() is not a method of this builder`);
  return method.apply(target, link.args.map((a) => toKnex(k, a)));
}
function inline(k, sql, bindings) {
  const list = bindings ?? [];
  let i = 0;
  return sql.replace(/\\?\?/g, (m) => m === "\\?" ? "?" : i < list.length ? k.client._escapeBinding(list[i++]) : m);
}
function compile(k, replay, prefix) {
  let builder = k.client.schemaBuilder();
  if (replay.schema !== null) builder = builder.withSchema(replay.schema);
  const args = replay.args.map((a) => toKnex(k, a));
  if (replay.calls) {
    const calls = replay.calls.slice(0, prefix);
    args.push(function(t) {
      for (const call of calls) {
        let receiver = t[call.method](...call.args.map((a) => toKnex(k, a)));
        for (const link of call.chain) {
          const target = receiver;
          if (!target || typeof target[link.method] !== "function") throw new NotReplayable(`.${link.method}() is not chained on a builder`);
          receiver = target[link.method](...link.args.map((a) => toKnex(k, a)));
        }
      }
    });
  }
  const method = builder[replay.method];
  if (typeof method !== "function") throw new NotReplayable(`knex.schema.${replay.method}() does not exist`);
  const built = method.apply(builder, args);
  const out = built.toSQL();
  const list = Array.isArray(out) ? out : [out];
  const statements = [];
  for (const s of list) {
    if (s.output !== void 0 || s.statementsProducer !== void 0) throw new NotReplayable("Knex reads the live table definition to build this statement");
    statements.push(inline(k, s.sql, s.bindings));
  }
  return statements;
}
async function replaySchema(replay, dialect) {
  const k = await instance(dialect);
  const n = replay.calls?.length ?? 0;
  const attributed = CREATE_VIEW_METHODS.has(replay.method) ? 0 : n;
  const cache = /* @__PURE__ */ new Map();
  const counts = (prefix) => {
    let c = cache.get(prefix);
    if (!c) {
      c = /* @__PURE__ */ new Map();
      for (const s of compile(k, replay, prefix)) c.set(s, (c.get(s) ?? 0) + 1);
      cache.set(prefix, c);
    }
    return c;
  };
  const final = compile(k, replay, n);
  const seen = /* @__PURE__ */ new Map();
  return final.map((sql) => {
    const occurrence = (seen.get(sql) ?? 0) + 1;
    seen.set(sql, occurrence);
    if (attributed === 0 || /^create table /i.test(sql)) return { sql, owner: -1 };
    let lo = 0;
    let hi = attributed;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if ((counts(mid).get(sql) ?? 0) >= occurrence) hi = mid;
      else lo = mid + 1;
    }
    return { sql, owner: lo - 1 };
  });
}

// src/parse/knex/typos.ts
var KNOWN_MISTAKES = {
  defaultValue: "defaultTo",
  setDefault: "defaultTo",
  required: "notNullable",
  isNotNull: "notNullable",
  allowNull: "nullable",
  isNullable: "nullable",
  null: "nullable",
  primaryKey: "primary",
  isUnique: "unique",
  foreignKey: "foreign",
  reference: "references",
  onDeleteCascade: "onDelete('CASCADE')",
  addColumn: "a column type method such as string() or integer()",
  removeColumn: "dropColumn",
  deleteColumn: "dropColumn",
  changeColumn: "alter()",
  modify: "alter()"
};
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length];
}
var CANONICAL = { notNull: "notNullable", default: "defaultTo", defaultsTo: "defaultTo", dropColumns: "dropColumn" };
function suggestMethod(name, valid) {
  const known = KNOWN_MISTAKES[name];
  if (known && known !== name) return known;
  let best = null;
  let bestScore = Infinity;
  for (const candidate of valid) {
    if (candidate.toLowerCase() === name.toLowerCase()) return CANONICAL[candidate] ?? candidate;
    const score = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  if (best === null || bestScore > Math.max(2, Math.floor(name.length / 4))) return null;
  return CANONICAL[best] ?? best;
}

// src/parse/knex/values.ts
var UNKNOWN = { kind: "unknown", why: null };

// src/parse/knex/javascript.ts
var MAX_CALL_DEPTH = EVALUATION_LIMITS.callDepth;
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function sourceSnippet(node, source) {
  const text = node.start != null && node.end != null ? source.slice(node.start, node.end) : "";
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
var JsEvaluator = class _JsEvaluator {
  constructor(file, source) {
    this.file = file;
    this.source = source;
  }
  file;
  source;
  sink = [];
  conditionalDepth = 0;
  callDepth = 0;
  /**
   * The literal a constant string came from, so SQL held in a `const` maps to the lines where its
   * text is written, not to the call that uses it.
   */
  literalOf = /* @__PURE__ */ new WeakMap();
  /** One construct, one `unanalyzable`. */
  unchecked = new UncheckedReports();
  /**
   * The value a module the file imports exports under `name`: a constant, null when the module
   * was read but does not export one under that name, undefined when the module was not read.
   */
  importedConstant;
  // ---- public entry points -------------------------------------------------------------------
  /** Runs a function with the given arguments, fresh budgets and no reports yet; returns what it emitted. */
  runFunction(fn, args) {
    this.sink = [];
    this.unchecked.clear();
    this.steps = 0;
    this.amplified = 0;
    this.exhausted = false;
    if (fn.kind !== "function") return this.sink;
    const returned = this.callFunction(fn, args);
    for (const value of returned) this.execute(value);
    return this.sink;
  }
  /** Evaluates an expression in a scope (used for `config` objects and export lookups). */
  evaluateIn(node, scope) {
    return this.evalExpr(node, scope);
  }
  /** `object.name` on a host value; undefined for values the host does not own. */
  hostMember(_object, _name) {
    return void 0;
  }
  /** Calling a host value as a function (`fn(...)`); undefined when `fn` is not the host's. */
  callHost(_fn, _node, _scope, _outer) {
    return void 0;
  }
  /** `receiver.method(...)` on a host value; undefined when the receiver is not the host's. */
  callHostMethod(_receiver, _method, _node, _scope, _outer) {
    return void 0;
  }
  /** `receiver.method(...)` on an unknown receiver that looks like the host API; undefined otherwise. */
  callLookalike(_receiver, _method, _node) {
    return void 0;
  }
  /** Host values passed to a call that cannot be followed (reported by the host). */
  escapes(_node, _args, _fn) {
  }
  /** A call statement's value is dropped (a lazy host builder then never runs). */
  discarded(_value, _node) {
  }
  /** The value of `await value`, when it is more than `unknown`. */
  awaited(value) {
    return value.kind === "const" ? value : UNKNOWN;
  }
  /** `a === b` decided by the host (a dialect check); null when it cannot tell. */
  equals(_left, _right) {
    return null;
  }
  /** A host value that can be destructured (`const { schema } = knex`) like a constant record. */
  destructurable(value) {
    return value.kind === "const" && isRecord2(value.value);
  }
  /** A host value whose `.then(cb)` runs `cb` only on some paths (an existence check). */
  isCheck(_value) {
    return false;
  }
  // ---- locations and emission -------------------------------------------------------------------
  loc(node, endNode = node) {
    return {
      file: this.file,
      line: node.loc?.start.line ?? 1,
      endLine: endNode.loc?.end.line ?? node.loc?.end.line ?? 1,
      column: (node.loc?.start.column ?? 0) + 1
    };
  }
  emit(op) {
    if (this.conditionalDepth > 0) op.conditional = true;
    this.push(op);
  }
  /** Everything the function emits goes through here: the output budget holds for ops and SQL alike. */
  push(...items) {
    for (const item of items) {
      if (this.loopDepth > 0 || this.callDepth > 0) this.amplified++;
      if (this.amplified > EVALUATION_LIMITS.outputs) {
        if (!this.exhausted) {
          this.exhausted = true;
          this.sink.push({ kind: "unparsed", reason: "dynamic", message: BUDGET_EXCEEDED.outputs, loc: item.loc });
        }
        return;
      }
      this.sink.push(item);
    }
  }
  /** Statements run in this migration function (unrolled loops and inlined helpers count). */
  steps = 0;
  /** Items emitted from inside an unrolled loop or an inlined helper (the output budget). */
  amplified = 0;
  loopDepth = 0;
  /** A budget ran out: the rest of the function is not evaluated (one unanalyzable says so). */
  exhausted = false;
  dynamic(at, message, hidesNothing = false) {
    if (!this.unchecked.claim(at)) return;
    this.emit({ kind: "unparsed", reason: "dynamic", message, loc: at, ...hidesNothing ? { hidesNothing: true } : {} });
  }
  conditionally(run) {
    this.conditionalDepth++;
    try {
      return run();
    } finally {
      this.conditionalDepth--;
    }
  }
  // ---- scopes ----------------------------------------------------------------------------------
  lookup(name, scope) {
    for (let s = scope; s; s = s.parent) {
      const binding = s.bindings.get(name);
      if (!binding) continue;
      if (binding.state === "value") return binding.value;
      s.bindings.set(name, { state: "value", value: { kind: "unknown", why: `\`${name}\` refers to itself` } });
      const value = binding.node.type === "FunctionDeclaration" ? { kind: "function", node: binding.node, scope: binding.scope } : this.evalExpr(binding.node, binding.scope);
      s.bindings.set(name, { state: "value", value });
      return value;
    }
    return void 0;
  }
  /** The value a name has in a scope (a module's exported constant), evaluated on first use. */
  valueOfName(name, scope) {
    return this.lookup(name, scope);
  }
  static newScope(parent) {
    return { parent, bindings: /* @__PURE__ */ new Map() };
  }
  /** Hoists function declarations and registers `const`/`let`/`var` initialisers lazily. */
  declareBlock(statements, scope) {
    for (const raw of statements) {
      const stmt = raw.type === "ExportNamedDeclaration" && raw.declaration ? raw.declaration : raw;
      if (stmt.type === "FunctionDeclaration" && stmt.id) {
        scope.bindings.set(stmt.id.name, { state: "lazy", node: stmt, scope });
      } else if (stmt.type === "VariableDeclaration") {
        for (const decl of stmt.declarations) {
          if (decl.id.type === "Identifier") {
            if (decl.init && stmt.kind === "const") scope.bindings.set(decl.id.name, { state: "lazy", node: decl.init, scope });
            else scope.bindings.set(decl.id.name, { state: "value", value: { kind: "unknown", why: `\`${decl.id.name}\` is assigned at run time` } });
          } else {
            for (const name of patternNames(decl.id)) {
              scope.bindings.set(name, { state: "value", value: { kind: "unknown", why: `\`${name}\` is destructured at run time` } });
            }
          }
        }
      } else if (stmt.type === "ImportDeclaration") {
        for (const spec of stmt.specifiers) {
          const imported = spec.type === "ImportSpecifier" ? spec.imported.type === "Identifier" ? spec.imported.name : spec.imported.value : null;
          const constant = imported === null ? null : this.importedConstant?.(stmt.source.value, imported);
          scope.bindings.set(spec.local.name, {
            state: "value",
            value: constant ?? { kind: "unknown", why: `\`${spec.local.name}\` is imported from '${stmt.source.value}'${constant === void 0 ? "" : ", where it is not a constant"}` }
          });
        }
      } else if (stmt.type === "ClassDeclaration" && stmt.id) {
        scope.bindings.set(stmt.id.name, { state: "value", value: UNKNOWN });
      }
    }
  }
  // ---- functions -------------------------------------------------------------------------------
  /** Inlines a call to a function defined in the file; returns the values it returns. */
  callFunction(fn, args, thisValue = UNKNOWN) {
    if (this.callDepth >= MAX_CALL_DEPTH) return [UNKNOWN];
    this.callDepth++;
    try {
      const scope = _JsEvaluator.newScope(fn.scope);
      if (fn.node.type !== "ArrowFunctionExpression") scope.bindings.set("this", { state: "value", value: thisValue });
      fn.node.params.forEach((param, i) => this.bindParam(param, args[i] ?? { kind: "const", value: void 0 }, scope));
      const body = fn.node.body;
      if (body.type !== "BlockStatement") return [this.evalExpr(body, scope)];
      const returns = [];
      this.declareBlock(body.body, scope);
      this.runStatements(body.body, scope, returns);
      return returns;
    } finally {
      this.callDepth--;
    }
  }
  bindParam(param, value, scope) {
    let target = param;
    if (target.type === "TSParameterProperty") target = target.parameter;
    if (target.type === "AssignmentPattern") {
      const fallback = value.kind === "const" && value.value === void 0 ? this.evalExpr(target.right, scope) : value;
      this.bindParam(target.left, fallback, scope);
      return;
    }
    if (target.type === "Identifier") {
      scope.bindings.set(target.name, { state: "value", value });
      return;
    }
    if (target.type === "ObjectPattern" && this.destructurable(value)) {
      for (const prop of target.properties) {
        if (prop.type === "RestElement") {
          this.bindParam(prop.argument, UNKNOWN, scope);
          continue;
        }
        const key = propertyKey(prop);
        this.bindParam(prop.value, key === null ? UNKNOWN : this.memberOf(value, key), scope);
      }
      return;
    }
    const source = value.kind === "unknown" && value.why ? ` (${value.why})` : "";
    for (const name of patternNames(target)) {
      scope.bindings.set(name, { state: "value", value: { kind: "unknown", why: `\`${name}\` is destructured from a value known only at run time${source}` } });
    }
  }
  // ---- statements ------------------------------------------------------------------------------
  /**
   * Runs statements in order. After one that may leave the function (`if (...) return;`), the rest
   * only runs sometimes, so its ops are conditional; after one that always leaves, the rest is dead.
   */
  runStatements(statements, scope, returns) {
    let flow = "normal";
    let deferred = 0;
    try {
      for (const stmt of statements) {
        const result = this.runStatement(stmt, scope, returns);
        if (result === "exit") return "exit";
        if (result === "maybe" && flow === "normal") {
          flow = "maybe";
          this.conditionalDepth++;
          deferred++;
        }
      }
      return flow;
    } finally {
      this.conditionalDepth -= deferred;
    }
  }
  runStatement(stmt, scope, returns) {
    if (this.exhausted) return "normal";
    if (++this.steps > EVALUATION_LIMITS.steps) {
      this.exhausted = true;
      this.sink.push({ kind: "unparsed", reason: "dynamic", message: BUDGET_EXCEEDED.steps, loc: this.loc(stmt) });
      return "normal";
    }
    switch (stmt.type) {
      case "ExpressionStatement": {
        const value = this.evalExpr(stmt.expression, scope);
        if (isBareCall(stmt.expression)) this.discarded(value, stmt.expression);
        this.execute(value);
        return "normal";
      }
      case "ReturnStatement":
        if (stmt.argument) returns.push(this.evalExpr(stmt.argument, scope));
        return "exit";
      case "ThrowStatement":
        if (stmt.argument) this.evalExpr(stmt.argument, scope);
        return "exit";
      case "VariableDeclaration":
        for (const decl of stmt.declarations) {
          if (!decl.init) continue;
          const value = this.evalExpr(decl.init, scope);
          if (decl.id.type === "Identifier") scope.bindings.set(decl.id.name, { state: "value", value });
          else this.bindParam(decl.id, value, scope);
        }
        return "normal";
      case "BlockStatement": {
        const inner = _JsEvaluator.newScope(scope);
        this.declareBlock(stmt.body, inner);
        return this.runStatements(stmt.body, inner, returns);
      }
      case "IfStatement": {
        const test = this.evalExpr(stmt.test, scope);
        if (test.kind === "const") {
          const branch = test.value ? stmt.consequent : stmt.alternate;
          return branch ? this.runStatement(branch, scope, returns) : "normal";
        }
        return this.conditionally(() => {
          const then = this.runStatement(stmt.consequent, scope, returns);
          const otherwise = stmt.alternate ? this.runStatement(stmt.alternate, scope, returns) : "normal";
          if (then === "exit" && otherwise === "exit") return "exit";
          return then === "normal" && otherwise === "normal" ? "normal" : "maybe";
        });
      }
      case "ForOfStatement":
        return this.runForOf(stmt, scope, returns);
      case "ForStatement": {
        const counted = this.countedLoop(stmt, scope);
        return counted ? this.unroll(counted.values, counted.name, stmt.body, scope, returns) : this.runOpaqueLoop(stmt, scope, returns);
      }
      case "ForInStatement":
      case "WhileStatement":
      case "DoWhileStatement":
        return this.runOpaqueLoop(stmt, scope, returns);
      case "TryStatement": {
        const tried = this.runStatement(stmt.block, scope, returns);
        let caught = "normal";
        if (stmt.handler) {
          const inner = _JsEvaluator.newScope(scope);
          if (stmt.handler.param) this.bindParam(stmt.handler.param, UNKNOWN, inner);
          caught = maybeIfAny(this.conditionally(() => this.runStatement(stmt.handler.body, inner, returns)));
        }
        const final = stmt.finalizer ? this.runStatement(stmt.finalizer, scope, returns) : "normal";
        if (final === "exit") return "exit";
        if (tried === "exit" && !stmt.handler) return "exit";
        return tried === "normal" && caught === "normal" && final === "normal" ? "normal" : "maybe";
      }
      case "SwitchStatement":
        this.evalExpr(stmt.discriminant, scope);
        return maybeIfAny(
          this.conditionally(() => {
            let flow = "normal";
            for (const c of stmt.cases) if (this.runStatements(c.consequent, scope, returns) !== "normal") flow = "maybe";
            return flow;
          })
        );
      case "LabeledStatement":
        return this.runStatement(stmt.body, scope, returns);
      default:
        return "normal";
    }
  }
  runForOf(stmt, scope, returns) {
    const iterable = this.evalExpr(stmt.right, scope);
    const names = stmt.left.type === "VariableDeclaration" ? stmt.left.declarations.flatMap((d) => patternNames(d.id)) : [];
    const single = stmt.left.type === "VariableDeclaration" && stmt.left.declarations[0]?.id.type === "Identifier";
    if (iterable.kind === "const" && Array.isArray(iterable.value) && iterable.value.length > EVALUATION_LIMITS.loopIterations) {
      this.dynamic(this.loc(stmt), `the loop has ${iterable.value.length} iterations (more than ${EVALUATION_LIMITS.loopIterations}); its body is not analysed`);
      return "maybe";
    }
    if (iterable.kind === "const" && Array.isArray(iterable.value) && single) return this.unroll(iterable.value, names[0], stmt.body, scope, returns);
    const inner = _JsEvaluator.newScope(scope);
    const source = sourceSnippet(stmt.right, this.source);
    for (const name of names) {
      inner.bindings.set(name, { state: "value", value: { kind: "unknown", why: `\`${name}\` comes from a loop over \`${source}\`, known only at run time` } });
    }
    return maybeIfAny(this.conditionally(() => this.runStatement(stmt.body, inner, returns)));
  }
  /** A loop whose iterations are not known: its body runs once, conditionally, with its variables unknown. */
  runOpaqueLoop(stmt, scope, returns) {
    const inner = _JsEvaluator.newScope(scope);
    if (stmt.type === "ForStatement" && stmt.init?.type === "VariableDeclaration") {
      for (const name of stmt.init.declarations.flatMap((d) => patternNames(d.id))) {
        inner.bindings.set(name, { state: "value", value: { kind: "unknown", why: `\`${name}\` is a loop counter` } });
      }
    }
    if (stmt.type === "ForInStatement" && stmt.left.type === "VariableDeclaration") {
      for (const name of stmt.left.declarations.flatMap((d) => patternNames(d.id))) {
        inner.bindings.set(name, { state: "value", value: { kind: "unknown", why: `\`${name}\` comes from a loop over runtime data` } });
      }
    }
    return maybeIfAny(this.conditionally(() => this.runStatement(stmt.body, inner, returns)));
  }
  /** Runs a loop body once per value of its variable. Once an iteration may return, the later ones only run sometimes. */
  unroll(values, name, body, scope, returns) {
    let flow = "normal";
    let deferred = 0;
    this.loopDepth++;
    try {
      for (const item of values) {
        const inner = _JsEvaluator.newScope(scope);
        inner.bindings.set(name, { state: "value", value: { kind: "const", value: item } });
        if (this.runStatement(body, inner, returns) !== "normal" && flow === "normal") {
          flow = "maybe";
          this.conditionalDepth++;
          deferred++;
        }
      }
    } finally {
      this.conditionalDepth -= deferred;
      this.loopDepth--;
    }
    return flow;
  }
  /**
   * The values of a counted loop's variable: `let i = a; i < b; i++` (also `<=`, `>`, `>=`, `!==`,
   * `--`, `+= k`, `-= k`) with bounds known statically and a body that never assigns the variable;
   * null otherwise, or when it would run more than the evaluation limit allows.
   */
  countedLoop(stmt, scope) {
    const init = stmt.init;
    if (init?.type !== "VariableDeclaration" || init.declarations.length !== 1) return null;
    const decl = init.declarations[0];
    if (decl.id.type !== "Identifier" || !decl.init) return null;
    const name = decl.id.name;
    const num2 = (node) => {
      if (mayHaveEffects(node)) return null;
      const v = this.evalExpr(node, scope);
      return v.kind === "const" && typeof v.value === "number" && Number.isFinite(v.value) ? v.value : null;
    };
    const start = num2(decl.init);
    const test = stmt.test;
    if (start === null || test?.type !== "BinaryExpression" || test.left.type !== "Identifier" || test.left.name !== name) return null;
    const bound = num2(test.right);
    const update = stmt.update;
    let step = null;
    if (update?.type === "UpdateExpression" && update.argument.type === "Identifier" && update.argument.name === name) step = update.operator === "++" ? 1 : -1;
    else if (update?.type === "AssignmentExpression" && update.left.type === "Identifier" && update.left.name === name && (update.operator === "+=" || update.operator === "-=")) {
      const k = num2(update.right);
      if (k !== null) step = update.operator === "+=" ? k : -k;
    }
    if (bound === null || step === null || step === 0 || assigns(stmt.body, name)) return null;
    const holds = { "<": (i) => i < bound, "<=": (i) => i <= bound, ">": (i) => i > bound, ">=": (i) => i >= bound, "!==": (i) => i !== bound, "!=": (i) => i !== bound };
    const check = holds[test.operator];
    if (!check) return null;
    const values = [];
    for (let i = start; check(i); i += step) {
      if (values.length >= EVALUATION_LIMITS.loopIterations) return null;
      values.push(i);
    }
    return { name, values };
  }
  // ---- expressions -----------------------------------------------------------------------------
  /** `outer`: the outermost node of a method chain, for the op's end line. */
  evalExpr(node, scope, outer) {
    switch (node.type) {
      case "StringLiteral": {
        const value = { kind: "const", value: node.value };
        this.literalOf.set(value, node);
        return value;
      }
      case "NumericLiteral":
      case "BooleanLiteral":
        return { kind: "const", value: node.value };
      case "NullLiteral":
        return { kind: "const", value: null };
      case "TemplateLiteral": {
        const value = this.evalTemplate(node, scope);
        if (value.kind === "const") this.literalOf.set(value, node);
        return value;
      }
      case "Identifier": {
        if (node.name === "undefined") return { kind: "const", value: void 0 };
        const value = this.lookup(node.name, scope);
        return value ?? { kind: "unknown", why: `\`${node.name}\` is not defined in this file` };
      }
      case "ParenthesizedExpression":
      case "TSAsExpression":
      case "TSSatisfiesExpression":
      case "TSNonNullExpression":
      case "TSTypeAssertion":
      case "TSInstantiationExpression":
        return this.evalExpr(node.expression, scope, outer);
      case "AwaitExpression": {
        const value = this.evalExpr(node.argument, scope);
        this.execute(value);
        return this.awaited(value);
      }
      case "ArrowFunctionExpression":
      case "FunctionExpression":
        return { kind: "function", node, scope };
      case "ArrayExpression": {
        const items = node.elements.map((el) => el && el.type !== "SpreadElement" ? this.evalExpr(el, scope) : UNKNOWN);
        if (items.every((i) => i.kind === "const")) {
          return { kind: "const", value: items.map((i) => i.value) };
        }
        return { kind: "array", items };
      }
      case "ObjectExpression":
        return this.evalObject(node, scope);
      case "BinaryExpression": {
        const left = node.left.type === "PrivateName" ? UNKNOWN : this.evalExpr(node.left, scope);
        const right = this.evalExpr(node.right, scope);
        if (node.operator === "===" || node.operator === "==" || node.operator === "!==" || node.operator === "!=") {
          const same = this.equals(left, right) ?? primitiveEquals(left, right, node.operator === "===" || node.operator === "!==");
          if (same !== null) return { kind: "const", value: node.operator.startsWith("!") ? !same : same };
        }
        if (node.operator === "+" && left.kind === "const" && right.kind === "const") {
          const l = left.value;
          const r = right.value;
          if ((typeof l === "string" || typeof l === "number") && (typeof r === "string" || typeof r === "number")) {
            return { kind: "const", value: l + r };
          }
        }
        if (node.operator === "+" && (left.kind === "unknown" || right.kind === "unknown")) {
          const why = left.kind === "unknown" && left.why || right.kind === "unknown" && right.why || null;
          return { kind: "unknown", why: why ?? `\`${sourceSnippet(node, this.source)}\` is built at run time` };
        }
        return UNKNOWN;
      }
      case "UnaryExpression": {
        const arg = this.evalExpr(node.argument, scope);
        if (arg.kind === "const") {
          if (node.operator === "!") return { kind: "const", value: !arg.value };
          if (node.operator === "-" && typeof arg.value === "number") return { kind: "const", value: -arg.value };
        }
        return UNKNOWN;
      }
      case "LogicalExpression": {
        const left = this.evalExpr(node.left, scope);
        if (left.kind === "const") {
          const takeRight = node.operator === "&&" ? Boolean(left.value) : node.operator === "||" ? !left.value : left.value == null;
          return takeRight ? this.evalExpr(node.right, scope) : left;
        }
        const right = this.conditionally(() => this.evalExpr(node.right, scope));
        this.conditionally(() => this.execute(right));
        return UNKNOWN;
      }
      case "ConditionalExpression": {
        const test = this.evalExpr(node.test, scope);
        if (test.kind === "const") return this.evalExpr(test.value ? node.consequent : node.alternate, scope);
        this.conditionally(() => {
          this.execute(this.evalExpr(node.consequent, scope));
          this.execute(this.evalExpr(node.alternate, scope));
        });
        return UNKNOWN;
      }
      case "SequenceExpression": {
        let last = UNKNOWN;
        for (const e of node.expressions) last = this.evalExpr(e, scope);
        return last;
      }
      case "AssignmentExpression": {
        const value = this.evalExpr(node.right, scope);
        if (node.left.type === "Identifier") {
          for (let s = scope; s; s = s.parent) {
            if (s.bindings.has(node.left.name)) {
              const known = node.operator === "=" && this.conditionalDepth === 0;
              s.bindings.set(node.left.name, {
                state: "value",
                value: known ? value : { kind: "unknown", why: `\`${node.left.name}\` is ${this.conditionalDepth > 0 ? "assigned conditionally" : "computed at run time"}` }
              });
              break;
            }
          }
        }
        return value;
      }
      case "MemberExpression":
      case "OptionalMemberExpression":
        return this.evalMember(node, scope, outer ?? node);
      case "CallExpression":
      case "OptionalCallExpression":
        return this.evalCall(node, scope, outer ?? node);
      case "ThisExpression":
        return this.lookup("this", scope) ?? UNKNOWN;
      case "NewExpression":
        for (const arg of node.arguments) if (arg.type !== "SpreadElement" && arg.type !== "ArgumentPlaceholder") this.evalExpr(arg, scope);
        return UNKNOWN;
      default:
        return UNKNOWN;
    }
  }
  evalTemplate(node, scope) {
    let text = node.quasis[0]?.value.cooked ?? "";
    for (let i = 0; i < node.expressions.length; i++) {
      const expr = node.expressions[i];
      const value = expr.type.startsWith("TS") ? UNKNOWN : this.evalExpr(expr, scope);
      if (value.kind !== "const" || typeof value.value === "object" && value.value !== null) {
        const why = value.kind === "unknown" && value.why ? ` (${value.why})` : "";
        return { kind: "unknown", why: `the template literal substitutes \`\${${sourceSnippet(expr, this.source)}}\`${why}` };
      }
      text += String(value.value) + (node.quasis[i + 1]?.value.cooked ?? "");
    }
    return { kind: "const", value: text };
  }
  evalObject(node, scope) {
    const out = {};
    for (const prop of node.properties) {
      if (prop.type === "SpreadElement") {
        const spread = this.evalExpr(prop.argument, scope);
        if (spread.kind !== "const" || !isRecord2(spread.value)) return UNKNOWN;
        Object.assign(out, spread.value);
        continue;
      }
      if (prop.type !== "ObjectProperty") return UNKNOWN;
      const key = propertyKey(prop);
      if (key === null) return UNKNOWN;
      const value = this.evalExpr(prop.value, scope);
      if (value.kind !== "const") return UNKNOWN;
      out[key] = value.value;
    }
    return { kind: "const", value: out };
  }
  evalMember(node, scope, outer) {
    const name = memberName(node, (e) => this.evalExpr(e, scope));
    const object = node.object.type === "Super" ? UNKNOWN : this.evalExpr(node.object, scope, outer);
    if (name === null) return UNKNOWN;
    return this.memberOf(object, name);
  }
  /** `object.name` as a value (property reads only; calls go through callMethod). */
  memberOf(object, name) {
    const host = this.hostMember(object, name);
    if (host !== void 0) return host;
    if (object.kind === "const") {
      const v = object.value;
      if (Array.isArray(v) && name === "length") return { kind: "const", value: v.length };
      if (isRecord2(v) && Object.prototype.hasOwnProperty.call(v, name)) return { kind: "const", value: v[name] };
      return UNKNOWN;
    }
    if (object.kind === "unknown" && object.why) return { kind: "unknown", why: object.why };
    return UNKNOWN;
  }
  // ---- calls -----------------------------------------------------------------------------------
  args(node, scope) {
    return node.arguments.map(
      (a) => a.type === "SpreadElement" || a.type === "ArgumentPlaceholder" ? { kind: "unknown", why: "a spread argument" } : this.evalExpr(a, scope)
    );
  }
  evalCall(node, scope, outer) {
    const callee = node.callee;
    if (callee.type === "MemberExpression" || callee.type === "OptionalMemberExpression") {
      const method = memberName(callee, (e) => this.evalExpr(e, scope));
      if (callee.object.type === "Identifier" && callee.object.name === "Promise" && (this.lookup("Promise", scope)?.kind ?? "unknown") === "unknown") {
        const args2 = this.args(node, scope);
        if (method === "all" || method === "allSettled" || method === "race" || method === "any" || method === "resolve") {
          for (const a of args2) this.execute(a);
        }
        return UNKNOWN;
      }
      const receiver = callee.object.type === "Super" ? UNKNOWN : this.evalExpr(callee.object, scope, outer);
      if (method === null) {
        this.args(node, scope);
        return UNKNOWN;
      }
      return this.callMethod(receiver, method, node, scope, outer);
    }
    if (callee.type === "V8IntrinsicIdentifier") return UNKNOWN;
    const fn = this.evalExpr(callee, scope);
    const host = this.callHost(fn, node, scope, outer);
    if (host !== void 0) return host;
    if (fn.kind === "boundMethod") return this.callMethod(fn.receiver, fn.method, node, scope, outer);
    const args = this.args(node, scope);
    if (callee.type === "Identifier" && callee.name === "require" && fn.kind === "unknown") {
      const specifier = args[0]?.kind === "const" && typeof args[0].value === "string" ? args[0].value : "?";
      return { kind: "unknown", why: `it is loaded with require('${specifier}')` };
    }
    if (fn.kind === "function") {
      const returned = this.callFunction(fn, args);
      return returned.length === 1 ? returned[0] : UNKNOWN;
    }
    this.callUnknown(node, args, fn);
    return UNKNOWN;
  }
  /**
   * A call we cannot follow (an imported helper, a method on runtime data). Callbacks passed to it
   * may run any number of times, so their ops are conditional; a builder handed to it escapes.
   */
  callUnknown(node, args, fn) {
    this.escapes(node, args, fn);
    for (const arg of args) {
      if (arg.kind === "function") {
        const params = arg.node.params.map(() => ({ kind: "unknown", why: `a callback argument of \`${sourceSnippet(node.callee, this.source)}\`` }));
        this.conditionally(() => {
          for (const v of this.callFunction(arg, params)) this.execute(v);
        });
      }
    }
  }
  callMethod(receiver, method, node, scope, outer) {
    if (method === "then" || method === "catch" || method === "finally" || method === "asCallback") {
      this.execute(receiver);
      const args2 = this.args(node, scope);
      const onFulfilled = method === "then" ? args2[0] : void 0;
      if (onFulfilled?.kind === "function") {
        const run = () => {
          for (const v of this.callFunction(onFulfilled, [UNKNOWN])) this.execute(v);
        };
        if (this.isCheck(receiver)) this.conditionally(run);
        else run();
      }
      for (const other of method === "then" ? args2.slice(1) : args2) {
        if (other.kind === "function") this.conditionally(() => this.callFunction(other, [UNKNOWN]).forEach((v) => this.execute(v)));
      }
      return UNKNOWN;
    }
    const host = this.callHostMethod(receiver, method, node, scope, outer);
    if (host !== void 0) return host;
    if (receiver.kind === "const") return this.callConstMethod(receiver.value, method, node, scope);
    const args = this.args(node, scope);
    if (receiver.kind === "unknown") {
      const lookalike = this.callLookalike(receiver, method, node);
      if (lookalike !== void 0) return lookalike;
    }
    this.callUnknown(node, args, receiver);
    return receiver.kind === "unknown" && receiver.why ? receiver : UNKNOWN;
  }
  /** `['a', 'b'].forEach(name => ...)` and `.map(...)` over literal lists run once per item. */
  callConstMethod(value, method, node, scope) {
    const args = this.args(node, scope);
    const [cb] = args;
    if (Array.isArray(value) && cb?.kind === "function" && (method === "forEach" || method === "map")) {
      const results = [];
      value.forEach((item, i) => {
        const returned = this.callFunction(cb, [{ kind: "const", value: item }, { kind: "const", value: i }]);
        results.push(returned.length === 1 ? returned[0] : UNKNOWN);
        if (method === "forEach") for (const r of returned) this.execute(r);
      });
      return method === "map" ? { kind: "array", items: results } : UNKNOWN;
    }
    if (typeof value === "string" && method === "toLowerCase") return { kind: "const", value: value.toLowerCase() };
    if (typeof value === "string" && method === "toUpperCase") return { kind: "const", value: value.toUpperCase() };
    if (typeof value === "string" && method === "trim") return { kind: "const", value: value.trim() };
    if (Array.isArray(value) && method === "join" && args.every((a) => a.kind === "const")) {
      const sep = args[0]?.kind === "const" && typeof args[0].value === "string" ? args[0].value : ",";
      return { kind: "const", value: value.join(sep) };
    }
    this.callUnknown(node, args, UNKNOWN);
    return UNKNOWN;
  }
};
function maybeIfAny(flow) {
  return flow === "normal" ? "normal" : "maybe";
}
function isBareCall(node) {
  let n = node;
  while (n.type === "TSAsExpression" || n.type === "TSNonNullExpression" || n.type === "ParenthesizedExpression") n = n.expression;
  return n.type === "CallExpression" || n.type === "OptionalCallExpression";
}
function memberName(node, evaluate) {
  if (!node.computed && node.property.type === "Identifier") return node.property.name;
  if (node.property.type === "StringLiteral") return node.property.value;
  if (node.computed && node.property.type !== "PrivateName") {
    const v = evaluate(node.property);
    return v.kind === "const" && typeof v.value === "string" ? v.value : null;
  }
  return null;
}
function propertyKey(prop) {
  if (prop.computed) return prop.key.type === "StringLiteral" ? prop.key.value : null;
  if (prop.key.type === "Identifier") return prop.key.name;
  if (prop.key.type === "StringLiteral") return prop.key.value;
  return null;
}
function patternNames(node) {
  switch (node.type) {
    case "Identifier":
      return [node.name];
    case "ObjectPattern":
      return node.properties.flatMap((p) => p.type === "RestElement" ? patternNames(p.argument) : patternNames(p.value));
    case "ArrayPattern":
      return node.elements.flatMap((e) => e ? patternNames(e) : []);
    case "AssignmentPattern":
      return patternNames(node.left);
    case "RestElement":
      return patternNames(node.argument);
    default:
      return [];
  }
}
function primitiveEquals(left, right, strict) {
  if (left.kind !== "const" || right.kind !== "const") return null;
  const [l, r] = [left.value, right.value];
  const primitive = (v) => v === null || typeof v !== "object" && typeof v !== "function";
  if (!primitive(l) || !primitive(r)) return null;
  return strict ? l === r : l == r;
}
function assigns(node, name) {
  return someNode(node, (o) => o.type === "AssignmentExpression" && o.left?.type === "Identifier" && o.left.name === name || o.type === "UpdateExpression" && o.argument?.type === "Identifier" && o.argument.name === name);
}
var EFFECTS = /* @__PURE__ */ new Set(["CallExpression", "OptionalCallExpression", "NewExpression", "AwaitExpression", "YieldExpression", "TaggedTemplateExpression", "AssignmentExpression", "UpdateExpression"]);
function mayHaveEffects(node) {
  return someNode(node, (o) => EFFECTS.has(o.type ?? ""));
}
function someNode(node, test) {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object") continue;
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    const o = n;
    if (test(o)) return true;
    for (const [k, v] of Object.entries(o)) if (k !== "loc" && k !== "start" && k !== "end" && k !== "leadingComments" && k !== "trailingComments" && v && typeof v === "object") stack.push(v);
  }
  return false;
}

// src/parse/knex/evaluate.ts
var TABLE_METHODS_EXTRA = [
  "timestamps",
  "comment",
  "foreign",
  "check",
  "index",
  "unique",
  "primary",
  "dropIndex",
  "dropUnique",
  "dropUniqueIfExists",
  "dropForeign",
  "dropForeignIfExists",
  "dropPrimary",
  "dropPrimaryIfExists",
  "setNullable",
  "dropNullable",
  "dropColumn",
  "dropColumns",
  "renameColumn",
  "dropTimestamps",
  "dropChecks",
  "engine",
  "charset",
  "collate",
  "inherits",
  "queryContext"
];
var TABLE_METHODS = /* @__PURE__ */ new Set([...KNEX_COLUMN_METHODS, ...TABLE_METHODS_EXTRA]);
var COLUMN_METHODS = /* @__PURE__ */ new Set([
  "nullable",
  "notNullable",
  "notNull",
  "defaultTo",
  "default",
  "defaultsTo",
  "unique",
  "index",
  "primary",
  "references",
  "inTable",
  "on",
  "onDelete",
  "onUpdate",
  "withKeyName",
  "deferrable",
  "comment",
  "unsigned",
  "first",
  "after",
  "collate",
  "check",
  "checkPositive",
  "checkNegative",
  "checkIn",
  "checkNotIn",
  "checkBetween",
  "checkLength",
  "checkRegex",
  "alter",
  "alterType",
  "drop",
  "queryContext"
]);
var VIEW_METHODS = /* @__PURE__ */ new Set(["columns", "as", "checkOption", "localCheckOption", "cascadedCheckOption", "queryContext"]);
var VIEW_COLUMN_METHODS = /* @__PURE__ */ new Set(["rename", "defaultTo"]);
var VIEW_CALLBACK_METHODS = {
  createView: "create",
  createViewOrReplace: "create",
  createMaterializedView: "create",
  alterView: "alter",
  view: "alter"
};
var KNEX_LOOKING_METHODS = /* @__PURE__ */ new Set([
  "createTable",
  "createTableIfNotExists",
  "alterTable",
  "dropTable",
  "dropTableIfExists",
  "renameTable",
  "dropColumn",
  "dropColumns",
  "renameColumn",
  "raw",
  "createView",
  "dropView",
  "withSchema"
]);
var SCHEMA_PASSTHROUGH = /* @__PURE__ */ new Set(["transacting", "queryContext", "debug", "connection", "options", "timeout"]);
var QUERY_WHERE = /^(where|orWhere|andWhere|whereNot|orWhereNot|andWhereNot)/;
var QUERY_ACTIONS = {
  update: "update",
  increment: "update",
  decrement: "update",
  insert: "insert",
  upsert: "insert",
  del: "delete",
  delete: "delete",
  truncate: "truncate",
  select: "select",
  first: "select",
  pluck: "select",
  count: "select"
};
var KnexEvaluator = class _KnexEvaluator extends JsEvaluator {
  constructor(file, dialect, source) {
    super(file, source);
    this.dialect = dialect;
  }
  dialect;
  /** Schema calls lowered statically because a call could not be replayed on Knex's compiler. */
  staticallyLowered = [];
  /** How many view builder callbacks are being followed (their queries are replayed, callbacks included). */
  viewDepth = 0;
  // ---- public entry points -------------------------------------------------------------------
  /**
   * Runs a migration function (`up`/`down`) with `knex` as its first argument. Knex's migrator
   * passes the migration's own transaction when it runs it in one (migrator.js `_transaction`), so
   * a `knex.transaction()` inside is a savepoint on that transaction, not a second transaction.
   */
  runMigrationFunction(fn, transactional = false) {
    return this.runFunction(fn, [{ kind: "knex", transaction: transactional }, UNKNOWN]);
  }
  // ---- the evaluator's hooks -------------------------------------------------------------------
  /** Awaiting/returning a raw or a data query is what makes Knex send it. */
  execute(value) {
    if (value.kind === "raw" && !value.raw.executed) {
      value.raw.executed = true;
      this.push({ kind: "pendingSql", text: value.raw.sql.trimEnd(), origin: value.raw.origin, loc: value.raw.loc, conditional: this.conditionalDepth > 0 });
    } else if (value.kind === "query" && !value.query.executed) {
      value.query.executed = true;
      this.executeQuery(value.query);
    } else if (value.kind === "array") {
      for (const item of value.items) this.execute(item);
    }
  }
  executeQuery(q) {
    if (!q.action || q.action === "select") return;
    if (q.table === null) {
      this.dynamic(q.loc, `Cannot tell which table this Knex ${q.action} changes${q.tableDynamic ? `: ${q.tableDynamic}` : ""}.`);
      return;
    }
    if (q.action === "truncate") {
      this.emit({ kind: "truncate", tables: [q.table], loc: q.loc });
      return;
    }
    const op = { kind: "dml", action: q.action, table: q.table, hasWhere: q.hasWhere, loc: q.loc };
    const assignments = q.action === "update" ? this.sqlAssignments(q.set ?? []) : [];
    if (assignments.length === 0) {
      this.emit(op);
      return;
    }
    if (this.conditionalDepth > 0) op.conditional = true;
    const sql = `UPDATE ${knexIdentifier(q.table, this.dialect)} SET ${assignments.join(", ")}`;
    this.push({ kind: "pendingUpdate", op, sql, loc: q.loc });
  }
  /**
   * The assignments of an update whose value is SQL Knex sends as written (a raw with static
   * bindings, a ref). Data values are bound parameters: never another column, so left out.
   */
  sqlAssignments(set) {
    const out = [];
    for (const { column, value } of set) {
      if (column.includes(".")) continue;
      const sql = value.kind === "ref" ? knexIdentifier(value.name, this.dialect) : value.kind === "raw" && !value.raw.placeholders ? value.raw.sql : null;
      if (sql !== null) out.push(`${knexIdentifier(column, this.dialect)} = ${sql}`);
    }
    return out;
  }
  /** `knex.schema`, `knex.fn`, `knex.client.config.client`, and `knex.raw` read as a value to call later. */
  hostMember(object, name) {
    if (object.kind === "knex") {
      if (name === "schema") return { kind: "schema", schemaName: null };
      if (name === "fn") return { kind: "knexFn" };
      if (name === "client") return { kind: "knexClient", part: "client" };
      return { kind: "boundMethod", receiver: object, method: name };
    }
    if (object.kind === "knexClient") {
      if (object.part === "client" && name === "config") return { kind: "knexClient", part: "config" };
      if (object.part === "client" && (name === "dialect" || name === "driverName") || object.part === "config" && name === "client") return { kind: "clientName" };
      return UNKNOWN;
    }
    return void 0;
  }
  callHost(fn, node, scope, outer) {
    if (fn.kind !== "knex") return void 0;
    const args = this.args(node, scope);
    return { kind: "query", query: this.newQuery(args[0], node, outer, args.length > 0 ? { method: "table", args } : null) };
  }
  /** The Knex API: each kind of builder to the handler of its methods. */
  static API = {
    knex: (ev, receiver, method, node, scope, outer) => ev.callKnex(receiver, method, node, scope, outer),
    knexFn: (ev, _receiver, method, node, scope) => ev.callKnexFn(method, node, scope),
    schema: (ev, receiver, method, node, scope) => ev.callSchema(receiver, method, node, scope),
    tableBuilder: (ev, receiver, method, node, scope, outer) => ev.callTable(receiver.draft, method, node, scope, outer),
    column: (ev, receiver, method, node, scope, outer) => ev.callColumn(receiver, method, node, scope, outer),
    foreign: (ev, receiver, method, node, scope) => {
      if (receiver.draft) {
        const args = ev.args(node, scope);
        ev.recordLink(receiver.draft, receiver.fk.call, method, args);
        return ev.callForeign(receiver, receiver.fk, method, node, scope, args);
      }
      return ev.callForeign(receiver, receiver.fk, method, node, scope);
    },
    query: (ev, receiver, method, node, scope) => ev.callQuery(receiver, method, node, scope),
    viewBuilder: (ev, receiver, method, node, scope, outer) => ev.callView(receiver, method, node, scope, outer),
    viewColumn: (ev, receiver, method, node, scope, outer) => ev.callViewColumn(receiver, method, node, scope, outer),
    raw: (ev, receiver, method, node, scope) => {
      ev.args(node, scope);
      if (method === "toString" || method === "toQuery") return { kind: "const", value: receiver.raw.sql };
      return method === "toSQL" ? UNKNOWN : receiver;
    }
  };
  callHostMethod(receiver, method, node, scope, outer) {
    const handler = _KnexEvaluator.API[receiver.kind];
    return handler?.(this, receiver, method, node, scope, outer);
  }
  callLookalike(receiver, method, node) {
    if (!KNEX_LOOKING_METHODS.has(method)) return void 0;
    const object = node.callee.type === "MemberExpression" || node.callee.type === "OptionalMemberExpression" ? sourceSnippet(node.callee.object, this.source) : "this";
    const why = receiver.why ? ` (${receiver.why})` : "";
    this.dynamic(this.callLoc(node), `\`${object}.${method}()\` is not called on the \`knex\` passed to the migration${why}, so it cannot be checked; if \`${object}\` is another Knex instance it also runs outside the migration's transaction.`);
    return { kind: "unknown", why: null };
  }
  escapes(node, args, fn) {
    const escapes = args.some((a) => a.kind === "knex" || a.kind === "schema" || a.kind === "tableBuilder" || a.kind === "column" || a.kind === "viewBuilder" || a.kind === "viewColumn");
    if (escapes) {
      const why = fn.kind === "unknown" && fn.why ? fn.why : `\`${sourceSnippet(node.callee, this.source)}\` is not defined in this file`;
      this.dynamic(this.loc(node), `Knex is passed to \`${sourceSnippet(node.callee, this.source)}(...)\`, which cannot be followed statically (${why}); the schema changes it makes are not checked.`);
    }
  }
  discarded(value, node) {
    if (isLazyBuilder(value)) {
      this.dynamic(this.loc(node), "This Knex builder is neither awaited nor returned, so Knex never runs it (builders are lazy thenables). Add `await` or `return`.", true);
    }
  }
  awaited(value) {
    return value.kind === "const" || value.kind === "knex" || value.kind === "existenceCheck" ? value : UNKNOWN;
  }
  equals(left, right) {
    const name = left.kind === "clientName" && right.kind === "const" ? right.value : right.kind === "clientName" && left.kind === "const" ? left.value : void 0;
    return typeof name === "string" ? clientMatches(name, this.dialect) : null;
  }
  destructurable(value) {
    return value.kind === "knex" || super.destructurable(value);
  }
  isCheck(value) {
    return value.kind === "existenceCheck";
  }
  // ---- knex instance ---------------------------------------------------------------------------
  /** A query builder; `start` is the call that made it (`knex('t')` is Knex's `queryBuilder().table('t')`). */
  newQuery(tableArg, node, outer, start = null) {
    const table = tableArg?.kind === "const" && typeof tableArg.value === "string" ? this.tableName(tableArg.value, null) : null;
    const tableDynamic = tableArg === void 0 ? null : tableArg.kind === "unknown" ? tableArg.why : table === null ? "the table is not a string" : null;
    const query = { table, tableDynamic, action: null, hasWhere: false, set: null, loc: this.loc(node, outer), executed: false, chain: [], notReplayable: null, conditionalBase: this.conditionalDepth };
    if (start) this.recordQueryLink(query, start.method, start.args);
    return query;
  }
  /** Records a query builder call for replay; the first one Knex's builder cannot replay says why. */
  recordQueryLink(query, method, args) {
    if (query.notReplayable !== null) return;
    if (!(query.callback ? QUERY_CALLBACK_METHODS : READ_ONLY_QUERY_METHODS).has(method)) {
      query.notReplayable = `it calls \`.${method}()\`, which is not a read-only query builder method`;
      return;
    }
    if (this.conditionalDepth > query.conditionalBase) {
      query.notReplayable = `whether it calls \`.${method}()\` depends on a condition not known statically`;
      return;
    }
    const replayArgs = [];
    for (const a of args) {
      const arg = a.kind === "function" && this.viewDepth > 0 ? this.queryCallback(a) : queryReplayArg(a);
      if (typeof arg === "string") {
        query.notReplayable = `an argument of \`.${method}()\` ${arg}`;
        return;
      }
      replayArgs.push(arg);
    }
    query.chain.push({ method, args: replayArgs });
  }
  /**
   * A builder callback passed to a query method: run once on a builder of its own (as Knex does
   * when it compiles the query), its calls recorded; the reason when they cannot be.
   */
  queryCallback(fn) {
    const builder = { table: null, tableDynamic: null, action: null, hasWhere: false, set: null, loc: this.loc(fn.node), executed: false, chain: [], notReplayable: null, conditionalBase: this.conditionalDepth, callback: true };
    const value = { kind: "query", query: builder };
    const start = this.sink.length;
    this.callFunction(fn, [value], value);
    if (this.sink.length > start) return "is a callback that does more than call its builder";
    return builder.notReplayable === null ? { kind: "callback", chain: builder.chain } : `is a callback that cannot be recorded: ${builder.notReplayable}`;
  }
  callKnex(receiver, method, node, scope, outer) {
    switch (method) {
      case "raw":
        return this.rawValue(node, scope);
      case "table":
      case "from":
      case "into":
      case "queryBuilder": {
        const args = this.args(node, scope);
        const start = method === "queryBuilder" ? null : { method, args };
        return { kind: "query", query: this.newQuery(method === "queryBuilder" ? void 0 : args[0], node, outer, start) };
      }
      case "select":
      case "insert":
      case "update":
      case "del":
      case "delete":
      case "truncate": {
        const args = this.args(node, scope);
        const query = this.newQuery(void 0, node, outer, { method, args });
        query.action = QUERY_ACTIONS[method] ?? null;
        return { kind: "query", query };
      }
      case "transaction":
        return this.callTransaction(receiver, node, scope);
      case "commit":
      case "rollback":
        this.args(node, scope);
        if (receiver.savepoint) {
          const sql = method === "commit" ? "RELEASE SAVEPOINT trx;" : "ROLLBACK TO SAVEPOINT trx;";
          this.emit({ kind: "other", statement: "TransactionStmt", object: null, sql, loc: this.loc(node, outer) });
        } else if (receiver.transaction) this.emit({ kind: "transaction", action: method, loc: this.loc(node, outer) });
        return UNKNOWN;
      case "ref": {
        const [name] = this.args(node, scope);
        return name?.kind === "const" && typeof name.value === "string" ? { kind: "ref", name: name.value } : UNKNOWN;
      }
      case "withSchema":
        this.args(node, scope);
        return UNKNOWN;
      default:
        this.args(node, scope);
        return UNKNOWN;
    }
  }
  /**
   * `knex.transaction(async (trx) => ...)`: on the migrator's own transaction (a transactional
   * migration) or on a `trx`, Knex issues SAVEPOINT / RELEASE SAVEPOINT (transaction.js); only on a
   * plain knex (`config.transaction: false`) is it a real BEGIN/COMMIT on its own connection.
   */
  callTransaction(receiver, node, scope) {
    const [cb] = this.args(node, scope);
    const loc = this.loc(node);
    const savepoint = receiver.transaction;
    if (savepoint) this.emit({ kind: "other", statement: "TransactionStmt", object: null, sql: "SAVEPOINT trx;", loc });
    else this.emit({ kind: "transaction", action: "begin", loc });
    if (cb?.kind === "function") {
      for (const v of this.callFunction(cb, [{ kind: "knex", transaction: true, savepoint }])) this.execute(v);
      const end = { ...loc, line: loc.endLine };
      if (savepoint) this.emit({ kind: "other", statement: "TransactionStmt", object: null, sql: "RELEASE SAVEPOINT trx;", loc: end });
      else this.emit({ kind: "transaction", action: "commit", loc: end });
      return UNKNOWN;
    }
    return { kind: "knex", transaction: true, savepoint };
  }
  callKnexFn(method, node, scope) {
    const args = this.args(node, scope);
    const loc = this.loc(node);
    const origin = { line: loc.line, column: loc.column };
    if (method === "now") {
      const p = args[0]?.kind === "const" && typeof args[0].value === "number" ? args[0].value : null;
      const sql = p === null ? "CURRENT_TIMESTAMP" : `CURRENT_TIMESTAMP(${p})`;
      return { kind: "raw", raw: { sql, origin, loc, executed: true }, default: { kind: "now", precision: p } };
    }
    if (method === "uuid") {
      const sql = this.dialect === "mysql" ? "(UUID())" : "gen_random_uuid()";
      return { kind: "raw", raw: { sql, origin, loc, executed: true, knexFn: "uuid" }, default: { kind: "raw", sql } };
    }
    return UNKNOWN;
  }
  /** `knex.raw(sql, bindings)`: constant SQL with `?`/`??` bindings substituted the way Knex does. */
  rawValue(node, scope) {
    const [sqlNode] = node.arguments;
    const args = this.args(node, scope);
    const loc = this.loc(node);
    const sqlValue = args[0];
    if (!sqlNode || sqlValue?.kind !== "const" || typeof sqlValue.value !== "string") {
      const why = sqlValue?.kind === "unknown" && sqlValue.why ? sqlValue.why : "the SQL is not a constant string";
      this.dynamic(loc, `Cannot read the SQL of this raw() call statically: ${why}.`);
      return { kind: "unknown", why: null };
    }
    let sql = sqlValue.value;
    let placeholders = false;
    const bindings = args[1];
    if (bindings !== void 0 && /\?/.test(sql)) {
      const list = staticBindings(bindings);
      const substituted = list ? substituteBindings(sql, list, this.dialect) : null;
      if (substituted === null) {
        this.dynamic(loc, `Cannot resolve the bindings of this raw() call statically; the SQL is checked with placeholders.`);
        sql = sql.replace(/\?\?/g, '"_"').replace(/\?/g, "NULL");
        placeholders = true;
      } else {
        sql = substituted;
        placeholders = list.some((b) => b.kind === "raw" && b.placeholders);
      }
    }
    const origin = stringStart(this.literalOf.get(sqlValue) ?? sqlNode);
    const raw = { sql, origin, loc, executed: false, ...placeholders ? { placeholders: true } : {} };
    return { kind: "raw", raw, default: { kind: "raw", sql } };
  }
  // ---- schema builder --------------------------------------------------------------------------
  tableName(raw, schema) {
    const parts = raw.split(".");
    if (parts.length >= 2) return qualifiedName(parts[parts.length - 2], parts[parts.length - 1]);
    return qualifiedName(schema, raw);
  }
  constString(value, what, loc, call) {
    if (value?.kind === "const" && typeof value.value === "string") return value.value;
    const why = value?.kind === "unknown" && value.why ? value.why : value === void 0 ? "it is missing" : "it is not a constant string";
    this.dynamic(loc, `Cannot resolve the ${what} of \`${call}\` statically: ${why}. This operation is not checked.`);
    return null;
  }
  callSchema(receiver, method, node, scope) {
    const loc = this.callLoc(node);
    const schema = receiver.schemaName;
    const call = `${method}(...)`;
    if (method === "raw") {
      const raw = this.rawValue(node, scope);
      this.execute(raw);
      return receiver;
    }
    if (method === "withSchema") {
      const [s] = this.args(node, scope);
      const name = this.constString(s, "schema", loc, call);
      return name === null ? { kind: "unknown", why: null } : { kind: "schema", schemaName: name };
    }
    if (SCHEMA_PASSTHROUGH.has(method)) {
      this.args(node, scope);
      return receiver;
    }
    const tableMethods = {
      createTable: { mode: "create", ifNotExists: false },
      createTableIfNotExists: { mode: "create", ifNotExists: true },
      createTableLike: { mode: "create", ifNotExists: false },
      alterTable: { mode: "alter", ifNotExists: false },
      table: { mode: "alter", ifNotExists: false },
      editTable: { mode: "alter", ifNotExists: false }
    };
    const tableMethod = tableMethods[method];
    if (tableMethod) {
      const args2 = this.args(node, scope);
      const rawName = this.constString(args2[0], "table name", loc, call);
      if (rawName === null) return receiver;
      const cb = method === "createTableLike" ? args2[2] : args2[1];
      const draft = {
        mode: tableMethod.mode,
        rawName: rawName.includes(".") ? rawName.split(".").pop() : rawName,
        schema,
        table: this.tableName(rawName, schema),
        ifNotExists: tableMethod.ifNotExists,
        columns: [],
        statements: [],
        createChecks: [],
        comment: void 0,
        loc,
        calls: [],
        // createTableLike's callback is optional; the other table methods require one.
        replayable: cb?.kind === "function" || method === "createTableLike" && cb === void 0,
        conditionalBase: this.conditionalDepth
      };
      const start = this.sink.length;
      if (cb?.kind === "function") this.callFunction(cb, [{ kind: "tableBuilder", draft }], { kind: "tableBuilder", draft });
      else if (cb !== void 0 && cb.kind !== "const") {
        this.dynamic(loc, `The builder callback of \`${call}\` cannot be followed statically; its columns are not checked.`);
      }
      const inner = this.sink.splice(start);
      const fallback = compileTable(draft, this.dialect);
      const nameArgs = args2.slice(0, method === "createTableLike" ? 2 : 1).map(toReplayArg);
      const replayable = draft.replayable && !inner.some((e) => e.kind === "unparsed") && nameArgs.every((a) => a !== null);
      this.schemaCall(replayable ? { schema, method, args: nameArgs, calls: draft.calls, loc } : null, fallback, loc);
      this.push(...inner);
      return receiver;
    }
    const args = this.args(node, scope);
    switch (method) {
      case "dropTable":
      case "dropTableIfExists": {
        const name = this.constString(args[0], "table name", loc, call);
        if (name !== null) this.schemaCall(this.simpleReplay(schema, method, args.slice(0, 1), loc), [{ kind: "dropTable", table: this.tableName(name, schema), ifExists: method === "dropTableIfExists", cascade: false, loc }], loc);
        return receiver;
      }
      case "renameTable": {
        const from = this.constString(args[0], "table name", loc, call);
        const to = from === null ? null : this.constString(args[1], "new table name", loc, call);
        if (from !== null && to !== null) this.schemaCall(this.simpleReplay(schema, method, args.slice(0, 2), loc), [{ kind: "renameTable", table: this.tableName(from, schema), newName: this.tableName(to, schema), loc }], loc);
        return receiver;
      }
      case "hasTable":
      case "hasColumn":
        return { kind: "existenceCheck" };
      case "createView":
      case "createViewOrReplace":
      case "createMaterializedView":
      case "alterView":
      case "view":
        return this.viewCall(receiver, method, args, loc);
      case "refreshMaterializedView":
      case "dropView":
      case "dropViewIfExists":
      case "dropMaterializedView":
      case "dropMaterializedViewIfExists":
      case "renameView": {
        const name = this.constString(args[0], "view name", loc, call);
        if (name === null) return receiver;
        this.schemaCall(this.simpleReplay(schema, method, args, loc), [this.staticViewOp(method, this.tableName(name, schema), loc)], loc);
        return receiver;
      }
      case "createSchema":
      case "createSchemaIfNotExists":
      case "createExtension":
      case "createExtensionIfNotExists":
      case "dropExtension":
      case "dropExtensionIfExists": {
        const name = this.constString(args[0], "name", loc, call);
        if (name === null) return receiver;
        const statement = method.startsWith("createSchema") ? "CreateSchemaStmt" : method.startsWith("create") ? "CreateExtensionStmt" : "DropStmt";
        this.schemaCall(this.simpleReplay(method.includes("Extension") ? schema : null, method, args, loc), [{ kind: "other", statement, object: name, loc }], loc);
        return receiver;
      }
      case "dropSchema":
      case "dropSchemaIfExists": {
        const name = this.constString(args[0], "schema name", loc, call);
        if (name !== null) this.schemaCall(this.simpleReplay(null, method, args, loc), [{ kind: "dropSchema", target: "schema", name, loc }], loc);
        return receiver;
      }
      default: {
        const suggestion = suggestMethod(method, [...Object.keys(tableMethods), "dropTable", "dropTableIfExists", "renameTable", "hasTable", "hasColumn", "raw", "withSchema", "createView", "dropView"]);
        this.dynamic(loc, `\`knex.schema.${method}()\` is not a Knex schema method${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}; the migration throws a TypeError when it runs.`);
        return { kind: "unknown", why: null };
      }
    }
  }
  /**
   * The statement a view call stands for when it cannot be replayed: opaque (no SQL), named as the
   * SQL front ends name it, so the schema model and the rollback pairing still see the view.
   */
  staticViewOp(method, object, loc, notReplayable = null) {
    const mysql = this.dialect === "mysql";
    const statement = method.startsWith("drop") ? mysql ? "DROP VIEW" : "DropStmt" : method.startsWith("refresh") ? "RefreshMatViewStmt" : method === "createMaterializedView" ? mysql ? "CREATE MATERIALIZED VIEW" : "CreateTableAsStmt" : method.startsWith("create") ? mysql ? "CREATE VIEW" : "ViewStmt" : mysql ? "ALTER VIEW" : method === "renameView" ? "RenameStmt" : "AlterTableStmt";
    const op = { kind: "other", statement, object, loc };
    if (notReplayable !== null) op.unrenderable = `the SQL Knex sends for this view is not known: ${notReplayable}`;
    return op;
  }
  /**
   * createView / createViewOrReplace / createMaterializedView / alterView: the builder callback's
   * calls (columns, as(query), check options, column(...).rename/defaultTo) are recorded as data,
   * with the query passed to as() as its chain of builder calls, and replayed on Knex's compiler.
   */
  viewCall(receiver, method, args, loc) {
    const schema = receiver.kind === "schema" ? receiver.schemaName : null;
    const call = `${method}(...)`;
    const name = this.constString(args[0], "view name", loc, call);
    if (name === null) return receiver;
    const object = this.tableName(name, schema);
    const nameArg = toReplayArg(args[0]);
    const cb = args[1];
    if (cb === void 0 || cb.kind === "const") {
      this.schemaCall({ schema, method, args: [nameArg], calls: null, loc }, [this.staticViewOp(method, object, loc)], loc);
      return receiver;
    }
    const draft = { mode: VIEW_CALLBACK_METHODS[method] ?? "create", calls: [], replayable: true, conditionalBase: this.conditionalDepth, notReplayable: null };
    const start = this.sink.length;
    if (cb.kind === "function") {
      this.viewDepth++;
      try {
        this.callFunction(cb, [{ kind: "viewBuilder", draft }], { kind: "viewBuilder", draft });
      } finally {
        this.viewDepth--;
      }
    } else {
      draft.notReplayable = `its builder callback cannot be followed statically${cb.kind === "unknown" && cb.why ? ` (${cb.why})` : ""}`;
      this.dynamic(loc, `The builder callback of \`${call}\` cannot be followed statically; the view is not checked.`);
    }
    const inner = this.sink.splice(start);
    const reported = inner.find((e) => e.kind === "unparsed");
    if (draft.notReplayable === null && reported) draft.notReplayable = `a value in its builder callback is not known statically (line ${reported.loc.line})`;
    if (draft.notReplayable === null && !draft.replayable) draft.notReplayable = "a call in its builder callback cannot be recorded";
    const replayable = draft.notReplayable === null;
    this.schemaCall(replayable ? { schema, method, args: [nameArg], calls: draft.calls, loc } : null, [this.staticViewOp(method, object, loc, draft.notReplayable)], loc);
    this.push(...inner);
    return receiver;
  }
  /** `view.columns([...])`, `view.as(query)`, the check options; `view.column(name)` in alterView. */
  callView(receiver, method, node, scope, outer) {
    const { draft } = receiver;
    const loc = this.loc(node, outer);
    const args = this.args(node, scope);
    if (VIEW_METHODS.has(method) || method === "column" && draft.mode === "alter") {
      const recorded = this.recordViewCall(draft, method, args, loc);
      return method === "column" ? { kind: "viewColumn", draft, call: recorded } : UNKNOWN;
    }
    const known = draft.mode === "alter" ? [...VIEW_METHODS, "column"] : [...VIEW_METHODS];
    const suggestion = method === "column" ? null : suggestMethod(method, known);
    const message = method === "column" ? "`view.column()` only exists in alterView(); in a createView() callback the migration throws a TypeError." : `\`view.${method}()\` is not a Knex view builder method${suggestion ? `; did you mean \`${suggestion}()\`` : ""}? The migration throws a TypeError when it runs.`;
    this.dynamic(loc, message);
    draft.notReplayable ??= method === "column" ? "`view.column()` exists only in alterView()" : `\`view.${method}()\` is not a Knex view builder method`;
    return { kind: "unknown", why: null };
  }
  /** alterView's `view.column('a').rename('b')` / `.defaultTo(value)`. */
  callViewColumn(receiver, method, node, scope, outer) {
    const { draft, call } = receiver;
    const args = this.args(node, scope);
    if (VIEW_COLUMN_METHODS.has(method)) {
      const replayArgs = this.viewArgs(draft, method, args);
      if (replayArgs) call.chain.push({ method, args: replayArgs });
      return receiver;
    }
    const suggestion = suggestMethod(method, VIEW_COLUMN_METHODS);
    this.dynamic(this.loc(node, outer), `\`.${method}()\` is not a method of Knex's alterView column, which has rename() and defaultTo() only${suggestion ? ` (did you mean \`.${suggestion}()\`?)` : ""}; the migration throws a TypeError when it runs.`);
    draft.notReplayable ??= `\`.${method}()\` is not a method of Knex's alterView column`;
    return { kind: "unknown", why: null };
  }
  recordViewCall(draft, method, args, loc) {
    const call = { method, args: this.viewArgs(draft, method, args) ?? [], chain: [], loc, conditional: this.conditionalDepth > draft.conditionalBase, column: null };
    draft.calls.push(call);
    return call;
  }
  /** A view builder call's arguments as data (a query as its recorded chain); null, with the reason kept, when one is not. */
  viewArgs(draft, method, args) {
    const out = [];
    for (const a of args) {
      const arg = queryReplayArg(a);
      if (typeof arg === "string") {
        draft.notReplayable ??= `the argument of \`view.${method}()\` ${arg}`;
        return null;
      }
      out.push(arg);
    }
    return out;
  }
  /** A schema call without a callback, replayable when every argument is data. */
  simpleReplay(schema, method, args, loc) {
    const replayArgs = args.map(toReplayArg);
    return replayArgs.every((a) => a !== null) ? { schema, method, args: replayArgs, calls: null, loc } : null;
  }
  /** Emits a schema call: replayed on Knex's compiler when possible, else its static lowering (marked). */
  schemaCall(replay, fallback, loc) {
    const conditional = this.conditionalDepth > 0;
    if (conditional) for (const op of fallback) op.conditional = true;
    if (replay) this.push({ kind: "pendingKnex", replay, fallback, conditional, loc });
    else {
      if (fallback.length > 0) this.staticallyLowered.push(loc);
      this.push(...fallback);
    }
  }
  /** Records a builder call for replay; an argument we cannot replay makes the whole table static. */
  recordCall(draft, method, args, loc) {
    const replayArgs = args.map(toReplayArg);
    if (replayArgs.some((a) => a === null)) draft.replayable = false;
    const call = { method, args: replayArgs.filter((a) => a !== null), chain: [], loc, conditional: this.conditionalDepth > draft.conditionalBase, column: null };
    draft.calls.push(call);
    return call;
  }
  recordLink(draft, call, method, args) {
    if (!call) {
      draft.replayable = false;
      return;
    }
    const replayArgs = args.map(toReplayArg);
    if (replayArgs.some((a) => a === null)) draft.replayable = false;
    call.chain.push({ method, args: replayArgs.filter((a) => a !== null) });
  }
  /** Where a builder call starts: the chain's start for the first call, the `.method` for later links. */
  callLoc(node) {
    const callee = node.callee;
    if ((callee.type === "MemberExpression" || callee.type === "OptionalMemberExpression") && isChainedCall(callee.object)) {
      const base = this.loc(node);
      const prop = callee.property;
      return { ...base, line: prop.loc?.start.line ?? base.line, column: (prop.loc?.start.column ?? 0) + 1 };
    }
    return this.loc(node);
  }
  // ---- table builder ---------------------------------------------------------------------------
  columnList(value) {
    if (value?.kind !== "const") return null;
    const v = value.value;
    if (typeof v === "string") return [v];
    if (Array.isArray(v) && v.every((c) => typeof c === "string")) return v;
    return null;
  }
  callTable(draft, method, node, scope, outer) {
    const loc = this.loc(node, outer);
    const args = this.args(node, scope);
    const call = `${method}(...)`;
    const recorded = this.recordCall(draft, method, args, loc);
    if (KNEX_COLUMN_METHODS.has(method)) {
      const defaultName = method === "increments" || method === "bigIncrements" || method === "bigincrements" ? "id" : null;
      let name = defaultName;
      if (args[0] !== void 0 && !(args[0].kind === "const" && args[0].value === void 0 && defaultName)) {
        name = this.constString(args[0], "column name", loc, call);
      } else if (name === null) name = this.constString(void 0, "column name", loc, call);
      if (name === null) return { kind: "unknown", why: null };
      const typeArgs = [];
      for (const a of args.slice(1)) {
        if (a.kind === "raw") typeArgs.push(a.raw.sql);
        else if (a.kind !== "const") {
          this.dynamic(loc, `Cannot resolve the arguments of \`${call}\` for column ${name} statically${a.kind === "unknown" && a.why ? `: ${a.why}` : ""}; its type is not checked.`);
          typeArgs.push(void 0);
        } else typeArgs.push(a.value);
      }
      const column = this.addColumnDraft(draft, name, method, typeArgs, loc, recorded);
      recorded.column = name;
      return { kind: "column", column, draft, foreign: null };
    }
    const firstColumns = () => {
      const cols = this.columnList(args[0]);
      if (cols === null) this.constString(args[0], "columns", loc, call);
      return cols;
    };
    const optString = (v) => v?.kind === "const" && typeof v.value === "string" ? v.value : null;
    switch (method) {
      case "timestamps": {
        let [useTimestamps, defaultToNow, useCamelCase] = args.map((a) => a.kind === "const" ? a.value : void 0);
        if (isRecord2(useTimestamps)) ({ useTimestamps, defaultToNow, useCamelCase } = useTimestamps);
        const type = useTimestamps === true ? "timestamp" : "datetime";
        for (const name of useCamelCase === true ? ["createdAt", "updatedAt"] : ["created_at", "updated_at"]) {
          const column = this.addColumnDraft(draft, name, type, [], loc);
          if (defaultToNow === true) {
            column.nullable = false;
            column.defaultTo = { kind: "raw", sql: "CURRENT_TIMESTAMP" };
          }
        }
        return UNKNOWN;
      }
      case "comment":
        draft.comment = optString(args[0]) ?? void 0;
        return { kind: "tableBuilder", draft };
      case "foreign": {
        const cols = firstColumns();
        if (cols === null) return { kind: "unknown", why: null };
        const fk = { columns: cols, keyName: optString(args[1]), references: [], inTable: null, onDelete: null, onUpdate: null, call: recorded };
        draft.statements.push({ kind: "foreign", fk, loc });
        return { kind: "foreign", fk, draft };
      }
      case "check": {
        const expression = this.checkExpression(args[0], args[1]);
        const name = optString(args[2]);
        if (expression === null) {
          this.dynamic(loc, "Cannot resolve this check() expression statically; the constraint is not checked.");
          return { kind: "tableBuilder", draft };
        }
        if (draft.mode === "alter" && args[1]?.kind === "const" && Array.isArray(args[1].value) && args[1].value.length > 0 && /\?/.test(String(args[0]?.kind === "const" ? args[0].value : ""))) {
          this.dynamic(loc, "Knex ignores the bindings of check() inside alterTable/table: the `?` placeholders are sent as written and the statement fails. Write the column names into the expression.");
        }
        if (draft.mode === "create") draft.createChecks.push({ expression, name });
        else draft.statements.push({ kind: "check", expression, name, loc });
        return { kind: "tableBuilder", draft };
      }
      case "index":
      case "unique":
      case "primary": {
        const cols = firstColumns();
        if (cols === null) return { kind: "tableBuilder", draft };
        this.pushKeyStatement(draft, method, cols, args[1], args[2], loc);
        return { kind: "tableBuilder", draft };
      }
      case "dropIndex": {
        const cols = this.columnList(args[0]) ?? [];
        draft.statements.push({ kind: "dropIndex", columns: cols, name: optString(args[1]), loc });
        return { kind: "tableBuilder", draft };
      }
      case "dropUnique":
      case "dropUniqueIfExists":
      case "dropForeign":
      case "dropForeignIfExists": {
        const cols = this.columnList(args[0]) ?? [];
        const kind = method.startsWith("dropUnique") ? "dropUnique" : "dropForeign";
        draft.statements.push({ kind, columns: cols, name: optString(args[1]), ifExists: method.endsWith("IfExists"), loc });
        return { kind: "tableBuilder", draft };
      }
      case "dropPrimary":
      case "dropPrimaryIfExists":
        draft.statements.push({ kind: "dropPrimary", name: optString(args[0]), ifExists: method.endsWith("IfExists"), loc });
        return { kind: "tableBuilder", draft };
      case "setNullable":
      case "dropNullable": {
        const column = this.constString(args[0], "column name", loc, call);
        if (column !== null) draft.statements.push({ kind: method, column, loc });
        return { kind: "tableBuilder", draft };
      }
      case "dropColumn":
      case "dropColumns": {
        const cols = [];
        for (const a of args) {
          const list = this.columnList(a);
          if (list === null) {
            this.constString(a, "column name", loc, call);
            return { kind: "tableBuilder", draft };
          }
          cols.push(...list);
        }
        draft.statements.push({ kind: "dropColumn", columns: cols, loc });
        return { kind: "tableBuilder", draft };
      }
      case "dropTimestamps": {
        const camel = args[0]?.kind === "const" && args[0].value === true;
        draft.statements.push({ kind: "dropColumn", columns: camel ? ["createdAt", "updatedAt"] : ["created_at", "updated_at"], loc });
        return { kind: "tableBuilder", draft };
      }
      case "renameColumn": {
        const from = this.constString(args[0], "column name", loc, call);
        const to = from === null ? null : this.constString(args[1], "new column name", loc, call);
        if (from !== null && to !== null) draft.statements.push({ kind: "renameColumn", from, to, loc });
        return { kind: "tableBuilder", draft };
      }
      case "dropChecks": {
        const names = this.columnList(args[0]) ?? [];
        draft.statements.push({ kind: "dropChecks", names, loc });
        return { kind: "tableBuilder", draft };
      }
      case "engine":
      case "charset":
      case "collate":
      case "inherits":
      case "queryContext":
        return { kind: "tableBuilder", draft };
      default: {
        const suggestion = suggestMethod(method, TABLE_METHODS);
        this.dynamic(loc, `\`${method}()\` is not a Knex table builder method${suggestion ? `; did you mean \`${suggestion}\`` : ""}? The migration throws a TypeError when it runs.`);
        return { kind: "unknown", why: null };
      }
    }
  }
  addColumnDraft(draft, name, method, typeArgs, loc, call = null) {
    const column = {
      name,
      method,
      typeArgs,
      loc,
      mode: "add",
      alterNullable: true,
      alterType: true,
      nullable: null,
      defaultTo: null,
      comment: void 0,
      checks: [],
      unsigned: false,
      position: null,
      call
    };
    draft.columns.push(column);
    return column;
  }
  /** index/unique/primary with Knex's optional name-or-options second argument. */
  pushKeyStatement(draft, method, columns, second, third, loc) {
    const s = second?.kind === "const" ? second.value : void 0;
    const options = isRecord2(s) ? s : third?.kind === "const" && isRecord2(third.value) ? third.value : {};
    const name = typeof s === "string" ? s : typeof options.indexName === "string" ? options.indexName : typeof options.constraintName === "string" ? options.constraintName : null;
    if (method === "primary") {
      draft.statements.push({ kind: "primary", columns, name, loc });
    } else if (method === "unique") {
      const predicate = options.predicate !== void 0;
      const useConstraint = typeof options.useConstraint === "boolean" ? options.useConstraint : Boolean(options.deferrable) || !predicate;
      draft.statements.push({ kind: "unique", columns, name, asIndex: !useConstraint, loc });
    } else {
      const thirdValue = third?.kind === "const" ? third.value : void 0;
      const indexType = typeof options.indexType === "string" ? options.indexType : null;
      const method2 = typeof thirdValue === "string" ? thirdValue : typeof options.storageEngineIndexType === "string" ? options.storageEngineIndexType : null;
      draft.statements.push({ kind: "index", columns, name, unique: indexType?.toLowerCase() === "unique", method: method2, where: null, loc });
    }
  }
  checkExpression(expr, bindings) {
    if (expr?.kind !== "const" || typeof expr.value !== "string") return null;
    if (bindings === void 0 || bindings.kind === "const" && bindings.value == null) return expr.value;
    const list = staticBindings(bindings);
    return list && substituteBindings(expr.value, list, this.dialect);
  }
  // ---- column builder --------------------------------------------------------------------------
  callColumn(receiver, method, node, scope, outer) {
    const { column, draft } = receiver;
    const args = this.args(node, scope);
    this.recordLink(draft, column.call, method, args);
    const first = args[0];
    const str = (v) => v?.kind === "const" && typeof v.value === "string" ? v.value : null;
    switch (method) {
      case "nullable":
        column.nullable = !(first?.kind === "const" && first.value === false);
        return receiver;
      case "notNullable":
      case "notNull":
        column.nullable = false;
        return receiver;
      case "defaultTo":
      case "default":
      case "defaultsTo": {
        if (first?.kind === "raw") column.defaultTo = first.default;
        else if (first?.kind === "const") column.defaultTo = { kind: "const", value: first.value };
        else {
          const argNode = node.arguments[0];
          const text = argNode ? sourceSnippet(argNode, this.source) : "?";
          column.defaultTo = { kind: "raw", sql: text };
          const why = first?.kind === "unknown" && first.why ? `: ${first.why}` : "";
          this.dynamic(column.loc, `Cannot resolve the default of column ${column.name} statically${why}; its volatility is not checked.`);
        }
        return receiver;
      }
      case "unique":
      case "index":
      case "primary":
        if (!/increments/i.test(column.method)) this.pushKeyStatement(draft, method, [column.name], first, args[1], column.loc);
        return receiver;
      case "references": {
        const fk = { columns: [column.name], keyName: null, references: [], inTable: null, onDelete: null, onUpdate: null };
        draft.statements.push({ kind: "foreign", fk, loc: column.loc });
        this.setReferences(fk, first);
        return { ...receiver, foreign: fk };
      }
      case "inTable":
      case "on":
      case "onDelete":
      case "onUpdate":
      case "withKeyName":
      case "deferrable":
        if (receiver.foreign) this.callForeign(receiver, receiver.foreign, method, node, scope, args);
        return receiver;
      case "comment":
        column.comment = first?.kind === "const" && (typeof first.value === "string" || first.value === null) ? first.value : void 0;
        return receiver;
      case "unsigned":
        column.unsigned = true;
        return receiver;
      case "first":
        column.position = "first";
        return receiver;
      case "after": {
        const after = str(first);
        if (after !== null) column.position = { after };
        return receiver;
      }
      case "alter": {
        if (draft.mode !== "alter") break;
        const options = first?.kind === "const" && isRecord2(first.value) ? first.value : {};
        column.mode = "alter";
        column.alterNullable = options.alterNullable !== false;
        column.alterType = options.alterType !== false;
        return receiver;
      }
      case "check": {
        const expression = this.checkExpression(first, args[1]);
        if (expression !== null) column.checks.push({ expression, name: str(args[2]) });
        return receiver;
      }
      case "checkPositive":
      case "checkNegative":
        column.checks.push({ expression: `${column.name} ${method === "checkPositive" ? ">" : "<"} 0`, name: str(first) });
        return receiver;
      case "checkIn":
      case "checkNotIn": {
        const values = first?.kind === "const" && Array.isArray(first.value) ? first.value : [];
        const list = values.map((v) => typeof v === "number" ? String(v) : `'${String(v).replace(/'/g, "''")}'`).join(",");
        column.checks.push({ expression: `${column.name} ${method === "checkNotIn" ? "not in" : "in"} (${list})`, name: str(args[1]) });
        return receiver;
      }
      case "checkBetween":
      case "checkLength":
      case "checkRegex":
        column.checks.push({ expression: `${method}(${column.name})`, name: str(method === "checkLength" ? args[2] : args[1]) });
        return receiver;
      case "collate":
      case "alterType":
      case "drop":
      case "queryContext":
        return receiver;
      default:
        break;
    }
    const suggestion = method === "alter" ? null : suggestMethod(method, COLUMN_METHODS);
    const message = method === "alter" ? `\`.alter()\` only exists inside alterTable()/table(); in createTable() the migration throws a TypeError.` : `\`.${method}()\` is not a Knex column modifier${suggestion ? `; did you mean \`.${suggestion}()\`` : ""}? The migration throws a TypeError when it runs, so column ${column.name} is never ${draft.mode === "create" ? "created" : "changed"} as written.`;
    this.dynamic(this.loc(node, outer), message);
    return { kind: "unknown", why: null };
  }
  setReferences(fk, value) {
    if (value?.kind !== "const") return;
    const v = value.value;
    if (typeof v === "string") {
      const pieces = v.split(".");
      if (pieces.length === 1) fk.references = [v];
      else {
        fk.references = [pieces.pop()];
        fk.inTable = pieces.join(".");
      }
    } else if (Array.isArray(v)) fk.references = v.map(String);
  }
  callForeign(receiver, fk, method, node, scope, evaluated) {
    const args = evaluated ?? this.args(node, scope);
    const s = args[0]?.kind === "const" && typeof args[0].value === "string" ? args[0].value : null;
    switch (method) {
      case "references":
        this.setReferences(fk, args[0]);
        return receiver;
      case "inTable":
      case "on":
        if (s !== null) fk.inTable = s;
        return receiver;
      case "onDelete":
        fk.onDelete = s;
        return receiver;
      case "onUpdate":
        fk.onUpdate = s;
        return receiver;
      case "withKeyName":
        fk.keyName = s;
        return receiver;
      default:
        return receiver;
    }
  }
  // ---- query builder ---------------------------------------------------------------------------
  callQuery(receiver, method, node, scope) {
    const q = receiver.query;
    const args = method === "update" ? this.updateArgs(q, node, scope) : this.args(node, scope);
    this.recordQueryLink(q, method, args);
    if (QUERY_WHERE.test(method)) q.hasWhere = true;
    else if (method in QUERY_ACTIONS) q.action = QUERY_ACTIONS[method] ?? null;
    else if ((method === "from" || method === "into" || method === "table") && q.table === null) {
      const next = this.newQuery(args[0], node, node);
      q.table = next.table;
      q.tableDynamic = next.tableDynamic;
    }
    return receiver;
  }
  /**
   * `update({ col: value, ... })` or `update('col', value)`: records each column with its value.
   * An object literal's values are read one by one (as a whole, an object holding a knex.raw is
   * not a constant); each argument is still evaluated once.
   */
  updateArgs(q, node, scope) {
    const [first, ...rest] = node.arguments;
    if (first?.type === "ObjectExpression" && first.properties.every((p) => p.type === "ObjectProperty" && propertyKey(p) !== null)) {
      const set = [];
      for (const prop of first.properties) set.push({ column: propertyKey(prop), value: this.evalExpr(prop.value, scope) });
      const restValues = rest.map((a) => a.type === "SpreadElement" || a.type === "ArgumentPlaceholder" ? { kind: "unknown", why: "a spread argument" } : this.evalExpr(a, scope));
      q.set = [...q.set ?? [], ...set];
      return [UNKNOWN, ...restValues];
    }
    const args = this.args(node, scope);
    const [a0, a1] = args;
    if (a0?.kind === "const" && typeof a0.value === "string" && a1 !== void 0) q.set = [...q.set ?? [], { column: a0.value, value: a1 }];
    return args;
  }
};
function toReplayArg(value) {
  if (value.kind === "const") return { kind: "const", value: value.value };
  if (value.kind === "raw") {
    if (value.default.kind === "now") return { kind: "now", precision: value.default.precision };
    if (value.raw.knexFn === "uuid") return { kind: "uuid" };
    return { kind: "raw", sql: value.raw.sql };
  }
  return null;
}
function queryReplayArg(value) {
  if (value.kind === "raw" && value.raw.placeholders) return "is a raw() whose bindings are not known statically";
  if (value.kind === "ref") return { kind: "ref", name: value.name };
  if (value.kind === "query") {
    const q = value.query;
    if (q.notReplayable !== null) return `is a query that cannot be recorded: ${q.notReplayable}`;
    return { kind: "query", chain: q.chain.map((link) => ({ method: link.method, args: [...link.args] })) };
  }
  if (value.kind === "function") return "is a callback (builder callbacks are recorded only in queries built inside the view callback)";
  const arg = toReplayArg(value);
  if (arg) return arg;
  return value.kind === "unknown" && value.why ? `is not known statically (${value.why})` : "is not known statically";
}
function isLazyBuilder(value) {
  return value.kind === "schema" || value.kind === "raw" && !value.raw.executed || value.kind === "query" && value.query.action !== null && value.query.action !== "select";
}
function isChainedCall(node) {
  let n = node;
  while (n.type === "TSNonNullExpression" || n.type === "ParenthesizedExpression") n = n.expression;
  return n.type === "CallExpression" || n.type === "OptionalCallExpression";
}
function stringStart(node) {
  if (node.type === "TemplateLiteral" && node.quasis[0]?.loc) {
    return { line: node.quasis[0].loc.start.line, column: node.quasis[0].loc.start.column + 1 };
  }
  if (node.type === "StringLiteral" && node.loc) return { line: node.loc.start.line, column: node.loc.start.column + 2 };
  return { line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
}
function staticBindings(value) {
  const one = (v) => {
    if (v.kind === "const") return { kind: "value", value: v.value };
    if (v.kind === "ref") return { kind: "ref", name: v.name };
    if (v.kind === "raw") return { kind: "raw", sql: v.raw.sql, placeholders: v.raw.placeholders === true };
    return null;
  };
  if (value.kind === "const") return Array.isArray(value.value) ? value.value.map((v) => ({ kind: "value", value: v })) : [{ kind: "value", value: value.value }];
  if (value.kind === "array") {
    const list = value.items.map(one);
    return list.every((b) => b !== null) ? list : null;
  }
  const single = one(value);
  return single ? [single] : null;
}
function substituteBindings(sql, list, dialect) {
  let i = 0;
  let failed = false;
  const out = sql.replace(/\\\?|\?\??/g, (m) => {
    if (m === "\\?") return "?";
    const b = list[i++];
    if (b === void 0) {
      failed = true;
      return m;
    }
    if (b.kind === "ref") return knexIdentifier(b.name, dialect);
    if (b.kind === "raw") return b.sql;
    const v = b.value;
    if (m === "??") return typeof v === "string" ? knexIdentifier(v, dialect) : (failed = true, m);
    const literal = sqlLiteral(v, dialect);
    if (literal === null) failed = true;
    return literal ?? m;
  });
  return failed ? null : out;
}
function sqlLiteral(v, dialect) {
  if (v === null || v === void 0) return "NULL";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v !== "string") return null;
  if (dialect === "mysql") return `'${v.replace(/[\0\b\t\n\r\x1a"'\\]/g, (c) => MYSQL_ESCAPES[c] ?? c)}'`;
  const quoted = `'${v.replace(/'/g, "''").replace(/\\/g, "\\\\")}'`;
  return v.includes("\\") ? `E${quoted}` : quoted;
}
var MYSQL_ESCAPES = { "\0": "\\0", "\b": "\\b", "	": "\\t", "\n": "\\n", "\r": "\\r", "": "\\Z", '"': '\\"', "'": "\\'", "\\": "\\\\" };
function knexIdentifier(name, dialect) {
  const alias = / [aA][sS] /.exec(name);
  if (alias) return `${knexIdentifier(name.slice(0, alias.index), dialect)} as ${quoteIdentifier(name.slice(alias.index + 4).trim(), dialect)}`;
  return name.split(".").map((p) => quoteIdentifier(p.trim(), dialect)).join(".");
}
function quoteIdentifier(part, dialect) {
  if (part === "*") return part;
  if (dialect === "mysql") return `\`${part.replace(/`/g, "``")}\``;
  const accessor = /^(.*?)(\[[0-9]+\])/.exec(part);
  const base = accessor ? accessor[1] : part;
  return `"${base.replace(/"/g, '""')}"${accessor ? accessor[2] : ""}`;
}
var CLIENTS = {
  postgres: /* @__PURE__ */ new Set(["pg", "postgres", "postgresql", "pgnative", "pg-native"]),
  mysql: /* @__PURE__ */ new Set(["mysql", "mysql2", "mariadb", "mariasql"])
};
var OTHER_CLIENTS = /* @__PURE__ */ new Set(["sqlite3", "sqlite", "better-sqlite3", "mssql", "tedious", "oracledb", "oracle", "redshift", "cockroachdb"]);
function clientMatches(name, dialect) {
  const lower = name.toLowerCase();
  if (CLIENTS[dialect]?.has(lower)) return true;
  if (OTHER_CLIENTS.has(lower) || Object.values(CLIENTS).some((set) => set.has(lower))) return false;
  return null;
}

// src/parse/knex/layout.ts
var SCHEMA_TABLE_METHODS = /* @__PURE__ */ new Set(["alterTable", "table"]);
function span(node) {
  const loc = node.loc;
  return { line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
}
function unwrap(node) {
  let n = node;
  while (n.type === "ParenthesizedExpression" || n.type === "TSAsExpression" || n.type === "TSNonNullExpression" || n.type === "AwaitExpression") {
    n = n.type === "AwaitExpression" ? n.argument : n.expression;
  }
  return n;
}
function memberName2(node) {
  if (node.type !== "MemberExpression" && node.type !== "OptionalMemberExpression" || node.computed) return null;
  return node.property.type === "Identifier" ? node.property.name : null;
}
function schemaRoot(node) {
  if (node.type === "CallExpression" && memberName2(node.callee) === "withSchema" && node.arguments.length === 1 && node.arguments[0].type === "StringLiteral") {
    return schemaRoot(node.callee.object);
  }
  if (memberName2(node) === "schema") {
    const object = node.object;
    return object.type === "Identifier" ? object.name : null;
  }
  return null;
}
function knexLayout(program, text, up, hasConfig) {
  const lines = text.split(/\r\n|\n|\r/);
  const indentOf = (p) => {
    const before = (lines[p.line - 1] ?? "").slice(0, p.column - 1);
    return /^[ \t]*$/.test(before) ? before : null;
  };
  let style = null;
  let moduleExports = false;
  let namedExports = false;
  let esm = false;
  let configNameTaken = false;
  for (const stmt of program.body) {
    if (stmt.type === "ExpressionStatement" && stmt.expression.type === "AssignmentExpression") {
      const left = stmt.expression.left;
      const target = left.type === "MemberExpression" ? left : null;
      if (target && target.object.type === "Identifier" && target.object.name === "module" && memberName2(target) === "exports") moduleExports = true;
      else if (target && (target.object.type === "Identifier" && target.object.name === "exports")) namedExports = true;
      else if (target && target.object.type === "MemberExpression" && memberName2(target.object) === "exports") namedExports = true;
    } else if (stmt.type === "ExportNamedDeclaration") esm = true;
    const decl = stmt.type === "ExportNamedDeclaration" && stmt.declaration ? stmt.declaration : stmt;
    if (decl.type === "VariableDeclaration" && decl.declarations.some((d) => d.id.type !== "Identifier" || d.id.name === "config")) configNameTaken = true;
    if ((decl.type === "FunctionDeclaration" || decl.type === "ClassDeclaration") && decl.id?.name === "config") configNameTaken = true;
    if (decl.type === "ImportDeclaration" && decl.specifiers.some((s) => s.local.name === "config")) configNameTaken = true;
  }
  if (moduleExports) style = "module.exports";
  else if (namedExports && !esm) style = "exports";
  else if (esm && !namedExports) style = "esm";
  const last = program.body[program.body.length - 1];
  const end = last?.loc ? { line: last.loc.end.line, column: last.loc.end.column + 1 } : null;
  return { style, hasConfig, configNameTaken, end, eol: text.includes("\r\n") ? "\r\n" : "\n", up: upLayout(program, up, text, indentOf, lines) };
}
function resolveFunction(program, node) {
  if (!node) return null;
  if (node.type === "ArrowFunctionExpression" || node.type === "FunctionExpression" || node.type === "FunctionDeclaration" || node.type === "ObjectMethod") return node;
  if (node.type !== "Identifier") return null;
  for (const raw of program.body) {
    const stmt = raw.type === "ExportNamedDeclaration" && raw.declaration ? raw.declaration : raw;
    if (stmt.type === "FunctionDeclaration" && stmt.id?.name === node.name) return stmt;
    if (stmt.type === "VariableDeclaration" && stmt.kind === "const") {
      for (const d of stmt.declarations) {
        if (d.id.type === "Identifier" && d.id.name === node.name && d.init && (d.init.type === "ArrowFunctionExpression" || d.init.type === "FunctionExpression")) return d.init;
      }
    }
  }
  return null;
}
function upLayout(program, node, text, indentOf, lines) {
  const fn = resolveFunction(program, node);
  if (!fn) return null;
  const param = fn.params[0];
  const knex = param?.type === "Identifier" ? param.name : null;
  if (fn.body.type !== "BlockStatement") {
    if (fn.body.type === "AwaitExpression") return { async: fn.async === true, knex, statements: null, expression: null };
    const body2 = span(fn.body);
    const only = { span: body2, indent: null, semicolon: false, awaited: false, finalReturn: null, call: callLayout({ type: "ExpressionStatement", expression: fn.body }, text, lines) };
    return { async: fn.async === true, knex, statements: [only], expression: body2 };
  }
  const body = fn.body.body;
  const statements = body.map((stmt, i) => {
    const s = span(stmt);
    const awaited = stmt.type === "ExpressionStatement" && stmt.expression.type === "AwaitExpression";
    let finalReturn = null;
    if (i === body.length - 1 && stmt.type === "ReturnStatement" && stmt.argument?.loc) {
      const a = stmt.argument.loc.start;
      finalReturn = { argument: span(stmt.argument), cut: { line: s.line, column: s.column, endLine: a.line, endColumn: a.column + 1 }, text: stmt.argument.type === "AwaitExpression" ? "" : "await " };
    }
    return { span: s, indent: indentOf(s), semicolon: text.slice(stmt.start ?? 0, stmt.end ?? 0).trimEnd().endsWith(";"), awaited, finalReturn, call: callLayout(stmt, text, lines) };
  });
  return { async: fn.async === true, knex, statements, expression: null };
}
function callLayout(stmt, text, lines) {
  const expr = stmt.type === "ExpressionStatement" ? stmt.expression : stmt.type === "ReturnStatement" ? stmt.argument : null;
  if (!expr) return null;
  const call = unwrap(expr);
  if (call.type !== "CallExpression") return null;
  const method = memberName2(call.callee);
  const object = method ? call.callee.object : null;
  if (!method || !object) return null;
  if (method === "raw") {
    const root2 = object.type === "Identifier" ? object.name : schemaRoot(object);
    if (!root2) return null;
    const arg = call.arguments[0];
    const literal = arg && (arg.type === "StringLiteral" || arg.type === "TemplateLiteral" && arg.expressions.length === 0) ? { span: span(arg), text: text.slice(arg.start, arg.end) } : null;
    return { span: span(call), root: root2, kind: "raw", body: null, literal, bindings: call.arguments.length > 1 };
  }
  if (!SCHEMA_TABLE_METHODS.has(method)) return null;
  const root = schemaRoot(object);
  if (!root || call.arguments.length !== 2) return null;
  return { span: span(call), root, kind: "table", body: bodyLayout(call.arguments[1], lines), literal: null, bindings: false };
}
function bodyLayout(cb, lines) {
  if (cb.type !== "ArrowFunctionExpression" && cb.type !== "FunctionExpression") return null;
  const param = cb.params[0];
  if (cb.params.length !== 1 || param?.type !== "Identifier") return null;
  const statements = cb.body.type === "BlockStatement" ? cb.body.body : [cb.body];
  const chains = statements.flatMap((stmt) => {
    const chain = chainLayout(stmt.type === "ExpressionStatement" ? stmt.expression : stmt, param.name);
    if (!chain) return [];
    chain.lines = stmt.type === "ExpressionStatement" ? ownLines(stmt, lines) : null;
    return [chain];
  });
  return { statements: statements.length, chains };
}
function ownLines(stmt, lines) {
  const loc = stmt.loc;
  const before = (lines[loc.start.line - 1] ?? "").slice(0, loc.start.column);
  const after = (lines[loc.end.line - 1] ?? "").slice(loc.end.column);
  if (!/^[ \t]*$/.test(before) || !/^[ \t]*$/.test(after) || loc.end.line >= lines.length) return null;
  return { line: loc.start.line, column: 1, endLine: loc.end.line + 1, endColumn: 1 };
}
function chainLayout(node, param) {
  const links = [];
  let n = node;
  for (; ; ) {
    if (n.type !== "CallExpression") return null;
    const method = memberName2(n.callee);
    if (!method) return null;
    const object = n.callee.object;
    if (object.type === "Identifier") {
      if (object.name !== param) return null;
      const first = n.arguments[0];
      links.reverse();
      return { span: span(node), method, name: first?.type === "StringLiteral" ? first.value : null, links, lines: null };
    }
    const o = object.loc;
    const c = n.loc;
    links.push({ method, cut: { line: o.end.line, column: o.end.column + 1, endLine: c.end.line, endColumn: c.end.column + 1 } });
    n = object;
  }
}

// src/parse/knex/index.ts
var parserPromise = null;
function loadParser() {
  parserPromise ??= import("./chunk-GMTXBO37.js").then((mod) => {
    return commonJsExports(mod, "parse");
  });
  return parserPromise;
}
var knexFrontEnd = async (task) => {
  const { path, text } = task.file;
  const id = migrationId(path);
  const parser = await loadParser();
  const parsed = parseWithRecovery(parser, text, path);
  const parseOps = parsed.errors.map((e) => ({
    kind: "unparsed",
    reason: "parse",
    message: `Syntax error: ${e.message}`,
    loc: { file: path, line: e.line, endLine: e.line, column: e.column }
  }));
  const migration = {
    id,
    file: path,
    framework: "knex",
    dialect: task.dialect,
    isNew: task.isNew,
    transactional: task.transactional ?? true,
    up: [],
    down: null,
    downLoc: { file: path, line: 1, endLine: 1, column: 1 },
    downIrreversible: null,
    order: id,
    expectsDown: true
  };
  if (!parsed.program) {
    migration.up = parseOps;
    return [migration];
  }
  try {
    await lowerProgram(parsed.program, migration, task.dialect, text, importedConstants(parser, task.modules ?? []));
  } catch (err) {
    migration.up.push({
      kind: "unparsed",
      reason: "dynamic",
      message: `Internal error while analysing this Knex migration (${err.message}); parts of it are not checked.`,
      loc: { file: path, line: 1, endLine: 1, column: 1 }
    });
  }
  migration.up = withParseErrors(parseOps, migration.up);
  return [migration];
};
function importedConstants(parser, modules) {
  if (modules.length === 0) return void 0;
  const bySpecifier = new Map(modules.map((m) => [m.specifier, m]));
  const read = /* @__PURE__ */ new Map();
  return (specifier, name) => {
    const module = bySpecifier.get(specifier);
    if (!module) return void 0;
    let entry = read.get(specifier);
    if (entry === void 0) {
      const parsed = parseWithRecovery(parser, module.text, module.path);
      entry = null;
      if (parsed.program) {
        const evaluator = new KnexEvaluator(module.path, "postgres", module.text);
        const scope = KnexEvaluator.newScope(null);
        evaluator.declareBlock(parsed.program.body, scope);
        entry = { evaluator, scope, exported: exportedBindings(parsed.program) };
      }
      read.set(specifier, entry);
    }
    const local = entry?.exported.get(name);
    if (!entry || local === void 0 || !entry.scope.bindings.has(local)) return null;
    const value = entry.evaluator.valueOfName(local, entry.scope);
    return value?.kind === "const" ? { kind: "const", value: value.value } : null;
  };
}
async function lowerProgram(program, migration, dialect, text, importedConstant) {
  const path = migration.file;
  const evaluator = new KnexEvaluator(path, dialect, text);
  evaluator.importedConstant = importedConstant;
  const moduleScope = KnexEvaluator.newScope(null);
  evaluator.declareBlock(program.body, moduleScope);
  const exports = findExports(program);
  if (exports.config) {
    const config = valueOf(exports.config.value, evaluator, moduleScope);
    const transaction = config.kind === "const" && isRecord3(config.value) ? config.value.transaction : void 0;
    if (typeof transaction === "boolean") migration.transactional = transaction;
    migration.knex = { configTransaction: typeof transaction === "boolean" ? transaction : null };
  }
  if (!exports.up) {
    migration.up.push({
      kind: "unparsed",
      reason: "dynamic",
      message: "No statically visible `up` export (exports.up, module.exports = { up }, export function up): nothing in this file is checked.",
      loc: { file: path, line: 1, endLine: 1, column: 1 }
    });
    return;
  }
  migration.knex ??= { configTransaction: null };
  migration.knex.staticallyLowered = evaluator.staticallyLowered;
  if (migration.isNew && dialect === "postgres") migration.fixSites = knexLayout(program, text, exports.up.value, exports.config !== null);
  const up = valueOf(exports.up.value, evaluator, moduleScope);
  migration.up.push(...await resolveSql(evaluator.runMigrationFunction(up, migration.transactional), dialect, path, evaluator.staticallyLowered));
  if (up.kind !== "function") migration.up.push(notAFunction("up", exports.up, evaluator, up));
  if (exports.down) {
    const down = valueOf(exports.down.value, evaluator, moduleScope);
    migration.down = await resolveSql(evaluator.runMigrationFunction(down, migration.transactional), dialect, path, evaluator.staticallyLowered);
    migration.downLoc = evaluator.loc(exports.down.site);
    if (down.kind === "function") {
      const thrown = thrownReason(down.node);
      if (thrown && migration.down.length === 0) migration.downIrreversible = { loc: evaluator.loc(thrown.node), reason: thrown.reason };
    } else migration.down.push(notAFunction("down", exports.down, evaluator, down));
  }
}
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function migrationId(path) {
  const base = path.split("/").pop() ?? path;
  return base.replace(/\.(?:[cm]?[jt]s)$/i, "");
}
function withParseErrors(parseOps, ops) {
  const out = [...ops];
  for (const error of [...parseOps].sort((a, b) => a.loc.line - b.loc.line)) {
    const at = out.findIndex((op) => !(op.kind === "unparsed" && op.reason === "parse") && op.loc.line > error.loc.line);
    out.splice(at < 0 ? out.length : at, 0, error);
  }
  return out;
}
function notAFunction(name, site, evaluator, value) {
  const why = value.kind === "unknown" && value.why ? `: ${value.why}` : "";
  return {
    kind: "unparsed",
    reason: "dynamic",
    message: `The exported \`${name}\` is not a function defined in this file${why}; its operations are not checked.`,
    loc: evaluator.loc(site.site)
  };
}
function valueOf(node, evaluator, scope) {
  if (node.type === "FunctionDeclaration" || node.type === "ObjectMethod") return { kind: "function", node, scope };
  return evaluator.evaluateIn(node, scope);
}
function parseWithRecovery(parser, text, path) {
  const typescript = /\.[cm]?ts$/i.test(path);
  const sourceType = typescript || /\.mjs$/i.test(path) ? "module" : "unambiguous";
  const errors = [];
  let source = text;
  const blanked = /* @__PURE__ */ new Set();
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const file = parser.parse(source, {
        sourceType,
        errorRecovery: true,
        // TypeScript has decorators (on classes and members, before or after `export`); JavaScript has none yet.
        plugins: typescript ? ["typescript", "decorators"] : [],
        allowReturnOutsideFunction: true,
        allowAwaitOutsideFunction: true,
        allowImportExportEverywhere: true,
        allowUndeclaredExports: true
      });
      for (const e of file.errors ?? []) errors.push(errorAt(e));
      return { program: file.program, errors: dedupe(errors) };
    } catch (err) {
      if (!err.loc) {
        errors.push({ line: 1, column: 1, message: `internal error while parsing: ${err.message}` });
        break;
      }
      const e = errorAt(err);
      errors.push(e);
      if (blanked.has(e.line)) break;
      blanked.add(e.line);
      source = blankLine(source, e.line);
    }
  }
  return { program: null, errors: dedupe(errors) };
}
function errorAt(e) {
  const message = String(e.message ?? e).replace(/(?<!\s)\s*\(\d+:\d+\)\s*$/, "");
  return { line: e.loc?.line ?? 1, column: (e.loc?.column ?? 0) + 1, message };
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key = `${e.line}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function blankLine(text, line) {
  const lines = text.split(/(\r\n|\n|\r)/);
  const index = (line - 1) * 2;
  if (index < lines.length) lines[index] = " ".repeat(lines[index].length);
  return lines.join("");
}
var EXPORT_NAMES = /* @__PURE__ */ new Set(["up", "down", "config"]);
function findExports(program) {
  const found = { up: null, down: null, config: null };
  const set = (name, value, site) => {
    if (EXPORT_NAMES.has(name)) found[name] = { value, site };
  };
  const fromObject = (obj) => {
    for (const prop of obj.properties) {
      if (prop.type === "SpreadElement") continue;
      const key = propertyKey(prop);
      if (key === null) continue;
      set(key, prop.type === "ObjectMethod" ? prop : prop.value, prop);
    }
  };
  for (const stmt of program.body) {
    if (stmt.type === "ExpressionStatement" && stmt.expression.type === "AssignmentExpression") {
      const { left, right } = stmt.expression;
      const target = exportTarget(left);
      if (target === "module") {
        const object = right.type === "ObjectExpression" ? right : localObject(program, right);
        if (object) fromObject(object);
        else set("up", right, stmt);
      } else if (target) set(target, right, stmt);
    } else if (stmt.type === "ExportNamedDeclaration") {
      const decl = stmt.declaration;
      if (decl?.type === "FunctionDeclaration" && decl.id) set(decl.id.name, decl, stmt);
      else if (decl?.type === "VariableDeclaration") {
        for (const d of decl.declarations) if (d.id.type === "Identifier" && d.init) set(d.id.name, d.init, stmt);
      }
      for (const spec of stmt.specifiers) {
        if (spec.type !== "ExportSpecifier" || stmt.source) continue;
        const exported = spec.exported.type === "Identifier" ? spec.exported.name : spec.exported.value;
        set(exported, spec.local, spec);
      }
    } else if (stmt.type === "ExportDefaultDeclaration" && stmt.declaration.type === "ObjectExpression") {
      fromObject(stmt.declaration);
    }
  }
  return found;
}
function localObject(program, node) {
  if (node.type !== "Identifier") return null;
  for (const stmt of program.body) {
    if (stmt.type !== "VariableDeclaration") continue;
    for (const d of stmt.declarations) {
      if (d.id.type === "Identifier" && d.id.name === node.name && d.init?.type === "ObjectExpression") return d.init;
    }
  }
  return null;
}
function exportTarget(left) {
  if (left.type !== "MemberExpression" || left.computed || left.property.type !== "Identifier") return null;
  const obj = left.object;
  const prop = left.property.name;
  if (obj.type === "Identifier" && obj.name === "module" && prop === "exports") return "module";
  if (obj.type === "Identifier" && obj.name === "exports") return prop;
  if (obj.type === "MemberExpression" && !obj.computed && obj.object.type === "Identifier" && obj.object.name === "module" && obj.property.type === "Identifier" && obj.property.name === "exports") {
    return prop;
  }
  return null;
}
function thrownReason(fn) {
  if (!("body" in fn) || !fn.body || fn.body.type !== "BlockStatement") {
    const body = "body" in fn ? fn.body : null;
    return body ? rejection(body) : null;
  }
  for (const stmt of fn.body.body) {
    if (stmt.type === "ThrowStatement") return { node: stmt, reason: errorMessage(stmt.argument) };
    if (stmt.type === "ReturnStatement" && stmt.argument) return rejection(stmt.argument) ? { node: stmt, reason: rejection(stmt.argument).reason } : null;
  }
  return null;
}
function rejection(node) {
  if (node.type === "CallExpression" && node.callee.type === "MemberExpression" && node.callee.object.type === "Identifier" && node.callee.object.name === "Promise" && node.callee.property.type === "Identifier" && node.callee.property.name === "reject") {
    return { node, reason: errorMessage(node.arguments[0]) };
  }
  return null;
}
function errorMessage(node) {
  if (!node) return "down() throws";
  if (node.type === "StringLiteral") return node.value;
  if ((node.type === "NewExpression" || node.type === "CallExpression") && node.arguments[0]) {
    const arg = node.arguments[0];
    if (arg.type === "StringLiteral") return arg.value;
    if (arg.type === "TemplateLiteral" && arg.expressions.length === 0) return arg.quasis.map((q) => q.value.cooked ?? "").join("");
  }
  return "down() throws";
}
async function resolveSql(emitted, dialect, file, staticallyLowered) {
  const ops = [];
  for (const item of emitted) {
    if (item.kind === "pendingKnex") {
      ops.push(...await replayed(item, dialect, staticallyLowered));
      continue;
    }
    if (item.kind === "pendingUpdate") ops.push(await withDerives(item, dialect));
    else if (item.kind === "pendingSql") ops.push(...await lowerPendingSql(item, dialect, file));
    else ops.push(item);
  }
  return ops;
}
async function withDerives(item, dialect) {
  try {
    const { ops } = await lowerSql(dialect, item.sql, { file: item.loc.file, line: item.loc.line, column: item.loc.column });
    const derives = ops.length === 1 && ops[0].kind === "dml" ? ops[0].derives : void 0;
    if (derives) item.op.derives = derives;
  } catch {
  }
  return item.op;
}
var nextStatementId = 1;
function opColumn(op) {
  if (op.kind === "addColumn") return op.column.name;
  return null;
}
async function replayed(item, dialect, staticallyLowered) {
  let statements;
  try {
    statements = await replaySchema(item.replay, dialect);
  } catch (err) {
    staticallyLowered.push(item.loc);
    if (err instanceof NotReplayable || !(err instanceof Error)) {
      const why = `Knex's compiler could not replay this call (${err instanceof Error ? err.message : String(err)})`;
      return item.fallback.map((op) => op.kind === "other" && op.unrenderable === void 0 ? { ...op, unrenderable: why } : op);
    }
    const rejected = {
      kind: "unparsed",
      reason: "dynamic",
      message: `Knex's ${dialect === "mysql" ? "MySQL" : "PostgreSQL"} schema compiler rejects this call (${err.message}), so the migration fails when it runs`,
      loc: item.loc
    };
    if (item.conditional) rejected.conditional = true;
    return [...item.fallback, rejected];
  }
  const calls = item.replay.calls ?? [];
  const byColumn = /* @__PURE__ */ new Map();
  calls.forEach((c, i) => {
    if (c.column !== null && !byColumn.has(c.column)) byColumn.set(c.column, i);
  });
  const ops = item.fallback.filter((op) => op.kind === "unparsed");
  for (const statement of statements) {
    const lowered = await lowerAtCall(dialect, statement.sql, item.loc);
    const statementId = nextStatementId++;
    for (const op of lowered) {
      op.statementId = statementId;
      const column = opColumn(op);
      const owner = column !== null && byColumn.has(column) ? byColumn.get(column) : statement.owner;
      const call = owner >= 0 ? calls[owner] : void 0;
      op.loc = { ...call?.loc ?? item.loc };
      op.sql ??= statement.sql;
      if (item.conditional || call?.conditional) op.conditional = true;
      ops.push(op);
    }
  }
  return ops;
}
export {
  isKnexFile,
  knexFrontEnd,
  migrationId
};
