import { opTables } from '../src/ir.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'truncate-table',
  category: 'compatibility',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'TRUNCATE in a migration',
  docs: {
    why: 'TRUNCATE removes every row at once, cannot be undone by a downgrade, and takes an ACCESS EXCLUSIVE lock (in MySQL it is DDL and commits implicitly). Running code suddenly sees an empty table. Deleting data belongs in an explicit, batched data migration taken after a backup.',
    history: 'CREATE TABLE audit_log (id bigint PRIMARY KEY, created_at timestamptz NOT NULL);',
    bad: 'TRUNCATE audit_log;',
    good: "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE created_at < now() - interval '90 days' LIMIT 10000);",
  },
  check(ctx) {
    return ctx.ops('truncate').flatMap((op) => {
      // Tables created by the change under test hold no production data yet.
      const tables = opTables(op).filter((t) => ctx.facts(op).existed(t));
      if (tables.length === 0) return [];
      const list = tables.join(', ');
      const first = tables[0]!;
      return [ctx.finding(op, {
        message: `TRUNCATE ${list} deletes every row of ${tables.length > 1 ? 'these tables' : first} in one go: running code sees the data vanish, the downgrade cannot bring it back, and the table is locked against all reads and writes meanwhile.`,
        suggestion: `If the rows really must go, take a backup and delete them in a separate data migration, in batches: DELETE FROM ${first} WHERE id IN (SELECT id FROM ${first} WHERE <condition> LIMIT 10000); repeated until no rows are left.`,
      })];
    });
  },
});
