import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateConfig } from '../../src/config-schema.js';
import { resolveConfig } from '../../src/config.js';
import { lint } from '../../src/engine.js';
import { tmpTree } from '../helpers/tmp.js';
import { FIXTURE_DIR, knexFixtures } from './helpers.js';

const HISTORY = `CREATE TABLE orgs (id bigint PRIMARY KEY);
CREATE TABLE teams (id bigint PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY, email text, name varchar(100) NOT NULL, bio text, legacy_flag boolean,
  org_id bigint, active boolean, public_id uuid, plan text, score int, team_id bigint, legacy_token text);
CREATE TABLE sessions (id bigint PRIMARY KEY);
`;

/** Knex fixtures through the real engine (discovery → Knex front end → schema model → rules → report). */
async function lintFixtures(names: string[]) {
  const files: Record<string, string> = { 'a_history/0001_base.sql': HISTORY };
  for (const name of names) files[`b_change/${name}`] = readFileSync(path.join(process.cwd(), FIXTURE_DIR, name), 'utf8');
  const t = tmpTree(files);
  try {
    const config = resolveConfig(validateConfig({ lockTimeout: '2s' }, 'test config'), null, {});
    const changedFiles = names.map((n) => `b_change/${n}`);
    const { report } = await lint({ cwd: t.dir, paths: ['b_change', 'a_history'], changedFiles, config });
    const at = (file: string, ruleId: string) => report.findings.filter((f) => f.file === `b_change/${file}` && f.ruleId === ruleId).map((f) => f.line);
    return { report, at };
  } finally {
    t.cleanup();
  }
}

describe('Knex fixtures through the engine', () => {
  test('findings sit on the lines the front end reports; other files are still linted', async () => {
    const names = knexFixtures().filter((n) => !n.startsWith('20240101'));
    const { report, at } = await lintFixtures(names);
    expect(report.migrations.filter((m) => m.file.startsWith('b_change/')).map((m) => m.framework)).toEqual(names.map(() => 'knex'));

    // The one syntax error, at its line; the rest of that file is still linted.
    expect(report.findings.filter((f) => f.ruleId === 'parse-error').map((f) => `${f.file}:${f.line}`)).toEqual(['b_change/20240107000000_syntax_error.js:5']);
    expect(at('20240107000000_syntax_error.js', 'drop-table-without-deprecation')).toEqual([6]);
    // Raw CONCURRENTLY: fatal inside Knex's transaction, fine with config.transaction = false.
    expect(at('20240104000000_index_in_transaction.mjs', 'concurrent-in-transaction')).toEqual([4]);
    expect(at('20240103000000_concurrent_index.js', 'concurrent-in-transaction')).toEqual([]);
    // Builder calls point at the inner table-builder line.
    expect(at('20240102000000_alter_users.ts', 'add-column-required')).toEqual([5]);
    expect(at('20240102000000_alter_users.ts', 'rename-column')).toEqual([11]);
    expect(at('20240102000000_alter_users.ts', 'require-concurrent-index')).toEqual([13]);
    // .notNullable().alter() on a NOT NULL column: Knex drops NOT NULL and sets it again (a full
    // scan); the later dropNullable('name') finds it NOT NULL already.
    expect(at('20240102000000_alter_users.ts', 'set-not-null')).toEqual([7]);
    // Dynamic constructs and typos are reported as unanalyzable, once per construct.
    expect(at('20240106000000_dynamic.js', 'unanalyzable')).toEqual([6, 8, 11, 12]);
    // Rollback readiness: absent down, empty down, a down that throws.
    expect(at('20240109000000_no_down.js', 'missing-downgrade')).toEqual([1]);
    expect(at('20240108000000_backfill.ts', 'missing-downgrade')).toEqual([13]);
    expect(report.migrations.find((m) => m.file.endsWith('20240106000000_dynamic.js'))?.rollback.verdict).toBe('irreversible');
  });

  test('createTable then index in the same migration: no locking findings', async () => {
    const { at } = await lintFixtures(['20240101000000_create_users.js']);
    expect(at('20240101000000_create_users.js', 'require-concurrent-index')).toEqual([]);
    expect(at('20240101000000_create_users.js', 'constraint-not-valid')).toEqual([]);
    expect(at('20240101000000_create_users.js', 'add-unique-constraint')).toEqual([]);
  });
});
