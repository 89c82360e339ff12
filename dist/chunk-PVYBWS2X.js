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
  let code = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "#") {
      while (i < n && text[i] !== "\n" && text[i] !== "\r") i++;
      continue;
    }
    if (c !== '"' && c !== "'") {
      code += c;
      if (code.length > 400) code = code.slice(-200);
      i++;
      continue;
    }
    const quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
    let j = i + quote.length;
    while (j < n && !text.startsWith(quote, j)) {
      if (quote.length === 1 && (text[j] === "\n" || text[j] === "\r")) break;
      j += text[j] === "\\" ? 2 : 1;
    }
    const literal = text.slice(i + quote.length, Math.min(j, n));
    if (EXECUTES.test(code)) {
      for (const m of literal.matchAll(SET_LOCK_TIMEOUT)) {
        const value = m[1].replace(/^(['"])(.*)\1$/, "$2").trim();
        if (!NO_TIMEOUT.test(value)) return true;
      }
    }
    code += "S";
    i = j + quote.length;
  }
  return false;
}

export {
  isAlembicFile,
  alembicEnvFile,
  alembicEnvSetsLockTimeout
};
