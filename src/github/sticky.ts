import type { GitHubClient } from './client.js';
import { STICKY_MARKER } from './fingerprint.js';
import { ACTIONS_BOT_LOGIN, isAuthor } from './identity.js';
import type { PullRequestRef } from './review.js';
import { outcomeUnknown } from './review.js';

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
  markdown: string | ((previousBody: string | null) => string),
  hasFindings: boolean,
  author: string = ACTIONS_BOT_LOGIN,
): Promise<{ action: StickyAction; id?: number }> {
  const findOurs = async () => {
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.pullNumber,
      per_page: 100,
    });
    return comments.find((c) => c.body?.startsWith(STICKY_MARKER) && isAuthor(c.user, author));
  };
  const existing = await findOurs();
  // The body may depend on the previous one (what changed since the last run): only ever ours.
  const body = `${STICKY_MARKER}\n${typeof markdown === 'string' ? markdown : markdown(existing?.body ?? null)}`;
  if (existing) {
    await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
    return { action: 'updated', id: existing.id };
  }
  if (!hasFindings) return { action: 'not-needed' };
  // Creating is not idempotent: after a 5xx or a timeout, look for it before sending it again.
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.pullNumber, body, request: { retries: 0 } });
      return { action: 'created', id: created.data.id };
    } catch (error) {
      if (!outcomeUnknown(error) || attempt >= 2) throw error;
      const landed = await findOurs().catch(() => {
        throw error;
      });
      if (landed) return { action: 'created', id: landed.id };
      await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
    }
  }
}
