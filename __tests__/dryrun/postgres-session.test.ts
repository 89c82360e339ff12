import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { savepointToken } from '../../src/dryrun/pg-runner.js';
import { takeSnapshot } from '../../src/dryrun/snapshot.js';
import { byFile, createPgDatabase, dryRun, pgAdmin, pgUrl, serverAvailable, writeMigrations } from './helpers.js';

/**
 * The postgres engine's session (issue 13): a down that uses an enum value the up added is
 * "needs a commit between up and down" (unverified), not failed; column order is reported, or a
 * failure when configured; the savepoints are named with a fresh random token per run; a dry-run
 * killed with SIGKILL mid-statement leaves no session, lock or change on staging.
 */

let available = false;
let db: { name: string; drop: () => Promise<void> } | null = null;
const repo = process.cwd();

const SEED = `
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE people (id int PRIMARY KEY, feeling mood);
INSERT INTO people VALUES (1, 'ok');
CREATE TABLE docs (id int PRIMARY KEY, title text, body text);
CREATE TABLE docs2 (id int PRIMARY KEY, title text, body text);
`;

beforeAll(async () => {
  available = await serverAvailable('PostgreSQL', async () => {
    const c = await pgAdmin();
    await c.end();
  });
  if (!available) return;
  db = await createPgDatabase();
  const c = await pgAdmin(db.name);
  await c.query(SEED);
  await c.end();
}, 30_000);

afterAll(async () => {
  await db?.drop();
});

test('staging: a down using an enum value the up added needs a commit between up and down (unverified, not failed)', async () => {
  if (!available || !db) return;
  const files = {
    '20240101000000_enum.sql': "-- migrate:up\nALTER TYPE mood ADD VALUE 'happy';\n-- migrate:down\nUPDATE people SET feeling = 'ok' WHERE feeling = 'happy';\n",
    '20240102000000_after.sql': '-- migrate:up\nALTER TABLE docs ADD COLUMN n int;\n-- migrate:down\nALTER TABLE docs DROP COLUMN n;\n',
  };
  const { dir, cleanup } = writeMigrations(files);
  try {
    const result = await dryRun(dir, Object.keys(files), { engine: 'postgres', databaseUrl: pgUrl(db.name) });
    const m = byFile(result, '20240101000000_enum.sql');
    expect({ verdict: m.verdict, status: m.roundTrip.status, error: m.roundTrip.error }).toEqual({ verdict: 'unverified', status: 'not-run', error: 'needs a commit between up and down' });
    expect(m.reasons.join('\n')).toMatch(/needs a commit between up and down to be verified .*20240101000000_enum\.sql:4/);
    // The run goes on from "up applied": the next migration verifies.
    expect(byFile(result, '20240102000000_after.sql').verdict).toBe('verified');
  } finally {
    cleanup();
  }
  const c = await pgAdmin(db.name);
  expect((await c.query(`SELECT enum_range(NULL::mood)::text AS r`)).rows[0].r).toBe('{sad,ok}');
  await c.end();
}, 60_000);

test('staging: column order after the down is reported; --column-order fail makes it a failed round trip', async () => {
  if (!available || !db) return;
  const files = { '20240101000000_reorder.sql': '-- migrate:up\nALTER TABLE docs2 DROP COLUMN title;\n-- migrate:down\nALTER TABLE docs2 ADD COLUMN title text;\n' };
  const { dir, cleanup } = writeMigrations(files);
  try {
    const reported = byFile(await dryRun(dir, Object.keys(files), { engine: 'postgres', databaseUrl: pgUrl(db.name) }), '20240101000000_reorder.sql');
    expect({ verdict: reported.verdict, status: reported.roundTrip.status, diff: reported.roundTrip.diff }).toEqual({ verdict: 'verified', status: 'verified', diff: [] });
    expect(reported.roundTrip.reported!.join('\n')).toMatch(/table docs2: column order changed: \(id, title, body\) became \(id, body, title\)/);
    const strict = byFile(await dryRun(dir, Object.keys(files), { engine: 'postgres', databaseUrl: pgUrl(db.name), columnOrder: 'fail' }), '20240101000000_reorder.sql');
    expect({ verdict: strict.verdict, status: strict.roundTrip.status }).toEqual({ verdict: 'failed', status: 'mismatch' });
    expect(strict.roundTrip.diff.join('\n')).toMatch(/column order changed/);
    // The same through the command line: --column-order fail, and --allow-superuser (the test role is one).
    const { dryRunCli } = await import('../../src/dryrun/cli.js');
    const cli = async (...flags: string[]) => {
      let out = '';
      const code = await dryRunCli(['migrations', '--engine', 'postgres', '--database-url', pgUrl(db!.name), '--format', 'json', ...flags], { out: (t) => (out += t), err: () => undefined, cwd: dir });
      return { code, json: JSON.parse(out) as { problems: string[]; migrations: { verdict: string; roundTrip: { status: string } }[] } };
    };
    const failed = await cli('--column-order', 'fail', '--allow-superuser');
    expect({ code: failed.code, verdict: failed.json.migrations[0]!.verdict, status: failed.json.migrations[0]!.roundTrip.status }).toEqual({ code: 1, verdict: 'failed', status: 'mismatch' });
    expect((await cli('--allow-superuser')).code).toBe(0);
    const refused = await cli();
    expect({ code: refused.code, problems: refused.json.problems.join('\n') }).toEqual({ code: 1, problems: expect.stringMatching(/is a superuser.*--allow-superuser/) });
  } finally {
    cleanup();
  }
}, 60_000);

test('savepoint names carry a fresh 64-bit random token per run', () => {
  const tokens = new Set(Array.from({ length: 50 }, () => savepointToken()));
  expect(tokens.size).toBe(50);
  for (const t of tokens) expect(t).toMatch(/^[0-9a-f]{16}$/);
});

/** Starts a postgres-engine dry-run in a child process whose migration sleeps with a marker. */
async function startSleeper(marker: string): Promise<{ child: ChildProcess; pid: number; cleanup: () => void }> {
  const { dir, cleanup } = writeMigrations({ '20240101000000_sleep.sql': `-- migrate:up\nALTER TABLE docs ADD COLUMN killed int;\nSELECT pg_sleep(60) AS ${marker};\n-- migrate:down\nSELECT 1;\n` });
  const script = path.join(dir, 'run.mts');
  writeFileSync(
    script,
    `import { runDryRun } from ${JSON.stringify(path.join(repo, 'src/dryrun/index.ts'))};
import { defaultConfig } from ${JSON.stringify(path.join(repo, 'src/config.ts'))};
await runDryRun({ cwd: ${JSON.stringify(dir)}, paths: ['migrations'], changedFiles: ['migrations/20240101000000_sleep.sql'], config: defaultConfig(), engine: 'postgres', allowSuperuser: true, databaseUrl: ${JSON.stringify(pgUrl(db!.name))}, statementTimeoutMs: 120000 });
`,
  );
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const admin = await pgAdmin(db!.name);
  try {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const r = await admin.query(`SELECT pid FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid() AND state = 'active'`, [`%pg_sleep(60) AS ${marker}%`]);
      if (r.rows.length) return { child, pid: Number(r.rows[0].pid), cleanup };
      if (child.exitCode !== null) throw new Error(`the dry-run exited early: ${stderr}`);
      await new Promise((res) => setTimeout(res, 200));
    }
  } finally {
    await admin.end();
  }
  child.kill('SIGKILL');
  throw new Error(`the dry-run never reached its statement: ${stderr}`);
}

test('SIGKILL mid-statement: staging keeps no session, lock or change of the dead run (long before its statement timeout)', async () => {
  if (!available || !db) return;
  const admin = await pgAdmin(db.name);
  const before = await takeSnapshot(admin);
  const marker = `mg_pgkill_${savepointToken().slice(0, 6)}`;
  const run = await startSleeper(marker);
  try {
    const held = await admin.query(`SELECT count(*)::int AS n FROM pg_locks WHERE pid = $1 AND relation = 'docs'::regclass`, [run.pid]);
    expect(held.rows[0].n).toBeGreaterThan(0);
    run.child.kill('SIGKILL');
    await new Promise((r) => run.child.once('exit', r));
    const started = Date.now();
    let gone = false;
    while (Date.now() - started < 15_000 && !gone) {
      gone = (await admin.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [run.pid])).rows.length === 0;
      if (!gone) await new Promise((r) => setTimeout(r, 250));
    }
    // client_connection_check_interval ends it within seconds; the statement timeout is 120 s.
    expect(gone).toBe(true);
    expect((await admin.query(`SELECT count(*)::int AS n FROM pg_locks WHERE pid = $1`, [run.pid])).rows[0].n).toBe(0);
    expect((await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'migration-guard dry-run' AND datname = current_database()`)).rows[0].n).toBe(0);
    expect([...(await takeSnapshot(admin))]).toEqual([...before]);
    console.log(`killed dry-run session gone after ${Date.now() - started} ms`);
  } finally {
    run.child.kill('SIGKILL');
    run.cleanup();
    await admin.end();
  }
}, 90_000);
