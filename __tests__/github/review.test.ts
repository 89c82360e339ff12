import { createGitHubClient } from '../../src/github/client.js';
import { fingerprintFindings, fingerprintMarker } from '../../src/github/fingerprint.js';
import { syncReviewComments, type PullRequestRef } from '../../src/github/review.js';
import type { ReportFinding } from '../../src/report/model.js';
import { FakeGitHub } from '../e2e/fake-github.js';

const FILE = 'db/migrations/0002_index.sql';
const SOURCE = [
  'CREATE INDEX a ON users (email);',
  'CREATE INDEX b ON users (name);',
  'CREATE INDEX c',
  '  ON users (created_at);',
  'VACUUM FULL users;',
].join('\n');
const PATCH = '@@ -0,0 +1,5 @@\n' + SOURCE.split('\n').map((l) => `+${l}`).join('\n');
const sources = (file: string) => (file === FILE ? SOURCE : undefined);

function finding(line: number, over: Partial<ReportFinding> = {}): ReportFinding {
  return { ruleId: 'require-concurrent-index', severity: 'warning', file: FILE, line, endLine: line, column: 1, message: `index on line ${line}`, migration: '0002_index', ...over };
}

let github: FakeGitHub;
let pr: PullRequestRef;
const warnings: string[] = [];
const client = () => createGitHubClient('t', { warning: (m) => warnings.push(m), info: () => undefined }, github.url);

beforeEach(async () => {
  github = new FakeGitHub();
  await github.start();
  github.addPull(3, [{ filename: FILE, status: 'added', patch: PATCH }]);
  pr = { owner: 'acme', repo: 'shop', pullNumber: 3, headSha: 'abc123' };
});
afterEach(() => github.stop());

function existingComment(f: ReportFinding, line: number | null) {
  const fp = fingerprintFindings([f], sources).get(f)!;
  const comment = { id: github.newId(), pull_request_review_id: 1, path: FILE, line, start_line: null, side: 'RIGHT', commit_id: 'old', body: `${fingerprintMarker(fp)}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } };
  github.pulls.get(3)!.reviewComments.push(comment);
  return comment;
}

describe('syncReviewComments', () => {
  it('posts the most severe findings first up to the cap, a multi-line statement as a range', async () => {
    const findings = [finding(1), finding(3, { endLine: 4, severity: 'error' }), finding(5, { severity: 'info' })];
    const outcome = await syncReviewComments(client(), pr, findings, github.pulls.get(3)!.files, { maxInline: 2, warn: () => undefined, sources });

    const review = github.requests.find((r) => r.method === 'POST')!.body;
    expect(review.comments.map((c: { line: number; start_line?: number }) => [c.start_line, c.line])).toEqual([[3, 4], [undefined, 1]]);
    expect(review).toMatchObject({ event: 'COMMENT', commit_id: 'abc123' });
    expect(outcome).toMatchObject({ posted: 2, alreadyCommented: 0, deleted: 0 });
    expect(outcome.notInline).toEqual([{ finding: findings[2], reason: 'over-cap' }]);
  });

  it('replaces an outdated comment, keeps an outdated one with replies, removes duplicates, ignores other people', async () => {
    const [outdated, discussed, duplicated] = [finding(1), finding(2), finding(5)];
    const outdatedComment = existingComment(outdated, null);
    const discussedComment = existingComment(discussed, null);
    github.reply(3, discussedComment.id, 'why?');
    existingComment(duplicated, 5);
    const duplicate = existingComment(duplicated, 5);
    github.pulls.get(3)!.reviewComments.push({ ...duplicate, id: github.newId(), body: 'LGTM', user: { login: 'bob', type: 'User' } });

    const outcome = await syncReviewComments(client(), pr, [outdated, discussed, duplicated], github.pulls.get(3)!.files, { maxInline: 30, warn: () => undefined, sources });

    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/shop/pulls/3/reviews',
      `DELETE /repos/acme/shop/pulls/comments/${outdatedComment.id}`,
      `DELETE /repos/acme/shop/pulls/comments/${duplicate.id}`,
    ]);
    expect(github.writes()[0]!.body.comments.map((c: { line: number }) => c.line)).toEqual([1]);
    expect(outcome).toMatchObject({ posted: 1, alreadyCommented: 2, deleted: 2, keptForReplies: 0 });
    expect(github.pulls.get(3)!.reviewComments.some((c) => c.body === 'LGTM')).toBe(true);
  }, 20_000);

  it('a 403 while listing turns the channel off without writing anything', async () => {
    github.script({ method: 'GET', path: /\/pulls\/3\/comments$/, status: 403, body: { message: 'Resource not accessible by integration' } });
    const outcome = await syncReviewComments(client(), pr, [finding(1)], github.pulls.get(3)!.files, { maxInline: 30, warn: () => undefined, sources });
    expect(outcome.errorStatus).toBe(403);
    expect(outcome.error).toContain('403 Resource not accessible by integration');
    expect(outcome.notInline).toEqual([{ finding: finding(1), reason: 'failed' }]);
    expect(github.writes()).toEqual([]);
  });

  it('findings in a file without a patch (a huge diff) are one file-level comment, kept on the next run', async () => {
    github.pulls.get(3)!.files = [{ filename: FILE, status: 'modified' }];
    const findings = [finding(1), finding(5, { ruleId: 'vacuum-full-or-cluster', severity: 'error' })];
    const outcome = await syncReviewComments(client(), pr, findings, github.pulls.get(3)!.files, { maxInline: 30, warn: () => undefined, sources });
    expect(outcome).toMatchObject({ posted: 1, notInline: [] });
    const post = github.writes();
    expect(post.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/shop/pulls/3/comments']);
    expect(post[0]!.body).toMatchObject({ path: FILE, subject_type: 'file', commit_id: 'abc123' });
    expect(post[0]!.body.line).toBeUndefined();
    // Most severe first, each with its line, since the comment sits on no line.
    expect(post[0]!.body.body).toMatch(/vacuum-full-or-cluster[^\n]*· line 5[\s\S]*require-concurrent-index[^\n]*· line 1/);

    github.clearLog();
    const again = await syncReviewComments(client(), pr, findings, github.pulls.get(3)!.files, { maxInline: 30, warn: () => undefined, sources });
    expect(again).toMatchObject({ posted: 0, alreadyCommented: 2, deleted: 0 });
    expect(github.writes()).toEqual([]);
  });
});

describe('old review bodies', () => {
  it('only our own reviews are rewritten, once their open count changes; a copy of our text by someone else stays', async () => {
    const f = finding(1);
    const ours = { id: 900, commit_id: 'old', event: 'COMMENT', body: 'migration-guard: 2 new findings on changed lines. The full report is in the summary comment.', user: { login: 'github-actions[bot]', type: 'Bot' } };
    const theirs = { ...ours, id: 901, user: { login: 'mallory', type: 'User' } };
    github.pulls.get(3)!.reviews.push(ours, theirs);
    // One of the review's two comments still stands, the other is fixed (and goes).
    const standing = existingComment(f, 1);
    standing.pull_request_review_id = 900;
    const gone = existingComment(finding(2, { ruleId: 'vacuum-full-or-cluster' }), 2);
    gone.pull_request_review_id = 900;

    const outcome = await syncReviewComments(client(), pr, [f], github.pulls.get(3)!.files, { maxInline: 30, warn: () => undefined, sources });
    expect(outcome).toMatchObject({ deleted: 1, reviewsUpdated: 1 });
    expect(ours.body).toBe('<!-- migration-guard:review=2.1 -->\nmigration-guard: 2 new findings on changed lines when posted; 1 still open. The full report is in the summary comment and the run’s job summary.');
    expect(theirs.body).toContain('migration-guard: 2 new findings on changed lines.');

    github.clearLog();
    await syncReviewComments(client(), pr, [f], github.pulls.get(3)!.files, { maxInline: 30, warn: () => undefined, sources });
    expect(github.writes()).toEqual([]);
  }, 20_000);
});
