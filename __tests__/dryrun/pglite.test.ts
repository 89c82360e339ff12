import path from 'node:path';
import { renderDryRunMarkdown } from '../../src/dryrun/report.js';
import type { DryRunResult } from '../../src/dryrun/types.js';
import { byFile, dryRun, writeMigrations } from './helpers.js';

/**
 * The embedded engine: base history replayed into PGlite, then each PR migration up → down → up.
 * One PGlite start for all round-trip cases keeps the suite fast.
 */

const HISTORY = {
  '20240101000000_init.sql': `-- migrate:up
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL, price int, qty int NOT NULL DEFAULT 0, feeling mood);
INSERT INTO items (name, price, qty) SELECT 'item' || g, g * 3, g FROM generate_series(1, 50) g;
-- migrate:down
DROP TABLE items;
DROP TYPE mood;
`,
};

const PR = {
  '20240201000000_forgets_index.sql': `-- migrate:up
CREATE INDEX items_name_idx ON items (name);
ALTER TABLE items ADD COLUMN x int;
-- migrate:down
ALTER TABLE items DROP COLUMN x;
`,
  '20240202000000_lossy_down.sql': `-- migrate:up
ALTER TABLE items DROP COLUMN price;
-- migrate:down
ALTER TABLE items ADD COLUMN price int;
`,
  '20240203000000_enum_value.sql': `-- migrate:up
ALTER TYPE mood ADD VALUE 'ecstatic';
-- migrate:down
SELECT 1; -- PostgreSQL cannot drop an enum value
`,
  '20240204000000_leftover_sequence.sql': `-- migrate:up
CREATE SEQUENCE invoice_number_seq;
-- migrate:down
SELECT 1;
`,
  '20240205000000_correct.sql': `-- migrate:up
ALTER TABLE items ADD COLUMN note text;
CREATE INDEX items_note_idx ON items (note);
-- migrate:down
DROP INDEX items_note_idx;
ALTER TABLE items DROP COLUMN note;
`,
  '20240206000000_missing_extension.sql': `-- migrate:up
CREATE EXTENSION IF NOT EXISTS postgis;
-- migrate:down
DROP EXTENSION postgis;
`,
};

let result: DryRunResult;
let cleanup: () => void = () => undefined;

beforeAll(async () => {
  const w = writeMigrations({ ...HISTORY, ...PR });
  cleanup = w.cleanup;
  result = await dryRun(w.dir, Object.keys(PR), { engine: 'pglite', statementTimeoutMs: 20_000 });
}, 90_000);

afterAll(() => cleanup());

test('history is replayed before the PR migrations', () => {
  expect(result.engine).toBe('pglite');
  expect(result.history).toMatchObject({ count: 1, replayed: 1, failed: [] });
});

test('a down that forgets an index: the diff names it and up again fails', () => {
  const m = byFile(result, '20240201000000_forgets_index.sql');
  expect(m.verdict).toBe('failed');
  expect(m.roundTrip.diff).toEqual(expect.arrayContaining([expect.stringMatching(/^\+ index items_name_idx is left over/)]));
  expect(m.roundTrip.status).toBe('up-again-failed');
});

test('a lossy down: column order is reported (not a failure by itself) and the lost data fails it', () => {
  const m = byFile(result, '20240202000000_lossy_down.sql');
  expect(m.verdict).toBe('failed');
  expect(m.roundTrip.diff.join('\n')).not.toMatch(/column order/);
  expect((m.roundTrip.reported ?? []).join('\n')).toMatch(/table items: column order changed: \(id, name, price, qty, feeling, x\) became \(id, name, qty, feeling, x, price\)/);
  expect(m.roundTrip.dataDiff.join('\n')).toMatch(/items: row contents differ/);
});

test('an enum ADD VALUE cannot be reverted', () => {
  const m = byFile(result, '20240203000000_enum_value.sql');
  expect(m.verdict).toBe('failed');
  expect(m.roundTrip.diff.join('\n')).toMatch(/enum mood: lost 'sad', 'ok'/);
  expect(m.roundTrip.diff.join('\n')).toMatch(/gained 'sad', 'ok', 'ecstatic'/);
});

test('a leftover sequence is found', () => {
  const m = byFile(result, '20240204000000_leftover_sequence.sql');
  expect(m.verdict).toBe('failed');
  expect(m.roundTrip.diff.join('\n')).toMatch(/\+ sequence invoice_number_seq is left over/);
});

test('a correct down verifies, with the lock trace of the up', () => {
  const m = byFile(result, '20240205000000_correct.sql');
  expect(m.reasons).toEqual([]);
  expect(m.verdict).toBe('verified');
  expect(m.roundTrip).toMatchObject({ status: 'verified', diff: [], dataDiff: [] });
  expect(m.roundTrip.upChanges).toEqual([
    '+ index items_note_idx was created: CREATE INDEX items_note_idx ON public.items USING btree (note)',
    '~ table items: gained note text',
  ]);
  expect(m.statements[1]!.locks).toEqual(expect.arrayContaining([expect.objectContaining({ relation: 'items', mode: 'SHARE' })]));
  // Embedded timings are not representative: no durations are reported.
  expect(m.statements[0]!.durationMs).toBeNull();
});

test('an extension PGlite lacks makes the migration unverified, naming it', () => {
  const m = byFile(result, '20240206000000_missing_extension.sql');
  expect(m.verdict).toBe('unverified');
  expect(m.reasons.join('\n')).toMatch(/PGlite has no extension postgis/);
});

test('markdown report: lock table, gantt timeline and schema diff', () => {
  const md = renderDryRunMarkdown(result);
  expect(md).toMatch(/\| line \| statement \| result \| locks taken \|/);
  expect(md).toMatch(/```mermaid\ngantt\n {4}title Locks held by 20240205000000_correct/);
  expect(md).toMatch(/Schema diff after down/);
  expect(result.ok).toBe(false);
});

test('a PR whose migrations all verify exits clean', async () => {
  const w = writeMigrations({ ...HISTORY, '20240205000000_correct.sql': PR['20240205000000_correct.sql'] });
  try {
    const { dryRunCli } = await import('../../src/dryrun/cli.js');
    let out = '';
    const code = await dryRunCli(['migrations/20240205000000_correct.sql', '--format', 'json'], { out: (s) => (out += s), err: () => undefined, cwd: w.dir });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ version: 1, engine: 'pglite', ok: true, migrations: [{ verdict: 'verified' }] });
  } finally {
    w.cleanup();
  }
}, 60_000);

test('usage errors exit 2', async () => {
  const { main } = await import('../../src/cli.js');
  let err = '';
  const io = { out: () => undefined, err: (s: string) => (err += s), cwd: process.cwd(), isTty: false };
  expect(await main(['dry-run', '--engine', 'oracle'], io)).toBe(2);
  expect(await main(['dry-run', '--engine', 'postgres'], io)).toBe(2);
  expect(err).toMatch(/--engine must be/);
  expect(err).toMatch(/needs --database-url/);
});

test('PGlite has no working statement_timeout: a wall-clock limit stops the worker and says so', async () => {
  const w = writeMigrations({
    ...HISTORY,
    '20240301000000_sleepy.sql': '-- migrate:up\nSELECT pg_sleep(30);\n-- migrate:down\nSELECT 1;\n',
    '20240302000000_after.sql': '-- migrate:up\nALTER TABLE items ADD COLUMN later int;\n-- migrate:down\nALTER TABLE items DROP COLUMN later;\n',
  });
  try {
    const started = Date.now();
    const r = await dryRun(w.dir, ['20240301000000_sleepy.sql', '20240302000000_after.sql'], { engine: 'pglite', statementTimeoutMs: 1500 });
    expect(Date.now() - started).toBeLessThan(25_000);
    const sleepy = byFile(r, '20240301000000_sleepy.sql');
    expect(sleepy.verdict).toBe('failed');
    expect(sleepy.statements[0]).toMatchObject({ status: 'timeout' });
    expect(sleepy.statements[0]!.reason).toMatch(/wall-clock limit/);
    expect(byFile(r, '20240302000000_after.sql').reasons.join('\n')).toMatch(/not run: the embedded database was stopped/);
    expect(r.ok).toBe(false);
  } finally {
    w.cleanup();
  }
}, 60_000);

test('history PGlite cannot replay is a warning; PR migrations that depend on it are unverified, not failed', async () => {
  const w = writeMigrations({
    '20240101000000_gis.sql': '-- migrate:up\nCREATE EXTENSION postgis;\nCREATE TABLE places (id int, geom geometry);\n-- migrate:down\nDROP TABLE places;\n',
    '20240102000000_plain.sql': '-- migrate:up\nCREATE TABLE people (id int);\n-- migrate:down\nDROP TABLE people;\n',
    '20240201000000_unrelated.sql': '-- migrate:up\nALTER TABLE people ADD COLUMN name text;\n-- migrate:down\nALTER TABLE people DROP COLUMN name;\n',
    '20240202000000_needs_places.sql': '-- migrate:up\nALTER TABLE places ADD COLUMN name text;\n-- migrate:down\nALTER TABLE places DROP COLUMN name;\n',
  });
  try {
    const r = await dryRun(w.dir, ['20240201000000_unrelated.sql', '20240202000000_needs_places.sql'], { engine: 'pglite' });
    expect(r.history.failed.map((f) => f.id)).toEqual(['20240101000000_gis']);
    expect((r.warnings ?? []).join('\n')).toMatch(/did not replay on PGlite/);
    expect(r.problems).toEqual([]);
    expect(byFile(r, '20240201000000_unrelated.sql').verdict).toBe('verified');
    const needs = byFile(r, '20240202000000_needs_places.sql');
    expect(needs.verdict).toBe('unverified');
    expect(needs.reasons.join('\n')).toMatch(/base history did not replay completely/);
  } finally {
    w.cleanup();
  }
}, 60_000);

test('a history that does not replay completely is cached with what it skipped: the next run reports the same', async () => {
  const w = writeMigrations({
    '20240101000000_gis.sql': '-- migrate:up\nCREATE EXTENSION postgis;\nCREATE TABLE places (id int, geom geometry);\n-- migrate:down\nDROP TABLE places;\n',
    '20240102000000_plain.sql': '-- migrate:up\nCREATE TABLE people (id int);\n-- migrate:down\nDROP TABLE people;\n',
    '20240201000000_unrelated.sql': '-- migrate:up\nALTER TABLE people ADD COLUMN name text;\n-- migrate:down\nALTER TABLE people DROP COLUMN name;\n',
    '20240202000000_needs_places.sql': '-- migrate:up\nALTER TABLE places ADD COLUMN name text;\n-- migrate:down\nALTER TABLE places DROP COLUMN name;\n',
  });
  const cacheDir = path.join(w.dir, '.cache');
  try {
    const changed = ['20240201000000_unrelated.sql', '20240202000000_needs_places.sql'];
    const cold = await dryRun(w.dir, changed, { engine: 'pglite', cacheDir });
    const warm = await dryRun(w.dir, changed, { engine: 'pglite', cacheDir });
    expect(cold.history.fromCache).toBe(false);
    expect(warm.history.fromCache).toBe(true);
    for (const r of [cold, warm]) {
      expect(r.history.failed.map((f) => f.id)).toEqual(['20240101000000_gis']);
      expect(r.history.replayed).toBe(1);
      expect((r.warnings ?? []).join('\n')).toMatch(/did not replay on PGlite/);
      expect(byFile(r, '20240201000000_unrelated.sql').verdict).toBe('verified');
      expect(byFile(r, '20240202000000_needs_places.sql').verdict).toBe('unverified');
    }
    expect(warm.history.failed).toEqual(cold.history.failed);
  } finally {
    w.cleanup();
  }
}, 90_000);
