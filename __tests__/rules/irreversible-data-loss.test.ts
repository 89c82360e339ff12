import { ruleTester } from '../helpers/rule-tester.js';
import { dj, DJ_LINE, DJ_USERS } from '../helpers/django.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text, bio varchar(255), score numeric(10,2), seen_at timestamptz);';
const alembic = (upgrade: string, downgrade: string) =>
  `from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'c1'\ndown_revision = None\n\n\ndef upgrade():\n${upgrade}\n\n\ndef downgrade():\n${downgrade}\n`;
const knex = (up: string, down: string) => `exports.up = async function (knex) {\n${up}\n};\n\nexports.down = async function (knex) {\n${down}\n};\n`;

ruleTester('irreversible-data-loss', {
  valid: [
    { name: 'django: RemoveField of a field added in the same migration', djangoHistory: DJ_USERS, django: dj(["migrations.AddField(model_name='user', name='tmp', field=models.IntegerField(null=True))", "migrations.RemoveField(model_name='user', name='tmp')"]) },
    { name: 'DROP TABLE IF EXISTS guarding the CREATE TABLE of a table no migration made', sql: 'DROP TABLE IF EXISTS user_prefs;\nCREATE TABLE user_prefs (id bigint PRIMARY KEY);' },
    {
      name: 'a rebuild: renamed out of the way, rows copied into the new table, then dropped',
      history: users,
      sql: 'ALTER TABLE users RENAME TO old_users;\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\nINSERT INTO users (id, email) SELECT id, email FROM old_users;\nDROP TABLE old_users;',
    },
    {
      name: 'MySQL: a rebuild copying the rows before the drop',
      dialect: 'mysql',
      history: 'CREATE TABLE items (uuid char(36) PRIMARY KEY, name varchar(50), folder char(36));',
      sql: 'ALTER TABLE items RENAME TO old_items;\nCREATE TABLE items (uuid char(36) PRIMARY KEY, name varchar(50));\nCREATE TABLE item_folders (item char(36), folder char(36));\nINSERT INTO items (uuid, name) SELECT uuid, name FROM old_items;\nINSERT INTO item_folders (item, folder) SELECT uuid, folder FROM old_items WHERE folder IS NOT NULL;\nDROP TABLE old_items;',
    },
    { name: 'a table created in the same migration holds no data', sql: 'CREATE TABLE t (id int, c int);\nALTER TABLE t DROP COLUMN c;\nTRUNCATE t;\nDROP TABLE t;' },
    { name: 'a column added by an earlier migration of the same change', history: users, sql: 'ALTER TABLE users ADD COLUMN tmp int;', extraChange: ['ALTER TABLE users DROP COLUMN tmp;'] },
    { name: 'widening a type keeps every value', history: users, sql: 'ALTER TABLE users ALTER COLUMN bio TYPE text;\nALTER TABLE users ALTER COLUMN score TYPE numeric(12,2);' },
    { name: 'shortening varchar in PostgreSQL fails loudly instead of cutting', history: users, sql: 'ALTER TABLE users ALTER COLUMN bio TYPE varchar(100);' },
    { name: 'renames and deprecation comments keep the data', history: users, sql: "ALTER TABLE users RENAME COLUMN email TO email_address;\nCOMMENT ON COLUMN users.legacy_email IS 'deprecated';" },
    { name: 'UPDATE backfills are not deletions', history: users, sql: "UPDATE users SET bio = '' WHERE bio IS NULL;" },
    {
      name: 'dropping a column the upgrade added (Alembic, Knex)',
      history: users,
      alembic: alembic("    op.add_column('users', sa.Column('tmp', sa.Integer()))\n    op.drop_column('users', 'tmp')", '    pass'),
      knex: knex("  await knex.schema.alterTable('users', (t) => { t.integer('tmp'); });\n  await knex.schema.alterTable('users', (t) => { t.dropColumn('tmp'); });", '  return;'),
    },
    {
      name: 'the data moved to another column, and the downgrade re-adds the column and refills it from there',
      history: users,
      layout: 'golang-migrate',
      sql: 'ALTER TABLE users ADD COLUMN contact_email text;\nUPDATE users SET contact_email = legacy_email;\nALTER TABLE users DROP COLUMN legacy_email;',
      down: 'ALTER TABLE users ADD COLUMN legacy_email text;\nUPDATE users SET legacy_email = contact_email;\nALTER TABLE users DROP COLUMN contact_email;',
      alembic: alembic(
        "    op.add_column('users', sa.Column('contact_email', sa.Text()))\n    op.execute('UPDATE users SET contact_email = legacy_email')\n    op.drop_column('users', 'legacy_email')",
        "    op.add_column('users', sa.Column('legacy_email', sa.Text()))\n    op.execute('UPDATE users SET legacy_email = contact_email')\n    op.drop_column('users', 'contact_email')",
      ),
    },
    {
      name: 'the downgrade re-adds the column and recomputes it from a column that is still there',
      history: users,
      layout: 'golang-migrate',
      sql: 'ALTER TABLE users DROP COLUMN legacy_email;',
      down: 'ALTER TABLE users ADD COLUMN legacy_email text;\nUPDATE users SET legacy_email = lower(email);',
      knex: knex("  await knex.schema.alterTable('users', (t) => {\n    t.dropColumn('legacy_email');\n  });", "  await knex.schema.alterTable('users', (t) => { t.text('legacy_email'); });\n  await knex('users').update({ legacy_email: knex.raw('lower(??)', ['email']) });"),
      knexTs: knex("  await knex.schema.alterTable('users', (t) => {\n    t.dropColumn('legacy_email');\n  });", "  await knex.schema.alterTable('users', (t) => { t.text('legacy_email'); });\n  await knex('users').update('legacy_email', knex.ref('email'));"),
    },
    {
      name: 'MySQL: the downgrade re-adds the column and recomputes it from a column that is still there',
      dialect: 'mysql',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);',
      layout: 'golang-migrate',
      sql: 'ALTER TABLE users DROP COLUMN legacy_email;',
      down: 'ALTER TABLE users ADD COLUMN legacy_email text;\nUPDATE users SET legacy_email = LOWER(`email`);',
      knex: knex("  await knex.schema.alterTable('users', (t) => {\n    t.dropColumn('legacy_email');\n  });", "  await knex.schema.alterTable('users', (t) => { t.text('legacy_email'); });\n  await knex('users').update({ legacy_email: knex.raw('LOWER(??)', ['email']) });"),
    },
  ],
  invalid: [
    {
      name: 'near-miss: rows copied into an existing table (an archive of some of them) before the drop',
      history: [users, 'CREATE TABLE audit (id bigint, email text);'],
      sql: 'INSERT INTO audit (id, email) SELECT id, email FROM users WHERE email IS NOT NULL;\nDROP TABLE users;',
      line: 2,
    },
    {
      name: 'near-miss: the downgrade rewrites the re-added column from itself, which is empty',
      history: users,
      layout: 'golang-migrate',
      sql: 'ALTER TABLE users DROP COLUMN legacy_email;',
      down: "ALTER TABLE users ADD COLUMN legacy_email text;\nUPDATE users SET legacy_email = legacy_email || '@old';",
      line: 1,
      knex: { code: knex("  await knex.schema.alterTable('users', (t) => {\n    t.dropColumn('legacy_email');\n  });", "  await knex.schema.alterTable('users', (t) => { t.text('legacy_email'); });\n  await knex('users').update({ legacy_email: knex.raw('?? || ?', ['legacy_email', '@old']) });"), line: 3 },
    },
    {
      name: 'MySQL near-miss: the downgrade refills the re-added column with a constant',
      dialect: 'mysql',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);',
      layout: 'golang-migrate',
      sql: 'ALTER TABLE users DROP COLUMN legacy_email;',
      down: "ALTER TABLE users ADD COLUMN legacy_email text;\nUPDATE users SET legacy_email = 'unknown';",
      line: 1,
      knex: { code: knex("  await knex.schema.alterTable('users', (t) => {\n    t.dropColumn('legacy_email');\n  });", "  await knex.schema.alterTable('users', (t) => { t.text('legacy_email'); });\n  await knex('users').update({ legacy_email: knex.raw('?', ['unknown']) });"), line: 3 },
    },
    {
      name: 'near-miss: the downgrade refills the re-added column with a constant, not from the data',
      history: users,
      layout: 'golang-migrate',
      sql: 'ALTER TABLE users DROP COLUMN legacy_email;',
      down: "ALTER TABLE users ADD COLUMN legacy_email text;\nUPDATE users SET legacy_email = 'unknown';",
      line: 1,
      knex: { code: knex("  await knex.schema.alterTable('users', (t) => {\n    t.dropColumn('legacy_email');\n  });", "  await knex.schema.alterTable('users', (t) => { t.text('legacy_email'); });\n  await knex('users').update({ legacy_email: 'unknown' });"), line: 3 },
    },
    { name: 'django: RemoveField — Django reverses it by re-adding the column empty', djangoHistory: DJ_USERS, django: { code: dj(["migrations.RemoveField(model_name='user', name='legacy_email')"]), line: DJ_LINE } },
    {
      name: 'drop column: the downgrade re-adds it empty',
      history: users,
      layout: 'golang-migrate',
      sql: 'ALTER TABLE users DROP COLUMN legacy_email;',
      down: 'ALTER TABLE users ADD COLUMN legacy_email text;',
      line: 1,
      alembic: { code: alembic("    op.drop_column('users', 'legacy_email')", "    op.add_column('users', sa.Column('legacy_email', sa.Text()))"), line: 9 },
      knex: { code: knex("  await knex.schema.alterTable('users', (t) => {\n    t.dropColumn('legacy_email');\n  });", "  await knex.schema.alterTable('users', (t) => { t.text('legacy_email'); });"), line: 3 },
    },
    { name: 'drop table without a downgrade (plain SQL)', history: users, sql: '-- gone\nDROP TABLE users;', line: 2 },
    { name: 'TRUNCATE', history: users, sql: 'TRUNCATE users;', line: 1 },
    { name: 'DELETE with a WHERE', history: users, sql: 'DELETE FROM users\nWHERE seen_at IS NULL;', line: 1, endLine: 2 },
    { name: 'narrowing numeric scale rounds every value', history: users, layout: 'dbmate', sql: '-- migrate:up\nALTER TABLE users ALTER COLUMN score TYPE numeric(10,0);\n-- migrate:down\nALTER TABLE users ALTER COLUMN score TYPE numeric(10,2);\n', line: 2 },
    { name: 'timestamptz to date drops the time of day', history: users, sql: 'ALTER TABLE users ALTER COLUMN seen_at TYPE date;', line: 1 },
    { name: 'MySQL: drop column → mysqldump', dialect: 'mysql', history: 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_email text);', sql: 'ALTER TABLE users DROP COLUMN legacy_email;', line: 1 },
    { name: 'MySQL: shortening varchar cuts values outside strict mode', dialect: 'mysql', history: 'CREATE TABLE users (id bigint PRIMARY KEY, bio varchar(255));', sql: 'ALTER TABLE users MODIFY COLUMN bio varchar(50);', line: 1 },
  ],
});
