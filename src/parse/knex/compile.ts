import type { ColumnSpec, ConstraintSpec, Dialect, Loc, Op, SqlType } from '../../ir.js';
import { knexColumnType, knexDefault, knexTypeKey } from './types.js';
import type { ColumnDraft, TableDraft } from './values.js';

/**
 * Turns a createTable/alterTable builder into IR ops in the order Knex's table compiler
 * (knex 3.x `tablecompiler.js` + `pg-tablecompiler.js`) sends the statements:
 *
 * create: native enum types → CREATE TABLE (columns, first primary(), checks) → table comment →
 *         column comments → index/unique/foreign/... in call order.
 * alter:  native enum types → ADD COLUMNs → per `.alter()` column DROP DEFAULT (unless re-set),
 *         DROP NOT NULL, TYPE, SET DEFAULT, SET NOT NULL → column comments and checks → table statements in call
 *         order → table comment.
 */
export function compileTable(draft: TableDraft, dialect: Dialect): Op[] {
  const ops: Op[] = [];
  const { table } = draft;
  const hasPrimaryStatement = draft.statements.some((s) => s.kind === 'primary');
  const addColumns = draft.columns.filter((c) => c.mode === 'add');
  const alterColumns = draft.columns.filter((c) => c.mode === 'alter');
  const specs = new Map<ColumnDraft, { spec: ColumnSpec; checks: Array<{ expression: string; name: string | null }> }>();

  for (const column of draft.columns) {
    const mapped = knexColumnType(column.method, column.typeArgs, dialect, column.name);
    if (mapped.unsupported) {
      ops.push({
        kind: 'unparsed',
        reason: 'dynamic',
        message: `Knex's ${dialect === 'mysql' ? 'MySQL' : 'PostgreSQL'} client has no column type for \`${column.method}()\`: it writes \`undefined\` as the type of ${column.name}, so the migration fails. Use specificType('${column.name}', '<type>').`,
        loc: column.loc,
      });
    }
    if (mapped.createsEnum) ops.push({ kind: 'createEnum', name: mapped.createsEnum.name, values: mapped.createsEnum.values, loc: column.loc });
    const primaryKey = mapped.wantsPrimaryKey && !hasPrimaryStatement;
    const typeKey = knexTypeKey(column.method);
    const spec: ColumnSpec = {
      name: column.name,
      // The MySQL front end names unsigned integers `int unsigned`; increments() is always unsigned.
      type: mapped.type && dialect === 'mysql' && (column.unsigned || /increments/.test(typeKey)) ? unsignedType(mapped.type) : mapped.type,
      // serial/bigserial and primary keys are NOT NULL in PostgreSQL whatever the builder says.
      notNull: column.nullable === false || primaryKey || mapped.identity || /increments/.test(typeKey),
      default: column.defaultTo && !/increments/.test(typeKey) ? knexDefault(column.defaultTo, typeKey, dialect) : null,
      identity: mapped.identity,
    };
    if (primaryKey) spec.primaryKey = true;
    if (dialect === 'mysql' && column.comment !== undefined) spec.comment = column.comment;
    const checks = [...column.checks];
    if (mapped.checkExpression) checks.unshift({ expression: mapped.checkExpression, name: null });
    specs.set(column, { spec, checks });
  }

  const columnComments = (columns: ColumnDraft[]) => {
    for (const column of columns) {
      if (column.comment === undefined || (dialect === 'mysql' && column.mode === 'add')) continue;
      ops.push({ kind: 'comment', target: 'column', table, column: column.name, text: column.comment, loc: column.loc });
    }
  };

  if (draft.mode === 'create') {
    const constraints: ConstraintSpec[] = [];
    for (const column of addColumns) {
      const entry = specs.get(column)!;
      if (entry.spec.primaryKey) constraints.push(constraint('primaryKey', dialect === 'mysql' ? 'PRIMARY' : null, [column.name]));
      for (const check of entry.checks) constraints.push({ ...constraint('check', check.name, [column.name]), expression: check.expression });
    }
    const primary = draft.statements.find((s) => s.kind === 'primary');
    if (primary && primary.kind === 'primary' && primary.columns.length > 0) {
      constraints.push(constraint('primaryKey', primary.name ?? `${draft.rawName}_pkey`, primary.columns));
      for (const column of addColumns) {
        const spec = specs.get(column)!.spec;
        if (primary.columns.includes(column.name)) spec.notNull = true;
      }
    }
    for (const check of draft.createChecks) constraints.push({ ...constraint('check', check.name, columnsIn(check.expression, addColumns)), expression: check.expression });
    ops.push({
      kind: 'createTable',
      table,
      columns: addColumns.map((c) => specs.get(c)!.spec),
      constraints,
      ifNotExists: draft.ifNotExists,
      loc: draft.loc,
    });
    if (draft.comment !== undefined) ops.push({ kind: 'comment', target: 'table', table, column: null, text: draft.comment, loc: draft.loc });
    columnComments(addColumns);
  } else {
    // Knex adds every new column in one ALTER TABLE statement.
    const addOps: Op[] = [];
    for (const column of addColumns) {
      const spec = specs.get(column)!.spec;
      const op: Op = { kind: 'addColumn', table, column: spec, ifNotExists: false, loc: column.loc };
      if (column.position) op.position = column.position;
      addOps.push(op);
    }
    ops.push(...asOneMysqlStatement(addOps, dialect));
    for (const column of alterColumns) ops.push(...asOneMysqlStatement(alterColumnOps(column, specs.get(column)!.spec, table, dialect), dialect));
    columnComments(addColumns);
    for (const column of alterColumns) {
      // Per column, as Knex's modifier order has it: the comment, then its checks.
      columnComments([column]);
      specs.get(column)!.checks.forEach((check, i) => {
        // columncompiler.js _pushAlterCheckQuery: unnamed checks become <table>_<column>_<n>.
        const name = check.name ?? `${draft.rawName}_${column.name}_${i + 1}`;
        ops.push(...asOneMysqlStatement([{ kind: 'addConstraint', table, constraint: { ...constraint('check', name, [column.name]), expression: check.expression }, loc: column.loc }], dialect));
      });
    }
  }

  ops.push(...statementOps(draft, dialect));
  if (draft.mode === 'alter' && draft.comment !== undefined) {
    ops.push({ kind: 'comment', target: 'table', table, column: null, text: draft.comment, loc: draft.loc });
  }
  return ops;
}

function unsignedType(type: SqlType): SqlType {
  if (!/int$/.test(type.name)) return type;
  return { ...type, name: `${type.name} unsigned`, text: type.text.endsWith(' unsigned') ? type.text : `${type.text} unsigned` };
}

function constraint(kind: ConstraintSpec['kind'], name: string | null, columns: string[]): ConstraintSpec {
  return { name, kind, columns, notValid: false, usingIndex: null, references: null, expression: null, notNullColumn: null };
}

function columnsIn(expression: string, columns: ColumnDraft[]): string[] {
  return columns.filter((c) => new RegExp(`(^|[^\\w])${c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w]|$)`).test(expression)).map((c) => c.name);
}

/**
 * `.alter()`: PostgreSQL gets DROP DEFAULT, DROP NOT NULL, TYPE ... USING, then SET DEFAULT / SET
 * NOT NULL only for what the builder states — so an `.alter()` without `.defaultTo()` drops the
 * default, and `.notNullable().alter()` re-validates NOT NULL with a full scan even when the column
 * already was NOT NULL (pg-tablecompiler.js `_addColumn`). MySQL gets one MODIFY that restates the column.
 */
function alterColumnOps(column: ColumnDraft, spec: ColumnSpec, table: string, dialect: Dialect): Op[] {
  const loc = column.loc;
  const ops: Op[] = [];
  const name = column.name;
  if (dialect === 'mysql') {
    if (spec.type) ops.push({ kind: 'alterColumnType', table, column: name, type: spec.type, using: null, loc });
    ops.push(spec.notNull ? { kind: 'setNotNull', table, column: name, loc } : { kind: 'dropNotNull', table, column: name, loc });
    ops.push(spec.default ? { kind: 'setDefault', table, column: name, default: spec.default, loc } : { kind: 'dropDefault', table, column: name, loc });
    return ops;
  }
  // With .defaultTo() Knex drops and re-sets the default in the same batch; only the net change is
  // visible to running code, so it lowers to SET DEFAULT alone (else change-column-default would
  // flag every .alter() that restates its default).
  if (!spec.default) ops.push({ kind: 'dropDefault', table, column: name, loc });
  if (column.alterNullable) ops.push({ kind: 'dropNotNull', table, column: name, loc });
  if (column.alterType && spec.type) {
    const cast = knexTypeKey(column.method) === 'enu' ? '::text::' : '::';
    ops.push({ kind: 'alterColumnType', table, column: name, type: spec.type, using: `${name}${cast}${spec.type.text}`, loc });
  }
  if (spec.default) ops.push({ kind: 'setDefault', table, column: name, default: spec.default, loc });
  if (column.alterNullable && column.nullable === false) ops.push({ kind: 'setNotNull', table, column: name, loc });
  return ops;
}

/** Knex's generated index/constraint names (tablecompiler.js `_indexCommand`). */
function knexIndexName(type: string, rawTable: string, columns: string[]): string {
  return `${rawTable.replace(/\.|-/g, '_')}_${columns.join('_')}_${type}`.toLowerCase();
}

function statementOps(draft: TableDraft, dialect: Dialect): Op[] {
  const ops: Op[] = [];
  const { table, rawName } = draft;
  const qualifyIndex = (name: string) => (draft.schema && draft.schema !== 'public' ? `${draft.schema}.${name}` : name);
  for (const s of draft.statements) {
    const loc: Loc = s.loc;
    const first = ops.length;
    switch (s.kind) {
      case 'index':
        ops.push({
          kind: 'createIndex',
          name: s.name ?? knexIndexName('index', rawName, s.columns),
          table,
          columns: s.columns,
          unique: s.unique,
          concurrently: false,
          ifNotExists: false,
          where: s.where,
          method: s.method,
          loc,
        });
        break;
      case 'unique': {
        const name = s.name ?? knexIndexName('unique', rawName, s.columns);
        // MySQL's ADD UNIQUE builds a unique index (dropped with DROP INDEX), as the MySQL front end lowers it.
        if (s.asIndex || dialect === 'mysql') {
          ops.push({ kind: 'createIndex', name, table, columns: s.columns, unique: true, concurrently: false, ifNotExists: false, where: null, method: null, loc });
        } else {
          ops.push({ kind: 'addConstraint', table, constraint: constraint('unique', name, s.columns), loc });
        }
        break;
      }
      case 'primary':
        // In createTable the first primary() is part of CREATE TABLE; later ones Knex ignores.
        if (draft.mode === 'alter') {
          ops.push({ kind: 'addConstraint', table, constraint: constraint('primaryKey', s.name ?? (dialect === 'mysql' ? 'PRIMARY' : `${rawName}_pkey`), s.columns), loc });
        }
        break;
      case 'foreign': {
        const fk = s.fk;
        if (!fk.inTable || fk.references.length === 0) break; // Knex emits nothing without both.
        const spec = constraint('foreignKey', fk.keyName ?? knexIndexName('foreign', rawName, fk.columns), fk.columns);
        const parts = fk.inTable.split('.');
        const refTable = parts.length > 1 ? (parts[0] === 'public' ? parts[1]! : fk.inTable) : fk.inTable;
        spec.references = { table: refTable, columns: fk.references };
        ops.push({ kind: 'addConstraint', table, constraint: spec, loc });
        break;
      }
      case 'dropColumn':
        for (const column of s.columns) ops.push({ kind: 'dropColumn', table, column, ifExists: false, loc });
        break;
      case 'renameColumn':
        ops.push({ kind: 'renameColumn', table, column: s.from, newName: s.to, loc });
        break;
      case 'dropIndex':
        ops.push({ kind: 'dropIndex', name: qualifyIndex(s.name ?? knexIndexName('index', rawName, s.columns)), table, concurrently: false, ifExists: false, loc });
        break;
      case 'dropUnique': {
        const name = s.name ?? knexIndexName('unique', rawName, s.columns);
        // MySQL drops a unique key with DROP INDEX; PostgreSQL drops the constraint.
        if (dialect === 'mysql') ops.push({ kind: 'dropIndex', name, table, concurrently: false, ifExists: s.ifExists, loc });
        else ops.push({ kind: 'dropConstraint', table, name, ifExists: s.ifExists, constraintKind: 'unique', loc });
        break;
      }
      case 'dropForeign':
        ops.push({ kind: 'dropConstraint', table, name: s.name ?? knexIndexName('foreign', rawName, s.columns), ifExists: s.ifExists, constraintKind: 'foreignKey', loc });
        break;
      case 'dropPrimary':
        ops.push({ kind: 'dropConstraint', table, name: s.name ?? (dialect === 'mysql' ? 'PRIMARY' : `${rawName}_pkey`), ifExists: s.ifExists, constraintKind: 'primaryKey', loc });
        break;
      case 'check':
        ops.push({ kind: 'addConstraint', table, constraint: { ...constraint('check', s.name, []), expression: s.expression, notNullColumn: notNullCheckColumn(s.expression) }, loc });
        break;
      case 'dropChecks':
        for (const name of s.names) ops.push({ kind: 'dropConstraint', table, name, ifExists: false, constraintKind: 'check', loc });
        break;
      case 'setNullable':
        ops.push({ kind: 'dropNotNull', table, column: s.column, loc });
        break;
      case 'dropNullable':
        ops.push({ kind: 'setNotNull', table, column: s.column, loc });
        break;
    }
    asOneMysqlStatement(ops.slice(first), dialect);
  }
  return ops;
}

/**
 * Marks ops Knex sends as one MySQL ALTER TABLE / CREATE INDEX statement: `online` present (and
 * shared) is how the MySQL rules find a statement's parts. Knex never adds ALGORITHM/LOCK clauses.
 */
function asOneMysqlStatement(ops: Op[], dialect: Dialect): Op[] {
  if (dialect !== 'mysql') return ops;
  const online = {};
  for (const op of ops) op.online = online;
  return ops;
}

/** `"email" IS NOT NULL` → email, so set-not-null can see the validated check. */
function notNullCheckColumn(expression: string): string | null {
  // No two optional whitespace runs side by side (they split a run every possible way: cubic).
  const m = /^\s*(?:\(\s*)?["`]?([\w$]+)["`]?\s+is\s+not\s+null\s*(?:\)\s*)?$/i.exec(expression);
  return m ? m[1]! : null;
}
