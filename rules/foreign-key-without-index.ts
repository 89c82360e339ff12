import type { ConstraintSpec, Op } from '../src/ir.js';
import { defineRule, type Finding } from '../src/rule.js';
import { defaultIndexName } from '../src/schema/index-names.js';

export default defineRule({
  id: 'foreign-key-without-index',
  category: 'locking',
  severity: 'warning',
  // InnoDB creates an index for every foreign key that lacks one; PostgreSQL never does.
  dialects: ['postgres'],
  summary: 'A FOREIGN KEY whose referencing columns have no index starting with them',
  docs: {
    why:
      'PostgreSQL indexes the referenced side of a foreign key (its primary key or unique constraint) but never the referencing columns. Every DELETE of a referenced row, and every UPDATE of its key, must then find the referencing rows with a sequential scan of the referencing table, holding its row locks meanwhile; with ON DELETE CASCADE the scan is part of every delete. Joins from parent to children scan too. An index whose leading columns are the foreign key\'s columns (in any order) serves these lookups; a primary key or unique constraint that starts with them counts, and so does one on some of them (a key `(parent_id, id)` whose `id` is the primary key: the lookup finds its row through it), and an index created later in the same migration or change.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY);',
    bad: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));',
    good: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));\nCREATE INDEX orders_user_id_idx ON orders (user_id);',
  },
  check(ctx) {
    const findings: Finding[] = [];
    // A foreign key dropped and added again in one migration (a rename, a changed ON DELETE) is
    // the state the table already had: the change does not introduce the missing index.
    const dropped = new Map<string, string[]>();
    for (const op of ctx.ops('dropConstraint')) {
      const known = ctx.facts(op).constraint;
      if (known && known.kind !== 'foreignKey') continue;
      const list = dropped.get(op.table) ?? [];
      list.push(known ? `\u0000${[...known.columns].sort().join(',')}` : op.name);
      dropped.set(op.table, list);
    }
    const readded = (table: string, fk: ConstraintSpec) => {
      const key = `\u0000${[...fk.columns].sort().join(',')}`;
      // An unknown dropped constraint counts when its name names every column (fk_<table>_<column>_..., <table>_<column>_foreign).
      return (dropped.get(table) ?? []).some((d) => d === key || (!d.startsWith('\u0000') && fk.columns.every((c) => d.includes(c))));
    };
    const judge = (op: Op, table: string, fk: ConstraintSpec, newTable: boolean) => {
      if (fk.columns.length === 0 || ctx.facts(op).indexedBy(table, fk.columns)) return;
      if (!newTable && readded(table, fk)) return;
      const cols = fk.columns.join(', ');
      const ref = fk.references ? `${fk.references.table}${fk.references.columns.length ? ` (${fk.references.columns.join(', ')})` : ''}` : 'the referenced table';
      const name = defaultIndexName(table, fk.columns);
      const existing = !newTable && ctx.facts(op).existed(table);
      const create = `CREATE INDEX${existing ? ' CONCURRENTLY' : ''} ${name} ON ${table} (${cols})`;
      findings.push(ctx.finding(op, {
        message: `The foreign key ${fk.name ? `${fk.name} ` : ''}on ${table} (${cols}) references ${ref}, but no index of ${table} starts with ${cols}: every DELETE from ${fk.references?.table ?? 'the referenced table'} (and every update of its key) scans ${table} to find the referencing rows.`,
        suggestion: existing
          ? `Create the index before the constraint, without blocking writes: ${ctx.phrasebook.rawSql(create)} ${ctx.phrasebook.runOutsideTransaction}`
          : `Create the index with the table: ${ctx.phrasebook.rawSql(create)}`,
      }));
    };
    for (const op of ctx.ops('createTable', 'addConstraint')) {
      if (op.kind === 'createTable') {
        for (const c of op.constraints) if (c.kind === 'foreignKey') judge(op, op.table, c, true);
      } else if (op.constraint.kind === 'foreignKey') {
        judge(op, op.table, op.constraint, false);
      }
    }
    return findings;
  },
});
