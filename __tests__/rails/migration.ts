/** Our own Rails migration fixtures for the rule tests: a class with `change` (or `up`/`down`). */

/** Line of the first body statement in `rb(...)` (line 1 class, 2 `def change`). */
export const RB_LINE = 3;

export function rb(body: string[], opts: { version?: string; classBody?: string[]; method?: 'change' | 'up'; down?: string[] } = {}): string {
  const lines = [`class Change < ActiveRecord::Migration[${opts.version ?? '7.1'}]`];
  for (const l of opts.classBody ?? []) lines.push(`  ${l}`);
  lines.push(`  def ${opts.method ?? 'change'}`, ...body.map((l) => `    ${l}`), '  end');
  if (opts.down) lines.push('', '  def down', ...opts.down.map((l) => `    ${l}`), '  end');
  lines.push('end', '');
  return lines.join('\n');
}
