import { defineRule } from '../src/rule.js';
import { inlineAddedColumn } from '../src/schema/op-index.js';
import { typeSql } from '../src/schema/type-changes.js';

export default defineRule({
  id: 'add-unique-constraint',
  category: 'locking',
  severity: 'error',
  dialects: ['postgres'],
  summary: 'ADD UNIQUE / PRIMARY KEY on an existing table that builds its index under lock',
  docs: {
    why:
      'ADD CONSTRAINT ... UNIQUE or PRIMARY KEY builds a new unique index while holding an ACCESS EXCLUSIVE lock on the table: no reads or writes for the whole build. Building the index with CREATE UNIQUE INDEX CONCURRENTLY first and attaching it with ADD CONSTRAINT ... USING INDEX needs the strong lock only for a moment.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);',
    good: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
  },
  check(ctx) {
    const addColumns = ctx.ops('addColumn');
    return ctx
      .ops('addConstraint')
      .filter((op) => (op.constraint.kind === 'unique' || op.constraint.kind === 'primaryKey') && !op.constraint.usingIndex && ctx.facts(op).tableExisted)
      .map((op) => {
        const c = op.constraint;
        const pk = c.kind === 'primaryKey';
        const base = op.table.split('.').pop()!;
        // PostgreSQL's own default names, so the suggestion matches what the plain statement would create.
        const name = c.name ?? (pk ? `${base}_pkey` : `${base}_${c.columns.join('_')}_key`);
        const cols = c.columns.length ? c.columns.join(', ') : '<columns>';
        const what = pk ? 'PRIMARY KEY' : 'UNIQUE';
        // ADD COLUMN ... UNIQUE: the column has to exist before an index can be built on it.
        const inline = inlineAddedColumn(addColumns, op);
        const addCol = inline ? `ALTER TABLE ${op.table} ADD COLUMN ${inline.column.name} ${typeSql(inline.column.type)}; ` : '';
        const notNull = pk ? ' (the key columns must already be NOT NULL, or this also scans the table)' : '';
        return ctx.finding(op, {
          message: `Adding ${what} constraint ${name} on ${op.table} (${cols}) builds its unique index while holding an ACCESS EXCLUSIVE lock: all reads and writes to ${op.table} wait for the whole build.`,
          suggestion: `${addCol}CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${op.table} (${cols}); in a migration that does not run in a transaction, then ALTER TABLE ${op.table} ADD CONSTRAINT ${name} ${what} USING INDEX ${name};${notNull}`,
        });
      });
  },
});
