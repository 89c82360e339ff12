// `function\s*(?:\*\s*)?up`, not `function\s*\*?\s*up`: two optional runs side by side split the
// whitespace after every `export function` every way (quadratic).
const UP_EXPORT = /\bexports\.up\s*=|\bexport\s+(?:async\s+)?function\s*(?:\*\s*)?up\s*[(<]|\bexport\s+(?:const|let|var)\s+up\b/;
/** `module.exports = {` / `export default {` followed anywhere later by `up`: only the first opener matters. */
const OBJECT_EXPORT = /\bmodule\.exports\s*=\s*\{|\bexport\s+default\s*\{/;
const UP_WORD = /\bup\b/g;
/** `export { ..., up }`: matches do not overlap, so the scan is linear. */
const NAMED_EXPORT = /\bexport\s*\{([^}]*)/g;

/**
 * Cheap check (no parsing) that a JS/TS file looks like a Knex migration: it exports `up`.
 * Linear in the file's length (no lazy `[^]*?` scan restarted at every opener).
 */
export function isKnexFile(text: string): boolean {
  if (UP_EXPORT.test(text)) return true;
  const opener = OBJECT_EXPORT.exec(text);
  if (opener) {
    UP_WORD.lastIndex = opener.index + opener[0].length;
    if (UP_WORD.test(text)) return true;
  }
  NAMED_EXPORT.lastIndex = 0;
  for (let m = NAMED_EXPORT.exec(text); m; m = NAMED_EXPORT.exec(text)) {
    if (/\bup\b/.test(m[1]!)) return true;
  }
  return false;
}
