import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'drop-schema-or-database',
  category: 'compatibility',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'DROP SCHEMA / DROP DATABASE in a migration',
  docs: {
    why: 'DROP SCHEMA and DROP DATABASE remove every table, view, function and row inside them at once (with CASCADE also the objects elsewhere that depend on them). No downgrade can bring that back, and a migration that runs against the wrong environment destroys it. This belongs in a reviewed manual operation after a backup, never in a migration.',
    history: 'CREATE SCHEMA analytics;\nCREATE VIEW analytics.daily_visits AS SELECT 1 AS visits;',
    bad: 'DROP SCHEMA analytics CASCADE;',
    good: '-- Drop only objects this migration history owns, one by one; drop the schema by hand after a backup.\nDROP VIEW analytics.daily_visits;',
  },
  check(ctx) {
    return ctx.ops('dropSchema').map((op) => {
      const what = op.target === 'database' ? `database ${op.name}` : `schema ${op.name}`;
      return ctx.finding(op, {
        message: `DROP ${op.target.toUpperCase()} ${op.name} destroys every object and row in ${what} at once; no downgrade can bring them back, and running code loses everything in it.`,
        suggestion: `Remove this statement from the migration. Drop the objects of ${what} that the migrations own one at a time (each after deprecation), and drop the ${op.target} itself by hand after a backup, in a separate reviewed operation.`,
      });
    });
  },
});
