import type { Op, SqlType } from '../ir.js';

export interface DefinedColumnType {
  op: Op;
  table: string;
  column: string;
  type: SqlType;
}

/** Every column type a migration defines: new tables' columns, added columns, and type changes. */
export function definedColumnTypes(ops: Op[]): DefinedColumnType[] {
  const out: DefinedColumnType[] = [];
  for (const op of ops) {
    if (op.kind === 'createTable') for (const c of op.columns) if (c.type) out.push({ op, table: op.table, column: c.name, type: c.type });
    if (op.kind === 'addColumn' && op.column.type) out.push({ op, table: op.table, column: op.column.name, type: op.column.type });
    if (op.kind === 'alterColumnType') out.push({ op, table: op.table, column: op.column, type: op.type });
  }
  return out;
}
