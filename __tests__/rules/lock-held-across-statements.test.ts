import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const tables = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);';
const withForeignKey = `${tables}\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);`;

ruleTester('lock-held-across-statements', {
  valid: [
    { name: 'lock model: a quick change to the table a dropped foreign key referenced adds no wait (the drop already holds it)', history: withForeignKey, sql: 'BEGIN;\nALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\nALTER TABLE users ADD COLUMN plan text;\nCOMMIT;' },
    { name: 'after a DROP TABLE: its lock keeps out only queries on a table that is gone at COMMIT', history: `${tables}\nCREATE TABLE legacy (id bigint);`, sql: 'BEGIN;\nDROP TABLE legacy;\nALTER TABLE users ADD COLUMN plan text;\nCOMMIT;' },
    { name: 'lock model: ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE on the parent', history: 'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE events_2030 (id bigint, at date);', sql: "BEGIN;\nALTER TABLE events ATTACH PARTITION events_2030 FOR VALUES FROM ('2030-01-01') TO ('2031-01-01');\nUPDATE events_2030 SET id = id;\nCOMMIT;" },
    { name: 'plain SQL file: each statement commits on its own', history: tables, sql: "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free';\nCREATE INDEX users_plan_idx ON users (plan);" },
    { name: 'COMMIT right after the strong lock', history: tables, sql: "BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nCOMMIT;\nBEGIN;\nUPDATE users SET plan = 'free' WHERE id < 1000;\nCOMMIT;" },
    { name: 'table created in the same transaction', history: tables, sql: "BEGIN;\nCREATE TABLE plans (id bigint PRIMARY KEY, name text);\nALTER TABLE plans ADD COLUMN price numeric;\nINSERT INTO plans VALUES (1, 'free', 0);\nCOMMIT;" },
    { name: 'quick catalog changes to the same table in one transaction', history: tables, sql: "BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nALTER TABLE users ADD COLUMN tier text NOT NULL DEFAULT 'basic';\nCOMMENT ON COLUMN users.plan IS 'billing plan';\nALTER TABLE users ALTER COLUMN plan SET DEFAULT 'free';\nCOMMIT;" },
    { name: 'work before the strong lock', history: tables, sql: "BEGIN;\nUPDATE users SET email = lower(email) WHERE id < 100;\nALTER TABLE users ADD COLUMN plan text;\nCOMMIT;" },
    { name: 'only weaker locks in the transaction', history: tables, sql: 'BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nUPDATE orders SET user_id = NULL WHERE user_id = 0;\nCOMMIT;' },
    { name: 'near-miss: CREATE INDEX CONCURRENTLY in the transaction (concurrent-in-transaction reports it)', history: tables, sql: 'BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nCREATE INDEX CONCURRENTLY users_plan_idx ON users (plan);\nCOMMIT;' },
    { name: 'several statements of one ALTER TABLE', history: tables, sql: 'BEGIN;\nALTER TABLE users ADD COLUMN plan text, ADD COLUMN tier text;\nCOMMIT;' },
    { name: 'a scan that takes the same ACCESS EXCLUSIVE itself (set-not-null reports it)', history: tables, sql: "BEGIN;\nALTER TABLE users ALTER COLUMN email DROP DEFAULT;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\nCOMMIT;" },
    { name: 'a rewriting type change after a catalog change of the same table (change-column-type reports it)', history: tables, sql: "BEGIN;\nALTER TABLE users ALTER COLUMN email DROP DEFAULT;\nALTER TABLE users ALTER COLUMN email TYPE jsonb USING to_jsonb(email);\nCOMMIT;" },
    { name: "knex: one .alter() call sends DROP DEFAULT, TYPE, SET DEFAULT and SET NOT NULL", history: 'CREATE TABLE plans (id bigint PRIMARY KEY, telemetry boolean DEFAULT false);', knex: `exports.up = async (knex) => {
  await knex.schema.alterTable('plans', (table) => {
    table.boolean('telemetry').notNullable().defaultTo(true).alter();
  });
};
exports.down = async (knex) => {
  await knex.schema.alterTable('plans', (table) => {
    table.boolean('telemetry').nullable().defaultTo(false).alter();
  });
};
` },
    { name: 'knex: config.transaction false lets each statement commit', history: tables, knex: `exports.config = { transaction: false };
exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.text('plan');
  });
  await knex('users').update({ plan: 'free' });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('plan'));
` },
  ],
  invalid: [
    { name: 'lock model: re-creating a dropped foreign key scans orders while both tables are held ACCESS EXCLUSIVE', history: withForeignKey, sql: 'BEGIN;\nALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;\nCOMMIT;', line: 3 },
    { name: 'lock model: a backfill after ENABLE ROW LEVEL SECURITY runs under its ACCESS EXCLUSIVE', history: tables, sql: "BEGIN;\nALTER TABLE users ENABLE ROW LEVEL SECURITY;\nUPDATE users SET email = lower(email);\nCOMMIT;", line: 3 },
    { name: 'backfill UPDATE after ADD COLUMN in one transaction', history: tables, sql: "BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free';\nCOMMIT;", line: 3 },
    {
      name: 'dbmate wraps the migration: index build after ADD COLUMN, multi-line after a comment with non-ASCII text',
      history: tables,
      layout: 'dbmate',
      sql: "-- migrate:up\nALTER TABLE users ADD COLUMN plan text;\n-- Index für Tarife — später\nCREATE INDEX users_plan_idx\n  ON users (plan);\n\n-- migrate:down\nDROP INDEX users_plan_idx;\nALTER TABLE users DROP COLUMN plan;\n",
      line: 4,
      endLine: 5,
    },
    { name: 'near-miss: a backfill of the same table still runs under the earlier lock', history: tables, sql: "BEGIN;\nALTER TABLE users ALTER COLUMN email DROP DEFAULT;\nUPDATE users SET email = lower(email);\nCOMMIT;", line: 3 },
    { name: 'near-miss: after a DROP TABLE, a later ACCESS EXCLUSIVE still holds its table through the backfill', history: `${tables}\nCREATE TABLE legacy (id bigint);`, sql: "BEGIN;\nDROP TABLE legacy;\nALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free';\nCOMMIT;", line: 4 },
    { name: 'lock on a second existing table while the first is held', history: tables, sql: 'BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;', line: 3 },
    { name: 'a table locked once is not reported again for quick changes', history: tables, sql: 'BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN memo text;\nCOMMIT;', line: 3 },
    { name: 'one finding per held lock, naming the later statements under it', history: tables, count: 1, sql: "BEGIN;\nALTER TABLE users DROP COLUMN email;\nUPDATE users SET id = id;\nDELETE FROM orders WHERE user_id IS NULL;\nCOMMIT;", line: 3 },
    { name: 'knex: backfill after alterTable inside the transaction Knex opens', history: tables, knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.text('plan');
  });
  await knex('users').update({ plan: 'free' });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('plan'));
`, line: 5 } },
    { name: 'alembic: backfill after add_column in the transaction Alembic opens', history: tables, alembic: { code: py(['op.add_column("users", sa.Column("plan", sa.Text()))', 'op.execute("UPDATE users SET plan = \'free\'")'], ['op.drop_column("users", "plan")']), line: U + 1 } },
  ],
});
