/**
 * Oracle test: for every ALTER fixture, the real MariaDB/MySQL server decides whether the change
 * runs online (it accepts ALGORITHM=INSTANT, or ALGORITHM=INPLACE, LOCK=NONE), and the rules'
 * verdict for that server version must agree. Each probe runs in a throwaway database
 * `migration_guard_test_<run>_<n>`; every one of them is dropped, also when a test fails.
 */
import mysql, { type Connection } from 'mysql2/promise';
import { lowerMysqlSql, splitMysqlStatements } from '../../src/parse/sql/mysql/index.js';
import type { Rule } from '../../src/rule.js';
import { isOnline, judgeMysqlStatements, mysqlServerOf, withOnlineClause, withoutOnlineClauses, type MysqlOnlineVerdict } from '../../src/schema/mysql-online.js';
import unsafeAlter from '../../rules/mysql-unsafe-alter.js';
import { alterFixtures, type AlterFixture } from './fixtures.js';
import { runMysqlRule } from './run-rule.js';

const connection = {
  host: process.env.MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.MYSQL_PORT ?? 3306),
  user: process.env.MYSQL_USER ?? 'root',
  password: process.env.MYSQL_PASSWORD ?? '',
};
const RUN = `migration_guard_test_${Math.random().toString(36).slice(2, 10)}`;

async function probeServer(): Promise<{ conn: Connection | null; error: string | null }> {
  try {
    const conn = await mysql.createConnection({ ...connection, connectTimeout: 3000 });
    return { conn, error: null };
  } catch (error) {
    return { conn: null, error: error instanceof Error ? error.message : String(error) };
  }
}

const { conn, error: connectError } = await probeServer();
if (!conn && process.env.CI !== 'true') {
  console.warn(`MySQL oracle test skipped: no server at ${connection.host}:${connection.port} (${connectError}).`);
}
const describeWithServer = conn ? describe : describe.skip;

if (!conn && process.env.CI === 'true') {
  test('a MySQL/MariaDB server is reachable in CI', () => {
    throw new Error(`no MySQL/MariaDB server at ${connection.host}:${connection.port}: ${connectError}`);
  });
}

/** One ALTER-like statement and the session statements around it (SET foreign_key_checks...). */
interface Plan {
  statements: { text: string; isAlter: boolean }[];
}

async function plan(fixture: AlterFixture): Promise<Plan> {
  const statements: Plan['statements'] = [];
  for (const stmt of splitMysqlStatements(fixture.change)) {
    const { ops } = await lowerMysqlSql(stmt.text, { file: 'x.sql', line: 1, column: 1 });
    statements.push({ text: stmt.text, isAlter: ops.some((op) => op.online !== undefined) });
  }
  return { statements };
}

let probeCount = 0;

/** Runs the fixture's history and change in a fresh database with the ALTER rewritten; true when the server accepts it. */
async function accepts(c: Connection, fixture: AlterFixture, p: Plan, rewrite: (sql: string) => string): Promise<{ ok: boolean; error?: string }> {
  const db = `${RUN}_${++probeCount}`;
  await c.query(`CREATE DATABASE \`${db}\``);
  try {
    await c.query(`USE \`${db}\``);
    await c.query('SET foreign_key_checks = 1');
    for (const stmt of splitMysqlStatements(fixture.history)) await c.query(stmt.text);
    for (const stmt of p.statements) {
      try {
        await c.query(stmt.isAlter ? rewrite(stmt.text) : stmt.text);
      } catch (error) {
        if (stmt.isAlter) return { ok: false, error: error instanceof Error ? error.message : String(error) };
        throw error;
      }
    }
    return { ok: true };
  } finally {
    await c.query(`DROP DATABASE IF EXISTS \`${db}\``);
  }
}

/** The verdict the MySQL rules reach for the fixture on this server (clauses removed: we judge the change itself). */
async function ruleVerdict(fixture: AlterFixture, p: Plan, version: string, mariadb: boolean) {
  const change = p.statements.map((s) => `${s.isAlter ? withoutOnlineClauses(s.text) : s.text};`).join('\n');
  const verdicts: MysqlOnlineVerdict[] = [];
  const probe: Rule = {
    ...unsafeAlter,
    id: 'oracle-probe',
    check(ctx) {
      for (const judged of judgeMysqlStatements(ctx.ops(), mysqlServerOf(ctx.settings), (op) => ctx.facts(op))) verdicts.push(judged.verdict);
      return [];
    },
  };
  await runMysqlRule(probe, { history: [fixture.history], sql: change, version, mariadb });
  const findings = await runMysqlRule(unsafeAlter, { history: [fixture.history], sql: change, version, mariadb });
  return { verdict: verdicts[0] ?? null, unsafeFindings: findings.length };
}

describeWithServer('oracle: the server agrees with the online-DDL verdicts', () => {
  let server = { version: '', mariadb: false };

  beforeAll(async () => {
    const [rows] = await conn!.query('SELECT VERSION() AS v');
    const raw = String((rows as { v: string }[])[0]?.v ?? '');
    server = { version: /^\d+\.\d+\.\d+/.exec(raw)?.[0] ?? raw, mariadb: /mariadb/i.test(raw) };
  });

  afterAll(async () => {
    if (!conn) return;
    try {
      // Whatever a failed test left behind.
      const [rows] = await conn.query(`SHOW DATABASES LIKE '${RUN}%'`);
      for (const row of rows as Record<string, string>[]) {
        const name = Object.values(row)[0];
        if (name) await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      }
    } finally {
      await conn.end();
    }
  });

  for (const fixture of alterFixtures()) {
    test(fixture.name, async () => {
      const c = conn!;
      const p = await plan(fixture);
      expect(p.statements.filter((s) => s.isAlter)).toHaveLength(1);
      const plain = await accepts(c, fixture, p, (sql) => withoutOnlineClauses(sql));
      expect({ fixture: fixture.name, plainStatementRuns: plain }).toEqual({ fixture: fixture.name, plainStatementRuns: { ok: true } });
      const instant = await accepts(c, fixture, p, (sql) => withOnlineClause(sql, 'ALGORITHM=INSTANT').replace(/;$/, ''));
      const inplace = await accepts(c, fixture, p, (sql) => withOnlineClause(sql, 'ALGORITHM=INPLACE, LOCK=NONE').replace(/;$/, ''));
      const serverOnline = instant.ok || inplace.ok;

      const { verdict, unsafeFindings } = await ruleVerdict(fixture, p, server.version, server.mariadb);
      expect(verdict).not.toBeNull();
      const ruleOnline = isOnline(verdict!);
      expect({ fixture: fixture.name, online: ruleOnline, what: verdict!.what }).toEqual({ fixture: fixture.name, online: serverOnline, what: verdict!.what });
      // mysql-unsafe-alter reports exactly the changes the server cannot run online.
      expect(unsafeFindings).toBe(serverOnline ? 0 : 1);
      // When the verdict promises INSTANT, the server must really do it instantly.
      if (verdict!.algorithm === 'INSTANT') expect({ fixture: fixture.name, instant }).toEqual({ fixture: fixture.name, instant: { ok: true } });
    });
  }
});
