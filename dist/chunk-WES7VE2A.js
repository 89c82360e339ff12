#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/parse/names.ts
function foldIdentifier(raw) {
  const t = raw.trim();
  if (t.length >= 2 && (t.startsWith('"') && t.endsWith('"') || t.startsWith("`") && t.endsWith("`"))) {
    return t.slice(1, -1).replace(/""/g, '"').replace(/``/g, "`");
  }
  return t.toLowerCase();
}
function qualifiedName(schema, name) {
  if (!schema || schema === "public") return name;
  return `${schema}.${name}`;
}
function parseQualifiedName(raw) {
  const parts = [];
  let cur = "";
  let quote = null;
  for (const ch of raw.trim()) {
    if (quote) {
      cur += ch;
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "`") {
      quote = ch;
      cur += ch;
    } else if (ch === ".") {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  const folded = parts.map(foldIdentifier);
  const name = folded.pop() ?? "";
  return qualifiedName(folded.pop(), name);
}

export {
  foldIdentifier,
  qualifiedName,
  parseQualifiedName
};
