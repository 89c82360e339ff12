/**
 * Oracle over every builder method and schema call the Knex front end supports, on PostgreSQL and
 * MySQL: the SQL our front end lowers (the `sql` of its ops, one entry per statement) must be the
 * SQL the real Knex 3.3.0 sends for the same migration (a recording client, no database). Only the
 * inline migrations below run, and only here in tests.
 *
 * Closing numbers (asserted below, so they stay true): FORMS.length forms per dialect; the forms
 * in DIFFERS render differently, each for the reason given there.
 */
import type { Dialect, Op } from '../../src/ir.js';
import { lowerKnex } from './helpers.js';
import { RecordingMysqlClient, RecordingPgClient, runWithKnex } from './recording.js';

const ct = (body: string) => `await knex.schema.createTable('t', (t) => {\n${body}\n});`;
const at = (body: string) => `await knex.schema.alterTable('t', (t) => {\n${body}\n});`;

/** [name, body of `up`]. */
const FORMS: Array<[string, string]> = [
  // ---- column types ----
  ...[
    'tinyint', 'smallint', 'mediumint', 'int', 'bigint', 'bigInteger', 'integer', 'float', 'double', 'real', 'bit', 'boolean', 'bool',
    'serial', 'date', 'datetime', 'dateTime', 'timestamp', 'time', 'year', 'geometry', 'geography', 'point', 'char', 'varchar', 'string',
    'tinytext', 'tinyText', 'text', 'mediumtext', 'mediumText', 'longtext', 'longText', 'binary', 'varbinary', 'tinyblob', 'tinyBlob',
    'mediumblob', 'mediumBlob', 'blob', 'longblob', 'longBlob', 'json', 'jsonb', 'uuid',
  ].map((m): [string, string] => [`type ${m}`, ct(`t.${m}('c');`)]),
  ['type increments', ct(`t.increments();`)],
  ['type increments named, primaryKey false', ct(`t.increments('n', { primaryKey: false });`)],
  ['type bigIncrements', ct(`t.bigIncrements('id');`)],
  ['type string(64)', ct(`t.string('c', 64);`)],
  ['type decimal(10,3)', ct(`t.decimal('c', 10, 3);`)],
  ['type decimal(null)', ct(`t.decimal('c', null);`)],
  ['type float(6,2)', ct(`t.float('c', 6, 2);`)],
  ['type double(10,4)', ct(`t.double('c', 10, 4);`)],
  ['type timestamp without tz, precision', ct(`t.timestamp('c', { useTz: false, precision: 3 });`)],
  ['type datetime precision', ct(`t.datetime('c', { precision: 6 });`)],
  ['type text mediumtext', ct(`t.text('c', 'mediumtext');`)],
  ['type binary(16)', ct(`t.binary('c', 16);`)],
  ['type json as jsonb', ct(`t.json('c', true);`)],
  ['type uuid binary', ct(`t.uuid('c', { useBinaryUuid: true });`)],
  ['type uuid primary key', ct(`t.uuid('id', { primaryKey: true });`)],
  ['type enu (check or enum)', ct(`t.enu('c', ['a', 'b']);`)],
  ['type enum alias', ct(`t.enum('c', ['a', 'b']);`)],
  ['type enu native', ct(`t.enu('c', ['a', 'b'], { useNative: true, enumName: 'mood' });`)],
  ['type enu native existing type', ct(`t.enu('c', null, { useNative: true, enumName: 'mood', existingType: true });`)],
  ['type enu native withSchema', `await knex.schema.withSchema('app').createTable('t', (t) => {\n  t.enu('c', ['a'], { useNative: true, enumName: 'mood', schemaName: 'app' });\n});`],
  ['type set', ct(`t.set('c', ['a', 'b']);`)],
  ['type specificType', ct(`t.specificType('c', 'varchar(40)[]');`)],
  ['type specificType raw', ct(`t.specificType('c', knex.raw('int4range'));`)],
  // ---- column modifiers ----
  ['nullable / notNullable / notNull', ct(`t.integer('a').nullable(); t.integer('b').notNullable(); t.integer('c').notNull();`)],
  ['defaultTo constants', ct(`t.string('a').defaultTo('x'); t.integer('b').defaultTo(0); t.boolean('c').defaultTo(true); t.json('d').defaultTo('{}');`)],
  ['defaultTo null', ct(`t.integer('a').defaultTo(null);`)],
  ['defaultTo quote escaping', ct(`t.string('a').defaultTo("it's");`)],
  ['default / defaultsTo aliases', ct(`t.integer('a').default(1); t.integer('b').defaultsTo(2);`)],
  ['defaultTo raw', ct(`t.integer('a').defaultTo(knex.raw('floor(random() * 10)'));`)],
  ['defaultTo fn.now', ct(`t.timestamp('a').defaultTo(knex.fn.now()); t.timestamp('b', { precision: 3 }).defaultTo(knex.fn.now(3));`)],
  ['defaultTo fn.uuid', ct(`t.uuid('a').defaultTo(knex.fn.uuid());`)],
  ['column unique', ct(`t.string('a').unique();`)],
  ['column unique options', ct(`t.string('a').unique({ indexName: 'a_uq', deferrable: 'deferred' });`)],
  ['column index', ct(`t.string('a').index();`)],
  ['column index named with type', ct(`t.string('a').index('a_idx', 'hash');`)],
  ['column primary', ct(`t.integer('a').primary();`)],
  ['column primary named', ct(`t.integer('a').primary({ constraintName: 'a_pk' });`)],
  ['references + inTable', ct(`t.integer('org_id').references('id').inTable('orgs');`)],
  ['references dotted + on', ct(`t.integer('org_id').references('orgs.id'); t.integer('x').references('id').on('xs');`)],
  ['references onDelete/onUpdate', ct(`t.integer('org_id').references('orgs.id').onDelete('CASCADE').onUpdate('SET NULL');`)],
  ['references withKeyName', ct(`t.integer('org_id').references('orgs.id').withKeyName('fk_org');`)],
  ['references deferrable', ct(`t.integer('org_id').references('orgs.id').deferrable('deferred');`)],
  ['column comment', ct(`t.string('a').comment('the a');`)],
  ['unsigned', ct(`t.integer('a').unsigned(); t.bigInteger('b').unsigned();`)],
  ['first / after', at(`t.string('a').first(); t.string('b').after('a');`)],
  ['column collate', ct(`t.string('a').collate('C');`)],
  ['column check with bindings', ct(`t.integer('a').check('?? > ?', ['a', 1], 'a_pos');`)],
  ['checkPositive / checkNegative', ct(`t.integer('a').checkPositive(); t.integer('b').checkNegative('b_neg');`)],
  ['checkIn / checkNotIn', ct(`t.string('a').checkIn(['x', 'y']); t.integer('b').checkNotIn([1, 2]);`)],
  ['checkBetween', ct(`t.integer('a').checkBetween([1, 10]);`)],
  ['checkLength', ct(`t.string('a').checkLength('<=', 8);`)],
  ['checkRegex', ct(`t.string('a').checkRegex('^[a-z]+$');`)],
  ['checks in alterTable', at(`t.integer('a').checkPositive(); t.string('b').checkIn(['x']);`)],
  ['alter type', at(`t.string('a', 100).alter();`)],
  ['alter with default', at(`t.integer('a').defaultTo(0).alter();`)],
  ['alter notNullable', at(`t.bigInteger('a').notNullable().alter();`)],
  ['alter alterNullable false', at(`t.string('a').alter({ alterNullable: false });`)],
  ['alter alterType false', at(`t.string('a').notNullable().alter({ alterType: false });`)],
  ['alter enu', at(`t.enu('a', ['x', 'y']).alter();`)],
  ['alter with comment', at(`t.text('a').comment('note').alter();`)],
  ['queryContext on a column', ct(`t.string('a').queryContext({ x: 1 });`)],
  // ---- table builder ----
  ['timestamps', ct(`t.timestamps();`)],
  ['timestamps useTimestamps defaultToNow', ct(`t.timestamps(true, true);`)],
  ['timestamps camelCase options', ct(`t.timestamps({ useTimestamps: true, defaultToNow: true, useCamelCase: true });`)],
  ['table comment (create)', ct(`t.increments(); t.comment('users');`)],
  ['table comment (alter)', at(`t.comment('users');`)],
  ['foreign', ct(`t.integer('org_id'); t.foreign('org_id').references('orgs.id');`)],
  ['foreign named, composite, onDelete', ct(`t.integer('a'); t.integer('b'); t.foreign(['a', 'b'], 'ab_fk').references(['x', 'y']).inTable('p').onDelete('CASCADE');`)],
  ['foreign deferrable', at(`t.foreign('org_id').references('id').inTable('orgs').deferrable('immediate');`)],
  ['table check', ct(`t.integer('a'); t.check('?? > 0', ['a'], 'a_pos');`)],
  ['table check (alter)', at(`t.check('a > 0', [], 'a_pos');`)],
  ['index', at(`t.index(['a', 'b']);`)],
  ['index named', at(`t.index('a', 'a_idx');`)],
  ['index options indexName/indexType', at(`t.index(['a'], undefined, { indexName: 'a_idx', indexType: 'FULLTEXT' });`)],
  ['index storageEngineIndexType', at(`t.index(['a'], 'a_idx', { storageEngineIndexType: 'hash' });`)],
  ['index method argument', at(`t.index(['tags'], 'tags_gin', 'gin');`)],
  ['unique', at(`t.unique(['a', 'b']);`)],
  ['unique named', at(`t.unique('a', 'a_uq');`)],
  ['unique options', at(`t.unique(['a'], { indexName: 'a_uq', deferrable: 'deferred' });`)],
  ['unique useConstraint false', at(`t.unique(['a'], { indexName: 'a_uq', useConstraint: false });`)],
  ['primary (create)', ct(`t.integer('a'); t.integer('b'); t.primary(['a', 'b']);`)],
  ['primary (alter)', at(`t.primary(['a']);`)],
  ['primary named, deferrable', at(`t.primary(['a'], { constraintName: 'a_pk', deferrable: 'deferred' });`)],
  ['dropIndex', at(`t.dropIndex(['a', 'b']); t.dropIndex([], 'x_idx');`)],
  ['dropUnique', at(`t.dropUnique(['a']); t.dropUnique([], 'a_uq');`)],
  ['dropForeign', at(`t.dropForeign('org_id'); t.dropForeign([], 'fk_org');`)],
  ['dropPrimary', at(`t.dropPrimary();`)],
  ['dropPrimary named', at(`t.dropPrimary('a_pk');`)],
  ['setNullable / dropNullable', at(`t.setNullable('a'); t.dropNullable('b');`)],
  ['dropColumn / dropColumns', at(`t.dropColumn('a'); t.dropColumns('b', 'c');`)],
  ['renameColumn', at(`t.renameColumn('a', 'b');`)],
  ['dropTimestamps', at(`t.dropTimestamps(); t.dropTimestamps(true);`)],
  ['dropChecks', at(`t.dropChecks(['a_pos', 'b_neg']);`)],
  ['increments on an existing table', at(`t.increments();`)],
  ['add several columns', at(`t.string('a'); t.integer('b').notNullable().defaultTo(1); t.text('c');`)],
  ['engine / charset / collate (MySQL)', ct(`t.increments(); t.engine('InnoDB'); t.charset('utf8mb4'); t.collate('utf8mb4_unicode_ci');`)],
  ['inherits', ct(`t.integer('a'); t.inherits('parent');`)],
  ['queryContext on the table', ct(`t.queryContext({ x: 1 }); t.integer('a');`)],
  ['old style this builder', `await knex.schema.createTable('t', function () {\n  this.increments();\n  this.string('a');\n});`],
  // ---- schema builder ----
  ['createTableIfNotExists', `await knex.schema.createTableIfNotExists('t', (t) => {\n  t.increments();\n});`],
  ['createTableLike', `await knex.schema.createTableLike('t', 'src');`],
  ['createTableLike with columns', `await knex.schema.createTableLike('t', 'src', (t) => {\n  t.string('extra');\n});`],
  ['table (alterTable alias)', `await knex.schema.table('t', (t) => {\n  t.string('a');\n});`],
  ['withSchema createTable', `await knex.schema.withSchema('app').createTable('t', (t) => {\n  t.increments(); t.string('a').index();\n});`],
  ['withSchema alterTable', `await knex.schema.withSchema('app').alterTable('t', (t) => {\n  t.dropIndex('a'); t.string('b').unique();\n});`],
  ['dotted table name', `await knex.schema.createTable('app.t', (t) => {\n  t.increments();\n});`],
  ['dropTable / dropTableIfExists', `await knex.schema.dropTable('a');\nawait knex.schema.dropTableIfExists('b');`],
  ['renameTable', `await knex.schema.renameTable('a', 'b');`],
  ['withSchema dropTable', `await knex.schema.withSchema('app').dropTable('a');`],
  ['chained schema calls', `await knex.schema.dropTable('a').dropTable('b');`],
  ['createSchema / IfNotExists', `await knex.schema.createSchema('app');\nawait knex.schema.createSchemaIfNotExists('app2');`],
  ['dropSchema / IfExists', `await knex.schema.dropSchema('app');\nawait knex.schema.dropSchemaIfExists('app2', true);`],
  ['createExtension / IfNotExists', `await knex.schema.createExtension('pgcrypto');\nawait knex.schema.createExtensionIfNotExists('citext');`],
  ['dropExtension / IfExists', `await knex.schema.dropExtension('pgcrypto');\nawait knex.schema.dropExtensionIfExists('citext');`],
  ['createView', `await knex.schema.createView('v', (view) => {\n  view.columns(['a']);\n  view.as(knex('t').select('a'));\n});`],
  ['createViewOrReplace', `await knex.schema.createViewOrReplace('v', (view) => {\n  view.as(knex('t').select('a'));\n});`],
  ['createMaterializedView', `await knex.schema.createMaterializedView('v', (view) => {\n  view.as(knex('t').select('a'));\n});`],
  ['refreshMaterializedView', `await knex.schema.refreshMaterializedView('v');`],
  ['dropView / IfExists', `await knex.schema.dropView('v');\nawait knex.schema.dropViewIfExists('w');`],
  ['dropMaterializedView / IfExists', `await knex.schema.dropMaterializedView('v');\nawait knex.schema.dropMaterializedViewIfExists('w');`],
  ['renameView', `await knex.schema.renameView('v', 'w');`],
  ['alterView', `await knex.schema.alterView('v', (view) => {\n  view.column('a').rename('b');\n});`],
  ['alterView defaultTo', `await knex.schema.alterView('v', (view) => {\n  view.column('a').defaultTo(0);\n});`],
  ['view (alterView alias), several columns', `await knex.schema.view('v', (view) => {\n  view.column('a').rename('b');\n  view.column('c').rename('d');\n});`],
  ['createView where / whereIn / whereNull / orderBy / limit', `await knex.schema.createView('v', (view) => {\n  view.as(knex('t').select('a', 'b').where('a', '>', 1).where({ c: 'x' }).whereIn('b', [1, 2]).orWhereNull('d').orderBy('a', 'desc').limit(10));\n});`],
  ['createView joins, groupBy, having, distinct', `await knex.schema.createView('v', (view) => {\n  view.columns(['org', 'n']);\n  view.as(knex('t').distinct().select('o.name').count('* as n').join('orgs as o', 'o.id', 't.org_id').leftJoin('u', 'u.id', '=', 't.uid').groupBy('o.name').having('n', '>', 2));\n});`],
  ['createView raw with bindings, ref, subquery', `await knex.schema.createView('v', (view) => {\n  view.as(knex.select(knex.ref('t.a as b'), knex.raw('coalesce(??, ?) as c', ['t.c', "it's"])).from('t').whereIn('t.id', knex('u').select('tid').whereNotNull('tid')));\n});`],
  ['createView where group, join clause and exists callbacks', `await knex.schema.createView('v', (view) => {\n  view.as(knex('t').select('t.a').where(function () {\n    this.where('x', 1).orWhere('y', 2);\n  }).join('u', (j) => {\n    j.on('u.id', '=', 't.uid');\n    j.andOnVal('u.kind', '=', 'a');\n  }).whereExists(function () {\n    this.select('*').from('w').whereRaw('w.id = t.id');\n  }).whereIn('t.b', (q) => q.select('b').from('bs')));\n});`],
  ['createView as(knex.raw())', `await knex.schema.createView('v', (view) => {\n  view.as(knex.raw('select 1 as one'));\n});`],
  ['createView check options', `await knex.schema.createView('v1', (view) => {\n  view.as(knex('t').select('a')); view.checkOption();\n});\nawait knex.schema.createView('v2', (view) => {\n  view.as(knex('t').select('a')); view.localCheckOption();\n});\nawait knex.schema.createViewOrReplace('v3', (view) => {\n  view.as(knex('t').select('a')); view.cascadedCheckOption();\n});`],
  ['createView old style this builder', `await knex.schema.createView('v', function () {\n  this.columns(['a']);\n  this.as(knex('t').select('a'));\n});`],
  ['withSchema createView / createMaterializedView', `await knex.schema.withSchema('app').createView('v', (view) => {\n  view.as(knex('t').select('a'));\n});\nawait knex.schema.withSchema('app').createMaterializedView('m', (view) => {\n  view.as(knex('t').select('a'));\n});`],
  ['createView without as()', `await knex.schema.createView('v', (view) => {\n  view.columns(['a']);\n});`],
  ['refreshMaterializedView concurrently', `await knex.schema.refreshMaterializedView('v', true);`],
  ['withSchema dropView / refreshMaterializedView', `await knex.schema.withSchema('app').dropView('v');\nawait knex.schema.withSchema('app').refreshMaterializedView('m');`],
  // ---- raw() bindings: data values, identifiers, knex.ref() and nested raw() are rendered as Knex does ----
  ['raw bindings: values and refs', `await knex.raw('UPDATE t SET a = ? || ?? || ?, b = ?, c = ?, d = ?', ['/w/', knex.ref('t.name'), 3, true, null, 1.5]);`],
  ['raw bindings: quotes and backslashes', `await knex.raw('UPDATE t SET a = ?, b = ?', ["it's", 'a\\\\b']);`],
  ['raw bindings: a single ref, a nested raw', `await knex.raw('UPDATE t SET a = ??', knex.ref('b'));\nawait knex.raw('UPDATE t SET a = ?', [knex.raw('LOWER(??)', ['b'])]);`],
  ['raw bindings: aliased identifiers', `await knex.raw('SELECT ??, ? FROM t', ['a as b', knex.ref('t.c as d')]);`],
];

/**
 * Forms that render differently, and why. Everything else is identical statement for statement.
 * The static lowering (no `sql`) stands where Knex needs the live database or the migration's
 * calls cannot be recorded as data.
 */
const DIFFERS: Record<Dialect, Record<string, string>> = {
  postgres: {},
  mysql: {
    renameColumn: 'Knex MySQL reads the live column definition (SHOW FULL FIELDS) to build CHANGE: lowered statically',
    'setNullable / dropNullable': 'Knex MySQL reads the live column definition (information_schema) to build MODIFY: lowered statically',
  },
};

function normalise(sql: string): string {
  return sql.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();
}

/** One entry per statement: ops of one statement share its `sql`; a statically lowered op shows its kind. */
function ourStatements(ops: Op[]): string[] {
  const out: string[] = [];
  let last: string | undefined;
  for (const op of ops) {
    // Our own diagnostics (a type Knex renders as `undefined`) are not statements.
    if (op.kind === 'unparsed' && op.sql === undefined) {
      if (/rejects this call/.test(op.message)) out.push(`<unparsed: ${op.message}>`);
      continue;
    }
    if (op.sql === undefined) {
      out.push(`<static ${op.kind}>`);
      last = undefined;
      continue;
    }
    const sql = normalise(op.sql);
    if (sql !== last) out.push(sql);
    last = sql;
  }
  return out;
}

async function knexStatements(source: string, dialect: Dialect): Promise<{ sql: string[]; error: string | null }> {
  const module = { exports: {} as { up?: (k: unknown) => unknown } };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('exports', 'module', source)(module.exports, module);
  const run = await runWithKnex(module.exports.up!, dialect === 'mysql' ? RecordingMysqlClient : RecordingPgClient, false);
  return { sql: run.sql.map(normalise), error: run.error ? run.error.message : null };
}

describe.each(['postgres', 'mysql'] as const)('oracle (%s): our lowered SQL is the SQL Knex sends, form by form', (dialect) => {
  const results: Array<{ name: string; same: boolean; ours: string[]; knex: string[]; error: string | null }> = [];

  test.each(FORMS)('%s', async (name, body) => {
    // config.transaction false: the migration's own BEGIN/COMMIT are not part of the form.
    const source = `exports.config = { transaction: false };\nexports.up = async (knex) => {\n${body}\n};`;
    const migration = await lowerKnex(source, 'db/20240101000000_form.js', dialect);
    const ours = ourStatements(migration.up);
    const knex = await knexStatements(source, dialect);
    const same = knex.error === null ? JSON.stringify(ours) === JSON.stringify(knex.sql) : ours.some((s) => s.startsWith('<unparsed: Knex'));
    results.push({ name, same, ours, knex: knex.sql, error: knex.error });
    if (DIFFERS[dialect][name] === undefined) {
      if (knex.error !== null) expect(ours).toContainEqual(expect.stringContaining('rejects this call'));
      else expect(ours).toEqual(knex.sql);
    } else expect(same).toBe(false);
  });

  afterAll(() => {
    const differ = results.filter((r) => !r.same);
    // The closing note of the oracle, printed with each run.
    console.log(
      `${dialect}: ${results.length} forms, ${results.length - differ.length} identical, ${differ.length} differ\n` +
        differ.map((r) => `  ${r.name}: ${DIFFERS[dialect][r.name] ?? 'UNEXPECTED'}\n    ours: ${JSON.stringify(r.ours)}\n    knex: ${JSON.stringify(r.knex)}${r.error ? ` (throws: ${r.error})` : ''}`).join('\n'),
    );
  });
});
