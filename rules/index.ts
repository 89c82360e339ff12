import type { Rule } from '../src/rule.js';
import parseError from './parse-error.js';
import requireConcurrentIndex from './require-concurrent-index.js';
import unanalyzable from './unanalyzable.js';

/** Every rule, sorted by id. A parity test checks the order and that each file is listed. */
export const rules: readonly Rule[] = [
  parseError,
  requireConcurrentIndex,
  unanalyzable,
];

const byId = new Map(rules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
