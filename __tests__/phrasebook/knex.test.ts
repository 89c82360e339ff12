import { describe, expect, test } from '@jest/globals';
import { knexPhrasebook } from '../../src/parse/knex/phrasebook.js';
import { at, migration, ops } from './helpers.js';

const pb = knexPhrasebook(migration('knex'));

describe('Knex phrasebook', () => {
  test('raw SQL, the transaction, the down part', () => {
    expect(pb.runner).toBe('Knex');
    expect(pb.rawSql("SET lock_timeout = '2s'")).toBe(`knex.raw("SET lock_timeout = '2s'")`);
    expect(pb.runOutsideTransaction).toContain('exports.config = { transaction: false };');
    expect(pb.disableTransaction).toContain('exports.config = { transaction: false }');
    expect(pb.expectsDown).toBe(true);
    expect(pb.downPart).toBe('exports.down');
    expect(pb.declareIrreversible(at)).toContain('throw new Error');
  });

  test('inverses are schema builder calls, knex.raw where Knex has none', () => {
    expect(pb.inverse(ops.createTable)?.text).toBe("knex.schema.dropTable('UserAccounts')");
    expect(pb.inverse(ops.renameTable)?.text).toBe("knex.schema.withSchema('app').renameTable('accounts', 'users')");
    expect(pb.inverse(ops.addColumn)?.text).toBe("knex.schema.alterTable('users', (t) => { t.dropColumn('nickname'); })");
    expect(pb.inverse(ops.renameColumn)?.text).toBe("knex.schema.alterTable('users', (t) => { t.renameColumn('mail', 'email'); })");
    expect(pb.inverse(ops.setNotNull)?.text).toBe("knex.schema.alterTable('users', (t) => { t.setNullable('email'); })");
    expect(pb.inverse(ops.createIndex)?.text).toBe("knex.schema.alterTable('users', (t) => { t.dropIndex([], 'users_email_idx'); })");
    expect(pb.inverse(ops.addConstraint)?.text).toBe('knex.raw("ALTER TABLE users DROP CONSTRAINT users_org_fk")');
    expect(pb.inverse(ops.createEnum)?.text).toBe('knex.raw("DROP TYPE mood")');
  });

  test('deprecation, drops, DROP INDEX CONCURRENTLY, lock_timeout, column types', () => {
    expect(pb.deprecateColumn('UserAccounts', 'email', null)).toBe(`knex.raw("COMMENT ON COLUMN \\"UserAccounts\\".email IS 'deprecated: drop in a later release'")`);
    expect(pb.deprecateTable('users')).toBe("knex.schema.alterTable('users', (t) => { t.comment('deprecated: drop in a later release'); })");
    expect(pb.dropColumn('users', 'email')).toBe("knex.schema.alterTable('users', (t) => { t.dropColumn('email'); })");
    expect(pb.dropTable('users')).toBe("knex.schema.dropTable('users')");
    expect(pb.dropIndexConcurrently(ops.dropIndex)).toBe('knex.raw("DROP INDEX CONCURRENTLY IF EXISTS users_email_idx") in a migration with `exports.config = { transaction: false }`');
    expect(pb.lockTimeoutAt("SET LOCAL lock_timeout = '2s'", ops.dropIndex)).toBe(`await knex.raw("SET LOCAL lock_timeout = '2s'") at the start of up()`);
    expect(pb.columnType({ name: 'varchar', args: [50], array: false, text: 'varchar(50)' })).toBe("t.specificType(<column>, 'varchar(50)')");
    const my = knexPhrasebook(migration('knex', { dialect: 'mysql' }));
    expect(my.deprecateColumn('users', 'email', null)).toContain(".comment('deprecated: drop in a later release').alter()");
  });
});
