import { describe, expect, test } from '@jest/globals';
import { expectNoFix, fixAndRelint } from './roundtrip.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n';
const golang = { 'migrations/001_users.up.sql': users, 'migrations/001_users.down.sql': 'DROP TABLE users;\n' };

describe('add-column-volatile-default fix', () => {
  test('golang-migrate: the column added without the default and SET DEFAULT in the same statement; the backfill in the next version', async () => {
    const { fixed } = await fixAndRelint('add-column-volatile-default', golang, {
      'migrations/002_tok.up.sql': '-- API tokens\nALTER TABLE users ADD COLUMN token uuid\n  DEFAULT gen_random_uuid();\n',
      'migrations/002_tok.down.sql': 'ALTER TABLE users DROP COLUMN token;\n',
    });
    expect(fixed['migrations/002_tok.up.sql']).toBe('-- API tokens\nALTER TABLE users ADD COLUMN token uuid, ALTER COLUMN token SET DEFAULT gen_random_uuid();\n');
    expect(fixed['migrations/002_tok.down.sql']).toBe('ALTER TABLE users DROP COLUMN token;\n');
    expect(fixed['migrations/003_backfill_users_token.up.sql']).toMatch(/\nUPDATE users SET token = gen_random_uuid\(\) WHERE token IS NULL;\n$/);
    expect(fixed['migrations/003_backfill_users_token.down.sql']).toBe('-- Nothing to undo.\n');
  });

  test('a multi-word type, COLLATE kept, an expression with casts and a quoted name', async () => {
    const history = { 'migrations/001_t.up.sql': 'CREATE TABLE "UserAccounts" (id bigint PRIMARY KEY);\n' };
    const { fixed } = await fixAndRelint('add-column-volatile-default', history, {
      'migrations/002_c.up.sql': 'ALTER TABLE "UserAccounts" ADD "Salt" character varying(32) COLLATE "C" DEFAULT md5(random()::text)::varchar(32);\n',
    });
    expect(fixed['migrations/002_c.up.sql']).toBe('ALTER TABLE "UserAccounts" ADD "Salt" character varying(32) COLLATE "C", ALTER COLUMN "Salt" SET DEFAULT md5(random()::text)::varchar(32);\n');
    expect(fixed['migrations/003_backfill_useraccounts_salt.up.sql']).toContain('UPDATE "UserAccounts" SET "Salt" = md5(random()::text)::varchar(32) WHERE "Salt" IS NULL;\n');
  });

  test('before PostgreSQL 11 a constant default too; Flyway numbering', async () => {
    const { fix } = await fixAndRelint('add-column-volatile-default', { 'db/migration/V1__users.sql': users }, { 'db/migration/V2__flag.sql': "ALTER TABLE users ADD COLUMN plan text DEFAULT 'free';\n" }, { pgVersion: 10 });
    expect(fix.newFiles).toEqual([{ path: 'db/migration/V3__backfill_users_plan.sql', text: expect.stringMatching(/\nUPDATE users SET plan = 'free' WHERE plan IS NULL;\n$/) }]);
  });

  test('Prisma and diesel directories', async () => {
    const prisma = await fixAndRelint('add-column-volatile-default', { 'prisma/migrations/20240301120000_init/migration.sql': users }, { 'prisma/migrations/20240302120000_tok/migration.sql': 'ALTER TABLE "users" ADD COLUMN "token" UUID DEFAULT gen_random_uuid();\n' });
    expect(prisma.fix.newFiles!.map((f) => f.path)).toEqual(['prisma/migrations/20240302120001_backfill_users_token/migration.sql']);
    const diesel = await fixAndRelint(
      'add-column-volatile-default',
      { 'migrations/00000000000000_diesel_initial_setup/up.sql': users, 'migrations/00000000000000_diesel_initial_setup/down.sql': 'DROP TABLE users;\n' },
      { 'migrations/2024-03-02-120000_tok/up.sql': 'ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();\n', 'migrations/2024-03-02-120000_tok/down.sql': 'ALTER TABLE users DROP COLUMN token;\n' },
    );
    expect(diesel.fix.newFiles!.map((f) => f.path)).toEqual(['migrations/2024-03-02-120001_backfill_users_token/up.sql', 'migrations/2024-03-02-120001_backfill_users_token/down.sql']);
  });

  test('no exact fix: NOT NULL, another column constraint, IF NOT EXISTS, several subcommands, a statement too long to keep whole', async () => {
    for (const sql of [
      'ALTER TABLE users ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();\n',
      'ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid() NOT NULL;\n',
      'ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid() UNIQUE;\n',
      'ALTER TABLE users ADD COLUMN score float8 DEFAULT random() CHECK (score >= 0);\n',
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS token uuid DEFAULT gen_random_uuid();\n',
      'ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid(), ADD COLUMN name text;\n',
      // Longer than the 4000 characters of it an op keeps: its end is not known.
      `ALTER TABLE users ADD COLUMN salt text DEFAULT md5(random()::text || '${'x'.repeat(4100)}');\n`,
    ]) {
      await expectNoFix('add-column-volatile-default', golang, { 'migrations/002_tok.up.sql': sql });
    }
  });
});
