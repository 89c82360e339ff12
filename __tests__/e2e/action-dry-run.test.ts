import type { FakeGitHub } from './fake-github.js';
import { runAction, TempRepo, withFakeGitHubAndRepo } from './action-harness.js';

/**
 * The bundled action in `mode: dry-run` on a manual dispatch, with the embedded engine (PGlite,
 * shipped in dist/pglite): the changed migration is executed up, down and up again, and the job
 * summary carries the dry-run section next to the lint report.
 */

let github: FakeGitHub;
let repo: TempRepo;

withFakeGitHubAndRepo((g, r) => {
  github = g;
  repo = r;
});

const dispatch = { inputs: {}, repository: { name: 'shop', owner: { login: 'acme' }, default_branch: 'main' } };

test('dry-run on dispatch: a migration whose down forgets an index fails the step with the schema diff', async () => {
  repo.commit({ 'db/migrations/000001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n', 'db/migrations/000001_users.down.sql': 'DROP TABLE users;\n' }, 'base');
  repo.git('branch', 'release');
  repo.commit(
    {
      'db/migrations/000002_email_idx.up.sql': 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n',
      'db/migrations/000002_email_idx.down.sql': 'SELECT 1;\n',
    },
    'feature',
  );
  const result = await runAction({ repo, github, eventName: 'workflow_dispatch', event: dispatch, inputs: { 'base-ref': 'release', mode: 'dry-run', 'fail-on': 'never' } });
  expect(github.requests).toEqual([]);
  expect(result.outputs['dry-run-ok']).toBe('false');
  expect(result.exitCode).toBe(1);
  expect(result.summary).toContain('users_email_idx');
  expect(result.summary).toMatch(/dry-run/i);
}, 180_000);

test('dry-run on dispatch: a correct down verifies and the step passes', async () => {
  repo.commit({ 'db/migrations/000001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n', 'db/migrations/000001_users.down.sql': 'DROP TABLE users;\n' }, 'base');
  repo.git('branch', 'release');
  repo.commit(
    {
      'db/migrations/000002_email_idx.up.sql': 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n',
      'db/migrations/000002_email_idx.down.sql': 'DROP INDEX CONCURRENTLY users_email_idx;\n',
    },
    'feature',
  );
  const result = await runAction({ repo, github, eventName: 'workflow_dispatch', event: dispatch, inputs: { 'base-ref': 'release', mode: 'dry-run' } });
  expect(result.outputs['dry-run-ok']).toBe('true');
  expect(result.exitCode).toBe(0);
}, 180_000);
