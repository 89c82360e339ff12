import type { Op } from '../src/ir.js';
import { defineRule, oneLineSql, type Finding } from '../src/rule.js';

type ConcurrentOp = Extract<Op, { kind: 'createIndex' | 'dropIndex' | 'reindex' | 'other' }>;

function statementOf(op: ConcurrentOp): string {
  if (op.kind === 'other') return 'ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY';
  if (op.kind === 'createIndex') return `CREATE ${op.unique ? 'UNIQUE ' : ''}INDEX CONCURRENTLY`;
  if (op.kind === 'dropIndex') return 'DROP INDEX CONCURRENTLY';
  return `REINDEX ${op.target.toUpperCase()} CONCURRENTLY`;
}

/** The user's statement on one line, for a suggestion that moves it. */
function statementText(op: ConcurrentOp): string {
  const text = oneLineSql(op);
  return text ? `${text};` : `${statementOf(op)} ...;`;
}

export default defineRule({
  id: 'concurrent-in-transaction',
  category: 'locking',
  severity: 'error',
  dialects: ['postgres'],
  summary: 'CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY or DETACH PARTITION CONCURRENTLY inside a transaction',
  docs: {
    why:
      'PostgreSQL refuses to run CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY inside a transaction block ("cannot run inside a transaction block"), so the migration fails at deploy time. The transaction may be an explicit BEGIN, the one a migration runner wraps around every migration, or one the runner opens around a single operation of a migration that otherwise runs outside a transaction.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: 'BEGIN;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\nCOMMIT;',
    good: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
  },
  check(ctx) {
    const findings: Finding[] = [];
    // The explicit BEGIN the op sits in, if any: the message points the user at it.
    let begin: Op | null = null;
    for (const op of ctx.ops()) {
      if (op.kind === 'transaction') {
        begin = op.action === 'begin' ? op : null;
        continue;
      }
      if (op.kind !== 'createIndex' && op.kind !== 'dropIndex' && op.kind !== 'reindex' && op.kind !== 'other') continue;
      const concurrently = op.kind === 'other' ? op.partition?.action === 'detach' && op.partition.concurrently : op.concurrently;
      if (!concurrently || !ctx.facts(op).inTransaction) continue;
      const stmt = statementOf(op);
      if (begin?.kind === 'transaction' && begin.runner) {
        // A transaction the runner opens around this op alone (not the migration's, not one the user wrote).
        findings.push(
          ctx.finding(op, {
            message: `${stmt} cannot run inside a transaction block, and ${begin.runner.opens}: PostgreSQL rejects it at run time and the migration fails.`,
            suggestion: begin.runner.outside,
          }),
        );
      } else if (begin) {
        findings.push(
          ctx.finding(op, {
            message: `${stmt} cannot run inside a transaction block: PostgreSQL rejects it at run time because of the BEGIN on line ${begin.loc.line}, and the migration fails.`,
            suggestion: `Move it after the COMMIT so it runs on its own: COMMIT; ${statementText(op)}`,
          }),
        );
      } else {
        findings.push(
          ctx.finding(op, {
            message: `${stmt} cannot run inside a transaction block, and ${ctx.phrasebook.runner} wraps this migration in one: PostgreSQL rejects it at run time and the migration fails.`,
            suggestion: ctx.phrasebook.runOutsideTransaction,
          }),
        );
      }
    }
    return findings;
  },
});
