import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FakeGitHub } from './fake-github.js';
import { runAction, TempRepo, withFakeGitHubAndRepo } from './action-harness.js';
import { PG, pgAdmin, pgUrl, serverAvailable } from '../dryrun/helpers.js';
import { loadSnapshot } from '../../src/stats/snapshot.js';

/**
 * `mode: stats` through the bundled action, as a scheduled workflow runs it: the snapshot of a
 * real PostgreSQL 15 database is written into the workspace, with no lint and no GitHub API call;
 * the password is only ever handed to the runner's mask; a role beyond the minimum is refused
 * when asked; a symlink on the output path is never followed out of the workspace.
 */

let github: FakeGitHub;
let repo: TempRepo;

withFakeGitHubAndRepo((g, r) => {
  github = g;
  repo = r;
});

const schedule = { schedule: '17 5 * * 1', repository: { name: 'shop', owner: { login: 'acme' }, default_branch: 'main' } };
const SECRET = `zq${randomBytes(6).toString('hex')}`;
let up = false;
let database = '';
const role = `mg_stats_e2e_${randomBytes(4).toString('hex')}`;
const password = `pw${randomBytes(8).toString('hex')}`;

beforeAll(async () => {
  up = await serverAvailable('PostgreSQL', async () => (await pgAdmin()).end());
  if (!up) return;
  database = `migration_guard_test_${randomBytes(5).toString('hex')}`;
  const admin = await pgAdmin();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
  await admin.query(`GRANT CONNECT ON DATABASE ${database} TO ${role}`);
  await admin.query(`GRANT pg_read_all_stats TO ${role}`);
  await admin.end();
  const c = await pgAdmin(database);
  await c.query('CREATE TABLE orders (id bigserial PRIMARY KEY, email text NOT NULL)');
  await c.query(`INSERT INTO orders (email) SELECT $1 || g || '@example.org' FROM generate_series(1, 500) g`, [SECRET]);
  await c.query('ANALYZE');
  await c.end();
}, 60_000);

afterAll(async () => {
  if (!up) return;
  const admin = await pgAdmin();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`DROP ROLE IF EXISTS ${role}`);
  await admin.end();
});

const leastPrivilegeUrl = () => `postgres://${role}:${password}@${PG.host}:${PG.port}/${database}`;

test('the least-privilege role: the snapshot is written where the config says, loadable, without row data; no GitHub call', async () => {
  if (!up) return;
  repo.commit({ '.migration-guard.yml': 'stats: ops/stats.json\n' }, 'config');
  const result = await runAction({ repo, github, eventName: 'schedule', event: schedule, inputs: { mode: 'stats', 'database-url': leastPrivilegeUrl(), 'require-least-privilege': 'true' } });
  expect(result.exitCode).toBe(0);
  expect(github.requests).toEqual([]);
  expect(result.outputs['stats-file']).toBe('ops/stats.json');
  const snapshot = loadSnapshot(repo.dir, 'ops/stats.json');
  expect(snapshot.tables.find((t) => t.name === 'orders')?.rows).toBe(500);
  expect(readFileSync(path.join(repo.dir, 'ops/stats.json'), 'utf8')).not.toContain(SECRET);
  // The password reaches the log only as the runner's mask command, which the runner consumes.
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => l.includes(password));
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.every((l) => l.startsWith('::add-mask::'))).toBe(true);
  expect(result.stdout).toContain('wrote ops/stats.json: 1 table');
}, 120_000);

test('a superuser with require-least-privilege: the step fails naming why, and nothing is written', async () => {
  if (!up) return;
  repo.commit({ 'README.md': 'shop\n' }, 'base');
  const result = await runAction({ repo, github, eventName: 'schedule', event: schedule, inputs: { mode: 'stats', 'database-url': pgUrl(database), 'require-least-privilege': 'true' } });
  expect(result.exitCode).toBe(1);
  const failure = result.annotations.find((a) => a.level === 'error')?.message ?? '';
  expect(failure).toMatch(/refusing to capture \(--require-least-privilege\): the role \w+ can do more than the capture needs: it is a superuser/);
  expect(existsSync(path.join(repo.dir, '.migration-guard', 'stats.json'))).toBe(false);
  // Without the input the same role captures, with the excess as a notice.
  const lenient = await runAction({ repo, github, eventName: 'schedule', event: schedule, inputs: { mode: 'stats', 'database-url': pgUrl(database) } });
  expect(lenient.exitCode).toBe(0);
  expect(lenient.annotations.some((a) => a.level === 'notice' && a.message.includes('it is a superuser'))).toBe(true);
  expect(existsSync(path.join(repo.dir, '.migration-guard', 'stats.json'))).toBe(true);
}, 120_000);

test('a committed symlink on the output path is not followed out of the workspace; no URL is a usage error', async () => {
  if (!up) return;
  const outside = mkdtempSync(path.join(os.tmpdir(), 'mg-e2e-outside-'));
  try {
    symlinkSync(outside, path.join(repo.dir, 'ops'));
    repo.commit({ 'README.md': 'shop\n' }, 'symlink');
    const result = await runAction({ repo, github, eventName: 'schedule', event: schedule, inputs: { mode: 'stats', 'database-url': leastPrivilegeUrl(), 'stats-output': 'ops/stats.json' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toContain('resolves outside the workspace');
    expect(existsSync(path.join(outside, 'stats.json'))).toBe(false);

    const noUrl = await runAction({ repo, github, eventName: 'schedule', event: schedule, inputs: { mode: 'stats' } });
    expect(noUrl.exitCode).toBe(1);
    expect(noUrl.annotations.find((a) => a.level === 'error')?.message).toContain("mode 'stats' needs the input 'database-url'");
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
}, 120_000);
