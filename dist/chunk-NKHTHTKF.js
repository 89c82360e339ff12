#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  StatsCaptureError,
  captureStats
} from "./chunk-6BX23DCO.js";
import {
  redactUrl
} from "./chunk-N2WL7UNC.js";
import {
  repoRelativePath
} from "./chunk-OO7SZFY3.js";
import {
  isWithin,
  realPath
} from "./chunk-46CHDDMJ.js";
import "./chunk-CRKUYG6O.js";
import "./chunk-CXD6VCVI.js";
import "./chunk-PHRMLEFE.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/stats/action.ts
import { lstatSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
var DEFAULT_STATS_FILE = ".migration-guard/stats.json";
async function runStatsStep(opts, io) {
  if (!opts.databaseUrl) throw new UsageError("mode 'stats' needs the input 'database-url' (the production database or a replica, from a secret)");
  io.setSecret(opts.databaseUrl);
  try {
    const password = new URL(opts.databaseUrl).password;
    if (password) {
      io.setSecret(password);
      io.setSecret(decodeURIComponent(password));
    }
  } catch {
  }
  const rel = repoRelativePath(opts.output, "stats-output", "action input");
  const abs = path.resolve(opts.workspace, rel);
  const root = realPath(opts.workspace);
  const inside = () => {
    let at = path.dirname(abs);
    for (; ; ) {
      try {
        lstatSync(at);
        break;
      } catch {
        at = path.dirname(at);
      }
    }
    const real = realPath(at);
    return Boolean(root && real && isWithin(root, real));
  };
  const outside = () => new UsageError(`input 'stats-output': ${rel} resolves outside the workspace (a symlink on its path); refusing to write it`);
  if (!inside()) throw outside();
  let existing = null;
  try {
    existing = lstatSync(abs);
  } catch {
    existing = null;
  }
  if (existing && !existing.isFile()) throw new UsageError(`input 'stats-output': ${rel} exists and is not a regular file; refusing to write it`);
  let snapshot;
  try {
    snapshot = await captureStats({ databaseUrl: opts.databaseUrl, requireLeastPrivilege: opts.requireLeastPrivilege, notice: (m) => io.notice(`migration-guard stats: ${m}`) });
  } catch (e) {
    if (!(e instanceof StatsCaptureError)) throw e;
    io.setFailed(`migration-guard: stats on ${redactUrl(opts.databaseUrl)}: ${e.message}`);
    return;
  }
  mkdirSync(path.dirname(abs), { recursive: true });
  if (!inside()) throw outside();
  const tmp = `${abs}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(snapshot, null, 2)}
`);
  renameSync(tmp, abs);
  io.setOutput("stats-file", rel);
  io.info(`migration-guard: wrote ${rel}: ${snapshot.tables.length} table${snapshot.tables.length === 1 ? "" : "s"}, ${snapshot.statements.length} statement text${snapshot.statements.length === 1 ? "" : "s"}`);
}
export {
  DEFAULT_STATS_FILE,
  runStatsStep
};
