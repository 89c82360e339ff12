import { ruleTester } from '../helpers/rule-tester.js';
import { dj, DJ_LINE, DJ_USERS } from '../helpers/django.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';
import { rb, RB_LINE } from '../rails/migration.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);';

ruleTester('concurrent-in-transaction', {
  valid: [
    { name: 'django: AddIndexConcurrently with atomic = False', djangoHistory: DJ_USERS, django: dj(["AddIndexConcurrently(model_name='user', index=models.Index(fields=['email'], name='users_email_idx'))"], { atomic: false }) },
    { name: 'rails: algorithm: :concurrently with disable_ddl_transaction!', history: users, rails: rb(['add_index :users, [:id, :email], algorithm: :concurrently'], { classBody: ['disable_ddl_transaction!', ''] }) },
    { name: 'plain SQL file: no implicit transaction', history: users, sql: 'CREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email);' },
    { name: 'DETACH PARTITION ... CONCURRENTLY in a plain SQL file', history: 'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE events_2020 PARTITION OF events FOR VALUES FROM (\'2020-01-01\') TO (\'2021-01-01\');', sql: 'ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;' },
    { name: 'Prisma: CONCURRENTLY alone in its migration.sql (one query, no implicit transaction)', history: users, layout: 'prisma', sql: '-- CreateIndex\nCREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email);\n' },
    { name: 'golang-migrate file (not wrapped in a transaction)', history: users, layout: 'golang-migrate', sql: 'CREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email);', down: 'DROP INDEX CONCURRENTLY users_id_email_idx;' },
    {
      name: 'dbmate migration marked transaction:false',
      history: users,
      layout: 'dbmate',
      sql: '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email);\n\n-- migrate:down transaction:false\nDROP INDEX CONCURRENTLY users_id_email_idx;\n',
    },
    { name: 'CONCURRENTLY after the explicit transaction commits', history: users, sql: 'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;\nCREATE INDEX CONCURRENTLY users_nickname_idx ON users (nickname);' },
    { name: 'CONCURRENTLY after a ROLLBACK', history: users, sql: 'BEGIN;\nSELECT 1;\nROLLBACK;\nREINDEX INDEX CONCURRENTLY users_email_idx;' },
    { name: 'near-miss: plain CREATE INDEX inside a transaction', history: users, sql: 'BEGIN;\nCREATE INDEX users_id_email_idx ON users (id, email);\nCOMMIT;' },
    { name: 'knex: raw CONCURRENTLY with exports.config = { transaction: false }', history: users, knex: `exports.config = { transaction: false };
exports.up = (knex) => knex.raw('CREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email)');
exports.down = (knex) => knex.raw('DROP INDEX CONCURRENTLY users_id_email_idx');
`, knexTs: `import type { Knex } from 'knex';

export const config = { transaction: false };

export async function up(knex: Knex): Promise<void> {
  await knex.schema.raw('CREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.raw('DROP INDEX CONCURRENTLY users_id_email_idx');
}
` },
    { name: 'alembic: postgresql_concurrently inside autocommit_block()', history: users, alembic: py(['with op.get_context().autocommit_block():', '    op.create_index("users_id_email_idx", "users", ["id", "email"], postgresql_concurrently=True)'], ['op.drop_index("users_id_email_idx", table_name="users")']) },
    { name: 'alembic: CONCURRENTLY in op.execute inside autocommit_block()', history: users, alembic: py(['with op.get_context().autocommit_block():', '    op.execute("DROP INDEX CONCURRENTLY users_email_idx")']) },
  ],
  invalid: [
    { name: 'django: AddIndexConcurrently in an atomic migration', djangoHistory: DJ_USERS, django: { code: dj(["AddIndexConcurrently(model_name='user', index=models.Index(fields=['email'], name='users_email_idx'))"]), line: DJ_LINE } },
    { name: 'rails: algorithm: :concurrently without disable_ddl_transaction!', history: users, rails: { code: rb(['add_index :users, [:id, :email], algorithm: :concurrently']), line: RB_LINE } },
    { name: 'Prisma: CONCURRENTLY beside another statement (the one query is an implicit transaction)', history: users, layout: 'prisma', sql: 'ALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX CONCURRENTLY users_nickname_idx ON users (nickname);', line: 2 },
    { name: 'CREATE INDEX CONCURRENTLY inside BEGIN ... COMMIT', history: users, sql: 'BEGIN;\nCREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email);\nCOMMIT;', line: 2 },
    { name: 'DROP INDEX CONCURRENTLY inside a transaction, multi-line after a comment', history: users, sql: 'START TRANSACTION;\n-- nicht mehr nötig\nDROP INDEX CONCURRENTLY\n  users_email_idx;\nCOMMIT;', line: 3, endLine: 4 },
    { name: 'REINDEX CONCURRENTLY inside a transaction', history: users, sql: 'BEGIN;\nREINDEX TABLE CONCURRENTLY users;\nCOMMIT;', line: 2 },
    { name: 'DETACH PARTITION ... CONCURRENTLY inside a transaction', history: 'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE events_2020 PARTITION OF events FOR VALUES FROM (\'2020-01-01\') TO (\'2021-01-01\');', sql: 'BEGIN;\nALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;\nCOMMIT;', line: 2 },
    { name: 'dbmate wraps the migration in a transaction by default', history: users, layout: 'dbmate', sql: '-- migrate:up\nCREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n\n-- migrate:down\nDROP INDEX users_email_key;\n', line: 2 },
    { name: 'Flyway wraps the migration in a transaction by default', history: users, layout: 'flyway', sql: 'CREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email);', line: 1 },
    {
      name: 'knex: raw CONCURRENTLY in a transactional Knex migration',
      history: users,
      knex: { code: `exports.up = async (knex) => {
  await knex.raw(
    'CREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email)',
  );
};
exports.down = (knex) => knex.raw('DROP INDEX users_id_email_idx');
`, line: 3 },
      knexTs: { code: `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX users_id_email_idx');
}
`, line: 4 },
    },
    { name: 'alembic: postgresql_concurrently outside autocommit_block()', history: users, alembic: { code: py(['op.create_index(', '    "users_id_email_idx",', '    "users",', '    ["id", "email"],', '    postgresql_concurrently=True,', ')'], ['op.drop_index("users_id_email_idx", table_name="users")']), line: U, endLine: U + 5 } },
    { name: 'alembic: DROP INDEX CONCURRENTLY in op.execute outside autocommit_block()', history: users, alembic: { code: py(['op.execute("DROP INDEX CONCURRENTLY users_email_idx")']), line: U } },
  ],
});

// golang-migrate sends a file as one query string: PostgreSQL wraps several statements in one
// implicit transaction, so CONCURRENTLY only works alone in its file.
ruleTester('concurrent-in-transaction', {
  valid: [
    { name: 'golang-migrate file with CONCURRENTLY alone', history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);', layout: 'golang-migrate', down: 'DROP INDEX CONCURRENTLY users_email_idx;', sql: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);' },
  ],
  invalid: [
    {
      name: 'golang-migrate file with CONCURRENTLY among other statements (one implicit transaction)',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
      layout: 'golang-migrate',
      down: 'DROP INDEX users_email_idx;',
      sql: 'SET lock_timeout = \'2s\';\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
      line: 2,
    },
  ],
});
