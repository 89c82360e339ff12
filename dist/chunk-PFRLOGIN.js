#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/render/index.ts
var CannotRender = class extends Error {
};
function cannot(reason) {
  throw new CannotRender(reason);
}
function quoteName(name, dialect) {
  const parts = splitQualified(name);
  return parts.map((p) => quoteIdent(p, dialect)).join(".");
}
function splitQualified(name) {
  const i = name.indexOf(".");
  return i > 0 ? [name.slice(0, i), name.slice(i + 1)] : [name];
}
function quoteIdent(name, dialect) {
  return dialect === "mysql" ? `\`${name.replace(/`/g, "``")}\`` : `"${name.replace(/"/g, '""')}"`;
}
function quoteLiteral(value) {
  return `'${value.replace(/'/g, "''")}'`;
}
var PG_SPELLING = {
  int2: "smallint",
  int4: "integer",
  int8: "bigint",
  bool: "boolean",
  float4: "real",
  float8: "double precision",
  bpchar: "char",
  varchar: "varchar",
  numeric: "numeric",
  timestamptz: "timestamptz",
  timestamp: "timestamp",
  time: "time",
  timetz: "timetz",
  text: "text",
  uuid: "uuid",
  json: "json",
  jsonb: "jsonb",
  bytea: "bytea",
  date: "date",
  interval: "interval",
  inet: "inet",
  cidr: "cidr",
  macaddr: "macaddr",
  tsvector: "tsvector",
  money: "money",
  oid: "oid",
  citext: "citext",
  hstore: "hstore",
  xml: "xml",
  point: "point"
};
var PG_SERIAL = { int2: "smallserial", int4: "serial", int8: "bigserial" };
function renderPgType(type, identity = false) {
  if (!type) cannot("the column type is not known statically");
  if (type.name === "unknown" || type.name === "undefined" || type.name === "") cannot(`type ${type.text || "(unknown)"} has no PostgreSQL equivalent`);
  if (identity && !type.array && PG_SERIAL[type.name]) return PG_SERIAL[type.name];
  const spelled = PG_SPELLING[type.name] ?? (/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(type.name) ? type.name : quoteName(type.name, "postgres"));
  const args = type.args.length ? `(${type.args.join(", ")})` : "";
  return `${spelled}${args}${type.array ? "[]" : ""}`;
}
var MYSQL_SPELLING = { bool: "tinyint", boolean: "tinyint", uuid: "char", int4: "int", int8: "bigint", int2: "smallint", float8: "double", float4: "float", numeric: "decimal", bpchar: "char", timestamptz: "timestamp", jsonb: "json", bytea: "blob" };
function renderMysqlType(type) {
  if (!type) cannot("the column type is not known statically");
  if (type.array) cannot(`array type ${type.text} does not exist in MySQL`);
  if (type.name === "unknown" || type.name === "undefined" || type.name === "") cannot(`type ${type.text || "(unknown)"} has no MySQL equivalent`);
  if (type.name === "enum" || type.name === "set") {
    const m = /^(enum|set)\s*\((.*)\)$/is.exec(type.text.trim());
    if (!m) cannot(`${type.name.toUpperCase()} members are not known statically`);
    return type.text.trim();
  }
  const name = MYSQL_SPELLING[type.name] ?? type.name;
  let args = type.args;
  if ((type.name === "bool" || type.name === "boolean") && args.length === 0) args = [1];
  if (type.name === "uuid" && args.length === 0) args = [36];
  return `${name}${args.length ? `(${args.join(",")})` : ""}`;
}
function columnDefinition(col, dialect, inlineKeys) {
  const parts = [quoteIdent(col.name, dialect)];
  if (dialect === "postgres") {
    parts.push(renderPgType(col.type, Boolean(col.identity) && !col.default));
    if (col.generatedStored) cannot(`generated column ${col.name}: the expression is not kept in the IR`);
  } else {
    parts.push(renderMysqlType(col.type));
  }
  if (col.notNull) parts.push("NOT NULL");
  if (col.default) parts.push(`DEFAULT ${col.default.sql}`);
  if (dialect === "mysql" && col.identity) parts.push("AUTO_INCREMENT");
  if (inlineKeys) {
    if (col.primaryKey) parts.push("PRIMARY KEY");
    else if (col.unique) parts.push("UNIQUE");
    if (col.references) parts.push(`REFERENCES ${quoteName(col.references.table, dialect)}${col.references.columns.length ? ` (${cols(col.references.columns, dialect)})` : ""}`);
  }
  if (dialect === "mysql" && col.comment) parts.push(`COMMENT ${quoteLiteral(col.comment)}`);
  return parts.join(" ");
}
function cols(names, dialect) {
  return names.map((n) => quoteIdent(n, dialect)).join(", ");
}
function constraintDefinition(c, dialect) {
  const named = c.name && !(dialect === "mysql" && c.kind === "primaryKey") ? `CONSTRAINT ${quoteIdent(c.name, dialect)} ` : "";
  let body;
  switch (c.kind) {
    case "primaryKey":
      body = c.usingIndex ? `PRIMARY KEY USING INDEX ${quoteIdent(c.usingIndex, dialect)}` : `PRIMARY KEY (${cols(c.columns, dialect)})`;
      break;
    case "unique":
      body = c.usingIndex ? `UNIQUE USING INDEX ${quoteIdent(c.usingIndex, dialect)}` : `UNIQUE (${cols(c.columns, dialect)})`;
      break;
    case "foreignKey":
      if (!c.references) cannot("foreign key without a referenced table");
      body = `FOREIGN KEY (${cols(c.columns, dialect)}) REFERENCES ${quoteName(c.references.table, dialect)}${c.references.columns.length ? ` (${cols(c.references.columns, dialect)})` : ""}`;
      break;
    case "check":
      if (!c.expression) cannot("CHECK constraint without a known expression");
      body = `CHECK (${c.expression})`;
      break;
    case "exclusion":
      cannot("EXCLUDE constraints are not kept in enough detail to render");
  }
  const notValid = c.notValid && dialect === "postgres" ? " NOT VALID" : "";
  return `${named}${body}${notValid}`;
}
function indexName(op) {
  if (op.name) return op.name;
  return cannot("index without a name (the ORM would generate one this renderer cannot predict)");
}
function renderOp(op, dialect) {
  const pg = dialect === "postgres";
  const q = (n) => quoteName(n, dialect);
  const qi = (n) => quoteIdent(n, dialect);
  const alter = (table, action) => `ALTER TABLE ${q(table)} ${action}`;
  switch (op.kind) {
    case "createTable": {
      if (op.asSelect) cannot("CREATE TABLE AS without its query");
      const hasPk = op.constraints.some((c) => c.kind === "primaryKey");
      const defs = op.columns.map((c) => columnDefinition(c, dialect, false));
      for (const c of op.columns) {
        if (c.primaryKey && !hasPk) defs.push(`PRIMARY KEY (${qi(c.name)})`);
        if (c.unique && !op.constraints.some((k) => k.kind === "unique" && k.columns.length === 1 && k.columns[0] === c.name)) defs.push(`UNIQUE (${qi(c.name)})`);
        if (c.references && !op.constraints.some((k) => k.kind === "foreignKey" && k.columns.includes(c.name))) {
          defs.push(`FOREIGN KEY (${qi(c.name)}) REFERENCES ${q(c.references.table)}${c.references.columns.length ? ` (${cols(c.references.columns, dialect)})` : ""}`);
        }
      }
      for (const c of op.constraints) defs.push(constraintDefinition(c, dialect));
      const out = [`CREATE TABLE ${op.ifNotExists ? "IF NOT EXISTS " : ""}${q(op.table)} (
  ${defs.join(",\n  ")}
)`];
      if (pg) {
        for (const c of op.columns) if (c.comment) out.push(`COMMENT ON COLUMN ${q(op.table)}.${qi(c.name)} IS ${quoteLiteral(c.comment)}`);
      }
      return out;
    }
    case "dropTable":
      return [`DROP TABLE ${op.ifExists ? "IF EXISTS " : ""}${q(op.table)}${op.cascade && pg ? " CASCADE" : ""}`];
    case "renameTable": {
      const newName = splitQualified(op.newName).pop();
      return [pg ? alter(op.table, `RENAME TO ${qi(newName)}`) : `RENAME TABLE ${q(op.table)} TO ${q(op.newName)}`];
    }
    case "addColumn": {
      const extra = [];
      let position = "";
      if (!pg && op.position) position = op.position === "first" ? " FIRST" : ` AFTER ${qi(op.position.after)}`;
      const out = [alter(op.table, `ADD COLUMN ${op.ifNotExists ? "IF NOT EXISTS " : ""}${columnDefinition(op.column, dialect, true)}${position}`)];
      if (pg && op.column.comment) extra.push(`COMMENT ON COLUMN ${q(op.table)}.${qi(op.column.name)} IS ${quoteLiteral(op.column.comment)}`);
      return [...out, ...extra];
    }
    case "dropColumn":
      return [alter(op.table, `DROP COLUMN ${op.ifExists ? "IF EXISTS " : ""}${qi(op.column)}`)];
    case "renameColumn":
      return [alter(op.table, `RENAME COLUMN ${qi(op.column)} TO ${qi(op.newName)}`)];
    case "alterColumnType":
      if (!pg) cannot("MySQL MODIFY COLUMN needs the full column definition (nullability, default), which the op does not carry");
      return [alter(op.table, `ALTER COLUMN ${qi(op.column)} TYPE ${renderPgType(op.type)}${op.using ? ` USING ${op.using}` : ""}`)];
    case "setNotNull":
      if (!pg) cannot("MySQL needs the full column definition to change nullability");
      return [alter(op.table, `ALTER COLUMN ${qi(op.column)} SET NOT NULL`)];
    case "dropNotNull":
      if (!pg) cannot("MySQL needs the full column definition to change nullability");
      return [alter(op.table, `ALTER COLUMN ${qi(op.column)} DROP NOT NULL`)];
    case "setDefault":
      return [alter(op.table, `ALTER COLUMN ${qi(op.column)} SET DEFAULT ${op.default.sql}`)];
    case "dropDefault":
      return [alter(op.table, `ALTER COLUMN ${qi(op.column)} DROP DEFAULT`)];
    case "createIndex": {
      const name = indexName(op);
      if (pg) {
        const method = op.method && op.method !== "btree" ? ` USING ${op.method}` : "";
        const where = op.where ? ` WHERE ${op.where}` : "";
        return [`CREATE ${op.unique ? "UNIQUE " : ""}INDEX ${op.concurrently ? "CONCURRENTLY " : ""}${op.ifNotExists ? "IF NOT EXISTS " : ""}${qi(name)} ON ${q(op.table)}${method} (${op.columns.map((c) => indexColumn(c, dialect)).join(", ")})${where}`];
      }
      if (op.where) cannot("MySQL has no partial indexes");
      const kind = op.unique ? "UNIQUE " : op.method === "fulltext" ? "FULLTEXT " : op.method === "spatial" ? "SPATIAL " : "";
      return [`CREATE ${kind}INDEX ${qi(name)} ON ${q(op.table)} (${op.columns.map((c) => indexColumn(c, dialect)).join(", ")})`];
    }
    case "dropIndex":
      if (pg) return [`DROP INDEX ${op.concurrently ? "CONCURRENTLY " : ""}${op.ifExists ? "IF EXISTS " : ""}${q(op.name)}`];
      if (!op.table) cannot("MySQL DROP INDEX needs the table name");
      return [`DROP INDEX ${qi(op.name)} ON ${q(op.table)}`];
    case "addConstraint":
      if (!pg && op.constraint.kind === "primaryKey") return [alter(op.table, `ADD PRIMARY KEY (${cols(op.constraint.columns, dialect)})`)];
      return [alter(op.table, `ADD ${constraintDefinition(op.constraint, dialect)}`)];
    case "validateConstraint":
      if (!pg) cannot("MySQL has no VALIDATE CONSTRAINT");
      return [alter(op.table, `VALIDATE CONSTRAINT ${qi(op.name)}`)];
    case "dropConstraint":
      if (pg) return [alter(op.table, `DROP CONSTRAINT ${op.ifExists ? "IF EXISTS " : ""}${qi(op.name)}`)];
      switch (op.constraintKind) {
        case "foreignKey":
          return [alter(op.table, `DROP FOREIGN KEY ${qi(op.name)}`)];
        case "primaryKey":
          return [alter(op.table, "DROP PRIMARY KEY")];
        case "unique":
          return [alter(op.table, `DROP INDEX ${qi(op.name)}`)];
        default:
          return [alter(op.table, `DROP CONSTRAINT ${qi(op.name)}`)];
      }
    case "comment": {
      const text = op.text === null ? "NULL" : quoteLiteral(op.text);
      if (pg) return [op.target === "table" ? `COMMENT ON TABLE ${q(op.table)} IS ${text}` : `COMMENT ON COLUMN ${q(op.table)}.${qi(op.column ?? "")} IS ${text}`];
      if (op.target === "table") return [alter(op.table, `COMMENT = ${op.text === null ? "''" : text}`)];
      return cannot("a MySQL column comment needs MODIFY with the full column definition");
    }
    case "createEnum":
      if (!pg) cannot("MySQL enums are column types, not objects");
      return [`CREATE TYPE ${q(op.name)} AS ENUM (${op.values.map(quoteLiteral).join(", ")})`];
    case "alterEnum":
      if (!pg) cannot("MySQL enums are column types, not objects");
      if (op.action === "addValue") return [`ALTER TYPE ${q(op.name)} ADD VALUE ${op.conditional ? "IF NOT EXISTS " : ""}${quoteLiteral(op.value)}`];
      if (op.action === "renameValue") return [`ALTER TYPE ${q(op.name)} RENAME VALUE ${quoteLiteral(op.value)} TO ${quoteLiteral(op.newValue ?? "")}`];
      return cannot("PostgreSQL cannot drop an enum value");
    case "dropEnum":
      if (!pg) cannot("MySQL enums are column types, not objects");
      return [`DROP TYPE ${op.ifExists ? "IF EXISTS " : ""}${q(op.name)}`];
    case "setLockTimeout":
      if (!pg) return [`SET SESSION lock_wait_timeout = ${op.ms === null ? 31536e3 : Math.max(1, Math.round(op.ms / 1e3))}`];
      return [`SET ${op.local ? "LOCAL " : ""}lock_timeout = ${op.ms === null ? "0" : quoteLiteral(`${op.ms}ms`)}`];
    case "truncate":
      return op.tables.map((t) => `TRUNCATE TABLE ${q(t)}`);
    case "transaction":
      return [op.action === "begin" ? "BEGIN" : op.action === "commit" ? "COMMIT" : "ROLLBACK"];
    case "dml":
      return cannot(`${op.action.toUpperCase()} on ${op.table} without its SQL text`);
    case "unparsed":
      return cannot(op.reason === "dynamic" ? `dynamic code: ${op.message}` : `not parsed: ${op.message}`);
    case "other":
      return cannot(`${op.statement}${op.object ? ` on ${op.object}` : ""} has no SQL text to run`);
    default:
      return cannot(`${op.kind} cannot be rendered from the IR`);
  }
}
function indexColumn(c, dialect) {
  return /^[A-Za-z_][\w$]*$/.test(c) ? quoteIdent(c, dialect) : c.startsWith("(") ? c : `(${c})`;
}
function statementKey(op) {
  if (op.statementId !== void 0) return `#${op.statementId}\0${op.sql}`;
  return `${op.loc.file}:${op.loc.line}:${op.loc.column}\0${op.sql}`;
}
function renderOps(ops, dialect) {
  const statements = [];
  const unrenderable = [];
  let lastKey = null;
  for (const op of ops) {
    if (op.kind === "other" && op.sendsNothing) continue;
    if (op.enclosing) {
      const key = `${op.enclosing.loc.file}:${op.enclosing.loc.line}:${op.enclosing.loc.column}\0${op.enclosing.sql}`;
      if (key === lastKey) {
        statements[statements.length - 1].ops.push(op);
        continue;
      }
      statements.push({ sql: op.enclosing.sql.trim().replace(/;\s*$/, ""), loc: op.enclosing.loc, ops: [op], origin: "sql" });
      lastKey = key;
      continue;
    }
    if (op.sql !== void 0 && op.kind !== "unparsed") {
      const key = statementKey(op);
      if (key === lastKey) {
        statements[statements.length - 1].ops.push(op);
        continue;
      }
      if (op.sql.endsWith("\u2026") && op.sql.length > 4e3) {
        unrenderable.push({ op, reason: "the statement is longer than the IR keeps (4000 characters)" });
        lastKey = key;
        continue;
      }
      statements.push({ sql: op.sql.trim().replace(/;\s*$/, ""), loc: op.loc, ops: [op], origin: "sql" });
      lastKey = key;
      continue;
    }
    lastKey = null;
    if (op.unrenderable) {
      unrenderable.push({ op, reason: `${op.kind} at line ${op.loc.line}: ${op.unrenderable}` });
      continue;
    }
    if (op.kind === "unparsed" && op.hidesNothing) continue;
    if (op.kind === "unparsed" && op.sql !== void 0 && op.reason === "parse") {
      unrenderable.push({ op, reason: `not parsed: ${op.message}` });
      continue;
    }
    try {
      for (const sql of renderOp(op, dialect)) statements.push({ sql, loc: op.loc, ops: [op], origin: "rendered" });
    } catch (e) {
      if (!(e instanceof CannotRender)) throw e;
      unrenderable.push({ op, reason: `${op.kind} at line ${op.loc.line}: ${e.message}` });
    }
  }
  return { statements, unrenderable };
}
function previewSql(result) {
  const lines = result.statements.map((s) => `${s.sql};`);
  for (const u of result.unrenderable) lines.push(`-- not rendered: ${u.reason.replace(/\n/g, " ")}`);
  return lines.join("\n");
}
function directionText(file, result, irreversible) {
  const entries = [];
  for (const s of result.statements) entries.push({ line: s.loc.line, text: `-- ${s.loc.file || file}:${s.loc.line}
${s.sql};` });
  for (const u of result.unrenderable) entries.push({ line: u.op.loc.line, text: `-- ${u.op.loc.file || file}:${u.op.loc.line}: not rendered: ${u.reason.replace(/[\r\n]+/g, " ")}` });
  const ordered = [];
  const notes = entries.slice(result.statements.length);
  let n = 0;
  for (const s of entries.slice(0, result.statements.length)) {
    while (n < notes.length && notes[n].line < s.line) ordered.push(notes[n++].text);
    ordered.push(s.text);
  }
  while (n < notes.length) ordered.push(notes[n++].text);
  if (irreversible) ordered.push(`-- irreversible: ${irreversible.replace(/[\r\n]+/g, " ")}`);
  return ordered.join("\n");
}
function renderDirection(m, ops, irreversible) {
  const result = renderOps(ops, m.dialect);
  return { ...result, irreversible, text: directionText(m.file, result, irreversible) };
}
function renderMigrationSql(m) {
  const irreversible = m.downIrreversible ? `line ${m.downIrreversible.loc.line}: ${m.downIrreversible.reason}` : null;
  return {
    file: m.file,
    framework: m.framework,
    dialect: m.dialect,
    up: renderDirection(m, m.up, null),
    down: m.down === null ? null : renderDirection(m, m.downIrreversible ? [] : m.down, irreversible)
  };
}

export {
  renderOps,
  previewSql,
  renderMigrationSql
};
