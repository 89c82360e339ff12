#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  external_exports
} from "./chunk-JYWILCU7.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";
import "./chunk-IV5X4XLJ.js";

// src/config-schema.ts
var severitySetting = external_exports.enum(["error", "warning", "info", "off"]);
var configSchema = external_exports.object({
  dialect: external_exports.enum(["postgres", "mysql"]).optional().describe("SQL dialect of production (default postgres)."),
  pgVersion: external_exports.number().int().min(9).max(30).optional().describe("PostgreSQL major version of production (default 15)."),
  /** e.g. "8.0.35" or "10.11" with `mariadb: true`. */
  mysqlVersion: external_exports.string().regex(/^\d+(\.\d+){0,2}$/).optional().describe('MySQL or MariaDB server version of production, e.g. "8.0.35" (or "10.11" with mariadb: true).'),
  mariadb: external_exports.boolean().optional().describe("Production runs MariaDB rather than MySQL."),
  failOn: external_exports.enum(["error", "warning", "info", "never"]).optional().describe("Lowest severity that fails the run (default error)."),
  /** Migration directories or globs, optionally with their framework. */
  migrations: external_exports.array(
    external_exports.union([
      external_exports.string(),
      external_exports.strictObject({ path: external_exports.string(), framework: external_exports.enum(["sql", "alembic", "knex", "django"]).optional() })
    ])
  ).optional().describe("Migration directories or globs, each optionally with its framework (default: auto-detect)."),
  rules: external_exports.record(external_exports.string(), severitySetting).optional().describe("Rule id \u2192 level (error, warning, info, off); see `migration-guard rules`."),
  /** Set when the deploy tooling sets lock_timeout for every migration (e.g. "2s"). */
  lockTimeout: external_exports.string().optional().describe('Set when the deploy tooling sets lock_timeout for every migration (e.g. "2s").'),
  deprecated: external_exports.strictObject({ tables: external_exports.array(external_exports.string()).optional(), columns: external_exports.array(external_exports.string()).optional() }).optional().describe("Tables and columns (table.column) already deprecated in the code, so dropping them is allowed."),
  code: external_exports.strictObject({ include: external_exports.array(external_exports.string()).optional(), exclude: external_exports.array(external_exports.string()).optional() }).optional().describe("Application code globs searched for references to dropped or renamed columns and tables."),
  stats: external_exports.string().optional().describe("Path (in the repository) of a production statistics snapshot written by `migration-guard stats`: table sizes, write rates and query texts, no row data."),
  lockBudget: external_exports.union([external_exports.string(), external_exports.number()]).optional().describe('With a stats snapshot: the longest a statement may hold a write-blocking lock (e.g. "2s"); lock-exceeds-budget fires on estimates above it.'),
  tiers: external_exports.record(
    external_exports.string(),
    external_exports.strictObject({
      minRows: external_exports.number().nonnegative().optional(),
      maxRows: external_exports.number().nonnegative().optional(),
      minBytes: external_exports.union([external_exports.string(), external_exports.number()]).optional().describe('e.g. "10GB", "500MB", "1GiB" or bytes.'),
      maxBytes: external_exports.union([external_exports.string(), external_exports.number()]).optional(),
      severity: external_exports.enum(["error", "warning", "info"]).optional().describe("Set lock findings on tables of this tier to this level."),
      raise: external_exports.boolean().optional().describe("Raise lock findings on tables of this tier one level."),
      lower: external_exports.boolean().optional().describe("Lower lock findings on tables of this tier one level.")
    })
  ).optional().describe("With a stats snapshot: size tiers of tables (by production rows or bytes; the first that matches applies) that set, raise or lower the severity of lock and rewrite findings on them."),
  dryRun: external_exports.strictObject({
    engine: external_exports.enum(["pglite", "postgres", "mysql"]).optional(),
    databaseUrl: external_exports.string().optional(),
    statementTimeout: external_exports.string().optional(),
    lockTimeout: external_exports.string().optional().describe('Set when the deploy tooling sets lock_timeout for every migration (e.g. "2s").'),
    setup: external_exports.union([external_exports.string(), external_exports.array(external_exports.string())]).optional().describe("pglite only: SQL run on the embedded database before the history, for what the deployment creates outside the migrations (schemas, roles, extensions)."),
    setupFiles: external_exports.array(external_exports.string()).optional().describe("pglite only: SQL files in the repository (a schema dump of what precedes the first migration) run after `setup`, before the history.")
  }).optional()
}).strict();
function describeIssue(issue, file) {
  const where = issue.path.length ? issue.path.join(".") : "(top level)";
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => issue.path.length ? `${where}.${k}` : k);
    return `${file}: unknown key ${keys.map((k) => `'${k}'`).join(", ")}`;
  }
  return `${file}: '${where}': ${issue.message}`;
}
function validateConfig(raw, file) {
  if (raw === null || raw === void 0) return {};
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new UsageError(result.error.issues.map((i) => describeIssue(i, file)).join("\n"));
  }
  return result.data;
}
export {
  configSchema,
  validateConfig
};
