import type { Dialect } from '../../ir.js';

/**
 * Bind parameters in SQL that a driver or SQLAlchemy fills in at run time: `:name` (SQLAlchemy
 * `text()`), `%s` and `%(name)s` (DB-API pyformat, Django cursors), `?` (qmark). The server never
 * sees them as written, so the SQL front end must not report them as syntax errors: they become
 * the dialect's own placeholder (`$n` on PostgreSQL, `?` on MySQL), which the parsers accept
 * wherever a value can stand. Quoted strings, quoted identifiers, dollar-quoted bodies and
 * comments are left alone. Replacements never contain newlines, so line numbers are unchanged.
 */
export type BindStyle = 'named' | 'pyformat' | 'qmark';

export interface BindResult {
  sql: string;
  /** How many placeholders were rewritten. */
  count: number;
}

const WORD = /[\w\u0080-\uffff]/;
const DOLLAR_TAG = /\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/y;
const NAMED = /:([A-Za-z_][\w]*)/y;
const PYFORMAT = /%(?:\(([A-Za-z_]\w*)\))?s/y;

export function neutralizeBindParams(sql: string, dialect: Dialect, styles: readonly BindStyle[]): BindResult {
  if (!/[:%?]/.test(sql)) return { sql, count: 0 };
  const named = styles.includes('named');
  const pyformat = styles.includes('pyformat');
  // `?` is a jsonb operator on PostgreSQL; only a qmark driver makes it a placeholder there.
  const qmark = styles.includes('qmark');
  const mysql = dialect === 'mysql';
  let out = '';
  let count = 0;
  let last = 0;
  const n = sql.length;
  const placeholder = () => {
    count++;
    return mysql ? '?' : `$${count}`;
  };
  let i = 0;
  while (i < n) {
    const c = sql[i]!;
    if (c === "'" || c === '"' || (mysql && c === '`')) {
      i = skipQuoted(sql, i, c, mysql || (c === "'" && /[eE]/.test(sql[i - 1] ?? '') && !WORD.test(sql[i - 2] ?? '')));
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (mysql && c === '#') {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      // MySQL executable comments (`/*! ... */`) are SQL the server runs; scan them like SQL.
      if (mysql && (sql[i + 2] === '!' || (sql[i + 2] === 'M' && sql[i + 3] === '!'))) {
        i += 2;
        continue;
      }
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === '$' && !mysql && !WORD.test(sql[i - 1] ?? '')) {
      DOLLAR_TAG.lastIndex = i;
      const m = DOLLAR_TAG.exec(sql);
      if (m) {
        const end = sql.indexOf(m[0], i + m[0].length);
        i = end < 0 ? n : end + m[0].length;
        continue;
      }
    }
    if (named && c === ':') {
      const prev = sql[i - 1] ?? '';
      // SQLAlchemy's own rule: not after a word character, `:` or backslash, and not `::cast`.
      if (prev !== ':' && prev !== '\\' && !WORD.test(prev)) {
        NAMED.lastIndex = i;
        const m = NAMED.exec(sql);
        if (m && sql[i + m[0].length] !== ':') {
          out += sql.slice(last, i) + placeholder();
          i += m[0].length;
          last = i;
          continue;
        }
      }
    }
    if (pyformat && c === '%') {
      if (sql[i + 1] === '%') {
        i += 2;
        continue;
      }
      PYFORMAT.lastIndex = i;
      const m = PYFORMAT.exec(sql);
      if (m && !WORD.test(sql[i + m[0].length] ?? '')) {
        out += sql.slice(last, i) + placeholder();
        i += m[0].length;
        last = i;
        continue;
      }
    }
    if (qmark && c === '?' && sql[i + 1] !== '?' && sql[i - 1] !== '?') {
      out += sql.slice(last, i) + placeholder();
      i++;
      last = i;
      continue;
    }
    i++;
  }
  if (count === 0) return { sql, count: 0 };
  return { sql: out + sql.slice(last), count };
}

/** Index just past the quoted token starting at `i` (or the end of input). */
function skipQuoted(sql: string, i: number, quote: string, backslash: boolean): number {
  const n = sql.length;
  let j = i + 1;
  while (j < n) {
    const c = sql[j]!;
    if (backslash && c === '\\') {
      j += 2;
      continue;
    }
    if (c === quote) {
      if (sql[j + 1] === quote) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return n;
}
