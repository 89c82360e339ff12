#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/wasm-tiering.ts
import { spawnSync } from "node:child_process";
import v8 from "node:v8";
function compileWasmForShortRuns() {
  v8.setFlagsFromString("--liftoff-only");
}
function relaunchForShortRun(entry, args) {
  if (process.execArgv.includes("--liftoff-only")) return null;
  const setting = process.env.MIGRATION_GUARD_RELAUNCH;
  if (setting === "0") return null;
  if (setting !== "1" && Number(process.versions.node.split(".")[0]) < 22) return null;
  const child = spawnSync(process.execPath, [...process.execArgv, "--liftoff-only", "--max-semi-space-size=16", entry, ...args], { stdio: "inherit", env: process.env });
  if (child.error) return null;
  if (child.signal) {
    process.kill(process.pid, child.signal);
    return 1;
  }
  return child.status ?? 1;
}

export {
  compileWasmForShortRuns,
  relaunchForShortRun
};
