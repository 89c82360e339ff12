import { describe, expect, test } from '@jest/globals';
import type { SqlType } from '../../src/ir.js';
import { sqlIdent, sqlName, sqlPhrasebook, sqlType } from '../../src/parse/sql/phrasebook.js';
import { at, ops, sqlMigration } from './helpers.js';

const varchar: SqlType = { name: 'varchar', args: [50], array: false, text: 'varchar(50)' };

describe('SQL phrasebook', () => {
  test('identifiers: bare when they fold to themselves, quoted otherwise', () => {
    expect(sqlIdent('users')).toBe('users');
    expect(sqlIdent('UserAccounts')).toBe('"UserAccounts"');
    expect(sqlIdent('user')).toBe('"user"');
    expect(sqlName('app.UserAccounts')).toBe('app."UserAccounts"');
    expect(sqlIdent('my table', 'mysql')).toBe('`my table`');
  });

  test('column types: SQL as written, never an ORM spelling', () => {
    expect(sqlType(varchar)).toBe('varchar(50)');
    expect(sqlType({ name: 'varchar', args: [50], array: false, text: 'sa.String(50)' })).toBe('varchar(50)');
    expect(sqlType({ name: 'int8', args: [], array: true, text: "t.specificType('x', 'bigint[]')" })).toBe('int8[]');
  });

  test('runner names and the way out of the transaction, per layout', () => {
    expect(sqlPhrasebook(sqlMigration('flyway')).runner).toBe('Flyway');
    expect(sqlPhrasebook(sqlMigration('prisma')).runner).toBe('Prisma Migrate');
    expect(sqlPhrasebook(sqlMigration('plain')).runner).toBe('the migration runner');
    expect(sqlPhrasebook(sqlMigration('dbmate')).runOutsideTransaction).toContain('-- migrate:up transaction:false');
    expect(sqlPhrasebook(sqlMigration('diesel')).runOutsideTransaction).toContain('run_in_transaction = false');
    expect(sqlPhrasebook(sqlMigration('flyway')).runOutsideTransaction).toContain('executeInTransaction=false');
    expect(sqlPhrasebook(sqlMigration('golang-migrate')).runOutsideTransaction).toContain('file of its own');
    expect(sqlPhrasebook(sqlMigration('dbmate')).disableTransaction).toContain('transaction:false');
    expect(sqlPhrasebook(sqlMigration('diesel')).disableTransaction).toContain('run_in_transaction = false');
    expect(sqlPhrasebook(sqlMigration('flyway')).disableTransaction).toContain('executeInTransaction=false');
    expect(sqlPhrasebook(sqlMigration('golang-migrate')).disableTransaction).toContain('of their own');
    expect(sqlPhrasebook(sqlMigration('pop')).disableTransaction).toBe('configure this migration to run without a transaction');
  });

  test('the down part: expected only where the layout pairs files, named the layout way', () => {
    for (const layout of ['golang-migrate', 'diesel', 'dbmate', 'flyway'] as const) expect(sqlPhrasebook(sqlMigration(layout)).expectsDown).toBe(true);
    for (const layout of ['plain', 'prisma', 'pop'] as const) expect(sqlPhrasebook(sqlMigration(layout)).expectsDown).toBe(false);
    expect(sqlPhrasebook(sqlMigration('flyway', { expectsDown: false })).expectsDown).toBe(false);
    expect(sqlPhrasebook(sqlMigration('golang-migrate')).downPart).toBe('0003_add_nickname.down.sql');
    expect(sqlPhrasebook(sqlMigration('diesel')).downPart).toBe('0003_add_nickname/down.sql');
    expect(sqlPhrasebook(sqlMigration('dbmate')).downPart).toBe('the -- migrate:down section');
    expect(sqlPhrasebook(sqlMigration('flyway', { id: 'V3__x' })).downPart).toBe('the undo migration (U3__x.sql)');
    expect(sqlPhrasebook(sqlMigration('golang-migrate')).declareIrreversible(at)).toContain('-- migration-guard: ignore missing-downgrade');
  });

  test('inverses are valid SQL: quoted names stay quoted, RENAME TO is never qualified', () => {
    const pb = sqlPhrasebook(sqlMigration('golang-migrate'));
    expect(pb.inverse(ops.createTable)).toEqual({ text: 'DROP TABLE "UserAccounts";', exact: true });
    expect(pb.inverse(ops.renameTable)).toEqual({ text: 'ALTER TABLE app.accounts RENAME TO users;', exact: true });
    expect(pb.inverse(ops.addColumn)?.text).toBe('ALTER TABLE users DROP COLUMN nickname;');
    expect(pb.inverse(ops.renameColumn)?.text).toBe('ALTER TABLE users RENAME COLUMN mail TO email;');
    expect(pb.inverse(ops.setNotNull)?.text).toBe('ALTER TABLE users ALTER COLUMN email DROP NOT NULL;');
    expect(pb.inverse(ops.createIndex)?.text).toBe('DROP INDEX CONCURRENTLY users_email_idx;');
    expect(pb.inverse(ops.addConstraint)?.text).toBe('ALTER TABLE users DROP CONSTRAINT users_org_fk;');
    expect(pb.inverse(ops.createEnum)?.text).toBe('DROP TYPE mood;');
    expect(pb.inverse(ops.dropTable)?.exact).toBe(false);
    const my = sqlPhrasebook(sqlMigration('golang-migrate', { dialect: 'mysql' }));
    expect(my.inverse(ops.addConstraint)?.text).toBe('ALTER TABLE users DROP FOREIGN KEY users_org_fk;');
    expect(my.inverse({ ...ops.createIndex, concurrently: false })?.text).toBe('DROP INDEX users_email_idx ON users;');
  });

  test('deprecation, drops, DROP INDEX CONCURRENTLY, lock_timeout, raw SQL', () => {
    const pb = sqlPhrasebook(sqlMigration('plain'));
    expect(pb.deprecateColumn('UserAccounts', 'email', null)).toBe(`COMMENT ON COLUMN "UserAccounts".email IS 'deprecated: drop in a later release';`);
    expect(pb.deprecateTable('users')).toBe(`COMMENT ON TABLE users IS 'deprecated: drop in a later release';`);
    expect(pb.dropColumn('users', 'email')).toBe('ALTER TABLE users DROP COLUMN email;');
    expect(pb.dropTable('UserAccounts')).toBe('DROP TABLE "UserAccounts";');
    expect(pb.dropIndexConcurrently(ops.dropIndex)).toBe('DROP INDEX CONCURRENTLY IF EXISTS users_email_idx; in a migration that does not run in a transaction.');
    expect(pb.lockTimeoutAt("SET lock_timeout = '2s'", ops.dropIndex)).toBe("SET lock_timeout = '2s'; before line 3 (at the start of the migration)");
    expect(pb.rawSql('SELECT 1')).toBe('SELECT 1;');
    expect(pb.columnType(varchar)).toBe('varchar(50)');
    const my = sqlPhrasebook(sqlMigration('plain', { dialect: 'mysql' }));
    const col = { name: 'email', type: varchar, notNull: true, default: null, comment: null } as never;
    expect(my.deprecateColumn('users', 'email', col)).toBe(`ALTER TABLE users MODIFY COLUMN email varchar(50) NOT NULL COMMENT 'deprecated: drop in a later release';`);
    expect(my.deprecateTable('users')).toBe(`ALTER TABLE users COMMENT = 'deprecated: drop in a later release';`);
  });
});
