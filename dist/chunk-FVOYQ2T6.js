#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  checkVersionTable
} from "./chunk-KBPFO33D.js";
import {
  diffSnapshots
} from "./chunk-J6LWHSOT.js";
import {
  tokenize
} from "./chunk-5OE2HSJJ.js";
import "./chunk-Y7PEKEDW.js";
import "./chunk-F5DE6FOX.js";
import "./chunk-TUGVZ27G.js";

// src/dryrun/mysql.ts
import { randomBytes } from "node:crypto";
var SYSTEM_SCHEMAS = /* @__PURE__ */ new Set(["mysql", "information_schema", "performance_schema", "sys"]);
var REFUSED_HEADS = {
  USE: "USE would switch away from the clone",
  GRANT: "GRANT changes server-wide privileges",
  REVOKE: "REVOKE changes server-wide privileges",
  FLUSH: "FLUSH acts on the whole server",
  KILL: "KILL signals another session",
  INSTALL: "INSTALL changes the server",
  UNINSTALL: "UNINSTALL changes the server",
  RESET: "RESET acts on the whole server",
  PURGE: "PURGE deletes binary logs",
  LOAD: "LOAD DATA reads files",
  XA: "XA transactions outlive the session",
  SHUTDOWN: "SHUTDOWN stops the server",
  CHANGE: "CHANGE MASTER/REPLICATION changes replication",
  START: "",
  STOP: "STOP SLAVE/REPLICA changes replication",
  BINLOG: "BINLOG replays events on the server",
  HANDLER: "HANDLER is not supported in the dry-run"
};
function isWord(t, ...words) {
  return t?.kind === "word" && words.includes(t.value);
}
function guardMysql(sql, schemas, clone) {
  const tokens = tokenize(sql);
  const head = tokens[0];
  if (!head) return { refuse: null, tokens };
  if (head.kind === "word") {
    if (head.value === "START" && !isWord(tokens[1], "TRANSACTION")) return { refuse: "START SLAVE/REPLICA changes replication", tokens };
    if (REFUSED_HEADS[head.value]) return { refuse: REFUSED_HEADS[head.value], tokens };
    if ((head.value === "CREATE" || head.value === "DROP" || head.value === "ALTER") && tokens.slice(1, 4).some((t) => isWord(t, "DATABASE", "SCHEMA", "USER", "ROLE", "SERVER", "TABLESPACE", "LOGFILE", "INSTANCE"))) {
      return { refuse: `${head.value} ${tokens.slice(1, 4).find((t) => t.kind === "word" && t.value !== "IF")?.value ?? ""} acts outside the cloned schema`, tokens };
    }
    if (head.value === "RENAME" && isWord(tokens[1], "USER")) return { refuse: "RENAME USER changes accounts", tokens };
    if (head.value === "SET") {
      if (tokens.some((t) => isWord(t, "GLOBAL", "PERSIST", "PERSIST_ONLY", "PASSWORD") || t.kind === "variable" && /^@@(global|persist)/i.test(t.raw))) return { refuse: "SET GLOBAL/PERSIST changes the server for everyone", tokens };
    }
  }
  if (tokens.some((t) => isWord(t, "OUTFILE", "DUMPFILE", "INFILE"))) return { refuse: "reads or writes server files", tokens };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if ((t.kind === "word" || t.kind === "quoted") && next.kind === "punct" && next.value === ".") {
      const qualifier = (t.kind === "word" ? t.raw : t.value).toLowerCase();
      if (qualifier !== clone && (schemas.has(qualifier) || SYSTEM_SCHEMAS.has(qualifier))) {
        return { refuse: `names the schema ${qualifier} explicitly; the dry-run only writes to its clone`, tokens };
      }
    }
  }
  return { refuse: null, tokens };
}
function errText(e) {
  const err = e;
  return err.message ?? String(e);
}
function isAlgorithmRejection(e) {
  const err = e;
  return err.errno === 1845 || err.errno === 1846 || /ALGORITHM=|LOCK=NONE|is not supported for this operation|not supported\. Reason/i.test(err.message ?? "");
}
function isTimeout(e) {
  const err = e;
  return err.errno === 1205 || err.errno === 1969 || err.errno === 3024 || err.code === "PROTOCOL_SEQUENCE_TIMEOUT" || /timeout|Query execution was interrupted/i.test(err.message ?? "");
}
function bodyEnd(sql, tokens) {
  const last = tokens[tokens.length - 1];
  return last ? sql.slice(0, last.offset + last.raw.length) : sql;
}
function probeKind(tokens) {
  if (isWord(tokens[0], "ALTER") && (isWord(tokens[1], "TABLE") || isWord(tokens[1], "ONLINE", "IGNORE") && isWord(tokens[2], "TABLE"))) return "alter";
  if (isWord(tokens[0], "CREATE") && tokens.slice(1, 4).some((t) => isWord(t, "INDEX"))) return "index";
  if (isWord(tokens[0], "DROP") && isWord(tokens[1], "INDEX")) return "index";
  return null;
}
function declaresAlgorithm(tokens) {
  let algorithm = null;
  let lock = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isWord(t, "ALGORITHM", "LOCK")) {
      let j = i + 1;
      if (tokens[j]?.kind === "punct" && tokens[j].value === "=") j++;
      const v = tokens[j]?.raw.toUpperCase() ?? null;
      if (t.value === "ALGORITHM") algorithm = v;
      else if (i > 0) lock = v;
    }
  }
  return { algorithm, lock };
}
async function snapshotMysql(conn, db) {
  const snap = /* @__PURE__ */ new Map();
  const [tables] = await conn.query(`SHOW FULL TABLES FROM \`${db}\``);
  for (const row of tables) {
    const values = Object.values(row);
    const name = values[0];
    const type = values[1];
    if (type === "VIEW") {
      const [v] = await conn.query(`SHOW CREATE VIEW \`${db}\`.\`${name.replace(/`/g, "``")}\``);
      const text2 = String(v[0]["Create View"] ?? "");
      snap.set(`view ${name}`, [text2.replace(/DEFINER=`[^`]*`@`[^`]*`\s*/g, "").split(`\`${db}\`.`).join("")]);
      continue;
    }
    const [c] = await conn.query(`SHOW CREATE TABLE \`${db}\`.\`${name.replace(/`/g, "``")}\``);
    const text = String(c[0]["Create Table"] ?? "");
    const lines = text.split("\n").slice(1).map((l) => l.trim().replace(/,$/, ""));
    let pos = 0;
    const out = [];
    for (const l of lines) {
      if (l.startsWith("`")) out.push(`${l} @${++pos}`);
      else if (l.startsWith(")")) out.push(l.replace(/ AUTO_INCREMENT=\d+/, ""));
      else out.push(l);
    }
    snap.set(`table ${name}`, out);
  }
  return snap;
}
async function cloneSchema(conn, source, clone) {
  const [meta] = await conn.query(`SELECT DEFAULT_CHARACTER_SET_NAME AS cs, DEFAULT_COLLATION_NAME AS co FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?`, [source]);
  const m = meta[0];
  if (!m) throw new Error(`database ${source} does not exist`);
  await conn.query(`CREATE DATABASE \`${clone}\` CHARACTER SET ${m.cs} COLLATE ${m.co}`);
  await conn.query(`USE \`${clone}\``);
  await conn.query("SET SESSION foreign_key_checks = 0");
  const [tables] = await conn.query(`SHOW FULL TABLES FROM \`${source}\``);
  const views = [];
  for (const row of tables) {
    const [name, type] = Object.values(row);
    const q = `\`${source}\`.\`${name.replace(/`/g, "``")}\``;
    if (type === "VIEW") {
      const [v] = await conn.query(`SHOW CREATE VIEW ${q}`);
      const text = String(v[0]["Create View"] ?? "");
      views.push(text.replace(/DEFINER=`[^`]*`@`[^`]*`\s*/g, "").split(`\`${source}\`.`).join(`\`${clone}\`.`));
      continue;
    }
    const [c] = await conn.query(`SHOW CREATE TABLE ${q}`);
    await conn.query(String(c[0]["Create Table"]));
  }
  let pending = views;
  for (let pass = 0; pending.length && pass < 10; pass++) {
    const failed = [];
    for (const v of pending) await conn.query(v).catch(() => failed.push(v));
    if (failed.length === pending.length) break;
    pending = failed;
  }
  await conn.query("SET SESSION foreign_key_checks = 1");
}
function trace(index, st) {
  return { index, file: st.loc.file, line: st.loc.line, sql: st.sql.length > 2e3 ? `${st.sql.slice(0, 2e3)}\u2026` : st.sql, status: "ok", locks: [], rewrites: [], durationMs: null, startMs: 0, endMs: 0, rowsAffected: null };
}
async function runMysqlDirection(conn, plan, schemas, clone, probe, timeoutMs) {
  const traces = [];
  const origin = performance.now();
  for (const [i, st] of plan.statements.entries()) {
    const t = trace(i, st);
    traces.push(t);
    t.startMs = performance.now() - origin;
    const { refuse, tokens } = guardMysql(st.sql, schemas, clone);
    if (refuse) {
      t.status = "refused";
      t.reason = refuse;
      t.endMs = t.startMs;
      continue;
    }
    const kind = probe ? probeKind(tokens) : null;
    const declared = kind ? declaresAlgorithm(tokens) : { algorithm: null, lock: null };
    const start = performance.now();
    try {
      if (kind && !declared.algorithm) {
        const body = bodyEnd(st.sql, tokens);
        const attempts = kind === "alter" ? [
          { clause: ", ALGORITHM=INSTANT", algorithm: "INSTANT", lock: null },
          { clause: ", ALGORITHM=INPLACE, LOCK=NONE", algorithm: "INPLACE", lock: "NONE" },
          { clause: ", ALGORITHM=COPY", algorithm: "COPY", lock: null }
        ] : [
          { clause: " ALGORITHM=INSTANT", algorithm: "INSTANT", lock: null },
          { clause: " ALGORITHM=INPLACE LOCK=NONE", algorithm: "INPLACE", lock: "NONE" },
          { clause: " ALGORITHM=COPY", algorithm: "COPY", lock: null }
        ];
        let done = false;
        const rejected = [];
        for (const a of attempts) {
          try {
            const [r] = await conn.query({ sql: `${body}${a.clause}`, timeout: timeoutMs });
            t.rowsAffected = r.affectedRows ?? null;
            t.executed = `${body}${a.clause}`;
            t.algorithm = { algorithm: a.algorithm, lock: a.lock, ...rejected.length ? { note: `server rejected ${rejected.join(", ")}` } : {} };
            if (a.algorithm === "COPY") t.rewrites.push(`table copy (ALGORITHM=COPY) \u2014 blocks writes for the whole copy`);
            done = true;
            break;
          } catch (e) {
            if (!isAlgorithmRejection(e)) throw e;
            rejected.push(a.algorithm === "INPLACE" ? "INPLACE with LOCK=NONE" : a.algorithm);
          }
        }
        if (!done) {
          const [r] = await conn.query({ sql: st.sql, timeout: timeoutMs });
          t.rowsAffected = r.affectedRows ?? null;
          t.algorithm = { algorithm: "UNKNOWN", lock: null, note: `server rejected ${rejected.join(", ")}` };
        }
      } else {
        const [r] = await conn.query({ sql: st.sql, timeout: timeoutMs });
        t.rowsAffected = r.affectedRows ?? null;
        if (kind) t.algorithm = { algorithm: "DECLARED", lock: declared.lock, note: `ALGORITHM=${declared.algorithm} as written` };
      }
    } catch (e) {
      t.status = isTimeout(e) ? "timeout" : "failed";
      t.reason = errText(e);
      t.durationMs = Math.round(performance.now() - start);
      t.endMs = performance.now() - origin;
      return { traces, failure: t };
    }
    t.durationMs = Math.round((performance.now() - start) * 10) / 10;
    t.endMs = performance.now() - origin;
  }
  return { traces, failure: null };
}
async function runMysql(plans, all, opts) {
  const mysql = (await import("./chunk-BNUSYKDG.js")).default;
  const url = new URL(opts.databaseUrl);
  const source = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!source) throw new Error("the database URL must name the source database (mysql://user@host/dbname)");
  const clone = `migration_guard_dryrun_${randomBytes(6).toString("hex")}`;
  const connect = () => mysql.createConnection({
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    multipleStatements: false,
    connectTimeout: 1e4
  });
  let conn = await connect();
  conn.on("error", () => void 0);
  const problems = [];
  const results = [];
  let serverVersion = null;
  let created = false;
  try {
    const [v] = await conn.query("SELECT VERSION() AS v");
    serverVersion = String(v[0].v);
    const mariadb = /mariadb/i.test(serverVersion);
    const [dbs] = await conn.query("SHOW DATABASES");
    const schemas = new Set(dbs.map((r) => String(Object.values(r)[0]).toLowerCase()));
    const versionTable = await checkVersionTable(
      {
        exists: async (t) => (await conn.query(`SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?`, [source, t]))[0].length > 0,
        values: async (t, c, where) => (await conn.query(`SELECT CAST(\`${c}\` AS CHAR) AS v FROM \`${source}\`.\`${t}\`${where ? ` WHERE ${where}` : ""}`))[0].map((r) => String(r.v))
      },
      all
    );
    if (versionTable.status === "mismatch") problems.push(`history mismatch: ${versionTable.message}`);
    opts.progress(`cloning ${source} into ${clone}`);
    created = true;
    await cloneSchema(conn, source, clone);
    schemas.delete(clone);
    await conn.query(`SET SESSION lock_wait_timeout = ${Math.max(1, Math.ceil(opts.lockTimeoutMs / 1e3))}`);
    if (mariadb) await conn.query(`SET SESSION max_statement_time = ${Math.max(1e-3, opts.statementTimeoutMs / 1e3)}`);
    for (const [k, plan] of plans.entries()) {
      const m = plan.migration;
      opts.progress(`[${k + 1}/${plans.length}] ${m.id}: up, down, up again`);
      const result = {
        id: m.id,
        file: m.file,
        framework: m.framework,
        transactional: false,
        verdict: "unverified",
        reasons: [],
        statements: [],
        roundTrip: { status: "not-run", diff: [], dataDiff: [] },
        sqlPreview: plan.preview,
        durationMs: null
      };
      results.push(result);
      if (plan.up.unrenderable.length) {
        result.reasons.push(...plan.up.unrenderable.map((r) => `cannot render: ${r}`));
        continue;
      }
      const before = await snapshotMysql(conn, clone);
      const started = performance.now();
      const up = await runMysqlDirection(conn, plan.up, schemas, clone, true, opts.statementTimeoutMs + 5e3);
      result.durationMs = Math.round(performance.now() - started);
      result.statements = up.traces;
      if (up.failure) {
        result.verdict = "failed";
        result.reasons.push(`up ${up.failure.status === "timeout" ? "timed out" : "failed"} at ${up.failure.file}:${up.failure.line}: ${up.failure.reason}`);
        result.reasons.push("MySQL DDL is not transactional: the statements before it stay applied in the clone");
        continue;
      }
      const upChanges = diffSnapshots(before, await snapshotMysql(conn, clone), "change");
      const refused = up.traces.filter((t) => t.status === "refused");
      for (const t of refused) result.reasons.push(`refused at ${t.file}:${t.line}: ${t.reason}`);
      if (!plan.down || plan.down.unrenderable.length) {
        result.roundTrip = { status: plan.down ? "not-run" : "no-down", upChanges, diff: [], dataDiff: [] };
        result.reasons.push(plan.down ? `cannot render down: ${plan.down.unrenderable.join("; ")}` : "no down part to verify rollback");
        continue;
      }
      const down = await runMysqlDirection(conn, plan.down, schemas, clone, false, opts.statementTimeoutMs + 5e3);
      if (down.failure) {
        result.roundTrip = { status: "down-failed", upChanges, diff: [], dataDiff: [], error: `${down.failure.file}:${down.failure.line}: ${down.failure.reason}` };
        result.reasons.push(`down failed at ${down.failure.file}:${down.failure.line}: ${down.failure.reason}`);
        result.verdict = "failed";
        continue;
      }
      const afterDown = await snapshotMysql(conn, clone);
      const diff = diffSnapshots(before, afterDown);
      const again = await runMysqlDirection(conn, plan.up, schemas, clone, false, opts.statementTimeoutMs + 5e3);
      if (again.failure) {
        result.roundTrip = { status: "up-again-failed", upChanges, diff, dataDiff: [], error: `${again.failure.file}:${again.failure.line}: ${again.failure.reason}` };
        result.reasons.push(`up after down failed: ${again.failure.reason}`);
        result.verdict = "failed";
        continue;
      }
      if (diff.length) {
        result.roundTrip = { status: "mismatch", upChanges, diff, dataDiff: [] };
        result.reasons.push(`down does not restore the schema: ${diff.slice(0, 3).join("; ")}`);
        result.verdict = "failed";
        continue;
      }
      result.roundTrip = { status: "verified", upChanges, diff: [], dataDiff: [] };
      result.verdict = refused.length ? "unverified" : "verified";
    }
    return { serverVersion, history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null }, versionTable, migrations: results, problems };
  } catch (e) {
    const err = e;
    if (results.length === 0 && !created) throw e;
    problems.push(`the dry-run stopped: ${err.message}`);
    return { serverVersion, history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null }, versionTable: null, migrations: results, problems };
  } finally {
    if (created) {
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${clone}\``);
      } catch {
        try {
          conn.destroy();
          conn = await connect();
          await conn.query(`DROP DATABASE IF EXISTS \`${clone}\``);
        } catch (e) {
          problems.push(`could not drop the clone ${clone}: ${e.message}; drop it by hand`);
        }
      }
    }
    await conn.end().catch(() => void 0);
  }
}
export {
  guardMysql,
  runMysql
};
