import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { DIR, expectNoFix, history, revision, roundTrip } from './alembic.js';

const FILE = `${DIR}/b7e8f9a0b1c2_email_index.py`;
const RULE = 'require-concurrent-index';

describe('require-concurrent-index fix (Alembic)', () => {
  test('a call of its own in the migration transaction: postgresql_concurrently=True, inside autocommit_block()', async () => {
    const change = { [FILE]: revision(['op.add_column("users", sa.Column("nick", sa.Text()))', 'op.create_index("ix_users_email", "users", ["email"])'], ['op.drop_index("ix_users_email", table_name="users")', 'op.drop_column("users", "nick")']) };
    const { fixed } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain(
      [
        '    op.add_column("users", sa.Column("nick", sa.Text()))',
        '    with op.get_context().autocommit_block():',
        '        op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)',
        '',
      ].join('\n'),
    );
  });

  test('over several lines, a trailing comma, a comment and a non-ASCII name: every line indented, the keyword after the last argument', async () => {
    const change = {
      [FILE]: revision(
        ['op.create_index(', '    "ix_users_émail",  # unicode on purpose', '    "users",', '    ["email"],', '    unique=True,', ')'],
        ['op.drop_index("ix_users_émail", table_name="users")'],
      ),
    };
    const { fixed } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain(
      [
        'def upgrade():',
        '    with op.get_context().autocommit_block():',
        '        op.create_index(',
        '            "ix_users_émail",  # unicode on purpose',
        '            "users",',
        '            ["email"],',
        '            unique=True, postgresql_concurrently=True,',
        '        )',
        '',
      ].join('\n'),
    );
  });

  test('already inside autocommit_block(): only the keyword', async () => {
    const change = {
      [FILE]: revision(['with op.get_context().autocommit_block():', '    op.create_index("ix_users_email", "users", ["email"])'], ['op.drop_index("ix_users_email", table_name="users")']),
    };
    const { fix, fixed } = await roundTrip(RULE, change);
    expect(fix.edits).toHaveLength(1);
    expect(fixed[FILE]).toContain('\n    with op.get_context().autocommit_block():\n        op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)\n');
  });

  test('a tab-indented file is indented with a tab', async () => {
    const text = revision(['op.create_index("ix_users_email", "users", ["email"])'], ['op.drop_index("ix_users_email", table_name="users")']).replace(/^ {4}/gm, '\t');
    const { fixed } = await roundTrip(RULE, { [FILE]: text });
    expect(fixed[FILE]).toContain('\n\twith op.get_context().autocommit_block():\n\t\top.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)\n');
  });

  test('a CRLF file gets CRLF in the lines the fix adds', async () => {
    const text = revision(['op.create_index("ix_users_email", "users", ["email"])'], ['op.drop_index("ix_users_email", table_name="users")']).replace(/\n/g, '\r\n');
    const { fixed } = await roundTrip(RULE, { [FILE]: text });
    expect(fixed[FILE]).toContain('\r\n    with op.get_context().autocommit_block():\r\n        op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)\r\n');
    expect(fixed[FILE]!.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('SQL in op.execute("..."): CONCURRENTLY in the string, the call inside autocommit_block()', async () => {
    const change = { [FILE]: revision(['op.execute("CREATE UNIQUE INDEX ix_users_email ON users (email);")'], ['op.drop_index("ix_users_email", table_name="users")']) };
    const { fixed } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain('def upgrade():\n    with op.get_context().autocommit_block():\n        op.execute("CREATE UNIQUE INDEX CONCURRENTLY ix_users_email ON users (email);")\n');
  });

  test('in a helper function called from upgrade(): rewritten where the call is', async () => {
    const text = revision(['_index("ix_users_email", "email")'], ['op.drop_index("ix_users_email", table_name="users")'], 'b7e8f9a0b1c2', {
      header: ['', '', 'def _index(name, column):', '    op.create_index(name, "users", [column])', ''],
    });
    const { fixed } = await roundTrip(RULE, { [FILE]: text });
    expect(fixed[FILE]).toContain('def _index(name, column):\n    with op.get_context().autocommit_block():\n        op.create_index(name, "users", [column], postgresql_concurrently=True)\n');
  });

  test.each([
    ['a batch_alter_table call (it runs when the batch ends)', ['with op.batch_alter_table("users") as batch_op:', '    batch_op.create_index("ix_users_email", ["email"])']],
    ['keywords from **kwargs (one of them may already be postgresql_concurrently)', ['kw = {"unique": False}', 'op.create_index("ix_users_email", "users", ["email"], **kw)']],
    ['postgresql_concurrently=False written out', ['op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=False)']],
    ['a multi-line string in the call (indenting it would change it)', ['op.create_index(', '    "ix_users_email", "users", ["email"],', '    postgresql_where=sa.text("""email IS NOT', 'NULL"""),', ')']],
    ['a call sharing its line with another statement', ['op.create_index("ix_users_email", "users", ["email"]); op.execute("SELECT 1")']],
    ['a call after `if ...:` on the same line', ['if True: op.create_index("ix_users_email", "users", ["email"])']],
    ['SQL in a string with an escape (a column in the SQL is not a column in the file)', ['op.execute("CREATE INDEX ix_users_email ON users (email) -- \\"x\\"")']],
    ['SQL in sa.text()', ['op.execute(sa.text("CREATE INDEX ix_users_email ON users (email)"))']],
    ['a string with two statements', ['op.execute("CREATE INDEX ix_users_email ON users (email); SELECT 1")']],
  ])('no exact fix: %s', async (_name, upgrade) => {
    await expectNoFix(RULE, { [FILE]: revision(upgrade, ['op.drop_index("ix_users_email", table_name="users")']) });
  });

  test('a table created in the same revision has no finding, so no fix (near miss)', async () => {
    const r = await lintFixture({ history, change: { [FILE]: revision(['op.create_table("t", sa.Column("id", sa.BigInteger()))', 'op.create_index("ix_t_id", "t", ["id"])'], ['op.drop_table("t")']) } });
    expect(r.report.findings.filter((f) => f.ruleId === RULE)).toEqual([]);
  });
});
