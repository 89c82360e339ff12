import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { ruleDocPage, ruleIndexPage } from '../src/docs/rule-docs.js';
import { lintCase } from './helpers/rule-tester.js';

const ruleFiles = readdirSync('rules').filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
// The catalog lives in the shared design folder beside the checkout (CI has it; a laptop clone may not).
const catalogPath = path.resolve('..', 'shared', 'RULES.md');
const catalog = existsSync(catalogPath) ? readFileSync(catalogPath, 'utf8') : null;
if (!catalog) console.warn(`notice: ${catalogPath} not found; skipping the RULES.md id check`);

/** Rules whose bad example needs a layout with a down part, not a single plain file. */
const LAYOUT_FOR_DOCS: Record<string, 'golang-migrate'> = { 'missing-downgrade': 'golang-migrate', 'migration-conflict': 'golang-migrate' };
/** Rules whose bad example is about application code: the code its comment describes. */
const APP_FILES_FOR_BAD_DOCS: Record<string, Record<string, string>> = {
  'column-still-referenced': { 'app/models/user.py': 'class User(Base):\n    legacy_email = Column(Text)\n' },
  // A directory expects down files only when it uses them: an earlier migration here has one.
  'missing-downgrade': { 'b_change/000001_init.up.sql': 'CREATE TABLE t (id int);\n', 'b_change/000001_init.down.sql': 'DROP TABLE t;\n' },
  // The base branch already has a migration of the same version as the change's (000100).
  'migration-conflict': { 'b_change/000100_create_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n', 'b_change/000100_create_users.down.sql': 'DROP TABLE users;\n' },
};

/** Rules whose example needs production statistics: a snapshot where the example's table is large, and a lock budget. */
const SNAPSHOT_FOR_DOCS: Record<string, { appFiles: Record<string, string>; config: Record<string, string> }> = {
  'lock-exceeds-budget': {
    appFiles: {
      'stats.json': JSON.stringify({ version: 1, dialect: 'postgres', capturedAt: '2026-12-01T00:00:00Z', tables: [{ schema: 'public', name: 'events', bytes: 50e9, rows: 4e8, indexes: [] }] }),
    },
    config: { stats: 'stats.json', lockBudget: '2s' },
  },
};

/**
 * Rules no SQL can trigger: a bug in the linter itself (its own tests provoke one), or the
 * dry-run's evidence (breaks-app-query: its tests are the dry-run's).
 */
const NOT_TRIGGERED_BY_SQL = new Set(['internal-error', 'breaks-app-query']);

describe('rule parity', () => {
  test('the registry lists every rule file, sorted by id', () => {
    expect(rules.map((r) => r.id)).toEqual([...ruleFiles].sort());
    expect(rules.map((r) => r.id)).toEqual(rules.map((r) => r.id).slice().sort());
  });

  describe.each(ruleFiles)('%s', (id) => {
    const rule = rules.find((r) => r.id === id)!;

    test('id equals the file name and is in the catalog', () => {
      expect(rule?.id).toBe(id);
      if (catalog) expect(new RegExp(`(^|[|\\s\`])${id}([|\\s\`,]|$)`, 'm').test(catalog)).toBe(true);
    });

    test('has a test file', () => {
      expect(existsSync(path.join('__tests__', 'rules', `${id}.test.ts`))).toBe(true);
    });

    test('docs.bad triggers the rule and docs.good does not', async () => {
      const dialect = rule.dialects.includes('postgres') ? 'postgres' : 'mysql';
      const base = { name: 'docs', history: rule.docs.history, dialect, layout: LAYOUT_FOR_DOCS[id] } as const;
      const stats = SNAPSHOT_FOR_DOCS[id];
      const bad = await lintCase(id, { ...base, sql: rule.docs.bad, appFiles: { ...APP_FILES_FOR_BAD_DOCS[id], ...stats?.appFiles }, config: stats?.config }, 'sql', rule.docs.bad);
      const good = await lintCase(id, { ...base, sql: rule.docs.good, down: LAYOUT_FOR_DOCS[id] ? 'SELECT 1;' : undefined, appFiles: stats?.appFiles, config: stats?.config }, 'sql', rule.docs.good);
      if (!NOT_TRIGGERED_BY_SQL.has(id)) expect(bad.filter((f) => f.ruleId === id).length).toBeGreaterThan(0);
      expect(good.filter((f) => f.ruleId === id)).toEqual([]);
    });

    test('its docs page is current', () => {
      expect(readFileSync(path.join('docs', 'rules', `${id}.md`), 'utf8')).toBe(ruleDocPage(rule));
    });
  });

  test('the docs index is current', () => {
    expect(readFileSync(path.join('docs', 'rules', 'README.md'), 'utf8')).toBe(ruleIndexPage(rules));
  });
});
