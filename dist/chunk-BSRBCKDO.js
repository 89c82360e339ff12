#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  SessionLost,
  runPrMigrations,
  savepointToken
} from "./chunk-COKSMJCG.js";
import "./chunk-ZCAD2GR2.js";
import {
  extensionsIn,
  guardPostgres
} from "./chunk-LMJMAK2T.js";
import "./chunk-CXD6VCVI.js";
import "./chunk-TN672BLV.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/dryrun/pglite.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  try {
    const { PGlite } = require(workerData.pglitePath);
    const extensions = {};
    for (const [name, file] of Object.entries(workerData.extensions)) {
      const mod = require(file);
      extensions[name] = mod[name] ?? mod[Object.keys(mod)[0]];
    }
    const options = { extensions };
    if (workerData.dataDir) options.loadDataDir = new Blob([workerData.dataDir]);
    const db = await PGlite.create(options);
    parentPort.on('message', async (msg) => {
      try {
        if (msg.type === 'dump') {
          const file = await db.dumpDataDir('none');
          const buf = new Uint8Array(await file.arrayBuffer());
          parentPort.postMessage({ id: msg.id, ok: true, data: buf }, [buf.buffer]);
          return;
        }
        if (msg.type === 'exec') {
          await db.exec(msg.sql);
          parentPort.postMessage({ id: msg.id, ok: true, rows: [], rowCount: null });
          return;
        }
        const results = await db.exec(msg.sql);
        const last = results[results.length - 1] || { rows: [] };
        // Rows affected only mean something for DML (DDL reports none, as pg does).
        const dml = ['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'COPY'].includes(last.command);
        const rowCount = dml ? (last.affectedRows || 0) : last.command === 'SELECT' ? last.rows.length : null;
        parentPort.postMessage({ id: msg.id, ok: true, rows: last.rows, rowCount });
      } catch (e) {
        parentPort.postMessage({ id: msg.id, ok: false, error: { message: String(e && e.message || e), code: e && e.code } });
      }
    });
    parentPort.postMessage({ type: 'ready' });
  } catch (e) {
    parentPort.postMessage({ type: 'fatal', message: String(e && e.stack || e) });
  }
})();
`;
var PgliteWorker = class {
  worker;
  nextId = 1;
  pending = /* @__PURE__ */ new Map();
  dead = null;
  ready;
  constructor(extensions, dataDir) {
    const pglitePath = pgliteMain();
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { pglitePath, extensions, dataDir } });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on("message", (msg) => {
        if (msg.type === "ready") return resolve();
        if (msg.type === "fatal") {
          this.dead = msg.message ?? "PGlite failed to start";
          return reject(new Error(`PGlite failed to start: ${msg.message}`));
        }
        const p = msg.id !== void 0 ? this.pending.get(msg.id) : void 0;
        if (!p) return;
        this.pending.delete(msg.id);
        if (p.timer) clearTimeout(p.timer);
        if (msg.ok) p.resolve({ rows: msg.rows ?? [], rowCount: msg.rowCount ?? null, data: msg.data });
        else p.reject(Object.assign(new Error(msg.error?.message ?? "query failed"), { code: msg.error?.code }));
      });
      this.worker.on("error", (e) => {
        this.fail(`PGlite worker crashed: ${e.message}`);
        reject(e);
      });
      this.worker.on("exit", () => this.fail("PGlite worker exited"));
    });
  }
  fail(reason, timedOut = false) {
    if (this.dead) return;
    this.dead = reason;
    for (const p of this.pending.values()) {
      if (p.timer) clearTimeout(p.timer);
      p.reject(new SessionLost(reason, timedOut));
    }
    this.pending.clear();
  }
  send(type, sql, timeoutMs) {
    if (this.dead) return Promise.reject(new SessionLost(this.dead));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = timeoutMs ? setTimeout(() => {
        this.fail(`statement ran longer than ${Math.round(timeoutMs / 100) / 10} s (wall-clock limit); the embedded database was stopped`, true);
        void this.worker.terminate();
      }, timeoutMs) : null;
      this.pending.set(id, { resolve, reject, timer });
      this.worker.postMessage({ id, type, sql });
    });
  }
  async query(sql, opts = {}) {
    const r = await this.send("query", sql, opts.timeoutMs ?? 12e4);
    return { rows: r.rows, rowCount: r.rowCount };
  }
  async exec(sql, timeoutMs) {
    await this.send("exec", sql, timeoutMs);
  }
  async dump() {
    const r = await this.send("dump", "", 6e4);
    return r.data;
  }
  async close() {
    this.fail("closed");
    await this.worker.terminate();
  }
};
function pgliteMain() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, "pglite", "index.cjs");
  if (existsSync(bundled)) return bundled;
  return createRequire(import.meta.url).resolve("@electric-sql/pglite");
}
function availableExtensions() {
  const out = /* @__PURE__ */ new Map();
  try {
    const main = pgliteMain();
    const contrib = path.join(path.dirname(main), "contrib");
    for (const f of readdirSync(contrib)) {
      if (!f.endsWith(".cjs")) continue;
      const base = f.replace(/\.cjs$/, "");
      out.set(base, path.join(contrib, f));
      out.set(base.replace(/_/g, "-"), path.join(contrib, f));
    }
    const vector = path.join(path.dirname(main), "vector.cjs");
    if (existsSync(vector)) out.set("vector", vector);
  } catch {
  }
  return out;
}
function pgliteVersion() {
  try {
    const bundled = path.join(path.dirname(pgliteMain()), "VERSION");
    if (existsSync(bundled)) return readFileSync(bundled, "utf8").trim();
    const pkg = path.join(path.dirname(pgliteMain()), "..", "package.json");
    return existsSync(pkg) ? String(JSON.parse(readFileSync(pkg, "utf8")).version ?? "unknown") : "unknown";
  } catch {
    return "unknown";
  }
}
function cacheBase(dir) {
  const legacy = process.env.MIGRATION_GUARD_CACHE;
  return dir ?? (process.env.MIGRATION_GUARD_CACHE_DIR || (legacy && legacy.toLowerCase() !== "off" ? legacy : path.join(os.tmpdir(), "migration-guard")));
}
var cachingOff = () => (process.env.MIGRATION_GUARD_CACHE ?? "").toLowerCase() === "off";
function cachePath(dir) {
  return path.join(cacheBase(dir), `pglite-${pgliteVersion()}-datadir.tar`);
}
var REPLAY_VERSION = 3;
function historyKey(files, setup = []) {
  const h = createHash("sha256");
  h.update(`${pgliteVersion()}\0${REPLAY_VERSION}\0`);
  for (const sql of setup) h.update(`setup\0${sql}\0`);
  for (const f of files) h.update(`${f.file}\0${f.text}\0`);
  return h.digest("hex").slice(0, 24);
}
function historyPath(dir, key) {
  return path.join(cacheBase(dir), `pglite-${pgliteVersion()}-history-${key}.tar`);
}
function writeCache(file, data) {
  if (cachingOff()) return;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
  }
}
function readCache(file) {
  if (cachingOff()) return null;
  try {
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
  } catch {
    return null;
  }
}
function readFailures(file) {
  const bytes = readCache(file);
  if (!bytes) return null;
  try {
    const value = JSON.parse(Buffer.from(bytes).toString("utf8"));
    const list = value?.failed;
    if (!Array.isArray(list)) return null;
    const ok = list.every((f) => f && typeof f === "object" && ["id", "file", "error"].every((k) => typeof f[k] === "string"));
    return ok ? list : null;
  } catch {
    return null;
  }
}
async function startPglite(extensionNames, cacheDir, key) {
  const started = performance.now();
  const available = availableExtensions();
  const extensions = {};
  for (const name of extensionNames) {
    const file = available.get(name);
    if (file) extensions[name.replace(/-/g, "_")] = file;
  }
  const historyFailed = key ? readFailures(`${historyPath(cacheDir, key)}.json`) : null;
  const historyData = key && historyFailed ? readCache(historyPath(cacheDir, key)) : null;
  let dataDir = historyData ?? readCache(cachePath(cacheDir));
  let db = new PgliteWorker(extensions, dataDir);
  try {
    await db.ready;
  } catch (e) {
    if (!dataDir) throw e;
    dataDir = null;
    db = new PgliteWorker(extensions, null);
    await db.ready;
  }
  if (!dataDir) {
    try {
      writeCache(cachePath(cacheDir), await db.dump());
    } catch {
    }
  }
  const historyLoaded = dataDir !== null && dataDir === historyData;
  return { db, coldStartMs: Math.round(performance.now() - started), cached: dataDir !== null, historyLoaded, historyFailed: historyLoaded ? historyFailed : [] };
}
function isSessionSetting(sql) {
  return /^\s*SET\s+(?!LOCAL\b)(?:SESSION\s+)?[A-Za-z_][\w.]*\s*(?:=|\bTO\b)[^;]*;?\s*$/i.test(sql);
}
async function runSetup(db, setup, statementTimeoutMs, problems) {
  let failed = 0;
  for (const [i, sql] of setup.entries()) {
    const where = `dryRun.setup${setup.length > 1 ? `[${i}]` : ""}`;
    const d = await guardPostgres(sql, [], { embedded: true });
    if (d.action === "refuse") {
      problems.push(`${where} was not run: ${d.reason}`);
      failed++;
      continue;
    }
    try {
      await db.exec(`BEGIN;
${d.sql};
COMMIT;`, statementTimeoutMs);
    } catch (e) {
      if (e instanceof SessionLost) throw e;
      await db.exec("ROLLBACK").catch(() => void 0);
      problems.push(`${where} failed: ${e.message}`);
      failed++;
    }
  }
  return failed;
}
async function runPglite(plans, history, opts) {
  const setup = opts.setup ?? [];
  const statements = [...setup, ...[...history, ...plans].flatMap((p) => [...p.up.statements, ...p.down?.statements ?? []].map((s) => s.sql))];
  const wanted = (await extensionsIn(statements)).filter((e) => availableExtensions().has(e));
  let started;
  if (opts.prestarted) {
    started = await opts.prestarted;
    if (wanted.length) {
      await started.db.close();
      started = await startPglite(wanted, opts.cacheDir, opts.historyKey);
    }
  } else started = await startPglite(wanted, opts.cacheDir, opts.historyKey);
  const { db, coldStartMs } = started;
  const problems = [];
  const warnings = [];
  try {
    opts.progress(`PGlite ready in ${coldStartMs} ms; ${started.historyLoaded ? `base history (${history.length} migrations) loaded from cache` : `replaying ${history.length} base-branch migration${history.length === 1 ? "" : "s"}`}`);
    const historyStart = performance.now();
    const fromCache = started.historyLoaded;
    const setupFailed = await runSetup(db, fromCache ? setup.filter(isSessionSetting) : setup, opts.statementTimeoutMs, problems);
    const failed = [];
    let replayed = 0;
    const batches = [];
    for (const plan of history) {
      const m = plan.migration;
      if (plan.up.unrenderable.length) {
        failed.push({ id: m.id, file: m.file, error: `cannot render: ${plan.up.unrenderable[0]}` });
        continue;
      }
      const parts = [];
      for (const st of plan.up.statements) {
        const d = await guardPostgres(st.sql, st.ops, { embedded: true });
        if (d.action !== "refuse") parts.push(d.sql);
      }
      batches.push({ plan, sql: parts.length ? `${parts.join(";\n")};` : "", statements: parts.length, parts });
    }
    const totalStatements = batches.reduce((n, b) => n + b.statements, 0);
    let allAtOnce = failed.length === 0;
    if (fromCache) {
      failed.length = 0;
      failed.push(...started.historyFailed);
      replayed = history.length - failed.length;
      batches.length = 0;
      allAtOnce = true;
    }
    if (allAtOnce && batches.length > 1) {
      try {
        await db.exec(`BEGIN;
${batches.map((b) => b.sql).join("\n")}
COMMIT;`, opts.statementTimeoutMs * Math.max(1, totalStatements));
        replayed = batches.length;
      } catch (e) {
        if (e instanceof SessionLost) throw e;
        await db.exec("ROLLBACK").catch(() => void 0);
        allAtOnce = false;
      }
    } else allAtOnce = false;
    if (!allAtOnce) {
      for (const [i, b] of batches.entries()) {
        if (i > 0 && i % 50 === 0) opts.progress(`replayed ${i}/${history.length} base-branch migrations`);
        try {
          if (b.plan.migration.transactional) await db.exec(`BEGIN;
${b.sql}
COMMIT;`, opts.statementTimeoutMs * Math.max(1, b.statements));
          else for (const part of b.parts) await db.exec(part, opts.statementTimeoutMs);
          replayed++;
        } catch (e) {
          if (e instanceof SessionLost) throw e;
          await db.exec("ROLLBACK").catch(() => void 0);
          failed.push({ id: b.plan.migration.id, file: b.plan.migration.file, error: e.message });
        }
      }
    }
    const historyMs = Math.round(performance.now() - historyStart);
    const transient = failed.some((f) => /statement timeout|canceling statement/i.test(f.error));
    if (!fromCache && opts.historyKey && history.length > 0 && !transient && setupFailed === 0) {
      const file = historyPath(opts.cacheDir, opts.historyKey);
      writeCache(`${file}.json`, JSON.stringify({ failed }));
      writeCache(file, await db.dump());
    }
    if (failed.length) warnings.push(`${failed.length} base-branch migration${failed.length > 1 ? "s" : ""} did not replay on PGlite (first: ${failed[0].id}: ${failed[0].error})`);
    const ctx = {
      session: db,
      xidFunction: "pg_current_xact_id_if_assigned",
      realDurations: false,
      perMigrationTransaction: true,
      statementTimeoutMs: opts.statementTimeoutMs,
      progress: opts.progress,
      historyIncomplete: failed.length > 0,
      token: savepointToken(),
      columnOrder: opts.columnOrder,
      appQueries: opts.appQueries
    };
    const { results, problems: runProblems } = await runPrMigrations(ctx, plans, async () => String((await db.query("SELECT pg_current_xact_id()::text AS xid")).rows[0].xid));
    problems.push(...runProblems);
    return {
      serverVersion: `PGlite ${pgliteVersion()}`,
      history: { count: history.length, replayed, failed, durationMs: historyMs, fromCache },
      versionTable: null,
      migrations: results,
      problems,
      warnings,
      coldStartMs
    };
  } finally {
    await db.close().catch(() => void 0);
  }
}
export {
  PgliteWorker,
  availableExtensions,
  historyKey,
  runPglite,
  startPglite
};
