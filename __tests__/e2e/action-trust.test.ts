import type { FakeGitHub } from './fake-github.js';
import { type ActionRun, pullRequestEvent, runAction, TempRepo, withFakeGitHubAndRepo } from './action-harness.js';

/**
 * Trust and resilience of the bundled action (issue 14) against the fake GitHub: only our own
 * comments are ours, nothing waits forever, writes are not duplicated, the inline cap is per PR.
 */

const PR = 7;
const REVIEWS = `/repos/acme/shop/pulls/${PR}/reviews`;
const REVIEW_COMMENTS = `/repos/acme/shop/pulls/${PR}/comments`;
const ISSUE_COMMENTS = `/repos/acme/shop/issues/${PR}/comments`;
const STICKY = '<!-- migration-guard:summary -->';
const LOCK_TIMEOUT = "SET lock_timeout = '2s';\n";
const CREATE_USERS = 'CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  email text,\n  name text,\n  created_at timestamptz\n);\n';
const INDEX_ON_USERS = `${LOCK_TIMEOUT}CREATE INDEX users_email_idx ON users (email);\n`;
const MALLORY = { login: 'mallory', type: 'User' };

let github: FakeGitHub;
let repo: TempRepo;

withFakeGitHubAndRepo((g, r) => {
  github = g;
  repo = r;
});

function openPullRequest(prFiles: Record<string, string | null>) {
  const base = repo.commit({ 'db/migrations/0001_create_users.sql': CREATE_USERS }, 'base');
  const head = repo.commit(prFiles, 'pr');
  github.addPull(PR, repo.pullRequestFiles(base, head));
  return { base, head };
}

function run(base: string, head: string, inputs: Record<string, string> = {}, token?: string): Promise<ActionRun> {
  return runAction({ repo, github, eventName: 'pull_request', event: pullRequestEvent(PR, base, head), inputs, token });
}

describe('only our own comments are ours', () => {
  it('a spoofed sticky and spoofed fingerprints by another user stay untouched; our own sticky and comment are created', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    // Learn the real fingerprint from a first run on a scratch PR, then hand everything to mallory.
    await run(base, head);
    const pr = github.pulls.get(PR)!;
    const realFingerprintComment = pr.reviewComments[0]!;
    expect(realFingerprintComment.body).toMatch(/^<!-- migration-guard:finding=[a-f0-9]{32} -->/);
    pr.reviewComments = [
      // The same fingerprint as the current finding: must not count as "already posted".
      { ...realFingerprintComment, id: github.newId(), user: MALLORY, body: `${realFingerprintComment.body}\n\nspoofed` },
      // A fingerprint of no current finding, outdated: ours would be deleted, mallory's is not.
      { ...realFingerprintComment, id: github.newId(), user: MALLORY, line: null, body: '<!-- migration-guard:finding=0123456789abcdef0123456789abcdef -->\nfake' },
    ];
    pr.reviews = [];
    pr.issueComments = [{ id: github.newId(), user: MALLORY, body: `${STICKY}\nAll clear, merge away!` }];
    const before = JSON.stringify({ review: pr.reviewComments, issue: pr.issueComments });
    github.clearLog();

    const result = await run(base, head);

    expect(github.log()).toEqual([
      `GET /repos/acme/shop/pulls/${PR}/files`,
      `GET ${REVIEW_COMMENTS}`,
      `POST ${REVIEWS}`,
      `GET ${ISSUE_COMMENTS}`,
      `POST ${ISSUE_COMMENTS}`,
    ]);
    const mallorys = { review: pr.reviewComments.filter((c) => c.user.login === 'mallory'), issue: pr.issueComments.filter((c) => c.user.login === 'mallory') };
    expect(JSON.stringify(mallorys)).toBe(before);
    const ours = pr.reviewComments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe(realFingerprintComment.body);
    const ourSticky = pr.issueComments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ourSticky).toHaveLength(1);
    expect(ourSticky[0]!.body.startsWith(`${STICKY}\n`)).toBe(true);
    expect(result.exitCode).toBe(1);
  }, 60_000);

  it('a personal access token: GET /user names the author; the Actions bot copy of the marker is not ours', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    github.tokenLogins.set('ghp_personal', 'octo-dev');
    github.pulls.get(PR)!.issueComments.push({ id: github.newId(), user: { login: 'github-actions[bot]', type: 'Bot' }, body: `${STICKY}\nsomeone else's run` });
    await run(base, head, {}, 'ghp_personal');
    expect(github.log().slice(0, 2)).toEqual([`GET /repos/acme/shop/pulls/${PR}/files`, 'GET /user']);
    const pr = github.pulls.get(PR)!;
    expect(pr.issueComments.map((c) => c.user.login)).toEqual(['github-actions[bot]', 'octo-dev']);
    expect(pr.issueComments[0]!.body).toContain("someone else's run");

    // The second run edits octo-dev's sticky in place.
    github.clearLog();
    await run(base, head, {}, 'ghp_personal');
    expect(github.log().filter((l) => l.startsWith('PATCH'))).toEqual([`PATCH /repos/acme/shop/issues/comments/${pr.issueComments[1]!.id}`]);
    expect(github.log().filter((l) => l.startsWith('POST'))).toEqual([]);
  }, 60_000);

  it('the comment-author input names a GitHub App bot', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    github.pulls.get(PR)!.issueComments.push({ id: 555, user: { login: 'my-app[bot]', type: 'Bot' }, body: `${STICKY}\nold` });
    await run(base, head, { 'comment-author': 'My-App[bot]' });
    expect(github.log()).not.toContain('GET /user');
    expect(github.log()).toContain('PATCH /repos/acme/shop/issues/comments/555');
  }, 60_000);
});

describe('the inline-comment cap is per pull request', () => {
  it('six re-runs of the same commit with 150 findings keep the inline count at the cap', async () => {
    const statements = Array.from({ length: 150 }, (_, i) => `CREATE INDEX users_email_idx_${i} ON users (email, name, created_at);`).join('\n');
    const { base, head } = openPullRequest({ 'db/migrations/0002_many.sql': `${LOCK_TIMEOUT}${statements}\n` });
    for (let i = 0; i < 6; i++) {
      const result = await run(base, head);
      expect(result.outputs.findings).toBe('150');
      expect(github.pulls.get(PR)!.reviewComments).toHaveLength(30);
    }
    expect(github.log().filter((l) => l === `POST ${REVIEWS}`)).toHaveLength(1);
    expect(github.pulls.get(PR)!.issueComments).toHaveLength(1);
    expect(github.pulls.get(PR)!.issueComments[0]!.body).toContain('120 findings are over the limit of 30 inline comments per pull request');
  }, 120_000);
});

describe('nothing waits forever', () => {
  it('a review-comment list that never answers: the run ends within the budget, annotations, summary and outputs complete', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    github.script({ method: 'GET', path: /\/pulls\/7\/comments$/, status: 200, hang: true, times: 100 });
    const startedAt = Date.now();
    const result = await run(base, head, { 'api-budget': '4' });
    const elapsed = Date.now() - startedAt;

    // Linting takes a few seconds on a busy machine; the API part at most the 4 s budget.
    expect(elapsed).toBeLessThan(20_000);
    const calls = github.log();
    expect(calls.slice(0, 2)).toEqual([`GET /repos/acme/shop/pulls/${PR}/files`, `GET ${REVIEW_COMMENTS}`]);
    // The budget is spent once the hung list is given up: no further call is even sent.
    expect(calls).toHaveLength(2);
    expect(result.annotations.filter((a) => a.properties.includes('file=db/migrations/0002_index.sql,line=2'))).toHaveLength(1);
    expect(result.summary).toContain('require-concurrent-index');
    expect(result.summary).toContain('did not answer');
    expect(result.summary).toContain("GitHub API budget is spent");
    expect(result.outputs).toMatchObject({ errors: '1', findings: '1' });
    expect(result.exitCode).toBe(1);
  }, 60_000);

  it("a file list that never answers: git gives the change under test, and the gate still decides", async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    github.script({ method: 'GET', path: /\/pulls\/7\/files$/, status: 200, hang: true });
    const startedAt = Date.now();
    const result = await run(base, head, { 'api-budget': '3' });
    expect(Date.now() - startedAt).toBeLessThan(20_000);
    expect(result.summary).toContain("The pull request's files could not be listed");
    expect(result.outputs.errors).toBe('1');
    expect(result.exitCode).toBe(1);
  }, 60_000);

  it('a bad api-budget is a usage error', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    const result = await run(base, head, { 'api-budget': 'soon' });
    expect(result.stdout).toContain("input 'api-budget' must be a number of seconds");
    expect(result.exitCode).toBe(1);
  }, 60_000);
});

describe('writes are not duplicated', () => {
  it('a review POST that succeeds but answers 502: re-listed, exactly one review; the same for the sticky comment', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    github.script({ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 502, afterEffect: true, body: { message: 'Bad Gateway' } });
    github.script({ method: 'POST', path: /\/issues\/7\/comments$/, status: 502, afterEffect: true, body: { message: 'Bad Gateway' } });
    const result = await run(base, head);

    expect(github.log()).toEqual([
      `GET /repos/acme/shop/pulls/${PR}/files`,
      `GET ${REVIEW_COMMENTS}`,
      `POST ${REVIEWS}`,
      `GET ${REVIEW_COMMENTS}`,
      `GET ${ISSUE_COMMENTS}`,
      `POST ${ISSUE_COMMENTS}`,
      `GET ${ISSUE_COMMENTS}`,
    ]);
    const pr = github.pulls.get(PR)!;
    expect(pr.reviews).toHaveLength(1);
    expect(pr.reviewComments).toHaveLength(1);
    expect(pr.issueComments).toHaveLength(1);
    expect(pr.issueComments[0]!.body).not.toContain('could not be posted');
    expect(result.exitCode).toBe(1);
  }, 60_000);

  it('a review POST that fails with 502 and did not happen is resent once', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    github.script({ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 502, body: { message: 'Bad Gateway' } });
    await run(base, head);
    expect(github.log().slice(0, 5)).toEqual([
      `GET /repos/acme/shop/pulls/${PR}/files`,
      `GET ${REVIEW_COMMENTS}`,
      `POST ${REVIEWS}`,
      `GET ${REVIEW_COMMENTS}`,
      `POST ${REVIEWS}`,
    ]);
    expect(github.pulls.get(PR)!.reviews).toHaveLength(1);
  }, 60_000);
});
