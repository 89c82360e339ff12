import { opTables, type Op } from '../ir.js';
import { SchemaModel, type ColumnState, type TableState } from './model.js';
import { defaultKey } from './defaults.js';

/**
 * The net effect of a migration's upgrade followed by its downgrade on the schema model. Pairing
 * up and down op by op misses downs that restore the schema another way — the column-order
 * rebuild (`ADD COLUMN x_new; UPDATE; DROP COLUMN x; RENAME x_new TO x`), a table rebuilt under
 * its old name — so where pairing finds mismatches, the round trip is replayed on a copy of the
 * tables it touches and compared with how they were.
 */
export interface RoundTripBase {
  /** The touched tables, enums and sequences as they were before the upgrade. */
  before: SchemaModel;
  names: ReadonlySet<string>;
}

/** Ops that change no table definition (data, maintenance, session, comments). */
const NO_DEFINITION = new Set<Op['kind']>(['dml', 'truncate', 'vacuum', 'cluster', 'reindex', 'comment', 'transaction', 'setLockTimeout']);

/** Every table name an op may change: the ones it names, a rename's new name, a named index's table. */
function touchedNames(op: Op, model: SchemaModel, into: Set<string>): void {
  if (NO_DEFINITION.has(op.kind)) return;
  for (const t of opTables(op)) into.add(t);
  if (op.kind === 'renameTable') into.add(op.newName);
  if (op.kind === 'dropIndex') {
    const t = model.indexes.get(op.name);
    if (t) into.add(t);
  }
}

/**
 * Captures what the round trip of `up` then `down` can change, before the upgrade runs; null when
 * the answer would be a guess: unparsed ops, or a table neither the history nor this migration
 * creates (its columns are unknown, so "restored" cannot be told from "changed").
 */
export function captureRoundTrip(model: SchemaModel, up: readonly Op[], down: readonly Op[]): RoundTripBase | null {
  if ([...up, ...down].some((op) => op.kind === 'unparsed')) return null;
  const names = new Set<string>();
  for (const op of up) touchedNames(op, model, names);
  for (const op of down) touchedNames(op, model, names);
  // A name the up or the down creates (a scratch `x_new` for a rebuild) was absent before.
  const made = new Set([...up, ...down].flatMap((op) => (op.kind === 'createTable' ? [op.table] : op.kind === 'renameTable' ? [op.newName] : [])));
  for (const n of names) if (!model.tables.has(n) && !made.has(n)) return null;
  return { before: copyOf(model, names), names };
}

/**
 * What replaying `up` then `down` does not give back: `table` (gone, or there and not before),
 * `table.column` (missing, extra, or another type, nullability or default), `table#constraints`,
 * `table#indexes`, `enum:name`. Empty: the round trip restores everything the model holds.
 */
export function roundTripDifferences(base: RoundTripBase, up: readonly Op[], down: readonly Op[]): Set<string> {
  const after = copyOf(base.before, base.names);
  for (const op of up) after.apply(op, true);
  for (const op of down) after.apply(op, true);
  const out = new Set<string>();
  for (const name of base.names) compareTable(base.before, after, name, out);
  const enums = new Set([...base.before.enums.keys(), ...after.enums.keys()]);
  for (const e of enums) if ((base.before.enums.get(e) ?? []).join(',') !== (after.enums.get(e) ?? []).join(',') || base.before.enums.has(e) !== after.enums.has(e)) out.add(`enum:${e}`);
  return out;
}

function copyOf(model: SchemaModel, names: Iterable<string>): SchemaModel {
  const copy = new SchemaModel();
  for (const name of names) {
    const t = model.tables.get(name);
    if (t) copy.tables.set(name, copyTable(t));
    const own = model.tableIndexes.get(name);
    if (own) {
      copy.tableIndexes.set(name, new Map([...own].map(([k, v]) => [k, { ...v, columns: [...v.columns] }])));
      for (const idx of own.keys()) copy.indexes.set(idx, name);
    }
  }
  for (const [name, values] of model.enums) copy.enums.set(name, [...values]);
  for (const s of model.sequences) copy.sequences.add(s);
  return copy;
}

function copyTable(t: TableState): TableState {
  return {
    ...t,
    columns: new Map([...t.columns].map(([k, c]) => [k, { ...c }])),
    constraints: new Map([...t.constraints].map(([k, c]) => [k, { ...c, columns: [...c.columns] }])),
  };
}

/** A column as the comparison sees it (not its position: a rebuild moves it on purpose, and the dry-run reports order). */
function columnSignature(c: ColumnState | undefined): string {
  if (!c) return '-';
  // `public.mood` and `mood` are the same type on the default search path.
  const type = c.type ? `${c.type.name.replace(/^public\./, '')}(${c.type.args.join(',')})${c.type.array ? '[]' : ''}` : '?';
  return `${type}:${c.notNull ? 'not null' : ''}:${defaultKey(c.default?.sql)}`;
}

/** A table the model knows only by name (an ALTER on it, no columns): alike to an absent one. */
function present(t: TableState | undefined, indexes: number): t is TableState {
  return Boolean(t) && !(t!.columns.size === 0 && t!.constraints.size === 0 && !t!.createdInChange && indexes === 0);
}

function compareTable(before: SchemaModel, after: SchemaModel, name: string, out: Set<string>): void {
  const a = before.tables.get(name);
  const b = after.tables.get(name);
  const ia = [...(before.tableIndexes.get(name)?.values() ?? [])].map((i) => `${i.name}(${i.columns.join(',')})${i.where ?? ''}`).sort().join(';');
  const ib = [...(after.tableIndexes.get(name)?.values() ?? [])].map((i) => `${i.name}(${i.columns.join(',')})${i.where ?? ''}`).sort().join(';');
  const pa = present(a, ia.length);
  const pb = present(b, ib.length);
  if (pa !== pb) {
    out.add(name);
    return;
  }
  if (ia !== ib) out.add(`${name}#indexes`);
  if (!pa || !pb) return;
  for (const col of new Set([...a!.columns.keys(), ...b!.columns.keys()])) {
    if (columnSignature(a!.columns.get(col)) !== columnSignature(b!.columns.get(col))) out.add(`${name}.${col}`);
  }
  const constraints = (t: TableState) => [...t.constraints.values()].map((c) => `${c.kind}(${c.columns.join(',')})${c.validated ? '' : ' not valid'}`).sort().join(';');
  if (constraints(a!) !== constraints(b!)) out.add(`${name}#constraints`);
}
