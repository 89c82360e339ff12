import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Dialect, Migration, Op } from '../../src/ir.js';
import { knexFrontEnd } from '../../src/parse/knex/index.js';

export const FIXTURE_DIR = '__tests__/fixtures/knex';

export function knexFixtures(): string[] {
  return readdirSync(path.join(process.cwd(), FIXTURE_DIR)).filter((f) => /\.[cm]?[jt]s$/.test(f)).sort();
}

/** Lowers source text as if it were the Knex migration file `file`. */
export async function lowerKnex(text: string, file = 'migrations/20240101000000_test.js', dialect: Dialect = 'postgres'): Promise<Migration> {
  const [migration] = await knexFrontEnd({ file: { path: file, text }, dialect, isNew: true, id: 'test', order: 'test' });
  return migration!;
}

export async function lowerFixture(name: string, dialect: Dialect = 'postgres'): Promise<Migration> {
  const file = `${FIXTURE_DIR}/${name}`;
  return lowerKnex(readFileSync(path.join(process.cwd(), file), 'utf8'), file, dialect);
}

/** One line per op: `line kind target detail`, so tests read like the migration. */
export function brief(op: Op): string {
  const at = `${op.loc.line}`;
  const cond = op.conditional ? ' (conditional)' : '';
  switch (op.kind) {
    case 'createTable':
      return `${at} createTable ${op.table}(${op.columns.map((c) => c.name).join(',')})${cond}`;
    case 'addColumn':
      return `${at} addColumn ${op.table}.${op.column.name} ${op.column.type?.text ?? '?'}${op.column.notNull ? ' not null' : ''}${op.column.default ? ` default ${op.column.default.sql}` : ''}${cond}`;
    case 'dropColumn':
    case 'alterColumnType':
    case 'setNotNull':
    case 'dropNotNull':
    case 'setDefault':
    case 'dropDefault':
      return `${at} ${op.kind} ${op.table}.${op.column}${op.kind === 'alterColumnType' ? ` ${op.type.text}` : ''}${cond}`;
    case 'renameColumn':
      return `${at} renameColumn ${op.table}.${op.column} -> ${op.newName}${cond}`;
    case 'renameTable':
      return `${at} renameTable ${op.table} -> ${op.newName}${cond}`;
    case 'dropTable':
      return `${at} dropTable ${op.table}${op.ifExists ? ' if exists' : ''}${cond}`;
    case 'createIndex':
      return `${at} createIndex ${op.name} on ${op.table}(${op.columns.join(',')})${op.unique ? ' unique' : ''}${op.concurrently ? ' concurrently' : ''}${cond}`;
    case 'dropIndex':
      return `${at} dropIndex ${op.name}${op.concurrently ? ' concurrently' : ''}${cond}`;
    case 'addConstraint':
      return `${at} addConstraint ${op.constraint.kind} ${op.constraint.name ?? '?'} on ${op.table}${cond}`;
    case 'dropConstraint':
      return `${at} dropConstraint ${op.name} on ${op.table}${cond}`;
    case 'comment':
      return `${at} comment ${op.table}${op.column ? `.${op.column}` : ''}${cond}`;
    case 'dml':
      return `${at} ${op.action} ${op.table}${op.hasWhere ? ' where' : ''}${cond}`;
    case 'truncate':
      return `${at} truncate ${op.tables.join(',')}${cond}`;
    case 'unparsed':
      return `${at} unparsed ${op.reason}${cond}`;
    case 'transaction':
      return `${at} ${op.action}${cond}`;
    case 'other':
      return `${at} other ${op.statement} ${op.object ?? ''}${cond}`;
    default:
      return `${at} ${op.kind}${cond}`;
  }
}

export function briefs(ops: Op[] | null): string[] | null {
  return ops === null ? null : ops.map(brief);
}
