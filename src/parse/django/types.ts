import type { Loc, Op } from '../../ir.js';

/**
 * What a Django migration file says, read statically and detached from the syntax tree: the
 * per-file front end produces it, and the project-wide pass (graph order, model state, the schema
 * editor's SQL) consumes it after every file is read.
 */

/** A Python value used as a default or a lookup value, as far as it is statically known. */
export type PyLit =
  | { k: 'str'; v: string }
  | { k: 'num'; v: number }
  | { k: 'bool'; v: boolean }
  | { k: 'none' }
  /** A dict or list literal (JSONField defaults): its JSON text. */
  | { k: 'json'; text: string }
  /** A callable default (`timezone.now`, `uuid.uuid4`, a function): Django calls it once and sends the result. */
  | { k: 'callable'; path: string }
  /** A constructed value (`datetime.date(2020, 1, 1)`, `Decimal('1.5')`) or a database expression (`Now()`). */
  | { k: 'call'; path: string; args: PyLit[]; text: string }
  /** `F('field')`. */
  | { k: 'f'; name: string }
  | { k: 'unknown'; text: string; why: string };

/** A model field as its migration declares it. */
export interface FieldDecl {
  /** Django's class name (`CharField`), or the full path of a class we do not know. */
  cls: string;
  known: boolean;
  /** The expression as written (shortened), for messages. */
  text: string;
  null: boolean;
  blank: boolean;
  primaryKey: boolean;
  unique: boolean;
  /** `db_index=` as written; null when absent (ForeignKey and SlugField default to indexed). */
  dbIndex: boolean | null;
  dbColumn: string | null;
  /** `db_collation=` (COLLATE after the column type). */
  collation: string | null;
  maxLength: number | null;
  maxDigits: number | null;
  decimalPlaces: number | null;
  /** `default=` (Python side: Django sends it once when adding a NOT NULL column). */
  default: PyLit | null;
  /** `db_default=` (Django ≥ 5.0: a real database default). */
  dbDefault: PyLit | null;
  autoNow: boolean;
  /** Relations: the target as written (`'app.Model'`, `'Model'`, `'__user__'` for settings.AUTH_USER_MODEL). */
  to: string | null;
  toField: string | null;
  dbConstraint: boolean;
  manyToMany: boolean;
  through: string | null;
  dbTable: string | null;
  /** ArrayField's element field and size. */
  baseField: FieldDecl | null;
  size: number | null;
  /** Why parts of the declaration are not statically known. */
  problems: string[];
}

/** A `Q(...)` condition tree. */
export type QDecl =
  | { k: 'lookup'; path: string; value: PyLit }
  | { k: 'node'; connector: 'AND' | 'OR'; negated: boolean; children: QDecl[] }
  | { k: 'unknown'; text: string };

export interface IndexDecl {
  name: string | null;
  /** Field names, `-name` for descending. */
  fields: string[];
  /** Index expressions (`Lower('name')`) as written; their columns are not known statically. */
  expressions: string[];
  condition: QDecl | null;
  include: string[];
  opclasses: string[];
  /** `GinIndex`, `GistIndex`, `BrinIndex`, `HashIndex`... → the USING method. */
  method: string | null;
}

export interface ConstraintDecl {
  kind: 'check' | 'unique' | 'exclusion' | 'unknown';
  name: string | null;
  fields: string[];
  expressions: string[];
  condition: QDecl | null;
  check: QDecl | null;
  include: string[];
  deferrable: string | null;
  nullsDistinct: boolean | null;
  text: string;
}

export interface ModelOptions {
  dbTable: string | null;
  uniqueTogether: string[][];
  indexTogether: string[][];
  indexes: IndexDecl[];
  constraints: ConstraintDecl[];
  managed: boolean;
  proxy: boolean;
  swappable: string | null;
  orderWithRespectTo: string | null;
}

/** What a RunPython function does to the data, read from its body (never run). */
export interface DataEffect {
  /** `apps.get_model('app', 'Model')` targets with the write methods called on their managers. */
  writes: Array<{ model: string; action: 'update' | 'delete' | 'insert'; hasWhere: boolean; /** The write call in the function (absent: the RunPython operation). */ loc?: Loc }>;
  /** Raw SQL it sends through `schema_editor.execute` / a cursor. */
  sql: string[];
  /** The function is not in this file (imported) or its body could not be read. */
  opaque: string | null;
}

interface OpCommon {
  loc: Loc;
  /** The operation class as written (`migrations.AddField`), for messages. */
  written: string;
  /** `Operation.describe()` as sqlmigrate prints it; absent on the inverses built for the down part. */
  description?: string;
}

export type DjangoOperation = OpCommon &
  (
    /** `className`: the model's name as written (`HardwareAddress`); `name` is lower case. */
    | { kind: 'createModel'; name: string; className?: string; fields: Array<[string, FieldDecl]>; options: ModelOptions; bases: string[] }
    | { kind: 'deleteModel'; name: string }
    | { kind: 'renameModel'; oldName: string; newName: string; newClassName?: string }
    | { kind: 'alterModelTable'; name: string; table: string | null }
    | { kind: 'alterModelOptions'; name: string; managed: boolean | null }
    | { kind: 'addField'; model: string; name: string; field: FieldDecl; preserveDefault: boolean }
    | { kind: 'removeField'; model: string; name: string }
    | { kind: 'alterField'; model: string; name: string; field: FieldDecl; preserveDefault: boolean }
    | { kind: 'renameField'; model: string; oldName: string; newName: string }
    | { kind: 'addIndex'; model: string; index: IndexDecl; concurrently: boolean }
    | { kind: 'removeIndex'; model: string; name: string; concurrently: boolean }
    | { kind: 'renameIndex'; model: string; newName: string; oldName: string | null; oldFields: string[] | null }
    | { kind: 'addConstraint'; model: string; constraint: ConstraintDecl; notValid: boolean }
    | { kind: 'removeConstraint'; model: string; name: string }
    | { kind: 'validateConstraint'; model: string; name: string }
    | { kind: 'alterTogether'; which: 'unique' | 'index'; name: string; sets: string[][] }
    | { kind: 'alterOrderWithRespectTo'; name: string; field: string | null }
    /** RunSQL: its statements already lowered by the SQL front end; `down` null = no reverse_sql. */
    | { kind: 'runSql'; up: Op[]; down: Op[] | null; stateOperations: DjangoOperation[] }
    | { kind: 'runPython'; forward: DataEffect; reverse: DataEffect | 'noop' | null; atomic: boolean | null }
    | { kind: 'separate'; database: DjangoOperation[]; state: DjangoOperation[] }
    /** CreateExtension and friends, CreateCollation: SQL Django sends as is. */
    | { kind: 'rawDdl'; up: string; down: string | null; object: string }
    | { kind: 'unknown'; why: string }
  );

/** A migration file's static description, carried from the per-file front end to the project pass. */
export interface DjangoFile {
  app: string;
  name: string;
  dependencies: Array<{ app: string; name: string }>;
  runBefore: Array<{ app: string; name: string }>;
  replaces: Array<{ app: string; name: string }>;
  atomic: boolean;
  initial: boolean;
  operations: DjangoOperation[];
  /** Lines for graph findings: the `class Migration` line and the `dependencies` assignment. */
  classLoc: Loc;
  dependenciesLoc: Loc;
  /** Problems met while reading (not a migration class, a dynamic attribute...). */
  problems: Op[];
  /** Where the phrasebook's exact fixes edit the file (absent: the file was not read that far). */
  fixSites?: DjangoFixSites;
}

/** Source positions an exact fix needs besides the operations' own locations (1-based). */
export interface DjangoFixSites {
  /** A new import goes after this line: the last top-level import statement's last line (0: none). */
  importAfterLine: number;
  /** Every name the module binds, to the import path it stands for ('' for a name the file defines itself). */
  names: Record<string, string>;
  /** Where a new class attribute goes: the line of the class body's first statement after a docstring, and its indentation; null when the body is on the `class` line. */
  classBody: { line: number; indent: string } | null;
  /** The value of `atomic = ...` in the class body. */
  atomicValue: Loc | null;
  /** The first entry of `operations`, and whether nothing but its indentation precedes it on its line. */
  firstOperation: { line: number; column: number; ownLine: boolean } | null;
  /** The top-level import statements as written (a new migration an operation moves to repeats them). */
  importTexts: string[];
  /** The source text of the top-level `AlterField` operations, by `line:column` (set-not-null moves one to a new migration). */
  alterFieldTexts: Record<string, string>;
}
