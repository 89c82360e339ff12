import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateConfig } from '../../src/config-schema.js';
import { resolveConfig } from '../../src/config.js';
import { lint } from '../../src/engine.js';
import { tmpTree } from '../helpers/tmp.js';

/**
 * A Knex migration that takes its table names from the application's model module
 * (`import { TASKS_TABLE } from '../../models/tasks.js'`): the module is read, never run, and its
 * exported constants are known to the migration, so its SQL is analysed like a literal one.
 */
const MODELS = [
  "import { uuid } from 'some-package';",
  "export const TASKS_TABLE = 'tasks';",
  "const PREFIX = 'sched_';",
  'export const RUNS_TABLE = `${PREFIX}runs`;',
  "const LOCAL = 'events';",
  'export { LOCAL as EVENTS_TABLE };',
  'export function tableFor(name) { return name; }',
  'export const ID = uuid();',
  '',
].join('\n');

const migration = (imports: string, sql: string) =>
  `import { ${imports} } from '../../models/tasks.js';\nimport type { Knex } from 'knex';\n\nexport async function up(knex: Knex): Promise<void> {\n  await knex.raw(\`${sql}\`);\n}\n\nexport async function down(knex: Knex): Promise<void> {\n  await knex.raw('SELECT 1');\n}\n`;

async function findings(files: Record<string, string>, changed: string): Promise<string[]> {
  const t = tmpTree(files);
  try {
    const config = resolveConfig(validateConfig({ lockTimeout: '2s' }, 'test config'), null, {});
    const { report } = await lint({ cwd: t.dir, paths: ['lib/db/migrations'], changedFiles: [changed], config });
    return report.findings.map((f) => `${f.line} ${f.ruleId}: ${f.message.split('\n')[0]}`);
  } finally {
    t.cleanup();
  }
}

const HISTORY = {
  'lib/models/tasks.ts': MODELS,
  'lib/db/migrations/20240101000000_tasks.ts': migration('TASKS_TABLE, RUNS_TABLE, EVENTS_TABLE', 'CREATE TABLE ${TASKS_TABLE} (id bigint PRIMARY KEY, name text); CREATE TABLE ${RUNS_TABLE} (id bigint PRIMARY KEY); CREATE TABLE ${EVENTS_TABLE} (id bigint PRIMARY KEY)'),
};

test('exported constants of an imported module name the tables: the index on an existing table is found', async () => {
  const found = await findings(
    { ...HISTORY, 'lib/db/migrations/20240102000000_index.ts': migration('TASKS_TABLE', 'CREATE INDEX tasks_name_idx ON ${TASKS_TABLE} (name)') },
    'lib/db/migrations/20240102000000_index.ts',
  );
  expect(found.filter((f) => /require-concurrent-index/.test(f))).toEqual([expect.stringMatching(/^5 require-concurrent-index: .*tasks/)]);
  expect(found.filter((f) => /unanalyzable/.test(f))).toEqual([]);
});

test('a constant built from another module constant, and one exported under another name, are known too', async () => {
  const found = await findings(
    { ...HISTORY, 'lib/db/migrations/20240102000000_drop.ts': migration('RUNS_TABLE, EVENTS_TABLE', 'ALTER TABLE ${RUNS_TABLE} ADD COLUMN note text; ALTER TABLE ${EVENTS_TABLE} ADD COLUMN note text') },
    'lib/db/migrations/20240102000000_drop.ts',
  );
  expect(found.filter((f) => /unanalyzable/.test(f))).toEqual([]);
});

test('near-miss: a function or a value computed at run time in the module stays unknown, and says why', async () => {
  const found = await findings(
    { ...HISTORY, 'lib/db/migrations/20240102000000_fn.ts': migration('ID', 'CREATE INDEX j ON tasks (${ID})') },
    'lib/db/migrations/20240102000000_fn.ts',
  );
  const unanalyzable = found.filter((f) => /unanalyzable/.test(f)).join('\n');
  expect(unanalyzable).toMatch(/`ID` is imported from '\.\.\/\.\.\/models\/tasks\.js', where it is not a constant/);
});

test('near-miss: a module outside the repository (a symlink leaving it) is not read', async () => {
  const outside = mkdtempSync(path.join(os.tmpdir(), 'mg-outside-'));
  const t = tmpTree({ 'lib/db/migrations/20240102000000_index.ts': migration('TASKS_TABLE', 'CREATE INDEX tasks_name_idx ON ${TASKS_TABLE} (name)') });
  try {
    writeFileSync(path.join(outside, 'tasks.ts'), MODELS);
    symlinkSync(outside, path.join(t.dir, 'lib/models'));
    const config = resolveConfig(validateConfig({ lockTimeout: '2s' }, 'test config'), null, {});
    const { report } = await lint({ cwd: t.dir, paths: ['lib/db/migrations'], config });
    const messages = report.findings.map((f) => `${f.ruleId}: ${f.message}`).join('\n');
    expect(messages).toMatch(/unanalyzable: .*`TASKS_TABLE` is imported from '\.\.\/\.\.\/models\/tasks\.js'(?!, where)/);
    expect(messages).not.toMatch(/require-concurrent-index/);
  } finally {
    t.cleanup();
    rmSync(outside, { recursive: true, force: true });
  }
});
