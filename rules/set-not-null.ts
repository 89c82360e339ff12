import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'set-not-null',
  category: 'locking',
  severity: 'error',
  dialects: ['postgres'],
  summary: 'ALTER COLUMN SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL)',
  docs: {
    why:
      'SET NOT NULL scans the whole table to prove there is no NULL while holding an ACCESS EXCLUSIVE lock: no reads or writes until the scan ends. Since PostgreSQL 12 the scan is skipped when a validated CHECK (col IS NOT NULL) constraint already proves it, and that constraint can be added NOT VALID and validated under a weak lock.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
    good:
      'ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;',
  },
  check(ctx) {
    const pg12 = ctx.settings.pgVersion >= 12;
    return ctx
      .ops('setNotNull')
      .filter((op) => {
        const f = ctx.facts(op);
        if (!f.tableExisted) return false;
        // Already NOT NULL (e.g. a primary key column): PostgreSQL does nothing, no scan.
        if (f.column?.notNull) return false;
        return !(f.validatedNotNullCheck && pg12);
      })
      .map((op) => {
        const { table, column } = op;
        const check = `${table.split('.').pop()}_${column}_not_null`;
        const scan = `SET NOT NULL on ${table}.${column} scans all of ${table} for NULLs while holding an ACCESS EXCLUSIVE lock: all reads and writes to ${table} wait until the scan ends`;
        if (!pg12) {
          return ctx.finding(op, {
            message: `${scan} (PostgreSQL ${ctx.settings.pgVersion}${ctx.settings.versionSource ? `, from ${ctx.settings.versionSource},` : ''} cannot use a CHECK constraint to skip it; 12 can).`,
            suggestion: `Enforce it with a constraint instead until PostgreSQL 12: ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${column} IS NOT NULL) NOT VALID; then in a separate transaction ALTER TABLE ${table} VALIDATE CONSTRAINT ${check};`,
          });
        }
        // A CHECK (col IS NOT NULL) added NOT VALID earlier only needs validating.
        const pending = [...(ctx.facts(op).table?.constraints.values() ?? [])].find((c) => c.kind === 'check' && c.notNullColumn === column);
        if (pending) {
          return ctx.finding(op, {
            message: `${scan} (CHECK constraint ${pending.name} could prove there is no NULL, but it is not validated yet).`,
            suggestion: `ALTER TABLE ${table} VALIDATE CONSTRAINT ${pending.name}; in an earlier transaction (it does not block reads or writes), then ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL;`,
          });
        }
        return ctx.finding(op, {
          message: `${scan}.`,
          suggestion: `ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${column} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}; ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL; (each in its own transaction; afterwards ALTER TABLE ${table} DROP CONSTRAINT ${check}; is safe).`,
          fix: ctx.phrasebook.fixes?.setNotNullViaCheck?.(op, check, ctx.fixSite(op)),
        });
      });
  },
});
