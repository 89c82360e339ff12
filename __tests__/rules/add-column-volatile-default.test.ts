import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);';

ruleTester('add-column-volatile-default', {
  valid: [
    { name: 'constant default on PostgreSQL 11+', history: users, sql: "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';" },
    { name: 'stable now() default on PostgreSQL 11+', history: users, sql: 'ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();' },
    { name: 'volatile default on a table created in the same migration', sql: 'CREATE TABLE sessions (id bigint PRIMARY KEY);\nALTER TABLE sessions ADD COLUMN token uuid DEFAULT gen_random_uuid();' },
    { name: 'volatile default set after adding the column', history: users, sql: 'ALTER TABLE users ADD COLUMN token uuid;\nALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid();' },
    { name: 'DEFAULT NULL on PostgreSQL 10 is catalog-only', history: users, pgVersion: 10, sql: 'ALTER TABLE users ADD COLUMN nickname text DEFAULT NULL;' },
    { name: 'no default on PostgreSQL 10', history: users, pgVersion: 10, sql: 'ALTER TABLE users ADD COLUMN nickname text;' },
    { name: 'near-miss: volatile default in CREATE TABLE', history: users, sql: 'CREATE TABLE tokens (id uuid PRIMARY KEY DEFAULT gen_random_uuid());' },
    {
      // A Python expression the front end cannot see (an enum from the app) is an unknown constant, not a per-row function.
      name: 'alembic: server_default from an imported enum is an unknown constant',
      history: users,
      alembic: `from alembic import op
import sqlalchemy as sa
from app.enums import Plan

revision = "c1"
down_revision = None


def upgrade():
    op.add_column("users", sa.Column("plan", sa.String(20), nullable=False, server_default=str(Plan.FREE.value)))
    op.add_column("users", sa.Column("tier", sa.String(20), server_default=Plan.BASIC.value))


def downgrade():
    op.drop_column("users", "tier")
    op.drop_column("users", "plan")
`,
    },
    { name: 'knex: defaultTo(knex.fn.now()) is stable', history: users, knex: `exports.up = (knex) => knex.schema.alterTable('users', (t) => {
  t.timestamp('seen_at').defaultTo(knex.fn.now());
});
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('seen_at'));
` },
    { name: 'alembic: server_default=sa.func.now() is stable', history: users, alembic: py(['op.add_column("users", sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False))'], ['op.drop_column("users", "created_at")']) },
    { name: 'alembic: volatile default on a table created in the same upgrade', alembic: py(['op.create_table("sessions", sa.Column("id", sa.BigInteger(), primary_key=True))', 'op.add_column("sessions", sa.Column("token", postgresql.UUID(), server_default=sa.text("gen_random_uuid()")))'], ['op.drop_table("sessions")']) },
  ],
  invalid: [
    { name: 'gen_random_uuid() default on an existing table', history: users, sql: 'ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();', line: 1 },
    { name: 'multi-line clock_timestamp() default after a comment with non-ASCII text', history: users, sql: '/* Zeitstempel – pro Zeile */\nALTER TABLE users\n  ADD COLUMN seen_at timestamptz\n  NOT NULL DEFAULT clock_timestamp();', line: 2, endLine: 4 },
    { name: 'expression around random()', history: users, sql: 'ALTER TABLE users ADD COLUMN bucket integer DEFAULT (random() * 100)::integer;', line: 1 },
    { name: 'constant default on PostgreSQL 10', history: users, pgVersion: 10, sql: "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';", line: 1 },
    { name: 'default on a table the history never created', sql: 'ALTER TABLE accounts ADD COLUMN token uuid DEFAULT gen_random_uuid();', line: 1 },
    {
      name: 'knex: defaultTo(knex.raw(gen_random_uuid())) / knex.fn.uuid()',
      history: users,
      knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.uuid('token').defaultTo(knex.raw('gen_random_uuid()'));
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('token'));
`, line: 3 },
      knexTs: { code: `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => {
    table.uuid('token').defaultTo(knex.fn.uuid());
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => table.dropColumn('token'));
}
`, line: 5 },
    },
    { name: 'alembic: server_default=sa.text("gen_random_uuid()")', history: users, alembic: { code: py(['op.add_column(', '    "users",', '    sa.Column("token", postgresql.UUID(), server_default=sa.text("gen_random_uuid()")),', ')'], ['op.drop_column("users", "token")']), line: U, endLine: U + 3 } },
  ],
});
