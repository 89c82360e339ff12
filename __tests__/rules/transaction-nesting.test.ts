import { lintCaseFull, ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);';
const dbmate = (up: string, header = '-- migrate:up') => `${header}\n${up}\n\n-- migrate:down\nSELECT 1;\n`;

ruleTester('transaction-nesting', {
  valid: [
    { name: 'plain file with its own BEGIN/COMMIT (no runner transaction)', history: users, sql: 'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;' },
    { name: 'Prisma migration.sql with its own BEGIN/COMMIT (one query, not wrapped)', history: users, layout: 'prisma', sql: 'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;' },
    { name: 'golang-migrate file with its own BEGIN/COMMIT', history: users, layout: 'golang-migrate', sql: 'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;', down: 'ALTER TABLE users DROP COLUMN nickname;' },
    { name: 'dbmate with transaction:false and its own BEGIN/COMMIT', history: users, layout: 'dbmate', sql: dbmate('BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;', '-- migrate:up transaction:false') },
    { name: 'two consecutive transactions in a plain file', history: users, sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nCOMMIT;\nBEGIN;\nALTER TABLE users ADD COLUMN b text;\nCOMMIT;' },
    { name: 'transactional dbmate migration without BEGIN/COMMIT', history: users, layout: 'dbmate', sql: dbmate('ALTER TABLE users ADD COLUMN nickname text;') },
    { name: 'near-miss: COMMIT without BEGIN in a plain file (no transaction to end)', history: users, sql: 'ALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;' },
    { name: 'MySQL: plain file with its own START TRANSACTION', dialect: 'mysql', sql: 'START TRANSACTION;\nUPDATE users SET active = 1 WHERE id = 1;\nCOMMIT;' },
    { name: 'knex: knex.transaction() in a migration with config.transaction false', history: users, knex: `exports.config = { transaction: false };
exports.up = (knex) =>
  knex.transaction(async (trx) => {
    await trx.schema.alterTable('users', (t) => t.text('nickname'));
  });
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('nickname'));
` },
    // Knex's migrator passes its transaction to up(): knex.transaction() on it is SAVEPOINT/RELEASE.
    { name: 'knex: knex.transaction() inside the transaction Knex opened is a savepoint', history: users, knex: `exports.up = async (knex) => {
  await knex.transaction(async (trx) => {
    await trx.schema.alterTable('users', (t) => t.text('nickname'));
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('nickname'));
` },
    { name: 'knex: an explicit trx committed inside the migration transaction (RELEASE SAVEPOINT)', history: users, knex: `exports.up = async (knex) => {
  const trx = await knex.transaction();
  await trx.schema.alterTable('users', (t) => t.text('nickname'));
  await trx.commit();
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('nickname'));
` },
    // autocommit_block() commits the running transaction itself first: a commit() right before it ends it where the block would.
    { name: 'alembic: get_bind().commit() right before autocommit_block()', history: users, alembic: py([
      'op.add_column("users", sa.Column("flag", sa.Boolean(), server_default=sa.text("false"), nullable=False))',
      'op.get_bind().commit()',
      'with op.get_context().autocommit_block():',
      '    op.create_index("users_flag_idx", "users", ["flag"], postgresql_concurrently=True)',
      'op.add_column("users", sa.Column("nickname", sa.Text()))',
    ], ['op.drop_column("users", "nickname")']) },
    { name: 'alembic: connection.commit() through a variable right before autocommit_block()', history: users, alembic: py([
      'conn = op.get_bind()',
      'conn.execute(sa.text("UPDATE users SET email = lower(email) WHERE email IS NOT NULL"))',
      'conn.commit()',
      'with op.get_context().autocommit_block():',
      '    op.execute("CREATE INDEX CONCURRENTLY users_email_idx ON users (email)")',
    ]) },
    { name: 'alembic: commit() as the last statement of upgrade()', history: users, alembic: py([
      'op.add_column("users", sa.Column("nickname", sa.Text()))',
      'op.get_bind().commit()',
    ], ['op.drop_column("users", "nickname")']) },
  ],
  invalid: [
    { name: 'BEGIN/COMMIT in a transactional dbmate migration', history: users, layout: 'dbmate', sql: dbmate('BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;'), line: 2 },
    { name: 'START TRANSACTION in a Flyway migration', history: users, layout: 'flyway', sql: '-- V100\nSTART TRANSACTION;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;', line: 2 },
    { name: 'BEGIN in a diesel migration', history: users, layout: 'diesel', down: 'ALTER TABLE users DROP COLUMN nickname;', sql: 'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;', line: 1 },
    { name: 'BEGIN inside BEGIN in a plain file', history: users, sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\n\nBEGIN\n;\nALTER TABLE users ADD COLUMN b text;\nCOMMIT;\nCOMMIT;', line: 4, endLine: 5 },
    { name: 'COMMIT that ends the runner transaction', history: users, layout: 'dbmate', sql: dbmate('ALTER TABLE users ADD COLUMN a text;\nCOMMIT;\nALTER TABLE users ADD COLUMN b text;'), line: 3 },
    { name: 'MySQL: BEGIN inside START TRANSACTION', dialect: 'mysql', sql: 'START TRANSACTION;\nUPDATE users SET active = 1 WHERE id = 1;\nBEGIN;\nUPDATE users SET active = 0 WHERE id = 2;\nCOMMIT;', line: 3 },
    { name: 'knex: raw COMMIT inside the transaction Knex opened', history: users, knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => t.text('nickname'));
  await knex.raw('COMMIT');
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('nickname'));
`, line: 3 } },
    { name: 'alembic: get_bind().commit() followed by ordinary statements', history: users, alembic: { code: py([
      'op.add_column("users", sa.Column("nickname", sa.Text()))',
      'op.get_bind().commit()',
      'op.add_column("users", sa.Column("bio", sa.Text()))',
    ], ['op.drop_column("users", "bio")', 'op.drop_column("users", "nickname")']), line: U + 1 } },
    { name: 'alembic: COMMIT in op.execute inside the transaction Alembic opens', history: users, alembic: { code: py(['op.add_column("users", sa.Column("nickname", sa.Text()))', 'op.execute("COMMIT")'], ['op.drop_column("users", "nickname")']), line: U + 1 } },
  ],
});

// Not a ruleTester case: the Alembic parity test spells the runner's transaction out as an explicit
// BEGIN in a plain SQL file once an autocommit block is involved, and there a COMMIT ends only that.
test('transaction-nesting: alembic commit() with an ordinary statement between it and autocommit_block() still fires', async () => {
  const code = py([
    'op.get_bind().commit()',
    'op.add_column("users", sa.Column("flag", sa.Boolean()))',
    'with op.get_context().autocommit_block():',
    '    op.create_index("users_flag_idx", "users", ["flag"], postgresql_concurrently=True)',
  ], ['op.drop_column("users", "flag")']);
  const r = await lintCaseFull('transaction-nesting', { name: 'commit, statement, block', history: users, alembic: code }, 'alembic', code);
  expect(r.findings.filter((f) => f.ruleId === 'transaction-nesting').map((f) => [f.line, f.message.slice(0, 60)])).toEqual([
    [U, 'This COMMIT ends the transaction the migration runner opened'],
  ]);
});
