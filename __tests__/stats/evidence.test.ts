import { resolveConfig, UsageError } from '../../src/config.js';
import { validateConfig } from '../../src/config-schema.js';
import { lint } from '../../src/engine.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { estimateWork, newIndexBytes } from '../../src/stats/estimate.js';
import { parseBytes, parseDurationMs } from '../../src/stats/tiers.js';
import { tmpTree } from '../helpers/tmp.js';

const HISTORY = [
  'CREATE TABLE events (id bigint PRIMARY KEY, kind text, n integer, created_at timestamptz);',
  'CREATE TABLE accounts (id bigint PRIMARY KEY, plan text, n integer);',
  'CREATE TABLE tiny (id bigint PRIMARY KEY, n integer);',
].join('\n');

/** One statement of each priced kind, on tables of three sizes. */
const CHANGE = [
  'CREATE INDEX events_created_at_idx ON events (created_at);',
  'ALTER TABLE events ALTER COLUMN n TYPE bigint;',
  'ALTER TABLE accounts ALTER COLUMN plan SET NOT NULL;',
  'ALTER TABLE tiny ALTER COLUMN n TYPE bigint;',
  'ALTER TABLE tiny RENAME COLUMN n TO m;',
].join('\n');

const SNAPSHOT = JSON.stringify({
  version: 1,
  dialect: 'postgres',
  capturedAt: '2026-12-01T00:00:00Z',
  statsResetAt: '2026-11-30T00:00:00Z',
  tables: [
    { schema: 'public', name: 'events', bytes: 50e9, rows: 4e8, toastBytes: 0, indexes: [{ name: 'events_pkey', bytes: 9e9, columns: ['id'] }], writes: { inserts: 864000, updates: 0, deletes: 0 } },
    { schema: 'public', name: 'accounts', bytes: 2e8, rows: 1e6, indexes: [], writes: { inserts: 0, updates: 8640, deletes: 0 } },
    { schema: 'public', name: 'tiny', bytes: 8192, rows: 12, indexes: [] },
  ],
});

const TIERS = { small: { maxRows: 10000, severity: 'info' }, large: { minBytes: '10GB', raise: true } };

async function run(config: Record<string, unknown>, withSnapshot = true) {
  const tree = tmpTree({ 'db/0001_init.sql': HISTORY, 'db/0002_change.sql': CHANGE, ...(withSnapshot ? { 'ops/stats.json': SNAPSHOT } : {}) });
  try {
    const resolved = resolveConfig(validateConfig(config, 'test config'), null);
    return await lint({ cwd: tree.dir, paths: ['db'], changedFiles: ['db/0002_change.sql'], config: resolved });
  } finally {
    tree.cleanup();
  }
}

describe('without a snapshot nothing changes', () => {
  test('tiers and lockBudget alone leave every finding as it is, and the JSON has no evidence', async () => {
    const plain = await run({}, false);
    const configured = await run({ tiers: TIERS, lockBudget: '2s' }, false);
    expect(plain.report.findings.length).toBeGreaterThan(3);
    expect(configured.report.findings).toEqual(plain.report.findings);
    expect(configured.report.migrations).toEqual(plain.report.migrations);
    expect(renderJson(configured.report)).toBe(renderJson(plain.report));
    expect(renderJson(plain.report)).not.toContain('evidence');
    expect(renderMarkdown(plain.report)).not.toContain('Production evidence');
  });
});

describe('with a snapshot', () => {
  test('lock findings carry the table, its size, write rate and the estimate; other findings do not', async () => {
    const { report } = await run({ stats: 'ops/stats.json' });
    const plain = await run({}, false);
    // Same findings (rule, place); only messages grow and evidence is added.
    expect(report.findings.map((f) => [f.ruleId, f.line, f.severity])).toEqual(plain.report.findings.map((f) => [f.ruleId, f.line, f.severity]));
    const rewrite = report.findings.find((f) => f.ruleId === 'change-column-type' && f.line === 2)!;
    expect(rewrite.evidence).toMatchObject({ table: 'public.events', bytes: 50e9, rows: 4e8, writesPerSec: 10, operation: 'rewrite', lockMode: 'ACCESS EXCLUSIVE', blocksWrites: true });
    expect(rewrite.evidence!.estimatedLockMs).toBeGreaterThan(60_000);
    expect(rewrite.message).toMatch(/In production public\.events is 50\.0 GB, ~400,000,000 rows, 10 writes\/s: estimated [\d.]+ min under ACCESS EXCLUSIVE/);
    const scan = report.findings.find((f) => f.ruleId === 'set-not-null')!;
    expect(scan.evidence).toMatchObject({ table: 'public.accounts', operation: 'scan', writesPerSec: 0.1 });
    const json = JSON.parse(renderJson(report));
    expect(json.findings.find((f: { ruleId: string; line: number }) => f.ruleId === 'change-column-type' && f.line === 2).evidence.estimatedLockMs).toBe(rewrite.evidence!.estimatedLockMs);
    expect(json.migrations[0].evidence.statements.map((s: { line: number; operation: string }) => [s.line, s.operation])).toEqual([
      [1, 'indexBuild'], [2, 'rewrite'], [3, 'scan'], [4, 'rewrite'], [5, 'metadata'],
    ]);
  });

  test('severities follow the configured tiers: small lowered to info, large raised, the rest kept', async () => {
    const { report } = await run({ stats: 'ops/stats.json', tiers: TIERS });
    const plain = (await run({}, false)).report.findings;
    const sev = (findings: typeof plain, rule: string, line: number) => findings.find((f) => f.ruleId === rule && f.line === line)?.severity;
    // tiny (12 rows): small → info.
    expect(sev(plain, 'change-column-type', 4)).toBe('error');
    expect(sev(report.findings, 'change-column-type', 4)).toBe('info');
    expect(report.findings.find((f) => f.ruleId === 'change-column-type' && f.line === 4)!.message).toContain('Table tier small: error → info.');
    expect(report.findings.find((f) => f.ruleId === 'change-column-type' && f.line === 4)!.evidence!.tier).toBe('small');
    // events (50 GB): large raises a warning to an error.
    expect(sev(plain, 'require-lock-timeout', 1)).toBe('warning');
    expect(sev(report.findings, 'require-lock-timeout', 1)).toBe('error');
    // accounts (200 MB, 1M rows): no tier, unchanged.
    expect(sev(report.findings, 'set-not-null', 3)).toBe(sev(plain, 'set-not-null', 3));
    // Non-lock findings never move (rename-column is about compatibility).
    expect(sev(report.findings, 'rename-column', 5)).toBe(sev(plain, 'rename-column', 5));
    expect(report.summary.infos).toBe(report.findings.filter((f) => f.severity === 'info').length);
  });

  test('lockBudget: lock-exceeds-budget on the statements estimated over it, and the reports show the estimates', async () => {
    const { report } = await run({ stats: 'ops/stats.json', lockBudget: '2s' });
    const over = report.findings.filter((f) => f.ruleId === 'lock-exceeds-budget');
    expect(over.map((f) => f.line)).toEqual([1, 2]);
    expect(over[0]!.message).toMatch(/estimated to hold SHARE on public\.events for ~[\d.]+ min, over the lock budget of 2\.0 s/);
    // Markdown escapes (\~, 50\.0) undone, to read the text as a reviewer sees it.
    const md = renderMarkdown(report).replace(/\\(.)/g, '$1');
    expect(md).toContain('## Production evidence');
    expect(md).toMatch(/Tables: `public\.events` \(50\.0 GB, ~400,000,000 rows, 10 writes\/s\)/);
    expect(md).toMatch(/\| 2 \| `public\.events` \| rewrite \| ACCESS EXCLUSIVE \| [\d.]+ min 🛑 over budget \|/);
    expect(md).toMatch(/\| 5 \| `public\.tiny` \| catalog change \| ACCESS EXCLUSIVE \| 2 ms \|/);
    // The timeline from the estimates (no dry-run measured anything): one bar per statement, in order.
    expect(md).toContain('```mermaid\ngantt\n    title Estimated locks of 0002_change');
    expect(md).toMatch(/section public\.events\n    SHARE \(line 1\) :crit, e0, 0, \d+\n    ACCESS EXCLUSIVE \(line 2\) :crit, e1, \d+, \d+/);
    const text = renderText(report, { color: false });
    expect(text).toContain('Production evidence (snapshot 2026-12-01):');
    expect(text).toMatch(/line 1: index build of public\.events under SHARE: ~[\d.]+ min \(over the lock budget\)/);
  });

  test('a missing or malformed snapshot is a usage error naming the file', async () => {
    await expect(run({ stats: 'ops/nope.json' }, false)).rejects.toThrow(/ops\/nope\.json/);
    const tree = tmpTree({ 'db/0001.sql': 'SELECT 1;', 's.json': '{"version": 1, "dialect": "oracle"}' });
    try {
      const config = resolveConfig({ stats: 's.json' }, null);
      await expect(lint({ cwd: tree.dir, paths: ['db'], config })).rejects.toThrow(UsageError);
    } finally {
      tree.cleanup();
    }
  });
});

describe('MySQL/MariaDB snapshot', () => {
  test('a table copy blocks writes and is priced as a rewrite; an online index build lets writes continue', async () => {
    const snap = JSON.stringify({ version: 1, dialect: 'mysql', capturedAt: '2026-12-01T00:00:00Z', statsResetAt: null, tables: [{ schema: 'shop', name: 'orders', bytes: 5e9, rows: 2e7, indexes: [{ name: 'PRIMARY', bytes: 0, columns: ['id'] }] }] });
    const tree = tmpTree({
      'db/0001_init.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, email varchar(100), n int);',
      'db/0002_change.sql': 'ALTER TABLE orders MODIFY n bigint;\nCREATE INDEX orders_email ON orders (email);',
      'stats.json': snap,
    });
    try {
      const config = resolveConfig(validateConfig({ dialect: 'mysql', stats: 'stats.json', lockBudget: '2s' }, 't'), null);
      const { report } = await lint({ cwd: tree.dir, paths: ['db'], changedFiles: ['db/0002_change.sql'], config });
      const rows = report.migrations[0]!.evidence!.statements.map((s) => [s.line, s.operation, s.lockMode, s.blocksWrites]);
      expect(rows).toEqual([[1, 'rewrite', 'COPY (writes blocked)', true], [2, 'indexBuild', 'INPLACE (writes continue)', false]]);
      expect(report.findings.filter((f) => f.ruleId === 'lock-exceeds-budget').map((f) => f.line)).toEqual([1]);
      expect(report.findings.find((f) => f.ruleId === 'mysql-unsafe-alter')!.evidence).toMatchObject({ table: 'shop.orders', operation: 'rewrite', writesPerSec: null });
    } finally {
      tree.cleanup();
    }
  });
});

describe('config: tiers and lockBudget', () => {
  const resolve = (raw: unknown) => resolveConfig(validateConfig(raw, 'c.yml'), 'c.yml');
  test('resolved in order, sizes and durations parsed', () => {
    const c = resolve({ lockBudget: '1.5s', tiers: TIERS });
    expect(c.lockBudgetMs).toBe(1500);
    expect(c.tiers).toEqual([
      { name: 'small', minRows: null, maxRows: 10000, minBytes: null, maxBytes: null, severity: 'info', shift: 0 },
      { name: 'large', minRows: null, maxRows: null, minBytes: 1e10, maxBytes: null, severity: null, shift: 1 },
    ]);
    expect(parseBytes('1GiB')).toBe(1024 ** 3);
    expect(parseBytes('500 MB')).toBe(5e8);
    expect(parseDurationMs('2min')).toBe(120_000);
  });
  test('mistakes name the key', () => {
    expect(() => resolve({ lockBudget: 'soon' })).toThrow("c.yml: 'lockBudget': 'soon' is not a duration");
    expect(() => resolve({ tiers: { big: { minBytes: 'lots', raise: true } } })).toThrow("'tiers.big.minBytes': 'lots' is not a size");
    expect(() => resolve({ tiers: { big: { minRows: 5, raise: true, severity: 'error' } } })).toThrow("'tiers.big': set exactly one of severity, raise: true or lower: true");
    expect(() => resolve({ tiers: { big: { raise: true } } })).toThrow("'tiers.big': needs a bound");
    expect(() => resolve({ tiers: { big: { minRows: 5, raise: true, extra: 1 } } })).toThrow("unknown key 'tiers.big.extra'");
  });
});

describe('the model', () => {
  const table = { schema: 'public', name: 't', bytes: 100e6, rows: 1e6, toastBytes: 0, indexes: [{ name: 't_pkey', bytes: 22e6, columns: ['id'] }] };
  test('linear in the table size for each kind', () => {
    const big = { ...table, bytes: 10 * table.bytes, rows: 10 * table.rows, indexes: [{ name: 't_pkey', bytes: 220e6, columns: ['id'] }] };
    for (const kind of ['rewrite', 'scan', 'indexBuild'] as const) {
      const work = { kind, table: 't', lockMode: 'ACCESS EXCLUSIVE', columns: ['n'], what: kind };
      const small = estimateWork(work, table).ms;
      const large = estimateWork(work, big).ms;
      expect(large / small).toBeGreaterThan(8);
      expect(large / small).toBeLessThan(10.5);
    }
    expect(estimateWork({ kind: 'metadata', table: 't', lockMode: 'ACCESS EXCLUSIVE', columns: [], what: 'x' }, big).ms).toBeLessThan(10);
  });
  test('an index build is priced from the indexed columns\' width', () => {
    const widths = { ...table, columns: [{ name: 'n', avgWidth: 4 }, { name: 'body', avgWidth: 200 }] };
    expect(newIndexBytes(widths, ['body'])).toBeGreaterThan(5 * newIndexBytes(widths, ['n']));
    // Without widths from the snapshot, the schema's type decides (int4: 4 bytes).
    expect(newIndexBytes(table, ['n'], [{ name: 'int4', args: [], array: false, text: 'integer' }])).toBe(newIndexBytes(widths, ['n']));
  });
});

describe('the snapshot file in the repository', () => {
  test('is not application code: column-still-referenced never cites the query texts it holds', async () => {
    const snapshot = JSON.stringify({ version: 1, dialect: 'postgres', capturedAt: '2026-12-01T00:00:00Z', tables: [], statements: [{ query: 'SELECT legacy_kind FROM events WHERE id = $1', calls: 10, meanMs: 1 }] });
    const files = {
      'db/0001_init.sql': 'CREATE TABLE events (id bigint PRIMARY KEY, legacy_kind text);',
      'db/0002_change.sql': 'ALTER TABLE events DROP COLUMN legacy_kind;',
      'ops/stats.json': snapshot,
      'app/events.py': 'def kind(db):\n    return db.execute("SELECT legacy_kind FROM events")\n',
    };
    const refs = async (withApp: boolean) => {
      const tree = tmpTree(withApp ? files : { ...files, 'app/events.py': '# nothing\n' });
      try {
        const config = resolveConfig(validateConfig({ stats: './ops/stats.json' }, 'test config'), null);
        const r = await lint({ cwd: tree.dir, paths: ['db'], changedFiles: ['db/0002_change.sql'], config });
        return r.report.findings.filter((f) => f.ruleId === 'column-still-referenced').map((f) => f.message);
      } finally {
        tree.cleanup();
      }
    };
    expect(await refs(false)).toEqual([]);
    const withCode = await refs(true);
    expect(withCode).toHaveLength(1);
    expect(withCode[0]).toContain('app/events.py:2');
    expect(withCode[0]).not.toContain('stats.json');
  });
});
