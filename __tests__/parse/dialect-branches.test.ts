import { lowerText } from '../alembic/helpers.js';
import { lowerKnex } from '../knex/helpers.js';

const knexMigration = (test: string) => `exports.up = async (knex) => {
  if (${test}) {
    await knex.raw('CREATE INDEX accounts_email_idx ON accounts (email)');
  } else {
    await knex.raw('ALTER TABLE accounts ADD COLUMN note text');
  }
};
exports.down = async () => {};
`;

describe('dialect branches are analysed only for the target dialect', () => {
  test('Alembic: `if op.get_bind().dialect.name == "sqlite"` is skipped on PostgreSQL, its else branch runs unconditionally', async () => {
    const m = await lowerText(`from alembic import op
import sqlalchemy as sa

revision = 'd1a1ec70'
down_revision = None


def upgrade():
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('CREATE INDEX accounts_email_idx ON accounts (email)')
    else:
        op.add_column('accounts', sa.Column('note', sa.Text()))


def downgrade():
    pass
`);
    expect(m.up.map((op) => [op.kind, Boolean(op.conditional)])).toEqual([['addColumn', false]]);
  });

  test('Alembic: the branch for the target dialect runs (mysql)', async () => {
    const m = await lowerText(`from alembic import op
import sqlalchemy as sa

revision = 'd1a1ec71'
down_revision = None


def upgrade():
    bind = op.get_bind()
    if bind.dialect.name != 'mysql':
        op.execute('CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email)')
    op.add_column('accounts', sa.Column('note', sa.Text()))


def downgrade():
    pass
`, { dialect: 'mysql' });
    expect(m.up.map((op) => op.kind)).toEqual(['addColumn']);
  });

  test.each([
    ["knex.client.config.client === 'sqlite3'", 'postgres', 'addColumn'],
    ["knex.client.config.client === 'pg'", 'postgres', 'createIndex'],
    ["knex.client.config.client === 'postgresql'", 'postgres', 'createIndex'],
    ["knex.client.dialect !== 'mysql'", 'mysql', 'addColumn'],
    ["'mysql2' == knex.client.config.client", 'mysql', 'createIndex'],
  ] as const)('Knex: `%s` on %s keeps only the %s branch', async (test, dialect, kind) => {
    const m = await lowerKnex(knexMigration(test), 'migrations/20240101000000_test.js', dialect);
    expect(m.up.map((op) => [op.kind, Boolean(op.conditional)])).toEqual([[kind, false]]);
  });

  test('Knex: an unknown client name keeps both branches, conditional', async () => {
    const m = await lowerKnex(knexMigration("knex.client.config.client === process.env.CLIENT"));
    expect(m.up.map((op) => [op.kind, Boolean(op.conditional)])).toEqual([['createIndex', true], ['addColumn', true]]);
  });
});
