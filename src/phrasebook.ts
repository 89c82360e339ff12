import type { Loc, Migration, Op, OpOf, SqlType } from './ir.js';
import type { ColumnState } from './schema/model.js';

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
}

export type PhrasebookFactory = (m: Migration) => Phrasebook;
