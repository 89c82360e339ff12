import type { Migration } from '../ir.js';

/** The leading-column sets of one migration's indexes and keys, by table. */
type Keys = Map<string, string[][]>;

/**
 * The indexes (and PRIMARY KEY/UNIQUE constraints) each migration of the change under test
 * creates, so a foreign key added in one migration can count an index a later migration of the
 * same change creates. Built once per lint from the change's upgrades (linear in their ops).
 */
export class ChangeIndexes {
  private readonly byMigration = new Map<Migration, { position: number; keys: Keys }>();
  private readonly ordered: Keys[] = [];

  constructor(change: readonly Migration[]) {
    change.forEach((m, position) => {
      const keys: Keys = new Map();
      const add = (table: string, columns: string[]) => {
        const list = keys.get(table);
        if (list) list.push(columns);
        else keys.set(table, [columns]);
      };
      for (const op of m.up) {
        if (op.kind === 'createIndex' && op.where === null) add(op.table, op.columns);
        else if (op.kind === 'addConstraint' && (op.constraint.kind === 'primaryKey' || op.constraint.kind === 'unique')) add(op.table, op.constraint.columns);
        else if (op.kind === 'createTable') for (const c of op.constraints) if (c.kind === 'primaryKey' || c.kind === 'unique') add(op.table, c.columns);
      }
      this.byMigration.set(m, { position, keys });
      this.ordered.push(keys);
    });
  }

  /** A later migration of the change than `m` creates an index on `table` leading with `columns`. */
  laterThan(m: Migration): (table: string, columns: readonly string[]) => boolean {
    const at = this.byMigration.get(m)?.position;
    if (at === undefined) return () => false;
    return (table, columns) => {
      const wanted = new Set(columns);
      for (let i = at + 1; i < this.ordered.length; i++) {
        for (const cols of this.ordered[i]!.get(table) ?? []) {
          const lead = cols.slice(0, wanted.size);
          if (lead.length === wanted.size && lead.every((c) => wanted.has(c)) && new Set(lead).size === wanted.size) return true;
        }
      }
      return false;
    };
  }
}
