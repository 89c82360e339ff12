/**
 * One verdict whatever the front end: every rule-tester scenario with an Alembic variant is linted
 * twice, as the Alembic file and as the SQL Alembic sends for it (renderMigrationSql, wrapped in the
 * migration's transaction the way Alembic runs it), and both must give the same findings at the
 * same source lines. Rollback rules judge the down part (SQL files have none of their own here) and
 * the parse/dynamic-code rules judge the Python itself, so they are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../../rules/index.js';
import type { Migration } from '../../src/ir.js';
import { renderMigrationSql } from '../../src/render/index.js';
import { lintCaseFull, type CollectedCases, type RuleCase } from '../helpers/rule-tester.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ruleTests = path.join(here, '..', 'rules');

// Load the rule tests in collect mode: ruleTester hands over its cases, and the files' own extra
// tests are not defined a second time here (describe/test are stubbed while they load).
const sink: CollectedCases[] = [];
const globals = globalThis as unknown as Record<string, unknown>;
const saved = { describe: globals.describe, test: globals.test, it: globals.it };
globals.__migrationGuardRuleCases = sink;
globals.describe = globals.test = globals.it = () => {};
try {
  for (const file of readdirSync(ruleTests).filter((f) => f.endsWith('.test.ts')).sort()) {
    if (!/\balembic:/.test(readFileSync(path.join(ruleTests, file), 'utf8'))) continue;
    await import(`../rules/${file.replace(/\.ts$/, '.js')}`);
  }
} finally {
  Object.assign(globals, saved);
  delete globals.__migrationGuardRuleCases;
}

/** Findings about the down part, or about the Python rather than what it does. */
const NOT_COMPARED = new Set([...rules.filter((r) => r.category === 'rollback').map((r) => r.id), 'parse-error', 'unanalyzable', 'invalid-suppression', 'internal-error']);

interface Scenario {
  title: string;
  ruleId: string;
  c: RuleCase;
  code: string;
}

const scenarios: Scenario[] = sink.flatMap(({ ruleId, valid, invalid }) =>
  [...valid.map((c) => ['valid', c] as const), ...invalid.map((c) => ['invalid', c] as const)]
    .filter(([, c]) => c.alembic !== undefined)
    .map(([kind, c]) => ({ title: `${ruleId} › ${kind} › ${c.name}`, ruleId, c, code: typeof c.alembic === 'string' ? c.alembic! : c.alembic!.code })),
);

/**
 * The SQL file Alembic's run amounts to. Alembic runs the migration in its own transaction: a SQL
 * layout whose runner does the same (dbmate, `-- migrate:up`) holds the statements as they are.
 * With autocommit_block() statements, the transaction is spelled out instead (BEGIN ... COMMIT,
 * the block outside it) in a plain file. `pyLine[i]` is the .py line of SQL line i + 1.
 */
function sqlFileOf(m: Migration): { text: string; pyLine: number[]; layout: 'plain' | 'dbmate' } | { unrenderable: string[] } {
  const up = renderMigrationSql(m).up;
  if (up.unrenderable.length > 0) return { unrenderable: up.unrenderable.map((u) => u.reason) };
  const lines: string[] = [];
  const pyLine: number[] = [];
  const first = up.statements[0]?.loc.line ?? 1;
  if (m.transactional && !up.statements.some((s) => s.ops.some((o) => o.autocommit))) {
    lines.push('-- migrate:up');
    pyLine.push(first);
    for (const s of up.statements) {
      for (const l of `${s.sql};`.split('\n')) {
        lines.push(l);
        pyLine.push(s.loc.line);
      }
    }
    return { text: `${lines.join('\n')}\n`, pyLine, layout: 'dbmate' };
  }
  const push = (text: string, line: number) => {
    for (const l of text.split('\n')) {
      lines.push(l);
      pyLine.push(line);
    }
  };
  let open = false;
  for (const s of up.statements) {
    const autocommit = s.ops.some((o) => o.autocommit);
    if (m.transactional && !autocommit && !open) {
      push('BEGIN;', lines.length === 0 ? first : s.loc.line);
      open = true;
    }
    if (autocommit && open) {
      push('COMMIT;', s.loc.line);
      open = false;
    }
    push(`${s.sql};`, s.loc.line);
  }
  if (open) push('COMMIT;', pyLine[pyLine.length - 1] ?? first);
  return { text: `${lines.join('\n')}\n`, pyLine, layout: 'plain' };
}

const compared = { scenarios: 0, skipped: [] as string[] };

describe('Alembic variants give the findings of the SQL Alembic sends', () => {
  test('the rule tests have Alembic scenarios', () => {
    expect(scenarios.length).toBeGreaterThan(50);
  });

  test.each(scenarios.map((s) => [s.title, s] as const))('%s', async (_title, s) => {
    const orm = await lintCaseFull(s.ruleId, s.c, 'alembic', s.code);
    const m = orm.migrations.find((x) => x.framework === 'alembic');
    expect(m).toBeDefined();
    const file = sqlFileOf(m!);
    if ('unrenderable' in file) {
      // Dynamic code (the scenario of unanalyzable and friends): there is no SQL to compare with.
      compared.skipped.push(`${s.title}: ${file.unrenderable.join('; ')}`);
      return;
    }
    compared.scenarios++;
    const sqlCase: RuleCase = { ...s.c, layout: file.layout, down: undefined, extraChange: undefined };
    const sql = await lintCaseFull(s.ruleId, sqlCase, 'sql', file.text);
    const suppressed = new Set(orm.suppressed.map((x) => `${x.ruleId}@${x.line}`));
    // The engine reports once per rule and ORM call site, so both sides are compared as sets of rule@line.
    const ormFindings = [...new Set(orm.findings.filter((f) => f.file.endsWith('.py') && !NOT_COMPARED.has(f.ruleId)).map((f) => `${f.ruleId}@${f.line}`))].sort();
    const sqlFindings = [
      ...new Set(
        sql.findings
          .filter((f) => f.file.startsWith('b_change/') && !NOT_COMPARED.has(f.ruleId))
          .map((f) => `${f.ruleId}@${file.pyLine[f.line - 1] ?? f.line}`)
          .filter((k) => !suppressed.has(k)),
      ),
    ].sort();
    expect({ sql: file.text, findings: ormFindings }).toEqual({ sql: file.text, findings: sqlFindings });
  });

  afterAll(() => {
    console.log(`ORM parity: ${compared.scenarios} Alembic scenarios compared with their SQL; ${compared.skipped.length} without SQL to compare (dynamic code):\n  ${compared.skipped.join('\n  ')}`);
  });
});
