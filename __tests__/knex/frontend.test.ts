import type { Op, OpOf } from '../../src/ir.js';
import { isKnexFile } from '../../src/parse/knex/index.js';
import { renderOps } from '../../src/render/index.js';
import { briefs, lowerKnex } from './helpers.js';

const UP = `knex.schema.createTable('t', (t) => { t.increments(); })`;

describe('isKnexFile', () => {
  test.each([
    ['exports.up', `exports.up = (knex) => ${UP};`],
    ['module.exports.up', `module.exports.up = function (knex) { return ${UP}; };`],
    ['module.exports object', `module.exports = {\n  up: (knex) => ${UP},\n};`],
    ['export async function', `export async function up(knex) { await ${UP}; }`],
    ['export const', `export const up = async (knex) => ${UP};`],
    ['export specifiers', `async function up(knex) {}\nexport { up };`],
    ['export default object', `export default { async up(knex) {} };`],
  ])('recognises %s', (_name, text) => expect(isKnexFile(text)).toBe(true));

  test('rejects ordinary modules', () => {
    expect(isKnexFile(`export function setup() {}\nmodule.exports.upload = 1;`)).toBe(false);
    expect(isKnexFile(`const upTime = 3; export default upTime;`)).toBe(false);
  });
});

describe('export forms all lower the same up', () => {
  test.each([
    ['module.exports.up', `module.exports.up = function (knex) {\n  return ${UP};\n};`, 2],
    ['module.exports = { up: arrow }', `module.exports = {\n  up: (knex) =>\n    ${UP},\n};`, 3],
    ['export const up', `export const up = async (knex) => {\n  await ${UP};\n};`, 2],
    ['export { up }', `async function up(knex) {\n  await ${UP};\n}\nexport { up };`, 2],
    ['export default { up }', `export default {\n  async up(knex) {\n    await ${UP};\n  },\n};`, 3],
    ['module.exports = migration', `const migration = {\n  up: (knex) => ${UP},\n};\nmodule.exports = migration;`, 2],
  ])('%s', async (_name, text, line) => {
    const m = await lowerKnex(text, 'db/20240101000000_x.mjs');
    expect(briefs(m.up)).toEqual([`${line} createTable t(id)`]);
    expect(m.down).toBeNull();
  });

  test('an up that is not a function defined in the file is reported, not guessed', async () => {
    const m = await lowerKnex(`module.exports = require('./shared-migration');`);
    expect(briefs(m.up)).toEqual(['1 unparsed dynamic']);
  });
});

describe('transactions', () => {
  test.each([
    ['exports.config', `exports.config = { transaction: false };\nexports.up = (knex) => ${UP};`, false],
    ['export const config', `export const config = { transaction: false };\nexport const up = (knex) => ${UP};`, false],
    ['module.exports config', `module.exports = { up: (knex) => ${UP}, config: { transaction: false } };`, false],
    ['config from a local const', `const cfg = { transaction: false };\nmodule.exports = { up: (knex) => ${UP}, config: cfg };`, false],
    ['config spread from a local const', `const base = { transaction: true };\nexports.config = { ...base, transaction: false };\nexports.up = (knex) => ${UP};`, false],
    ['config with transaction true', `exports.config = { transaction: true };\nexports.up = (knex) => ${UP};`, true],
    ['no config', `exports.up = (knex) => ${UP};`, true],
    ['dynamic config keeps the default', `exports.config = { transaction: process.env.TX === '1' };\nexports.up = (knex) => ${UP};`, true],
  ])('%s', async (_name, text, transactional) => {
    expect((await lowerKnex(text)).transactional).toBe(transactional);
  });

  // Knex's migrator hands a transactional migration its transaction: knex.transaction() on it is a savepoint.
  test('knex.transaction() inside a transactional migration is a savepoint, not a second transaction', async () => {
    const m = await lowerKnex(`exports.up = async (knex) => {\n  await knex.transaction(async (trx) => {\n    await trx('a').update({ x: 1 });\n  });\n};`);
    expect(briefs(m.up)).toEqual(['2 other TransactionStmt ', '3 update a', '4 other TransactionStmt ']);
    expect(m.up.map((op) => op.sql ?? null)).toEqual(['SAVEPOINT trx;', null, 'RELEASE SAVEPOINT trx;']);
  });

  test('knex.transaction() in a migration with transaction: false is its own BEGIN/COMMIT', async () => {
    const m = await lowerKnex(`exports.config = { transaction: false };\nexports.up = async (knex) => {\n  await knex.transaction(async (trx) => {\n    await trx('a').update({ x: 1 });\n    await trx.transaction(async (inner) => inner('b').del());\n  });\n};`);
    expect(briefs(m.up)).toEqual(['3 begin', '4 update a', '5 other TransactionStmt ', '5 delete b', '5 other TransactionStmt ', '6 commit']);
  });

  test('an explicit trx from await knex.transaction(): commit is RELEASE SAVEPOINT in a transactional migration', async () => {
    const m = await lowerKnex(`exports.up = async (knex) => {\n  const trx = await knex.transaction();\n  await trx.schema.dropTable('a');\n  await trx.commit();\n};`);
    expect(m.up.map((op) => op.sql ?? op.kind)).toEqual(['SAVEPOINT trx;', 'drop table "a"', 'RELEASE SAVEPOINT trx;']);
  });
});

describe('column types and defaults (PostgreSQL)', () => {
  async function columns(body: string) {
    const m = await lowerKnex(`exports.up = (knex) => knex.schema.createTable('t', (t) => {\n${body}\n});`);
    return (m.up.find((op) => op.kind === 'createTable') as OpOf<'createTable'>).columns;
  }

  test('Knex pg type mapping', async () => {
    const cols = await columns(`
      t.bigIncrements();
      t.integer('a'); t.bigInteger('b'); t.string('c'); t.string('d', 64); t.text('e'); t.boolean('f');
      t.uuid('g'); t.json('h'); t.jsonb('i'); t.timestamp('j'); t.dateTime('k'); t.timestamp('l', { useTz: false });
      t.decimal('m'); t.decimal('n', 10, 3); t.float('o'); t.double('p'); t.date('q'); t.binary('r');
      t.specificType('s', 'varchar(40)[]'); t.specificType('u', 'double precision'); t.smallint('v');`);
    const types = Object.fromEntries(cols.map((c) => [c.name, `${c.type?.name}${c.type?.args.length ? `(${c.type.args})` : ''}${c.type?.array ? '[]' : ''}`]));
    expect(types).toEqual({
      id: 'int8', a: 'int4', b: 'int8', c: 'varchar(255)', d: 'varchar(64)', e: 'text', f: 'bool', g: 'uuid', h: 'json', i: 'jsonb',
      j: 'timestamptz', k: 'timestamptz', l: 'timestamp', m: 'numeric(8,2)', n: 'numeric(10,3)', o: 'float4', p: 'float8', q: 'date',
      r: 'bytea', s: 'varchar(40)[]', u: 'float8', v: 'int2',
    });
    expect(cols[0]).toMatchObject({ identity: true, primaryKey: true, notNull: true });
  });

  test('defaults: constants and now() are not volatile, gen_random_uuid() and knex.fn.uuid() are', async () => {
    const cols = await columns(`
      t.integer('a').defaultTo(0); t.timestamp('b').defaultTo(knex.fn.now()); t.timestamp('c').defaultTo(knex.raw('now()'));
      t.uuid('d').defaultTo(knex.raw('gen_random_uuid()')); t.uuid('e').defaultTo(knex.fn.uuid()); t.string('f').defaultTo("it's");
      t.float('g').defaultTo(knex.raw('random()'));`);
    expect(cols.map((c) => [c.name, c.default?.sql, c.default?.volatile])).toEqual([
      ['a', "'0'", false], ['b', 'current_timestamp', false], ['c', 'now()', false], ['d', 'gen_random_uuid()', true],
      ['e', 'gen_random_uuid()', true], ['f', "'it''s'", false], ['g', 'random()', true],
    ]);
  });

  test('Knex aliases defaultsTo/default/notNull are real modifiers, not typos', async () => {
    const m = await lowerKnex(`exports.up = (knex) => knex.schema.alterTable('t', (t) => {\n  t.string('a').defaultsTo('x').notNull();\n  t.integer('b').default(1);\n});`);
    expect(briefs(m.up)).toEqual(["2 addColumn t.a varchar(255) not null default 'x'", "3 addColumn t.b int4 default '1'"]);
  });

  test('native enums create their type first; non-native enums are text with a check', async () => {
    const m = await lowerKnex(`exports.up = (knex) => knex.schema.createTable('t', (t) => {\n  t.enu('mood', ['ok', 'sad'], { useNative: true, enumName: 'mood_kind' });\n  t.enum('size', ['s', 'm']);\n});`);
    expect(briefs(m.up)).toEqual(['2 createEnum', '1 createTable t(mood,size)']);
    const create = m.up[1] as OpOf<'createTable'>;
    expect(create.columns.map((c) => c.type?.name)).toEqual(['mood_kind', 'text']);
  });

  test('a type Knex pg cannot render is reported at its line', async () => {
    const m = await lowerKnex(`exports.up = (knex) => knex.schema.createTable('t', (t) => {\n  t.increments();\n  t.char('code', 2);\n});`);
    expect(briefs(m.up)).toEqual(['3 unparsed dynamic', '1 createTable t(id,code)']);
  });
});

describe('column types (MySQL)', () => {
  test('Knex mysql type mapping and .alter() as one MODIFY', async () => {
    const m = await lowerKnex(
      `exports.up = async (knex) => {\n  await knex.schema.createTable('t', (t) => {\n    t.increments(); t.string('a'); t.integer('b'); t.boolean('c'); t.timestamp('d'); t.text('e'); t.json('f'); t.uuid('g');\n  });\n  await knex.schema.alterTable('t', (t) => {\n    t.string('a', 100).notNullable().alter();\n    t.string('h').after('a').comment('new');\n  });\n};`,
      'db/20240101000000_x.js',
      'mysql',
    );
    const create = m.up[0] as OpOf<'createTable'>;
    expect(create.columns.map((c) => `${c.type?.name}${c.type?.args.length ? `(${c.type.args})` : ''}`)).toEqual([
      'int unsigned', 'varchar(255)', 'int', 'tinyint(1)', 'timestamp', 'text', 'json', 'char(36)',
    ]);
    expect(create.columns[0]).toMatchObject({ identity: true, primaryKey: true, notNull: true, type: { text: 'int unsigned' } });
    expect(create.constraints[0]).toMatchObject({ kind: 'primaryKey', name: 'PRIMARY', columns: ['id'] });
    expect(briefs(m.up.slice(1))).toEqual([
      '7 addColumn t.h varchar(255)',
      '6 alterColumnType t.a varchar(100)',
      '6 setNotNull t.a',
    ]);
    const add = m.up[1] as OpOf<'addColumn'>;
    expect(add.position).toEqual({ after: 'a' });
    expect(add.column.comment).toBe('new');
    // Each Knex statement is one MySQL ALTER without ALGORITHM/LOCK: the MODIFY's ops share one `online`.
    expect(add.online).toEqual({});
    expect(m.up[2]!.online).toBe(m.up[3]!.online);
    expect(m.up[2]!.online).not.toBe(add.online);
    expect(m.up[0]!.online).toBeUndefined();
  });
});

describe('static resolution', () => {
  test('local helpers, constant loops and forEach are followed', async () => {
    const m = await lowerKnex(`const TABLES = ['a', 'b'];
function audit(t) {
  t.timestamps(true, true);
}
exports.up = async (knex) => {
  await Promise.all(TABLES.map((name) => knex.schema.alterTable(name, (t) => audit(t))));
  ['c'].forEach(async (name) => {
    await knex.schema.dropTable(name);
  });
};`);
    expect(briefs(m.up)).toEqual([
      '3 addColumn a.created_at timestamptz not null default current_timestamp',
      '3 addColumn a.updated_at timestamptz not null default current_timestamp',
      '3 addColumn b.created_at timestamptz not null default current_timestamp',
      '3 addColumn b.updated_at timestamptz not null default current_timestamp',
      '8 dropTable c',
    ]);
  });

  test('a comparison of two known values is decided per loop iteration; one with a run-time value stays conditional', async () => {
    const m = await lowerKnex(`const PREFIX = '_p_';
exports.up = async (knex) => {
  for (const item of [{ name: \`\${PREFIX}a\`, drop: 1 }, { name: \`\${PREFIX}b\`, drop: 0 }]) {
    const { name, drop } = item;
    await knex.schema.alterTable(name, (t) => {
      if (name === \`\${PREFIX}b\` || drop == '1') t.dropUnique(['x', 'y']);
      if (name !== '_p_b') t.dropColumn('z');
      if (process.env.KEEP === name) t.dropColumn('w');
    });
  }
};`);
    expect(briefs(m.up)).toEqual([
      '6 dropConstraint _p_a_x_y_unique on _p_a',
      '7 dropColumn _p_a.z',
      '8 dropColumn _p_a.w (conditional)',
      '6 dropConstraint _p_b_x_y_unique on _p_b',
      '8 dropColumn _p_b.w (conditional)',
    ]);
  });

  test('a counted loop with literal bounds runs once per value of its counter', async () => {
    const m = await lowerKnex(`const PARTS = 3;
const part = (i) => \`events_p\${i}\`;
exports.config = { transaction: false };
exports.up = async (knex) => {
  for (let p = 0; p < PARTS; p++) {
    await knex.raw(\`CREATE INDEX CONCURRENTLY events_p\${p}_at ON \${part(p)} (at)\`);
  }
  for (let i = 10; i >= 6; i -= 2) await knex.schema.alterTable(\`old_\${i}\`, (t) => t.dropColumn('x'));
};`);
    expect(briefs(m.up)).toEqual([
      '6 createIndex events_p0_at on events_p0(at) concurrently',
      '6 createIndex events_p1_at on events_p1(at) concurrently',
      '6 createIndex events_p2_at on events_p2(at) concurrently',
      '8 dropColumn old_10.x',
      '8 dropColumn old_8.x',
      '8 dropColumn old_6.x',
    ]);
  });

  test('near-miss: a counter the body assigns, a bound from a call, or too many iterations leave the loop opaque', async () => {
    const m = await lowerKnex(`exports.up = async (knex) => {
  for (let p = 0; p < 3; p++) { p += 1; await knex.raw(\`DROP TABLE t\${p}\`); }
  for (let p = 0; p < (await knex('t').count()); p++) await knex.raw(\`DROP TABLE u\${p}\`);
  for (let p = 0; p < 100000; p++) await knex.raw(\`DROP TABLE v\${p}\`);
};`);
    expect(m.up.map((op) => `${op.loc.line} ${op.kind}`)).toEqual(['2 unparsed', '3 unparsed', '4 unparsed']);
    expect(m.up.filter((op) => op.kind === 'dropTable')).toEqual([]);
  });

  test('raw SQL with constant bindings and constant template substitutions is checked', async () => {
    const m = await lowerKnex("const T = 'users';\nexports.up = async (knex) => {\n  await knex.raw('CREATE INDEX ?? ON ?? (email)', ['users_email_idx', T]);\n  await knex.raw(`\n    ALTER TABLE ${T}\n      ADD COLUMN age int NOT NULL`);\n};");
    expect(briefs(m.up)).toEqual(['3 createIndex users_email_idx on users(email)', '5 addColumn users.age int4 not null']);
  });

  test('raw() bindings of literals and knex.ref() of a constant name are static', async () => {
    const m = await lowerKnex("const COL = 'name';\nexports.up = async (knex) => {\n  await knex('widgets').update({ path: knex.raw('? || ??', ['/w/', knex.ref(COL)]) });\n  await knex.raw('UPDATE widgets SET path = ? || ??', ['/w/', knex.ref('widgets.name')]);\n};");
    expect(briefs(m.up)).toEqual(['3 update widgets', '4 update widgets']);
    expect(m.up[1]!.sql).toBe(`UPDATE widgets SET path = '/w/' || "widgets"."name"`);
  });

  test('near-miss: a binding from the database, a call or a dynamic ref name stays unanalyzable', async () => {
    const m = await lowerKnex(
      "const { slug } = require('./slug');\nexports.up = async (knex) => {\n  const [row] = await knex('widgets').select('prefix').limit(1);\n  await knex('widgets').update({ path: knex.raw('? || ??', [row.prefix, knex.ref('name')]) });\n  await knex('widgets').update({ path: knex.raw('? || ??', [slug('w'), 'name']) });\n  await knex('widgets').update({ path: knex.raw('??', [knex.ref(row.column)]) });\n};",
    );
    expect(briefs(m.up)).toEqual(['4 unparsed dynamic', '4 update widgets', '5 unparsed dynamic', '5 update widgets', '6 unparsed dynamic', '6 update widgets']);
    expect((m.up[0] as OpOf<'unparsed'>).message).toMatch(/^Cannot resolve the bindings of this raw\(\) call statically/);
  });

  test('MySQL: values escaped and identifiers quoted as Knex\'s MySQL client does', async () => {
    const m = await lowerKnex("exports.up = async (knex) => {\n  await knex.raw('UPDATE widgets SET path = CONCAT(?, ??)', [\"it's\", knex.ref('w.name')]);\n};", undefined, 'mysql');
    expect(m.up.map((op) => op.sql)).toEqual(["UPDATE widgets SET path = CONCAT('it\\'s', `w`.`name`)"]);
  });

  test('update() from knex.raw/knex.ref over other columns derives them; data values, the column itself and dynamic bindings do not', async () => {
    const m = await lowerKnex(
      [
        "const { input } = require('./input');",
        'exports.up = async (knex) => {',
        "  await knex('widgets').update({ code: knex.raw('LOWER(??)', ['name']), label: knex.ref('widgets.title'), note: 'x' });",
        "  await knex('widgets').update('code', knex.ref('name'));",
        "  await knex('widgets').update({ code: knex.raw('?', ['x']), label: knex.raw('NULL'), note: knex.raw(\"?? || '!'\", ['note']) });",
        "  await knex('widgets').update({ code: input.code, label: knex.raw('LOWER(??)', [input.column]) });",
        "  await knex('widgets').update({ 'widgets.code': knex.ref('name') });",
        "  if (input.on) await knex('widgets').update({ code: knex.raw('upper(name)') }).where('id', 1);",
        '};',
      ].join('\n'),
    );
    const derives = m.up.filter((op): op is OpOf<'dml'> => op.kind === 'dml').map((op) => `${op.loc.line}${op.conditional ? '?' : ''} ${op.hasWhere ? 'where ' : ''}${op.derives?.join(',') ?? '-'}`);
    expect(derives).toEqual(['3 code,label', '4 code', '5 -', '6 -', '7 -', '8? where code']);
  });

  test('a default from an import keeps its presence and is reported once', async () => {
    const m = await lowerKnex(`import { DEFAULT_PLAN } from './plans';\nexport const up = (knex) => knex.schema.alterTable('t', (t) => {\n  t.string('plan').notNullable().defaultTo(DEFAULT_PLAN);\n});`);
    expect(briefs(m.up)).toEqual(['3 addColumn t.plan varchar(255) not null default DEFAULT_PLAN', '3 unparsed dynamic']);
    expect((m.up[1] as OpOf<'unparsed'>).message).toContain("`DEFAULT_PLAN` is imported from './plans'");
  });

  test('misspelled schema and table builder methods name the right one', async () => {
    const m = await lowerKnex(`exports.up = async (knex) => {\n  await knex.schema.createTabel('t', () => {});\n  await knex.schema.alterTable('t', (t) => {\n    t.strng('x');\n  });\n};`);
    const messages = m.up.filter((op) => op.kind === 'unparsed').map((op) => `${op.loc.line} ${(op as OpOf<'unparsed'>).message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^2 `knex.schema.createTabel\(\)` is not a Knex schema method \(did you mean `createTable`\?\)/),
      expect.stringMatching(/^4 `strng\(\)` is not a Knex table builder method; did you mean `string`\?/),
    ]);
  });

  test('a builder passed to an imported helper is reported, not silently skipped', async () => {
    const m = await lowerKnex(`const { addAudit } = require('./helpers');\nexports.up = (knex) => knex.schema.alterTable('t', (t) => {\n  addAudit(t);\n});`);
    expect(briefs(m.up)).toEqual(['3 unparsed dynamic']);
  });
});

describe('robustness', () => {
  test('an unrecoverable syntax error is reported without throwing', async () => {
    const m = await lowerKnex(`exports.up = async (knex) => {\n  await knex.schema.dropTable('a');\n`);
    expect(m.up.some((op) => op.kind === 'unparsed' && op.reason === 'parse')).toBe(true);
  });

  test('CRLF line endings keep line numbers', async () => {
    const m = await lowerKnex(`exports.up = async (knex) => {\r\n\r\n  await knex.schema.dropTable('a');\r\n  await knex.raw(\`\r\n    DROP TABLE b\`);\r\n};\r\n`);
    expect(briefs(m.up)).toEqual(['3 dropTable a', '5 dropTable b']);
  });

  test('withSchema qualifies tables and Knex-generated index names', async () => {
    const m = await lowerKnex(`exports.up = (knex) => knex.schema.withSchema('app').alterTable('users', (t) => {\n  t.index('email');\n  t.dropIndex('name');\n});`);
    expect(briefs(m.up)).toEqual(['2 createIndex users_email_index on app.users(email)', '3 dropIndex app.users_name_index']);
  });

  test('an up without down ops and an empty down: down is [] located at the down export', async () => {
    const m = await lowerKnex(`exports.up = (knex) => ${UP};\n\nexports.down = function () {};`);
    expect(m.down).toEqual([]);
    expect(m.downLoc).toMatchObject({ line: 3 });
    expect(m.downIrreversible).toBeNull();
  });
});

describe('lazy builders', () => {
  test('a builder that is neither awaited nor returned is reported (Knex never runs it)', async () => {
    const m = await lowerKnex(`exports.up = function (knex) {\n  knex.schema.dropTable('a');\n  knex('b').del();\n  return knex.schema.dropTable('c');\n};`);
    expect(briefs(m.up)).toEqual(['2 dropTable a', '2 unparsed dynamic', '3 unparsed dynamic', '3 delete b', '4 dropTable c']);
    expect((m.up[1] as OpOf<'unparsed'>).message).toContain('neither awaited nor returned');
  });

  test('awaited, returned, .then()-ed and Promise.all builders are not reported', async () => {
    const m = await lowerKnex(`exports.up = async (knex) => {\n  await knex.schema.dropTable('a');\n  knex.schema.dropTable('b').then(() => knex('c').del());\n  await Promise.all([knex.raw('DROP TABLE d')]);\n  return knex.schema.dropTable('e');\n};`);
    expect(m.up.filter((op) => op.kind === 'unparsed')).toEqual([]);
  });
});

describe('older and unusual shapes', () => {
  test("old Knex style: up(knex, Promise) with Promise.all over builders and raw SQL", async () => {
    const m = await lowerKnex(`exports.up = function (knex, Promise) {\n  return Promise.all([\n    knex.schema.dropTable('a'),\n    knex.raw('DROP TABLE b'),\n  ]);\n};`);
    expect(briefs(m.up)).toEqual(['3 dropTable a', '4 dropTable b']);
  });

  test('a down that returns a rejected promise is irreversible', async () => {
    const m = await lowerKnex(`exports.up = (knex) => knex.schema.dropTable('a');\nexports.down = () => Promise.reject(new Error('cannot restore a'));`);
    expect(m.down).toEqual([]);
    expect(m.downIrreversible).toMatchObject({ reason: 'cannot restore a', loc: { line: 2 } });
  });

  test("specificType('n', 'bigserial') is an identity column", async () => {
    const m = await lowerKnex(`exports.up = (knex) => knex.schema.alterTable('t', (t) => {\n  t.specificType('n', 'bigserial');\n});`);
    expect((m.up[0] as OpOf<'addColumn'>).column).toMatchObject({ identity: true, type: { name: 'int8' } });
  });
});

describe('destructured knex and other instances', () => {
  test('up({ schema, raw }) and const { schema } = knex are followed', async () => {
    const m = await lowerKnex(`exports.up = async ({ schema, raw }) => {\n  await schema.dropTable('a');\n  await raw('DROP TABLE b');\n};\nexports.down = async (knex) => {\n  const { schema } = knex;\n  await schema.createTable('a', (t) => t.increments());\n};`);
    expect(briefs(m.up)).toEqual(['2 dropTable a', '3 dropTable b']);
    expect(briefs(m.down)).toEqual(['7 createTable a(id)']);
  });

  test('Knex-looking calls on an imported instance are reported, not silently skipped', async () => {
    const m = await lowerKnex(`const db = require('../db');\nexports.up = async () => {\n  await db.schema.alterTable('users', (t) => t.dropColumn('email'));\n  await db.raw('DROP TABLE sessions');\n};`);
    expect(briefs(m.up)).toEqual(['3 unparsed dynamic', '4 unparsed dynamic']);
    expect((m.up[1] as OpOf<'unparsed'>).message).toContain("`db.raw()` is not called on the `knex` passed to the migration (it is loaded with require('../db'))");
  });
});

describe('old-style callbacks', () => {
  test('createTable(name, function () { this.increments() }) uses the table builder as this', async () => {
    const m = await lowerKnex(`exports.up = function (knex) {\n  return knex.schema.createTable('t', function () {\n    this.increments();\n    this.string('name').notNullable();\n  });\n};`);
    expect(briefs(m.up)).toEqual(['2 createTable t(id,name)']);
  });
});

describe('assorted shapes', () => {
  test('chained schema calls, raw().transacting(), upserts, composite primary keys', async () => {
    const m = await lowerKnex(`exports.up = (knex) =>
  knex.transaction(async (trx) => {
    await trx.schema
      .createTable('a', (t) => { t.integer('x'); t.integer('y'); t.primary(['x', 'y']); })
      .createTable('b', (t) => t.increments());
    await knex.raw('DROP TABLE c').transacting(trx);
    await trx('a').insert([{ x: 1, y: 2 }]).onConflict(['x', 'y']).ignore();
    const sql = knex.raw('DROP TABLE d').toString();
    await trx.raw(sql);
  });`);
    // The migration is transactional, so the knex.transaction() it opens is a savepoint.
    expect(briefs(m.up)).toEqual([
      '2 other TransactionStmt ',
      '3 createTable a(x,y)',
      '5 createTable b(id)',
      '6 dropTable c',
      '7 insert a',
      '9 dropTable d',
      '10 other TransactionStmt ',
    ]);
    const a = m.up[1] as OpOf<'createTable'>;
    expect(a.constraints).toEqual([expect.objectContaining({ kind: 'primaryKey', name: 'a_pkey', columns: ['x', 'y'] })]);
    expect(a.columns.map((c) => c.notNull)).toEqual([true, true]);
  });
});

test('SQL kept in a constant maps to the lines where its text is written', async () => {
  const m = await lowerKnex(`const CREATE_INDEX = \`
  CREATE INDEX CONCURRENTLY users_email_idx
    ON users (email)\`;

exports.config = { transaction: false };
exports.up = async (knex) => {
  await knex.raw(CREATE_INDEX);
};`);
  expect(briefs(m.up)).toEqual(['2 createIndex users_email_idx on users(email) concurrently']);
});

test('a variable assigned under a condition is not trusted afterwards', async () => {
  const m = await lowerKnex(`exports.up = async (knex) => {\n  let table = 'a';\n  if (process.env.LEGACY) table = 'b';\n  await knex.schema.dropTable(table);\n};`);
  expect(briefs(m.up)).toEqual(['4 unparsed dynamic']);
  expect((m.up[0] as OpOf<'unparsed'>).message).toContain('`table` is assigned conditionally');
});

describe('control flow', () => {
  test('after an early return the rest is conditional; after an unconditional return it is dead', async () => {
    const m = await lowerKnex(`exports.up = async (knex) => {
  if (await knex.schema.hasTable('a')) return;
  await knex.schema.createTable('a', (t) => t.increments());
  return knex.schema.dropTable('b');
  await knex.schema.dropTable('never');
};`);
    expect(briefs(m.up)).toEqual(['3 createTable a(id) (conditional)', '4 dropTable b (conditional)']);
  });

  test('a try block runs; its catch is conditional', async () => {
    const m = await lowerKnex(`exports.up = async (knex) => {
  try {
    await knex.schema.dropTable('a');
  } catch (err) {
    await knex.schema.dropTable('b');
  }
  await knex.schema.dropTable('c');
};`);
    expect(briefs(m.up)).toEqual(['3 dropTable a', '5 dropTable b (conditional)', '7 dropTable c']);
  });
});

describe('replay on Knex\'s compiler', () => {
  test('Knex adds new columns in one ALTER TABLE: each op at its own call, the statement runs once', async () => {
    const m = await lowerKnex(`exports.up = (knex) => knex.schema.alterTable('users', (t) => {\n  t.string('a');\n  t.integer('b').notNullable().defaultTo(0);\n});`);
    expect(briefs(m.up)).toEqual(['2 addColumn users.a varchar(255)', "3 addColumn users.b int4 not null default '0'"]);
    expect(m.up[0]!.statementId).toBe(m.up[1]!.statementId);
    expect(m.up[0]!.sql).toBe('alter table "users" add column "a" varchar(255), add column "b" integer not null default \'0\'');
    expect(renderOps(m.up, 'postgres').statements.map((s) => s.sql)).toEqual([m.up[0]!.sql]);
  });

  test('a call with a runtime argument keeps the static lowering, and is listed', async () => {
    const m = await lowerKnex(`exports.up = (knex) => knex.schema.alterTable('users', (t) => {\n  t.string('a', process.env.LEN);\n});`);
    expect(m.up.some((op) => op.kind === 'addColumn' && op.sql === undefined)).toBe(true);
    expect(m.knex?.staticallyLowered?.map((l) => l.line)).toEqual([1]);
  });

  test('a call Knex\'s compiler rejects is reported at the schema call', async () => {
    const m = await lowerKnex(`exports.up = (knex) => knex.schema.alterTable('users', (t) => {\n  t.engine('InnoDB');\n});`);
    expect(m.up.filter((op) => op.kind === 'unparsed').map((op) => [op.loc.line, (op as OpOf<'unparsed'>).message])).toEqual([
      [1, "Knex's PostgreSQL schema compiler rejects this call (Knex only supports engine statement with mysql.), so the migration fails when it runs"],
    ]);
  });

  test('the issue\'s known losses come back: CHECKs, increments() adding a primary key, ON DELETE, index options', async () => {
    const m = await lowerKnex(`exports.up = async (knex) => {
  await knex.schema.createTable('t', (t) => {
    t.integer('n').checkPositive();
    t.integer('org_id').references('orgs.id').onDelete('CASCADE');
  });
  await knex.schema.alterTable('u', (t) => {
    t.increments();
    t.index(['a'], 'u_a', { indexType: 'unique' });
  });
};`);
    const create = m.up[0] as OpOf<'createTable'>;
    expect(create.constraints.map((c) => [c.kind, c.expression])).toEqual([['check', 'n > 0']]);
    const fk = m.up.find((op) => op.kind === 'addConstraint') as OpOf<'addConstraint'>;
    expect(fk.sql).toContain('on delete CASCADE');
    const add = m.up.find((op) => op.kind === 'addColumn') as OpOf<'addColumn'>;
    expect(add.column).toMatchObject({ name: 'id', primaryKey: true, identity: true });
    expect(m.up.find((op) => op.kind === 'createIndex')).toMatchObject({ name: 'u_a', unique: true, loc: { line: 8 } });
  });
});

describe('views: the builder callback and the query passed to as() are recorded and replayed', () => {
  const view = (body: string) => `exports.up = async (knex) => {\n  const q = knex('users').select('id').where((w) => w.where('a', 1));\n  await knex.schema.createView('v', (view) => {\n    ${body}\n  });\n};`;
  const reasons = (m: { up: Op[] }) => m.up.map((op) => op.unrenderable).filter(Boolean);

  test('a static query is Knex\'s SQL, lowered by the SQL front end, at the schema call', async () => {
    const m = await lowerKnex(view(`view.as(knex('users').select('id').where('active', true));`));
    expect(m.up).toMatchObject([{ kind: 'other', statement: 'ViewStmt', object: 'v', sql: 'create view "v" as select "id" from "users" where "active" = true', loc: { line: 3 } }]);
    expect(renderOps(m.up, 'postgres').unrenderable).toEqual([]);
  });

  test('alterView: each column change at its own call', async () => {
    const m = await lowerKnex(`exports.up = (knex) => knex.schema.alterView('v', (view) => {\n  view.column('a').rename('b');\n  view.column('c').defaultTo(0);\n});`);
    expect(m.up.map((op) => [op.loc.line, op.sql])).toEqual([
      [2, 'alter view "v" rename "a" to "b"'],
      [3, 'alter view "v" alter "c" set default 0'],
    ]);
  });

  test.each([
    ['a callback whose calls depend on a condition', `view.as(knex('users').select('id').where((q) => { if (process.env.A) q.where('a', 1); }));`, /an argument of `.where\(\)` is a callback that cannot be recorded: whether it calls `.where\(\)` depends on a condition not known statically/],
    ['a query built outside the view callback with a callback', `view.as(q);`, /an argument of `.where\(\)` is a callback \(builder callbacks are recorded only in queries built inside the view callback\)/],
    ['a write method in the chain', `view.as(knex('users').update({ a: 1 }));`, /it calls `.update\(\)`, which is not a read-only query builder method/],
    ['a query from outside the migration', `view.as(db('users').select('id'));`, /the argument of `view.as\(\)` is not known statically/],
    ['a value not known statically', `view.as(knex('users').select('id').where('tenant', process.env.TENANT));`, /an argument of `.where\(\)` is not known statically/],
  ])('%s: opaque (no SQL), with the reason for the dry-run', async (_name, body, reason) => {
    const m = await lowerKnex(view(body));
    const other = m.up.find((op) => op.kind === 'other')!;
    expect(other).toMatchObject({ statement: 'ViewStmt', object: 'v' });
    expect(other.sql).toBeUndefined();
    expect(reasons(m)).toEqual([expect.stringMatching(reason)]);
    expect(renderOps(m.up, 'postgres').unrenderable.map((u) => u.reason)).toEqual([expect.stringMatching(reason)]);
    expect(m.knex?.staticallyLowered?.map((l) => l.line)).toEqual([3]);
  });

  test('methods Knex\'s view builder does not have are reported (the migration throws), the view stays opaque', async () => {
    const m = await lowerKnex(`exports.up = async (knex) => {\n  await knex.schema.createView('v', (view) => {\n    view.column('a');\n  });\n  await knex.schema.alterView('w', (view) => {\n    view.column('a').dropDefault();\n  });\n};`);
    expect(m.up.filter((op) => op.kind === 'unparsed').map((op) => [op.loc.line, (op as OpOf<'unparsed'>).message])).toEqual([
      [3, '`view.column()` only exists in alterView(); in a createView() callback the migration throws a TypeError.'],
      [6, "`.dropDefault()` is not a method of Knex's alterView column, which has rename() and defaultTo() only; the migration throws a TypeError when it runs."],
    ]);
    expect(m.up.filter((op) => op.kind === 'other').map((op) => op.sql)).toEqual([undefined, undefined]);
  });

  test('a callback calling what its builder lacks is the TypeError the migration throws', async () => {
    const m = await lowerKnex(view(`view.as(knex('users').select('id').where((w) => w.onVal('a', '=', 1)));`));
    expect(m.up.map((op) => (op.kind === 'unparsed' ? op.message : `${op.kind} ${op.sql}`))).toEqual([
      'other undefined',
      "Knex's PostgreSQL schema compiler rejects this call (.onVal() is not a method of this builder), so the migration fails when it runs",
    ]);
  });

  test('MySQL: a materialized view is a call Knex rejects', async () => {
    const m = await lowerKnex(`exports.up = (knex) => knex.schema.createMaterializedView('m', (view) => {\n  view.as(knex('t').select('a'));\n});`, 'migrations/20240101000000_test.js', 'mysql');
    expect(m.up.map((op) => (op.kind === 'unparsed' ? op.message : `${op.kind} ${(op as OpOf<'other'>).statement}`))).toEqual([
      'other CREATE MATERIALIZED VIEW',
      "Knex's MySQL schema compiler rejects this call (materialized views are not supported by this dialect.), so the migration fails when it runs",
    ]);
  });
});
