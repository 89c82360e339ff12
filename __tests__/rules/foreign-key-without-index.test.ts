import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, org_id bigint);';
const orders = `${users}\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, region text);`;

const knexOrders = (body: string) => `exports.up = (knex) => knex.schema.createTable('orders', (t) => {
  t.bigIncrements('id');
${body}
});
exports.down = (knex) => knex.schema.dropTable('orders');
`;

ruleTester('foreign-key-without-index', {
  valid: [
    { name: 'a composite key whose other column is the primary key: the lookup goes through the primary key', history: orders, sql: 'ALTER TABLE orders ADD CONSTRAINT orders_self_fk FOREIGN KEY (user_id, id) REFERENCES orders (user_id, id);' },
    {
      name: 'index created after the table in the same migration',
      history: users,
      sql: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\nCREATE INDEX orders_user_id_idx ON orders (user_id);',
      alembic: py([
        'op.create_table("orders", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id")))',
        'op.create_index(op.f("ix_orders_user_id"), "orders", ["user_id"])',
      ], ['op.drop_table("orders")']),
      knex: knexOrders("  t.bigInteger('user_id').references('id').inTable('users').index();"),
    },
    { name: 'index created by an earlier migration', history: [orders, 'CREATE INDEX orders_user_id_idx ON orders (user_id);'], sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;' },
    { name: 'index created by a later migration of the same change', history: orders, sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', extraChange: ['CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);'] },
    { name: 'a composite index with the foreign key columns as its prefix', history: [orders, 'CREATE INDEX orders_user_region_idx ON orders (user_id, region);'], sql: 'ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;' },
    { name: 'the primary key leads with the column (one-to-one)', history: users, sql: 'CREATE TABLE profiles (user_id bigint PRIMARY KEY REFERENCES users (id), bio text);' },
    { name: 'a composite foreign key served by a unique constraint in another column order', sql: 'CREATE TABLE a (x int, y int, PRIMARY KEY (x, y));\nCREATE TABLE b (y int, x int, z int, UNIQUE (y, x, z), FOREIGN KEY (x, y) REFERENCES a (x, y));' },
    { name: 'a partial index on column IS NOT NULL serves the lookups', history: orders, sql: 'CREATE INDEX orders_user_id_idx ON orders (user_id) WHERE user_id IS NOT NULL;\nALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;' },
    { name: 'a foreign key dropped and added again (renamed) in one migration', history: [orders, 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);'], sql: 'ALTER TABLE orders DROP CONSTRAINT orders_user_fk;\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;' },
    { name: 'a foreign key unknown to history dropped and added again under a name that names its column', history: orders, sql: 'ALTER TABLE orders DROP CONSTRAINT fk_orders_user_id_users;\nALTER TABLE orders ADD CONSTRAINT fk_orders_user_id_users_0a1b FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;' },
    { name: 'MySQL: InnoDB creates the index itself', dialect: 'mysql', sql: 'CREATE TABLE users (id BIGINT PRIMARY KEY);\nCREATE TABLE orders (id BIGINT PRIMARY KEY, user_id BIGINT, FOREIGN KEY (user_id) REFERENCES users (id));' },
  ],
  invalid: [
    {
      name: 'a new table with an unindexed foreign key column',
      history: users,
      sql: '-- orders\nCREATE TABLE orders (\n  id bigint PRIMARY KEY,\n  user_id bigint NOT NULL REFERENCES users (id)\n);',
      line: 2,
      endLine: 5,
      alembic: { code: py(['op.create_table("orders", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id"), nullable=False))'], ['op.drop_table("orders")']), line: U },
      knex: { code: knexOrders("  t.bigInteger('user_id').notNullable().references('id').inTable('users');"), line: 3 },
    },
    { name: 'near-miss: a composite key the primary key is no part of', history: orders, sql: 'ALTER TABLE orders ADD CONSTRAINT orders_pair_fk FOREIGN KEY (user_id, region) REFERENCES users (id, org_id) NOT VALID;', line: 1 },
    { name: 'ADD CONSTRAINT on an existing table', history: orders, sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', line: 1 },
    { name: 'an index on another column first does not serve the lookup', history: [orders, 'CREATE INDEX orders_region_user_idx ON orders (region, user_id);'], sql: 'ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', line: 1 },
    { name: 'an expression index and a partial index on another predicate do not count', history: [orders, "CREATE INDEX orders_user_text_idx ON orders ((user_id::text));\nCREATE INDEX orders_user_eu_idx ON orders (user_id) WHERE region = 'eu';"], sql: 'ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', line: 1 },
    { name: 'a dropped index no longer counts', history: [orders, 'CREATE INDEX orders_user_id_idx ON orders (user_id);'], sql: 'DROP INDEX CONCURRENTLY orders_user_id_idx;\nALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', line: 2 },
    { name: 'dropping another constraint does not excuse the new foreign key', history: [orders, 'ALTER TABLE orders ADD CONSTRAINT orders_region_check CHECK (region <> \'\');'], sql: 'ALTER TABLE orders DROP CONSTRAINT orders_region_check;\nALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', line: 2 },
    { name: 'ADD COLUMN ... REFERENCES', history: orders, sql: 'ALTER TABLE orders ADD COLUMN org_id bigint REFERENCES users (id);', line: 1 },
  ],
});
