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
function djangoDependencyApps(text) {
  const start = /^[ \t]+dependencies\s*=\s*[[(]/m.exec(text);
  if (!start) return { apps: [], swappable: false };
  let depth = 0;
  let end = text.length;
  for (let i = start.index + start[0].length - 1; i < text.length; i++) {
    const c = text[i];
    if (c === "[" || c === "(") depth++;
    else if (c === "]" || c === ")") {
      depth--;
      if (depth === 0) {
        end = i;
        break;
      }
    }
  }
  const body = text.slice(start.index, end);
  const apps = /* @__PURE__ */ new Set();
  for (const m of body.matchAll(/\(\s*(?:u|r)?['"]([\w.]+)['"]\s*,\s*(?:u|r)?['"][^'"\n]+['"]\s*,?\s*\)/g)) apps.add(m[1]);
  const swappable = /swappable_dependency\s*\(\s*settings\.AUTH_USER_MODEL\s*\)/.test(body);
  for (const m of body.matchAll(/swappable_dependency\s*\(\s*['"](\w+)\.\w+['"]\s*\)/g)) apps.add(m[1]);
  return { apps: [...apps], swappable };
}

export {
  isDjangoMigrationFile,
  djangoNames,
  djangoDependencyApps
};
