import type { Finding } from '../src/rule.js';
import { defineRule } from '../src/rule.js';

/** What becomes of the work after a commit of the runner's own connection (the transaction op's `afterCommit`). */
const AFTER_COMMIT = {
  uncommitted:
    "This commit ends the transaction the migration runner opened, and the runner opens no other after it: the statements that follow (except those run outside a transaction on purpose) and the runner's record that the migration ran go into a transaction the database driver opens on its own, which the runner's environment never commits, so they are rolled back when the connection closes: the migration is not recorded as applied and runs again on the next upgrade.",
  checkpoint:
    "This commit ends the transaction the migration runner opened: the statements after it run in a new transaction the database driver opens and the runner's environment commits at the end, so if one of them fails, the work before this commit stays applied while the migration is not recorded as applied, and the next upgrade runs it again over a half-applied schema.",
  refused:
    "This commit ends the transaction the migration runs in, which the runner's environment opened as a single transaction block: the database driver refuses every statement after it on this connection, the runner's record that the migration ran included, so the migration fails right after this commit, with the part before it committed and the migration not recorded as applied.",
} as const;

export default defineRule({
  id: 'transaction-nesting',
  category: 'hygiene',
  severity: 'warning',
  dialects: ['postgres', 'mysql'],
  summary: 'BEGIN/COMMIT inside a migration that already runs in a transaction',
  docs: {
    why: 'Most migration runners already wrap each migration in a transaction. A BEGIN inside it is ignored (PostgreSQL only warns "there is already a transaction in progress"), and the matching COMMIT ends the runner\'s transaction early: everything after it runs without a transaction and is not rolled back if the migration fails. The same happens with a BEGIN inside a BEGIN in one file. A commit of the runner\'s own connection through the driver (an ORM connection\'s commit()) can cost more: where the runner opens no transaction after it and its environment does not commit the connection at the end, the rest of the migration and the runner\'s record that it ran are left in a transaction the driver opened on its own and are rolled back when the connection closes, so the migration runs again next time; where the environment opened the connection as a single transaction block, the driver refuses every statement after the commit and the migration fails there. A commit right where the runner ends its transaction anyway (before a section that runs outside it, or as the last statement) is not reported when the environment commits the connection after the migrations.',
    bad: [
      'BEGIN;',
      'ALTER TABLE users ADD COLUMN nickname text;',
      '-- A second BEGIN does not nest: the first COMMIT ends the whole transaction.',
      'BEGIN;',
      'CREATE INDEX users_nickname_idx ON users (nickname);',
      'COMMIT;',
      'COMMIT;',
    ].join('\n'),
    good: ['BEGIN;', 'ALTER TABLE users ADD COLUMN nickname text;', 'CREATE INDEX users_nickname_idx ON users (nickname);', 'COMMIT;'].join('\n'),
  },
  check(ctx) {
    const txOps = ctx.ops('transaction');
    const findings: Finding[] = [];
    // An explicit BEGIN that opened a real transaction (none was open when it ran).
    let explicitOpen = false;
    // COMMITs/ROLLBACKs already explained by the finding on their BEGIN.
    const covered = new Set<object>();
    txOps.forEach((op, i) => {
      const { inTransaction } = ctx.facts(op);
      if (op.action === 'begin') {
        if (!inTransaction) {
          explicitOpen = true;
          return;
        }
        const end = txOps.slice(i + 1).find((o) => o.action !== 'begin');
        if (end) covered.add(end);
        const outer = explicitOpen ? 'an earlier BEGIN in this file' : 'the migration runner';
        const endText = end
          ? ` and the ${end.action.toUpperCase()} at line ${end.loc.line} ends ${explicitOpen ? 'that outer transaction' : "the runner's transaction"} early: statements after it run outside any transaction and are not rolled back if the migration fails`
          : '';
        // MySQL does not ignore a nested BEGIN: it commits the open transaction right there.
        const message = ctx.migration.dialect === 'mysql'
          ? `This BEGIN runs inside a transaction already opened by ${outer}: MySQL does not nest transactions, so it commits everything before it right here; a later failure can no longer roll that part back.`
          : `This BEGIN runs inside a transaction already opened by ${outer}: it does not nest (PostgreSQL ignores it with a warning)${endText}.`;
        findings.push(ctx.finding(op, {
          message,
          suggestion: explicitOpen
            ? 'Keep a single BEGIN ... COMMIT around the whole migration, or split it into separate migrations.'
            : `Remove BEGIN/COMMIT from the migration and let the runner manage the transaction; if a statement must run outside a transaction, ${ctx.phrasebook.disableTransaction} instead.`,
        }));
        return;
      }
      if (covered.has(op)) {
        explicitOpen = false;
        return;
      }
      if (explicitOpen) {
        explicitOpen = false;
        return;
      }
      // A COMMIT/ROLLBACK with no BEGIN of its own ends the runner's transaction.
      if (!inTransaction) return;
      const insteadOutside = `if a statement must run outside a transaction, ${ctx.phrasebook.disableTransaction} instead`;
      // A commit of the runner's own connection: the runner opens no transaction after it, so what follows depends on its environment.
      if (op.action === 'commit' && op.afterCommit) {
        const meant = ctx.phrasebook.commitAfterMigrations;
        const suggestion = {
          uncommitted: `Remove it and let the runner manage the transaction (${insteadOutside})${meant ? `; if the commit is meant, ${meant}` : ''}.`,
          checkpoint: `Split the migration where it commits (one migration per step), or make every step safe to run twice; ${insteadOutside}.`,
          refused: `Remove it and let the runner manage the transaction; ${insteadOutside}.`,
        }[op.afterCommit];
        findings.push(ctx.finding(op, { message: AFTER_COMMIT[op.afterCommit], suggestion }));
        return;
      }
      findings.push(ctx.finding(op, {
        message: `This ${op.action.toUpperCase()} ends the transaction the migration runner opened: statements after it run outside any transaction and are not rolled back if the migration fails, and the runner's own commit then finds no transaction.`,
        suggestion: `Remove it and let the runner manage the transaction; ${insteadOutside}.`,
      }));
    });
    return findings;
  },
});
