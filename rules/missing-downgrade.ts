import type { Loc, Migration, Op, SqlLayout } from '../src/ir.js';
import { defineRule } from '../src/rule.js';

/** SQL layouts whose runner pairs every up with a down; plain files and Prisma have no down concept. */
const LAYOUTS_WITH_DOWN: ReadonlySet<SqlLayout> = new Set(['golang-migrate', 'diesel', 'dbmate', 'flyway']);

function expectsDown(m: Migration): boolean {
  if (m.framework !== 'sql') return true;
  if (!m.layout || !LAYOUTS_WITH_DOWN.has(m.layout)) return false;
  // Discovery knows more (Flyway undo files are optional: only a directory that uses them expects one).
  return m.expectsDown;
}

/** Where the down part should be, in the framework's own words. */
function downPart(m: Migration): string {
  switch (m.framework) {
    case 'alembic':
      return 'downgrade()';
    case 'knex':
      return 'exports.down';
    default:
      break;
  }
  switch (m.layout) {
    case 'golang-migrate':
      return `${m.id}.down.sql`;
    case 'diesel':
      return `${m.id}/down.sql`;
    case 'dbmate':
      return 'the -- migrate:down section';
    case 'flyway':
      return `the undo migration (U${m.id.replace(/^[VR]/, '')}.sql)`;
    default:
      return 'the down migration';
  }
}

/** The inverse of simple upgrade ops, so the suggestion can show the user's own statements. */
function inverse(op: Op, m: Migration): string | null {
  switch (op.kind) {
    case 'createTable':
      return `DROP TABLE ${op.table};`;
    case 'addColumn':
      return `ALTER TABLE ${op.table} DROP COLUMN ${op.column.name};`;
    case 'createIndex':
      if (!op.name) return null;
      return m.dialect === 'mysql' ? `DROP INDEX ${op.name} ON ${op.table};` : `DROP INDEX ${op.concurrently ? 'CONCURRENTLY ' : ''}${op.name};`;
    case 'renameTable':
      return `ALTER TABLE ${op.newName} RENAME TO ${op.table};`;
    case 'renameColumn':
      return `ALTER TABLE ${op.table} RENAME COLUMN ${op.newName} TO ${op.column};`;
    case 'setNotNull':
      return `ALTER TABLE ${op.table} ALTER COLUMN ${op.column} DROP NOT NULL;`;
    case 'addConstraint':
      return op.constraint.name ? `ALTER TABLE ${op.table} DROP CONSTRAINT ${op.constraint.name};` : null;
    case 'createEnum':
      return `DROP TYPE ${op.name};`;
    default:
      return null;
  }
}

function suggestionFor(m: Migration, ops: Op[], at: Loc): string {
  // SQL has no way to declare a down irreversible, so there the explicit statement is a suppression with a reason.
  const explicit = m.framework === 'alembic'
    ? 'say so explicitly with raise NotImplementedError("<why>") so the report shows it as irreversible'
    : m.framework === 'knex'
      ? 'say so explicitly with throw new Error("<why>") so the report shows it as irreversible'
      : `say so explicitly: append "-- migration-guard: ignore missing-downgrade -- <why it cannot be undone>" to line ${at.line} of ${at.file}`;
  const base = `Write ${downPart(m)} so that it undoes each upgrade step in reverse order; if the change truly cannot be undone, ${explicit}.`;
  if (m.framework !== 'sql') return base;
  const steps = ops.map((op) => inverse(op, m)).filter((s): s is string => s !== null).reverse();
  if (steps.length === 0) return base;
  const shown = steps.slice(0, 5).join(' ');
  return `${base} For this migration: ${shown}${steps.length > 5 ? ' …' : ''}`;
}

export default defineRule({
  id: 'missing-downgrade',
  category: 'rollback',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'A migration whose framework expects a downgrade has none (absent, empty, or only pass)',
  docs: {
    why: 'When a deploy goes wrong the fastest way back is to roll the migration back. Without a downgrade the rollback either fails or silently does nothing and leaves the schema changed, so the previous application version runs against a schema it does not know. Frameworks with paired down migrations (golang-migrate, diesel, dbmate, Flyway undo, Alembic, Knex) should have one for every upgrade.',
    // A single plain-SQL file has no down part (plain layouts never fire), so this example cannot be
    // linted as one plain file: the parity test special-cases this rule. Read these as golang-migrate
    // files 0003_add_nickname.up.sql (with no .down.sql next to it) and 0003_add_nickname.down.sql.
    bad: '-- 0003_add_nickname.up.sql, with no 0003_add_nickname.down.sql next to it\nALTER TABLE users ADD COLUMN nickname text;',
    good: '-- 0003_add_nickname.down.sql, next to 0003_add_nickname.up.sql\nALTER TABLE users DROP COLUMN nickname;',
  },
  check(ctx) {
    const m = ctx.migration;
    if (!expectsDown(m)) return [];
    const up = ctx.ops();
    const fallback: Loc = m.downLoc ?? { file: m.file, line: 1, endLine: 1, column: 1 };
    if (m.downIrreversible) {
      return [ctx.finding(m.downIrreversible.loc, {
        message: `The downgrade of ${m.id} is explicitly irreversible (${m.downIrreversible.reason}): rolling back this deploy needs a restore from backup.`,
        suggestion: `If the upgrade can be undone, write ${downPart(m)} that does it; otherwise document the restore path (which backup, which command) next to the migration and make sure a backup is taken before it runs.`,
      })];
    }
    // A data-only upgrade (inserts, updates) leaves the schema as it was: nothing to roll back.
    if (ctx.rollback.pairing.dataOnly) return [];
    if (m.down === null) {
      return [ctx.finding(fallback, {
        message: `${m.id} has no downgrade: ${downPart(m)} is missing, so rolling back this migration is impossible and the schema stays changed.`,
        suggestion: suggestionFor(m, up, fallback),
      })];
    }
    // An empty down is fine for an upgrade that changes nothing.
    if (m.down.length === 0 && up.length > 0) {
      return [ctx.finding(fallback, {
        message: `The downgrade of ${m.id} is empty: rolling back runs nothing and leaves the schema changed by the upgrade.`,
        suggestion: suggestionFor(m, up, fallback),
      })];
    }
    return [];
  },
});
