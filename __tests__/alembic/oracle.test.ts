/** Runs the Alembic oracle cases (oracle-cases.ts): hand-written SQL per operation form, PostgreSQL and MySQL. */
import { renderMigrationSql } from '../../src/render/index.js';
import type { Dialect } from '../../src/ir.js';
import { lowerText } from './helpers.js';
import { CASES, caseSource, type OracleCase } from './oracle-cases.js';

/** The statements the front end renders for a case's upgrade, and its unrenderable reasons. */
export async function renderCase(c: OracleCase, dialect: Dialect): Promise<{ statements: string[]; unrenderable: string[] }> {
  const m = await lowerText(caseSource(c), { dialect });
  const r = renderMigrationSql(m).up;
  return { statements: r.statements.map((s) => s.sql.trim()), unrenderable: r.unrenderable.map((u) => u.reason) };
}

describe.each(['postgres', 'mysql'] as const)('Alembic oracle (%s)', (dialect) => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const expected = dialect === 'postgres' ? c.pg : c.mysql;
    const got = await renderCase(c, dialect);
    if (Array.isArray(expected)) {
      expect(got.unrenderable).toEqual([]);
      expect(got.statements).toEqual(expected.map((s) => s.trim()));
    } else {
      expect(got.unrenderable.join('\n')).toMatch(expected.unrenderable);
    }
  });

  test('every Alembic operation the front end models is covered', () => {
    const covered = new Set(CASES.flatMap((c) => c.py.join('\n').match(/(?:op|batch_op)\.(\w+)\(/g) ?? []).map((m) => m.replace(/^(batch_)?op\./, '').replace('(', '')));
    for (const op of ['create_table', 'drop_table', 'rename_table', 'add_column', 'drop_column', 'alter_column', 'create_index', 'drop_index', 'create_foreign_key', 'create_check_constraint', 'create_unique_constraint', 'create_primary_key', 'drop_constraint', 'create_table_comment', 'drop_table_comment', 'execute', 'batch_alter_table']) {
      expect([op, covered.has(op)]).toEqual([op, true]);
    }
  });
});
