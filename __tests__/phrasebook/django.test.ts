import { describe, expect, test } from '@jest/globals';
import { djangoPhrasebook } from '../../src/parse/django/phrasebook.js';
import { phrasebookFor } from '../../src/parse/phrasebooks.js';
import { at, migration, ops } from './helpers.js';

const pb = djangoPhrasebook(migration('django'));

describe('Django phrasebook', () => {
  test('raw SQL, the transaction, the down part', () => {
    expect(pb.runner).toBe('Django');
    expect(pb.rawSql('SELECT 1;')).toBe('migrations.RunSQL("SELECT 1")');
    expect(pb.runOutsideTransaction).toContain('atomic = False');
    expect(pb.disableTransaction).toContain('atomic = False');
    expect(pb.expectsDown).toBe(true);
    expect(pb.downPart).toContain('reverse_sql=');
    expect(pb.declareIrreversible(at)).toContain('# migration-guard: ignore missing-downgrade');
  });

  test('inverses, deprecation, drops, DROP INDEX CONCURRENTLY, lock_timeout, column types', () => {
    expect(pb.inverse(ops.createTable)?.text).toBe('migrations.RunSQL("DROP TABLE \\"UserAccounts\\"")');
    expect(pb.inverse(ops.renameTable)?.text).toBe('migrations.RunSQL("ALTER TABLE app.accounts RENAME TO users")');
    expect(pb.deprecateColumn('users', 'email', null)).toBe(`migrations.RunSQL("COMMENT ON COLUMN users.email IS 'deprecated: drop in a later release'")`);
    expect(pb.deprecateTable('users')).toBe(`migrations.RunSQL("COMMENT ON TABLE users IS 'deprecated: drop in a later release'")`);
    expect(pb.dropColumn('users', 'email')).toBe("migrations.RemoveField(model_name='<model of users>', name='email')");
    expect(pb.dropTable('users')).toBe("migrations.DeleteModel(name='<model of users>')");
    expect(pb.dropIndexConcurrently(ops.dropIndex)).toContain('RemoveIndexConcurrently(');
    expect(pb.dropIndexConcurrently(ops.dropIndex)).toContain('atomic = False');
    expect(pb.lockTimeoutAt("SET LOCAL lock_timeout = '2s'", ops.dropIndex)).toBe(`migrations.RunSQL("SET LOCAL lock_timeout = '2s'") as the first operation`);
    expect(pb.columnType({ name: 'varchar', args: [50], array: false, text: 'models.CharField(max_length=50)' })).toBe('models.CharField(max_length=50)');
  });

  test('the registry gives each framework its own phrasebook, once per migration', () => {
    const m = migration('alembic');
    expect(phrasebookFor(m)).toBe(phrasebookFor(m));
    expect(phrasebookFor(migration('knex')).runner).toBe('Knex');
    expect(phrasebookFor(migration('sql', { layout: 'dbmate' })).runner).toBe('dbmate');
    expect(phrasebookFor(migration('django')).runner).toBe('Django');
  });
});
