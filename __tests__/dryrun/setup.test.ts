import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultConfig, type ResolvedConfig } from '../../src/config.js';
import { byFile, dryRun, writeMigrations } from './helpers.js';

/**
 * `dryRun.setup` / `dryRun.setupFiles`: what the deployment creates outside the migrations (a
 * schema, a dump of the tables that precede the first migration) is created on the embedded
 * database before the history, so the history replays and the PR's migrations can be verified.
 */
const FILES = {
  '001_users.up.sql': 'CREATE TABLE app.users (id bigint PRIMARY KEY);\n',
  '001_users.down.sql': 'DROP TABLE app.users;\n',
  '002_email.up.sql': 'ALTER TABLE app.users ADD COLUMN email text;\nALTER TABLE legacy.accounts ADD COLUMN user_id bigint;\n',
  '002_email.down.sql': 'ALTER TABLE legacy.accounts DROP COLUMN user_id;\nALTER TABLE app.users DROP COLUMN email;\n',
};

function withDryRun(dryRunConfig: ResolvedConfig['dryRun']): ResolvedConfig {
  return { ...defaultConfig(), dryRun: dryRunConfig };
}

let cacheDir: string;
beforeEach(() => {
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'mg-setup-cache-'));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

test('without the setup, the history does not replay and the PR migration cannot be verified', async () => {
  const w = writeMigrations(FILES);
  try {
    const r = await dryRun(w.dir, ['002_email.up.sql'], { engine: 'pglite', cacheDir });
    expect(r.history.failed.map((f) => f.error).join('\n')).toMatch(/schema "app" does not exist/);
    expect(byFile(r, '002_email.up.sql').verdict).not.toBe('verified');
  } finally {
    w.cleanup();
  }
}, 120_000);

test('setup SQL and a setup file in the repository run before the history; the cache is keyed by them', async () => {
  const w = writeMigrations(FILES);
  try {
    writeFileSync(path.join(w.dir, 'base.sql'), 'CREATE SCHEMA legacy;\nCREATE TABLE legacy.accounts (id bigint PRIMARY KEY);\n');
    const config = withDryRun({ setup: 'CREATE SCHEMA app', setupFiles: ['base.sql'] });
    const r = await dryRun(w.dir, ['002_email.up.sql'], { engine: 'pglite', cacheDir, config });
    expect(r.problems).toEqual([]);
    expect(r.history.failed).toEqual([]);
    expect(byFile(r, '002_email.up.sql').verdict).toBe('verified');
    expect(r.ok).toBe(true);
    // The same history with the same setup is loaded from the cache ...
    const again = await dryRun(w.dir, ['002_email.up.sql'], { engine: 'pglite', cacheDir, config });
    expect(again.history.fromCache).toBe(true);
    expect(byFile(again, '002_email.up.sql').verdict).toBe('verified');
    // ... a different setup is not: its replay starts from the new setup.
    const other = await dryRun(w.dir, ['002_email.up.sql'], { engine: 'pglite', cacheDir, config: withDryRun({ setup: ['CREATE SCHEMA app'] }) });
    expect(other.history.fromCache).toBe(false);
    expect(byFile(other, '002_email.up.sql').verdict).not.toBe('verified');
  } finally {
    w.cleanup();
  }
}, 180_000);

test('a setup statement that fails is a run-level problem naming the entry, and the run is not ok', async () => {
  const w = writeMigrations(FILES);
  try {
    const config = withDryRun({ setup: ['CREATE SCHEMA app', 'CREATE TABLE missing.t (id int)'] });
    const r = await dryRun(w.dir, ['002_email.up.sql'], { engine: 'pglite', cacheDir, config });
    expect(r.problems.join('\n')).toMatch(/dryRun\.setup\[1\] failed: .*schema "missing" does not exist/);
    expect(r.ok).toBe(false);
  } finally {
    w.cleanup();
  }
}, 120_000);

test('a setup file outside the repository is refused before anything runs', async () => {
  const w = writeMigrations(FILES);
  const outside = mkdtempSync(path.join(os.tmpdir(), 'mg-setup-outside-'));
  try {
    writeFileSync(path.join(outside, 'secret.sql'), 'not sql: a credential\n');
    symlinkSync(path.join(outside, 'secret.sql'), path.join(w.dir, 'link.sql'));
    await expect(dryRun(w.dir, ['002_email.up.sql'], { engine: 'pglite', cacheDir, config: withDryRun({ setupFiles: ['link.sql'] }) })).rejects.toThrow(/dryRun\.setupFiles: link\.sql: resolves outside the repository/);
    await expect(dryRun(w.dir, ['002_email.up.sql'], { engine: 'pglite', cacheDir, config: withDryRun({ setupFiles: ['nope.sql'] }) })).rejects.toThrow(/dryRun\.setupFiles: nope\.sql: not found/);
  } finally {
    w.cleanup();
    rmSync(outside, { recursive: true, force: true });
  }
});

test('on a server engine the setup is refused: it would change a shared database', async () => {
  const w = writeMigrations(FILES);
  try {
    const config = withDryRun({ setup: 'CREATE SCHEMA app' });
    await expect(dryRun(w.dir, ['002_email.up.sql'], { engine: 'postgres', databaseUrl: 'postgres://postgres@127.0.0.1:5432/test', config })).rejects.toThrow(/dryRun\.setup is for the embedded engine \(pglite\) only/);
  } finally {
    w.cleanup();
  }
});

test('a search_path the setup SETs holds for a replay loaded from the cache too', async () => {
  const w = writeMigrations({
    '001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
    '001_users.down.sql': 'DROP TABLE users;\n',
    '002_email.up.sql': 'ALTER TABLE app.users ADD COLUMN email text;\nALTER TABLE users ADD COLUMN note text;\n',
    '002_email.down.sql': 'ALTER TABLE users DROP COLUMN note;\nALTER TABLE app.users DROP COLUMN email;\n',
  });
  try {
    const config = withDryRun({ setup: ['CREATE SCHEMA app', 'SET search_path = app, public'] });
    const first = await dryRun(w.dir, ['002_email.up.sql'], { engine: 'pglite', cacheDir, config });
    expect(first.problems).toEqual([]);
    expect(byFile(first, '002_email.up.sql').verdict).toBe('verified');
    const cached = await dryRun(w.dir, ['002_email.up.sql'], { engine: 'pglite', cacheDir, config });
    expect(cached.history.fromCache).toBe(true);
    expect(byFile(cached, '002_email.up.sql').verdict).toBe('verified');
  } finally {
    w.cleanup();
  }
}, 180_000);
