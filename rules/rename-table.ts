import type { Op } from '../src/ir.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'rename-table',
  category: 'compatibility',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'Renaming a table in place',
  docs: {
    why: 'A rename takes effect the moment the migration commits, but the previous application version keeps running until the deploy finishes. Its queries still use the old name and fail ("relation does not exist") for the whole rollout. Leave a view under the old name in the same transaction (a single-table view is updatable, so old code keeps reading and writing), or expand and contract.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: 'ALTER TABLE users RENAME TO accounts;',
    good: [
      'BEGIN;',
      'ALTER TABLE users RENAME TO accounts;',
      '-- Old code keeps working through the view; drop it once no code uses "users".',
      'CREATE VIEW users AS SELECT * FROM accounts;',
      'COMMIT;',
    ].join('\n'),
  },
  check(ctx) {
    const all: Op[] = ctx.ops();
    return ctx.ops('renameTable').flatMap((op) => {
      const facts = ctx.facts(op);
      // A table created by the change under test has no running code using its old name.
      if (!facts.tableExisted) return [];
      // MySQL commits every DDL statement implicitly: a rename and a view can never be atomic there.
      const pg = ctx.migration.dialect === 'postgres';
      if (pg && facts.inTransaction && viewKeepsOldName(all, op, ctx.facts)) return [];
      const { table: from, newName: to } = op;
      const lateView = all.slice(all.indexOf(op) + 1).find((o) => o.kind === 'other' && o.statement === 'ViewStmt' && o.object === from);
      const late = lateView ? ` The view ${from} at line ${lateView.loc.line} does not help: it is not created in the same transaction, so the name is missing in between.` : '';
      return [ctx.finding(op, {
        message: `Renaming table ${from} to ${to} breaks the application version still running during the deploy: its queries on ${from} fail as soon as this migration commits.${late}`,
        suggestion: pg
          ? `In the same transaction, leave an updatable view under the old name: ALTER TABLE ${from} RENAME TO ${to}; CREATE VIEW ${from} AS SELECT * FROM ${to}; then move the code to ${to} and DROP VIEW ${from} in a later release. Or expand and contract: create ${to}, write to both, backfill, move reads, and drop ${from} after deprecating it.`
          : `Expand and contract (MySQL commits each DDL statement on its own, so a rename cannot be hidden behind a view atomically): create ${to}, write to both tables, backfill ${to} in batches, move reads to ${to}, and drop ${from} in a later release after deprecating it.`,
      })];
    });
  },
});

/**
 * True when a view named like the old table is created later in the same transaction as the
 * rename: old code then never sees the name disappear.
 */
function viewKeepsOldName(all: Op[], rename: Op & { kind: 'renameTable' }, facts: (op: Op) => { inTransaction: boolean }): boolean {
  for (let i = all.indexOf(rename) + 1; i < all.length; i++) {
    const op = all[i]!;
    // The transaction ended before any view appeared: there was a window without the old name.
    if (op.kind === 'transaction' || !facts(op).inTransaction) return false;
    if (op.kind === 'other' && op.statement === 'ViewStmt' && op.object === rename.table) return true;
  }
  return false;
}
