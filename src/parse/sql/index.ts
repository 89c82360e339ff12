import type { Dialect, Op } from '../../ir.js';
import type { EmbeddedSqlOrigin } from '../frontend.js';
import type { MysqlServerVersion } from './mysql/tokens.js';
import { lowerPostgresSql } from './postgres.js';

/** Lowers SQL in the given dialect (embedded SQL from ORM files goes through here). */
export async function lowerSql(dialect: Dialect, text: string, origin: EmbeddedSqlOrigin, mysqlServer?: MysqlServerVersion): Promise<{ ops: Op[]; statements: number }> {
  if (dialect === 'mysql') {
    const { lowerMysqlSql } = await import('./mysql/index.js');
    return lowerMysqlSql(text, origin, mysqlServer);
  }
  return lowerPostgresSql(text, origin);
}
