/**
 * Suggestions for method names that do not exist on Knex builders. Calling one throws
 * `TypeError: ... is not a function` when the migration runs, so the linter says which method was
 * meant instead of staying silent.
 */

/** Names people reach for from other ORMs (Sequelize, TypeORM, Rails) mapped to Knex's. */
const KNOWN_MISTAKES: Record<string, string> = {
  defaultValue: 'defaultTo',
  setDefault: 'defaultTo',
  required: 'notNullable',
  isNotNull: 'notNullable',
  allowNull: 'nullable',
  isNullable: 'nullable',
  null: 'nullable',
  primaryKey: 'primary',
  isUnique: 'unique',
  foreignKey: 'foreign',
  reference: 'references',
  onDeleteCascade: "onDelete('CASCADE')",
  addColumn: 'a column type method such as string() or integer()',
  removeColumn: 'dropColumn',
  deleteColumn: 'dropColumn',
  changeColumn: 'alter()',
  modify: 'alter()',
};

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length]!;
}

/** Knex aliases: suggest the documented name rather than the alias. */
const CANONICAL: Record<string, string> = { notNull: 'notNullable', default: 'defaultTo', defaultsTo: 'defaultTo', dropColumns: 'dropColumn' };

/** The method the author most likely meant, or null when nothing is close. */
export function suggestMethod(name: string, valid: Iterable<string>): string | null {
  const known = KNOWN_MISTAKES[name];
  if (known && known !== name) return known;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const candidate of valid) {
    if (candidate.toLowerCase() === name.toLowerCase()) return CANONICAL[candidate] ?? candidate;
    const score = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  if (best === null || bestScore > Math.max(2, Math.floor(name.length / 4))) return null;
  return CANONICAL[best] ?? best;
}
