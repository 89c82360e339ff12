import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../../src/config.js';
import { applyDryRunToReport } from '../../src/dryrun/index.js';
import { renderDryRunMarkdown, renderDryRunText } from '../../src/dryrun/report.js';
import type { DryRunResult, EngineName } from '../../src/dryrun/types.js';
import { SNAPSHOT_VERSION, type StatsSnapshot } from '../../src/stats/snapshot.js';
import type { Report } from '../../src/report/model.js';
import { byFile, createPgDatabase, dryRun, pgAdmin, pgUrl, serverAvailable, writeMigrations } from './helpers.js';

/**
 * breaks-app-query on the real PostgreSQL 15 (postgres engine) and on PGlite: the application's
 * queries — from a statistics snapshot and from SQL literals in the code, both written by the
 * test — are PREPAREd before, after and after the rollback of each migration, never executed.
 */

let available = false;

beforeAll(async () => {
  available = await serverAvailable('PostgreSQL', async () => {
    const c = await pgAdmin();
    await c.end();
  });
});

const INIT = `-- migrate:up
CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL, legacy_email text, name text);
INSERT INTO users (email, legacy_email, name) SELECT 'u' || g || '@example.com', 'old' || g, 'n' || g FROM generate_series(1, 20) g;
-- migrate:down
DROP TABLE users;
`;

function snapshot(statements: { query: string; calls: number }[]): StatsSnapshot {
  return {
    version: SNAPSHOT_VERSION,
    dialect: 'postgres',
    capturedAt: '2026-12-01T12:00:00.000Z',
    // 1000 s of statistics: calls/s is calls / 1000.
    statsResetAt: '2026-12-01T11:43:20.000Z',
    tables: [],
    statements: statements.map((s) => ({ ...s, meanMs: 0.4 })),
  };
}

/** A repository: migrations, an application file, and the snapshot the config names. */
function repo(migrations: Record<string, string>, app: Record<string, string>, stats: StatsSnapshot | null) {
  const r = writeMigrations(migrations);
  for (const [file, text] of Object.entries(app)) {
    mkdirSync(path.dirname(path.join(r.dir, file)), { recursive: true });
    writeFileSync(path.join(r.dir, file), text);
  }
  if (stats) writeFileSync(path.join(r.dir, 'stats.json'), JSON.stringify(stats));
  return r;
}

/** Runs the engine on the repository; for postgres, on a fresh database with the history applied. */
async function run(engine: EngineName, root: string, changed: string[], historySql: string): Promise<DryRunResult> {
  const config = { ...defaultConfig(), stats: 'stats.json' };
  if (engine === 'pglite') return dryRun(root, changed, { engine, config });
  const db = await createPgDatabase();
  try {
    const c = await pgAdmin(db.name);
    await c.query(historySql);
    await c.end();
    return await dryRun(root, changed, { engine, config, databaseUrl: pgUrl(db.name) });
  } finally {
    await db.drop();
  }
}

const historySql = (text: string) => text.split('-- migrate:down')[0]!.replace('-- migrate:up', '');

const DROP = {
  '20240101000000_init.sql': INIT,
  '20240301000000_drop_legacy.sql': `-- migrate:up
ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users DROP COLUMN legacy_email;
-- migrate:down
ALTER TABLE users ADD COLUMN legacy_email text;
ALTER TABLE users DROP COLUMN nickname;
`,
};
const DROP_APP = {
  'app/users.py': `from db import conn

# the account's old address (don't remove yet)
def old_address(user_id):
    return conn.execute("SELECT email, legacy_email FROM users WHERE id = %s", (user_id,))

def rename(user_id, name):
    conn.execute("UPDATE users SET name = %s WHERE id = %s", (name, user_id))
`,
};
const DROP_STATS = snapshot([
  { query: 'SELECT legacy_email FROM users WHERE id = $1', calls: 4200 },
  { query: 'SELECT id, email FROM users WHERE email = $1', calls: 90000 },
]);

describe.each(['postgres', 'pglite'] as const)('%s engine', (engine) => {
  const skip = () => engine === 'postgres' && !available;

  test('a dropped column still used by a captured query and a literal in the code → breaks-app-query naming both', async () => {
    if (skip()) return;
    const r = repo(DROP, DROP_APP, DROP_STATS);
    try {
      const result = await run(engine, r.dir, ['20240301000000_drop_legacy.sql'], historySql(INIT));
      const m = byFile(result, '20240301000000_drop_legacy.sql');
      // (The round trip itself fails too: the down re-adds legacy_email empty.)
      expect(m.appQueries).toBeDefined();
      // Two captured statements, two literals in the code: each prepared in three schema states.
      expect(m.appQueries!.checked).toBe(4);
      const broken = m.appQueries!.broken;
      expect(broken.map((b) => b.phase)).toEqual(['upgrade', 'upgrade']);
      const captured = broken.find((b) => b.origins.some((o) => o.kind === 'snapshot'))!;
      const literal = broken.find((b) => b.origins.some((o) => o.kind === 'code'))!;
      expect(captured).toMatchObject({ query: 'SELECT legacy_email FROM users WHERE id = $1', origins: [{ kind: 'snapshot', calls: 4200, callsPerSecond: 4.2 }] });
      expect(captured.error).toMatch(/column "legacy_email" does not exist/);
      expect(literal).toMatchObject({ query: 'SELECT email, legacy_email FROM users WHERE id = $1', origins: [{ kind: 'code', file: 'app/users.py', line: 5 }] });
      expect(literal.error).toMatch(/column "legacy_email" does not exist/);
      // Failing queries make the run fail like an error finding.
      expect(result.ok).toBe(false);
      expect(result.appQueries).toMatchObject({ fromSnapshot: 2, fromCode: 2, checked: 4, refused: [] });

      const text = renderDryRunText(result);
      expect(text).toContain('application queries: 4 checked, 2 broken');
      expect(text).toContain('pg_stat_statements, 4.2 calls/s');
      expect(text).toContain('app/users.py:5');
      const md = renderDryRunMarkdown(result);
      expect(md).toContain('Application queries');
      expect(md).toContain('app/users.py:5');

      // The lint report gets the findings, at the migration, with both origins named.
      const report: Report = {
        version: 1, findings: [], suppressed: [], summary: { errors: 0, warnings: 0, infos: 0, files: 1, statements: 1 },
        migrations: [{ file: m.file, id: m.id, framework: 'sql', isNew: true, rollback: { verdict: 'lossy', reasons: [] } }],
      } as unknown as Report;
      applyDryRunToReport(report, result);
      const findings = report.findings.filter((f) => f.ruleId === 'breaks-app-query');
      expect(findings).toHaveLength(2);
      // At the statement that drops the column, not the migration's first.
      expect(findings.every((f) => f.file === m.file && f.line === 3 && f.severity === 'error')).toBe(true);
      const all = findings.map((f) => f.message).join('\n');
      expect(all).toContain('pg_stat_statements, 4.2 calls/s');
      expect(all).toContain('app/users.py:5');
      expect(all).toContain('column "legacy_email" does not exist');
      expect(report.summary.errors).toBe(2);
    } finally {
      r.cleanup();
    }
  });

  test('a type change that breaks an operator, and a column made ambiguous by an added one', async () => {
    if (skip()) return;
    const init = `-- migrate:up
CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL, code text);
CREATE TABLE orders (id serial PRIMARY KEY, user_id int NOT NULL, total int);
-- migrate:down
DROP TABLE orders;
DROP TABLE users;
`;
    const migrations = {
      '20240101000000_init.sql': init,
      '20240305000000_change.sql': `-- migrate:up
ALTER TABLE users ALTER COLUMN code TYPE int USING length(code);
ALTER TABLE orders ADD COLUMN email text;
-- migrate:down
ALTER TABLE orders DROP COLUMN email;
ALTER TABLE users ALTER COLUMN code TYPE text;
`,
    };
    const app = {
      'src/reports.js': `const byCode = "SELECT id FROM users WHERE code LIKE $1";
const withOrders = 'SELECT email, total FROM users JOIN orders ON orders.user_id = users.id';
`,
    };
    const r = repo(migrations, app, null);
    try {
      const result = await run(engine, r.dir, ['20240305000000_change.sql'], historySql(init));
      const broken = byFile(result, '20240305000000_change.sql').appQueries!.broken;
      expect(broken.map((b) => [b.phase, b.origins[0], b.error])).toEqual([
        ['upgrade', { kind: 'code', file: 'src/reports.js', line: 1 }, expect.stringMatching(/operator does not exist: integer ~~ unknown/)],
        ['upgrade', { kind: 'code', file: 'src/reports.js', line: 2 }, expect.stringMatching(/column reference "email" is ambiguous/)],
      ]);
    } finally {
      r.cleanup();
    }
  });

  test('preparing leaves no lock behind: the migration\'s own lock trace is what it takes itself', async () => {
    if (skip()) return;
    const migrations = {
      '20240101000000_init.sql': INIT,
      '20240306000000_backfill.sql': `-- migrate:up
UPDATE users SET name = 'x' WHERE name IS NULL;
-- migrate:down
SELECT 1;
`,
    };
    // Parse analysis of these takes ROW EXCLUSIVE (UPDATE) and ACCESS SHARE (SELECT) on users.
    const app = { 'app/q.py': 'a = "UPDATE users SET name = %s WHERE id = %s"\nb = "SELECT name FROM users"\n' };
    const r = repo(migrations, app, null);
    try {
      const result = await run(engine, r.dir, ['20240306000000_backfill.sql'], historySql(INIT));
      const m = byFile(result, '20240306000000_backfill.sql');
      expect(m.appQueries).toMatchObject({ checked: 2, broken: [] });
      const lock = m.statements[0]!.locks.find((l) => l.relation === 'users' && l.mode === 'ROW EXCLUSIVE');
      expect(lock).toBeDefined();
      expect(lock!.alreadyHeld).toBeUndefined();
    } finally {
      r.cleanup();
    }
  });

  test('a rename done expand/contract-style (new table name + view, new column + trigger) → no finding', async () => {
    if (skip()) return;
    const migrations = {
      '20240101000000_init.sql': INIT,
      '20240302000000_expand.sql': `-- migrate:up
ALTER TABLE users RENAME TO accounts;
CREATE VIEW users AS SELECT id, email, legacy_email, name FROM accounts;
ALTER TABLE accounts ADD COLUMN contact_email text;
CREATE FUNCTION accounts_sync_email() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.contact_email := NEW.email; RETURN NEW; END $$;
CREATE TRIGGER accounts_sync_email BEFORE INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION accounts_sync_email();
-- migrate:down
DROP TRIGGER accounts_sync_email ON accounts;
DROP FUNCTION accounts_sync_email();
ALTER TABLE accounts DROP COLUMN contact_email;
DROP VIEW users;
ALTER TABLE accounts RENAME TO users;
`,
    };
    const app = {
      'app/users.ts': `import { pool } from './db';

export const byEmail = (email: string) => pool.query('SELECT id, name FROM users WHERE email = $1', [email]);
export const signUp = (email: string) => pool.query("INSERT INTO users (email, name) VALUES ($1, $2) RETURNING id", [email, 'x']);
export const rename = (id: number, name: string) => pool.query(\`UPDATE users SET name = $1 WHERE id = $2\`, [name, id]);
`,
    };
    const stats = snapshot([{ query: 'SELECT legacy_email FROM users WHERE id = $1', calls: 10 }, { query: 'DELETE FROM users WHERE id = $1', calls: 3 }]);
    const r = repo(migrations, app, stats);
    try {
      const result = await run(engine, r.dir, ['20240302000000_expand.sql'], historySql(INIT));
      const m = byFile(result, '20240302000000_expand.sql');
      expect(m.verdict).toBe('verified');
      expect(m.appQueries).toMatchObject({ checked: 5, broken: [], neverPrepared: 0 });
      expect(result.ok).toBe(true);
      expect(renderDryRunText(result)).toContain('application queries: 5 checked, 0 broken');
    } finally {
      r.cleanup();
    }
  });

  test('a rollback that breaks a query the new code added → reported', async () => {
    if (skip()) return;
    const migrations = {
      '20240101000000_init.sql': INIT,
      '20240303000000_nickname.sql': `-- migrate:up
ALTER TABLE users ADD COLUMN nickname text;
-- migrate:down
ALTER TABLE users DROP COLUMN nickname;
`,
    };
    const app = {
      'app/profile.rb': `class Profile
  def self.nickname(id)
    connection.select_value(<<~SQL, id)
      SELECT nickname FROM users WHERE id = ?
    SQL
  end
end
`,
    };
    const r = repo(migrations, app, null);
    try {
      const result = await run(engine, r.dir, ['20240303000000_nickname.sql'], historySql(INIT));
      const m = byFile(result, '20240303000000_nickname.sql');
      expect(m.verdict).toBe('verified');
      expect(m.appQueries!.broken).toEqual([
        {
          query: 'SELECT nickname FROM users WHERE id = $1',
          origins: [{ kind: 'code', file: 'app/profile.rb', line: 4 }],
          phase: 'rollback',
          error: expect.stringMatching(/column "nickname" does not exist/),
          addedByChange: true,
        },
      ]);
      expect(renderDryRunText(result)).toMatch(/after rollback.*SELECT nickname FROM users/);
      // No snapshot configured file: a warning, the code's queries still checked.
      expect(result.warnings?.some((w) => /statistics snapshot could not be read/.test(w))).toBe(true);
    } finally {
      r.cleanup();
    }
  });
});

test('hostile query texts in the snapshot are never run: only single DML statements are prepared, never executed', async () => {
  if (!available) return;
  const migrations = {
    '20240101000000_init.sql': INIT,
    '20240304000000_noop.sql': `-- migrate:up
COMMENT ON TABLE users IS 'people';
-- migrate:down
COMMENT ON TABLE users IS NULL;
`,
  };
  const stats = snapshot([
    { query: 'DROP TABLE users', calls: 1 },
    { query: 'SELECT 1 FROM users; DROP TABLE users', calls: 1 },
    { query: 'SELECT * INTO stolen FROM users', calls: 1 },
    { query: 'SELECT pg_advisory_lock(42) FROM users', calls: 1 },
    { query: 'COPY users TO PROGRAM $$touch /tmp/x$$', calls: 1 },
    // A SELECT whose execution would leave a trace a rollback cannot undo: prepared, never executed.
    { query: "SELECT nextval('users_id_seq') FROM users", calls: 1 },
  ]);
  const r = repo(migrations, {}, stats);
  const db = await createPgDatabase();
  try {
    const c = await pgAdmin(db.name);
    await c.query(historySql(INIT));
    const seqBefore = (await c.query('SELECT last_value::text AS v FROM users_id_seq')).rows[0].v;
    const result = await dryRun(r.dir, ['20240304000000_noop.sql'], { engine: 'postgres', config: { ...defaultConfig(), stats: 'stats.json' }, databaseUrl: pgUrl(db.name) });
    const m = byFile(result, '20240304000000_noop.sql');
    expect(m.verdict).toBe('verified');
    // Utility statements and multi-statement texts never become queries; the advisory lock is refused by the guard.
    expect(result.appQueries!.skipped).toMatchObject({ 'utility statement (not SELECT, INSERT, UPDATE, DELETE or WITH)': 2, 'several statements in one text': 1, 'SELECT INTO': 1 });
    expect(result.appQueries!.refused).toEqual([expect.objectContaining({ query: 'SELECT pg_advisory_lock(42) FROM users', reason: expect.stringMatching(/advisory/) })]);
    expect(m.appQueries).toMatchObject({ checked: 1, broken: [] });
    expect((await c.query(`SELECT to_regclass('users') IS NOT NULL AS e, to_regclass('stolen') IS NULL AS none`)).rows[0]).toEqual({ e: true, none: true });
    // nextval() was prepared three times and executed never: the sequence did not move.
    expect((await c.query('SELECT last_value::text AS v FROM users_id_seq')).rows[0].v).toBe(seqBefore);
    expect(result.warnings ?? []).not.toContainEqual(expect.stringMatching(/sequence/));
    await c.end();
  } finally {
    await db.drop();
    r.cleanup();
  }
});
