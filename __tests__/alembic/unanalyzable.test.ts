import { fixtureText, lineKinds, lowerFixture, lowerText, opsOf } from './helpers.js';

describe('what cannot be resolved statically', () => {
  test('imports, f-strings, loops over query results, foreign helpers and unknown ops each give one dynamic op at their line', async () => {
    const m = await lowerFixture('dynamic.py');
    expect(m.up.map((o) => [o.loc.line, o.kind, o.kind === 'unparsed' ? o.reason : null])).toEqual([
      [11, 'unparsed', 'dynamic'],
      [12, 'unparsed', 'dynamic'],
      // The SELECT itself is static and still lowered.
      [14, 'other', null],
      [14, 'unparsed', 'dynamic'],
      [16, 'unparsed', 'dynamic'],
      [17, 'unparsed', 'dynamic'],
      [19, 'other', null],
      [20, 'dropColumn', null],
    ]);
    const messages = opsOf(m.up, 'unparsed').map((o) => o.message);
    expect(messages[0]).toContain('imported from `myapp.models`');
    expect(messages[1]).toContain('f-string placeholder `{get_table()}`');
    expect(messages[2]).toContain('loop over runtime data');
    expect(messages[3]).toContain('`add_timestamps(...)` comes from `myapp.migration_utils`');
    expect(messages[4]).toContain('op.frobnicate');
    // The loop body (an f-string over the row) is not reported a second time.
    expect(m.up.filter((o) => o.loc.line === 15)).toEqual([]);
    // context.is_offline_mode() is a run-time fact: the branch is conditional.
    expect(m.up[6]).toMatchObject({ conditional: true });
    expect(lineKinds(m.down)).toEqual([[24, 'addColumn']]);
  });

  test('a loop over runtime data still lowers literal SQL in its body, conditionally', async () => {
    const m = await lowerText(
      [
        'revision = "r"',
        'down_revision = None',
        'def upgrade():',
        '    for tenant in get_tenants():',
        '        op.execute("UPDATE accounts SET plan = \'free\'")',
      ].join('\n'),
    );
    expect(m.up.map((o) => [o.loc.line, o.kind, Boolean(o.conditional)])).toEqual([
      [4, 'unparsed', false],
      [5, 'dml', true],
    ]);
  });

  test('format strings with resolvable placeholders are not dynamic; unknown ones are', async () => {
    const m = await lowerText(
      [
        'revision = "r"',
        'down_revision = None',
        'T = "orders"',
        'def upgrade():',
        '    op.execute(f"ALTER TABLE {T} DROP COLUMN a")',
        '    op.execute("ALTER TABLE {} DROP COLUMN {}".format(T, COLUMN))',
        '    op.execute("ALTER TABLE %s DROP COLUMN %s" % (T, "b"))',
        '    op.drop_column(T, os.environ["COLUMN"])',
        '    op.add_column(T, sa.Column("c", sa.Text(), nullable=settings.NULLABLE))',
      ].join('\n'),
    );
    expect(m.up.map((o) => [o.loc.line, o.kind])).toEqual([
      [5, 'dropColumn'],
      [6, 'unparsed'],
      [7, 'dropColumn'],
      [8, 'unparsed'],
      [9, 'unparsed'],
      [9, 'addColumn'],
    ]);
  });

  test('an ORM session over the connection is reported, its execute() of text() is lowered', async () => {
    const m = await lowerText(
      [
        'from sqlalchemy import orm',
        'revision = "r"',
        'down_revision = None',
        'def upgrade():',
        '    session = orm.Session(bind=op.get_bind())',
        '    session.execute(sa.text("DELETE FROM carts"))',
        '    session.query(Cart).delete()',
        '    session.commit()',
      ].join('\n'),
    );
    expect(m.up.map((o) => [o.loc.line, o.kind])).toEqual([
      [6, 'dml'],
      [7, 'unparsed'],
      [8, 'unparsed'],
    ]);
  });

  test('harmless calls (print, logging) are ignored', async () => {
    const m = await lowerText(
      ['import logging', 'log = logging.getLogger(__name__)', 'revision = "r"', 'down_revision = None', 'def upgrade():', '    print("start")', '    log.info("adding")', '    op.drop_column("t", "c")'].join('\n'),
    );
    expect(lineKinds(m.up)).toEqual([[8, 'dropColumn']]);
  });

  test('a revision that is not a static string is reported at its line', async () => {
    const m = await lowerText('from ids import REV\nrevision = REV\ndown_revision = None\ndef upgrade():\n    pass\n', { file: 'versions/abc.py' });
    expect(m.id).toBe('abc');
    expect(m.up).toEqual([expect.objectContaining({ kind: 'unparsed', reason: 'dynamic', loc: expect.objectContaining({ line: 2 }) })]);
  });

  test('a call whose column type is unknown is reported once, however many of its parts need the type', async () => {
    // The server default and NOT NULL make the column's type needed twice; the reader gets one
    // report, not a second one the engine would call "this call runs 2 times" (it runs once).
    const m = await lowerText(
      [
        'from enum import Enum',
        'from alembic import op',
        'import sqlalchemy as sa',
        'from app.db.types import FlagEnum',
        'revision = "r"',
        'down_revision = None',
        'class _Mode(int, Enum):',
        '    open = 1',
        '    closed = 2',
        'def upgrade():',
        "    op.add_column('accounts', sa.Column('mode', FlagEnum(_Mode, exclude_values={_Mode.closed}),",
        "                                        nullable=False, server_default=str(_Mode.open.value)))",
      ].join('\n'),
    );
    const reports = opsOf(m.up, 'unparsed');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ reason: 'dynamic', loc: expect.objectContaining({ line: 11, column: 5 }) });
    expect(reports[0]!.message).toContain('`FlagEnum(...)` comes from `app.db.types`');
  });
});

describe('enum classes defined in the migration', () => {
  test('a member\'s .value and .name are known, so SQL built from them with an f-string is checked', async () => {
    const m = await lowerText(
      [
        'from enum import Enum',
        'from alembic import op',
        'revision = "r"',
        'down_revision = None',
        'class _Mode(int, Enum):',
        '    disabled = 0',
        '    enabled = 1',
        'def upgrade():',
        "    op.execute(f'UPDATE accounts SET mode = {_Mode.disabled.value} WHERE parent_id IS NULL')",
        "    op.create_check_constraint('mode_named', 'accounts', f\"mode_name <> '{_Mode.enabled.name}'\")",
      ].join('\n'),
    );
    expect(opsOf(m.up, 'unparsed')).toEqual([]);
    expect(opsOf(m.up, 'dml')).toEqual([expect.objectContaining({ table: 'accounts', hasWhere: true })]);
    expect(opsOf(m.up, 'addConstraint')).toEqual([expect.objectContaining({ table: 'accounts' })]);
  });

  test('near-miss: a member itself (its formatting differs between Python versions) or a name the enum lacks stays unknown', async () => {
    const m = await lowerText(
      [
        'from enum import Enum',
        'from alembic import op',
        'revision = "r"',
        'down_revision = None',
        'class _Mode(int, Enum):',
        '    disabled = 0',
        'def upgrade():',
        "    op.execute(f'UPDATE accounts SET mode = {_Mode.disabled}')",
        "    op.execute(f'UPDATE accounts SET mode = {_Mode.missing.value}')",
      ].join('\n'),
    );
    const reports = opsOf(m.up, 'unparsed');
    expect(reports.map((r) => r.loc.line)).toEqual([8, 9]);
    expect(reports[1]!.message).toContain('is not a member of the enum `_Mode`');
  });
});

describe('syntax errors', () => {
  test('each broken statement is a parse op at its line; everything around it is still lowered', async () => {
    const m = await lowerFixture('syntax_error.py');
    expect(m.up.map((o) => [o.loc.line, o.kind, o.kind === 'unparsed' ? o.reason : null])).toEqual([
      [9, 'dropColumn', null],
      [10, 'unparsed', 'parse'],
      [11, 'dropColumn', null],
      [12, 'unparsed', 'parse'],
      [13, 'dropColumn', null],
    ]);
    // downgrade() survives the missing parenthesis above it.
    expect(lineKinds(m.down)).toEqual([[17, 'addColumn']]);
    expect(m.downLoc?.line).toBe(16);
  });

  test('an error at module level or in downgrade() is reported with the upgrade ops', async () => {
    const m = await lowerText(
      ['revision = "r"', 'down_revision = None', 'def upgrade():', '    op.drop_column("t", "a")', '', 'def downgrade():', '    op.add_column("t", sa.Column("a" sa.Text()))', ''].join('\n'),
    );
    expect(m.up.map((o) => [o.loc.line, o.kind])).toEqual([
      [4, 'dropColumn'],
      [7, 'unparsed'],
    ]);
    expect(m.down).toEqual([]);
  });

  test('CRLF line breaks: recovery and embedded SQL lines still match the file', async () => {
    const text = 'revision = "r"\r\ndown_revision = None\r\n\r\ndef upgrade():\r\n    op.drop_column("t", "a")\r\n    op.add_column("t", sa.Column("b", sa.Text())\r\n    op.execute("""\r\n        UPDATE t SET b = 1;\r\n        DELETE FROM t;\r\n    """)\r\n\r\ndef downgrade():\r\n    pass\r\n';
    const m = await lowerText(text);
    expect(m.up.map((o) => [o.loc.line, o.loc.column, o.kind])).toEqual([
      [5, 5, 'dropColumn'],
      [6, 5, 'unparsed'],
      [8, 9, 'dml'],
      [9, 9, 'dml'],
    ]);
    expect(m.down).toEqual([]);
    expect(m.downLoc?.line).toBe(12);
  });

  test('two statements on one line (a hidden missing newline) are still a parse error at the second', async () => {
    const m = await lowerText('revision = "r"\ndown_revision = None\ndef upgrade():\n    op.drop_column("t", "a")    op.drop_column("t", "b")\n    op.drop_column("t", "c")\n');
    expect(m.up.filter((o) => o.kind === 'unparsed').map((o) => [o.loc.line, o.loc.column, o.kind === 'unparsed' && o.reason])).toEqual([[4, 33, 'parse']]);
    expect(opsOf(m.up, 'dropColumn').map((o) => o.column)).toContain('c');
  });

  test('an unterminated triple-quoted string does not hang or throw', async () => {
    const m = await lowerText('revision = "r"\ndown_revision = None\ndef upgrade():\n    op.execute("""ALTER TABLE t DROP COLUMN a\n\ndef downgrade():\n    pass\n');
    expect(m.up.some((o) => o.kind === 'unparsed' && o.reason === 'parse')).toBe(true);
  });

  test('a broken def header still reports and does not throw', async () => {
    const m = await lowerText('revision = "r"\ndown_revision = None\ndef upgrade(:\n    op.drop_column("t", "a")\n');
    expect(m.up.some((o) => o.kind === 'unparsed' && o.reason === 'parse')).toBe(true);
  });
});

describe('hostile input', () => {
  test('a 5 MB file is lowered', async () => {
    const call = '    op.add_column("accounts", sa.Column("c", sa.String(50), nullable=False, server_default="x"))\n';
    const count = Math.ceil((5 * 1024 * 1024) / call.length);
    const text = 'revision = "big"\ndown_revision = None\n\ndef upgrade():\n' + call.repeat(count) + '\ndef downgrade():\n    pass\n';
    expect(text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const m = await lowerText(text);
    expect(m.up).toHaveLength(count);
    expect(m.up[count - 1]!.loc.line).toBe(4 + count);
    expect(m.down).toEqual([]);
  });

  test('a 5 MB file with a syntax error in the middle still lowers the rest', async () => {
    const call = '    op.drop_column("accounts", "c")\n';
    const half = Math.ceil((2.5 * 1024 * 1024) / call.length);
    const text = 'revision = "big"\ndown_revision = None\n\ndef upgrade():\n' + call.repeat(half) + '    op.drop_column("accounts", \n' + call.repeat(half) + 'def downgrade():\n    pass\n';
    const m = await lowerText(text);
    const errors = m.up.filter((o) => o.kind === 'unparsed' && o.reason === 'parse');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]!.loc.line).toBe(5 + half);
    expect(m.up.filter((o) => o.kind === 'dropColumn').length).toBeGreaterThanOrEqual(half);
    expect(m.down).toEqual([]);
  });

  test('5,000-deep nested expressions do not overflow the stack', async () => {
    const deep = '('.repeat(5000) + '"t"' + ')'.repeat(5000);
    const list = '['.repeat(5000) + ']'.repeat(5000);
    const calls = 'f('.repeat(5000) + ')'.repeat(5000);
    const m = await lowerText(`revision = "r"\ndown_revision = None\nX = ${list}\ndef upgrade():\n    op.drop_column(${deep}, "a")\n    op.execute(${calls})\n    op.drop_column("t", "b")\n`);
    expect(m.up.map((o) => [o.loc.line, o.kind])).toEqual([
      [5, 'unparsed'],
      [6, 'unparsed'],
      [7, 'dropColumn'],
    ]);
  });

  test('a 5,000-deep unpacking target does not overflow the stack', async () => {
    const target = '['.repeat(5000) + 'a' + ']'.repeat(5000);
    const m = await lowerText(`revision = "r"\ndown_revision = None\ndef upgrade():\n    ${target} = x\n    op.drop_column("t", "b")\n`);
    expect(lineKinds(m.up)).toEqual([[5, 'dropColumn']]);
  });

  test('5,000-deep nested blocks do not overflow the stack', async () => {
    let body = '';
    for (let depth = 1; depth <= 5000; depth++) body += `${' '.repeat(depth)}if x:\n`;
    body += `${' '.repeat(5001)}op.drop_column("t", "deep")\n`;
    const m = await lowerText(`revision = "r"\ndown_revision = None\ndef upgrade():\n${body}def downgrade():\n    pass\n`);
    // Either tree-sitter gives up on the indentation (parse error) or our walk stops at its depth
    // limit (dynamic): both are reported, neither crashes.
    expect(m.up.some((o) => o.kind === 'unparsed')).toBe(true);
  });

  test('recursive helpers stop at the inlining limit', async () => {
    const m = await lowerText('revision = "r"\ndown_revision = None\ndef again(n):\n    op.drop_column("t", "c")\n    again(n)\ndef upgrade():\n    again(1)\n');
    expect(m.up.filter((o) => o.kind === 'dropColumn').length).toBeLessThanOrEqual(10);
    expect(m.up.some((o) => o.kind === 'unparsed')).toBe(true);
  });

  test('truncated and mangled fixtures never throw and keep every op inside the file', async () => {
    for (const name of ['create_table.py', 'helpers.py', 'execute.py']) {
      const text = fixtureText(name);
      const lines = text.split('\n').length;
      for (let cut = 0; cut < text.length; cut += 29) {
        for (const variant of [text.slice(0, cut), `${text.slice(0, cut)})${text.slice(cut)}`, `${text.slice(0, cut)}"""${text.slice(cut)}`]) {
          const m = await lowerText(variant);
          for (const op of [...m.up, ...(m.down ?? [])]) {
            expect(op.loc.line).toBeGreaterThanOrEqual(1);
            expect(op.loc.line).toBeLessThanOrEqual(lines + 1);
          }
        }
      }
    }
  });

  test('non-ASCII text keeps columns in characters', async () => {
    const m = await lowerText('revision = "r"\ndown_revision = None\ndef upgrade():\n    op.execute("ALTER TABLE für DROP COLUMN ä"); op.execute("ALTER TABLE t DROP COLUMN x")\n');
    expect(m.up.map((o) => [o.loc.line, o.loc.column, o.kind])).toEqual([
      [4, 17, 'dropColumn'],
      [4, 62, 'dropColumn'],
    ]);
  });
});
