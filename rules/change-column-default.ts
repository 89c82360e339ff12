import type { OpOf } from '../src/ir.js';
import { defineRule } from '../src/rule.js';
import { sameDefault } from '../src/schema/defaults.js';

type DefaultOp = OpOf<'setDefault' | 'dropDefault'>;

export default defineRule({
  id: 'change-column-default',
  category: 'compatibility',
  severity: 'warning',
  dialects: ['postgres', 'mysql'],
  summary: 'Dropping or changing a column DEFAULT that running code may rely on',
  docs: {
    why: 'Code that omits a column in its INSERTs relies on the column default. Dropping the default makes those INSERTs store NULL (or fail on a NOT NULL column); changing it silently changes what the running application writes. Ship code that sets the value explicitly first, then change the default. Setting a default on a column that had none is safe.',
    history: "CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending', note text);",
    bad: 'ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;',
    good: "-- note had no default, so no running code relies on one.\nALTER TABLE orders ALTER COLUMN note SET DEFAULT '';",
  },
  check(ctx) {
    // One pass each way over the migration, on first use: the default change of the same column
    // just before each op, and whether a SET DEFAULT of it follows. In a transaction only the net
    // change is visible to running code: an ORM's column alteration that sends DROP DEFAULT then
    // SET DEFAULT is one change (or none).
    let previous: Map<DefaultOp, DefaultOp> | null = null;
    let setLater: Set<DefaultOp> | null = null;
    const index = () => {
      if (previous && setLater) return { previous, setLater };
      previous = new Map();
      setLater = new Set();
      const last = new Map<string, DefaultOp>();
      const ops = ctx.ops('setDefault', 'dropDefault');
      for (const o of ops) {
        const key = `${o.table}\u0000${o.column}`;
        const before = last.get(key);
        if (before) previous.set(o, before);
        last.set(key, o);
      }
      const setAfter = new Set<string>();
      for (let i = ops.length - 1; i >= 0; i--) {
        const o = ops[i]!;
        const key = `${o.table}\u0000${o.column}`;
        if (setAfter.has(key)) setLater.add(o);
        if (o.kind === 'setDefault') setAfter.add(key);
      }
      return { previous, setLater };
    };
    return ctx.ops('setDefault', 'dropDefault').flatMap((op) => {
      const facts = ctx.facts(op);
      // A table or column created by the change under test has no running code relying on its default.
      if (!facts.tableExisted || facts.column?.createdInChange) return [];
      const name = `${op.table}.${op.column}`;
      const before = facts.column?.default ?? null;
      if (op.kind === 'dropDefault' && op.identity) {
        // Known not to be an identity column: nothing is generated today, nothing stops.
        if (facts.column && !facts.column.identity) return [];
        return [ctx.finding(op, {
          message: `Dropping the identity of ${name}: INSERTs of the running application that omit ${op.column} stop getting generated values and fail with a NOT NULL violation on ${op.column}.`,
          suggestion: `Ship code that sets ${op.column} explicitly on INSERT first (or SET DEFAULT nextval(...) from a sequence in the same statement); drop the identity in a later release.`,
        })];
      }
      if (op.kind === 'dropDefault') {
        // Known to have no default: dropping it changes nothing. An unknown column is assumed to
        // have one, since the migration author says there is one to drop.
        if (facts.column && !before) return [];
        // A SET DEFAULT later in the same transaction: running code sees only that one, and the
        // SET DEFAULT reports it if it differs from the default before this DROP.
        if (ctx.migration.transactional && index().setLater.has(op)) return [];
        // A default this migration set on a column known to have had none (an ORM making a column
        // NOT NULL: SET DEFAULT, UPDATE the NULLs, SET NOT NULL, DROP DEFAULT) was only transient.
        if (facts.restoresNoDefault) return [];
        const effect = facts.column?.notNull
          ? `fail with a NOT NULL violation on ${op.column}`
          : `store NULL in ${op.column}`;
        return [ctx.finding(op, {
          message: `Dropping the default${before ? ` (${before.sql})` : ''} of ${name}: INSERTs of the running application that omit ${op.column} now ${effect}.`,
          suggestion: `Ship code that always sets ${op.column} explicitly on INSERT first; drop the default of ${name} in a later release.`,
        })];
      }
      // Dropped earlier in the same transaction (and not set since): the default running code
      // knows is the one before that DROP.
      let known = before;
      if (!known && ctx.migration.transactional) {
        const last = index().previous.get(op);
        if (last?.kind === 'dropDefault') known = ctx.facts(last).column?.default ?? null;
      }
      // No previous default (or none known): setting one only fills what was NULL. Safe.
      if (!known || sameDefault(known.sql, op.default.sql)) return [];
      const was = known;
      return [ctx.finding(op, {
        message: `Changing the default of ${name} from ${was.sql} to ${op.default.sql}: INSERTs of the running application that omit ${op.column} start storing ${op.default.sql} while that code still expects ${was.sql}.`,
        suggestion: `Ship code that sets ${op.column} explicitly on INSERT (or handles ${op.default.sql}) first; change the default in a later release.`,
      })];
    });
  },
});
