import type { Op, OpOf } from '../ir.js';

type AddColumn = OpOf<'addColumn'>;

/** Per migration (keyed by the engine's shared op list): addColumn ops by statement position and table. */
const addedColumnsByStatement = new WeakMap<readonly AddColumn[], Map<string, AddColumn[]>>();

// A statement is where it starts plus its text: an ORM call that sends two statements (ADD COLUMN, then ADD FOREIGN KEY) has two.
const statementKey = (op: Op, table: string) => `${op.loc.file}\0${op.loc.line}\0${op.loc.column}\0${op.sql ?? ''}\0${table}`;

/**
 * The column an `ADD COLUMN ... REFERENCES/UNIQUE/CHECK` adds together with this constraint (same
 * statement, same table, a constrained column), if any. The lookup is indexed once per migration,
 * so rules that ask for every constraint stay linear in the number of ops.
 */
export function inlineAddedColumn(addColumns: readonly AddColumn[], constraint: OpOf<'addConstraint'>): AddColumn | undefined {
  let index = addedColumnsByStatement.get(addColumns);
  if (!index) {
    index = new Map();
    for (const a of addColumns) {
      const key = statementKey(a, a.table);
      const list = index.get(key);
      if (list) list.push(a);
      else index.set(key, [a]);
    }
    addedColumnsByStatement.set(addColumns, index);
  }
  return index.get(statementKey(constraint, constraint.table))?.find((a) => constraint.constraint.columns.includes(a.column.name));
}
