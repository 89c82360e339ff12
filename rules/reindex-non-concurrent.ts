import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'reindex-non-concurrent',
  category: 'locking',
  severity: 'warning',
  dialects: ['postgres'],
  summary: 'REINDEX without CONCURRENTLY (PostgreSQL 12+)',
  docs: {
    why:
      'A plain REINDEX locks out writes to the table (SHARE) and holds ACCESS EXCLUSIVE on each index it rebuilds, so queries that use those indexes wait too, for the whole rebuild. Since PostgreSQL 12, REINDEX ... CONCURRENTLY rebuilds without blocking reads or writes.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);',
    bad: 'REINDEX INDEX users_email_idx;',
    good: 'REINDEX INDEX CONCURRENTLY users_email_idx;',
  },
  check(ctx) {
    // CONCURRENTLY does not exist before PostgreSQL 12: nothing better to suggest there.
    if (ctx.settings.pgVersion < 12) return [];
    return ctx
      .ops('reindex')
      .filter((op) => {
        if (op.concurrently) return false;
        // System catalogs cannot be reindexed concurrently.
        if (op.target === 'system') return false;
        // A table created in the change under test is empty and unseen (the facts resolve an index's table).
        return ctx.facts(op).tableExisted;
      })
      .map((op) => {
        const target = op.target.toUpperCase();
        const what =
          op.target === 'index'
            ? `index ${op.name}: writes to its table and queries that use the index`
            : op.target === 'table'
              ? `the indexes of ${op.name}: writes to ${op.name} and queries that use its indexes`
              : `every index in ${op.target} ${op.name}: writes to each table and queries that use its indexes, table by table,`;
        return ctx.finding(op, {
          message: `REINDEX ${target} ${op.name} rebuilds ${what} wait until the rebuild finishes.`,
          suggestion: `REINDEX ${target} CONCURRENTLY ${op.name}; in a migration that does not run in a transaction.`,
        });
      });
  },
});
