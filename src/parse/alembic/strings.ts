/** Python string-literal details the evaluator needs: prefixes and escape sequences. */

export interface StringPrefix {
  raw: boolean;
  formatted: boolean;
  bytes: boolean;
}

/** Reads the prefix of a `string_start` token (`rb"`, `f'''`, `"`). */
export function parseStringPrefix(startToken: string): StringPrefix {
  const prefix = startToken.replace(/["']+$/, '').toLowerCase();
  return { raw: prefix.includes('r'), formatted: prefix.includes('f') || prefix.includes('t'), bytes: prefix.includes('b') };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/**
 * Decodes the escape sequences of a non-raw Python string body. Unknown escapes stay as written,
 * as Python does; `\N{...}` names are kept literally (no Unicode name table is worth shipping for
 * migration SQL).
 */
export function decodeEscapes(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\' || i + 1 >= body.length) {
      out += ch;
      continue;
    }
    const next = body[i + 1]!;
    if (next === '\n') {
      // Line continuation inside a string: both characters vanish.
      i += 1;
      continue;
    }
    if (next === '\r') {
      i += body[i + 2] === '\n' ? 2 : 1;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i += 1;
      continue;
    }
    const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (hexLength > 0) {
      const hex = body.slice(i + 2, i + 2 + hexLength);
      if (hex.length === hexLength && /^[0-9a-fA-F]+$/.test(hex)) {
        out += String.fromCodePoint(parseInt(hex, 16));
        i += 1 + hexLength;
        continue;
      }
    }
    const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      out += String.fromCharCode(parseInt(octal[0], 8));
      i += octal[0].length;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Renders a string as a SQL literal (`O'Brien` → `'O''Brien'`). */
export function sqlQuote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
