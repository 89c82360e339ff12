/**
 * A column default as a key that survives the spellings of one value: case and spaces outside
 * string literals (`NOW()` / `now ()`), casts (`'x'::text`, `'a'::public."Mood"`, `'{}'::int[]`),
 * parentheses the database adds around a literal or the whole default (`(0)`, `('x')`), and the
 * quotes around a number (`'0'` and `0` on a MySQL TINYINT). The text inside a string literal is
 * kept exactly: `'A'` and `'a'` are different defaults.
 */
export function defaultKey(sql: string | undefined): string {
  let key = '';
  const text = sql ?? '';
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === "'") {
      let end = i + 1;
      while (end < text.length && !(text[end] === "'" && text[end + 1] !== "'")) end += text[end] === "'" ? 2 : 1;
      key += text.slice(i, end + 1);
      i = end + 1;
    } else if (ch === ':' && text[i + 1] === ':') {
      i = afterCastType(text, i + 2);
    } else {
      if (!/\s/.test(ch)) key += ch.toLowerCase();
      i += 1;
    }
  }
  // Parentheses around one literal or name, not a call's: `(0)`, `('x')`, `(('x'))`.
  for (let before = ''; before !== key; ) {
    before = key;
    key = key.replace(/(^|[^\w$"])\(('(?:[^']|'')*'|-?[\w.$]+)\)/g, '$1$2');
  }
  while (key.startsWith('(') && key.endsWith(')') && wrapsWhole(key)) key = key.slice(1, -1);
  if (key.length > 2 && key.startsWith("'") && key.endsWith("'") && /^-?\d+(\.\d+)?$/.test(key.slice(1, -1))) key = key.slice(1, -1);
  return key;
}

/** Two default texts name the same value (see `defaultKey`). */
export function sameDefault(a: string | undefined, b: string | undefined): boolean {
  return defaultKey(a) === defaultKey(b);
}

/** The index just past a cast's type name: dotted, quoted parts, a size `(10,2)`, `[]`, multi-word (`character varying`). */
function afterCastType(text: string, start: number): number {
  let i = start;
  const word = /^\s*("(?:[^"]|"")*"|[A-Za-z_][\w$]*)/;
  for (;;) {
    const m = word.exec(text.slice(i));
    if (!m) break;
    i += m[0].length;
    const next = /^\s*(\.|(?=varying\b|precision\b|with\b|without\b|time\b|zone\b))/i.exec(text.slice(i));
    if (!next) break;
    i += next[0].length;
  }
  const size = /^\s*\(\s*\d+(\s*,\s*\d+)?\s*\)/.exec(text.slice(i));
  if (size) i += size[0].length;
  for (let arr = /^\s*\[\s*\d*\s*\]/.exec(text.slice(i)); arr; arr = /^\s*\[\s*\d*\s*\]/.exec(text.slice(i))) i += arr[0].length;
  return i;
}

/** `(a)(b)` is two groups; `((a)(b))` is one around everything. */
function wrapsWhole(key: string): boolean {
  let depth = 0;
  for (let i = 0; i < key.length; i += 1) {
    if (key[i] === "'") {
      i += 1;
      while (i < key.length && !(key[i] === "'" && key[i + 1] !== "'")) i += key[i] === "'" ? 2 : 1;
      continue;
    }
    if (key[i] === '(') depth += 1;
    else if (key[i] === ')' && (depth -= 1) === 0 && i < key.length - 1) return false;
  }
  return true;
}

/** A column's default that gives its rows a value: null for none and for `DEFAULT NULL` (what ADD COLUMN does anyway). */
export function effectiveDefault<D extends { sql: string }>(d: D | null | undefined): D | null {
  return d && d.sql.trim().toUpperCase() !== 'NULL' ? d : null;
}
