import path from 'node:path';
import { defaultConfig } from '../../src/config.js';
import { discover } from '../../src/discover/index.js';
import { alembicEnvFile, alembicEnvSetsLockTimeout } from '../../src/parse/alembic/detect.js';
import { tmpTree } from '../helpers/tmp.js';
import { alembicRevision } from './revision.js';

// Our own env.py snippets: only what the reader looks at.
describe('alembicEnvSetsLockTimeout (env.py read as text)', () => {
  test.each([
    'connection.execute(text("SET lock_timeout = 4000"))',
    'connection.execute(sa.text("SET lock_timeout = \'4s\'"))',
    "connection.exec_driver_sql(\"SET lock_timeout TO '4s'\")",
    'conn.execute(text("SET SESSION lock_timeout = \'2min\'"))',
    'context.execute("set lock_timeout = 3000")',
    'connection.execute(text("SET statement_timeout = 0; SET lock_timeout = 1500"))',
    'connection.execute(text(\n    """\n    SET lock_timeout = \'4s\'\n    """\n))',
    // A value only known at run time: the author set a timeout on purpose.
    'connection.execute(text(f"SET lock_timeout = {LOCK_TIMEOUT_MS}"))',
    // A `#` inside a string is no comment.
    'connection.execute(text("SET application_name = \'#1\'")); connection.execute(text("SET lock_timeout = 4000"))',
  ])('set: %s', (line) => {
    expect(alembicEnvSetsLockTimeout(`def run_migrations_online():\n    with engine.connect() as connection:\n        ${line}\n`)).toBe(true);
  });

  test.each([
    'connection.execute(text("SET lock_timeout = 0"))',
    "connection.exec_driver_sql(\"SET lock_timeout TO '0'\")",
    "connection.exec_driver_sql(\"SET lock_timeout = '0ms'\")",
    'connection.execute(text("SET lock_timeout TO DEFAULT"))',
    'connection.execute(text("SET LOCAL lock_timeout = 4000"))',
    '# connection.execute(text("SET lock_timeout = 4000"))',
    'connection.execute(text("SET statement_timeout = 4000"))',
    // Not executed: a docstring, a string kept aside.
    '"""Run with connection.execute(text("SET lock_timeout = 4000")) if you like."""',
    'LOCK_SQL = "SET lock_timeout = 4000"',
  ])('not set: %s', (line) => {
    expect(alembicEnvSetsLockTimeout(`def run_migrations_online():\n    with engine.connect() as connection:\n        ${line}\n`)).toBe(false);
  });

  test('env.py sits next to versions/, also for revisions in subfolders of versions/', () => {
    expect(alembicEnvFile(path.join('/r', 'alembic', 'versions'))).toBe(path.join('/r', 'alembic', 'env.py'));
    expect(alembicEnvFile(path.join('/r', 'alembic', 'versions', '2024'))).toBe(path.join('/r', 'alembic', 'env.py'));
  });
});

describe('discovery: runnerLockTimeout from env.py', () => {
  const rev = (id: string) => alembicRevision(['op.add_column("users", sa.Column("x", sa.Text()))'], ['pass'], id);
  const env = 'with engine.connect() as connection:\n    connection.execute(text("SET lock_timeout = 4000"))\n    context.configure(connection=connection)\n';

  test("the Alembic migrations of an env.py's versions directory (and its subfolders) get it; another script_location does not", () => {
    const t = tmpTree({
      'db/env.py': env,
      'db/versions/a.py': rev('a'),
      'db/versions/2024/b.py': rev('b'),
      'other/env.py': env.replace('4000', '0'),
      'other/versions/c.py': rev('c'),
    });
    try {
      const found = discover({ cwd: t.dir, paths: ['db', 'other'], config: defaultConfig({ dialect: 'postgres' }) });
      expect(found.map((d) => [d.file, Boolean(d.runnerLockTimeout)]).sort()).toEqual([
        ['db/versions/2024/b.py', true],
        ['db/versions/a.py', true],
        ['other/versions/c.py', false],
      ]);
    } finally {
      t.cleanup();
    }
  });
});
