import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { breaksAppQuery } from '../../rules/breaks-app-query.js';
import { ruleById } from '../../rules/index.js';
import { collectAppQueries, originLabel, sqlLiterals, toDollarParams } from '../../src/dryrun/app-queries.js';
import { guardAppQuery, guardPostgres } from '../../src/dryrun/guard.js';
import { SNAPSHOT_VERSION } from '../../src/stats/snapshot.js';
import { lintCase } from '../helpers/rule-tester.js';

/**
 * breaks-app-query is reported by the dry-run (its failing and passing cases against real
 * databases are in __tests__/dryrun/app-queries.test.ts). Here: the rule's metadata, that lint
 * alone never reports it, how the application's queries are found, and the guard that decides
 * what is ever sent for them.
 */

describe('breaks-app-query', () => {
  test('is registered as an error-level compatibility rule reported by the dry-run', () => {
    expect(ruleById('breaks-app-query')).toMatchObject({ id: 'breaks-app-query', severity: 'error', category: 'compatibility', reportedByEngine: true });
  });

  test('lint alone never reports it (only a dry-run can prepare the queries)', async () => {
    const rule = ruleById('breaks-app-query')!;
    const findings = await lintCase('breaks-app-query', { name: 'static', history: rule.docs.history, sql: rule.docs.bad }, 'sql', rule.docs.bad);
    expect(findings.filter((f) => f.ruleId === 'breaks-app-query')).toEqual([]);
  });

  test('the messages name the query, where it comes from and the error', () => {
    const up = breaksAppQuery.afterUpgrade('SELECT legacy_email FROM users', ['app/users.py:5', 'pg_stat_statements, 4.2 calls/s'], 'column "legacy_email" does not exist');
    expect(up.message).toBe('After this migration the application query `SELECT legacy_email FROM users` (app/users.py:5; pg_stat_statements, 4.2 calls/s) no longer prepares: column "legacy_email" does not exist. The code running during the deploy issues it and fails.');
    const down = breaksAppQuery.afterRollback('SELECT nickname FROM users', ['app/profile.rb:4'], 'column "nickname" does not exist', true);
    expect(down.message).toContain("After this migration's rollback");
    expect(down.message).toContain('needs what this migration adds');
    expect(breaksAppQuery.afterRollback('q', [], 'e', false).message).toContain('the down does not restore');
  });
});

describe('the guard for application queries: one DML statement, PREPAREd, never anything else', () => {
  test.each([
    ['DROP TABLE users', /Drop is not an application query/],
    ['SELECT 1; DROP TABLE users', /2 statements/],
    ['SELECT 1 FROM users; SELECT 2', /2 statements/],
    ['EXECUTE migration_guard_app_query', /Execute is not an application query/],
    ['DEALLOCATE ALL', /Deallocate is not/],
    ['COMMIT', /Transaction is not/],
    ['SELECT * INTO stolen FROM users', /SELECT INTO creates a table/],
    ['SELECT pg_terminate_backend($1)', /pg_terminate_backend/],
    ['SELECT dblink_exec($1, $2)', /dblink/],
    ['SELECT * FROM pg_settings', /pg_settings/],
    ['SELECT 1 /* unterminated', /cannot read/],
    ['MERGE INTO a USING b ON true WHEN MATCHED THEN DELETE', /Merge is not an application query/],
  ])('%s → refused', async (query, reason) => {
    const d = await guardAppQuery(query, 'migration_guard_app_query');
    expect(d.action).toBe('refuse');
    expect(d.action === 'refuse' && d.reason).toMatch(reason);
  });

  test.each([
    ['SELECT email FROM users WHERE id = $1', 'PREPARE migration_guard_app_query AS SELECT email FROM users WHERE id = $1'],
    ['INSERT INTO users (email) VALUES ($1) RETURNING id;', 'PREPARE migration_guard_app_query AS INSERT INTO users (email) VALUES ($1) RETURNING id'],
    ['WITH d AS (DELETE FROM users WHERE id = $1 RETURNING *) SELECT count(*) FROM d', 'PREPARE migration_guard_app_query AS WITH d AS (DELETE FROM users WHERE id = $1 RETURNING *) SELECT count(*) FROM d'],
    // A semicolon inside a dollar-quoted string is text, not a second statement.
    ['SELECT $$;DROP TABLE users;$$ FROM users', 'PREPARE migration_guard_app_query AS SELECT $$;DROP TABLE users;$$ FROM users'],
    // A trailing line comment cannot swallow the DEALLOCATE sent with it.
    ['SELECT email FROM users -- by id', 'PREPARE migration_guard_app_query AS SELECT email FROM users -- by id'],
  ])('%s → prepared', async (query, sql) => {
    expect(await guardAppQuery(query, 'migration_guard_app_query')).toEqual({ action: 'prepare', sql, batch: `${sql}\n;DEALLOCATE migration_guard_app_query` });
  });

  test('a migration still cannot PREPARE, EXECUTE or DEALLOCATE (only the dry-run itself prepares)', async () => {
    for (const sql of ['PREPARE p AS SELECT 1', 'EXECUTE p', 'DEALLOCATE ALL']) expect((await guardPostgres(sql)).action).toBe('refuse');
  });
});

describe('finding the application queries', () => {
  test('string literals that are DML, with their line; dynamic ones are counted, not guessed', () => {
    const py = [
      "# don't worry: an apostrophe in a comment",
      'def f(db):',
      '    db.execute("SELECT legacy_email FROM users WHERE id = %s", (1,))',
      '    db.execute("""',
      '        UPDATE users',
      '        SET name = %(name)s WHERE id = %(id)s',
      '    """)',
      '    db.execute(f"SELECT {col} FROM users")',
    ].join('\n');
    expect(sqlLiterals('app/db.py', py)).toEqual({
      literals: [
        { text: 'SELECT legacy_email FROM users WHERE id = %s', line: 3 },
        { text: 'UPDATE users\n        SET name = %(name)s WHERE id = %(id)s', line: 5 },
      ],
      dynamic: 1,
    });
    const ts = "// it's\nconst a = `SELECT a FROM t WHERE id = $1`;\nconst b = `SELECT ${c} FROM t`;\nconst s = 'INSERT INTO t (a) VALUES (?)';\n/* 'SELECT x FROM y' */\n";
    expect(sqlLiterals('src/q.ts', ts)).toEqual({ literals: [{ text: 'SELECT a FROM t WHERE id = $1', line: 2 }, { text: 'INSERT INTO t (a) VALUES (?)', line: 4 }], dynamic: 1 });
    const rb = 'x = <<~SQL.squish\n  SELECT a FROM t WHERE b = :b\nSQL\ny = "DELETE FROM t WHERE id = #{id}"\n';
    expect(sqlLiterals('app/x.rb', rb)).toEqual({ literals: [{ text: 'SELECT a FROM t WHERE b = :b', line: 2 }], dynamic: 1 });
    expect(sqlLiterals('x.go', 'q := `SELECT a\nFROM t`\n').literals).toEqual([{ text: 'SELECT a\nFROM t', line: 1 }]);
    expect(sqlLiterals('README.md', '"SELECT a FROM t"').literals).toEqual([]);
  });

  test('literals joined to literals are one query at the first piece; a piece joined to anything else is dynamic', () => {
    const ts = [
      'const a = "SELECT legacy_email " +',
      '  // the old address',
      "  'FROM users WHERE id = $1';",
      'const b = `SELECT name `',
      '  + `FROM users`;',
      'const c = "SELECT name FROM users WHERE id = " + id;',
      'const d = `SELECT a ` + `FROM ${t}`;',
      'let e = "SELECT email FROM users"; e += " WHERE id = ?";',
    ].join('\n');
    expect(sqlLiterals('src/q.ts', ts)).toEqual({
      literals: [
        { text: 'SELECT legacy_email FROM users WHERE id = $1', line: 1 },
        { text: 'SELECT name FROM users', line: 4 },
        { text: 'SELECT email FROM users', line: 8 },
      ],
      dynamic: 2,
    });
    const py = [
      'db.execute(',
      '    "SELECT legacy_email "',
      "    'FROM users '  # why: old rows",
      '    r"WHERE id = %s",',
      '    (1,),',
      ')',
      'q = "SELECT a " "FROM t"',
      'r = "SELECT b FROM t"',
      '"SELECT c FROM t"',
      's = ("SELECT d " + "FROM t")',
      'u = ("SELECT e "',
      '     f"FROM {t}")',
      'v = "SELECT f FROM t " \\',
      '    "WHERE g = 1"',
    ].join('\n');
    expect(sqlLiterals('app/db.py', py)).toEqual({
      literals: [
        { text: 'SELECT legacy_email FROM users WHERE id = %s', line: 2 },
        { text: 'SELECT a FROM t', line: 7 },
        // Outside brackets a line break ends the statement: two strings, not one.
        { text: 'SELECT b FROM t', line: 8 },
        { text: 'SELECT c FROM t', line: 9 },
        { text: 'SELECT d FROM t', line: 10 },
        { text: 'SELECT f FROM t WHERE g = 1', line: 13 },
      ],
      dynamic: 1,
    });
    const rb = "q = 'SELECT a ' \\\n  'FROM t'\nr = \"SELECT b \" + \"FROM t WHERE c = ?\"\ns = \"SELECT c \" + \"FROM #{t}\"\n";
    expect(sqlLiterals('app/x.rb', rb)).toEqual({ literals: [{ text: 'SELECT a FROM t', line: 1 }, { text: 'SELECT b FROM t WHERE c = ?', line: 3 }], dynamic: 1 });
    expect(sqlLiterals('Q.java', 'String q = "SELECT a "\n    + "FROM t WHERE b = ?";\n').literals).toEqual([{ text: 'SELECT a FROM t WHERE b = ?', line: 1 }]);
    expect(sqlLiterals('q.go', 'q := "SELECT a " +\n\t`FROM t`\n').literals).toEqual([{ text: 'SELECT a FROM t', line: 1 }]);
    expect(sqlLiterals('q.php', '$q = "SELECT a " . \'FROM t\';\n$r = "SELECT b FROM t WHERE c = " . $c;\n')).toEqual({ literals: [{ text: 'SELECT a FROM t', line: 1 }], dynamic: 1 });
    expect(sqlLiterals('q.c', 'const char *q = "SELECT a "\n  "FROM t";\n').literals).toEqual([{ text: 'SELECT a FROM t', line: 1 }]);
    // A chain longer than any query is consumed whole and is no query; lexing goes on after it.
    const chain = `const big = "SELECT a " + ${Array.from({ length: 30_000 }, () => '"x "').join(' + ')};\nconst q = "SELECT b FROM t";\n`;
    expect(sqlLiterals('big.ts', chain)).toEqual({ literals: [{ text: 'SELECT b FROM t', line: 2 }], dynamic: 0 });
  });

  test('driver placeholders become $n; quoted text, casts and slices stay', () => {
    expect(toDollarParams('SELECT a FROM t WHERE id = ? AND x::text = :name AND y = :name')).toBe('SELECT a FROM t WHERE id = $1 AND x::text = $2 AND y = $2');
    expect(toDollarParams("SELECT '?', ? FROM t WHERE j ?| array['a']")).toBe("SELECT '?', $1 FROM t WHERE j ?| array['a']");
    expect(toDollarParams('SELECT %s, %(a)s, 100%% FROM t')).toBe('SELECT $1, $2, 100% FROM t');
    expect(toDollarParams('SELECT a[1:2] FROM t WHERE b = $1 AND c = ?')).toBe('SELECT a[1:2] FROM t WHERE b = $1 AND c = ?');
  });

  test('snapshot first (busiest first), code next; catalog, utility and own queries skipped; one query with every origin; capped', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'mg-appq-'));
    try {
      mkdirSync(path.join(root, 'app'));
      mkdirSync(path.join(root, 'db', 'migrations'), { recursive: true });
      mkdirSync(path.join(root, 'queries'));
      writeFileSync(path.join(root, 'app', 'a.py'), 'q = "SELECT email FROM users WHERE id = %s"\nr = "SELECT name FROM users"\n');
      writeFileSync(path.join(root, 'db', 'migrations', '001.sql'), 'SELECT never_a_query FROM users;\n');
      writeFileSync(path.join(root, 'queries', 'users.sql'), '-- name: CountUsers :one\nSELECT count(*) FROM users;\n\nDELETE FROM users WHERE id = $1;\n');
      const collected = await collectAppQueries({
        cwd: root,
        code: { include: [], exclude: [] },
        skip: ['db/migrations'],
        snapshot: {
          version: SNAPSHOT_VERSION, dialect: 'postgres', capturedAt: '2026-01-01T00:10:00Z', statsResetAt: '2026-01-01T00:00:00Z', tables: [],
          statements: [
            { query: 'SELECT email FROM users WHERE id = $1', calls: 60, meanMs: 1 },
            { query: 'SELECT * FROM pg_stat_activity', calls: 9000, meanMs: 1 },
            { query: 'SET search_path = public', calls: 500, meanMs: 0 },
            { query: 'SELECT id FROM migration_guard_x', calls: 1, meanMs: 0 },
            { query: 'UPDATE users SET name = $1', calls: 600, meanMs: 1 },
          ],
        },
      });
      expect(collected.queries.map((q) => [q.text, q.origins.map(originLabel)])).toEqual([
        ['UPDATE users SET name = $1', ['pg_stat_statements, 1 calls/s']],
        ['SELECT email FROM users WHERE id = $1', ['pg_stat_statements, 0.1 calls/s', 'app/a.py:1']],
        ['SELECT name FROM users', ['app/a.py:2']],
        ['SELECT count(*) FROM users', ['queries/users.sql:2']],
        ['DELETE FROM users WHERE id = $1', ['queries/users.sql:4']],
      ]);
      expect(collected.skipped).toEqual({ 'system catalog query': 1, 'utility statement (not SELECT, INSERT, UPDATE, DELETE or WITH)': 1, "migration-guard's own query": 1 });
      const capped = await collectAppQueries({ cwd: root, code: { include: [], exclude: [] }, skip: ['db/migrations'], snapshot: null, cap: 2 });
      expect(capped).toMatchObject({ found: 4, cap: 2 });
      expect(capped.queries).toHaveLength(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
