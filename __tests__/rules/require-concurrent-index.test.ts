import { ruleTester } from '../helpers/rule-tester.js';
import { dj, DJ_LINE, DJ_USERS } from '../helpers/django.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';
import { rb, RB_LINE } from '../rails/migration.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);';

const partitioned = 'CREATE TABLE events (id bigint, at date, kind text) PARTITION BY RANGE (at);\nCREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM (\'2026-01-01\') TO (\'2027-01-01\');';

ruleTester('require-concurrent-index', {
  valid: [
    { name: 'django: AddIndexConcurrently in a migration with atomic = False', djangoHistory: DJ_USERS, django: dj(["AddIndexConcurrently(model_name='user', index=models.Index(fields=['email'], name='users_email_idx'))"], { atomic: false }) },
    { name: 'django: CreateModel with a ForeignKey (the index is on the new table)', djangoHistory: DJ_USERS, django: dj(["migrations.CreateModel(name='Invoice', fields=[('id', models.BigAutoField(primary_key=True, serialize=False)), ('user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, to='shop.user'))])"]) },
    { name: 'rails: algorithm: :concurrently with disable_ddl_transaction!', history: users, rails: rb(['add_index :users, :email, algorithm: :concurrently'], { classBody: ['disable_ddl_transaction!', ''] }) },
    { name: 'rails: create_table then add_index in the same migration', rails: rb(['create_table :t do |t|', '  t.integer :c', 'end', 'add_index :t, :c']) },
    { name: 'rails: 4.2 add_reference adds no index', history: users, rails: rb(['add_reference :users, :account'], { version: '4.2' }) },
    { name: 'table created earlier in the same migration', sql: 'CREATE TABLE t (id int, c int);\nCREATE INDEX t_c_idx ON t (c);' },
    { name: 'partitioned table: ON ONLY the parent, CONCURRENTLY per partition, ATTACH', history: partitioned, sql: 'CREATE INDEX events_kind ON ONLY events (kind);\nCREATE INDEX CONCURRENTLY events_2026_kind ON events_2026 (kind);\nALTER INDEX events_kind ATTACH PARTITION events_2026_kind;' },
    { name: 'SET search_path: an unqualified name resolves to the path\'s first schema', sql: 'SET search_path TO app, public;\nCREATE TABLE app.drafts (id bigint);\nCREATE INDEX drafts_id ON drafts (id);' },
    { name: 'a materialized view created in the same migration', history: 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);', sql: 'CREATE MATERIALIZED VIEW order_totals AS SELECT id, total FROM orders;\nCREATE UNIQUE INDEX order_totals_id ON order_totals (id);' },
    { name: 'table created by an earlier migration of the same change', sql: 'CREATE TABLE t (id int, c int);', extraChange: ['CREATE INDEX t_c_idx ON t (c);'] },
    { name: 'CONCURRENTLY on an existing table', history: users, sql: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);' },
    { name: 'CONCURRENTLY in a non-transactional golang-migrate file', history: users, layout: 'golang-migrate', down: 'DROP INDEX CONCURRENTLY users_email_idx;', sql: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);' },
    { name: 'unique CONCURRENTLY with a predicate', history: users, sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (lower(email)) WHERE email IS NOT NULL;' },
    { name: 'knex: createTable then index in the same migration', knex: `exports.up = async (knex) => {
  await knex.schema.createTable('t', (table) => {
    table.bigIncrements();
    table.integer('c').index();
  });
  await knex.schema.alterTable('t', (table) => table.index(['id', 'c']));
};
exports.down = (knex) => knex.schema.dropTable('t');
` },
    { name: 'knex: a materialized view created in the same migration (replayed: the model learns it)', history: 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);', knex: `exports.up = async (knex) => {
  await knex.schema.createMaterializedView('order_totals', (view) => {
    view.as(knex('orders').select('id', 'total').where('total', '>', 0));
  });
  await knex.schema.alterTable('order_totals', (t) => t.unique(['id'], { indexName: 'order_totals_id', useConstraint: false }));
};
exports.down = (knex) => knex.schema.dropMaterializedView('order_totals');
` },
    { name: 'knex: raw CONCURRENTLY with config.transaction false', history: users, knex: `exports.config = { transaction: false };
exports.up = (knex) => knex.raw('CREATE INDEX CONCURRENTLY users_email_idx ON users (email)');
exports.down = (knex) => knex.raw('DROP INDEX CONCURRENTLY users_email_idx');
` },
    { name: 'alembic: create_table then create_index in the same upgrade', alembic: py(['op.create_table("t", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("c", sa.Integer()))', 'op.create_index("t_c_idx", "t", ["c"])'], ['op.drop_table("t")']) },
    { name: 'alembic: postgresql_concurrently inside autocommit_block()', history: users, alembic: py(['with op.get_context().autocommit_block():', '    op.create_index("users_email_idx", "users", ["email"], postgresql_concurrently=True)'], ['op.drop_index("users_email_idx", table_name="users")']) },
  ],
  invalid: [
    { name: 'django: AddIndex on an existing table', djangoHistory: DJ_USERS, django: { code: dj(["migrations.AddIndex(model_name='user', index=models.Index(fields=['email'], name='users_email_idx'))"]), line: DJ_LINE } },
    { name: 'django: AddField(ForeignKey) on an existing table builds its index without CONCURRENTLY', djangoHistory: DJ_USERS, django: { code: dj(["migrations.AddField(model_name='team', name='owner', field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, to='shop.user'))"]), line: DJ_LINE } },
    { name: 'rails: add_index on an existing table', history: users, rails: { code: rb(['add_index :users, :email']), line: RB_LINE } },
    { name: 'rails: add_reference indexes the new column non-concurrently', history: users, rails: { code: rb(['add_reference :users, :account']), line: RB_LINE } },
    { name: 'rails: t.index inside change_table points at the inner call', history: users, rails: { code: rb(['change_table :users do |t|', '  t.index :email', 'end']), line: RB_LINE + 1 } },
    {
      name: 'one finding per call site when a loop runs the call for several tables',
      history: 'CREATE TABLE a (x int);\nCREATE TABLE b (x int);\nCREATE TABLE c (x int);',
      alembic: { code: py(['for t in ["a", "b", "c"]:', '    op.create_index(f"{t}_x_idx", t, ["x"])'], ['for t in ["a", "b", "c"]:', '    op.drop_index(f"{t}_x_idx", table_name=t)']), line: U + 1 },
      knex: { code: "exports.up = async (knex) => {\n  for (const t of ['a', 'b', 'c']) {\n    await knex.schema.alterTable(t, (tb) => { tb.index(['x'], `${t}_x_idx`); });\n  }\n};\nexports.down = async (knex) => {\n  for (const t of ['a', 'b', 'c']) await knex.schema.alterTable(t, (tb) => { tb.dropIndex(['x'], `${t}_x_idx`); });\n};\n", line: 3 },
    },
    { name: 'SET search_path: the table of the path\'s schema is the one from history', history: 'CREATE TABLE app.items (id bigint, sku text);', sql: 'CREATE TABLE items (id bigint, sku text);\nSET search_path TO app;\nCREATE INDEX items_sku ON items (sku);\nRESET search_path;\nCREATE INDEX items_id ON items (id);', line: 3 },
    { name: 'partitioned table: a plain build locks every partition; the suggestion is the ON ONLY pattern', history: partitioned, sql: 'CREATE INDEX events_kind ON events (kind);', line: 1 },
    { name: 'a materialized view from history: the build blocks its REFRESH', history: 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\nCREATE MATERIALIZED VIEW order_totals AS SELECT id, total FROM orders;', sql: 'CREATE INDEX order_totals_total ON order_totals (total);', line: 1 },
    { name: 'a materialized view dropped and made again by an earlier migration is history too', history: ['CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);', 'CREATE MATERIALIZED VIEW order_totals AS SELECT id, total FROM orders;\nDROP MATERIALIZED VIEW order_totals;\nCREATE MATERIALIZED VIEW order_totals AS SELECT id FROM orders;'], sql: 'CREATE INDEX order_totals_id ON order_totals (id);', line: 1 },
    {
      name: 'knex: a materialized view from history is not new: the build blocks its REFRESH',
      history: 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\nCREATE MATERIALIZED VIEW order_totals AS SELECT id, total FROM orders;',
      knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('order_totals', (t) => t.index(['total'], 'order_totals_total'));
};
exports.down = (knex) => knex.schema.alterTable('order_totals', (t) => t.dropIndex([], 'order_totals_total'));
`, line: 2 },
    },
    { name: 'plain index on an existing table', history: users, sql: 'CREATE INDEX users_email_idx ON users (email);', line: 1 },
    {
      name: 'multi-line statement after comments and non-ASCII text',
      history: users,
      sql: '-- añadir índice — ünïcode\n/* block\n comment */\nCREATE UNIQUE INDEX users_email_key\n  ON users (email)\n  WHERE email IS NOT NULL;\n',
      line: 4,
      endLine: 6,
    },
    { name: 'table unknown to history counts as existing', sql: 'CREATE INDEX orders_user_idx ON orders (user_id);', line: 1 },
    {
      name: 'knex: index() on an existing table',
      history: users,
      knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.index('email');
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropIndex('email'));
`, line: 3 },
      knexTs: { code: `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => {
    table.index(['email'], 'users_email_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => table.dropIndex([], 'users_email_idx'));
}
`, line: 5 },
    },
    { name: 'alembic: create_index on an existing table (multi-line call, op.f name)', history: users, alembic: { code: py(['op.create_index(', '    op.f("ix_users_email"),', '    "users",', '    ["email"],', ')'], ['op.drop_index(op.f("ix_users_email"), table_name="users")']), line: U, endLine: U + 4 } },
    { name: 'alembic: batch_op.create_index points at the inner call', history: users, alembic: { code: py(['with op.batch_alter_table("users") as batch_op:', '    batch_op.create_index("ix_users_email", ["email"])']), line: U + 1 } },
  ],
});

test('the finding of a call in a loop says how many times the call runs', async () => {
  const { lintCase } = await import('../helpers/rule-tester.js');
  const code = py(['for t in ["a", "b", "c"]:', '    op.create_index(f"{t}_x_idx", t, ["x"])'], ['pass']);
  const found = (await lintCase('require-concurrent-index', { name: 'loop', history: 'CREATE TABLE a (x int);\nCREATE TABLE b (x int);\nCREATE TABLE c (x int);' }, 'alembic', code)).filter((f) => f.ruleId === 'require-concurrent-index');
  expect(found).toHaveLength(1);
  expect(found[0]!.message).toContain('This call runs 3 times');
});
