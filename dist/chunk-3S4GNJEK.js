#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  StatsCaptureError,
  cleanStatementText,
  reportPrivileges
} from "./chunk-6BX23DCO.js";
import "./chunk-N2WL7UNC.js";
import {
  SNAPSHOT_VERSION
} from "./chunk-FLWBGHSF.js";
import "./chunk-46CHDDMJ.js";
import "./chunk-JYWILCU7.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-IV5X4XLJ.js";

// src/stats/capture-mysql.ts
var SYSTEM_SCHEMAS = ["mysql", "information_schema", "performance_schema", "sys"];
var num = (v) => {
  const n = typeof v === "number" ? v : Number(v ?? 0);
  return Number.isFinite(n) && n > 0 ? n : 0;
};
async function rows(conn, sql, values = []) {
  const [r] = await conn.query(sql, values);
  return r;
}
async function optional(conn, what, sql, values, opts) {
  try {
    return await rows(conn, sql, values);
  } catch (e) {
    opts.notice?.(`${what} could not be read (${e.message})`);
    return null;
  }
}
var MONITORING = /* @__PURE__ */ new Set(["USAGE", "SHOW VIEW", "PROCESS", "SHOW DATABASES", "REPLICATION CLIENT", "BINLOG MONITOR", "SLAVE MONITOR", "REPLICA MONITOR"]);
var STATISTICS_SCOPES = /^`?(performance_schema|information_schema)`?\.\*$|^`?mysql`?\.`?innodb_index_stats`?$/i;
function privilegeList(text) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out.map((p) => p.replace(/\s*\(.*\)$/, "").replace(/\s+/g, " ").toUpperCase());
}
function mysqlPrivilegeExcess(grants) {
  const excess = [];
  let roles = 0;
  for (const g of grants) {
    const m = /^GRANT\s+([\s\S]+?)\s+ON\s+(?:(?:TABLE|FUNCTION|PROCEDURE|PACKAGE(?: BODY)?)\s+)?(\S+)\s+TO\s/i.exec(g);
    if (!m) {
      if (/^GRANT\s/i.test(g)) roles++;
      continue;
    }
    const scope = m[2];
    const privileges = privilegeList(m[1]);
    const beyond = privileges.filter((p) => !MONITORING.has(p) && !(p === "SELECT" && STATISTICS_SCOPES.test(scope)));
    if (beyond.length) excess.push(`${beyond.join(", ")} on ${scope}`);
    if (/\bWITH\b[\s\S]*\bGRANT OPTION\b/i.test(g.slice(m[0].length))) excess.push(`GRANT OPTION on ${scope}`);
  }
  if (roles) excess.push(`${roles} granted role${roles === 1 ? "" : "s"} (not expanded; check ${roles === 1 ? "its" : "their"} privileges)`);
  return excess;
}
async function captureMysql(opts) {
  const mysql = (await import("./chunk-FEHBHR6E.js")).default;
  const uri = opts.databaseUrl.replace(/^mariadb:/i, "mysql:");
  let database = null;
  try {
    database = decodeURIComponent(new URL(uri).pathname.replace(/^\//, "")) || null;
  } catch {
    throw new StatsCaptureError("the database URL cannot be parsed (mysql://user:password@host:3306/database)");
  }
  let conn;
  try {
    conn = await mysql.createConnection({ uri, connectTimeout: 1e4, multipleStatements: false, dateStrings: true, supportBigNumbers: true, bigNumberStrings: true });
  } catch (e) {
    throw new StatsCaptureError(`cannot connect: ${e.message}`);
  }
  conn.on("error", () => {
  });
  try {
    await conn.query("SET SESSION information_schema_stats_expiry = 0").catch(() => {
    });
    await conn.query("START TRANSACTION READ ONLY");
    const grants = (await rows(conn, "SHOW GRANTS FOR CURRENT_USER()")).map((r) => String(Object.values(r)[0] ?? ""));
    const [who] = await rows(conn, "SELECT CURRENT_USER() AS u");
    const report = { who: `the account ${String(who?.u ?? "CURRENT_USER()")}`, excess: mysqlPrivilegeExcess(grants), missing: [] };
    reportPrivileges(report, opts);
    return await captureInTransaction(conn, database, opts);
  } catch (e) {
    if (e instanceof StatsCaptureError) throw e;
    throw new StatsCaptureError(`capture failed: ${e.message}`);
  } finally {
    await conn.query("ROLLBACK").catch(() => {
    });
    await conn.end().catch(() => {
    });
  }
}
async function captureInTransaction(conn, database, opts) {
  const [meta] = await rows(conn, "SELECT VERSION() AS version, DATE_FORMAT(UTC_TIMESTAMP(6), '%Y-%m-%dT%H:%i:%s.%fZ') AS now, @@performance_schema AS ps");
  if (Number(meta?.ps) !== 1) opts.notice?.("performance_schema is off on this server: the snapshot has no write counters and no statement texts");
  const status = await rows(conn, "SHOW GLOBAL STATUS LIKE 'Uptime'");
  const uptime = num(status[0]?.Value ?? status[0]?.VALUE);
  const capturedAt = new Date(String(meta?.now ?? (/* @__PURE__ */ new Date()).toISOString())).toISOString();
  const where = database ? "TABLE_SCHEMA = ?" : `TABLE_SCHEMA NOT IN (${SYSTEM_SCHEMAS.map(() => "?").join(", ")})`;
  const scope = database ? [database] : SYSTEM_SCHEMAS;
  const tables = /* @__PURE__ */ new Map();
  for (const r of await rows(conn, `SELECT TABLE_SCHEMA AS s, TABLE_NAME AS n, DATA_LENGTH AS d, INDEX_LENGTH AS i, TABLE_ROWS AS r
      FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND ${where} ORDER BY 1, 2`, scope)) {
    tables.set(`${r.s}.${r.n}`, { schema: String(r.s), name: String(r.n), bytes: num(r.d), rows: num(r.r), indexes: [], indexBytes: num(r.i) });
  }
  const columnsByIndex = /* @__PURE__ */ new Map();
  for (const r of await rows(conn, `SELECT TABLE_SCHEMA AS s, TABLE_NAME AS t, INDEX_NAME AS i, COLUMN_NAME AS c
      FROM information_schema.STATISTICS WHERE ${where} ORDER BY 1, 2, 3, SEQ_IN_INDEX`, scope)) {
    const key = `${r.s}.${r.t}\0${r.i}`;
    const list = columnsByIndex.get(key) ?? [];
    if (r.c !== null) list.push(String(r.c));
    columnsByIndex.set(key, list);
  }
  const sizes = /* @__PURE__ */ new Map();
  const indexStats = await optional(conn, "mysql.innodb_index_stats", `SELECT database_name AS s, table_name AS t, index_name AS i, stat_value * @@innodb_page_size AS b
      FROM mysql.innodb_index_stats WHERE stat_name = 'size' AND ${where.replace("TABLE_SCHEMA", "database_name")}`, scope, opts);
  for (const r of indexStats ?? []) sizes.set(`${r.s}.${r.t}\0${r.i}`, num(r.b));
  for (const [key, columns] of columnsByIndex) {
    const [table, index] = key.split("\0");
    const t = tables.get(table);
    if (!t) continue;
    t.indexes.push({ name: index, bytes: 0, columns });
  }
  for (const t of tables.values()) {
    const secondary = t.indexes.filter((i) => i.name !== "PRIMARY");
    for (const i of secondary) i.bytes = sizes.get(`${t.schema}.${t.name}\0${i.name}`) ?? Math.round(t.indexBytes / secondary.length);
  }
  let writesSeen = false;
  const io = await optional(conn, "performance_schema.table_io_waits_summary_by_table (write counters)", `SELECT OBJECT_SCHEMA AS s, OBJECT_NAME AS n, COUNT_INSERT AS ins, COUNT_UPDATE AS upd, COUNT_DELETE AS del
      FROM performance_schema.table_io_waits_summary_by_table WHERE OBJECT_TYPE = 'TABLE' AND ${where.replace("TABLE_SCHEMA", "OBJECT_SCHEMA")}`, scope, opts);
  for (const r of io ?? []) {
    const t = tables.get(`${r.s}.${r.n}`);
    if (!t) continue;
    t.writes = { inserts: num(r.ins), updates: num(r.upd), deletes: num(r.del) };
    writesSeen = true;
  }
  const statements = [];
  const digests = await optional(conn, "performance_schema.events_statements_summary_by_digest (statement texts)", `SELECT DIGEST_TEXT AS q, COUNT_STAR AS calls, AVG_TIMER_WAIT AS avg
      FROM performance_schema.events_statements_summary_by_digest
     WHERE DIGEST_TEXT IS NOT NULL AND ${database ? "SCHEMA_NAME = ?" : `(SCHEMA_NAME IS NULL OR SCHEMA_NAME NOT IN (${SYSTEM_SCHEMAS.map(() => "?").join(", ")}))`}
     ORDER BY COUNT_STAR DESC LIMIT ${Math.max(1, Math.floor(opts.statementLimit ?? 2e3))}`, scope, opts);
  for (const r of digests ?? []) {
    const query = cleanStatementText(String(r.q), "mysql");
    if (query) statements.push({ query, calls: num(r.calls), meanMs: Math.round(num(r.avg) / 1e6) / 1e3 });
  }
  return {
    version: SNAPSHOT_VERSION,
    dialect: "mysql",
    capturedAt,
    // performance_schema counts since the server started (a TRUNCATE of the summary resets it too: not visible).
    statsResetAt: writesSeen && uptime > 0 ? new Date(Date.parse(capturedAt) - uptime * 1e3).toISOString() : null,
    serverVersion: String(meta?.version ?? ""),
    tables: [...tables.values()].map(({ indexBytes: _, ...t }) => t),
    statements
  };
}
export {
  captureMysql,
  mysqlPrivilegeExcess
};
