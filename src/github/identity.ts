import type { GitHubClient } from './client.js';
import { describeError } from './client.js';

/** Who posts with the workflow's GITHUB_TOKEN (an installation token of the GitHub Actions app). */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface Identity {
  /** The login our comments carry, e.g. `github-actions[bot]` or the PAT owner's login. */
  login: string;
  /** How it was learnt, for the log. */
  source: 'input' | 'api' | 'installation-token' | 'fallback';
}

/**
 * The account the token posts as. A comment is ours only if it carries our marker AND this
 * author: anyone can paste a marker or a fingerprint into their own comment.
 *
 * - `comment-author` input set: that login (a GitHub App's installation token posts as `<slug>[bot]`,
 *   and an installation token cannot ask who it is).
 * - `ghs_` tokens are installation tokens (GITHUB_TOKEN among them): `GET /user` always fails with
 *   them, so it is not asked; the GITHUB_TOKEN's comments are by `github-actions[bot]`.
 * - other tokens (PATs, OAuth, user-to-server): `GET /user`; if that fails, `github-actions[bot]`.
 */
export async function resolveIdentity(
  client: GitHubClient,
  token: string,
  configured: string,
  log: { info(message: string): void; warning(message: string): void },
): Promise<Identity> {
  const login = configured.trim();
  if (login) return { login, source: 'input' };
  if (token.startsWith('ghs_')) return { login: ACTIONS_BOT_LOGIN, source: 'installation-token' };
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (typeof data.login === 'string' && data.login) return { login: data.login, source: 'api' };
  } catch (error) {
    log.info(`could not ask GitHub who the token belongs to (${describeError(error)}); taking ${ACTIONS_BOT_LOGIN} as the author of our comments`);
  }
  return { login: ACTIONS_BOT_LOGIN, source: 'fallback' };
}

/** GitHub logins are case-insensitive. */
export function isAuthor(user: { login?: string | null } | null | undefined, login: string): boolean {
  return typeof user?.login === 'string' && user.login.toLowerCase() === login.toLowerCase();
}
