import { defineRule } from '../src/rule.js';
import { isDeprecationComment } from '../src/schema/model.js';

export default defineRule({
  id: 'drop-table-without-deprecation',
  category: 'compatibility',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'DROP TABLE of a table no earlier migration deprecated',
  docs: {
    why: 'During a deploy the previous application version keeps running until every instance is replaced. If the migration drops a table that code still queries, those queries fail ("relation does not exist") for the whole rollout, and the data is gone for good. Mark the table deprecated in one release, stop using it, and drop it in a later release.',
    history: [
      'CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint);',
      'CREATE TABLE legacy_sessions (id bigint PRIMARY KEY, user_id bigint);',
      "COMMENT ON TABLE legacy_sessions IS 'deprecated: replaced by sessions';",
    ].join('\n'),
    bad: 'DROP TABLE sessions;',
    good: '-- legacy_sessions was deprecated by an earlier release, so no running code uses it.\nDROP TABLE legacy_sessions;',
  },
  check(ctx) {
    return ctx.ops('dropTable').flatMap((op) => {
      const facts = ctx.facts(op);
      // A table created by the change under test was never seen by running code.
      if (facts.deprecated || !facts.tableExisted || facts.guardsCreate) return [];
      // Dropped and created again by this migration with every column it had (a rebuild with
      // another engine or layout): running code keeps working on the new table. The rows are
      // still gone, which irreversible-data-loss reports.
      if (facts.rebuiltWithSameColumns || facts.nameFromThisMigration) return [];
      const sameChange = facts.table !== null && isDeprecationComment(facts.table.comment)
        ? ' The deprecation comment in this change does not count yet: the code running today was written before it.'
        : '';
      const pb = ctx.phrasebook;
      return [ctx.finding(op, {
        message: `Dropping table ${op.table} breaks the application version still running during the deploy: every query on ${op.table} fails until all instances run new code, and its rows are gone. No earlier migration marked ${op.table} as deprecated.${sameChange}`,
        suggestion: `Split it over two releases. Release 1: ${pb.deprecateTable(op.table)} (or list ${op.table} under deprecated.tables in .migration-guard.yml) and remove every use of ${op.table} from the code. Release 2, after release 1 is fully deployed: ${pb.dropTable(op.table)}`,
      })];
    });
  },
});
