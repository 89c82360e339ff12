import { defaultConfig } from '../../src/config.js';
import { discover } from '../../src/discover/index.js';
import { alembicEnvAfterCommit } from '../../src/parse/alembic/detect.js';
import { tmpTree } from '../helpers/tmp.js';
import { alembicRevision } from './revision.js';

// Our own env.py shapes: only what the reader looks at.
const online = (body: string[]) => ['def run_migrations_online():', ...body.map((l) => `    ${l}`), '', 'run_migrations_online()', ''].join('\n');
const stock = [
  'connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.")',
  'with connectable.connect() as connection:',
  '    context.configure(connection=connection, target_metadata=target_metadata)',
  '    with context.begin_transaction():',
  '        context.run_migrations()',
];

describe('alembicEnvAfterCommit (env.py read as text)', () => {
  test.each<[string, string]>([
    ['connection.commit() after run_migrations()', online([...stock, '    connection.commit()'])],
    ['context.get_bind().commit() after the transaction block', online([...stock, '    context.get_bind().commit()'])],
    ['a connection of another name', online(['with engine.connect() as conn:', '    context.configure(connection=conn)', '    with context.begin_transaction():', '        context.run_migrations()', '    conn.commit()'])],
    [
      'async: run_sync of a function that runs the migrations, then await connection.commit()',
      [
        'def do_run_migrations(connection):',
        '    context.configure(connection=connection, target_metadata=target_metadata)',
        '    with context.begin_transaction():',
        '        context.run_migrations()',
        '',
        'async def run_async_migrations():',
        '    async with engine.connect() as connection:',
        '        await connection.run_sync(do_run_migrations)',
        '        await connection.commit()',
        '',
      ].join('\n'),
    ],
    ['module-level code, no function', [...stock, '    connection.commit()', ''].join('\n')],
  ])('committed: %s', (_, text) => {
    expect(alembicEnvAfterCommit(text)).toBe('committed');
  });

  test.each<[string, string]>([
    ['with engine.begin() as connection', online(['with engine.begin() as connection:', '    context.configure(connection=connection)', '    with context.begin_transaction():', '        context.run_migrations()'])],
    ['with connection.begin() around run_migrations()', online(['with engine.connect() as connection:', '    context.configure(connection=connection)', '    with connection.begin():', '        context.run_migrations()'])],
    [
      'async with engine.begin() around run_sync',
      [
        'def do_run_migrations(connection):',
        '    context.configure(connection=connection)',
        '    context.run_migrations()',
        '',
        'async def main():',
        '    async with engine.begin() as connection:',
        '        await connection.run_sync(do_run_migrations)',
        '',
      ].join('\n'),
    ],
  ])('refused: %s', (_, text) => {
    expect(alembicEnvAfterCommit(text)).toBe('refused');
  });

  test.each<[string, string]>([
    ['the stock env.py', online(stock)],
    ['a commit before run_migrations() only', online(['with engine.connect() as connection:', '    connection.execute(text("CREATE EXTENSION IF NOT EXISTS citext"))', '    connection.commit()', '    context.configure(connection=connection)', '    with context.begin_transaction():', '        context.run_migrations()'])],
    ['a commit of a Transaction object, not the connection', online(['with engine.connect() as connection:', '    trans = connection.begin()', '    context.configure(connection=connection)', '    context.run_migrations()', '    trans.commit()'])],
    ['a commented-out commit', online([...stock, '    # connection.commit()'])],
    ['a commit in a string', online([...stock, '    log.info("then connection.commit()")'])],
    ['a commit in another function than the one that runs the migrations', [online(stock), 'def other():', '    connection.commit()', ''].join('\n')],
    ['engine.begin() for a setup step that does not run the migrations', online(['with engine.begin() as setup:', '    setup.execute(text("CREATE SCHEMA IF NOT EXISTS app"))', ...stock])],
    ['context.begin_transaction() is no begin() block', online(stock)],
  ])('neither: %s', (_, text) => {
    expect(alembicEnvAfterCommit(text)).toBeNull();
  });
});

describe('discovery: runnerAfterCommit from env.py', () => {
  const rev = (id: string) => alembicRevision(['op.add_column("users", sa.Column("x", sa.Text()))'], ['pass'], id);

  test("each versions directory takes its own env.py's; no env.py leaves it unset", () => {
    const t = tmpTree({
      'commits/env.py': online([...stock, '    connection.commit()']),
      'commits/versions/a.py': rev('a'),
      'begin/env.py': online(['with engine.begin() as connection:', '    context.configure(connection=connection)', '    context.run_migrations()']),
      'begin/versions/b.py': rev('b'),
      'stock/env.py': online(stock),
      'stock/versions/c.py': rev('c'),
      'none/versions/d.py': rev('d'),
    });
    try {
      const found = discover({ cwd: t.dir, paths: ['commits', 'begin', 'stock', 'none'], config: defaultConfig({ dialect: 'postgres' }) });
      expect(found.map((d) => [d.file, d.runnerAfterCommit ?? null]).sort()).toEqual([
        ['begin/versions/b.py', 'refused'],
        ['commits/versions/a.py', 'committed'],
        ['none/versions/d.py', null],
        ['stock/versions/c.py', null],
      ]);
    } finally {
      t.cleanup();
    }
  });
});
