import type { Op } from '../../ir.js';
import type { EmbeddedSqlOrigin } from '../frontend.js';

/**
 * Lowers PostgreSQL SQL text to IR ops located in the host file. Never throws: statements that do
 * not parse become `unparsed` ops at their line. Used directly for SQL files and for SQL embedded
 * in Alembic `op.execute(...)` / Knex `knex.raw(...)`.
 */
export async function lowerPostgresSql(text: string, origin: EmbeddedSqlOrigin): Promise<{ ops: Op[]; statements: number }> {
  void text;
  void origin;
  throw new Error('not implemented yet');
}
