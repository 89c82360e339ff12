import { expect } from '@jest/globals';
import { parse } from '@babel/parser';
import type { Fix } from '../../src/rule.js';
import { lintFixture } from '../rollback/fixture.js';
import { applyFix } from './apply.js';

/** A Knex history: users (with an index) and orders, as a base branch has them. */
export const knexHistory: Record<string, string> = {
  'migrations/20240101000000_base.js': `exports.up = async (knex) => {
  await knex.schema.createTable('users', (t) => {
    t.bigIncrements('id');
    t.text('email');
  });
  await knex.schema.createTable('orders', (t) => {
    t.bigIncrements('id');
    t.bigInteger('user_id');
    t.integer('total');
  });
  await knex.schema.alterTable('users', (t) => {
    t.index(['email'], 'users_email_idx');
  });
};

exports.down = async (knex) => {
  await knex.schema.dropTable('orders');
  await knex.schema.dropTable('users');
};
`,
};

/** A file that still parses as the Knex front end parses it (TypeScript for .ts, module or script otherwise). */
export function expectParses(path: string, text: string): void {
  const typescript = /\.[cm]?ts$/.test(path);
  expect(() =>
    parse(text, { sourceType: typescript || /\.mjs$/.test(path) ? 'module' : 'unambiguous', plugins: typescript ? ['typescript'] : [], allowAwaitOutsideFunction: true }),
  ).not.toThrow();
}

/**
 * Lints `change`, applies the fix of `rule`'s finding, lints again: the finding is gone, nothing
 * went unparsed or unanalysed, every file still parses, and the re-lint offers no fix for the rule.
 */
export async function roundTrip(rule: string, change: Record<string, string>, history = knexHistory): Promise<{ fix: Fix; fixed: Record<string, string>; after: string[] }> {
  const before = await lintFixture({ history, change });
  const finding = before.report.findings.find((f) => f.ruleId === rule);
  expect(finding?.fix).toBeDefined();
  const fix = finding!.fix!;
  const fixed = applyFix(change, fix);
  for (const [path, text] of Object.entries(fixed)) expectParses(path, text);
  const after = await lintFixture({ history, change: fixed });
  const ids = after.report.findings.map((f) => f.ruleId);
  expect(ids).not.toContain(rule);
  for (const id of ['parse-error', 'internal-error', 'unanalyzable', 'concurrent-in-transaction', 'transaction-nesting', 'missing-downgrade', 'downgrade-mismatch']) expect(ids).not.toContain(id);
  expect(after.report.findings.filter((f) => f.ruleId === rule && f.fix)).toEqual([]);
  return { fix, fixed, after: ids };
}

/** `rule` reports the change, without an exact fix. */
export async function expectNoFix(rule: string, change: Record<string, string>, history = knexHistory): Promise<void> {
  const r = await lintFixture({ history, change });
  const finding = r.report.findings.find((f) => f.ruleId === rule);
  expect(finding).toBeDefined();
  expect(finding!.fix).toBeUndefined();
}
