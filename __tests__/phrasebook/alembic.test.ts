import { describe, expect, test } from '@jest/globals';
import { alembicPhrasebook, saType } from '../../src/parse/alembic/phrasebook.js';
import { at, migration, ops } from './helpers.js';

const pb = alembicPhrasebook(migration('alembic'));

describe('Alembic phrasebook', () => {
  test('raw SQL, the transaction, the down part', () => {
    expect(pb.runner).toBe('Alembic');
    expect(pb.rawSql("SET lock_timeout = '2s';")).toBe(`op.execute("SET lock_timeout = '2s'")`);
    expect(pb.runOutsideTransaction).toContain('autocommit_block()');
    expect(pb.disableTransaction).toContain('autocommit_block()');
    expect(pb.expectsDown).toBe(true);
    expect(pb.downPart).toBe('downgrade()');
    expect(pb.declareIrreversible(at)).toContain('raise NotImplementedError');
  });

  test('inverses are op.* calls (schema as a keyword), op.execute where Alembic has none', () => {
    expect(pb.inverse(ops.createTable)?.text).toBe("op.drop_table('UserAccounts')");
    expect(pb.inverse(ops.renameTable)?.text).toBe("op.rename_table('accounts', 'users', schema='app')");
    expect(pb.inverse(ops.addColumn)?.text).toBe("op.drop_column('users', 'nickname')");
    expect(pb.inverse(ops.renameColumn)?.text).toBe("op.alter_column('users', 'mail', new_column_name='email')");
    expect(pb.inverse(ops.setNotNull)?.text).toBe("op.alter_column('users', 'email', nullable=True)");
    expect(pb.inverse(ops.createIndex)?.text).toBe("op.drop_index('users_email_idx', table_name='users')");
    expect(pb.inverse(ops.addConstraint)?.text).toBe("op.drop_constraint('users_org_fk', 'users')");
    expect(pb.inverse(ops.createEnum)).toEqual({ text: 'op.execute("DROP TYPE mood")', exact: true });
  });

  test('deprecation, drops, DROP INDEX CONCURRENTLY, lock_timeout', () => {
    expect(pb.deprecateColumn('users', 'email', null)).toBe("op.alter_column('users', 'email', comment='deprecated: drop in a later release')");
    expect(pb.deprecateTable('users')).toBe("op.create_table_comment('users', 'deprecated: drop in a later release')");
    expect(pb.dropColumn('users', 'email')).toBe("op.drop_column('users', 'email')");
    expect(pb.dropTable('app.users')).toBe("op.drop_table('users', schema='app')");
    expect(pb.dropIndexConcurrently(ops.dropIndex)).toBe("op.drop_index('users_email_idx', table_name='users', postgresql_concurrently=True, if_exists=True) inside `with op.get_context().autocommit_block():`");
    expect(pb.lockTimeoutAt("SET LOCAL lock_timeout = '2s'", ops.dropIndex)).toBe(`op.execute("SET LOCAL lock_timeout = '2s'") at the start of upgrade()`);
  });

  test('column types are SQLAlchemy types', () => {
    expect(saType({ name: 'varchar', args: [50], array: false, text: 'varchar(50)' })).toBe('sa.String(50)');
    expect(saType({ name: 'timestamptz', args: [], array: false, text: 'timestamptz' })).toBe('sa.DateTime(timezone=True)');
    expect(pb.columnType({ name: 'int8', args: [], array: false, text: 'sa.BigInteger()' })).toBe('sa.BigInteger()');
  });
});
