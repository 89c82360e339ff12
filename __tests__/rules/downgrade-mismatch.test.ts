import { ruleTester } from '../helpers/rule-tester.js';
import { dj, DJ_USERS } from '../helpers/django.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, bio varchar(255));';
const mysqlUsers = 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255), bio varchar(255) NOT NULL);';

const alembic = (upgrade: string, downgrade: string) =>
  `from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'c1'\ndown_revision = None\n\n\ndef upgrade():\n${upgrade}\n\n\ndef downgrade():\n${downgrade}\n`;
const knex = (up: string, down: string) => `exports.up = async function (knex) {\n${up}\n};\n\nexports.down = async function (knex) {\n${down}\n};\n`;

const moods = "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE people (id bigint PRIMARY KEY, mood mood NOT NULL DEFAULT 'ok');";
const enumRebuiltAsNew = (renameBack: string) => `CREATE TYPE mood_new AS ENUM ('sad', 'ok');\nALTER TABLE people ALTER COLUMN mood DROP DEFAULT;\nALTER TABLE people ALTER COLUMN mood TYPE mood_new USING mood::text::mood_new;\nALTER TABLE people ALTER COLUMN mood SET DEFAULT 'ok';\nDROP TYPE mood;${renameBack}`;
const enumRebuildDown = "ALTER TYPE mood RENAME TO mood_old;\nCREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TABLE people ALTER COLUMN mood DROP DEFAULT;\nALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::text::mood;\nALTER TABLE people ALTER COLUMN mood SET DEFAULT 'ok';\nDROP TYPE mood_old;";

const feeds = 'CREATE TABLE subscriptions (reader_id bigint NOT NULL, feed_id bigint NOT NULL, since timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (reader_id, feed_id));';
// The upgrade builds reader_feeds from subscriptions and drops it; CREATE TABLE ... AS names no columns, so no round trip can judge the down.
const feedsRebuild = 'CREATE TABLE reader_feeds AS SELECT reader_id, feed_id, since AS subscribed_at FROM subscriptions;\nDROP TABLE subscriptions;\nALTER TABLE reader_feeds ADD CONSTRAINT reader_feeds_pkey PRIMARY KEY (reader_id, feed_id);\nALTER TABLE reader_feeds ADD COLUMN muted_at timestamptz;';
const feedsBack = (name: string) => `ALTER TABLE reader_feeds RENAME TO ${name};\nALTER TABLE ${name} DROP CONSTRAINT reader_feeds_pkey;\nALTER TABLE ${name} ADD PRIMARY KEY (reader_id, feed_id);\nALTER TABLE ${name} RENAME COLUMN subscribed_at TO since;\nALTER TABLE ${name} DROP COLUMN muted_at;\nALTER TABLE ${name} ALTER COLUMN since SET NOT NULL;\nALTER TABLE ${name} ALTER COLUMN since SET DEFAULT now();`;

ruleTester('downgrade-mismatch', {
  valid: [
    { name: 'enum rebuilt the other way round: a new type without the value, the columns moved to it, the old type dropped, the new one renamed back', history: moods, layout: 'diesel', sql: "ALTER TYPE mood ADD VALUE 'glad';", down: enumRebuiltAsNew('\nALTER TYPE mood_new RENAME TO mood;') },
    { name: 'rename back: the down renames the table the upgrade built (create, copy, drop) to the dropped name and reshapes it', history: feeds, layout: 'diesel', sql: feedsRebuild, down: feedsBack('subscriptions') },
    {
      name: 'rename back: the down renames the table back first and undoes the changes under the old name (no history: no round trip)',
      layout: 'diesel',
      sql: 'ALTER TABLE members RENAME TO accounts;\nALTER TABLE accounts ADD COLUMN plan text;\nCREATE INDEX accounts_plan_idx ON accounts (plan);',
      down: 'ALTER TABLE accounts RENAME TO members;\nDROP INDEX accounts_plan_idx;\nALTER TABLE members DROP COLUMN plan;',
      alembic: alembic('    op.rename_table("members", "accounts")\n    op.add_column("accounts", sa.Column("plan", sa.Text()))', '    op.rename_table("accounts", "members")\n    op.drop_column("members", "plan")'),
      knex: knex("  await knex.schema.renameTable('members', 'accounts');\n  await knex.schema.alterTable('accounts', (t) => { t.text('plan'); });", "  await knex.schema.renameTable('accounts', 'members');\n  await knex.schema.alterTable('members', (t) => { t.dropColumn('plan'); });"),
    },
    { name: 'rename undone by rebuilding: the down creates the old table, copies the rows back and drops the renamed one', layout: 'diesel', sql: 'ALTER TABLE notes RENAME TO memos;\nALTER TABLE memos ADD COLUMN pinned boolean;', down: 'CREATE TABLE notes (id bigint PRIMARY KEY, body text);\nINSERT INTO notes (id, body) SELECT id, body FROM memos;\nDROP TABLE memos;' },
    { name: 'a dropped table restored by the down under another name and renamed to its own', layout: 'diesel', sql: 'DROP TABLE tags;', down: 'CREATE TABLE tag_list (id bigint PRIMARY KEY, label text);\nALTER TABLE tag_list RENAME TO tags;' },
    { name: 'the down rebuilds a table in place for its column order: renamed aside, created again, copied, dropped', layout: 'diesel', sql: 'ALTER TABLE members DROP COLUMN bio;', down: 'ALTER TABLE members ADD COLUMN bio text;\nALTER TABLE members RENAME TO members_old;\nCREATE TABLE members (id bigint PRIMARY KEY, bio text, email text);\nINSERT INTO members (id, bio, email) SELECT id, bio, email FROM members_old;\nDROP TABLE members_old;' },
    { name: 'the down rebuilds a column (add x_new, copy, drop x, rename) and adds back the keys its drop removed; its DROP COLUMN takes the key the upgrade added', history: 'CREATE TABLE feeds (id bigint PRIMARY KEY);\nCREATE TABLE tags (id bigint PRIMARY KEY);\nCREATE TABLE entries (id bigint PRIMARY KEY, feed_id bigint UNIQUE REFERENCES feeds (id), note text);', layout: 'diesel', sql: 'ALTER TABLE entries DROP COLUMN note;\nALTER TABLE entries ADD COLUMN tag_id bigint REFERENCES tags (id);', down: 'ALTER TABLE entries DROP COLUMN tag_id, ADD COLUMN note text, ADD COLUMN feed_id_new bigint;\nUPDATE entries SET feed_id_new = feed_id;\nALTER TABLE entries DROP COLUMN feed_id;\nALTER TABLE entries RENAME COLUMN feed_id_new TO feed_id;\nALTER TABLE entries ADD CONSTRAINT entries_feed_id_key UNIQUE (feed_id), ADD CONSTRAINT entries_feed_id_fkey FOREIGN KEY (feed_id) REFERENCES feeds (id);' },
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
    { name: 'near-miss: the new enum type is never renamed back: the value stays in a type of that name nowhere', history: moods, layout: 'diesel', sql: "ALTER TYPE mood ADD VALUE 'glad';", down: enumRebuiltAsNew(''), line: 1, count: 6 },
    { name: 'near-miss: the down renames the built table to another name: the dropped table stays gone', history: feeds, layout: 'diesel', sql: feedsRebuild, down: feedsBack('subscriptions_v2'), line: 1, count: 6 },
    { name: 'near-miss: renamed back first, but the column added under the new name is left in place', layout: 'diesel', sql: 'ALTER TABLE members RENAME TO accounts;\nALTER TABLE accounts ADD COLUMN plan text;', down: 'ALTER TABLE accounts RENAME TO members;', line: 2 },
    { name: 'near-miss: the down creates the old table again but leaves the renamed one', layout: 'diesel', sql: 'ALTER TABLE notes RENAME TO memos;', down: 'CREATE TABLE notes (id bigint PRIMARY KEY, body text);\nINSERT INTO notes (id, body) SELECT id, body FROM memos;', line: 1, count: 2 },
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
