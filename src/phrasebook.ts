import type { Loc, Migration, Op, OpOf, SqlType } from './ir.js';
import type { Fix } from './rule.js';
import type { ColumnState, TableState } from './schema/model.js';

/**
 * How one framework writes things, in its own syntax: each front end owns one
 * (`src/parse/<framework>/phrasebook.ts`) and rules ask it through `ctx.phrasebook`, so no rule
 * names a framework and a new framework is one folder no rule needs to know about.
 * Every phrase returns code the user can paste into this migration's file (SQL for SQL files,
 * Alembic code for Alembic files, Knex code for Knex files, Django operations for Django files).
 */
export interface Phrasebook {
  /** The runner's name in messages: "Alembic", "Flyway", "the migration runner". */
  runner: string;
  /** A raw SQL statement, embedded the framework's way (`op.execute("…")`, `knex.raw("…")`, the statement itself). */
  rawSql(sql: string): string;
  /** A sentence: how to run one statement outside the transaction the runner wraps around the migration. */
  runOutsideTransaction: string;
  /** A clause (lower case, no full stop): how to tell the runner not to wrap this migration in a transaction. */
  disableTransaction: string;
  /**
   * A clause (lower case, no full stop): how to make the runner's environment commit the work that
   * follows a commit of the runner's own connection (see the transaction op's `afterCommit`); absent
   * where the runner has no such environment.
   */
  commitAfterMigrations?: string;
  /** The runner expects a down part for this migration (so its absence is `missing-downgrade`). */
  expectsDown: boolean;
  /** Where the down part of this migration is, in the framework's words (`downgrade()`, `0003_x.down.sql`). */
  downPart: string;
  /** A clause: how to declare the down part irreversible on purpose (`at`: where the finding points). */
  declareIrreversible(at: Loc): string;
  /**
   * The statement that undoes `op`. `exact`: it can be pasted as is; otherwise it has placeholders
   * (`...`, `<type>`) the user fills in. null: nothing to say. `previousType`: the column's type
   * before the op, when the schema model knew it.
   */
  inverse(op: Op, previousType?: SqlType | null): { text: string; exact: boolean } | null;
  /** Marks a column deprecated (RULES.md, deprecation protocol). */
  deprecateColumn(table: string, column: string, col: ColumnState | null): string;
  /** Marks a table deprecated. */
  deprecateTable(table: string): string;
  dropColumn(table: string, column: string): string;
  dropTable(table: string): string;
  /** DROP INDEX CONCURRENTLY, and how it is kept out of the runner's transaction. */
  dropIndexConcurrently(op: OpOf<'dropIndex'>): string;
  /** Where a `SET [LOCAL] lock_timeout` statement (`set`, no `;`) goes so it runs before `op`. */
  lockTimeoutAt(set: string, op: Op): string;
  /** `op.sql` is the file's own text, starting at `op.loc` (so a fix can edit inside it). */
  verbatimSql: boolean;
  /** A column type in the framework's syntax (SQL text for SQL, never an ORM type inside SQL). */
  columnType(type: SqlType): string;
  /** How the runner orders and records migrations (for migration-conflict). */
  ordering: Ordering;
  /**
   * Optional phrases in the framework's own operations, where it has one for the safe pattern
   * (Django's AddIndexConcurrently, AddConstraintNotValid, SeparateDatabaseAndState); absent or
   * null: the rule's SQL text stands.
   */
  createIndexConcurrently?(op: OpOf<'createIndex'>): string | null;
  /** Adding `op`'s constraint NOT VALID now and validating it (`name`) in a later migration. */
  addConstraintNotValid?(op: OpOf<'addConstraint'>, name: string): string | null;
  /** A rename that leaves the database alone (the ORM's name changes, the column keeps its own). */
  renameColumnInPlaceOfData?(op: OpOf<'renameColumn'>): string | null;
  /** Exact fixes in this framework's own syntax; absent or a phrase returning undefined: no exact fix, the suggestion stands. */
  fixes?: FixPhrases;
}

/** What a fix phrase may know about the place of the op besides the op itself (built by the rule from its context). */
export interface FixSite {
  /** The op runs inside the transaction the runner wraps around the migration. */
  inTransaction: boolean;
  /** The migration's upgrade ops, in order (e.g. the first statement, before which a SET goes). */
  ops: readonly Op[];
  /** The op's table as the schema model knows it just before the op (partitioned, its constraints); null: unknown. */
  table?: TableState | null;
  /** A lock_timeout is in force for the op (set earlier in the migration, or configured for every migration). */
  lockTimeoutSet?: boolean;
}

/**
 * The exact, machine-applicable rewrites (src/rule.ts `Fix`) a framework can make, one per safe
 * pattern. Each returns undefined where the rewrite would not be exact in this file (then the
 * finding keeps only its suggestion). A fix must leave a file that parses and no longer has the
 * finding, and applying the same fix to the fixed file must not be possible (no finding left).
 */
export interface FixPhrases {
  /** require-concurrent-index: the index built CONCURRENTLY, outside the runner's transaction. */
  createIndexConcurrently?(op: OpOf<'createIndex'>, at: FixSite): Fix | undefined;
  /** require-concurrent-index-drop: DROP INDEX CONCURRENTLY, outside the runner's transaction. */
  dropIndexConcurrently?(op: OpOf<'dropIndex'>, at: FixSite): Fix | undefined;
  /** require-lock-timeout: `set` (a `SET [LOCAL] lock_timeout = ...` statement, no `;`) run before the migration's first statement. */
  setLockTimeout?(set: string, op: Op, at: FixSite): Fix | undefined;
  /** constraint-not-valid: the constraint (`name`) added NOT VALID here, its VALIDATE in a new migration after this one. */
  addConstraintNotValid?(op: OpOf<'addConstraint'>, name: string, at: FixSite): Fix | undefined;
  /** add-column-volatile-default: the column added without the default, the default set afterwards (existing rows backfilled apart). */
  addColumnWithoutVolatileDefault?(op: OpOf<'addColumn'>, at: FixSite): Fix | undefined;
  /** set-not-null: a CHECK (column IS NOT NULL) NOT VALID (`check`), validated, then SET NOT NULL (PostgreSQL 12+ skips the scan). */
  setNotNullViaCheck?(op: OpOf<'setNotNull'>, check: string, at: FixSite): Fix | undefined;
}

/**
 * What the runner keys migrations by and what it does when they conflict. Conflict detection
 * (src/history/conflicts.ts) reads `version` and whether `late` is set; the sentences go into
 * the findings.
 */
export interface Ordering {
  /**
   * The version the runner records this migration under (schema_migrations, flyway_schema_history),
   * normalised so equal versions are equal strings; null when the runner keys migrations by their
   * whole name (Knex, Prisma) or by a graph (Alembic, Django), or its key is unknown (plain SQL).
   */
  version: string | null;
  /** A sentence: what the runner does when two migrations share a version. */
  duplicateVersion: string;
  /**
   * A sentence: what the runner does with a new migration ordered before `latest`, which databases
   * already ran; null when order is a graph (Alembic, Django) or the runner is unknown.
   */
  late: ((latest: string) => string) | null;
  /** What the runner does with several heads (leaf nodes) of one graph, and the command that merges them; null without a graph. */
  heads: ((heads: string[], group: string | null) => { message: string; suggestion: string }) | null;
  /**
   * A name the runner also requires to be unique in a directory, besides the version (Rails: the
   * migration's name, from which it takes the class name), with what the runner does otherwise.
   */
  uniqueName?: { name: string; duplicate: string } | null;
}

export type PhrasebookFactory = (m: Migration) => Phrasebook;

/** The `late` sentence of a runner that applies every migration it has not recorded, whatever its place in the order. */
export function runsLate(runner: string): (latest: string) => string {
  return (latest) =>
    `${runner} runs every migration it has not recorded yet, so databases that already ran ${latest} run this one after it while a fresh database runs it before: the two orders were never tested against each other and can end in different schemas.`;
}

/** The `duplicateVersion` sentence of a runner that keys its history table by version. */
export function versionKeyed(runner: string): string {
  return `${runner} records migrations by version: once one of them ran, the other counts as applied and never runs.`;
}

/** A version number as an integer parse reads it: leading zeros do not count. */
export function numericVersion(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}
