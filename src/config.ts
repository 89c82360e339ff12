import { existsSync } from 'node:fs';
import path from 'node:path';
import { ruleById } from '../rules/index.js';
import { UsageError } from './errors.js';
import type { ConfigFileSchema } from './config-schema.js';
import type { Dialect, Framework, Severity } from './ir.js';
import type { FailOn } from './report/model.js';
import { commonJsExports } from './interop.js';
import { isWithin, readRegularFile, realPath, repositoryRoot } from './discover/safe-fs.js';
import { parseDurationMs, resolveTiers, type ResolvedTier } from './stats/tiers.js';

// UsageError lives in its own module (config-schema.ts needs it without importing this one); re-exported for existing importers.
export { UsageError } from './errors.js';

export type ConfigFile = ConfigFileSchema;

/** Config after merging file, flags and defaults. */
export interface ResolvedConfig {
  dialect: Dialect;
  /** The dialect was chosen explicitly (config or flag) rather than defaulted. */
  dialectExplicit: boolean;
  pgVersion: number;
  mysqlVersion: number | null;
  /**
   * `pgVersion` / `mysqlVersion` were set (config or flag), not defaulted: they win over a version
   * the migrations' own tooling assumes (strong_migrations' `target_version`).
   */
  serverVersionExplicit?: boolean;
  mariadb: boolean;
  failOn: FailOn;
  migrations: { path: string; framework?: Framework }[];
  ruleSeverity: Record<string, Severity | 'off'>;
  lockTimeout: string | null;
  deprecated: { tables: string[]; columns: string[] };
  code: { include: string[]; exclude: string[] };
  dryRun: NonNullable<ConfigFile['dryRun']>;
  /** Repository-relative path of the production statistics snapshot (`stats:`), if configured. */
  stats: string | null;
  /** `lockBudget:` in milliseconds (lock-exceeds-budget), if configured. */
  lockBudgetMs: number | null;
  /** `tiers:` in the config's order (used only with a snapshot). */
  tiers: ResolvedTier[];
  /** The config file used, if any (relative path). */
  source: string | null;
}

export const CONFIG_FILE = '.migration-guard.yml';

/** "8.0.29" → 80029, "10.6" → 100600 (MySQL-style version numbers). */
export function mysqlVersionNumber(v: string): number {
  const [a = 0, b = 0, c = 0] = v.split('.').map(Number);
  return a * 10000 + b * 100 + c;
}

export async function loadConfigFile(cwd: string, explicit?: string): Promise<{ config: ConfigFile; source: string | null }> {
  const file = explicit ?? CONFIG_FILE;
  const abs = path.resolve(cwd, file);
  if (!existsSync(abs)) {
    if (explicit) throw new UsageError(`config file not found: ${explicit}`);
    return { config: {}, source: null };
  }
  // The default config file comes with the pull request: a committed symlink to a file outside
  // the repository would have its first line quoted in the YAML error. An explicit --config is
  // the caller's own choice.
  if (!explicit) {
    const root = realPath(repositoryRoot(cwd));
    const real = realPath(abs);
    if (!root || !real || !isWithin(root, real)) throw new UsageError(`${file}: resolves outside the repository (a symlink leaving it); refusing to read it`);
  }
  const read = readRegularFile(abs, 1024 * 1024);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}`);
  return { config: await parseConfigText(read.bytes.toString('utf8'), file), source: file };
}

/** Parses and validates a config file's text (also the base commit's version, to compare). Throws UsageError. */
export async function parseConfigText(text: string, file: string): Promise<ConfigFile> {
  const [yaml, { validateConfig }] = await Promise.all([import('yaml'), import('./config-schema.js')]);
  const parseYaml = commonJsExports<typeof yaml>(yaml, 'parse').parse;
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  return validateConfig(raw, file);
}

export interface ConfigOverrides {
  dialect?: Dialect;
  pgVersion?: number;
  failOn?: FailOn;
  /** Rule severities from flags (`--rule`, `--enable`, `--disable`): they win over the file's `rules`. */
  rules?: Record<string, Severity | 'off'>;
}

/**
 * A path or glob from the config file, which arrives with the pull request: it must stay inside
 * the repository, so absolute paths, drive letters and `..` segments are refused (the discovery
 * also refuses symlinks that lead out). Returns the path unchanged.
 */
export function repoRelativePath(value: string, key: string, source: string | null): string {
  const posix = value.replace(/\\/g, '/');
  if (value === '' || posix.startsWith('/') || /^[A-Za-z]:/.test(posix) || posix.split('/').includes('..') || value.includes('\0')) {
    throw new UsageError(`${source ?? 'config'}: '${key}': '${value.replace(/[\0-\x1f]/g, '?')}' must be a path inside the repository (relative, without '..')`);
  }
  return value;
}

/**
 * The one place a config is checked beyond its shape, for the CLI, the Action and library
 * callers alike: paths stay inside the repository and every rule id is known.
 */
export function resolveConfig(file: ConfigFile, source: string | null, overrides: ConfigOverrides = {}): ResolvedConfig {
  for (const id of Object.keys(file.rules ?? {})) {
    if (!ruleById(id)) throw new UsageError(`${source ?? 'config'}: 'rules.${id}': unknown rule id (see \`migration-guard rules\`)`);
  }
  (file.migrations ?? []).forEach((m, i) => repoRelativePath(typeof m === 'string' ? m : m.path, `migrations.${i}`, source));
  (file.code?.include ?? []).forEach((p, i) => repoRelativePath(p, `code.include.${i}`, source));
  (file.code?.exclude ?? []).forEach((p, i) => repoRelativePath(p, `code.exclude.${i}`, source));
  if (file.stats !== undefined) repoRelativePath(file.stats, 'stats', source);
  let lockBudgetMs: number | null = null;
  if (file.lockBudget !== undefined) {
    lockBudgetMs = parseDurationMs(file.lockBudget);
    if (lockBudgetMs === null) throw new UsageError(`${source ?? 'config'}: 'lockBudget': '${file.lockBudget}' is not a duration (use e.g. 500ms, 2s, 1min)`);
  }
  const tiers = resolveTiers(file.tiers, source);
  const dialect = overrides.dialect ?? file.dialect ?? 'postgres';
  return {
    dialect,
    dialectExplicit: Boolean(overrides.dialect ?? file.dialect),
    pgVersion: overrides.pgVersion ?? file.pgVersion ?? 15,
    mysqlVersion: file.mysqlVersion ? mysqlVersionNumber(file.mysqlVersion) : dialect === 'mysql' ? (file.mariadb ? 101100 : 80035) : null,
    serverVersionExplicit: dialect === 'mysql' ? Boolean(file.mysqlVersion) : (overrides.pgVersion ?? file.pgVersion) !== undefined,
    mariadb: file.mariadb ?? false,
    failOn: overrides.failOn ?? file.failOn ?? 'error',
    migrations: (file.migrations ?? []).map((m) => (typeof m === 'string' ? { path: m } : m)),
    ruleSeverity: { ...(file.rules ?? {}), ...(overrides.rules ?? {}) },
    lockTimeout: file.lockTimeout ?? null,
    deprecated: { tables: file.deprecated?.tables ?? [], columns: file.deprecated?.columns ?? [] },
    code: { include: file.code?.include ?? [], exclude: file.code?.exclude ?? [] },
    dryRun: file.dryRun ?? {},
    stats: file.stats ?? null,
    lockBudgetMs,
    tiers,
    source,
  };
}

/** Defaults only: what tests and library callers use when they have no config file. */
export function defaultConfig(overrides: ConfigOverrides = {}): ResolvedConfig {
  return resolveConfig({}, null, overrides);
}
