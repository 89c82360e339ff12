import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';
import { rb, RB_LINE } from '../rails/migration.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);';

ruleTester('require-concurrent-index-drop', {
  valid: [
    { name: 'rails: remove_index algorithm: :concurrently with disable_ddl_transaction!', history: users, rails: rb(['remove_index :users, :email, name: :users_email_idx, algorithm: :concurrently'], { classBody: ['disable_ddl_transaction!', ''] }) },
    { name: 'index on a table created earlier in the same migration', sql: 'CREATE TABLE drafts (id bigint, title text);\nCREATE INDEX drafts_title_idx ON drafts (title);\nDROP INDEX drafts_title_idx;' },
    { name: 'index on a table created by an earlier migration of the same change', sql: 'CREATE TABLE drafts (id bigint, title text);\nCREATE INDEX drafts_title_idx ON drafts (title);', extraChange: ['DROP INDEX drafts_title_idx;'] },
    { name: 'CONCURRENTLY in a non-transactional golang-migrate file', history: users, layout: 'golang-migrate', sql: 'DROP INDEX CONCURRENTLY users_email_idx;', down: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);' },
    {
      name: 'CONCURRENTLY in a dbmate transaction:false migration',
      history: users,
      layout: 'dbmate',
      sql: '-- migrate:up transaction:false\nDROP INDEX CONCURRENTLY IF EXISTS users_email_idx;\n\n-- migrate:down transaction:false\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n',
    },
    { name: 'CONCURRENTLY in a plain SQL file', history: users, sql: 'DROP INDEX CONCURRENTLY users_email_idx;' },
    { name: 'near-miss: the downgrade drops the index plainly', history: users, layout: 'golang-migrate', sql: 'CREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email);', down: 'DROP INDEX users_id_email_idx;' },
    {
      name: 'an index of a partitioned table (PostgreSQL cannot drop it CONCURRENTLY)',
      history: 'CREATE TABLE events (id bigint, tenant_id int) PARTITION BY HASH (tenant_id);\nCREATE TABLE events_p0 PARTITION OF events FOR VALUES WITH (MODULUS 2, REMAINDER 0);\nCREATE INDEX events_tenant_idx ON events (tenant_id);',
      sql: "SET lock_timeout = '2s';\nDROP INDEX events_tenant_idx;",
    },
    { name: 'near-miss: renaming an index', history: users, sql: 'ALTER INDEX users_email_idx RENAME TO users_email_lookup_idx;' },
    { name: 'knex: raw DROP INDEX CONCURRENTLY outside a transaction', history: users, knex: `exports.config = { transaction: false };
exports.up = (knex) => knex.raw('DROP INDEX CONCURRENTLY users_email_idx');
exports.down = (knex) => knex.raw('CREATE INDEX CONCURRENTLY users_email_idx ON users (email)');
` },
    { name: 'alembic: drop_index with postgresql_concurrently inside autocommit_block()', history: users, alembic: py(['with op.get_context().autocommit_block():', '    op.drop_index("users_email_idx", table_name="users", postgresql_concurrently=True)'], ['op.create_index("users_email_idx", "users", ["email"])']) },
  ],
  invalid: [
    { name: 'rails: remove_index', history: users, rails: { code: rb(['remove_index :users, :email, name: :users_email_idx']), line: RB_LINE } },
    { name: 'plain DROP INDEX of an index on an existing table', history: users, sql: 'DROP INDEX users_email_idx;', line: 1 },
    { name: 'multi-line, after a comment with non-ASCII text', history: users, sql: '-- Übergangsindex entfernen 🚀\nDROP INDEX IF EXISTS\n  users_email_idx;', line: 2, endLine: 3 },
    { name: 'index the history never created (its table exists in production)', sql: '\n\nDROP INDEX legacy_lookup_idx;', line: 3 },
    { name: 'schema-qualified index name', history: users, sql: 'DROP INDEX public.users_email_idx;', line: 1 },
    { name: 'knex: dropIndex() on an existing table', history: users, knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.dropIndex([], 'users_email_idx');
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.index('email', 'users_email_idx'));
`, line: 3 } },
    { name: 'alembic: drop_index on an existing table', history: users, alembic: { code: py(['op.drop_index("users_email_idx", table_name="users")'], ['op.create_index("users_email_idx", "users", ["email"])']), line: U } },
  ],
});
