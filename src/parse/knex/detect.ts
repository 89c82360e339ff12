const UP_EXPORT = /\bexports\.up\s*=|\bexport\s+(?:async\s+)?function\s*\*?\s*up\s*[(<]|\bexport\s+(?:const|let|var)\s+up\b|\bmodule\.exports\s*=\s*\{[^]*?\bup\b|\bexport\s*\{[^}]*\bup\b|\bexport\s+default\s*\{[^]*?\bup\b/;

/** Cheap check (no parsing) that a JS/TS file looks like a Knex migration: it exports `up`. */
export function isKnexFile(text: string): boolean {
  return UP_EXPORT.test(text);
}
