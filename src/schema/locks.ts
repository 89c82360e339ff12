import type { Op } from '../ir.js';

export type LockMode =
  | 'ACCESS EXCLUSIVE'
  | 'EXCLUSIVE'
  | 'SHARE ROW EXCLUSIVE'
  | 'SHARE'
  | 'SHARE UPDATE EXCLUSIVE'
  | 'ROW EXCLUSIVE';

export interface LockTaken {
  mode: LockMode;
  /** Tables locked in that mode (a foreign key locks both sides). */
  tables: string[];
}

/** The modes that block writes (or reads) long enough to matter in production. */
export const STRONG_LOCKS: ReadonlySet<LockMode> = new Set(['ACCESS EXCLUSIVE', 'EXCLUSIVE', 'SHARE ROW EXCLUSIVE', 'SHARE']);

/** What each lock mode stops, in plain words, for messages. */
export const LOCK_BLOCKS: Record<LockMode, string> = {
  'ACCESS EXCLUSIVE': 'all reads and writes',
  EXCLUSIVE: 'all writes and most reads',
  'SHARE ROW EXCLUSIVE': 'all writes',
  SHARE: 'all writes',
  'SHARE UPDATE EXCLUSIVE': 'other schema changes and VACUUM',
  'ROW EXCLUSIVE': 'schema changes',
};

/**
 * The table-level lock PostgreSQL takes for an op (per the ALTER TABLE / CREATE INDEX docs).
 * Returns null when the op takes no lock on an existing table worth reporting. `dropped`: what the
 * schema model knew of the constraint a dropConstraint removes (its referenced table, if a foreign key).
 */
export function pgLockOf(op: Op, dropped?: { references?: string | null } | null): LockTaken | null {
  switch (op.kind) {
    case 'dropTable':
    case 'renameTable':
    case 'addColumn':
    case 'dropColumn':
    case 'renameColumn':
    case 'alterColumnType':
    case 'setNotNull':
    case 'dropNotNull':
    case 'setDefault':
    case 'dropDefault':
    case 'alterTableOption':
      return { mode: 'ACCESS EXCLUSIVE', tables: [op.table] };
    case 'dropConstraint': {
      // Dropping a foreign key removes its triggers on the referenced table too, under ACCESS
      // EXCLUSIVE there as well (seen in pg_locks on PostgreSQL 15: DROP CONSTRAINT of an FK holds
      // AccessExclusiveLock on child and parent; of a CHECK, on the child only; a self-reference, one table).
      const ref = dropped?.references;
      return { mode: 'ACCESS EXCLUSIVE', tables: ref && ref !== op.table ? [op.table, ref] : [op.table] };
    }
    case 'truncate':
      return { mode: 'ACCESS EXCLUSIVE', tables: op.tables };
    case 'vacuum':
      return op.full && op.table ? { mode: 'ACCESS EXCLUSIVE', tables: [op.table] } : null;
    case 'cluster':
      return op.table ? { mode: 'ACCESS EXCLUSIVE', tables: [op.table] } : null;
    case 'createIndex':
      return { mode: op.concurrently ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE', tables: [op.table] };
    case 'dropIndex':
      return op.concurrently || !op.table ? null : { mode: 'ACCESS EXCLUSIVE', tables: [op.table] };
    case 'reindex':
      return op.concurrently || op.target !== 'table' ? null : { mode: 'SHARE', tables: [op.name] };
    case 'addConstraint': {
      const c = op.constraint;
      if (c.kind === 'foreignKey') {
        // pg_locks on PostgreSQL 15, NOT VALID or not: ShareRowExclusiveLock on both tables.
        const tables = c.references && c.references.table !== op.table ? [op.table, c.references.table] : [op.table];
        return { mode: 'SHARE ROW EXCLUSIVE', tables };
      }
      return { mode: 'ACCESS EXCLUSIVE', tables: [op.table] };
    }
    case 'validateConstraint':
    case 'comment':
      return { mode: 'SHARE UPDATE EXCLUSIVE', tables: [op.table] };
    case 'dml':
      return { mode: 'ROW EXCLUSIVE', tables: [op.table] };
    case 'other':
      // ROW SHARE / ACCESS SHARE (LOCK TABLE ... IN ACCESS SHARE MODE) block only ACCESS EXCLUSIVE.
      if (!op.lock || op.lock.mode === 'ROW SHARE' || op.lock.mode === 'ACCESS SHARE' || op.lock.tables.length === 0) return null;
      return { mode: op.lock.mode, tables: op.lock.tables };
    default:
      return null;
  }
}
