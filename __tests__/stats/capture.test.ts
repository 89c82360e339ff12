import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { captureStats, cleanStatementText } from '../../src/stats/capture.js';
import { mysqlPrivilegeExcess } from '../../src/stats/capture-mysql.js';
import { loadSnapshot, snapshotSchema } from '../../src/stats/snapshot.js';
import { createPgDatabase, MY, mysqlUrl, pgAdmin, pgUrl, serverAvailable } from '../dryrun/helpers.js';

const LONG = 60_000;

/** Values no catalog or counter could hold: if one shows up in a snapshot, row data leaked. */
const SECRET = `zq${randomBytes(6).toString('hex')}`;
const SECRET_NUMBER = 918273645;

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), cwd: process.cwd(), isTty: false }, out, err };
}

describe('statement texts that may enter a snapshot', () => {
  test('normalised plannable statements stay, comments go', () => {
    expect(cleanStatementText('SELECT id FROM users WHERE email = $1', 'postgres')).toBe('SELECT id FROM users WHERE email = $1');
    expect(cleanStatementText("/* controller='users',action='show' */ SELECT * FROM \"Users\" WHERE id = $1", 'postgres')).toBe('SELECT * FROM "Users" WHERE id = $1');
    expect(cleanStatementText('SELECT `a` FROM `t` WHERE `b` = ? # trailing', 'mysql')).toBe('SELECT `a` FROM `t` WHERE `b` = ?');
  });
  test('utility statements, surviving literals and hidden texts are dropped', () => {
    expect(cleanStatementText("CREATE TABLE t (a text DEFAULT 'x')", 'postgres')).toBeNull();
    expect(cleanStatementText("SET application_name = 'x'", 'postgres')).toBeNull();
    expect(cleanStatementText("COPY t FROM stdin", 'postgres')).toBeNull();
    expect(cleanStatementText("SELECT * FROM t WHERE a = 'secret'", 'postgres')).toBeNull();
    expect(cleanStatementText('SELECT $q$secret$q$', 'postgres')).toBeNull();
    expect(cleanStatementText('SELECT * FROM t WHERE a = "secret"', 'mysql')).toBeNull();
    expect(cleanStatementText('<insufficient privilege>', 'postgres')).toBeNull();
  });
});

describe('which MySQL grants are more than the capture needs', () => {
  test('monitoring privileges and SELECT on the statistics schemas are the minimum; the rest is named, never the line', () => {
    expect(mysqlPrivilegeExcess([
      'GRANT USAGE ON *.* TO `mg`@`%` IDENTIFIED BY PASSWORD \'*0123456789ABCDEF0123456789ABCDEF01234567\'',
      'GRANT SHOW VIEW ON `app`.* TO `mg`@`%`',
      'GRANT SELECT ON `performance_schema`.* TO `mg`@`%`',
      'GRANT SELECT ON `mysql`.`innodb_index_stats` TO `mg`@`%`',
      'GRANT PROCESS, REPLICATION CLIENT ON *.* TO `mg`@`%`',
    ])).toEqual([]);
    const excess = mysqlPrivilegeExcess([
      'GRANT USAGE ON *.* TO `mg`@`%` IDENTIFIED BY PASSWORD \'*0123456789ABCDEF0123456789ABCDEF01234567\'',
      'GRANT SELECT, INSERT, UPDATE (`email`, `n`) ON `app`.`orders` TO `mg`@`%` WITH GRANT OPTION',
      'GRANT `reporting`@`%` TO `mg`@`%`',
    ]);
    expect(excess).toEqual(['SELECT, INSERT, UPDATE on `app`.`orders`', 'GRANT OPTION on `app`.`orders`', '1 granted role (not expanded; check its privileges)']);
    expect(excess.join(' ')).not.toContain('0123456789ABCDEF');
  });
});

describe('migration-guard stats on PostgreSQL', () => {
  let up = false;
  let db: { name: string; drop: () => Promise<void> } | null = null;
  beforeAll(async () => {
    up = await serverAvailable('PostgreSQL', async () => (await pgAdmin()).end());
    if (!up) return;
    db = await createPgDatabase();
    const c = await pgAdmin(db.name);
    await c.query(`CREATE TABLE small (id bigserial PRIMARY KEY, email text NOT NULL, n int)`);
    await c.query(`CREATE TABLE big (id bigserial PRIMARY KEY, email text NOT NULL, n int, note text)`);
    await c.query(`INSERT INTO small (email, n) SELECT $1 || '-' || g || '@example.org', $2 FROM generate_series(1, 200) g`, [SECRET, SECRET_NUMBER]);
    await c.query(`INSERT INTO big (email, n, note) SELECT $1 || '-' || g || '@example.org', $2, repeat($1, 400) FROM generate_series(1, 20000) g`, [SECRET, SECRET_NUMBER]);
    await c.query('CREATE INDEX big_email_idx ON big (email)');
    await c.query('UPDATE big SET n = n + 1 WHERE id <= 100');
    // ANALYZE fills pg_stats with most_common_vals and histograms of the seeded values: the capture must not read them.
    await c.query('ANALYZE');
    await c.end();
  }, LONG);
  afterAll(async () => {
    await db?.drop();
  });

  test('sizes, row estimates, index sizes and columns; nothing from the rows', async () => {
    if (!up) return;
    const notices: string[] = [];
    const snap = await captureStats({ databaseUrl: pgUrl(db!.name), notice: (m) => notices.push(m) });
    expect(snapshotSchema.parse(snap)).toEqual(snap);
    expect(snap.dialect).toBe('postgres');
    expect(snap.serverVersion).toMatch(/^\d+/);
    const big = snap.tables.find((t) => t.name === 'big')!;
    const small = snap.tables.find((t) => t.name === 'small')!;
    expect(big.schema).toBe('public');
    expect(big.rows).toBe(20000);
    expect(small.rows).toBe(200);
    expect(big.bytes).toBeGreaterThan(small.bytes);
    expect(big.toastBytes).toBeGreaterThan(0);
    expect(big.indexes.map((i) => i.name).sort()).toEqual(['big_email_idx', 'big_pkey']);
    expect(big.indexes.find((i) => i.name === 'big_email_idx')!.columns).toEqual(['email']);
    expect(big.indexes.every((i) => i.bytes > 0)).toBe(true);
    expect(big.writes).toEqual({ inserts: 20000, updates: 100, deletes: 0 });
    expect(big.columns?.find((c) => c.name === 'email')?.avgWidth).toBeGreaterThan(0);
    const text = JSON.stringify(snap);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(String(SECRET_NUMBER));
    expect(text).not.toContain('example.org');
  });

  test('the documented least-privilege role (CONNECT + pg_read_all_stats) captures sizes and counters', async () => {
    if (!up) return;
    const role = `mg_stats_${randomBytes(4).toString('hex')}`;
    const a = await pgAdmin(db!.name);
    try {
      await a.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
      await a.query(`REVOKE ALL ON DATABASE ${db!.name} FROM PUBLIC`);
      await a.query(`GRANT CONNECT ON DATABASE ${db!.name} TO ${role}`);
      await a.query(`GRANT pg_read_all_stats TO ${role}`);
      const url = new URL(pgUrl(db!.name));
      url.username = role;
      url.password = '';
      const notices: string[] = [];
      const snap = await captureStats({ databaseUrl: url.toString(), notice: (m) => notices.push(m), requireLeastPrivilege: true });
      // The privilege check finds nothing beyond the minimum.
      expect(notices.filter((n) => /can do more|pg_read_all_stats/.test(n))).toEqual([]);
      const big = snap.tables.find((t) => t.name === 'big')!;
      expect(big.rows).toBe(20000);
      expect(big.bytes).toBeGreaterThan(0);
      expect(big.indexes.length).toBe(2);
      expect(big.writes?.inserts).toBe(20000);
      // No SELECT on the columns: pg_stats hides their widths (index builds fall back to type widths).
      expect(big.columns).toBeUndefined();
    } finally {
      await a.query(`DROP OWNED BY ${role}`).catch(() => {});
      await a.query(`DROP ROLE IF EXISTS ${role}`);
      await a.end();
    }
  });

  test('the privilege check names what the role can do beyond the minimum, and what hides statement texts', async () => {
    if (!up) return;
    const superNotices: string[] = [];
    await captureStats({ databaseUrl: pgUrl(db!.name), notice: (m) => superNotices.push(m) });
    expect(superNotices.join('\n')).toMatch(/the role \w+ can do more than the capture needs: it is a superuser/);

    const role = `mg_stats_${randomBytes(4).toString('hex')}`;
    const a = await pgAdmin(db!.name);
    try {
      // pg_stat_statements installed (not preloaded here): the texts it would show matter.
      await a.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await a.query(`CREATE ROLE ${role} LOGIN NOINHERIT CREATEDB`);
      await a.query(`GRANT CONNECT ON DATABASE ${db!.name} TO ${role}`);
      await a.query(`GRANT pg_read_all_stats TO ${role}`);
      await a.query(`GRANT INSERT, UPDATE ON big TO ${role}`);
      await a.query(`CREATE TABLE owned_by_it (id int)`);
      await a.query(`ALTER TABLE owned_by_it OWNER TO ${role}`);
      const url = new URL(pgUrl(db!.name));
      url.username = role;
      url.password = '';
      const notices: string[] = [];
      const snap = await captureStats({ databaseUrl: url.toString(), notice: (m) => notices.push(m) });
      expect(snap.tables.find((t) => t.name === 'big')?.rows).toBe(20000);
      const text = notices.join('\n');
      expect(text).toContain(`the role ${role} can do more than the capture needs: it has CREATEDB; it may INSERT, UPDATE, DELETE or TRUNCATE 2 tables; it owns 1 table (it can ALTER or DROP them)`);
      // The NOINHERIT member holds pg_read_all_stats without its privileges.
      expect(text).toContain(`it is a member of pg_read_all_stats but does not inherit its privileges (NOINHERIT), so other roles' statement texts are hidden from it and left out of the snapshot: ALTER ROLE ${role} INHERIT`);

      await expect(captureStats({ databaseUrl: url.toString(), notice: () => {}, requireLeastPrivilege: true })).rejects.toThrow(/refusing to capture \(--require-least-privilege\): the role \w+ can do more than the capture needs: it has CREATEDB/);
      const cli = io();
      expect(await main(['stats', '--database-url', url.toString(), '--require-least-privilege'], cli.io)).toBe(2);
      expect(cli.out.join('')).toBe('');
      expect(cli.err.join('')).toMatch(/refusing to capture/);
    } finally {
      await a.query('DROP TABLE IF EXISTS owned_by_it');
      await a.query('DROP EXTENSION IF EXISTS pg_stat_statements');
      await a.query(`DROP OWNED BY ${role}`).catch(() => {});
      await a.query(`DROP ROLE IF EXISTS ${role}`);
      await a.end();
    }
  });

  test('the CLI writes a loadable snapshot file; a connection failure is one clear line, exit 2', async () => {
    if (!up) return;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-stats-'));
    try {
      const file = path.join(dir, 'snapshot.json');
      const ok = io();
      expect(await main(['stats', '--database-url', pgUrl(db!.name), '--output', file], ok.io)).toBe(0);
      const snap = loadSnapshot(dir, 'snapshot.json');
      expect(snap.tables.map((t) => t.name).sort()).toEqual(['big', 'small']);
      expect(readFileSync(file, 'utf8')).not.toContain(SECRET);
      expect(ok.err.join('')).toContain('wrote');

      const bad = io();
      expect(await main(['stats', '--database-url', 'postgres://someone:hunter2@127.0.0.1:1/nowhere'], bad.io)).toBe(2);
      const msg = bad.err.join('');
      expect(msg).toMatch(/^migration-guard: stats on postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: cannot connect/);
      expect(msg).not.toContain('hunter2');
      expect(msg).not.toMatch(/\n\s+at /);

      const none = io();
      expect(await main(['stats'], none.io)).toBe(2);
      expect(none.err.join('')).toContain('--database-url');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('migration-guard stats on MySQL/MariaDB', () => {
  let up = false;
  const name = `migration_guard_test_${randomBytes(5).toString('hex')}`;
  const admin = async () => {
    const mysql = (await import('mysql2/promise')).default;
    return mysql.createConnection({ ...MY, multipleStatements: false });
  };
  beforeAll(async () => {
    up = await serverAvailable('MySQL/MariaDB', async () => (await admin()).end());
    if (!up) return;
    const c = await admin();
    try {
      await c.query(`CREATE DATABASE ${name}`);
      await c.query(`CREATE TABLE ${name}.orders (id bigint AUTO_INCREMENT PRIMARY KEY, email varchar(200) NOT NULL, n int, KEY orders_email (email)) ENGINE=InnoDB`);
      // 100 x 50 rows from a short recursive CTE (MariaDB caps recursion at 1000 iterations by default).
      await c.query(
        `INSERT INTO ${name}.orders (email, n) WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < 100)
         SELECT CONCAT(?, '-', a.i, '-', b.i, '@example.org'), ? FROM g a CROSS JOIN g b WHERE b.i <= 50`,
        [SECRET, SECRET_NUMBER],
      );
      await c.query(`ANALYZE TABLE ${name}.orders`);
    } finally {
      await c.end();
    }
  }, LONG);
  afterAll(async () => {
    if (!up) return;
    const c = await admin();
    await c.query(`DROP DATABASE IF EXISTS ${name}`);
    await c.end();
  });

  test('sizes, row estimates and index columns from information_schema; nothing from the rows', async () => {
    if (!up) return;
    const snap = await captureStats({ databaseUrl: mysqlUrl(name), notice: () => {} });
    expect(snapshotSchema.parse(snap)).toEqual(snap);
    expect(snap.dialect).toBe('mysql');
    expect(snap.tables.map((t) => `${t.schema}.${t.name}`)).toEqual([`${name}.orders`]);
    const t = snap.tables[0]!;
    expect(t.bytes).toBeGreaterThan(0);
    // InnoDB's TABLE_ROWS is an estimate from sampled pages.
    expect(t.rows).toBeGreaterThan(2500);
    expect(t.rows).toBeLessThan(10000);
    expect(t.indexes.map((i) => [i.name, i.columns]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([['orders_email', ['email']], ['PRIMARY', ['id']]]);
    expect(t.indexes.find((i) => i.name === 'orders_email')!.bytes).toBeGreaterThan(0);
    const text = JSON.stringify(snap);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(String(SECRET_NUMBER));
    expect(text).not.toContain('example.org');
  });

  test('the documented least-privilege account (SHOW VIEW on the database) sees sizes and indexes', async () => {
    if (!up) return;
    const user = `mg_stats_${randomBytes(4).toString('hex')}`;
    const c = await admin();
    try {
      await c.query(`CREATE USER '${user}'@'%' IDENTIFIED BY 'pw-${user}'`);
      await c.query(`GRANT SHOW VIEW ON ${name}.* TO '${user}'@'%'`);
      const url = new URL(mysqlUrl(name));
      url.username = user;
      url.password = `pw-${user}`;
      const notices: string[] = [];
      const snap = await captureStats({ databaseUrl: url.toString(), notice: (m) => notices.push(m), requireLeastPrivilege: true });
      expect(notices.filter((n) => /can do more/.test(n))).toEqual([]);
      expect(snap.tables.map((t) => t.name)).toEqual(['orders']);
      expect(snap.tables[0]!.bytes).toBeGreaterThan(0);
      expect(snap.tables[0]!.indexes.map((i) => i.name).sort()).toEqual(['orders_email', 'PRIMARY'].sort());
    } finally {
      await c.query(`DROP USER IF EXISTS '${user}'@'%'`);
      await c.end();
    }
  });

  test('the privilege check names an account that can do more (root here), and refuses it when asked', async () => {
    if (!up) return;
    const notices: string[] = [];
    await captureStats({ databaseUrl: mysqlUrl(name), notice: (m) => notices.push(m) });
    expect(notices.join('\n')).toMatch(/the account \S+ can do more than the capture needs: ALL PRIVILEGES on \*\.\*; GRANT OPTION on \*\.\*/);
    await expect(captureStats({ databaseUrl: mysqlUrl(name), notice: () => {}, requireLeastPrivilege: true })).rejects.toThrow(/refusing to capture/);
  });

  test('a connection failure is one clear line, exit 2', async () => {
    const bad = io();
    expect(await main(['stats', '--database-url', 'mysql://root:hunter2@127.0.0.1:1/nowhere'], bad.io)).toBe(2);
    expect(bad.err.join('')).toMatch(/cannot connect/);
    expect(bad.err.join('')).not.toContain('hunter2');
  });
});
