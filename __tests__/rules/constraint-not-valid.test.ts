import { ruleTester } from '../helpers/rule-tester.js';
import { dj, DJ_LINE, DJ_USERS } from '../helpers/django.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';
import { rb, RB_LINE } from '../rails/migration.js';

const tables = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total numeric(12, 2));';

ruleTester('constraint-not-valid', {
  valid: [
    { name: 'near-miss: the dropped foreign key re-created NOT VALID in the same statement', history: `${tables}\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);`, sql: 'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey, ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE NOT VALID;' },
    {
      name: 'a foreign key on a column the same ADD COLUMN adds without a default: all NULL, validated without a scan',
      history: tables,
      sql: 'ALTER TABLE orders ADD COLUMN buyer_id bigint REFERENCES users (id);',
    },
    { name: 'django: AddField(ForeignKey(null=True)) is written inline in the ADD COLUMN', djangoHistory: DJ_USERS, django: dj(["migrations.AddField(model_name='team', name='owner', field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, to='shop.user'))"]) },
    { name: 'django: CreateModel with a ForeignKey to an existing table', djangoHistory: DJ_USERS, django: dj(["migrations.CreateModel(name='Invoice', fields=[('id', models.BigAutoField(primary_key=True, serialize=False)), ('user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, to='shop.user'))])"]) },
    { name: 'django: AddConstraintNotValid, ValidateConstraint in a later migration', djangoHistory: DJ_USERS, django: dj(["AddConstraintNotValid(model_name='user', constraint=models.CheckConstraint(check=models.Q(id__gt=0), name='users_id_positive'))"]) },
    { name: 'rails: add_foreign_key validate: false', history: tables, rails: rb(['add_foreign_key :orders, :users, validate: false']) },
    { name: 'rails: create_table with a reference and its foreign key', history: tables, rails: rb(['create_table :invoices do |t|', '  t.references :order, foreign_key: true', 'end']) },
    { name: 'table created earlier in the same migration', history: tables, sql: 'CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);\nALTER TABLE invoices ADD CONSTRAINT invoices_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id);' },
    { name: 'FOREIGN KEY ... NOT VALID', history: tables, sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;' },
    { name: 'CHECK ... NOT VALID', history: tables, sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;' },
    { name: 'NOT VALID then VALIDATE in a later migration', history: [tables, 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;'], sql: 'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;' },
    { name: 'REFERENCES in CREATE TABLE pointing at an existing table', history: tables, sql: 'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id), CHECK (id > 0));' },
    { name: 'near-miss: UNIQUE constraint (add-unique-constraint decides)', history: tables, sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);' },
    { name: 'knex: references() in createTable pointing at an existing table', history: tables, knex: `exports.up = (knex) => knex.schema.createTable('invoices', (t) => {
  t.bigIncrements();
  t.bigInteger('order_id').references('orders.id');
});
exports.down = (knex) => knex.schema.dropTable('invoices');
` },
    { name: 'alembic: create_foreign_key with postgresql_not_valid=True', history: tables, alembic: py(['op.create_foreign_key("orders_user_id_fkey", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True)'], ['op.drop_constraint("orders_user_id_fkey", "orders", type_="foreignkey")']) },
    { name: 'alembic: create_check_constraint with postgresql_not_valid=True', history: tables, alembic: py(['op.create_check_constraint("orders_total_check", "orders", "total >= 0", postgresql_not_valid=True)'], ['op.drop_constraint("orders_total_check", "orders", type_="check")']) },
  ],
  invalid: [
    { name: 'lock model: re-created in the statement that drops it, the key is checked under the ACCESS EXCLUSIVE locks of the drop', history: `${tables}\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);`, sql: 'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey, ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;', line: 1 },
    { name: 'near-miss: dropped by an earlier statement outside a transaction, the re-created key holds only SHARE ROW EXCLUSIVE', history: `${tables}\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);`, sql: 'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;', line: 2 },
    { name: 'lock model: drop then re-create in one transaction, the key is checked under the ACCESS EXCLUSIVE locks of the drop', history: `${tables}\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);`, sql: 'BEGIN;\nALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;\nCOMMIT;', line: 3, alembic: { code: py(['op.drop_constraint("orders_user_id_fkey", "orders", type_="foreignkey")', 'op.create_foreign_key("orders_user_id_fkey", "orders", "users", ["user_id"], ["id"], ondelete="CASCADE")'], ['op.drop_constraint("orders_user_id_fkey", "orders", type_="foreignkey")', 'op.create_foreign_key("orders_user_id_fkey", "orders", "users", ["user_id"], ["id"])']), line: U + 1 } },
    { name: 'django: AddConstraint(CheckConstraint) on an existing table', djangoHistory: DJ_USERS, django: { code: dj(["migrations.AddConstraint(model_name='user', constraint=models.CheckConstraint(check=models.Q(id__gt=0), name='users_id_positive'))"]), line: DJ_LINE } },
    { name: 'rails: add_foreign_key on an existing table', history: tables, rails: { code: rb(['add_foreign_key :orders, :users']), line: RB_LINE } },
    { name: 'rails: add_check_constraint without validate: false', history: tables, rails: { code: rb(['add_check_constraint :orders, "total >= 0", name: "orders_total_check"']), line: RB_LINE } },
    { name: 'FOREIGN KEY on an existing table', history: tables, sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);', line: 1 },
    { name: 'unnamed FOREIGN KEY, multi-line after a comment with non-ASCII text', history: tables, sql: '-- Bestellungen → Nutzer\nALTER TABLE orders\n  ADD FOREIGN KEY (user_id)\n  REFERENCES users (id) ON DELETE CASCADE;', line: 2, endLine: 4 },
    { name: 'CHECK on an existing table', history: tables, sql: '\n\nALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0 AND (total < 1000000 OR user_id IS NULL));', line: 3 },
    { name: 'ADD COLUMN ... DEFAULT ... REFERENCES: every row gets the default, which the key checks', history: tables, sql: 'ALTER TABLE orders ADD COLUMN buyer_id bigint DEFAULT 1 REFERENCES users (id);', line: 1 },
    { name: 'self-referencing FOREIGN KEY locks one table', history: 'CREATE TABLE categories (id bigint PRIMARY KEY, parent_id bigint);', sql: 'ALTER TABLE categories ADD CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES categories (id);', line: 1 },
    { name: 'existing table referencing a table created in the same migration', history: tables, sql: 'CREATE TABLE carts (id bigint PRIMARY KEY);\nALTER TABLE orders ADD COLUMN cart_id bigint;\nALTER TABLE orders ADD CONSTRAINT orders_cart_id_fkey FOREIGN KEY (cart_id) REFERENCES carts (id);', line: 3 },
    {
      name: 'knex: foreign key on an existing table',
      history: tables,
      knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('orders', (t) => {
    t.foreign('user_id').references('users.id');
  });
};
exports.down = (knex) => knex.schema.alterTable('orders', (t) => t.dropForeign('user_id'));
`, line: 3 },
      knexTs: { code: `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('orders', (table) => {
    table.bigInteger('buyer_id').references('id').inTable('users').onDelete('SET NULL');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('orders', (table) => table.dropColumn('buyer_id'));
}
`, line: 5 },
    },
    { name: 'alembic: create_foreign_key on an existing table', history: tables, alembic: { code: py(['op.create_foreign_key(', '    "orders_user_id_fkey", "orders", "users", ["user_id"], ["id"],', ')'], ['op.drop_constraint("orders_user_id_fkey", "orders", type_="foreignkey")']), line: U, endLine: U + 2 } },
    { name: 'alembic: create_check_constraint on an existing table', history: tables, alembic: { code: py(['op.create_check_constraint("orders_total_check", "orders", sa.column("total") >= 0)'], ['op.drop_constraint("orders_total_check", "orders", type_="check")']), line: U } },
    { name: 'alembic: add_column with sa.ForeignKey on an existing table', history: tables, alembic: { code: py(['op.add_column("orders", sa.Column("buyer_id", sa.BigInteger(), sa.ForeignKey("users.id")))'], ['op.drop_column("orders", "buyer_id")']), line: U } },
  ],
});
