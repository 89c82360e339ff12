import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig, type ResolvedConfig } from '../../src/config.js';
import { discover } from '../../src/discover/index.js';
import { lint, loadMigrations } from '../../src/engine.js';
import { isPlainTree, openLoweringCache } from '../../src/lowering-cache.js';
import { tmpTree } from '../helpers/tmp.js';

/** A history of SQL, Alembic and Knex files plus a change that several rules report on. */
function project(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 6; i++) {
    files[`db/${String(i).padStart(4, '0')}_step.sql`] =
      i === 1 ? 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);\n' : `ALTER TABLE users ADD COLUMN c${i} text;\nCREATE INDEX users_c${i} ON users (c${i});\n`;
  }
  files['db/0007_change.sql'] = 'ALTER TABLE users ADD CONSTRAINT users_email_ck CHECK (email <> \'\');\nCREATE INDEX users_name ON users (name);\nALTER TABLE users DROP COLUMN c2;\n';
  const rev = (i: number) => `a${i}b2c3d4e5f6`;
  for (let i = 1; i <= 3; i++) {
    files[`alembic/versions/${rev(i)}_step.py`] = [
      `"""step ${i}"""`, 'from alembic import op', 'import sqlalchemy as sa', '',
      `revision = "${rev(i)}"`, `down_revision = ${i === 1 ? 'None' : `"${rev(i - 1)}"`}`, 'branch_labels = None', 'depends_on = None', '', '',
      'def upgrade():',
      i === 1 ? '    op.create_table("orders", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("total", sa.Integer()))' : i === 2 ? '    op.add_column("orders", sa.Column("note", sa.Text()))' : '    op.create_index("orders_total", "orders", ["total"])',
      '', '', 'def downgrade():', '    pass', '',
    ].join('\n');
  }
  files['knex/20240101000000_a.js'] = 'exports.up = (knex) => knex.schema.createTable("items", (t) => { t.bigIncrements("id"); t.text("label"); });\nexports.down = (knex) => knex.schema.dropTable("items");\n';
  files['knex/20240102000000_b.js'] = 'exports.up = (knex) => knex.schema.alterTable("items", (t) => { t.integer("qty").notNullable(); });\nexports.down = () => {};\n';
  return files;
}

const CHANGED = ['db/0007_change.sql', 'alembic/versions/a3b2c3d4e5f6_step.py', 'knex/20240102000000_b.js'];

let cacheRoot: string;
const saved = { dir: process.env.MIGRATION_GUARD_CACHE_DIR, off: process.env.MIGRATION_GUARD_CACHE };

beforeEach(() => {
  cacheRoot = mkdtempSync(path.join(tmpdir(), 'mg-cache-'));
  process.env.MIGRATION_GUARD_CACHE_DIR = cacheRoot;
  delete process.env.MIGRATION_GUARD_CACHE;
});
afterEach(() => {
  rmSync(cacheRoot, { recursive: true, force: true });
  for (const [k, v] of [['MIGRATION_GUARD_CACHE_DIR', saved.dir], ['MIGRATION_GUARD_CACHE', saved.off]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

async function run(dir: string, config: ResolvedConfig = defaultConfig(), changedFiles = CHANGED) {
  const { report, migrations } = await lint({ cwd: dir, paths: ['db', 'alembic', 'knex'], changedFiles, config });
  // Knex numbers statements with a process-wide counter, used only to tell a migration's statements apart.
  return { report, migrations: JSON.stringify(migrations).replace(/"statementId":\d+/g, '"statementId":0') };
}

/** Loads with an explicit cache, to see its hits and misses. */
async function load(dir: string, config: ResolvedConfig, build = 'test-build', changedFiles = CHANGED, scope = 'scope') {
  const found = discover({ cwd: dir, paths: ['db', 'alembic', 'knex'], changedFiles, config });
  const cache = openLoweringCache(scope, { build })!;
  const { migrations } = await loadMigrations(found, config, new Map(), undefined, { cache });
  return { stats: cache.stats, migrations };
}

const packFiles = () => readdirSync(cacheRoot).filter((f) => f.startsWith('lowered-')).map((f) => path.join(cacheRoot, f));

describe('lowering cache', () => {
  it('a warm run gives the same report and migrations as a cold run and as no cache', async () => {
    const t = tmpTree(project());
    try {
      process.env.MIGRATION_GUARD_CACHE = 'off';
      const off = await run(t.dir);
      expect(packFiles()).toHaveLength(0);
      delete process.env.MIGRATION_GUARD_CACHE;
      const cold = await run(t.dir);
      expect(packFiles()).toHaveLength(1);
      const warm = await run(t.dir);
      expect(off.report.findings.length).toBeGreaterThan(0);
      expect(cold).toEqual(off);
      expect(warm).toEqual(off);
    } finally {
      t.cleanup();
    }
  });

  it('serves every history file from the cache, and never a file under test', async () => {
    const t = tmpTree(project());
    try {
      const config = defaultConfig();
      const first = await load(t.dir, config);
      expect(first.stats.hits).toBe(0);
      const second = await load(t.dir, config);
      const history = second.migrations.filter((m) => !m.isNew).length;
      expect(second.stats).toEqual({ hits: history, misses: 0 });
      // A history file that becomes the change under test is lowered afresh.
      const third = await load(t.dir, config, 'test-build', [...CHANGED, 'db/0003_step.sql']);
      expect(third.stats).toEqual({ hits: history - 1, misses: 0 });
      expect(third.migrations.find((m) => m.file === 'db/0003_step.sql')?.isNew).toBe(true);
    } finally {
      t.cleanup();
    }
  });

  it('misses when a file, its down file, the tool build or the dialect changes', async () => {
    const files = { ...project(), 'pairs/0001_a.up.sql': 'CREATE TABLE p (id int);\n', 'pairs/0001_a.down.sql': 'DROP TABLE p;\n', 'pairs/0002_b.up.sql': 'ALTER TABLE p ADD COLUMN x int;\n' };
    const t = tmpTree(files);
    const loadAll = async (config: ResolvedConfig, build = 'test-build') => {
      const found = discover({ cwd: t.dir, paths: ['db', 'pairs'], changedFiles: ['pairs/0002_b.up.sql'], config });
      const cache = openLoweringCache('scope', { build })!;
      await loadMigrations(found, config, new Map(), undefined, { cache });
      return cache.stats;
    };
    try {
      const pg = defaultConfig();
      expect(await loadAll(pg)).toEqual({ hits: 0, misses: 8 });
      expect(await loadAll(pg)).toEqual({ hits: 8, misses: 0 });
      writeFileSync(path.join(t.dir, 'db/0002_step.sql'), 'ALTER TABLE users ADD COLUMN c2 bigint;\n');
      expect(await loadAll(pg)).toEqual({ hits: 7, misses: 1 });
      writeFileSync(path.join(t.dir, 'pairs/0001_a.down.sql'), 'DROP TABLE IF EXISTS p;\n');
      expect(await loadAll(pg)).toEqual({ hits: 7, misses: 1 });
      expect(await loadAll(pg, 'another-build')).toEqual({ hits: 0, misses: 8 });
      expect(await loadAll(defaultConfig({ dialect: 'mysql' }))).toEqual({ hits: 0, misses: 8 });
      expect(await loadAll({ ...defaultConfig({ dialect: 'mysql' }), mysqlVersion: 50700 })).toEqual({ hits: 0, misses: 8 });
    } finally {
      t.cleanup();
    }
  });

  it('ignores a corrupt, truncated or ill-shaped cache file', async () => {
    const t = tmpTree(project());
    try {
      process.env.MIGRATION_GUARD_CACHE = 'off';
      const off = await run(t.dir);
      delete process.env.MIGRATION_GUARD_CACHE;
      await run(t.dir);
      const [pack] = packFiles();
      const good = readFileSync(pack!, 'utf8');
      writeFileSync(pack!, good.slice(0, good.length / 2));
      expect(await run(t.dir)).toEqual(off);
      writeFileSync(pack!, 'not json at all\n{{{');
      expect(await run(t.dir)).toEqual(off);
      writeFileSync(pack!, Buffer.from([0, 1, 2, 255, 254]));
      expect(await run(t.dir)).toEqual(off);
      // A file whose checksum matches but whose entries are not lowered migrations.
      await run(t.dir);
      const text = readFileSync(pack!, 'utf8');
      const nl = text.indexOf('\n');
      const header = JSON.parse(text.slice(0, nl)) as Record<string, unknown>;
      const entries = JSON.parse(text.slice(nl + 1)) as Record<string, string>;
      const bad: Record<string, string> = {};
      let i = 0;
      for (const k of Object.keys(entries)) bad[k] = [JSON.stringify([{ id: 1 }]), '{"up": 3}', 'null', '[{"file": "elsewhere.sql"}]', 'not json'][i++ % 5]!;
      const payload = JSON.stringify(bad);
      writeFileSync(pack!, `${JSON.stringify({ ...header, sha256: createHash('sha256').update(payload).digest('hex') })}\n${payload}`);
      expect(await run(t.dir)).toEqual(off);
      // Ill-shaped entries were replaced by fresh ones.
      expect(await run(t.dir)).toEqual(off);
    } finally {
      t.cleanup();
    }
  });

  it('still lints when the cache directory cannot be created or written', async () => {
    const t = tmpTree(project());
    try {
      process.env.MIGRATION_GUARD_CACHE = 'off';
      const off = await run(t.dir);
      delete process.env.MIGRATION_GUARD_CACHE;
      const blocker = path.join(cacheRoot, 'a-file');
      writeFileSync(blocker, 'x');
      process.env.MIGRATION_GUARD_CACHE_DIR = path.join(blocker, 'cache');
      expect(await run(t.dir)).toEqual(off);
      expect(await run(t.dir)).toEqual(off);
    } finally {
      t.cleanup();
    }
  });

  it('takes only values JSON gives back unchanged', () => {
    const shared = { line: 1 };
    expect(isPlainTree({ a: [1, 'x', null, true, { b: undefined }] })).toBe(true);
    expect(isPlainTree({ a: shared, b: shared })).toBe(false);
    expect(isPlainTree({ a: new Map() })).toBe(false);
    expect(isPlainTree({ a: NaN })).toBe(false);
    expect(isPlainTree([undefined])).toBe(false);
    expect(isPlainTree({ f: () => 1 })).toBe(false);
  });
});
