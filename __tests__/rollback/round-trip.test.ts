import { describe, expect, test } from '@jest/globals';
import { lintFixture } from './fixture.js';

/**
 * Downs that restore the schema another way than op by op: the column-order rebuild (add x_new,
 * copy, drop x, rename x_new to x) and a table rebuilt under its old name. The round trip is
 * replayed on the schema model; only objects that come back different are mismatches.
 */
const history = {
  'migrations/001_site.up.sql': "CREATE TABLE site (id int PRIMARY KEY, name text NOT NULL, mode text NOT NULL DEFAULT 'open', hidden boolean NOT NULL DEFAULT false, note text);\n",
  'migrations/001_site.down.sql': 'DROP TABLE site;\n',
};
const up = 'ALTER TABLE site DROP COLUMN hidden;\n';
const rebuild = (mode: string) => [
  '-- put hidden back where it was: every column after it is rebuilt',
  'ALTER TABLE site ADD COLUMN hidden boolean NOT NULL DEFAULT false,',
  `  ADD COLUMN mode_new text ${mode},`,
  '  ADD COLUMN note_new text;',
  'UPDATE site SET mode_new = mode, note_new = note;',
  'ALTER TABLE site DROP COLUMN mode, DROP COLUMN note;',
  'ALTER TABLE site RENAME COLUMN mode_new TO mode;',
  'ALTER TABLE site RENAME COLUMN note_new TO note;',
  'ALTER TABLE site ALTER COLUMN mode SET NOT NULL;',
  '',
].join('\n');

describe('a down that restores the schema by rebuilding', () => {
  test('the column-order rebuild restores every column: no downgrade-mismatch', async () => {
    const r = await lintFixture({ history, change: { 'migrations/002_hide.up.sql': up, 'migrations/002_hide.down.sql': rebuild("DEFAULT 'open'") } });
    expect(r.report.findings.filter((f) => f.ruleId === 'downgrade-mismatch')).toEqual([]);
  });

  test('near-miss: the rebuilt column comes back with another default: only that column is a mismatch', async () => {
    const r = await lintFixture({ history, change: { 'migrations/002_hide.up.sql': up, 'migrations/002_hide.down.sql': rebuild("DEFAULT 'closed'") } });
    const mismatches = r.report.findings.filter((f) => f.ruleId === 'downgrade-mismatch');
    expect(mismatches.length).toBeGreaterThan(0);
    expect(mismatches.every((f) => /\bmode(_new)?\b/.test(f.message))).toBe(true);
    expect(mismatches.some((f) => /\bnote\b/.test(f.message))).toBe(false);
  });

  test('a table rebuilt under its old name (create new, copy, drop, rename) restores it', async () => {
    const down = [
      "CREATE TABLE site_new (id int PRIMARY KEY, name text NOT NULL, mode text NOT NULL DEFAULT 'open', hidden boolean NOT NULL DEFAULT false, note text);",
      'INSERT INTO site_new (id, name, mode, note) SELECT id, name, mode, note FROM site;',
      'DROP TABLE site;',
      'ALTER TABLE site_new RENAME TO site;',
      '',
    ].join('\n');
    const r = await lintFixture({ history, change: { 'migrations/002_hide.up.sql': up, 'migrations/002_hide.down.sql': down } });
    expect(r.report.findings.filter((f) => f.ruleId === 'downgrade-mismatch')).toEqual([]);
  });

  test('a table the history never created is not guessed at: op-by-op pairing stands', async () => {
    const r = await lintFixture({ change: { 'migrations/002_x.up.sql': 'ALTER TABLE legacy ADD COLUMN a int;\n', 'migrations/002_x.down.sql': 'ALTER TABLE legacy DROP COLUMN b;\n' } });
    expect(r.report.findings.filter((f) => f.ruleId === 'downgrade-mismatch')).toHaveLength(2);
  });
});

describe('an upgrade that drops and re-creates an object as it was', () => {
  const base = {
    'migrations/001_pc.up.sql': 'CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p (id));\nCREATE INDEX c_id_idx ON c (id);\n',
    'migrations/001_pc.down.sql': 'DROP TABLE c;\nDROP TABLE p;\n',
  };
  test('an index dropped by name only and built again identically needs no inverse', async () => {
    const up = 'ALTER TABLE c ADD COLUMN path text;\nDROP INDEX IF EXISTS c_id_idx;\nDELETE FROM c WHERE p_id < 0;\nCREATE INDEX c_id_idx ON c (id);\n';
    const r = await lintFixture({ history: base, change: { 'migrations/002_re.up.sql': up, 'migrations/002_re.down.sql': 'ALTER TABLE c DROP COLUMN path;\n' } });
    expect(r.report.findings.filter((f) => f.ruleId === 'downgrade-mismatch')).toEqual([]);
  });
  test('a constraint named by PostgreSQL (inline REFERENCES: c_p_id_fkey) dropped and added again by that name', async () => {
    const up = 'ALTER TABLE c DROP CONSTRAINT c_p_id_fkey;\nDELETE FROM c WHERE p_id < 0;\nALTER TABLE c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES p (id);\n';
    const r = await lintFixture({ history: base, change: { 'migrations/002_re.up.sql': up, 'migrations/002_re.down.sql': 'SELECT 1;\n' } });
    expect(r.report.findings.filter((f) => f.ruleId === 'downgrade-mismatch')).toEqual([]);
  });
  test('near-miss: the constraint comes back on another column', async () => {
    const up = 'ALTER TABLE c ADD COLUMN q_id int;\nALTER TABLE c DROP CONSTRAINT c_p_id_fkey;\nALTER TABLE c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (q_id) REFERENCES p (id);\n';
    const r = await lintFixture({ history: base, change: { 'migrations/002_re.up.sql': up, 'migrations/002_re.down.sql': 'ALTER TABLE c DROP COLUMN q_id;\n' } });
    expect(r.report.findings.filter((f) => f.ruleId === 'downgrade-mismatch').length).toBeGreaterThan(0);
  });
});
