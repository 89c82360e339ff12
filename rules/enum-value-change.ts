import type { Op } from '../src/ir.js';
import { defineRule, type Finding } from '../src/rule.js';

export default defineRule({
  id: 'enum-value-change',
  category: 'compatibility',
  severity: 'warning',
  dialects: ['postgres'],
  summary: 'Renaming or removing enum values; ALTER TYPE ... ADD VALUE in a transaction before PostgreSQL 12',
  docs: {
    why: 'Running code writes and compares enum values by their text. Renaming or removing a value makes the previous application version fail with "invalid input value for enum" during the deploy. Adding values is safe, but before PostgreSQL 12 ALTER TYPE ... ADD VALUE cannot run inside a transaction block, so a wrapped migration fails at deploy time.',
    history: "CREATE TYPE order_status AS ENUM ('pending', 'shipped');",
    bad: "ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';",
    good: "ALTER TYPE order_status ADD VALUE 'dispatched';",
  },
  check(ctx) {
    const all: Op[] = ctx.ops();
    // Enums created earlier in this migration: no running code uses them yet. Those created in the
    // current transaction may also get values added in it, even before PostgreSQL 12.
    const createdInMigration = new Set<string>();
    let createdInTransaction = new Set<string>();
    const findings: Finding[] = [];
    for (const op of all) {
      const facts = ctx.facts(op);
      if (!facts.inTransaction || op.kind === 'transaction') createdInTransaction = new Set();
      if (op.kind === 'createEnum') {
        createdInMigration.add(op.name);
        if (facts.inTransaction) createdInTransaction.add(op.name);
        continue;
      }
      if (op.kind !== 'alterEnum') continue;
      if (op.action === 'addValue') {
        if (ctx.settings.pgVersion >= 12 || !facts.inTransaction || createdInTransaction.has(op.name)) continue;
        findings.push(ctx.finding(op, {
          message: `ALTER TYPE ${op.name} ADD VALUE '${op.value}' runs inside a transaction, which PostgreSQL ${ctx.settings.pgVersion}${ctx.settings.versionSource ? ` (${ctx.settings.versionSource})` : ''} rejects ("cannot run inside a transaction block"): the migration fails at deploy time.`,
          suggestion: `Run ALTER TYPE ${op.name} ADD VALUE IF NOT EXISTS '${op.value}'; in its own migration that does not run in a transaction (or upgrade to PostgreSQL 12+).`,
        }));
        continue;
      }
      if (createdInMigration.has(op.name)) continue;
      if (op.action === 'renameValue') {
        const to = op.newValue ?? '?';
        findings.push(ctx.finding(op, {
          message: `Renaming value '${op.value}' of enum ${op.name} to '${to}' breaks the application version still running during the deploy: it writes and compares '${op.value}', which now fails with "invalid input value for enum ${op.name}".`,
          suggestion: `Add the new value first (ALTER TYPE ${op.name} ADD VALUE '${to}';), ship code that accepts both and writes '${to}', backfill rows from '${op.value}' to '${to}' in batches, and stop using '${op.value}' in a later release.`,
        }));
      } else {
        findings.push(ctx.finding(op, {
          message: `Removing value '${op.value}' from enum ${op.name} breaks the application version still running during the deploy if it still writes or reads '${op.value}', and fails on rows that hold it.`,
          suggestion: `Ship code that no longer uses '${op.value}', move its rows to another value in a data migration, and only then remove the value in a later release.`,
        }));
      }
    }
    return findings;
  },
});
