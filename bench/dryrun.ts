// Dry-run benchmark (issue 8): PGlite cold start, replay of 200 generated history migrations plus
// 3 PR migrations with round trip (target ≤ 3 s total), peak RSS; the same on the real server.
// Returns numbers and prints nothing; timings are never asserted.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../src/config.js';
import { runDryRun } from '../src/dryrun/index.js';
import { startPglite } from '../src/dryrun/pglite.js';

const HISTORY = 200;

/** History: tables, columns, indexes, constraints, comments — what real histories are made of. */
function historyMigration(i: number): { up: string; down: string } {
  const t = `t${Math.floor(i / 4)}`;
  switch (i % 4) {
    case 0:
      return { up: `CREATE TABLE ${t} (id bigserial PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());`, down: `DROP TABLE ${t};` };
    case 1:
      return { up: `ALTER TABLE ${t} ADD COLUMN parent_id bigint;\nCREATE INDEX ${t}_parent_idx ON ${t} (parent_id);`, down: `DROP INDEX ${t}_parent_idx;\nALTER TABLE ${t} DROP COLUMN parent_id;` };
    case 2:
      return { up: `ALTER TABLE ${t} ADD CONSTRAINT ${t}_parent_fk FOREIGN KEY (parent_id) REFERENCES ${t} (id);`, down: `ALTER TABLE ${t} DROP CONSTRAINT ${t}_parent_fk;` };
    default:
      return { up: `COMMENT ON COLUMN ${t}.name IS 'display name';\nALTER TABLE ${t} ADD COLUMN status text DEFAULT 'new';`, down: `ALTER TABLE ${t} DROP COLUMN status;\nCOMMENT ON COLUMN ${t}.name IS NULL;` };
  }
}

const PR = [
  { up: `ALTER TABLE t1 ADD COLUMN token uuid DEFAULT gen_random_uuid();`, down: `ALTER TABLE t1 DROP COLUMN token;` },
  { up: `CREATE INDEX CONCURRENTLY t2_name_idx ON t2 (name);`, down: `DROP INDEX CONCURRENTLY t2_name_idx;` },
  { up: `CREATE TABLE audit (id bigserial PRIMARY KEY, t3_id bigint REFERENCES t3 (id), at timestamptz DEFAULT now());\nALTER TABLE t3 ADD CONSTRAINT t3_name_chk CHECK (name <> '') NOT VALID;`, down: `ALTER TABLE t3 DROP CONSTRAINT t3_name_chk;\nDROP TABLE audit;` },
];

function writeProject(): { root: string; changed: string[]; historyUps: string[] } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mg-bench-dryrun-'));
  const dir = path.join(root, 'migrations');
  mkdirSync(dir);
  const historyUps: string[] = [];
  for (let i = 0; i < HISTORY; i++) {
    const m = historyMigration(i);
    historyUps.push(m.up);
    writeFileSync(path.join(dir, `${String(i + 1).padStart(4, '0')}_h${i}.sql`), `-- migrate:up\n${m.up}\n-- migrate:down\n${m.down}\n`);
  }
  const changed: string[] = [];
  PR.forEach((m, k) => {
    const name = `${String(HISTORY + k + 1).padStart(4, '0')}_pr${k}.sql`;
    changed.push(`migrations/${name}`);
    writeFileSync(path.join(dir, name), `-- migrate:up\n${m.up}\n-- migrate:down\n${m.down}\n`);
  });
  return { root, changed, historyUps };
}

function peakRssMb(): number {
  // maxRSS is in kilobytes and covers the worker threads (same process).
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export async function benchDryRun(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'mg-bench-cache-'));
  const project = writeProject();
  try {
    // Cold start without a cached data directory (initdb), then with it (every later run).
    let t = performance.now();
    const first = await startPglite([], cacheDir);
    out.pgliteColdStartInitdbMs = Math.round(performance.now() - t);
    await first.db.close();
    t = performance.now();
    const second = await startPglite([], cacheDir);
    out.pgliteColdStartCachedMs = Math.round(performance.now() - t);
    await second.db.close();

    // First run: the history is replayed (and its result cached); second run: an unchanged base
    // branch, as in most CI runs, loads the replayed history instead.
    for (const run of ['Replay', 'CachedHistory'] as const) {
      t = performance.now();
      const result = await runDryRun({ cwd: project.root, paths: ['migrations'], changedFiles: project.changed, config: defaultConfig(), engine: 'pglite', cacheDir });
      out[`pgliteTotal${run}Ms`] = Math.round(performance.now() - t);
      out[`pgliteHistory${run}Ms`] = result.history.durationMs ?? -1;
      out[`pgliteVerified${run}`] = `${result.migrations.filter((m) => m.verdict === 'verified').length}/${result.migrations.length}`;
    }
    out.pgliteHistoryMigrations = HISTORY;
    out.pgliteTargetMs = 3000;
    out.peakRssMb = peakRssMb();

    out.serverTotalMs = await benchServer(project).catch((e: Error) => `skipped: ${e.message.split('\n')[0]}`);
  } finally {
    rmSync(project.root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
  out.peakRssMbAfterServer = peakRssMb();
  return out;
}

/** The same 200 + 3 on the real PostgreSQL: history applied (committed) first, as on staging. */
async function benchServer(project: { root: string; changed: string[]; historyUps: string[] }): Promise<number> {
  const pg = (await import('pg')).default;
  const conf = { host: process.env.PGHOST ?? '127.0.0.1', port: Number(process.env.PGPORT ?? 5432), user: process.env.PGUSER ?? 'postgres', password: process.env.PGPASSWORD, connectionTimeoutMillis: 3000 };
  const name = `migration_guard_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ ...conf, database: process.env.PGDATABASE ?? 'postgres' });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const c = new pg.Client({ ...conf, database: name });
    await c.connect();
    await c.query(project.historyUps.join('\n'));
    await c.end();
    const auth = conf.password ? `${encodeURIComponent(conf.user)}:${encodeURIComponent(conf.password)}` : encodeURIComponent(conf.user);
    const t = performance.now();
    const result = await runDryRun({
      cwd: project.root, paths: ['migrations'], changedFiles: project.changed, config: defaultConfig(), engine: 'postgres',
      databaseUrl: `postgres://${auth}@${conf.host}:${conf.port}/${name}`,
    });
    const ms = Math.round(performance.now() - t);
    if (!result.migrations.every((m) => m.verdict === 'verified')) return ms;
    return ms;
  } finally {
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]).catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
    await admin.end();
  }
}
