#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  previewSql,
  renderOps
} from "./chunk-PFRLOGIN.js";
import {
  redactUrl
} from "./chunk-N2WL7UNC.js";
import {
  originLabel
} from "./chunk-PAX3TBYW.js";
import {
  loadSnapshot
} from "./chunk-FLWBGHSF.js";
import {
  loadMigrations
} from "./chunk-GHAFTEEZ.js";
import {
  discover
} from "./chunk-C3PIDPWZ.js";
import {
  breaksAppQuery
} from "./chunk-OO7SZFY3.js";
import {
  readInsideRepository,
  realPath,
  repositoryRoot
} from "./chunk-46CHDDMJ.js";
import {
  splitPostgres
} from "./chunk-TN672BLV.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";
import {
  splitMysqlStatements
} from "./chunk-H6TE6QOH.js";
import {
  LineIndex
} from "./chunk-2EGIIKF2.js";

// src/dryrun/index.ts
import { readFileSync } from "node:fs";
import path from "node:path";

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
  return { statements: statements.filter((s) => s.sql.trim() !== ""), unrenderable: [], skippedData: [] };
}
function planOrm(ops, m) {
  const r = renderOps(ops, m.dialect);
  const data = r.unrenderable.filter((u) => u.op.kind === "dml");
  const unrenderable = r.unrenderable.filter((u) => u.op.kind !== "dml");
  return { plan: { statements: r.statements, unrenderable: unrenderable.map((u) => u.reason), skippedData: data.map((u) => u.reason) }, preview: previewSql(r) };
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
function migrationPaths(cwd, found, migrations) {
  const skip = /* @__PURE__ */ new Set();
  const addDir = (dir) => {
    if (dir && dir !== "." && !dir.startsWith("..")) skip.add(dir);
  };
  for (const d of found ?? []) {
    skip.add(d.file);
    if (d.downFile) skip.add(d.downFile);
    addDir(path.posix.dirname(d.file));
    addDir(path.relative(cwd, d.root).split(path.sep).join("/"));
  }
  for (const m of migrations) {
    skip.add(m.file);
    addDir(path.posix.dirname(m.file));
  }
  return [...skip];
}
async function appQueriesFor(opts, config, found, migrations, warnings, dialect) {
  let snapshot = opts.snapshot ?? null;
  if (opts.snapshot === void 0 && config.stats) {
    try {
      snapshot = loadSnapshot(opts.cwd, config.stats);
    } catch (e) {
      warnings.push(`breaks-app-query: the statistics snapshot could not be read, so only the code's queries were checked: ${e.message}`);
    }
  }
  const { collectAppQueries } = await import("./chunk-67YGC5H6.js");
  const { guardAppQueries } = await import("./chunk-MPJ5NLV6.js");
  const collection = await collectAppQueries({ cwd: opts.cwd, code: config.code, skip: migrationPaths(opts.cwd, found, migrations), snapshot, cap: opts.appQueryCap, dialect });
  const guarded = dialect === "postgres" ? await guardAppQueries(collection) : null;
  return { collection, guarded };
}
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
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m|h)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`invalid duration '${text}' (use e.g. 500ms, 5s, 2min)`);
  const factor = { ms: 1, s: 1e3, sec: 1e3, min: 6e4, m: 6e4, h: 36e5 };
  return Number(m[1]) * factor[(m[2] ?? "ms").toLowerCase()];
}
function resolveUrl(value) {
  if (!value) return void 0;
  const env = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(value);
  return env ? process.env[env[1]] : value;
}
function readSetupFile(cwd, file) {
  const read = readInsideRepository(realPath(repositoryRoot(cwd)), path.resolve(cwd, file), 64 * 1024 * 1024);
  if (!read.ok) throw new UsageError(`dryRun.setupFiles: ${file}: ${read.reason}${"outside" in read ? "; refusing to read it" : ""}`);
  return read.bytes.toString("utf8");
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
  const setup = [...config.dryRun.setup === void 0 ? [] : [config.dryRun.setup].flat(), ...(config.dryRun.setupFiles ?? []).map((f) => readSetupFile(opts.cwd, f))].filter((sql) => sql.trim() !== "");
  if (setup.length && engine !== "pglite") throw new UsageError(`dryRun.setup is for the embedded engine (pglite) only: a ${engine} server already has the objects the deployment creates`);
  const statementTimeoutMs = opts.statementTimeoutMs ?? parseDuration(config.dryRun.statementTimeout, 3e4);
  const lockTimeoutMs = opts.lockTimeoutMs ?? parseDuration(config.dryRun.lockTimeout, 2e3);
  let migrations = opts.migrations;
  let sources = opts.sources;
  let found = null;
  if (!migrations) found = discover({ cwd: opts.cwd, paths: opts.paths, changedFiles: opts.changedFiles, base: opts.base, config });
  let prestarted;
  let key;
  if (engine === "pglite") {
    const pglite = await import("./chunk-BSRBCKDO.js");
    const historyFiles = found ? found.filter((d) => !d.isNew).map((d) => ({ file: d.file, text: safeRead(d.abs) })) : migrations.filter((m) => !m.isNew).map((m) => ({ file: m.file, text: sources?.(m.file) ?? JSON.stringify(m.up) }));
    key = pglite.historyKey(historyFiles, setup);
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
  const appSeverity = config.ruleSeverity["breaks-app-query"] ?? "error";
  const appWarnings = [];
  const app = appSeverity !== "off" && opts.appQueries !== false && migrations.some((m) => m.isNew) ? await appQueriesFor(opts, config, found, migrations, appWarnings, engine === "mysql" ? "mysql" : "postgres") : null;
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
      const { coldStartMs: _cold, ...rest } = await (await import("./chunk-BSRBCKDO.js")).runPglite(prPlans, history, { statementTimeoutMs, progress, cacheDir: opts.cacheDir, prestarted, historyKey: key, columnOrder: opts.columnOrder, appQueries: app?.guarded ?? void 0, setup });
      void _cold;
      out = rest;
    } catch (e) {
      if (/PGlite failed to start|Cannot find module/.test(e.message)) throw new DryRunConnectionError(`the embedded PostgreSQL (PGlite) could not start: ${e.message}`);
      throw e;
    }
  } else if (engine === "postgres") {
    try {
      out = await (await import("./chunk-UAPVPPOP.js")).runPostgres(prPlans, migrations, { databaseUrl, statementTimeoutMs, lockTimeoutMs, progress, allowSuperuser: opts.allowSuperuser, columnOrder: opts.columnOrder, appQueries: app?.guarded ?? void 0 });
    } catch (e) {
      throw new DryRunConnectionError(`cannot dry-run on ${redactUrl(databaseUrl)}: ${e.message}`);
    }
  } else {
    try {
      out = await (await import("./chunk-UE77D3CB.js")).runMysql(prPlans, migrations, { databaseUrl, statementTimeoutMs, lockTimeoutMs, progress, columnOrder: opts.columnOrder, appQueries: app?.collection });
    } catch (e) {
      if (e instanceof DryRunConnectionError) throw e;
      throw new DryRunConnectionError(`cannot dry-run on ${redactUrl(databaseUrl)}: ${e.message}`);
    }
  }
  if (appWarnings.length) out.warnings = [...out.warnings ?? [], ...appWarnings];
  const appSilent = app && app.collection.found === 0 && app.collection.refused.length === 0 && Object.keys(app.collection.skipped).length === 0 && !config.stats && opts.snapshot == null;
  if (app && !appSilent) {
    const { queries: _q, ...summary } = app.collection;
    void _q;
    const note = summary.found > summary.cap ? `${summary.found} distinct queries found; the first ${summary.cap} were checked (the busiest captured statements first, then code in file order)` : summary.note;
    const checked = app.guarded ? app.guarded.queries.length : app.collection.queries.length - app.collection.refused.length;
    out.appQueries = { ...summary, ...note ? { note } : {}, checked, severity: appSeverity };
  }
  const appBroken = appSeverity === "error" && out.migrations.some((m) => (m.appQueries?.broken.length ?? 0) > 0);
  const ok = out.problems.length === 0 && out.migrations.length > 0 && out.migrations.every((m) => m.verdict === "verified") && !appBroken;
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
  const found = appQueryFindings(result);
  report.findings.push(...found);
  for (const f of found) report.summary[f.severity === "error" ? "errors" : f.severity === "warning" ? "warnings" : "infos"]++;
  return report;
}
function breakingLine(statements, b) {
  const first = statements[0]?.line ?? 1;
  const name = /["'`]([^"'`]+)["'`]/.exec(b.error)?.[1];
  if (b.phase !== "upgrade" || !name) return first;
  const word = new RegExp(`(^|[^A-Za-z0-9_$])"?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"?($|[^A-Za-z0-9_$])`, "i");
  return statements.find((s) => s.status !== "refused" && word.test(s.sql))?.line ?? first;
}
function appQueryFindings(result) {
  const severity = result.appQueries?.severity ?? "error";
  const out = [];
  for (const m of result.migrations) {
    for (const b of m.appQueries?.broken ?? []) {
      const line = breakingLine(m.statements, b);
      const origins = b.origins.map(originLabel);
      const text = b.phase === "upgrade" ? breaksAppQuery.afterUpgrade(b.query, origins, b.error) : breaksAppQuery.afterRollback(b.query, origins, b.error, b.addedByChange === true);
      out.push({ ruleId: "breaks-app-query", severity, file: m.file, line, endLine: line, column: 1, message: text.message, suggestion: text.suggestion, migration: m.id });
    }
  }
  return out;
}

export {
  parseDuration,
  chooseEngine,
  runDryRun,
  DryRunConnectionError,
  applyDryRunToReport,
  appQueryFindings
};
