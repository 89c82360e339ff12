/**
 * One verdict whatever the front end, for Django: every rule-tester scenario with a Django variant
 * is linted twice, as the Django migration and as the SQL Django's schema editor sends for it
 * (renderMigrationSql, in the migration's transaction unless `atomic = False`), over the same
 * history (the Django 0001 migration, also as its SQL), and both must give the same findings at the
 * same source lines. Rollback rules judge the down part and the parse/dynamic-code rules the
 * Python itself, so they are left out, as in the Alembic parity test.
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

const sink: CollectedCases[] = [];
const globals = globalThis as unknown as Record<string, unknown>;
const saved = { describe: globals.describe, test: globals.test, it: globals.it };
globals.__migrationGuardRuleCases = sink;
globals.describe = globals.test = globals.it = () => {};
try {
  for (const file of readdirSync(ruleTests).filter((f) => f.endsWith('.test.ts')).sort()) {
    if (!/\bdjango:/.test(readFileSync(path.join(ruleTests, file), 'utf8'))) continue;
    await import(`../rules/${file.replace(/\.ts$/, '.js')}`);
  }
} finally {
  Object.assign(globals, saved);
  delete globals.__migrationGuardRuleCases;
}

const NOT_COMPARED = new Set([...rules.filter((r) => r.category === 'rollback').map((r) => r.id), 'parse-error', 'unanalyzable', 'invalid-suppression', 'internal-error']);

interface Scenario {
  title: string;
  ruleId: string;
  c: RuleCase;
  code: string;
}

const scenarios: Scenario[] = sink.flatMap(({ ruleId, valid, invalid }) =>
  [...valid.map((c) => ['valid', c] as const), ...invalid.map((c) => ['invalid', c] as const)]
    .filter(([, c]) => c.django !== undefined)
    .map(([kind, c]) => ({ title: `${ruleId} › ${kind} › ${c.name}`, ruleId, c, code: typeof c.django === 'string' ? c.django! : c.django!.code })),
);

/** The SQL file Django's run amounts to; `pyLine[i]` is the .py line of SQL line i + 1. */
function sqlFileOf(m: Migration): { text: string; pyLine: number[]; layout: 'plain' | 'dbmate' } | { unrenderable: string[] } {
  const up = renderMigrationSql(m).up;
  if (up.unrenderable.length > 0) return { unrenderable: up.unrenderable.map((u) => u.reason) };
  const lines: string[] = [];
  const pyLine: number[] = [];
  const first = up.statements[0]?.loc.line ?? 1;
  if (m.transactional) {
    lines.push('-- migrate:up');
    pyLine.push(first);
  }
  for (const s of up.statements) {
    for (const l of `${s.sql};`.split('\n')) {
      lines.push(l);
      pyLine.push(s.loc.line);
    }
  }
  return { text: `${lines.join('\n')}\n`, pyLine, layout: m.transactional ? 'dbmate' : 'plain' };
}

/** The Django history as SQL: the 0001 migration linted on its own and rendered. */
async function historySql(ruleId: string, c: RuleCase): Promise<string | undefined> {
  if (c.djangoHistory === undefined) return undefined;
  const { migrations } = await lintCaseFull(ruleId, { ...c, djangoHistory: undefined }, 'django', c.djangoHistory);
  return renderMigrationSql(migrations[0]!).up.statements.map((s) => `${s.sql};`).join('\n');
}

const compared = { scenarios: 0, skipped: [] as string[] };

describe('Django variants give the findings of the SQL Django sends', () => {
  test('the rule tests have Django scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
  });

  test.each(scenarios.map((s) => [s.title, s] as const))('%s', async (_title, s) => {
    const orm = await lintCaseFull(s.ruleId, s.c, 'django', s.code);
    const m = orm.migrations.find((x) => x.framework === 'django');
    expect(m).toBeDefined();
    const file = sqlFileOf(m!);
    if ('unrenderable' in file) {
      compared.skipped.push(`${s.title}: ${file.unrenderable.join('; ')}`);
      return;
    }
    compared.scenarios++;
    const sqlCase: RuleCase = { ...s.c, history: await historySql(s.ruleId, s.c), layout: file.layout, down: undefined, extraChange: undefined };
    const sql = await lintCaseFull(s.ruleId, sqlCase, 'sql', file.text);
    const suppressed = new Set(orm.suppressed.map((x) => `${x.ruleId}@${x.line}`));
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
    console.log(`Django parity: ${compared.scenarios} scenarios compared with their SQL; ${compared.skipped.length} without SQL to compare:\n  ${compared.skipped.join('\n  ')}`);
  });
});
