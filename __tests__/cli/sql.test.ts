import { main } from '../../src/cli.js';
import { tmpTree } from '../helpers/tmp.js';

async function cli(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s), cwd, isTty: false });
  return { code, out, err };
}

const ALEMBIC = `from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = None


def upgrade():
    op.add_column(
        "users",
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("orgs.id"), nullable=True),
    )
    op.create_index("ix_users_email", "users", ["email"], unique=True)


def downgrade():
    op.drop_index("ix_users_email", table_name="users")
    op.drop_column("users", "owner_id")
`;

const KNEX = `exports.up = (knex) => knex.schema.alterTable('users', (t) => {
  t.string('nick', 40).notNullable().defaultTo('x');
});
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('nick'));
`;

describe('migration-guard sql', () => {
  test('prints up and down SQL of an Alembic migration with the line of each statement; exit 0', async () => {
    const t = tmpTree({ 'migrations/versions/a1_owner.py': ALEMBIC });
    try {
      const r = await cli(t.dir, 'sql', 'migrations/versions/a1_owner.py');
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toBe(
        [
          '-- migrations/versions/a1_owner.py (alembic, postgres)',
          '-- upgrade',
          '-- migrations/versions/a1_owner.py:9',
          'ALTER TABLE users ADD COLUMN owner_id INTEGER;',
          '-- migrations/versions/a1_owner.py:9',
          'ALTER TABLE users ADD FOREIGN KEY(owner_id) REFERENCES orgs (id);',
          '-- migrations/versions/a1_owner.py:13',
          'CREATE UNIQUE INDEX ix_users_email ON users (email);',
          '-- downgrade',
          '-- migrations/versions/a1_owner.py:17',
          'DROP INDEX ix_users_email;',
          '-- migrations/versions/a1_owner.py:18',
          'ALTER TABLE users DROP COLUMN owner_id;',
          '',
        ].join('\n'),
      );
    } finally {
      t.cleanup();
    }
  });

  test('--dialect mysql renders MySQL; --format json carries file, line and origin', async () => {
    const t = tmpTree({ 'migrations/versions/a1_owner.py': ALEMBIC });
    try {
      const r = await cli(t.dir, 'sql', '--dialect', 'mysql', '--format', 'json', 'migrations/versions/a1_owner.py');
      expect(r.code).toBe(0);
      const json = JSON.parse(r.out);
      expect(json.migrations[0].framework).toBe('alembic');
      expect(json.migrations[0].down.statements[0]).toEqual({ sql: 'DROP INDEX ix_users_email ON users', file: 'migrations/versions/a1_owner.py', line: 17, origin: 'sql' });
      expect(json.migrations[0].up.statements.map((s: { line: number }) => s.line)).toEqual([9, 9, 13]);
    } finally {
      t.cleanup();
    }
  });

  test('Knex migrations are shown too (several files in one run)', async () => {
    const t = tmpTree({ 'migrations/versions/a1_owner.py': ALEMBIC, 'knex/20240101000000_nick.js': KNEX });
    try {
      const r = await cli(t.dir, 'sql', 'knex/20240101000000_nick.js', 'migrations/versions/a1_owner.py');
      expect(r.code).toBe(0);
      expect(r.out).toContain('-- knex/20240101000000_nick.js (knex, postgres)');
      expect(r.out).toMatch(/-- knex\/20240101000000_nick\.js:2\nALTER TABLE "users" ADD COLUMN "nick" varchar\(40\)/i);
      expect(r.out).toContain('-- migrations/versions/a1_owner.py (alembic, postgres)');
    } finally {
      t.cleanup();
    }
  });

  test('what cannot be rendered is listed with file:line on stderr; exit 1', async () => {
    const t = tmpTree({
      'migrations/versions/b2.py': 'from alembic import op\nimport sqlalchemy as sa\nrevision = "b2"\ndown_revision = None\n\ndef upgrade():\n    op.add_column("t", sa.Column("g", Geometry("POINT")))\n    op.execute(build_sql())\n\ndef downgrade():\n    op.drop_column("t", "g")\n',
      'migrations/versions/c3.py': 'from alembic import op\nrevision = "c3"\ndown_revision = "b2"\n\ndef upgrade(:\n    pass\n',
    });
    try {
      const r = await cli(t.dir, 'sql', 'migrations/versions/b2.py', 'migrations/versions/c3.py');
      expect(r.code).toBe(1);
      expect(r.out).toContain('-- migrations/versions/b2.py:7: not rendered: addColumn at line 7');
      expect(r.err).toMatch(/^migration-guard: migrations\/versions\/b2\.py:7: upgrade: addColumn at line 7: /m);
      expect(r.err).toMatch(/^migration-guard: migrations\/versions\/b2\.py:8: upgrade: .*not static SQL/m);
      expect(r.err).toMatch(/^migration-guard: migrations\/versions\/c3\.py:5: upgrade: .*syntax error/m);
      expect(r.out).toContain('-- migrations/versions/b2.py:11\nALTER TABLE t DROP COLUMN g;');
    } finally {
      t.cleanup();
    }
  });

  test('usage errors exit 2: no files, a missing file, a file that is not a migration, a bad option', async () => {
    const t = tmpTree({ 'notes.txt': 'hello\n' });
    try {
      const none = await cli(t.dir, 'sql');
      expect([none.code, none.err]).toEqual([2, expect.stringContaining('sql needs the migration files')]);
      const missing = await cli(t.dir, 'sql', 'nope.py');
      expect([missing.code, missing.err]).toEqual([2, expect.stringContaining('nope.py')]);
      const notMigration = await cli(t.dir, 'sql', 'notes.txt');
      expect([notMigration.code, notMigration.err]).toEqual([2, expect.stringContaining('notes.txt: not recognised as a migration')]);
      const dialect = await cli(t.dir, 'sql', '--dialect', 'oracle', 'notes.txt');
      expect([dialect.code, dialect.err]).toEqual([2, expect.stringContaining('--dialect must be postgres or mysql')]);
      expect((await cli(t.dir, 'sql', '--help')).code).toBe(0);
    } finally {
      t.cleanup();
    }
  });
});
