import type { Migration, Op, SqlType } from '../../ir.js';
import { numericVersion, runsLate, type Phrasebook } from '../../phrasebook.js';
import { sqlInverseVia, sqlPhrasebook, sqlType } from '../sql/phrasebook.js';
import { railsNames } from './detect.js';
import { railsFixes } from './fixes.js';

/** A Ruby heredoc-free string for SQL text (double quotes; `#` escaped so nothing interpolates). */
function rbSql(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/#/g, '\\#').replace(/\n/g, '\\n')}"`;
}

function sym(name: string): string {
  return /^[A-Za-z_]\w*$/.test(name) ? `:${name}` : rbSql(name);
}

const TYPES: Record<string, string> = {
  int2: ':integer, limit: 2',
  int4: ':integer',
  int8: ':bigint',
  text: ':text',
  varchar: ':string',
  bool: ':boolean',
  boolean: ':boolean',
  timestamptz: ':timestamptz',
  timestamp: ':datetime',
  date: ':date',
  numeric: ':decimal',
  float8: ':float',
  jsonb: ':jsonb',
  json: ':json',
  uuid: ':uuid',
};

/** The phrasebook of Rails migrations: ActiveRecord's schema statements, `execute` for raw SQL, `disable_ddl_transaction!`. */
export function railsPhrasebook(m: Migration): Phrasebook {
  const d = m.dialect;
  const sql = sqlPhrasebook({ ...m, layout: 'plain' });
  const rawSql = (text: string) => `execute ${rbSql(text.trim().replace(/;$/, ''))}`;
  return {
    runner: 'Rails',
    rawSql,
    runOutsideTransaction: 'Put it in a migration of its own that calls `disable_ddl_transaction!` in its class body.',
    disableTransaction: 'call `disable_ddl_transaction!` in the migration class',
    expectsDown: true,
    downPart: '`change` (inverted by ActiveRecord) or the `down` method',
    declareIrreversible: (at) => `raise ActiveRecord::IrreversibleMigration in \`down\`, or append "# migration-guard: ignore missing-downgrade -- <why it cannot be undone>" above line ${at.line} of ${at.file}`,
    inverse: (op: Op, previousType?: SqlType | null) => {
      return sqlInverseVia(rawSql, op, d, previousType);
    },
    deprecateColumn: (table, column, col) => rawSql(sql.deprecateColumn(table, column, col)),
    deprecateTable: (table) => rawSql(sql.deprecateTable(table)),
    dropColumn: (table, column) => `remove_column ${sym(table)}, ${sym(column)}, <type> (after adding it to the model's ignored_columns)`,
    dropTable: (table) => `drop_table ${sym(table)}`,
    dropIndexConcurrently: (op) => `remove_index ${sym(op.table ?? '<table>')}, name: ${sym(op.name)}, algorithm: :concurrently in a migration that calls disable_ddl_transaction!`,
    lockTimeoutAt: (set) => `${rawSql(set)} as the first statement`,
    verbatimSql: false,
    columnType: (type) => TYPES[type.name] ?? `${rbSql(sqlType(type))}`,
    fixes: railsFixes(m),
    // schema_migrations.version is the timestamp prefix, read as an integer.
    ordering: {
      version: /^\d+$/.test(m.id) ? numericVersion(m.id) : null,
      duplicateVersion: 'Rails refuses to migrate (ActiveRecord::DuplicateMigrationVersionError).',
      late: runsLate('Rails'),
      heads: null,
      // The class name comes from the file name: two files of one name are refused as well.
      uniqueName: { name: railsNames(m.file).name, duplicate: 'Rails refuses to migrate (ActiveRecord::DuplicateMigrationNameError): both define the same class.' },
    },
  };
}
