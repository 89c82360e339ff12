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
import { existsSync as existsSync2 } from "node:fs";
import path2 from "node:path";

// src/discover/safe-fs.ts
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
function repositoryRoot(cwd) {
  let dir = path.resolve(cwd);
  for (; ; ) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(cwd);
    dir = parent;
  }
}
function realPath(abs) {
  try {
    return realpathSync.native(abs);
  } catch {
    return null;
  }
}
function isWithin(dir, abs) {
  const rel = path.relative(dir, abs);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
var ReadScope = class {
  roots = [];
  constructor(root) {
    this.roots.push(realPath(root) ?? path.resolve(root));
  }
  /** Lets the user's own command-line path be read even when it lies outside the repository. */
  allow(abs) {
    const real = realPath(abs);
    if (real && !this.contains(real)) this.roots.push(real);
  }
  /** The real path is inside one of the allowed roots. */
  contains(real) {
    return this.roots.some((r) => isWithin(r, real));
  }
  /** The path resolves (through any symlinks) to a regular file inside the scope. */
  isReadableFile(abs) {
    const real = realPath(abs);
    if (!real || !this.contains(real)) return false;
    try {
      return statSync(real).isFile();
    } catch {
      return false;
    }
  }
};
function readRegularFile(abs, maxBytes) {
  let fd;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, reason: `cannot read the file: ${e.code ?? e.message}` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: "not a regular file (a FIFO, socket, device or directory)" };
    if (st.size > maxBytes) return { ok: false, reason: `the file is ${Math.round(st.size / 1048576)} MB, over the ${Math.round(maxBytes / 1048576)} MB limit` };
    const bytes = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, bytes, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { ok: true, bytes: bytes.subarray(0, off), size: off };
  } catch (e) {
    return { ok: false, reason: `cannot read the file: ${e.code ?? e.message}` };
  } finally {
    closeSync(fd);
  }
}
function entryKind(abs, isSymlink) {
  try {
    const st = isSymlink ? statSync(abs) : lstatSync(abs);
    if (st.isFile()) return "file";
    if (st.isDirectory()) return "dir";
    return null;
  } catch {
    return null;
  }
}

// src/config.ts
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
  const abs = path2.resolve(cwd, file);
  if (!existsSync2(abs)) {
    if (explicit) throw new UsageError(`config file not found: ${explicit}`);
    return { config: {}, source: null };
  }
  if (!explicit) {
    const root = realPath(repositoryRoot(cwd));
    const real = realPath(abs);
    if (!root || !real || !isWithin(root, real)) throw new UsageError(`${file}: resolves outside the repository (a symlink leaving it); refusing to read it`);
  }
  const read = readRegularFile(abs, 1024 * 1024);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}`);
  const [yaml, { validateConfig }] = await Promise.all([import("./chunk-TIGEBK4V.js"), import("./chunk-K2G5TYDZ.js")]);
  const parseYaml = commonJsExports(yaml, "parse").parse;
  let raw;
  try {
    raw = parseYaml(read.bytes.toString("utf8"));
  } catch (e) {
    throw new UsageError(`${file}: not valid YAML: ${e.message.split("\n")[0]}`);
  }
  return { config: validateConfig(raw, file), source: file };
}
function repoRelativePath(value, key, source) {
  const posix = value.replace(/\\/g, "/");
  if (value === "" || posix.startsWith("/") || /^[A-Za-z]:/.test(posix) || posix.split("/").includes("..") || value.includes("\0")) {
    throw new UsageError(`${source ?? "config"}: '${key}': '${value.replace(/[\0-\x1f]/g, "?")}' must be a path inside the repository (relative, without '..')`);
  }
  return value;
}
function resolveConfig(file, source, overrides = {}) {
  (file.migrations ?? []).forEach((m, i) => repoRelativePath(typeof m === "string" ? m : m.path, `migrations.${i}`, source));
  (file.code?.include ?? []).forEach((p, i) => repoRelativePath(p, `code.include.${i}`, source));
  (file.code?.exclude ?? []).forEach((p, i) => repoRelativePath(p, `code.exclude.${i}`, source));
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
  repositoryRoot,
  realPath,
  isWithin,
  ReadScope,
  readRegularFile,
  entryKind,
  UsageError,
  loadConfigFile,
  resolveConfig
};
