import * as core from '@actions/core';
import type { Severity } from '../ir.js';
import type { FailOn, Report, SourceLookup } from '../report/model.js';
import { SEVERITY_RANK, reachesFailOn } from '../report/model.js';
import { renderMarkdown } from '../report/markdown.js';
import { emitAnnotations, RUNNER_ANNOTATIONS_PER_TYPE } from './annotations.js';
import type { GitHubClient } from './client.js';
import { describeError, httpStatus } from './client.js';
import { STICKY_MARKER } from './fingerprint.js';
import { writeJsonReport, writeSarifReport } from './report-files.js';
import type { NotInlineReason, PullRequestFile, PullRequestRef, ReviewOutcome } from './review.js';
import { syncReviewComments } from './review.js';
import { upsertStickyComment } from './sticky.js';
import { rollbackReady } from '../rollback/ready.js';
import { fingerprintFindings } from './fingerprint.js';
import type { SqlPreview, Weakening } from './sticky-sections.js';
import { decodeState, deltaSection, encodeState, placementSection, rollbackLine, sqlPreviewSection, weakeningSection } from './sticky-sections.js';

/** GitHub rejects issue comments over 65,536 characters. */
const STICKY_MAX_CHARS = 65_000;
/** The job summary may be up to 1 MiB per step; characters are not bytes (emoji), so keep a margin. */
const JOB_SUMMARY_MAX_CHARS = 800_000;
/** Rules whose finding means a migration cannot be rolled back safely. */

export interface PublishRequest {
  report: Report;
  sources: SourceLookup;
  failOn: FailOn;
  /** Set on pull_request / pull_request_target events with a token. */
  pullRequest: { client: GitHubClient; ref: PullRequestRef; files: PullRequestFile[]; author?: string } | null;
  reviewComments: boolean;
  summaryComment: boolean;
  maxInlineComments: number;
  /** Absolute path of the JSON report to write. */
  reportJsonPath: string;
  /** Absolute path of the SARIF file to write, or null for none. */
  sarifPath: string | null;
  /** Relative form of sarifPath for the output (as the user wrote it). */
  sarifOutput: string;
  /** Problems found before publishing (e.g. the PR's files could not be listed). */
  notes?: string[];
  /** A further Markdown section (the dry-run report) for the sticky comment and the job summary. */
  extraMarkdown?: string;
  /** Ways the pull request lowers the check (config changes, new suppressions), for the sticky's warning. */
  weakenings?: Weakening[];
  /** Why the weakening check could not run (e.g. the base commit is not in the clone). */
  weakeningNote?: string;
  /** The SQL each ORM migration under test sends, for the sticky's collapsed previews. */
  sqlPreviews?: SqlPreview[];
}

export interface PublishResult {
  gateFailed: boolean;
  gateMessage: string | null;
  rollbackReady: boolean;
  review?: ReviewOutcome;
  sticky?: string;
}

/** Sentence fragments after "N finding(s)": singular and plural verb forms. */
const REASON_TEXT: Record<NotInlineReason, (one: boolean, maxInline: number) => string> = {
  'outside-diff': (one) => `${one ? 'is' : 'are'} on lines outside the pull request diff, where GitHub takes no inline comment`,
  'over-cap': (one, maxInline) => `${one ? 'is' : 'are'} over the limit of ${maxInline} inline comments per pull request`,
  'file-comment-full': (one) => `did not fit in the file-level comment of ${one ? 'a file' : 'files'} GitHub shows no diff for`,
  rejected: (one) => `${one ? 'was' : 'were'} rejected by GitHub as ${one ? 'an inline comment' : 'inline comments'}`,
  failed: (one) => `could not be posted as ${one ? 'an inline comment' : 'inline comments'}`,
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}


/** "3 findings at or above 'error' (2 errors, 1 warning): a.sql:3 (rule), …" */
export function gateMessage(report: Report, failOn: FailOn): string | null {
  if (!reachesFailOn(report, failOn) || failOn === 'never') return null;
  const min = SEVERITY_RANK[failOn];
  const blocking = report.findings
    .filter((f) => SEVERITY_RANK[f.severity] >= min)
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of blocking) counts[f.severity]++;
  const breakdown = (['error', 'warning', 'info'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => plural(counts[s], s === 'info' ? 'info' : s, s === 'info' ? 'info' : `${s}s`))
    .join(', ');
  const shown = 10;
  const where = blocking.slice(0, shown).map((f) => `${f.file}:${f.line} (${f.ruleId})`);
  if (blocking.length > shown) where.push(`and ${blocking.length - shown} more`);
  return `migration-guard: ${plural(blocking.length, 'finding')} at or above fail-on '${failOn}' (${breakdown}): ${where.join(', ')}`;
}

/**
 * The sticky comment's first line: the gate's decision and why (fail-on level, counts). Built
 * from numbers and the fail-on keyword only, never from PR text.
 */
export function verdictLine(report: Report, failOn: FailOn): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  const breakdown = (['error', 'warning', 'info'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => plural(counts[s], s, s === 'info' ? 'info' : `${s}s`))
    .join(', ');
  if (failOn === 'never') return `**Gate: passes** (fail-on \`never\`)${breakdown ? `: ${breakdown}, none blocking` : ': no findings'}.`;
  const min = SEVERITY_RANK[failOn];
  const blocking = report.findings.filter((f) => SEVERITY_RANK[f.severity] >= min).length;
  if (blocking > 0) {
    // Which counts block and which only inform: "(1 error; 2 warnings below it)".
    const part = (above: boolean) =>
      (['error', 'warning', 'info'] as const)
        .filter((s) => counts[s] > 0 && SEVERITY_RANK[s] >= min === above)
        .map((s) => plural(counts[s], s, s === 'info' ? 'info' : `${s}s`));
    const below = part(false);
    const why = part(true).join(', ') + (below.length ? `; ${below.join(' and ')} below it` : '');
    return `**Gate: fails** — ${plural(blocking, 'finding')} at or above fail-on \`${failOn}\` (${why}).`;
  }
  return `**Gate: passes** — nothing at or above fail-on \`${failOn}\`${breakdown ? ` (${breakdown} below it)` : ''}.`;
}

export function reviewNotes(outcome: ReviewOutcome, maxInline: number): string[] {
  const notes: string[] = [];
  if (outcome.error) {
    const readOnly = outcome.errorStatus === 403;
    notes.push(
      readOnly
        ? `Inline review comments are unavailable (${outcome.error}). The token is read-only, as on pull requests from forks and Dependabot; every finding is listed here and in the annotations.`
        : `Inline review comments are unavailable (${outcome.error}); every finding is listed here and in the annotations.`,
    );
  }
  // With the channel down, "over the cap" or "outside the diff" would only distract: none is inline.
  if (outcome.error) return notes;
  return [...notes, ...reasonNotes(outcome, maxInline).map((n) => `${n.sentence}; ${n.one ? 'it is' : 'they are'} in the report below.`)];
}

/** One sentence per reason findings are not inline ("3 findings are on lines outside the pull request diff ..."). */
function reasonNotes(outcome: ReviewOutcome, maxInline: number): { sentence: string; one: boolean }[] {
  const byReason = new Map<NotInlineReason, number>();
  for (const { reason } of outcome.notInline) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  return [...byReason].map(([reason, count]) => ({ sentence: `${plural(count, 'finding')} ${REASON_TEXT[reason](count === 1, maxInline)}`, one: count === 1 }));
}

/**
 * The sections between the sticky's verdict line and the report, in reading order: rollback
 * readiness, what changed since the last run, what the PR does to weaken the check, and where the
 * findings are. Each is its own function in sticky-sections.ts.
 */
function stickyHeader(req: PublishRequest, outcome: ReviewOutcome | undefined, delta: string | null): string {
  const sections = [
    rollbackLine(req.report),
    delta,
    weakeningSection(req.weakenings ?? [], req.weakeningNote),
    placementSection(req.report.findings, outcome, req.maxInlineComments, outcome ? reasonNotes(outcome, req.maxInlineComments).map((n) => n.sentence) : []),
  ].filter((s): s is string => s !== null);
  return sections.length ? `${sections.join('\n\n')}\n\n` : '';
}

function annotationNote(hidden: Record<Severity, number>): string | null {
  const parts = (['error', 'warning', 'info'] as const)
    .filter((s) => hidden[s] > 0)
    .map((s) => `${hidden[s]} more ${s === 'info' ? 'notices' : `${s}s`}`);
  if (parts.length === 0) return null;
  return `The runner shows only ${RUNNER_ANNOTATIONS_PER_TYPE} annotations of each type per step: ${parts.join(', ')} are in the log and in this summary.`;
}

/**
 * Which commit (and run) the sticky comment describes: it is edited in place, so reviewers need to
 * see that it is current. Built only from the runner's own values, never from PR text.
 */
export function stickyFooter(headSha: string, env: NodeJS.ProcessEnv = process.env): string {
  const sha = /^[0-9a-f]{7,64}$/i.test(headSha) ? headSha.slice(0, 7) : null;
  const server = env.GITHUB_SERVER_URL ?? '';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  const runUrl =
    /^https?:\/\/[\w.:-]+$/.test(server) && /^[\w.-]+\/[\w.-]+$/.test(repository) && /^\d+$/.test(runId)
      ? `${server}/${repository}/actions/runs/${runId}`
      : null;
  const parts = [sha ? `for commit ${sha}` : null, runUrl ? `[workflow run](${runUrl})` : null].filter(Boolean);
  return parts.length ? `\n<sub>migration-guard ${parts.join(' · ')}</sub>\n` : '';
}

/**
 * Sends one report to every channel. Files, annotations, job summary and outputs always happen;
 * the PR channels (review comments, sticky comment) are best effort, and whatever they could not
 * carry is named in the channels that worked. The merge gate depends only on the report.
 */
export async function publishReport(req: PublishRequest): Promise<PublishResult> {
  const { report } = req;
  const notes = [...(req.notes ?? [])];
  const result: PublishResult = {
    gateFailed: false,
    gateMessage: gateMessage(report, req.failOn),
    rollbackReady: rollbackReady(report),
  };
  result.gateFailed = result.gateMessage !== null;

  writeJsonReport(report, req.reportJsonPath);
  if (req.sarifPath) writeSarifReport(report, req.sarifPath, req.sources);

  // Everything that needs no comment API call comes first: the gate, the annotations, the job
  // summary and the outputs. A hung or failing API then loses no finding and the gate still decides.
  // The runner shows ten annotations per type and step, counting our own warnings and the gate's
  // error: count them so the job summary can say exactly how many findings it hid.
  const ownAnnotations: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const warn = (message: string) => {
    ownAnnotations.warning++;
    core.warning(message);
  };
  // The gate's message goes before the findings' annotations so it is among the ten shown.
  if (result.gateMessage) {
    core.setFailed(result.gateMessage);
    ownAnnotations.error++;
  }
  const annotations = emitAnnotations(report.findings, ownAnnotations);
  const annotationsHidden = annotationNote(annotations.hiddenByRunner);

  const extra = req.extraMarkdown ? `\n${req.extraMarkdown}\n` : '';
  let summaryWritten = '';
  const writeSummary = async (summaryNotes: string[]) => {
    const markdown = renderMarkdown(report, { sources: req.sources, notes: summaryNotes, maxChars: JOB_SUMMARY_MAX_CHARS - extra.length }) + extra;
    if (markdown === summaryWritten) return;
    try {
      // Rewritten (not appended) once the comment channels have said what they could not carry.
      await core.summary.addRaw(markdown).write({ overwrite: true });
      summaryWritten = markdown;
    } catch (error) {
      // Outside a runner (no GITHUB_STEP_SUMMARY) there is no job summary; the log still has everything.
      core.summary.emptyBuffer();
      if (!summaryWritten) core.warning(`job summary not written: ${describeError(error)}`);
      summaryWritten = markdown;
    }
  };
  await writeSummary([...notes, ...(annotationsHidden ? [annotationsHidden] : [])]);

  core.setOutput('errors', String(report.findings.filter((f) => f.severity === 'error').length));
  core.setOutput('warnings', String(report.findings.filter((f) => f.severity === 'warning').length));
  core.setOutput('findings', String(report.findings.length));
  core.setOutput('report-json', req.reportJsonPath);
  core.setOutput('sarif-file', req.sarifPath ? req.sarifOutput : '');
  core.setOutput('rollback-ready', String(result.rollbackReady));

  const pr = req.pullRequest;
  /** The per-reason notes (not the channel error): the sticky shows them in its placement section. */
  const reviewReasonNote = new Set<string>();
  if (pr && req.reviewComments) {
    const outcome = await syncReviewComments(pr.client, pr.ref, report.findings, pr.files, {
      sources: req.sources,
      maxInline: req.maxInlineComments,
      warn,
      author: pr.author,
    });
    result.review = outcome;
    const forSummary = reviewNotes(outcome, req.maxInlineComments);
    if (!outcome.error) for (const n of forSummary) reviewReasonNote.add(n);
    notes.push(...forSummary);
    core.info(
      `review comments: ${outcome.posted} posted, ${outcome.alreadyCommented} already there, ${outcome.deleted} deleted, ` +
        `${outcome.keptForReplies} kept for replies, ${outcome.notInline.length} not inline`,
    );
    if (outcome.error) warn(outcome.error);
  }

  let stickyFailure: string | null = null;
  if (pr && req.summaryComment) {
    try {
      const footer = stickyFooter(pr.ref.headSha);
      const verdict = `${verdictLine(report, req.failOn)}\n\n`;
      const prints = fingerprintFindings(report.findings, req.sources);
      const current = report.findings.map((finding) => ({ finding, fingerprint: prints.get(finding)!, ruleId: finding.ruleId }));
      const state = `\n${encodeState(pr.ref.headSha, current)}\n`;
      // The reason sentences live in the placement section of the sticky (the job summary keeps them as notes).
      const stickyNotes = result.review && !result.review.error ? notes.filter((n) => !reviewReasonNote.has(n)) : notes;
      const render = (previous: string | null) => {
        const header = stickyHeader(req, result.review, deltaSection(decodeState(previous), current, pr.ref.headSha));
        const previews = sqlPreviewSection(req.sqlPreviews ?? []);
        const previewBlock = previews ? `\n${previews}\n` : '';
        const fixed = STICKY_MARKER.length + verdict.length + header.length + footer.length + extra.length + state.length + 2;
        // Findings first: the previews give way when the report needs the room.
        const withPreviews = fixed + previewBlock.length < STICKY_MAX_CHARS / 2 ? previewBlock : '';
        return (
          verdict +
          header +
          renderMarkdown(report, { sources: req.sources, notes: stickyNotes, title: 'Findings', maxChars: STICKY_MAX_CHARS - fixed - withPreviews.length }) +
          withPreviews +
          extra +
          footer +
          state
        );
      };
      const sticky = await upsertStickyComment(pr.client, pr.ref, render, report.findings.length > 0, pr.author);
      result.sticky = sticky.action;
      core.info(`summary comment: ${sticky.action}`);
    } catch (error) {
      stickyFailure = `The pull request summary comment could not be written (${describeError(error)})${httpStatus(error) === 403 ? ': the token is read-only' : ''}.`;
      result.sticky = 'failed';
      warn(stickyFailure);
    }
  }

  await writeSummary([...notes, ...(stickyFailure ? [stickyFailure] : []), ...(annotationsHidden ? [annotationsHidden] : [])]);
  return result;
}
