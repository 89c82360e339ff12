import type { ConstraintKind } from '../ir.js';

const SUFFIX: Record<ConstraintKind, string> = { foreignKey: 'fkey', check: 'check', unique: 'key', primaryKey: 'pkey', exclusion: 'excl' };

/**
 * The name PostgreSQL gives a constraint written without one: `orders_user_id_fkey`,
 * `orders_email_key`, `orders_pkey`; a CHECK is named after its column when it mentions exactly
 * one (`orders_total_check`, `notNullColumn` for `CHECK (c IS NOT NULL)`), else `orders_check`.
 * The table part is unqualified, the whole cut to 63 bytes. The schema model files unnamed
 * constraints under it, so a later `DROP CONSTRAINT` by that name finds them; rules and
 * suggestions name them by it. (MySQL's own names differ, `orders_ibfk_1`: migrations there
 * name the constraints they drop.)
 */
export function defaultConstraintName(table: string, c: { kind: ConstraintKind; columns: readonly string[]; notNullColumn?: string | null }): string {
  const t = table.includes('.') ? table.slice(table.indexOf('.') + 1) : table;
  let columns: readonly string[] = c.columns;
  if (c.kind === 'check') {
    const mentioned = [...new Set(columns.length ? columns : c.notNullColumn ? [c.notNullColumn] : [])];
    columns = mentioned.length === 1 ? mentioned : [];
  }
  const name = c.kind === 'primaryKey' || columns.length === 0 ? `${t}_${SUFFIX[c.kind]}` : `${t}_${columns.join('_')}_${SUFFIX[c.kind]}`;
  return name.slice(0, 63);
}
