import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'vacuum-full-or-cluster',
  category: 'locking',
  severity: 'error',
  dialects: ['postgres'],
  summary: 'VACUUM FULL or CLUSTER in a migration',
  docs: {
    why:
      'VACUUM FULL and CLUSTER rewrite the whole table (without a table name: every table) under an ACCESS EXCLUSIVE lock: no reads or writes until the copy is done, which takes minutes to hours on a large table and needs disk for a second copy. That is maintenance, not a schema change.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: 'VACUUM FULL users;',
    good: 'VACUUM (ANALYZE) users;',
  },
  check(ctx) {
    return ctx
      .ops('vacuum', 'cluster')
      .filter((op) => (op.kind === 'cluster' || op.full) && (op.table === null || ctx.facts(op).existed(op.table)))
      .map((op) => {
        const stmt = op.kind === 'cluster' ? 'CLUSTER' : 'VACUUM FULL';
        // Without a table, CLUSTER reclusters every table clustered before; VACUUM FULL rewrites them all.
        const target = op.table ?? (op.kind === 'cluster' ? 'every previously clustered table in the database' : 'every table in the database');
        return ctx.finding(op, {
          message: `${stmt} rewrites ${target} under an ACCESS EXCLUSIVE lock: all reads and writes wait until the copy is done.`,
          suggestion: op.table
            ? `Remove it from the migration and run pg_repack --table=${op.table}${op.kind === 'cluster' ? ' --order-by=<index columns>' : ''} (online), or run it in a maintenance window; plain VACUUM ${op.table}; does not block.`
            : 'Remove it from the migration and use pg_repack per table (online), or run it in a maintenance window; plain VACUUM; does not block.',
        });
      });
  },
});
