import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'downgrade-mismatch',
  category: 'rollback',
  severity: 'warning',
  dialects: ['postgres', 'mysql'],
  summary: 'The downgrade does not invert the upgrade',
  docs: {
    why: 'A rollback is only as good as its downgrade. When the upgrade creates an index the downgrade forgets, rolling back leaves it behind and running the upgrade again fails ("relation already exists"); when the downgrade drops or changes something the upgrade never touched, the rollback damages the schema instead of restoring it. Every upgrade operation needs its inverse in the downgrade: create ↔ drop, rename ↔ rename back, type change ↔ the previous type, SET ↔ DROP NOT NULL / DEFAULT.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: '-- migrate:up transaction:false\nALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n\n-- migrate:down\nALTER TABLE users DROP COLUMN nickname;\n',
    good: '-- migrate:up transaction:false\nALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n\n-- migrate:down\nDROP INDEX CONCURRENTLY users_email_idx;\nALTER TABLE users DROP COLUMN nickname;\n',
  },
  check(ctx) {
    const p = ctx.rollback.pairing;
    // An absent, empty or refusing downgrade is missing-downgrade's finding, not a mismatch.
    if (!p.expectsDown || p.downUnusable) return [];
    return [
      ...p.missing.map((x) => ctx.finding(x.op, {
        message: `The upgrade ${x.change}, but the downgrade does not undo it${x.detail ? `: ${x.detail}` : ''}. After a rollback the schema is not what it was, and running the upgrade again can fail.`,
        suggestion: `Add the inverse to the downgrade: ${x.expected}`,
      })),
      ...p.notInvertible.map((x) => ctx.finding(x.op, {
        message: `The downgrade cannot undo this: ${x.reason}.`,
        suggestion: 'If the value is harmless after a rollback, suppress this finding with that reason; otherwise ship the new value in a migration of its own, after the code that needs it is ready.',
      })),
      ...p.unmatchedDown.map((x) => ctx.finding(x.op, {
        message: `The downgrade ${x.change}, which the upgrade never touched: a rollback would change the schema instead of restoring it.`,
        suggestion: `Remove it from the downgrade, or make the upgrade do the opposite so that the two mirror each other.`,
      })),
    ];
  },
});
