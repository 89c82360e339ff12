import type { OpOf } from '../../src/ir.js';
import { briefs, lowerFixture } from './helpers.js';

describe('Knex fixtures lower with the line of each call', () => {
  test('createTable with every common column type (CommonJS exports.up)', async () => {
    const m = await lowerFixture('20240101000000_create_users.js');
    expect(m.framework).toBe('knex');
    expect(m.id).toBe('20240101000000_create_users');
    expect(m.order).toBe('20240101000000_create_users');
    expect(m.transactional).toBe(true);
    expect(briefs(m.up)).toEqual([
      '3 createTable users(id,email,name,bio,active,public_id,settings,last_seen_at,balance,plan,org_id,created_at,updated_at)',
      '7 comment users.bio',
      '5 addConstraint unique users_email_unique on users',
      '14 addConstraint foreignKey users_org_id_foreign on users',
      '16 createIndex users_org_id_active_index on users(org_id,active)',
    ]);
    const create = m.up[0] as OpOf<'createTable'>;
    const col = (name: string) => create.columns.find((c) => c.name === name)!;
    expect(col('id')).toMatchObject({ type: { name: 'int4' }, identity: true, primaryKey: true, notNull: true });
    expect(col('email')).toMatchObject({ type: { name: 'varchar', args: [320] }, notNull: true, default: null });
    expect(col('name').type).toMatchObject({ name: 'varchar', args: [255] });
    expect(col('active')).toMatchObject({ type: { name: 'bool' }, default: { sql: "'1'", volatile: false } });
    expect(col('public_id').default).toEqual({ sql: 'gen_random_uuid()', volatile: true });
    expect(col('settings').type?.name).toBe('jsonb');
    expect(col('last_seen_at')).toMatchObject({ type: { name: 'timestamptz' }, default: { volatile: false } });
    expect(col('balance').type).toMatchObject({ name: 'numeric', args: [12, 4] });
    expect(col('plan').type?.name).toBe('text');
    expect(create.constraints.find((c) => c.kind === 'check')).toMatchObject({ columns: ['plan'], expression: 'plan = expression' });
    expect(col('created_at')).toMatchObject({ type: { name: 'timestamptz' }, notNull: true, default: { sql: 'current_timestamp' } });
    expect(create.loc).toMatchObject({ line: 3, endLine: 17, column: 9 });
    expect(briefs(m.down)).toEqual(['21 dropTable users']);
    expect(m.downLoc?.line).toBe(20);
  });

  test('alterTable in TypeScript: adds, .alter(), renames, drops, keys and checks in Knex order', async () => {
    const m = await lowerFixture('20240102000000_alter_users.ts');
    expect(briefs(m.up)).toEqual([
      '5 addColumn users.nickname varchar(40) not null',
      "6 addColumn users.score int4 not null default '0'",
      // .alter() without .defaultTo() drops the default, exactly as Knex's pg compiler does.
      '7 dropDefault users.name',
      '7 dropNotNull users.name',
      '7 alterColumnType users.name varchar(500)',
      '7 setNotNull users.name',
      '11 renameColumn users.bio -> about',
      '12 dropColumn users.legacy_flag',
      '13 createIndex users_nickname_idx on users(nickname)',
      '14 dropIndex users_org_id_active_index',
      '15 addConstraint unique users_public_id_unique on users',
      '16 dropConstraint users_email_unique on users',
      '17 addConstraint foreignKey users_team_id_foreign on users',
      '18 dropConstraint users_org_id_foreign on users',
      '19 addConstraint check users_score_positive on users',
      '20 dropNotNull users.plan',
      '21 setNotNull users.name',
    ]);
    expect(m.up[2]!.loc).toMatchObject({ line: 7, endLine: 10 });
    expect(briefs(m.down)).toEqual([
      '29 dropDefault users.name',
      '29 dropNotNull users.name',
      '29 alterColumnType users.name varchar(255)',
      '27 dropColumn users.nickname',
      '28 dropColumn users.score',
      '30 renameColumn users.about -> bio',
    ]);
  });

  test('raw CREATE INDEX CONCURRENTLY in a template literal maps to its line; config.transaction false', async () => {
    const m = await lowerFixture('20240103000000_concurrent_index.js');
    expect(m.transactional).toBe(false);
    expect(m.knex?.configTransaction).toBe(false);
    expect(briefs(m.up)).toEqual(['5 createIndex users_last_seen_idx on users(last_seen_at) concurrently']);
    expect(m.up[0]!.loc).toMatchObject({ line: 5, endLine: 6 });
    expect(briefs(m.down)).toEqual(['11 dropIndex users_last_seen_idx concurrently']);
  });

  test('knex.schema.raw in an ESM file: transactional by default', async () => {
    const m = await lowerFixture('20240104000000_index_in_transaction.mjs');
    expect(m.transactional).toBe(true);
    expect(briefs(m.up)).toEqual(['4 createIndex users_name_idx on users(name) concurrently']);
    expect(briefs(m.down)).toEqual(['8 dropIndex users_name_idx']);
  });

  test('module.exports = { up, down, config }, withSchema, .then chains, hasTable guard, trx and Promise.all', async () => {
    const m = await lowerFixture('20240105000000_module_exports.cjs');
    expect(m.transactional).toBe(true);
    expect(briefs(m.up)).toEqual(['6 createTable ops.audit_log(id,actor)', '13 dropTable legacy_audit (conditional)']);
    const create = m.up[0] as OpOf<'createTable'>;
    expect(create.columns[0]).toMatchObject({ type: { name: 'int8' }, identity: true, primaryKey: true });
    // config.transaction is true: the knex.transaction() in down is a savepoint on the migration's transaction.
    expect(briefs(m.down)).toEqual(['20 other TransactionStmt ', '22 dropTable ops.audit_log if exists (conditional)', '23 renameTable legacy_audit_old -> legacy_audit', '25 other TransactionStmt ']);
  });

  test('dynamic values, typo\'d modifiers and constant loops', async () => {
    const m = await lowerFixture('20240106000000_dynamic.js');
    expect(briefs(m.up)).toEqual([
      '6 unparsed dynamic (conditional)',
      '8 unparsed dynamic',
      "10 addColumn accounts.status varchar(255) default 'active'",
      '11 addColumn accounts.tier integer',
      '12 addColumn accounts.kind varchar(255)',
      '11 unparsed dynamic',
      '12 unparsed dynamic',
      '16 addColumn orders.archived_at timestamptz',
      '16 addColumn invoices.archived_at timestamptz',
    ]);
    const messages = m.up.filter((op) => op.kind === 'unparsed').map((op) => (op as OpOf<'unparsed'>).message);
    expect(messages[0]).toContain('`name` comes from a loop over `TENANT_TABLES`');
    expect(messages[1]).toContain('`${prefix}`');
    expect(messages[2]).toContain('`.notNul()` is not a Knex column modifier; did you mean `.notNullable()`?');
    expect(messages[3]).toContain('did you mean `.defaultTo()`?');
    expect(m.down).toEqual([]);
    expect(m.downIrreversible).toMatchObject({ loc: { line: 22 }, reason: 'irreversible: tenant tables are data-dependent' });
  });

  test('a syntax error is reported at its line and the rest of the file is still lowered', async () => {
    const m = await lowerFixture('20240107000000_syntax_error.js');
    expect(briefs(m.up)).toEqual(['3 addColumn users.first_name varchar(255)', '5 unparsed parse', '6 dropTable sessions']);
    expect(m.down).toEqual([]);
    expect(m.downLoc?.line).toBe(9);
  });

  test('data queries become dml/truncate ops; an empty down is [] with its location', async () => {
    const m = await lowerFixture('20240108000000_backfill.ts');
    expect(briefs(m.up)).toEqual([
      "5 addColumn orders.state varchar(20) default 'open'",
      '7 update orders',
      '8 delete orders where',
      '9 insert order_states',
      '10 truncate order_cache',
    ]);
    expect(m.down).toEqual([]);
    expect(m.downLoc).toMatchObject({ line: 13, column: 1 });
  });

  test('no down export: down is null and missing-downgrade points at line 1', async () => {
    const m = await lowerFixture('20240109000000_no_down.js');
    expect(briefs(m.up)).toEqual(['3 dropColumn users.legacy_token']);
    expect(m.down).toBeNull();
    expect(m.downLoc?.line).toBe(1);
  });

  test('object-method exports, views, renames and a hasColumn guard', async () => {
    const m = await lowerFixture('20240110000000_views.js');
    expect(briefs(m.up)).toEqual([
      '3 other ViewStmt active_users',
      '7 dropTable sessions_old if exists (conditional)',
      '8 renameTable accounts -> customer_accounts',
      "11 addColumn users.locale varchar(8) not null default 'en' (conditional)",
    ]);
    expect(briefs(m.down)).toEqual(['16 other DropStmt active_users', '17 renameTable customer_accounts -> accounts']);
  });

  test('aliases (defaultsTo/default/notNull), a local helper, native enum, table checks and named keys', async () => {
    const m = await lowerFixture('20240111000000_invoices.js');
    expect(m.up.filter((op) => op.kind === 'unparsed')).toEqual([]);
    expect(briefs(m.up)).toEqual([
      '11 createEnum',
      '9 createTable invoices(id,status,total,customer_id,copies,number)',
      '18 comment invoices',
      '16 addConstraint unique invoices_customer_number_key on invoices',
      '17 addConstraint foreignKey invoices_customer_id_foreign on invoices',
      "21 addColumn customers.vip bool not null default '0'",
      '22 addColumn customers.note text',
      // .alter({ alterNullable: false }) leaves nullability alone.
      '23 dropDefault customers.score',
      '23 alterColumnType customers.score int4',
      '22 comment customers.note',
      '23 addConstraint check customers_score_1 on customers',
    ]);
    const create = m.up[1] as OpOf<'createTable'>;
    expect(create.columns.find((c) => c.name === 'status')).toMatchObject({ type: { name: 'invoice_status' }, notNull: true, default: { sql: "'draft'" } });
    expect(create.columns.find((c) => c.name === 'total')).toMatchObject({ type: { name: 'numeric', args: [14, 2] }, notNull: true, default: { sql: "'0'" } });
    expect(create.constraints.map((c) => `${c.kind}:${c.columns.join(',')}`)).toEqual(['primaryKey:id', 'check:copies']);
    expect(briefs(m.down)).toEqual(['28 dropTable invoices', '29 dropEnum', '31 dropColumn customers.vip', '31 dropColumn customers.note']);
  });

  test('keys, checks and nullability in alterTable; createTableIfNotExists with a uuid primary key', async () => {
    const m = await lowerFixture('20240112000000_keys_and_checks.ts');
    expect(briefs(m.up)).toEqual([
      '5 dropDefault accounts.email',
      '5 dropNotNull accounts.email',
      '5 alterColumnType accounts.email varchar(320)',
      // alterType: false keeps the type; Knex still drops the default and NOT NULL.
      '6 dropDefault accounts.age',
      '6 dropNotNull accounts.age',
      '5 comment accounts.email',
      '5 addConstraint check accounts_email_1 on accounts',
      '6 addConstraint check accounts_age_1 on accounts',
      '7 dropConstraint accounts_pkey on accounts',
      '8 addConstraint primaryKey accounts_pk on accounts',
      '9 createIndex accounts_email_uidx on accounts(email) unique',
      '10 createIndex accounts_tags_gin on accounts(tags)',
      '11 dropConstraint accounts_handle_unique on accounts',
      '12 dropConstraint accounts_age_check on accounts',
      '13 dropNotNull accounts.nickname',
      '14 dropColumn accounts.created_at',
      '14 dropColumn accounts.updated_at',
      '16 createTable audit(id,payload,tags) (conditional)',
    ]);
    expect((m.up[11] as OpOf<'createIndex'>).method).toBe('gin');
    const audit = m.up[17] as OpOf<'createTable'>;
    expect(audit.ifNotExists).toBe(true);
    expect(audit.columns.map((c) => [c.name, c.type?.name, c.type?.array, c.notNull])).toEqual([
      ['id', 'uuid', false, true],
      ['payload', 'jsonb', false, true],
      ['tags', 'text', true, false],
    ]);
    expect(audit.constraints).toEqual([expect.objectContaining({ kind: 'primaryKey', name: 'audit_pkey', columns: ['id'] })]);
  });

  test('knex.transaction() in a transactional migration: SAVEPOINT/RELEASE around its calls, no BEGIN', async () => {
    const m = await lowerFixture('20240113000000_savepoint.js');
    expect(m.transactional).toBe(true);
    expect(briefs(m.up)).toEqual([
      '4 createTable ledger(id,amount)',
      '8 other TransactionStmt ',
      '9 insert ledger',
      '10 addColumn ledger.memo varchar(255)',
      '11 other TransactionStmt ',
    ]);
    expect(m.up.filter((op) => op.kind === 'transaction')).toEqual([]);
  });
});
