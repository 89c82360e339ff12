import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';
import { rb, RB_LINE } from '../rails/migration.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);';
const deprecated = `${users}\nCOMMENT ON COLUMN users.legacy_email IS 'deprecated: replaced by email';`;

ruleTester('drop-column-without-deprecation', {
  valid: [
    { name: 'dropped and added again under the same name: queries that use it keep working', history: 'CREATE TABLE prices (id bigint PRIMARY KEY, amount integer);', layout: 'dbmate', sql: '-- migrate:up\nALTER TABLE prices DROP COLUMN amount;\nALTER TABLE prices ADD COLUMN amount numeric;\n' },
    { name: 'rails: column deprecated by an earlier migration', history: deprecated, rails: rb(['remove_column :users, :legacy_email, :text']) },
    { name: 'column deprecated by an earlier migration', history: deprecated, sql: 'ALTER TABLE users DROP COLUMN legacy_email;' },
    { name: 'column deprecated by an earlier migration in its own history file', history: [users, "COMMENT ON COLUMN users.legacy_email IS 'Deprecated since v2';"], sql: 'ALTER TABLE users DROP COLUMN legacy_email;' },
    { name: 'column listed under deprecated.columns in the config', history: users, config: { deprecated: { columns: ['users.email'] } }, sql: 'ALTER TABLE users DROP COLUMN email;' },
    { name: 'table created in the same migration', sql: 'CREATE TABLE drafts (id bigint, body text);\nALTER TABLE drafts DROP COLUMN body;' },
    { name: 'column added earlier in the same migration', history: users, sql: 'ALTER TABLE users ADD COLUMN tmp text;\nALTER TABLE users DROP COLUMN tmp;' },
    { name: 'column added by an earlier migration of the same change', history: users, sql: 'ALTER TABLE users ADD COLUMN tmp text;', extraChange: ['ALTER TABLE users DROP COLUMN tmp;'] },
    { name: 'near-miss: the downgrade drops what the upgrade added', history: users, layout: 'golang-migrate', sql: 'ALTER TABLE users ADD COLUMN nickname text;', down: 'ALTER TABLE users DROP COLUMN nickname;' },
    { name: 'near-miss: deprecation comment without a drop', history: users, sql: "COMMENT ON COLUMN users.email IS 'deprecated: use contacts';" },
    { name: 'MySQL: column deprecated by a COMMENT in its definition', dialect: 'mysql', history: "CREATE TABLE users (id BIGINT PRIMARY KEY, legacy_email TEXT COMMENT 'deprecated: use email');", sql: 'ALTER TABLE users DROP COLUMN legacy_email;' },
    { name: 'MySQL: column deprecated by MODIFY ... COMMENT in an earlier migration', dialect: 'mysql', history: ['CREATE TABLE users (id BIGINT PRIMARY KEY, legacy_email TEXT);', "ALTER TABLE users MODIFY legacy_email TEXT COMMENT 'deprecated';"], sql: 'ALTER TABLE users DROP legacy_email;' },
    { name: 'knex: column deprecated by an earlier migration', history: deprecated, knex: `exports.up = (knex) => knex.schema.alterTable('users', (t) => {
  t.dropColumn('legacy_email');
});
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.text('legacy_email'));
` },
    { name: 'alembic: dropping a column deprecated by an earlier migration', history: deprecated, alembic: py(['op.drop_column("users", "legacy_email")'], ['op.add_column("users", sa.Column("legacy_email", sa.Text()))']) },
  ],
  invalid: [
    { name: 'rails: remove_column', history: users, rails: { code: rb(['remove_column :users, :legacy_email, :text']), line: RB_LINE } },
    { name: 'column never deprecated', history: users, sql: 'ALTER TABLE users DROP COLUMN email;', line: 1 },
    {
      name: 'deprecated in the same change still fires',
      history: users,
      sql: "COMMENT ON COLUMN users.email IS 'deprecated: use contacts';\n\nALTER TABLE users\n  DROP COLUMN email;",
      line: 3,
      endLine: 4,
    },
    { name: 'deprecation comment later removed', history: [deprecated, "COMMENT ON COLUMN users.legacy_email IS 'still in use';"], sql: 'ALTER TABLE users DROP COLUMN legacy_email;', line: 1 },
    { name: 'a different column of the same table was deprecated', history: deprecated, sql: '-- wrong column\nALTER TABLE users DROP COLUMN IF EXISTS email;', line: 2 },
    { name: 'table unknown to history counts as existing', sql: 'ALTER TABLE orders DROP COLUMN note;', line: 1 },
    { name: 'two columns dropped in one statement', history: users, sql: 'ALTER TABLE users DROP COLUMN email, DROP COLUMN legacy_email;', line: 1, count: 2 },
    { name: 'MySQL: column never deprecated', dialect: 'mysql', history: 'CREATE TABLE users (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL);', sql: 'ALTER TABLE users DROP COLUMN email;', line: 1 },
    { name: 'knex: dropColumn of a column never deprecated', history: users, knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('email');
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.text('email'));
`, line: 3 } },
    { name: 'alembic: drop_column without a deprecation', history: users, alembic: { code: py(['op.drop_column("users", "email")'], ['op.add_column("users", sa.Column("email", sa.Text()))']), line: U } },
    { name: 'alembic: batch_op.drop_column points at the inner call', history: users, alembic: { code: py(['with op.batch_alter_table("users") as batch_op:', '    batch_op.drop_column("legacy_email")']), line: U + 1 } },
  ],
});
