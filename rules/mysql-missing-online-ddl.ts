import type { Op } from '../src/ir.js';
import { defineRule } from '../src/rule.js';
import {
  explicitOnline,
  inFramework,
  isOnline,
  judgedMysqlStatements,
  mysqlServerOf,
  mysqlStatementText,
  onlineClause,
  withOnlineClause,
} from '../src/schema/mysql-online.js';

export default defineRule({
  id: 'mysql-missing-online-ddl',
  category: 'mysql',
  severity: 'warning',
  dialects: ['mysql'],
  summary: 'ALTER TABLE / CREATE INDEX on an existing table without explicit ALGORITHM=INPLACE|INSTANT, LOCK=NONE',
  docs: {
    why:
      'Without ALGORITHM and LOCK clauses MySQL picks the best method it can, and when an online method is not possible (a FULLTEXT index already on the table, too many instant changes, an older server than expected) it silently falls back to copying the table with writes blocked. With ALGORITHM=INSTANT, or LOCK=NONE, the server refuses the statement instead, so the migration fails fast rather than taking production down.',
    history: 'CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, email varchar(100));',
    bad: 'ALTER TABLE users ADD INDEX users_email_idx (email);',
    good: 'ALTER TABLE users ADD INDEX users_email_idx (email), ALGORITHM=INPLACE, LOCK=NONE;',
  },
  check(ctx) {
    const server = mysqlServerOf(ctx.settings);
    return judgedMysqlStatements(ctx, server).flatMap((statement) => {
      const first = statement.ops[0] as Op;
      const explicit = explicitOnline(first.online);
      // Changes with no online path, and forced copies/locks, are mysql-unsafe-alter's findings.
      if (!isOnline(statement.verdict) || explicit.guaranteedOnline || explicit.forcesCopy || explicit.blockingLock) return [];
      const clause = onlineClause(statement.verdict);
      // ORM calls have no SQL of their own: the suggestion renders the ALTER from the IR.
      const statementSql = mysqlStatementText(statement, (_table, column) => {
        const op = statement.ops.find((o) => 'column' in o && o.column === column);
        return op ? ctx.facts(op).column?.type ?? null : null;
      });
      const what = `${capitalise(statement.verdict.what)} on ${statement.table} can run online`;
      const serverName = server.mariadb ? 'MariaDB' : 'MySQL';
      const message = first.online?.algorithm
        ? `${what}, but ALGORITHM=${first.online.algorithm} without LOCK=NONE lets ${serverName} take a lock that blocks writes when it cannot run it concurrently.`
        : `${what}, but without ${clause} ${serverName} silently falls back to a table copy that blocks writes when it cannot.`;
      return [
        ctx.finding(first, {
          message,
          suggestion: inFramework(withOnlineClause(statementSql, clause), ctx.migration.framework),
        }),
      ];
    });
  },
});

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
