import { defineRule } from '../src/rule.js';

/**
 * The engine reports this rule while it matches suppression comments to findings (after every
 * other rule ran, so it can tell a suppression that suppresses nothing); `check` has nothing to add.
 * The texts live here, with the rule.
 */
export const invalidSuppression = {
  noRule: { message: 'Suppression comment names no rule, so it suppresses nothing.', suggestion: 'Write `migration-guard: ignore <rule-id> -- <reason>`.' },
  unknownRule: (ids: string[]) => ({
    message: `Suppression names unknown rule ${ids.map((u) => `'${u}'`).join(', ')}.`,
    suggestion: 'Use a rule id from `migration-guard rules`.',
  }),
  noReason: (ids: string[]) => ({
    message: 'Suppression without a reason is ignored: every suppression must say why.',
    suggestion: `Append the reason: \`migration-guard: ignore ${ids.join(', ') || '<rule-id>'} -- <why this is safe>\`.`,
  }),
  unused: (ids: string[], line: number) => ({
    message: `Suppression of ${ids.join(', ')} suppresses nothing: no ${ids.length > 1 ? 'such finding' : `${ids[0]} finding`} on line ${line}.`,
    suggestion: 'Remove the comment, or move it onto the line of the statement it is meant for.',
  }),
};

export default defineRule({
  id: 'invalid-suppression',
  category: 'hygiene',
  severity: 'warning',
  dialects: ['postgres', 'mysql'],
  summary: 'A suppression comment without a reason, naming an unknown rule, or suppressing nothing',
  reportedByEngine: true,
  docs: {
    why: 'A suppression is a reviewed exception: it names the rule it silences and says why that is safe here. One without a reason is ignored (the finding stays); one naming an unknown rule or matching no finding silences nothing and misleads the next reader into thinking the statement was reviewed.',
    history: 'CREATE TABLE audit_log (id bigint PRIMARY KEY);',
    bad: '-- migration-guard: ignore truncate-table\nTRUNCATE audit_log;',
    good: '-- migration-guard: ignore truncate-table -- a cache table, rebuilt by the nightly job\nTRUNCATE audit_log;',
  },
  check: () => [],
});
