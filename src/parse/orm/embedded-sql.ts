import type { Dialect, Loc, Op } from '../../ir.js';
import { neutralizeBindParams, type BindStyle } from '../sql/binds.js';
import { lowerSql } from '../sql/index.js';

/**
 * SQL an ORM migration writes in a string (`op.execute(...)`, `knex.raw(...)`, `RunSQL(...)`),
 * found by the evaluator's walk (synchronous) and lowered by the SQL front end after it (async).
 */
export interface PendingSql {
  kind: 'pendingSql';
  /** The SQL as the framework sends it. */
  text: string;
  /**
   * Where the text's first character is in the host file: a statement on the string's third line
   * is reported on the third line of the string, not at the call.
   */
  origin: { line: number; column: number };
  /** Placeholders the driver fills in at run time (`:name`, `%s`, `?`): values, not syntax. */
  binds?: readonly BindStyle[];
  /** Where a text the SQL front end cannot lower is reported; the text's first character if absent. */
  loc?: Loc;
  /** Runs only on some paths (a branch, a loop body, after an early return). */
  conditional: boolean;
  /** Runs outside the migration's transaction (Alembic's `autocommit_block()`). */
  autocommit?: boolean;
}

/** Lowers SQL written in a string, each statement at its own line inside the string. */
export async function lowerPendingSql(item: PendingSql, dialect: Dialect, file: string): Promise<Op[]> {
  const origin = { file, line: item.origin.line, column: item.origin.column };
  const text = item.binds && item.binds.length > 0 ? neutralizeBindParams(item.text, dialect, item.binds).sql : item.text;
  let ops: Op[];
  try {
    ops = (await lowerSql(dialect, text, origin)).ops;
  } catch (error) {
    const loc = item.loc ?? { file, line: origin.line, endLine: origin.line, column: origin.column };
    return [{ kind: 'unparsed', reason: 'parse', message: `the SQL in this string could not be analysed: ${(error as Error).message}`, loc }];
  }
  for (const op of ops) {
    if (item.autocommit) op.autocommit = true;
    if (item.conditional) op.conditional = true;
  }
  return ops;
}

/**
 * Lowers SQL the framework generates for one call (Alembic's and Knex's renderers, Django's
 * schema editor, ActiveRecord's statements): the user never wrote that text, so every op points at
 * the call (a copy of `at` each).
 */
export async function lowerAtCall(dialect: Dialect, sql: string, at: Loc): Promise<Op[]> {
  const { ops } = await lowerSql(dialect, sql, { file: at.file, line: at.line, column: at.column });
  for (const op of ops) op.loc = { ...at };
  return ops;
}
