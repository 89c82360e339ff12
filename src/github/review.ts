import type { ReportFinding, SourceLookup } from '../report/model.js';
import { SEVERITY_RANK } from '../report/model.js';
import type { GitHubClient } from './client.js';
import { describeError, httpStatus } from './client.js';
import { commentableLines, placeableRange } from './diff.js';
import { fingerprintFindings, fingerprintsOf } from './fingerprint.js';
import { combinedSuggestion, fixLines, groupCommentBody, type CommentGroup } from './comment-body.js';
import { ACTIONS_BOT_LOGIN, isAuthor } from './identity.js';
import { FIXED_MARKER, reviewBody, settleFixedThreads, updateOldReviews, type FixedThread } from './threads.js';

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
export type NotInlineReason = 'outside-diff' | 'over-cap' | 'file-comment-full' | 'rejected' | 'failed';

/** Findings one file-level comment lists at most (a file GitHub shows no diff for); the rest stay in the summary. */
export const FILE_COMMENT_MAX_FINDINGS = 10;

export interface ReviewOutcome {
  /** New inline comments posted in this run. */
  posted: number;
  /** Findings that already had our comment from an earlier run (not posted twice). */
  alreadyCommented: number;
  /** Our comments deleted because their finding is gone. */
  deleted: number;
  /** Our comments whose finding is gone but someone replied, so they stay. */
  keptForReplies: number;
  /** Of those, threads answered "fixed in <sha>" in this run, and threads resolved. */
  answeredFixed?: number;
  resolvedThreads?: number;
  /** Old review bodies rewritten to say how many of their findings are still open. */
  reviewsUpdated?: number;
  notInline: { finding: ReportFinding; reason: NotInlineReason }[];
  /** Set when the channel as a whole failed (e.g. 403 with a read-only token). */
  error?: string;
  /** HTTP status of that failure. */
  errorStatus?: number;
}

interface ExistingComment {
  id: number;
  body: string;
  /** The fingerprints of the findings it stands for, sorted and joined: the comment's identity. */
  key: string;
  line: number | null;
  /** A file-level comment (`subject_type: file`): it has no line and is never outdated by a push. */
  fileLevel: boolean;
  inReplyTo: number | null;
  reviewId: number | null;
}

interface PlannedComment {
  group: CommentGroup;
  key: string;
  path: string;
  /** null for a file-level comment. */
  line: number | null;
  startLine?: number;
  body: string;
}

function groupKey(fingerprints: string[]): string {
  return [...fingerprints].sort().join(',');
}

function mostSevereFirst(a: ReportFinding, b: ReportFinding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line;
}

/**
 * Our top-level comments (marker AND author) and the ids somebody replied to. A comment by anyone
 * else that carries a fingerprint is not ours: never edited, deleted or taken as already posted.
 */
async function listOwnComments(
  client: GitHubClient,
  pr: PullRequestRef,
  author: string,
): Promise<{ own: ExistingComment[]; repliedTo: Set<number>; answered: Set<number> }> {
  const all = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    per_page: 100,
  });
  const repliedTo = new Set<number>();
  /** Comments we already answered "fixed in". */
  const answered = new Set<number>();
  const own: ExistingComment[] = [];
  for (const c of all) {
    // Our own "fixed in" answer is not a discussion: only someone else's reply keeps a comment.
    const ourAnswer = c.in_reply_to_id && isAuthor(c.user, author) && c.body?.startsWith(FIXED_MARKER);
    if (c.in_reply_to_id && ourAnswer) answered.add(c.in_reply_to_id);
    else if (c.in_reply_to_id) repliedTo.add(c.in_reply_to_id);
    const prints = fingerprintsOf(c.body);
    if (prints.length > 0 && !c.in_reply_to_id && isAuthor(c.user, author)) {
      own.push({ id: c.id, body: c.body, key: groupKey(prints), line: c.line ?? null, fileLevel: c.subject_type === 'file', inReplyTo: c.in_reply_to_id ?? null, reviewId: c.pull_request_review_id ?? null });
    }
  }
  return { own, repliedTo, answered };
}

function toReviewComment(c: PlannedComment & { line: number }) {
  return c.startLine !== undefined
    ? { path: c.path, body: c.body, line: c.line, side: 'RIGHT', start_line: c.startLine, start_side: 'RIGHT' }
    : { path: c.path, body: c.body, line: c.line, side: 'RIGHT' };
}

/**
 * The inline comments the findings need: findings whose comments land on the same line are one
 * comment. A finding with an exact fix sits on the lines its fix edits (a suggestion block
 * replaces exactly those lines) when they are in the diff; any other finding on its own lines.
 * Findings on no commentable line come back in `outside`.
 */
export function planCommentGroups(
  findings: ReportFinding[],
  fingerprints: Map<ReportFinding, string>,
  lineSets: Map<string, Set<number>>,
  sources?: SourceLookup,
  patchless: Set<string> = new Set(),
): { groups: CommentGroup[]; outside: ReportFinding[]; overflow: ReportFinding[] } {
  const outside: ReportFinding[] = [];
  const overflow: ReportFinding[] = [];
  const byAnchor = new Map<string, { group: CommentGroup; fixEnd: number | null; plainEnd: number }>();
  const byFile = new Map<string, CommentGroup>();
  for (const finding of [...findings].sort(mostSevereFirst)) {
    // GitHub sends no patch for a huge (or binary) diff: no line takes a comment, the file does.
    if (patchless.has(finding.file)) {
      let group = byFile.get(finding.file);
      if (!group) {
        group = { file: finding.file, findings: [], fingerprints: [], start: null, end: null };
        byFile.set(finding.file, group);
      }
      if (group.findings.length >= FILE_COMMENT_MAX_FINDINGS) {
        overflow.push(finding);
        continue;
      }
      group.findings.push(finding);
      group.fingerprints.push(fingerprints.get(finding)!);
      continue;
    }
    const lines = lineSets.get(finding.file) ?? new Set<number>();
    const fixed = fixLines(finding);
    const fixRange = fixed ? placeableRange(lines, fixed.start, fixed.end) : null;
    const onFix = fixRange !== null && fixRange.end === fixed!.end;
    const range = onFix ? fixRange : placeableRange(lines, finding.line, Math.max(finding.line, finding.endLine));
    if (!range) {
      outside.push(finding);
      continue;
    }
    const anchor = `${finding.file}\u0000${range.start}`;
    let entry = byAnchor.get(anchor);
    if (!entry) {
      entry = { group: { file: finding.file, findings: [], fingerprints: [], start: range.start, end: range.end }, fixEnd: null, plainEnd: range.start };
      byAnchor.set(anchor, entry);
    }
    entry.group.findings.push(finding);
    entry.group.fingerprints.push(fingerprints.get(finding)!);
    if (onFix) entry.fixEnd = Math.max(entry.fixEnd ?? range.end, range.end);
    else entry.plainEnd = Math.max(entry.plainEnd, range.end);
  }
  const groups: CommentGroup[] = [];
  for (const { group, fixEnd, plainEnd } of byAnchor.values()) {
    // With a fix, the comment spans exactly the fixed lines; otherwise the statement's lines.
    group.end = fixEnd ?? plainEnd;
    if (fixEnd !== null) {
      const fixedHere = group.findings.filter((f) => {
        const l = fixLines(f);
        return l !== null && l.start >= group.start! && l.end <= group.end!;
      });
      group.suggestion = combinedSuggestion(fixedHere, sources?.(group.file), group.start!, group.end);
    }
    groups.push(group);
  }
  // File-level groups after the line comments of the same severity: a line comment is more precise.
  const all = [...groups, ...byFile.values()].sort((a, b) => mostSevereFirst(a.findings[0]!, b.findings[0]!) || Number(a.start === null) - Number(b.start === null));
  return { groups: all, outside, overflow };
}

/**
 * Brings the PR's inline comments in line with the findings: posts the new ones (one review,
 * event COMMENT, on the head SHA, only on lines inside the diff, at most `maxInline` comments per
 * pull request), leaves the ones already posted, and deletes our comments whose findings
 * disappeared unless someone replied. Never throws: everything that could not be posted comes
 * back in `notInline`.
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

  let existing: Awaited<ReturnType<typeof listOwnComments>>;
  try {
    existing = await listOwnComments(client, pr, author);
  } catch (error) {
    outcome.error = `listing review comments failed: ${describeError(error)}`;
    outcome.errorStatus = httpStatus(error);
    outcome.notInline = findings.map((finding) => ({ finding, reason: 'failed' }));
    return outcome;
  }

  const lineSets = new Map(files.map((f) => [f.filename, commentableLines(f.patch)]));
  const patchless = new Set(files.filter((f) => !f.patch && f.status !== 'removed').map((f) => f.filename));
  const { groups, outside, overflow } = planCommentGroups(findings, fingerprints, lineSets, opts.sources, patchless);
  const current = new Set(groups.map((g) => groupKey(g.fingerprints)));
  const currentPrints = new Set(fingerprints.values());
  /** Groups that already have a comment of ours standing for them. */
  const standing = new Set<string>();
  /** Per review, our comments in it that still stand for current findings (for its body). */
  const openInReview = new Map<number, number>();
  const toDelete: ExistingComment[] = [];
  const fixedThreads: FixedThread[] = [];
  for (const c of existing.own) {
    const replied = existing.repliedTo.has(c.id);
    // GitHub nulls `line` when a push makes a comment outdated: it no longer points at the
    // finding, so it is replaced, unless a discussion hangs off it (then it stands as is).
    // A second comment for the same findings (two overlapping runs) is a duplicate.
    if (current.has(c.key) && !standing.has(c.key) && (c.line !== null || c.fileLevel || replied)) {
      standing.add(c.key);
      if (c.reviewId !== null) openInReview.set(c.reviewId, (openInReview.get(c.reviewId) ?? 0) + c.key.split(',').length);
      continue;
    }
    if (replied) {
      outcome.keptForReplies++;
      // Every finding it stood for is gone: answer and resolve the discussion instead of leaving it open.
      const prints = c.key.split(',');
      if (!prints.some((fp) => currentPrints.has(fp))) fixedThreads.push({ commentId: c.id, findings: prints.length, answered: existing.answered.has(c.id) });
      continue;
    }
    toDelete.push(c);
  }

  const planned: PlannedComment[] = [];
  for (const group of groups) {
    const key = groupKey(group.fingerprints);
    if (standing.has(key)) {
      outcome.alreadyCommented += group.findings.length;
      continue;
    }
    // The cap is per pull request, not per run: our comments already standing count against it,
    // so re-running the same commit does not add another batch.
    if (standing.size + planned.length >= opts.maxInline) {
      for (const finding of group.findings) outcome.notInline.push({ finding, reason: 'over-cap' });
      continue;
    }
    planned.push({
      group,
      key,
      path: group.file,
      line: group.end,
      startLine: group.start !== null && group.end! > group.start ? group.start : undefined,
      body: groupCommentBody(group, opts.sources?.(group.file)),
    });
  }
  for (const finding of outside) outcome.notInline.push({ finding, reason: 'outside-diff' });
  for (const finding of overflow) outcome.notInline.push({ finding, reason: 'file-comment-full' });

  const onLines = planned.filter((c): c is PlannedComment & { line: number } => c.line !== null);
  if (onLines.length > 0) await postReview(client, pr, onLines, outcome, opts.warn, author);
  const onFiles = planned.filter((c) => c.line === null);
  if (onFiles.length > 0 && !outcome.error) await postFileComments(client, pr, onFiles, outcome, opts.warn, author);

  for (const c of toDelete) {
    if (outcome.errorStatus === 403) break;
    try {
      await client.rest.pulls.deleteReviewComment({ owner: pr.owner, repo: pr.repo, comment_id: c.id });
      outcome.deleted++;
    } catch (error) {
      opts.warn(`could not delete the outdated review comment ${c.id}: ${describeError(error)}`);
    }
  }
  if (outcome.errorStatus !== 403) {
    const settled = await settleFixedThreads(client, pr, fixedThreads, opts.warn);
    outcome.answeredFixed = settled.answered;
    outcome.resolvedThreads = settled.resolved;
    // Only when some finding went away: a first run or a re-run has no old review to correct.
    if (toDelete.length > 0 || fixedThreads.length > 0 || existing.own.length > standing.size) outcome.reviewsUpdated = await updateOldReviews(client, pr, author, openInReview, opts.warn);
  }
  return outcome;
}

/**
 * File-level comments (`subject_type: file`) cannot be part of a review: each is its own POST,
 * reconciled like the review after an answer that does not say whether it happened.
 */
async function postFileComments(
  client: GitHubClient,
  pr: PullRequestRef,
  planned: PlannedComment[],
  outcome: ReviewOutcome,
  warn: (message: string) => void,
  author: string,
): Promise<void> {
  for (const [index, c] of planned.entries()) {
    try {
      const sent = await writeOnce(
        [c],
        () =>
          client.rest.pulls.createReviewComment({
            owner: pr.owner,
            repo: pr.repo,
            pull_number: pr.pullNumber,
            commit_id: pr.headSha,
            path: c.path,
            body: c.body,
            subject_type: 'file',
            request: { retries: 0 },
          } as never),
        async () => new Set((await listOwnComments(client, pr, author)).own.map((o) => o.key)),
        outcome,
        warn,
      );
      outcome.posted += sent.length;
    } catch (error) {
      if (httpStatus(error) === 422) {
        for (const finding of c.group.findings) outcome.notInline.push({ finding, reason: 'rejected' });
        continue;
      }
      outcome.error = `posting file-level comments failed: ${describeError(error)}`;
      outcome.errorStatus = httpStatus(error);
      for (const rest of planned.slice(index)) for (const finding of rest.group.findings) outcome.notInline.push({ finding, reason: 'failed' });
      return;
    }
  }
}

async function postReview(
  client: GitHubClient,
  pr: PullRequestRef,
  planned: (PlannedComment & { line: number })[],
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
          body: reviewBody(rest.reduce((n, c) => n + c.group.findings.length, 0)),
          comments: rest.map(toReviewComment) as never,
          request: { retries: 0 },
        }),
      async () => new Set((await listOwnComments(client, pr, author)).own.map((c) => c.key)),
      outcome,
      warn,
    );
    outcome.posted += planned.length;
    return;
  } catch (error) {
    if (httpStatus(error) !== 422) {
      outcome.error = `posting the review failed: ${describeError(error)}`;
      outcome.errorStatus = httpStatus(error);
      for (const c of planned) for (const finding of c.group.findings) outcome.notInline.push({ finding, reason: 'failed' });
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
        for (const finding of c.group.findings) outcome.notInline.push({ finding, reason: 'rejected' });
        continue;
      }
      outcome.error = `posting review comments failed: ${describeError(error)}`;
      outcome.errorStatus = httpStatus(error);
      for (const rest of planned.slice(index)) for (const finding of rest.group.findings) outcome.notInline.push({ finding, reason: 'failed' });
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
async function writeOnce<T extends PlannedComment>(
  planned: T[],
  send: (rest: T[]) => Promise<unknown>,
  listed: () => Promise<Set<string>>,
  outcome: ReviewOutcome,
  warn: (message: string) => void,
): Promise<T[]> {
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
      const landed = rest.filter((c) => there.has(c.key));
      outcome.posted += landed.length;
      rest = rest.filter((c) => !there.has(c.key));
      warn(
        `GitHub answered ${describeError(error)} to posting the review; ${landed.length} of its comments are there${rest.length ? `, resending the other ${rest.length}` : ''}`,
      );
      if (rest.length === 0) return rest;
      await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
    }
  }
}
