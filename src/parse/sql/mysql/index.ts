import type { Op } from '../../../ir.js';
import type { EmbeddedSqlOrigin } from '../../frontend.js';

/** MySQL/MariaDB SQL → IR ops (issue 7). Never throws: bad statements become `unparsed` ops. */
export async function lowerMysqlSql(text: string, origin: EmbeddedSqlOrigin): Promise<{ ops: Op[]; statements: number }> {
  void text;
  void origin;
  throw new Error('not implemented yet');
}
