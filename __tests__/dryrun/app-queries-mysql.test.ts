import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { defaultConfig } from '../../src/config.js';
import { renderDryRunText } from '../../src/dryrun/report.js';
import { SNAPSHOT_VERSION } from '../../src/stats/snapshot.js';
import { byFile, dryRun, MY, mysqlUrl, serverAvailable, writeMigrations } from './helpers.js';

/**
 * breaks-app-query on the mysql engine (the real MariaDB/MySQL here): the application's queries
 * are prepared with the binary protocol in the throwaway clone before, after and after the
 * rollback of each migration; the source schema is never written.
 */

let available = false;
let conn: mysql.Connection | null = null;
const source = `migration_guard_test_${randomBytes(5).toString('hex')}`;

beforeAll(async () => {
  available = await serverAvailable('MariaDB/MySQL', async () => {
    conn = await mysql.createConnection({ ...MY, connectTimeout: 3000 });
  });
  if (!available) return;
  await conn!.query(`CREATE DATABASE \`${source}\``);
  await conn!.query(`CREATE TABLE \`${source}\`.users (id int AUTO_INCREMENT PRIMARY KEY, email varchar(100) NOT NULL, legacy_email varchar(100)) ENGINE=InnoDB`);
  await conn!.query(`INSERT INTO \`${source}\`.users (email, legacy_email) VALUES ('a@x', 'old-a'), ('b@x', NULL)`);
}, 30_000);

afterAll(async () => {
  if (!conn) return;
  await conn.query(`DROP DATABASE IF EXISTS \`${source}\``);
  await conn.end();
});

test('a dropped column still used by a captured query and a literal in the code → breaks-app-query naming both; hostile texts never run', async () => {
  if (!available) return;
  const r = writeMigrations({
    '20240101000000_init.sql': 'CREATE TABLE users (id int AUTO_INCREMENT PRIMARY KEY, email varchar(100) NOT NULL, legacy_email varchar(100));\n',
    '20240301000000_drop_legacy.sql': '-- migrate:up\nALTER TABLE users DROP COLUMN legacy_email;\n-- migrate:down\nALTER TABLE users ADD COLUMN legacy_email varchar(100);\n',
  });
  mkdirSync(path.join(r.dir, 'app'));
  writeFileSync(path.join(r.dir, 'app', 'users.py'), 'def old(c, id):\n    c.execute("SELECT email, legacy_email FROM users WHERE id = %s", (id,))\n');
  writeFileSync(path.join(r.dir, 'stats.json'), JSON.stringify({
    version: SNAPSHOT_VERSION, dialect: 'mysql', capturedAt: '2026-12-01T12:00:00Z', statsResetAt: '2026-12-01T11:43:20Z', tables: [],
    statements: [
      { query: 'SELECT `legacy_email` FROM `users` WHERE `id` = ?', calls: 2000, meanMs: 0.2 },
      { query: 'SELECT `id` FROM `users` WHERE `email` = ?', calls: 900, meanMs: 0.2 },
      { query: 'DROP TABLE `users`', calls: 1, meanMs: 1 },
      { query: 'SELECT 1 FROM `users` ; DROP TABLE `users`', calls: 1, meanMs: 1 },
      { query: "SELECT * FROM `users` INTO OUTFILE '/tmp/x'", calls: 1, meanMs: 1 },
    ],
  }));
  try {
    const result = await dryRun(r.dir, ['20240301000000_drop_legacy.sql'], { engine: 'mysql', databaseUrl: mysqlUrl(source), config: { ...defaultConfig(), dialect: 'mysql', stats: 'stats.json' } });
    const m = byFile(result, '20240301000000_drop_legacy.sql');
    expect(m.appQueries).toMatchObject({ checked: 3 });
    const broken = m.appQueries!.broken;
    expect(broken.map((b) => [b.phase, b.origins[0]])).toEqual([
      ['upgrade', { kind: 'snapshot', source: 'performance_schema', calls: 2000, callsPerSecond: 2 }],
      ['upgrade', { kind: 'code', file: 'app/users.py', line: 2 }],
    ]);
    for (const b of broken) expect(b.error).toMatch(/Unknown column .?legacy_email/);
    expect(result.appQueries!.skipped).toMatchObject({ 'utility statement (not SELECT, INSERT, UPDATE, DELETE or WITH)': 1 });
    expect(result.appQueries!.refused.map((x) => x.reason)).toEqual([expect.stringMatching(/several statements/), expect.stringMatching(/server files/)]);
    expect(result.ok).toBe(false);
    expect(renderDryRunText(result)).toContain('application queries: 3 checked, 2 broken');
    // The source is untouched: the table and its column are still there.
    const [cols] = await conn!.query(`SELECT COLUMN_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'users' ORDER BY ORDINAL_POSITION`, [source]);
    expect((cols as { c: string }[]).map((x) => x.c)).toEqual(['id', 'email', 'legacy_email']);
  } finally {
    r.cleanup();
  }
});
