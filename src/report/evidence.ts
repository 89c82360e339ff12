import { formatBytes, formatMs, formatRate } from '../stats/format.js';
import { codeSpan, escapeControl, escapeMarkdown } from './escape.js';
import type { MigrationReport } from './model.js';

/**
 * The production-evidence section (only with a statistics snapshot, config `stats:`): per
 * migration, the tables it touches with their size, and the estimated lock of each statement.
 * Kept apart from the findings and rollback sections so each reporter adds it in one line.
 */

const OPERATION_WORDS: Record<string, string> = { rewrite: 'rewrite', scan: 'full scan', indexBuild: 'index build', metadata: 'catalog change' };

function tableFacts(t: NonNullable<MigrationReport['evidence']>['tables'][number]): string {
  const rate = t.writesPerSec === null ? 'write rate unknown' : `${formatRate(t.writesPerSec)} writes/s`;
  return `${formatBytes(t.bytes)}, ~${t.rows.toLocaleString('en-US')} rows, ${rate}${t.tier ? `, tier ${t.tier}` : ''}`;
}

/** "(writes continue)" unless the lock's own words already say what happens to writes (MySQL). */
function writesNote(s: { lockMode: string; blocksWrites: boolean }): string {
  return s.blocksWrites || /writes/.test(s.lockMode) ? '' : ' (writes continue)';
}

function overBudget(ms: number, blocks: boolean, budget: number | undefined): boolean {
  return blocks && budget !== undefined && ms > budget;
}

/** Mermaid must not carry user text that could break the diagram: a conservative alphabet only. */
function mermaidSafe(text: string, max = 60): string {
  const clean = text.replace(/[^A-Za-z0-9_. ()-]/g, ' ').replace(/\s+/g, ' ').trim();
  return (clean.length > max ? clean.slice(0, max) : clean) || 'object';
}

/**
 * A Mermaid gantt of the estimated locks, for when no dry-run measured them: the statements one
 * after the other, each bar as long as its estimate, one section per table. Per statement: inside
 * a transaction a lock really lasts until COMMIT.
 */
export function estimatedLockGantt(m: MigrationReport): string | null {
  const statements = m.evidence?.statements ?? [];
  if (statements.length === 0) return null;
  const byTable = new Map<string, string[]>();
  let at = 0;
  statements.forEach((st, i) => {
    const length = Math.max(1, Math.round(st.estimatedLockMs));
    const rows = byTable.get(st.table) ?? [];
    rows.push(`    ${mermaidSafe(`${st.lockMode} (line ${st.line})`)} :${st.blocksWrites ? 'crit, ' : ''}e${i}, ${at}, ${at + length}`);
    byTable.set(st.table, rows);
    at += length;
  });
  const lines = ['gantt', `    title Estimated locks of ${mermaidSafe(m.id)}`, '    dateFormat x', `    axisFormat ${at >= 3_600_000 ? '%H:%M' : at >= 120_000 ? '%M:%S' : '%S.%L s'}`];
  for (const [table, rows] of byTable) lines.push(`    section ${mermaidSafe(table, 40)}`, ...rows);
  return lines.join('\n');
}

/** Markdown lines for the sticky comment and job summary; [] when no migration has evidence. */
export function renderEvidenceMarkdown(migrations: MigrationReport[], opts: { compact?: boolean } = {}): string[] {
  const withEvidence = migrations.filter((m) => m.evidence && m.evidence.statements.length);
  if (withEvidence.length === 0) return [];
  const captured = withEvidence[0]!.evidence!.capturedAt.slice(0, 10);
  const out = ['## Production evidence', '', `_Estimated from the statistics snapshot captured ${escapeMarkdown(captured)} (sizes and write rates; the model is in docs/production-evidence.md)._`, ''];
  for (const m of withEvidence) {
    const e = m.evidence!;
    out.push(`### ${codeSpan(m.file)}`, '');
    out.push(`Tables: ${e.tables.map((t) => `${codeSpan(t.table)} (${escapeMarkdown(tableFacts(t))})`).join('; ')}`, '');
    if (opts.compact) {
      const worst = Math.max(...e.statements.map((s) => s.estimatedLockMs));
      out.push(`Longest estimated lock: ${formatMs(worst)}.`, '');
      continue;
    }
    out.push('| Line | Table | Work | Lock | Estimated |', '|---:|---|---|---|---:|');
    for (const s of e.statements) {
      const flag = overBudget(s.estimatedLockMs, s.blocksWrites, e.lockBudgetMs) ? ' 🛑 over budget' : '';
      out.push(`| ${s.line} | ${codeSpan(s.table, { inTable: true })} | ${OPERATION_WORDS[s.operation] ?? escapeMarkdown(s.operation)} | ${escapeMarkdown(s.lockMode)}${writesNote(s)} | ${formatMs(s.estimatedLockMs)}${flag} |`);
    }
    out.push('');
    const gantt = estimatedLockGantt(m);
    if (gantt) out.push('<details><summary>Estimated lock timeline</summary>', '', '```mermaid', gantt, '```', '', '</details>', '');
  }
  return out;
}

/** Terminal lines for the text reporter; [] when no migration has evidence. */
export function renderEvidenceText(migrations: MigrationReport[], bold: (s: string) => string = (s) => s): string[] {
  const withEvidence = migrations.filter((m) => m.evidence && m.evidence.statements.length);
  if (withEvidence.length === 0) return [];
  const clean = escapeControl;
  const out = [bold(`Production evidence (snapshot ${clean(withEvidence[0]!.evidence!.capturedAt.slice(0, 10))}):`)];
  for (const m of withEvidence) {
    const e = m.evidence!;
    out.push(`  ${clean(m.file)}:`);
    for (const t of e.tables) out.push(`    table ${clean(t.table)}: ${clean(tableFacts(t))}`);
    for (const s of e.statements) {
      const flag = overBudget(s.estimatedLockMs, s.blocksWrites, e.lockBudgetMs) ? ' (over the lock budget)' : '';
      out.push(`    line ${s.line}: ${OPERATION_WORDS[s.operation] ?? clean(s.operation)} of ${clean(s.table)} under ${clean(s.lockMode)}${writesNote(s)}: ~${formatMs(s.estimatedLockMs)}${flag}`);
    }
  }
  out.push('');
  return out;
}
