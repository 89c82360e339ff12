#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/parse/alembic/detect.ts
import path from "node:path";
function isAlembicFile(text) {
  return /^revision\s*(?::[^=\n\r\u2028\u2029]*)?=/m.test(text) && /^(?:async[ \t]+)?def\s+upgrade\s*\(/m.test(text);
}
function alembicEnvFile(migrationsDir) {
  let versions = migrationsDir;
  for (let d = migrationsDir, k = 0; k < 4 && path.dirname(d) !== d; k++, d = path.dirname(d)) {
    if (path.basename(d) === "versions") {
      versions = d;
      break;
    }
  }
  return path.join(path.dirname(versions), "env.py");
}
var SET_LOCK_TIMEOUT = /\bSET\s+(?:SESSION\s+)?lock_timeout\s*(?:=|\bTO\b)\s*('[^']*'|"[^"]*"|\{[^{}]*\}|[\w.]+)/gi;
var NO_TIMEOUT = /^(?:0+(?:\.0*)?\s*(?:us|ms|s|min|h|d)?|default)$/i;
var EXECUTES = /\.(?:execute|exec_driver_sql)\s*\(\s*(?:[\w.]*\btext\s*\(\s*)?[rRuUbBfF]{0,2}$/;
function alembicEnvSetsLockTimeout(text) {
  if (!/lock_timeout/i.test(text)) return false;
  let found = false;
  let tail = "";
  scanPython(text, {
    code: (c) => {
      tail += c;
      if (tail.length > 400) tail = tail.slice(-200);
    },
    string: (literal) => {
      if (!found && EXECUTES.test(tail)) {
        for (const m of literal.matchAll(SET_LOCK_TIMEOUT)) {
          const value = m[1].replace(/^(['"])(.*)\1$/, "$2").trim();
          if (!NO_TIMEOUT.test(value)) found = true;
        }
      }
      tail += "S";
    }
  });
  return found;
}
function scanPython(text, to) {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "#") {
      while (i < n && text[i] !== "\n" && text[i] !== "\r") i++;
      continue;
    }
    if (c !== '"' && c !== "'") {
      to.code(c);
      i++;
      continue;
    }
    const quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
    let j = i + quote.length;
    while (j < n && !text.startsWith(quote, j)) {
      if (quote.length === 1 && (text[j] === "\n" || text[j] === "\r")) break;
      j += text[j] === "\\" ? 2 : 1;
    }
    to.string(text.slice(i + quote.length, Math.min(j, n)));
    i = j + quote.length;
  }
}
function alembicEnvAfterCommit(text) {
  if (!/run_migrations/.test(text)) return null;
  const lines = codeLines(text);
  const indent = (line) => line.length - line.trimStart().length;
  const blank = (line) => line.trim() === "";
  const blockEnd = (at) => {
    let end = at + 1;
    for (let k = at + 1; k < lines.length; k++) {
      if (blank(lines[k])) continue;
      if (indent(lines[k]) <= indent(lines[at])) break;
      end = k + 1;
    }
    return end;
  };
  const defs = [];
  lines.forEach((line, i) => {
    const m = /^\s*(?:async\s+)?def\s+(\w+)/.exec(line);
    if (m) defs.push({ name: m[1], start: i, end: blockEnd(i) });
  });
  const body = (d) => lines.slice(d.start + 1, d.end).join("\n");
  const runners = /* @__PURE__ */ new Set();
  for (let changed = true; changed; ) {
    changed = false;
    for (const d of defs) {
      if (runners.has(d.name)) continue;
      const b = body(d);
      if (/\brun_migrations\s*\(/.test(b) || [...runners].some((r) => new RegExp(`\\b${r}\\b`).test(b))) {
        runners.add(d.name);
        changed = true;
      }
    }
  }
  const runsMigrations = (line) => /\brun_migrations\s*\(/.test(line) || [...runners].some((r) => new RegExp(`\\b${r}\\b`).test(line) && !new RegExp(`\\bdef\\s+${r}\\b`).test(line));
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*(?:async\s+)?with\b[^\n]*\.begin\s*\(\s*\)/.test(lines[i])) continue;
    if (lines.slice(i + 1, blockEnd(i)).some(runsMigrations)) return "refused";
  }
  const connections = /* @__PURE__ */ new Set(["connection"]);
  for (const line of lines) {
    for (const m of line.matchAll(/\.(?:connect|begin)\s*\([^()]*\)\s+as\s+(\w+)/g)) connections.add(m[1]);
    for (const m of line.matchAll(/\b(\w+)\s*=\s*(?:await\s+)?[\w.]*\.connect\s*\(/g)) connections.add(m[1]);
    for (const m of line.matchAll(/\bconnection\s*=\s*(\w+)/g)) connections.add(m[1]);
  }
  const names = [...connections].join("|");
  const commits = new RegExp(`(?:\\bget_bind\\s*\\(\\s*\\)|(?<![\\w.])(?:${names})|\\.connection)\\s*\\.\\s*commit\\s*\\(\\s*\\)`);
  const inDef = /* @__PURE__ */ new Set();
  for (const d of defs) for (let k = d.start; k < d.end; k++) inDef.add(k);
  const scopes = [...defs.map((d) => lines.slice(d.start + 1, d.end)), lines.filter((_, i) => !inDef.has(i))];
  for (const scope of scopes) {
    const first = scope.findIndex(runsMigrations);
    if (first >= 0 && scope.slice(first).some((line) => commits.test(line))) return "committed";
  }
  return null;
}
function codeLines(text) {
  const parts = [];
  scanPython(text, { code: (c) => parts.push(c), string: () => parts.push("S") });
  return parts.join("").split(/\r\n|\r|\n/);
}

export {
  isAlembicFile,
  alembicEnvFile,
  alembicEnvSetsLockTimeout,
  alembicEnvAfterCommit
};
