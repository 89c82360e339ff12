import type { Migration, Op, SqlType } from '../../ir.js';
import { runsLate, type Phrasebook } from '../../phrasebook.js';
import { defaultIndexName } from '../../schema/index-names.js';
import { knexFixes } from './fixes.js';
import { sqlInverseVia, sqlName, sqlString, sqlType, unqualified } from '../sql/phrasebook.js';

/** A JavaScript string literal (single quotes, the Knex docs' style). */
export function jsString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** A JavaScript string for SQL text (double quotes, so the SQL's own single quotes read as they are). */
function jsSql(text: string): string {
  return JSON.stringify(text);
}

/** `knex.schema` for the table's schema: `app.users` → `knex.schema.withSchema('app')` and `'users'`. */
function schemaOf(table: string): { schema: string; name: string } {
  const dot = table.indexOf('.');
  return dot <= 0
    ? { schema: 'knex.schema', name: jsString(table) }
    : { schema: `knex.schema.withSchema(${jsString(table.slice(0, dot))})`, name: jsString(table.slice(dot + 1)) };
}

const NOTE = jsString('deprecated: drop in a later release');

/** The phrasebook of Knex migrations: `knex.schema` builders, `knex.raw` for SQL, `exports.config`. */
export function knexPhrasebook(m: Migration): Phrasebook {
  const d = m.dialect;
  const rawSql = (sql: string) => `knex.raw(${jsSql(sql.trim().replace(/;$/, ''))})`;
  const alter = (table: string, body: string) => {
    const s = schemaOf(table);
    return `${s.schema}.alterTable(${s.name}, (t) => { ${body} })`;
  };
  const inverse = (op: Op, previousType?: SqlType | null): { text: string; exact: boolean } | null => {
    switch (op.kind) {
      case 'createTable': {
        const s = schemaOf(op.table);
        return { text: `${s.schema}.dropTable(${s.name})`, exact: true };
      }
      case 'dropTable': {
        const s = schemaOf(op.table);
        return { text: `${s.schema}.createTable(${s.name}, (t) => { ... })`, exact: false };
      }
      case 'renameTable': {
        const s = schemaOf(op.newName);
        return { text: `${s.schema}.renameTable(${s.name}, ${jsString(unqualified(op.table))})`, exact: true };
      }
      case 'addColumn':
        return { text: alter(op.table, `t.dropColumn(${jsString(op.column.name)});`), exact: true };
      case 'dropColumn':
        return { text: alter(op.table, `t.specificType(${jsString(op.column)}, ${previousType ? jsString(sqlType(previousType)) : "'<type>'"});`), exact: false };
      case 'renameColumn':
        return { text: alter(op.table, `t.renameColumn(${jsString(op.newName)}, ${jsString(op.column)});`), exact: true };
      case 'setNotNull':
        return { text: alter(op.table, `t.setNullable(${jsString(op.column)});`), exact: true };
      case 'dropNotNull':
        return { text: alter(op.table, `t.dropNullable(${jsString(op.column)});`), exact: false };
      case 'createIndex': {
        const name = op.name ?? defaultIndexName(op.table, op.columns);
        return { text: alter(op.table, `t.dropIndex([], ${jsString(name)});`), exact: op.name !== null };
      }
      default: {
        // No builder spelling: the SQL inverse, run with knex.raw.
        return sqlInverseVia(rawSql, op, d, previousType);
      }
    }
  };
  return {
    runner: 'Knex',
    rawSql,
    runOutsideTransaction: 'Add `exports.config = { transaction: false };` to this migration (and keep it to this one statement).',
    disableTransaction: 'set `exports.config = { transaction: false }` in this migration',
    expectsDown: true,
    downPart: 'exports.down',
    declareIrreversible: () => 'say so explicitly with throw new Error("<why>") so the report shows it as irreversible',
    inverse,
    deprecateColumn: (table, column, col) =>
      d === 'postgres'
        ? rawSql(`COMMENT ON COLUMN ${sqlName(table, d)}.${sqlName(column, d)} IS ${sqlString('deprecated: drop in a later release')}`)
        : alter(table, `t.specificType(${jsString(column)}, ${col?.type ? jsString(sqlType(col.type)) : "'<current type>'"}).comment(${NOTE}).alter();`),
    deprecateTable: (table) => alter(table, `t.comment(${NOTE});`),
    dropColumn: (table, column) => alter(table, `t.dropColumn(${jsString(column)});`),
    dropTable: (table) => {
      const s = schemaOf(table);
      return `${s.schema}.dropTable(${s.name})`;
    },
    dropIndexConcurrently: (op) =>
      `${rawSql(`DROP INDEX CONCURRENTLY ${op.ifExists ? 'IF EXISTS ' : ''}${sqlName(op.name, d)}`)} in a migration with \`exports.config = { transaction: false }\``,
    lockTimeoutAt: (set) => `await ${rawSql(set)} at the start of up()`,
    verbatimSql: false,
    columnType: (type) => `t.specificType(<column>, ${jsString(sqlType(type))})`,
    // Knex keys knex_migrations by the whole file name.
    ordering: { version: null, duplicateVersion: '', late: runsLate('Knex'), heads: null },
    fixes: knexFixes(m),
  };
}
