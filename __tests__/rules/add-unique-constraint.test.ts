import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);';
const events = 'CREATE TABLE events (id bigint NOT NULL, payload jsonb);';

ruleTester('add-unique-constraint', {
  valid: [
    { name: 'table created earlier in the same migration', sql: 'CREATE TABLE plans (id bigint, code text);\nALTER TABLE plans ADD CONSTRAINT plans_code_key UNIQUE (code);\nALTER TABLE plans ADD PRIMARY KEY (id);' },
    { name: 'USING INDEX built concurrently in an earlier migration', history: [users, 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);'], sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;' },
    { name: 'PRIMARY KEY USING INDEX', history: [events, 'CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON events (id);'], sql: 'ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;' },
    { name: 'UNIQUE in CREATE TABLE', history: users, sql: 'CREATE TABLE teams (id bigint PRIMARY KEY, slug text UNIQUE, UNIQUE (id, slug));' },
    { name: 'near-miss: CREATE UNIQUE INDEX CONCURRENTLY', history: users, sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);' },
    { name: 'knex: unique() on a table created in the same migration', knex: `exports.up = async (knex) => {
  await knex.schema.createTable('plans', (t) => {
    t.bigIncrements();
    t.text('code').unique();
  });
  await knex.schema.alterTable('plans', (t) => t.unique(['id', 'code']));
};
exports.down = (knex) => knex.schema.dropTable('plans');
` },
    { name: 'alembic: unique=True in create_table', history: users, alembic: py(['op.create_table("teams", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("slug", sa.Text(), unique=True))'], ['op.drop_table("teams")']) },
  ],
  invalid: [
    { name: 'UNIQUE on an existing table', history: users, sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);', line: 1 },
    { name: 'unnamed PRIMARY KEY, multi-line after a comment with non-ASCII text', history: events, sql: '/* Primärschlüssel nachrüsten */\nALTER TABLE events\n  ADD PRIMARY KEY (id);', line: 2, endLine: 3 },
    { name: 'ADD COLUMN ... UNIQUE', history: users, sql: 'ALTER TABLE users ADD COLUMN handle text UNIQUE;', line: 1 },
    { name: 'table the history never created', sql: '\nALTER TABLE accounts ADD CONSTRAINT accounts_slug_key UNIQUE (slug);', line: 2 },
    { name: 'knex: unique() on an existing table', history: users, knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.unique(['email']);
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropUnique(['email']));
`, line: 3 } },
    { name: 'alembic: create_unique_constraint on an existing table', history: users, alembic: { code: py(['op.create_unique_constraint("users_email_key", "users", ["email"])'], ['op.drop_constraint("users_email_key", "users", type_="unique")']), line: U } },
    { name: 'alembic: add_column with unique=True', history: users, alembic: { code: py(['op.add_column("users", sa.Column("handle", sa.Text(), unique=True))'], ['op.drop_column("users", "handle")']), line: U } },
  ],
});
