import { escapeControl } from './escape.js';
import { renderEvidenceText } from './evidence.js';
import type { Report, ReportFinding, SourceLookup } from './model.js';

export interface TextOptions {
  color: boolean;
  sources?: SourceLookup;
}

const paint = (on: boolean, code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

/**
 * Terminal-safe and line-safe: user text (names, messages, reasons, file names) can neither drive
 * the terminal nor start a line that looks like a finding of its own.
 */
const clean = escapeControl;

/** A source line in a code frame: a tab is one column (so the caret stays under its token). */
function cleanSourceLine(s: string): string {
  return escapeControl(s.replace(/\t/g, ' '));
}

function frame(f: ReportFinding, text: string | undefined, color: boolean): string[] {
  if (text === undefined) return [];
  const lines = text.split(/\r\n|\n|\r/);
  const first = Math.max(1, f.line);
  const last = Math.min(lines.length, Math.max(f.endLine, f.line), first + 5);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const raw = cleanSourceLine(lines[n - 1] ?? '');
    const shown = raw.length > 200 ? `${raw.slice(0, 200)}…` : raw;
    out.push(`  ${paint(color, '2', `${String(n).padStart(width)} |`)} ${shown}`);
    if (n === first) out.push(`  ${' '.repeat(width)} ${paint(color, '2', '|')} ${' '.repeat(Math.max(0, Math.min(f.column - 1, 200)))}${paint(color, '31', '^')}`);
  }
  if (Math.max(f.endLine, f.line) > last) out.push(`  ${' '.repeat(width)} ${paint(color, '2', '|')} …`);
  return out;
}

/** Compiler-style output: file:line:col, severity, rule id, message, code frame, safe alternative. */
export function renderText(report: Report, opts: TextOptions): string {
  const { color } = opts;
  const out: string[] = [];
  for (const f of report.findings) {
    const sev = f.severity === 'error' ? paint(color, '1;31', 'error') : f.severity === 'warning' ? paint(color, '1;33', 'warning') : paint(color, '1;36', 'info');
    out.push(`${paint(color, '1', `${clean(f.file)}:${f.line}:${f.column}`)}: ${sev} ${paint(color, '2', `[${clean(f.ruleId)}]`)} ${clean(f.message)}`);
    out.push(...frame(f, opts.sources?.(f.file), color));
    if (f.suggestion) out.push(`  ${paint(color, '32', 'safe alternative:')} ${clean(f.suggestion)}`);
    out.push('');
  }
  for (const s of report.suppressed) out.push(`${clean(s.file)}:${s.line}: suppressed [${s.ruleId}] ${clean(s.reason)}`);
  if (report.suppressed.length) out.push('');
  if (report.migrations.length) {
    out.push(paint(color, '1', 'Rollback readiness:'));
    const verdictColor = { reversible: '32', lossy: '33', irreversible: '31', unverified: '36' } as const;
    for (const m of report.migrations) {
      const r = m.rollback;
      const facts = [
        `down ${r.downPresent === undefined ? '?' : r.downPresent ? 'present' : 'absent'}`,
        ...(r.inverse ? [`inverse check: ${r.inverse}`] : []),
        ...(r.dataAtRisk?.length ? [`data at risk: ${r.dataAtRisk.join(', ')}`] : []),
      ];
      out.push(`  ${clean(m.file)}: ${paint(color, verdictColor[r.verdict], r.verdict)} (${clean(facts.join('; '))})`);
      for (const reason of r.reasons) out.push(`    - ${clean(reason)}`);
      for (const b of r.backup ?? []) out.push(`    ${b.startsWith('#') ? paint(color, '2', clean(b)) : clean(b)}`);
    }
    out.push('');
  }
  out.push(...renderEvidenceText(report.migrations, (s) => paint(color, '1', s)));
  const { errors, warnings, infos, files, statements } = report.summary;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  out.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')} in ${plural(files, 'file')} (${plural(statements, 'statement')}); ${report.suppressed.length} suppressed.`);
  return `${out.join('\n')}\n`;
}
