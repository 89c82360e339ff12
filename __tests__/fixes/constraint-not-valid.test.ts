import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { expectNoFix, fixAndRelint } from './roundtrip.js';

const tables = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total int);\n';
const golang = { 'migrations/001_users.up.sql': tables, 'migrations/001_users.down.sql': 'DROP TABLE orders;\nDROP TABLE users;\n' };
const fk = 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);\n';

describe('constraint-not-valid fix', () => {
  test('golang-migrate: NOT VALID in the statement, VALIDATE in the next version with an empty down file', async () => {
    const { fixed } = await fixAndRelint('constraint-not-valid', golang, {
      'migrations/002_fk.up.sql': '-- orders belong to users\n' + fk.replace(' REFERENCES', '\n  REFERENCES').replace(';', ' ON DELETE CASCADE;'),
      'migrations/002_fk.down.sql': 'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n',
    });
    expect(fixed['migrations/002_fk.up.sql']).toBe('-- orders belong to users\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id)\n  REFERENCES users (id) ON DELETE CASCADE NOT VALID;\n');
    expect(fixed['migrations/003_validate_orders_user_id_fkey.up.sql']).toMatch(/\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\n$/);
    expect(fixed['migrations/003_validate_orders_user_id_fkey.down.sql']).toBe('-- Nothing to undo.\n');
  });

  test('golang-migrate, zero-padded versions, a later migration already in the directory: the new one comes after it', async () => {
    const history = {
      'db/000001_users.up.sql': tables,
      'db/000001_users.down.sql': 'DROP TABLE orders;\nDROP TABLE users;\n',
      'db/000007_later.up.sql': 'ALTER TABLE users ADD COLUMN name text;\n',
      'db/000007_later.down.sql': 'ALTER TABLE users DROP COLUMN name;\n',
    };
    const { fix } = await fixAndRelint('constraint-not-valid', history, { 'db/000002_fk.up.sql': fk, 'db/000002_fk.down.sql': 'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n' });
    expect(fix.newFiles!.map((f) => f.path)).toEqual(['db/000008_validate_orders_user_id_fkey.up.sql', 'db/000008_validate_orders_user_id_fkey.down.sql']);
  });

  test('two constraints in one migration (one ALTER, two subcommands; one unnamed CHECK): each gets its own version', async () => {
    const { fixed } = await fixAndRelint('constraint-not-valid', golang, {
      'migrations/002_c.up.sql': 'ALTER TABLE orders\n  ADD FOREIGN KEY (user_id) REFERENCES users (id),\n  ADD CHECK (total >= 0);\n',
      'migrations/002_c.down.sql': 'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey, DROP CONSTRAINT orders_check;\n',
    });
    expect(fixed['migrations/002_c.up.sql']).toBe('ALTER TABLE orders\n  ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID,\n  ADD CONSTRAINT orders_check CHECK (total >= 0) NOT VALID;\n');
    expect(Object.keys(fixed).filter((f) => f.startsWith('migrations/00') && f.endsWith('.up.sql')).sort()).toEqual([
      'migrations/002_c.up.sql',
      'migrations/003_validate_orders_user_id_fkey.up.sql',
      'migrations/004_validate_orders_check.up.sql',
    ]);
  });

  test('two migrations under test in one directory: their new migrations take different versions', async () => {
    const { fixed } = await fixAndRelint('constraint-not-valid', golang, {
      'migrations/002_fk.up.sql': fk,
      'migrations/003_check.up.sql': 'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);\n',
    });
    expect(Object.keys(fixed).filter((f) => /^migrations\/00[4-9]/.test(f)).sort()).toEqual([
      'migrations/004_validate_orders_user_id_fkey.up.sql',
      'migrations/004_validate_orders_user_id_fkey.down.sql',
      'migrations/005_validate_orders_total_check.up.sql',
      'migrations/005_validate_orders_total_check.down.sql',
    ].sort());
  });

  test('one ALTER TABLE with many constraints, longer than the 4000 characters an op keeps: no fix for any (its end is not known)', async () => {
    const sql = 'ALTER TABLE orders\n' + Array.from({ length: 120 }, (_, i) => `  ADD CONSTRAINT orders_fk_${i} FOREIGN KEY (user_id) REFERENCES users (id)`).join(',\n') + ';\n';
    await expectNoFix('constraint-not-valid', golang, { 'migrations/002_fk.up.sql': sql });
  });

  test('quoted identifiers stay quoted as written; an unnamed key is named as PostgreSQL would', async () => {
    const history = { 'migrations/001_t.up.sql': 'CREATE TABLE "Orgs" (id bigint PRIMARY KEY);\nCREATE TABLE app."UserAccounts" (id bigint PRIMARY KEY, "orgId" bigint);\n' };
    const { fixed } = await fixAndRelint('constraint-not-valid', history, { 'migrations/002_fk.up.sql': 'ALTER TABLE app."UserAccounts" ADD FOREIGN KEY ("orgId") REFERENCES "Orgs" (id);\n' });
    expect(fixed['migrations/002_fk.up.sql']).toBe('ALTER TABLE app."UserAccounts" ADD CONSTRAINT "UserAccounts_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Orgs" (id) NOT VALID;\n');
    expect(fixed['migrations/003_validate_useraccounts_orgid_fkey.up.sql']).toContain('ALTER TABLE app."UserAccounts" VALIDATE CONSTRAINT "UserAccounts_orgId_fkey";\n');
  });

  test("the migration's own SET lock_timeout goes first in the new one", async () => {
    const { fix } = await fixAndRelint('constraint-not-valid', golang, { 'migrations/002_fk.up.sql': "SET lock_timeout = '3s';\n" + fk });
    expect(fix.newFiles![0]!.text).toMatch(/\nSET lock_timeout = '3s';\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\n$/);
    expect(fix.newFiles![1]!.path).toBe('migrations/003_validate_orders_user_id_fkey.down.sql');
  });

  test('Flyway: V<next>__, versions compared as numbers, dotted versions bumped in their last part', async () => {
    const history = { 'db/migration/V1__users.sql': tables, 'db/migration/V9__more.sql': 'ALTER TABLE users ADD COLUMN name text;\n' };
    const { fix } = await fixAndRelint('constraint-not-valid', history, { 'db/migration/V10__fk.sql': fk });
    expect(fix.newFiles!.map((f) => f.path)).toEqual(['db/migration/V11__validate_orders_user_id_fkey.sql']);
    const dotted = await fixAndRelint('constraint-not-valid', { 'db/migration/V1_1__users.sql': tables }, { 'db/migration/V1_2__fk.sql': fk });
    expect(dotted.fix.newFiles!.map((f) => f.path)).toEqual(['db/migration/V1_3__validate_orders_user_id_fkey.sql']);
  });

  test('Flyway with undo files: a U file for the new version too', async () => {
    const history = { 'db/migration/V1__users.sql': tables, 'db/migration/U1__users.sql': 'DROP TABLE orders;\nDROP TABLE users;\n' };
    const { fix } = await fixAndRelint('constraint-not-valid', history, { 'db/migration/V2__fk.sql': fk, 'db/migration/U2__fk.sql': 'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n' });
    expect(fix.newFiles!.map((f) => f.path)).toEqual(['db/migration/V3__validate_orders_user_id_fkey.sql', 'db/migration/U3__validate_orders_user_id_fkey.sql']);
  });

  test('Prisma: a new <timestamp>_name/migration.sql one second after the latest', async () => {
    const history = { 'prisma/migrations/20241231235959_init/migration.sql': tables };
    const { fix } = await fixAndRelint('constraint-not-valid', history, { 'prisma/migrations/20250101000000_fk/migration.sql': fk });
    expect(fix.newFiles!.map((f) => f.path)).toEqual(['prisma/migrations/20250101000001_validate_orders_user_id_fkey/migration.sql']);
    // Across the end of a year, in the timestamp's own format.
    const rollover = await fixAndRelint('constraint-not-valid', { 'prisma/migrations/20241231120000_init/migration.sql': tables }, { 'prisma/migrations/20241231235959_fk/migration.sql': fk });
    expect(rollover.fix.newFiles!.map((f) => f.path)).toEqual(['prisma/migrations/20250101000000_validate_orders_user_id_fkey/migration.sql']);
  });

  test('diesel: <timestamp>_name/up.sql and down.sql, in its dashed format', async () => {
    const history = { 'migrations/2024-03-01-120000_users/up.sql': tables, 'migrations/2024-03-01-120000_users/down.sql': 'DROP TABLE orders;\nDROP TABLE users;\n' };
    const { fix } = await fixAndRelint('constraint-not-valid', history, { 'migrations/2024-03-02-235959_fk/up.sql': fk, 'migrations/2024-03-02-235959_fk/down.sql': 'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n' });
    expect(fix.newFiles!.map((f) => f.path)).toEqual(['migrations/2024-03-03-000000_validate_orders_user_id_fkey/up.sql', 'migrations/2024-03-03-000000_validate_orders_user_id_fkey/down.sql']);
  });

  test('dbmate: one file with its migrate:up and migrate:down sections', async () => {
    const history = { 'db/migrations/20240301120000_users.sql': `-- migrate:up\n${tables}\n-- migrate:down\nDROP TABLE orders;\nDROP TABLE users;\n` };
    const { fix } = await fixAndRelint('constraint-not-valid', history, { 'db/migrations/20240302120000_fk.sql': `-- migrate:up\n${fk}\n-- migrate:down\nALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n` });
    expect(fix.newFiles).toEqual([{ path: 'db/migrations/20240302120001_validate_orders_user_id_fkey.sql', text: expect.stringMatching(/^-- migrate:up\n--.*\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\n\n-- migrate:down\n-- Nothing to undo.\n$/) }]);
  });

  test('golang-migrate with timestamp versions: one second later', async () => {
    const history = { 'db/20240301120000_users.up.sql': tables, 'db/20240301120000_users.down.sql': 'DROP TABLE orders;\nDROP TABLE users;\n' };
    const { fix } = await fixAndRelint('constraint-not-valid', history, { 'db/20240302083059_fk.up.sql': fk, 'db/20240302083059_fk.down.sql': 'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n' });
    expect(fix.newFiles!.map((f) => f.path)).toEqual(['db/20240302083100_validate_orders_user_id_fkey.up.sql', 'db/20240302083100_validate_orders_user_id_fkey.down.sql']);
  });

  test("pop: the dialect's own file stays that dialect's", async () => {
    const history = { 'migrations/20240301120000_users.postgres.up.sql': tables, 'migrations/20240301120000_users.postgres.down.sql': 'DROP TABLE orders;\nDROP TABLE users;\n' };
    const { fix } = await fixAndRelint('constraint-not-valid', history, {
      'migrations/20240302120000_fk.postgres.up.sql': fk,
      'migrations/20240302120000_fk.postgres.down.sql': 'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n',
    });
    expect(fix.newFiles!.map((f) => f.path)).toEqual(['migrations/20240302120001_validate_orders_user_id_fkey.postgres.up.sql', 'migrations/20240302120001_validate_orders_user_id_fkey.postgres.down.sql']);
  });

  test('plain numbered files: the separator and width of the directory', async () => {
    const { fix } = await fixAndRelint('constraint-not-valid', { 'db/0001-users.sql': tables }, { 'db/0002-fk.sql': fk });
    expect(fix.newFiles!.map((f) => f.path)).toEqual(['db/0003-validate_orders_user_id_fkey.sql']);
  });

  test('no exact fix: a column constraint of ADD COLUMN, a partitioned table, IF EXISTS, unnumbered files, a sequence that would change width', async () => {
    await expectNoFix('constraint-not-valid', golang, { 'migrations/002_c.up.sql': 'ALTER TABLE orders ADD COLUMN buyer_id bigint DEFAULT 1 REFERENCES users (id);\n' });
    await expectNoFix('constraint-not-valid', golang, { 'migrations/002_c.up.sql': 'ALTER TABLE orders ADD COLUMN score int CONSTRAINT orders_score_check CHECK (score > 0);\n' });
    await expectNoFix(
      'constraint-not-valid',
      { 'migrations/001_e.up.sql': tables + 'CREATE TABLE events (id bigint, user_id bigint, at date) PARTITION BY RANGE (at);\n' },
      { 'migrations/002_fk.up.sql': 'ALTER TABLE events ADD CONSTRAINT events_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);\n' },
    );
    await expectNoFix('constraint-not-valid', golang, { 'migrations/002_fk.up.sql': fk.replace('TABLE orders', 'TABLE IF EXISTS orders') });
    await expectNoFix('constraint-not-valid', { 'db/users.sql': tables }, { 'db/orders_fk.sql': fk });
    // Unnamed, where the name the finding gives might not be PostgreSQL's: a table the history does not
    // create, a table that has an unnamed CHECK already, a second unnamed CHECK in the same migration.
    await expectNoFix('constraint-not-valid', golang, { 'migrations/002_fk.up.sql': 'ALTER TABLE invoices ADD FOREIGN KEY (user_id) REFERENCES users (id);\n' });
    await expectNoFix('constraint-not-valid', { 'migrations/001_t.up.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, total int CHECK (total > 0), tax int);\n' }, { 'migrations/002_c.up.sql': 'ALTER TABLE orders ADD CHECK (tax >= 0);\n' });
    const twice = await lintFixture({ history: golang, change: { 'migrations/002_c.up.sql': 'ALTER TABLE orders ADD CHECK (total >= 0);\nALTER TABLE orders ADD CHECK (total < 1000000);\n' } });
    expect(twice.report.findings.filter((f) => f.ruleId === 'constraint-not-valid').map((f) => [f.line, Boolean(f.fix)])).toEqual([[1, true], [2, false]]);
    await expectNoFix('constraint-not-valid', { 'prisma/migrations/9_init/migration.sql': tables }, { 'prisma/migrations/9_fk/migration.sql': fk });
  });
});
