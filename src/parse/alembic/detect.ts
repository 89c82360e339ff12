/**
 * Cheap detection without parsing: an Alembic revision file assigns `revision` at module level
 * and defines `upgrade()`.
 */
export function isAlembicFile(text: string): boolean {
  return /^revision\s*(?::[^=\n]*)?=/m.test(text) && /^def\s+upgrade\s*\(/m.test(text);
}
