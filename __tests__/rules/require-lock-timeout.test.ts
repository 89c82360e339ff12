import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';
import { resolveConfig } from '../../src/config.js';
import { validateConfig } from '../../src/config-schema.js';
import { lint } from '../../src/engine.js';
import { tmpTree } from '../helpers/tmp.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);';

ruleTester('require-lock-timeout', {
  valid: [
    { name: 'near-miss: the foreign key dropped and re-created with lock_timeout set first', history: `${users}\nCREATE TABLE invoices (id bigint PRIMARY KEY, payer_id bigint CONSTRAINT invoices_payer_fk REFERENCES users (id));`, sql: "SET lock_timeout = '2s';\nALTER TABLE invoices DROP CONSTRAINT invoices_payer_fk, ADD CONSTRAINT invoices_payer_fk FOREIGN KEY (payer_id) REFERENCES users (id) ON DELETE CASCADE;" },
    { name: 'DROP TABLE IF EXISTS that only guards the CREATE TABLE of a new table locks nothing', sql: 'DROP TABLE IF EXISTS archives;\nCREATE TABLE archives (id bigint PRIMARY KEY);' },
    { name: 'lock model: SET (fillfactor, autovacuum_*) takes only SHARE UPDATE EXCLUSIVE', history: users, sql: 'ALTER TABLE users SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.01, toast.autovacuum_enabled = false, toast_tuple_target = 256, parallel_workers = 2, vacuum_truncate = false);' },
    { name: 'lock model: LOCK TABLE ... IN ACCESS SHARE MODE blocks no writes', history: users, sql: 'BEGIN;\nLOCK TABLE users IN ACCESS SHARE MODE;\nCOMMIT;' },
    { name: 'regression: table created, truncated and dropped in one migration', sql: 'CREATE TABLE scratch (id int);\nTRUNCATE scratch;\nDROP TABLE scratch;' },
    { name: 'SET lock_timeout before the strong lock', history: users, sql: "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE users DROP COLUMN email;" },
    { name: 'SET LOCAL lock_timeout inside the transaction', history: users, sql: "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;" },
    { name: 'lock timeout configured for every migration', history: users, config: { lockTimeout: '2s' }, sql: 'ALTER TABLE users ADD COLUMN nickname text;' },
    { name: 'tables created earlier in the same migration', sql: 'CREATE TABLE drafts (id bigint PRIMARY KEY, title text);\nALTER TABLE drafts ADD COLUMN body text;\nCREATE INDEX drafts_title_idx ON drafts (title);' },
    { name: 'only weak locks: CONCURRENTLY, VALIDATE, COMMENT', history: [users, 'ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> \'\') NOT VALID;'], sql: "CREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email);\nALTER TABLE users VALIDATE CONSTRAINT users_email_check;\nCOMMENT ON COLUMN users.email IS 'login';" },
    { name: 'lock_timeout set in milliseconds', history: users, sql: 'SET lock_timeout TO 1500;\nDROP INDEX users_email_idx;' },
    { name: 'near-miss: statement_timeout is set as well', history: users, sql: "SET statement_timeout = '30s';\nSET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;" },
    { name: 'knex: SET LOCAL lock_timeout inside the transaction Knex opens', history: users, knex: `exports.up = async (knex) => {
  await knex.raw("SET LOCAL lock_timeout = '2s'");
  await knex.schema.alterTable('users', (t) => {
    t.text('nickname');
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('nickname'));
` },
    { name: 'alembic: SET lock_timeout through op.execute first', history: users, alembic: py(['op.execute("SET lock_timeout = \'2s\'")', 'op.add_column("users", sa.Column("nickname", sa.Text()))'], ['op.drop_column("users", "nickname")']) },
  ],
  invalid: [
    { name: 'lock model: dropping a foreign key to re-create it with ON DELETE CASCADE locks the referenced table too', history: `${users}\nCREATE TABLE invoices (id bigint PRIMARY KEY, payer_id bigint CONSTRAINT invoices_payer_fk REFERENCES users (id));`, sql: 'ALTER TABLE invoices\n  DROP CONSTRAINT invoices_payer_fk,\n  ADD CONSTRAINT invoices_payer_fk FOREIGN KEY (payer_id) REFERENCES users (id) ON DELETE CASCADE;', line: 1, endLine: 3 },
    { name: 'lock model: dropping a CHECK locks only its table', history: `${users}\nALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '');`, sql: 'ALTER TABLE users DROP CONSTRAINT users_email_check;', line: 1 },
    { name: 'lock model: drop_constraint of a foreign key locks the table it references', history: `${users}\nCREATE TABLE invoices (id bigint PRIMARY KEY, payer_id bigint CONSTRAINT invoices_payer_fk REFERENCES users (id));`, sql: 'BEGIN;\nALTER TABLE invoices DROP CONSTRAINT invoices_payer_fk;\nCOMMIT;', line: 2, alembic: { code: py(['op.drop_constraint("invoices_payer_fk", "invoices", type_="foreignkey")'], ['op.create_foreign_key("invoices_payer_fk", "invoices", "users", ["payer_id"], ["id"])']), line: U } },
    { name: 'lock model: CREATE TRIGGER takes SHARE ROW EXCLUSIVE', history: users, sql: 'CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();', line: 1 },
    { name: 'lock model: DROP TRIGGER takes ACCESS EXCLUSIVE on its table', history: users, sql: 'DROP TRIGGER users_touch ON users;', line: 1 },
    { name: 'lock model: ALTER TABLE ... DISABLE TRIGGER', history: users, sql: 'ALTER TABLE users DISABLE TRIGGER users_touch;', line: 1 },
    { name: 'lock model: ENABLE ROW LEVEL SECURITY', history: users, sql: 'ALTER TABLE users ENABLE ROW LEVEL SECURITY;', line: 1 },
    { name: 'lock model: CREATE POLICY', history: users, sql: 'CREATE POLICY users_self ON users USING (id = 1);', line: 1 },
    { name: 'lock model: DROP POLICY', history: users, sql: 'DROP POLICY users_self ON users;', line: 1 },
    { name: 'lock model: OWNER TO', history: users, sql: 'ALTER TABLE users OWNER TO app;', line: 1 },
    { name: 'lock model: CREATE RULE', history: users, sql: 'CREATE RULE users_no_delete AS ON DELETE TO users DO INSTEAD NOTHING;', line: 1 },
    { name: 'lock model: LOCK TABLE (ACCESS EXCLUSIVE by default)', history: users, sql: 'BEGIN;\nLOCK TABLE users;\nCOMMIT;', line: 2 },
    { name: 'lock model: REINDEX INDEX takes SHARE on the index table', history: users, sql: 'REINDEX INDEX users_email_idx;', line: 1 },
    { name: 'lock model: SET (storage parameter) other than the light ones', history: users, sql: 'ALTER TABLE users SET (fillfactor = 70, user_catalog_table = true);', line: 1 },
    { name: 'ALTER TABLE on an existing table without a lock timeout', history: users, sql: 'ALTER TABLE users ADD COLUMN nickname text;', line: 1 },
    { name: 'reported once, at the first strong lock', history: users, sql: "CREATE INDEX CONCURRENTLY users_id_idx ON users (id);\n-- Spitzname hinzufügen — schnell\nALTER TABLE users\n  ADD COLUMN nickname text;\nALTER TABLE users DROP COLUMN email;", line: 3, endLine: 4 },
    { name: 'CRLF file with a non-ASCII comment before the first strong lock', history: users, sql: "-- Schlüssel 🔑\r\nCOMMENT ON TABLE users IS 'Nutzer';\r\nALTER TABLE users\r\n  DROP COLUMN email;\r\n", line: 3, endLine: 4 },
    { name: 'plain CREATE INDEX takes SHARE', history: users, sql: 'CREATE INDEX users_id_email_idx ON users (id, email);', line: 1 },
    { name: 'SET LOCAL outside a transaction does nothing', history: users, sql: "SET LOCAL lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;", line: 2 },
    { name: 'lock_timeout = 0 means no timeout', history: users, sql: 'SET lock_timeout = 0;\nALTER TABLE users ADD COLUMN nickname text;', line: 2 },
    { name: 'SET LOCAL ends with its transaction', history: users, sql: "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;\nALTER TABLE users DROP COLUMN email;", line: 5 },
    { name: 'FOREIGN KEY from a new table locks the existing referenced table', history: users, sql: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);', line: 2 },
    { name: 'DROP INDEX of an index the history never created', sql: 'DROP INDEX legacy_idx;', line: 1 },
    { name: 'knex: alterTable on an existing table without a lock timeout', history: users, knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.text('nickname');
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('nickname'));
`, line: 3 } },
    { name: 'alembic: add_column on an existing table without a lock timeout', history: users, alembic: { code: py(['op.add_column("users", sa.Column("nickname", sa.Text()))'], ['op.drop_column("users", "nickname")']), line: U } },
  ],
});

// Our own fixture project: an Alembic script_location with env.py next to versions/.
describe('require-lock-timeout: a SET lock_timeout in Alembic env.py', () => {
  const envPy = (setup: string) => `from alembic import context
from sqlalchemy import engine_from_config, pool, text

config = context.config
target_metadata = None


def run_migrations_online():
    connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
    with connectable.connect() as connection:
${setup.split('\n').map((l) => `        ${l}`).join('\n')}
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
`;
  const initial = py(['op.create_table("users", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("email", sa.Text()))'], ['op.drop_table("users")'], 'a1');
  const change = py(['op.add_column("users", sa.Column("nickname", sa.Text()))'], ['op.drop_column("users", "nickname")'], 'b2').replace('down_revision = None', 'down_revision = "a1"');
  const lintProject = async (env: string | null) => {
    const files: Record<string, string> = { 'migrations/versions/0001_users.py': initial, 'migrations/versions/0002_nickname.py': change };
    if (env !== null) files['migrations/env.py'] = env;
    const t = tmpTree(files);
    try {
      const r = await lint({ cwd: t.dir, paths: ['migrations/versions'], changedFiles: ['migrations/versions/0002_nickname.py'], config: resolveConfig(validateConfig({}, 'test'), null, {}) });
      return r.report.findings.filter((f) => f.ruleId === 'require-lock-timeout').map((f) => [f.file, f.line]);
    } finally {
      t.cleanup();
    }
  };
  const fires = [['migrations/versions/0002_nickname.py', U]];

  test.each([
    ['connection.execute(text(...))', 'connection.execute(text("SET lock_timeout = 4000"))'],
    ['exec_driver_sql with TO and a unit', "connection.exec_driver_sql(\"SET lock_timeout TO '4s'\")"],
    ['SET SESSION', 'connection.execute(text("SET SESSION lock_timeout = \'5s\'"))'],
  ])('silent when env.py sets it on the connection: %s', async (_name, setup) => {
    expect(await lintProject(envPy(setup))).toEqual([]);
  });

  test.each([
    ['no env.py', null],
    ['env.py without a SET', envPy('pass')],
    ['lock_timeout = 0 (no timeout)', envPy('connection.execute(text("SET lock_timeout = 0"))')],
    ["TO '0'", envPy("connection.exec_driver_sql(\"SET lock_timeout TO '0'\")")],
    ['a commented-out SET', envPy('# connection.execute(text("SET lock_timeout = 4000"))')],
    ['SET LOCAL (lasts one transaction, not every migration)', envPy('connection.execute(text("SET LOCAL lock_timeout = 4000"))')],
    ['statement_timeout only', envPy('connection.execute(text("SET statement_timeout = 60000"))')],
  ])('still fires: %s', async (_name, env) => {
    expect(await lintProject(env)).toEqual(fires);
  });
});
