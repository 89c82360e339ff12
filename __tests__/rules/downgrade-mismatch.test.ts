import { ruleTester } from '../helpers/rule-tester.js';
import { dj, DJ_USERS } from '../helpers/django.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, bio varchar(255));';
const mysqlUsers = 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255), bio varchar(255) NOT NULL);';

const alembic = (upgrade: string, downgrade: string) =>
  `from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'c1'\ndown_revision = None\n\n\ndef upgrade():\n${upgrade}\n\n\ndef downgrade():\n${downgrade}\n`;
const knex = (up: string, down: string) => `exports.up = async function (knex) {\n${up}\n};\n\nexports.down = async function (knex) {\n${down}\n};\n`;

const moods = "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE people (id bigint PRIMARY KEY, mood mood NOT NULL DEFAULT 'ok');";
const enumRebuildDown = "ALTER TYPE mood RENAME TO mood_old;\nCREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TABLE people ALTER COLUMN mood DROP DEFAULT;\nALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::text::mood;\nALTER TABLE people ALTER COLUMN mood SET DEFAULT 'ok';\nDROP TYPE mood_old;";

ruleTester('downgrade-mismatch', {
  valid: [
    { name: 'DROP INDEX IF EXISTS that only guards the CREATE INDEX of a new index; the down drops the index', history: users, layout: 'golang-migrate', sql: 'DROP INDEX IF EXISTS users_email_upper_idx;\nCREATE INDEX users_email_upper_idx ON users (upper(email));', down: 'DROP INDEX IF EXISTS users_email_upper_idx;' },
    { name: "alembic: a check constraint dropped by the name SQLAlchemy's ck_<table>_<name> convention gives it", history: users, alembic: alembic('    op.create_check_constraint("email_lower", "users", "email = lower(email)")', '    op.drop_constraint("ck_users_email_lower", "users")') },
    { name: 'an index redefined (dropped, created again) and restored by the down the same way', history: `${users}\nCREATE INDEX users_email_idx ON users (email);`, layout: 'golang-migrate', sql: 'DROP INDEX users_email_idx;\nCREATE INDEX users_email_idx ON users (email, bio);', down: 'DROP INDEX users_email_idx;\nCREATE INDEX users_email_idx ON users (email);' },
    {
      name: 'a helper index the upgrade builds for its backfill and drops at its end needs no inverse',
      history: users,
      layout: 'golang-migrate',
      sql: 'CREATE INDEX users_email_tmp ON users (email);\nUPDATE users SET bio = email WHERE bio IS NULL;\nALTER TABLE users ALTER COLUMN bio SET NOT NULL;\nDROP INDEX IF EXISTS users_email_tmp;',
      down: 'ALTER TABLE users ALTER COLUMN bio DROP NOT NULL;',
      alembic: alembic('    op.create_index("users_email_tmp", "users", ["email"], if_not_exists=True)\n    op.execute("UPDATE users SET bio = email WHERE bio IS NULL")\n    op.alter_column("users", "bio", nullable=False)\n    op.drop_index("users_email_tmp", "users", if_exists=True)', '    op.alter_column("users", "bio", nullable=True)'),
      knex: knex("  await knex.schema.alterTable('users', (t) => { t.index(['email'], 'users_email_tmp'); });\n  await knex('users').whereNull('bio').update({ bio: knex.ref('email') });\n  await knex.schema.alterTable('users', (t) => { t.dropIndex([], 'users_email_tmp'); });", ''),
    },
    { name: 'an index the downgrade drops and builds again under the same name is where it was', history: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(50));\nCREATE INDEX users_email_like ON users (email varchar_pattern_ops);', layout: 'golang-migrate', sql: 'ALTER TABLE users ADD COLUMN nickname text;', down: 'ALTER TABLE users DROP COLUMN nickname;\nDROP INDEX users_email_like;\nCREATE INDEX users_email_like ON users (email varchar_pattern_ops);' },
    { name: "django: AlterField dropping unique from a SlugField (Django's reverse rebuilds the _like index)", djangoHistory: DJ_USERS.replace("('name', models.TextField(null=True)),", "('name', models.TextField(null=True)),\n                ('slug', models.SlugField(unique=True)),"), django: dj(["migrations.AlterField(model_name='user', name='slug', field=models.SlugField())"]) },
    { name: "a transient default (SET DEFAULT, fill the NULLs, SET NOT NULL, DROP DEFAULT) needs no inverse: the down only drops NOT NULL", history: users, layout: 'golang-migrate', sql: "ALTER TABLE users ALTER COLUMN email SET DEFAULT '';\nUPDATE users SET email = '' WHERE email IS NULL;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\nALTER TABLE users ALTER COLUMN email DROP DEFAULT;", down: 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;' },
    { name: 'django: AlterField to NOT NULL with a default, reversed by Django', djangoHistory: DJ_USERS, django: dj(["migrations.AlterField(model_name='user', name='name', field=models.TextField(default=''))"]) },
    { name: 'the standard enum down (rename, re-create without the value, move the columns, drop the old type) inverts ADD VALUE', history: moods, layout: 'golang-migrate', sql: "ALTER TYPE mood ADD VALUE 'happy';", down: enumRebuildDown },
    { name: 'a data-only upgrade with an empty down needs no schema downgrade', history: users, layout: 'golang-migrate', sql: "UPDATE users SET bio = '' WHERE bio IS NULL;", down: '' },
    {
      name: 'objects on a table the upgrade creates go away with its DROP TABLE',
      layout: 'golang-migrate',
      sql: 'CREATE TABLE t (id int PRIMARY KEY, c int UNIQUE);\nCREATE INDEX t_c_idx ON t (c);\nALTER TABLE t ADD CONSTRAINT t_c_check CHECK (c > 0);',
      down: 'DROP TABLE t;',
      alembic: alembic("    op.create_table('t', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('c', sa.Integer()))\n    op.create_index('t_c_idx', 't', ['c'])", "    op.drop_table('t')"),
      knex: knex("  await knex.schema.createTable('t', (t) => { t.increments('id'); t.integer('c').index('t_c_idx'); });", "  await knex.schema.dropTable('t');"),
    },
    {
      name: 'index on a column the upgrade adds goes away with DROP COLUMN',
      history: users,
      layout: 'diesel',
      sql: 'ALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX CONCURRENTLY users_nickname_idx ON users (nickname);',
      down: 'ALTER TABLE users DROP COLUMN nickname;',
    },
    {
      name: 'every op inverted (dbmate, one file)',
      history: users,
      layout: 'dbmate',
      sql: "-- migrate:up\nALTER TABLE users RENAME COLUMN email TO email_address;\nALTER TABLE users ALTER COLUMN bio TYPE text;\nALTER TABLE users ALTER COLUMN bio SET NOT NULL;\nCREATE INDEX CONCURRENTLY users_bio_idx ON users (bio);\n\n-- migrate:down\nDROP INDEX CONCURRENTLY users_bio_idx;\nALTER TABLE users ALTER COLUMN bio DROP NOT NULL;\nALTER TABLE users ALTER COLUMN bio TYPE varchar(255);\nALTER TABLE users RENAME COLUMN email_address TO email;\n",
    },
    {
      name: 'unnamed index and constraint dropped by their PostgreSQL default names',
      history: users,
      layout: 'golang-migrate',
      sql: 'CREATE INDEX CONCURRENTLY ON users (email);\nALTER TABLE users ADD CHECK (id > 0) NOT VALID;',
      down: 'ALTER TABLE users DROP CONSTRAINT users_check;\nDROP INDEX CONCURRENTLY users_email_idx;',
    },
    {
      name: 'a down that re-creates a dropped column with its index is restoring, not mismatching',
      history: [users, 'CREATE INDEX users_bio_idx ON users (bio);'],
      layout: 'golang-migrate',
      sql: 'ALTER TABLE users DROP COLUMN bio;',
      down: 'ALTER TABLE users ADD COLUMN bio varchar(255);\nCREATE INDEX users_bio_idx ON users (bio);',
    },
    { name: 'no down part at all is missing-downgrade\'s finding', history: users, layout: 'golang-migrate', sql: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);' },
    { name: 'plain SQL has no down part', history: users, sql: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);' },
    {
      name: 'MySQL MODIFY back restates every property',
      dialect: 'mysql',
      history: mysqlUsers,
      layout: 'golang-migrate',
      sql: 'ALTER TABLE users MODIFY COLUMN bio varchar(500) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;',
      down: 'ALTER TABLE users MODIFY COLUMN bio varchar(255) NOT NULL;',
    },
    {
      name: 'index dropped in the downgrade (Alembic, Knex)',
      history: users,
      alembic: alembic("    with op.get_context().autocommit_block():\n        op.create_index('users_email_idx', 'users', ['email'], postgresql_concurrently=True)", "    op.drop_index('users_email_idx', table_name='users')"),
      knex: knex("  await knex.schema.alterTable('users', (t) => { t.index(['email'], 'users_email_idx'); });", "  await knex.schema.alterTable('users', (t) => { t.dropIndex(['email'], 'users_email_idx'); });"),
    },
  ],
  invalid: [
    { name: 'near-miss: the convention is not assumed for plain SQL', history: users, layout: 'golang-migrate', sql: 'ALTER TABLE users ADD CONSTRAINT email_lower CHECK (email = lower(email));', down: 'ALTER TABLE users DROP CONSTRAINT ck_users_email_lower;', line: 1, count: 2 },
    {
      name: 'the downgrade forgets an index',
      history: users,
      layout: 'golang-migrate',
      sql: 'ALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
      down: 'ALTER TABLE users DROP COLUMN nickname;',
      line: 2,
      alembic: { code: alembic("    op.add_column('users', sa.Column('nickname', sa.Text()))\n    op.create_index('users_email_idx', 'users', ['email'])", "    op.drop_column('users', 'nickname')"), line: 10 },
      knex: { code: knex("  await knex.schema.alterTable('users', (t) => { t.text('nickname'); });\n  await knex.schema.alterTable('users', (t) => { t.index(['email'], 'users_email_idx'); });", "  await knex.schema.alterTable('users', (t) => { t.dropColumn('nickname'); });"), line: 3 },
    },
    {
      name: 'the downgrade forgets to rename back (diesel)',
      history: users,
      layout: 'diesel',
      sql: 'ALTER TABLE users RENAME COLUMN email TO email_address;\nALTER TABLE users ADD COLUMN nickname text;',
      down: 'ALTER TABLE users DROP COLUMN nickname;',
      line: 1,
    },
    {
      name: 'the downgrade restores a different type than the column had',
      history: users,
      layout: 'dbmate',
      sql: '-- migrate:up\nALTER TABLE users ALTER COLUMN bio TYPE text;\n-- migrate:down\nALTER TABLE users ALTER COLUMN bio TYPE varchar(100);\n',
      line: 2,
    },
    {
      name: 'the downgrade drops a column the upgrade never touched (points at the down op)',
      history: users,
      layout: 'dbmate',
      sql: '-- migrate:up\nALTER TABLE users ADD COLUMN nickname text;\n\n-- migrate:down\nALTER TABLE users DROP COLUMN nickname;\nALTER TABLE users DROP COLUMN bio;\n',
      line: 6,
    },
    {
      name: 'a view the downgrade never drops',
      history: users,
      layout: 'golang-migrate',
      sql: 'ALTER TABLE users ADD COLUMN nickname text;\nCREATE VIEW named_users AS SELECT id, nickname FROM users WHERE nickname IS NOT NULL;',
      down: 'ALTER TABLE users DROP COLUMN nickname;',
      line: 2,
    },
    {
      name: 'PostgreSQL cannot remove an enum value',
      history: "CREATE TYPE mood AS ENUM ('sad', 'ok');",
      layout: 'golang-migrate',
      sql: "ALTER TYPE mood ADD VALUE 'happy';",
      down: "SELECT 'nothing to undo';",
      line: 1,
    },
    {
      name: 'near-miss: the re-created type still has the added value, so the down does not remove it',
      history: moods,
      layout: 'golang-migrate',
      sql: "ALTER TYPE mood ADD VALUE 'happy';",
      down: enumRebuildDown.replace("ENUM ('sad', 'ok')", "ENUM ('sad', 'ok', 'happy')"),
      count: 6,
    },
  ],
});
