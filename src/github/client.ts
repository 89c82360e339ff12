import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** The REST client type every module in src/github/ takes (REST methods + paginate). */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientLog {
  warning(message: string): void;
  info(message: string): void;
}

/** How often a request that hit a limit or a 5xx is retried before its channel falls back. */
const MAX_LIMIT_RETRIES = 2;
const MAX_SERVER_ERROR_RETRIES = 3;

/**
 * Octokit with the two plugins GitHub recommends for Actions.
 * - retry: 5xx and network errors, with (n+1)² s backoff. 4xx are answers, not accidents:
 *   422 (a line outside the diff) and 403 (read-only token) must reach the fallback chain at once.
 * - throttling: primary and secondary rate limits, honouring the server's `retry-after`
 *   (a secondary limit says how long to wait; retrying sooner only extends the ban).
 */
export function createGitHubClient(token: string, log: ClientLog, apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com'): GitHubClient {
  return getOctokit(
    token,
    {
      baseUrl: apiUrl.replace(/\/+$/, ''),
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retries: MAX_SERVER_ERROR_RETRIES },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
          return retryCount < MAX_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
          return retryCount < MAX_LIMIT_RETRIES;
        },
      },
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: (message: string) => log.warning(message),
        error: (message: string) => log.warning(message),
      },
    },
    retry,
    throttling,
  );
}

/** HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** One line for logs and summaries: "403 Resource not accessible by integration". */
export function describeError(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status ? `${status} ${message.replace(/ - https:\/\/docs\.github\.com\S*/, '')}` : message;
}
