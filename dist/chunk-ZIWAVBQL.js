#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/parse/django/detect.ts
function isDjangoMigrationFile(path, text) {
  return /(^|[\\/])migrations[\\/][^\\/]+\.py$/.test(path) && !/__init__\.py$/.test(path) && /^class\s+Migration\s*\(\s*[\w.]*Migration\s*\)\s*:/m.test(text);
}
function djangoNames(path) {
  const parts = path.replace(/\\/g, "/").split("/");
  const name = (parts[parts.length - 1] ?? "").replace(/\.py$/, "");
  const app = parts[parts.length - 3] ?? "app";
  return { app, name };
}

export {
  isDjangoMigrationFile,
  djangoNames
};
