import type { Op, OpOf } from '../src/ir.js';
import { effectiveDefault } from '../src/schema/defaults.js';
import { defineRule } from '../src/rule.js';
import { defaultConstraintName } from '../src/schema/constraint-names.js';
import { inlineAddedColumn } from '../src/schema/op-index.js';
import { LOCK_BLOCKS, pgLockOf, type LockMode } from '../src/schema/locks.js';
import { typeSql } from '../src/schema/type-changes.js';

export default defineRule({
  id: 'constraint-not-valid',
  category: 'locking',
  severity: 'error',
  dialects: ['postgres'],
  summary: 'ADD FOREIGN KEY / CHECK on an existing table without NOT VALID',
  docs: {
    why:
      'Adding a FOREIGN KEY or CHECK constraint checks every existing row while the lock is held: a CHECK holds ACCESS EXCLUSIVE (no reads or writes), a FOREIGN KEY holds SHARE ROW EXCLUSIVE on both the table and the table it references (no writes to either). Added NOT VALID, the constraint applies to new rows at once and the lock is brief; VALIDATE CONSTRAINT later checks the old rows under a lock that lets reads and writes continue. A foreign key written into the ADD COLUMN of a column without a default (`ADD COLUMN buyer_id bigint REFERENCES users`) is not reported: every row holds NULL, and PostgreSQL validates it without a scan; with a default, or as a separate ADD CONSTRAINT, it scans.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);',
    bad: 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);',
    good: 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
  },
  check(ctx) {
    const addColumns = ctx.ops('addColumn');
    return ctx
      .ops('addConstraint')
      .filter((op) => (op.constraint.kind === 'foreignKey' || op.constraint.kind === 'check') && !op.constraint.notValid && ctx.facts(op).tableExisted)
      // A foreign key on a column the same statement adds without a default: every row holds NULL,
      // which a foreign key never checks, so PostgreSQL validates it without a scan.
      .filter((op) => !(op.constraint.kind === 'foreignKey' && newColumnsAllNull(inlineAddedColumn(addColumns, op), op.constraint.columns)))
      .map((op) => {
        const c = op.constraint;
        const lock = pgLockOf(op)!;
        // The name PostgreSQL picks for an unnamed one, so the suggested VALIDATE can name the constraint.
        const name = op.constraint.name ?? defaultConstraintName(op.table, op.constraint);
        const validate = `ALTER TABLE ${op.table} VALIDATE CONSTRAINT ${name};`;
        const fix = ctx.phrasebook.fixes?.addConstraintNotValid?.(op, name, ctx.fixSite(op));
        // ADD COLUMN ... REFERENCES: a column constraint cannot be NOT VALID, so the column comes first.
        const inline = inlineAddedColumn(addColumns, op);
        const addCol = inline ? `ALTER TABLE ${op.table} ADD COLUMN ${inline.column.name} ${typeSql(inline.column.type)}; ` : '';
        if (c.kind === 'foreignKey') {
          const ref = c.references;
          const refText = ref ? `${ref.table}${ref.columns.length ? ` (${ref.columns.join(', ')})` : ''}` : '<table>';
          // A self-referencing key locks one table.
          const tables = [...new Set(lock.tables)];
          return ctx.finding(op, {
            message: `Adding foreign key ${name} checks every row of ${op.table} against ${ref?.table ?? 'the referenced table'} while holding ${heldDuringCheck(tables, lock.mode, ctx.facts(op).exclusivelyLocked)} wait until the check finishes.`,
            suggestion: ctx.phrasebook.addConstraintNotValid?.(op, name) ?? `${addCol}ALTER TABLE ${op.table} ADD CONSTRAINT ${name} FOREIGN KEY (${c.columns.join(', ')}) REFERENCES ${refText} NOT VALID; (keep your ON DELETE/ON UPDATE clauses) then, in a later migration, ${validate}`,
            fix,
          });
        }
        const expr = c.expression && !c.expression.includes('expression') && !c.expression.includes('…') ? c.expression : '<your condition>';
        return ctx.finding(op, {
          message: `Adding CHECK constraint ${name} checks every row of ${op.table} while holding an ${lock.mode} lock: ${LOCK_BLOCKS[lock.mode]} on ${op.table} wait until the check finishes.`,
          suggestion: ctx.phrasebook.addConstraintNotValid?.(op, name) ?? `${addCol}ALTER TABLE ${op.table} ADD CONSTRAINT ${name} CHECK (${expr}) NOT VALID; then, in a later migration, ${validate}`,
          fix,
        });
      });
  },
});

/**
 * The locks the check runs under, and what they stop: the key's own SHARE ROW EXCLUSIVE, unless
 * an earlier op of the transaction or statement already holds ACCESS EXCLUSIVE on a table (the
 * DROP CONSTRAINT of the key being re-created: pg_locks on PostgreSQL 15 shows AccessExclusiveLock
 * on both tables for `DROP CONSTRAINT k, ADD CONSTRAINT k FOREIGN KEY ...`).
 */
function heldDuringCheck(tables: readonly string[], own: LockMode, held: ReadonlyMap<string, Op>): string {
  const by = (t: string) => held.get(t);
  const strong = tables.filter((t) => by(t));
  const weak = tables.filter((t) => !by(t));
  if (strong.length === 0) {
    return tables.length > 1
      ? `${own} locks on both ${tables[0]} and ${tables[1]}: ${LOCK_BLOCKS[own]} to both tables`
      : `a ${own} lock on ${tables[0]}: ${LOCK_BLOCKS[own]} to ${tables[0]}`;
  }
  const lines = [...new Set(strong.map((t) => by(t)!.loc.line))].sort((a, b) => a - b);
  const note = lines.length === 1 ? `taken on line ${lines[0]}` : `taken on lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
  const ae = 'ACCESS EXCLUSIVE';
  if (weak.length === 0) {
    return strong.length > 1
      ? `${ae} locks on both ${strong[0]} and ${strong[1]} (${note}): ${LOCK_BLOCKS[ae]} to both tables`
      : `an ${ae} lock on ${strong[0]} (${note}): ${LOCK_BLOCKS[ae]} to ${strong[0]}`;
  }
  return `an ${ae} lock on ${strong[0]} (${note}) and a ${own} lock on ${weak[0]}: ${LOCK_BLOCKS[ae]} to ${strong[0]} and ${LOCK_BLOCKS[own]} to ${weak[0]}`;
}

/** The foreign key's columns are added by its own ADD COLUMN (one column) with no default and no generation. */
function newColumnsAllNull(inline: OpOf<'addColumn'> | undefined, columns: readonly string[]): boolean {
  if (!inline || columns.length !== 1) return false;
  const c = inline.column;
  return effectiveDefault(c.default) === null && !c.generatedStored && !c.identity;
}
