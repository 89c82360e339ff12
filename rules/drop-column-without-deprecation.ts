import { defineRule } from '../src/rule.js';
import { isDeprecationComment } from '../src/schema/model.js';

export default defineRule({
  id: 'drop-column-without-deprecation',
  category: 'compatibility',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'DROP COLUMN of a column no earlier migration deprecated',
  docs: {
    why: 'During a deploy the previous application version keeps running until every instance is replaced. If the migration drops a column that code still reads or writes, its queries fail ("column does not exist") for the whole rollout, and rolling the code back does not help. Mark the column deprecated in one release, stop using it, and drop it in a later release.',
    history: [
      'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);',
      "COMMENT ON COLUMN users.legacy_email IS 'deprecated: replaced by email';",
    ].join('\n'),
    bad: 'ALTER TABLE users DROP COLUMN email;',
    good: '-- legacy_email was deprecated by an earlier release, so no running code uses it.\nALTER TABLE users DROP COLUMN legacy_email;',
  },
  check(ctx) {
    return ctx.ops('dropColumn').flatMap((op) => {
      const facts = ctx.facts(op);
      // A column (or table) added by the change under test was never seen by running code.
      if (facts.deprecated || !facts.tableExisted || facts.column?.createdInChange) return [];
      // Added again under the same name later in the migration (a rebuild, or the swap of a
      // renamed column): queries that use the name keep working; irreversible-data-loss reports the values.
      if (facts.recreatedLater || facts.nameFromThisMigration) return [];
      const name = `${op.table}.${op.column}`;
      // A deprecation set in the same change does not count: code deployed today may still use the column.
      const sameChange = facts.column !== null && isDeprecationComment(facts.column.comment)
        ? ` The deprecation comment in this change does not count yet: the code running today was written before it.`
        : '';
      const pb = ctx.phrasebook;
      return [ctx.finding(op, {
        message: `Dropping column ${name} breaks the application version still running during the deploy: any query that reads or writes ${op.column} fails until every instance runs new code. No earlier migration marked ${name} as deprecated.${sameChange}`,
        suggestion: `Split it over two releases. Release 1: ${pb.deprecateColumn(op.table, op.column, facts.column)} (or list ${name} under deprecated.columns in .migration-guard.yml) and remove every use of ${op.column} from the code. Release 2, after release 1 is fully deployed: ${pb.dropColumn(op.table, op.column)}`,
      })];
    });
  },
});
