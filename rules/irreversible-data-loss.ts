import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'irreversible-data-loss',
  category: 'rollback',
  severity: 'warning',
  dialects: ['postgres', 'mysql'],
  summary: 'The upgrade destroys data that the downgrade cannot bring back',
  docs: {
    why: 'A downgrade restores the schema, never the data. After a dropped column, a dropped table, a narrowing type change, TRUNCATE or DELETE, rolling back gives an empty column or table: the values are gone unless a backup was taken first. Back up exactly the affected data before deploying, and keep the restore command next to the rollback plan. A table whose rows the upgrade first copies into a table it creates (a rebuild: rename it away, `CREATE TABLE`, `INSERT INTO … SELECT … FROM` it, drop it) is not reported. A downgrade that re-adds a dropped column and recomputes it from columns that are still there (`UPDATE users SET legacy_email = lower(email)`) restores it and is not reported; one that fills it with a constant, a bound value or the column itself does not.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);',
    bad: 'ALTER TABLE users DROP COLUMN legacy_email;',
    good: "COMMENT ON COLUMN users.legacy_email IS 'deprecated: drop in a later release';",
  },
  check(ctx) {
    return ctx.rollback.pairing.dataLoss.map((l) => {
      const { backup, restore } = ctx.rollback.backupOf(l);
      return ctx.finding(l.op, {
        message: `The upgrade ${l.what}; ${l.why}. Back up ${l.object.replace(/^(values|rows) of /, '')} before deploying: ${backup}`,
        suggestion: `Take the backup right before the deploy and keep it with the rollback plan; to restore after rolling back: ${restore.join(' && ')}`,
      });
    });
  },
});
