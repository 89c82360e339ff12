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
function strongMigrationsSettings(text) {
  const m = /^[ \t]*StrongMigrations\.lock_timeout\s*=\s*([^\n#]+)/m.exec(text);
  const value = m?.[1]?.trim() ?? "";
  return { lockTimeout: value !== "" && !/^(nil|0+(\.0+)?(\.\w+)?|["']0\w*["'])$/.test(value) };
}
function strongMigrationsInitializer(migrationsDir) {
  return migrationsDir.replace(/[\\/]db[\\/](\w+_)?migrate$/, "") + "/config/initializers/strong_migrations.rb";
}

export {
  isRailsMigrationFile,
  railsNames,
  strongMigrationsSettings,
  strongMigrationsInitializer
};
