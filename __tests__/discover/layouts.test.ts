import { defaultConfig } from '../../src/config.js';
import { discover } from '../../src/discover/index.js';
import { tmpTree } from '../helpers/tmp.js';

const run = (files: Record<string, string>, paths: string[], changedFiles?: string[], dialect: 'postgres' | 'mysql' = 'postgres') => {
  const t = tmpTree(files);
  try {
    return discover({ cwd: t.dir, paths, changedFiles, config: defaultConfig({ dialect }) }).map((d) => ({
      file: d.file, layout: d.layout, down: d.downFile, tx: d.transactional, expectsDown: d.expectsDown, isNew: d.isNew,
    }));
  } finally {
    t.cleanup();
  }
};

describe('discovery of SQL layouts', () => {
  test('plain files order by version prefix numerically, not lexically', () => {
    const r = run({ 'db/10_c.sql': '', 'db/9_b.sql': '', 'db/1_a.sql': '' }, ['db']);
    expect(r.map((x) => x.file)).toEqual(['db/1_a.sql', 'db/9_b.sql', 'db/10_c.sql']);
    expect(r[0]).toMatchObject({ layout: 'plain', tx: false, expectsDown: false });
  });

  test('golang-migrate pairs up and down files; no implicit transaction', () => {
    const r = run({ 'm/000001_init.up.sql': '', 'm/000001_init.down.sql': '', 'm/000002_x.up.sql': '' }, ['m']);
    expect(r).toEqual([
      { file: 'm/000001_init.up.sql', layout: 'golang-migrate', down: 'm/000001_init.down.sql', tx: false, expectsDown: true, isNew: true },
      { file: 'm/000002_x.up.sql', layout: 'golang-migrate', down: null, tx: false, expectsDown: true, isNew: true },
    ]);
  });

  test('a golang-migrate directory without any down file expects none', () => {
    const r = run({ 'm/000001_init.up.sql': '', 'm/000002_x.up.sql': '' }, ['m']);
    expect(r.map((x) => x.expectsDown)).toEqual([false, false]);
  });

  test('pop: only the files of the target dialect and the unsuffixed ones; a dialect file replaces the generic one', () => {
    const files = {
      'p/20200101000000_a.postgres.up.sql': '', 'p/20200101000000_a.postgres.down.sql': '',
      'p/20200101000000_a.mysql.up.sql': '', 'p/20200101000000_a.cockroach.up.sql': '', 'p/20200101000000_a.sqlite3.up.sql': '',
      'p/20200102000000_b.up.sql': '', 'p/20200102000000_b.down.sql': '',
      'p/20200103000000_c.autocommit.up.sql': '', 'p/20200103000000_c.mysql.autocommit.up.sql': '',
    };
    expect(run(files, ['p'])).toEqual([
      { file: 'p/20200101000000_a.postgres.up.sql', layout: 'pop', down: 'p/20200101000000_a.postgres.down.sql', tx: true, expectsDown: true, isNew: true },
      { file: 'p/20200102000000_b.up.sql', layout: 'pop', down: 'p/20200102000000_b.down.sql', tx: true, expectsDown: true, isNew: true },
      { file: 'p/20200103000000_c.autocommit.up.sql', layout: 'pop', down: null, tx: false, expectsDown: true, isNew: true },
    ]);
    expect(run(files, ['p'], undefined, 'mysql').map((x) => x.file)).toEqual([
      'p/20200101000000_a.mysql.up.sql', 'p/20200102000000_b.up.sql', 'p/20200103000000_c.mysql.autocommit.up.sql',
    ]);
  });

  test('pop: a dialect\'s up file pairs with the generic down file and the other way round (a down file is never a migration of its own)', () => {
    const files = {
      'p/20200101000000_a.postgres.up.sql': '', 'p/20200101000000_a.down.sql': '',
      'p/20200102000000_b.up.sql': '', 'p/20200102000000_b.mysql.down.sql': '', 'p/20200102000000_b.postgres.down.sql': '',
    };
    expect(run(files, ['p']).map((x) => [x.file, x.down])).toEqual([
      ['p/20200101000000_a.postgres.up.sql', 'p/20200101000000_a.down.sql'],
      ['p/20200102000000_b.up.sql', 'p/20200102000000_b.postgres.down.sql'],
    ]);
    expect(run(files, ['p'], undefined, 'mysql').map((x) => [x.file, x.down])).toEqual([
      ['p/20200102000000_b.up.sql', 'p/20200102000000_b.mysql.down.sql'],
    ]);
  });

  test('Alembic: a named file loads the whole versions directory, whatever the file names', () => {
    const rev = (id: string, down: string | null) => `revision = '${id}'\ndown_revision = ${down ? `'${down}'` : 'None'}\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n`;
    // Hash ids: the file named last in name order is not the newest revision.
    const r = run({ 'v/a1_second.py': rev('a1', 'f9'), 'v/f9_first.py': rev('f9', null), 'v/c3_third.py': rev('c3', 'a1') }, ['v/a1_second.py']);
    expect(r.map((x) => [x.file, x.isNew]).sort()).toEqual([['v/a1_second.py', true], ['v/c3_third.py', false], ['v/f9_first.py', false]]);
  });

  test('diesel directories with metadata.toml run_in_transaction = false', () => {
    const r = run({
      'migrations/2024-01-01-000000_a/up.sql': '', 'migrations/2024-01-01-000000_a/down.sql': '',
      'migrations/2024-02-01-000000_b/up.sql': '', 'migrations/2024-02-01-000000_b/metadata.toml': 'run_in_transaction = false\n',
    }, ['migrations']);
    expect(r.map((x) => [x.layout, x.down, x.tx])).toEqual([
      ['diesel', 'migrations/2024-01-01-000000_a/down.sql', true],
      ['diesel', null, false],
    ]);
  });

  test('dbmate sections and transaction:false', () => {
    const r = run({ 'db/20240101_a.sql': '-- migrate:up\nSELECT 1;\n-- migrate:down\n', 'db/20240102_b.sql': '-- migrate:up transaction:false\nSELECT 1;' }, ['db']);
    expect(r.map((x) => [x.layout, x.tx])).toEqual([['dbmate', true], ['dbmate', false]]);
  });

  test('Flyway versions order numerically; undo expected only where the directory uses undo files', () => {
    const r = run({ 'f/V1__a.sql': '', 'f/V1.1__b.sql': '', 'f/V2__c.sql': '', 'f/U1__a.sql': '', 'g/V1__x.sql': '' }, ['f', 'g']);
    expect(r.map((x) => [x.file, x.down, x.expectsDown])).toEqual([
      ['f/V1__a.sql', 'f/U1__a.sql', true], ['f/V1.1__b.sql', null, true], ['f/V2__c.sql', null, true], ['g/V1__x.sql', null, false],
    ]);
  });

  test('Prisma migration directories', () => {
    const r = run({ 'prisma/migrations/20240101_init/migration.sql': '', 'prisma/migrations/migration_lock.toml': '' }, ['prisma/migrations']);
    // One query per file: the SQL front end decides the implicit transaction from its statements.
    expect(r).toEqual([{ file: 'prisma/migrations/20240101_init/migration.sql', layout: 'prisma', down: null, tx: false, expectsDown: false, isNew: true }]);
  });

  test('a file named on the command line is new; its earlier siblings are history', () => {
    const r = run({ 'db/001_a.sql': '', 'db/002_b.sql': '' }, ['db/002_b.sql']);
    expect(r.map((x) => [x.file, x.isNew])).toEqual([['db/001_a.sql', false], ['db/002_b.sql', true]]);
  });

  test('changed files decide what is new', () => {
    const r = run({ 'db/001_a.sql': '', 'db/002_b.sql': '' }, ['db'], ['db/001_a.sql']);
    expect(r.map((x) => x.isNew)).toEqual([true, false]);
  });

  test('Python and JS files that are not migrations are ignored', () => {
    const r = run({ 'm/helpers.py': 'def f(): pass\n', 'm/util.js': 'module.exports = 1', 'm/001.sql': '' }, ['m']);
    expect(r.map((x) => x.file)).toEqual(['m/001.sql']);
  });
});

test('siblings after the last named file are not parsed as history', () => {
  const t = tmpTree({ 'db/001_a.sql': '', 'db/002_b.sql': '', 'db/003_c.sql': '' });
  try {
    const r = discover({ cwd: t.dir, paths: ['db/002_b.sql'], config: defaultConfig() });
    expect(r.map((d) => [d.file, d.isNew])).toEqual([['db/001_a.sql', false], ['db/002_b.sql', true]]);
  } finally {
    t.cleanup();
  }
});

test('Knex migrations run in file-name order, as its migrator sorts them (a longer timestamp sorts by its digits, not its value)', () => {
  const up = "exports.up = async (knex) => { await knex.raw('SELECT 1'); };\nexports.down = async () => {};\n";
  const r = run({ 'migrations/20250519153421_b.cjs': up, 'migrations/2024111409170956_a.cjs': up, 'migrations/20230101000000_c.cjs': up }, ['migrations']);
  expect(r.map((d) => d.file)).toEqual(['migrations/20230101000000_c.cjs', 'migrations/2024111409170956_a.cjs', 'migrations/20250519153421_b.cjs']);
});
