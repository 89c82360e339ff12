import type { Framework, Severity } from '../ir.js';
import type { Fix, LockEvidence } from '../rule.js';

/**
 * The report model every reporter renders (text, json, sarif, markdown, GitHub).
 * `toJson` in ./json.ts emits exactly the public JSON contract from DESIGN.md.
 */

export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  /** Relative to the working directory, forward slashes. */
  file: string;
  line: number;
  endLine: number;
  column: number;
  message: string;
  suggestion?: string;
  /** An exact, machine-applicable fix (see `Fix` in src/rule.ts). */
  fix?: Fix;
  migration: string;
  /** With a production statistics snapshot: the table's size and the estimated lock (and the size tier, when one matched). */
  evidence?: LockEvidence;
}

export type RollbackVerdict = 'reversible' | 'lossy' | 'irreversible' | 'unverified';

export interface RollbackReport {
  verdict: RollbackVerdict;
  reasons: string[];
  /** Down part present. */
  downPresent?: boolean;
  /** Objects whose data the upgrade destroys (for the readiness table and backup commands). */
  dataAtRisk?: string[];
  /** Backup commands for exactly the affected objects, then the restore step. */
  backup?: string[];
  /** How much of the upgrade the downgrade undoes, for the readiness table ("3/3 ops inverted", "no down"). */
  inverse?: string;
  /** Set by a dry-run (issue 8): up → down → up really restored the schema. Absent: no dry-run ran. */
  verified?: boolean;
  /** The dry-run's result for this migration, when one ran. */
  dryRun?: DryRunSummary;
}

/** What the rollback-readiness report shows from a dry-run (issue 8). */
export interface DryRunSummary {
  engine: 'pglite' | 'postgres' | 'mysql';
  verdict: 'verified' | 'unverified' | 'failed';
  roundTrip: 'verified' | 'mismatch' | 'down-failed' | 'up-again-failed' | 'no-down' | 'not-run';
  reasons: string[];
  /** Readable schema diff (before up vs after down), empty when equal. */
  diff: string[];
}

export interface MigrationReport {
  file: string;
  id: string;
  framework: Framework;
  isNew: boolean;
  /** The separate down file (golang-migrate, diesel, Flyway undo), where rollback findings may point. */
  downFile?: string | null;
  rollback: RollbackReport;
  /** With a production statistics snapshot: the tables the migration touches and the estimated lock per statement. */
  evidence?: MigrationEvidence;
}

/** What the report shows per migration from the snapshot (config `stats:`). */
export interface MigrationEvidence {
  /** When the snapshot was captured (ISO). */
  capturedAt: string;
  tables: { table: string; bytes: number; rows: number; writesPerSec: number | null; tier?: string }[];
  statements: { file: string; line: number; table: string; operation: string; lockMode: string; blocksWrites: boolean; estimatedLockMs: number }[];
  /** Config `lockBudget`, when set. */
  lockBudgetMs?: number;
}

export interface SuppressedFinding {
  ruleId: string;
  file: string;
  line: number;
  reason: string;
}

export interface ReportSummary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  statements: number;
}

export interface Report {
  version: 1;
  findings: ReportFinding[];
  /** Migrations under test (isNew), in run order. */
  migrations: MigrationReport[];
  suppressed: SuppressedFinding[];
  summary: ReportSummary;
}

/** Source text lookup for code frames (text/markdown reporters); returns undefined when unknown. */
export type SourceLookup = (file: string) => string | undefined;

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export type FailOn = Severity | 'never';

/** True when some finding is at or above the fail-on level. */
export function reachesFailOn(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const min = SEVERITY_RANK[failOn];
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= min);
}
