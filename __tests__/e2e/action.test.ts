import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeGitHub } from './fake-github.js';
import { type ActionRun, pullRequestEvent, runAction, TempRepo, withFakeGitHubAndRepo } from './action-harness.js';

/**
 * The bundled action (dist/index.js) run as the runner runs it, against a fake GitHub REST API
 * and a real git checkout with real PostgreSQL migrations, so the real engine produces findings.
 */

const PR = 7;
const REVIEWS = `/repos/acme/shop/pulls/${PR}/reviews`;
const REVIEW_COMMENTS = `/repos/acme/shop/pulls/${PR}/comments`;
const PR_FILES = `/repos/acme/shop/pulls/${PR}/files`;
const ISSUE_COMMENTS = `/repos/acme/shop/issues/${PR}/comments`;
const STICKY = '<!-- migration-guard:summary -->';

// Every PR migration sets lock_timeout first, as it should, so the fixtures trigger exactly the
// rules under test.
const LOCK_TIMEOUT = "SET lock_timeout = '2s';\n";
const CREATE_USERS = `CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text,
  name text,
  created_at timestamptz
);
`;

let github: FakeGitHub;
let repo: TempRepo;

withFakeGitHubAndRepo((g, r) => {
  github = g;
  repo = r;
});

/** Base commit with history, then the PR's commit; registers the PR's files with the fake. */
function openPullRequest(prFiles: Record<string, string | null>, history: Record<string, string> = {}) {
  const base = repo.commit({ 'db/migrations/0001_create_users.sql': CREATE_USERS, ...history }, 'base');
  const head = repo.commit(prFiles, 'pr');
  github.addPull(PR, repo.pullRequestFiles(base, head));
  return { base, head };
}

/** A push to the PR: new commit, the fake's file list and patches follow it. */
function pushToPullRequest(base: string, files: Record<string, string | null>) {
  const head = repo.commit(files, 'push');
  github.pulls.get(PR)!.files = repo.pullRequestFiles(base, head);
  return head;
}

function run(base: string, head: string, inputs: Record<string, string> = {}, token?: string): Promise<ActionRun> {
  return runAction({ repo, github, eventName: 'pull_request', event: pullRequestEvent(PR, base, head), inputs, token });
}

/** Annotations on a file (the findings), as opposed to the step's own errors and warnings. */
function fileAnnotations(result: ActionRun) {
  return result.annotations.filter((a) => a.properties.includes('file='));
}

function failureMessage(result: ActionRun): string | undefined {
  return result.annotations.find((a) => a.level === 'error' && a.properties === '')?.message;
}

const INDEX_ON_USERS = `${LOCK_TIMEOUT}CREATE INDEX users_email_idx ON users (email);
`;

describe('action e2e (dist/index.js against a fake GitHub)', () => {
  it('first run: one review and one sticky comment, the step fails', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS, 'README.md': 'docs\n' });
    const result = await run(base, head);

    expect(github.log()).toEqual([
      `GET ${PR_FILES}`,
      `GET ${REVIEW_COMMENTS}`,
      `POST ${REVIEWS}`,
      `GET ${ISSUE_COMMENTS}`,
      `POST ${ISSUE_COMMENTS}`,
    ]);
    expect(github.requests.every((r) => r.authorization === 'token ghs_fake_token')).toBe(true);
    const review = github.requests.find((r) => r.path === REVIEWS)!.body;
    expect(review.event).toBe('COMMENT');
    expect(review.commit_id).toBe(head);
    expect(review.comments).toHaveLength(1);
    expect(review.comments[0]).toMatchObject({ path: 'db/migrations/0002_index.sql', line: 2, side: 'RIGHT' });
    expect(review.comments[0].body).toMatch(/^<!-- migration-guard:finding=[a-f0-9]{32} -->\n/);
    expect(review.comments[0].body).toContain('`require-concurrent-index`');
    expect(review.comments[0].body).toContain('**Safe alternative:**');

    const sticky = github.pulls.get(PR)!.issueComments;
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.body.startsWith(`${STICKY}\n**Gate: fails** — 1 finding at or above fail-on \`error\` (1 error).\n\n**Rollback: unverified** (1 unverified)`)).toBe(true);
    expect(sticky[0]!.body).toContain('### `db/migrations/0002_index.sql`');
    expect(sticky[0]!.body).toContain(`<sub>migration-guard for commit ${head.slice(0, 7)} · [workflow run](https://github.com/acme/shop/actions/runs/4242)</sub>`);

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '0', findings: '1', 'sarif-file': '', 'rollback-ready': 'true' });
    expect(result.reportJson.findings).toEqual([expect.objectContaining({ ruleId: 'require-concurrent-index', file: 'db/migrations/0002_index.sql', line: 2 })]);
    expect(fileAnnotations(result)).toHaveLength(1);
    expect(fileAnnotations(result)[0]).toMatchObject({ level: 'error' });
    expect(fileAnnotations(result)[0]!.properties).toContain('file=db/migrations/0002_index.sql,line=2,endLine=2');
    expect(failureMessage(result)).toBe(
      "migration-guard: 1 finding at or above fail-on 'error' (1 error): db/migrations/0002_index.sql:2 (require-concurrent-index)",
    );
    expect(result.summary).toContain('## migration-guard');
    expect(result.summary).toContain('require-concurrent-index');
  });

  it('relaunched with --liftoff-only (as on Node 22 and later): the same review, sticky, outputs and gate', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    const result = await runAction({ repo, github, eventName: 'pull_request', event: pullRequestEvent(PR, base, head), env: { MIGRATION_GUARD_RELAUNCH: '1' } });
    expect(result.exitCode).toBe(1);
    expect(github.requests.find((r) => r.path === REVIEWS)!.body.comments).toEqual([expect.objectContaining({ path: 'db/migrations/0002_index.sql', line: 2 })]);
    expect(github.pulls.get(PR)!.issueComments).toHaveLength(1);
    expect(result.outputs).toMatchObject({ errors: '1', findings: '1' });
    expect(fileAnnotations(result)).toHaveLength(1);
    expect(failureMessage(result)).toContain('db/migrations/0002_index.sql:2 (require-concurrent-index)');
  });

  it('re-run with no change: no new review comments, the sticky comment is edited in place', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    await run(base, head);
    const stickyId = github.pulls.get(PR)!.issueComments[0]!.id;
    github.clearLog();

    const again = await run(base, head);
    expect(github.log()).toEqual([`GET ${PR_FILES}`, `GET ${REVIEW_COMMENTS}`, `GET ${ISSUE_COMMENTS}`, `PATCH /repos/acme/shop/issues/comments/${stickyId}`]);
    expect(github.pulls.get(PR)!.reviewComments).toHaveLength(1);
    expect(github.pulls.get(PR)!.issueComments).toHaveLength(1);
    expect(again.exitCode).toBe(1);
  });

  it('a push that fixes findings deletes their comments, except one somebody replied to', async () => {
    const three = `${LOCK_TIMEOUT}CREATE INDEX users_email_idx ON users (email);
CREATE INDEX users_name_idx ON users (name);
CREATE INDEX users_created_idx ON users (created_at);
`;
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': three });
    await run(base, head);
    const comments = github.pulls.get(PR)!.reviewComments;
    expect(comments.map((c) => c.line)).toEqual([2, 3, 4]);
    const [emailComment, nameComment, createdComment] = comments as [(typeof comments)[0], (typeof comments)[0], (typeof comments)[0]];
    github.reply(PR, nameComment.id, 'We run this at night, is that ok?');
    github.clearLog();

    const fixed = `${LOCK_TIMEOUT}CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
CREATE INDEX CONCURRENTLY users_name_idx ON users (name);
CREATE INDEX users_created_idx ON users (created_at);
`;
    const newHead = pushToPullRequest(base, { 'db/migrations/0002_index.sql': fixed });
    const result = await run(base, newHead);

    // The discussed one is answered "fixed in", its thread resolved; the review says 1 of 3 is still open.
    expect(github.log()).toEqual([
      `GET ${PR_FILES}`,
      `GET ${REVIEW_COMMENTS}`,
      `DELETE /repos/acme/shop/pulls/comments/${emailComment.id}`,
      `POST /repos/acme/shop/pulls/${PR}/comments/${nameComment.id}/replies`,
      'POST /graphql',
      'POST /graphql',
      `GET /repos/acme/shop/pulls/${PR}/reviews`,
      `PUT /repos/acme/shop/pulls/${PR}/reviews/${github.pulls.get(PR)!.reviews[0]!.id}`,
      `GET ${ISSUE_COMMENTS}`,
      `PATCH /repos/acme/shop/issues/comments/${github.pulls.get(PR)!.issueComments[0]!.id}`,
    ]);
    const remaining = github.pulls.get(PR)!.reviewComments.map((c) => c.id);
    expect(remaining).toContain(nameComment.id);
    expect(remaining).toContain(createdComment.id);
    expect(remaining).not.toContain(emailComment.id);
    expect(result.outputs.findings).toBe('1');
    expect(result.exitCode).toBe(1);
  });

  it('a finding on a line outside the diff goes to the summary instead of an inline comment', async () => {
    const padding = Array.from({ length: 12 }, (_, i) => `-- note ${i + 1}`).join('\n');
    const original = `-- Indexes for users.\n${LOCK_TIMEOUT}${padding}\nCREATE INDEX users_email_idx ON users (email);\n`;
    const { base } = openPullRequest({}, { 'db/migrations/0002_index.sql': original });
    // The PR only edits the first line; the finding (line 15) is far outside the hunk.
    const head = pushToPullRequest(base, { 'db/migrations/0002_index.sql': original.replace('Indexes for users.', 'Indexes for the users table.') });
    const result = await run(base, head);

    expect(github.log()).toEqual([`GET ${PR_FILES}`, `GET ${REVIEW_COMMENTS}`, `GET ${ISSUE_COMMENTS}`, `POST ${ISSUE_COMMENTS}`]);
    const sticky = github.pulls.get(PR)!.issueComments[0]!.body;
    expect(sticky).toContain('1 finding is on lines outside the pull request diff');
    expect(sticky).toContain('line 15');
    expect(result.summary).toContain('1 finding is on lines outside the pull request diff');
    expect(result.exitCode).toBe(1);
  });

  it('a review GitHub rejects (422) is posted comment by comment; unplaceable ones go to the summary', async () => {
    const two = `${LOCK_TIMEOUT}CREATE INDEX users_email_idx ON users (email);
CREATE INDEX users_name_idx ON users (name);
`;
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': two });
    github.script({ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 422, body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] } });
    github.script({ method: 'POST', path: /\/pulls\/7\/comments$/, status: 422, when: (r) => r.body.line === 3, body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] } });
    const result = await run(base, head);

    expect(github.log()).toEqual([
      `GET ${PR_FILES}`,
      `GET ${REVIEW_COMMENTS}`,
      `POST ${REVIEWS}`,
      `POST ${REVIEW_COMMENTS}`,
      `POST ${REVIEW_COMMENTS}`,
      `GET ${ISSUE_COMMENTS}`,
      `POST ${ISSUE_COMMENTS}`,
    ]);
    expect(github.pulls.get(PR)!.reviewComments.map((c) => c.line)).toEqual([2]);
    expect(github.pulls.get(PR)!.issueComments[0]!.body).toContain('1 finding was rejected by GitHub as an inline comment');
    expect(result.exitCode).toBe(1);
  }, 60_000);

  it('200 findings: at most 30 inline comments, the sticky comment stays under the size limit', async () => {
    const statements = Array.from({ length: 200 }, (_, i) => `CREATE INDEX users_email_idx_${i} ON users (email, name, created_at);`).join('\n');
    const { base, head } = openPullRequest({ 'db/migrations/0002_many.sql': `${LOCK_TIMEOUT}${statements}\n` });
    const result = await run(base, head);

    const review = github.requests.find((r) => r.path === REVIEWS)!.body;
    expect(review.comments).toHaveLength(30);
    const sticky = github.pulls.get(PR)!.issueComments[0]!.body;
    expect(sticky.length).toBeLessThanOrEqual(65_536);
    expect(sticky).toContain('170 findings are over the limit of 30 inline comments per pull request');
    expect(result.outputs.findings).toBe('200');
    expect(fileAnnotations(result).filter((a) => a.level === 'error')).toHaveLength(200);
    // Ten error annotations are shown: the gate's message first, then the nine most severe findings.
    expect(result.annotations.findIndex((a) => a.properties === '' && a.level === 'error')).toBeLessThan(
      result.annotations.findIndex((a) => a.properties.includes('file=')),
    );
    expect(result.summary).toContain('191 more errors are in the log and in this summary');
    expect(result.exitCode).toBe(1);
  }, 60_000);

  it('read-only token: 403 falls back to annotations and the job summary, and still gates', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    github.readOnly = true;
    const result = await run(base, head);

    // Each write is tried once: a 403 is an answer, not a transient error.
    expect(github.log()).toEqual([`GET ${PR_FILES}`, `GET ${REVIEW_COMMENTS}`, `POST ${REVIEWS}`, `GET ${ISSUE_COMMENTS}`, `POST ${ISSUE_COMMENTS}`]);
    expect(github.pulls.get(PR)!.reviewComments).toHaveLength(0);
    expect(fileAnnotations(result)[0]!.properties).toContain('file=db/migrations/0002_index.sql,line=2');
    expect(result.summary).toContain('require-concurrent-index');
    expect(result.summary).toContain('> Inline review comments are unavailable (posting the review failed: 403 Resource not accessible by integration). The token is read-only');
    expect(result.summary).toContain('> The pull request summary comment could not be written (403 Resource not accessible by integration): the token is read-only.');
    expect(result.summary).not.toContain('inline comments per pull request');
    expect(result.outputs.errors).toBe('1');
    expect(result.exitCode).toBe(1);
  });

  it('read-only token on a clean PR: success', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': `${LOCK_TIMEOUT}CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n` });
    github.readOnly = true;
    const result = await run(base, head);
    expect(github.writes()).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.findings).toBe('0');
  });

  it('502 then success: the review is retried', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    github.script({ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 502, body: { message: 'Bad Gateway' } });
    const result = await run(base, head);

    expect(github.log().filter((l) => l === `POST ${REVIEWS}`)).toHaveLength(2);
    expect(github.pulls.get(PR)!.reviewComments).toHaveLength(1);
    expect(github.pulls.get(PR)!.issueComments[0]!.body).not.toContain('could not be posted');
    expect(result.exitCode).toBe(1);
  }, 60_000);

  it('secondary rate limit with retry-after: waits, then retries', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    github.script({
      method: 'POST',
      path: /\/pulls\/7\/reviews$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const result = await run(base, head);

    const posts = github.requests.filter((r) => r.method === 'POST' && r.path === REVIEWS);
    expect(posts).toHaveLength(2);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(github.pulls.get(PR)!.reviewComments).toHaveLength(1);
    expect(result.exitCode).toBe(1);
  }, 60_000);

  it('hostile identifiers are escaped in every comment', async () => {
    const history = {
      'db/migrations/0001_create_users.sql': `CREATE TABLE users (id bigint PRIMARY KEY, "@org/team" text, "a\`\`b" text);\n`,
    };
    const hostile = `${LOCK_TIMEOUT}CREATE INDEX "<img src=x>-->" ON users ("@org/team", "a\`\`b");\n`;
    const base = repo.commit(history, 'base');
    const head = repo.commit({ 'db/migrations/0002_<img src=x>.sql': hostile }, 'pr');
    github.addPull(PR, repo.pullRequestFiles(base, head));
    const result = await run(base, head);

    const bodies = [
      ...github.pulls.get(PR)!.reviewComments.map((c) => c.body),
      ...github.pulls.get(PR)!.issueComments.map((c) => c.body),
      github.requests.find((r) => r.path === REVIEWS)!.body.body,
      result.summary,
    ];
    expect(bodies).toHaveLength(4);
    for (const body of bodies) {
      // Code spans and blocks may show the text verbatim; everything else must be inert. A fence
      // opens a block only at the start of a line; elsewhere three backticks are an inline span.
      const live = body.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
      expect(live).not.toMatch(/<img/);
      expect(live).not.toMatch(/@org\/team/);
      // The only comment terminators are those of our own hidden markers.
      expect(live.match(/-->/g)?.length ?? 0).toBe(live.match(/<!-- migration-guard:[a-z]+(=[a-f0-9.]+|=v1:[0-9a-f-]+:[a-z0-9.-]*:[0-9a-f=.]*(:more)?)? -->/g)?.length ?? 0);
    }
    expect(result.exitCode).toBe(1);
  });

  it('a PR that touches no migrations: success and no API writes', async () => {
    const { base, head } = openPullRequest({ 'README.md': '# shop\n', 'src/app.ts': 'export const x = 1;\n' });
    const result = await run(base, head, { 'sarif-file': 'migration-guard.sarif' });

    expect(github.writes()).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0', findings: '0', 'rollback-ready': 'true', 'sarif-file': 'migration-guard.sarif' });
    const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'migration-guard.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(existsSync(path.join(repo.dir, 'migration-guard.sarif'))).toBe(true);
  });

  it('pagination: every page of files and comments is read; the sticky comment on a later page is edited, not duplicated', async () => {
    github.maxPerPage = 2;
    // The migration is the last of five files, on the third page of the PR's files.
    const { base, head } = openPullRequest({
      'README.md': 'docs\n',
      'app/a.ts': 'export const a = 1;\n',
      'app/b.ts': 'export const b = 1;\n',
      'app/c.ts': 'export const c = 1;\n',
      'db/migrations/0002_index.sql': INDEX_ON_USERS,
    });
    const pr = github.pulls.get(PR)!;
    for (let i = 0; i < 5; i++) pr.issueComments.push({ id: github.newId(), body: `chatter ${i}`, user: { login: 'bob', type: 'User' } });
    pr.issueComments.push({ id: github.newId(), body: `${STICKY}\nold report`, user: { login: 'github-actions[bot]', type: 'Bot' } });
    const stickyId = pr.issueComments.at(-1)!.id;
    await run(base, head);

    expect(github.log().filter((l) => l === `GET ${PR_FILES}`)).toHaveLength(3);
    expect(github.requests.filter((r) => r.path === PR_FILES).map((r) => r.query.get('page'))).toEqual([null, '2', '3']);
    expect(github.log().filter((l) => l === `GET ${ISSUE_COMMENTS}`)).toHaveLength(3);
    expect(github.pulls.get(PR)!.reviewComments).toHaveLength(1);
    expect(github.log()).toContain(`PATCH /repos/acme/shop/issues/comments/${stickyId}`);
    expect(pr.issueComments.filter((c) => c.body.startsWith(STICKY))).toHaveLength(1);
  });

  it('a clean push updates the existing sticky comment to say so', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    await run(base, head);
    github.clearLog();
    const fixed = pushToPullRequest(base, { 'db/migrations/0002_index.sql': INDEX_ON_USERS.replace('CREATE INDEX', 'CREATE INDEX CONCURRENTLY') });
    const result = await run(base, fixed);

    const pr = github.pulls.get(PR)!;
    expect(pr.reviewComments).toHaveLength(0);
    expect(pr.issueComments).toHaveLength(1);
    expect(pr.issueComments[0]!.body).toContain('✅ No findings');
    expect(result.exitCode).toBe(0);
  });

  it('workflow_dispatch: lints migrations changed against base-ref and writes the job summary', async () => {
    repo.commit({ 'db/migrations/0001_create_users.sql': CREATE_USERS }, 'base');
    repo.git('branch', 'release');
    repo.commit({ 'db/migrations/0002_index.sql': INDEX_ON_USERS }, 'feature');
    const result = await runAction({
      repo,
      github,
      eventName: 'workflow_dispatch',
      event: { inputs: {}, repository: { name: 'shop', owner: { login: 'acme' }, default_branch: 'main' } },
      inputs: { 'base-ref': 'release', 'fail-on': 'never' },
    });

    expect(github.requests).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.findings).toBe('1');
    expect(result.summary).toContain('require-concurrent-index');
  });

  it('the workspace config file and the inputs are honoured', async () => {
    const { base, head } = openPullRequest({
      '.migration-guard.yml': 'failOn: never\nrules:\n  require-concurrent-index: warning\n',
      'db/migrations/0002_index.sql': INDEX_ON_USERS,
    });
    const fromConfig = await run(base, head, { 'review-comments': 'false', 'summary-comment': 'false' });
    expect(fromConfig.stdout).not.toContain('::error::');
    expect(fromConfig.outputs).toMatchObject({ errors: '0', warnings: '1', findings: '1' });
    expect(fromConfig.exitCode).toBe(0);

    // An input overrides the config file.
    const fromInput = await run(base, head, { 'review-comments': 'false', 'summary-comment': 'false', 'fail-on': 'warning' });
    expect(failureMessage(fromInput)).toMatch(/^migration-guard: 1 finding at or above fail-on 'warning' \(1 warning\)/);
    expect(fromInput.exitCode).toBe(1);
    expect(github.writes()).toEqual([]);
  });

  it('a bad input is a usage error naming the input', async () => {
    const { base, head } = openPullRequest({ 'db/migrations/0002_index.sql': INDEX_ON_USERS });
    const result = await run(base, head, { 'fail-on': 'sometimes' });
    expect(failureMessage(result)).toBe("migration-guard: input 'fail-on' must be one of error, warning, info, never, got 'sometimes'");
    expect(result.exitCode).toBe(1);
    expect(github.requests).toEqual([]);
  });
});
