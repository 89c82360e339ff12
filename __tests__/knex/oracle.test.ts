/**
 * Oracle: the real `knex` package (pg client, no database) runs OUR OWN fixtures' `up` and `down`
 * against a client that records SQL instead of sending it. That SQL goes through the PostgreSQL
 * front end, and the resulting ops must match what the static Knex front end produced. This
 * executes only the fixtures in __tests__/fixtures/knex, and only here in tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { ColumnSpec, Migration, Op } from '../../src/ir.js';
import { lowerSql } from '../../src/parse/sql/index.js';
import { FIXTURE_DIR, knexFixtures, lowerFixture } from './helpers.js';
import { knexFactory, RecordingMysqlClient, RecordingPgClient, runWithKnex } from './recording.js';

/** Loads a fixture as CommonJS (TypeScript/ESM transpiled), with stubs for its imports. */
function loadFixture(file: string): { up?: (k: unknown) => unknown; down?: (k: unknown) => unknown; syntaxError: boolean } {
  const source = readFileSync(path.join(process.cwd(), FIXTURE_DIR, file), 'utf8');
  const out = ts.transpileModule(source, {
    fileName: file.replace(/\.(c|m)?js$/, '.js'),
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, allowJs: true },
  });
  if (out.diagnostics?.length) return { syntaxError: true };
  const module = { exports: {} as Record<string, unknown> };
  const stubRequire = (name: string) => (name === 'knex' ? { knex: knexFactory, Knex: {} } : { TENANT_TABLES: ['tenant_a'] });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('exports', 'module', 'require', out.outputText)(module.exports, module, stubRequire);
  const exports = module.exports as { up?: (k: unknown) => unknown; down?: (k: unknown) => unknown };
  return { up: exports.up, down: exports.down, syntaxError: false };
}

async function lowerRecorded(sql: string[], dialect: 'postgres' | 'mysql' = 'postgres'): Promise<Op[]> {
  const ops: Op[] = [];
  for (const statement of sql) {
    ops.push(...(await lowerSql(dialect, statement, { file: 'knex-oracle.sql', line: 1, column: 1 })).ops);
  }
  return ops;
}

function column(c: ColumnSpec, pk: Set<string>): string {
  const notNull = c.notNull || Boolean(c.primaryKey) || pk.has(c.name);
  return `${c.name} ${c.type?.name ?? '?'}${c.type?.args.length ? `(${c.type.args.join(',')})` : ''}${c.type?.array ? '[]' : ''}${notNull ? ' not null' : ''}${c.default ? ' default' : ''}`;
}

/** What must agree: kind, table, column, type, nullability, default presence, index/constraint identity. */
function key(op: Op): string | null {
  switch (op.kind) {
    case 'createTable': {
      const pk = new Set(op.constraints.filter((c) => c.kind === 'primaryKey').flatMap((c) => c.columns));
      return `createTable ${op.table} (${op.columns.map((c) => column(c, pk)).join(', ')})${op.ifNotExists ? ' if not exists' : ''}`;
    }
    case 'addColumn':
      return `addColumn ${op.table} ${column(op.column, new Set())}`;
    case 'alterColumnType':
      return `alterColumnType ${op.table}.${op.column} ${op.type.name}(${op.type.args.join(',')})`;
    case 'setNotNull':
    case 'dropNotNull':
    case 'dropDefault':
    case 'setDefault':
      return `${op.kind} ${op.table}.${op.column}`;
    case 'dropColumn':
      return `dropColumn ${op.table}.${op.column}`;
    case 'renameColumn':
      return `renameColumn ${op.table}.${op.column} ${op.newName}`;
    case 'dropTable':
      return `dropTable ${op.table}${op.ifExists ? ' if exists' : ''}`;
    case 'renameTable':
      return `renameTable ${op.table} ${op.newName}`;
    case 'createIndex':
      return `createIndex ${op.name} ${op.table} (${op.columns.join(',')})${op.unique ? ' unique' : ''}${op.concurrently ? ' concurrently' : ''}`;
    case 'dropIndex':
      return `dropIndex ${op.name}${op.concurrently ? ' concurrently' : ''}`;
    case 'addConstraint':
      return `addConstraint ${op.table} ${op.constraint.kind} ${op.constraint.name ?? ''} (${op.constraint.kind === 'check' ? '' : op.constraint.columns.join(',')})`;
    case 'dropConstraint':
      return `dropConstraint ${op.table} ${op.name}`;
    case 'comment':
      return `comment ${op.target} ${op.table}${op.column ? `.${op.column}` : ''}`;
    case 'createEnum':
      return `createEnum ${op.name}`;
    case 'dml':
      // hasWhere is meaningless for INSERT and the SQL front ends disagree on it; compare UPDATE/DELETE only.
      return `${op.action} ${op.table}${op.action !== 'insert' && op.hasWhere ? ' where' : ''}`;
    case 'truncate':
      return `truncate ${op.tables.join(',')}`;
    case 'transaction':
      return `transaction ${op.action}`;
    case 'other':
      // hasTable/hasColumn read information_schema: a SELECT, not a schema change.
      return op.statement === 'SelectStmt' ? null : `other ${op.statement} ${op.object ?? ''}`;
    default:
      return null;
  }
}

function keys(ops: Op[]): string[] {
  const out = ops.map(key).filter((k): k is string => k !== null);
  // Knex's .alter() with .defaultTo() sends DROP DEFAULT then SET DEFAULT; the static front end
  // lowers the net change (SET DEFAULT only).
  return out.filter((k, i) => !(k.startsWith('dropDefault ') && out.slice(i + 1, i + 4).includes(k.replace('dropDefault', 'setDefault'))));
}

/**
 * Static ops that are conditional (hasTable guards, loops) may or may not appear in Knex's run
 * (the fake database answers "no such table"). Everything unconditional must appear, in order, and
 * nothing may appear that the static front end did not predict.
 */
function expectAgreement(staticOps: Op[], knexOps: Op[]): void {
  const fromKnex = keys(knexOps);
  const required = keys(staticOps.filter((op) => !op.conditional));
  const allowed = new Set(keys(staticOps));
  expect(fromKnex.filter((k) => allowed.has(k))).toEqual(expect.arrayContaining(required));
  expect(fromKnex.filter((k) => !allowed.has(k))).toEqual([]);
  // Order: the unconditional ops come in the same relative order.
  expect(fromKnex.filter((k) => required.includes(k))).toEqual(required.filter((k) => fromKnex.includes(k)));
}

function typoIn(ops: Op[] | null): boolean {
  return (ops ?? []).some((op) => op.kind === 'unparsed' && /TypeError/.test(op.message));
}

describe('oracle: real Knex SQL lowered by the PostgreSQL front end matches the static Knex front end', () => {
  const fixtures = knexFixtures();
  test('there are fixtures to check', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));

  test.each(fixtures)('%s', async (file) => {
    const migration: Migration = await lowerFixture(file);
    const loaded = loadFixture(file);
    if (loaded.syntaxError) {
      expect(migration.up.some((op) => op.kind === 'unparsed' && op.reason === 'parse')).toBe(true);
      return;
    }
    for (const direction of ['up', 'down'] as const) {
      const fn = loaded[direction];
      const staticOps = direction === 'up' ? migration.up : migration.down;
      if (!fn) {
        expect(staticOps).toBeNull();
        continue;
      }
      const run = await runWithKnex(fn, RecordingPgClient, migration.transactional);
      if (typoIn(staticOps)) {
        // The typo'd modifier we report really is fatal at run time.
        expect(run.error).toBeInstanceOf(TypeError);
        expect(run.error?.message).toMatch(/is not a function/);
        continue;
      }
      if (direction === 'down' && migration.downIrreversible) {
        expect(run.error?.message).toBe(migration.downIrreversible.reason);
        continue;
      }
      expect(run.error).toBeNull();
      const knexOps = await lowerRecorded(run.sql);
      expect(knexOps.filter((op) => op.kind === 'unparsed')).toEqual([]);
      expectAgreement(staticOps ?? [], knexOps);
    }
  });
});

/**
 * The same check on the MySQL client for inline migrations (Knex's MySQL renameColumn/setNullable
 * read the live table definition first, so those stay out of this list).
 */
describe('oracle (MySQL): real Knex SQL lowered by the MySQL front end matches the static Knex front end', () => {
  const cases: Array<[string, string]> = [
    [
      'createTable with every common type',
      `exports.up = async (knex) => {
  await knex.schema.createTable('users', (t) => {
    t.increments(); t.string('email').notNullable().unique(); t.boolean('active').defaultTo(true);
    t.integer('org_id').unsigned().references('orgs.id'); t.uuid('public_id'); t.json('settings');
    t.timestamp('seen_at').defaultTo(knex.fn.now()); t.decimal('balance'); t.float('ratio'); t.double('score');
    t.enu('plan', ['free', 'pro']); t.text('bio'); t.binary('blob'); t.date('born_on'); t.bigInteger('big');
    t.index(['org_id', 'active']);
  });
};`,
    ],
    [
      'alterTable adds, alters, drops and keys',
      `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.string('nickname', 40).notNullable().after('email');
    t.bigInteger('visits').notNullable().defaultTo(0).alter();
    t.dropColumn('legacy');
    t.unique(['nickname']);
    t.dropIndex(['org_id', 'active']);
    t.dropForeign('org_id');
  });
  await knex.schema.dropTable('sessions');
  await knex('users').where('id', 1).update({ visits: 0 });
};`,
    ],
  ];

  test.each(cases)('%s', async (_name, source) => {
    const { lowerKnex } = await import('./helpers.js');
    const migration = await lowerKnex(source, 'db/20240101000000_mysql.js', 'mysql');
    const module = { exports: {} as { up?: (k: unknown) => unknown } };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function('exports', 'module', source)(module.exports, module);
    const run = await runWithKnex(module.exports.up!, RecordingMysqlClient, migration.transactional);
    expect(run.error).toBeNull();
    const knexOps = await lowerRecorded(run.sql, 'mysql');
    expect(knexOps.filter((op) => op.kind === 'unparsed')).toEqual([]);
    expect(migration.up.filter((op) => op.kind === 'unparsed')).toEqual([]);
    expect(keys(migration.up).length).toBeGreaterThanOrEqual(4);
    expect(keys(knexOps)).toEqual(keys(migration.up));
  });
});
