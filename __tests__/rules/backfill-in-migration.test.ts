import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';
import { rb, RB_LINE } from '../rails/migration.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, active boolean);';

ruleTester('backfill-in-migration', {
  valid: [
    { name: 'rails: a data migration on its own', history: users, rails: rb(['User.where(active: nil).update_all(active: true)'], { method: 'up' }) },
    { name: 'data migration on its own (no schema change)', history: users, sql: "UPDATE users SET active = true WHERE id IN (SELECT id FROM users WHERE active IS NULL LIMIT 5000);" },
    { name: 'backfill in a separate migration of the same change', history: users, sql: 'ALTER TABLE users ADD COLUMN verified boolean;', extraChange: ['UPDATE users SET verified = false WHERE verified IS NULL;'] },
    { name: 'UPDATE of a table created in the same migration', sql: "CREATE TABLE plans (id bigint PRIMARY KEY, name text, tier text);\nINSERT INTO plans (id, name) VALUES (1, 'free');\nUPDATE plans SET tier = 'basic';" },
    { name: 'seeding rows with INSERT next to CREATE TABLE', history: users, sql: "CREATE TABLE roles (id int PRIMARY KEY, name text);\nINSERT INTO roles VALUES (1, 'admin');" },
    { name: 'a write to a system catalog (indexes switched off and on around a bulk load) moves no application rows', history: users, sql: "CREATE INDEX users_email_idx ON users (email);\nUPDATE pg_index SET indisready = false WHERE indrelid = 'users'::regclass;\nUPDATE pg_catalog.pg_index SET indisready = true WHERE indrelid = 'users'::regclass;" },
    { name: 'alembic: a catalog write next to a schema change', history: users, alembic: py(['op.add_column("users", sa.Column("plan", sa.Text()))', 'op.execute("UPDATE pg_index SET indisready = true WHERE indrelid = \'users\'::regclass")'], ['op.drop_column("users", "plan")']) },
    { name: 'near-miss: a comment is not a schema change', history: users, sql: "COMMENT ON COLUMN users.email IS 'login';\nUPDATE users SET email = lower(email) WHERE email <> lower(email);" },
    { name: 'near-miss: UPDATE in the downgrade', history: users, layout: 'golang-migrate', sql: 'ALTER TABLE users ADD COLUMN verified boolean;', down: 'UPDATE users SET active = NULL;\nALTER TABLE users DROP COLUMN verified;' },
    { name: 'knex: data-only migration', history: users, knex: `exports.up = async (knex) => {
  await knex('users').whereNull('active').update({ active: true });
};
exports.down = async () => {};
` },
  ],
  invalid: [
    { name: 'rails: a model update_all after add_column', history: users, rails: { code: rb(['add_column :users, :verified, :boolean', 'User.update_all(verified: false)']), line: RB_LINE + 1 } },
    { name: 'near-miss: an application table named like a catalog (pg_index_stats) is backfilled', history: [users, 'CREATE TABLE pg_index_stats (id bigint PRIMARY KEY, hits int);'], sql: 'ALTER TABLE pg_index_stats ADD COLUMN misses int;\nUPDATE pg_index_stats SET misses = 0;', line: 2 },
    { name: 'UPDATE without WHERE after ADD COLUMN', history: users, sql: 'ALTER TABLE users ADD COLUMN verified boolean;\nUPDATE users SET verified = false;', line: 2 },
    { name: 'UPDATE with WHERE before the schema change, inside BEGIN', history: users, sql: "BEGIN;\nUPDATE users\n  SET email = lower(email)\n  WHERE email <> lower(email);\nCREATE UNIQUE INDEX users_email_key ON users (email);\nCOMMIT;", line: 2, endLine: 4 },
    { name: 'DELETE without WHERE next to a constraint', history: [users, 'CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint);'], sql: 'DELETE FROM sessions;\nALTER TABLE sessions ADD CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', line: 1 },
    { name: 'UPDATE and DELETE in one migration with a schema change', history: users, sql: 'ALTER TABLE users ADD COLUMN verified boolean;\nUPDATE users SET verified = true WHERE active;\nDELETE FROM users WHERE email IS NULL;', count: 2, line: 2 },
    { name: 'UPDATE in a transactional dbmate migration', history: users, layout: 'dbmate', sql: '-- migrate:up\nALTER TABLE users ALTER COLUMN active SET DEFAULT true;\nUPDATE users SET active = true WHERE active IS NULL;\n\n-- migrate:down\nALTER TABLE users ALTER COLUMN active DROP DEFAULT;\n', line: 3 },
    { name: 'MySQL: UPDATE without WHERE after ADD COLUMN', dialect: 'mysql', history: 'CREATE TABLE users (id BIGINT PRIMARY KEY);', sql: 'ALTER TABLE users ADD COLUMN verified TINYINT(1);\nUPDATE users SET verified = 0;', line: 2 },
    { name: 'knex: knex(table).update() after alterTable', history: users, knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.boolean('verified');
  });
  await knex('users').update({ verified: false });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('verified'));
`, line: 5 } },
    { name: 'alembic: UPDATE after a schema change', history: users, alembic: { code: py(['op.add_column("users", sa.Column("plan", sa.Text()))', 'op.execute("UPDATE users SET plan = \'free\'")'], ['op.drop_column("users", "plan")']), line: U + 1 } },
  ],
});
