import { lintCaseFull, ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);';
const dbmate = (up: string, header = '-- migrate:up') => `${header}\n${up}\n\n-- migrate:down\nSELECT 1;\n`;

// Our own env.py shapes (next to the revision file: the tester's directory has no versions/ folder).
const envRun = ['    context.configure(connection=connection)', '    with context.begin_transaction():', '        context.run_migrations()'];
const envPy = (open: string, after: string[] = []) => ({ 'env.py': ['def run_migrations_online():', `    ${open}`, ...envRun.map((l) => `    ${l}`), ...after.map((l) => `        ${l}`), '', 'run_migrations_online()', ''].join('\n') });
/** Commits the connection after run_migrations(): the work after a commit() in the migration is kept. */
const envCommits = envPy('with engine.connect() as connection:', ['connection.commit()']);
/** Alembic's stock env.py: nothing commits what runs after a commit() in the migration. */
const envStock = envPy('with engine.connect() as connection:');
/** The connection as a begin-once block: SQLAlchemy refuses what runs after a commit() in the migration. */
const envBegin = envPy('with engine.begin() as connection:');
const beforeBlock = [
  'op.add_column("users", sa.Column("flag", sa.Boolean(), server_default=sa.text("false"), nullable=False))',
  'op.get_bind().commit()',
  'with op.get_context().autocommit_block():',
  '    op.create_index("users_flag_idx", "users", ["flag"], postgresql_concurrently=True)',
  'op.add_column("users", sa.Column("nickname", sa.Text()))',
];
const lastStatement = ['op.add_column("users", sa.Column("nickname", sa.Text()))', 'op.get_bind().commit()'];

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
    // autocommit_block() commits the running transaction itself first: a commit() right before it ends it where the block
    // would, and env.py commits the transaction SQLAlchemy then opens for the rest and the version stamp.
    { name: 'alembic: get_bind().commit() right before autocommit_block(), env.py commits after run_migrations()', history: users, appFiles: envCommits, alembic: py(beforeBlock, ['op.drop_column("users", "nickname")']) },
    { name: 'alembic: connection.commit() through a variable right before autocommit_block(), env.py commits after run_migrations()', history: users, appFiles: envCommits, alembic: py([
      'conn = op.get_bind()',
      'conn.execute(sa.text("UPDATE users SET email = lower(email) WHERE email IS NOT NULL"))',
      'conn.commit()',
      'with op.get_context().autocommit_block():',
      '    op.execute("CREATE INDEX CONCURRENTLY users_email_idx ON users (email)")',
    ]) },
    { name: 'alembic: commit() as the last statement of upgrade(), env.py commits after run_migrations()', history: users, appFiles: envCommits, alembic: py(lastStatement, ['op.drop_column("users", "nickname")']) },
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
    // Without an env.py that commits after run_migrations() the same boundaries lose the version stamp (or fail, inside
    // engine.begin()). The cases with autocommit_block() are tests of their own below (see the note there).
    { name: 'alembic: commit() as the last statement of upgrade() with no env.py found', history: users, alembic: { code: py(lastStatement, ['op.drop_column("users", "nickname")']), line: U + 1 } },
    { name: 'alembic: get_bind().commit() followed by ordinary statements, env.py commits after run_migrations()', history: users, appFiles: envCommits, alembic: { code: py([
      'op.add_column("users", sa.Column("nickname", sa.Text()))',
      'op.get_bind().commit()',
      'op.add_column("users", sa.Column("bio", sa.Text()))',
    ], ['op.drop_column("users", "bio")', 'op.drop_column("users", "nickname")']), line: U + 1 } },
    { name: 'alembic: get_bind().commit() followed by ordinary statements', history: users, alembic: { code: py([
      'op.add_column("users", sa.Column("nickname", sa.Text()))',
      'op.get_bind().commit()',
      'op.add_column("users", sa.Column("bio", sa.Text()))',
    ], ['op.drop_column("users", "bio")', 'op.drop_column("users", "nickname")']), line: U + 1 } },
    { name: 'alembic: COMMIT in op.execute inside the transaction Alembic opens', history: users, alembic: { code: py(['op.add_column("users", sa.Column("nickname", sa.Text()))', 'op.execute("COMMIT")'], ['op.drop_column("users", "nickname")']), line: U + 1 } },
  ],
});

// Not ruleTester cases (this one, and the commit before autocommit_block() without an env.py that
// commits, below): the Alembic parity test spells the runner's transaction out as an explicit BEGIN
// in a plain SQL file once an autocommit block is involved, and there a COMMIT ends only that.
test('transaction-nesting: alembic commit() with an ordinary statement between it and autocommit_block() still fires', async () => {
  const code = py([
    'op.get_bind().commit()',
    'op.add_column("users", sa.Column("flag", sa.Boolean()))',
    'with op.get_context().autocommit_block():',
    '    op.create_index("users_flag_idx", "users", ["flag"], postgresql_concurrently=True)',
  ], ['op.drop_column("users", "flag")']);
  const r = await lintCaseFull('transaction-nesting', { name: 'commit, statement, block', history: users, alembic: code }, 'alembic', code);
  expect(r.findings.filter((f) => f.ruleId === 'transaction-nesting').map((f) => [f.line, f.message.slice(0, 60)])).toEqual([
    [U, 'This commit ends the transaction the migration runner opened'],
  ]);
});

describe('transaction-nesting: what the message says a connection commit() does, by env.py', () => {
  const messages = async (appFiles: Record<string, string> | undefined, body: string[]) => {
    const code = py(body, ['op.drop_column("users", "nickname")']);
    const r = await lintCaseFull('transaction-nesting', { name: 'env', history: users, alembic: code, ...(appFiles ? { appFiles } : {}) }, 'alembic', code);
    return r.findings.filter((f) => f.ruleId === 'transaction-nesting').map((f) => ({ line: f.line, message: f.message, suggestion: f.suggestion }));
  };

  test.each<[string, Record<string, string> | undefined, string[]]>([
    ['the stock env.py, commit before autocommit_block()', envStock, beforeBlock],
    ['no env.py, commit as the last statement', undefined, lastStatement],
  ])('%s: the rest and the version stamp are rolled back', async (_, env, body) => {
    const found = await messages(env, body);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(U + 1);
    expect(found[0]!.message).toMatch(/runner's record that the migration ran go into a transaction the database driver opens on its own, which the runner's environment never commits, so they are rolled back/);
    expect(found[0]!.message).toMatch(/not recorded as applied/);
    expect(found[0]!.suggestion).toMatch(/commit the connection in env\.py after `context\.run_migrations\(\)`/);
  });

  test("env.py's engine.begin(): what follows is refused", async () => {
    const found = await messages(envBegin, beforeBlock);
    expect(found.map((f) => f.line)).toEqual([U + 1]);
    expect(found[0]!.message).toMatch(/refuses every statement after it/);
  });

  test('env.py commits after run_migrations(): a commit followed by ordinary statements is a checkpoint, and the message says what a failure after it leaves', async () => {
    const found = await messages(envCommits, ['op.add_column("users", sa.Column("nickname", sa.Text()))', 'op.get_bind().commit()', 'op.add_column("users", sa.Column("bio", sa.Text()))']);
    expect(found.map((f) => f.line)).toEqual([U + 1]);
    expect(found[0]!.message).toContain("the statements after it run in a new transaction the database driver opens and the runner's environment commits at the end");
    expect(found[0]!.message).toContain('the work before this commit stays applied while the migration is not recorded as applied');
  });
});
