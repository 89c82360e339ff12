#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  TokenCursor,
  tokenize
} from "./chunk-2A3BAUFS.js";
import {
  splitMysqlStatements
} from "./chunk-H6TE6QOH.js";
import {
  isVolatileSqlText,
  mysqlIdentifier,
  mysqlTableName
} from "./chunk-2EGIIKF2.js";
import {
  commonJsExports
} from "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/parse/sql/mysql/definitions.ts
var INTEGER_TYPES = /* @__PURE__ */ new Set(["tinyint", "smallint", "mediumint", "int", "bigint"]);
var TYPE_ALIASES = {
  integer: "int",
  int4: "int",
  int8: "bigint",
  int1: "tinyint",
  int2: "smallint",
  int3: "mediumint",
  middleint: "mediumint",
  numeric: "decimal",
  dec: "decimal",
  fixed: "decimal",
  real: "double",
  float8: "double",
  float4: "float",
  nvarchar: "varchar",
  nchar: "char",
  character: "char"
};
var CHARACTER_TYPES = /* @__PURE__ */ new Set(["char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set"]);
function charsetOfCollation(collation) {
  return collation.toLowerCase().split("_")[0] ?? collation.toLowerCase();
}
function parseDataType(cur) {
  const startIndex = cur.pos;
  const first = cur.peek();
  if (!first || first.kind !== "word") return null;
  cur.next();
  let name = first.raw.toLowerCase();
  if (name === "double" && cur.acceptWord("PRECISION")) name = "double";
  else if ((name === "character" || name === "char") && cur.acceptWord("VARYING")) name = "varchar";
  else if (name === "national") {
    const next = cur.acceptAnyWord("CHAR", "CHARACTER", "VARCHAR");
    name = next === "VARCHAR" || cur.acceptWord("VARYING") ? "varchar" : "char";
  } else if (name === "long" && cur.acceptWord("VARCHAR")) name = "mediumtext";
  else if (name === "long" && cur.acceptWord("VARBINARY")) name = "mediumblob";
  name = TYPE_ALIASES[name] ?? name;
  let args = [];
  if (name === "bool" || name === "boolean") {
    name = "tinyint";
    args = [1];
  } else if (name === "serial") {
    name = "bigint unsigned";
  } else if (cur.isPunct("(")) {
    const inner = cur.skipParens();
    if (name !== "enum" && name !== "set") {
      args = inner.split(",").map((part) => Number(part.trim())).filter((n) => Number.isFinite(n));
    }
  }
  if (INTEGER_TYPES.has(name) && !(name === "tinyint" && args.length === 1 && args[0] === 1)) args = [];
  let charset = null;
  for (; ; ) {
    if (cur.acceptWord("UNSIGNED")) {
      if (!name.endsWith(" unsigned")) name += " unsigned";
    } else if (cur.acceptWord("SIGNED") || cur.acceptWord("ZEROFILL")) {
      continue;
    } else if (cur.acceptWord("CHARACTER", "SET") || cur.acceptWord("CHARSET")) {
      charset = cur.identifier()?.replace(/`/g, "").toLowerCase() ?? null;
    } else if (cur.isWord("COLLATE")) {
      cur.next();
      const collation = cur.identifier()?.replace(/`/g, "") ?? "";
      charset ??= charsetOfCollation(collation);
    } else if (cur.isWord("BINARY") && CHARACTER_TYPES.has(name)) {
      cur.next();
    } else if (cur.isWord("ASCII") && CHARACTER_TYPES.has(name)) {
      cur.next();
      charset = "latin1";
    } else break;
  }
  const type = { name, args, array: false, text: cur.sourceFrom(startIndex) };
  if (charset) type.charset = charset;
  return type;
}
function defaultExpr(sql) {
  return { sql, volatile: isVolatileSqlText(sql) };
}
function parseDefaultValue(cur) {
  const from = cur.pos;
  if (cur.isPunct("(")) {
    cur.skipParens();
    return defaultExpr(cur.sourceFrom(from));
  }
  if (cur.isPunct("-") || cur.isPunct("+")) cur.next();
  const t = cur.next();
  if (t && t.kind === "word" && cur.isPunct("(")) cur.skipParens();
  else if (t && t.kind === "word" && cur.peek()?.kind === "string" && cur.peek()?.offset === t.offset + t.raw.length) cur.next();
  return defaultExpr(cur.sourceFrom(from));
}
function parseColumnDefinition(cur, tableCharset = null) {
  const rawName = cur.identifier();
  if (rawName === null) return null;
  const type = parseDataType(cur);
  if (type === null) return null;
  const column = { name: mysqlIdentifier(rawName), type, notNull: false, default: null };
  if (type?.name === "bigint unsigned" && /^serial\b/i.test(type.text)) {
    column.identity = true;
    column.notNull = true;
    column.unique = true;
  }
  while (!cur.done && !cur.isPunct(",") && !cur.isPunct(")") && !cur.isWord("FIRST") && !cur.isWord("AFTER")) {
    if (cur.acceptWord("NOT", "NULL")) column.notNull = true;
    else if (cur.acceptWord("NULL")) column.notNull = false;
    else if (cur.acceptWord("DEFAULT")) {
      if (cur.acceptWord("NULL")) column.default = null;
      else column.default = parseDefaultValue(cur);
    } else if (cur.acceptWord("AUTO_INCREMENT") || cur.acceptWord("SERIAL", "DEFAULT", "VALUE")) {
      column.identity = true;
    } else if (cur.acceptWord("PRIMARY", "KEY") || cur.acceptWord("KEY")) {
      column.primaryKey = true;
    } else if (cur.acceptWord("UNIQUE")) {
      cur.acceptAnyWord("KEY", "INDEX");
      column.unique = true;
    } else if (cur.acceptWord("COMMENT")) {
      const t = cur.next();
      column.comment = t?.kind === "string" ? t.value : null;
    } else if (cur.isWord("GENERATED") || cur.isWord("AS")) {
      cur.acceptWord("GENERATED", "ALWAYS");
      cur.acceptWord("AS");
      if (cur.isPunct("(")) cur.skipParens();
      const storage = cur.acceptAnyWord("VIRTUAL", "STORED", "PERSISTENT");
      if (storage === "STORED" || storage === "PERSISTENT") column.generatedStored = true;
    } else if (cur.acceptWord("REFERENCES")) {
      const table = cur.qualifiedIdentifier();
      const columns = cur.isPunct("(") ? splitNameList(cur.skipParens()) : [];
      if (table) column.references = { table: mysqlTableName(table), columns };
    } else if (cur.acceptWord("CHECK") || cur.isWord("CONSTRAINT")) {
      if (cur.acceptWord("CONSTRAINT")) {
        if (!cur.isWord("CHECK")) cur.identifier();
        cur.acceptWord("CHECK");
      }
      if (cur.isPunct("(")) cur.skipParens();
    } else if (cur.isPunct("(")) {
      cur.skipParens();
    } else {
      const t = cur.next();
      if (t?.kind === "word" && (t.value === "COLLATE" || t.value === "CHARSET") && type) {
        const collation = cur.identifier()?.replace(/`/g, "") ?? "";
        type.charset ??= t.value === "COLLATE" ? charsetOfCollation(collation) : collation.toLowerCase();
      }
    }
  }
  if (type && CHARACTER_TYPES.has(type.name) && !type.charset && tableCharset) type.charset = tableCharset;
  if (column.primaryKey) column.notNull = true;
  return column;
}
function splitNameList(inner) {
  const names = [];
  let depth = 0;
  let current = "";
  for (const ch of inner) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      names.push(current);
      current = "";
    } else current += ch;
  }
  names.push(current);
  return names.map((part) => part.trim()).filter((part) => part.length > 0).map((part) => {
    if (part.startsWith("(")) return part;
    const match = /^(`(?:[^`]|``)*`|"[^"]*"|[^\s(]+)/.exec(part);
    return mysqlIdentifier(match?.[1] ?? part);
  });
}
function parseIndexOrConstraint(cur) {
  const start = cur.pos;
  let constraintName = null;
  if (cur.acceptWord("CONSTRAINT")) {
    if (!cur.isWord("PRIMARY") && !cur.isWord("UNIQUE") && !cur.isWord("FOREIGN") && !cur.isWord("CHECK")) {
      const raw = cur.identifier();
      constraintName = raw === null ? null : mysqlIdentifier(raw);
    }
  }
  const readName = () => {
    cur.acceptWord("IF", "NOT", "EXISTS");
    if (cur.isPunct("(") || cur.isWord("USING")) return null;
    const raw = cur.identifier();
    return raw === null ? null : mysqlIdentifier(raw);
  };
  const readColumns = () => {
    let method2 = null;
    if (cur.acceptWord("USING")) method2 = cur.next()?.raw.toLowerCase() ?? null;
    const columns2 = cur.isPunct("(") ? splitNameList(cur.skipParens()) : [];
    if (cur.acceptWord("USING")) method2 = cur.next()?.raw.toLowerCase() ?? null;
    return { columns: columns2, method: method2 };
  };
  const skipOptions = () => {
    while (!cur.done && !cur.isPunct(",") && !cur.isPunct(")")) {
      if (cur.isPunct("(")) cur.skipParens();
      else cur.next();
    }
  };
  if (cur.acceptWord("PRIMARY", "KEY")) {
    readName();
    const { columns: columns2 } = readColumns();
    skipOptions();
    return { constraint: { name: "PRIMARY", kind: "primaryKey", columns: columns2, notValid: false, usingIndex: null } };
  }
  if (cur.acceptWord("UNIQUE")) {
    cur.acceptAnyWord("INDEX", "KEY");
    const indexName = readName() ?? constraintName;
    const { columns: columns2 } = readColumns();
    skipOptions();
    return { constraint: { name: indexName, kind: "unique", columns: columns2, notValid: false, usingIndex: null } };
  }
  if (cur.acceptWord("FOREIGN", "KEY")) {
    const indexName = readName();
    const { columns: columns2 } = readColumns();
    let references = null;
    if (cur.acceptWord("REFERENCES")) {
      const table = cur.qualifiedIdentifier();
      const refColumns = cur.isPunct("(") ? splitNameList(cur.skipParens()) : [];
      if (table) references = { table: mysqlTableName(table), columns: refColumns };
    }
    skipOptions();
    return { constraint: { name: constraintName ?? indexName, kind: "foreignKey", columns: columns2, notValid: false, usingIndex: null, references } };
  }
  if (cur.acceptWord("CHECK")) {
    const expression = cur.isPunct("(") ? cur.skipParens().trim().toLowerCase() : null;
    skipOptions();
    return { constraint: { name: constraintName, kind: "check", columns: [], notValid: false, usingIndex: null, expression } };
  }
  if (constraintName !== null || cur.pos !== start) {
    cur.pos = start;
    return null;
  }
  const kind = cur.acceptAnyWord("FULLTEXT", "SPATIAL");
  if (kind) cur.acceptAnyWord("INDEX", "KEY");
  else if (!cur.acceptAnyWord("INDEX", "KEY")) return null;
  const name = readName();
  const { columns, method } = readColumns();
  skipOptions();
  return { index: { name, columns, unique: false, method: kind ? kind.toLowerCase() : method } };
}

// src/parse/sql/mysql/alter-classifier.ts
var TABLE_OPTION_NAMES = {
  ENGINE: "engine",
  TYPE: "engine",
  AUTO_INCREMENT: "autoIncrement",
  ROW_FORMAT: "rowFormat",
  KEY_BLOCK_SIZE: "keyBlockSize",
  COMPRESSION: "compression",
  ENCRYPTION: "encryption",
  STATS_PERSISTENT: "stats",
  STATS_AUTO_RECALC: "stats",
  STATS_SAMPLE_PAGES: "stats",
  AVG_ROW_LENGTH: "tableOption",
  CHECKSUM: "tableOption",
  MAX_ROWS: "tableOption",
  MIN_ROWS: "tableOption",
  PACK_KEYS: "tableOption",
  DELAY_KEY_WRITE: "tableOption",
  INSERT_METHOD: "tableOption",
  TABLESPACE: "tablespace",
  DATA: "tableOption",
  INDEX: "tableOption",
  PAGE_CHECKSUM: "tableOption",
  PAGE_COMPRESSED: "compression",
  PAGE_COMPRESSION_LEVEL: "compression",
  TRANSACTIONAL: "tableOption",
  SECONDARY_ENGINE: "tableOption",
  UNION: "tableOption",
  AUTOEXTEND_SIZE: "tableOption",
  ENCRYPTED: "encryption",
  ENCRYPTION_KEY_ID: "encryption",
  IETF_QUOTES: "tableOption",
  SEQUENCE: "tableOption",
  WITH: "tableOption"
};
var PARTITION_ACTIONS = /* @__PURE__ */ new Set(["ADD", "DROP", "DISCARD", "IMPORT", "TRUNCATE", "COALESCE", "REORGANIZE", "EXCHANGE", "ANALYZE", "CHECK", "OPTIMIZE", "REBUILD", "REPAIR", "CONVERT"]);
function fold(raw) {
  return raw === null ? "" : mysqlIdentifier(raw);
}
function optionValue(cur) {
  cur.acceptPunct("=");
  const t = cur.peek();
  if (!t || t.kind === "punct") return "";
  cur.next();
  return t.kind === "string" || t.kind === "quoted" ? t.value : t.raw;
}
function classifyAlterTable(text, tokens = tokenize(text)) {
  const cur = new TokenCursor(tokens, text);
  if (!cur.acceptWord("ALTER")) return null;
  cur.acceptWord("ONLINE");
  cur.acceptWord("IGNORE");
  if (!cur.acceptWord("TABLE")) return null;
  const conditional = cur.acceptWord("IF", "EXISTS");
  const rawTable = cur.qualifiedIdentifier();
  if (rawTable === null) return null;
  const table = mysqlTableName(rawTable);
  if (cur.acceptWord("WAIT")) cur.next();
  cur.acceptWord("NOWAIT");
  const online = {};
  const ops = [];
  const unknown = [];
  const base = () => conditional ? { conditional: true, online } : { online };
  const push = (op) => ops.push(Object.assign(base(), op));
  const addColumn = (column, ifNotExists, position) => {
    push({ kind: "addColumn", table, column, ifNotExists, ...position ? { position } : {} });
  };
  const addIndexOrConstraint = (def, ifNotExists) => {
    if ("index" in def) {
      const { name, columns, unique, method } = def.index;
      push({ kind: "createIndex", name, table, columns, unique, concurrently: false, ifNotExists, where: null, method });
    } else if (def.constraint.kind === "unique") {
      const c = def.constraint;
      push({ kind: "createIndex", name: c.name, table, columns: c.columns, unique: true, concurrently: false, ifNotExists, where: null, method: null });
    } else {
      push({ kind: "addConstraint", table, constraint: def.constraint });
    }
  };
  const readPosition = () => {
    if (cur.acceptWord("FIRST")) return "first";
    if (cur.acceptWord("AFTER")) return { after: fold(cur.identifier()) };
    return null;
  };
  const redefineColumn = (oldName, column) => {
    if (oldName !== column.name) push({ kind: "renameColumn", table, column: oldName, newName: column.name });
    if (column.type) push({ kind: "alterColumnType", table, column: column.name, type: column.type, using: null });
    push(column.notNull ? { kind: "setNotNull", table, column: column.name } : { kind: "dropNotNull", table, column: column.name });
    if (column.default) push({ kind: "setDefault", table, column: column.name, default: column.default });
    if (column.comment !== void 0) push({ kind: "comment", target: "column", table, column: column.name, text: column.comment ?? null });
  };
  const tableOption = (option, detail) => push({ kind: "alterTableOption", table, option, detail });
  while (!cur.done) {
    const actionStart = cur.pos;
    if (cur.acceptPunct(",")) continue;
    const word = cur.peek()?.kind === "word" ? cur.peek().value : "";
    if (word === "ALGORITHM" || word === "LOCK") {
      cur.next();
      const value = optionValue(cur).toUpperCase();
      if (word === "ALGORITHM") online.algorithm = value;
      else online.lock = value;
    } else if (word === "ADD" && cur.isWord("PARTITION", 1)) {
      cur.next();
      cur.skipToTopLevelComma();
      tableOption("partition", "ADD PARTITION");
    } else if (word === "ADD") {
      cur.next();
      const explicitColumn = cur.acceptWord("COLUMN");
      const ifNotExists = cur.acceptWord("IF", "NOT", "EXISTS");
      if (cur.isPunct("(")) {
        cur.next();
        while (!cur.done && !cur.isPunct(")")) {
          const def = explicitColumn ? null : parseIndexOrConstraint(cur);
          if (def) addIndexOrConstraint(def, ifNotExists);
          else {
            const column = parseColumnDefinition(cur);
            if (column) addColumn(column, ifNotExists, null);
            else unknown.push(cur.skipToTopLevelComma());
          }
          if (!cur.acceptPunct(",")) break;
        }
        cur.acceptPunct(")");
      } else {
        const def = explicitColumn ? null : parseIndexOrConstraint(cur);
        if (def) addIndexOrConstraint(def, ifNotExists);
        else {
          const column = parseColumnDefinition(cur);
          if (column) addColumn(column, ifNotExists, readPosition());
          else unknown.push(cur.sourceFrom(actionStart));
        }
      }
    } else if (word === "DROP") {
      cur.next();
      if (cur.isWord("PARTITION")) {
        cur.skipToTopLevelComma();
        tableOption("partition", "DROP PARTITION");
      } else if (cur.acceptWord("PRIMARY", "KEY")) {
        push({ kind: "dropConstraint", table, name: "PRIMARY", ifExists: false, constraintKind: "primaryKey" });
      } else if (cur.acceptWord("FOREIGN", "KEY")) {
        const ifExists = cur.acceptWord("IF", "EXISTS");
        push({ kind: "dropConstraint", table, name: fold(cur.identifier()), ifExists, constraintKind: "foreignKey" });
      } else if (cur.acceptAnyWord("INDEX", "KEY")) {
        const ifExists = cur.acceptWord("IF", "EXISTS");
        const name = fold(cur.identifier());
        if (name.toUpperCase() === "PRIMARY") push({ kind: "dropConstraint", table, name: "PRIMARY", ifExists, constraintKind: "primaryKey" });
        else push({ kind: "dropIndex", name, table, concurrently: false, ifExists });
      } else if (cur.acceptWord("CHECK")) {
        const ifExists = cur.acceptWord("IF", "EXISTS");
        push({ kind: "dropConstraint", table, name: fold(cur.identifier()), ifExists, constraintKind: "check" });
      } else if (cur.acceptWord("CONSTRAINT")) {
        const ifExists = cur.acceptWord("IF", "EXISTS");
        push({ kind: "dropConstraint", table, name: fold(cur.identifier()), ifExists, constraintKind: null });
      } else {
        cur.acceptWord("COLUMN");
        const ifExists = cur.acceptWord("IF", "EXISTS");
        const name = cur.identifier();
        if (name === null) unknown.push(cur.sourceFrom(actionStart));
        else push({ kind: "dropColumn", table, column: fold(name), ifExists });
        cur.acceptAnyWord("RESTRICT", "CASCADE");
      }
    } else if (word === "MODIFY" || word === "CHANGE") {
      cur.next();
      cur.acceptWord("COLUMN");
      cur.acceptWord("IF", "EXISTS");
      const oldName = word === "CHANGE" ? fold(cur.identifier()) : null;
      const column = parseColumnDefinition(cur);
      if (!column) unknown.push(cur.sourceFrom(actionStart));
      else {
        redefineColumn(oldName ?? column.name, column);
        const position = readPosition();
        if (position) tableOption("columnOrder", `${column.name} ${position === "first" ? "FIRST" : `AFTER ${position.after}`}`);
      }
    } else if (word === "ALTER") {
      cur.next();
      if (cur.acceptAnyWord("INDEX", "KEY")) {
        const name = fold(cur.identifier());
        tableOption("indexVisibility", `${name} ${cur.skipToTopLevelComma().trim().toUpperCase()}`);
      } else if (cur.acceptAnyWord("CHECK", "CONSTRAINT")) {
        const name = fold(cur.identifier());
        tableOption("checkEnforcement", `${name} ${cur.skipToTopLevelComma().trim().toUpperCase()}`);
      } else {
        cur.acceptWord("COLUMN");
        cur.acceptWord("IF", "EXISTS");
        const column = fold(cur.identifier());
        if (cur.acceptWord("SET", "DEFAULT")) {
          const text2 = cur.skipToTopLevelComma();
          push({ kind: "setDefault", table, column, default: { sql: text2.trim(), volatile: /\b(uuid|uuid_short|rand|sysdate)\s*\(/i.test(text2) } });
        } else if (cur.acceptWord("DROP", "DEFAULT")) {
          push({ kind: "dropDefault", table, column });
        } else if (cur.acceptWord("SET")) {
          tableOption("columnVisibility", `${column} ${cur.skipToTopLevelComma().trim().toUpperCase()}`);
        } else unknown.push(cur.sourceFrom(actionStart) + cur.skipToTopLevelComma());
      }
    } else if (word === "RENAME") {
      cur.next();
      if (cur.acceptWord("COLUMN")) {
        const from = fold(cur.identifier());
        cur.acceptWord("TO");
        push({ kind: "renameColumn", table, column: from, newName: fold(cur.identifier()) });
      } else if (cur.acceptAnyWord("INDEX", "KEY")) {
        const from = fold(cur.identifier());
        cur.acceptWord("TO");
        tableOption("renameIndex", `${from} TO ${fold(cur.identifier())}`);
      } else {
        cur.acceptAnyWord("TO", "AS");
        const newName = cur.qualifiedIdentifier();
        if (newName === null) unknown.push(cur.sourceFrom(actionStart));
        else push({ kind: "renameTable", table, newName: mysqlTableName(newName) });
      }
    } else if (word === "CONVERT" && cur.isWord("TO", 1)) {
      cur.next();
      cur.next();
      cur.acceptWord("CHARACTER", "SET") || cur.acceptWord("CHARSET");
      const charset = optionValue(cur).toLowerCase();
      if (cur.acceptWord("COLLATE")) optionValue(cur);
      tableOption("convertCharset", charset);
    } else if (word === "DEFAULT" || word === "CHARACTER" || word === "CHARSET" || word === "COLLATE") {
      cur.acceptWord("DEFAULT");
      const isCollate = cur.acceptWord("COLLATE");
      if (!isCollate) cur.acceptWord("CHARACTER", "SET") || cur.acceptWord("CHARSET");
      const value = optionValue(cur).toLowerCase();
      if (!isCollate && cur.acceptWord("COLLATE")) optionValue(cur);
      tableOption("defaultCharset", isCollate ? `collate ${value}` : value);
    } else if (word === "FORCE") {
      cur.next();
      tableOption("force", "FORCE");
    } else if (word === "ORDER" && cur.isWord("BY", 1)) {
      cur.skipToTopLevelComma();
      tableOption("orderBy", "ORDER BY");
    } else if ((word === "DISABLE" || word === "ENABLE") && cur.isWord("KEYS", 1)) {
      cur.next();
      cur.next();
      tableOption("keys", `${word} KEYS`);
    } else if ((word === "DISCARD" || word === "IMPORT") && cur.isWord("TABLESPACE", 1)) {
      cur.next();
      cur.next();
      tableOption("tablespace", `${word} TABLESPACE`);
    } else if ((word === "WITH" || word === "WITHOUT") && cur.isWord("VALIDATION", 1)) {
      cur.next();
      cur.next();
    } else if (word === "PARTITION" && cur.isWord("BY", 1)) {
      cur.skipToTopLevelComma();
      while (!cur.done) cur.next();
      tableOption("partition", "PARTITION BY");
    } else if (word === "REMOVE" && cur.isWord("PARTITIONING", 1)) {
      cur.next();
      cur.next();
      tableOption("partition", "REMOVE PARTITIONING");
    } else if (PARTITION_ACTIONS.has(word) && cur.isWord("PARTITION", 1)) {
      cur.next();
      cur.skipToTopLevelComma();
      tableOption("partition", `${word} PARTITION`);
    } else if (word === "COMMENT") {
      cur.next();
      push({ kind: "comment", target: "table", table, column: null, text: optionValue(cur) });
    } else if (word in TABLE_OPTION_NAMES) {
      cur.next();
      const value = optionValue(cur);
      tableOption(TABLE_OPTION_NAMES[word], word === "ENGINE" || word === "TYPE" ? value.toLowerCase() : `${word}=${value}`);
    } else {
      unknown.push(cur.skipToTopLevelComma() || (cur.next()?.raw ?? ""));
      continue;
    }
    if (!cur.done && !cur.isPunct(",")) {
      const rest = cur.skipToTopLevelComma();
      if (rest.trim()) unknown.push(rest);
      if (cur.isPunct(")")) cur.next();
    }
  }
  return { table, online, ops, unknown };
}

// src/parse/sql/mysql/index.ts
var parserPromise = null;
function loadParser() {
  parserPromise ??= import("./chunk-6NQMSPDN.js").then((mod) => {
    const exports = commonJsExports(mod, "Parser");
    return new exports.Parser();
  });
  return parserPromise;
}
var OTHER_HEADS = /* @__PURE__ */ new Set([
  "GRANT",
  "REVOKE",
  "FLUSH",
  "USE",
  "LOCK",
  "UNLOCK",
  "CALL",
  "PREPARE",
  "EXECUTE",
  "DEALLOCATE",
  "ANALYZE",
  "OPTIMIZE",
  "CHECK",
  "REPAIR",
  "SHOW",
  "HANDLER",
  "LOAD",
  "XA",
  "SAVEPOINT",
  "RELEASE",
  "INSTALL",
  "UNINSTALL",
  "KILL",
  "RESET",
  "PURGE",
  "DO",
  "DESCRIBE",
  "DESC",
  "EXPLAIN",
  "SIGNAL",
  "RESIGNAL",
  "CACHE",
  "CHECKSUM",
  "BINLOG",
  "HELP",
  "SELECT",
  "WITH",
  "VALUES",
  "TABLE"
]);
var ROUTINE_OBJECTS = /* @__PURE__ */ new Set(["PROCEDURE", "FUNCTION", "TRIGGER", "EVENT", "VIEW", "USER", "ROLE", "SERVER", "TABLESPACE", "LOGFILE", "SPATIAL", "SEQUENCE", "PACKAGE", "SYNONYM", "RESOURCE"]);
function located(ctx, draft) {
  const op = Object.assign({}, draft);
  op.loc = ctx.loc;
  op.sql = ctx.stmt.text;
  return op;
}
function unparsed(ctx, message) {
  return { kind: "unparsed", reason: "parse", message, loc: ctx.loc, sql: ctx.stmt.text };
}
function other(ctx, statement, object = null) {
  return { kind: "other", statement, object, loc: ctx.loc, sql: ctx.stmt.text };
}
function readOnlineClauses(cur) {
  const online = {};
  while (!cur.done) {
    const word = cur.acceptAnyWord("ALGORITHM", "LOCK");
    if (!word) {
      cur.next();
      continue;
    }
    cur.acceptPunct("=");
    const value = cur.next()?.raw.toUpperCase() ?? null;
    if (word === "ALGORITHM") online.algorithm = value;
    else online.lock = value;
  }
  return online;
}
function lowerCreateTable(ctx, cur) {
  const ifNotExists = cur.acceptWord("IF", "NOT", "EXISTS");
  const rawName = cur.qualifiedIdentifier();
  if (rawName === null) return [unparsed(ctx, "CREATE TABLE without a table name")];
  const table = mysqlTableName(rawName);
  if (cur.acceptWord("LIKE") || cur.isPunct("(") && cur.isWord("LIKE", 1)) {
    return [located(ctx, { kind: "createTable", table, columns: [], constraints: [], ifNotExists })];
  }
  const bodyStart = cur.pos;
  const body = cur.isPunct("(") ? cur.skipParens() : null;
  let tableCharset = null;
  let asSelect = false;
  while (!cur.done) {
    if (cur.acceptWord("DEFAULT")) continue;
    if (cur.acceptWord("CHARACTER", "SET") || cur.acceptWord("CHARSET")) {
      cur.acceptPunct("=");
      tableCharset = cur.next()?.raw.replace(/`/g, "").toLowerCase() ?? null;
    } else if (cur.acceptWord("COLLATE")) {
      cur.acceptPunct("=");
      const collation = cur.next()?.raw.replace(/`/g, "") ?? "";
      tableCharset ??= charsetOfCollation(collation);
    } else if (cur.isWord("AS") || cur.isWord("SELECT") || cur.isWord("IGNORE") || cur.isWord("REPLACE")) {
      asSelect = true;
      break;
    } else if (cur.isWord("PARTITION")) break;
    else cur.next();
  }
  const columns = [];
  const constraints = [];
  const indexOps = [];
  if (body !== null) {
    const bodyTokens = tokenize(body);
    const inner = new TokenCursor(bodyTokens, body);
    while (!inner.done) {
      const def = parseIndexOrConstraint(inner);
      if (def && "constraint" in def) constraints.push(def.constraint);
      else if (def) {
        const { name, columns: cols, method } = def.index;
        indexOps.push({ kind: "createIndex", name, table, columns: cols, unique: false, concurrently: false, ifNotExists: false, where: null, method });
      } else {
        const column = parseColumnDefinition(inner, tableCharset);
        if (column) {
          columns.push(column);
          if (column.primaryKey) constraints.push({ name: "PRIMARY", kind: "primaryKey", columns: [column.name], notValid: false, usingIndex: null });
        } else inner.skipToTopLevelComma();
      }
      if (!inner.acceptPunct(",")) {
        inner.skipToTopLevelComma();
        if (!inner.acceptPunct(",")) break;
      }
    }
  } else if (!asSelect) {
    cur.pos = bodyStart;
  }
  const create = located(ctx, { kind: "createTable", table, columns, constraints, ifNotExists, ...asSelect ? { asSelect: true } : {} });
  return [create, ...indexOps.map((op) => located(ctx, op))];
}
function lowerCreateIndex(ctx, cur, kind) {
  const ifNotExists = cur.acceptWord("IF", "NOT", "EXISTS");
  const rawName = cur.identifier();
  let method = kind ? kind.toLowerCase() : null;
  if (cur.acceptWord("USING")) method = cur.next()?.raw.toLowerCase() ?? method;
  if (!cur.acceptWord("ON")) return [unparsed(ctx, "CREATE INDEX without ON table")];
  const rawTable = cur.qualifiedIdentifier();
  if (rawName === null || rawTable === null || !cur.isPunct("(")) return [unparsed(ctx, "CREATE INDEX: expected name, table and column list")];
  const columns = splitNameList(cur.skipParens());
  const online = readOnlineClauses(cur);
  return [
    located(ctx, {
      kind: "createIndex",
      name: mysqlIdentifier(rawName),
      table: mysqlTableName(rawTable),
      columns,
      unique: kind === "UNIQUE",
      concurrently: false,
      ifNotExists,
      where: null,
      method: kind === "UNIQUE" ? null : method,
      online
    })
  ];
}
function lowerDrop(ctx, cur) {
  cur.acceptWord("TEMPORARY");
  if (cur.acceptWord("TABLE") || cur.acceptWord("TABLES")) {
    const ifExists = cur.acceptWord("IF", "EXISTS");
    const ops = [];
    for (; ; ) {
      const name = cur.qualifiedIdentifier();
      if (name === null) break;
      ops.push(located(ctx, { kind: "dropTable", table: mysqlTableName(name), ifExists, cascade: false, ...ifExists ? { conditional: true } : {} }));
      if (!cur.acceptPunct(",")) break;
    }
    const cascade = cur.acceptAnyWord("CASCADE", "RESTRICT") === "CASCADE";
    for (const op of ops) if (op.kind === "dropTable") op.cascade = cascade;
    return ops.length ? ops : [unparsed(ctx, "DROP TABLE without a table name")];
  }
  if (cur.acceptWord("INDEX")) {
    const ifExists = cur.acceptWord("IF", "EXISTS");
    const name = cur.identifier();
    const table = cur.acceptWord("ON") ? cur.qualifiedIdentifier() : null;
    if (name === null) return [unparsed(ctx, "DROP INDEX without an index name")];
    const online = readOnlineClauses(cur);
    return [located(ctx, { kind: "dropIndex", name: mysqlIdentifier(name), table: table ? mysqlTableName(table) : null, concurrently: false, ifExists, online })];
  }
  const target = cur.acceptAnyWord("DATABASE", "SCHEMA");
  if (target) {
    cur.acceptWord("IF", "EXISTS");
    const name = cur.identifier();
    return [located(ctx, { kind: "dropSchema", target: target === "DATABASE" ? "database" : "schema", name: name ? mysqlTableName(name) : "" })];
  }
  const object = cur.next();
  if (object?.kind === "word" && ROUTINE_OBJECTS.has(object.value)) {
    cur.acceptWord("IF", "EXISTS");
    const name = cur.qualifiedIdentifier();
    return [other(ctx, `DROP ${object.value}`, name ? mysqlTableName(name) : null)];
  }
  return [unparsed(ctx, `unrecognised DROP statement`)];
}
function lowerDmlFromTokens(ctx, head) {
  const cur = new TokenCursor(ctx.tokens, ctx.stmt.text);
  cur.next();
  while (cur.acceptAnyWord("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "QUICK", "IGNORE")) {
  }
  if (head === "DELETE") {
    if (!cur.isWord("FROM")) {
      const target = cur.qualifiedIdentifier();
      if (target === null) return null;
      return [located(ctx, { kind: "dml", action: "delete", table: mysqlTableName(target), hasWhere: hasTopLevelWhere(ctx.tokens) })];
    }
    cur.acceptWord("FROM");
  }
  if (head === "INSERT" || head === "REPLACE") cur.acceptWord("INTO");
  const table = cur.qualifiedIdentifier();
  if (table === null) return null;
  const action = head === "UPDATE" ? "update" : head === "DELETE" ? "delete" : "insert";
  const reads = action === "insert" ? tablesReadFrom(cur) : [];
  return [located(ctx, { kind: "dml", action, table: mysqlTableName(table), hasWhere: action === "insert" ? false : hasTopLevelWhere(ctx.tokens), ...reads.length ? { reads } : {} })];
}
function tablesReadFrom(cur) {
  const out = /* @__PURE__ */ new Set();
  while (!cur.done) {
    if (cur.acceptAnyWord("FROM", "JOIN")) {
      const name = cur.qualifiedIdentifier();
      if (name !== null) out.add(mysqlTableName(name));
    } else cur.next();
  }
  return [...out];
}
function hasTopLevelWhere(tokens) {
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === "punct" && t.value === "(") depth++;
    else if (t.kind === "punct" && t.value === ")") depth--;
    else if (depth === 0 && t.kind === "word" && t.value === "WHERE") return true;
  }
  return false;
}
function lowerSet(ctx) {
  const text = ctx.tokens.map((t) => t.raw).join(" ").toLowerCase();
  const fkChecks = /\bforeign_key_checks\s*=\s*(@*\w+)/.exec(text);
  if (fkChecks) {
    const off = fkChecks[1] === "0" || fkChecks[1] === "off" || fkChecks[1] === "false";
    return [other(ctx, "SET", `foreign_key_checks=${off ? 0 : 1}`)];
  }
  const lockWait = /(?:^|[\s.@])lock_wait_timeout\s*=\s*(\w+)/.exec(text);
  if (lockWait && !/innodb_lock_wait_timeout/.test(text)) {
    const seconds = Number(lockWait[1]);
    return [located(ctx, { kind: "setLockTimeout", ms: Number.isFinite(seconds) ? seconds * 1e3 : null, local: false })];
  }
  return [other(ctx, "SET")];
}
var LARGE_DML_CHARS = 2e4;
async function lowerWithSqlParser(ctx, head) {
  const isDml = head === "UPDATE" || head === "DELETE" || head === "INSERT" || head === "REPLACE";
  if (isDml && ctx.stmt.text.length > LARGE_DML_CHARS) {
    const fromTokens = lowerDmlFromTokens(ctx, head);
    if (fromTokens) return fromTokens;
  }
  const parser = await loadParser();
  let ast;
  try {
    ast = parser.astify(ctx.stmt.text, { database: "MySQL" });
  } catch (error) {
    if (isDml) {
      const fallback = lowerDmlFromTokens(ctx, head);
      if (fallback) return fallback;
    }
    if (OTHER_HEADS.has(head)) return [other(ctx, head)];
    const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
    return [unparsed(ctx, `MySQL syntax not understood: ${message.slice(0, 300)}`)];
  }
  const first = Array.isArray(ast) ? ast[0] : ast;
  const type = String(first?.type ?? "").toLowerCase();
  if (type === "update" || type === "delete" || type === "insert" || type === "replace") {
    const fromTokens = lowerDmlFromTokens(ctx, head);
    const where = first.where;
    if (fromTokens) {
      for (const op of fromTokens) {
        if (op.kind !== "dml" || op.action === "insert") continue;
        op.hasWhere = where !== null && where !== void 0;
        if (type === "update") Object.assign(op, updateDerives(first.set));
      }
      return fromTokens;
    }
  }
  return [other(ctx, type ? type.toUpperCase() : head)];
}
function updateDerives(set) {
  const derives = [];
  for (const item of Array.isArray(set) ? set : []) {
    if (typeof item.column !== "string") continue;
    const target = item.column.toLowerCase();
    if (columnRefNames(item.value).some((c) => c !== target)) derives.push(item.column);
  }
  return derives.length ? { derives } : {};
}
function columnRefNames(node, out = [], depth = 0) {
  if (!node || typeof node !== "object" || depth > 200) return out;
  if (Array.isArray(node)) {
    for (const x of node) columnRefNames(x, out, depth + 1);
    return out;
  }
  const n = node;
  if (n.type === "column_ref") {
    const column = typeof n.column === "string" ? n.column : n.column?.expr?.value;
    out.push(typeof column === "string" ? column.toLowerCase() : "*");
    return out;
  }
  for (const v of Object.values(node)) columnRefNames(v, out, depth + 1);
  return out;
}
async function lowerStatement(ctx) {
  const cur = new TokenCursor(ctx.tokens, ctx.stmt.text);
  const head = ctx.tokens[0]?.kind === "word" ? ctx.tokens[0].value : "";
  if (!ctx.tokens.length) return [];
  if (!head) return lowerWithSqlParser(ctx, head);
  if (head === "ALTER" && (cur.isWords("ALTER", "TABLE") || cur.isWords("ALTER", "ONLINE") || cur.isWords("ALTER", "IGNORE"))) {
    const classified = classifyAlterTable(ctx.stmt.text, ctx.tokens);
    if (!classified) return [unparsed(ctx, "ALTER TABLE without a table name")];
    const ops = classified.ops.map((draft) => located(ctx, draft));
    if (classified.unknown.length) {
      ops.push(unparsed(ctx, `ALTER TABLE ${classified.table}: action not understood: ${classified.unknown.map((u) => u.trim()).join("; ").slice(0, 200)}`));
    }
    return ops;
  }
  if (head === "ALTER") {
    for (const t of ctx.tokens.slice(1)) {
      if (t.kind === "word" && (ROUTINE_OBJECTS.has(t.value) || t.value === "DATABASE" || t.value === "SCHEMA" || t.value === "INSTANCE")) {
        const name = ctx.tokens[ctx.tokens.indexOf(t) + 1];
        return [other(ctx, `ALTER ${t.value}`, name && name.kind !== "punct" ? mysqlTableName(name.kind === "word" ? name.raw : `\`${name.value}\``) : null)];
      }
    }
  }
  if (head === "CREATE") {
    cur.next();
    cur.acceptWord("OR", "REPLACE");
    cur.acceptWord("TEMPORARY");
    if (cur.acceptWord("TABLE")) return lowerCreateTable(ctx, cur);
    cur.acceptWord("ONLINE");
    const indexKind = cur.acceptAnyWord("UNIQUE", "FULLTEXT", "SPATIAL");
    if (cur.acceptWord("INDEX")) return lowerCreateIndex(ctx, cur, indexKind);
    const schema = cur.acceptAnyWord("DATABASE", "SCHEMA");
    if (schema) return [other(ctx, `CREATE ${schema}`, null)];
    while (!cur.done) {
      const t = cur.next();
      if (t.kind === "word" && ROUTINE_OBJECTS.has(t.value)) {
        cur.acceptWord("IF", "NOT", "EXISTS");
        const name = cur.qualifiedIdentifier();
        return [other(ctx, `CREATE ${t.value}`, name ? mysqlTableName(name) : null)];
      }
    }
    return [unparsed(ctx, "unrecognised CREATE statement")];
  }
  if (head === "DROP") {
    cur.next();
    return lowerDrop(ctx, cur);
  }
  if (head === "RENAME" && cur.isWords("RENAME", "TABLE")) {
    cur.pos = 2;
    const ops = [];
    for (; ; ) {
      const from = cur.qualifiedIdentifier();
      if (from === null || !cur.acceptWord("TO")) break;
      const to = cur.qualifiedIdentifier();
      if (to === null) break;
      ops.push(located(ctx, { kind: "renameTable", table: mysqlTableName(from), newName: mysqlTableName(to) }));
      if (!cur.acceptPunct(",")) break;
    }
    return ops.length ? ops : [unparsed(ctx, "RENAME TABLE: expected old TO new")];
  }
  if (head === "TRUNCATE") {
    cur.next();
    cur.acceptWord("TABLE");
    const name = cur.qualifiedIdentifier();
    return name ? [located(ctx, { kind: "truncate", tables: [mysqlTableName(name)] })] : [unparsed(ctx, "TRUNCATE without a table name")];
  }
  if (head === "START" && cur.isWords("START", "TRANSACTION")) return [located(ctx, { kind: "transaction", action: "begin" })];
  if (head === "BEGIN") {
    if (cur.isWord("NOT", 1)) return [other(ctx, "BEGIN NOT ATOMIC")];
    return [located(ctx, { kind: "transaction", action: "begin" })];
  }
  if (head === "COMMIT") return [located(ctx, { kind: "transaction", action: "commit" })];
  if (head === "ROLLBACK") {
    if (ctx.tokens.some((t) => t.kind === "word" && t.value === "SAVEPOINT") || cur.isWord("TO", 1)) return [other(ctx, "ROLLBACK TO SAVEPOINT")];
    return [located(ctx, { kind: "transaction", action: "rollback" })];
  }
  if (head === "SET") return lowerSet(ctx);
  return lowerWithSqlParser(ctx, head);
}
function assignedUserVariable(tokens) {
  const [head, variable, eq] = tokens;
  if (head?.kind !== "word" || head.value !== "SET" || variable?.kind !== "variable" || variable.value.startsWith("@@")) return null;
  return eq?.kind === "punct" && (eq.value === "=" || eq.value === ":=") ? variable.value : null;
}
function recordAssignment(chains, name, ctx) {
  const selfReference = ctx.tokens.slice(2).some((t) => t.kind === "variable" && t.value === name);
  chains.set(name, selfReference ? [...chains.get(name) ?? [], ctx] : [ctx]);
}
function preparedSource(ctx, chains) {
  const [head, , from, source] = ctx.tokens;
  if (head?.kind !== "word" || head.value !== "PREPARE" || from?.kind !== "word" || from.value !== "FROM" || !source) return null;
  if (source.kind === "string") return { kind: "literal", token: source };
  if (source.kind === "variable") return { kind: "variable", name: source.value, sets: chains.get(source.value) ?? [] };
  return null;
}
var DDL_TEXT = /^\s*(?:ALTER|CREATE|DROP|RENAME|TRUNCATE)\s/i;
var COMPARISON = /* @__PURE__ */ new Set(["=", "<>", "!=", "<", ">", "<=", ">=", "<=>"]);
function valueVariable(tokens, self) {
  return tokens.slice(2).find((t, i, rest) => {
    if (t.kind !== "variable" || t.value.startsWith("@@") || t.value === self) return false;
    const next = rest[i + 1];
    return !(next?.kind === "punct" && COMPARISON.has(next.value)) && !(next?.kind === "word" && (next.value === "IS" || next.value === "IN"));
  });
}
async function lowerPrepared(ctx, source, lowered, server) {
  const prepare = other(ctx, "PREPARE");
  const dynamic = (why) => [prepare, { kind: "unparsed", reason: "dynamic", message: `PREPARE of ${why}: the statement it runs cannot be read statically.`, loc: ctx.loc, sql: ctx.stmt.text }];
  const holders = [];
  if (source.kind === "literal") holders.push({ holder: ctx, literals: [source.token] });
  else {
    if (source.sets.length === 0) return dynamic(`${source.name}, which no earlier SET in this file assigns`);
    for (const set of source.sets) {
      if (set.tokens.some((t) => t.kind === "word" && t.value === "CONCAT")) return dynamic(`SQL assembled at run time (CONCAT in the SET at line ${set.loc.line})`);
      const from = valueVariable(set.tokens, source.name);
      if (from) return dynamic(`SQL taken from ${from.raw} (the SET at line ${set.loc.line})`);
      holders.push({ holder: set, literals: set.tokens.filter((t) => t.kind === "string") });
    }
  }
  const ops = [prepare];
  for (const { holder, literals } of holders) {
    if (lowered.has(holder)) continue;
    lowered.add(holder);
    for (const literal of literals) {
      if (!DDL_TEXT.test(literal.value)) continue;
      const before = holder.stmt.text.slice(0, literal.offset);
      const newlines = before.split("\n").length - 1;
      const column = newlines === 0 ? holder.loc.column + literal.offset + 1 : literal.offset - before.lastIndexOf("\n");
      ops.push(...(await lowerMysqlSql(literal.value, { file: holder.loc.file, line: holder.loc.line + newlines, column }, server)).ops);
    }
  }
  return ops;
}
async function lowerMysqlSql(text, origin, server) {
  let statements;
  try {
    statements = splitMysqlStatements(text);
  } catch (error) {
    const loc = { file: origin.file, line: origin.line, endLine: origin.line, column: origin.column };
    return { ops: [{ kind: "unparsed", reason: "parse", message: `could not split MySQL text: ${String(error)}`, loc }], statements: 0 };
  }
  const ops = [];
  const userVariables = /* @__PURE__ */ new Map();
  const loweredSets = /* @__PURE__ */ new Set();
  for (const stmt of statements) {
    const loc = {
      file: origin.file,
      line: origin.line + stmt.line - 1,
      endLine: origin.line + stmt.endLine - 1,
      column: stmt.line === 1 ? origin.column + stmt.column - 1 : stmt.column
    };
    let ctx = { stmt, loc, tokens: [] };
    try {
      ctx = { stmt, loc, tokens: tokenize(stmt.text, server) };
      const assigned = assignedUserVariable(ctx.tokens);
      if (assigned) recordAssignment(userVariables, assigned, ctx);
      const prepared = preparedSource(ctx, userVariables);
      if (prepared) ops.push(...await lowerPrepared(ctx, prepared, loweredSets, server));
      else ops.push(...await lowerStatement(ctx));
    } catch (error) {
      ops.push(unparsed(ctx, `internal error lowering MySQL statement: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  return { ops, statements: statements.length };
}
export {
  classifyAlterTable,
  lowerMysqlSql,
  splitMysqlStatements
};
