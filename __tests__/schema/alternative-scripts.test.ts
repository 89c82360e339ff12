import { validateConfig } from '../../src/config-schema.js';
import { resolveConfig } from '../../src/config.js';
import { lint } from '../../src/engine.js';
import { tmpTree } from '../helpers/tmp.js';

/** Lints `dir` of `files` as a whole directory (each migration its own change); findings as `file:line rule`. */
async function lintDirectory(files: Record<string, string>, dir = 'db'): Promise<string[]> {
  const t = tmpTree(files);
  try {
    const config = resolveConfig(validateConfig({ lockTimeout: '2s' }, 'test config'), null, {});
    const { report } = await lint({ cwd: t.dir, paths: [dir], config });
    return report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);
  } finally {
    t.cleanup();
  }
}

const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, total int);\n';
const REBUILD = 'DROP TABLE IF EXISTS orders;\nCREATE TABLE orders (id bigint PRIMARY KEY, total int, note text);\n';

describe('a full install script beside upgrade patches is not their history', () => {
  test('a patch in another directory creates the script\'s table again: the script is an alternative path, the patch is judged without it', async () => {
    const found = await lintDirectory({
      'db/full/schema.sql': `CREATE TABLE users (id bigint PRIMARY KEY);\n${ORDERS}`,
      'db/patches/001_orders.sql': REBUILD,
    });
    expect(found.filter((f) => f.startsWith('db/patches/'))).toEqual([]);
  });

  test('two install scripts of one directory that both create a table: a patch elsewhere creating it again marks both', async () => {
    const found = await lintDirectory({
      'db/a_audit.sql': ORDERS,
      'db/b_core.sql': REBUILD,
      'db/patches/001_orders.sql': REBUILD,
    });
    expect(found.filter((f) => f.startsWith('db/patches/'))).toEqual([]);
  });

  test('near-miss: the same rebuild in the script\'s own directory drops a table of the history', async () => {
    const found = await lintDirectory({ 'db/schema/001_schema.sql': ORDERS, 'db/schema/002_rebuild.sql': REBUILD });
    expect(found).toEqual(expect.arrayContaining(['db/schema/002_rebuild.sql:1 irreversible-data-loss']));
  });

  test('near-miss: a base script whose tables the patches only alter stays their history', async () => {
    const found = await lintDirectory({ 'db/base/schema.sql': ORDERS, 'db/patches/001_drop.sql': 'ALTER TABLE orders DROP COLUMN total;\n' });
    expect(found).toEqual(expect.arrayContaining(['db/patches/001_drop.sql:1 drop-column-without-deprecation']));
  });
});
