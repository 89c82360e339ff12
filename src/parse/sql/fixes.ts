import type { Migration, Op, OpOf } from '../../ir.js';
import type { FixPhrases, FixSite } from '../../phrasebook.js';
import { defaultConstraintName } from '../../schema/constraint-names.js';
import type { ConstraintState } from '../../schema/model.js';
import type { Fix, TextEdit } from '../../rule.js';
import { mayAddMigration } from '../versions.js';
import { newMigrationAfter, type NewMigrationText } from './new-migration.js';
import { sqlIdent } from './phrasebook.js';
import { foldToken, isWord, readAlterTable, type AlterTable, type PgToken } from './pg-tokens.js';

/**
 * Exact fixes for SQL files: edits inside the user's own statement text (`op.sql` is the file's
 * text from `op.loc` on), never a rewrite of the whole statement. A step that must run later
 * (VALIDATE CONSTRAINT, a backfill) goes into a new migration after the directory's latest one.
 */
export function sqlFixes(m: Migration): FixPhrases {
  return {
    // Only where the statement runs outside a transaction: else the runner would have to be told too.
    createIndexConcurrently: (op, at) => (at.inTransaction ? undefined : insertAfter(op, /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\b/i, ' CONCURRENTLY', 'Add CONCURRENTLY')),
    dropIndexConcurrently(op, at) {
      if (at.inTransaction || !op.sql) return undefined;
      // DROP INDEX CONCURRENTLY takes exactly one index and no CASCADE.
      if (/,|\bcascade\b/i.test(op.sql.replace(/--[^\n]*/g, ''))) return undefined;
      return insertAfter(op, /^\s*DROP\s+INDEX\b/i, ' CONCURRENTLY', 'Add CONCURRENTLY');
    },
    setLockTimeout(set, _op, at) {
      const first = at.ops[0];
      if (!first?.sql) return undefined;
      return { title: 'Set lock_timeout', edits: [{ file: first.loc.file, startLine: first.loc.line, startColumn: first.loc.column, endLine: first.loc.line, endColumn: first.loc.column, text: `${set}; ` }] };
    },
    addConstraintNotValid: (op, name, at) => addConstraintNotValid(m, op, name, at),
    setNotNullViaCheck: (op, check, at) => setNotNullViaCheck(m, op, check, at),
    addColumnWithoutVolatileDefault: (op, at) => addColumnWithoutDefault(m, op, at),
  };
}

/** `text` inserted right after the part of the op's statement that `head` matches. */
function insertAfter(op: Op & Pick<OpOf<'createIndex'>, 'sql'>, head: RegExp, text: string, title: string): Fix | undefined {
  if (!op.sql) return undefined;
  const m = head.exec(op.sql);
  if (!m) return undefined;
  const { line, column } = positionIn(op, m[0].length);
  return { title, edits: [{ file: op.loc.file, startLine: line, startColumn: column, endLine: line, endColumn: column, text }] };
}

/** The file position of an offset into `op.sql` (which starts at `op.loc`). */
function positionIn(op: Op, offset: number): { line: number; column: number } {
  const sql = op.sql!;
  if (lastLines?.sql !== sql) {
    const starts = [0];
    for (let i = sql.indexOf('\n'); i >= 0; i = sql.indexOf('\n', i + 1)) starts.push(i + 1);
    lastLines = { sql, starts };
  }
  const starts = lastLines.starts;
  // The last line start at or before the offset.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: op.loc.line + lo, column: lo === 0 ? op.loc.column + offset : offset - starts[lo]! + 1 };
}

let lastLines: { sql: string; starts: number[] } | null = null;

/** A replacement of `op.sql`'s text [from, to) (offsets into it). */
function editIn(op: Op, from: number, to: number, text: string): TextEdit {
  const a = positionIn(op, from);
  const b = positionIn(op, to);
  return { file: op.loc.file, startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, text };
}

/** PostgreSQL keeps NAMEDATALEN-1 bytes of a name: a longer one would be cut, and the new migration would have to name the cut one. */
const fitsName = (name: string) => new TextEncoder().encode(name).length <= 63;

/**
 * The ALTER TABLE statement of `op`, as fixes may edit it: the file's own text, one plain
 * `ALTER TABLE name` head (no IF EXISTS: the later migration would fail where this one skipped;
 * no ONLY: inheritance children would differ), outside any DO block.
 */
function alterOf(op: Op): AlterTable | null {
  if (!op.sql || op.enclosing || op.conditional || truncated(op.sql)) return null;
  // The ops of one statement share its text: read once for all of them.
  if (lastRead?.sql !== op.sql) lastRead = { sql: op.sql, alter: readAlterTable(op.sql) };
  const alter = lastRead.alter;
  if (!alter || alter.ifExists || alter.only) return null;
  return alter;
}

let lastRead: { sql: string; alter: AlterTable | null } | null = null;

/** The front end keeps the first 4000 characters of a longer statement and marks the cut with `…`: its end is not in `op.sql`. */
const truncated = (sql: string) => sql.length > 4000 && sql.endsWith('…');

/**
 * Per op of a migration: its step (1 + the ops before it that could also get a fix adding a
 * migration, so two fixes of one migration never create the same version) and the migration's
 * own last `SET lock_timeout` before it (copied into the new migration, so its statements wait no
 * longer than this one's). One pass per migration, however many findings ask.
 */
const placesOf = new WeakMap<readonly Op[], Map<Op, { step: number; lockTimeout: string }>>();

function placeOf(op: Op, ops: readonly Op[]): { step: number; lockTimeout: string } {
  let places = placesOf.get(ops);
  if (!places) {
    places = new Map();
    // Ops in a row with the same step and SET share one place (one object per change, not per op).
    let place = { step: 1, lockTimeout: '' };
    for (const o of ops) {
      places.set(o, place);
      let { step, lockTimeout } = place;
      if (mayAddMigration(o)) step++;
      if (o.kind === 'setLockTimeout' && o.sql && !o.enclosing) lockTimeout = `${o.sql.trim().replace(/;?$/, ';')}\n`;
      if (step !== place.step || lockTimeout !== place.lockTimeout) place = { step, lockTimeout };
    }
    placesOf.set(ops, places);
  }
  return places.get(op) ?? { step: 1, lockTimeout: '' };
}

/**
 * `text` as a new migration after this one, with this migration's own `SET lock_timeout` first.
 * `strongLock`: the new migration takes ACCESS EXCLUSIVE; without a lock_timeout in force here, it
 * gets require-lock-timeout's `2s` (LOCAL where the new file runs in a transaction: every layout
 * but plain files, which the runner sends one statement at a time).
 */
function withNewMigration(m: Migration, op: Op, at: FixSite, edits: TextEdit[], title: string, text: NewMigrationText, strongLock = false): Fix | undefined {
  const place = placeOf(op, at.ops);
  let set = place.lockTimeout;
  if (!set && strongLock && !at.lockTimeoutSet) set = `SET ${(m.layout ?? 'plain') === 'plain' ? '' : 'LOCAL '}lock_timeout = '2s';\n`;
  const newFiles = newMigrationAfter(m, place.step, { ...text, up: set + text.up });
  return newFiles ? { title, edits, newFiles } : undefined;
}

/** The tokens of one subcommand. */
const tokensOf = (alter: AlterTable, s: { from: number; to: number }): PgToken[] => alter.tokens.slice(s.from, s.to);

const isName = (t: PgToken | undefined): t is PgToken => t !== undefined && (t.kind === 'word' || t.kind === 'ident');

interface ConstraintSubcommand {
  tokens: PgToken[];
  nameToken: PgToken | null;
  kindToken: PgToken;
  kind: 'fk' | 'check';
}

const constraintIndexes = new WeakMap<AlterTable, Map<string, ConstraintSubcommand[]>>();

/**
 * The statement's `ADD [CONSTRAINT name] FOREIGN KEY|CHECK` subcommands, by the key an op finds
 * its own under: `name\0<folded name>`, unnamed `fk\0<columns>` or `check` (built once per statement).
 */
function constraintIndex(alter: AlterTable): Map<string, ConstraintSubcommand[]> {
  let index = constraintIndexes.get(alter);
  if (index) return index;
  index = new Map();
  for (const s of alter.subcommands) {
    const t = tokensOf(alter, s);
    if (!isWord(t[0], 'add')) continue;
    let i = 1;
    let nameToken: PgToken | null = null;
    if (isWord(t[1], 'constraint')) {
      if (!isName(t[2])) continue;
      nameToken = t[2];
      i = 3;
    }
    const kind: ConstraintSubcommand['kind'] | null = isWord(t[i], 'foreign') && isWord(t[i + 1], 'key') ? 'fk' : isWord(t[i], 'check') ? 'check' : null;
    if (!kind) continue;
    let key: string;
    if (nameToken) key = `name\0${foldToken(nameToken)}`;
    else if (kind === 'check') key = 'check';
    else {
      // FOREIGN KEY ( a, b ): the columns an unnamed key is found by.
      if (t[i + 2]?.text !== '(') continue;
      const cols: string[] = [];
      for (let j = i + 3; t[j] && t[j]!.text !== ')'; j++) if (t[j]!.text !== ',') cols.push(foldToken(t[j]!));
      key = `fk\0${cols.join('\0')}`;
    }
    const entry: ConstraintSubcommand = { tokens: t, nameToken, kindToken: t[i]!, kind };
    index.set(key, [...(index.get(key) ?? []), entry]);
  }
  constraintIndexes.set(alter, index);
  return index;
}

/**
 * Whether naming an unnamed constraint `name` is what PostgreSQL would do: the table is known and
 * has no constraint of that name, nor another unnamed one PostgreSQL would have given it first
 * (the schema model files an unnamed constraint under PostgreSQL's name), counting the
 * constraints earlier ops of the migration add; conservative where later migrations add more.
 */
function nameIsFree(op: OpOf<'addConstraint'>, name: string, at: FixSite): boolean {
  const table = at.table;
  if (!table) return false;
  const c = op.constraint;
  const adds = constraintAddsOf(at.ops);
  const self = adds.index.get(op);
  if (self === undefined) return false;
  // An earlier op of the migration under the name, or unnamed where PostgreSQL would have given it the name first.
  const before = (first: number | undefined) => first !== undefined && first < self;
  if (before(adds.firstByName.get(`${op.table}\0${name}`))) return false;
  if (before(adds.firstUnnamed.get(unnamedKey(op)))) return false;
  // The model's constraint map is the state after the walk: what this op and the migration's
  // later ops add was not there before it.
  const existedBefore = (modelKey: string) => !((adds.lastByModelName.get(`${op.table}\0${modelKey}`) ?? -1) >= self);
  const own = table.constraints.get(name);
  if (own && existedBefore(own.name)) return false;
  const entries = unnamedEntriesOf(adds, table.constraints, op.table);
  const same = c.kind === 'check' ? entries.checks : entries.byKey.has(`${c.kind}\0${c.columns.join('\0')}`) ? [defaultConstraintName(op.table, c)] : [];
  return !same.some(existedBefore);
}

/** The key an unnamed constraint op is compared under: its kind, and a foreign key's columns. */
const unnamedKey = (o: OpOf<'addConstraint'>) => `${o.table}\0${o.constraint.kind}${o.constraint.kind === 'check' ? '' : `\0${o.constraint.columns.join('\0')}`}`;

/** The name the schema model files a constraint under (an unnamed one: PostgreSQL's). */
const modelNameOf = (o: OpOf<'addConstraint'>) => o.constraint.name ?? defaultConstraintName(o.table, o.constraint);

interface ConstraintAdds {
  index: Map<Op, number>;
  /** `table\0name` → the first op adding a constraint of that name. */
  firstByName: Map<string, number>;
  /** unnamedKey → the first unnamed one. */
  firstUnnamed: Map<string, number>;
  /** `table\0model name` → the last op the model files under that name. */
  lastByModelName: Map<string, number>;
  /** Per table's constraint map, its unnamed-pattern entries (the map is live: read while this migration's rules run). */
  unnamed: Map<ReadonlyMap<string, ConstraintState>, { checks: string[]; byKey: Set<string> }>;
}

const constraintAdds = new WeakMap<readonly Op[], ConstraintAdds>();

/** The migration's ADD CONSTRAINTs, indexed once for every finding. */
function constraintAddsOf(ops: readonly Op[]): ConstraintAdds {
  let adds = constraintAdds.get(ops);
  if (adds) return adds;
  adds = { index: new Map(), firstByName: new Map(), firstUnnamed: new Map(), lastByModelName: new Map(), unnamed: new Map() };
  ops.forEach((o, i) => {
    if (o.kind !== 'addConstraint') return;
    adds!.index.set(o, i);
    if (o.constraint.name !== null && !adds!.firstByName.has(`${o.table}\0${o.constraint.name}`)) adds!.firstByName.set(`${o.table}\0${o.constraint.name}`, i);
    if (o.constraint.name === null && !adds!.firstUnnamed.has(unnamedKey(o))) adds!.firstUnnamed.set(unnamedKey(o), i);
    adds!.lastByModelName.set(`${o.table}\0${modelNameOf(o)}`, i);
  });
  constraintAdds.set(ops, adds);
  return adds;
}

/** The table's constraints filed under the model's unnamed pattern: the CHECKs, and every other by kind and columns (read once per table). */
function unnamedEntriesOf(adds: ConstraintAdds, constraints: ReadonlyMap<string, ConstraintState>, table: string): { checks: string[]; byKey: Set<string> } {
  let out = adds.unnamed.get(constraints);
  if (out) return out;
  out = { checks: [], byKey: new Set() };
  for (const other of constraints.values()) {
    if (other.name !== defaultConstraintName(table, other)) continue;
    if (other.kind === 'check') out.checks.push(other.name);
    else out.byKey.add(`${other.kind}\0${other.columns.join('\0')}`);
  }
  adds.unnamed.set(constraints, out);
  return out;
}

/**
 * constraint-not-valid: ` NOT VALID` at the end of the user's own `ADD [CONSTRAINT name]
 * FOREIGN KEY|CHECK ...` subcommand, and `VALIDATE CONSTRAINT` in a new migration. An unnamed
 * constraint gets the name the finding gave it, so the VALIDATE names it for sure. No fix for a
 * constraint written on a column of ADD COLUMN (a column constraint cannot be NOT VALID), on a
 * partitioned table (no NOT VALID foreign key there before PostgreSQL 18), or where the
 * statement has several subcommands the constraint could be.
 */
function addConstraintNotValid(m: Migration, op: OpOf<'addConstraint'>, name: string, at: FixSite): Fix | undefined {
  const c = op.constraint;
  if ((c.kind !== 'foreignKey' && c.kind !== 'check') || c.notValid || at.table?.partitioned || !fitsName(name)) return undefined;
  // An unnamed constraint is named in the statement: only where that name is surely free on the table.
  if (c.name === null && !nameIsFree(op, name, at)) return undefined;
  const alter = alterOf(op);
  if (!alter) return undefined;
  const index = constraintIndex(alter);
  const candidates = index.get(c.name !== null ? `name\0${c.name}` : c.kind === 'foreignKey' ? `fk\0${c.columns.join('\0')}` : 'check') ?? [];
  if (candidates.length !== 1) return undefined;
  const [{ tokens, nameToken, kindToken, kind }] = candidates as [ConstraintSubcommand];
  if (kind !== (c.kind === 'foreignKey' ? 'fk' : 'check')) return undefined;
  // A name as the user wrote it (quotes kept); an unnamed constraint is named in the statement.
  const nameText = nameToken ? nameToken.text : sqlIdent(name);
  const edits: TextEdit[] = [];
  if (!nameToken) edits.push(editIn(op, kindToken.start, kindToken.start, `CONSTRAINT ${nameText} `));
  const end = tokens[tokens.length - 1]!.end;
  edits.push(editIn(op, end, end, ' NOT VALID'));
  return withNewMigration(m, op, at, edits, 'Add the constraint NOT VALID, validate it in a new migration', {
    slug: `validate_${name}`,
    purpose: `Validates ${name}, added NOT VALID by ${m.id}: checks the existing rows without blocking reads or writes (SHARE UPDATE EXCLUSIVE).`,
    up: `ALTER TABLE ${alter.table} VALIDATE CONSTRAINT ${nameText};\n`,
    down: null,
  });
}

/**
 * set-not-null (PostgreSQL 12+): the statement's only subcommand `ALTER [COLUMN] c SET NOT NULL`
 * becomes `ADD CONSTRAINT check CHECK (c IS NOT NULL) NOT VALID`; a new migration validates it
 * (SHARE UPDATE EXCLUSIVE: reads and writes go on), sets NOT NULL (no scan: the validated check
 * proves it) and drops the check. Where this migration's down part undoes the SET NOT NULL with
 * a one-subcommand `DROP NOT NULL`, that becomes `DROP CONSTRAINT check` and the new migration's
 * down part takes the DROP NOT NULL over.
 */
function setNotNullViaCheck(m: Migration, op: OpOf<'setNotNull'>, check: string, at: FixSite): Fix | undefined {
  if (at.table?.partitioned || !fitsName(check)) return undefined;
  const alter = alterOf(op);
  if (!alter || alter.subcommands.length !== 1) return undefined;
  const sub = alter.subcommands[0]!;
  const col = alterColumnSubcommand(tokensOf(alter, sub), op.column, ['set', 'not', 'null']);
  if (!col) return undefined;
  const table = alter.table;
  const checkText = sqlIdent(check);
  const first = alter.tokens[sub.from]!;
  const last = alter.tokens[sub.to - 1]!;
  const edits = [editIn(op, first.start, last.end, `ADD CONSTRAINT ${checkText} CHECK (${col} IS NOT NULL) NOT VALID`)];
  let down: string | null = null;
  if (m.down && m.down.length) {
    const inverse = m.down.find((d): d is OpOf<'dropNotNull'> => d.kind === 'dropNotNull' && d.table === op.table && d.column === op.column);
    const downAlter = inverse ? alterOf(inverse) : null;
    const downCol = downAlter && downAlter.subcommands.length === 1 ? alterColumnSubcommand(tokensOf(downAlter, downAlter.subcommands[0]!), op.column, ['drop', 'not', 'null']) : null;
    if (inverse && downAlter && downCol) {
      const s = downAlter.subcommands[0]!;
      edits.push(editIn(inverse, downAlter.tokens[s.from]!.start, downAlter.tokens[s.to - 1]!.end, `DROP CONSTRAINT ${checkText}`));
      down = `ALTER TABLE ${table} ADD CONSTRAINT ${checkText} CHECK (${col} IS NOT NULL) NOT VALID;\nALTER TABLE ${table} ALTER COLUMN ${col} DROP NOT NULL;\n`;
    } else if (inverse) return undefined;
  }
  return withNewMigration(m, op, at, edits, 'Add a CHECK (… IS NOT NULL) NOT VALID; validate it and SET NOT NULL in a new migration', {
    slug: `set_${op.table.split('.').pop()}_${op.column}_not_null`,
    purpose: `Sets ${op.table}.${op.column} NOT NULL after ${m.id}: VALIDATE scans without blocking reads or writes, then SET NOT NULL uses the validated check instead of a scan.`,
    up: `ALTER TABLE ${table} VALIDATE CONSTRAINT ${checkText};\nALTER TABLE ${table} ALTER COLUMN ${col} SET NOT NULL;\nALTER TABLE ${table} DROP CONSTRAINT ${checkText};\n`,
    down,
  }, true);
}

/** `ALTER [COLUMN] name <words>` naming `column`: the column as written; null otherwise. */
function alterColumnSubcommand(t: PgToken[], column: string, words: string[]): string | null {
  if (!isWord(t[0], 'alter')) return null;
  const i = isWord(t[1], 'column') ? 2 : 1;
  const name = t[i];
  if (!isName(name) || foldToken(name) !== column || t.length !== i + 1 + words.length) return null;
  return words.every((w, k) => isWord(t[i + 1 + k], w)) ? name.text : null;
}

/** Words that start a column constraint (or another clause) in a column definition. */
const COLUMN_CLAUSES = ['not', 'null', 'constraint', 'check', 'references', 'unique', 'primary', 'generated', 'default', 'collate', 'deferrable', 'initially', 'storage', 'compression'];

/**
 * add-column-volatile-default: `ADD [COLUMN] c type DEFAULT expr` (the statement's only
 * subcommand, a nullable column with no other clause) becomes `ADD COLUMN c type, ALTER COLUMN c
 * SET DEFAULT expr`: one statement, the column added without a value (no rewrite), the default
 * in force for new rows when the statement ends. Existing rows are backfilled by an UPDATE in a
 * new migration.
 */
function addColumnWithoutDefault(m: Migration, op: OpOf<'addColumn'>, at: FixSite): Fix | undefined {
  const col = op.column;
  if (!col.default || col.notNull || col.primaryKey || col.unique || col.identity || col.generatedStored || col.references || op.ifNotExists) return undefined;
  const alter = alterOf(op);
  if (!alter || alter.subcommands.length !== 1) return undefined;
  const t = tokensOf(alter, alter.subcommands[0]!);
  if (!isWord(t[0], 'add')) return undefined;
  const i = isWord(t[1], 'column') ? 2 : 1;
  const name = t[i];
  if (!isName(name) || foldToken(name) !== col.name) return undefined;
  const def = t.findIndex((x, k) => k > i && x.depth === 0 && isWord(x, 'default'));
  // A type, then DEFAULT, then the expression; a COLLATE before DEFAULT is part of the column and stays.
  if (def <= i + 1) return undefined;
  const typeTokens = t.slice(i + 1, def);
  const exprTokens = t.slice(def + 1);
  if (exprTokens.length === 0) return undefined;
  const collate = typeTokens.findIndex((x) => x.depth === 0 && isWord(x, 'collate'));
  if (typeTokens.some((x, k) => x.depth === 0 && isWord(x, ...COLUMN_CLAUSES) && !(collate >= 0 && (k === collate || k === collate + 1)))) return undefined;
  if (exprTokens.some((x) => x.depth === 0 && isWord(x, ...COLUMN_CLAUSES))) return undefined;
  const sql = op.sql!;
  const typeEnd = typeTokens[typeTokens.length - 1]!.end;
  const exprEnd = exprTokens[exprTokens.length - 1]!.end;
  const expr = sql.slice(exprTokens[0]!.start, exprEnd);
  const edits = [editIn(op, typeEnd, exprEnd, `, ALTER COLUMN ${name.text} SET DEFAULT ${expr}`)];
  return withNewMigration(m, op, at, edits, 'Add the column without the default, SET DEFAULT after it, backfill in a new migration', {
    slug: `backfill_${op.table.split('.').pop()}_${col.name}`,
    purpose: `Backfills ${op.table}.${col.name}, added by ${m.id} without a value for existing rows (new rows get the default).`,
    up: `UPDATE ${alter.table} SET ${name.text} = ${expr} WHERE ${name.text} IS NULL;\n`,
    down: null,
  });
}
