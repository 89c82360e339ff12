/**
 * Splits PostgreSQL SQL into statements with exact positions, without parsing. Parsing statement
 * by statement keeps the WASM heap small (50k statements: 118 MB RSS instead of 358 MB) and
 * turns one bad statement into one parse-error instead of losing the file.
 */

export interface SqlChunk {
  /** Statement text from its first token through its terminating `;` (or end of input). */
  text: string;
  /** Offsets (UTF-16 code units) in the input. */
  start: number;
  end: number;
  /** Deepest parenthesis nesting seen (guards the parser against stack exhaustion). */
  maxDepth: number;
  /** The statement ran into the end of input inside a quote or comment. */
  unterminated: string | null;
}

const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c > 127;

/** Skips whitespace and comments from `i`; returns the index of the next token (or text.length). */
export function skipTrivia(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xfeff) {
      i++;
    } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      i = skipBlockComment(text, i).end;
    } else break;
  }
  return i;
}

/** PostgreSQL block comments nest. */
function skipBlockComment(text: string, i: number): { end: number; closed: boolean } {
  let depth = 0;
  const n = text.length;
  while (i < n) {
    if (text.charCodeAt(i) === 47 && text.charCodeAt(i + 1) === 42) {
      depth++;
      i += 2;
    } else if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) {
      depth--;
      i += 2;
      if (depth === 0) return { end: i, closed: true };
    } else i++;
  }
  return { end: n, closed: false };
}

const DOLLAR_TAG = /\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/y;

const COPY_FROM_STDIN = /^copy\b[^;]*\bfrom\s+stdin\b/i;

function endOfLine(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl + 1;
}

/** From just after `COPY ... FROM stdin;`: past the rest of that line, the data, and the `\.` line. */
function skipCopyData(text: string, i: number): number {
  const n = text.length;
  i = endOfLine(text, i);
  while (i < n) {
    const next = endOfLine(text, i);
    if (next - i <= 8 && text.slice(i, next).trimEnd() === '\\.') return next;
    i = next;
  }
  return n;
}

export function splitPostgres(text: string): SqlChunk[] {
  const chunks: SqlChunk[] = [];
  const n = text.length;
  let i = skipTrivia(text, 0);
  while (i < n) {
    // A psql meta-command (`\set x 1`, `\connect db`, `\i f`, `\if`) runs to the end of its line.
    if (text.charCodeAt(i) === 92) {
      i = skipTrivia(text, endOfLine(text, i));
      continue;
    }
    const start = i;
    let depth = 0;
    let maxDepth = 0;
    let unterminated: string | null = null;
    // BEGIN ATOMIC ... END (SQL-standard function bodies) contains semicolons; CASE...END nests inside.
    let atomicDepth = 0;
    let caseDepth = 0;
    let prevWord = '';
    let end = n;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 59 /* ; */ && atomicDepth === 0) {
        end = i + 1;
        i++;
        break;
      }
      if (c === 92 /* \ */ && atomicDepth === 0) {
        // A meta-command inside a statement (`SELECT ... \gexec`) ends the query buffer.
        end = i;
        i = endOfLine(text, i);
        break;
      }
      if (c === 40) {
        depth++;
        if (depth > maxDepth) maxDepth = depth;
        i++;
      } else if (c === 41) {
        depth--;
        i++;
      } else if (c === 39 /* ' */) {
        // E'' strings allow backslash escapes; standard strings only ''.
        const escapes = i > start && (text.charCodeAt(i - 1) === 69 || text.charCodeAt(i - 1) === 101) && !isWordChar(text.charCodeAt(i - 2));
        i++;
        let closed = false;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (escapes && d === 92) i += 2;
          else if (d === 39) {
            if (text.charCodeAt(i + 1) === 39) i += 2;
            else {
              i++;
              closed = true;
              break;
            }
          } else i++;
        }
        if (!closed) unterminated = 'string literal';
      } else if (c === 34 /* " */) {
        const close = text.indexOf('"', i + 1);
        if (close < 0) {
          unterminated = 'quoted identifier';
          i = n;
        } else {
          i = close + 1;
          while (text.charCodeAt(i) === 34) {
            const next = text.indexOf('"', i + 1);
            if (next < 0) {
              unterminated = 'quoted identifier';
              i = n;
              break;
            }
            i = next + 1;
          }
        }
      } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? n : nl + 1;
      } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
        const r = skipBlockComment(text, i);
        if (!r.closed) unterminated = 'block comment';
        i = r.end;
      } else if (c === 36 /* $ */ && !(i > start && isWordChar(text.charCodeAt(i - 1)))) {
        DOLLAR_TAG.lastIndex = i;
        const m = DOLLAR_TAG.exec(text);
        if (m) {
          const close = text.indexOf(m[0], i + m[0].length);
          if (close < 0) {
            unterminated = `dollar-quoted string ${m[0]}`;
            i = n;
          } else i = close + m[0].length;
        } else i++;
      } else if (isWordChar(c) && !(c >= 48 && c <= 57)) {
        let j = i + 1;
        while (j < n && isWordChar(text.charCodeAt(j))) j++;
        // Keywords are ASCII; only then is the lower-cased word worth comparing.
        if (j - i <= 6) {
          const word = text.slice(i, j).toLowerCase();
          if (word === 'atomic' && prevWord === 'begin') atomicDepth++;
          else if (atomicDepth > 0 && word === 'case') caseDepth++;
          else if (atomicDepth > 0 && word === 'end') {
            if (caseDepth > 0) caseDepth--;
            else atomicDepth--;
          }
          prevWord = word;
        } else prevWord = '';
        i = j;
      } else i++;
    }
    // A last statement without `;` ends at its last non-blank character, not at the end of input.
    if (end === n || text.charCodeAt(end) === 92) while (end > start && /\s/.test(text[end - 1]!)) end--;
    const chunk = text.slice(start, end);
    chunks.push({ text: chunk, start, end, maxDepth, unterminated });
    // `COPY ... FROM stdin;` is followed by inline data up to a line holding only `\.`.
    if (COPY_FROM_STDIN.test(chunk)) i = skipCopyData(text, i);
    i = skipTrivia(text, i);
  }
  return chunks;
}
