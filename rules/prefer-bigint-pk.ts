import type { ColumnSpec, Op } from '../src/ir.js';
import { defineRule } from '../src/rule.js';

/**
 * 32-bit (and MySQL's 24-bit) integer types as front ends spell them, with their largest value
 * [signed, unsigned]: int4 in PostgreSQL's catalog, int/integer/mediumint in MySQL.
 */
const SMALL_INT = new Map<string, [string, string]>([
  ['int4', ['2,147,483,647', '4,294,967,295']],
  ['int', ['2,147,483,647', '4,294,967,295']],
  ['integer', ['2,147,483,647', '4,294,967,295']],
  ['mediumint', ['8,388,607', '16,777,215']],
]);

/** Single-column primary keys defined in this op. A composite key's int columns usually reference other tables. */
function primaryKeys(op: Op): ColumnSpec[] {
  if (op.kind === 'addColumn') return op.column.primaryKey ? [op.column] : [];
  if (op.kind !== 'createTable') return [];
  const tableKeys = op.constraints.filter((c) => c.kind === 'primaryKey');
  const out = op.columns.filter((c) => c.primaryKey);
  for (const k of tableKeys) {
    if (k.columns.length !== 1) continue;
    const col = op.columns.find((c) => c.name === k.columns[0]);
    if (col && !out.includes(col)) out.push(col);
  }
  return out;
}

export default defineRule({
  id: 'prefer-bigint-pk',
  category: 'style',
  severity: 'warning',
  dialects: ['postgres', 'mysql'],
  defaultOff: true,
  summary: 'integer / serial primary key instead of bigint',
  docs: {
    why: 'A 32-bit key runs out at 2,147,483,647. Tables that grow (events, orders, logs) reach it sooner than expected, and widening the key then rewrites the table and every foreign key that points at it under an exclusive lock. bigint costs 4 more bytes per row.',
    bad: 'CREATE TABLE orders (id serial PRIMARY KEY, total numeric(12,2));',
    good: 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric(12,2));',
  },
  check(ctx) {
    return ctx.ops('createTable', 'addColumn').flatMap((op) =>
      primaryKeys(op)
        // MySQL spells the sign into the name ("int unsigned"); an unsigned int still ends at 4,294,967,295.
        .filter((c) => c.type && !c.type.array && SMALL_INT.has(c.type.name.replace(/ unsigned$/, '')))
        .map((c) => {
          const table = op.kind === 'createTable' || op.kind === 'addColumn' ? op.table : '';
          const mysql = ctx.migration.dialect === 'mysql';
          const unsigned = c.type!.name.endsWith(' unsigned');
          const generated = c.identity
            ? mysql ? 'BIGINT UNSIGNED AUTO_INCREMENT' : 'bigint GENERATED ALWAYS AS IDENTITY (or bigserial)'
            : mysql ? `BIGINT${unsigned ? ' UNSIGNED' : ''}` : 'bigint';
          const limit = SMALL_INT.get(c.type!.name.replace(/ unsigned$/, ''))![unsigned ? 1 : 0];
          return ctx.finding(op, {
            message: `Primary key ${table}.${c.name} is ${c.type!.text}: it runs out at ${limit}, and widening it later rewrites ${table} and every foreign key that references it.`,
            suggestion: `Declare ${c.name} as ${generated}.`,
          });
        }),
    );
  },
});
