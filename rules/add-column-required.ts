import { defineRule } from '../src/rule.js';
import { effectiveDefault } from '../src/schema/defaults.js';
import { typeSql } from '../src/schema/type-changes.js';

export default defineRule({
  id: 'add-column-required',
  category: 'locking',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'ADD COLUMN ... NOT NULL without a DEFAULT on an existing table',
  docs: {
    why:
      'A NOT NULL column without a default has no value for the rows already in the table: PostgreSQL fails with "column contains null values" as soon as the table has a row, and MySQL fills in an implicit 0 or empty string. Either way the code that is still running does not know the column, so its INSERTs break once the column is required.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: 'ALTER TABLE users ADD COLUMN plan text NOT NULL;',
    good: "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';",
  },
  check(ctx) {
    const mysql = ctx.migration.dialect === 'mysql';
    return ctx
      .ops('addColumn')
      .filter((op) => {
        const c = op.column;
        // An identity/serial/AUTO_INCREMENT or generated column gets its value from the database.
        if (!c.notNull || c.identity || c.generatedStored) return false;
        // DEFAULT NULL on a NOT NULL column is no default at all.
        const hasDefault = effectiveDefault(c.default) !== null;
        return !hasDefault && ctx.facts(op).tableExisted;
      })
      .map((op) => {
        const { table } = op;
        const col = op.column.name;
        const type = typeSql(op.column.type);
        if (mysql) {
          return ctx.finding(op, {
            message: `Adding NOT NULL column ${col} without a DEFAULT to ${table} fills existing rows with an implicit 0 or empty string, and INSERTs into ${table} from the running code, which does not set ${col}, fail in strict mode.`,
            suggestion: `ALTER TABLE ${table} ADD COLUMN ${col} ${type} NOT NULL DEFAULT <value>; or add it as NULL (ALTER TABLE ${table} ADD COLUMN ${col} ${type} NULL;), deploy code that writes it, backfill, then ALTER TABLE ${table} MODIFY ${col} ${type} NOT NULL; in a later migration.`,
          });
        }
        const check = `${table.split('.').pop()}_${col}_not_null`;
        const emptied = ctx.facts(op).emptiedBy;
        // Emptied earlier in the transaction: the ADD itself may pass, the running code's INSERTs still fail.
        const fails = !emptied
          ? `fails with "column contains null values" once ${table} has any row, and INSERTs`
          : emptied.kind === 'truncate'
            ? `succeeds on the table the TRUNCATE at line ${emptied.loc.line} emptied, but INSERTs`
            : `fails with "column contains null values" if the running code inserts into ${table} after the DELETE at line ${emptied.loc.line} emptied it (a DELETE does not keep other sessions out), and INSERTs`;
        const steps = `ALTER TABLE ${table} ADD COLUMN ${col} ${type}; then backfill it in batches, then ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${col} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}; ALTER TABLE ${table} ALTER COLUMN ${col} SET NOT NULL;`;
        return ctx.finding(op, {
          message: `Adding NOT NULL column ${col} without a DEFAULT to ${table} ${fails} into ${table} from the running code, which does not set ${col}, would fail.`,
          suggestion:
            ctx.settings.pgVersion >= 11
              ? `ALTER TABLE ${table} ADD COLUMN ${col} ${type} NOT NULL DEFAULT <constant>; (no rewrite on PostgreSQL 11+), or add it nullable and enforce later: ${steps}`
              : steps,
        });
      });
  },
});
