import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'parse-error',
  category: 'hygiene',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'A file or statement that cannot be parsed',
  docs: {
    why: 'A statement the linter cannot parse is a statement nobody has checked; it may also fail at deploy time. The rest of the file is still linted.',
    bad: 'ALTER TABLE users ADD COLUMN;',
    good: 'ALTER TABLE users ADD COLUMN nickname text;',
  },
  check(ctx) {
    return ctx
      .ops('unparsed')
      .filter((op) => op.reason === 'parse')
      .map((op) => ctx.finding(op, { message: `Cannot parse this: ${op.message}.`, suggestion: 'Fix the syntax; if the statement is valid for your database version, report it with the statement attached.' }));
  },
});
