import type { Migration } from '../../src/ir.js';
import { fixtureText, lineKinds, lowerFixture, lowerText, opsOf } from './helpers.js';
import { isAlembicFile } from '../../src/parse/alembic/index.js';

describe('create_table', () => {
  test('columns, types, defaults, keys and the implicit enum, at the create_table line', async () => {
    const m = await lowerFixture('create_table.py');
    expect(m.framework).toBe('alembic');
    expect(m.id).toBe('1a2b3c4d5e6f');
    expect(m.transactional).toBe(true);
    expect(lineKinds(m.up)).toEqual([
      [18, 'createEnum'],
      [18, 'createTable'],
      [18, 'comment'],
      [40, 'createTable'],
      [40, 'createIndex'],
      [40, 'createIndex'],
    ]);
    const [accounts, invoices] = opsOf(m.up, 'createTable');
    const col = (name: string) => accounts!.columns.find((c) => c.name === name)!;
    expect(accounts!.table).toBe('accounts');
    expect(accounts!.loc).toEqual({ file: 'migrations/versions/create_table.py', line: 18, endLine: 39, column: 5, endColumn: 6 });
    // Single integer primary key with autoincrement="auto": SQLAlchemy renders BIGSERIAL (the key is the table's PRIMARY KEY constraint).
    expect(col('id')).toMatchObject({ type: { name: 'int8', args: [] }, notNull: true, identity: true });
    expect(col('handle')).toMatchObject({ type: { name: 'varchar', args: [40] }, notNull: true, default: null });
    // unique=True is the table's UNIQUE (handle) constraint, as SQLAlchemy renders it.
    expect(accounts!.constraints.some((c) => c.kind === 'unique' && c.columns.join() === 'handle')).toBe(true);
    expect(col('bio')).toMatchObject({ type: { name: 'text' }, notNull: false });
    expect(col('is_active')).toMatchObject({ type: { name: 'bool' }, default: { sql: 'true', volatile: false } });
    expect(col('created_at')).toMatchObject({ type: { name: 'timestamptz' }, default: { sql: 'now()', volatile: false }, notNull: true });
    expect(col('seen_at').type?.name).toBe('timestamp');
    expect(col('born_on').type?.name).toBe('date');
    expect(col('balance')).toMatchObject({ type: { name: 'numeric', args: [12, 2] }, default: { sql: "'0'", volatile: false } });
    expect(col('ratio').type?.name).toBe('float8');
    expect(col('tiny').type?.name).toBe('int2');
    expect(col('settings')).toMatchObject({ type: { name: 'jsonb', text: 'jsonb' }, default: { sql: "'{}'::jsonb", volatile: false } });
    expect(col('raw').type?.name).toBe('json');
    expect(col('public_id')).toMatchObject({ type: { name: 'uuid' }, default: { sql: 'gen_random_uuid()', volatile: true } });
    expect(col('avatar').type?.name).toBe('bytea');
    expect(col('tier')).toMatchObject({ type: { name: 'account_tier' }, notNull: true, default: { sql: "'free'" } });
    expect(col('tags').type).toMatchObject({ name: 'varchar', args: [20], array: true });
    // default= is applied by the ORM on INSERT, never by the database.
    expect(col('nickname').default).toBeNull();
    expect(col('lower_handle').generatedStored).toBe(true);
    expect(opsOf(m.up, 'createEnum')[0]).toMatchObject({ name: 'account_tier', values: ['free', 'pro'] });
    expect(opsOf(m.up, 'comment')[0]).toMatchObject({ target: 'table', table: 'accounts', text: 'people who pay us' });

    expect(invoices).toMatchObject({ table: 'billing.invoices', ifNotExists: true, conditional: true });
    const invoiceId = invoices!.columns.find((c) => c.name === 'id')!;
    expect(invoiceId).toMatchObject({ identity: true, notNull: true });
    const accountId = invoices!.columns.find((c) => c.name === 'account_id')!;
    expect(accountId).toMatchObject({ notNull: true });
    expect(invoices!.constraints).toEqual(
      expect.arrayContaining([
        // The column's sa.ForeignKey is a table-level FOREIGN KEY, as SQLAlchemy renders it.
        expect.objectContaining({ kind: 'foreignKey', columns: ['account_id'], references: { table: 'accounts', columns: ['id'] } }),
        expect.objectContaining({ kind: 'primaryKey', name: 'invoices_pkey', columns: ['id'] }),
        expect.objectContaining({ kind: 'check', name: 'ck_invoices_amount', expression: 'amount > 0' }),
        expect.objectContaining({ kind: 'foreignKey', name: 'fk_billing', columns: ['account_id'], references: { table: 'billing.accounts', columns: ['id'] } }),
        expect.objectContaining({ kind: 'unique', name: 'uq_invoices_account_amount', columns: ['account_id', 'amount'] }),
      ]),
    );
    expect(opsOf(m.up, 'createIndex').map((i) => [i.name, i.table, i.columns])).toEqual([
      ['ix_invoices_account_id', 'billing.invoices', ['account_id']],
      ['ix_invoices_amount', 'billing.invoices', ['amount']],
    ]);
  });

  test('downgrade ops and SQL inside op.execute at its column', async () => {
    const m = await lowerFixture('create_table.py');
    expect(m.downLoc?.line).toBe(55);
    expect(lineKinds(m.down)).toEqual([
      [56, 'dropTable'],
      [57, 'dropTable'],
      [58, 'dropEnum'],
    ]);
    expect(m.down![2]!.loc.column).toBe(17);
    expect(m.alembic).toMatchObject({ revision: '1a2b3c4d5e6f', downRevisions: [], branchLabels: [], dependsOn: [], downRevisionLine: 12 });
  });
});

describe('column operations', () => {
  test('add/drop/alter/rename at the line where each call starts', async () => {
    const m = await lowerFixture('columns.py');
    expect(lineKinds(m.up)).toEqual([
      [11, 'addColumn'],
      [19, 'addColumn'],
      [20, 'addColumn'],
      // Alembic adds no primary key with add_column (the column is BIGSERIAL NOT NULL); the ForeignKey is one ADD FOREIGN KEY.
      [21, 'addColumn'],
      [22, 'addColumn'],
      [22, 'addConstraint'],
      [22, 'createIndex'],
      [23, 'dropColumn'],
      [24, 'dropNotNull'],
      [25, 'setNotNull'],
      [26, 'alterColumnType'],
      [27, 'setDefault'],
      [28, 'dropDefault'],
      [29, 'renameColumn'],
      [30, 'comment'],
      [31, 'renameTable'],
      [32, 'dropTable'],
    ]);
    const [plan, region, token, seq, owner] = opsOf(m.up, 'addColumn');
    // nullable=False three lines below still points at `op.add_column(`.
    expect(plan).toMatchObject({ table: 'accounts', column: { name: 'plan', notNull: true, default: null }, loc: { line: 11, endLine: 18 } });
    expect(region!.column).toMatchObject({ notNull: true, default: { sql: "'eu'", volatile: false } });
    expect(token!.column.default).toEqual({ sql: 'gen_random_uuid()', volatile: true });
    expect(seq!.column).toMatchObject({ notNull: true, identity: true });
    expect(seq!.sql).toBe('ALTER TABLE accounts ADD COLUMN seq BIGSERIAL NOT NULL');
    // The ForeignKey is its own ALTER TABLE ... ADD FOREIGN KEY, after the ADD COLUMN.
    expect(owner!.column.references ?? null).toBeNull();
    expect(opsOf(m.up, 'addConstraint')[0]!.constraint).toMatchObject({ kind: 'foreignKey', columns: ['owner_id'], references: { table: 'users', columns: ['id'] } });
    expect(opsOf(m.up, 'addConstraint').map((c) => c.constraint.kind)).toEqual(['foreignKey']);
    expect(opsOf(m.up, 'alterColumnType')[0]).toMatchObject({ column: 'balance', type: { name: 'numeric', args: [14, 2] }, using: 'balance::numeric(14,2)' });
    expect(opsOf(m.up, 'setDefault')[0]).toMatchObject({ column: 'region', default: { sql: "'us'" } });
    expect(opsOf(m.up, 'dropDefault')[0]).toMatchObject({ column: 'tier' });
    expect(opsOf(m.up, 'renameColumn')[0]).toMatchObject({ column: 'nickname', newName: 'display_name' });
    expect(opsOf(m.up, 'comment')[0]).toMatchObject({ target: 'column', table: 'accounts', column: 'ratio', text: 'deprecated: use score' });
    expect(opsOf(m.up, 'renameTable')[0]).toMatchObject({ table: 'accounts', newName: 'customers' });
  });

  test('a downgrade of only a docstring and pass is empty and located at its def line', async () => {
    const m = await lowerFixture('columns.py');
    expect(m.down).toEqual([]);
    expect(m.downLoc).toMatchObject({ line: 35, column: 1 });
    expect(m.downIrreversible).toBeNull();
  });

  test('alter_column with several keywords emits type, nullability, default, comment, then rename', async () => {
    const m = await lowerText(
      [
        'revision = "r"',
        'down_revision = None',
        'def upgrade():',
        '    op.alter_column("t", "c", new_column_name="d", comment=None, server_default=sa.text("now()"), nullable=False, type_=sa.DateTime(timezone=True), existing_type=sa.DateTime())',
      ].join('\n'),
    );
    expect(m.up.map((o) => o.kind)).toEqual(['alterColumnType', 'setNotNull', 'setDefault', 'comment', 'renameColumn']);
    expect(opsOf(m.up, 'comment')[0]!.text).toBeNull();
    expect(opsOf(m.up, 'alterColumnType')[0]!.type.name).toBe('timestamptz');
  });
});

describe('indexes and constraints', () => {
  test('every index and constraint operation with its options', async () => {
    const m = await lowerFixture('indexes.py');
    expect(lineKinds(m.up)).toEqual([
      [9, 'createIndex'],
      [10, 'createIndex'],
      [11, 'createIndex'],
      [19, 'dropIndex'],
      [20, 'dropIndex'],
      [21, 'addConstraint'],
      [22, 'addConstraint'],
      [23, 'addConstraint'],
      [24, 'addConstraint'],
      [25, 'addConstraint'],
      [26, 'addConstraint'],
      [27, 'addConstraint'],
      [34, 'dropConstraint'],
      [35, 'dropConstraint'],
      [36, 'comment'],
      [37, 'comment'],
    ]);
    const [plain, expression, partial] = opsOf(m.up, 'createIndex');
    expect(plain).toMatchObject({ name: 'ix_customers_region', table: 'customers', columns: ['region'], unique: false, concurrently: false, where: null });
    expect(expression).toMatchObject({ name: 'ix_customers_email_lower', columns: ['lower(email)'], unique: true });
    expect(partial).toMatchObject({ where: 'deleted_at IS NULL', method: 'brin', ifNotExists: true, conditional: true });
    const [dropOld, dropOlder] = opsOf(m.up, 'dropIndex');
    expect(dropOld).toMatchObject({ name: 'ix_old', table: 'customers', ifExists: true, concurrently: false });
    expect(dropOlder).toMatchObject({ name: 'ix_older', table: null, concurrently: true });
    const constraints = opsOf(m.up, 'addConstraint').map((o) => ({ table: o.table, ...o.constraint }));
    expect(constraints[0]).toMatchObject({ kind: 'foreignKey', name: 'fk_customers_owner', columns: ['owner_id'], notValid: false, references: { table: 'users', columns: ['id'] } });
    expect(constraints[1]).toMatchObject({ kind: 'foreignKey', notValid: true });
    expect(constraints[2]).toMatchObject({ kind: 'check', notValid: true, expression: 'region IS NOT NULL', notNullColumn: 'region' });
    expect(constraints[3]).toMatchObject({ kind: 'check', notValid: false, notNullColumn: 'plan' });
    expect(constraints[4]).toMatchObject({ kind: 'unique', name: 'uq_customers_handle', columns: ['handle'] });
    expect(constraints[5]).toMatchObject({ kind: 'primaryKey', name: 'pk_customers', columns: ['id'] });
    expect(constraints[6]).toMatchObject({ table: 'bookings', kind: 'exclusion', name: 'ex_booking_overlap', columns: ['room_id', 'during'] });
    expect(opsOf(m.up, 'dropConstraint').map((o) => [o.name, o.constraintKind])).toEqual([
      ['fk_old', 'foreignKey'],
      ['uq_old', null],
    ]);
    expect(opsOf(m.up, 'comment').map((o) => o.text)).toEqual(['deprecated: replaced by accounts_v2', null]);
  });
});

describe('op.execute and data operations', () => {
  test('SQL strings, sa.text and the connection map to their real .py lines', async () => {
    const m = await lowerFixture('execute.py');
    expect(lineKinds(m.up)).toEqual([
      [12, 'setLockTimeout'],
      // The triple-quoted string starts on line 14; its statements sit on 15 and 18.
      [15, 'addColumn'],
      [18, 'createIndex'],
      [21, 'dml'],
      // A module-level SQL constant maps to the line where its text is.
      [8, 'dml'],
      [24, 'truncate'],
      [25, 'vacuum'],
      [27, 'dml'],
      [28, 'dml'],
      [29, 'dml'],
    ]);
    expect(m.up[0]!.loc.column).toBe(17);
    expect(m.up[1]).toMatchObject({ loc: { line: 15, endLine: 16, column: 9 } });
    expect(m.up[3]).toMatchObject({ action: 'delete', table: 'sessions', hasWhere: false });
    expect(m.up[4]).toMatchObject({ action: 'update', table: 'customers', hasWhere: true });
    expect(m.up.slice(7).map((o) => (o.kind === 'dml' ? [o.action, o.table, o.hasWhere] : o.kind))).toEqual([
      ['insert', 'customers', false],
      ['update', 'customers', true],
      ['delete', 'customers', false],
    ]);
  });
});

describe('multidb template', () => {
  test('upgrade(engine_name) dispatching through globals() lowers every upgrade_<engine>()', async () => {
    const m = await lowerText(
      [
        'revision = "r"',
        'down_revision = None',
        'def upgrade(engine_name: str) -> None:',
        '    globals()["upgrade_%s" % engine_name]()',
        'def downgrade(engine_name: str) -> None:',
        '    globals()["downgrade_%s" % engine_name]()',
        'def upgrade_engine1() -> None:',
        '    op.add_column("users", sa.Column("a", sa.Text()))',
        'def downgrade_engine1() -> None:',
        '    op.drop_column("users", "a")',
        'def upgrade_engine2() -> None:',
        '    op.create_index("ix_orders_b", "orders", ["b"])',
        'def downgrade_engine2() -> None:',
        '    pass',
      ].join('\n'),
    );
    expect(lineKinds(m.up)).toEqual([
      [8, 'addColumn'],
      [12, 'createIndex'],
    ]);
    expect(lineKinds(m.down)).toEqual([[10, 'dropColumn']]);
    expect(m.downLoc?.line).toBe(9);
  });
});

describe('bulk_insert targets', () => {
  test('the table returned by op.create_table and sa.Table(...) are both static', async () => {
    const m = await lowerText(
      [
        'revision = "r"',
        'def upgrade():',
        '    plans = op.create_table("plans", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("name", sa.Text()))',
        '    op.bulk_insert(plans, [{"id": 1, "name": "free"}])',
        '    legacy = sa.Table("legacy_plans", sa.MetaData(), sa.Column("id", sa.Integer()), schema="archive")',
        '    op.bulk_insert(legacy, [{"id": 1}])',
        '    op.bulk_insert(Plan.__table__, [])',
      ].join('\n'),
    );
    expect(m.up.map((o) => [o.loc.line, o.kind, o.kind === 'dml' ? o.table : null])).toEqual([
      [3, 'createTable', null],
      [4, 'dml', 'plans'],
      [6, 'dml', 'archive.legacy_plans'],
      [7, 'unparsed', null],
    ]);
  });
});

describe('batch_alter_table', () => {
  test('batch_op calls point at the inner call and inherit the batch table and schema', async () => {
    const m = await lowerFixture('batch.py');
    expect(lineKinds(m.up)).toEqual([
      [10, 'addColumn'],
      [11, 'dropColumn'],
      [12, 'alterColumnType'],
      [17, 'createIndex'],
      [18, 'addConstraint'],
      [19, 'addConstraint'],
      [20, 'addConstraint'],
      [21, 'dropConstraint'],
      [22, 'dropIndex'],
    ]);
    for (const op of m.up) expect((op as { table: string }).table).toBe('crm.customers');
    expect(opsOf(m.up, 'addColumn')[0]!.column).toMatchObject({ name: 'vip', notNull: true, default: null });
    expect(opsOf(m.up, 'alterColumnType')[0]!.type).toMatchObject({ name: 'varchar', args: [255] });
    expect(opsOf(m.up, 'addConstraint').map((o) => o.constraint.kind)).toEqual(['foreignKey', 'unique', 'check']);
    expect(lineKinds(m.down)).toEqual([[27, 'dropColumn']]);
  });

  test("recreate='always' is reported as a table copy", async () => {
    const m = await lowerText('revision = "r"\ndown_revision = None\ndef upgrade():\n    with op.batch_alter_table("t", recreate="always") as b:\n        b.drop_column("c")\n');
    expect(lineKinds(m.up)).toEqual([
      [4, 'alterTableOption'],
      [5, 'dropColumn'],
    ]);
  });
});

describe('autocommit_block', () => {
  test('ops inside the block (also through a variable) run outside the transaction', async () => {
    const m = await lowerFixture('autocommit.py');
    expect(m.up.map((o) => [o.loc.line, o.kind, Boolean(o.autocommit)])).toEqual([
      [8, 'createIndex', false],
      [10, 'createIndex', true],
      [11, 'reindex', true],
      [14, 'dropIndex', true],
      [15, 'dropIndex', false],
    ]);
    expect(m.transactional).toBe(true);
  });

  const revision = (body: string[]) => ['revision = "r"', 'down_revision = None', 'def upgrade():', ...body.map((l) => `    ${l}`)].join('\n') + '\n';

  const boundaries = revision([
    'op.add_column("t", sa.Column("c", sa.Text()))',
    'op.get_bind().commit()',
    'with op.get_context().autocommit_block():',
    '    op.create_index("t_c_idx", "t", ["c"], postgresql_concurrently=True)',
    'op.drop_column("t", "d")',
    'op.get_bind().commit()',
  ]);
  const shape = (m: Migration) => m.up.map((o) => [o.loc.line, o.kind, Boolean(o.autocommit), o.kind === 'transaction' ? o.afterCommit ?? null : null]);

  test("with an env.py that commits after run_migrations(), the connection's commit() right before the block, or as the last statement, is the boundary the block already is", async () => {
    const m = await lowerText(boundaries, { runnerAfterCommit: 'committed' });
    expect(shape(m)).toEqual([
      [4, 'addColumn', false, null],
      [7, 'createIndex', true, null],
      [8, 'dropColumn', false, null],
    ]);
    expect(m.runnerAfterCommit).toBe('committed');
  });

  test('without such an env.py (unknown, or the stock one) the same commits stay, marked with what becomes of the work after them', async () => {
    expect(shape(await lowerText(boundaries))).toEqual([
      [4, 'addColumn', false, null],
      [5, 'transaction', false, 'uncommitted'],
      [7, 'createIndex', true, null],
      [8, 'dropColumn', false, null],
      [9, 'transaction', false, 'uncommitted'],
    ]);
    // Inside env.py's `with engine.begin():` SQLAlchemy refuses what follows.
    const refused = await lowerText(boundaries, { runnerAfterCommit: 'refused' });
    expect(shape(refused).filter((r) => r[1] === 'transaction')).toEqual([
      [5, 'transaction', false, 'refused'],
      [9, 'transaction', false, 'refused'],
    ]);
    expect(refused.runnerAfterCommit).toBe('refused');
  });

  test('a commit() followed by ordinary statements, and op.execute("COMMIT") before the block, stay even when env.py commits afterwards', async () => {
    const m = await lowerText(
      revision([
        'op.get_bind().commit()',
        'op.drop_column("t", "d")',
        'op.execute("COMMIT")',
        'with op.get_context().autocommit_block():',
        '    op.create_index("t_c_idx", "t", ["c"], postgresql_concurrently=True)',
      ]),
      { runnerAfterCommit: 'committed' },
    );
    expect(m.up.map((o) => [o.loc.line, o.kind])).toEqual([
      [4, 'transaction'],
      [5, 'dropColumn'],
      [6, 'transaction'],
      [8, 'createIndex'],
    ]);
    // The connection's commit is a checkpoint (env.py commits what follows); COMMIT in SQL is no
    // commit of the connection: SQLAlchemy does not see it.
    expect(m.up.filter((o) => o.kind === 'transaction').map((o) => o.kind === 'transaction' && o.afterCommit)).toEqual(['checkpoint', undefined]);
  });
});

describe('constants, helpers and control flow', () => {
  test('module constants, helper functions, op.f, format strings and loops over literals are resolved', async () => {
    const m = await lowerFixture('helpers.py');
    expect(lineKinds(m.up)).toEqual([
      // The helper's op call keeps its own line, once per call.
      [14, 'addColumn'],
      [24, 'createIndex'],
      [14, 'addColumn'],
      [24, 'createIndex'],
      [14, 'addColumn'],
      [26, 'dml'],
      [27, 'dropColumn'],
      [29, 'setLockTimeout'],
    ]);
    expect(opsOf(m.up, 'addColumn').map((o) => [o.table, o.column.name, o.column.notNull])).toEqual([
      ['app.orders', 'updated_by', false],
      ['app.refunds', 'updated_by', false],
      ['app.payments', 'updated_by', true],
    ]);
    expect(opsOf(m.up, 'createIndex').map((o) => o.name)).toEqual(['ix_audit_orders', 'ix_audit_refunds']);
    expect(m.up.some((o) => o.kind === 'unparsed')).toBe(false);
  });

  test('raise NotImplementedError in downgrade() marks the migration irreversible', async () => {
    const m = await lowerFixture('helpers.py');
    expect(m.down).toEqual([]);
    expect(m.downLoc?.line).toBe(34);
    expect(m.downIrreversible).toEqual({
      loc: { file: 'migrations/versions/helpers.py', line: 35, endLine: 35, column: 5 },
      reason: 'NotImplementedError: irreversible: audit data cannot be restored',
    });
  });

  test('an absent downgrade() is null; the missing-downgrade location is the first line', async () => {
    const m = await lowerFixture('no_downgrade.py');
    expect(m.down).toBeNull();
    expect(m.downLoc).toMatchObject({ line: 1 });
    expect(lineKinds(m.up)).toEqual([[8, 'dropColumn']]);
  });

  test('an if on an unknown condition lowers both branches as conditional', async () => {
    const m = await lowerText(
      [
        'revision = "r"',
        'down_revision = None',
        'def upgrade():',
        '    if has_column("t", "c"):',
        '        op.drop_column("t", "c")',
        '    else:',
        '        op.add_column("t", sa.Column("c", sa.Text()))',
        '    op.drop_column("t", "z")',
      ].join('\n'),
    );
    expect(m.up.map((o) => [o.loc.line, o.kind, Boolean(o.conditional)])).toEqual([
      [5, 'dropColumn', true],
      [7, 'addColumn', true],
      [8, 'dropColumn', false],
    ]);
  });

  test('a known dialect check picks its branch', async () => {
    const text = fixtureText('helpers.py');
    const m = await lowerText(text, { dialect: 'mysql' });
    expect(m.up[m.up.length - 1]!.loc.line).toBe(31);
  });
});

describe('enum types', () => {
  test('ENUM.create()/drop() with the connection become createEnum/dropEnum; checkfirst makes them conditional', async () => {
    const m = await lowerText(
      [
        'from sqlalchemy.dialects import postgresql',
        'revision = "r"',
        'STATUS = ("new", "paid")',
        'status = postgresql.ENUM(*STATUS, name="invoice_status")',
        'def upgrade():',
        '    status.create(op.get_bind())',
        '    sa.Enum("a", "b", name="grade").create(op.get_bind())',
        '    op.add_column("invoices", sa.Column("status", status, nullable=True))',
        'def downgrade():',
        '    op.drop_column("invoices", "status")',
        '    status.drop(op.get_bind(), checkfirst=False)',
      ].join('\n'),
    );
    expect(m.up.map((o) => [o.loc.line, o.kind, Boolean(o.conditional)])).toEqual([
      [6, 'createEnum', true],
      [7, 'createEnum', false],
      [8, 'addColumn', false],
    ]);
    expect(opsOf(m.up, 'createEnum')[0]).toMatchObject({ name: 'invoice_status', values: ['new', 'paid'] });
    expect(opsOf(m.up, 'addColumn')[0]!.column.type).toMatchObject({ name: 'invoice_status' });
    expect(opsOf(m.down, 'dropEnum')[0]).toMatchObject({ name: 'invoice_status', ifExists: false });
  });

  test('a Python enum class in the file gives the type its member names (or values with values_callable)', async () => {
    const m = await lowerText(
      [
        'import enum',
        'revision = "r"',
        'class Plan(str, enum.Enum):',
        '    FREE = "free"',
        '    PRO = "pro"',
        'def upgrade():',
        '    op.create_table("a", sa.Column("plan", sa.Enum(Plan)))',
        '    op.create_table("b", sa.Column("plan", sa.Enum(Plan, name="plan_v", values_callable=lambda e: [m.value for m in e])))',
      ].join('\n'),
    );
    expect(opsOf(m.up, 'createEnum').map((o) => [o.name, o.values])).toEqual([
      ['plan', ['FREE', 'PRO']],
      ['plan_v', ['free', 'pro']],
    ]);
  });
});

describe('MySQL', () => {
  test('types map to MySQL names; mysql_* keywords are accepted', async () => {
    const m = await lowerFixture('mysql_types.py', 'mysql');
    expect(m.dialect).toBe('mysql');
    expect(lineKinds(m.up)).toEqual([
      [10, 'createTable'],
      [23, 'addColumn'],
      [24, 'createIndex'],
      // MODIFY name VARCHAR(128) NOT NULL: the full definition, NOT NULL from existing_nullable=False.
      [25, 'alterColumnType'],
      [25, 'setNotNull'],
    ]);
    const table = opsOf(m.up, 'createTable')[0]!;
    expect(table.columns.map((c) => [c.name, c.type?.name, c.type?.args])).toEqual([
      ['id', 'bigint', []],
      ['name', 'varchar', [64]],
      ['body', 'text', []],
      ['flag', 'tinyint', [1]],
      ['at', 'datetime', []],
      ['price', 'decimal', [10, 2]],
      ['kind', 'enum', []],
      ['payload', 'longtext', []],
    ]);
    expect(table.columns[0]).toMatchObject({ identity: true, notNull: true });
    expect(table.sql).toContain('id BIGINT NOT NULL AUTO_INCREMENT');
    expect(opsOf(m.up, 'addColumn')[0]).toMatchObject({ column: { name: 'count', type: { name: 'int' } }, position: { after: 'name' } });
    expect(opsOf(m.up, 'createIndex')[0]).toMatchObject({ concurrently: false, method: null });
    expect(opsOf(m.up, 'alterColumnType')[0]!.type).toMatchObject({ name: 'varchar', args: [128] });
  });

  test('unsigned integers, display widths and character sets read like the MySQL front end', async () => {
    const m = await lowerText(
      [
        'from sqlalchemy.dialects import mysql',
        'revision = "r"',
        'def upgrade():',
        '    op.add_column("t", sa.Column("a", mysql.INTEGER(display_width=11, unsigned=True)))',
        '    op.add_column("t", sa.Column("b", mysql.TINYINT(1)))',
        '    op.add_column("t", sa.Column("c", mysql.VARCHAR(50, charset="latin1")))',
        '    op.add_column("t", sa.Column("d", sa.String(50, collation="utf8mb4_bin")))',
      ].join('\n'),
      { dialect: 'mysql' },
    );
    expect(opsOf(m.up, 'addColumn').map((o) => [o.column.type?.name, o.column.type?.args, o.column.type?.charset ?? null])).toEqual([
      ['int unsigned', [], null],
      ['tinyint', [1], null],
      ['varchar', [50], 'latin1'],
      ['varchar', [50], 'utf8mb4'],
    ]);
  });
});

describe('isAlembicFile', () => {
  test('needs a module-level revision and def upgrade', () => {
    expect(isAlembicFile(fixtureText('columns.py'))).toBe(true);
    expect(isAlembicFile('revision: str = "abc"\ndown_revision: Union[str, None] = None\n\ndef upgrade() -> None:\n    pass\n')).toBe(true);
    expect(isAlembicFile('def upgrade():\n    pass\n')).toBe(false);
    expect(isAlembicFile('revision = "x"\n')).toBe(false);
    expect(isAlembicFile('class M:\n    revision = 1\n    def upgrade(self):\n        pass\n')).toBe(false);
  });

  test('the annotated revision form and tuple down_revision are read', async () => {
    const m = await lowerText('revision: str = "m3rg3"\ndown_revision: Union[str, Sequence[str], None] = ("aaa", "bbb")\nbranch_labels = ("feature",)\ndepends_on = "ccc"\n\ndef upgrade() -> None:\n    pass\n');
    expect(m.id).toBe('m3rg3');
    expect(m.alembic).toMatchObject({ revision: 'm3rg3', downRevisions: ['aaa', 'bbb'], branchLabels: ['feature'], dependsOn: ['ccc'], downRevisionLine: 2 });
  });
});
