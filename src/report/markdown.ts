import type { Severity } from '../ir.js';
import type { MigrationReport, Report, ReportFinding, RollbackVerdict, SourceLookup } from './model.js';
import { SEVERITY_RANK } from './model.js';
import { codeBlock, codeSpan, escapeHtml, escapeMarkdown } from './escape.js';
import { richText } from './rich-text.js';
import { renderEvidenceMarkdown } from './evidence.js';

/** GitHub rejects comment bodies over 65,536 characters; stay below with room for markers. */
export const DEFAULT_MAX_CHARS = 65_000;

export interface MarkdownOptions {
  /** Source text, for a short code frame under each finding. */
  sources?: SourceLookup;
  /** Hard upper bound on the result's length (default 65,000). */
  maxChars?: number;
  /** Heading text (plain text, escaped). Default "migration-guard". */
  title?: string;
  /**
   * Extra lines the caller needs the reader to see (e.g. "3 findings could not be placed inline").
   * Plain text, escaped here; rendered right under the counts.
   */
  notes?: string[];
}

const SEVERITY_ICON: Record<Severity, string> = { error: '🛑', warning: '⚠️', info: 'ℹ️' };
const VERDICT_ICON: Record<RollbackVerdict, string> = {
  reversible: '✅',
  lossy: '⚠️',
  irreversible: '🛑',
  unverified: '❔',
};

/**
 * How much detail a rendering carries. Each step is tried in order until the text fits:
 * full (details, safe alternatives, code frames) → compact (one line per finding) → per-file
 * counts → per-file counts for as many files as fit.
 */
type Detail = 'full' | 'compact' | 'counts';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function bySeverityThenLocation(a: ReportFinding, b: ReportFinding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** Files in first-seen order of the report (run order), each with its findings sorted by line. */
function groupByFile(findings: ReportFinding[]): Map<string, ReportFinding[]> {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    const list = groups.get(f.file) ?? [];
    list.push(f);
    groups.set(f.file, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.line - b.line || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return groups;
}

function countBySeverity(findings: ReportFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function countsLine(findings: ReportFinding[]): string {
  const c = countBySeverity(findings);
  return `${SEVERITY_ICON.error} ${plural(c.error, 'error')} · ${SEVERITY_ICON.warning} ${plural(c.warning, 'warning')} · ${SEVERITY_ICON.info} ${c.info} info`;
}

function languageOf(file: string): string {
  if (/\.py$/i.test(file)) return 'python';
  if (/\.[cm]?ts$/i.test(file)) return 'ts';
  if (/\.[cm]?js$/i.test(file)) return 'js';
  return 'sql';
}

/** The offending lines (at most 8) from the source, when known. */
function codeFrame(finding: ReportFinding, sources: SourceLookup | undefined): string | null {
  const text = sources?.(finding.file);
  if (text === undefined) return null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const first = Math.max(1, finding.line);
  const last = Math.min(lines.length, Math.max(first, finding.endLine), first + 7);
  if (first > lines.length) return null;
  return codeBlock(lines.slice(first - 1, last).join('\n'), languageOf(finding.file));
}

function lineLabel(f: ReportFinding): string {
  return f.endLine > f.line ? `lines ${f.line}–${f.endLine}` : `line ${f.line}`;
}

function renderFindingFull(f: ReportFinding, sources: SourceLookup | undefined): string {
  const parts = [`- ${SEVERITY_ICON[f.severity]} **${f.severity}** ${codeSpan(f.ruleId)} · ${lineLabel(f)}: ${richText(f.message)}`];
  const frame = codeFrame(f, sources);
  const inner: string[] = [];
  if (f.suggestion) inner.push(`**Safe alternative:** ${richText(f.suggestion)}`);
  if (frame) inner.push(frame);
  if (inner.length) {
    // The blank lines let Markdown (code fences) render inside the HTML <details> block.
    const body = inner.join('\n\n').replace(/^/gm, '  ').replace(/^ +$/gm, '');
    parts.push(`  <details><summary>Why / safe alternative</summary>\n\n${body}\n\n  </details>`);
  }
  return parts.join('\n');
}

function renderFindingCompact(f: ReportFinding): string {
  return `- ${SEVERITY_ICON[f.severity]} ${codeSpan(f.ruleId)} · ${lineLabel(f)}: ${richText(f.message)}`;
}

function renderFindings(report: Report, detail: Detail, sources: SourceLookup | undefined, fileLimit: number): string[] {
  const groups = groupByFile(report.findings);
  const out: string[] = [];
  if (detail === 'counts') {
    out.push('| File | Errors | Warnings | Info |', '|---|---:|---:|---:|');
    let shown = 0;
    for (const [file, list] of groups) {
      if (shown >= fileLimit) break;
      const c = countBySeverity(list);
      out.push(`| ${codeSpan(file, { inTable: true })} | ${c.error} | ${c.warning} | ${c.info} |`);
      shown++;
    }
    if (groups.size > shown) out.push('', `…and ${plural(groups.size - shown, 'more file')} with findings.`);
    out.push('', '_Too many findings to list here: see the job summary, annotations or the JSON/SARIF report for every finding._');
    return out;
  }
  for (const [file, list] of groups) {
    out.push(`### ${codeSpan(file)}`, '', countsLine(list), '');
    for (const f of list) out.push(detail === 'full' ? renderFindingFull(f, sources) : renderFindingCompact(f));
    out.push('');
  }
  if (detail === 'compact') out.push('_Details collapsed to fit: the safe alternative for each finding is in the job summary and the annotations._', '');
  return out;
}

function renderSuppressions(report: Report, detail: Detail): string[] {
  if (report.suppressed.length === 0) return [];
  const heading = `### Suppressed (${report.suppressed.length})`;
  if (detail === 'counts') return [heading, '', `${plural(report.suppressed.length, 'finding')} suppressed with a reason in the migration files.`, ''];
  const rows = report.suppressed.map(
    (s) => `| ${codeSpan(s.ruleId, { inTable: true })} | ${codeSpan(`${s.file}:${s.line}`, { inTable: true })} | ${escapeMarkdown(s.reason)} |`,
  );
  const table = ['| Rule | Where | Reason |', '|---|---|---|', ...rows];
  return ['<details><summary>' + heading.replace(/^### /, '') + '</summary>', '', ...table, '', '</details>', ''];
}

function yesNo(value: boolean | undefined): string {
  return value === undefined ? '–' : value ? 'yes' : '**no**';
}

function renderRollback(migrations: MigrationReport[], detail: Detail, rowLimit: number): string[] {
  if (migrations.length === 0) return [];
  const out = ['## Rollback readiness', '', '| Migration | Verdict | Down present | Data at risk | Inverse check |', '|---|---|---|---|---|'];
  for (const m of migrations.slice(0, rowLimit)) {
    const risk = m.rollback.dataAtRisk?.length ? m.rollback.dataAtRisk.map((d) => codeSpan(d, { inTable: true })).join(', ') : '–';
    out.push(
      `| ${codeSpan(m.file, { inTable: true })} | ${VERDICT_ICON[m.rollback.verdict]} ${m.rollback.verdict} | ${yesNo(m.rollback.downPresent)} | ${risk} | ${m.rollback.inverse ? escapeMarkdown(m.rollback.inverse) : '–'} |`,
    );
  }
  if (migrations.length > rowLimit) out.push('', `…and ${plural(migrations.length - rowLimit, 'more migration')}.`);
  out.push('');
  if (detail === 'counts') return out;
  for (const m of migrations.slice(0, rowLimit)) {
    const reasons = m.rollback.reasons.filter((r) => r.trim() !== '');
    const backup = m.rollback.backup ?? [];
    if (m.rollback.verdict === 'reversible' || (reasons.length === 0 && backup.length === 0)) continue;
    out.push(`<details><summary>${escapeHtml(m.file)}: ${m.rollback.verdict}</summary>`, '');
    for (const r of reasons) out.push(`- ${escapeMarkdown(r)}`);
    if (backup.length) out.push('', 'Back up the data at risk before deploying, and restore it after a rollback:', '', codeBlock(backup.join('\n'), 'sh'));
    out.push('', '</details>', '');
  }
  return out;
}

function renderAt(report: Report, opts: MarkdownOptions, detail: Detail, limit: number): string {
  const title = escapeMarkdown(opts.title ?? 'migration-guard');
  const out: string[] = [`## ${title}`, ''];
  const files = new Set(report.migrations.map((m) => m.file));
  for (const f of report.findings) files.add(f.file);
  if (report.findings.length === 0) {
    out.push(`✅ No findings in ${plural(report.migrations.length || report.summary.files, 'migration file')}.`, '');
  } else {
    const filesWithFindings = new Set(report.findings.map((f) => f.file)).size;
    out.push(`${countsLine(report.findings)} in ${plural(filesWithFindings, 'file')}`, '');
  }
  for (const note of opts.notes ?? []) out.push(`> ${escapeMarkdown(note)}`, '');
  if (report.findings.length) out.push(...renderFindings(report, detail, opts.sources, limit));
  out.push(...renderSuppressions(report, detail));
  out.push(...renderRollback(report.migrations, detail, limit));
  if (detail !== 'counts') out.push(...renderEvidenceMarkdown(report.migrations, { compact: detail === 'compact' }));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * The Markdown report (CLI `--format markdown`, job summary, sticky PR comment): counts, findings
 * grouped by file with the safe alternative, suppressions and rollback readiness.
 * Never longer than `maxChars`: detail is dropped step by step until it fits; it never throws.
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const maxChars = Math.max(200, opts.maxChars ?? DEFAULT_MAX_CHARS);
  const sorted: Report = { ...report, findings: [...report.findings].sort(bySeverityThenLocation) };
  const unlimited = Number.MAX_SAFE_INTEGER;
  for (const detail of ['full', 'compact', 'counts'] as const) {
    const text = renderAt(sorted, opts, detail, unlimited);
    if (text.length <= maxChars) return text;
  }
  // Even one row per file is too much: show as many files as fit (binary search on the count).
  let low = 0;
  let high = Math.max(new Set(report.findings.map((f) => f.file)).size, report.migrations.length);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (renderAt(sorted, opts, 'counts', mid).length <= maxChars) low = mid;
    else high = mid - 1;
  }
  const text = renderAt(sorted, opts, 'counts', low);
  if (text.length <= maxChars) return text;
  // Only an absurdly small maxChars or huge notes/title get here: cut at a line boundary.
  const notice = '\n\n_Report truncated._\n';
  const cut = text.slice(0, maxChars - notice.length);
  return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + notice;
}
