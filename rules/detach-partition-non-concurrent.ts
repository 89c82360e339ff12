import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'detach-partition-non-concurrent',
  category: 'locking',
  severity: 'error',
  dialects: ['postgres'],
  summary: 'ALTER TABLE ... DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+)',
  docs: {
    why:
      'A plain DETACH PARTITION takes ACCESS EXCLUSIVE on the partitioned table and on the partition: every query on the parent, reads included, waits for it, and it waits itself behind every running query on the parent, so the queue builds up behind it. Since PostgreSQL 14, DETACH PARTITION ... CONCURRENTLY takes only SHARE UPDATE EXCLUSIVE on the parent (reads and writes go on); it cannot run inside a transaction block. Before PostgreSQL 14 there is no concurrent form, so the rule stays silent there (require-lock-timeout still asks for a lock_timeout): keep the detach short, set a lock_timeout and retry, or schedule it.',
    history: 'CREATE TABLE events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);\nCREATE TABLE events_2020 PARTITION OF events FOR VALUES FROM (\'2020-01-01\') TO (\'2021-01-01\');',
    bad: 'ALTER TABLE events DETACH PARTITION events_2020;',
    good: 'ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;',
  },
  check(ctx) {
    // No concurrent form before PostgreSQL 14: nothing better to suggest (see the docs).
    if (ctx.settings.pgVersion < 14) return [];
    return ctx.ops('other').flatMap((op) => {
      const p = op.partition;
      if (!p || p.action !== 'detach' || p.concurrently || p.finalize || !op.object) return [];
      // A parent created in the change under test has no traffic yet.
      if (!ctx.facts(op).existed(op.object)) return [];
      const parent = op.object;
      return [ctx.finding(op, {
        message: `DETACH PARTITION ${p.partition} takes ACCESS EXCLUSIVE on ${parent} and ${p.partition}: every read and write of ${parent} waits until the detach commits, and queries queue behind it while it waits for running ones.`,
        suggestion: `ALTER TABLE ${parent} DETACH PARTITION ${p.partition} CONCURRENTLY; (PostgreSQL 14+: only SHARE UPDATE EXCLUSIVE on ${parent}). It cannot run inside a transaction block: ${ctx.phrasebook.runOutsideTransaction} If it is interrupted, finish it with ALTER TABLE ${parent} DETACH PARTITION ${p.partition} FINALIZE;`,
      })];
    });
  },
});
