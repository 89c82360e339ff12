import { createdRelation, type ColumnSpec, type ConstraintKind, type DefaultExpr, type Op, type SqlType } from '../ir.js';
import { defaultIndexName } from './index-names.js';
import { defaultConstraintName } from './constraint-names.js';

export interface ColumnState {
  name: string;
  type: SqlType | null;
  notNull: boolean;
  default: DefaultExpr | null;
  comment: string | null;
  /** Marked deprecated by a migration that is not part of the change under test. */
  deprecated: boolean;
  /** Added by a migration of the change under test: no running code uses it yet (drop/rename/default changes are safe). */
  createdInChange: boolean;
  /** serial, GENERATED AS IDENTITY or AUTO_INCREMENT: INSERTs may omit it. */
  identity?: boolean;
}

export interface ConstraintState {
  name: string;
  kind: ConstraintKind;
  columns: string[];
  validated: boolean;
  notNullColumn: string | null;
  /** A foreign key's referenced table (null for other kinds): dropping the key locks that table too. */
  references?: string | null;
}

export interface TableState {
  name: string;
  columns: Map<string, ColumnState>;
  constraints: Map<string, ConstraintState>;
  comment: string | null;
  deprecated: boolean;
  /** Created by a migration of the change under test (or the one being linted). */
  createdInChange: boolean;
  /** A materialized view: it holds rows and indexes like a table, and goes with DROP MATERIALIZED VIEW. */
  materializedView?: boolean;
  /** PARTITION BY: CREATE INDEX CONCURRENTLY is not possible on it, the ON ONLY pattern is. */
  partitioned?: boolean;
}

/** An index the model saw created: what it can serve as a lookup by its leading columns. */
export interface IndexState {
  name: string;
  columns: string[];
  /** The partial index's predicate (null: the whole table). */
  where: string | null;
}

/** A comment containing the word "deprecated" marks its object for removal (RULES.md, deprecation protocol). */
export function isDeprecationComment(text: string | null): boolean {
  return text !== null && /\bdeprecated\b/i.test(text);
}

/**
 * The schema as known from replaying migrations in order. Unknown tables are treated as
 * pre-existing by callers: a table we never saw created still exists in production.
 */
export class SchemaModel {
  readonly tables = new Map<string, TableState>();
  /** index name → table */
  readonly indexes = new Map<string, string>();
  /**
   * Each table's indexes by name (kept apart from `tables`: an index on a table no migration
   * created must not make that table known).
   */
  readonly tableIndexes = new Map<string, Map<string, IndexState>>();
  readonly enums = new Map<string, string[]>();
  /**
   * Sequences by name: CREATE SEQUENCE, and the one PostgreSQL makes for each serial or identity
   * column (`<table>_<column>_seq`, kept when the table is renamed). `ALTER TABLE seq RENAME TO`
   * parses as a table rename; this is how the model tells the two apart.
   */
  readonly sequences = new Set<string>();

  /**
   * Some index or PRIMARY KEY/UNIQUE constraint of `table` starts with exactly `columns` (in any
   * order): it serves a lookup by them, as a foreign key's checks need. A partial index counts
   * only when its predicate is `column IS NOT NULL` (the lookups never ask for NULL). So does a
   * PRIMARY KEY/UNIQUE constraint on some of `columns` (a key `(parent_id, id)` whose `id` is the
   * primary key): the lookup by all of them finds its one row through that key.
   */
  hasIndexLeading(table: string, columns: readonly string[]): boolean {
    if (this.leadingKeys(table).has(leadingKey(new Set(columns)))) return true;
    const wanted = new Set(columns);
    for (const c of this.tables.get(table)?.constraints.values() ?? []) {
      if ((c.kind === 'primaryKey' || c.kind === 'unique') && c.columns.length > 0 && c.columns.every((col) => wanted.has(col))) return true;
    }
    return false;
  }

  /** Bumped by every `apply`: the leading-key sets below are valid for one generation only. */
  private generation = 0;
  private readonly leadingKeysCache = new Map<string, { generation: number; keys: Set<string> }>();

  /**
   * Every leading-column set (as `leadingKey`) an index or key of `table` serves, built once per
   * table and model state: the rules ask per foreign key, and a table gathers indexes with every
   * migration, so scanning them per question grows with the square of the history.
   */
  private leadingKeys(table: string): Set<string> {
    const cached = this.leadingKeysCache.get(table);
    if (cached && cached.generation === this.generation) return cached.keys;
    const keys = new Set<string>();
    const addPrefixes = (cols: readonly string[]) => {
      // A prefix serves a lookup by its columns only while its columns are distinct.
      const seen = new Set<string>();
      keys.add('');
      for (const c of cols) {
        if (seen.has(c)) break;
        seen.add(c);
        keys.add(leadingKey(seen));
      }
    };
    for (const idx of this.tableIndexes.get(table)?.values() ?? []) {
      if (idx.where !== null && !/^\(*\s*"?[\w$]+"?\s+is\s+not\s+null\s*\)*$/i.test(idx.where)) continue;
      addPrefixes(idx.columns);
    }
    for (const c of this.tables.get(table)?.constraints.values() ?? []) {
      if (c.kind === 'primaryKey' || c.kind === 'unique' || c.kind === 'exclusion') addPrefixes(c.columns);
    }
    this.leadingKeysCache.set(table, { generation: this.generation, keys });
    return keys;
  }

  /** The name is a sequence the model knows, and no table of that name exists. */
  isSequence(name: string): boolean {
    return this.sequences.has(name) && !this.tables.has(name);
  }

  /**
   * A rename (`ALTER TABLE|SEQUENCE x RENAME TO y`) of a sequence: `x` is a sequence the model
   * knows, or a relation it does not know renamed to the name of a sequence it does (the sequence
   * a known table's serial or identity column owns). A sequence keeps its name when its table is
   * renamed, so cleanups rename sequences under names no migration created.
   */
  renamesSequence(from: string, to: string): boolean {
    if (this.isSequence(from)) return true;
    if (this.tables.has(from) || this.tables.has(to)) return false;
    if (this.sequences.has(to)) return true;
    for (const t of this.tables.values()) {
      for (const [name, c] of t.columns) if (c.identity && ownedSequenceName(t.name, name) === to) return true;
    }
    return false;
  }

  table(name: string): TableState | undefined {
    return this.tables.get(name);
  }

  column(table: string, column: string): ColumnState | undefined {
    return this.tables.get(table)?.columns.get(column);
  }

  /**
   * Applies one op. `inChange` says whether the op belongs to a migration under test: objects it
   * creates count as new, and deprecation comments it sets do not count as a prior deprecation.
   */
  apply(op: Op, inChange: boolean): void {
    this.generation++;
    switch (op.kind) {
      case 'createTable': {
        if (op.ifNotExists && this.tables.has(op.table)) return;
        const t = this.ensureTable(op.table, inChange);
        t.createdInChange = inChange;
        t.columns.clear();
        t.constraints.clear();
        t.partitioned = Boolean(op.partitioned);
        for (const c of op.columns) {
          t.columns.set(c.name, columnState(c, inChange));
          if (c.identity) this.sequences.add(ownedSequenceName(op.table, c.name));
        }
        for (const c of op.constraints) {
          const name = c.name ?? defaultConstraintName(op.table, c);
          t.constraints.set(name, { name, kind: c.kind, columns: c.columns, validated: true, notNullColumn: c.notNullColumn ?? null, references: c.references?.table ?? null });
        }
        return;
      }
      case 'dropTable':
        this.dropRelation(op.table);
        return;
      case 'renameTable': {
        if (this.renamesSequence(op.table, op.newName)) {
          this.sequences.delete(op.table);
          this.sequences.add(op.newName);
          return;
        }
        const t = this.tables.get(op.table);
        if (!t) return;
        this.tables.delete(op.table);
        t.name = op.newName;
        this.tables.set(op.newName, t);
        // Foreign keys follow the table they reference.
        for (const other of this.tables.values()) {
          for (const c of other.constraints.values()) if (c.references === op.table) c.references = op.newName;
        }
        const own = this.tableIndexes.get(op.table);
        if (own) {
          for (const idx of own.keys()) if (this.indexes.get(idx) === op.table) this.indexes.set(idx, op.newName);
          this.tableIndexes.delete(op.table);
          this.tableIndexes.set(op.newName, own);
        }
        return;
      }
      case 'addColumn': {
        const t = this.ensureTable(op.table, false);
        // ADD COLUMN IF NOT EXISTS on a column that exists is a no-op: keep its history (deprecation, origin).
        if (op.ifNotExists && t.columns.has(op.column.name)) return;
        t.columns.set(op.column.name, columnState(op.column, inChange));
        if (op.column.identity) this.sequences.add(ownedSequenceName(op.table, op.column.name));
        return;
      }
      case 'dropColumn': {
        const t = this.tables.get(op.table);
        t?.columns.delete(op.column);
        // The constraints and indexes on the column go with it: a foreign key on it (PostgreSQL
        // drops it, MySQL refuses the drop without it), a key or index on it alone. One over
        // several columns PostgreSQL drops and MySQL narrows: kept, the model has no dialect.
        const onColumn = (cols: readonly string[]) => cols.includes(op.column);
        for (const [name, c] of t?.constraints ?? []) {
          if (onColumn(c.columns) && (c.kind === 'foreignKey' || c.columns.length === 1)) t!.constraints.delete(name);
        }
        const own = this.tableIndexes.get(op.table);
        for (const [name, idx] of own ?? []) {
          if (idx.columns.length === 1 && idx.columns[0] === op.column) {
            own!.delete(name);
            if (this.indexes.get(name) === op.table) this.indexes.delete(name);
          }
        }
        return;
      }
      case 'renameColumn': {
        const t = this.tables.get(op.table);
        const c = t?.columns.get(op.column);
        if (!t || !c) return;
        t.columns.delete(op.column);
        c.name = op.newName;
        t.columns.set(op.newName, c);
        // Constraints and indexes follow the column (a validated CHECK (x IS NOT NULL) still proves it).
        const renamed = (cols: string[]) => cols.map((col) => (col === op.column ? op.newName : col));
        for (const k of t.constraints.values()) {
          k.columns = renamed(k.columns);
          if (k.notNullColumn === op.column) k.notNullColumn = op.newName;
        }
        for (const idx of this.tableIndexes.get(op.table)?.values() ?? []) idx.columns = renamed(idx.columns);
        return;
      }
      case 'alterColumnType': {
        const c = this.ensureColumn(op.table, op.column);
        c.type = op.type;
        return;
      }
      case 'setNotNull':
        this.ensureColumn(op.table, op.column).notNull = true;
        return;
      case 'dropNotNull':
        this.ensureColumn(op.table, op.column).notNull = false;
        return;
      case 'setDefault':
        this.ensureColumn(op.table, op.column).default = meaningfulDefault(op.default);
        return;
      case 'dropDefault':
        if (op.identity) this.ensureColumn(op.table, op.column).identity = false;
        else this.ensureColumn(op.table, op.column).default = null;
        return;
      case 'createIndex': {
        if (op.ifNotExists && op.name && this.indexes.has(op.name)) return;
        const name = op.name ?? defaultIndexName(op.table, op.columns);
        this.indexes.set(name, op.table);
        let own = this.tableIndexes.get(op.table);
        if (!own) this.tableIndexes.set(op.table, (own = new Map()));
        own.set(name, { name, columns: op.columns, where: op.where });
        return;
      }
      case 'dropIndex': {
        const table = op.table ?? this.indexes.get(op.name);
        if (table) this.tableIndexes.get(table)?.delete(op.name);
        this.indexes.delete(op.name);
        return;
      }
      case 'addConstraint': {
        const c = op.constraint;
        const name = c.name ?? defaultConstraintName(op.table, c);
        this.ensureTable(op.table, false).constraints.set(name, {
          name,
          kind: c.kind,
          columns: c.columns,
          validated: !c.notValid,
          notNullColumn: c.notNullColumn ?? null,
          references: c.references?.table ?? null,
        });
        return;
      }
      case 'validateConstraint': {
        const c = this.tables.get(op.table)?.constraints.get(op.name);
        if (c) c.validated = true;
        return;
      }
      case 'dropConstraint':
        this.tables.get(op.table)?.constraints.delete(op.name);
        return;
      case 'comment': {
        const deprecated = !inChange && isDeprecationComment(op.text);
        if (op.target === 'table') {
          const t = this.ensureTable(op.table, false);
          t.comment = op.text;
          t.deprecated = deprecated || (inChange && t.deprecated);
        } else if (op.column) {
          const c = this.ensureColumn(op.table, op.column);
          c.comment = op.text;
          c.deprecated = deprecated || (inChange && c.deprecated);
        }
        return;
      }
      case 'createEnum':
        this.enums.set(op.name, [...op.values]);
        return;
      case 'alterEnum': {
        const values = this.enums.get(op.name) ?? [];
        if (op.action === 'addValue') values.push(op.value);
        else if (op.action === 'dropValue') values.splice(values.indexOf(op.value), 1);
        else if (op.newValue) values.splice(values.indexOf(op.value), 1, op.newValue);
        this.enums.set(op.name, values);
        return;
      }
      case 'dropEnum':
        this.enums.delete(op.name);
        return;
      case 'other': {
        if (!op.object) return;
        if (op.typeRenamedTo !== undefined) {
          const values = this.enums.get(op.object);
          if (values) {
            this.enums.delete(op.object);
            this.enums.set(op.typeRenamedTo, values);
          }
          // The columns of that type keep it under its new name (new objects: ops share theirs).
          const from = op.object.split('.').pop()!;
          const to = op.typeRenamedTo;
          for (const t of this.tables.values()) {
            for (const c of t.columns.values()) {
              if (c.type && c.type.name.split('.').pop() === from) c.type = { ...c.type, name: to, text: c.type.text.replace(from, to) };
            }
          }
          return;
        }
        const created = createdRelation(op);
        if (created?.kind === 'sequence') this.sequences.add(created.name);
        else if (created?.kind === 'materialized view') {
          // An index on it in the same change is on a relation no running code has seen fill.
          const t = this.ensureTable(created.name, inChange);
          t.createdInChange = inChange;
          t.materializedView = true;
        } else if (op.statement === 'DropStmt') {
          // Relation names are unique per schema: a DROP of a known sequence or materialized view is that object.
          this.sequences.delete(op.object);
          if (this.tables.get(op.object)?.materializedView) this.dropRelation(op.object);
        }
        return;
      }
      default:
        return;
    }
  }

  /**
   * Makes everything replayed so far history: tables stop counting as created in the change and
   * deprecation comments start counting. Used when each migration is linted as its own change.
   */
  settle(): void {
    for (const t of this.tables.values()) {
      t.createdInChange = false;
      t.deprecated = isDeprecationComment(t.comment);
      for (const c of t.columns.values()) {
        c.deprecated = isDeprecationComment(c.comment);
        c.createdInChange = false;
      }
    }
  }

  /** Drops a table or materialized view with its indexes. */
  private dropRelation(name: string): void {
    this.tables.delete(name);
    // Through the table's own index list: a scan of every index per drop is quadratic on long histories.
    for (const idx of this.tableIndexes.get(name)?.keys() ?? []) if (this.indexes.get(idx) === name) this.indexes.delete(idx);
    this.tableIndexes.delete(name);
  }

  private ensureTable(name: string, createdInChange: boolean): TableState {
    let t = this.tables.get(name);
    if (!t) {
      t = { name, columns: new Map(), constraints: new Map(), comment: null, deprecated: false, createdInChange };
      this.tables.set(name, t);
    }
    return t;
  }

  private ensureColumn(table: string, column: string): ColumnState {
    const t = this.ensureTable(table, false);
    let c = t.columns.get(column);
    if (!c) {
      c = { name: column, type: null, notNull: false, default: null, comment: null, deprecated: false, createdInChange: false };
      t.columns.set(column, c);
    }
    return c;
  }
}

/** A set of column names as one string, the same for every order (names hold no NUL). */
function leadingKey(columns: ReadonlySet<string>): string {
  return [...columns].sort().join('\0');
}

/**
 * The name PostgreSQL gives a serial or identity column's sequence. Names over 63 bytes are
 * shortened by PostgreSQL in a way this does not reproduce; such a sequence is simply unknown.
 */
function ownedSequenceName(table: string, column: string): string {
  const dot = table.lastIndexOf('.');
  return `${table.slice(0, dot + 1)}${table.slice(dot + 1)}_${column}_seq`;
}

/** `DEFAULT NULL` (what `.defaultTo(null)` and dumps write) is the same as no default: INSERTs that omit the column store NULL either way. */
function meaningfulDefault(d: DefaultExpr | null): DefaultExpr | null {
  // `(?:\(\s*)?`, not `\(?\s*`: adjacent optional whitespace splits a run every possible way (cubic).
  return d && /^\s*(?:\(\s*)?null\s*(?:\)\s*)?(?:::[\w\s]+)?$/i.test(d.sql) ? null : d;
}

function columnState(c: ColumnSpec, inChange: boolean): ColumnState {
  const comment = c.comment ?? null;
  return {
    name: c.name,
    type: c.type,
    notNull: c.notNull || Boolean(c.primaryKey),
    default: meaningfulDefault(c.default),
    comment,
    deprecated: !inChange && isDeprecationComment(comment),
    createdInChange: inChange,
    ...(c.identity ? { identity: true } : {}),
  };
}

