import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { defaultConfig } from '../../src/config.js';
import { guardMysql } from '../../src/dryrun/mysql.js';
import { renderDryRunText } from '../../src/dryrun/report.js';
import { byFile, dryRun, MY, mysqlUrl, serverAvailable, writeMigrations } from './helpers.js';

/**
 * The mysql engine against the real MariaDB: migrations run in a throwaway clone; the source
 * schema is never written and the clone is gone afterwards, even when a migration fails halfway.
 */

let available = false;
let conn: mysql.Connection | null = null;
const source = `migration_guard_test_${randomBytes(5).toString('hex')}`;

async function sourceState(): Promise<{ tables: Record<string, string>; checksums: Record<string, string>; databases: string[] }> {
  const [tables] = await conn!.query(`SHOW FULL TABLES FROM \`${source}\``);
  const out: Record<string, string> = {};
  const sums: Record<string, string> = {};
  for (const row of tables as Record<string, string>[]) {
    const [name, type] = Object.values(row) as [string, string];
    const [c] = await conn!.query(type === 'VIEW' ? `SHOW CREATE VIEW \`${source}\`.\`${name}\`` : `SHOW CREATE TABLE \`${source}\`.\`${name}\``);
    out[name] = JSON.stringify(c);
    if (type !== 'VIEW') {
      const [s] = await conn!.query(`CHECKSUM TABLE \`${source}\`.\`${name}\``);
      sums[name] = String((s as Record<string, unknown>[])[0]!.Checksum);
    }
  }
  const [dbs] = await conn!.query(`SHOW DATABASES LIKE 'migration\\_guard\\_dryrun\\_%'`);
  return { tables: out, checksums: sums, databases: (dbs as Record<string, string>[]).map((r) => String(Object.values(r)[0])) };
}

beforeAll(async () => {
  available = await serverAvailable('MariaDB/MySQL', async () => {
    conn = await mysql.createConnection({ ...MY, connectTimeout: 3000 });
  });
  if (!available) return;
  await conn!.query(`CREATE DATABASE \`${source}\``);
  await conn!.query(`CREATE TABLE \`${source}\`.users (id int AUTO_INCREMENT PRIMARY KEY, email varchar(100) NOT NULL, name varchar(50)) ENGINE=InnoDB`);
  await conn!.query(`CREATE TABLE \`${source}\`.orders (id int AUTO_INCREMENT PRIMARY KEY, user_id int NOT NULL, total int, CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)) ENGINE=InnoDB`);
  await conn!.query(`CREATE VIEW \`${source}\`.named AS SELECT id, name FROM \`${source}\`.users WHERE name IS NOT NULL`);
  await conn!.query(`INSERT INTO \`${source}\`.users (email, name) VALUES ('a@x', 'a'), ('b@x', 'b'), ('c@x', NULL)`);
  await conn!.query(`INSERT INTO \`${source}\`.orders (user_id, total) VALUES (1, 10), (2, 20)`);
}, 30_000);

afterAll(async () => {
  if (!conn) return;
  await conn.query(`DROP DATABASE IF EXISTS \`${source}\``);
  await conn.end();
});

test('the guard refuses statements that reach outside the clone', () => {
  const schemas = new Set(['prod', 'mysql']);
  expect(guardMysql('DROP DATABASE prod', schemas, 'c').refuse).toMatch(/outside the cloned schema/);
  expect(guardMysql('ALTER TABLE prod.users ADD COLUMN x int', schemas, 'c').refuse).toMatch(/names the schema prod/);
  expect(guardMysql('SET GLOBAL max_connections = 1', schemas, 'c').refuse).toMatch(/SET GLOBAL/);
  expect(guardMysql('USE prod', schemas, 'c').refuse).toMatch(/USE/);
  expect(guardMysql("SELECT * FROM users INTO OUTFILE '/tmp/x'", schemas, 'c').refuse).toMatch(/server files/);
  expect(guardMysql('UPDATE users u SET u.name = 1', schemas, 'c').refuse).toBeNull();
  expect(guardMysql('ALTER TABLE users ADD COLUMN x int', schemas, 'c').refuse).toBeNull();
});

test('source schema untouched and clone dropped, even when a migration fails halfway; algorithms probed', async () => {
  if (!available) return;
  const before = await sourceState();
  const files = {
    '20240101000000_base.sql': '-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 1;\n',
    '20240201000000_instant.sql': '-- migrate:up\nALTER TABLE users ADD COLUMN nickname varchar(20);\n-- migrate:down\nALTER TABLE users DROP COLUMN nickname;\n',
    '20240202000000_copy.sql': '-- migrate:up\nALTER TABLE users MODIFY COLUMN name int;\n-- migrate:down\nALTER TABLE users MODIFY COLUMN name varchar(50);\n',
    '20240203000000_halfway.sql': `-- migrate:up\nALTER TABLE orders ADD COLUMN note text;\nALTER TABLE no_such_table ADD COLUMN b int;\n-- migrate:down\nALTER TABLE orders DROP COLUMN note;\n`,
    '20240204000000_escape.sql': `-- migrate:up\nDROP DATABASE \`${source}\`;\nALTER TABLE \`${source}\`.users ADD COLUMN leaked int;\n-- migrate:down\nSELECT 1;\n`,
    '20240205000000_forgets_index.sql': '-- migrate:up\nCREATE INDEX users_email_idx ON users (email);\n-- migrate:down\nSELECT 1;\n',
  };
  const { dir, cleanup } = writeMigrations(files);
  try {
    const result = await dryRun(dir, Object.keys(files).filter((f) => !f.includes('base')), {
      engine: 'mysql', databaseUrl: mysqlUrl(source), config: { ...defaultConfig({ dialect: 'mysql' }) },
    });
    const instant = byFile(result, '20240201000000_instant.sql');
    expect(instant.verdict).toBe('verified');
    expect(instant.statements[0]!.algorithm).toMatchObject({ algorithm: 'INSTANT' });
    const copy = byFile(result, '20240202000000_copy.sql');
    expect(copy.statements[0]!.algorithm?.algorithm).toBe('COPY');
    expect(copy.statements[0]!.rewrites.join()).toMatch(/table copy/);
    const halfway = byFile(result, '20240203000000_halfway.sql');
    expect(halfway.verdict).toBe('failed');
    expect(halfway.statements[0]!.status).toBe('ok');
    expect(halfway.statements[1]!.status).toBe('failed');
    const escape = byFile(result, '20240204000000_escape.sql');
    expect(escape.statements.map((s) => s.status)).toEqual(['refused', 'refused']);
    expect(escape.verdict).toBe('unverified');
    const index = byFile(result, '20240205000000_forgets_index.sql');
    expect(index.verdict).toBe('failed');
    expect(index.roundTrip.diff.join('\n')).toMatch(/users_email_idx/);
    expect(renderDryRunText(result)).toMatch(/algorithm INSTANT/);
  } finally {
    cleanup();
  }
  const after = await sourceState();
  expect(after).toEqual(before);
}, 60_000);
