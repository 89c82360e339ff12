import * as core from '@actions/core';
import { context } from '@actions/github';
import type { Dialect } from '../ir.js';
import type { FailOn } from '../report/model.js';
import { UsageError } from '../config.js';
import type { GitHubClient } from './client.js';
import type { PullRequestFile, PullRequestRef } from './review.js';

export interface ActionInputs {
  token: string;
  /** Migration paths/globs; empty = config, then auto-detect. */
  paths: string[];
  config: string | undefined;
  dialect: Dialect | undefined;
  pgVersion: number | undefined;
  failOn: FailOn | undefined;
  reviewComments: boolean;
  summaryComment: boolean;
  sarifFile: string;
  baseRef: string;
  maxInlineComments: number;
  /** `lint` (default), `dry-run`: also execute the PR's migrations up, down, up; `stats`: capture the statistics snapshot only. */
  mode: 'lint' | 'dry-run' | 'stats';
  /** Dry-run engine; default from config, else pglite (embedded, needs no secret). */
  dryRunEngine: 'pglite' | 'postgres' | 'mysql' | undefined;
  /** Staging database for the postgres/mysql dry-run engines; in stats mode, the database to capture (pass it from a secret). */
  databaseUrl: string;
  /** Stats mode: where the snapshot is written (repository-relative; empty: the config's `stats:`, else the default). */
  statsOutput: string;
  /** Stats mode: refuse a role that can do more than the capture needs. */
  requireLeastPrivilege: boolean;
  /** Login our comments are posted as, when the token cannot say (a GitHub App's installation token). */
  commentAuthor: string;
  /** Seconds every GitHub API call of the run may take together (`api-budget`). */
  apiBudgetSeconds: number;
}

function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(raw)) return true;
  if (['false', 'no', 'off', '0'].includes(raw)) return false;
  throw new UsageError(`input '${name}' must be true or false, got '${raw}'`);
}

function choiceInput<T extends string>(name: string, choices: readonly T[]): T | undefined {
  const raw = core.getInput(name).trim();
  if (raw === '') return undefined;
  if (!(choices as readonly string[]).includes(raw)) throw new UsageError(`input '${name}' must be one of ${choices.join(', ')}, got '${raw}'`);
  return raw as T;
}

/** Reads and validates the action's inputs (action.yml); a bad value is a UsageError naming the input. */
export function readActionInputs(): ActionInputs {
  const pgVersionRaw = core.getInput('pg-version').trim();
  const pgVersion = pgVersionRaw === '' ? undefined : Number(pgVersionRaw);
  if (pgVersion !== undefined && !(Number.isInteger(pgVersion) && pgVersion >= 9 && pgVersion <= 30)) {
    throw new UsageError(`input 'pg-version' must be a PostgreSQL major version such as 16, got '${pgVersionRaw}'`);
  }
  const budgetRaw = core.getInput('api-budget').trim();
  const apiBudgetSeconds = budgetRaw === '' ? 180 : Number(budgetRaw);
  if (!(Number.isFinite(apiBudgetSeconds) && apiBudgetSeconds >= 1 && apiBudgetSeconds <= 3600)) {
    throw new UsageError(`input 'api-budget' must be a number of seconds between 1 and 3600, got '${budgetRaw}'`);
  }
  return {
    token: core.getInput('github-token').trim(),
    // Newline- or comma-separated, as users write lists in YAML either way.
    paths: core
      .getInput('paths')
      .split(/[\n,]/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
    config: core.getInput('config').trim() || undefined,
    dialect: choiceInput('dialect', ['postgres', 'mysql'] as const),
    pgVersion,
    failOn: choiceInput('fail-on', ['error', 'warning', 'info', 'never'] as const),
    reviewComments: booleanInput('review-comments', true),
    summaryComment: booleanInput('summary-comment', true),
    sarifFile: core.getInput('sarif-file').trim(),
    baseRef: core.getInput('base-ref').trim(),
    maxInlineComments: 30,
    mode: choiceInput('mode', ['lint', 'dry-run', 'stats'] as const) ?? 'lint',
    dryRunEngine: choiceInput('dry-run-engine', ['pglite', 'postgres', 'mysql'] as const),
    databaseUrl: core.getInput('database-url').trim(),
    statsOutput: core.getInput('stats-output').trim(),
    requireLeastPrivilege: booleanInput('require-least-privilege', false),
    commentAuthor: core.getInput('comment-author').trim(),
    apiBudgetSeconds,
  };
}

export interface EventInfo {
  name: string;
  /** Present on pull_request / pull_request_target events. */
  pullRequest: (PullRequestRef & { baseSha: string }) | null;
  /** A sensible default base to diff against on other events (push: the previous tip). */
  defaultBase: string | null;
}

/** What the triggering event says about the change under test (GITHUB_EVENT_NAME / GITHUB_EVENT_PATH). */
export function readEvent(): EventInfo {
  const payload = context.payload as {
    pull_request?: { number: number; head: { sha: string }; base: { sha: string } };
    before?: string;
    merge_group?: { base_sha?: string };
    repository?: { default_branch?: string };
  };
  const name = context.eventName ?? '';
  const pr = payload.pull_request;
  if ((name === 'pull_request' || name === 'pull_request_target') && pr) {
    const { owner, repo } = context.repo;
    return { name, pullRequest: { owner, repo, pullNumber: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha }, defaultBase: pr.base.sha };
  }
  let defaultBase: string | null = null;
  if (name === 'push' && payload.before && !/^0+$/.test(payload.before)) defaultBase = payload.before;
  // A merge queue runs required checks on its temporary branch: lint what it adds to the base.
  else if (name === 'merge_group' && payload.merge_group?.base_sha) defaultBase = payload.merge_group.base_sha;
  else if (payload.repository?.default_branch) defaultBase = `origin/${payload.repository.default_branch}`;
  return { name, pullRequest: null, defaultBase };
}

/** Every file of the PR (all pages; GitHub lists up to 3,000), with its diff hunks. */
export async function listPullRequestFiles(client: GitHubClient, pr: PullRequestRef): Promise<PullRequestFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    per_page: 100,
  });
  return files.map((f) => ({ filename: f.filename, status: f.status, patch: f.patch }));
}
