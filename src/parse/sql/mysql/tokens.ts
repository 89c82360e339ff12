import { skipComment, skipQuoted } from './splitter.js';

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'variable' | 'punct';

/** One lexical token of a MySQL statement; `offset` is relative to the statement text. */
export interface Token {
  kind: TokenKind;
  /** The token as written. */
  raw: string;
  /** Words: upper case. Backtick/double-quoted identifiers: unquoted. Strings: the unescaped value. */
  value: string;
  offset: number;
}

function unescapeString(raw: string): string {
  const quote = raw[0] ?? "'";
  const body = raw.slice(1, raw.endsWith(quote) && raw.length > 1 ? -1 : undefined);
  return body.replace(new RegExp(`\\\\(.)|${quote}${quote}`, 'g'), (_match: string, escaped?: string) => {
    if (escaped === undefined) return quote;
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[escaped] ?? escaped;
  });
}

/** The production server, for executable comments: MySQL-style version number (8.0.35 → 80035, 10.11 → 101100). */
export interface MysqlServerVersion {
  version: number;
  mariadb: boolean;
}

/**
 * Whether a server runs an executable comment: `/*! … *\/` always; `/*!NNNNN … *\/` from that
 * version on (MariaDB compares its own number, so it runs MySQL 8 comments too); `/*M! … *\/`
 * only on MariaDB, MySQL reads it as a comment.
 */
export function serverRuns(server: MysqlServerVersion, mariadbOnly: boolean, version: string | undefined): boolean {
  if (mariadbOnly && !server.mariadb) return false;
  return version === undefined || server.version >= Number(version);
}

/**
 * Tokenizes one statement. Comments are dropped, except that the contents of executable comments
 * (`/*!80013 ... *\/`, MariaDB `/*M! ... *\/`) are kept: the server runs them.
 */
export function tokenize(text: string, server?: MysqlServerVersion): Token[] {
  const tokens: Token[] = [];
  let inExecutableComment = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const executable = /^\/\*(M?)!(\d{5,6})?/.exec(text.slice(i, i + 12));
    if (executable && !inExecutableComment) {
      if (server && !serverRuns(server, executable[1] === 'M', executable[2])) {
        // The server reads it as a plain comment: so does the lint.
        const end = text.indexOf('*/', i + executable[0].length);
        i = end === -1 ? text.length : end + 2;
        continue;
      }
      inExecutableComment = true;
      i += executable[0].length;
      continue;
    }
    if (inExecutableComment && text.startsWith('*/', i)) {
      inExecutableComment = false;
      i += 2;
      continue;
    }
    const pastComment = skipComment(text, i);
    if (pastComment >= 0) {
      i = pastComment;
      continue;
    }
    if (ch === "'") {
      const end = skipQuoted(text, i);
      const raw = text.slice(i, end);
      tokens.push({ kind: 'string', raw, value: unescapeString(raw), offset: i });
      i = end;
      continue;
    }
    if (ch === '`' || ch === '"') {
      // Double quotes are string literals unless ANSI_QUOTES; as identifiers they only appear in
      // identifier positions, where the lowering accepts both kinds.
      const end = skipQuoted(text, i);
      const raw = text.slice(i, end);
      const inner = raw.slice(1, raw.endsWith(ch) && raw.length > 1 ? -1 : undefined);
      const value = ch === '`' ? inner.replace(/``/g, '`') : unescapeString(raw);
      tokens.push({ kind: ch === '`' ? 'quoted' : 'string', raw, value, offset: i });
      i = end;
      continue;
    }
    const number = /^(?:0x[0-9a-f]+|\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)/i.exec(text.slice(i, i + 64));
    if (number && !/[A-Za-z_$]/.test(text[i + number[0].length] ?? '')) {
      tokens.push({ kind: 'number', raw: number[0], value: number[0], offset: i });
      i += number[0].length;
      continue;
    }
    if (ch === '@') {
      const variable = /^@@?(?:[A-Za-z0-9_$.]+|`[^`]*`|'[^']*')?/.exec(text.slice(i));
      const raw = variable?.[0] ?? '@';
      tokens.push({ kind: 'variable', raw, value: raw.toLowerCase(), offset: i });
      i += raw.length;
      continue;
    }
    const word = /^[A-Za-z0-9_$\u0080-\uffff]+/.exec(text.slice(i, i + 256));
    if (word) {
      tokens.push({ kind: 'word', raw: word[0], value: word[0].toUpperCase(), offset: i });
      i += word[0].length;
      continue;
    }
    const operator = /^(?::=|<=>|<>|!=|<=|>=|\|\||&&|->>|->)/.exec(text.slice(i, i + 3));
    const raw = operator?.[0] ?? ch;
    tokens.push({ kind: 'punct', raw, value: raw, offset: i });
    i += raw.length;
  }
  return tokens;
}

/** A cursor over tokens with the small vocabulary the lowering needs. */
export class TokenCursor {
  pos = 0;

  constructor(
    readonly tokens: Token[],
    readonly text: string,
  ) {}

  get done(): boolean {
    return this.pos >= this.tokens.length;
  }

  peek(ahead = 0): Token | undefined {
    return this.tokens[this.pos + ahead];
  }

  next(): Token | undefined {
    return this.tokens[this.pos++];
  }

  /** The next token is the given word (upper case), without consuming it. */
  isWord(word: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t?.kind === 'word' && t.value === word;
  }

  /** The next tokens are exactly these words. */
  isWords(...words: string[]): boolean {
    return words.every((w, k) => this.isWord(w, k));
  }

  acceptWord(...words: string[]): boolean {
    if (!this.isWords(...words)) return false;
    this.pos += words.length;
    return true;
  }

  /** Consumes one of the words if next; returns it. */
  acceptAnyWord(...words: string[]): string | null {
    const t = this.peek();
    if (t?.kind === 'word' && words.includes(t.value)) {
      this.pos++;
      return t.value;
    }
    return null;
  }

  isPunct(p: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t?.kind === 'punct' && t.value === p;
  }

  acceptPunct(p: string): boolean {
    if (!this.isPunct(p)) return false;
    this.pos++;
    return true;
  }

  /** An identifier (bare word, backticks or double quotes) — as written, for `foldIdentifier`. */
  identifier(): string | null {
    const t = this.peek();
    if (!t || (t.kind !== 'word' && t.kind !== 'quoted' && t.kind !== 'string')) return null;
    this.pos++;
    if (t.kind === 'word') return t.raw;
    return '`' + t.value.replace(/`/g, '``') + '`';
  }

  /** A possibly qualified name (`db.tbl`), returned as written with the dot. */
  qualifiedIdentifier(): string | null {
    const first = this.identifier();
    if (first === null) return null;
    let name = first;
    while (this.isPunct('.')) {
      this.pos++;
      const part = this.identifier();
      if (part === null) break;
      name += '.' + part;
    }
    return name;
  }

  /** Skips a balanced parenthesised group starting at the current `(`; returns its inner tokens' source text. */
  skipParens(): string {
    if (!this.isPunct('(')) return '';
    const startToken = this.tokens[this.pos] as Token;
    let depth = 0;
    while (!this.done) {
      const t = this.next() as Token;
      if (t.kind === 'punct' && t.value === '(') depth++;
      else if (t.kind === 'punct' && t.value === ')') {
        depth--;
        if (depth === 0) return this.text.slice(startToken.offset + 1, t.offset);
      }
    }
    return this.text.slice(startToken.offset + 1);
  }

  /** Source text from token index `from` up to (not including) the current token. */
  sourceFrom(from: number): string {
    const first = this.tokens[from];
    if (!first) return '';
    const last = this.tokens[this.pos - 1];
    if (!last || this.pos <= from) return '';
    return this.text.slice(first.offset, last.offset + last.raw.length);
  }

  /** Advances to the next top-level comma (or the end) and returns the skipped source text. */
  skipToTopLevelComma(): string {
    const from = this.pos;
    let depth = 0;
    while (!this.done) {
      const t = this.peek() as Token;
      if (t.kind === 'punct') {
        if (t.value === '(') depth++;
        else if (t.value === ')') {
          if (depth === 0) break;
          depth--;
        } else if (t.value === ',' && depth === 0) break;
      }
      this.pos++;
    }
    return this.sourceFrom(from);
  }
}
