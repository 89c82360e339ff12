/**
 * The schema replay across files and frameworks: tables created by a migration that is new in
 * the same change count as new for the locking rules; tables from base-branch migrations count as
 * existing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../../src/config.js';
import { lint } from '../../src/engine.js';
import type { ReportFinding } from '../../src/report/model.js';
import { git, lintFixture } from '../rollback/fixture.js';

const locking = (findings: ReportFinding[]) => findings.filter((f) => f.ruleId === 'require-concurrent-index');

const alembic = (rev: string, down: string | null, up: string, downgrade = 'pass') =>
  `"""${rev}"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = '${rev}'\ndown_revision = ${down ? `'${down}'` : 'None'}\n\n\ndef upgrade():\n    ${up}\n\n\ndef downgrade():\n    ${downgrade}\n`;

describe('history across files: new in the change vs. base branch', () => {
  test('SQL (golang-migrate): table in PR migration A, index in PR migration B → silent; base-branch table → fires', async () => {
    const { report } = await lintFixture({
      history: { 'db/000001_users.up.sql': 'CREATE TABLE users (id bigint, email text);\n', 'db/000001_users.down.sql': 'DROP TABLE users;\n' },
      change: {
        'db/000002_orders.up.sql': 'CREATE TABLE orders (id bigint, user_id bigint);\n',
        'db/000002_orders.down.sql': 'DROP TABLE orders;\n',
        'db/000003_idx.up.sql': 'CREATE INDEX orders_user_idx ON orders (user_id);\nCREATE INDEX users_email_idx ON users (email);\n',
        'db/000003_idx.down.sql': 'DROP INDEX users_email_idx;\nDROP INDEX orders_user_idx;\n',
      },
    });
    expect(locking(report.findings)).toEqual([expect.objectContaining({ file: 'db/000003_idx.up.sql', line: 2, message: expect.stringContaining('users') })]);
  });

  test('SQL across layouts and directories: dbmate history, plain change files', async () => {
    const { report } = await lintFixture({
      history: { 'a_db/20200101000000_users.sql': '-- migrate:up\nCREATE TABLE users (id bigint, email text);\n-- migrate:down\nDROP TABLE users;\n' },
      change: {
        'b_db/0001_orders.sql': 'CREATE TABLE orders (id bigint, user_id bigint);\n',
        'b_db/0002_idx.sql': 'CREATE INDEX orders_user_idx ON orders (user_id);\nCREATE INDEX users_email_idx ON users (email);\n',
      },
    });
    expect(locking(report.findings).map((f) => f.line)).toEqual([2]);
  });

  test('Alembic: revision graph order, PR revisions see each other as new', async () => {
    const { report } = await lintFixture({
      history: { 'alembic/versions/a1_users.py': alembic('a1', null, "op.create_table('users', sa.Column('id', sa.BigInteger()), sa.Column('email', sa.Text()))", "op.drop_table('users')") },
      change: {
        // File names sort opposite to the revision graph: order comes from down_revision.
        'alembic/versions/0_idx.py': alembic('c3', 'b2', "op.create_index('orders_user_idx', 'orders', ['user_id'])\n    op.create_index('users_email_idx', 'users', ['email'])", "op.drop_index('users_email_idx', table_name='users')\n    op.drop_index('orders_user_idx', table_name='orders')"),
        'alembic/versions/1_orders.py': alembic('b2', 'a1', "op.create_table('orders', sa.Column('id', sa.BigInteger()), sa.Column('user_id', sa.BigInteger()))", "op.drop_table('orders')"),
      },
    });
    expect(report.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(locking(report.findings)).toEqual([expect.objectContaining({ file: 'alembic/versions/0_idx.py', line: 11 })]);
  });

  test('Knex: timestamp order, table from the PR is new, table from the base branch exists', async () => {
    const knex = (up: string, down: string) => `exports.up = function (knex) {\n  return ${up};\n};\n\nexports.down = function (knex) {\n  return ${down};\n};\n`;
    const { report } = await lintFixture({
      history: { 'migrations/20200101000000_users.js': knex("knex.schema.createTable('users', (t) => { t.bigIncrements('id'); t.text('email'); })", "knex.schema.dropTable('users')") },
      change: {
        'migrations/20990101000000_orders.js': knex("knex.schema.createTable('orders', (t) => { t.bigIncrements('id'); t.bigInteger('user_id'); })", "knex.schema.dropTable('orders')"),
        'migrations/20990102000000_idx.js': knex(
          "knex.schema.alterTable('orders', (t) => { t.index(['user_id'], 'orders_user_idx'); }).alterTable('users', (t) => { t.index(['email'], 'users_email_idx'); })",
          "knex.schema.alterTable('users', (t) => { t.dropIndex([], 'users_email_idx'); }).alterTable('orders', (t) => { t.dropIndex([], 'orders_user_idx'); })",
        ),
      },
    });
    expect(report.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    const found = locking(report.findings);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'migrations/20990102000000_idx.js' });
    expect(found[0]!.message).toContain('users_email_idx');
  });

  test('git --base: migrations on the base branch are history, the branch\'s own are the change', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-history-'));
    const put = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    };
    const commit = (msg: string) => {
      git(dir, 'add', '-A');
      git(dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', msg);
    };
    try {
      git(dir, 'init', '-q', '-b', 'main');
      put('db/migrations/0001_users.sql', 'CREATE TABLE users (id bigint, email text);\n');
      commit('base');
      git(dir, 'checkout', '-q', '-b', 'feature');
      put('db/migrations/0002_orders.sql', 'CREATE TABLE orders (id bigint, user_id bigint);\n');
      put('db/migrations/0003_idx.sql', 'CREATE INDEX orders_user_idx ON orders (user_id);\nCREATE INDEX users_email_idx ON users (email);\n');
      commit('feature');
      const { report } = await lint({ cwd: dir, paths: ['db/migrations'], base: 'main', config: defaultConfig() });
      expect(report.migrations.map((m) => m.file)).toEqual(['db/migrations/0002_orders.sql', 'db/migrations/0003_idx.sql']);
      expect(locking(report.findings)).toEqual([expect.objectContaining({ file: 'db/migrations/0003_idx.sql', line: 2 })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a directory linted as a whole (no change set): each migration is judged against the ones before it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-history-'));
    try {
      mkdirSync(path.join(dir, 'db'), { recursive: true });
      writeFileSync(path.join(dir, 'db/0001_orders.sql'), 'CREATE TABLE orders (id bigint, user_id bigint);\n');
      writeFileSync(path.join(dir, 'db/0002_idx.sql'), 'CREATE INDEX orders_user_idx ON orders (user_id);\n');
      const { report } = await lint({ cwd: dir, paths: ['db'], config: defaultConfig() });
      expect(locking(report.findings)).toEqual([expect.objectContaining({ file: 'db/0002_idx.sql', line: 1 })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
