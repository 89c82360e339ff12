import type { Framework, Op } from '../src/ir.js';
import { defineRule } from '../src/rule.js';
import {
  alterActions,
  explicitOnline,
  inFramework,
  isOnline,
  judgedMysqlStatements,
  mysqlServerOf,
  mysqlStatementText,
  onlineClause,
  type JudgedMysqlStatement,
  type MysqlServer,
  withOnlineClause,
} from '../src/schema/mysql-online.js';

/** The online-schema-change tools that copy a table in the background while writes continue. */
function toolSuggestion(statement: JudgedMysqlStatement, statementSql: string, server: MysqlServer): string {
  const parsed = alterActions(statementSql);
  const table = parsed?.table ?? statement.table;
  const actions = parsed?.actions ?? '<the ALTER actions>';
  const pt = `pt-online-schema-change --alter "${actions}" D=<database>,t=${table} --execute`;
  // gh-ost does not support MariaDB officially; pt-online-schema-change works on both.
  if (server.mariadb) return `Run the change with an online schema change tool instead of a plain ALTER: ${pt}`;
  return `Run the change with an online schema change tool instead of a plain ALTER: ${pt} (or gh-ost --table=${table} --alter="${actions}" --execute)`;
}

/** The safe alternative for a change with no online path, with the user's names (SQL in the migration's framework). */
function specificSuggestion(statement: JudgedMysqlStatement, statementSql: string, server: MysqlServer, framework: Framework): string {
  const worst: Op | null = statement.verdict.worst;
  const { table } = statement;
  const tool = () => toolSuggestion(statement, statementSql, server);
  if (worst?.kind === 'addConstraint' && worst.constraint.kind === 'foreignKey') {
    const c = worst.constraint;
    const name = c.name ? `CONSTRAINT ${c.name} ` : '';
    const references = c.references ? ` REFERENCES ${c.references.table} (${c.references.columns.join(', ')})` : '';
    const sql = ['SET foreign_key_checks = 0', `ALTER TABLE ${table} ADD ${name}FOREIGN KEY (${c.columns.join(', ')})${references}, ALGORITHM=INPLACE, LOCK=NONE`, 'SET foreign_key_checks = 1'];
    return `${sql.map((q) => inFramework(q, framework)).join(' ')} then check for orphaned rows yourself, since existing rows are not validated.`;
  }
  if (worst?.kind === 'dropConstraint' && statement.ops.every((op) => op.kind !== 'addConstraint')) {
    const replace = inFramework(`ALTER TABLE ${table} DROP PRIMARY KEY, ADD PRIMARY KEY (<new columns>), ALGORITHM=INPLACE, LOCK=NONE`, framework);
    return `Replace the primary key in one statement so InnoDB can rebuild in place: ${replace} or ${tool().replace(/^Run/, 'run')}`;
  }
  if (worst?.kind === 'alterColumnType') {
    const clause = server.mariadb || server.version >= 80029 ? 'ALGORITHM=INSTANT' : 'ALGORITHM=INPLACE, LOCK=NONE';
    const add = inFramework(`ALTER TABLE ${table} ADD COLUMN ${worst.column}_new ${worst.type.text}, ${clause}`, framework);
    return `Add a new column, write both, backfill in batches and swap (${add}), or ${tool().replace(/^Run/, 'run')}`;
  }
  return tool();
}

export default defineRule({
  id: 'mysql-unsafe-alter',
  category: 'mysql',
  severity: 'error',
  dialects: ['mysql'],
  summary: 'ALTER that copies the table or blocks writes on MySQL/MariaDB',
  docs: {
    why:
      'Some changes have no online path in InnoDB: a column type change, CONVERT TO CHARACTER SET, dropping the primary key, ADD FOREIGN KEY with foreign_key_checks on, a CHECK constraint, a FULLTEXT index. MySQL then copies the whole table (ALGORITHM=COPY) or takes LOCK=SHARED, and every INSERT, UPDATE and DELETE waits until it finishes. Explicit ALGORITHM=COPY or LOCK=SHARED/EXCLUSIVE does the same on purpose.',
    history: 'CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, visits int NOT NULL, email varchar(50));',
    bad: 'ALTER TABLE users MODIFY visits bigint NOT NULL;',
    good: 'ALTER TABLE users MODIFY email varchar(60), ALGORITHM=INPLACE, LOCK=NONE;',
  },
  check(ctx) {
    const server = mysqlServerOf(ctx.settings);
    const framework = ctx.migration.framework;
    const serverName = server.mariadb ? 'MariaDB' : 'MySQL';
    return judgedMysqlStatements(ctx, server).flatMap((statement) => {
      const first = statement.ops[0] as Op;
      const { verdict, table } = statement;
      const explicit = explicitOnline(first.online);
      // MODIFY restates the type: take the column's current one from the schema model.
      const statementSql = mysqlStatementText(statement, (_table, column) => {
        const op = statement.ops.find((o) => 'column' in o && o.column === column);
        return op ? ctx.facts(op).column?.type ?? null : null;
      });
      if (!isOnline(verdict)) {
        const effect =
          verdict.algorithm === 'COPY'
            ? `${serverName} copies the whole ${table} table, and writes to ${table} are blocked until the copy finishes`
            : `${serverName} runs it in place but blocks writes to ${table} until it finishes (LOCK=SHARED at best)`;
        const refused = explicit.guaranteedOnline ? ' With the ALGORITHM/LOCK clauses given, the server will refuse the statement instead.' : '';
        return [ctx.finding(first, { message: `${capitalise(verdict.what)}: ${effect}.${refused}`, suggestion: specificSuggestion(statement, statementSql, server, framework) })];
      }
      if (explicit.forcesCopy || explicit.blockingLock) {
        const clause = [first.online?.algorithm ? `ALGORITHM=${first.online.algorithm}` : '', first.online?.lock ? `LOCK=${first.online.lock}` : '']
          .filter(Boolean)
          .join(', ');
        const effect = explicit.forcesCopy
          ? `copies the whole ${table} table and blocks writes to it until the copy finishes`
          : `blocks writes to ${table}${first.online?.lock?.toUpperCase() === 'EXCLUSIVE' ? ' and reads' : ''} until the change finishes`;
        return [
          ctx.finding(first, {
            message: `${clause} ${effect}, although ${verdict.what} can run online.`,
            suggestion: inFramework(withOnlineClause(statementSql, onlineClause(verdict)), framework),
          }),
        ];
      }
      return [];
    });
  },
});

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
