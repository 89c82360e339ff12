#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  diffSnapshots,
  tableFingerprint,
  takeSnapshot
} from "./chunk-C435CH62.js";
import {
  LOCK_BLOCKS,
  pgLockOf
} from "./chunk-NC7IV6E4.js";
import {
  loadParser
} from "./chunk-ZQCT6QYW.js";

// src/dryrun/guard.ts
var ESCAPING_FUNCTIONS = {
  pg_terminate_backend: "signals another session",
  pg_cancel_backend: "signals another session",
  pg_reload_conf: "reloads the server configuration",
  pg_rotate_logfile: "rotates the server log",
  pg_promote: "promotes a standby",
  pg_switch_wal: "switches the WAL file",
  pg_create_restore_point: "writes a WAL restore point",
  pg_file_write: "writes a server file",
  pg_file_rename: "renames a server file",
  pg_file_unlink: "deletes a server file",
  lo_import: "reads a server file",
  lo_export: "writes a server file",
  pg_logical_emit_message: "writes to WAL outside the transaction",
  setval: "sequence changes are not rolled back",
  pg_advisory_lock: "session-level advisory locks outlive the transaction",
  pg_create_logical_replication_slot: "replication slots are not transactional",
  pg_create_physical_replication_slot: "replication slots are not transactional",
  pg_drop_replication_slot: "replication slots are not transactional",
  pg_import_system_collations: "changes shared catalogs"
};
var GUARDED_SETTINGS = /* @__PURE__ */ new Set(["statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout", "transaction_timeout", "default_transaction_read_only", "transaction_read_only"]);
function funcName(fc) {
  const parts = (fc?.funcname ?? []).map((p) => String(p?.String?.sval ?? ""));
  return parts[parts.length - 1]?.toLowerCase() ?? "";
}
function walkCalls(node, out, depth = 0) {
  if (!node || typeof node !== "object" || depth > 400) return;
  if (Array.isArray(node)) {
    for (const x of node) walkCalls(x, out, depth + 1);
    return;
  }
  if (node.FuncCall) {
    const name = funcName(node.FuncCall);
    if (name.startsWith("dblink")) out.problems.push(`${name}() runs SQL on another connection, outside the dry-run's transaction`);
    else if (ESCAPING_FUNCTIONS[name]) out.problems.push(`${name}(): ${ESCAPING_FUNCTIONS[name]}`);
    else if (name === "set_config") {
      const setting = String(node.FuncCall.args?.[0]?.A_Const?.sval?.sval ?? "").toLowerCase();
      const isLocal = node.FuncCall.args?.[2]?.A_Const?.boolval?.boolval === true;
      if (!setting || GUARDED_SETTINGS.has(setting) && !isLocal) out.problems.push(`set_config(${setting || "?"}) could lift the dry-run's timeouts`);
    }
  }
  for (const v of Object.values(node)) if (v && typeof v === "object") walkCalls(v, out, depth + 1);
}
function walkPlpgsql(node, out, depth = 0) {
  if (!node || typeof node !== "object" || depth > 400) return;
  if (Array.isArray(node)) {
    for (const x of node) walkPlpgsql(x, out, depth + 1);
    return;
  }
  if (node.PLpgSQL_stmt_commit) out.problems.push("COMMIT inside a DO block would end the dry-run transaction");
  if (node.PLpgSQL_stmt_rollback) out.problems.push("ROLLBACK inside a DO block would end the dry-run transaction");
  const query = node.PLpgSQL_expr?.query;
  if (typeof query === "string") out.plpgsql.push(query);
  for (const v of Object.values(node)) if (v && typeof v === "object") walkPlpgsql(v, out, depth + 1);
}
function withoutConcurrently(pg, sql) {
  const tokens = pg.scanSync(sql).tokens ?? [];
  const t = tokens.find((x) => x.keywordKind > 0 && x.text.toUpperCase() === "CONCURRENTLY");
  if (!t) return null;
  const bytes = Buffer.from(sql, "utf8");
  return Buffer.concat([bytes.subarray(0, t.start), bytes.subarray(t.end)]).toString("utf8");
}
function refuse(reason, benign = false) {
  return { action: "refuse", reason, benign };
}
function decideStatement(pg, stmt, sql, ops, nested) {
  const [type] = Object.keys(stmt);
  const n = stmt[type];
  const calls = { problems: [], plpgsql: [] };
  switch (type) {
    case "TransactionStmt": {
      const k = String(n.kind);
      if (k === "TRANS_STMT_BEGIN" || k === "TRANS_STMT_START") return { ...refuse("BEGIN: the dry-run already runs the migration in its own transaction", true), transactionControl: "begin" };
      if (k === "TRANS_STMT_COMMIT") return { ...refuse("COMMIT would end the dry-run transaction (the migration continues inside it)", true), transactionControl: "commit" };
      if (k === "TRANS_STMT_ROLLBACK") return refuse("ROLLBACK would end the dry-run transaction");
      if (k === "TRANS_STMT_PREPARE") return refuse("PREPARE TRANSACTION would detach the transaction from the session");
      if (k === "TRANS_STMT_COMMIT_PREPARED" || k === "TRANS_STMT_ROLLBACK_PREPARED") return refuse(`${k === "TRANS_STMT_COMMIT_PREPARED" ? "COMMIT" : "ROLLBACK"} PREPARED acts on another transaction`);
      return { action: "run", sql };
    }
    case "VacuumStmt":
      if (n.is_vacuumcmd) return refuse("VACUUM cannot run inside a transaction block (it does not change the schema)");
      break;
    case "AlterSystemStmt":
      return refuse("ALTER SYSTEM writes postgresql.auto.conf outside any transaction");
    case "CreatedbStmt":
    case "DropdbStmt":
    case "CreateTableSpaceStmt":
    case "DropTableSpaceStmt":
    case "CreateSubscriptionStmt":
    case "AlterSubscriptionStmt":
    case "DropSubscriptionStmt":
    case "CheckPointStmt":
    case "LoadStmt":
    case "DiscardStmt":
    case "AlterDatabaseRefreshCollStmt":
      return refuse(`${type.replace(/Stmt$/, "")} acts outside the transaction or on the whole server`);
    case "CopyStmt":
      if (n.is_program) return refuse("COPY ... PROGRAM runs a program on the database server");
      if (n.filename) return refuse("COPY with a server file reads or writes the server file system");
      if (n.is_from) return refuse("COPY FROM STDIN needs the data stream psql would send; the dry-run cannot supply it");
      break;
    case "VariableSetStmt": {
      const name = String(n.name ?? "").toLowerCase();
      if (n.kind === "VAR_RESET_ALL") return refuse("RESET ALL would reset the dry-run's timeouts");
      if (name === "session characteristics") return refuse("SET SESSION CHARACTERISTICS changes the session beyond the transaction");
      if (name === "session authorization" || name === "role") return { action: "run", sql };
      if (GUARDED_SETTINGS.has(name)) return refuse(`SET ${name}: the dry-run keeps its own ${name}`, true);
      break;
    }
    case "IndexStmt":
      if (n.concurrent) {
        const plain = withoutConcurrently(pg, sql);
        if (plain) {
          const op = ops.find((o) => o.kind === "createIndex");
          return { action: "substitute", sql: plain, reason: "CREATE INDEX CONCURRENTLY cannot run in a transaction: the plain form was run for the schema effect; the lock shown is the documented lock of the concurrent form", documentedLock: op ? pgLockOf(op) : null };
        }
      }
      break;
    case "DropStmt":
      if (n.concurrent) {
        const plain = withoutConcurrently(pg, sql);
        if (plain) {
          const op = ops.find((o) => o.kind === "dropIndex");
          return { action: "substitute", sql: plain, reason: "DROP INDEX CONCURRENTLY cannot run in a transaction: the plain form was run for the schema effect; the lock shown is the documented lock of the concurrent form (SHARE UPDATE EXCLUSIVE)", documentedLock: op?.kind === "dropIndex" && op.table ? { mode: "SHARE UPDATE EXCLUSIVE", tables: [op.table] } : null };
        }
      }
      break;
    case "ReindexStmt": {
      if (n.kind !== "REINDEX_OBJECT_INDEX" && n.kind !== "REINDEX_OBJECT_TABLE") return refuse("REINDEX of a schema, database or system cannot run inside a transaction block");
      if ((n.params ?? []).some((p) => p.DefElem?.defname === "concurrently")) {
        const plain = withoutConcurrently(pg, sql);
        if (plain) return { action: "substitute", sql: plain, reason: "REINDEX CONCURRENTLY cannot run in a transaction: the plain form was run", documentedLock: null };
      }
      break;
    }
    case "AlterTableStmt": {
      const detach = (n.cmds ?? []).find((c) => c.AlterTableCmd?.subtype === "AT_DetachPartition" && c.AlterTableCmd?.def?.PartitionCmd?.concurrent);
      if (detach) {
        const plain = withoutConcurrently(pg, sql);
        if (plain) return { action: "substitute", sql: plain, reason: "DETACH PARTITION CONCURRENTLY cannot run in a transaction: the plain form was run", documentedLock: null };
      }
      break;
    }
    case "CreateFunctionStmt": {
      const lang = String((n.options ?? []).find((o) => o.DefElem?.defname === "language")?.DefElem?.arg?.String?.sval ?? "sql").toLowerCase();
      if (lang === "plpgsql") {
        try {
          walkPlpgsql(pg.parsePlPgSQLSync(sql), calls);
        } catch {
        }
        calls.problems = [];
        for (const q of calls.plpgsql) {
          try {
            for (const s of pg.parseSync(q).stmts ?? []) if (s.stmt) walkCalls(s.stmt, calls);
          } catch {
          }
        }
        if (calls.problems.length) return refuse(`the function body calls ${calls.problems[0]}`);
      } else if (lang === "sql") {
        const body = (n.options ?? []).find((o) => o.DefElem?.defname === "as")?.DefElem?.arg?.List?.items?.[0]?.String?.sval;
        if (typeof body === "string") {
          try {
            for (const s of pg.parseSync(body).stmts ?? []) if (s.stmt) walkCalls(s.stmt, calls);
          } catch {
          }
        }
        if (n.sql_body) walkCalls(n.sql_body, calls);
        if (calls.problems.length) return refuse(`the function body calls ${calls.problems[0]}`);
      } else if (lang !== "c" && lang !== "internal") {
        return refuse(`a ${lang} function body cannot be checked before it runs`);
      }
      return { action: "run", sql };
    }
    case "DoStmt": {
      const lang = (n.args ?? []).find((a) => a.DefElem?.defname === "language")?.DefElem?.arg?.String?.sval;
      const body = (n.args ?? []).find((a) => a.DefElem?.defname === "as")?.DefElem?.arg?.String?.sval;
      if (lang && lang !== "plpgsql") return refuse(`DO block in ${lang} cannot be checked before it is sent`);
      if (body === void 0) return refuse("DO block without a body");
      let parsed;
      try {
        parsed = pg.parsePlPgSQLSync(`CREATE FUNCTION migration_guard_do() RETURNS void LANGUAGE plpgsql AS $migration_guard$${body}$migration_guard$`);
      } catch (e) {
        return refuse(`DO block could not be parsed: ${e.message}`);
      }
      walkPlpgsql(parsed, calls);
      if (calls.problems.length) return refuse(calls.problems[0]);
      if (nested < 3) {
        for (const q of calls.plpgsql) {
          let inner;
          try {
            inner = pg.parseSync(q).stmts ?? [];
          } catch {
            continue;
          }
          for (const s of inner) {
            if (!s.stmt) continue;
            const d = decideStatement(pg, s.stmt, q, [], nested + 1);
            if (d.action !== "run") return refuse(`inside the DO block: ${d.reason}`);
          }
        }
      }
      return { action: "run", sql };
    }
    default:
      break;
  }
  walkCalls(stmt, calls);
  if (calls.problems.length) return refuse(calls.problems[0]);
  return { action: "run", sql };
}
async function guardPostgres(sql, ops = []) {
  const pg = await loadParser();
  let stmts;
  try {
    stmts = pg.parseSync(sql).stmts ?? [];
  } catch (e) {
    void e;
    return { action: "run", sql };
  }
  const decisions = stmts.filter((s) => s.stmt).map((s) => decideStatement(pg, s.stmt, sql, ops, 0));
  if (decisions.length === 0) return refuse("empty statement", true);
  if (decisions.length === 1) return decisions[0];
  const bad = decisions.find((d) => d.action !== "run");
  return bad ? bad.action === "substitute" ? refuse(`${bad.reason.split(":")[0]} in a multi-statement chunk`) : bad : { action: "run", sql };
}
async function extensionsIn(statements) {
  const pg = await loadParser();
  const out = /* @__PURE__ */ new Set();
  for (const sql of statements) {
    if (!/extension/i.test(sql)) continue;
    try {
      for (const s of pg.parseSync(sql).stmts ?? []) {
        const name = s.stmt?.CreateExtensionStmt?.extname;
        if (typeof name === "string") out.add(name);
      }
    } catch {
    }
  }
  return [...out];
}

// src/dryrun/pg-runner.ts
var SessionLost = class extends Error {
  constructor(message, timedOut = false) {
    super(message);
    this.timedOut = timedOut;
  }
  timedOut;
  name = "SessionLost";
};
var LeftTransaction = class extends Error {
  name = "LeftTransaction";
};
var LOCK_NAMES = {
  AccessExclusiveLock: "ACCESS EXCLUSIVE",
  ExclusiveLock: "EXCLUSIVE",
  ShareRowExclusiveLock: "SHARE ROW EXCLUSIVE",
  ShareLock: "SHARE",
  ShareUpdateExclusiveLock: "SHARE UPDATE EXCLUSIVE",
  RowExclusiveLock: "ROW EXCLUSIVE",
  RowShareLock: "ROW SHARE",
  AccessShareLock: "ACCESS SHARE"
};
var EXTRA_BLOCKS = {
  "ROW SHARE": "EXCLUSIVE and ACCESS EXCLUSIVE locks",
  "ACCESS SHARE": "only ACCESS EXCLUSIVE (ALTER TABLE, DROP)"
};
function blocksOf(mode) {
  return LOCK_BLOCKS[mode] ?? EXTRA_BLOCKS[mode] ?? "other lock modes";
}
var RELKINDS = { r: "table", p: "partitioned table", i: "index", I: "partitioned index", S: "sequence", v: "view", m: "materialized view", t: "toast table", f: "foreign table" };
function traceQuery(xidFunction) {
  return `SELECT ${xidFunction}()::text AS xid,
    (SELECT coalesce(json_agg(json_build_object('oid', l.relation::oid::text, 'mode', l.mode)), '[]'::json)
       FROM pg_locks l WHERE l.locktype = 'relation' AND l.pid = pg_backend_pid() AND l.granted
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())) AS locks,
    (SELECT coalesce(json_agg(json_build_object('oid', c.oid::text, 'name', CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END, 'kind', c.relkind::text, 'fn', c.relfilenode::text)), '[]'::json)
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I', 'S', 'v', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%') AS rels`;
}
function asArray(v) {
  if (typeof v === "string") return JSON.parse(v);
  return v ?? [];
}
async function readTrace(ctx) {
  const r = await ctx.session.query(traceQuery(ctx.xidFunction));
  const row = r.rows[0] ?? {};
  const rels = /* @__PURE__ */ new Map();
  for (const x of asArray(row.rels)) rels.set(x.oid, { name: x.name, kind: RELKINDS[x.kind] ?? x.kind, filenode: x.fn });
  const locks = new Set(asArray(row.locks).map((l) => `${l.oid}|${l.mode}`));
  return { xid: row.xid ?? null, locks, rels };
}
function classifyError(e) {
  const err = e;
  const message = err.message ?? String(e);
  if (e instanceof SessionLost) return { status: e.timedOut ? "timeout" : "failed", reason: message, lost: true };
  if (err.code === "57014") return { status: "timeout", reason: `statement_timeout: ${message}`, lost: false };
  if (err.code === "55P03") return { status: "timeout", reason: `lock_timeout: ${message} (another session holds a conflicting lock)`, lost: false };
  if (err.code === "57P01" || err.code === "57P02" || err.code === "57P03" || err.code === "08006" || err.code === "08003" || /Connection terminated|connection.*(closed|ended)|ECONNRESET|Client has encountered a connection error/i.test(message)) {
    return { status: "failed", reason: `connection lost: ${message}`, lost: true };
  }
  return { status: "failed", reason: message, lost: false };
}
function short(sql, max = 2e3) {
  return sql.length > max ? `${sql.slice(0, max)}\u2026` : sql;
}
function rowCountOf(r) {
  return typeof r.rowCount === "number" ? r.rowCount : null;
}
async function runDirection(ctx, plan, expectedXid, trace) {
  const traces = [];
  let state = trace ? await readTrace(ctx) : null;
  const origin = performance.now();
  for (const [index, st] of plan.statements.entries()) {
    const t = {
      index,
      file: st.loc.file,
      line: st.loc.line,
      sql: short(st.sql),
      status: "ok",
      locks: [],
      rewrites: [],
      durationMs: null,
      startMs: performance.now() - origin,
      endMs: 0,
      rowsAffected: null
    };
    traces.push(t);
    const decision = await guardPostgres(st.sql, st.ops);
    if (decision.action === "refuse") {
      t.status = "refused";
      t.reason = decision.reason;
      t.benign = decision.benign;
      if (decision.transactionControl) t.transactionControl = decision.transactionControl;
      t.endMs = t.startMs;
      continue;
    }
    if (decision.action === "substitute") {
      t.status = "substituted";
      t.reason = decision.reason;
      t.executed = short(decision.sql);
    }
    const start = performance.now();
    let result;
    try {
      result = await ctx.session.query(decision.sql, { timeoutMs: ctx.statementTimeoutMs });
    } catch (e) {
      const c = classifyError(e);
      t.status = c.status;
      t.reason = c.reason;
      t.endMs = performance.now() - origin;
      if (ctx.realDurations) t.durationMs = Math.round(performance.now() - start);
      if (c.lost) throw Object.assign(new SessionLost(c.reason, c.status === "timeout"), { trace: t, traces });
      return { traces, failure: t };
    }
    const end = performance.now();
    t.endMs = end - origin;
    if (ctx.realDurations) t.durationMs = Math.round((end - start) * 10) / 10;
    t.rowsAffected = rowCountOf(result);
    let after;
    try {
      after = trace ? await readTrace(ctx) : { xid: String((await ctx.session.query(`SELECT ${ctx.xidFunction}()::text AS xid`)).rows[0]?.xid ?? ""), locks: /* @__PURE__ */ new Set(), rels: /* @__PURE__ */ new Map() };
    } catch (e) {
      const c = classifyError(e);
      if (c.lost) throw Object.assign(new SessionLost(c.reason, c.status === "timeout"), { trace: t, traces });
      throw e;
    }
    if (!after.xid || after.xid !== expectedXid) {
      t.status = "failed";
      t.reason = "after this statement the session was no longer inside the dry-run transaction; the dry-run stopped";
      throw Object.assign(new LeftTransaction(`statement at ${st.loc.file}:${st.loc.line} left the dry-run transaction`), { trace: t, traces });
    }
    if (trace && state) {
      t.locks = [...newLocks(state, after, index), ...heldAlready(state, after, st.ops, index)];
      t.rewrites = rewrites(state, after);
      if (decision.action === "substitute" && decision.documentedLock) {
        const tables = new Set(decision.documentedLock.tables);
        t.locks = t.locks.filter((l) => !tables.has(l.relation) && l.relkind !== "index");
        for (const table of decision.documentedLock.tables) {
          t.locks.push({ relation: table, relkind: "table", mode: decision.documentedLock.mode, blocks: blocksOf(decision.documentedLock.mode), documented: true, releasedAfter: index });
        }
        t.rewrites = [];
      }
      state = after;
    }
  }
  return { traces, failure: null };
}
function newLocks(before, after, index) {
  const out = [];
  for (const key of after.locks) {
    if (before.locks.has(key)) continue;
    const [oid, rawMode] = key.split("|");
    const rel = after.rels.get(oid) ?? before.rels.get(oid);
    if (!rel) continue;
    if (!before.rels.has(oid)) continue;
    const mode = LOCK_NAMES[rawMode] ?? rawMode;
    if (rel.kind.includes("index") && (mode === "ACCESS SHARE" || mode === "ROW SHARE" || mode === "ROW EXCLUSIVE")) continue;
    out.push({ relation: rel.name, relkind: rel.kind, mode, blocks: blocksOf(mode), releasedAfter: index });
  }
  const rank = (m) => Object.values(LOCK_NAMES).indexOf(m);
  return out.sort((a, b) => a.relkind === b.relkind ? rank(a.mode) - rank(b.mode) || a.relation.localeCompare(b.relation) : a.relkind === "table" ? -1 : b.relkind === "table" ? 1 : a.relkind.localeCompare(b.relkind));
}
function heldAlready(before, after, ops, index) {
  const out = [];
  const byName = new Map([...after.rels].map(([oid, r]) => [r.name, oid]));
  const rawOf = new Map(Object.entries(LOCK_NAMES).map(([raw, mode]) => [mode, raw]));
  const seen = /* @__PURE__ */ new Set();
  for (const op of ops) {
    const doc = pgLockOf(op);
    if (!doc) continue;
    for (const table of doc.tables) {
      const oid = byName.get(table);
      const key = `${oid}|${rawOf.get(doc.mode)}`;
      if (!oid || seen.has(key) || !before.locks.has(key)) continue;
      seen.add(key);
      out.push({ relation: table, relkind: after.rels.get(oid).kind, mode: doc.mode, blocks: blocksOf(doc.mode), alreadyHeld: true, releasedAfter: index });
    }
  }
  return out;
}
function rewrites(before, after) {
  const out = [];
  for (const [oid, rel] of after.rels) {
    const prev = before.rels.get(oid);
    if (prev && prev.filenode !== rel.filenode && rel.kind !== "view" && rel.kind !== "sequence" && prev.filenode !== "0") out.push(`${rel.kind} ${rel.name}`);
  }
  return out.sort((a, b) => a.startsWith("table") === b.startsWith("table") ? a.localeCompare(b) : a.startsWith("table") ? -1 : 1);
}
function assignLockRelease(traces, transactional) {
  const last = traces.length - 1;
  let blockStart = null;
  const pending = [];
  for (const t of traces) {
    const isBegin = t.transactionControl === "begin";
    const isCommit = t.transactionControl === "commit";
    if (isBegin) blockStart = t.index;
    if (isCommit && blockStart !== null) {
      for (const l of pending) l.releasedAfter = t.index;
      pending.length = 0;
      blockStart = null;
    }
    for (const l of t.locks) {
      if (transactional) l.releasedAfter = last;
      else if (blockStart !== null) pending.push(l);
      else l.releasedAfter = t.index;
    }
  }
  for (const l of pending) l.releasedAfter = last;
}
function touchedTables(ops) {
  const out = /* @__PURE__ */ new Set();
  for (const op of ops) {
    if ("table" in op && typeof op.table === "string" && op.kind !== "createTable") out.add(op.table);
    if (op.kind === "truncate") for (const t of op.tables) out.add(t);
    if (op.kind === "renameTable") out.add(op.table);
  }
  return [...out];
}
async function fingerprints(ctx, tables) {
  const out = /* @__PURE__ */ new Map();
  for (const table of tables) {
    await ctx.session.query("SAVEPOINT migration_guard_fp");
    try {
      out.set(table, await tableFingerprint(ctx.session, table));
      await ctx.session.query("RELEASE SAVEPOINT migration_guard_fp");
    } catch {
      await ctx.session.query("ROLLBACK TO SAVEPOINT migration_guard_fp");
      out.set(table, null);
    }
  }
  return out;
}
async function snapshot(ctx) {
  return takeSnapshot(ctx.session);
}
function locationOf(t) {
  return `${t.file}:${t.line}`;
}
async function runPrMigrations(ctx, plans, outerXid) {
  const results = [];
  const problems = [];
  let dead = null;
  for (const [k, plan] of plans.entries()) {
    const m = plan.migration;
    const result = {
      id: m.id,
      file: m.file,
      framework: m.framework,
      transactional: m.transactional,
      verdict: "unverified",
      reasons: [],
      statements: [],
      roundTrip: { status: "not-run", diff: [], dataDiff: [] },
      sqlPreview: plan.preview,
      durationMs: null
    };
    results.push(result);
    if (dead) {
      result.reasons.push(`not run: ${dead}`);
      result.statements = plan.up.statements.map((s, index) => notRun(s, index));
      continue;
    }
    ctx.progress(`[${k + 1}/${plans.length}] ${m.id}: up, down, up again`);
    if (plan.up.unrenderable.length) {
      result.reasons.push(...plan.up.unrenderable.map((r) => `cannot render: ${r}`));
      result.statements = plan.up.statements.map((s, index) => notRun(s, index));
      continue;
    }
    try {
      await runOneMigration(ctx, plan, result, outerXid);
    } catch (e) {
      const traces = e.traces;
      if (traces && result.statements.length === 0) result.statements = traces;
      if (e instanceof LeftTransaction) dead = e.message;
      else if (e instanceof SessionLost) dead = e.timedOut ? `the embedded database was stopped after ${Math.round(ctx.statementTimeoutMs / 1e3)} s (wall-clock timeout)` : e.message;
      else {
        const c = classifyError(e);
        if (c.lost) dead = c.reason;
        else {
          result.verdict = "failed";
          result.reasons.push(`internal error: ${e.message}`);
          await ctx.session.query(ctx.perMigrationTransaction ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT migration_guard_m").catch(() => void 0);
          continue;
        }
      }
      result.verdict = "failed";
      result.reasons.push(dead);
      problems.push(`${m.id}: ${dead}; every later migration was not run and all changes were rolled back`);
      const rest = plan.up.statements.slice(result.statements.length);
      result.statements.push(...rest.map((s, i) => notRun(s, result.statements.length + i)));
    }
  }
  return { results, problems };
}
function notRun(s, index) {
  return { index, file: s.loc.file, line: s.loc.line, sql: short(s.sql), status: "not-run", locks: [], rewrites: [], durationMs: null, startMs: 0, endMs: 0, rowsAffected: null };
}
async function runOneMigration(ctx, plan, result, outerXid) {
  const m = plan.migration;
  const q = (sql) => ctx.session.query(sql);
  if (ctx.perMigrationTransaction) await q("BEGIN");
  const xid = await outerXid();
  const sp = `migration_guard_m`;
  await q(`SAVEPOINT ${sp}`);
  const tables = touchedTables([...m.up, ...m.down ?? []]);
  const before = await snapshot(ctx);
  const dataBefore = await fingerprints(ctx, tables);
  const started = performance.now();
  const up = await runDirection(ctx, plan.up, xid, true);
  result.statements = up.traces;
  assignLockRelease(up.traces, m.transactional);
  if (ctx.realDurations) result.durationMs = Math.round(performance.now() - started);
  const finish = async (commit) => {
    if (ctx.perMigrationTransaction) await q(commit ? "COMMIT" : "ROLLBACK");
  };
  if (up.failure) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}`);
    result.verdict = ctx.historyIncomplete ? "unverified" : "failed";
    const ext = /extension "([^"]+)" is not available/.exec(up.failure.reason ?? "");
    if (ext) result.verdict = "unverified";
    result.reasons.push(
      ext ? `PGlite has no extension ${ext[1]}: the migration cannot be verified on the embedded engine (use --engine postgres)` : `up ${up.failure.status === "timeout" ? "timed out" : "failed"} at ${locationOf(up.failure)}: ${up.failure.reason}`
    );
    if (ctx.historyIncomplete && !ext) result.reasons.push("the base history did not replay completely on the embedded engine, so this failure may come from a missing earlier object");
    result.roundTrip = { status: "not-run", diff: [], dataDiff: [] };
    await finish(false);
    return;
  }
  const refused = up.traces.filter((t) => t.status === "refused" && !t.benign);
  for (const t of refused) result.reasons.push(`refused at ${locationOf(t)}: ${t.reason}`);
  const upChanges = diffSnapshots(before, await snapshot(ctx), "change");
  await q(`SAVEPOINT ${sp}_up`);
  if (!plan.down) {
    result.roundTrip = { status: "no-down", upChanges, diff: [], dataDiff: [] };
    result.reasons.push(m.downIrreversible ? `the down part declares itself irreversible: ${m.downIrreversible.reason}` : "no down part to verify rollback");
    result.verdict = "unverified";
    await q(`RELEASE SAVEPOINT ${sp}_up`);
    await finish(true);
    return;
  }
  if (plan.down.unrenderable.length) {
    result.roundTrip = { status: "not-run", upChanges, diff: [], dataDiff: [], error: plan.down.unrenderable.join("; ") };
    result.reasons.push(...plan.down.unrenderable.map((r) => `cannot render down: ${r}`));
    result.verdict = "unverified";
    await q(`RELEASE SAVEPOINT ${sp}_up`);
    await finish(true);
    return;
  }
  const down = await runDirection(ctx, plan.down, xid, false);
  if (down.failure) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    result.roundTrip = { status: "down-failed", upChanges, diff: [], dataDiff: [], error: `${locationOf(down.failure)}: ${down.failure.reason}` };
    result.reasons.push(`down failed at ${locationOf(down.failure)}: ${down.failure.reason}`);
    result.verdict = "failed";
    await finish(true);
    return;
  }
  for (const t of down.traces.filter((x) => x.status === "refused" && !x.benign)) result.reasons.push(`refused in down at ${locationOf(t)}: ${t.reason}`);
  const afterDown = await snapshot(ctx);
  const diff = diffSnapshots(before, afterDown);
  const dataAfter = await fingerprints(ctx, tables);
  const dataDiff = [];
  for (const [table, fp] of dataBefore) {
    const now = dataAfter.get(table);
    if (fp !== null && now !== null && now !== void 0 && fp !== now) {
      const [nb, na] = [fp.split(":")[0], now.split(":")[0]];
      dataDiff.push(nb !== na ? `${table}: ${nb} rows before up, ${na} after down` : `${table}: row contents differ after up + down (data the down did not bring back)`);
    }
  }
  const upAgain = await runDirection(ctx, plan.up, xid, false);
  if (upAgain.failure) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    result.roundTrip = { status: "up-again-failed", upChanges, diff, dataDiff, error: `${locationOf(upAgain.failure)}: ${upAgain.failure.reason}` };
    result.reasons.push(`up after down failed at ${locationOf(upAgain.failure)}: ${upAgain.failure.reason}`);
    if (diff.length) result.reasons.push(`down does not restore the schema (${diff.length} difference${diff.length === 1 ? "" : "s"})`);
    result.verdict = "failed";
    await finish(true);
    return;
  }
  if (diff.length || dataDiff.length) {
    result.roundTrip = { status: "mismatch", upChanges, diff, dataDiff };
    if (diff.length) result.reasons.push(`down does not restore the schema: ${diff.slice(0, 3).join("; ")}${diff.length > 3 ? ` (+${diff.length - 3} more)` : ""}`);
    if (dataDiff.length) result.reasons.push(`down loses data: ${dataDiff.join("; ")}`);
    result.verdict = "failed";
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    await finish(true);
    return;
  }
  result.roundTrip = { status: "verified", upChanges, diff: [], dataDiff: [] };
  await q(`RELEASE SAVEPOINT ${sp}_up`);
  if (refused.length === 0) result.verdict = "verified";
  else result.verdict = "unverified";
  await finish(true);
}

export {
  guardPostgres,
  extensionsIn,
  SessionLost,
  runPrMigrations
};
