import { defineRule } from '../src/rule.js';
import { opLock } from '../src/schema/facts.js';
import { LOCK_BLOCKS, STRONG_LOCKS } from '../src/schema/locks.js';

export default defineRule({
  id: 'require-lock-timeout',
  category: 'locking',
  severity: 'warning',
  dialects: ['postgres'],
  summary: 'Strong lock on an existing table with no lock_timeout set',
  docs: {
    why:
      'A statement that needs a strong lock waits for every transaction already using the table, and while it waits every new query on the table queues behind it. One long-running query is then enough to stall all traffic to the table. With a lock_timeout the migration gives up after a moment instead, and can be retried. The timeout counts as set when the migration sets it before the statement, when the runner\'s setup sets lock_timeout for every migration (a SET in the migration environment, or the framework\'s own lock_timeout setting), or when lockTimeout in .migration-guard.yml says the deploy sets one.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: 'ALTER TABLE users ADD COLUMN nickname text;',
    good: "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;",
  },
  check(ctx) {
    for (const op of ctx.ops()) {
      const facts = ctx.facts(op);
      const lock = opLock(op, facts);
      if (!lock || !STRONG_LOCKS.has(lock.mode) || facts.lockTimeoutSet) continue;
      // `DROP TABLE IF EXISTS x; CREATE TABLE x`: no migration created x, so the drop locks nothing.
      if (facts.guardsCreate) continue;
      // Only tables that existed when the op ran count; a FOREIGN KEY also locks the table it references.
      const existing = [...new Set(lock.tables)].filter((t) => facts.existed(t));
      if (lock.tables.length > 0 && existing.length === 0) continue;
      if (lock.tables.length === 0 && !facts.tableExisted) continue;
      const on = existing.length > 0 ? existing.join(' and ') : op.kind === 'dropIndex' ? `the table of ${op.name}` : 'the table';
      // SET LOCAL dies with the transaction, which is what a wrapped migration wants; outside one it does nothing.
      const set = facts.inTransaction ? "SET LOCAL lock_timeout = '2s'" : "SET lock_timeout = '2s'";
      const where = ctx.phrasebook.lockTimeoutAt(set, op);
      const fix = ctx.phrasebook.fixes?.setLockTimeout?.(set, op, ctx.fixSite(op));
      return [
        ctx.finding(op, {
          message: `This statement takes ${lock.mode === 'ACCESS EXCLUSIVE' ? 'an' : 'a'} ${lock.mode} lock on ${on} with no lock_timeout set: if it has to wait behind a long-running query, ${LOCK_BLOCKS[lock.mode]} on ${on} queue behind it and the application stalls.`,
          suggestion: `${where}, and retry the migration when it times out; if the deploy already sets a lock timeout, set lockTimeout in .migration-guard.yml.`,
          fix,
        }),
      ];
    }
    return [];
  },
});
