import type { Severity } from '../ir.js';
import type { Report, ReportFinding, RollbackVerdict } from '../report/model.js';
import { codeBlock, codeSpan, escapeHtml, escapeMarkdown, hiddenMarker } from '../report/escape.js';
import { rollbackReady } from '../rollback/ready.js';
import type { NotInlineReason, ReviewOutcome } from './review.js';
import type { Weakening } from '../config-weakening.js';

export type { Weakening } from '../config-weakening.js';

/**
 * The sections of the sticky comment around the report: rollback readiness, what changed since
 * the last run, what the pull request does to weaken the check, where each finding is, and the
 * SQL an ORM migration sends. Pure functions of the report, the review outcome and the previous
 * sticky's hidden state; every piece of user text is escaped here.
 */

const SEVERITY_ICON: Record<Severity, string> = { error: '🛑', warning: '⚠️', info: 'ℹ️' };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function where(f: { file: string; line: number }): string {
  return codeSpan(`${f.file}:${f.line}`);
}

// ---------------------------------------------------------------------------------------------
// Rollback readiness

/** One line: can this change be rolled back, and which migrations say no. */
export function rollbackLine(report: Report): string | null {
  const under = report.migrations.filter((m) => m.isNew);
  if (under.length === 0) return null;
  const by = new Map<RollbackVerdict, string[]>();
  for (const m of under) by.set(m.rollback.verdict, [...(by.get(m.rollback.verdict) ?? []), m.file]);
  const counts = (['irreversible', 'lossy', 'unverified', 'reversible'] as const)
    .filter((v) => by.has(v))
    .map((v) => `${by.get(v)!.length} ${v}`)
    .join(', ');
  if (rollbackReady(report)) {
    // "Ready" only when every migration was shown to be undone; unverified is not a yes.
    return by.has('unverified') ? `**Rollback: unverified** (${counts}); see *Rollback readiness* below.` : `**Rollback: ready** (${counts}).`;
  }
  const blocking = [...(by.get('irreversible') ?? []), ...(by.get('lossy') ?? [])];
  const named = blocking.slice(0, 3).map((f) => codeSpan(f)).join(', ') + (blocking.length > 3 ? `, and ${blocking.length - 3} more` : '');
  return `**Rollback: not ready** (${counts}): ${named} cannot be undone without losing data; see *Rollback readiness* below.`;
}

// ---------------------------------------------------------------------------------------------
// Hidden state: what the previous run found

/** At most this many findings are remembered (16 hex digits + rule index each): the sticky stays far below GitHub's limit. */
export const STATE_MAX_FINDINGS = 500;
const STATE_NAME = 'migration-guard:state';
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * `v1:<sha or ->:<rule ids joined by .>:<fp16=rule index joined by .>[:more]`. Only our own sticky is
 * read (marker and author are checked), but the format is still parsed strictly: anything else
 * is treated as no state.
 */
const STATE_PATTERN = /<!-- migration-guard:state=v1:([0-9a-f]{7,40}|-):([a-z0-9.-]*):([0-9a-f=.]*)(:more)? -->/;

export interface StickyState {
  sha: string | null;
  /** Short fingerprint → rule id. */
  findings: Map<string, string>;
  /** More findings than the state keeps: a delta would be wrong. */
  truncated: boolean;
}

/** The short form of a finding's fingerprint kept in the state. */
export function shortPrint(fingerprint: string): string {
  return fingerprint.slice(0, 16);
}

export function encodeState(headSha: string, findings: { fingerprint: string; ruleId: string }[]): string {
  const kept = findings.slice(0, STATE_MAX_FINDINGS);
  const rules = [...new Set(kept.map((f) => f.ruleId))].filter((id) => RULE_ID.test(id));
  const index = new Map(rules.map((id, i) => [id, i]));
  const entries = kept.filter((f) => index.has(f.ruleId) && /^[0-9a-f]{16,}$/.test(f.fingerprint)).map((f) => `${shortPrint(f.fingerprint)}=${index.get(f.ruleId)}`);
  const sha = /^[0-9a-f]{7,40}$/.test(headSha) ? headSha : '-';
  const more = findings.length > kept.length || entries.length < kept.length ? ':more' : '';
  return hiddenMarker(STATE_NAME, `v1:${sha}:${rules.join('.')}:${entries.join('.')}${more}`);
}

export function decodeState(body: string | null | undefined): StickyState | null {
  const m = body ? STATE_PATTERN.exec(body) : null;
  if (!m) return null;
  const rules = m[2] ? m[2].split('.') : [];
  if (rules.some((id) => !RULE_ID.test(id))) return null;
  const findings = new Map<string, string>();
  for (const entry of m[3] ? m[3].split('.') : []) {
    const e = /^([0-9a-f]{16})=(\d{1,4})$/.exec(entry);
    if (!e || Number(e[2]) >= rules.length) return null;
    findings.set(e[1]!, rules[Number(e[2])]!);
  }
  return { sha: m[1] === '-' ? null : m[1]!, findings, truncated: Boolean(m[4]) };
}

/**
 * What changed since the previous run: findings fixed (by rule) and new ones (with their place).
 * Null on the first run, when the state cannot be trusted, or when a re-run of the same commit changed nothing.
 */
export function deltaSection(previous: StickyState | null, current: { finding: ReportFinding; fingerprint: string }[], headSha: string): string | null {
  if (!previous || previous.truncated || current.length > STATE_MAX_FINDINGS) return null;
  const now = new Map(current.map((c) => [shortPrint(c.fingerprint), c.finding]));
  const fixed = [...previous.findings].filter(([fp]) => !now.has(fp));
  const added = [...now].filter(([fp]) => !previous.findings.has(fp)).map(([, f]) => f);
  const open = now.size - added.length;
  if (fixed.length === 0 && added.length === 0 && previous.sha === headSha) return null;
  const since = previous.sha ? `since ${codeSpan(previous.sha.slice(0, 7))}` : 'since the last run';
  if (fixed.length === 0 && added.length === 0) return `**No change ${since}**: ${plural(open, 'finding')} still open.`;
  const byRule = new Map<string, number>();
  for (const [, id] of fixed) byRule.set(id, (byRule.get(id) ?? 0) + 1);
  const fixedRules = [...byRule].map(([id, n]) => `${codeSpan(id)}${n > 1 ? ` ×${n}` : ''}`).join(', ');
  const head = [
    fixed.length ? `✅ ${plural(fixed.length, 'fixed', 'fixed')} (${fixedRules})` : null,
    added.length ? `🆕 ${plural(added.length, 'new', 'new')}` : null,
    `${open} still open`,
  ].filter(Boolean);
  const out = [`**Changes ${since}**: ${head.join(' · ')}`];
  const shown = 10;
  if (added.length) {
    out.push('');
    for (const f of added.slice(0, shown)) out.push(`- 🆕 ${SEVERITY_ICON[f.severity]} ${codeSpan(f.ruleId)} at ${where(f)}`);
    if (added.length > shown) out.push(`- …and ${added.length - shown} more`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The pull request weakens the check

function weakeningItem(w: Weakening): string {
  const at = codeSpan(w.line ? `${w.file}:${w.line}` : w.file);
  const reason = w.reason.trim() ? `: “${escapeMarkdown(w.reason.trim())}”` : ': _no reason given_';
  switch (w.kind) {
    case 'severity':
      return `- ${codeSpan(w.subject)} lowered from ${codeSpan(w.from ?? '')} to ${codeSpan(w.to ?? '')} in ${at}${reason}`;
    case 'fail-on':
      return `- fail-on relaxed from ${codeSpan(w.from ?? '')} to ${codeSpan(w.to ?? '')} in ${at}, so fewer findings fail the check${reason}`;
    case 'lock-timeout':
      return `- ${codeSpan('lockTimeout')} set to ${codeSpan(w.to ?? '')} in ${at} (${codeSpan('require-lock-timeout')} now passes every migration)${reason}`;
    case 'version':
      return `- ${codeSpan(w.subject)} raised from ${codeSpan(w.from ?? '')} to ${codeSpan(w.to ?? '')} in ${at}, so operations that are safe only on the newer server pass${reason}`;
    case 'scope':
      return w.subject === 'migrations'
        ? `- migration directory ${codeSpan(w.from ?? '')} no longer checked (${at})${reason}`
        : `- application code ${codeSpan(w.to ?? '')} excluded from the reference scan in ${at}${reason}`;
    case 'deprecated':
      return `- ${codeSpan(w.subject)} declared deprecated in ${at}, so dropping it is allowed${reason}`;
    case 'lock-budget':
      return `- ${codeSpan('lockBudget')} raised from ${codeSpan(w.from ?? '')} to ${codeSpan(w.to ?? '')} in ${at}${reason}`;
    case 'suppression':
      return `- new suppression of ${codeSpan(w.subject)} at ${at}${reason}`;
  }
}

/** A warning block when the pull request itself lowers severities or fail-on, or adds suppressions. */
export function weakeningSection(weakenings: Weakening[], note?: string): string | null {
  if (weakenings.length === 0 && !note) return null;
  const out: string[] = [];
  if (weakenings.length) {
    const config = weakenings.filter((w) => w.kind !== 'suppression');
    const suppressions = weakenings.filter((w) => w.kind === 'suppression');
    const parts = [config.length ? plural(config.length, 'config change') : null, suppressions.length ? plural(suppressions.length, 'new suppression') : null].filter(Boolean);
    out.push('> [!WARNING]', `> **This pull request weakens the check** (${parts.join(', ')}):`, '>');
    const shown = 15;
    for (const w of weakenings.slice(0, shown)) out.push(`> ${weakeningItem(w)}`);
    if (weakenings.length > shown) out.push(`> - …and ${weakenings.length - shown} more`);
  }
  if (note) out.push(...(out.length ? [''] : []), `> ${escapeMarkdown(note)}`);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Which findings are inline

const REASON_LABEL: Record<NotInlineReason, (maxInline: number) => string> = {
  'outside-diff': () => 'outside the diff',
  'over-cap': (max) => `over the cap of ${max} inline comments`,
  'file-comment-full': () => 'beyond the file-level comment',
  rejected: () => 'rejected by GitHub',
  failed: () => 'not posted',
};

/**
 * How many findings are inline comments on the diff and which are only in this comment (and why),
 * so a reviewer knows where to look. `reasonNotes` are the full sentences per reason.
 */
export function placementSection(findings: ReportFinding[], outcome: ReviewOutcome | undefined, maxInline: number, reasonNotes: string[]): string | null {
  if (!outcome || findings.length === 0) return null;
  if (outcome.error) return null;
  const notInline = new Map(outcome.notInline.map((n) => [n.finding, n.reason]));
  const inline = findings.length - notInline.size;
  if (notInline.size === 0) return findings.length === 1 ? '💬 The finding is an inline comment on the diff.' : `💬 All ${findings.length} findings are inline comments on the diff.`;
  const out = [`💬 **${inline} of ${plural(findings.length, 'finding')} inline** on the diff; ${notInline.size} only in this comment:`, ''];
  for (const n of reasonNotes) out.push(`- ${escapeMarkdown(n)}`);
  const shown = 15;
  const rows = [...notInline].slice(0, shown).map(([f, reason]) => `| ${SEVERITY_ICON[f.severity]} ${codeSpan(f.ruleId, { inTable: true })} | ${codeSpan(`${f.file}:${f.line}`, { inTable: true })} | ${REASON_LABEL[reason](maxInline)} |`);
  out.push('', '<details><summary>Only in this comment</summary>', '', '| Rule | Where | Why not inline |', '|---|---|---|', ...rows);
  if (notInline.size > shown) out.push('', `…and ${notInline.size - shown} more.`);
  out.push('', '</details>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// SQL preview of ORM migrations

export interface SqlPreview {
  file: string;
  framework: string;
  sql: string;
}

/** Collapsed SQL previews, each cut at a line boundary to `perFile` characters, all within `budget`. */
export function sqlPreviewSection(previews: SqlPreview[], budget = 15_000, perFile = 4_000): string | null {
  const out: string[] = [];
  let used = 0;
  let left = 0;
  for (const p of previews) {
    let sql = p.sql.trim();
    if (!sql) continue;
    if (sql.length > perFile) {
      const cut = sql.slice(0, perFile);
      const rest = sql.slice(cut.lastIndexOf('\n') + 1).split('\n').length;
      sql = `${cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))}\n-- … ${plural(rest, 'more line')}`;
    }
    const block = `<details><summary>SQL preview: ${escapeHtml(p.file)} (${escapeHtml(p.framework)})</summary>\n\n${codeBlock(sql, 'sql')}\n\n</details>`;
    if (used + block.length > budget) {
      left++;
      continue;
    }
    used += block.length;
    out.push(block);
  }
  if (out.length === 0 && left === 0) return null;
  if (left) out.push(`_${plural(left, 'more SQL preview')} left out to keep this comment short; \`migration-guard dry-run\` prints them._`);
  return out.join('\n\n');
}
