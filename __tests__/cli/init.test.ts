import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { main } from '../../src/cli.js';
import { tmpTree } from '../helpers/tmp.js';

async function cli(cwd: string, argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s), cwd, isTty: false });
  return { code, out, err };
}

const alembic = (rev: string, down: string | null, body: string) =>
  `revision = "${rev}"\ndown_revision = ${down ? `"${down}"` : 'None'}\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade():\n    ${body}\n\n\ndef downgrade():\n    pass\n`;
const knex = (body: string) => `exports.up = (knex) => ${body};\n\nexports.down = (knex) => Promise.resolve();\n`;
const django = (deps: string, ops: string) =>
  `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    dependencies = [${deps}]\n\n    operations = [\n        ${ops}\n    ]\n`;

interface Layout {
  name: string;
  files: Record<string, string>;
  dialect: 'postgres' | 'mysql';
  directories: { path: string; framework: string }[];
  migrations: number;
}

const layouts: Layout[] = [
  {
    name: 'golang-migrate SQL (PostgreSQL)',
    files: {
      'db/migrations/000001_users.up.sql': 'CREATE TABLE users (id bigserial PRIMARY KEY, email text);\n',
      'db/migrations/000001_users.down.sql': 'DROP TABLE users;\n',
      'db/migrations/000002_idx.up.sql': 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n',
      'db/migrations/000002_idx.down.sql': 'DROP INDEX CONCURRENTLY users_email_idx;\n',
      'README.md': '# app\n',
    },
    dialect: 'postgres',
    directories: [{ path: 'db/migrations', framework: 'sql' }],
    migrations: 2,
  },
  {
    name: 'diesel directories',
    files: {
      'migrations/2024-01-01-000000_users/up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
      'migrations/2024-01-01-000000_users/down.sql': 'DROP TABLE users;\n',
      'migrations/2024-02-01-000000_posts/up.sql': 'CREATE TABLE posts (id bigint PRIMARY KEY, body jsonb);\n',
      'migrations/2024-02-01-000000_posts/down.sql': 'DROP TABLE posts;\n',
    },
    dialect: 'postgres',
    directories: [{ path: 'migrations', framework: 'sql' }],
    migrations: 2,
  },
  {
    name: 'Alembic with a PostgreSQL URL',
    files: {
      'alembic.ini': '[alembic]\nscript_location = alembic\nsqlalchemy.url = postgresql://localhost/app\n',
      'alembic/versions/aaa_users.py': alembic('aaa', null, 'op.create_table("users", sa.Column("id", sa.BigInteger(), primary_key=True))'),
      'alembic/versions/bbb_email.py': alembic('bbb', 'aaa', 'op.add_column("users", sa.Column("email", sa.Text()))'),
      'alembic/env.py': 'from alembic import context\n',
    },
    dialect: 'postgres',
    directories: [{ path: 'alembic/versions', framework: 'alembic' }],
    migrations: 2,
  },
  {
    name: 'Knex on MySQL (knexfile)',
    files: {
      'knexfile.js': "module.exports = { client: 'mysql2', connection: process.env.DATABASE_URL };\n",
      'migrations/20240101_users.js': knex("knex.schema.createTable('users', (t) => { t.bigIncrements('id'); })"),
      'migrations/20240201_name.js': knex("knex.schema.alterTable('users', (t) => { t.string('name'); })"),
    },
    dialect: 'mysql',
    directories: [{ path: 'migrations', framework: 'knex' }],
    migrations: 2,
  },
  {
    name: 'Django app and plain MySQL SQL side by side',
    files: {
      'shop/migrations/__init__.py': '',
      'shop/migrations/0001_initial.py': django('', "migrations.CreateModel(name='Item', fields=[('id', models.BigAutoField(primary_key=True))]),"),
      'shop/models.py': 'from django.db import models\n',
      'sql/migrations/001_init.sql': 'CREATE TABLE t (id int AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;\n',
    },
    dialect: 'mysql',
    directories: [
      { path: 'shop/migrations', framework: 'django' },
      { path: 'sql/migrations', framework: 'sql' },
    ],
    migrations: 2,
  },
];

describe('migration-guard init', () => {
  test.each(layouts)('$name: the written config is accepted by lint and finds the migrations', async (layout) => {
    const t = tmpTree(layout.files);
    try {
      const r = await cli(t.dir, ['init']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain('wrote .migration-guard.yml');
      const text = readFileSync(path.join(t.dir, '.migration-guard.yml'), 'utf8');
      expect(text).toMatch(/^# migration-guard configuration/);
      const config = parse(text) as { dialect: string; migrations?: { path: string; framework: string }[] };
      expect(config.dialect).toBe(layout.dialect);
      expect(config.migrations).toEqual(layout.directories);
      // lint accepts it (exit 2 would be a config error) and finds every migration through it.
      const lint = await cli(t.dir, ['lint', '--format', 'json', '--fail-on', 'never']);
      expect(lint.err).toBe('');
      expect(lint.code).toBe(0);
      expect(JSON.parse(lint.out).summary.files).toBe(layout.migrations);
      const cfg = JSON.parse((await cli(t.dir, ['lint', '--print-config', '--format', 'json'])).out);
      expect(cfg.settings.migrations.from).toBe('config file .migration-guard.yml');
      expect(cfg.settings.dialect).toEqual({ value: layout.dialect, from: 'config file .migration-guard.yml' });
    } finally {
      t.cleanup();
    }
  });

  test('no migrations: a config with commented-out examples that lint still accepts', async () => {
    const t = tmpTree({ 'src/app.ts': 'export {};\n' });
    try {
      const r = await cli(t.dir, ['init']);
      expect(r.code).toBe(0);
      expect(r.out).toContain('found no migrations');
      const text = readFileSync(path.join(t.dir, '.migration-guard.yml'), 'utf8');
      expect(text).toContain('# migrations:');
      expect((await cli(t.dir, ['lint'])).code).toBe(0);
    } finally {
      t.cleanup();
    }
  });

  test('refuses to overwrite without --force; --workflows writes the PR check and the dry-run workflow', async () => {
    const t = tmpTree({ 'db/migrations/0001_a.sql': 'CREATE TABLE a (id int);\n', '.migration-guard.yml': 'failOn: warning\n' });
    try {
      const r = await cli(t.dir, ['init', '--workflows']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('.migration-guard.yml already exists; pass --force');
      expect(existsSync(path.join(t.dir, '.github'))).toBe(false);
      const f = await cli(t.dir, ['init', '--workflows', '--force']);
      expect(f.code).toBe(0);
      const pr = readFileSync(path.join(t.dir, '.github/workflows/migration-guard.yml'), 'utf8');
      expect(pr).toBe(readFileSync('docs/workflows/migration-guard.yml', 'utf8'));
      const dry = parse(readFileSync(path.join(t.dir, '.github/workflows/migration-guard-dry-run.yml'), 'utf8'));
      expect(Object.keys(dry.on)).toEqual(['workflow_dispatch']);
      expect((await cli(t.dir, ['init', '--bogus'])).code).toBe(2);
    } finally {
      t.cleanup();
    }
  });

  test('the embedded workflow templates are those in docs/workflows (npx tsx scripts/gen-workflow-templates.ts)', async () => {
    const { WORKFLOW_TEMPLATES } = await import('../../src/init/workflow-templates.js');
    expect(WORKFLOW_TEMPLATES['migration-guard.yml']).toBe(readFileSync('docs/workflows/migration-guard.yml', 'utf8'));
    expect(WORKFLOW_TEMPLATES['migration-guard-dry-run.yml']).toBe(readFileSync('docs/workflows/dry-run.yml', 'utf8'));
  });
});
