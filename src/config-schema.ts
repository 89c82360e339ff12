import { z } from 'zod';
import { UsageError } from './config.js';

/**
 * The `.migration-guard.yml` schema. Kept out of config.ts so that zod (and yaml) load only when a
 * config file exists: a lint without one never pays for them.
 */
const severitySetting = z.enum(['error', 'warning', 'info', 'off']);

export const configSchema = z
  .object({
    dialect: z.enum(['postgres', 'mysql']).optional(),
    pgVersion: z.number().int().min(9).max(30).optional(),
    /** e.g. "8.0.35" or "10.11" with `mariadb: true`. */
    mysqlVersion: z.string().regex(/^\d+(\.\d+){0,2}$/).optional(),
    mariadb: z.boolean().optional(),
    failOn: z.enum(['error', 'warning', 'info', 'never']).optional(),
    /** Migration directories or globs, optionally with their framework. */
    migrations: z
      .array(
        z.union([
          z.string(),
          z.strictObject({ path: z.string(), framework: z.enum(['sql', 'alembic', 'knex', 'django']).optional() }),
        ]),
      )
      .optional(),
    rules: z.record(z.string(), severitySetting).optional(),
    /** Set when the deploy tooling sets lock_timeout for every migration (e.g. "2s"). */
    lockTimeout: z.string().optional(),
    deprecated: z
      .strictObject({ tables: z.array(z.string()).optional(), columns: z.array(z.string()).optional() })
      .optional(),
    code: z.strictObject({ include: z.array(z.string()).optional(), exclude: z.array(z.string()).optional() }).optional(),
    dryRun: z
      .strictObject({
        engine: z.enum(['pglite', 'postgres', 'mysql']).optional(),
        databaseUrl: z.string().optional(),
        statementTimeout: z.string().optional(),
        lockTimeout: z.string().optional(),
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

