import type { Migration } from '../ir.js';

/**
 * Where each table and column name is (re)created in the run: the last migration that creates a
 * table under the name, adds a column under it or renames something to it. The code in the
 * repository goes with the latest migration, so a name that a later migration gives the table
 * again is that later object's, not evidence against the drop or rename of an earlier one.
 * Within one framework: the run lists the migrations of each root in order, not the roots of
 * several frameworks against each other.
 * Built once per lint, linear in the ops.
 */
export class LaterNames {
  private readonly lastNamed = new Map<string, number>();
  private readonly position = new Map<Migration, number>();

  constructor(migrations: readonly Migration[]) {
    migrations.forEach((m, i) => {
      this.position.set(m, i);
      for (const op of m.up) {
        if (op.kind === 'createTable') {
          this.lastNamed.set(`${m.framework}\u0000${op.table}`, i);
          for (const c of op.columns) this.lastNamed.set(`${m.framework}\u0000${op.table}\u0000${c.name}`, i);
        } else if (op.kind === 'addColumn') this.lastNamed.set(`${m.framework}\u0000${op.table}\u0000${op.column.name}`, i);
        else if (op.kind === 'renameColumn') this.lastNamed.set(`${m.framework}\u0000${op.table}\u0000${op.newName}`, i);
        else if (op.kind === 'renameTable') this.lastNamed.set(`${m.framework}\u0000${op.newName}`, i);
      }
    });
  }

  /** A migration after `m` names `table` (or its `column`) again. */
  after(m: Migration): (table: string, column: string | null) => boolean {
    const at = this.position.get(m);
    if (at === undefined) return () => false;
    return (table, column) => (this.lastNamed.get(column === null ? `${m.framework}\u0000${table}` : `${m.framework}\u0000${table}\u0000${column}`) ?? -1) > at;
  }
}
