import type { Report } from './model.js';

/** The public JSON contract (DESIGN.md): only these fields, in this order. */
export function renderJson(report: Report): string {
  const out = {
    version: 1,
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      file: f.file,
      line: f.line,
      endLine: f.endLine,
      column: f.column,
      message: f.message,
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
      ...(f.fix ? { fix: f.fix } : {}),
      migration: f.migration,
      // Only with a production statistics snapshot (config `stats:`): consumers without one see the contract unchanged.
      ...(f.evidence ? { evidence: f.evidence } : {}),
    })),
    migrations: report.migrations.map((m) => ({
      file: m.file,
      framework: m.framework,
      isNew: m.isNew,
      rollback: { verdict: m.rollback.verdict, reasons: m.rollback.reasons },
      ...(m.evidence ? { evidence: m.evidence } : {}),
    })),
    suppressed: report.suppressed.map((s) => ({ ruleId: s.ruleId, file: s.file, line: s.line, reason: s.reason })),
    summary: report.summary,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
