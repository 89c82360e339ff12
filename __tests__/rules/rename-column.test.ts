import { ruleTester } from '../helpers/rule-tester.js';
import { dj, DJ_LINE, DJ_USERS } from '../helpers/django.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';
import { rb, RB_LINE } from '../rails/migration.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, name varchar(100) NOT NULL);';

ruleTester('rename-column', {
  valid: [
    {
      name: 'a swap: the old name is back before the migration ends (id → id_old, id_big → id)',
      history: 'CREATE TABLE jobs (id int PRIMARY KEY, id_big bigint);',
      layout: 'dbmate',
      sql: '-- migrate:up\nALTER TABLE jobs RENAME COLUMN id TO id_old;\nALTER TABLE jobs ADD COLUMN id bigint;\n',
      knex: "exports.up = async (knex) => {\n  await knex.schema.alterTable('jobs', (t) => { t.renameColumn('id', 'id_old'); });\n  await knex.schema.alterTable('jobs', (t) => { t.bigInteger('id'); });\n};\nexports.down = async () => {};\n",
    },
    { name: 'django: RenameField of a model created in the same migration', django: dj(["migrations.CreateModel(name='Tmp', fields=[('id', models.BigAutoField(primary_key=True, serialize=False)), ('a', models.TextField())])", "migrations.RenameField(model_name='tmp', old_name='a', new_name='b')"], { initial: true }) },
    { name: 'rails: column added earlier in the same migration', history: users, rails: rb(['add_column :users, :fullname, :text', 'rename_column :users, :fullname, :full_name']) },
    { name: 'table created in the same migration', sql: 'CREATE TABLE drafts (id bigint, titel text);\nALTER TABLE drafts RENAME COLUMN titel TO title;' },
    { name: 'column added earlier in the same migration', history: users, sql: 'ALTER TABLE users ADD COLUMN fullname text;\nALTER TABLE users RENAME COLUMN fullname TO full_name;' },
    { name: 'column added by an earlier migration of the same change', history: users, sql: 'ALTER TABLE users ADD COLUMN fullname text;', extraChange: ['ALTER TABLE users RENAME COLUMN fullname TO full_name;'] },
    { name: 'near-miss: expand step adds the new column', history: users, sql: 'ALTER TABLE users ADD COLUMN full_name text;' },
    { name: 'near-miss: renaming a constraint or an index', history: users, sql: 'ALTER TABLE users RENAME CONSTRAINT users_pkey TO users_id_pkey;\nALTER INDEX users_name_idx RENAME TO users_full_name_idx;' },
    { name: 'near-miss: the downgrade renames back', history: users, layout: 'golang-migrate', sql: 'ALTER TABLE users ADD COLUMN nick text;', down: 'ALTER TABLE users RENAME COLUMN name TO full_name;' },
    { name: 'MySQL: CHANGE that keeps the name', dialect: 'mysql', history: 'CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(100));', sql: 'ALTER TABLE users CHANGE name name VARCHAR(200);' },
    { name: 'knex: renameColumn on a table created in the same migration', knex: `exports.up = async (knex) => {
  await knex.schema.createTable('drafts', (t) => {
    t.text('titel');
  });
  await knex.schema.alterTable('drafts', (t) => t.renameColumn('titel', 'title'));
};
exports.down = (knex) => knex.schema.dropTable('drafts');
` },
  ],
  invalid: [
    {
      name: 'the middle name of a two-step rename in one migration is known to no running code (the first step is reported)',
      history: 'CREATE TABLE assignments (id bigint PRIMARY KEY, circuit_id bigint);',
      layout: 'dbmate',
      sql: '-- migrate:up\nALTER TABLE assignments RENAME COLUMN circuit_id TO member_id_id;\nALTER TABLE assignments RENAME COLUMN member_id_id TO member_id;\n',
      count: 1,
      line: 2,
    },
    { name: 'near-miss: in a swap, the column renamed onto the old name loses its own name', history: 'CREATE TABLE jobs (id int PRIMARY KEY, id_big bigint);', layout: 'dbmate', sql: '-- migrate:up\nALTER TABLE jobs RENAME COLUMN id TO id_old;\nALTER TABLE jobs RENAME COLUMN id_big TO id;\n', line: 3 },
    { name: 'django: RenameField on an existing table', djangoHistory: DJ_USERS, django: { code: dj(["migrations.RenameField(model_name='user', old_name='email', new_name='email_address')"]), line: DJ_LINE } },
    { name: 'rails: rename_column', history: users, rails: { code: rb(['rename_column :users, :name, :full_name']), line: RB_LINE } },
    { name: 'rails: t.rename inside change_table', history: users, rails: { code: rb(['change_table :users do |t|', '  t.rename :name, :full_name', 'end']), line: RB_LINE + 1 } },
    { name: 'rename of an existing column', history: users, sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;', line: 1 },
    { name: 'multi-line, after a comment', history: users, sql: '-- clearer name\nALTER TABLE users\n  RENAME COLUMN name\n  TO full_name;', line: 2, endLine: 4 },
    { name: 'column of a table unknown to history', sql: 'ALTER TABLE orders RENAME COLUMN amt TO amount;', line: 1 },
    { name: 'MySQL: RENAME COLUMN', dialect: 'mysql', history: 'CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(100));', sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;', line: 1 },
    { name: 'MySQL: CHANGE COLUMN with a new name', dialect: 'mysql', history: 'CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(100));', sql: 'ALTER TABLE users\n  CHANGE COLUMN name full_name VARCHAR(100);', line: 1, endLine: 2 },
    {
      name: 'knex: renameColumn of an existing column',
      history: users,
      knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.renameColumn('name', 'full_name');
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.renameColumn('full_name', 'name'));
`, line: 3 },
      knexTs: { code: `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.table('users', (table) => {
    table.renameColumn('name', 'full_name');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.table('users', (table) => table.renameColumn('full_name', 'name'));
}
`, line: 5 },
    },
    { name: 'alembic: alter_column(new_column_name=...)', history: users, alembic: { code: py(['op.alter_column("users", "name", new_column_name="full_name", existing_type=sa.String(100))'], ['op.alter_column("users", "full_name", new_column_name="name")']), line: U } },
  ],
});
