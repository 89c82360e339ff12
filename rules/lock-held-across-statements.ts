import type { Op } from '../src/ir.js';
import { defineRule, oneLineSql, type Finding, type RuleContext } from '../src/rule.js';
import { opLock } from '../src/schema/facts.js';
import { effectiveDefault } from '../src/schema/defaults.js';
import { LOCK_BLOCKS } from '../src/schema/locks.js';
import { classifyTypeChange } from '../src/schema/type-changes.js';

/** The statement as the user wrote it, shortened for a message. */
function label(op: Op): string {
  const text = oneLineSql(op);
  if (text) return text.length > 70 ? `${text.slice(0, 69)}…` : text;
  // ORM ops carry no SQL: name the operation (addColumn → "add column on users").
  const what = op.kind.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  return 'table' in op && typeof op.table === 'string' ? `${what} on ${op.table}` : what;
}

/**
 * Whether an op does work proportional to a table's size (scan, rewrite, index build, row
 * changes): holding another table's ACCESS EXCLUSIVE lock through it stalls that table for as long.
 */
function doesRowWork(op: Op, ctx: RuleContext): boolean {
  const facts = ctx.facts(op);
  switch (op.kind) {
    case 'dml':
      // Seed rows for a table this change creates are small and nobody reads them yet.
      return op.action !== 'insert' || facts.tableExisted;
    case 'createIndex':
      // CONCURRENTLY cannot run in a transaction at all: concurrent-in-transaction reports that.
      return !op.concurrently;
    case 'reindex':
      return !op.concurrently;
    case 'validateConstraint':
    case 'vacuum':
    case 'cluster':
      return true;
    case 'addConstraint':
      return !op.constraint.notValid && !op.constraint.usingIndex;
    case 'setNotNull':
      return !facts.column?.notNull && !(facts.validatedNotNullCheck && ctx.settings.pgVersion >= 12);
    case 'alterColumnType':
      return !classifyTypeChange(ctx.migration.dialect, facts.column?.type ?? null, op.type, { column: op.column, using: op.using }).safe;
    case 'addColumn': {
      const c = op.column;
      const d = effectiveDefault(c.default);
      return Boolean(c.identity || c.generatedStored || (d && (d.volatile || ctx.settings.pgVersion < 11)));
    }
    default:
      return false;
  }
}

export default defineRule({
  id: 'lock-held-across-statements',
  category: 'locking',
  severity: 'warning',
  dialects: ['postgres'],
  summary: 'More work after an ACCESS EXCLUSIVE lock is taken in the same transaction',
  docs: {
    why:
      'Locks are held until the transaction ends. Once a statement takes ACCESS EXCLUSIVE on a busy table, every later statement in the same transaction (a backfill UPDATE, an index build, a lock on another table) runs while all reads and writes to that table wait. Keep one risky statement per transaction. Work that takes the same ACCESS EXCLUSIVE on the same table itself (a SET NOT NULL scan, a rewriting type change) would block it for as long on its own: its own rule reports it.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: "BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free';\nCOMMIT;",
    good: "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free' WHERE id BETWEEN 1 AND 10000;",
  },
  check(ctx) {
    // Per transaction (keyed by the op holding its first ACCESS EXCLUSIVE): tables it already
    // locked, and the statements that run under that lock. One finding per held lock, at the
    // first statement under it, naming the others: a long transaction is one problem, not N.
    const lockedIn = new Map<Op, Set<string>>();
    const under = new Map<Op, Op[]>();
    const seen = new Set<string>();
    for (const op of ctx.ops()) {
      const holder = ctx.facts(op).strongLockHeldBy;
      if (!holder || op.kind === 'transaction' || op.kind === 'setLockTimeout') continue;
      // Other parts of the statement that took the lock are that statement, not a later one. A
      // statement is its position and text: an ORM call that sends two statements has two.
      const at = statementOf(op);
      if (at === statementOf(holder) || seen.has(at)) continue;
      const heldTables = opLock(holder, ctx.facts(holder))?.tables ?? [];
      let locked = lockedIn.get(holder);
      if (!locked) lockedIn.set(holder, (locked = new Set(heldTables)));
      // A quick catalog change to a table the transaction already locked adds nothing; a lock on
      // another table may have to wait while this one is held, and row work keeps it for its duration.
      const lock = opLock(op, ctx.facts(op));
      const otherTable = lock !== null && lock.tables.some((t) => !locked.has(t) && ctx.facts(op).existed(t));
      for (const t of lock?.tables ?? []) locked.add(t);
      if (!otherTable && !doesRowWork(op, ctx)) continue;
      // Row work that itself takes ACCESS EXCLUSIVE on only the tables already held (a SET NOT NULL
      // scan, a rewriting type change after the DROP DEFAULT an ORM sends for the same alteration) would block
      // them for its whole duration on its own: the earlier lock adds nothing, and that op's own
      // rule already reports the wait.
      if (!otherTable && lock?.mode === 'ACCESS EXCLUSIVE' && lock.tables.length > 0 && lock.tables.every((t) => heldTables.includes(t))) continue;
      seen.add(at);
      const list = under.get(holder);
      if (list) list.push(op);
      else under.set(holder, [op]);
    }
    const findings: Finding[] = [];
    for (const [holder, ops] of under) {
      const heldTables = opLock(holder, ctx.facts(holder))?.tables ?? [];
      const on = heldTables.length ? heldTables.join(' and ') : 'the table';
      const first = ops[0]!;
      const rest = ops.slice(1);
      const shown = rest.slice(0, 5).map((o) => `line ${o.loc.line} (${label(o)})`);
      if (rest.length > shown.length) shown.push(`${rest.length - shown.length} more`);
      const subject = rest.length === 0 ? 'This statement runs' : `This statement and ${rest.length} later one${rest.length === 1 ? '' : 's'} under the same lock (${shown.join(', ')}) run`;
      const lines = ops.map((o) => o.loc.line);
      findings.push(
        ctx.finding(first, {
          message: `${subject} while the ACCESS EXCLUSIVE lock on ${on} taken on line ${holder.loc.line} (${label(holder)}) is still held in the same transaction: ${LOCK_BLOCKS['ACCESS EXCLUSIVE']} on ${on} wait until ${rest.length === 0 ? 'this statement' : 'these statements'} and the rest of the transaction finish.`,
          suggestion:
            ctx.migration.framework === 'sql'
              ? `Commit right after line ${holder.loc.line} and run ${rest.length === 0 ? 'this statement in its own transaction (COMMIT; before it' : `the statements on lines ${lines.join(', ')} in their own transaction (COMMIT; before them`}, or a separate migration); run backfills in batches outside the schema change's transaction.`
              : `Move ${rest.length === 0 ? 'this statement' : `the statements on lines ${lines.join(', ')}`} into a separate migration that runs after the one with line ${holder.loc.line}, so the lock is released in between; run backfills in batches outside the schema change's transaction.`,
        }),
      );
    }
    return findings;
  },
});

/** A statement's identity: its location and text, or the id its front end gave ops of one statement. */
function statementOf(op: Op): string {
  if (op.statementId !== undefined) return `#${op.statementId}`;
  return `${op.loc.file}:${op.loc.line}:${op.loc.column}:${op.sql ?? ''}`;
}
