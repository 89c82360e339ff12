import { defineRule, oneLineSql } from '../src/rule.js';

export default defineRule({
  id: 'add-exclusion-constraint',
  category: 'locking',
  severity: 'warning',
  dialects: ['postgres'],
  summary: 'EXCLUDE constraint added to an existing table',
  docs: {
    why:
      'ADD CONSTRAINT ... EXCLUDE builds its index and checks every row while holding an ACCESS EXCLUSIVE lock: no reads or writes until it finishes. Unlike UNIQUE, CHECK and FOREIGN KEY there is no NOT VALID or USING INDEX path for exclusion constraints, so there is no online way to add one.',
    history: 'CREATE EXTENSION IF NOT EXISTS btree_gist;\nCREATE TABLE bookings (id bigint PRIMARY KEY, room int NOT NULL, during tstzrange NOT NULL);',
    bad: 'ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);',
    good: 'CREATE TABLE bookings_v2 (id bigint PRIMARY KEY, room int NOT NULL, during tstzrange NOT NULL, CONSTRAINT bookings_v2_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&));',
  },
  check(ctx) {
    return ctx
      .ops('addConstraint')
      .filter((op) => op.constraint.kind === 'exclusion' && ctx.facts(op).tableExisted)
      .map((op) => {
        const what = op.constraint.name ? `EXCLUDE constraint ${op.constraint.name}` : 'an EXCLUDE constraint';
        const statement = `${oneLineSql(op) ?? `ALTER TABLE ${op.table} ADD ... EXCLUDE ...`};`;
        return ctx.finding(op, {
          message: `Adding ${what} builds its index and checks every row of ${op.table} while holding an ACCESS EXCLUSIVE lock: all reads and writes to ${op.table} wait until it finishes, and PostgreSQL offers no NOT VALID or CONCURRENTLY form for it.`,
          suggestion: `Run it in a maintenance window, behind a lock timeout so it gives up instead of stalling traffic: SET lock_timeout = '2s'; ${statement} Or give a new table the constraint in its CREATE TABLE and move the data over.`,
        });
      });
  },
});
