import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { planDiff, writePlan } from '../../src/fix/command.js';
import { alembicRevision } from '../alembic/revision.js';
import { createPgDatabase, PG } from '../dryrun/helpers.js';
import { tmpTree } from '../helpers/tmp.js';

async function cli(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s), cwd, isTty: false });
  return { code, out, err };
}

async function findings(cwd: string, ...paths: string[]): Promise<{ ruleId: string; line: number; fix?: unknown }[]> {
  const r = await cli(cwd, 'lint', ...paths, '--format', 'json', '--fail-on', 'never');
  return JSON.parse(r.out).findings;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function commitAll(cwd: string): void {
  git(cwd, 'init', '-q', '.');
  git(cwd, 'add', '-A');
  git(cwd, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'base');
}

/**
 * The contract of `fix` on one repository: --dry-run writes nothing and its diff applies with
 * `git apply` to exactly what `fix` then writes; the fixed rules are gone and nothing fails to
 * parse; a second `fix` changes nothing. Returns the fixed texts and the first run's output.
 */
async function fixRoundTrip(files: Record<string, string | Buffer>, paths: string[], fixedRules: string[]) {
  const t = tmpTree(files);
  try {
    commitAll(t.dir);
    const target = paths[0]!;
    const original = readFileSync(path.join(t.dir, target));
    const dry = await cli(t.dir, 'fix', ...paths, '--dry-run');
    expect(readFileSync(path.join(t.dir, target))).toEqual(original);
    writeFileSync(path.join(t.dir, '..', `${path.basename(t.dir)}.diff`), dry.out);
    const patchFile = path.join(t.dir, '..', `${path.basename(t.dir)}.diff`);
    if (dry.out) {
      git(t.dir, 'apply', '--check', patchFile);
      git(t.dir, 'apply', patchFile);
    }
    const applied = Object.fromEntries(paths.map((p) => [p, readFileSync(path.join(t.dir, p))]));
    git(t.dir, 'checkout', '-q', '--', '.');

    const first = await cli(t.dir, 'fix', ...paths);
    const fixed = Object.fromEntries(paths.map((p) => [p, readFileSync(path.join(t.dir, p))]));
    expect(fixed).toEqual(applied);
    const after = await findings(t.dir, ...paths);
    for (const id of [...fixedRules, 'parse-error', 'unanalyzable']) expect(after.map((f) => f.ruleId)).not.toContain(id);

    const second = await cli(t.dir, 'fix', ...paths);
    expect(Object.fromEntries(paths.map((p) => [p, readFileSync(path.join(t.dir, p))]))).toEqual(fixed);
    expect(second.out).toContain('fixed 0 findings in 0 files');
    expect((await cli(t.dir, 'fix', ...paths, '--dry-run')).out).toBe('');
    expect(second.code).toBe(first.code);
    return { dir: t.dir, dry, first, second, fixed: Object.fromEntries(Object.entries(fixed).map(([p, b]) => [p, b.toString('utf8')])) };
  } finally {
    t.cleanup();
  }
}

const usersSql = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);\n';

describe('migration-guard fix: SQL (PostgreSQL)', () => {
  test('plain SQL: CONCURRENTLY and lock_timeout applied, the drop listed with its safe alternative, exit 1 for what remains', async () => {
    const r = await fixRoundTrip(
      {
        'db/0001_users.sql': usersSql,
        'db/0002_idx.sql': '-- login lookups\nCREATE INDEX users_email_idx\n  ON users (email);\nALTER TABLE users DROP COLUMN name;\n',
      },
      ['db/0002_idx.sql'],
      ['require-concurrent-index', 'require-lock-timeout'],
    );
    expect(r.fixed['db/0002_idx.sql']).toBe("-- login lookups\nSET lock_timeout = '2s'; CREATE INDEX CONCURRENTLY users_email_idx\n  ON users (email);\nALTER TABLE users DROP COLUMN name;\n");
    expect(r.first.code).toBe(1);
    expect(r.first.out).toContain('fixed db/0002_idx.sql:2 [require-concurrent-index] Add CONCURRENTLY');
    expect(r.first.out).toContain('fixed db/0002_idx.sql:2 [require-lock-timeout] Set lock_timeout');
    expect(r.first.out).toContain('db/0002_idx.sql:4:1: error [drop-column-without-deprecation]');
    expect(r.first.out).toContain("safe alternative: Split it over two releases. Release 1: COMMENT ON COLUMN users.name IS 'deprecated");
    expect(r.first.out).toMatch(/fixed 2 findings in 1 file; 2 findings left/);
    // --dry-run: the diff alone on stdout (pipeable to git apply), the rest on stderr.
    expect(r.dry.out).toBe(
      "diff --git a/db/0002_idx.sql b/db/0002_idx.sql\n--- a/db/0002_idx.sql\n+++ b/db/0002_idx.sql\n@@ -1,4 +1,4 @@\n -- login lookups\n-CREATE INDEX users_email_idx\n+SET lock_timeout = '2s'; CREATE INDEX CONCURRENTLY users_email_idx\n   ON users (email);\n ALTER TABLE users DROP COLUMN name;\n",
    );
    expect(r.dry.err).toContain('would fix db/0002_idx.sql:2 [require-concurrent-index] Add CONCURRENTLY');
    expect(r.dry.code).toBe(1);
  });

  test('golang-migrate: CONCURRENTLY on a DROP INDEX and on a CREATE INDEX, one file each; everything fixed, exit 0', async () => {
    const r = await fixRoundTrip(
      {
        '.migration-guard.yml': 'lockTimeout: 2s\n',
        'migrations/001_users.up.sql': usersSql + 'CREATE INDEX users_name_idx ON users (name);\n',
        'migrations/001_users.down.sql': 'DROP TABLE users;\n',
        'migrations/002_drop.up.sql': 'DROP INDEX users_name_idx;\n',
        'migrations/002_drop.down.sql': 'CREATE INDEX users_name_idx ON users (name);\n',
        'migrations/003_idx.up.sql': '-- unique emails\nCREATE UNIQUE\n  INDEX users_email_key ON users (email);\n',
        'migrations/003_idx.down.sql': 'DROP INDEX users_email_key;\n',
      },
      ['migrations/002_drop.up.sql', 'migrations/003_idx.up.sql'],
      ['require-concurrent-index', 'require-concurrent-index-drop'],
    );
    expect(r.fixed).toEqual({
      'migrations/002_drop.up.sql': 'DROP INDEX CONCURRENTLY users_name_idx;\n',
      'migrations/003_idx.up.sql': '-- unique emails\nCREATE UNIQUE\n  INDEX CONCURRENTLY users_email_key ON users (email);\n',
    });
    expect(r.first.code).toBe(0);
    expect(r.first.out).toContain('fixed 2 findings in 2 files; 0 findings left');
    expect(r.dry.out.match(/^diff --git/gm)).toHaveLength(2);
  });

  test('golang-migrate, two statements in one file: the runner sends them as one transaction, so no exact fix and nothing rewritten', async () => {
    const r = await fixRoundTrip(
      {
        '.migration-guard.yml': 'lockTimeout: 2s\n',
        'migrations/001_users.up.sql': usersSql,
        'migrations/001_users.down.sql': 'DROP TABLE users;\n',
        'migrations/002_idx.up.sql': 'CREATE INDEX users_email_idx ON users (email);\nCREATE INDEX users_name_idx ON users (name);\n',
        'migrations/002_idx.down.sql': 'DROP INDEX users_name_idx;\nDROP INDEX users_email_idx;\n',
      },
      ['migrations/002_idx.up.sql'],
      [],
    );
    expect(r.dry.out).toBe('');
    expect(r.first.code).toBe(1);
    expect(r.first.out).toContain('safe alternative: CREATE INDEX CONCURRENTLY users_email_idx ON users (email); in a migration that does not run in a transaction.');
  });

  test('--dry-run from a subdirectory of the repository: paths from the top of the work tree, so git apply takes it from anywhere in it', async () => {
    const t = tmpTree({ 'service/db/0001_users.sql': usersSql, 'service/db/0002_idx.sql': "SET lock_timeout = '2s';\nCREATE INDEX users_email_idx ON users (email);\n" });
    try {
      commitAll(t.dir);
      const sub = path.join(t.dir, 'service');
      const dry = await cli(sub, 'fix', 'db/0002_idx.sql', '--dry-run');
      expect(dry.out).toMatch(/^diff --git a\/service\/db\/0002_idx.sql b\/service\/db\/0002_idx.sql\n/);
      const patch = path.join(t.dir, '..', `${path.basename(t.dir)}-sub.diff`);
      writeFileSync(patch, dry.out);
      for (const at of [t.dir, sub, path.join(sub, 'db')]) {
        git(at, 'apply', patch);
        expect(readFileSync(path.join(sub, 'db/0002_idx.sql'), 'utf8')).toBe("SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n");
        git(t.dir, 'checkout', '-q', '--', '.');
      }
    } finally {
      t.cleanup();
    }
  });

  test('the fixed file runs on PostgreSQL 15 (psql, statement by statement)', async () => {
    const t = tmpTree({ 'db/0001_users.sql': usersSql, 'db/0002_idx.sql': 'CREATE INDEX users_email_idx ON users (email);\nALTER TABLE users ADD COLUMN nick text;\n' });
    const db = await createPgDatabase();
    try {
      expect((await cli(t.dir, 'fix', 'db/0002_idx.sql')).code).toBe(0);
      const fixed = readFileSync(path.join(t.dir, 'db/0002_idx.sql'), 'utf8');
      expect(fixed).toBe("SET lock_timeout = '2s'; CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\nALTER TABLE users ADD COLUMN nick text;\n");
      for (const file of ['db/0001_users.sql', 'db/0002_idx.sql']) {
        const run = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', PG.host, '-p', String(PG.port), '-U', PG.user, '-d', db.name, '-f', path.join(t.dir, file)], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: PG.password } });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
      }
      const check = spawnSync('psql', ['-X', '-At', '-h', PG.host, '-p', String(PG.port), '-U', PG.user, '-d', db.name, '-c', "SELECT indisvalid FROM pg_index WHERE indexrelid = 'users_email_idx'::regclass"], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: PG.password } });
      expect(check.stdout.trim()).toBe('t');
    } finally {
      await db.drop();
      t.cleanup();
    }
  });

  test('a BOM and CRLF line breaks are kept; the diff still applies', async () => {
    const r = await fixRoundTrip(
      { '.migration-guard.yml': 'lockTimeout: 2s\n', 'db/0001_users.sql': usersSql, 'db/0002_idx.sql': Buffer.from('\ufeffCREATE INDEX users_email_idx ON users (email);\r\nSELECT 1;\r\n', 'utf8') },
      ['db/0002_idx.sql'],
      ['require-concurrent-index'],
    );
    expect(r.fixed['db/0002_idx.sql']).toBe('\ufeffCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\r\nSELECT 1;\r\n');
  });

  test('a file that is not valid UTF-8 is never rewritten: its fix is listed as not applied', async () => {
    const bytes = Buffer.concat([Buffer.from('-- caf'), Buffer.from([0xe9]), Buffer.from('\nCREATE INDEX users_email_idx ON users (email);\n')]);
    const t = tmpTree({ '.migration-guard.yml': 'lockTimeout: 2s\n', 'db/0001_users.sql': usersSql, 'db/0002_idx.sql': bytes });
    try {
      const r = await cli(t.dir, 'fix', 'db/0002_idx.sql');
      expect(readFileSync(path.join(t.dir, 'db/0002_idx.sql'))).toEqual(bytes);
      expect(r.out).toContain('not fixed db/0002_idx.sql:2 [require-concurrent-index]: db/0002_idx.sql: the file is not valid UTF-8');
      expect(r.code).toBe(1);
    } finally {
      t.cleanup();
    }
  });

  test('a migration that is a link out of the working directory is never written through', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'mg-outside-'));
    const t = tmpTree({ '.migration-guard.yml': 'lockTimeout: 2s\n', 'db/0001_users.sql': usersSql });
    try {
      writeFileSync(path.join(outside, 'o.sql'), 'CREATE INDEX users_email_idx ON users (email);\n');
      symlinkSync(path.join(outside, 'o.sql'), path.join(t.dir, 'db/0002_idx.sql'));
      const r = await cli(t.dir, 'fix', 'db/0002_idx.sql');
      expect(readFileSync(path.join(outside, 'o.sql'), 'utf8')).toBe('CREATE INDEX users_email_idx ON users (email);\n');
      expect(r.out).toContain('not fixed db/0002_idx.sql:1 [require-concurrent-index]: db/0002_idx.sql is outside the working directory (or links out of it)');
      expect(r.code).toBe(1);
    } finally {
      t.cleanup();
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('migration-guard fix: ORM migrations', () => {
  // No exact fix exists for these: CONCURRENTLY needs the runner told too (Alembic's
  // autocommit_block, Knex's `config.transaction = false`), which is the user's call.
  test('Alembic: CONCURRENTLY in an autocommit block, the dry-run diff applies, a second fix changes nothing', async () => {
    const first = alembicRevision(['op.create_table("users", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("email", sa.Text()))'], ['op.drop_table("users")'], 'a1');
    const second = alembicRevision(['op.create_index("users_email_idx", "users", ["email"])'], ['op.drop_index("users_email_idx", table_name="users")'], 'b2').replace('down_revision = None', 'down_revision = "a1"');
    const r = await fixRoundTrip({ '.migration-guard.yml': 'lockTimeout: 2s\n', 'alembic/versions/a1_users.py': first, 'alembic/versions/b2_idx.py': second }, ['alembic/versions/b2_idx.py'], ['require-concurrent-index']);
    expect(r.fixed['alembic/versions/b2_idx.py']).toContain('    with op.get_context().autocommit_block():\n        op.create_index("users_email_idx", "users", ["email"], postgresql_concurrently=True)\n');
    expect(r.first.out).toContain('fixed 1 finding in 1 file');
  });

  test('Knex: an expression-bodied up becomes raw CONCURRENTLY with transaction: false; the dry-run diff applies, a second fix changes nothing', async () => {
    const second = "exports.up = (knex) => knex.schema.alterTable('users', (t) => {\n  t.index(['email'], 'users_email_idx');\n});\nexports.down = (knex) => knex.schema.alterTable('users', (t) => {\n  t.dropIndex(['email'], 'users_email_idx');\n});\n";
    const r = await fixRoundTrip(
      {
        '.migration-guard.yml': 'lockTimeout: 2s\n',
        'migrations/20240101000000_users.js': "exports.up = (knex) => knex.schema.createTable('users', (t) => {\n  t.bigIncrements('id');\n  t.text('email');\n});\nexports.down = (knex) => knex.schema.dropTable('users');\n",
        'migrations/20240102000000_idx.js': second,
      },
      ['migrations/20240102000000_idx.js'],
      ['require-concurrent-index'],
    );
    expect(r.fixed['migrations/20240102000000_idx.js']).toContain(`exports.up = (knex) => knex.raw('create index concurrently "users_email_idx" on "users" ("email")');`);
    expect(r.fixed['migrations/20240102000000_idx.js']).toContain('exports.config = { transaction: false };');
    expect(r.first.out).toContain('fixed 1 finding in 1 file');
  });
});

const djangoInitial = `from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Author',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100)),
            ],
        ),
    ]
`;
const djangoIndex = `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.AddIndex(model_name='author', index=models.Index(fields=['name'], name='shop_author_name_idx')),
    ]
`;
const railsInitial = 'class CreateUsers < ActiveRecord::Migration[7.1]\n  def change\n    create_table :users do |t|\n      t.string :email\n    end\n  end\nend\n';
const railsIndex = 'class IndexUsers < ActiveRecord::Migration[7.1]\n  def change\n    add_index :users, :email\n  end\nend\n';

describe('migration-guard fix: Django and Rails', () => {
  test.each([
    ['Django', { 'shop/__init__.py': '', 'shop/migrations/__init__.py': '', 'shop/migrations/0001_initial.py': djangoInitial, 'shop/migrations/0002_index.py': djangoIndex }, 'shop/migrations/0002_index.py', /atomic = False\n[\s\S]*AddIndexConcurrently\(model_name='author'/],
    ['Rails', { 'db/migrate/20240101000000_create_users.rb': railsInitial, 'db/migrate/20240301000000_index_users.rb': railsIndex }, 'db/migrate/20240301000000_index_users.rb', /disable_ddl_transaction!\n[\s\S]*add_index :users, :email, algorithm: :concurrently\n/],
  ])('%s: the index built concurrently, in the framework\'s own syntax, exit 0', async (_name, files, target, expected) => {
    const r = await fixRoundTrip({ '.migration-guard.yml': 'lockTimeout: 2s\n', ...files }, [target], ['require-concurrent-index', 'concurrent-in-transaction']);
    expect(r.fixed[target]).toMatch(expected);
    expect(r.first.code).toBe(0);
  });
});

describe('migration-guard fix: the validation moved to a new Django / Rails migration', () => {
  const djangoCheck = djangoIndex.replace(/migrations\.AddIndex\(.*\n/, "migrations.AddConstraint(model_name='author', constraint=models.CheckConstraint(condition=models.Q(name__gt=''), name='author_name_set')),\n");
  test.each([
    ['Django', { 'shop/__init__.py': '', 'shop/migrations/__init__.py': '', 'shop/migrations/0001_initial.py': djangoInitial, 'shop/migrations/0002_check.py': djangoCheck }, 'shop/migrations/0002_check.py', 'shop/migrations/0003_validate_author_name_set.py', 'ValidateConstraint('],
    ['Rails', { 'db/migrate/20240101000000_create_users.rb': railsInitial.replace('t.string :email', 't.string :email\n      t.bigint :account_id'), 'db/migrate/20240102000000_create_accounts.rb': 'class CreateAccounts < ActiveRecord::Migration[7.1]\n  def change\n    create_table :accounts\n  end\nend\n', 'db/migrate/20240301000000_fk.rb': 'class Fk < ActiveRecord::Migration[7.1]\n  def change\n    add_foreign_key :users, :accounts\n  end\nend\n' }, 'db/migrate/20240301000000_fk.rb', null, 'validate_foreign_key :users, :accounts'],
  ])('%s: fix writes the new migration; a second fix changes nothing', async (_name, files, target, created, body) => {
    const t = tmpTree({ '.migration-guard.yml': 'lockTimeout: 2s\n', ...files });
    try {
      commitAll(t.dir);
      const first = await cli(t.dir, 'fix', target);
      expect(first.code).toBe(0);
      const added = git(t.dir, 'status', '--porcelain', '--untracked-files=all').split('\n').filter((l) => l.startsWith('??')).map((l) => l.slice(3));
      expect(added).toHaveLength(1);
      if (created) expect(added[0]).toBe(created);
      else expect(added[0]).toMatch(/^db\/migrate\/20240301000001_validate_fk_rails_[0-9a-f]{10}\.rb$/);
      expect(readFileSync(path.join(t.dir, added[0]!), 'utf8')).toContain(body);
      const after = await findings(t.dir, target, added[0]!);
      for (const id of ['constraint-not-valid', 'validate-same-transaction', 'migration-conflict', 'parse-error', 'unanalyzable']) expect(after.map((f) => f.ruleId)).not.toContain(id);
      const second = await cli(t.dir, 'fix', target, added[0]!);
      expect(second.out).toContain('fixed 0 findings in 0 files');
    } finally {
      t.cleanup();
    }
  });
});

describe('new files a fix adds', () => {
  // No rule adds files yet (the VALIDATE moved to its own migration would): the write and the diff, on a plan.
  test('written in their directory (created if need be), never over an existing file; in the diff as new files git apply creates', () => {
    const t = tmpTree({ 'db/0001_users.sql': usersSql, 'db/0002_fk.sql': "ALTER TABLE users ADD CONSTRAINT c CHECK (id > 0) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT c;\n" });
    try {
      commitAll(t.dir);
      const plan = {
        changed: new Map([['db/0002_fk.sql', { before: readFileSync(path.join(t.dir, 'db/0002_fk.sql'), 'utf8'), after: 'ALTER TABLE users ADD CONSTRAINT c CHECK (id > 0) NOT VALID;\n' }]]),
        created: new Map([['db/later/0003_validate_c.sql', 'ALTER TABLE users VALIDATE CONSTRAINT c;\n']]),
      };
      const patch = path.join(t.dir, '..', `${path.basename(t.dir)}-new.diff`);
      writeFileSync(patch, planDiff(plan));
      git(t.dir, 'apply', patch);
      const applied = [readFileSync(path.join(t.dir, 'db/0002_fk.sql'), 'utf8'), readFileSync(path.join(t.dir, 'db/later/0003_validate_c.sql'), 'utf8')];
      git(t.dir, 'checkout', '-q', '--', '.');
      rmSync(path.join(t.dir, 'db/later'), { recursive: true });
      writePlan(t.dir, plan);
      expect([readFileSync(path.join(t.dir, 'db/0002_fk.sql'), 'utf8'), readFileSync(path.join(t.dir, 'db/later/0003_validate_c.sql'), 'utf8')]).toEqual(applied);
      expect(() => writePlan(t.dir, { changed: new Map(), created: plan.created })).toThrow(/EEXIST/);
    } finally {
      t.cleanup();
    }
  });
});

describe('migration-guard fix: options', () => {
  test('lint options apply (--fail-on, --rule); output options are usage errors naming them', async () => {
    const t = tmpTree({ 'db/0001_users.sql': usersSql, 'db/0002_drop.sql': 'ALTER TABLE users DROP COLUMN name;\n' });
    try {
      // require-lock-timeout off: its fix is not applied.
      expect((await cli(t.dir, 'fix', 'db/0002_drop.sql', '--fail-on', 'never', '--disable', 'require-lock-timeout')).code).toBe(0);
      expect((await cli(t.dir, 'fix', 'db/0002_drop.sql', '--rule', 'drop-column-without-deprecation=off', '--rule', 'irreversible-data-loss=off', '--rule', 'require-lock-timeout=off')).code).toBe(0);
      // Left: the irreversible-data-loss warning, which --max-warnings counts as lint does.
      const onlyWarning = ['fix', 'db/0002_drop.sql', '--disable', 'require-lock-timeout,drop-column-without-deprecation'];
      expect((await cli(t.dir, ...onlyWarning)).code).toBe(0);
      const strict = await cli(t.dir, ...onlyWarning, '--max-warnings', '0');
      expect(strict.code).toBe(1);
      expect(strict.err).toContain('1 warning, more than --max-warnings 0');
      const bad = await cli(t.dir, 'fix', '--format', 'json');
      expect(bad.code).toBe(2);
      expect(bad.err).toContain("'--format'");
      expect((await cli(t.dir, 'fix', '--stdin')).code).toBe(2);
      // The drop has no fix: nothing was written.
      expect(readFileSync(path.join(t.dir, 'db/0002_drop.sql'), 'utf8')).toBe('ALTER TABLE users DROP COLUMN name;\n');
    } finally {
      t.cleanup();
    }
  });
});
