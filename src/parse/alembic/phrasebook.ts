import type { Migration, Op, SqlType } from '../../ir.js';
import type { Phrasebook } from '../../phrasebook.js';
import { defaultIndexName } from '../../schema/index-names.js';
import { sqlInverse, sqlInverseVia, sqlType, unqualified } from '../sql/phrasebook.js';
import { alembicFixes } from './fixes.js';

/** A Python string literal. */
export function pyString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** A Python string for SQL text (double quotes, so the SQL's own single quotes read as they are). */
function pySql(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** `app.users` → `'users'` and `, schema='app'`: Alembic takes the schema as a keyword. */
function split(table: string): { name: string; schema: string } {
  const dot = table.indexOf('.');
  return dot <= 0 ? { name: pyString(table), schema: '' } : { name: pyString(table.slice(dot + 1)), schema: `, schema=${pyString(table.slice(0, dot))}` };
}

const SA_TYPES: Record<string, (t: SqlType) => string> = {
  int2: () => 'sa.SmallInteger()',
  int4: () => 'sa.Integer()',
  int8: () => 'sa.BigInteger()',
  text: () => 'sa.Text()',
  varchar: (t) => (t.args[0] !== undefined ? `sa.String(${t.args[0]})` : 'sa.String()'),
  bpchar: (t) => (t.args[0] !== undefined ? `sa.CHAR(${t.args[0]})` : 'sa.CHAR()'),
  bool: () => 'sa.Boolean()',
  boolean: () => 'sa.Boolean()',
  timestamptz: () => 'sa.DateTime(timezone=True)',
  timestamp: () => 'sa.DateTime()',
  datetime: () => 'sa.DateTime()',
  date: () => 'sa.Date()',
  numeric: (t) => (t.args.length > 0 ? `sa.Numeric(${t.args.join(', ')})` : 'sa.Numeric()'),
  float8: () => 'sa.Float()',
  jsonb: () => 'postgresql.JSONB()',
  json: () => 'sa.JSON()',
  uuid: () => 'sa.Uuid()',
};

/** A column type as SQLAlchemy code: the type as written when it is already SQLAlchemy, else mapped from the canonical name. */
export function saType(type: SqlType): string {
  if (/^(sa|sqlalchemy|postgresql|mysql)\./.test(type.text.trim())) return type.text.trim();
  const mapped = SA_TYPES[type.name]?.(type);
  const base = mapped ?? `sa.types.TypeEngine()  # ${sqlType(type)}`;
  return type.array && mapped ? `postgresql.ARRAY(${base})` : base;
}

const NOTE = pyString('deprecated: drop in a later release');

/** The phrasebook of Alembic migrations: `op.*` calls, `op.execute` for raw SQL, `autocommit_block()`. */
export function alembicPhrasebook(m: Migration): Phrasebook {
  const d = m.dialect;
  const fixes = alembicFixes(m);
  const rawSql = (sql: string) => `op.execute(${pySql(sql.trim().replace(/;$/, ''))})`;
  const inverse = (op: Op, previousType?: SqlType | null): { text: string; exact: boolean } | null => {
    const t = 'table' in op && typeof op.table === 'string' ? split(op.table) : { name: '', schema: '' };
    switch (op.kind) {
      case 'createTable':
        return { text: `op.drop_table(${t.name}${t.schema})`, exact: true };
      case 'dropTable':
        return { text: `op.create_table(${t.name}, ...${t.schema})`, exact: false };
      case 'renameTable':
        return { text: `op.rename_table(${pyString(unqualified(op.newName))}, ${t.name}${t.schema})`, exact: true };
      case 'addColumn':
        return { text: `op.drop_column(${t.name}, ${pyString(op.column.name)}${t.schema})`, exact: true };
      case 'dropColumn':
        return { text: `op.add_column(${t.name}, sa.Column(${pyString(op.column)}, ${previousType ? saType(previousType) : '...'})${t.schema})`, exact: false };
      case 'renameColumn':
        return { text: `op.alter_column(${t.name}, ${pyString(op.newName)}, new_column_name=${pyString(op.column)}${t.schema})`, exact: true };
      case 'alterColumnType':
        return { text: `op.alter_column(${t.name}, ${pyString(op.column)}, type_=${previousType ? saType(previousType) : '<previous type>'}${t.schema})`, exact: false };
      case 'setNotNull':
        return { text: `op.alter_column(${t.name}, ${pyString(op.column)}, nullable=True${t.schema})`, exact: true };
      case 'dropNotNull':
        return { text: `op.alter_column(${t.name}, ${pyString(op.column)}, nullable=False${t.schema})`, exact: false };
      case 'createIndex': {
        const name = op.name ?? defaultIndexName(op.table, op.columns);
        return { text: `op.drop_index(${pyString(name)}, table_name=${t.name}${t.schema})`, exact: op.name !== null };
      }
      case 'dropIndex':
        return { text: `op.create_index(${pyString(op.name)}, ...)`, exact: false };
      case 'addConstraint': {
        const s = sqlInverse(op, d);
        if (!op.constraint.name) return s ? { text: rawSql(s.text), exact: false } : null;
        return { text: `op.drop_constraint(${pyString(op.constraint.name)}, ${t.name}${t.schema})`, exact: true };
      }
      case 'dropConstraint':
        return { text: `op.create_..._constraint(${pyString(op.name)}, ${t.name}, ...)`, exact: false };
      default: {
        // No op.* spelling: the SQL inverse, run with op.execute.
        return sqlInverseVia(rawSql, op, d, previousType);
      }
    }
  };
  return {
    runner: 'Alembic',
    rawSql,
    runOutsideTransaction: 'Run it inside `with op.get_context().autocommit_block():`.',
    disableTransaction: 'put those statements in `with op.get_context().autocommit_block():`',
    commitAfterMigrations: 'commit the connection in env.py after `context.run_migrations()` (`connection.commit()`)',
    expectsDown: true,
    downPart: 'downgrade()',
    declareIrreversible: () => 'say so explicitly with raise NotImplementedError("<why>") so the report shows it as irreversible',
    inverse,
    deprecateColumn: (table, column) => {
      const t = split(table);
      return `op.alter_column(${t.name}, ${pyString(column)}, comment=${NOTE}${t.schema})`;
    },
    deprecateTable: (table) => {
      const t = split(table);
      return `op.create_table_comment(${t.name}, ${NOTE}${t.schema})`;
    },
    dropColumn: (table, column) => {
      const t = split(table);
      return `op.drop_column(${t.name}, ${pyString(column)}${t.schema})`;
    },
    dropTable: (table) => {
      const t = split(table);
      return `op.drop_table(${t.name}${t.schema})`;
    },
    dropIndexConcurrently: (op) => {
      const t = op.table ? split(op.table) : null;
      const args = `${pyString(unqualified(op.name))}${t ? `, table_name=${t.name}` : ''}, postgresql_concurrently=True${op.ifExists ? ', if_exists=True' : ''}${t?.schema ?? ''}`;
      return `op.drop_index(${args}) inside \`with op.get_context().autocommit_block():\``;
    },
    lockTimeoutAt: (set) => `${rawSql(set)} at the start of upgrade()`,
    verbatimSql: false,
    columnType: saType,
    ordering: {
      version: null,
      duplicateVersion: '',
      late: null,
      heads: (heads) => ({
        message: `The revision graph has ${heads.length} heads (${heads.join(', ')}): \`alembic upgrade head\` refuses to run ("Multiple head revisions are present"), and the order of the branches on a database is whatever was applied first.`,
        suggestion: `Merge the heads with \`alembic merge -m "merge heads" ${heads.join(' ')}\`, or point this revision's down_revision at the current head.`,
      }),
    },
    ...(fixes ? { fixes } : {}),
  };
}

