import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../../src/config.js';
import { validateConfig } from '../../src/config-schema.js';
import { lint } from '../../src/engine.js';
import { ruleTester } from '../helpers/rule-tester.js';

const create = 'CREATE TABLE accounts (id bigint PRIMARY KEY);';
const knex = `exports.up = (knex) => knex.schema.createTable('accounts', (t) => t.bigIncrements());\nexports.down = (knex) => knex.schema.dropTable('accounts');\n`;

ruleTester('migration-conflict', {
  valid: [
    { name: 'golang-migrate: versions of their own', layout: 'golang-migrate', sql: create, down: 'DROP TABLE accounts;', appFiles: { 'b_change/000099_users.up.sql': 'CREATE TABLE users (id int);', 'b_change/000099_users.down.sql': 'DROP TABLE users;' } },
    { name: 'plain files: the runner and its key are unknown', sql: create, appFiles: { 'b_change/0100_users.sql': 'CREATE TABLE users (id int);' } },
    { name: 'Knex keys migrations by the whole file name, not the timestamp', knex, appFiles: { 'b_change/20990101000000_users.js': knex.replace(/accounts/g, 'users') } },
    { name: 'Flyway: a repeatable migration has no version', layout: 'flyway', sql: create, appFiles: { 'b_change/R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT 1;' } },
  ],
  invalid: [
    { name: 'golang-migrate: two migrations of one version (leading zeros do not count)', layout: 'golang-migrate', sql: create, down: 'DROP TABLE accounts;', appFiles: { 'b_change/100_users.up.sql': 'CREATE TABLE users (id int);', 'b_change/100_users.down.sql': 'DROP TABLE users;' }, line: 1 },
    { name: 'Flyway: 100 and 100.0 are one version', layout: 'flyway', sql: create, appFiles: { 'b_change/V100.0__users.sql': 'CREATE TABLE users (id int);' }, line: 1 },
    { name: 'dbmate: same timestamp', layout: 'dbmate', sql: `-- migrate:up\n${create}\n-- migrate:down\nDROP TABLE accounts;\n`, appFiles: { 'b_change/20990101000000_users.sql': '-- migrate:up\nCREATE TABLE users (id int);\n-- migrate:down\nDROP TABLE users;\n' }, line: 1 },
    { name: 'Diesel: same version, other name', layout: 'diesel', sql: create, down: 'DROP TABLE accounts;', appFiles: { 'b_change/2099-01-01-000000_users/up.sql': 'CREATE TABLE users (id int);', 'b_change/2099-01-01-000000_users/down.sql': 'DROP TABLE users;' }, line: 1 },
  ],
});

/** Lints a directory tree; `changed`/`added` as a pull request states them (null: the whole directory). */
async function lintTree(files: Record<string, string>, paths: string[], change: { changed: string[]; added?: string[] } | null) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-conflict-'));
  try {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    const config = resolveConfig(validateConfig({}, 'test'), null, {});
    const { report } = await lint({ cwd: dir, paths, config, ...(change ? { changedFiles: change.changed, ...(change.added ? { addedFiles: change.added } : {}) } : {}) });
    return report.findings.filter((f) => f.ruleId === 'migration-conflict');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rev = (revision: string, down: string | null, extra = '') => `"""${revision}"""
from alembic import op

revision = "${revision}"
down_revision = ${down === null ? 'None' : `"${down}"`}
${extra}

def upgrade():
    op.execute("SELECT 1")


def downgrade():
    pass
`;

const django = (deps: string) => `from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [${deps}]
    operations = [migrations.RunSQL("SELECT 1", "SELECT 1")]
`;

describe('migration-conflict across migrations', () => {
  const gm = (v: string, name: string) => ({ [`db/${v}_${name}.up.sql`]: `CREATE TABLE ${name} (id int);`, [`db/${v}_${name}.down.sql`]: `DROP TABLE ${name};` });

  test('PR mode: an added golang-migrate migration older than the base branch\'s latest is never applied', async () => {
    const files = { ...gm('20240101000000', 'users'), ...gm('20240301000000', 'orders'), ...gm('20240201000000', 'invoices') };
    const found = await lintTree(files, ['db'], { changed: ['db/20240201000000_invoices.up.sql'], added: ['db/20240201000000_invoices.up.sql'] });
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toBe('db/20240201000000_invoices.up.sql');
    expect(found[0]!.message).toContain('db/20240301000000_orders.up.sql');
    expect(found[0]!.message).toContain('never applied');
  });

  test('PR mode: a modified old migration is not out of order (only added ones are judged)', async () => {
    const files = { ...gm('20240101000000', 'users'), ...gm('20240301000000', 'orders') };
    expect(await lintTree(files, ['db'], { changed: ['db/20240101000000_users.up.sql'], added: [] })).toEqual([]);
  });

  test('PR mode: an added migration after the latest one is in order; unknown additions judge nothing', async () => {
    const files = { ...gm('20240101000000', 'users'), ...gm('20240301000000', 'orders') };
    expect(await lintTree(files, ['db'], { changed: ['db/20240301000000_orders.up.sql'], added: ['db/20240301000000_orders.up.sql'] })).toEqual([]);
    expect(await lintTree(files, ['db'], { changed: ['db/20240101000000_users.up.sql'] })).toEqual([]);
  });

  test('Knex: an added migration older than the base branch\'s latest runs late', async () => {
    const files = { 'migrations/20240101000000_a.js': knex, 'migrations/20240301000000_b.js': knex, 'migrations/20240201000000_c.js': knex };
    const found = await lintTree(files, ['migrations'], { changed: ['migrations/20240201000000_c.js'], added: ['migrations/20240201000000_c.js'] });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('Knex runs every migration it has not recorded yet');
  });

  test('--base: git says which files the branch adds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-conflict-git-'));
    try {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
      const write = (files: Record<string, string>) => {
        for (const [rel, text] of Object.entries(files)) {
          mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
          writeFileSync(path.join(dir, rel), text);
        }
      };
      git('init', '-q', '-b', 'main');
      write({ ...gm('20240101000000', 'users'), ...gm('20240301000000', 'orders') });
      git('add', '.');
      git('commit', '-qm', 'base');
      git('checkout', '-qb', 'feature');
      write({ ...gm('20240201000000', 'invoices'), 'db/20240101000000_users.up.sql': 'CREATE TABLE users (id bigint);' });
      git('add', '.');
      git('commit', '-qm', 'feature');
      const config = resolveConfig(validateConfig({}, 'test'), null, {});
      const { report } = await lint({ cwd: dir, paths: ['db'], base: 'main', config });
      const found = report.findings.filter((f) => f.ruleId === 'migration-conflict');
      expect(found.map((f) => f.file)).toEqual(['db/20240201000000_invoices.up.sql']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a whole directory: a duplicate version is reported once, on the later file', async () => {
    const found = await lintTree({ ...gm('0003', 'users'), ...gm('3', 'orders') }, ['db'], null);
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toBe('db/3_orders.up.sql');
  });

  test('Alembic: a new revision on an old parent makes a second head (reported at its down_revision)', async () => {
    const files = { 'alembic/versions/a1.py': rev('a1', null), 'alembic/versions/b2.py': rev('b2', 'a1'), 'alembic/versions/c3.py': rev('c3', 'a1') };
    const found = await lintTree(files, ['alembic/versions'], { changed: ['alembic/versions/c3.py'], added: ['alembic/versions/c3.py'] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'alembic/versions/c3.py', line: 5 });
    expect(found[0]!.message).toContain('2 heads (b2, c3)');
    expect(found[0]!.suggestion).toContain('alembic merge');
  });

  test('Alembic: a merge revision, a labelled branch and an old conflict the change does not touch are not reported', async () => {
    const merged = { 'v/a1.py': rev('a1', null), 'v/b2.py': rev('b2', 'a1'), 'v/c3.py': rev('c3', 'a1'), 'v/d4.py': rev('d4', null).replace('down_revision = None', 'down_revision = ("b2", "c3")') };
    expect(await lintTree(merged, ['v'], null)).toEqual([]);
    const labelled = { 'v/a1.py': rev('a1', null), 'v/b2.py': rev('b2', 'a1'), 'v/c3.py': rev('c3', 'a1', 'branch_labels = ("audit",)') };
    expect(await lintTree(labelled, ['v'], null)).toEqual([]);
    const old = { 'v/a1.py': rev('a1', null), 'v/b2.py': rev('b2', 'a1'), 'v/c3.py': rev('c3', 'a1'), 'v/e5.py': rev('e5', 'b2') };
    expect(await lintTree(old, ['v'], { changed: ['v/e5.py'], added: ['v/e5.py'] })).toEqual([]);
  });

  test('Alembic: two base revisions without labels are two heads', async () => {
    const found = await lintTree({ 'v/a1.py': rev('a1', null), 'v/z9.py': rev('z9', null) }, ['v'], null);
    expect(found).toHaveLength(1);
  });

  test('Django: two leaf migrations in one app', async () => {
    const files = {
      'shop/migrations/__init__.py': '',
      'shop/migrations/0001_initial.py': django(''),
      'shop/migrations/0002_price.py': django("('shop', '0001_initial')"),
      'shop/migrations/0002_stock.py': django("('shop', '0001_initial')"),
    };
    const found = await lintTree(files, ['shop'], { changed: ['shop/migrations/0002_stock.py'], added: ['shop/migrations/0002_stock.py'] });
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toBe('shop/migrations/0002_stock.py');
    expect(found[0]!.message).toContain('multiple leaf nodes');
    const merged = { ...files, 'shop/migrations/0003_merge.py': django("('shop', '0002_price'), ('shop', '0002_stock')") };
    expect(await lintTree(merged, ['shop'], null)).toEqual([]);
  });
});
