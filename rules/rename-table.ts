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
    const renames = ctx.ops('renameTable');
    if (renames.length === 0) return [];
    const order = opOrder(ctx.ops(), ctx.facts);
    return renames.flatMap((op) => {
      const facts = ctx.facts(op);
      // A table created by the change under test has no running code using its old name.
      // ALTER TABLE x_id_seq RENAME TO ... renames a sequence: no query names it.
      if (!facts.tableExisted || facts.isSequence) return [];
      // Renamed out of the way and created again under its name with every column it had (a
      // rebuild): running code keeps working on the new table.
      if (facts.rebuiltWithSameColumns || facts.nameFromThisMigration) return [];
      const { table: from, newName: to } = op;
      const view = order.viewAfter(op, from);
      // MySQL commits every DDL statement implicitly: a rename and a view can never be atomic there.
      const pg = ctx.migration.dialect === 'postgres';
      // The view keeps the old name only when it comes before the transaction ends.
      if (pg && facts.inTransaction && view !== null && view.index < order.transactionEndAfter(op)) return [];
      const late = view ? ` The view ${from} at line ${view.op.loc.line} does not help: it is not created in the same transaction, so the name is missing in between.` : '';
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
 * Positions in the upgrade, indexed once per check so each rename is a lookup rather than a scan
 * of the ops after it: the views created by name, and for each op where its transaction ends
 * (the next BEGIN/COMMIT/ROLLBACK or statement outside a transaction).
 */
function opOrder(all: Op[], facts: (op: Op) => { inTransaction: boolean }) {
  const position = new Map<Op, number>();
  const views = new Map<string, number[]>();
  const boundaryFrom = new Array<number>(all.length + 1);
  boundaryFrom[all.length] = all.length;
  for (let i = all.length - 1; i >= 0; i--) {
    const op = all[i]!;
    boundaryFrom[i] = op.kind === 'transaction' || !facts(op).inTransaction ? i : boundaryFrom[i + 1]!;
  }
  all.forEach((op, i) => {
    position.set(op, i);
    if (op.kind === 'other' && op.statement === 'ViewStmt' && op.object) {
      const list = views.get(op.object);
      if (list) list.push(i);
      else views.set(op.object, [i]);
    }
  });
  return {
    /** The first view named `name` created after `op`. */
    viewAfter(op: Op, name: string): { op: Op; index: number } | null {
      const at = position.get(op) ?? -1;
      const index = views.get(name)?.find((i) => i > at);
      return index === undefined ? null : { op: all[index]!, index };
    },
    /** Index of the first op after `op` that is not in the same transaction. */
    transactionEndAfter(op: Op): number {
      return boundaryFrom[(position.get(op) ?? all.length - 1) + 1]!;
    },
  };
}
