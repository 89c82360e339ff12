import type { ColumnSpec, Dialect, Loc, Migration, Op, OrmModel } from '../../ir.js';
import { lowerAtCall } from '../orm/embedded-sql.js';
import { isVolatileSqlText } from '../../schema/volatility.js';
import { allowsEmptyString, columnCheck, columnType, defaultSql, indexName, isAutoField, isRelation, qSql, quote, relatedColumnType, truncateName } from './schema-editor.js';
import type { ConstraintDecl, DataEffect, DjangoFile, DjangoOperation, FieldDecl, IndexDecl, ModelOptions } from './types.js';

/** A model as the migrations so far have built it. Replaced, never mutated, so snapshots are cheap. */
interface ModelState {
  app: string;
  name: string;
  table: string;
  /** db_table was set explicitly (a RenameModel then keeps the table). */
  explicitTable: boolean;
  /** The model's name as written (`HardwareAddress`). */
  className: string;
  fields: Map<string, FieldDecl>;
  options: ModelOptions;
  /** A proxy model: the key of the concrete model whose table (and primary key) it uses. */
  concreteOf?: string;
}

type State = Map<string, ModelState>;

/** Models of django.contrib and common packages that are never in the repository. */
const BUILTIN_MODELS: Record<string, { table: string; pk: string }> = {
  'auth.user': { table: 'auth_user', pk: 'AutoField' },
  'auth.group': { table: 'auth_group', pk: 'AutoField' },
  'auth.permission': { table: 'auth_permission', pk: 'AutoField' },
  'contenttypes.contenttype': { table: 'django_content_type', pk: 'AutoField' },
  'sites.site': { table: 'django_site', pk: 'AutoField' },
  'taggit.tag': { table: 'taggit_tag', pk: 'AutoField' },
  'taggit.taggeditem': { table: 'taggit_taggeditem', pk: 'AutoField' },
};

function djangoOf(m: Migration): DjangoFile | null {
  const d = m.django as DjangoFile | undefined;
  return d && typeof d === 'object' ? d : null;
}

/** Statements one operation sends, in order, plus what it defers to the end of the migration (indexes, FKs of new tables). */
interface Emitted {
  now: string[];
  deferred: string[];
}

class Editor {
  constructor(
    private state: State,
    private readonly dialect: Dialect,
    private readonly app: string,
    private readonly userModel: string,
  ) {}

  get models(): State {
    return this.state;
  }

  q(name: string): string {
    return quote(name, this.dialect);
  }

  key(reference: string): string {
    if (reference === '__user__') return this.userModel;
    const lower = reference.toLowerCase();
    return lower.includes('.') ? lower : `${this.app}.${lower}`;
  }

  model(name: string): ModelState | null {
    return this.state.get(this.key(name)) ?? null;
  }

  /** The model a proxy's bases name (`'core.managedfile'`, itself possibly a proxy), resolved to the concrete one. */
  concreteBase(bases: readonly string[]): { key: string; table: string } | null {
    for (const base of bases) {
      if (!/^[A-Za-z_]\w*\.[A-Za-z_]\w*$/.test(base)) continue;
      const key = this.key(base);
      const model = this.state.get(key);
      if (model) return { key: model.concreteOf ?? key, table: model.table };
    }
    return null;
  }

  tableOf(key: string): string {
    return this.state.get(key)?.table ?? BUILTIN_MODELS[key]?.table ?? truncateName(key.replace('.', '_'), this.dialect);
  }

  put(model: ModelState): void {
    this.state = new Map(this.state);
    this.state.set(`${model.app}.${model.name}`, model);
  }

  drop(key: string): void {
    this.state = new Map(this.state);
    this.state.delete(key);
  }

  column(name: string, field: FieldDecl): string {
    return field.dbColumn ?? (isRelation(field) ? `${name}_id` : name);
  }

  columnOfModel(model: ModelState, fieldName: string): string {
    const field = model.fields.get(fieldName);
    if (field) return this.column(fieldName, field);
    return fieldName === 'pk' ? this.pkColumn(`${model.app}.${model.name}`) : fieldName;
  }

  pkColumn(key: string): string {
    const model = this.state.get(key);
    if (model) for (const [n, f] of model.fields) if (f.primaryKey || isAutoField(f)) return this.column(n, f);
    return 'id';
  }

  /** The column a relation points at and its type. */
  target(field: FieldDecl): { table: string; column: string; type: string | null } {
    const named = this.key(field.to ?? '');
    const key = this.state.get(named)?.concreteOf ?? named;
    const model = this.state.get(key);
    let targetField: FieldDecl | null = null;
    let column = 'id';
    if (model) {
      for (const [n, f] of model.fields) {
        if (field.toField ? n === field.toField : f.primaryKey || isAutoField(f)) {
          targetField = f;
          column = this.column(n, f);
          break;
        }
      }
    }
    const builtin = BUILTIN_MODELS[key];
    const type = targetField ? relatedColumnType(targetField, this.dialect) : builtin ? (this.dialect === 'mysql' ? 'integer' : 'integer') : null;
    return { table: this.tableOf(key), column, type };
  }

  /** Why a field has no column type, when its declaration itself was read (a relation to an unknown model, an unmapped class). */
  untypedReason(name: string, field: FieldDecl): string | null {
    if (field.problems.length > 0 || field.manyToMany || this.type(field) !== null) return null;
    if (isRelation(field)) return `the related model \`${field.to ?? '?'}\` of \`${name}\` is not created by any migration found (nor a known django.contrib model), so the type of its column \`${this.column(name, field)}\` is not known`;
    return `the field class \`${field.cls}\` of \`${name}\` has no column type migration-guard knows for this dialect`;
  }

  /** The column of a field whose type is not known, as far as it is known: name, NULL/NOT NULL, keys, a default. */
  untypedColumn(name: string, field: FieldDecl, transient: string | null): ColumnSpec {
    const dbDefault = field.dbDefault ? defaultSql(field.dbDefault, null, this.dialect).sql : null;
    // Django sends a Python default once, as a constant; a db_default is the database's own expression.
    // A blank, NOT NULL field without a default gets '' from Django when its class allows empty
    // strings, which an unknown class (most subclass CharField) may: not known, so not assumed absent.
    const unknownBlank = transient === null && !field.null && field.blank && !field.primaryKey && !field.known ? "''" : null;
    const sent = transient ?? unknownBlank;
    const given = dbDefault !== null ? { sql: dbDefault, volatile: isVolatileSqlText(dbDefault) } : sent !== null ? { sql: sent, volatile: false } : null;
    return {
      name: this.column(name, field),
      type: null,
      notNull: !field.null || field.primaryKey,
      default: given,
      primaryKey: field.primaryKey,
      unique: field.unique && !field.primaryKey,
      identity: isAutoField(field),
      references: null,
    };
  }

  type(field: FieldDecl): string | null {
    return columnType(field, this.dialect, isRelation(field) ? this.target(field).type : null);
  }

  /** `column_sql`: type, default, NULL/NOT NULL, PRIMARY KEY/UNIQUE, the positive-integer CHECK. */
  columnSql(name: string, field: FieldDecl, withDefault: string | null): string | null {
    const type = this.type(field);
    if (!type) return null;
    const column = this.column(name, field);
    const parts = [this.q(column), type];
    if (field.collation) parts.push(`COLLATE ${this.q(field.collation)}`);
    const dbDefault = field.dbDefault ? defaultSql(field.dbDefault, type, this.dialect).sql : null;
    if (dbDefault) parts.push(`DEFAULT ${dbDefault}`);
    else if (withDefault) parts.push(`DEFAULT ${withDefault}`);
    parts.push(field.null && !field.primaryKey ? 'NULL' : 'NOT NULL');
    if (field.primaryKey) parts.push('PRIMARY KEY');
    else if (field.unique) parts.push('UNIQUE');
    if (this.dialect === 'postgres' && isAutoField(field)) parts.push('GENERATED BY DEFAULT AS IDENTITY');
    const check = columnCheck(field, column, this.dialect);
    if (check) parts.push(check);
    return parts.join(' ');
  }

  /** `effective_default`: what Django sends once for existing rows, or null. */
  effectiveDefault(field: FieldDecl): string | null {
    if (field.dbDefault) return null;
    const type = this.type(field);
    if (field.default && field.default.k !== 'none') return defaultSql(field.default, type, this.dialect).sql;
    if (!field.null && field.blank && allowsEmptyString(field)) return "''";
    if (field.autoNow) return defaultSql({ k: 'callable', path: 'django.utils.timezone.now' }, type, this.dialect).sql;
    return null;
  }

  fkName(table: string, column: string, target: { table: string; column: string }): string {
    return indexName(table, [column], `_fk_${target.table}_${target.column}`, this.dialect);
  }

  fkSql(table: string, column: string, field: FieldDecl): string {
    const target = this.target(field);
    const deferrable = this.dialect === 'postgres' ? ' DEFERRABLE INITIALLY DEFERRED' : '';
    return `ALTER TABLE ${this.q(table)} ADD CONSTRAINT ${this.q(this.fkName(table, column, target))} FOREIGN KEY (${this.q(column)}) REFERENCES ${this.q(target.table)} (${this.q(target.column)})${deferrable}`;
  }

  /** `_field_indexes_sql`: the db_index index (ForeignKey and SlugField default to one) and PostgreSQL's LIKE index. */
  fieldIndexes(table: string, name: string, field: FieldDecl): string[] {
    const column = this.column(name, field);
    const out: string[] = [];
    const indexed = field.dbIndex ?? (isRelation(field) || field.cls === 'SlugField');
    // MySQL indexes a foreign key's column itself when it creates the constraint.
    const fkIndexedByMysql = this.dialect === 'mysql' && isRelation(field) && field.dbConstraint;
    if (indexed && !field.unique && !field.primaryKey && !fkIndexedByMysql) out.push(`CREATE INDEX ${this.q(indexName(table, [column], '', this.dialect))} ON ${this.q(table)} (${this.q(column)})`);
    if (this.dialect === 'postgres' && ((indexed && !field.primaryKey) || (field.unique && !field.primaryKey))) {
      const type = this.type(field) ?? '';
      const opclass = type.startsWith('varchar') ? 'varchar_pattern_ops' : type === 'text' ? 'text_pattern_ops' : null;
      if (opclass) out.push(`CREATE INDEX ${this.q(indexName(table, [column], '_like', this.dialect))} ON ${this.q(table)} (${this.q(column)} ${opclass})`);
    }
    return out;
  }

  m2mTable(model: ModelState, name: string, field: FieldDecl): { table: string; sql: Emitted } | null {
    if (!field.manyToMany || field.through) return null;
    const table = field.dbTable ?? truncateName(`${model.table}_${name}`, this.dialect);
    const targetKey = this.key(field.to ?? '');
    const selfKey = `${model.app}.${model.name}`;
    const selfRef = targetKey === selfKey;
    const from = selfRef ? `from_${model.name}` : model.name;
    const to = selfRef ? `to_${model.name}` : targetKey.split('.')[1]!;
    const fromField: FieldDecl = { ...field, cls: 'ForeignKey', manyToMany: false, to: selfKey, toField: null, null: false, unique: false, dbIndex: null, dbColumn: null };
    const toField: FieldDecl = { ...fromField, to: field.to };
    const id = this.dialect === 'mysql' ? `${this.q('id')} bigint AUTO_INCREMENT NOT NULL PRIMARY KEY` : `${this.q('id')} bigint NOT NULL PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY`;
    const columns = [id, this.columnSql(from, fromField, null) ?? `${this.q(`${from}_id`)} bigint NOT NULL`, this.columnSql(to, toField, null) ?? `${this.q(`${to}_id`)} bigint NOT NULL`];
    const unique = `ALTER TABLE ${this.q(table)} ADD CONSTRAINT ${this.q(indexName(table, [`${from}_id`, `${to}_id`], '_uniq', this.dialect))} UNIQUE (${this.q(`${from}_id`)}, ${this.q(`${to}_id`)})`;
    const deferred = [this.fkSql(table, `${from}_id`, fromField), this.fkSql(table, `${to}_id`, toField), ...this.fieldIndexes(table, from, fromField), ...this.fieldIndexes(table, to, toField)];
    return { table, sql: { now: [`CREATE TABLE ${this.q(table)} (${columns.join(', ')})`, unique], deferred } };
  }

  indexSql(table: string, model: ModelState, index: IndexDecl, concurrently: boolean, unique = false): string | null {
    if (!index.name) return null;
    const columns = index.fields.map((f, i) => {
      const desc = f.startsWith('-');
      const name = desc ? f.slice(1) : f;
      const opclass = index.opclasses[i] ? ` ${index.opclasses[i]}` : '';
      return `${this.q(this.columnOfModel(model, name))}${opclass}${desc ? ' DESC' : ''}`;
    });
    if (index.expressions.length > 0 && columns.length === 0) return null;
    const using = index.method ? ` USING ${index.method}` : '';
    const include = index.include.length > 0 ? ` INCLUDE (${index.include.map((f) => this.q(this.columnOfModel(model, f))).join(', ')})` : '';
    let where = '';
    if (index.condition) {
      const condition = qSql(index.condition, (f) => this.columnOfModel(model, f), this.dialect);
      if (condition === null) return null;
      where = ` WHERE ${condition}`;
    }
    if (this.dialect === 'mysql') return `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${this.q(index.name)} ON ${this.q(table)} (${columns.join(', ')})`;
    return `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${concurrently ? 'CONCURRENTLY ' : ''}${this.q(index.name)} ON ${this.q(table)}${using} (${columns.join(', ')})${include}${where}`;
  }

  dropIndexSql(table: string, name: string, concurrently: boolean): string {
    if (this.dialect === 'mysql') return `DROP INDEX ${this.q(name)} ON ${this.q(table)}`;
    return `DROP INDEX ${concurrently ? 'CONCURRENTLY ' : ''}IF EXISTS ${this.q(name)}`;
  }

  /** A unique constraint with a condition, expressions or INCLUDE is a unique index in Django. */
  constraintIsIndex(c: ConstraintDecl): boolean {
    return c.kind === 'unique' && (c.condition !== null || c.expressions.length > 0 || c.include.length > 0);
  }

  constraintSql(table: string, model: ModelState, c: ConstraintDecl, notValid: boolean): string | null {
    if (!c.name) return null;
    if (c.kind === 'check') {
      const check = c.check ? qSql(c.check, (f) => this.columnOfModel(model, f), this.dialect) : null;
      if (check === null) return null;
      return `ALTER TABLE ${this.q(table)} ADD CONSTRAINT ${this.q(c.name)} CHECK (${check})${notValid ? ' NOT VALID' : ''}`;
    }
    if (c.kind === 'unique') {
      if (this.constraintIsIndex(c)) return this.indexSql(table, model, { name: c.name, fields: c.fields, expressions: c.expressions, condition: c.condition, include: c.include, opclasses: [], method: null }, false, true);
      const nulls = c.nullsDistinct === false ? ' NULLS NOT DISTINCT' : '';
      const deferrable = c.deferrable ? ` DEFERRABLE INITIALLY ${c.deferrable}` : '';
      return `ALTER TABLE ${this.q(table)} ADD CONSTRAINT ${this.q(c.name)} UNIQUE${nulls} (${c.fields.map((f) => this.q(this.columnOfModel(model, f))).join(', ')})${deferrable}`;
    }
    return null;
  }

  togetherSql(table: string, model: ModelState, set: string[], which: 'unique' | 'index', add: boolean): string {
    const columns = set.map((f) => this.columnOfModel(model, f));
    const name = indexName(table, columns, which === 'unique' ? '_uniq' : '_idx', this.dialect);
    if (which === 'unique') {
      return add ? `ALTER TABLE ${this.q(table)} ADD CONSTRAINT ${this.q(name)} UNIQUE (${columns.map((c) => this.q(c)).join(', ')})` : `ALTER TABLE ${this.q(table)} DROP ${this.dialect === 'mysql' ? 'INDEX' : 'CONSTRAINT'} ${this.q(name)}`;
    }
    return add ? `CREATE INDEX ${this.q(name)} ON ${this.q(table)} (${columns.map((c) => this.q(c)).join(', ')})` : this.dropIndexSql(table, name, false);
  }
}

/** What applying one operation produced: SQL, what cannot be rendered, and the reverse when it is not derivable from SQL. */
interface Applied {
  sql: Emitted;
  problems: string[];
  /** The operation's inverse, when Django can reverse it (null: irreversible, with the reason). */
  inverse: DjangoOperation[] | { irreversible: string };
  /** Data writes (RunPython) lowered straight to IR. */
  /** RunPython's data writes; `loc`: the write call in its function. */
  dml: Array<{ action: 'update' | 'delete' | 'insert'; table: string; hasWhere: boolean; loc?: Loc }>;
  /** RunSQL ops (already lowered, with their own locations). */
  raw: Op[];
  /**
   * Columns whose type is not known (a project's own field class, a relation to a model no
   * migration creates): Django still creates them, so they stay in the IR with a null type, and
   * the schema model knows which table has them. `added`: an AddField (an addColumn op of its
   * own); otherwise a column of the table a CreateModel creates (added to its createTable op).
   */
  untyped: Array<{ table: string; column: ColumnSpec; added: boolean; reason: string }>;
  /**
   * The state the inverse starts from when it is not the state after the operation:
   * SeparateDatabaseAndState reverses its database_operations from their own state, not from
   * what state_operations left (Django's database_backwards).
   */
  downFrom?: State;
}

function emptyApplied(inverse: Applied['inverse'] = []): Applied {
  return { sql: { now: [], deferred: [] }, problems: [], inverse, dml: [], raw: [], untyped: [] };
}

function applyOperation(op: DjangoOperation, editor: Editor, dialect: Dialect): Applied {
  const out = emptyApplied();
  const needModel = (name: string): ModelState | null => {
    const model = editor.model(name);
    if (!model) out.problems.push(`the model \`${name}\` is not created by any migration in this repository, so its table is not known`);
    return model;
  };
  const fieldProblems = (field: FieldDecl) => {
    for (const p of field.problems) out.problems.push(p);
  };
  switch (op.kind) {
    case 'createModel': {
      const key = editor.key(op.name);
      const [app, name] = key.split('.') as [string, string];
      // A proxy model has no table of its own: it reads and writes its concrete base's (`bases=('core.managedfile',)`).
      const concrete = op.options.proxy ? editor.concreteBase(op.bases) : null;
      const table = concrete?.table ?? op.options.dbTable ?? truncateName(`${app}_${name}`, dialect);
      const model: ModelState = { app, name, className: op.className || name, table, explicitTable: op.options.dbTable !== null, fields: new Map(op.fields), options: op.options, ...(concrete ? { concreteOf: concrete.key } : {}) };
      editor.put(model);
      out.inverse = [{ kind: 'deleteModel', name: op.name, loc: op.loc, written: op.written }];
      if (!op.options.managed || op.options.proxy) return out;
      const columns: string[] = [];
      for (const [fieldName, field] of op.fields) {
        fieldProblems(field);
        if (field.manyToMany) continue;
        const sql = editor.columnSql(fieldName, field, null);
        if (sql) columns.push(sql);
        else {
          const reason = editor.untypedReason(fieldName, field);
          if (reason) out.problems.push(reason);
          out.untyped.push({ table, column: editor.untypedColumn(fieldName, field, null), added: false, reason: reason ?? field.problems[0] ?? `the column type of \`${fieldName}\` is not known` });
        }
        if (isRelation(field) && field.dbConstraint) out.sql.deferred.push(editor.fkSql(table, editor.column(fieldName, field), field));
        out.sql.deferred.push(...editor.fieldIndexes(table, fieldName, field));
      }
      out.sql.now.push(`CREATE TABLE ${editor.q(table)} (${columns.join(', ')})`);
      for (const set of op.options.uniqueTogether) out.sql.deferred.push(editor.togetherSql(table, model, set, 'unique', true));
      for (const set of op.options.indexTogether) out.sql.deferred.push(editor.togetherSql(table, model, set, 'index', true));
      for (const index of op.options.indexes) {
        const sql = editor.indexSql(table, model, index, false);
        if (sql) out.sql.deferred.push(sql);
        else out.problems.push(`the index ${index.name ?? ''} has expressions or a condition that cannot be rendered statically`);
      }
      for (const c of op.options.constraints) {
        const sql = editor.constraintSql(table, model, c, false);
        if (sql) out.sql.deferred.push(sql);
        else out.problems.push(`the constraint \`${c.text}\` cannot be rendered statically`);
      }
      for (const [fieldName, field] of op.fields) {
        const m2m = editor.m2mTable(model, fieldName, field);
        if (m2m) {
          out.sql.deferred.push(...m2m.sql.now, ...m2m.sql.deferred);
        }
      }
      return out;
    }
    case 'deleteModel': {
      const model = needModel(op.name);
      if (!model) return out;
      editor.drop(`${model.app}.${model.name}`);
      out.inverse = [{ kind: 'createModel', name: `${model.app}.${model.name}`, className: model.className, fields: [...model.fields], options: model.options, bases: [], loc: op.loc, written: op.written }];
      if (!model.options.managed || model.options.proxy) return out;
      for (const [fieldName, field] of model.fields) {
        const m2m = editor.m2mTable(model, fieldName, field);
        if (m2m) out.sql.now.push(`DROP TABLE ${editor.q(m2m.table)} CASCADE`);
      }
      out.sql.now.push(`DROP TABLE ${editor.q(model.table)}${dialect === 'postgres' ? ' CASCADE' : ''}`);
      return out;
    }
    case 'renameModel': {
      const model = needModel(op.oldName);
      if (!model) return out;
      const newName = op.newName.toLowerCase();
      const table = model.explicitTable ? model.table : truncateName(`${model.app}_${newName}`, dialect);
      editor.drop(`${model.app}.${model.name}`);
      editor.put({ ...model, name: newName, className: op.newClassName || newName, table });
      out.inverse = [{ ...op, oldName: op.newName, newName: op.oldName, newClassName: model.className }];
      if (table !== model.table) out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} RENAME TO ${editor.q(table)}`);
      return out;
    }
    case 'alterModelTable': {
      const model = needModel(op.name);
      if (!model) return out;
      const table = op.table ?? truncateName(`${model.app}_${model.name}`, dialect);
      editor.put({ ...model, table, explicitTable: op.table !== null });
      out.inverse = [{ ...op, table: model.explicitTable ? model.table : null }];
      if (table !== model.table) out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} RENAME TO ${editor.q(table)}`);
      return out;
    }
    case 'alterModelOptions': {
      const model = editor.model(op.name);
      if (model && op.managed !== null) editor.put({ ...model, options: { ...model.options, managed: op.managed } });
      return out;
    }
    case 'addField': {
      const model = needModel(op.model);
      fieldProblems(op.field);
      out.inverse = [{ kind: 'removeField', model: op.model, name: op.name, loc: op.loc, written: op.written }];
      if (!model) return out;
      const stored: FieldDecl = op.preserveDefault ? op.field : { ...op.field, default: null };
      editor.put({ ...model, fields: new Map([...model.fields, [op.name, stored]]) });
      if (!model.options.managed) return out;
      const after = editor.model(op.model)!;
      const m2m = editor.m2mTable(after, op.name, op.field);
      if (m2m) {
        out.sql.now.push(...m2m.sql.now);
        out.sql.deferred.push(...m2m.sql.deferred);
        return out;
      }
      if (op.field.manyToMany) return out;
      const transient = editor.effectiveDefault(op.field);
      let definition = editor.columnSql(op.name, op.field, transient);
      if (!definition) {
        const reason = editor.untypedReason(op.name, op.field);
        if (reason) out.problems.push(reason);
        out.untyped.push({ table: model.table, column: editor.untypedColumn(op.name, op.field, transient), added: true, reason: reason ?? op.field.problems[0] ?? `the column type of \`${op.name}\` is not known` });
        return out;
      }
      const column = editor.column(op.name, op.field);
      const table = model.table;
      let extra: string[] = [];
      if (isRelation(op.field) && op.field.dbConstraint) {
        const target = editor.target(op.field);
        const fk = editor.fkName(table, column, target);
        if (dialect === 'postgres') {
          definition += ` CONSTRAINT ${editor.q(fk)} REFERENCES ${editor.q(target.table)}(${editor.q(target.column)}) DEFERRABLE INITIALLY DEFERRED`;
          extra = [`SET CONSTRAINTS ${editor.q(fk)} IMMEDIATE`];
        } else {
          definition += `, ADD CONSTRAINT ${editor.q(fk)} FOREIGN KEY (${editor.q(column)}) REFERENCES ${editor.q(target.table)}(${editor.q(target.column)})`;
        }
      }
      out.sql.now.push(`ALTER TABLE ${editor.q(table)} ADD COLUMN ${definition}`, ...extra);
      if (transient !== null) out.sql.now.push(`ALTER TABLE ${editor.q(table)} ALTER COLUMN ${editor.q(column)} DROP DEFAULT`);
      out.sql.deferred.push(...editor.fieldIndexes(table, op.name, op.field));
      return out;
    }
    case 'removeField': {
      const model = needModel(op.model);
      if (!model) return out;
      const field = model.fields.get(op.name);
      if (!field) {
        out.problems.push(`the field \`${op.model}.${op.name}\` is not in the model state`);
        return out;
      }
      const fields = new Map(model.fields);
      fields.delete(op.name);
      editor.put({ ...model, fields });
      out.inverse = [{ kind: 'addField', model: op.model, name: op.name, field, preserveDefault: true, loc: op.loc, written: op.written }];
      if (!model.options.managed) return out;
      const m2m = editor.m2mTable(model, op.name, field);
      if (m2m) {
        out.sql.now.push(`DROP TABLE ${editor.q(m2m.table)} CASCADE`);
        return out;
      }
      if (field.manyToMany) return out;
      const column = editor.column(op.name, field);
      if (isRelation(field) && field.dbConstraint) {
        const fk = editor.fkName(model.table, column, editor.target(field));
        if (dialect === 'postgres') out.sql.now.push(`SET CONSTRAINTS ${editor.q(fk)} IMMEDIATE`);
        out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} DROP ${dialect === 'mysql' ? 'FOREIGN KEY' : 'CONSTRAINT'} ${editor.q(fk)}`);
      }
      out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} DROP COLUMN ${editor.q(column)}${dialect === 'postgres' ? ' CASCADE' : ''}`);
      return out;
    }
    case 'alterField': {
      const model = needModel(op.model);
      fieldProblems(op.field);
      if (!model) return out;
      const old = model.fields.get(op.name);
      const stored: FieldDecl = op.preserveDefault ? op.field : { ...op.field, default: null };
      editor.put({ ...model, fields: new Map([...model.fields, [op.name, stored]]) });
      if (!old) {
        out.problems.push(`the field \`${op.model}.${op.name}\` is not in the model state`);
        return out;
      }
      out.inverse = [{ ...op, field: old, preserveDefault: true }];
      if (!model.options.managed || old.manyToMany || op.field.manyToMany) return out;
      alterField(editor, model, op.name, old, op.field, out);
      return out;
    }
    case 'renameField': {
      const model = needModel(op.model);
      if (!model) return out;
      const field = model.fields.get(op.oldName);
      out.inverse = [{ ...op, oldName: op.newName, newName: op.oldName }];
      if (!field) return out;
      const fields = new Map<string, FieldDecl>();
      for (const [n, f] of model.fields) fields.set(n === op.oldName ? op.newName : n, f);
      editor.put({ ...model, fields });
      const before = editor.column(op.oldName, field);
      const after = editor.column(op.newName, field);
      if (before !== after && model.options.managed && !field.manyToMany) out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} RENAME COLUMN ${editor.q(before)} TO ${editor.q(after)}`);
      return out;
    }
    case 'addIndex': {
      const model = needModel(op.model);
      out.inverse = [{ kind: 'removeIndex', model: op.model, name: op.index.name ?? '', concurrently: op.concurrently, loc: op.loc, written: op.written }];
      if (!model) return out;
      editor.put({ ...model, options: { ...model.options, indexes: [...model.options.indexes, op.index] } });
      const sql = editor.indexSql(model.table, model, op.index, op.concurrently);
      if (sql) out.sql.now.push(sql);
      else out.problems.push(`the index ${op.index.name ?? ''} has expressions or a condition that cannot be rendered statically`);
      return out;
    }
    case 'removeIndex': {
      const model = needModel(op.model);
      if (!model) return out;
      const index = model.options.indexes.find((i) => i.name === op.name);
      editor.put({ ...model, options: { ...model.options, indexes: model.options.indexes.filter((i) => i.name !== op.name) } });
      out.inverse = index ? [{ kind: 'addIndex', model: op.model, index, concurrently: op.concurrently, loc: op.loc, written: op.written }] : { irreversible: `the index ${op.name} is not in the model state` };
      out.sql.now.push(editor.dropIndexSql(model.table, op.name, op.concurrently));
      return out;
    }
    case 'renameIndex': {
      const model = needModel(op.model);
      if (!model) return out;
      const oldName = op.oldName ?? (op.oldFields ? indexName(model.table, op.oldFields.map((f) => editor.columnOfModel(model, f)), '_idx', dialect) : null);
      if (!oldName) return out;
      editor.put({ ...model, options: { ...model.options, indexes: model.options.indexes.map((i) => (i.name === oldName ? { ...i, name: op.newName } : i)) } });
      out.inverse = [{ ...op, newName: oldName, oldName: op.newName, oldFields: null }];
      out.sql.now.push(dialect === 'mysql' ? `ALTER TABLE ${editor.q(model.table)} RENAME INDEX ${editor.q(oldName)} TO ${editor.q(op.newName)}` : `ALTER INDEX ${editor.q(oldName)} RENAME TO ${editor.q(op.newName)}`);
      return out;
    }
    case 'addConstraint': {
      const model = needModel(op.model);
      out.inverse = [{ kind: 'removeConstraint', model: op.model, name: op.constraint.name ?? '', loc: op.loc, written: op.written }];
      if (!model) return out;
      editor.put({ ...model, options: { ...model.options, constraints: [...model.options.constraints, op.constraint] } });
      const sql = editor.constraintSql(model.table, model, op.constraint, op.notValid);
      if (sql) out.sql.now.push(sql);
      else out.problems.push(`the constraint \`${op.constraint.text}\` cannot be rendered statically`);
      return out;
    }
    case 'removeConstraint': {
      const model = needModel(op.model);
      if (!model) return out;
      const constraint = model.options.constraints.find((c) => c.name === op.name);
      editor.put({ ...model, options: { ...model.options, constraints: model.options.constraints.filter((c) => c.name !== op.name) } });
      out.inverse = constraint ? [{ kind: 'addConstraint', model: op.model, constraint, notValid: false, loc: op.loc, written: op.written }] : { irreversible: `the constraint ${op.name} is not in the model state` };
      if (constraint && editor.constraintIsIndex(constraint)) out.sql.now.push(editor.dropIndexSql(model.table, op.name, false));
      else out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} DROP ${dialect === 'mysql' ? (constraint?.kind === 'unique' ? 'INDEX' : 'CHECK') : 'CONSTRAINT'} ${editor.q(op.name)}`);
      return out;
    }
    case 'validateConstraint': {
      const model = needModel(op.model);
      if (model) out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} VALIDATE CONSTRAINT ${editor.q(op.name)}`);
      return out;
    }
    case 'alterTogether': {
      const model = needModel(op.name);
      if (!model) return out;
      const key = op.which === 'unique' ? 'uniqueTogether' : 'indexTogether';
      const before = model.options[key];
      const id = (s: string[]) => s.join('\u0000');
      const now = new Set(op.sets.map(id));
      const was = new Set(before.map(id));
      editor.put({ ...model, options: { ...model.options, [key]: op.sets } });
      out.inverse = [{ ...op, sets: before }];
      for (const set of before) if (!now.has(id(set))) out.sql.now.push(editor.togetherSql(model.table, model, set, op.which, false));
      for (const set of op.sets) if (!was.has(id(set))) out.sql.now.push(editor.togetherSql(model.table, model, set, op.which, true));
      return out;
    }
    case 'alterOrderWithRespectTo': {
      const model = needModel(op.name);
      if (!model) return out;
      out.inverse = [{ ...op, field: model.options.orderWithRespectTo }];
      editor.put({ ...model, options: { ...model.options, orderWithRespectTo: op.field } });
      if (op.field && !model.options.orderWithRespectTo) {
        out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} ADD COLUMN ${editor.q('_order')} integer DEFAULT 0 NOT NULL`, `ALTER TABLE ${editor.q(model.table)} ALTER COLUMN ${editor.q('_order')} DROP DEFAULT`);
      } else if (!op.field && model.options.orderWithRespectTo) {
        out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} DROP COLUMN ${editor.q('_order')}${dialect === 'postgres' ? ' CASCADE' : ''}`);
      }
      return out;
    }
    case 'runSql': {
      out.raw = op.up;
      for (const s of op.stateOperations) applyOperation(s, editor, dialect);
      out.inverse = op.down === null ? { irreversible: 'RunSQL has no reverse_sql' } : [{ kind: 'runSql', up: op.down, down: op.up, stateOperations: [], loc: op.loc, written: op.written }];
      return out;
    }
    case 'runPython': {
      applyEffect(op.forward, editor, out);
      if (op.reverse === null) out.inverse = { irreversible: 'RunPython has no reverse_code' };
      else if (op.reverse === 'noop') out.inverse = [];
      else out.inverse = [{ kind: 'runPython', forward: op.reverse, reverse: op.forward, atomic: op.atomic, loc: op.loc, written: op.written }];
      return out;
    }
    case 'separate': {
      // Only database_operations touch the database; state_operations set the model state Django keeps.
      const saved = editor.models;
      const inverse: DjangoOperation[] = [];
      let irreversible: string | null = null;
      for (const d of op.database) {
        const applied = applyOperation(d, editor, dialect);
        out.sql.now.push(...applied.sql.now);
        out.sql.deferred.push(...applied.sql.deferred);
        out.problems.push(...applied.problems);
        out.raw.push(...applied.raw);
        out.dml.push(...applied.dml);
        out.untyped.push(...applied.untyped);
        if ('irreversible' in applied.inverse) irreversible ??= applied.inverse.irreversible;
        else inverse.unshift(...applied.inverse);
      }
      out.downFrom = editor.models;
      if (op.state.length > 0) {
        (editor as unknown as { state: State }).state = saved;
        for (const s of op.state) applyOperation(s, editor, dialect);
      }
      out.inverse = irreversible ? { irreversible } : [{ kind: 'separate', database: inverse, state: [], loc: op.loc, written: op.written }];
      return out;
    }
    case 'rawDdl':
      out.sql.now.push(op.up);
      out.inverse = op.down ? [{ ...op, up: op.down, down: op.up }] : { irreversible: `${op.written} cannot be reversed` };
      return out;
    case 'unknown':
      out.problems.push(op.why);
      out.inverse = { irreversible: op.why };
      return out;
  }
}

function applyEffect(effect: DataEffect, editor: Editor, out: Applied): void {
  if (effect.opaque) out.problems.push(`RunPython: ${effect.opaque}; its data changes are not known`);
  for (const w of effect.writes) out.dml.push({ action: w.action, table: editor.tableOf(editor.key(w.model)), hasWhere: w.hasWhere, ...(w.loc ? { loc: w.loc } : {}) });
  out.sql.now.push(...effect.sql);
}

/** `_alter_field`: the statements Django's schema editor sends for the differences that reach the database. */
function alterField(editor: Editor, model: ModelState, name: string, old: FieldDecl, next: FieldDecl, out: Applied): void {
  const table = model.table;
  const q = (s: string) => editor.q(s);
  const dialect = (editor as unknown as { dialect: Dialect }).dialect;
  const oldColumn = editor.column(name, old);
  const column = editor.column(name, next);
  const oldType = editor.type(old);
  const newType = editor.type(next);
  if (oldType === null || newType === null) {
    const reason = editor.untypedReason(name, oldType === null ? old : next);
    if (reason) out.problems.push(reason);
    return;
  }
  const oldFk = isRelation(old) && old.dbConstraint;
  const newFk = isRelation(next) && next.dbConstraint;
  const fkChanged = oldFk && (!newFk || editor.key(old.to ?? '') !== editor.key(next.to ?? '') || oldType !== newType);
  if (fkChanged) {
    const fk = editor.fkName(table, oldColumn, editor.target(old));
    if (dialect === 'postgres') out.sql.now.push(`SET CONSTRAINTS ${q(fk)} IMMEDIATE`);
    out.sql.now.push(`ALTER TABLE ${q(table)} DROP ${dialect === 'mysql' ? 'FOREIGN KEY' : 'CONSTRAINT'} ${q(fk)}`);
  }
  if (old.unique && !next.unique && !old.primaryKey) out.sql.now.push(`ALTER TABLE ${q(table)} DROP ${dialect === 'mysql' ? 'INDEX' : 'CONSTRAINT'} ${q(indexName(table, [oldColumn], '_uniq', dialect))}`);
  const oldIndexed = (old.dbIndex ?? (isRelation(old) || old.cls === 'SlugField')) && !old.unique;
  const newIndexed = (next.dbIndex ?? (isRelation(next) || next.cls === 'SlugField')) && !next.unique;
  // PostgreSQL's `_like` index (varchar_pattern_ops/text_pattern_ops) sits beside a db_index or unique column.
  const oldLike = dialect === 'postgres' && (oldType.startsWith('varchar') || oldType === 'text') ? indexName(table, [oldColumn], '_like', dialect) : null;
  if (oldIndexed && !newIndexed) {
    out.sql.now.push(editor.dropIndexSql(table, indexName(table, [oldColumn], '', dialect), false));
    // Django drops every btree index of the column it finds, the `_like` one included.
    if (oldLike) out.sql.now.push(editor.dropIndexSql(table, oldLike, false));
  }

  if (oldColumn !== column) out.sql.now.push(`ALTER TABLE ${q(table)} RENAME COLUMN ${q(oldColumn)} TO ${q(column)}`);
  const collate = next.collation ? ` COLLATE ${q(next.collation)}` : '';
  if (oldType !== newType) {
    if (dialect === 'mysql') {
      out.sql.now.push(`ALTER TABLE ${q(table)} MODIFY ${q(column)} ${newType}${collate} ${next.null ? 'NULL' : 'NOT NULL'}`);
    } else {
      const baseOld = typeBase(oldType);
      const baseNew = typeBase(newType);
      const using = baseOld !== baseNew ? ` USING ${q(column)}::${newType}` : '';
      out.sql.now.push(`ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} TYPE ${newType}${collate}${using}`);
    }
  } else if ((old.collation ?? null) !== (next.collation ?? null)) {
    // `_alter_column_collation_sql`: the type restated with the new collation.
    out.sql.now.push(dialect === 'mysql' ? `ALTER TABLE ${q(table)} MODIFY ${q(column)} ${newType}${collate} ${next.null ? 'NULL' : 'NOT NULL'}` : `ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} TYPE ${newType}${collate}`);
  }
  const oldDbDefault = old.dbDefault ? defaultSql(old.dbDefault, oldType, dialect).sql : null;
  const newDbDefault = next.dbDefault ? defaultSql(next.dbDefault, newType, dialect).sql : null;
  if (oldDbDefault !== newDbDefault) {
    out.sql.now.push(newDbDefault === null ? `ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} DROP DEFAULT` : `ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} SET DEFAULT ${newDbDefault}`);
  }
  if (old.null !== next.null && !(dialect === 'mysql' && oldType !== newType)) {
    if (next.null) out.sql.now.push(dialect === 'mysql' ? `ALTER TABLE ${q(table)} MODIFY ${q(column)} ${newType} NULL` : `ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} DROP NOT NULL`);
    else {
      // Django's four-way default alteration: existing NULLs get the default before NOT NULL.
      const transient = newDbDefault === null ? editor.effectiveDefault(next) : null;
      if (transient !== null && dialect === 'postgres') {
        out.sql.now.push(`ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} SET DEFAULT ${transient}`, `UPDATE ${q(table)} SET ${q(column)} = ${transient} WHERE ${q(column)} IS NULL`, 'SET CONSTRAINTS ALL IMMEDIATE');
      }
      out.sql.now.push(dialect === 'mysql' ? `ALTER TABLE ${q(table)} MODIFY ${q(column)} ${newType} NOT NULL` : `ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} SET NOT NULL`);
      if (transient !== null && dialect === 'postgres') out.sql.now.push(`ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} DROP DEFAULT`);
    }
  }
  if (!old.unique && next.unique && !next.primaryKey) out.sql.now.push(`ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(indexName(table, [column], '_uniq', dialect))} UNIQUE (${q(column)})`);
  if (!oldIndexed && newIndexed) out.sql.now.push(...editor.fieldIndexes(table, name, next).filter((s) => !s.includes('_like"') || !old.unique));
  else if (!old.unique && next.unique && dialect === 'postgres') out.sql.now.push(...editor.fieldIndexes(table, name, next).filter((s) => s.includes('_like')));
  if (newFk && (fkChanged || !oldFk)) out.sql.now.push(editor.fkSql(table, column, next));
  // PostgreSQL's schema editor drops the `_like` index of a column that lost unique and has no index, after the rest.
  const newIndexedAtAll = (next.dbIndex ?? (isRelation(next) || next.cls === 'SlugField')) || next.unique;
  if (oldLike && old.unique && !old.primaryKey && !newIndexedAtAll) out.sql.now.push(editor.dropIndexSql(table, oldLike, false));
}

/** Django's user model when the settings do not say: a model with password and last_login fields, else django.contrib.auth's. */
function findUserModel(files: DjangoFile[]): string {
  for (const f of files) {
    for (const op of f.operations) {
      if (op.kind === 'createModel' && op.options.swappable !== 'AUTH_USER_MODEL' && op.fields.some(([n]) => n === 'password') && op.fields.some(([n]) => n === 'last_login')) {
        return `${f.app}.${op.name}`;
      }
    }
  }
  return 'auth.user';
}

interface Node {
  migration: Migration;
  file: DjangoFile;
  key: string;
  parents: Set<string>;
  index: number;
}

/**
 * Orders Django migrations by their graph (dependencies across apps, `__first__`/`__latest__`,
 * the swappable user model, `run_before`, squashed `replaces`), then replays the model state in
 * that order and lowers every operation to the SQL Django's schema editor sends, through the SQL
 * front end, so each op is located on its operation's line. Also records the graph facts on
 * each migration (`graph`).
 */
export async function lowerDjangoProject(migrations: Migration[], options: { userModel?: string | null } = {}): Promise<Migration[]> {
  const nodes = new Map<string, Node>();
  migrations.forEach((m, index) => {
    const file = djangoOf(m);
    if (file) nodes.set(`${file.app}.${file.name}`, { migration: m, file, key: `${file.app}.${file.name}`, parents: new Set(), index });
  });
  const files = [...nodes.values()].map((n) => n.file);
  // The settings' AUTH_USER_MODEL (read by discovery) when there is one; otherwise a guess from the migrations.
  const userModel = options.userModel ?? findUserModel(files);
  const userApp = userModel.split('.')[0]!;

  // Squashed migrations: when every replaced migration is present the originals stay (the squash
  // adds nothing to replay); otherwise the squash stands in for them.
  const replacedBy = new Map<string, string>();
  const skipped = new Set<string>();
  for (const node of nodes.values()) {
    if (node.file.replaces.length === 0) continue;
    const keys = node.file.replaces.map((r) => `${r.app}.${r.name}`);
    if (keys.every((k) => nodes.has(k))) skipped.add(node.key);
    else for (const k of keys) replacedBy.set(k, node.key);
  }
  for (const k of replacedBy.keys()) nodes.delete(k);
  const byApp = new Map<string, Node[]>();
  for (const node of nodes.values()) {
    const list = byApp.get(node.file.app) ?? [];
    list.push(node);
    byApp.set(node.file.app, list);
  }
  const resolve = (app: string, name: string): string | null => {
    const realApp = app === '__user__' ? userApp : app;
    const inApp = byApp.get(realApp);
    if (!inApp) return null;
    if (name === '__first__') return [...inApp].sort((a, b) => (a.file.name < b.file.name ? -1 : 1))[0]!.key;
    if (name === '__latest__') return [...inApp].sort((a, b) => (a.file.name < b.file.name ? 1 : -1))[0]!.key;
    const key = `${realApp}.${name}`;
    return nodes.has(key) ? key : replacedBy.get(key) ?? null;
  };
  const problems = new Map<string, Op[]>();
  for (const node of nodes.values()) {
    for (const d of node.file.dependencies) {
      const parent = resolve(d.app, d.name);
      if (parent && parent !== node.key) node.parents.add(parent);
      else if (!parent && byApp.has(d.app === '__user__' ? userApp : d.app)) {
        const list = problems.get(node.key) ?? [];
        list.push({ kind: 'unparsed', reason: 'parse', message: `the dependency ('${d.app}', '${d.name}') names a migration that does not exist in this repository`, loc: node.file.dependenciesLoc });
        problems.set(node.key, list);
      }
    }
    for (const r of node.file.runBefore) {
      const child = resolve(r.app, r.name);
      if (child && child !== node.key) nodes.get(child)!.parents.add(node.key);
    }
  }

  // Kahn's algorithm, ties broken by discovery order (stable output).
  const children = new Map<string, string[]>();
  const pending = new Map<string, number>();
  for (const node of nodes.values()) {
    pending.set(node.key, node.parents.size);
    for (const p of node.parents) children.set(p, [...(children.get(p) ?? []), node.key]);
  }
  const ready = [...nodes.values()].filter((n) => n.parents.size === 0).sort((a, b) => a.index - b.index);
  const ordered: Node[] = [];
  while (ready.length > 0) {
    const node = ready.shift()!;
    ordered.push(node);
    for (const c of children.get(node.key) ?? []) {
      const left = pending.get(c)! - 1;
      pending.set(c, left);
      if (left === 0) {
        const child = nodes.get(c)!;
        const at = ready.findIndex((r) => r.index > child.index);
        ready.splice(at < 0 ? ready.length : at, 0, child);
      }
    }
  }
  for (const node of nodes.values()) {
    if (ordered.includes(node)) continue;
    const list = problems.get(node.key) ?? [];
    list.push({ kind: 'unparsed', reason: 'parse', message: `the migration ${node.key} is part of a dependency cycle; Django refuses to run it`, loc: node.file.dependenciesLoc });
    problems.set(node.key, list);
    ordered.push(node);
  }

  // Leaf nodes per app: more than one is a conflict Django refuses to migrate (makemigrations --merge).
  const leaves = new Map<string, string[]>();
  for (const node of ordered) {
    const hasChildInApp = (children.get(node.key) ?? []).some((c) => nodes.get(c)?.file.app === node.file.app);
    if (!hasChildInApp) leaves.set(node.file.app, [...(leaves.get(node.file.app) ?? []), node.key]);
  }

  let state: State = new Map();
  for (const node of ordered) {
    const m = node.migration;
    m.graph = { node: node.key, parents: [...node.parents], group: node.file.app, leaves: leaves.get(node.file.app) ?? [] };
    const prefix = [...node.file.problems, ...(problems.get(node.key) ?? [])];
    if (skipped.has(node.key)) {
      m.up = prefix;
      continue;
    }
    const editor = new Editor(state, m.dialect, node.file.app, userModel);
    const up: Op[] = [...prefix];
    const deferred: Array<{ sql: string; op: DjangoOperation }> = [];
    const inverses: Array<{ op: DjangoOperation; inverse: Applied['inverse'] }> = [];
    const snapshots: State[] = [];
    for (const op of node.file.operations) {
      const applied = applyOperation(op, editor, m.dialect);
      snapshots.push(applied.downFrom ?? editor.models);
      inverses.push({ op, inverse: applied.inverse });
      up.push(...ownTransaction(op, node.file.atomic, await lowerApplied(applied, op, m.dialect)));
      for (const sql of applied.sql.deferred) deferred.push({ sql, op });
    }
    for (const d of deferred) up.push(...markDeferred(await lowerStatements([d.sql], d.op, m.dialect)));
    const models = ormModels(state, editor.models, m.file);
    if (models.length > 0) m.ormModels = models;
    state = editor.models;
    m.up = up;
    m.transactional = node.file.atomic;
    // A squash standing in for originals that are gone runs only where none of them ran: on a new
    // database. Production ran the originals and Django records the squash as applied.
    if (node.file.replaces.length > 0) m.freshDatabaseOnly = `it squashes ${node.file.replaces.length} migration${node.file.replaces.length === 1 ? '' : 's'} no longer in the repository, so it runs only on a new database`;
    if (!m.isNew) {
      m.down = [];
      continue;
    }
    // Django reverses the operations in reverse order, each from the state after it.
    const down: Op[] = [];
    for (let i = inverses.length - 1; i >= 0; i--) {
      const { op, inverse } = inverses[i]!;
      if (op.kind === 'runPython' && op.reverse === 'noop') {
        // Declared on purpose: rolling back this data step does nothing (RunPython.noop).
        down.push({ kind: 'other', statement: 'RunPython.noop', object: null, sendsNothing: true, loc: op.loc });
        continue;
      }
      if ('irreversible' in inverse) {
        m.downIrreversible = { loc: op.loc, reason: `${op.written} cannot be reversed: ${inverse.irreversible}` };
        break;
      }
      const downEditor = new Editor(snapshots[i]!, m.dialect, node.file.app, userModel);
      const late: string[] = [];
      for (const inv of inverse) {
        const applied = applyOperation(inv, downEditor, m.dialect);
        // What the reverse cannot render (an unknown field class) is said, not left out: the down is then unproven, not wrong.
        down.push(...ownTransaction(inv, node.file.atomic, await lowerApplied(applied, op, m.dialect)));
        late.push(...applied.sql.deferred);
      }
      down.push(...markDeferred(await lowerStatements(late, op, m.dialect)));
    }
    m.down = m.downIrreversible ? [] : down;
  }
  return ordered.map((n) => n.migration).concat(migrations.filter((m) => !djangoOf(m) || (!nodes.has(`${djangoOf(m)!.app}.${djangoOf(m)!.name}`) && !replacedBy.has(`${djangoOf(m)!.app}.${djangoOf(m)!.name}`))));
}

/**
 * The models a migration created or renamed, as the application names them: the class, and the
 * app's `models` module beside its `migrations` folder (`shop/migrations/0002_x.py` → `shop/models`).
 */
function ormModels(before: State, after: State, file: string): OrmModel[] {
  const app = file.split('/').slice(0, -2).join('/');
  const out: OrmModel[] = [];
  for (const [key, model] of after) {
    const was = before.get(key);
    if (was && was.table === model.table && was.className === model.className) continue;
    if (!model.options.managed || model.options.proxy) continue;
    out.push({ table: model.table, name: model.className, module: app ? `${app}/models` : 'models' });
  }
  return out;
}

/** Ops of the SQL the schema editor defers to the end of the migration (`deferred_sql`): sqlmigrate prints it after the last operation. */
const deferredOps = new WeakSet<Op>();

function markDeferred(ops: Op[]): Op[] {
  for (const op of ops) deferredOps.add(op);
  return ops;
}

export function isDeferredSql(op: Op): boolean {
  return deferredOps.has(op);
}

/**
 * An operation Django runs in a transaction of its own: `RunPython(..., atomic=True)` in a migration
 * with `atomic = False` (Migration.apply wraps it in `transaction.atomic()` when the migration runs
 * outside one). Its statements then run between a BEGIN and a COMMIT; what was not rendered (the
 * problems said at the operation) stays before them. In an atomic migration the operation runs in
 * the migration's transaction whatever its own `atomic` says, so nothing changes there.
 */
function ownTransaction(op: DjangoOperation, migrationAtomic: boolean, ops: Op[]): Op[] {
  if (op.kind !== 'runPython' || op.atomic !== true || migrationAtomic) return ops;
  const said = ops.filter((o) => o.kind === 'unparsed');
  const run = ops.filter((o) => o.kind !== 'unparsed');
  if (run.length === 0) return ops;
  const runner = {
    opens: `${op.written}(..., atomic=True) runs its code in a transaction of its own (the migration has atomic = False)`,
    outside: `Remove atomic=True from this ${op.written}, or send the statement from an operation of its own without it (migrations.RunSQL(...) in this non-atomic migration).`,
  };
  return [...said, { kind: 'transaction', action: 'begin', runner, loc: { ...op.loc } }, ...run, { kind: 'transaction', action: 'commit', runner, loc: { ...op.loc } }];
}

/**
 * The IR of one applied operation, in the order Django sends it: what cannot be rendered (said at
 * the operation), the statements sent now, RunSQL's own ops, RunPython's data writes, and the
 * columns of an unknown type (on the CREATE TABLE that leaves them out, or an ADD COLUMN of their own).
 */
async function lowerApplied(applied: Applied, op: DjangoOperation, dialect: Dialect): Promise<Op[]> {
  const out: Op[] = [];
  for (const p of applied.problems) out.push({ kind: 'unparsed', reason: 'dynamic', message: p, loc: op.loc });
  out.push(...(await lowerStatements(applied.sql.now, op, dialect)));
  out.push(...applied.raw);
  // Each write at its own call in the function: two writes are two calls, each reported once.
  for (const w of applied.dml) out.push({ kind: 'dml', action: w.action, table: w.table, hasWhere: w.hasWhere, loc: { ...(w.loc ?? op.loc) } });
  for (const u of applied.untyped) {
    const created = u.added ? undefined : out.find((o): o is Extract<Op, { kind: 'createTable' }> => o.kind === 'createTable' && o.table.toLowerCase() === u.table.toLowerCase());
    if (created) {
      // The statement's text stays as rendered (without the column); the problem said above keeps the dry-run from running it.
      if (!created.columns.some((c) => c.name === u.column.name)) created.columns.push(u.column);
    } else {
      out.push({ kind: 'addColumn', table: u.table, column: u.column, ifNotExists: false, loc: { ...op.loc }, unrenderable: u.reason });
    }
  }
  return out;
}

/** Lowers rendered statements with the SQL front end; every op points at the Django operation. */
async function lowerStatements(statements: string[], op: DjangoOperation, dialect: Dialect): Promise<Op[]> {
  const out: Op[] = [];
  for (const sql of statements) {
    let ops: Op[];
    try {
      ops = await lowerAtCall(dialect, sql, op.loc);
    } catch (error) {
      ops = [{ kind: 'unparsed', reason: 'parse', message: `internal: the SQL rendered for ${op.written} did not parse: ${(error as Error).message}`, loc: { ...op.loc } }];
    }
    out.push(...ops);
  }
  return out;
}

/**
 * `type.replace(/\(.*$/, '')` without retrying every `(` of the last line: the type cut at the
 * first `(` after its last line break.
 */
function typeBase(type: string): string {
  const lastLine = Math.max(type.lastIndexOf('\n'), type.lastIndexOf('\r'), type.lastIndexOf('\u2028'), type.lastIndexOf('\u2029')) + 1;
  const paren = type.indexOf('(', lastLine);
  return paren < 0 ? type : type.slice(0, paren);
}
