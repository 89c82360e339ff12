import type { GitHubClient } from './client.js';
import { STICKY_MARKER } from './fingerprint.js';
import { ACTIONS_BOT_LOGIN, isAuthor } from './identity.js';
import type { PullRequestRef } from './review.js';

export type StickyAction = 'created' | 'updated' | 'not-needed';

/**
 * Keeps one summary comment per PR, found by its hidden marker on any page of the conversation
 * and our own author (a copy of the marker in anyone else's comment is ignored), edited in place. A clean PR that already has the comment gets it updated (a stale list of
 * errors would mislead reviewers); a PR that never had findings gets no comment at all.
 * Throws on API errors: the caller owns the fallback.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  pr: PullRequestRef,
  markdown: string,
  hasFindings: boolean,
  author: string = ACTIONS_BOT_LOGIN,
): Promise<{ action: StickyAction; id?: number }> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.pullNumber,
    per_page: 100,
  });
  const body = `${STICKY_MARKER}\n${markdown}`;
  const existing = comments.find((c) => c.body?.startsWith(STICKY_MARKER) && isAuthor(c.user, author));
  if (existing) {
    await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
    return { action: 'updated', id: existing.id };
  }
  if (!hasFindings) return { action: 'not-needed' };
  const created = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.pullNumber, body });
  return { action: 'created', id: created.data.id };
}
