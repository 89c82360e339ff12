import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';
import { rb, RB_LINE } from '../rails/migration.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);';
const myUsers = 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255)) DEFAULT CHARSET=utf8mb4;';

ruleTester('add-column-required', {
  valid: [
    { name: 'rails: NOT NULL with a constant default', history: users, rails: rb(['add_column :users, :plan, :text, null: false, default: "free"']) },
    { name: 'rails: add_timestamps in a 4.2 migration is nullable', history: users, rails: rb(['add_timestamps :users'], { version: '4.2' }) },
    { name: 'table created earlier in the same migration', sql: 'CREATE TABLE plans (id bigint PRIMARY KEY);\nALTER TABLE plans ADD COLUMN name text NOT NULL;' },
    { name: 'table created by an earlier migration of the same change', sql: 'CREATE TABLE plans (id bigint PRIMARY KEY);', extraChange: ['ALTER TABLE plans ADD COLUMN name text NOT NULL;'] },
    { name: 'constant default', history: users, sql: "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';" },
    { name: 'stable default now()', history: users, sql: 'ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();' },
    { name: 'identity column has a value', history: users, sql: 'ALTER TABLE users ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;' },
    { name: 'bigserial column has a value', history: users, sql: 'ALTER TABLE users ADD COLUMN seq bigserial NOT NULL;' },
    { name: 'generated column has a value', history: users, sql: 'ALTER TABLE users ADD COLUMN email_lower text NOT NULL GENERATED ALWAYS AS (lower(email)) STORED;' },
    { name: 'nullable column', history: users, sql: 'ALTER TABLE users ADD COLUMN nickname text;' },
    { name: 'near-miss: explicit NULL', history: users, sql: 'ALTER TABLE users ADD COLUMN nickname text NULL;' },
    { name: 'MySQL: NOT NULL with a default', dialect: 'mysql', history: myUsers, sql: "ALTER TABLE users ADD COLUMN plan varchar(20) NOT NULL DEFAULT 'free';" },
    { name: 'MySQL: table created earlier in the same migration', dialect: 'mysql', sql: 'CREATE TABLE plans (id bigint PRIMARY KEY);\nALTER TABLE plans ADD COLUMN name varchar(50) NOT NULL;' },
    { name: 'MySQL: AUTO_INCREMENT column has a value', dialect: 'mysql', history: 'CREATE TABLE events (payload json);', sql: 'ALTER TABLE events ADD COLUMN id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY;' },
    { name: 'near-miss: SET NOT NULL on an existing column (set-not-null decides)', history: users, sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;' },
    { name: 'knex: NOT NULL column on a table created earlier in the same migration', knex: `exports.up = async (knex) => {
  await knex.schema.createTable('plans', (t) => {
    t.bigIncrements();
  });
  await knex.schema.alterTable('plans', (t) => {
    t.string('name').notNullable();
  });
};
exports.down = (knex) => knex.schema.dropTable('plans');
` },
    { name: 'knex: notNullable() with a constant defaultTo()', history: users, knex: `exports.up = (knex) => knex.schema.alterTable('users', (t) => {
  t.string('plan').notNullable().defaultTo('free');
});
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('plan'));
` },
    { name: 'knex: suppressed with a reason on the line before the call', history: users, knex: `exports.up = (knex) => knex.schema.alterTable('users', (t) => {
  // migration-guard: ignore add-column-required -- users is empty in every environment
  t.string('plan').notNullable();
});
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('plan'));
` },
    { name: 'alembic: nullable=False with a constant server_default', history: users, alembic: py(['op.add_column("users", sa.Column("plan", sa.Text(), nullable=False, server_default="free"))'], ['op.drop_column("users", "plan")']) },
    { name: 'alembic: create_table then add_column in the same upgrade', alembic: py(['op.create_table("plans", sa.Column("id", sa.BigInteger(), primary_key=True))', 'op.add_column("plans", sa.Column("name", sa.Text(), nullable=False))'], ['op.drop_table("plans")']) },
    { name: 'alembic: nullable column (the default)', history: users, alembic: py(['op.add_column("users", sa.Column("nickname", sa.Text()))'], ['op.drop_column("users", "nickname")']) },
  ],
  invalid: [
    { name: 'rails: add_column null: false without a default', history: users, rails: { code: rb(['add_column :users, :plan, :text, null: false']), line: RB_LINE } },
    { name: 'rails: add_timestamps (NOT NULL since 5.0): one finding for both columns', history: users, rails: { code: rb(['add_timestamps :users']), line: RB_LINE } },
    { name: 'NOT NULL without a default on an existing table', history: users, sql: 'ALTER TABLE users ADD COLUMN plan text NOT NULL;', line: 1 },
    { name: 'NOT NULL DEFAULT NULL is no default', history: users, sql: 'ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT NULL;', line: 1 },
    { name: 'multi-line, after a comment with non-ASCII text', history: users, sql: '-- Tarif für jeden Nutzer — pflicht\nALTER TABLE users\n  ADD COLUMN plan_id bigint\n    NOT NULL;', line: 2, endLine: 4 },
    { name: 'table the history never created', sql: '\nALTER TABLE accounts ADD COLUMN region text NOT NULL;', line: 2 },
    { name: 'on PostgreSQL 10 the suggestion does not offer a default', history: users, pgVersion: 10, sql: 'ALTER TABLE users ADD COLUMN plan text NOT NULL;', line: 1 },
    { name: 'MySQL: NOT NULL without a default', dialect: 'mysql', history: myUsers, sql: '-- Tarif 💳\nALTER TABLE users\n  ADD COLUMN plan varchar(20) NOT NULL AFTER email;', line: 2, endLine: 3 },
    { name: 'one of two columns in one statement', history: users, sql: 'ALTER TABLE users ADD COLUMN a text, ADD COLUMN b integer NOT NULL;', line: 1 },
    { name: 'after a TRUNCATE in the same transaction the ADD passes, the running code\'s INSERTs still fail', history: users, sql: 'BEGIN;\nTRUNCATE users;\nALTER TABLE users ADD COLUMN plan text NOT NULL;\nCOMMIT;', line: 3 },
    {
      name: 'after a DELETE without WHERE rows inserted meanwhile still make it fail',
      history: users,
      sql: 'BEGIN;\nDELETE FROM users;\nALTER TABLE users ADD COLUMN plan text NOT NULL;\nCOMMIT;',
      line: 3,
      knex: { code: "exports.up = async (knex) => {\n  await knex('users').del();\n  await knex.schema.alterTable('users', (t) => {\n    t.text('plan').notNullable();\n  });\n};\nexports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('plan'));\n", line: 4 },
    },
    { name: 'near-miss: a DELETE with WHERE empties nothing', history: users, sql: "BEGIN;\nDELETE FROM users WHERE email IS NULL;\nALTER TABLE users ADD COLUMN plan text NOT NULL;\nCOMMIT;", line: 3 },
    {
      name: 'knex: alterTable + notNullable() without defaultTo()',
      history: users,
      knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.string('plan').notNullable();
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('plan'));
`, line: 3 },
      knexTs: { code: `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => {
    table
      .string('plan', 20)
      .notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => table.dropColumn('plan'));
}
`, line: 5, endLine: 7 },
    },
    { name: 'alembic: nullable=False lines below op.add_column(', history: users, alembic: { code: py(['op.add_column(', '    "users",', '    sa.Column("plan", sa.Text(), nullable=False),', ')'], ['op.drop_column("users", "plan")']), line: U, endLine: U + 3 } },
    { name: 'alembic: a Python-side default= is not a database default', history: users, alembic: { code: py(['op.add_column("users", sa.Column("plan", sa.Text(), nullable=False, default="free"))'], ['op.drop_column("users", "plan")']), line: U } },
    { name: 'alembic: batch_op.add_column points at the inner call', history: users, alembic: { code: py(['with op.batch_alter_table("users") as batch_op:', '    batch_op.add_column(sa.Column("plan", sa.Text(), nullable=False))'], ['op.drop_column("users", "plan")']), line: U + 1 } },
  ],
});
