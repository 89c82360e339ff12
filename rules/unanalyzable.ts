import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'unanalyzable',
  category: 'hygiene',
  severity: 'info',
  dialects: ['postgres', 'mysql'],
  summary: 'Dynamic SQL or an operation that cannot be resolved statically',
  docs: {
    why: 'Dynamic SQL (EXECUTE format(...), f-strings, loops over runtime data) is only known at run time, so no rule could check it. Review it by hand.',
    bad: "DO $$ BEGIN EXECUTE 'ALTER TABLE users ADD COLUMN nickname text'; END $$;",
    good: 'ALTER TABLE users ADD COLUMN nickname text;',
  },
  check(ctx) {
    return ctx
      .ops('unparsed')
      .filter((op) => op.reason === 'dynamic')
      .map((op) => ctx.finding(op, { message: `Not checked: ${withoutFinalStop(op.message)}.`, suggestion: 'Write the statement out literally so it can be checked, or review it by hand and suppress with a reason.' }));
  },
});

/** The front end's reason may end with its own full stop; the message adds one. */
function withoutFinalStop(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ' || text[end - 1] === '\n')) end--;
  return text.slice(0, end);
}
