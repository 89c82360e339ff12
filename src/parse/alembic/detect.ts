/**
 * Cheap detection without parsing: an Alembic revision file assigns `revision` at module level
 * and defines `upgrade()`.
 */
// The annotation stops at any line break (CR-only files too): crossing them rescanned the rest of the file from every line (quadratic).
export function isAlembicFile(text: string): boolean {
  return /^revision\s*(?::[^=\n\r\u2028\u2029]*)?=/m.test(text) && /^def\s+upgrade\s*\(/m.test(text);
}
