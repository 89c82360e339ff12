import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { MigrationReport } from '../../src/report/model.js';
import { rollbackReady } from '../../src/rollback/ready.js';
import { lintFixture, type Fixture } from './fixture.js';

const usersHistory = {
  'db/000001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text, bio varchar(255), score numeric(10,2));\n',
  'db/000001_users.down.sql': 'DROP TABLE users;\n',
};

async function only(f: Fixture): Promise<{ m: MigrationReport; result: Awaited<ReturnType<typeof lintFixture>> }> {
  const result = await lintFixture(f);
  const news = result.report.migrations.filter((m) => m.isNew);
  expect(news).toHaveLength(1);
  return { m: news[0]!, result };
}

const rules = (r: Awaited<ReturnType<typeof lintFixture>>, id: string) => r.report.findings.filter((f) => f.ruleId === id);

describe('rollback verdict: SQL pairs', () => {
  test('golang-migrate: a correct down → reversible', async () => {
    const { m, result } = await only({
      history: usersHistory,
      change: {
        'db/000002_orders.up.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total numeric(12,2));\nCREATE INDEX orders_user_idx ON orders (user_id);\nALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX CONCURRENTLY users_nickname_idx ON users (nickname);\n',
        'db/000002_orders.down.sql': 'DROP INDEX CONCURRENTLY users_nickname_idx;\nALTER TABLE users DROP COLUMN nickname;\nDROP TABLE orders;\n',
      },
    });
    expect(m.rollback).toMatchObject({ verdict: 'reversible', reasons: [], downPresent: true, dataAtRisk: [], inverse: '4/4 ops inverted' });
    expect(m.rollback.backup).toBeUndefined();
    expect(rules(result, 'downgrade-mismatch')).toEqual([]);
    expect(rules(result, 'irreversible-data-loss')).toEqual([]);
  });

  test('dbmate: renames, type change, NOT NULL and default undone → reversible', async () => {
    const { m, result } = await only({
      history: usersHistory,
      change: {
        'db/20990101000000_tweak.sql': [
          '-- migrate:up',
          'ALTER TABLE users RENAME COLUMN email TO email_address;',
          'ALTER TABLE users ALTER COLUMN bio TYPE text;',
          'ALTER TABLE users ALTER COLUMN bio SET DEFAULT \'\';',
          'ALTER TABLE users ALTER COLUMN legacy_email SET NOT NULL;',
          '',
          '-- migrate:down',
          'ALTER TABLE users ALTER COLUMN legacy_email DROP NOT NULL;',
          'ALTER TABLE users ALTER COLUMN bio DROP DEFAULT;',
          'ALTER TABLE users ALTER COLUMN bio TYPE varchar(255);',
          'ALTER TABLE users RENAME COLUMN email_address TO email;',
          '',
        ].join('\n'),
      },
    });
    expect(m.rollback.verdict).toBe('reversible');
    expect(m.rollback.inverse).toBe('4/4 ops inverted');
    expect(rules(result, 'downgrade-mismatch')).toEqual([]);
  });

  test('diesel: a down that forgets an index → downgrade-mismatch naming the index', async () => {
    const { m, result } = await only({
      history: { 'migrations/2020-01-01-000000_users/up.sql': usersHistory['db/000001_users.up.sql'], 'migrations/2020-01-01-000000_users/down.sql': 'DROP TABLE users;\n' },
      change: {
        'migrations/2099-01-01-000000_idx/up.sql': 'ALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX users_email_idx ON users (email);\n',
        'migrations/2099-01-01-000000_idx/down.sql': 'ALTER TABLE users DROP COLUMN nickname;\n',
      },
    });
    expect(m.rollback.verdict).toBe('irreversible');
    expect(m.rollback.inverse).toBe('1/2 ops inverted, 1 not undone');
    expect(m.rollback.reasons).toEqual([expect.stringContaining('line 2: the upgrade creates index users_email_idx on users but the downgrade does not undo it; expected DROP INDEX users_email_idx;')]);
    const mismatch = rules(result, 'downgrade-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({ file: 'migrations/2099-01-01-000000_idx/up.sql', line: 2, severity: 'warning' });
    expect(mismatch[0]!.message).toContain('index users_email_idx');
  });

  test('drop column → lossy, with the backup command naming that table', async () => {
    const { m, result } = await only({
      history: usersHistory,
      change: {
        'db/000002_drop.up.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n',
        'db/000002_drop.down.sql': 'ALTER TABLE users ADD COLUMN legacy_email text;\n',
      },
    });
    expect(m.rollback.verdict).toBe('lossy');
    expect(m.rollback.dataAtRisk).toEqual(['column users.legacy_email']);
    expect(m.rollback.reasons).toEqual(['line 1: the upgrade drops column users.legacy_email and every value in it; the downgrade re-adds the column, but empty (NULL or its default in every row)']);
    expect(m.rollback.backup).toEqual([
      '# Before deploying, back up the data at risk:',
      'pg_dump -Fc --data-only -t users "$DATABASE_URL" > users.dump',
      '# To restore after rolling back:',
      '# column users.legacy_email (after the downgrade restores the column):',
      `psql "$DATABASE_URL" -c 'CREATE TABLE users_restore (LIKE users)'`,
      `pg_restore --data-only -f - users.dump | sed 's/^COPY public\\.users /COPY public.users_restore /' | psql "$DATABASE_URL"`,
      `psql "$DATABASE_URL" -c 'UPDATE users SET legacy_email = r.legacy_email FROM users_restore r WHERE users.id = r.id; DROP TABLE users_restore'`,
    ]);
    const loss = rules(result, 'irreversible-data-loss');
    expect(loss).toHaveLength(1);
    expect(loss[0]!.message).toContain('pg_dump -Fc --data-only -t users "$DATABASE_URL" > users.dump');
  });

  test('drop column whose down re-adds it and recomputes it from a surviving column → reversible; from itself → still lossy', async () => {
    const derived = await only({
      history: usersHistory,
      change: {
        'db/000002_drop.up.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n',
        'db/000002_drop.down.sql': 'ALTER TABLE users ADD COLUMN legacy_email text;\nUPDATE users SET legacy_email = lower(email);\n',
      },
    });
    expect(derived.m.rollback).toMatchObject({ verdict: 'reversible', dataAtRisk: [] });
    expect(rules(derived.result, 'irreversible-data-loss')).toEqual([]);
    const itself = await only({
      history: usersHistory,
      change: {
        'db/000002_drop.up.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n',
        'db/000002_drop.down.sql': "ALTER TABLE users ADD COLUMN legacy_email text;\nUPDATE users SET legacy_email = coalesce(legacy_email, 'n/a');\n",
      },
    });
    expect(itself.m.rollback.verdict).toBe('lossy');
    expect(itself.m.rollback.reasons).toEqual(['line 1: the upgrade drops column users.legacy_email and every value in it; the downgrade re-adds the column, but empty (NULL or its default in every row)']);
  });

  test('drop table → lossy with a full dump of exactly that table and a data-only restore', async () => {
    const { m } = await only({
      history: { ...usersHistory, 'db/000002_audit.up.sql': 'CREATE TABLE audit_log (id bigint PRIMARY KEY);\n', 'db/000002_audit.down.sql': 'DROP TABLE audit_log;\n' },
      change: {
        'db/000003_drop.up.sql': 'DROP TABLE audit_log;\n',
        'db/000003_drop.down.sql': 'CREATE TABLE audit_log (id bigint PRIMARY KEY);\n',
      },
    });
    expect(m.rollback.verdict).toBe('lossy');
    expect(m.rollback.backup).toContain('pg_dump -Fc -t audit_log "$DATABASE_URL" > audit_log.dump');
    expect(m.rollback.backup).toContain('pg_restore --data-only -d "$DATABASE_URL" audit_log.dump');
  });

  test('missing down file → irreversible', async () => {
    const { m } = await only({ history: usersHistory, change: { 'db/000002_idx.up.sql': 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n' } });
    expect(m.rollback).toMatchObject({ verdict: 'irreversible', reasons: ['there is no down migration file'], downPresent: false, inverse: 'no down' });
  });

  test('dbmate without a migrate:down section → irreversible; missing down with a drop keeps the backup', async () => {
    const { m } = await only({ history: usersHistory, change: { 'db/20990101000000_drop.sql': '-- migrate:up\nALTER TABLE users DROP COLUMN bio;\n' } });
    expect(m.rollback.verdict).toBe('irreversible');
    expect(m.rollback.reasons[0]).toBe('there is no `-- migrate:down` section');
    expect(m.rollback.reasons[1]).toContain('there is no downgrade to run');
    expect(m.rollback.dataAtRisk).toEqual(['column users.bio']);
    expect(m.rollback.backup?.[1]).toBe('pg_dump -Fc --data-only -t users "$DATABASE_URL" > users.dump');
  });

  test('a dynamic op → unverified', async () => {
    const { m } = await only({
      history: usersHistory,
      change: {
        'db/000002_dyn.up.sql': "DO $$\nBEGIN\n  EXECUTE 'ALTER TABLE users ADD COLUMN ' || 'x int';\nEND\n$$;\n",
        'db/000002_dyn.down.sql': 'ALTER TABLE users DROP COLUMN x;\n',
      },
    });
    expect(m.rollback.verdict).toBe('unverified');
    expect(m.rollback.reasons).toEqual([expect.stringMatching(/^line 3 \(up\): EXECUTE of dynamic SQL/)]);
    expect(m.rollback.inverse).toContain('unverified');
  });

  test('a dynamic down hides nothing: unmatched up ops are not reported as mismatches', async () => {
    const { m, result } = await only({
      history: usersHistory,
      change: {
        'db/000002_dyn.up.sql': 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n',
        'db/000002_dyn.down.sql': "DO $$\nBEGIN\n  EXECUTE 'DROP INDEX ' || 'users_email_idx';\nEND\n$$;\n",
      },
    });
    expect(m.rollback.verdict).toBe('unverified');
    expect(rules(result, 'downgrade-mismatch')).toEqual([]);
  });

  test('PostgreSQL enum ADD VALUE cannot be inverted', async () => {
    const { m, result } = await only({
      history: { 'db/000001_mood.up.sql': "CREATE TYPE mood AS ENUM ('sad', 'ok');\n", 'db/000001_mood.down.sql': 'DROP TYPE mood;\n' },
      change: { 'db/000002_happy.up.sql': "ALTER TYPE mood ADD VALUE 'happy';\n", 'db/000002_happy.down.sql': '-- nothing to do\nSELECT 1;\n' },
    });
    expect(m.rollback.verdict).toBe('irreversible');
    expect(m.rollback.reasons[0]).toContain('PostgreSQL cannot remove a value from an enum type');
    expect(rules(result, 'downgrade-mismatch')).toHaveLength(1);
  });

  test('a down that reverts a type change to the wrong type is a mismatch', async () => {
    const { m } = await only({
      history: usersHistory,
      change: {
        'db/000002_t.up.sql': 'ALTER TABLE users ALTER COLUMN bio TYPE text;\n',
        'db/000002_t.down.sql': 'ALTER TABLE users ALTER COLUMN bio TYPE varchar(100);\n',
      },
    });
    expect(m.rollback.verdict).toBe('irreversible');
    expect(m.rollback.reasons[0]).toContain('the downgrade changes it to varchar(100), but before the upgrade it was varchar(255)');
  });

  test('a down op that matches nothing in the upgrade is reported at the down op', async () => {
    const { m, result } = await only({
      history: usersHistory,
      change: {
        'db/000002_x.up.sql': 'ALTER TABLE users ADD COLUMN nickname text;\n',
        'db/000002_x.down.sql': 'ALTER TABLE users DROP COLUMN nickname;\nALTER TABLE users DROP COLUMN bio;\n',
      },
    });
    expect(m.rollback.verdict).toBe('irreversible');
    const mismatch = rules(result, 'downgrade-mismatch');
    expect(mismatch).toEqual([expect.objectContaining({ file: 'db/000002_x.down.sql', line: 2 })]);
    expect(mismatch[0]!.message).toContain('drops column users.bio, which the upgrade never touched');
  });

  test('narrowing numeric scale, TRUNCATE and DELETE → lossy with data-only backups', async () => {
    const { m } = await only({
      history: { ...usersHistory, 'db/000002_log.up.sql': 'CREATE TABLE log (id bigint PRIMARY KEY, at timestamptz);\n', 'db/000002_log.down.sql': 'DROP TABLE log;\n' },
      change: {
        'db/000003_x.up.sql': "ALTER TABLE users ALTER COLUMN score TYPE numeric(10,0);\nTRUNCATE log;\nDELETE FROM users WHERE email IS NULL;\n",
        'db/000003_x.down.sql': 'ALTER TABLE users ALTER COLUMN score TYPE numeric(10,2);\n',
      },
    });
    expect(m.rollback.verdict).toBe('lossy');
    expect(m.rollback.dataAtRisk).toEqual(['values of users.score', 'rows of log', 'rows of users']);
    expect(m.rollback.reasons[0]).toContain('numeric(10,2) → numeric(10,0) rounds values to 0 decimal places');
    expect(m.rollback.backup).toContain('pg_dump -Fc --data-only -t users "$DATABASE_URL" > users.dump');
    expect(m.rollback.backup).toContain('pg_dump -Fc --data-only -t log "$DATABASE_URL" > log.dump');
    expect(m.rollback.backup!.join('\n')).toContain('INSERT INTO users SELECT * FROM users_restore ON CONFLICT DO NOTHING');
  });

  test('objects created by the change hold no data: dropping them is not lossy', async () => {
    const { m, result } = await only({
      history: usersHistory,
      change: {
        'db/000002_tmp.up.sql': 'CREATE TABLE scratch (id int);\nALTER TABLE users ADD COLUMN tmp int;\nALTER TABLE users DROP COLUMN tmp;\nDROP TABLE scratch;\n',
        'db/000002_tmp.down.sql': 'SELECT 1;\n',
      },
    });
    expect(m.rollback.dataAtRisk).toEqual([]);
    expect(rules(result, 'irreversible-data-loss')).toEqual([]);
  });

  test('plain SQL has no down part: unverified, but a drop is still lossy', async () => {
    const plain = await only({ history: { 'sql/0001_users.sql': 'CREATE TABLE users (id int, a text);\n' }, change: { 'sql/0002_idx.sql': 'ALTER TABLE users ADD COLUMN b text;\n' } });
    expect(plain.m.rollback).toMatchObject({ verdict: 'unverified', inverse: 'n/a (plain has no down migrations)' });
    const drop = await only({ history: { 'sql/0001_users.sql': 'CREATE TABLE users (id int, a text);\n' }, change: { 'sql/0002_drop.sql': 'ALTER TABLE users DROP COLUMN a;\n' } });
    expect(drop.m.rollback.verdict).toBe('lossy');
  });

  test('no false alarms: extensions, functions, triggers, views, sequences, inline FK, USING INDEX, seed rows', async () => {
    const { m, result } = await only({
      history: usersHistory,
      change: {
        'db/000002_x.up.sql': [
          'CREATE EXTENSION IF NOT EXISTS pgcrypto;',
          'CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;',
          'CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();',
          'CREATE VIEW active_users AS SELECT * FROM users;',
          'CREATE SEQUENCE order_seq;',
          'ALTER TABLE users ADD COLUMN org_id bigint REFERENCES users (id);',
          'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);',
          'ALTER TABLE users ADD CONSTRAINT users_email_uq UNIQUE USING INDEX users_email_key;',
          "INSERT INTO users (id, email) VALUES (0, 'system');",
        ].join('\n'),
        'db/000002_x.down.sql': [
          'DELETE FROM users WHERE id = 0;',
          'ALTER TABLE users DROP CONSTRAINT users_email_uq;',
          'ALTER TABLE users DROP COLUMN org_id;',
          'DROP SEQUENCE order_seq;',
          'DROP VIEW active_users;',
          'DROP TRIGGER users_touch ON users;',
          'DROP FUNCTION touch();',
          'DROP EXTENSION pgcrypto;',
        ].join('\n'),
      },
    });
    expect(m.rollback).toMatchObject({ verdict: 'reversible', inverse: '6/6 ops inverted' });
    expect(rules(result, 'downgrade-mismatch')).toEqual([]);
  });

  test('MySQL: ADD INDEX/UNIQUE KEY/FOREIGN KEY, MODIFY and CHANGE undone → reversible', async () => {
    const { m } = await only({
      dialect: 'mysql',
      history: {
        'db/000001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY AUTO_INCREMENT, email varchar(255) NOT NULL, org_id bigint, bio varchar(255));\nCREATE TABLE orgs (id bigint PRIMARY KEY);\n',
        'db/000001_users.down.sql': 'DROP TABLE orgs;\nDROP TABLE users;\n',
      },
      change: {
        'db/000002_x.up.sql': 'ALTER TABLE users ADD COLUMN nickname varchar(50) NULL AFTER email, ADD INDEX idx_nick (nickname);\nALTER TABLE users ADD UNIQUE KEY uk_email (email);\nALTER TABLE users ADD CONSTRAINT fk_org FOREIGN KEY (org_id) REFERENCES orgs (id);\nALTER TABLE users MODIFY COLUMN bio varchar(500) NULL;\nALTER TABLE users CHANGE COLUMN email email_address varchar(255) NOT NULL;\nCREATE INDEX idx_org ON users (org_id);\n',
        'db/000002_x.down.sql': 'DROP INDEX idx_org ON users;\nALTER TABLE users CHANGE COLUMN email_address email varchar(255) NOT NULL;\nALTER TABLE users MODIFY COLUMN bio varchar(255) NULL;\nALTER TABLE users DROP FOREIGN KEY fk_org;\nALTER TABLE users DROP INDEX uk_email;\nALTER TABLE users DROP INDEX idx_nick, DROP COLUMN nickname;\n',
      },
    });
    expect(m.rollback).toMatchObject({ verdict: 'reversible', inverse: '7/7 ops inverted' });
  });

  test('MySQL: drop column → mysqldump of exactly that table', async () => {
    const { m } = await only({
      dialect: 'mysql',
      history: { 'db/000001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_email text);\n', 'db/000001_users.down.sql': 'DROP TABLE users;\n' },
      change: { 'db/000002_drop.up.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n', 'db/000002_drop.down.sql': 'ALTER TABLE users ADD COLUMN legacy_email text;\n' },
    });
    expect(m.rollback.verdict).toBe('lossy');
    expect(m.rollback.backup?.[1]).toBe('mysqldump --single-transaction --no-create-info --complete-insert "$MYSQL_DATABASE" users > users.sql');
    expect(m.rollback.backup!.join('\n')).toContain('UPDATE `users` t JOIN `users_restore` r ON t.`id` = r.`id` SET t.`legacy_email` = r.`legacy_email`');
  });
});

describe('rollback readiness in every output', () => {
  const lossy: Fixture = {
    history: usersHistory,
    change: {
      'db/000002_drop.up.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n',
      'db/000002_drop.down.sql': 'ALTER TABLE users ADD COLUMN legacy_email text;\n',
    },
    config: { rules: { 'drop-column-without-deprecation': 'off', 'require-lock-timeout': 'off' } },
  };

  test('json: migrations[].rollback carries verdict and reasons only', async () => {
    const { report } = await lintFixture(lossy);
    const json = JSON.parse(renderJson(report));
    expect(json.migrations).toEqual([
      { file: 'db/000002_drop.up.sql', framework: 'sql', isNew: true, rollback: { verdict: 'lossy', reasons: [expect.stringContaining('drops column users.legacy_email')] } },
    ]);
  });

  test('text: verdict, down present, inverse check, data at risk, reasons and backup', async () => {
    const { report } = await lintFixture(lossy);
    const text = renderText(report, { color: false });
    expect(text).toContain('Rollback readiness:\n  db/000002_drop.up.sql: lossy (down present; inverse check: 1/1 ops inverted; data at risk: column users.legacy_email)');
    expect(text).toContain('    pg_dump -Fc --data-only -t users "$DATABASE_URL" > users.dump');
  });

  test('markdown: the readiness table and the backup commands', async () => {
    const { report } = await lintFixture(lossy);
    const md = renderMarkdown(report);
    expect(md).toContain('| Migration | Verdict | Down present | Data at risk | Inverse check |');
    expect(md).toContain('| `db/000002_drop.up.sql` | ⚠️ lossy | yes | `column users.legacy_email` | 1/1 ops inverted |');
    expect(md).toContain('pg_dump -Fc --data-only -t users "$DATABASE_URL" > users.dump');
  });

  test('rollbackReady: false for a lossy migration, true once its finding is suppressed with a reason', async () => {
    expect(rollbackReady((await lintFixture(lossy)).report)).toBe(false);
    const suppressed = await lintFixture({
      ...lossy,
      change: {
        'db/000002_drop.up.sql': '-- migration-guard: ignore irreversible-data-loss -- backed up by the nightly dump, restore tested\nALTER TABLE users DROP COLUMN legacy_email;\n',
        'db/000002_drop.down.sql': 'ALTER TABLE users ADD COLUMN legacy_email text;\n',
      },
    });
    expect(suppressed.report.suppressed).toEqual([expect.objectContaining({ ruleId: 'irreversible-data-loss' })]);
    expect(rollbackReady(suppressed.report)).toBe(true);
  });

  test('rollbackReady: a rule turned off is not an acknowledgement', async () => {
    const off = await lintFixture({ ...lossy, config: { rules: { ...lossy.config!.rules, 'irreversible-data-loss': 'off' } } });
    expect(rollbackReady(off.report)).toBe(false);
  });

  test('rollbackReady: true for reversible and unverified migrations', async () => {
    const { report } = await lintFixture({
      history: usersHistory,
      change: { 'db/000002_a.up.sql': 'ALTER TABLE users ADD COLUMN a int;\n', 'db/000002_a.down.sql': 'ALTER TABLE users DROP COLUMN a;\n' },
    });
    expect(report.migrations[0]!.rollback.verdict).toBe('reversible');
    expect(rollbackReady(report)).toBe(true);
  });
});
