import type { TextEdit } from '../rule.js';
import type { ReportFinding } from '../report/model.js';
import { codeBlock, codeSpan, escapeHtml, escapeMarkdown, hasUnsafeChars, longestBacktickRun } from '../report/escape.js';
import { ruleDocsUrl } from '../docs/rule-url.js';
import { richText } from '../report/rich-text.js';
import { fingerprintMarker } from './fingerprint.js';

const SEVERITY_ICON = { error: '🛑', warning: '⚠️', info: 'ℹ️' } as const;

/** The lines [start, end] of the new file a suggestion block replaces, and what replaces them. */
export interface Suggestion {
  start: number;
  end: number;
  /** The replacement lines (no trailing line break). */
  text: string;
}

/** The edits of a fix that are all in `file` (a fix touching another file cannot be one suggestion). */
function editsIn(finding: ReportFinding, file: string): TextEdit[] | null {
  const edits = finding.fix?.edits ?? [];
  if (edits.length === 0 || edits.some((e) => e.file !== file)) return null;
  return edits;
}

/** First and last line a finding's fix edits, or null when the fix is not a same-file edit. */
export function fixLines(finding: ReportFinding): { start: number; end: number } | null {
  const edits = editsIn(finding, finding.file);
  if (!edits) return null;
  return { start: Math.min(...edits.map((e) => e.startLine)), end: Math.max(...edits.map(lastLineTouched)) };
}

/** An edit ending at column 1 of a later line stops at the line break before it: that line is not touched. */
function lastLineTouched(e: TextEdit): number {
  return e.endColumn === 1 && e.endLine > e.startLine ? e.endLine - 1 : e.endLine;
}

function sourceLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

/**
 * The lines start..end with every edit applied (edits 1-based, end exclusive, all inside the
 * range and not overlapping). Null when an edit falls outside the range or two overlap.
 */
export function applyEditsToLines(source: string, start: number, end: number, edits: TextEdit[]): string | null {
  const lines = sourceLines(source);
  if (start < 1 || end > lines.length || start > end) return null;
  const block = lines.slice(start - 1, end);
  // The block ends with its line break, so an edit may take whole lines (up to column 1 of the next).
  const full = block.join('\n') + '\n';
  const offset = (line: number, column: number): number | null => {
    if (line === end + 1 && column === 1) return full.length;
    if (line < start || line > end) return null;
    const text = block[line - start]!;
    if (column < 1 || column > text.length + 1) return null;
    return block.slice(0, line - start).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  };
  const ranges: { from: number; to: number; text: string }[] = [];
  for (const e of edits) {
    const from = offset(e.startLine, e.startColumn);
    const to = offset(e.endLine, e.endColumn);
    if (from === null || to === null || to < from) return null;
    ranges.push({ from, to, text: e.text });
  }
  ranges.sort((a, b) => b.from - a.from || b.to - a.to);
  for (let i = 1; i < ranges.length; i++) if (ranges[i]!.to > ranges[i - 1]!.from) return null;
  let text = full;
  for (const r of ranges) text = text.slice(0, r.from) + r.text + text.slice(r.to);
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * One suggestion for the findings of a comment spanning start..end: all their same-file fixes
 * applied together. Returns the suggestion and the findings whose fix it carries; a fix that
 * overlaps another, or would need lines outside the range, is left out (shown as a diff instead).
 * No suggestion when the lines hold characters we would have to escape: applying it would change them.
 */
export function combinedSuggestion(findings: ReportFinding[], source: string | undefined, start: number, end: number): { suggestion: Suggestion; carried: Set<ReportFinding> } | null {
  if (source === undefined) return null;
  const lines = sourceLines(source).slice(start - 1, end).join('\n');
  if (hasUnsafeChars(lines.replace(/[\t\n]/g, ' '))) return null;
  const carried = new Set<ReportFinding>();
  let edits: TextEdit[] = [];
  let text: string | null = null;
  for (const f of findings) {
    const own = editsIn(f, f.file);
    if (!own) continue;
    const next = applyEditsToLines(source, start, end, [...edits, ...own]);
    if (next === null || hasUnsafeChars(next.replace(/[\t\n]/g, ' '))) continue;
    edits = [...edits, ...own];
    text = next;
    carried.add(f);
  }
  return text === null ? null : { suggestion: { start, end, text }, carried };
}

/**
 * A GitHub suggestion block. Its content is applied verbatim, so it is never escaped: callers
 * only pass text free of control and bidi characters (`combinedSuggestion` checks). The fence is
 * longer than any backtick run inside, so the text cannot close it; mentions and HTML are inert in code.
 */
export function suggestionBlock(text: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  // An empty block deletes the lines; a block holding one empty line would leave an empty line.
  return text === '' ? `${fence}suggestion\n${fence}` : `${fence}suggestion\n${text}\n${fence}`;
}

/** The code-block language of a file, by extension (ours, never user text). */
export function languageOf(file: string): string {
  if (/\.py$/i.test(file)) return 'python';
  if (/\.[cm]?ts$/i.test(file)) return 'ts';
  if (/\.[cm]?js$/i.test(file)) return 'js';
  if (/\.rb$/i.test(file)) return 'ruby';
  return 'sql';
}

/** The file's own line-comment syntax, for the suppression hint. */
function commentPrefix(file: string): string {
  const lang = languageOf(file);
  return lang === 'python' || lang === 'ruby' ? '#' : lang === 'sql' ? '--' : '//';
}

/** A fix that could not be a suggestion (another file, outside the diff, overlapping): the edited lines before and after, collapsed. */
export function fixDiffBlock(finding: ReportFinding, source: string | undefined, why: string): string | null {
  const fix = finding.fix;
  const lines = fixLines(finding);
  if (!fix || !lines || source === undefined) return null;
  const after = applyEditsToLines(source, lines.start, lines.end, fix.edits);
  if (after === null) return null;
  const before = sourceLines(source).slice(lines.start - 1, lines.end);
  // An empty result deletes the lines: no "+" line for it.
  const diff = [...before.map((l) => `-${l}`), ...(after === '' && fix.edits.every((e) => e.text === '') ? [] : after.split('\n').map((l) => `+${l}`))].join('\n');
  const where = lines.start === lines.end ? `line ${lines.start}` : `lines ${lines.start}–${lines.end}`;
  return `<details><summary>Fix: ${escapeHtml(fix.title)} (${where}; ${escapeHtml(why)})</summary>\n\n${codeBlock(diff, 'diff')}\n\n</details>`;
}

/** New migration files a fix adds, each collapsed and ready to copy. */
export function newFileBlocks(finding: ReportFinding): string[] {
  return (finding.fix?.newFiles ?? []).map(
    (f) => `<details><summary>New file <code>${escapeHtml(f.path)}</code> (${escapeHtml(finding.fix!.title)})</summary>\n\n${codeBlock(f.text, languageOf(f.path))}\n\n</details>`,
  );
}

/** `🛑 **error** [`rule-id`](docs)`: the heading of one finding, linking the rule's page. */
export function findingHeading(finding: ReportFinding): string {
  return `${SEVERITY_ICON[finding.severity]} **${finding.severity}** [${codeSpan(finding.ruleId)}](${ruleDocsUrl(finding.ruleId)})`;
}

export interface CommentGroup {
  file: string;
  /** The findings the comment stands for, most severe first. */
  findings: ReportFinding[];
  fingerprints: string[];
  /** Lines the comment spans; null for a file-level comment. */
  start: number | null;
  end: number | null;
  suggestion?: { suggestion: Suggestion; carried: Set<ReportFinding> } | null;
}

/**
 * The Markdown of one inline comment: hidden fingerprints (one per finding), then per finding its
 * rule (linked to the docs), message and safe alternative; one suggestion block applying every
 * exact fix; fixes that add files as collapsed blocks; the suppression hint in the file's syntax.
 */
export function groupCommentBody(group: CommentGroup, source: string | undefined): string {
  const parts: string[] = [group.fingerprints.map(fingerprintMarker).join('\n')];
  if (group.start === null) {
    const n = group.findings.length;
    parts.push(`_GitHub shows no diff for this file (too large), so ${n === 1 ? 'its finding is' : `its ${n} findings are`} here, each with its line._`, '');
  }
  for (const [i, f] of group.findings.entries()) {
    if (i > 0) parts.push('');
    // Say where the finding is when the comment sits elsewhere (a fix inserted before the statement, a file-level comment).
    const at = group.start === null || f.line < group.start || f.line > (group.end ?? group.start) ? ` · line ${f.line}` : '';
    parts.push(`${findingHeading(f)}${at}`, '', richText(f.message));
    if (f.suggestion) parts.push('', `**Safe alternative:** ${richText(f.suggestion)}`);
    if (f.fix && !group.suggestion?.carried.has(f)) {
      const why = group.start === null ? 'GitHub shows no diff for this file' : 'not applicable as a suggestion here';
      const diff = fixDiffBlock(f, source, why);
      if (diff) parts.push('', diff);
    }
    parts.push(...newFileBlocks(f).flatMap((b) => ['', b]));
  }
  if (group.suggestion) {
    const titles = [...group.suggestion.carried].map((f) => escapeMarkdown(f.fix!.title));
    parts.push('', `**Suggested fix** (${titles.join(' + ')}):`, '', suggestionBlock(group.suggestion.suggestion.text));
  }
  const ids = [...new Set(group.findings.map((f) => f.ruleId))].join(', ');
  parts.push('', `<sub>migration-guard · suppress with a reason: ${codeSpan(`${commentPrefix(group.file)} migration-guard: ignore ${ids} -- <reason>`)}</sub>`);
  return parts.join('\n');
}
