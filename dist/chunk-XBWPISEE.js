#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  entryKind,
  isWithin,
  readRegularFile,
  realPath
} from "./chunk-46CHDDMJ.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";

// src/discover/files.ts
import { readdirSync } from "node:fs";
import path from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "dist", "build", "vendor", "__pycache__", ".venv", "venv", ".tox", "coverage"]);
function toPosix(p) {
  return p.split(path.sep).join("/");
}
function walk(root, limit = 2e5) {
  const out = [];
  const realRoot = realPath(root);
  if (realRoot === null) return out;
  const seenDirs = /* @__PURE__ */ new Set([realRoot]);
  const stack = [root];
  while (stack.length && out.length < limit) {
    const dir = stack.pop();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name < b.name ? 1 : -1);
    for (const e of entries) {
      const full = path.join(dir, e.name);
      let kind = e.isDirectory() ? "dir" : e.isFile() ? "file" : null;
      if (e.isSymbolicLink()) {
        const real = realPath(full);
        kind = real !== null && isWithin(realRoot, real) ? entryKind(full, true) : null;
        if (kind === "dir") {
          if (seenDirs.has(real)) continue;
          seenDirs.add(real);
        }
      }
      if (kind === "dir") {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) stack.push(full);
      } else if (kind === "file") out.push(full);
    }
  }
  return out.sort();
}
var globSteps = 0;
function segmentMatches(glob, text) {
  let g = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    globSteps++;
    if (g < glob.length && (glob[g] === "?" || glob[g] === text[t])) {
      g++;
      t++;
    } else if (g < glob.length && glob[g] === "*") {
      star = g++;
      mark = t;
    } else if (star !== -1) {
      g = star + 1;
      t = ++mark;
    } else return false;
  }
  while (g < glob.length && glob[g] === "*") g++;
  return g === glob.length;
}
function globToRegExp(glob) {
  const parts = glob.split("/");
  return {
    test(path3) {
      const segs = path3.split("/");
      let reach = new Uint8Array(segs.length + 1);
      reach[0] = 1;
      for (const part of parts) {
        const next = new Uint8Array(segs.length + 1);
        if (part === "**") {
          let any = 0;
          for (let j = 0; j <= segs.length; j++) {
            any |= reach[j];
            next[j] = any;
          }
        } else {
          for (let j = 0; j < segs.length; j++) if (reach[j] && segmentMatches(part, segs[j])) next[j + 1] = 1;
        }
        reach = next;
      }
      return reach[segs.length] === 1;
    }
  };
}
function isGlob(p) {
  return /[*?]/.test(p);
}
function expandGlob(cwd, glob) {
  const posix = toPosix(glob);
  const fixed = posix.split("/").filter((_seg, i, all) => !isGlob(all.slice(0, i + 1).join("/")));
  const root = path.resolve(cwd, fixed.join("/") || ".");
  const re = globToRegExp(posix.replace(/^\.\//, ""));
  return walk(root).filter((f) => re.test(toPosix(path.relative(cwd, f))));
}
var MAX_FILE_BYTES = 64 * 1024 * 1024;
function readSource(abs) {
  const read = readRegularFile(abs, MAX_FILE_BYTES);
  if (!read.ok) return { text: "", problems: [{ line: 1, message: read.reason, fatal: true }] };
  const bytes = read.bytes;
  if (looksBinary(bytes)) {
    return { text: "", problems: [{ line: 1, message: "the file is binary, not text", fatal: true }] };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), problems: [] };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const line = bad < 0 ? 1 : text.slice(0, bad).split("\n").length;
    return { text, problems: [{ line, message: "the file is not valid UTF-8 (invalid bytes shown as U+FFFD)", fatal: false }] };
  }
}
function sniffText(abs) {
  const read = readRegularFile(abs, MAX_FILE_BYTES);
  return read.ok && !looksBinary(read.bytes) ? read.bytes.toString("utf8") : "";
}
function looksBinary(bytes) {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (b < 8 || b > 13 && b < 32) control++;
  }
  return n > 0 && (nul + control) / n > 0.1 && nul > 0;
}

// src/discover/git.ts
import { execFileSync } from "node:child_process";
import path2 from "node:path";
function runGit(cwd, args, opts = {}) {
  return execFileSync("git", ["-c", "core.fsmonitor=false", "-c", "core.untrackedCache=false", ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", opts.stderr ?? "pipe"],
    maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024
  });
}
function checkGitRef(ref, label) {
  if (ref === "" || ref.startsWith("-") || /[\0\n\r]/.test(ref)) {
    throw new UsageError(`${label}: '${ref.replace(/[\0-\x1f]/g, "?")}' is not a git ref (a ref cannot start with '-')`);
  }
  return ref;
}
function gitChangedFiles(cwd, base, label, which = "changed") {
  checkGitRef(base, label);
  const filter = which === "added" ? "--diff-filter=A" : "--diff-filter=d";
  try {
    const top = runGit(cwd, ["rev-parse", "--show-toplevel"]).trim();
    return runGit(cwd, ["diff", "--name-only", "--no-renames", "--no-ext-diff", "--no-textconv", filter, "-z", "--end-of-options", `${base}...HEAD`, "--"]).split("\0").filter((f) => f !== "").map((f) => toPosix(path2.relative(cwd, path2.join(top, f))));
  } catch (error) {
    const stderr = error.stderr?.toString().trim().split("\n")[0]?.replace(/\.$/, "");
    throw new UsageError(
      `${label}: cannot compute the changed files with git: ${stderr || error.message}. The clone needs the base commit (check out with fetch-depth: 0, or fetch the base ref).`
    );
  }
}
function gitStagedFiles(cwd) {
  try {
    const top = runGit(cwd, ["rev-parse", "--show-toplevel"]).trim();
    return runGit(cwd, ["diff", "--cached", "--name-only", "--no-renames", "--no-ext-diff", "--no-textconv", "--diff-filter=d", "-z", "--"]).split("\0").filter((f) => f !== "").map((f) => toPosix(path2.relative(cwd, path2.join(top, f))));
  } catch (error) {
    const stderr = error.stderr?.toString().trim().split("\n")[0]?.replace(/\.$/, "");
    throw new UsageError(`--staged: cannot list the staged files with git: ${stderr || error.message}`);
  }
}
function gitShowFile(cwd, ref, file) {
  checkGitRef(ref, "base commit");
  if (/[\0\n\r]/.test(file) || file.startsWith("-")) return null;
  try {
    runGit(cwd, ["cat-file", "-e", "--end-of-options", `${ref}^{commit}`], { stderr: "ignore" });
  } catch {
    throw new Error(`the base commit ${ref} is not in the clone (check out with fetch-depth: 0)`);
  }
  try {
    return runGit(cwd, ["show", "--no-textconv", "--end-of-options", `${ref}:./${file}`], { stderr: "ignore", maxBuffer: 8 * 1024 * 1024 });
  } catch {
    return null;
  }
}

export {
  toPosix,
  walk,
  globToRegExp,
  isGlob,
  expandGlob,
  readSource,
  sniffText,
  runGit,
  checkGitRef,
  gitChangedFiles,
  gitStagedFiles,
  gitShowFile
};
