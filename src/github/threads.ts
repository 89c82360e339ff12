import { hiddenMarker } from '../report/escape.js';
import type { GitHubClient } from './client.js';
import { describeError } from './client.js';
import { isAuthor } from './identity.js';
import type { PullRequestRef } from './review.js';

/**
 * What happens to a discussion once its finding is gone: our comment answers "fixed in <sha>"
 * and its thread is resolved (GraphQL `resolveReviewThread`), and the bodies of our old reviews
 * stop announcing findings that no longer exist.
 */

/** Marker of our "fixed in" reply, so it is posted once per thread. */
export const FIXED_MARKER = hiddenMarker('migration-guard:fixed');
const REVIEW_MARKER_NAME = 'migration-guard:review';
/** `<total>.<open>`: how many findings the review announced and how many were still open when we last wrote it. */
const REVIEW_MARKER = /<!-- migration-guard:review=(\d{1,6})\.(\d{1,6}) -->/;
/** Review bodies from before the marker existed. */
const LEGACY_REVIEW = /^migration-guard: (\d{1,6}) new findings? on changed lines/;

function shortSha(sha: string | undefined): string | null {
  return sha && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : null;
}

/** The body of a review we post, counting its findings; `open` below `total` once some are fixed. */
export function reviewBody(total: number, open = total, headSha?: string): string {
  const marker = hiddenMarker(REVIEW_MARKER_NAME, `${total}.${open}`);
  const what = total === 1 ? '1 new finding' : `${total} new findings`;
  const tail = 'The full report is in the summary comment and the run\u2019s job summary.';
  if (open >= total) return `${marker}\nmigration-guard: ${what} on changed lines. ${tail}`;
  const sha = shortSha(headSha);
  const as = sha ? ` as of \`${sha}\`` : '';
  // A comment that a push made outdated is posted again in a newer review: "superseded", not "fixed".
  if (open === 0) return `${marker}\nmigration-guard: ~~${what} on changed lines~~: all fixed or superseded${as}. ${tail}`;
  return `${marker}\nmigration-guard: ${what} on changed lines when posted; ${open} still open${as}. ${tail}`;
}

/** The fixed-in reply to a comment whose findings are gone. Built from the SHA only, never from PR text. */
export function fixedReplyBody(headSha: string, findings: number): string {
  return `${FIXED_MARKER}\nFixed in ${shortSha(headSha) ?? 'the latest commit'}: ${findings === 1 ? 'this finding no longer appears' : 'these findings no longer appear'} in the pull request.`;
}

interface Thread {
  id: string;
  isResolved: boolean;
  firstCommentId: number | null;
}

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;

const RESOLVE_MUTATION = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

interface ThreadsPage {
  repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; isResolved: boolean; comments: { nodes: { databaseId: number | null }[] } }[] } } | null } | null;
}

async function listThreads(client: GitHubClient, pr: PullRequestRef): Promise<Map<number, Thread>> {
  const byComment = new Map<number, Thread>();
  let cursor: string | null = null;
  // 50 pages of 100 threads: far beyond any pull request a person reviews; a bound all the same.
  for (let page = 0; page < 50; page++) {
    const data: ThreadsPage = await client.graphql<ThreadsPage>(THREADS_QUERY, { owner: pr.owner, repo: pr.repo, number: pr.pullNumber, cursor });
    const threads = data.repository?.pullRequest?.reviewThreads;
    if (!threads) break;
    for (const t of threads.nodes) {
      const first = t.comments.nodes[0]?.databaseId ?? null;
      if (first !== null) byComment.set(first, { id: t.id, isResolved: t.isResolved, firstCommentId: first });
    }
    if (!threads.pageInfo.hasNextPage || !threads.pageInfo.endCursor) break;
    cursor = threads.pageInfo.endCursor;
  }
  return byComment;
}

export interface FixedThread {
  /** Our top-level comment. */
  commentId: number;
  findings: number;
  /** We already answered "fixed in" in this thread. */
  answered: boolean;
}

/**
 * Answers each thread whose findings are gone with "fixed in <sha>" (once) and resolves it.
 * Best effort: a failure is a warning, the report is already complete elsewhere.
 */
export async function settleFixedThreads(
  client: GitHubClient,
  pr: PullRequestRef,
  fixed: FixedThread[],
  warn: (message: string) => void,
): Promise<{ answered: number; resolved: number }> {
  const result = { answered: 0, resolved: 0 };
  if (fixed.length === 0) return result;
  for (const t of fixed.filter((f) => !f.answered)) {
    try {
      await client.rest.pulls.createReplyForReviewComment({
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.pullNumber,
        comment_id: t.commentId,
        body: fixedReplyBody(pr.headSha, t.findings),
      });
      result.answered++;
    } catch (error) {
      warn(`could not answer the review thread of comment ${t.commentId}: ${describeError(error)}`);
    }
  }
  let threads: Map<number, Thread>;
  try {
    threads = await listThreads(client, pr);
  } catch (error) {
    warn(`could not list the review threads to resolve them (GraphQL: ${describeError(error)}); they are answered "fixed in"`);
    return result;
  }
  for (const t of fixed) {
    const thread = threads.get(t.commentId);
    if (!thread || thread.isResolved) continue;
    try {
      await client.graphql(RESOLVE_MUTATION, { threadId: thread.id });
      result.resolved++;
    } catch (error) {
      warn(`could not resolve the review thread of comment ${t.commentId}: ${describeError(error)}`);
      // The same answer for the rest (permission): do not send one failing call per thread.
      break;
    }
  }
  return result;
}

/**
 * Keeps our old review bodies truthful: a review that announced N findings says how many are
 * still open, or that all are fixed. Only reviews by us that carry our marker (or our old text)
 * are touched; a body is rewritten only when its open count changed.
 * `openInReview` counts our comments per review id (from before this run's posts) that still stand for a current finding.
 */
export async function updateOldReviews(
  client: GitHubClient,
  pr: PullRequestRef,
  author: string,
  openInReview: Map<number, number>,
  warn: (message: string) => void,
): Promise<number> {
  let reviews: { id: number; body: string | null; commit_id: string | null; user: { login: string; type?: string } | null }[];
  try {
    reviews = (await client.paginate(client.rest.pulls.listReviews, { owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber, per_page: 100 })) as typeof reviews;
  } catch (error) {
    warn(`could not list the pull request's reviews: ${describeError(error)}`);
    return 0;
  }
  let updated = 0;
  for (const r of reviews) {
    // A review on the head commit is this run's (or a re-run's): all of it is current, even when
    // its creation answered 502 and its comments were not in our first listing.
    if (r.commit_id === pr.headSha || !r.body || !isAuthor(r.user, author)) continue;
    const marked = REVIEW_MARKER.exec(r.body);
    const legacy = marked ? null : LEGACY_REVIEW.exec(r.body);
    if (!marked && !legacy) continue;
    const total = Number(marked ? marked[1] : legacy![1]);
    const wasOpen = marked ? Number(marked[2]) : total;
    const open = Math.min(total, openInReview.get(r.id) ?? 0);
    if (open === wasOpen) continue;
    try {
      await client.rest.pulls.updateReview({ owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber, review_id: r.id, body: reviewBody(total, open, pr.headSha) });
      updated++;
    } catch (error) {
      warn(`could not update the body of review ${r.id}: ${describeError(error)}`);
    }
  }
  return updated;
}
