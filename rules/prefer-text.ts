import { defineRule } from '../src/rule.js';
import { definedColumnTypes } from '../src/schema/defined-types.js';


export default defineRule({
  id: 'prefer-text',
  category: 'style',
  severity: 'warning',
  dialects: ['postgres'],
  defaultOff: true,
  summary: 'varchar(n) instead of text',
  docs: {
    why: 'In PostgreSQL varchar(n) and text are stored identically; the length limit is the only difference, and it is usually arbitrary (255 is a MySQL habit). Raising it later is a migration of its own, and lowering it rewrites the table. Use text, and a CHECK constraint when the limit is a real business rule (a CHECK can be added NOT VALID and changed without a rewrite).',
    bad: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);',
    good: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);',
  },
  check(ctx) {
    // Plain varchar without a limit is the same as text: nothing to say.
    return definedColumnTypes(ctx.ops('createTable', 'addColumn', 'alterColumnType'))
      .filter((d) => d.type.name === 'varchar' && d.type.args.length > 0)
      .map((d) => {
        const n = d.type.args[0]!;
        return ctx.finding(d.op, {
          message: `${d.table}.${d.column} is ${d.type.text}: in PostgreSQL the limit buys no storage or speed, and changing it later needs another migration.`,
          suggestion: `Declare ${d.column} as text${d.type.array ? '[]' : ''}; if ${n} characters is a real rule, add CHECK (char_length(${d.column}) <= ${n}).`,
        });
      });
  },
});
