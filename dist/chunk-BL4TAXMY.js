#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/parse/rails/detect.ts
function isRailsMigrationFile(path, text) {
  return /(^|[\\/])db[\\/](\w+_)?migrate[\\/]\d+_\w+\.rb$/.test(path) && /^[^\S\n\r\u2028\u2029]*class\s+[\w:]+\s*<\s*ActiveRecord::Migration\b/m.test(text);
}
function railsNames(path) {
  const base = path.replace(/\\/g, "/").split("/").pop() ?? "";
  const m = /^(\d+)_(.*)\.rb$/.exec(base);
  return m ? { version: m[1], name: m[2] } : { version: base, name: base };
}
function assigned(text, name) {
  const re = new RegExp(`^[ \\t]*StrongMigrations\\.${name}\\s*=\\s*`, "gm");
  let value = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    const hash = rest.startsWith("{") ? /^\{[^{}]*\}/.exec(rest) : null;
    value = hash ? hash[0] : (/^[^\n#]*/.exec(rest)?.[0] ?? "").trim();
  }
  return value;
}
function literal(value) {
  const m = /^(?:(\d[\d_]*(?:\.\d+)?)|(["'])(\d+(?:\.\d+){0,2})\2)\s*(?:(?:if|unless)\b.*)?$/.exec(value.trim());
  if (!m) return null;
  return (m[1] ?? m[3]).replace(/_/g, "");
}
function strongMigrationsSettings(text) {
  const timeout = assigned(text, "lock_timeout") ?? "";
  const lockTimeout = timeout !== "" && !/^(nil|0+(\.0+)?(\.\w+)?|["']0\w*["'])$/.test(timeout);
  const start = assigned(text, "start_after");
  const startAfter = start === null ? null : literal(start);
  const target = assigned(text, "target_version");
  let targetVersion = null;
  if (target?.startsWith("{")) {
    const perDatabase = {};
    for (const e of target.slice(1, -1).replace(/#[^\n]*/g, "").split(",")) {
      const kv = /^\s*(?::?(\w+):|:(\w+)\s*=>|(["'])(\w+)\3\s*=>)\s*(.+?)\s*$/.exec(e);
      const v = kv ? literal(kv[5]) : null;
      if (kv && v) perDatabase[kv[1] ?? kv[2] ?? kv[4]] = v;
    }
    targetVersion = Object.keys(perDatabase).length ? perDatabase : null;
  } else if (target !== null) targetVersion = literal(target);
  return { lockTimeout, startAfter, targetVersion };
}
function targetVersionFor(settings, migrationsDir) {
  const t = settings.targetVersion;
  if (t === null || typeof t === "string") return t;
  const db = /[\\/]db[\\/](?:(\w+)_)?migrate$/.exec(migrationsDir)?.[1] ?? "primary";
  return t[db] ?? null;
}
function strongMigrationsInitializer(migrationsDir) {
  return migrationsDir.replace(/[\\/]db[\\/](\w+_)?migrate$/, "") + "/config/initializers/strong_migrations.rb";
}

export {
  isRailsMigrationFile,
  railsNames,
  strongMigrationsSettings,
  targetVersionFor,
  strongMigrationsInitializer
};
