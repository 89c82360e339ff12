import { describe, expect, test } from '@jest/globals';
import { DIR, expectNoFix, revision, roundTrip } from './alembic.js';

const FILE = `${DIR}/b7e8f9a0b1c2_nick.py`;
const RULE = 'require-lock-timeout';
const ADD = 'op.add_column("users", sa.Column("nick", sa.Text()))';
const DOWN = ['op.drop_column("users", "nick")'];

describe('require-lock-timeout fix (Alembic)', () => {
  test('op.execute("SET LOCAL lock_timeout ...") becomes the first statement of upgrade()', async () => {
    const { fixed } = await roundTrip(RULE, { [FILE]: revision([ADD, 'op.add_column("users", sa.Column("bio", sa.Text()))'], ['op.drop_column("users", "bio")', ...DOWN]) });
    expect(fixed[FILE]).toContain(`def upgrade():\n    op.execute("SET LOCAL lock_timeout = '2s'")\n    ${ADD}\n`);
  });

  test('after a docstring and a comment, before the first statement', async () => {
    const { fixed } = await roundTrip(RULE, { [FILE]: revision(['"""Nicknames."""', '# shown on profiles', ADD], DOWN) });
    expect(fixed[FILE]).toContain(`def upgrade():\n    """Nicknames."""\n    # shown on profiles\n    op.execute("SET LOCAL lock_timeout = '2s'")\n    ${ADD}\n`);
  });

  test('the first strong lock is inside an autocommit block: a session SET at the start', async () => {
    const { fixed } = await roundTrip(RULE, { [FILE]: revision(['with op.get_context().autocommit_block():', `    ${ADD}`], DOWN) });
    expect(fixed[FILE]).toContain(`def upgrade():\n    op.execute("SET lock_timeout = '2s'")\n    with op.get_context().autocommit_block():\n`);
  });

  test('after an autocommit block (which commits the transaction a SET LOCAL would end with): right before the op', async () => {
    const { fixed } = await roundTrip(RULE, { [FILE]: revision(['with op.get_context().autocommit_block():', '    op.execute("SELECT 1")', ADD], DOWN) });
    expect(fixed[FILE]).toContain(`        op.execute("SELECT 1")\n    op.execute("SET LOCAL lock_timeout = '2s'")\n    ${ADD}\n`);
  });

  test('after an autocommit block, before the op.execute("...") that holds the statement', async () => {
    const alter = 'op.execute("ALTER TABLE users ADD COLUMN nick text")';
    const { fixed } = await roundTrip(RULE, { [FILE]: revision(['with op.get_context().autocommit_block():', '    op.execute("SELECT 1")', alter], DOWN) });
    expect(fixed[FILE]).toContain(`        op.execute("SELECT 1")\n    op.execute("SET LOCAL lock_timeout = '2s'")\n    ${alter}\n`);
  });

  test('no exact fix: after an autocommit block, an op that is not a statement of upgrade() itself', async () => {
    await expectNoFix(RULE, { [FILE]: revision(['with op.get_context().autocommit_block():', '    op.execute("SELECT 1")', 'for column in ["nick"]:', '    op.add_column("users", sa.Column(column, sa.Text()))'], DOWN) });
  });

  test('no exact fix: the body is on the def line', async () => {
    const text = revision([ADD], DOWN).replace(`def upgrade():\n    ${ADD}`, `def upgrade(): ${ADD}`);
    expect(text).toContain(`def upgrade(): ${ADD}`);
    await expectNoFix(RULE, { [FILE]: text });
  });

  test('no exact fix: the multidb template (upgrade() dispatches per engine)', async () => {
    const text = revision(['globals()["upgrade_%s" % engine_name]()'], ['globals()["downgrade_%s" % engine_name]()'], 'b7e8f9a0b1c2', {})
      .replace('def upgrade():', 'def upgrade(engine_name):')
      .replace('def downgrade():', 'def downgrade(engine_name):')
      .concat(`\n\ndef upgrade_engine1():\n    ${ADD}\n\n\ndef downgrade_engine1():\n    ${DOWN[0]}\n`);
    await expectNoFix(RULE, { [FILE]: text });
  });
});
