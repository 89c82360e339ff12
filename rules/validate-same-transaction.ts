import type { OpOf } from '../src/ir.js';
import { defineRule } from '../src/rule.js';
import { LOCK_BLOCKS, pgLockOf } from '../src/schema/locks.js';

export default defineRule({
  id: 'validate-same-transaction',
  category: 'locking',
  severity: 'warning',
  dialects: ['postgres'],
  summary: 'VALIDATE CONSTRAINT in the same transaction as its ADD CONSTRAINT ... NOT VALID',
  docs: {
    why:
      'ADD CONSTRAINT ... NOT VALID takes a strong lock (ACCESS EXCLUSIVE for CHECK, SHARE ROW EXCLUSIVE on both tables for FOREIGN KEY) only briefly, and VALIDATE CONSTRAINT scans under a weak one. In one transaction the strong lock is kept until COMMIT, so the whole validation scan runs with reads or writes blocked: the split buys nothing.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);',
    bad: 'BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\nCOMMIT;',
    good: 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;',
  },
  check(ctx) {
    const adds = ctx.ops('addConstraint');
    return ctx
      .ops('validateConstraint')
      .filter((op) => {
        const f = ctx.facts(op);
        return f.constraintAddedInSameTransaction && f.tableExisted;
      })
      .map((op) => {
        // The ADD ... NOT VALID this VALIDATE follows: the last one with its name before it.
        let add: OpOf<'addConstraint'> | undefined;
        for (const a of adds) {
          if (a.table === op.table && a.constraint.name === op.name && a.loc.line <= op.loc.line && a.constraint.notValid) add = a;
        }
        const lock = add ? pgLockOf(add) : null;
        // A self-referencing key locks one table.
        const tables = [...new Set(lock?.tables ?? [])];
        const held = lock
          ? `the ${lock.mode} lock on ${tables.join(' and ')} taken by ADD CONSTRAINT ${op.name} on line ${add!.loc.line} is held until COMMIT, so ${LOCK_BLOCKS[lock.mode]} ${tables.length > 1 ? 'on both tables' : `on ${op.table}`}`
          : `the lock taken by ADD CONSTRAINT ${op.name} is held until COMMIT, so queries on ${op.table}`;
        return ctx.finding(op, {
          message: `VALIDATE CONSTRAINT ${op.name} runs in the same transaction as its ADD CONSTRAINT ... NOT VALID: ${held} wait for the whole validation scan.`,
          suggestion: `Commit the ADD CONSTRAINT ... NOT VALID first and run ALTER TABLE ${op.table} VALIDATE CONSTRAINT ${op.name}; in a separate migration (or after COMMIT).`,
        });
      });
  },
});
