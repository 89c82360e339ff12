import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { defaultConfig } from '../../src/config.js';
import { runDryRun, type DryRunOptions } from '../../src/dryrun/index.js';
import type { DryRunResult, MigrationDryRun } from '../../src/dryrun/types.js';

/** Connection settings for the real PostgreSQL (env overrides as in libpq). */
export const PG = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  password: process.env.PGPASSWORD ?? '',
  database: process.env.PGDATABASE ?? 'postgres',
};

export const MY = {
  host: process.env.MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.MYSQL_PORT ?? 3306),
  user: process.env.MYSQL_USER ?? 'root',
  password: process.env.MYSQL_PASSWORD ?? '',
};

export function pgUrl(database: string): string {
  const auth = PG.password ? `${encodeURIComponent(PG.user)}:${encodeURIComponent(PG.password)}` : encodeURIComponent(PG.user);
  return `postgres://${auth}@${PG.host}:${PG.port}/${database}`;
}

export function mysqlUrl(database: string): string {
  const auth = MY.password ? `${encodeURIComponent(MY.user)}:${encodeURIComponent(MY.password)}` : encodeURIComponent(MY.user);
  return `mysql://${auth}@${MY.host}:${MY.port}/${database}`;
}

/**
 * Whether a server is reachable. Under CI an unreachable server is a failure (the suite must
 * really run there); locally it is a notice and the tests that need it return early.
 */
export async function serverAvailable(name: string, probe: () => Promise<void>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch (e) {
    const message = `${name} is unreachable (${(e as Error).message}); dry-run tests that need it are skipped`;
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(message);
    return false;
  }
}

export async function pgAdmin(database = PG.database): Promise<pg.Client> {
  const c = new pg.Client({ ...PG, database, connectionTimeoutMillis: 3000 });
  await c.connect();
  return c;
}

/** Creates `migration_guard_test_<random>`; returns its name and a dropper. */
export async function createPgDatabase(): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `migration_guard_test_${randomBytes(5).toString('hex')}`;
  const admin = await pgAdmin();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    name,
    drop: async () => {
      const a = await pgAdmin();
      // Only sessions on our own throwaway database are ended.
      await a.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
      await a.query(`DROP DATABASE IF EXISTS ${name}`);
      await a.end();
    },
  };
}

/** Writes migration files into a fresh temp directory (`migrations/` inside it). */
export function writeMigrations(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mg-dryrun-'));
  const dir = path.join(root, 'migrations');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir: root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs a dry-run where `changed` files are the PR's and every other file is history. */
export async function dryRun(root: string, changed: string[], opts: Partial<DryRunOptions> = {}): Promise<DryRunResult> {
  return runDryRun({
    cwd: root,
    paths: ['migrations'],
    changedFiles: changed.map((f) => `migrations/${f}`),
    config: defaultConfig(),
    // The shared test server's role is a superuser: the strongest attacker position for the guard.
    ...(opts.engine === 'postgres' ? { allowSuperuser: true } : {}),
    ...opts,
  });
}

export function byFile(result: DryRunResult, file: string): MigrationDryRun {
  const m = result.migrations.find((x) => x.file === `migrations/${file}`);
  if (!m) throw new Error(`no result for ${file}: ${result.migrations.map((x) => x.file).join(', ')}`);
  return m;
}
