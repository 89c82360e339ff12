import { defineRule } from '../src/rule.js';
import { definedColumnTypes } from '../src/schema/defined-types.js';


export default defineRule({
  id: 'prefer-timestamptz',
  category: 'style',
  severity: 'warning',
  dialects: ['postgres'],
  defaultOff: true,
  summary: 'timestamp without time zone instead of timestamptz',
  docs: {
    why: 'timestamp (without time zone) stores wall-clock values with no offset: the same instant reads differently depending on the session TimeZone, and comparisons across zones or DST changes go wrong. timestamptz stores an absolute instant and costs the same 8 bytes.',
    bad: 'CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamp NOT NULL DEFAULT now());',
    good: 'CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());',
  },
  check(ctx) {
    return definedColumnTypes(ctx.ops('createTable', 'addColumn', 'alterColumnType'))
      .filter((d) => d.type.name === 'timestamp')
      .map((d) => {
        const precision = d.type.args.length ? `(${d.type.args.join(',')})` : '';
        const better = `timestamptz${precision}${d.type.array ? '[]' : ''}`;
        return ctx.finding(d.op, {
          message: `${d.table}.${d.column} is ${d.type.text} (without time zone): it stores no offset, so its values shift with the session TimeZone and break across time zones and DST changes.`,
          suggestion: `Declare ${d.column} as ${better}.`,
        });
      });
  },
});
