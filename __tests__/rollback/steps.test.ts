import { describe, expect, test } from '@jest/globals';
import { lintFixture } from './fixture.js';

/**
 * popx splits one migration into steps `<timestamp><6-digit step>`, one statement per file, and
 * numbers the down files in the order of the whole down: step 0's down undoes the last step's up.
 * Rollback pairing looks across the steps of one group, not file by file.
 */
const dir = 'persistence/migrations';
const history = {
  [`${dir}/20240101000000000000_init.postgres.up.sql`]: 'CREATE TABLE flows (id uuid PRIMARY KEY, messages jsonb, ui text);\n',
  [`${dir}/20240101000000000000_init.postgres.down.sql`]: 'DROP TABLE flows;\n',
  [`${dir}/20240101000000000001_init.postgres.up.sql`]: 'CREATE TABLE flow_methods (id uuid PRIMARY KEY, flow_id uuid);\n',
  [`${dir}/20240101000000000001_init.postgres.down.sql`]: '',
};
const step = (n: number, up: string, down: string) => ({
  [`${dir}/20240301000000${String(n).padStart(6, '0')}_refactor.postgres.up.sql`]: up,
  [`${dir}/20240301000000${String(n).padStart(6, '0')}_refactor.postgres.down.sql`]: down,
});

describe('rollback pairing across popx steps', () => {
  test('downs numbered in the order of the whole down undo the group: no downgrade-mismatch; the data loss says the table comes back empty', async () => {
    const change = {
      ...step(0, 'DROP TABLE flow_methods;\n', 'ALTER TABLE flows ALTER COLUMN ui TYPE text;\n'),
      ...step(1, 'ALTER TABLE flows DROP COLUMN messages;\n', 'ALTER TABLE flows ADD COLUMN messages jsonb;\n'),
      ...step(2, 'ALTER TABLE flows ALTER COLUMN ui TYPE jsonb USING ui::jsonb;\n', 'CREATE TABLE flow_methods (id uuid PRIMARY KEY, flow_id uuid);\n'),
    };
    const r = await lintFixture({ history, change, paths: [dir] });
    const ids = r.report.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('downgrade-mismatch');
    const loss = r.report.findings.filter((f) => f.ruleId === 'irreversible-data-loss').map((f) => f.message);
    expect(loss.some((m) => /drops table flow_methods.*re-creates the table empty/.test(m))).toBe(true);
  });

  test('near-miss: a step whose up nothing in the group undoes is still reported, at that step', async () => {
    const change = {
      ...step(0, 'ALTER TABLE flows ADD COLUMN nid uuid;\n', 'ALTER TABLE flows DROP COLUMN messages_copy;\n'),
      ...step(1, 'ALTER TABLE flows ADD COLUMN messages_copy jsonb;\n', ''),
    };
    const r = await lintFixture({ history, change, paths: [dir] });
    const mismatch = r.report.findings.filter((f) => f.ruleId === 'downgrade-mismatch');
    expect(mismatch.map((f) => [f.file.split('/').pop(), /nid/.test(f.message)])).toEqual([['20240301000000000000_refactor.postgres.up.sql', true]]);
  });

  test('14-digit pop versions are migrations of their own (no group)', async () => {
    const change = {
      [`${dir}/20240301000000_a.postgres.up.sql`]: 'ALTER TABLE flows ADD COLUMN nid uuid;\n',
      [`${dir}/20240301000000_a.postgres.down.sql`]: 'SELECT 1;\n',
      [`${dir}/20240301000001_b.postgres.up.sql`]: 'SELECT 1;\n',
      [`${dir}/20240301000001_b.postgres.down.sql`]: 'ALTER TABLE flows DROP COLUMN nid;\n',
    };
    const r = await lintFixture({ history, change, paths: [dir] });
    expect(r.report.findings.filter((f) => f.ruleId === 'downgrade-mismatch')).toHaveLength(2);
  });
});

describe('a directory linted as a whole: the steps of one group are one deploy', () => {
  const lintDirectory = async (files: Record<string, string>) => {
    const { tmpTree } = await import('../helpers/tmp.js');
    const { lint } = await import('../../src/engine.js');
    const { resolveConfig } = await import('../../src/config.js');
    const { validateConfig } = await import('../../src/config-schema.js');
    const t = tmpTree(files);
    try {
      const config = resolveConfig(validateConfig({}, 'test config'), null, {});
      const { report } = await lint({ cwd: t.dir, paths: [dir], config });
      return report.findings.map((f) => `${f.file.split('/').pop()} ${f.ruleId}`);
    } finally {
      t.cleanup();
    }
  };

  test('an index on a table an earlier step of the same group created is on a new, empty table', async () => {
    const found = await lintDirectory({
      ...history,
      ...step(0, 'CREATE TABLE tokens (id uuid PRIMARY KEY, flow_id uuid);\n', 'DROP TABLE tokens;\n'),
      ...step(1, 'CREATE INDEX tokens_flow_id_idx ON tokens (flow_id);\n', 'DROP INDEX tokens_flow_id_idx;\n'),
    });
    expect(found.filter((f) => f.startsWith('20240301000000000001'))).toEqual([]);
  });

  test('near-miss: the same index in a later group is on a table that may have rows by then', async () => {
    const found = await lintDirectory({
      ...history,
      ...step(0, 'CREATE TABLE tokens (id uuid PRIMARY KEY, flow_id uuid);\n', 'DROP TABLE tokens;\n'),
      [`${dir}/20240401000000000000_index.postgres.up.sql`]: 'CREATE INDEX tokens_flow_id_idx ON tokens (flow_id);\n',
      [`${dir}/20240401000000000000_index.postgres.down.sql`]: 'DROP INDEX tokens_flow_id_idx;\n',
    });
    expect(found).toContain('20240401000000000000_index.postgres.up.sql require-concurrent-index');
  });
});
