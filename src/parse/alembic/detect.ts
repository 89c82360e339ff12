/**
 * Cheap detection without parsing: an Alembic revision file assigns `revision` at module level
 * and defines `upgrade()` (`async def` too).
 */
// The annotation stops at any line break (CR-only files too): crossing them rescanned the rest of the file from every line (quadratic).
export function isAlembicFile(text: string): boolean {
  return /^revision\s*(?::[^=\n\r\u2028\u2029]*)?=/m.test(text) && /^(?:async[ \t]+)?def\s+upgrade\s*\(/m.test(text);
}
