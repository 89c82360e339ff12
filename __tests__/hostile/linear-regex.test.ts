/**
 * Regexes over user text that backtracked super-linearly (found with an automatic ReDoS checker,
 * each attack measured at seconds on a few KB) and their linear replacements. Two kinds of test:
 * the replacement gives what the old regex gave on thousands of random strings over the
 * characters that matter (fixed seed), and the old attack input, made much longer, completes.
 * No timing assertion: the old forms need minutes to hours on these inputs, so a regression hits
 * the test's own timeout.
 */
import { isAlembicFile } from '../../src/parse/alembic/detect.js';
import { isKnexFile } from '../../src/parse/knex/detect.js';
import { sqlLiterals } from '../../src/dryrun/app-queries.js';
import { isRailsMigrationFile } from '../../src/parse/rails/detect.js';
import { sqlType } from '../../src/parse/sql/phrasebook.js';
import { findSuppressions } from '../../src/parse/suppressions.js';
import { codeBlock } from '../../src/report/escape.js';
import { quotedLiterals, removeOnlineClauses, withOnlineClause, withoutOnlineClauses, alterActions, trimTrailingSemicolons } from '../../src/schema/mysql-online.js';
import { isVolatileFunction, isVolatileSqlText } from '../../src/schema/volatility.js';
import { parseBytes, parseDurationMs } from '../../src/stats/tiers.js';
import { lintFixture } from '../rollback/fixture.js';

/** A small deterministic generator (mulberry32): the same strings on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings made of `pieces` (characters or words), up to `max` of them. */
function strings(pieces: string[], count: number, max: number, seed = 21): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    let s = '';
    const n = Math.floor(next() * max);
    for (let i = 0; i < n; i++) s += pieces[Math.floor(next() * pieces.length)];
    return s;
  });
}

describe('the linear forms give what the regexes they replace gave', () => {
  test('MySQL online clauses (ALGORITHM=/LOCK=, the comma and whitespace before them)', () => {
    const old = /\s*,?\s*\b(?:ALGORITHM|LOCK)\s*=?\s*(?:DEFAULT|INSTANT|INPLACE|COPY|NOCOPY|NONE|SHARED|EXCLUSIVE)\b/gi;
    const pieces = [' ', '\t', '\n', ',', '=', ';', 'x', 'LOCK', 'lock', 'ALGORITHM', 'NONE', 'INSTANT', 'COPY', 'NONEX', '_', 'ALTER TABLE t', 'ADD c int'];
    for (const s of strings(pieces, 5000, 14)) expect(removeOnlineClauses(s)).toBe(s.replace(old, ''));
  });

  test('trailing whitespace and semicolons', () => {
    for (const s of strings([' ', '\t', '\n', ';', 'a', '\u2028'], 3000, 12)) expect(trimTrailingSemicolons(s)).toBe(s.replace(/[\s;]+$/, ''));
  });

  test('quoted enum members (doubled quotes, backslash escapes, unclosed quotes, line breaks)', () => {
    const old = /'((?:[^'\\]|\\.|'')*)'|"((?:[^"\\]|\\.|"")*)"/g;
    for (const s of strings(["'", '"', '\\', 'a', ',', '\n', '\u2028'], 20000, 12)) {
      expect(quotedLiterals(s)).toEqual([...s.matchAll(old)].map((m) => m[1] ?? m[2] ?? ''));
    }
  });

  test('function calls in default text', () => {
    const oldVolatile = (sql: string): boolean => {
      const withoutLiterals = sql.replace(/'(?:[^']|'')*'/g, "''");
      const call = /(::\s*)?("?[A-Za-z_][\w$.]*"?)\s*\(/g;
      for (let m = call.exec(withoutLiterals); m; m = call.exec(withoutLiterals)) {
        if (m[1]) continue;
        const name = m[2]!.replace(/"/g, '').split('.').pop()!.toLowerCase();
        if (isVolatileFunction(name)) return true;
      }
      return false;
    };
    const pieces = ['now', 'random', 'x', '9', '.', '"', '(', ')', ' ', '::', "'", 'gen_random_uuid', 'pg.now', '$'];
    for (const s of strings(pieces, 5000, 10)) expect(isVolatileSqlText(s)).toBe(oldVolatile(s));
  });

  test('SQL type text kept as written', () => {
    const old = (text: string) => /^[A-Za-z][A-Za-z0-9_ ]*(\(\s*\d+(\s*,\s*\d+)?\s*\))?(\s*\[\])*$/.test(text.trim());
    for (const s of strings(['a', ' ', '  ', '\t', '(', ')', '1', ',', '[]', '[', '_'], 5000, 10)) {
      expect(sqlType({ text: s, name: 'fallback', args: [], array: false }) === s.trim()).toBe(old(s) || s.trim() === 'fallback');
    }
  });

  test('detection regexes whose line-start scan crossed blank lines', () => {
    const oldRails = (text: string) => /^\s*class\s+[\w:]+\s*<\s*ActiveRecord::Migration\b/m.test(text);
    for (const s of strings(['\n', ' ', '\t', '\r', 'class ', 'A', '::', '<', ' ActiveRecord::Migration', '[7.1]', '\u2028'], 5000, 10)) {
      expect(isRailsMigrationFile('db/migrate/20240101000000_a.rb', s)).toBe(oldRails(s));
    }
    // No CR or U+2028 among the pieces: those end the annotation now (CR-only files), as in Python.
    const oldAlembic = (text: string) => /^revision\s*(?::[^=\n]*)?=/m.test(text) && /^def\s+upgrade\s*\(/m.test(text);
    for (const s of strings(['revision', ':', ' ', '=', '\n', 'str', 'def upgrade(', '#'], 5000, 10)) {
      expect(isAlembicFile(s)).toBe(oldAlembic(s));
    }
  });

  test('sizes and durations from the config', () => {
    const oldBytes = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)?\s*$/i;
    for (const s of strings([' ', '\t', '1', '.', '5', 'GB', 'mib', 'b', 'x'], 3000, 8)) expect(parseBytes(s) !== null).toBe(oldBytes.test(s));
    const oldMs = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m|h)?\s*$/i;
    for (const s of strings([' ', '\t', '1', '.', '5', 'ms', 'min', 'h', 'x'], 3000, 8)) expect(parseDurationMs(s) !== null).toBe(oldMs.test(s));
  });
});

describe('the attack inputs complete', () => {
  const ws = (n: number) => '\t'.repeat(n);

  // The old clause regex took 17 s on 1,000 characters of this shape.
  test('MySQL online clauses between long whitespace runs', () => {
    const sql = `ALTER TABLE t ADD COLUMN c int${ws(20_000)},${ws(20_000)}LOCK${ws(20_000)}LOCKCOPY${ws(20_000)}ALGORITHM = INPLACE${ws(20_000)};${ws(20_000)}`;
    // `LOCKCOPY` is `LOCK` + `COPY` with no space, as the server reads it.
    expect(withoutOnlineClauses(sql) === `ALTER TABLE t ADD COLUMN c int${ws(20_000)},${ws(20_000)}LOCK`).toBe(true);
    expect(alterActions(sql)?.actions).toBe('ADD COLUMN c int , LOCK');
    expect(withOnlineClause(sql, 'ALGORITHM=INSTANT').endsWith(`${ws(1)}LOCK, ALGORITHM=INSTANT;`)).toBe(true);
    expect(quotedLiterals(`'${"\\'".repeat(100_000)}`)).toEqual([]);
    expect(quotedLiterals(`"\\"\\`.repeat(100_000))).toEqual([]);
  }, 30_000);

  test('MySQL: an ALTER padded with whitespace is still judged, its suggestion built', async () => {
    const alter = `ALTER TABLE users ADD INDEX users_email_idx (email)${' '.repeat(30_000)}LOCK${' '.repeat(30_000)};\n`;
    const { report } = await lintFixture({
      dialect: 'mysql',
      history: { 'db/0001_users.sql': 'CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, email varchar(100), kind ENUM(\'a\', \'b\'));\n' },
      change: {
        'db/0002_index.sql': alter,
        'db/0003_enum.sql': `ALTER TABLE users MODIFY kind ENUM('a', 'b', ${"'\\'".repeat(20_000)}) ${' '.repeat(30_000)}, ALGORITHM=INSTANT;\n`,
      },
    });
    expect(report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'db/0002_index.sql', ruleId: 'mysql-missing-online-ddl' })]));
  }, 60_000);

  test('line-start detections over 200k blank lines, CR-only line breaks', () => {
    expect(isRailsMigrationFile('db/migrate/20240101000000_a.rb', '\n'.repeat(200_000))).toBe(false);
    expect(isRailsMigrationFile('db/migrate/20240101000000_a.rb', ' \n'.repeat(200_000) + 'class A < ActiveRecord::Migration[7.1]\nend\n')).toBe(true);
    expect(isAlembicFile('revision:\r'.repeat(100_000))).toBe(false);
  }, 30_000);

  test('suppression markers before a U+2028 on one line', () => {
    const line = `${'-- migration-guard: ignore x '.repeat(20_000)}\u2028SELECT 1;`;
    expect(findSuppressions(line)).toEqual([]);
    expect(findSuppressions(`SELECT 1; -- migration-guard: ignore set-not-null -- why`)).toEqual([{ line: 1, ownLine: false, ruleIds: ['set-not-null'], reason: 'why' }]);
  }, 30_000);

  test('long names, capitals, newlines and type text', () => {
    expect(isVolatileSqlText(`${'a'.repeat(200_000)} random()`)).toBe(true);
    expect(isVolatileSqlText(`${'a'.repeat(200_000)}`)).toBe(false);
    expect(codeBlock(`${'\n'.repeat(100_000)}x\n\n`) === `\`\`\`\n${'\n'.repeat(100_000)}x\n\`\`\``).toBe(true);
    expect(sqlType({ text: `A${' '.repeat(100_000)},0)`, name: 'int', args: [], array: false })).toBe('int');
    expect(parseBytes(`1${ws(100_000)}x`)).toBeNull();
  }, 30_000);

  test('Knex detection after `export function` and a long whitespace run', () => {
    expect(isKnexFile(`export function${ws(300_000)}=`)).toBe(false);
    expect(isKnexFile(`export function${ws(300_000)}* up(knex) {}`)).toBe(true);
  }, 30_000);

  test('Knex: a padded CHECK and DEFAULT text do not stall the file; the statement after them is checked', async () => {
    const pad = ' '.repeat(20_000);
    const code = `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.integer('c').defaultTo(knex.raw('${pad}(${pad}NULL${pad}NULL'));
    t.check('${pad}(${pad}email IS NOT NULL${pad})${pad}x', [], 'users_email_check');
  });
  await knex.schema.alterTable('users', (t) => { t.index(['email']); });
};
exports.down = async () => {};
`;
    const { report } = await lintFixture({
      history: { 'db/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n' },
      change: { 'migrations/20240101000000_pad.js': code },
    });
    expect(report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'migrations/20240101000000_pad.js', ruleId: 'require-concurrent-index', line: 6 })]));
  }, 60_000);

  test('dbmate: a line of 50k `-- migrate:up` markers is read once', async () => {
    const sql = `-- migrate:up${' -- migrate:up'.repeat(50_000)}\nCREATE INDEX t_c ON t (c);\n-- migrate:down\nDROP INDEX t_c;\n`;
    const { report } = await lintFixture({
      history: { 'db/migrations/20240101000000_t.sql': '-- migrate:up\nCREATE TABLE t (id bigint PRIMARY KEY, c int);\n-- migrate:down\nDROP TABLE t;\n' },
      change: { 'db/migrations/20240102000000_index.sql': sql },
    });
    expect(report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'db/migrations/20240102000000_index.sql', ruleId: 'require-concurrent-index' })]));
  }, 60_000);

  // Each opener searched the rest of the file for its terminator (3 s for 40,000 openers).
  test('Ruby application code: 200k heredoc openers without a terminator', () => {
    const text = `${'x = <<SQL\n'.repeat(200_000)}q = "SELECT id FROM users"\n`;
    expect(sqlLiterals('app/models/a.rb', text).literals.map((l) => l.text)).toEqual(['SELECT id FROM users']);
    expect(sqlLiterals('app/models/b.rb', 'x = <<~SQL\n  SELECT id FROM users\nSQL\ny = <<SQL\n').literals.map((l) => l.text)).toEqual(['SELECT id FROM users']);
  }, 30_000);
});
