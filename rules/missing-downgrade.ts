import type { Loc, Op } from '../src/ir.js';
import { defineRule, type RuleContext } from '../src/rule.js';

function suggestionFor(ctx: RuleContext, ops: Op[], at: Loc): string {
  const pb = ctx.phrasebook;
  const base = `Write ${pb.downPart} so that it undoes each upgrade step in reverse order; if the change truly cannot be undone, ${pb.declareIrreversible(at)}.`;
  // Only inverses that can be pasted as they are: a placeholder in a list of steps reads as an answer.
  const steps = ops.map((op) => pb.inverse(op)).filter((s): s is { text: string; exact: true } => s !== null && s.exact).map((s) => s.text).reverse();
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
    why: 'When a deploy goes wrong the fastest way back is to roll the migration back. Without a downgrade the rollback either fails or silently does nothing and leaves the schema changed, so the previous application version runs against a schema it does not know. Frameworks with paired down migrations should have one for every upgrade.',
    // A single plain-SQL file has no down part (plain layouts never fire), so this example cannot be
    // linted as one plain file: the parity test special-cases this rule. Read these as the paired
    // files 0003_add_nickname.up.sql (with no .down.sql next to it) and 0003_add_nickname.down.sql.
    bad: '-- 0003_add_nickname.up.sql, with no 0003_add_nickname.down.sql next to it\nALTER TABLE users ADD COLUMN nickname text;',
    good: '-- 0003_add_nickname.down.sql, next to 0003_add_nickname.up.sql\nALTER TABLE users DROP COLUMN nickname;',
  },
  check(ctx) {
    const m = ctx.migration;
    if (!ctx.phrasebook.expectsDown) return [];
    const up = ctx.ops();
    const fallback: Loc = m.downLoc ?? { file: m.file, line: 1, endLine: 1, column: 1 };
    // A data-only upgrade (inserts, updates, validations) leaves the schema as it was: nothing to
    // roll back, and a down that refuses to run only says so.
    // An upgrade that changes nothing (only reads or output) has nothing to roll back either.
    if (ctx.rollback.pairing.dataOnly || up.length === 0) return [];
    if (m.downIrreversible) {
      return [ctx.finding(m.downIrreversible.loc, {
        message: `The downgrade of ${m.id} is explicitly irreversible (${m.downIrreversible.reason}): rolling back this deploy needs a restore from backup.`,
        suggestion: `If the upgrade can be undone, write ${ctx.phrasebook.downPart} that does it; otherwise document the restore path (which backup, which command) next to the migration and make sure a backup is taken before it runs.`,
      })];
    }
    if (m.down === null) {
      return [ctx.finding(fallback, {
        message: `${m.id} has no downgrade: ${ctx.phrasebook.downPart} is missing, so rolling back this migration is impossible and the schema stays changed.`,
        suggestion: suggestionFor(ctx, up, fallback),
      })];
    }
    // Everything the upgrade changes it also undoes (a helper index dropped at its end): an empty
    // downgrade restores the schema exactly.
    const pairing = ctx.rollback.pairing;
    if (m.down.length === 0 && pairing.needInverse === 0 && !pairing.downUnusable && !pairing.unanalyzable.some((u) => u.side === 'up')) return [];
    if (m.down.length === 0) {
      return [ctx.finding(fallback, {
        message: `The downgrade of ${m.id} is empty: rolling back runs nothing and leaves the schema changed by the upgrade.`,
        suggestion: suggestionFor(ctx, up, fallback),
      })];
    }
    return [];
  },
});
