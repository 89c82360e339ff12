#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  commonJsExports
} from "./chunk-YTE2OXMV.js";

// src/config.ts
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
var UsageError = class extends Error {
  name = "UsageError";
};
var CONFIG_FILE = ".migration-guard.yml";
function mysqlVersionNumber(v) {
  const [a = 0, b = 0, c = 0] = v.split(".").map(Number);
  return a * 1e4 + b * 100 + c;
}
async function loadConfigFile(cwd, explicit) {
  const file = explicit ?? CONFIG_FILE;
  const abs = path.resolve(cwd, file);
  if (!existsSync(abs)) {
    if (explicit) throw new UsageError(`config file not found: ${explicit}`);
    return { config: {}, source: null };
  }
  const [yaml, { validateConfig }] = await Promise.all([import("./chunk-TIGEBK4V.js"), import("./chunk-AWFPMJKC.js")]);
  const parseYaml = commonJsExports(yaml, "parse").parse;
  let raw;
  try {
    raw = parseYaml(readFileSync(abs, "utf8"));
  } catch (e) {
    throw new UsageError(`${file}: not valid YAML: ${e.message.split("\n")[0]}`);
  }
  return { config: validateConfig(raw, file), source: file };
}
function resolveConfig(file, source, overrides = {}) {
  const dialect = overrides.dialect ?? file.dialect ?? "postgres";
  return {
    dialect,
    dialectExplicit: Boolean(overrides.dialect ?? file.dialect),
    pgVersion: overrides.pgVersion ?? file.pgVersion ?? 15,
    mysqlVersion: file.mysqlVersion ? mysqlVersionNumber(file.mysqlVersion) : dialect === "mysql" ? file.mariadb ? 101100 : 80035 : null,
    mariadb: file.mariadb ?? false,
    failOn: overrides.failOn ?? file.failOn ?? "error",
    migrations: (file.migrations ?? []).map((m) => typeof m === "string" ? { path: m } : m),
    ruleSeverity: file.rules ?? {},
    lockTimeout: file.lockTimeout ?? null,
    deprecated: { tables: file.deprecated?.tables ?? [], columns: file.deprecated?.columns ?? [] },
    code: { include: file.code?.include ?? [], exclude: file.code?.exclude ?? [] },
    dryRun: file.dryRun ?? {},
    source
  };
}

export {
  UsageError,
  loadConfigFile,
  resolveConfig
};
