import { describe, expect, test } from '@jest/globals';
import { expectNoFix, fixAndRelint } from './roundtrip.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);\n';
const golang = { 'migrations/001_users.up.sql': users, 'migrations/001_users.down.sql': 'DROP TABLE users;\n' };

describe('set-not-null fix (PostgreSQL 12+)', () => {
  test('golang-migrate: CHECK NOT VALID here; VALIDATE, SET NOT NULL, DROP CONSTRAINT next; the down parts follow', async () => {
    const { fixed } = await fixAndRelint('set-not-null', golang, {
      'migrations/002_nn.up.sql': '-- every user has an email\nALTER TABLE users\n  ALTER COLUMN email SET NOT NULL;\n',
      'migrations/002_nn.down.sql': 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;\n',
    });
    expect(fixed['migrations/002_nn.up.sql']).toBe('-- every user has an email\nALTER TABLE users\n  ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n');
    expect(fixed['migrations/002_nn.down.sql']).toBe('ALTER TABLE users DROP CONSTRAINT users_email_not_null;\n');
    expect(fixed['migrations/003_set_users_email_not_null.up.sql']).toMatch(
      /\nSET LOCAL lock_timeout = '2s';\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\nALTER TABLE users DROP CONSTRAINT users_email_not_null;\n$/,
    );
    expect(fixed['migrations/003_set_users_email_not_null.down.sql']).toBe(
      'ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users ALTER COLUMN email DROP NOT NULL;\n',
    );
  });

  test('quoted names as written, the generated check name quoted; no lock_timeout added where one is configured', async () => {
    const history = { 'migrations/001_t.up.sql': 'CREATE TABLE "UserAccounts" (id bigint PRIMARY KEY, "Email" text);\n' };
    const { fixed } = await fixAndRelint('set-not-null', history, { 'migrations/002_nn.up.sql': 'ALTER TABLE "UserAccounts" ALTER "Email" SET NOT NULL;\n' }, { lockTimeout: '5s' });
    expect(fixed['migrations/002_nn.up.sql']).toBe('ALTER TABLE "UserAccounts" ADD CONSTRAINT "UserAccounts_Email_not_null" CHECK ("Email" IS NOT NULL) NOT VALID;\n');
    expect(fixed['migrations/003_set_useraccounts_email_not_null.up.sql']).toMatch(/\nALTER TABLE "UserAccounts" VALIDATE CONSTRAINT "UserAccounts_Email_not_null";\nALTER TABLE "UserAccounts" ALTER COLUMN "Email" SET NOT NULL;\n/);
    expect(fixed['migrations/003_set_useraccounts_email_not_null.up.sql']).not.toContain('lock_timeout');
  });

  test('Flyway: V<next>__ without an undo file where the directory has none', async () => {
    const { fix } = await fixAndRelint('set-not-null', { 'db/migration/V1__users.sql': users }, { 'db/migration/V2__nn.sql': "SET lock_timeout = '1s';\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\n" });
    expect(fix.newFiles).toEqual([{ path: 'db/migration/V3__set_users_email_not_null.sql', text: expect.stringMatching(/\nSET lock_timeout = '1s';\nALTER TABLE users VALIDATE CONSTRAINT/) }]);
  });

  test('diesel: up.sql and down.sql of a new directory; the down file of this one edited', async () => {
    const history = { 'migrations/2024-03-01-120000_users/up.sql': users, 'migrations/2024-03-01-120000_users/down.sql': 'DROP TABLE users;\n' };
    const { fixed } = await fixAndRelint('set-not-null', history, {
      'migrations/2024-03-02-120000_nn/up.sql': 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n',
      'migrations/2024-03-02-120000_nn/down.sql': 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;\n',
    });
    expect(Object.keys(fixed).sort()).toEqual([
      'migrations/2024-03-02-120000_nn/down.sql',
      'migrations/2024-03-02-120000_nn/up.sql',
      'migrations/2024-03-02-120001_set_users_email_not_null/down.sql',
      'migrations/2024-03-02-120001_set_users_email_not_null/up.sql',
    ]);
    expect(fixed['migrations/2024-03-02-120000_nn/down.sql']).toBe('ALTER TABLE users DROP CONSTRAINT users_email_not_null;\n');
  });

  test('dbmate: the down section of the same file edited, the new file with both sections', async () => {
    const history = { 'db/migrations/20240301120000_users.sql': `-- migrate:up\n${users}\n-- migrate:down\nDROP TABLE users;\n` };
    const { fixed } = await fixAndRelint('set-not-null', history, {
      'db/migrations/20240302120000_nn.sql': '-- migrate:up\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\n\n-- migrate:down\nALTER TABLE users ALTER COLUMN email DROP NOT NULL;\n',
    });
    expect(fixed['db/migrations/20240302120000_nn.sql']).toBe(
      '-- migrate:up\nALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n\n-- migrate:down\nALTER TABLE users DROP CONSTRAINT users_email_not_null;\n',
    );
    expect(fixed['db/migrations/20240302120001_set_users_email_not_null.sql']).toMatch(/^-- migrate:up\n--.*\nSET LOCAL lock_timeout = '2s';\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\n.*SET NOT NULL;\n.*DROP CONSTRAINT users_email_not_null;\n\n-- migrate:down\nALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK \(email IS NOT NULL\) NOT VALID;\nALTER TABLE users ALTER COLUMN email DROP NOT NULL;\n$/s);
  });

  test('Prisma: <timestamp>_name/migration.sql', async () => {
    const { fix } = await fixAndRelint('set-not-null', { 'prisma/migrations/20240301120000_init/migration.sql': users }, { 'prisma/migrations/20240302120000_nn/migration.sql': 'ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL;\n' });
    expect(fix.newFiles!.map((f) => f.path)).toEqual(['prisma/migrations/20240302120001_set_users_email_not_null/migration.sql']);
    expect(fix.newFiles![0]!.text).toContain('ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL;\n');
  });

  test('no exact fix: several subcommands, IF EXISTS, a down part that undoes it in a statement of several subcommands, PostgreSQL 11, a partitioned table', async () => {
    await expectNoFix('set-not-null', golang, { 'migrations/002_nn.up.sql': 'ALTER TABLE users ALTER COLUMN email SET NOT NULL, ALTER COLUMN name SET NOT NULL;\n' });
    await expectNoFix('set-not-null', golang, { 'migrations/002_nn.up.sql': 'ALTER TABLE IF EXISTS users ALTER COLUMN email SET NOT NULL;\n' });
    await expectNoFix('set-not-null', golang, {
      'migrations/002_nn.up.sql': 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n',
      'migrations/002_nn.down.sql': 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL, ALTER COLUMN name DROP DEFAULT;\n',
    });
    await expectNoFix('set-not-null', golang, { 'migrations/002_nn.up.sql': 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n' }, { pgVersion: 11 });
    await expectNoFix('set-not-null', { 'migrations/001_e.up.sql': 'CREATE TABLE events (id bigint, kind text, at date) PARTITION BY RANGE (at);\n' }, { 'migrations/002_nn.up.sql': 'ALTER TABLE events ALTER COLUMN kind SET NOT NULL;\n' });
  });
});
