import type { MigrationReport, Report } from '../report/model.js';

/** The rules whose findings carry a migration's rollback verdict. */
export const ROLLBACK_RULE_IDS: ReadonlySet<string> = new Set(['missing-downgrade', 'downgrade-mismatch', 'irreversible-data-loss']);

function filesOf(m: MigrationReport): Set<string> {
  return new Set([m.file, ...(m.downFile ? [m.downFile] : [])]);
}

/**
 * The action output `rollback-ready`: false when a migration under test is `lossy` or
 * `irreversible` and the team has not acknowledged it. Acknowledging means suppressing the
 * rollback rule findings for that migration with a reason; a rule turned off in the config is
 * not an acknowledgement (nobody looked at this migration), and any rollback finding still
 * standing keeps the migration not ready.
 */
export function rollbackReady(report: Report): boolean {
  return report.migrations
    .filter((m) => m.isNew)
    .every((m) => {
      if (m.rollback.verdict !== 'lossy' && m.rollback.verdict !== 'irreversible') return true;
      const files = filesOf(m);
      const open = report.findings.some((f) => ROLLBACK_RULE_IDS.has(f.ruleId) && (f.migration === m.id || files.has(f.file)));
      const acknowledged = report.suppressed.some((s) => ROLLBACK_RULE_IDS.has(s.ruleId) && files.has(s.file));
      return !open && acknowledged;
    });
}
