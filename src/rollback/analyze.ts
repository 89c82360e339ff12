import type { Migration, Op } from '../ir.js';
import type { RollbackReport } from '../report/model.js';

const DESTRUCTIVE: ReadonlySet<Op['kind']> = new Set(['dropColumn', 'dropTable', 'truncate']);

function describeLoss(op: Op): string | null {
  switch (op.kind) {
    case 'dropColumn':
      return `column ${op.table}.${op.column}`;
    case 'dropTable':
      return `table ${op.table}`;
    case 'truncate':
      return `rows of ${op.tables.join(', ')}`;
    case 'dml':
      return op.action === 'delete' ? `deleted rows of ${op.table}` : null;
    default:
      return null;
  }
}

/**
 * Static rollback verdict for one migration: does a down part exist, does the upgrade destroy
 * data the down cannot bring back, is everything analysable.
 */
export function analyzeRollback(m: Migration): RollbackReport {
  const expectsDown = m.framework !== 'sql' || Boolean(m.meta.expectsDown);
  const unparsed = [...m.up, ...(m.down ?? [])].filter((op) => op.kind === 'unparsed');
  const lost = m.up.filter((op) => DESTRUCTIVE.has(op.kind) || (op.kind === 'dml' && op.action === 'delete')).map(describeLoss).filter((x): x is string => x !== null);
  const downPresent = m.down !== null && m.down.length > 0;
  if (m.downIrreversible) return { verdict: 'irreversible', reasons: [`the downgrade refuses to run: ${m.downIrreversible.reason}`], downPresent, dataAtRisk: lost };
  if (!expectsDown) return { verdict: 'unverified', reasons: [`the ${m.layout ?? m.framework} layout has no down migrations`], downPresent: false, dataAtRisk: lost };
  if (!downPresent && m.up.length > 0) return { verdict: 'irreversible', reasons: ['no downgrade'], downPresent: false, dataAtRisk: lost };
  if (unparsed.length) return { verdict: 'unverified', reasons: unparsed.map((op) => `line ${op.loc.line}: ${op.kind === 'unparsed' ? op.message : ''}`), downPresent, dataAtRisk: lost };
  if (lost.length) return { verdict: 'lossy', reasons: lost.map((l) => `the upgrade destroys ${l}; the downgrade cannot bring the data back`), downPresent, dataAtRisk: lost };
  return { verdict: 'reversible', reasons: [], downPresent, dataAtRisk: [] };
}
