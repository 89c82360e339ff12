import { describe, expect, test } from '@jest/globals';
import { DIR, expectNoFix, revision, roundTrip } from './alembic.js';

const FILE = `${DIR}/b7e8f9a0b1c2_token.py`;
const RULE = 'add-column-volatile-default';

describe('add-column-volatile-default fix (Alembic)', () => {
  test('the column added without the default, the default set right after it, the existing rows filled in a new revision', async () => {
    const change = { [FILE]: revision(['op.add_column("users", sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()")))'], ['op.drop_column("users", "token")']) };
    const { fixed } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain('    op.add_column("users", sa.Column("token", sa.Uuid()))\n    op.alter_column("users", "token", server_default=sa.text("gen_random_uuid()"))\n');
    const [path] = Object.keys(fixed).filter((p) => p !== FILE);
    expect(fixed[path!]).toContain('    op.execute("UPDATE users SET token = gen_random_uuid() WHERE token IS NULL")');
    expect(fixed[path!]).toContain('down_revision = "b7e8f9a0b1c2"');
  });

  test('other keywords of the column stay', async () => {
    const change = { [FILE]: revision(['op.add_column("users", sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), comment="api"))'], ['op.drop_column("users", "token")']) };
    const { fixed } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain('op.add_column("users", sa.Column("token", sa.Uuid(), comment="api"))');
  });

  // NOT NULL: the rows must be filled before the constraint can hold, which is not a rewrite of this file.
  test('no exact fix for a NOT NULL column', async () => {
    await expectNoFix(RULE, { [FILE]: revision(['op.add_column("users", sa.Column("token", sa.Uuid(), nullable=False, server_default=sa.text("gen_random_uuid()")))'], ['op.drop_column("users", "token")']) });
  });
});
