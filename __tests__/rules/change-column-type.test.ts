import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const users =
  'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(50), bio text, name varchar, visits integer, balance numeric(10, 2), seen_at timestamp(3), created_at timestamp);';

const myUsers = 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(50) NOT NULL, code varchar(50), bio varchar(300), visits int) DEFAULT CHARSET=utf8mb4;';
const myLatin = 'CREATE TABLE tags (id int PRIMARY KEY, name varchar(50)) DEFAULT CHARSET=latin1;';

ruleTester('change-column-type', {
  valid: [
    {
      name: 'timestamp to timestamptz with the session TimeZone set to UTC first (PostgreSQL 12+)',
      history: users,
      sql: "SET timezone = 'UTC';\nALTER TABLE users ALTER COLUMN created_at TYPE timestamptz;",
      alembic: py(['op.execute("SET TIME ZONE \'UTC\'")', 'op.alter_column("users", "created_at", type_=sa.DateTime(timezone=True), existing_type=sa.DateTime())'], ['op.alter_column("users", "created_at", type_=sa.DateTime(), existing_type=sa.DateTime(timezone=True))']),
    },
    { name: 'SET LOCAL timezone in the same transaction', history: users, sql: "BEGIN;\nSET LOCAL timezone TO 'Etc/UTC';\nALTER TABLE users ALTER COLUMN created_at TYPE timestamptz;\nCOMMIT;" },
    // On MySQL the same MODIFY is mysql-unsafe-alter's finding (server-verified online-DDL rules), not a second one here.
    { name: 'MySQL: int to bigint is left to mysql-unsafe-alter', dialect: 'mysql', history: myUsers, sql: 'ALTER TABLE users MODIFY visits bigint;' },
    { name: 'varchar(50) to varchar(100)', history: users, sql: 'ALTER TABLE users ALTER COLUMN email TYPE varchar(100);' },
    { name: 'varchar(50) to text', history: users, sql: 'ALTER TABLE users ALTER COLUMN email TYPE text;' },
    { name: 'dropping the varchar limit', history: users, sql: 'ALTER TABLE users ALTER COLUMN email TYPE varchar;' },
    { name: 'text to unlimited varchar', history: users, sql: 'ALTER TABLE users ALTER COLUMN bio TYPE character varying;' },
    { name: 'numeric precision increase at the same scale', history: users, sql: 'ALTER TABLE users ALTER COLUMN balance TYPE numeric(14, 2);' },
    { name: 'timestamp precision increase', history: users, sql: 'ALTER TABLE users ALTER COLUMN seen_at TYPE timestamp(6);' },
    { name: 'USING the column cast to the new type', history: users, sql: 'ALTER TABLE users ALTER COLUMN email TYPE varchar(100) USING email::varchar(100);' },
    { name: 'same type again', history: users, sql: 'ALTER TABLE users ALTER COLUMN email TYPE character varying(50);' },
    { name: 'table created earlier in the same migration', sql: 'CREATE TABLE counters (id integer);\nALTER TABLE counters ALTER COLUMN id TYPE bigint;' },
    { name: 'MySQL: MODIFY restating the same type', dialect: 'mysql', history: myUsers, sql: 'ALTER TABLE users MODIFY email varchar(50) NULL;' },
    { name: 'MySQL: utf8mb4 varchar(50) to varchar(60) keeps the 1-byte length prefix', dialect: 'mysql', history: myUsers, sql: 'ALTER TABLE users MODIFY code varchar(60);' },
    { name: 'MySQL: latin1 varchar(50) to varchar(200) keeps the 1-byte length prefix', dialect: 'mysql', history: myLatin, sql: 'ALTER TABLE tags MODIFY name varchar(200);' },
    { name: 'MySQL: varchar(300) to varchar(500) keeps the 2-byte length prefix', dialect: 'mysql', history: myUsers, sql: 'ALTER TABLE users MODIFY COLUMN bio varchar(500);' },
    { name: 'widening twice in history, then again', history: [users, 'ALTER TABLE users ALTER COLUMN email TYPE varchar(80);'], sql: 'ALTER TABLE users ALTER COLUMN email TYPE varchar(120);' },
    { name: 'knex: .alter() widening varchar(50) to varchar(100)', history: users, knex: `exports.up = (knex) => knex.schema.alterTable('users', (t) => {
  t.string('email', 100).alter();
});
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.string('email', 50).alter());
` },
    { name: 'alembic: widening String(50) to String(100)', history: users, alembic: py(['op.alter_column("users", "email", type_=sa.String(100), existing_type=sa.String(50))'], ['op.alter_column("users", "email", type_=sa.String(50), existing_type=sa.String(100))']) },
    { name: 'alembic: String(50) to Text', history: users, alembic: py(['op.alter_column("users", "email", type_=sa.Text(), existing_type=sa.String(50))']) },
  ],
  invalid: [
    { name: 'integer to bigint rewrites the table', history: users, sql: 'ALTER TABLE users ALTER COLUMN visits TYPE bigint;', line: 1 },
    { name: 'varchar(50) to varchar(20)', history: users, sql: 'ALTER TABLE users ALTER COLUMN email TYPE varchar(20);', line: 1 },
    { name: 'text to varchar(255)', history: users, sql: 'ALTER TABLE users ALTER COLUMN bio TYPE varchar(255);', line: 1 },
    { name: 'numeric scale change', history: users, sql: 'ALTER TABLE users ALTER COLUMN balance TYPE numeric(12, 4);', line: 1 },
    { name: 'timestamp to timestamptz', history: users, sql: 'ALTER TABLE users ALTER COLUMN created_at TYPE timestamptz;', line: 1 },
    { name: 'near-miss: a TimeZone other than UTC', history: users, sql: "SET timezone = 'Europe/Berlin';\nALTER TABLE users ALTER COLUMN created_at TYPE timestamptz;", line: 2 },
    { name: 'near-miss: UTC set, then set back to the server default', history: users, sql: "SET timezone = 'UTC';\nSET timezone TO DEFAULT;\nALTER TABLE users ALTER COLUMN created_at TYPE timestamptz;", line: 3 },
    { name: 'near-miss: SET LOCAL ends with its transaction', history: users, sql: "BEGIN;\nSET LOCAL timezone = 'UTC';\nCOMMIT;\nALTER TABLE users ALTER COLUMN created_at TYPE timestamptz;", line: 4 },
    { name: 'near-miss: UTC before PostgreSQL 12 still rewrites', history: users, pgVersion: 11, sql: "SET timezone = 'UTC';\nALTER TABLE users ALTER COLUMN created_at TYPE timestamptz;", line: 2 },
    { name: 'USING an expression, multi-line after a comment with non-ASCII text', history: users, sql: '-- Besuche als Text — Übergang\nALTER TABLE users\n  ALTER COLUMN visits TYPE text\n  USING visits::text || \'x\';', line: 2, endLine: 4 },
    { name: 'column whose type the history never declared', sql: '\nALTER TABLE accounts ALTER COLUMN region TYPE varchar(100);', line: 2 },
    { name: 'widened in history, then narrowed', history: [users, 'ALTER TABLE users ALTER COLUMN email TYPE varchar(80);'], sql: 'ALTER TABLE users ALTER COLUMN email TYPE varchar(60);', line: 1 },
    {
      name: 'knex: .alter() type change',
      history: users,
      knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.bigInteger('visits').alter();
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.integer('visits').alter());
`, line: 3 },
      knexTs: { code: `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => {
    table
      .string('email', 20)
      .alter();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => table.string('email', 50).alter());
}
`, line: 5, endLine: 7 },
    },
    { name: 'alembic: Integer to BigInteger rewrites the table', history: users, alembic: { code: py(['op.alter_column(', '    "users",', '    "visits",', '    type_=sa.BigInteger(),', '    existing_type=sa.Integer(),', ')'], ['op.alter_column("users", "visits", type_=sa.Integer())']), line: U, endLine: U + 5 } },
    { name: 'alembic: DateTime to DateTime(timezone=True) in a batch', history: users, alembic: { code: py(['with op.batch_alter_table("users") as batch_op:', '    batch_op.alter_column("created_at", type_=sa.DateTime(timezone=True))']), line: U + 1 } },
  ],
});
