import { defineRule } from '../src/rule.js';

/**
 * The texts of a `breaks-app-query` finding. The dry-run builds the finding (only it can PREPARE
 * against the schema before, after and after the rollback); the words live here with the rule.
 */
export const breaksAppQuery = {
  afterUpgrade: (query: string, origins: string[], error: string) => ({
    message: `After this migration the application query \`${query}\` (${origins.join('; ')}) no longer prepares: ${error}. The code running during the deploy issues it and fails.`,
    suggestion: 'Expand first, contract later: keep what the query uses (the old column, or a view or trigger that serves the old name) until no running code issues the query, change the code, deploy it, and remove the old name in a later migration.',
  }),
  afterRollback: (query: string, origins: string[], error: string, addedByChange: boolean) => ({
    message: `After this migration's rollback the application query \`${query}\` (${origins.join('; ')}) no longer prepares: ${error}. ${addedByChange ? 'The query needs what this migration adds: code that issues it fails as soon as the migration is rolled back, unless that code is rolled back first.' : 'It prepared before the migration, so the down does not restore what the query needs.'}`,
    suggestion: addedByChange
      ? 'Ship the migration and the code that needs it in separate deploys (migration first), so a rollback of the migration never runs under code that uses what it added; or make the code tolerate both schemas.'
      : 'Make the down restore what the query uses (the same column names and types), or keep the query working on both schemas.',
  }),
};

export default defineRule({
  id: 'breaks-app-query',
  category: 'compatibility',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'A query the running application issues fails to prepare after the migration, or after its rollback',
  docs: {
    why: 'During a deploy the old code runs against the new schema, and after a rollback the new code runs against the old one. The dry-run collects the queries the application issues (the normalised statement texts of a `migration-guard stats` snapshot, and the SQL string literals in the repository\'s code), and PREPAREs each one, never executing it, against the schema before the migration, after it, and after its rollback. A query that prepared before and fails after (a dropped or renamed column, a type change that breaks an operator, a column that became ambiguous) is reported with its text, where it comes from (file:line, or calls per second in production) and PostgreSQL\'s error; so is one that prepared after the migration and fails after its rollback. This turns column-still-referenced\'s text match into proof wherever a dry-run ran. Reported by `migration-guard dry-run` (and the action\'s dry-run); lint alone never reports it.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);',
    bad: '-- the application still runs: SELECT legacy_email FROM users WHERE id = $1\nALTER TABLE users DROP COLUMN legacy_email;',
    good: '-- expand: the new name, the old one kept working through a view\nALTER TABLE users ADD COLUMN contact_email text;',
  },
  reportedByEngine: true,
  check() {
    // Only a dry-run can PREPARE the application's queries; it reports this rule itself.
    return [];
  },
});
