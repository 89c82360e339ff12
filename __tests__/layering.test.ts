import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Rules are pure judgements over the IR: a file in rules/ may import only the IR (src/ir.ts), the
 * rule helper (src/rule.ts), the schema model (src/schema/) and the other rule files (the
 * catalog). Framework knowledge, the rollback analysis, I/O and reporting reach a rule only
 * through the rule context.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RULES = path.join(ROOT, 'rules');

/** Every module specifier a file imports or re-exports (static, dynamic and type-only). */
function importsOf(text: string): string[] {
  const out: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push(m[1]!);
  return out;
}

/** Whether a rules/ file may import `spec`. */
function allowed(fromFile: string, spec: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = path.resolve(path.dirname(fromFile), spec).replace(/\.js$/, '.ts');
  const rel = path.relative(ROOT, target).split(path.sep).join('/');
  return rel === 'src/ir.ts' || rel === 'src/rule.ts' || rel.startsWith('src/schema/') || (rel.startsWith('rules/') && !rel.slice('rules/'.length).includes('/'));
}

function ruleFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? ruleFiles(p) : /\.(ts|js|mts|cts)$/.test(e.name) ? [p] : [];
  });
}

describe('layering: rules/ imports only the IR, the rule helper and the schema model', () => {
  it('no file in rules/ imports anything else', () => {
    const violations: string[] = [];
    for (const file of ruleFiles(RULES)) {
      for (const spec of importsOf(fs.readFileSync(file, 'utf8'))) {
        if (!allowed(file, spec)) violations.push(`${path.relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the check itself catches what it should', () => {
    const file = path.join(RULES, 'x.ts');
    const src = [
      "import { defineRule } from '../src/rule.js';",
      "import type { Op } from '../src/ir.js';",
      "import { opLock } from '../src/schema/facts.js';",
      "import other from './other.js';",
      "import { pairRollback } from '../src/rollback/pairing.js';",
      "import type { Report } from '../src/report/model.js';",
      "export { x } from '../src/parse/alembic/phrasebook.js';",
      "import fs from 'node:fs';",
      "const late = await import('../src/engine.js');",
    ].join('\n');
    const bad = importsOf(src).filter((s) => !allowed(file, s));
    expect(bad).toEqual(['../src/rollback/pairing.js', '../src/report/model.js', '../src/parse/alembic/phrasebook.js', 'node:fs', '../src/engine.js']);
  });
});

describe('layering: no rule names a framework', () => {
  it('framework knowledge lives in the front ends: no file in rules/ mentions one, even in its docs', () => {
    const FRAMEWORKS = /alembic|knex|flyway|dbmate|diesel|prisma|golang|django|rails/i;
    const named = ruleFiles(RULES).filter((file) => FRAMEWORKS.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(ROOT, file));
    expect(named).toEqual([]);
  });
});
