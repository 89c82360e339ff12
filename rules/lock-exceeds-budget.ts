import { defineRule, type LockEvidence } from '../src/rule.js';
import type { Op } from '../src/ir.js';

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : ms < 60_000 ? `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s` : `${(ms / 60_000).toFixed(1)} min`;
}

/** The safe shape of each kind of work: what takes the long lock out of the statement. */
function safer(op: Op, e: LockEvidence): string {
  switch (op.kind) {
    case 'createIndex':
      return `Build the index with CREATE INDEX CONCURRENTLY in a migration without a transaction: writes continue while it builds.`;
    case 'setNotNull':
      return `Add CHECK (${op.column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration (it takes SHARE UPDATE EXCLUSIVE: writes continue), then SET NOT NULL, which uses the validated check instead of scanning.`;
    case 'addConstraint':
      return op.constraint.kind === 'unique' || op.constraint.kind === 'primaryKey'
        ? 'Build a unique index CONCURRENTLY first, then ADD CONSTRAINT ... USING INDEX (a catalog-only change).'
        : 'Add the constraint NOT VALID (catalog-only), then VALIDATE CONSTRAINT in a later migration: the validation lets writes continue.';
    default:
      return e.operation === 'rewrite'
        ? `Avoid the rewrite: add a new column, backfill it in batches, switch the code over and drop the old column in a later release.`
        : `Split the change so no statement holds ${e.lockMode} on ${e.table} for long, or run it in a maintenance window and raise lockBudget for it with a suppression that says why.`;
  }
}

export default defineRule({
  id: 'lock-exceeds-budget',
  category: 'locking',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'Estimated lock duration (from the production statistics snapshot) exceeds the configured lockBudget',
  docs: {
    why:
      'With a statistics snapshot of production (`migration-guard stats`, config `stats:`) each statement that blocks writes gets an estimated lock duration from the table\'s real size: a rewrite or a full scan from the table bytes, an index build from the indexed columns\' share of them. When the estimate is longer than the configured `lockBudget`, every write to the table (and, under ACCESS EXCLUSIVE, every read) queues for longer than the application tolerates. Without a snapshot or a budget this rule never fires. The example assumes a snapshot where events is 50 GB and lockBudget is 2s.',
    history: 'CREATE TABLE events (id bigint PRIMARY KEY, kind text, created_at timestamptz);',
    bad: 'CREATE INDEX events_created_at_idx ON events (created_at);',
    good: 'CREATE INDEX CONCURRENTLY events_created_at_idx ON events (created_at);',
  },
  check(ctx) {
    const budget = ctx.settings.lockBudgetMs;
    if (budget === null || budget === undefined) return [];
    return ctx.ops().flatMap((op) => {
      const e = ctx.evidence(op);
      // Locks that let writes continue (CONCURRENTLY, VALIDATE, MySQL LOCK=NONE) do not spend the budget.
      if (!e || !e.blocksWrites || e.estimatedLockMs <= budget) return [];
      return [
        ctx.finding(op, {
          message: `This statement is estimated to hold ${e.lockMode} on ${e.table} for ~${formatMs(e.estimatedLockMs)}, over the lock budget of ${formatMs(budget)} (lockBudget).`,
          suggestion: safer(op, e),
        }),
      ];
    });
  },
});
