import type { OpKind } from '../src/ir.js';
import { defineRule } from '../src/rule.js';

/** Ops that change the schema (comments, views and other unmodelled statements do not count). */
const SCHEMA_KINDS = [
  'createTable', 'dropTable', 'renameTable', 'addColumn', 'dropColumn', 'renameColumn', 'alterColumnType',
  'setNotNull', 'dropNotNull', 'setDefault', 'dropDefault', 'createIndex', 'dropIndex', 'addConstraint',
  'validateConstraint', 'dropConstraint', 'createEnum', 'alterEnum', 'dropEnum', 'alterTableOption',
] as const satisfies readonly OpKind[];

export default defineRule({
  id: 'backfill-in-migration',
  category: 'hygiene',
  severity: 'warning',
  dialects: ['postgres', 'mysql'],
  summary: 'UPDATE/DELETE in the same migration as schema changes',
  docs: {
    why: 'A backfill mixed into a schema migration runs for as long as the table is large. In one transaction the locks the DDL took are held until the backfill finishes, blocking the application, and a failed backfill rolls back the schema change with it; without a transaction a failure leaves the migration half applied. An UPDATE or DELETE without WHERE touches every row in a single statement. Backfill separately, in batches.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: 'ALTER TABLE users ADD COLUMN email_verified boolean;\nUPDATE users SET email_verified = false;',
    good: '-- A constant default needs no backfill on PostgreSQL 11+; other backfills go in a separate, batched data migration.\nALTER TABLE users ADD COLUMN email_verified boolean NOT NULL DEFAULT false;',
  },
  check(ctx) {
    const schemaOps = ctx.ops(...SCHEMA_KINDS);
    const first = schemaOps[0];
    if (!first) return [];
    const position = new Map(ctx.ops().map((o, i) => [o, i]));
    const firstAt = position.get(first)!;
    return ctx.ops('dml').flatMap((op) => {
      if (op.action === 'insert') return [];
      const facts = ctx.facts(op);
      // A table created by the change under test holds only what this change put there.
      // A catalog write (`UPDATE pg_index SET indisready …`) moves no application rows.
      if (!facts.tableExisted || facts.systemCatalog) return [];
      const verb = op.action.toUpperCase();
      const scope = op.hasWhere
        ? `${verb} on ${op.table}`
        : `${verb} on ${op.table} without WHERE ${op.action === 'update' ? 'rewrites' : 'deletes'} every row in a single statement, and`;
      // MySQL commits DDL implicitly, so a backfill never shares a transaction with it there.
      // Before the first schema change no DDL lock is held yet; the rows it writes stay locked instead.
      const beforeSchema = (position.get(op) ?? 0) < firstAt;
      const risk = facts.inTransaction && ctx.migration.dialect === 'postgres'
        ? beforeSchema
          ? `runs in the same transaction as the schema changes after it (line ${first.loc.line}): the rows it writes stay locked until they are done and the migration commits, blocking the application's writes to them, and if either fails both are rolled back.`
          : `runs in the same transaction as the schema changes (line ${first.loc.line}): their locks are held until it finishes, blocking the application, and if it fails the schema change is rolled back with it.`
        : `runs in the same migration as the schema changes (line ${first.loc.line}): if it is slow or fails, it holds up the deploy and leaves the migration half applied.`;
      const batch = op.action === 'update'
        ? `UPDATE ${op.table} SET … WHERE id IN (SELECT id FROM ${op.table} WHERE <not yet backfilled> LIMIT 5000);`
        : `DELETE FROM ${op.table} WHERE id IN (SELECT id FROM ${op.table} WHERE <condition> LIMIT 5000);`;
      return [ctx.finding(op, {
        message: `${scope} ${risk}`,
        suggestion: `Move the ${verb} into its own data migration (or a background job) that runs after the schema change and works in batches: ${batch} repeated until it affects no rows.`,
      })];
    });
  },
});
