import { defineRule } from '../src/rule.js';
import { LOCK_BLOCKS } from '../src/schema/locks.js';

export default defineRule({
  id: 'require-concurrent-index-drop',
  category: 'locking',
  severity: 'warning',
  dialects: ['postgres'],
  summary: 'DROP INDEX on an existing table without CONCURRENTLY',
  docs: {
    why:
      'A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index\'s table. The drop itself is quick, but it first waits for every running query on the table, and all reads and writes queue behind it meanwhile. DROP INDEX CONCURRENTLY waits without blocking anyone.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);',
    bad: 'DROP INDEX users_email_idx;',
    good: 'DROP INDEX CONCURRENTLY users_email_idx;',
  },
  check(ctx) {
    return ctx
      .ops('dropIndex')
      // An index of a partitioned table cannot be dropped CONCURRENTLY (PostgreSQL refuses): there is
      // no safer form to ask for, and require-lock-timeout already covers the wait for its lock.
      .filter((op) => !op.concurrently && ctx.facts(op).tableExisted && !ctx.facts(op).table?.partitioned)
      .map((op) => {
        // The statement names only the index; the schema model remembers its table.
        const table = op.table ?? ctx.facts(op).table?.name ?? null;
        const on = table ? `table ${table}` : `the table of ${op.name}`;
        return ctx.finding(op, {
          message: `DROP INDEX ${op.name} takes an ACCESS EXCLUSIVE lock on ${on}: ${LOCK_BLOCKS['ACCESS EXCLUSIVE']} on it wait, first behind every running query, then for the drop.`,
          suggestion: ctx.phrasebook.dropIndexConcurrently(op),
          fix: ctx.phrasebook.fixes?.dropIndexConcurrently?.(op, ctx.fixSite(op)),
        });
      });
  },
});
