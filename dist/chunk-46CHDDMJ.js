#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

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
    if (real && !this.contains(real)) {
      this.roots.push(real);
      this.realDirs.clear();
    }
  }
  /** The real path is inside one of the allowed roots. */
  contains(real) {
    return this.roots.some((r) => isWithin(r, real));
  }
  /** Real path of each directory asked about (null: does not resolve), so each is resolved once. */
  realDirs = /* @__PURE__ */ new Map();
  /** The path resolves (through any symlinks) to a regular file inside the scope. */
  isReadableFile(abs) {
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      return false;
    }
    if (st.isFile()) {
      const dir = path.dirname(abs);
      let known = this.realDirs.get(dir);
      if (known === void 0) {
        const real2 = realPath(dir);
        this.realDirs.set(dir, known = real2 === null ? null : { real: real2, inside: this.contains(real2) });
      }
      return known !== null && (known.inside || this.contains(path.join(known.real, path.basename(abs))));
    }
    if (!st.isSymbolicLink()) return false;
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
function readInsideRepository(root, abs, maxBytes) {
  const real = realPath(abs);
  if (!real) return { ok: false, missing: true, reason: "not found" };
  if (root && !isWithin(root, real)) return { ok: false, outside: true, reason: "resolves outside the repository" };
  return readRegularFile(real, maxBytes);
}

export {
  repositoryRoot,
  realPath,
  isWithin,
  ReadScope,
  readRegularFile,
  entryKind,
  readInsideRepository
};
