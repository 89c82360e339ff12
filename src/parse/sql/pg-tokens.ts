/**
 * A PostgreSQL tokenizer for exact fixes: it does not parse, it only finds where the words,
 * quoted names, literals and punctuation of one statement are (offsets into the text), so a fix
 * can insert or replace text between tokens and copy names exactly as the user wrote them.
 * Comments and whitespace are skipped; `depth` is the parenthesis nesting the token is at.
 */
import { skipTrivia } from './pg-splitter.js';

export interface PgToken {
  kind: 'word' | 'ident' | 'string' | 'number' | 'punct';
  /** The token as written (a quoted identifier keeps its quotes). */
  text: string;
  start: number;
  end: number;
  /** Parenthesis nesting before the token (a `(` is at the depth outside it). */
  depth: number;
}

const DOLLAR_TAG = /\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/y;
const WORD = /[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/y;
const NUMBER = /(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?/y;
const OPERATOR = /[+\-*/<>=~!@#%^&|`?]+/y;

/**
 * The tokens of `text` (one statement); null when a quote or comment is not closed (no exact
 * position can be trusted then).
 */
export function pgTokens(text: string): PgToken[] | null {
  const out: PgToken[] = [];
  let depth = 0;
  let i = skipTrivia(text, 0);
  const n = text.length;
  const at = (re: RegExp, from: number): string | null => {
    re.lastIndex = from;
    const m = re.exec(text);
    return m ? m[0] : null;
  };
  while (i < n) {
    const c = text[i]!;
    const start = i;
    let kind: PgToken['kind'];
    if (c === "'" || ((c === 'E' || c === 'e' || c === 'B' || c === 'b' || c === 'X' || c === 'x' || c === 'N' || c === 'n') && text[i + 1] === "'") || ((c === 'U' || c === 'u') && text[i + 1] === '&' && text[i + 2] === "'")) {
      const escapes = (c === 'E' || c === 'e');
      i = text.indexOf("'", i) + 1;
      for (;;) {
        if (i >= n) return null;
        const ch = text[i]!;
        if (escapes && ch === '\\') i += 2;
        else if (ch === "'") {
          if (text[i + 1] === "'") i += 2;
          else {
            i++;
            break;
          }
        } else i++;
      }
      kind = 'string';
    } else if (c === '"' || ((c === 'U' || c === 'u') && text[i + 1] === '&' && text[i + 2] === '"')) {
      i = text.indexOf('"', i) + 1;
      for (;;) {
        if (i >= n) return null;
        if (text[i] === '"') {
          if (text[i + 1] === '"') i += 2;
          else {
            i++;
            break;
          }
        } else i++;
      }
      kind = 'ident';
    } else if (c === '$' && at(DOLLAR_TAG, i)) {
      const tag = at(DOLLAR_TAG, i)!;
      const close = text.indexOf(tag, i + tag.length);
      if (close < 0) return null;
      i = close + tag.length;
      kind = 'string';
    } else if (at(WORD, i)) {
      i += at(WORD, i)!.length;
      kind = 'word';
    } else if (/[\d.]/.test(c) && at(NUMBER, i)) {
      i += at(NUMBER, i)!.length;
      kind = 'number';
    } else if (c === '-' && text[i + 1] === '-') {
      i = skipTrivia(text, i);
      continue;
    } else if (c === '/' && text[i + 1] === '*') {
      const next = skipTrivia(text, i);
      if (next >= n && !/\*\/\s*$/.test(text)) return null;
      i = next;
      continue;
    } else if (at(OPERATOR, i)) {
      // An operator ends before a comment start inside it.
      const op = at(OPERATOR, i)!;
      const cut = op.search(/--|\/\*/);
      i += cut > 0 ? cut : op.length;
      kind = 'punct';
    } else {
      i++;
      kind = 'punct';
    }
    const tokenText = text.slice(start, i);
    if (tokenText === ')') depth--;
    out.push({ kind, text: tokenText, start, end: i, depth });
    if (tokenText === '(') depth++;
    i = skipTrivia(text, i);
  }
  return depth === 0 ? out : null;
}

/** A bare word, case-insensitively (never a quoted name: `"not"` is a name, not the keyword). */
export function isWord(t: PgToken | undefined, ...words: string[]): boolean {
  return t !== undefined && t.kind === 'word' && words.includes(t.text.toLowerCase());
}

/** An identifier as PostgreSQL folds it: bare words to lower case, quoted ones as written. */
export function foldToken(t: PgToken): string {
  if (t.kind === 'ident') {
    if (t.text.startsWith('"')) return t.text.slice(1, -1).replace(/""/g, '"');
    return t.text; // U&"..." kept as written: compared only against itself
  }
  return t.text.toLowerCase();
}

/** The part of an ALTER TABLE statement the fixes read: its head and its subcommands. */
export interface AlterTable {
  tokens: PgToken[];
  /** `ALTER TABLE [IF EXISTS] [ONLY] name [*]` flags. */
  ifExists: boolean;
  only: boolean;
  /** The table name as written (`public."UserAccounts"`), and its tokens' range. */
  table: string;
  /** Each subcommand's tokens [from, to) (commas at depth 0 separate them, the final `;` excluded). */
  subcommands: { from: number; to: number }[];
  /** The `;` ending the statement, if it has one. */
  semicolon: PgToken | null;
}

/** Reads `sql` as `ALTER TABLE ...`; null when it is another statement or not tokenizable. */
export function readAlterTable(sql: string): AlterTable | null {
  const tokens = pgTokens(sql);
  if (!tokens || !isWord(tokens[0], 'alter') || !isWord(tokens[1], 'table')) return null;
  let i = 2;
  let ifExists = false;
  let only = false;
  if (isWord(tokens[i], 'if') && isWord(tokens[i + 1], 'exists')) {
    ifExists = true;
    i += 2;
  }
  if (isWord(tokens[i], 'only')) {
    only = true;
    i++;
  }
  const nameStart = i;
  // name [. name [. name]]
  if (!tokens[i] || (tokens[i]!.kind !== 'word' && tokens[i]!.kind !== 'ident')) return null;
  i++;
  while (tokens[i]?.text === '.' && tokens[i + 1] && (tokens[i + 1]!.kind === 'word' || tokens[i + 1]!.kind === 'ident')) i += 2;
  const table = sql.slice(tokens[nameStart]!.start, tokens[i - 1]!.end);
  if (tokens[i]?.text === '*') return null;
  let last = tokens.length;
  let semicolon: PgToken | null = null;
  if (tokens[last - 1]?.text === ';') {
    semicolon = tokens[last - 1]!;
    last--;
  }
  // Anything after a `;` but the end: not one statement.
  if (tokens.slice(i, last).some((t) => t.text === ';')) return null;
  const subcommands: { from: number; to: number }[] = [];
  let from = i;
  for (let j = i; j < last; j++) {
    if (tokens[j]!.text === ',' && tokens[j]!.depth === 0) {
      subcommands.push({ from, to: j });
      from = j + 1;
    }
  }
  subcommands.push({ from, to: last });
  if (subcommands.some((s) => s.to <= s.from)) return null;
  return { tokens, ifExists, only, table, subcommands, semicolon };
}
