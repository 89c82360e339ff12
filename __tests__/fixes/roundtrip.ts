import { expect } from '@jest/globals';
import type { ConfigFile } from '../../src/config.js';
import type { Fix } from '../../src/rule.js';
import { lintFixture } from '../rollback/fixture.js';
import { applyFix } from './apply.js';

/** Findings per rule id. */
function counts(ids: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of ids) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
}

/**
 * The contract of a fix that may add migrations: lint, apply the rule's fix, lint the repository
 * with the new files: the rule's findings are gone, nothing fails to parse, no rule reports more
 * than before, and a second lint has no fix for the rule (fixing twice changes nothing).
 * Returns the fix and the fixed files.
 */
export async function fixAndRelint(ruleId: string, history: Record<string, string>, change: Record<string, string>, config?: ConfigFile): Promise<{ fix: Fix; fixed: Record<string, string> }> {
  const before = await lintFixture({ history, change, ...(config ? { config } : {}) });
  const findings = before.report.findings.filter((f) => f.ruleId === ruleId);
  expect(findings.length).toBeGreaterThan(0);
  let fixed = { ...change };
  for (const f of findings) {
    expect(f.fix).toBeDefined();
    for (const n of f.fix!.newFiles ?? []) expect(fixed[n.path] ?? history[n.path]).toBeUndefined();
    fixed = applyFix(fixed, f.fix!);
  }
  const after = await lintFixture({ history, change: fixed, ...(config ? { config } : {}) });
  const ids = after.report.findings.map((f) => f.ruleId);
  expect(ids).not.toContain(ruleId);
  expect(ids).not.toContain('parse-error');
  expect(ids).not.toContain('unanalyzable');
  const was = counts(before.report.findings.map((f) => f.ruleId));
  for (const [id, n] of counts(ids)) expect([id, n]).toEqual([id, Math.min(n, was.get(id) ?? 0)]);
  // Fixing twice changes nothing: no finding of the rule is left to carry a fix.
  expect(after.report.findings.filter((f) => f.ruleId === ruleId && f.fix)).toEqual([]);
  return { fix: findings[0]!.fix!, fixed };
}

/** The rule's finding in the change, which must have no exact fix. */
export async function expectNoFix(ruleId: string, history: Record<string, string>, change: Record<string, string>, config?: ConfigFile): Promise<void> {
  const r = await lintFixture({ history, change, ...(config ? { config } : {}) });
  const finding = r.report.findings.find((f) => f.ruleId === ruleId);
  expect(finding).toBeDefined();
  expect(finding!.fix).toBeUndefined();
}
