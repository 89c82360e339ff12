import { ruleTester } from '../helpers/rule-tester.js';
import { dj, DJ_LINE, DJ_USERS } from '../helpers/django.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';
import { rb, RB_LINE } from '../rails/migration.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);';
const check = 'ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;';
const validate = 'ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;';

ruleTester('set-not-null', {
  valid: [
    { name: 'django: AlterField to null=True', djangoHistory: DJ_USERS, django: dj(["migrations.AlterField(model_name='user', name='email', field=models.TextField(null=True, blank=True))"]) },
    { name: 'rails: validated CHECK in history, then change_column_null', history: [users, check, validate], rails: rb(['change_column_null :users, :email, false']) },
    { name: 'CHECK NOT VALID and VALIDATE in earlier migrations, then SET NOT NULL', history: [users, check, validate], sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;' },
    { name: 'the validated CHECK follows its column through a rename (the id swap)', history: [users, check, validate], sql: 'BEGIN;\nALTER TABLE users RENAME COLUMN name TO name_old;\nALTER TABLE users RENAME COLUMN email TO name;\nALTER TABLE users ALTER COLUMN name SET NOT NULL;\nCOMMIT;' },
    { name: 'CHECK NOT VALID, VALIDATE and SET NOT NULL in one non-transactional migration', history: users, sql: `${check}\n${validate}\nALTER TABLE users ALTER COLUMN email SET NOT NULL;` },
    { name: 'CHECK validated when it was added in history', history: [users, 'ALTER TABLE users ADD CONSTRAINT users_email_present CHECK (email IS NOT NULL);'], sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;' },
    { name: 'table created earlier in the same migration', sql: 'CREATE TABLE drafts (id bigint, title text);\nALTER TABLE drafts ALTER COLUMN title SET NOT NULL;' },
    { name: 'column already NOT NULL: nothing to scan', history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);', sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;' },
    { name: 'near-miss: DROP NOT NULL', history: users, sql: 'ALTER TABLE users ALTER COLUMN name DROP NOT NULL;' },
    { name: 'knex: dropNullable on a table created in the same migration', knex: `exports.up = async (knex) => {
  await knex.schema.createTable('drafts', (t) => {
    t.text('title');
  });
  await knex.schema.alterTable('drafts', (t) => t.dropNullable('title'));
};
exports.down = (knex) => knex.schema.dropTable('drafts');
` },
    { name: 'alembic: validated CHECK in history, then nullable=False', history: [users, check, validate], alembic: py(['op.alter_column("users", "email", nullable=False, existing_type=sa.Text())'], ['op.alter_column("users", "email", nullable=True, existing_type=sa.Text())']) },
    { name: 'alembic: table created in the same upgrade', alembic: py(['op.create_table("drafts", sa.Column("id", sa.BigInteger()), sa.Column("title", sa.Text()))', 'op.alter_column("drafts", "title", nullable=False)'], ['op.drop_table("drafts")']) },
  ],
  invalid: [
    { name: 'django: AlterField to null=False on an existing table', djangoHistory: DJ_USERS, django: { code: dj(["migrations.AlterField(model_name='user', name='email', field=models.TextField())"]), line: DJ_LINE } },
    { name: 'rails: change_column_null false on an existing column', history: users, rails: { code: rb(['change_column_null :users, :email, false']), line: RB_LINE } },
    { name: 'SET NOT NULL on an existing table', history: users, sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;', line: 1 },
    { name: 'CHECK added NOT VALID but never validated', history: [users, check], sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;', line: 1 },
    { name: 'validated CHECK does not help before PostgreSQL 12', history: [users, check, validate], pgVersion: 11, sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;', line: 1 },
    { name: 'CHECK on another column', history: [users, check, validate], sql: 'ALTER TABLE users ALTER COLUMN name SET NOT NULL;', line: 1 },
    { name: 'near-miss: after the rename the CHECK proves the renamed column, not the one now under the old name', history: [users, check, validate], sql: 'BEGIN;\nALTER TABLE users RENAME COLUMN email TO contact;\nALTER TABLE users RENAME COLUMN name TO email;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\nCOMMIT;', line: 4 },
    { name: 'multi-line, after a comment with non-ASCII text', history: users, sql: '-- E-Mail ist Pflicht ✉️\n\nALTER TABLE users\n  ALTER COLUMN email\n  SET NOT NULL;', line: 3, endLine: 5 },
    { name: 'BOM and CRLF line breaks before a multi-line statement', history: users, sql: '\uFEFF-- Größe prüfen\r\n\r\nALTER TABLE users\r\n  ALTER COLUMN email SET NOT NULL;\r\n', line: 3, endLine: 4 },
    { name: 'non-ASCII block comment on the same line before the statement', history: users, sql: "SELECT 'naïve';\n/* Straße ✓ */ ALTER TABLE users ALTER COLUMN email SET NOT NULL;", line: 2 },
    { name: 'column added to an existing table earlier in the migration', history: users, sql: 'ALTER TABLE users ADD COLUMN plan text;\nALTER TABLE users ALTER COLUMN plan SET NOT NULL;', line: 2 },
    { name: 'knex: dropNullable() on an existing table', history: users, knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.dropNullable('email');
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.setNullable('email'));
`, line: 3 } },
    { name: 'knex: .notNullable().alter() sends SET NOT NULL', history: users, knexTs: { code: `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => {
    table.text('email').notNullable().alter();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => table.text('email').nullable().alter());
}
`, line: 5 } },
    { name: 'alembic: alter_column(nullable=False) on an existing table', history: users, alembic: { code: py(['op.alter_column("users", "email", nullable=False, existing_type=sa.Text())'], ['op.alter_column("users", "email", nullable=True, existing_type=sa.Text())']), line: U } },
    { name: 'alembic: batch_op.alter_column points at the inner call', history: users, alembic: { code: py(['with op.batch_alter_table("users") as batch_op:', '    batch_op.alter_column(', '        "email",', '        nullable=False,', '    )'], ['op.alter_column("users", "email", nullable=True)']), line: U + 1, endLine: U + 4 } },
  ],
});
