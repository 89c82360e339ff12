import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** The REST client type every module in src/github/ takes (REST methods + paginate). */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientLog {
  warning(message: string): void;
  info(message: string): void;
}

/** A request GitHub did not answer in time, or one not sent because the run's API budget is spent. */
export class ApiTimeoutError extends Error {
  /** 408 Request Timeout: in the retry plugin's do-not-retry list, so a timeout is never resent blindly. */
  readonly status = 408;
  constructor(message: string) {
    super(message);
    this.name = 'ApiTimeoutError';
  }
}

export interface ClientLimits {
  /** Longest wait for one request (each attempt of a retried one). */
  requestTimeoutMs: number;
  /** Epoch milliseconds after which no request is sent and every pending one is aborted. */
  deadline: number;
}

/** 30 s per request, three minutes for every API call of the run (the `api-budget` input). */
export const DEFAULT_LIMITS = (): ClientLimits => ({ requestTimeoutMs: 30_000, deadline: Date.now() + 180_000 });

type RequestFn = (options: Record<string, unknown> & { method?: string; url?: string; request?: Record<string, unknown> }) => Promise<unknown>;

/**
 * Every attempt gets an abort signal: the per-request timeout or what is left of the budget,
 * whichever ends first. Registered before the retry plugin, so it wraps each attempt.
 */
function timeoutPlugin(limits: ClientLimits) {
  return (octokit: { hook: { wrap(name: 'request', fn: (request: RequestFn, options: Parameters<RequestFn>[0]) => Promise<unknown>): void } }) => {
    octokit.hook.wrap('request', async (request, options) => {
      const what = `${options.method ?? 'GET'} ${String(options.url ?? '')}`;
      const left = limits.deadline - Date.now();
      if (left <= 0) throw new ApiTimeoutError(`the run's GitHub API budget is spent, ${what} was not sent`);
      const ms = Math.min(limits.requestTimeoutMs, left);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), ms);
      try {
        // before-after-hook hands every hook the same options object and ignores the argument a
        // hook passes on: the signal must be set on that object (each attempt sets its own).
        options.request = { ...options.request, signal: controller.signal };
        return await request(options);
      } catch (error) {
        if (controller.signal.aborted) {
          throw new ApiTimeoutError(
            ms < limits.requestTimeoutMs ? `${what} did not answer before the run's GitHub API budget ran out` : `${what} did not answer within ${Math.round(ms / 1000)} s`,
          );
        }
        throw error;
      } finally {
        clearTimeout(timer);
      }
    });
  };
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
export function createGitHubClient(
  token: string,
  log: ClientLog,
  apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com',
  limits: ClientLimits = DEFAULT_LIMITS(),
): GitHubClient {
  // A rate-limit wait that would outlast the budget is not waited for: the channel falls back.
  const fits = (retryAfter: number) => Date.now() + retryAfter * 1000 < limits.deadline;
  return getOctokit(
    token,
    {
      baseUrl: apiUrl.replace(/(?<!\/)\/+$/, ''),
      retry: { doNotRetry: [400, 401, 403, 404, 408, 410, 422, 451], retries: MAX_SERVER_ERROR_RETRIES },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          if (!fits(retryAfter)) return false;
          log.warning(`GitHub rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
          return retryCount < MAX_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          if (!fits(retryAfter)) return false;
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
    timeoutPlugin(limits) as never,
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
  if (error instanceof ApiTimeoutError) return error.message;
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status ? `${status} ${message.replace(/ - https:\/\/docs\.github\.com\S*/, '')}` : message;
}
