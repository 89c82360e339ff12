#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  loadMigrations
} from "./chunk-YJIHAU56.js";
import {
  splitPostgres
} from "./chunk-4YPPQGJE.js";
import {
  discover
} from "./chunk-J7MFXRCJ.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";
import {
  splitMysqlStatements
} from "./chunk-KZGM3ZAB.js";
import {
  LineIndex
} from "./chunk-F5DE6FOX.js";

// src/dryrun/index.ts
import { readFileSync } from "node:fs";

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
  return `${op.loc.file}:${op.loc.line}:${op.loc.column}\0${op.sql}`;
}
function renderOps(ops, dialect) {
  const statements = [];
  const unrenderable = [];
  let lastKey = null;
  for (const op of ops) {
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

// src/dryrun/plan.ts
var DBMATE_DOWN = /^[ \t]*--[ \t]*migrate:down\b.*$/m;
function splitText(text, file, firstLine, dialect) {
  if (dialect === "mysql") {
    return splitMysqlStatements(text).map((s) => ({
      sql: s.text,
      loc: { file, line: firstLine + s.line - 1, endLine: firstLine + s.endLine - 1, column: s.column }
    }));
  }
  const index = new LineIndex(text);
  return splitPostgres(text).filter((c) => !c.text.startsWith("\\")).map((c) => ({
    sql: c.text.replace(/;\s*$/, ""),
    loc: { file, line: firstLine + index.line(c.start) - 1, endLine: firstLine + index.line(Math.max(c.start, c.end - 1)) - 1, column: index.column(c.start) }
  }));
}
function planSqlText(text, file, firstLine, m, ops) {
  const statements = splitText(text, file, firstLine, m.dialect).map((s) => ({
    ...s,
    ops: ops.filter((o) => o.loc.file === file && o.loc.line >= s.loc.line && o.loc.line <= s.loc.endLine),
    origin: "sql"
  }));
  return { statements: statements.filter((s) => s.sql.trim() !== ""), unrenderable: [] };
}
function planOrm(ops, m) {
  const r = renderOps(ops, m.dialect);
  return { plan: { statements: r.statements, unrenderable: r.unrenderable.map((u) => u.reason) }, preview: previewSql(r) };
}
function planMigration(m, source) {
  if (m.framework !== "sql") {
    const up2 = planOrm(m.up, m);
    const down2 = m.down && m.down.length > 0 && !m.downIrreversible ? planOrm(m.down, m) : null;
    return { migration: m, up: up2.plan, down: down2?.plan ?? null, preview: { up: up2.preview, down: down2?.preview ?? null } };
  }
  const text = source(m.file);
  if (text === void 0) {
    const up2 = planOrm(m.up, m);
    const down2 = m.down ? planOrm(m.down, m) : null;
    return { migration: m, up: up2.plan, down: down2?.plan ?? null, preview: null };
  }
  let up;
  let down = null;
  if (m.layout === "dbmate") {
    const marker = DBMATE_DOWN.exec(text);
    up = planSqlText(marker ? text.slice(0, marker.index) : text, m.file, 1, m, m.up);
    if (marker) {
      const markerLine = text.slice(0, marker.index).split("\n").length;
      down = planSqlText(text.slice(marker.index), m.file, markerLine, m, m.down ?? []);
    }
  } else {
    up = planSqlText(text, m.file, 1, m, m.up);
    if (m.downFile) {
      const downText = source(m.downFile);
      if (downText !== void 0) down = planSqlText(downText, m.downFile, 1, m, m.down ?? []);
    }
  }
  if (down && down.statements.length === 0) down = null;
  return { migration: m, up, down, preview: null };
}

// src/dryrun/index.ts
function safeRead(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
function parseDuration(text, fallback) {
  if (text === void 0) return fallback;
  if (typeof text === "number") return text;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m|h)?\s*$/i.exec(text);
  if (!m) throw new UsageError(`invalid duration '${text}' (use e.g. 500ms, 5s, 2min)`);
  const factor = { ms: 1, s: 1e3, sec: 1e3, min: 6e4, m: 6e4, h: 36e5 };
  return Number(m[1]) * factor[(m[2] ?? "ms").toLowerCase()];
}
function resolveUrl(value) {
  if (!value) return void 0;
  const env = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(value);
  return env ? process.env[env[1]] : value;
}
function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparsable URL)";
  }
}
function chooseEngine(opts) {
  return opts.engine ?? opts.config.dryRun.engine ?? (opts.config.dialect === "mysql" && opts.config.dialectExplicit ? "mysql" : "pglite");
}
async function runDryRun(opts) {
  const started = performance.now();
  const engine = chooseEngine(opts);
  const progress = opts.progress ?? (() => void 0);
  const databaseUrl = opts.databaseUrl ?? resolveUrl(opts.config.dryRun.databaseUrl);
  if (engine !== "pglite" && !databaseUrl) throw new UsageError(`--engine ${engine} needs --database-url (or dryRun.databaseUrl in the config)`);
  const config = engine === "mysql" ? { ...opts.config, dialect: "mysql" } : engine === "pglite" && opts.config.dialect === "mysql" ? opts.config : opts.config;
  if (engine === "pglite" && config.dialect === "mysql") throw new UsageError("the pglite engine runs PostgreSQL only; use --engine mysql --database-url mysql://... for MySQL migrations");
  if (engine === "postgres" && config.dialect === "mysql") throw new UsageError("--engine postgres runs PostgreSQL migrations; the config says dialect: mysql (use --engine mysql)");
  if (engine === "mysql" && databaseUrl && !/^(mysql|mariadb):\/\//i.test(databaseUrl)) throw new UsageError("--engine mysql needs a mysql:// URL");
  if (engine === "postgres" && databaseUrl && !/^postgres(ql)?:\/\//i.test(databaseUrl)) throw new UsageError("--engine postgres needs a postgres:// URL");
  const statementTimeoutMs = opts.statementTimeoutMs ?? parseDuration(config.dryRun.statementTimeout, 3e4);
  const lockTimeoutMs = opts.lockTimeoutMs ?? parseDuration(config.dryRun.lockTimeout, 2e3);
  let migrations = opts.migrations;
  let sources = opts.sources;
  let found = null;
  if (!migrations) found = discover({ cwd: opts.cwd, paths: opts.paths, changedFiles: opts.changedFiles, base: opts.base, config });
  let prestarted;
  let key;
  if (engine === "pglite") {
    const pglite = await import("./chunk-MFLYMVZO.js");
    const historyFiles = found ? found.filter((d) => !d.isNew).map((d) => ({ file: d.file, text: safeRead(d.abs) })) : migrations.filter((m) => !m.isNew).map((m) => ({ file: m.file, text: sources?.(m.file) ?? JSON.stringify(m.up) }));
    key = pglite.historyKey(historyFiles);
    prestarted = pglite.startPglite([], opts.cacheDir, key);
    prestarted.catch(() => void 0);
  }
  if (!migrations) {
    try {
      const map = /* @__PURE__ */ new Map();
      migrations = (await loadMigrations(found, config, map)).migrations;
      sources = (f) => map.get(f);
    } catch (e) {
      if (prestarted) void prestarted.then((p) => p.db.close()).catch(() => void 0);
      throw e;
    }
  }
  const lookup = sources ?? (() => void 0);
  const prPlans = migrations.filter((m) => m.isNew).map((m) => planMigration(m, lookup));
  const base = {
    version: 1,
    engine
  };
  if (prPlans.length === 0) {
    if (prestarted) void prestarted.then((p) => p.db.close()).catch(() => void 0);
    return { ...base, serverVersion: null, durationMs: Math.round(performance.now() - started), history: { count: migrations.length, replayed: 0, failed: [], durationMs: null }, versionTable: null, migrations: [], problems: ["no migrations to dry-run: none of the discovered migrations is new (pass paths, --base, or changed files)"], ok: false };
  }
  progress(`dry-run on ${engine}: ${prPlans.length} migration${prPlans.length === 1 ? "" : "s"} to test${engine === "pglite" ? `, ${migrations.length - prPlans.length} to replay first` : ""}`);
  let out;
  if (engine === "pglite") {
    const history = migrations.filter((m) => !m.isNew).map((m) => planMigration(m, lookup));
    try {
      const { coldStartMs: _cold, ...rest } = await (await import("./chunk-MFLYMVZO.js")).runPglite(prPlans, history, migrations, { statementTimeoutMs, progress, cacheDir: opts.cacheDir, prestarted, historyKey: key, columnOrder: opts.columnOrder });
      void _cold;
      out = rest;
    } catch (e) {
      if (/PGlite failed to start|Cannot find module/.test(e.message)) throw new DryRunConnectionError(`the embedded PostgreSQL (PGlite) could not start: ${e.message}`);
      throw e;
    }
  } else if (engine === "postgres") {
    try {
      out = await (await import("./chunk-GVNZZAAL.js")).runPostgres(prPlans, migrations, { databaseUrl, statementTimeoutMs, lockTimeoutMs, progress, allowSuperuser: opts.allowSuperuser, columnOrder: opts.columnOrder });
    } catch (e) {
      throw new DryRunConnectionError(`cannot dry-run on ${redactUrl(databaseUrl)}: ${e.message}`);
    }
  } else {
    try {
      out = await (await import("./chunk-NA7442DA.js")).runMysql(prPlans, migrations, { databaseUrl, statementTimeoutMs, lockTimeoutMs, progress, columnOrder: opts.columnOrder });
    } catch (e) {
      if (e instanceof DryRunConnectionError) throw e;
      throw new DryRunConnectionError(`cannot dry-run on ${redactUrl(databaseUrl)}: ${e.message}`);
    }
  }
  const ok = out.problems.length === 0 && out.migrations.length > 0 && out.migrations.every((m) => m.verdict === "verified");
  return { ...base, ...out, durationMs: Math.round(performance.now() - started), ok };
}
var DryRunConnectionError = class extends Error {
  name = "DryRunConnectionError";
};
function applyDryRunToReport(report, result) {
  for (const m of report.migrations) {
    const d = result.migrations.find((x) => x.file === m.file && x.id === m.id) ?? result.migrations.find((x) => x.file === m.file);
    if (!d) continue;
    m.rollback.verified = d.verdict === "verified";
    m.rollback.dryRun = { engine: result.engine, verdict: d.verdict, roundTrip: d.roundTrip.status, reasons: d.reasons, diff: d.roundTrip.diff };
  }
  return report;
}

export {
  parseDuration,
  redactUrl,
  chooseEngine,
  runDryRun,
  DryRunConnectionError,
  applyDryRunToReport
};
