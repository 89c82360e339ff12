import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY);';

ruleTester('prefer-text', {
  valid: [
    { name: 'text', sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);' },
    { name: 'varchar without a limit is text', sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar NOT NULL);' },
    { name: 'text with a CHECK on the length', sql: 'CREATE TABLE users (id bigint PRIMARY KEY, code text CHECK (char_length(code) <= 8));' },
    { name: 'near-miss: char(n) is not varchar(n)', sql: 'CREATE TABLE countries (code char(2) PRIMARY KEY);' },
    { name: 'knex: text()', history: users, knex: `exports.up = (knex) => knex.schema.alterTable('users', (t) => {
  t.text('nickname');
});
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('nickname'));
` },
    { name: 'alembic: sa.Text column', history: users, alembic: py(['op.add_column("users", sa.Column("bio", sa.Text()))'], ['op.drop_column("users", "bio")']) },
  ],
  invalid: [
    { name: 'varchar(255) in CREATE TABLE', sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);', line: 1 },
    { name: 'character varying(n) in ADD COLUMN', history: users, sql: 'ALTER TABLE users\n  ADD COLUMN nickname character varying(40);', line: 1, endLine: 2 },
    { name: 'two varchar(n) columns', sql: 'CREATE TABLE users (id bigint PRIMARY KEY, first_name varchar(50), last_name varchar(50));', count: 2, line: 1 },
    { name: 'knex: string() is varchar(255)', history: users, knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.string('nickname');
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('nickname'));
`, line: 3 } },
    { name: 'alembic: sa.String(n) column', history: users, alembic: { code: py(['op.add_column("users", sa.Column("bio", sa.String(200)))'], ['op.drop_column("users", "bio")']), line: U } },
  ],
});
