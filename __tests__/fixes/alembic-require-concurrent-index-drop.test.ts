import { describe, expect, test } from '@jest/globals';
import { DIR, expectNoFix, revision, roundTrip } from './alembic.js';

const FILE = `${DIR}/b7e8f9a0b1c2_drop_name_index.py`;
const RULE = 'require-concurrent-index-drop';
const DOWN = ['op.create_index("ix_users_name", "users", ["name"])'];

describe('require-concurrent-index-drop fix (Alembic)', () => {
  test('in the migration transaction: postgresql_concurrently=True, inside autocommit_block()', async () => {
    const change = { [FILE]: revision(['op.drop_index("ix_users_name", table_name="users")'], DOWN) };
    const { fixed } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain('def upgrade():\n    with op.get_context().autocommit_block():\n        op.drop_index("ix_users_name", table_name="users", postgresql_concurrently=True)\n');
  });

  test('over two lines, with if_exists: the keyword after the last argument', async () => {
    const change = { [FILE]: revision(['op.drop_index(', '    "ix_users_name", table_name="users", if_exists=True)'], DOWN) };
    const { fixed } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain('    with op.get_context().autocommit_block():\n        op.drop_index(\n            "ix_users_name", table_name="users", if_exists=True, postgresql_concurrently=True)\n');
  });

  test('already inside autocommit_block(): only the keyword', async () => {
    const change = { [FILE]: revision(['with op.get_context().autocommit_block():', '    op.drop_index("ix_users_name", table_name="users")'], DOWN) };
    const { fix } = await roundTrip(RULE, change);
    expect(fix.edits.map((e) => e.text)).toEqual([', postgresql_concurrently=True']);
  });

  test('SQL in op.execute inside autocommit_block(): CONCURRENTLY in the string', async () => {
    const change = { [FILE]: revision(['with op.get_context().autocommit_block():', "    op.execute('DROP INDEX IF EXISTS ix_users_name')"], DOWN) };
    const { fixed } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain("        op.execute('DROP INDEX CONCURRENTLY IF EXISTS ix_users_name')\n");
  });

  test.each([
    ['DROP INDEX ... CASCADE in op.execute', ['op.execute("DROP INDEX ix_users_name CASCADE")']],
    ['a batch_alter_table call', ['with op.batch_alter_table("users") as batch_op:', '    batch_op.drop_index("ix_users_name")']],
    ['keywords from **kwargs', ['kw = {"table_name": "users"}', 'op.drop_index("ix_users_name", **kw)']],
    ['the call is not a statement of its own', ['done = op.drop_index("ix_users_name", table_name="users")']],
  ])('no exact fix: %s', async (_name, upgrade) => {
    await expectNoFix(RULE, { [FILE]: revision(upgrade, DOWN) });
  });
});
