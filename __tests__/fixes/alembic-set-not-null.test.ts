import { describe, expect, test } from '@jest/globals';
import { DIR, expectNoFix, revision, roundTrip } from './alembic.js';

const FILE = `${DIR}/b7e8f9a0b1c2_email_required.py`;
const RULE = 'set-not-null';
const ALTER = 'op.alter_column("users", "email", nullable=False)';
const UNDO = 'op.alter_column("users", "email", nullable=True)';

describe('set-not-null fix (Alembic)', () => {
  test('CHECK (email IS NOT NULL) NOT VALID here; VALIDATE, SET NOT NULL and DROP CONSTRAINT in a new revision', async () => {
    const change = { [FILE]: revision([ALTER], [UNDO]) };
    const { fixed, after } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain(
      'def upgrade():\n    op.create_check_constraint("users_email_not_null", "users", "email IS NOT NULL", postgresql_not_valid=True)\n\n\n' +
        // The downgrade drops the CHECK where it dropped the NOT NULL (the new revision's downgrade drops that).
        'def downgrade():\n    op.drop_constraint("users_email_not_null", "users", type_="check")\n',
    );
    const [path] = Object.keys(fixed).filter((p) => p !== FILE);
    expect(path).toMatch(new RegExp(`^${DIR}/[0-9a-f]{12}_validate_constraints\\.py$`));
    expect(fixed[path!]).toContain(
      [
        'down_revision = "b7e8f9a0b1c2"',
        'branch_labels = None',
        'depends_on = None',
        '',
        '',
        'def upgrade():',
        '    op.execute("ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null")',
        `    ${ALTER}`,
        '    op.drop_constraint("users_email_not_null", "users", type_="check")',
        '',
        '',
        'def downgrade():',
        '    op.create_check_constraint("users_email_not_null", "users", "email IS NOT NULL", postgresql_not_valid=True)',
        `    ${UNDO}`,
        '',
      ].join('\n'),
    );
    // The new revision's SET NOT NULL still takes a strong (brief) lock: only the lock_timeout finding is new.
    expect(after.filter((a) => a.endsWith(path!))).toEqual([`require-lock-timeout@${path}`]);
  });

  test('existing_* keywords (other dialects only) stay behind; a lock_timeout the revision sets is set in the new one too', async () => {
    const change = {
      [FILE]: revision(
        ['op.execute("SET LOCAL lock_timeout = \'2s\'")', 'op.alter_column(', '    "users", "email",', '    existing_type=sa.Text(), existing_nullable=True, nullable=False,', ')', 'op.add_column("users", sa.Column("nick", sa.Text()))'],
        ['op.drop_column("users", "nick")', 'op.alter_column("users", "email", existing_type=sa.Text(), nullable=True)'],
      ),
    };
    const { fixed, after } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain(
      '    op.execute("SET LOCAL lock_timeout = \'2s\'")\n    op.create_check_constraint("users_email_not_null", "users", "email IS NOT NULL", postgresql_not_valid=True)\n    op.add_column(',
    );
    expect(fixed[FILE]).toContain('    op.drop_column("users", "nick")\n    op.drop_constraint("users_email_not_null", "users", type_="check")\n');
    const [path] = Object.keys(fixed).filter((p) => p !== FILE);
    expect(fixed[path!]).toContain(
      'def upgrade():\n    op.execute("SET LOCAL lock_timeout = \'2s\'")\n    op.execute("ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null")\n' +
        '    op.alter_column("users", "email", nullable=False)\n',
    );
    expect(fixed[path!]).toContain('    op.alter_column("users", "email", nullable=True)\n');
    expect(after.filter((a) => a.endsWith(path!))).toEqual([]);
  });

  test.each([
    ['the call also changes the type', ['op.alter_column("users", "email", type_=sa.String(200), nullable=False)']],
    ['the table is a constant of the file (the new revision would not have it)', ['TABLE = "users"', 'op.alter_column(TABLE, "email", nullable=False)']],
    ['the call is in a branch', ['if True:', `    ${ALTER}`]],
    ['a later op renames the column (the new revision would name a column that is gone)', [ALTER, 'op.alter_column("users", "email", new_column_name="mail")']],
    ['the call is a batch operation', ['with op.batch_alter_table("users") as batch_op:', '    batch_op.alter_column("email", nullable=False)']],
    ['SQL in op.execute', ['op.execute("ALTER TABLE users ALTER COLUMN email SET NOT NULL")']],
  ])('no exact fix: %s', async (_name, upgrade) => {
    await expectNoFix(RULE, { [FILE]: revision(upgrade, [UNDO]) });
  });

  test('no exact fix: the downgrade undoes the NOT NULL together with other changes', async () => {
    await expectNoFix(RULE, { [FILE]: revision([ALTER], ['op.alter_column("users", "email", nullable=True, comment="optional again")']) });
  });

  test('no exact fix: a revision that is not a head', async () => {
    const next = revision(['op.add_column("users", sa.Column("nick", sa.Text()))'], ['op.drop_column("users", "nick")'], 'c9d0e1f2a3b4', { down: '"b7e8f9a0b1c2"' });
    await expectNoFix(RULE, { [FILE]: revision([ALTER], [UNDO]), [`${DIR}/c9d0e1f2a3b4_nick.py`]: next });
  });
});
