import type { ReportFinding, SourceLookup } from '../report/model.js';
import { SEVERITY_RANK } from '../report/model.js';
import { codeSpan, escapeMarkdown } from '../report/escape.js';
import type { GitHubClient } from './client.js';
import { describeError, httpStatus } from './client.js';
import { commentableLines, placeableRange } from './diff.js';
import { fingerprintFindings, fingerprintMarker, fingerprintOf } from './fingerprint.js';
import { ACTIONS_BOT_LOGIN, isAuthor } from './identity.js';

export interface PullRequestRef {
  owner: string;
  repo: string;
  pullNumber: number;
  headSha: string;
}

/** One entry of `GET /pulls/{n}/files`: `patch` is absent for binary or huge diffs. */
export interface PullRequestFile {
  filename: string;
  status: string;
  patch?: string;
}

/** Why a finding is not an inline comment; the sticky comment and job summary carry it instead. */
export type NotInlineReason = 'outside-diff' | 'over-cap' | 'rejected' | 'failed';

export interface ReviewOutcome {
  /** New inline comments posted in this run. */
  posted: number;
  /** Findings that already had our comment from an earlier run (not posted twice). */
  alreadyCommented: number;
  /** Our comments deleted because their finding is gone. */
  deleted: number;
  /** Our comments whose finding is gone but someone replied, so they stay. */
  keptForReplies: number;
  notInline: { finding: ReportFinding; reason: NotInlineReason }[];
  /** Set when the channel as a whole failed (e.g. 403 with a read-only token). */
  error?: string;
  /** HTTP status of that failure. */
  errorStatus?: number;
}

interface ExistingComment {
  id: number;
  body: string;
  line: number | null;
  inReplyTo: number | null;
}

interface PlannedComment {
  finding: ReportFinding;
  fingerprint: string;
  path: string;
  line: number;
  startLine?: number;
  body: string;
}

const SEVERITY_ICON = { error: '🛑', warning: '⚠️', info: 'ℹ️' } as const;

/** The Markdown of one inline comment: hidden fingerprint, rule, message, safe alternative. */
export function reviewCommentBody(finding: ReportFinding, fingerprint: string): string {
  const parts = [
    fingerprintMarker(fingerprint),
    `${SEVERITY_ICON[finding.severity]} **${finding.severity}** ${codeSpan(finding.ruleId)}`,
    '',
    escapeMarkdown(finding.message),
  ];
  if (finding.suggestion) parts.push('', `**Safe alternative:** ${escapeMarkdown(finding.suggestion)}`);
  parts.push('', `<sub>migration-guard · suppress with a reason: ${codeSpan(`migration-guard: ignore ${finding.ruleId} -- <reason>`)}</sub>`);
  return parts.join('\n');
}

function mostSevereFirst(a: ReportFinding, b: ReportFinding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line;
}

/**
 * Our top-level comments (marker AND author) and the ids somebody replied to. A comment by anyone
 * else that carries a fingerprint is not ours: never edited, deleted or taken as already posted.
 */
async function listOwnComments(client: GitHubClient, pr: PullRequestRef, author: string): Promise<{ own: ExistingComment[]; repliedTo: Set<number> }> {
  const all = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    per_page: 100,
  });
  const repliedTo = new Set<number>();
  const own: ExistingComment[] = [];
  for (const c of all) {
    if (c.in_reply_to_id) repliedTo.add(c.in_reply_to_id);
    if (fingerprintOf(c.body) && !c.in_reply_to_id && isAuthor(c.user, author)) own.push({ id: c.id, body: c.body, line: c.line ?? null, inReplyTo: c.in_reply_to_id ?? null });
  }
  return { own, repliedTo };
}

function toReviewComment(c: PlannedComment) {
  return c.startLine !== undefined
    ? { path: c.path, body: c.body, line: c.line, side: 'RIGHT', start_line: c.startLine, start_side: 'RIGHT' }
    : { path: c.path, body: c.body, line: c.line, side: 'RIGHT' };
}

/**
 * Brings the PR's inline comments in line with the findings: posts the new ones (one review,
 * event COMMENT, on the head SHA, only on lines inside the diff, at most `maxInline`), leaves the
 * ones already posted, and deletes our comments whose finding disappeared unless someone replied.
 * Never throws: everything that could not be posted comes back in `notInline`.
 */
export async function syncReviewComments(
  client: GitHubClient,
  pr: PullRequestRef,
  findings: ReportFinding[],
  files: PullRequestFile[],
  opts: { maxInline: number; warn: (message: string) => void; sources?: SourceLookup; author?: string },
): Promise<ReviewOutcome> {
  const author = opts.author ?? ACTIONS_BOT_LOGIN;
  const outcome: ReviewOutcome = { posted: 0, alreadyCommented: 0, deleted: 0, keptForReplies: 0, notInline: [] };
  const fingerprints = fingerprintFindings(findings, opts.sources);

  let existing: { own: ExistingComment[]; repliedTo: Set<number> };
  try {
    existing = await listOwnComments(client, pr, author);
  } catch (error) {
    outcome.error = `listing review comments failed: ${describeError(error)}`;
    outcome.errorStatus = httpStatus(error);
    outcome.notInline = findings.map((finding) => ({ finding, reason: 'failed' }));
    return outcome;
  }

  const current = new Set(fingerprints.values());
  /** Fingerprints that already have a comment of ours standing for them. */
  const commented = new Set<string>();
  const toDelete: ExistingComment[] = [];
  for (const c of existing.own) {
    const fp = fingerprintOf(c.body)!;
    const replied = existing.repliedTo.has(c.id);
    // GitHub nulls `line` when a push makes a comment outdated: it no longer points at the
    // finding, so it is replaced, unless a discussion hangs off it (then it stands as is).
    // A second comment for the same finding (two overlapping runs) is a duplicate.
    if (current.has(fp) && !commented.has(fp) && (c.line !== null || replied)) {
      commented.add(fp);
      continue;
    }
    if (replied) {
      outcome.keptForReplies++;
      continue;
    }
    toDelete.push(c);
  }

  const lineSets = new Map(files.map((f) => [f.filename, commentableLines(f.patch)]));
  const planned: PlannedComment[] = [];
  for (const finding of [...findings].sort(mostSevereFirst)) {
    const fp = fingerprints.get(finding)!;
    if (commented.has(fp)) {
      outcome.alreadyCommented++;
      continue;
    }
    const range = placeableRange(lineSets.get(finding.file) ?? new Set(), finding.line, Math.max(finding.line, finding.endLine));
    if (!range) {
      outcome.notInline.push({ finding, reason: 'outside-diff' });
      continue;
    }
    // The cap is per pull request, not per run: our comments already standing count against it,
    // so re-running the same commit does not add another batch.
    if (commented.size + planned.length >= opts.maxInline) {
      outcome.notInline.push({ finding, reason: 'over-cap' });
      continue;
    }
    planned.push({
      finding,
      fingerprint: fp,
      path: finding.file,
      line: range.end,
      startLine: range.end > range.start ? range.start : undefined,
      body: reviewCommentBody(finding, fp),
    });
  }

  if (planned.length > 0) await postReview(client, pr, planned, outcome, opts.warn, author);

  for (const c of toDelete) {
    if (outcome.errorStatus === 403) break;
    try {
      await client.rest.pulls.deleteReviewComment({ owner: pr.owner, repo: pr.repo, comment_id: c.id });
      outcome.deleted++;
    } catch (error) {
      opts.warn(`could not delete the outdated review comment ${c.id}: ${describeError(error)}`);
    }
  }
  return outcome;
}

async function postReview(
  client: GitHubClient,
  pr: PullRequestRef,
  planned: PlannedComment[],
  outcome: ReviewOutcome,
  warn: (message: string) => void,
  author: string,
): Promise<void> {
  try {
    // A 5xx or a timeout does not say whether GitHub created the review: look before resending.
    planned = await writeOnce(
      planned,
      (rest) =>
        client.rest.pulls.createReview({
          owner: pr.owner,
          repo: pr.repo,
          pull_number: pr.pullNumber,
          commit_id: pr.headSha,
          event: 'COMMENT',
          body: `migration-guard: ${rest.length === 1 ? '1 new finding' : `${rest.length} new findings`} on changed lines. The full report is in the summary comment and the run's job summary.`,
          comments: rest.map(toReviewComment) as never,
          request: { retries: 0 },
        }),
      async () => new Set((await listOwnComments(client, pr, author)).own.map((c) => fingerprintOf(c.body)!)),
      outcome,
      warn,
    );
    outcome.posted += planned.length;
    return;
  } catch (error) {
    if (httpStatus(error) !== 422) {
      outcome.error = `posting the review failed: ${describeError(error)}`;
      outcome.errorStatus = httpStatus(error);
      for (const c of planned) outcome.notInline.push({ finding: c.finding, reason: 'failed' });
      return;
    }
    warn(`GitHub rejected the review (${describeError(error)}); posting its comments one by one`);
  }
  // One comment GitHub cannot place fails the whole review; find it by posting individually.
  for (const [index, c] of planned.entries()) {
    try {
      await client.rest.pulls.createReviewComment({
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.pullNumber,
        commit_id: pr.headSha,
        ...(toReviewComment(c) as { path: string; body: string; line: number; side: 'RIGHT' }),
        request: { retries: 0 },
      });
      outcome.posted++;
    } catch (error) {
      if (httpStatus(error) === 422) {
        outcome.notInline.push({ finding: c.finding, reason: 'rejected' });
        continue;
      }
      outcome.error = `posting review comments failed: ${describeError(error)}`;
      outcome.errorStatus = httpStatus(error);
      for (const rest of planned.slice(index)) outcome.notInline.push({ finding: rest.finding, reason: 'failed' });
      return;
    }
  }
}

/** A 5xx, a timeout or a network error: the write may or may not have happened. */
export function outcomeUnknown(error: unknown): boolean {
  const status = httpStatus(error);
  return status === undefined || status === 408 || status >= 500;
}

const RECONCILE_ATTEMPTS = 2;

/**
 * Sends a non-idempotent write of `planned` comments. When the answer does not say whether it
 * happened (5xx, timeout), re-lists our comments and resends only those not there, at most twice.
 * Counts the ones found already posted in `outcome.posted`; returns the ones the last send carried.
 * Throws the last error when a send fails for good.
 */
async function writeOnce(
  planned: PlannedComment[],
  send: (rest: PlannedComment[]) => Promise<unknown>,
  listed: () => Promise<Set<string>>,
  outcome: ReviewOutcome,
  warn: (message: string) => void,
): Promise<PlannedComment[]> {
  let rest = planned;
  for (let attempt = 0; ; attempt++) {
    try {
      await send(rest);
      return rest;
    } catch (error) {
      if (!outcomeUnknown(error) || attempt >= RECONCILE_ATTEMPTS) throw error;
      let there: Set<string>;
      try {
        there = await listed();
      } catch {
        throw error;
      }
      const landed = rest.filter((c) => there.has(c.fingerprint));
      outcome.posted += landed.length;
      rest = rest.filter((c) => !there.has(c.fingerprint));
      warn(
        `GitHub answered ${describeError(error)} to posting the review; ${landed.length} of its comments are there${rest.length ? `, resending the other ${rest.length}` : ''}`,
      );
      if (rest.length === 0) return rest;
      await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
    }
  }
}
