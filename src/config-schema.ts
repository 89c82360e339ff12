import { z } from 'zod';
import { UsageError } from './errors.js';

/**
 * The `.migration-guard.yml` schema. Kept out of config.ts so that zod (and yaml) load only when a
 * config file exists: a lint without one never pays for them.
 */
const severitySetting = z.enum(['error', 'warning', 'info', 'off']);

export const configSchema = z
  .object({
    dialect: z.enum(['postgres', 'mysql']).optional().describe('SQL dialect of production (default postgres).'),
    pgVersion: z.number().int().min(9).max(30).optional().describe('PostgreSQL major version of production (default 15).'),
    /** e.g. "8.0.35" or "10.11" with `mariadb: true`. */
    mysqlVersion: z.string().regex(/^\d+(\.\d+){0,2}$/).optional().describe('MySQL or MariaDB server version of production, e.g. "8.0.35" (or "10.11" with mariadb: true).'),
    mariadb: z.boolean().optional().describe('Production runs MariaDB rather than MySQL.'),
    failOn: z.enum(['error', 'warning', 'info', 'never']).optional().describe('Lowest severity that fails the run (default error).'),
    /** Migration directories or globs, optionally with their framework. */
    migrations: z
      .array(
        z.union([
          z.string(),
          z.strictObject({ path: z.string(), framework: z.enum(['sql', 'alembic', 'knex', 'django']).optional() }),
        ]),
      )
      .optional()
      .describe('Migration directories or globs, each optionally with its framework (default: auto-detect).'),
    rules: z.record(z.string(), severitySetting).optional().describe('Rule id → level (error, warning, info, off); see `migration-guard rules`.'),
    /** Set when the deploy tooling sets lock_timeout for every migration (e.g. "2s"). */
    lockTimeout: z.string().optional().describe('Set when the deploy tooling sets lock_timeout for every migration (e.g. "2s").'),
    deprecated: z
      .strictObject({ tables: z.array(z.string()).optional(), columns: z.array(z.string()).optional() })
      .optional()
      .describe('Tables and columns (table.column) already deprecated in the code, so dropping them is allowed.'),
    code: z
      .strictObject({ include: z.array(z.string()).optional(), exclude: z.array(z.string()).optional() })
      .optional()
      .describe('Application code globs searched for references to dropped or renamed columns and tables.'),
    stats: z
      .string()
      .optional()
      .describe('Path (in the repository) of a production statistics snapshot written by `migration-guard stats`: table sizes, write rates and query texts, no row data.'),
    lockBudget: z
      .union([z.string(), z.number()])
      .optional()
      .describe('With a stats snapshot: the longest a statement may hold a write-blocking lock (e.g. "2s"); lock-exceeds-budget fires on estimates above it.'),
    tiers: z
      .record(
        z.string(),
        z.strictObject({
          minRows: z.number().nonnegative().optional(),
          maxRows: z.number().nonnegative().optional(),
          minBytes: z.union([z.string(), z.number()]).optional().describe('e.g. "10GB", "500MB", "1GiB" or bytes.'),
          maxBytes: z.union([z.string(), z.number()]).optional(),
          severity: z.enum(['error', 'warning', 'info']).optional().describe('Set lock findings on tables of this tier to this level.'),
          raise: z.boolean().optional().describe('Raise lock findings on tables of this tier one level.'),
          lower: z.boolean().optional().describe('Lower lock findings on tables of this tier one level.'),
        }),
      )
      .optional()
      .describe('With a stats snapshot: size tiers of tables (by production rows or bytes; the first that matches applies) that set, raise or lower the severity of lock and rewrite findings on them.'),
    dryRun: z
      .strictObject({
        engine: z.enum(['pglite', 'postgres', 'mysql']).optional(),
        databaseUrl: z.string().optional(),
        statementTimeout: z.string().optional(),
        lockTimeout: z.string().optional().describe('Set when the deploy tooling sets lock_timeout for every migration (e.g. "2s").'),
        setup: z
          .union([z.string(), z.array(z.string())])
          .optional()
          .describe('pglite only: SQL run on the embedded database before the history, for what the deployment creates outside the migrations (schemas, roles, extensions).'),
        setupFiles: z
          .array(z.string())
          .optional()
          .describe('pglite only: SQL files in the repository (a schema dump of what precedes the first migration) run after `setup`, before the history.'),
      })
      .optional(),
  })
  .strict();

export type ConfigFileSchema = z.infer<typeof configSchema>;

function describeIssue(issue: z.core.$ZodIssue, file: string): string {
  const where = issue.path.length ? issue.path.join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => (issue.path.length ? `${where}.${k}` : k));
    return `${file}: unknown key ${keys.map((k) => `'${k}'`).join(', ')}`;
  }
  return `${file}: '${where}': ${issue.message}`;
}

/** Validates a parsed config object; throws UsageError naming the key on any problem. */
export function validateConfig(raw: unknown, file: string): ConfigFileSchema {
  if (raw === null || raw === undefined) return {};
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new UsageError(result.error.issues.map((i) => describeIssue(i, file)).join('\n'));
  }
  return result.data;
}

