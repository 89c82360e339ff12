import { defineRule } from '../src/rule.js';

/**
 * A crash inside the linter: a front end that threw while lowering a file (an `unparsed` op with
 * reason `internal`, reported by `check`) or a rule that threw (reported by the engine, which
 * catches it; the texts live here).
 */
export const internalError = {
  inRule: (ruleId: string, error: string) => ({
    message: `internal error in rule ${ruleId}: ${error}. The migration was not fully checked.`,
    suggestion: `Review this migration by hand for what ${ruleId} checks (\`migration-guard explain ${ruleId}\`), and report the error with the migration attached.`,
  }),
};

export default defineRule({
  id: 'internal-error',
  category: 'hygiene',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'The linter itself failed on this file or statement; what follows it was not checked',
  docs: {
    why: 'A crash in the linter means part of the migration was never checked: a front end that fails on a file checks nothing after the failure, a rule that fails checks nothing in the migration. The finding keeps the gap visible instead of passing silently; review that part by hand and report the error.',
    bad: '-- No SQL triggers this rule: it reports a bug in migration-guard itself.\nSELECT 1;',
    good: 'SELECT 1;',
  },
  reportedByEngine: true,
  check(ctx) {
    return ctx
      .ops('unparsed')
      .filter((op) => op.reason === 'internal')
      .map((op) => ctx.finding(op, {
        message: `${op.message}. The rest of the file was not checked.`,
        suggestion: 'Review this migration by hand and report the error with the migration attached (`migration-guard --version` in the report).',
      }));
  },
});
