import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { defaultConfig } from '../../src/config.js';
import { dryRun, MY, mysqlUrl, serverAvailable, writeMigrations } from './helpers.js';

/**
 * The MySQL clone outlives no run (issue 13): a dry-run killed with SIGKILL mid-statement leaves
 * its clone, and the next run drops it (its named lock is free), while a live run's clone is left
 * alone; SIGTERM and SIGINT drop the clone before exiting. Staging keeps no lock or session of the dead run.
 */

const source = `migration_guard_test_kill_${randomBytes(4).toString('hex')}`;
let available = false;
let conn: mysql.Connection | null = null;
const repo = process.cwd();

async function q(sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  return (await conn!.query(sql, values))[0] as Record<string, unknown>[];
}

beforeAll(async () => {
  available = await serverAvailable('MariaDB/MySQL', async () => {
    conn = await mysql.createConnection({ ...MY, connectTimeout: 3000 });
  });
  if (!available) return;
  await q(`CREATE DATABASE \`${source}\``);
  await q(`CREATE TABLE \`${source}\`.users (id int PRIMARY KEY, name varchar(50)) ENGINE=InnoDB`);
}, 30_000);

afterAll(async () => {
  if (!conn) return;
  await q(`DROP DATABASE IF EXISTS \`${source}\``);
  await conn.end();
});

/** Starts a dry-run in a child process whose migration sleeps with a marker; resolves to the clone it runs in. */
async function startSleeper(marker: string, timeoutMs: number): Promise<{ child: ChildProcess; clone: string; threadId: number; root: string; cleanup: () => void }> {
  const { dir, cleanup } = writeMigrations({
    '20240101000000_sleep.sql': `-- migrate:up\nSELECT SLEEP(60) AS ${marker};\n-- migrate:down\nSELECT 1;\n`,
  });
  const script = path.join(dir, 'run.mts');
  writeFileSync(
    script,
    `import { runDryRun } from ${JSON.stringify(path.join(repo, 'src/dryrun/index.ts'))};
import { defaultConfig } from ${JSON.stringify(path.join(repo, 'src/config.ts'))};
await runDryRun({ cwd: ${JSON.stringify(dir)}, paths: ['migrations'], changedFiles: ['migrations/20240101000000_sleep.sql'], config: defaultConfig({ dialect: 'mysql' }), engine: 'mysql', databaseUrl: ${JSON.stringify(mysqlUrl(source))}, statementTimeoutMs: ${timeoutMs} });
`,
  );
  // node itself with tsx as a loader (the tsx binary is a wrapper process a signal would not reach through).
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const rows = await q(`SELECT ID AS id, DB AS db FROM information_schema.PROCESSLIST WHERE INFO LIKE ? AND ID <> CONNECTION_ID() AND DB LIKE 'migration\\_guard\\_dryrun\\_%'`, [`%SLEEP(60) AS ${marker}%`]);
    if (rows.length) return { child, clone: String(rows[0]!.db), threadId: Number(rows[0]!.id), root: dir, cleanup };
    if (child.exitCode !== null) throw new Error(`the dry-run exited early: ${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the dry-run never reached its statement: ${stderr}`);
}

async function cloneExists(clone: string): Promise<boolean> {
  return (await q('SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [clone])).length > 0;
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

test('SIGKILL mid-statement: the next run drops the dead clone, never a live one; no lock or session is left', async () => {
  if (!available) return;
  const marker = `mg_kill_${randomBytes(3).toString('hex')}`;
  const killed = await startSleeper(marker, 3000);
  const live = await startSleeper(`${marker}_live`, 60_000);
  try {
    expect(killed.clone).toMatch(/^migration_guard_dryrun_[0-9a-f]{12}$/);
    killed.child.kill('SIGKILL');
    await new Promise((r) => killed.child.once('exit', r));
    // The killed run had no chance to clean up.
    expect(await cloneExists(killed.clone)).toBe(true);
    // The server ends the dead session (the statement timeout stops its sleep); its lock goes with it.
    expect(await waitFor(async () => (await q('SELECT 1 FROM information_schema.PROCESSLIST WHERE ID = ?', [killed.threadId])).length === 0, 20_000)).toBe(true);
    const { dir, cleanup } = writeMigrations({ '20240101000000_noop.sql': '-- migrate:up\nALTER TABLE users ADD COLUMN n int;\n-- migrate:down\nALTER TABLE users DROP COLUMN n;\n' });
    try {
      const result = await dryRun(dir, ['20240101000000_noop.sql'], { engine: 'mysql', databaseUrl: mysqlUrl(source), config: defaultConfig({ dialect: 'mysql' }) });
      expect(result.migrations[0]!.verdict).toBe('verified');
      // This run drops it, unless another test's run on the shared server got there first.
      const dropped = result.warnings!.join('\n').includes(`dropped the clone ${killed.clone} left by an earlier dry-run`);
      if (!dropped) console.warn(`${killed.clone} was dropped by another run before this one`);
    } finally {
      cleanup();
    }
    expect(await cloneExists(killed.clone)).toBe(false);
    expect(await q('SELECT IS_USED_LOCK(?) AS l', [killed.clone])).toEqual([{ l: null }]);
    expect(await q('SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ?', [killed.clone])).toEqual([]);
    // The other run is alive: its clone was not touched.
    expect(await cloneExists(live.clone)).toBe(true);
  } finally {
    killed.child.kill('SIGKILL');
    live.child.kill('SIGTERM');
    killed.cleanup();
  }
  // SIGTERM: the live run ends its own session and drops its clone before exiting.
  const code = await new Promise<number | null>((r) => (live.child.exitCode !== null ? r(live.child.exitCode) : live.child.once('exit', (c) => r(c))));
  expect(code).toBe(143);
  expect(await cloneExists(live.clone)).toBe(false);
  expect(await waitFor(async () => (await q('SELECT 1 FROM information_schema.PROCESSLIST WHERE ID = ?', [live.threadId])).length === 0, 10_000)).toBe(true);
  live.cleanup();
}, 150_000);

test('SIGINT (Ctrl-C) mid-statement: the run ends its session, drops its clone and exits with 130', async () => {
  if (!available) return;
  const run = await startSleeper(`mg_int_${randomBytes(3).toString('hex')}`, 60_000);
  try {
    expect(await cloneExists(run.clone)).toBe(true);
    run.child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => (run.child.exitCode !== null ? r(run.child.exitCode) : run.child.once('exit', (c) => r(c))));
    expect(code).toBe(130);
    expect(await cloneExists(run.clone)).toBe(false);
    expect(await waitFor(async () => (await q('SELECT 1 FROM information_schema.PROCESSLIST WHERE ID = ?', [run.threadId])).length === 0, 10_000)).toBe(true);
    expect(await q('SELECT IS_USED_LOCK(?) AS l', [run.clone])).toEqual([{ l: null }]);
  } finally {
    run.child.kill('SIGKILL');
    run.cleanup();
  }
}, 90_000);
