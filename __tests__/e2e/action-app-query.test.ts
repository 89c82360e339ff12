import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FakeGitHub } from './fake-github.js';
import { pullRequestEvent, runAction, TempRepo, withFakeGitHubAndRepo } from './action-harness.js';
import { PG, pgAdmin, serverAvailable } from '../dryrun/helpers.js';

/**
 * breaks-app-query through the bundled action (dist/index.js) on a pull request, as GitHub runs
 * it: the fake GitHub lists the PR's files and takes the comments, the repository holds the
 * config, the statistics snapshot and the application code, and the dry-run PREPAREs the
 * application's queries before, after and after the rollback of the PR's migration.
 */

const PR = 12;
const REVIEWS = `/repos/acme/shop/pulls/${PR}/reviews`;

let github: FakeGitHub;
let repo: TempRepo;

withFakeGitHubAndRepo((g, r) => {
  github = g;
  repo = r;
});

const USERS_UP = 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy_email text, name text);\n';

/** The snapshot `migration-guard stats` would write: 1000 s of statistics, so calls/s is calls / 1000. */
const SNAPSHOT = JSON.stringify({
  version: 1,
  dialect: 'postgres',
  capturedAt: '2026-12-01T12:00:00.000Z',
  statsResetAt: '2026-12-01T11:43:20.000Z',
  tables: [],
  statements: [
    { query: 'SELECT legacy_email FROM users WHERE id = $1', calls: 4200, meanMs: 0.3 },
    { query: 'SELECT id, email FROM users WHERE email = $1', calls: 90000, meanMs: 0.2 },
  ],
});

// The query is written in two pieces the way code often is: only joined does it name a table.
const APP_PY = `from db import conn

def old_address(user_id):
    return conn.execute(
        "SELECT email, legacy_email "
        "FROM users WHERE id = %s",
        (user_id,),
    )
`;

const BASE = {
  '.migration-guard.yml': 'stats: .migration-guard/stats.json\n',
  '.migration-guard/stats.json': SNAPSHOT,
  'db/migrations/000001_users.up.sql': USERS_UP,
  'db/migrations/000001_users.down.sql': 'DROP TABLE users;\n',
  'app/users.py': APP_PY,
};

function openPullRequest(prFiles: Record<string, string | null>) {
  const base = repo.commit(BASE, 'base');
  const head = repo.commit(prFiles, 'pr');
  github.addPull(PR, repo.pullRequestFiles(base, head));
  return { base, head };
}

const breaks = (json: any) => (json?.findings ?? []).filter((f: any) => f.ruleId === 'breaks-app-query');

test('pull request dropping a column a captured query and a joined code literal still use: breaks-app-query in the annotations, the review, the sticky comment and the gate', async () => {
  const { base, head } = openPullRequest({
    'db/migrations/000002_drop_legacy.up.sql': "SET lock_timeout = '2s';\nALTER TABLE users DROP COLUMN legacy_email;\n",
    'db/migrations/000002_drop_legacy.down.sql': 'ALTER TABLE users ADD COLUMN legacy_email text;\n',
  });
  const result = await runAction({ repo, github, eventName: 'pull_request', event: pullRequestEvent(PR, base, head), inputs: { mode: 'dry-run' } });

  const found = breaks(result.reportJson);
  expect(found.length).toBe(2);
  for (const f of found) {
    expect(f).toMatchObject({ file: 'db/migrations/000002_drop_legacy.up.sql', line: 2, severity: 'error' });
    expect(f.message).toContain('column "legacy_email" does not exist');
  }
  const messages = found.map((f: any) => f.message).join('\n');
  expect(messages).toContain('`SELECT legacy_email FROM users WHERE id = $1` (pg_stat_statements, 4.2 calls/s)');
  expect(messages).toContain('`SELECT email, legacy_email FROM users WHERE id = $1` (app/users.py:5)');
  // The other captured query still prepares: no finding for it.
  expect(messages).not.toContain('WHERE email = $1');

  const annotations = result.annotations.filter((a) => a.properties.includes('breaks-app-query'));
  expect(annotations.length).toBe(2);
  expect(annotations.every((a) => a.level === 'error' && a.properties.includes('file=db/migrations/000002_drop_legacy.up.sql,line=2'))).toBe(true);

  // One review comment per line carries every finding on it.
  const review = github.requests.find((r) => r.path === REVIEWS)?.body;
  const onDrop = review.comments.filter((c: any) => c.path === 'db/migrations/000002_drop_legacy.up.sql' && c.line === 2);
  expect(onDrop).toHaveLength(1);
  expect(onDrop[0].body.match(/`breaks-app-query`/g)).toHaveLength(2);
  expect(onDrop[0].body).toContain('(app/users.py:5)');
  expect(onDrop[0].body).toContain('(pg_stat_statements, 4.2 calls/s)');
  const sticky = github.pulls.get(PR)!.issueComments[0]!.body;
  expect(sticky).toContain('breaks-app-query');
  expect(sticky).toContain('app/users.py:5');
  expect(result.summary).toContain('breaks-app-query');

  // A broken application query is a failed dry-run, whatever fail-on says about the findings.
  expect(result.outputs['dry-run-ok']).toBe('false');
  expect(result.exitCode).toBe(1);
}, 240_000);

test('the same pull request done expand-style (the column kept, a new one added) passes with no breaks-app-query', async () => {
  const { base, head } = openPullRequest({
    'db/migrations/000002_contact_email.up.sql': "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN contact_email text;\n",
    'db/migrations/000002_contact_email.down.sql': 'ALTER TABLE users DROP COLUMN contact_email;\n',
  });
  const result = await runAction({ repo, github, eventName: 'pull_request', event: pullRequestEvent(PR, base, head), inputs: { mode: 'dry-run' } });
  expect(result.reportJson.findings.map((f: any) => f.ruleId)).toEqual([]);
  expect(result.outputs['dry-run-ok']).toBe('true');
  expect(result.exitCode).toBe(0);
}, 240_000);

describe('postgres engine on a staging database, with a least-privileged role', () => {
  let up = false;
  const role = `mg_e2e_${randomBytes(4).toString('hex')}`;
  const database = `migration_guard_test_${randomBytes(5).toString('hex')}`;
  const password = randomBytes(8).toString('hex');

  beforeAll(async () => {
    up = await serverAvailable('PostgreSQL', async () => (await pgAdmin()).end());
    if (!up) return;
    const admin = await pgAdmin();
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    await admin.query(`CREATE DATABASE ${database} OWNER ${role}`);
    await admin.end();
  }, 60_000);

  afterAll(async () => {
    if (!up) return;
    const admin = await pgAdmin();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  });

  test('a rollback that breaks a query the new code adds is reported, and the staging database is left as it was', async () => {
    if (!up) return;
    const url = `postgres://${role}:${password}@${PG.host}:${PG.port}/${database}`;
    // Staging is at the base branch: the history is applied there, by the deploy, not by us.
    const staging = new pg.Client({ connectionString: url });
    await staging.connect();
    try {
      await staging.query(USERS_UP);
      const { base, head } = openPullRequest({
        'db/migrations/000002_nickname.up.sql': "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;\n",
        'db/migrations/000002_nickname.down.sql': 'ALTER TABLE users DROP COLUMN nickname;\n',
        'app/profile.ts': "export const nickname = (db: Db, id: number) =>\n  db.query('SELECT nickname ' +\n    'FROM users WHERE id = $1', [id]);\n",
      });
      const result = await runAction({
        repo, github, eventName: 'pull_request', event: pullRequestEvent(PR, base, head),
        inputs: { mode: 'dry-run', 'dry-run-engine': 'postgres', 'database-url': url },
      });
      const found = breaks(result.reportJson);
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain("After this migration's rollback");
      expect(found[0].message).toContain('`SELECT nickname FROM users WHERE id = $1` (app/profile.ts:2)');
      expect(found[0].message).toContain('column "nickname" does not exist');
      expect(result.stdout).not.toContain(password);
      expect(result.exitCode).toBe(1);
      const columns = await staging.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'users' ORDER BY ordinal_position");
      expect(columns.rows.map((r) => r.column_name)).toEqual(['id', 'email', 'legacy_email', 'name']);
    } finally {
      await staging.end();
    }
  }, 240_000);
});
