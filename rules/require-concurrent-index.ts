import { defaultIndexName } from '../src/schema/index-names.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'require-concurrent-index',
  category: 'locking',
  severity: 'error',
  dialects: ['postgres'],
  summary: 'CREATE INDEX on an existing table without CONCURRENTLY',
  docs: {
    why: 'A plain CREATE INDEX holds a SHARE lock on the table: every INSERT, UPDATE and DELETE waits until the whole index is built, which takes minutes on a large table.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: 'CREATE INDEX users_email_idx ON users (email);',
    good: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
  },
  check(ctx) {
    // A table created in the change under test is empty and unseen by running code: no lock risk.
    return ctx
      .ops('createIndex')
      // ON ONLY builds nothing: it is the first step of the safe pattern for partitioned tables.
      .filter((op) => !op.concurrently && !op.only && ctx.facts(op).tableExisted)
      .map((op) => {
        const name = op.name ?? defaultIndexName(op.table, op.columns);
        const unique = op.unique ? 'UNIQUE ' : '';
        const where = op.where ? ` WHERE ${op.where}` : '';
        if (ctx.facts(op).table?.partitioned) {
          return ctx.finding(op, {
            message: `Building index ${name} on the partitioned table ${op.table} builds it on every partition under a SHARE lock: writes to all of them wait until the last build finishes (CONCURRENTLY is not possible on a partitioned table).`,
            suggestion: `CREATE ${unique}INDEX ${name} ON ONLY ${op.table} (${op.columns.join(', ')})${where}; then for each partition CREATE ${unique}INDEX CONCURRENTLY <partition>_idx ON <partition> (${op.columns.join(', ')})${where}; and ALTER INDEX ${name} ATTACH PARTITION <partition>_idx; the parent index becomes valid once every partition's is attached.`,
          });
        }
        return ctx.finding(op, {
          message: `Building index ${name} takes a SHARE lock on ${op.table}: writes to ${op.table} wait until the whole build finishes.`,
          suggestion: ctx.phrasebook.createIndexConcurrently?.(op) ?? `CREATE ${unique}INDEX CONCURRENTLY ${name} ON ${op.table} (${op.columns.join(', ')})${where}; in a migration that does not run in a transaction.`,
          fix: ctx.phrasebook.fixes?.createIndexConcurrently?.(op, ctx.fixSite(op)),
        });
      });
  },
});
