import { ruleTester } from '../helpers/rule-tester.js';
import { dj, DJ_USERS } from '../helpers/django.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';
import { rb, RB_LINE } from '../rails/migration.js';

const orders = "CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending', note text, placed_at timestamptz DEFAULT now());";

ruleTester('change-column-default', {
  valid: [
    { name: "MySQL: MODIFY restating DEFAULT '0' as DEFAULT 0 is the same default", dialect: 'mysql', history: "CREATE TABLE filters (id INT PRIMARY KEY, auto_upload TINYINT UNSIGNED NOT NULL DEFAULT '0');", sql: 'ALTER TABLE filters MODIFY COLUMN auto_upload TINYINT UNSIGNED NOT NULL DEFAULT 0;' },
    { name: "a cast spelling of the same default ('0'::integer)", history: "CREATE TABLE counters (id bigint PRIMARY KEY, hits integer DEFAULT 0);", sql: "ALTER TABLE counters ALTER COLUMN hits SET DEFAULT '0'::integer;" },
    { name: "a transient default: SET DEFAULT on a column that had none, fill the NULLs, SET NOT NULL, DROP DEFAULT (Django's AlterField to NOT NULL)", history: orders, sql: "ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';\nUPDATE orders SET note = '' WHERE note IS NULL;\nALTER TABLE orders ALTER COLUMN note SET NOT NULL;\nALTER TABLE orders ALTER COLUMN note DROP DEFAULT;" },
    { name: 'django: AlterField to NOT NULL with a default (the default is transient)', djangoHistory: DJ_USERS, django: dj(["migrations.AlterField(model_name='user', name='name', field=models.TextField(default=''))"]) },
    { name: 'DEFAULT NULL is no default: dropping it changes nothing', history: 'CREATE TABLE configs (id bigint PRIMARY KEY, scopes text DEFAULT NULL);', sql: 'ALTER TABLE configs ALTER COLUMN scopes DROP DEFAULT;' },
    { name: 'a column whose default was set to NULL::text gets its first real default', history: "CREATE TABLE configs (id bigint PRIMARY KEY, scopes text);\nALTER TABLE configs ALTER COLUMN scopes SET DEFAULT NULL::text;", sql: "ALTER TABLE configs ALTER COLUMN scopes SET DEFAULT 'read';" },
    { name: 'rails: a default on a column that had none', history: orders, rails: rb(['change_column_default :orders, :note, from: nil, to: ""']) },
    { name: 'DROP IDENTITY IF EXISTS on a column known to have none', history: 'CREATE TABLE tickets (id bigint PRIMARY KEY, title text);', sql: 'ALTER TABLE tickets ALTER COLUMN id DROP IDENTITY IF EXISTS;' },
    { name: 'setting a default on a column that had none', history: orders, sql: "ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';" },
    { name: 'table created in the same migration', sql: "CREATE TABLE drafts (id bigint, state text DEFAULT 'new');\nALTER TABLE drafts ALTER COLUMN state SET DEFAULT 'open';\nALTER TABLE drafts ALTER COLUMN state DROP DEFAULT;" },
    { name: 'column added with a default earlier in the same migration', history: orders, sql: "ALTER TABLE orders ADD COLUMN channel text DEFAULT 'web';\nALTER TABLE orders ALTER COLUMN channel DROP DEFAULT;" },
    { name: 'add without default, then SET DEFAULT (the safe add-column pattern)', history: orders, sql: "ALTER TABLE orders ADD COLUMN channel text;\nALTER TABLE orders ALTER COLUMN channel SET DEFAULT 'web';" },
    { name: 'default set again to the same expression', history: orders, sql: 'ALTER TABLE orders ALTER COLUMN placed_at SET DEFAULT NOW();' },
    { name: 'dropping a default the column never had', history: orders, sql: 'ALTER TABLE orders ALTER COLUMN note DROP DEFAULT;' },
    // What Knex's .alter() with .defaultTo() sends: no running code sees the default missing.
    { name: 'DROP DEFAULT then SET DEFAULT to the same value in one transaction', history: orders, layout: 'dbmate', sql: "-- migrate:up\nALTER TABLE orders ALTER COLUMN status DROP DEFAULT;\nALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';\n\n-- migrate:down\nSELECT 1;\n" },
    { name: 'SET DEFAULT on a column unknown to history', sql: "ALTER TABLE invoices ALTER COLUMN currency SET DEFAULT 'EUR';" },
    { name: 'near-miss: the downgrade drops the default the upgrade set', history: orders, layout: 'golang-migrate', sql: "ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';", down: 'ALTER TABLE orders ALTER COLUMN note DROP DEFAULT;' },
    { name: 'MySQL: SET DEFAULT on a column that had none', dialect: 'mysql', history: 'CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT);', sql: "ALTER TABLE orders ALTER COLUMN note SET DEFAULT ('');" },
    { name: 'knex: .alter() that restates the default', history: orders, knex: `exports.up = (knex) => knex.schema.alterTable('orders', (t) => {
  t.text('status').notNullable().defaultTo('pending').alter();
});
exports.down = async () => {};
` },
    { name: 'alembic: server_default on a column that had none', history: orders, alembic: py(['op.alter_column("orders", "note", server_default="")'], ['op.alter_column("orders", "note", server_default=None)']) },
  ],
  invalid: [
    { name: 'rails: change_column_default from/to', history: orders, rails: { code: rb(['change_column_default :orders, :status, from: "pending", to: "new"']), line: RB_LINE } },
    { name: 'dropping the identity of a column INSERTs omit', history: 'CREATE TABLE tickets (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, title text);', sql: 'ALTER TABLE tickets ALTER COLUMN id DROP IDENTITY;', line: 1 },
    { name: "near-miss: DROP then SET DEFAULT to a different value in one transaction (Knex's .alter()) is one change, reported as a change", history: orders, layout: 'dbmate', sql: "-- migrate:up\nALTER TABLE orders ALTER COLUMN status DROP DEFAULT;\nALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';\n\n-- migrate:down\nSELECT 1;\n", line: 3, knex: { code: `exports.up = (knex) => knex.schema.alterTable('orders', (t) => {
  t.text('status').notNullable().defaultTo('new').alter();
});
exports.down = async () => {};
`, line: 2 } },
    { name: 'dropping the default of a NOT NULL column', history: orders, sql: 'ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;', line: 1 },
    { name: 'changing a default', history: orders, sql: "-- new orders start as drafts\nALTER TABLE orders\n  ALTER COLUMN status SET DEFAULT 'draft';", line: 2, endLine: 3 },
    { name: 'changing a default set by an earlier migration', history: [orders, "ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';"], sql: "ALTER TABLE orders ALTER COLUMN note SET DEFAULT 'n/a';", line: 1 },
    { name: 'dropping the default of a nullable column', history: orders, sql: 'ALTER TABLE orders ALTER COLUMN placed_at DROP DEFAULT;', line: 1 },
    { name: 'dropping a default on a column unknown to history', sql: 'ALTER TABLE invoices ALTER COLUMN currency DROP DEFAULT;', line: 1 },
    { name: 'MySQL: DROP DEFAULT', dialect: 'mysql', history: "CREATE TABLE orders (id BIGINT PRIMARY KEY, status VARCHAR(20) NOT NULL DEFAULT 'pending');", sql: 'ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;', line: 1 },
    { name: 'knex: .alter() without .defaultTo() drops the default (Knex sends DROP DEFAULT)', history: orders, knex: { code: `exports.up = (knex) =>
  knex.schema.alterTable('orders', (t) => {
    t.string('status', 40).notNullable().alter();
  });
exports.down = (knex) => knex.schema.alterTable('orders', (t) => t.text('status').notNullable().defaultTo('pending').alter());
`, line: 3 } },
    { name: 'alembic: server_default=None drops the default', history: orders, alembic: { code: py(['op.alter_column("orders", "status", server_default=None)'], ['op.alter_column("orders", "status", server_default="pending")']), line: U } },
    { name: 'alembic: changing a default', history: orders, alembic: { code: py(['op.alter_column("orders", "status", server_default="draft")'], ['op.alter_column("orders", "status", server_default="pending")']), line: U } },
  ],
});
