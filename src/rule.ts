import type { Dialect, Framework, Loc, Migration, Op, OpKind, OpOf, Severity } from './ir.js';
import type { FixSite, Phrasebook } from './phrasebook.js';
import type { RollbackAnalysis } from './rollback/analyze.js';
import type { OpFacts } from './schema/facts.js';
import type { LockEvidence } from './stats/estimate.js';

export type { Phrasebook } from './phrasebook.js';
export type { LockEvidence } from './stats/estimate.js';

export type RuleCategory = 'locking' | 'compatibility' | 'rollback' | 'mysql' | 'hygiene' | 'style';

/** The settings rules may read (already resolved from config file and flags). */
export interface RuleSettings {
  dialect: Dialect;
  pgVersion: number;
  /** MySQL 8.0.29 → 80029; MariaDB 10.6 → 100600. null when not MySQL. */
  mysqlVersion: number | null;
  mariadb: boolean;
  /** Where the server version rules judge with comes from, for messages: "configured" (config or default), or the migration's own tooling (`StrongMigrations.target_version = 10`). */
  versionSource?: string;
  /** A lock_timeout the deploy sets for every migration (config `lockTimeout`): satisfies require-lock-timeout. */
  globalLockTimeout: boolean;
  /** Config `lockBudget` in ms: the longest a statement may hold a write-blocking lock (lock-exceeds-budget); null/absent: none. */
  lockBudgetMs?: number | null;
}

/**
 * One text replacement in a file. Lines and columns are 1-based; the range is
 * [start, end): end is exclusive, so an insertion has start == end.
 */
export interface TextEdit {
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/**
 * An exact, machine-applicable rewrite that makes the finding go away. The GitHub suggestion
 * blocks, `migration-guard fix` and the language server's code actions are views of it.
 * Only set where the rewrite is exact; otherwise the finding has just a `suggestion`.
 */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Whole new files the fix needs (e.g. the VALIDATE moved to its own migration), paths relative to the working directory. */
  newFiles?: { path: string; text: string }[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  loc: Loc;
  message: string;
  suggestion?: string;
  /** An exact fix, when there is one. */
  fix?: Fix;
  /** Migration id. */
  migration: string;
  /** From the production statistics snapshot (config `stats:`): the table's size and the estimated lock. */
  evidence?: LockEvidence;
}

export interface RuleContext {
  migration: Migration;
  /** Upgrade ops, optionally of some kinds. Only the upgrade is judged for locking and compatibility. */
  ops<K extends OpKind>(...kinds: K[]): OpOf<K>[];
  /** Downgrade ops (empty when absent). */
  downOps<K extends OpKind>(...kinds: K[]): OpOf<K>[];
  /**
   * Per-op facts from the schema model, as of just before the op ran: everything a rule asks
   * about a table (did it exist, was it created in this migration or this change, its columns).
   */
  facts(op: Op): OpFacts;
  /** The migration's rollback analysis (pairing of up and down, data loss, backup plans), computed once by the engine. */
  rollback: RollbackAnalysis;
  settings: RuleSettings;
  /** How this migration's framework writes things (raw SQL, no transaction, the down part, inverses...): the only place rules learn framework syntax. */
  phrasebook: Phrasebook;
  /** Where the op sits, as the phrasebook's fixes need it (transaction, the migration's ops, its table, lock_timeout): built from the facts, the same for every rule. */
  fixSite(op: Op): FixSite;
  /** Builds a finding located at the op (or an explicit location). */
  finding(at: Op | Loc, text: { message: string; suggestion?: string; fix?: Fix }): Finding;
  /**
   * Where the application code still names a column or table that a migration under test drops
   * or renames: `identifier` is `table.column` or `table` as the op names it. Up to 5 references,
   * from one repository scan the engine runs before any rule reads it (rules never do I/O);
   * other identifiers return [].
   */
  references(identifier: string): { file: string; line: number }[];
  /** How many references `identifier` has in all (`references` keeps the first 5). */
  referenceCount?(identifier: string): number;
  /**
   * The op's table in the production statistics snapshot and the estimated duration of its lock
   * (config `stats:`); null without a snapshot, for ops that do no priced work, or for tables the
   * snapshot does not have. Computed by the engine before any rule runs.
   */
  evidence(op: Op): LockEvidence | null;
  /**
   * `compute()` once per migration for every rule asking with the same `key`: analysis that
   * several rules judge alike (the MySQL online-DDL verdicts) is not redone by each of them.
   * The value must not depend on which rule asks.
   */
  shared<T>(key: string, compute: () => T): T;
}

export interface RuleDocs {
  why: string;
  /** SQL in the rule's dialect that triggers the rule. */
  bad: string;
  /** The safe alternative; must not trigger the rule. */
  good: string;
  /** SQL of an earlier (base-branch) migration that `bad`/`good` build on, e.g. a deprecation comment. */
  history?: string;
}

export interface Rule {
  id: string;
  category: RuleCategory;
  severity: Severity;
  dialects: Dialect[];
  /** Frameworks the rule can arise from; default all. */
  frameworks?: Framework[];
  summary: string;
  docs: RuleDocs;
  /** Style rules are off unless enabled in config. */
  defaultOff?: boolean;
  /**
   * The engine reports (some of) this rule's findings itself: suppression problems
   * (invalid-suppression) and crashes of a rule (internal-error). Its docs.bad cannot be shown
   * to trigger it from SQL alone.
   */
  reportedByEngine?: boolean;
  check(ctx: RuleContext): Finding[];
}

/** Identity helper that gives a rule file its type (and a single place to add defaults later). */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/**
 * The SQL statement an op came from, on one line and without its `;` (for messages and
 * suggestions that quote the user's statement); null for ORM ops, which carry no SQL.
 */
export function oneLineSql(op: { sql?: string }): string | null {
  const text = op.sql?.replace(/\s+/g, ' ').replace(/\s*;?\s*$/, '').trim();
  return text ? text : null;
}
