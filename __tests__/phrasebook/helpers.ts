import type { Framework, Loc, Migration, Op, SqlLayout } from '../../src/ir.js';

export const at: Loc = { file: 'migrations/x', line: 3, endLine: 3, column: 1 };

export function migration(framework: Framework, extra: Partial<Migration> = {}): Migration {
  return { id: '0003_add_nickname', file: 'migrations/x', framework, dialect: 'postgres', isNew: true, transactional: true, up: [], down: null, order: '0003', expectsDown: true, ...extra };
}

export function sqlMigration(layout: SqlLayout, extra: Partial<Migration> = {}): Migration {
  return migration('sql', { layout, ...extra });
}

const loc = at;
/** One op of each kind a phrasebook has an inverse for. */
export const ops = {
  createTable: { kind: 'createTable', loc, table: 'UserAccounts', columns: [], constraints: [], ifNotExists: false },
  renameTable: { kind: 'renameTable', loc, table: 'app.users', newName: 'app.accounts' },
  addColumn: { kind: 'addColumn', loc, table: 'users', column: { name: 'nickname', type: null, notNull: false, default: null }, ifNotExists: false },
  renameColumn: { kind: 'renameColumn', loc, table: 'users', column: 'email', newName: 'mail' },
  setNotNull: { kind: 'setNotNull', loc, table: 'users', column: 'email' },
  createIndex: { kind: 'createIndex', loc, name: 'users_email_idx', table: 'users', columns: ['email'], unique: false, concurrently: true, ifNotExists: false, where: null, method: null },
  addConstraint: { kind: 'addConstraint', loc, table: 'users', constraint: { name: 'users_org_fk', kind: 'foreignKey', columns: ['org_id'], notValid: false, usingIndex: null } },
  createEnum: { kind: 'createEnum', loc, name: 'mood', values: ['ok'] },
  dropTable: { kind: 'dropTable', loc, table: 'users', ifExists: false, cascade: false },
  dropIndex: { kind: 'dropIndex', loc, name: 'users_email_idx', table: 'users', concurrently: false, ifExists: true },
} satisfies Record<string, Op>;
