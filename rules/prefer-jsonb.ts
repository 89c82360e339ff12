import { defineRule } from '../src/rule.js';
import { definedColumnTypes } from '../src/schema/defined-types.js';


export default defineRule({
  id: 'prefer-jsonb',
  category: 'style',
  severity: 'warning',
  dialects: ['postgres'],
  defaultOff: true,
  summary: 'json instead of jsonb',
  docs: {
    why: 'json stores the raw text and re-parses it on every access; it cannot be indexed with GIN, has no equality operator (so DISTINCT, GROUP BY and UNIQUE fail on it) and lacks the containment operators. jsonb is the better default unless key order or duplicate keys must be preserved.',
    bad: 'CREATE TABLE webhooks (id bigint PRIMARY KEY, payload json NOT NULL);',
    good: 'CREATE TABLE webhooks (id bigint PRIMARY KEY, payload jsonb NOT NULL);',
  },
  check(ctx) {
    return definedColumnTypes(ctx.ops('createTable', 'addColumn', 'alterColumnType'))
      .filter((d) => d.type.name === 'json')
      .map((d) => ctx.finding(d.op, {
        message: `${d.table}.${d.column} is json: it is re-parsed on every access, cannot be GIN-indexed and has no equality operator.`,
        suggestion: `Declare ${d.column} as jsonb${d.type.array ? '[]' : ''} (keep json only if key order or duplicate keys must be preserved).`,
      }));
  },
});
