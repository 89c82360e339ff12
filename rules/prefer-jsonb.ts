import type { Op, SqlType } from '../src/ir.js';
import { defineRule } from '../src/rule.js';

/** Every column type this migration defines: new tables' columns, added columns, and type changes. */
function definedTypes(ops: Op[]): { op: Op; table: string; column: string; type: SqlType }[] {
  const out: { op: Op; table: string; column: string; type: SqlType }[] = [];
  for (const op of ops) {
    if (op.kind === 'createTable') for (const c of op.columns) if (c.type) out.push({ op, table: op.table, column: c.name, type: c.type });
    if (op.kind === 'addColumn' && op.column.type) out.push({ op, table: op.table, column: op.column.name, type: op.column.type });
    if (op.kind === 'alterColumnType') out.push({ op, table: op.table, column: op.column, type: op.type });
  }
  return out;
}

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
    return definedTypes(ctx.ops('createTable', 'addColumn', 'alterColumnType'))
      .filter((d) => d.type.name === 'json')
      .map((d) => ctx.finding(d.op, {
        message: `${d.table}.${d.column} is json: it is re-parsed on every access, cannot be GIN-indexed and has no equality operator.`,
        suggestion: `Declare ${d.column} as jsonb${d.type.array ? '[]' : ''} (keep json only if key order or duplicate keys must be preserved).`,
      }));
  },
});
