#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  diffSnapshots,
  redactServerValues,
  tableFingerprint,
  takeSnapshot
} from "./chunk-ZCAD2GR2.js";
import {
  appQueryVerdict,
  guardPostgres,
  prepareEach
} from "./chunk-LMJMAK2T.js";
import {
  LOCK_BLOCKS,
  pgLockOf
} from "./chunk-CXD6VCVI.js";

// src/dryrun/pg-runner.ts
import { randomBytes } from "node:crypto";
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
function savepointToken() {
  return randomBytes(8).toString("hex");
}
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
function connectionLostMessage(message) {
  if (/Connection terminated|ECONNRESET|Client has encountered a connection error/i.test(message)) return true;
  return message.split(/[\n\r\u2028\u2029]/).some((line) => {
    const at = line.toLowerCase().indexOf("connection");
    return at >= 0 && /closed|ended/i.test(line.slice(at + "connection".length));
  });
}
function classifyError(e, redact = false) {
  const err = e;
  const raw = err.message ?? String(e);
  const message = redact ? redactServerValues(raw) : raw;
  if (e instanceof SessionLost) return { status: e.timedOut ? "timeout" : "failed", reason: message, lost: true };
  if (err.code === "57014") return { status: "timeout", reason: `statement_timeout: ${message}`, lost: false };
  if (err.code === "55P03") return { status: "timeout", reason: `lock_timeout: ${message} (another session holds a conflicting lock)`, lost: false };
  if (err.code === "57P01" || err.code === "57P02" || err.code === "57P03" || err.code === "08006" || err.code === "08003" || connectionLostMessage(message)) {
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
    const decision = await guardPostgres(st.sql, st.ops, { embedded: ctx.perMigrationTransaction });
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
      const c = classifyError(e, ctx.quotesServerData);
      t.status = c.status;
      t.reason = c.reason;
      const code = e.code;
      if (typeof code === "string") t.code = code;
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
      const c = classifyError(e, ctx.quotesServerData);
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
function isSystemTable(table) {
  const [first, second] = table.toLowerCase().split(".");
  return second === void 0 ? first.startsWith("pg_") : first === "pg_catalog" || first === "information_schema" || first.startsWith("pg_toast");
}
async function fingerprints(ctx, tables) {
  const out = /* @__PURE__ */ new Map();
  const sp = `migration_guard_${ctx.token}_fp`;
  for (const table of tables) {
    if (isSystemTable(table)) continue;
    await ctx.session.query(`SAVEPOINT ${sp}`);
    try {
      out.set(table, await tableFingerprint(ctx.session, table));
      await ctx.session.query(`RELEASE SAVEPOINT ${sp}`);
    } catch {
      await ctx.session.query(`ROLLBACK TO SAVEPOINT ${sp}`);
      out.set(table, null);
    }
  }
  return out;
}
async function snapshot(ctx) {
  return takeSnapshot(ctx.session);
}
var SESSION_QUERY = `SELECT current_user::text AS cu, session_user::text AS su,
  (SELECT json_agg(json_build_array(name, setting)) FROM pg_settings WHERE context IN ('user', 'superuser') AND name NOT LIKE 'transaction\\_%') AS s`;
async function readSession(ctx) {
  const row = (await ctx.session.query(SESSION_QUERY)).rows[0] ?? {};
  const raw = typeof row.s === "string" ? JSON.parse(row.s) : row.s ?? [];
  return { settings: new Map(raw), currentUser: String(row.cu), sessionUser: String(row.su) };
}
function literal(s) {
  return `'${s.replace(/'/g, "''")}'`;
}
async function resetSession(ctx, saved) {
  const now = await readSession(ctx);
  if (now.sessionUser !== saved.sessionUser) await ctx.session.query("SET SESSION AUTHORIZATION DEFAULT");
  if (now.currentUser !== saved.currentUser || now.sessionUser !== saved.sessionUser) await ctx.session.query("RESET ROLE");
  const changed = [...saved.settings].filter(([name, value]) => now.settings.get(name) !== value);
  if (changed.length === 0) return;
  const sp = `migration_guard_${ctx.token}_rs`;
  for (const [name, value] of changed) {
    await ctx.session.query(`SAVEPOINT ${sp}`);
    try {
      await ctx.session.query(`SELECT set_config(${literal(name)}, ${literal(value)}, false)`);
      await ctx.session.query(`RELEASE SAVEPOINT ${sp}`);
    } catch {
      await ctx.session.query(`ROLLBACK TO SAVEPOINT ${sp}`);
    }
  }
}
var UNSAFE_NEW_ENUM_VALUE = "55P04";
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
    const skipped = [...plan.up.skippedData, ...(plan.down?.skippedData ?? []).map((r) => `down: ${r}`)];
    try {
      await runOneMigration(ctx, plan, result, outerXid);
      if (skipped.length) {
        result.reasons.push(...skipped.map((r) => `data step not run (its SQL is built at run time; the rest ran): ${r}`));
        if (result.verdict === "verified") result.verdict = "unverified";
      }
    } catch (e) {
      const traces = e.traces;
      if (traces && result.statements.length === 0) result.statements = traces;
      if (e instanceof LeftTransaction) dead = e.message;
      else if (e instanceof SessionLost) dead = e.timedOut ? `the embedded database was stopped after ${Math.round(ctx.statementTimeoutMs / 1e3)} s (wall-clock timeout)` : e.message;
      else {
        const c = classifyError(e, ctx.quotesServerData);
        if (c.lost) dead = c.reason;
        else {
          result.verdict = "failed";
          result.reasons.push(`internal error: ${c.reason}`);
          await ctx.session.query(ctx.perMigrationTransaction ? "ROLLBACK" : `ROLLBACK TO SAVEPOINT migration_guard_${ctx.token}_m`).catch(() => void 0);
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
  let xid = await outerXid();
  const sp = `migration_guard_${ctx.token}_m`;
  await q(`SAVEPOINT ${sp}`);
  const tables = touchedTables([...m.up, ...m.down ?? []]);
  const session = await readSession(ctx);
  const before = await snapshot(ctx);
  const dataBefore = await fingerprints(ctx, tables);
  const aq = ctx.appQueries?.queries.length ? ctx.appQueries : null;
  const aqBefore = aq ? await prepareEach(ctx, aq) : null;
  let aqUp = null;
  const appVerdict = (afterDown2, rollbackNotChecked) => {
    if (aq && aqBefore && aqUp) result.appQueries = appQueryVerdict(aq, aqBefore, aqUp, afterDown2, afterDown2 ? void 0 : rollbackNotChecked);
  };
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
  await resetSession(ctx, session);
  const upChanges = diffSnapshots(before, await snapshot(ctx), "change");
  if (aq) aqUp = await prepareEach(ctx, aq);
  if (ctx.perMigrationTransaction) {
    await q("COMMIT");
    await q("BEGIN");
    xid = await outerXid();
  }
  await q(`SAVEPOINT ${sp}_up`);
  if (!plan.down) {
    result.roundTrip = { status: "no-down", upChanges, diff: [], dataDiff: [] };
    result.reasons.push(m.downIrreversible ? `the down part declares itself irreversible: ${m.downIrreversible.reason}` : "no down part to verify rollback");
    appVerdict(null, "no down part");
    result.verdict = "unverified";
    await q(`RELEASE SAVEPOINT ${sp}_up`);
    await finish(true);
    return;
  }
  if (plan.down.unrenderable.length) {
    result.roundTrip = { status: "not-run", upChanges, diff: [], dataDiff: [], error: plan.down.unrenderable.join("; ") };
    result.reasons.push(...plan.down.unrenderable.map((r) => `cannot render down: ${r}`));
    appVerdict(null, "the down could not be rendered");
    result.verdict = "unverified";
    await q(`RELEASE SAVEPOINT ${sp}_up`);
    await finish(true);
    return;
  }
  const down = await runDirection(ctx, plan.down, xid, false);
  if (down.failure && down.failure.code === UNSAFE_NEW_ENUM_VALUE && !ctx.perMigrationTransaction) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    const why = `the down uses an enum value the up added, which PostgreSQL allows only after a commit; the dry-run keeps everything in one uncommitted transaction, so this down needs a commit between up and down to be verified (${locationOf(down.failure)}: ${down.failure.reason})`;
    result.roundTrip = { status: "not-run", upChanges, diff: [], dataDiff: [], error: "needs a commit between up and down" };
    result.reasons.push(why);
    result.verdict = "unverified";
    appVerdict(null, "the down needs a commit between up and down");
    await finish(true);
    return;
  }
  if (down.failure) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    result.roundTrip = { status: "down-failed", upChanges, diff: [], dataDiff: [], error: `${locationOf(down.failure)}: ${down.failure.reason}` };
    result.reasons.push(`down failed at ${locationOf(down.failure)}: ${down.failure.reason}`);
    appVerdict(null, "the down failed");
    result.verdict = "failed";
    await finish(true);
    return;
  }
  const refusedDown = down.traces.filter((x) => x.status === "refused" && !x.benign);
  for (const t of refusedDown) result.reasons.push(`refused in down at ${locationOf(t)}: ${t.reason}`);
  await resetSession(ctx, session);
  const afterDown = await snapshot(ctx);
  appVerdict(aq ? await prepareEach(ctx, aq) : null);
  const allDiff = diffSnapshots(before, afterDown);
  const reported = ctx.columnOrder === "fail" ? [] : allDiff.filter((d) => / column order changed: /.test(d));
  const diff = allDiff.filter((d) => !reported.includes(d));
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
  await resetSession(ctx, session);
  if (diff.length || dataDiff.length) {
    result.roundTrip = { status: "mismatch", upChanges, diff, dataDiff, ...reported.length ? { reported } : {} };
    if (diff.length) result.reasons.push(`down does not restore the schema: ${diff.slice(0, 3).join("; ")}${diff.length > 3 ? ` (+${diff.length - 3} more)` : ""}`);
    if (dataDiff.length) result.reasons.push(`down loses data: ${dataDiff.join("; ")}`);
    result.verdict = "failed";
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    await finish(true);
    return;
  }
  result.roundTrip = { status: "verified", upChanges, diff: [], dataDiff: [], ...reported.length ? { reported } : {} };
  await q(`RELEASE SAVEPOINT ${sp}_up`);
  if (refused.length === 0 && refusedDown.length === 0) result.verdict = "verified";
  else result.verdict = "unverified";
  await finish(true);
}

export {
  SessionLost,
  savepointToken,
  runPrMigrations
};
