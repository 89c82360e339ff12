#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/parse/knex/modules.ts
var MAX_IMPORTED_MODULES = 16;
var MAX_IMPORTED_MODULE_BYTES = 1 << 20;
var SPECIFIER = /\b(?:from|import)\s*\(?\s*(['"])(\.{1,2}\/[^'"\n]+)\1/g;
function relativeSpecifiers(text) {
  const out = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(SPECIFIER)) {
    out.add(m[2]);
    if (out.size >= MAX_IMPORTED_MODULES) break;
  }
  return [...out];
}
function candidateFiles(specifier) {
  const sources = [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"];
  const jsToTs = { ".js": [".ts", ".tsx"], ".mjs": [".mts"], ".cjs": [".cts"] };
  const ext = /\.[cm]?js$/.exec(specifier)?.[0];
  const out = [specifier];
  if (ext) for (const ts of jsToTs[ext]) out.push(specifier.slice(0, -ext.length) + ts);
  if (!/\.[cm]?[jt]s$/.test(specifier)) {
    for (const e of sources) out.push(specifier + e);
    for (const e of sources) out.push(`${specifier}/index${e}`);
  }
  return out;
}
function exportedBindings(program) {
  const out = /* @__PURE__ */ new Map();
  for (const stmt of program.body) {
    if (stmt.type !== "ExportNamedDeclaration" || stmt.source) continue;
    const decl = stmt.declaration;
    if (decl?.type === "VariableDeclaration") {
      for (const d of decl.declarations) if (d.id.type === "Identifier") out.set(d.id.name, d.id.name);
    } else if (!decl) {
      for (const s of stmt.specifiers) {
        if (s.type !== "ExportSpecifier") continue;
        const exported = s.exported.type === "Identifier" ? s.exported.name : s.exported.value;
        out.set(exported, s.local.name);
      }
    }
  }
  return out;
}

export {
  MAX_IMPORTED_MODULE_BYTES,
  relativeSpecifiers,
  candidateFiles,
  exportedBindings
};
