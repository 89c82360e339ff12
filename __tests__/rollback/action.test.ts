/**
 * Rollback readiness through the bundled action (dist/index.js) against the fake GitHub: the
 * sticky comment carries the readiness table with the backup commands, and the `rollback-ready`
 * output is false for a lossy PR migration until its finding is suppressed with a reason.
 */
import type { FakeGitHub } from '../e2e/fake-github.js';
import { pullRequestEvent, runAction, TempRepo, withFakeGitHubAndRepo } from '../e2e/action-harness.js';

const PR = 9;
const HISTORY = {
  'db/migrations/000001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);\n',
  'db/migrations/000001_users.down.sql': 'DROP TABLE users;\n',
  // Deprecated on the base branch, so only the rollback side of the drop is under test.
  'db/migrations/000002_deprecate.up.sql': "COMMENT ON COLUMN users.legacy_email IS 'deprecated: use email';\n",
  'db/migrations/000002_deprecate.down.sql': 'COMMENT ON COLUMN users.legacy_email IS NULL;\n',
};
const DOWN = 'ALTER TABLE users ADD COLUMN legacy_email text;\n';

let github: FakeGitHub;
let repo: TempRepo;

withFakeGitHubAndRepo((g, r) => {
  github = g;
  repo = r;
});

async function openAndRun(up: string) {
  const base = repo.commit(HISTORY, 'base');
  const head = repo.commit({ 'db/migrations/000003_drop.up.sql': up, 'db/migrations/000003_drop.down.sql': DOWN }, 'pr');
  github.addPull(PR, repo.pullRequestFiles(base, head));
  const result = await runAction({ repo, github, eventName: 'pull_request', event: pullRequestEvent(PR, base, head), inputs: {} });
  const sticky = github.pulls.get(PR)!.issueComments.map((c) => c.body).join('\n');
  return { result, sticky };
}

describe('rollback readiness in the action', () => {
  it('a lossy PR migration: the sticky comment shows the table and backup commands; rollback-ready is false', async () => {
    const { result, sticky } = await openAndRun("SET lock_timeout = '2s';\nALTER TABLE users DROP COLUMN legacy_email;\n");
    expect(sticky).toContain('## Rollback readiness');
    expect(sticky).toContain('| Migration | Verdict | Down present | Data at risk | Inverse check |');
    expect(sticky).toContain('| `db/migrations/000003_drop.up.sql` | ⚠️ lossy | yes | `column users.legacy_email` | 1/1 ops inverted |');
    expect(sticky).toContain('pg_dump -Fc --data-only -t users "$DATABASE_URL" > users.dump');
    expect(result.outputs['rollback-ready']).toBe('false');
    expect(result.reportJson.migrations).toEqual([
      expect.objectContaining({ file: 'db/migrations/000003_drop.up.sql', rollback: { verdict: 'lossy', reasons: [expect.stringContaining('drops column users.legacy_email')] } }),
    ]);
  });

  it('the same migration with its data loss acknowledged: rollback-ready is true', async () => {
    const { result } = await openAndRun(
      "SET lock_timeout = '2s';\n-- migration-guard: ignore irreversible-data-loss -- users.dump taken by the deploy job, restore rehearsed\nALTER TABLE users DROP COLUMN legacy_email;\n",
    );
    expect(result.reportJson.suppressed).toEqual([expect.objectContaining({ ruleId: 'irreversible-data-loss' })]);
    expect(result.outputs['rollback-ready']).toBe('true');
  });
});
