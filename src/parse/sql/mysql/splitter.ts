/**
 * MySQL/MariaDB statement splitter with exact positions. It follows the `mysql` command-line
 * client: `--`/`#`/`/* *\/` comments, `'`/`"`/backtick quotes, `DELIMITER` lines, plus
 * BEGIN...END bodies of routines and triggers written without a custom delimiter (migration
 * runners such as Flyway send those as one statement).
 */
import { LineIndex } from '../../line-index.js';

/** One statement as found in the text. Positions are 1-based and relative to the text given. */
export interface SplitStatement {
  /** The statement without its delimiter, from its first token to its last. */
  text: string;
  /** Offset of the first token in the text (after a BOM was dropped). */
  offset: number;
  /** Line and column of the first token (leading comments and blank lines excluded). */
  line: number;
  column: number;
  /** Line of the last token. */
  endLine: number;
  /** The delimiter that ended it (`;`, `$$`, ...) or null at end of input. */
  delimiter: string | null;
}

const ROUTINE_HEAD = /^create\s+(?:or\s+replace\s+)?(?:definer\s*=\s*(?:`[^`]*`|'[^']*'|"[^"]*"|[^\s@]+)(?:\s*@\s*(?:`[^`]*`|'[^']*'|"[^"]*"|[^\s]+))?\s+)?(?:aggregate\s+)?(?:procedure|function|trigger|event)\b/i;
/** MariaDB's anonymous compound statement (`BEGIN NOT ATOMIC ... END`). */
const ANONYMOUS_BLOCK = /^begin\s+not\s+atomic\b/i;
/** Keywords after which a compound-statement keyword (IF, LOOP, WHILE, REPEAT) starts a block. */
const STATEMENT_START_BEFORE = new Set([';', ':', 'begin', 'then', 'else', 'do', 'loop', 'repeat', 'atomic']);
const BLOCK_OPENERS = new Set(['if', 'loop', 'while', 'repeat']);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_$\u0080-\uffff]/.test(ch);
}

/** Offset just past a comment starting at `i`, or -1 when no comment starts there. */
export function skipComment(text: string, i: number): number {
  const ch = text[i];
  // `--` starts a comment only when followed by whitespace, a control character or the end (MySQL manual, "Comments").
  if (ch === '-' && text[i + 1] === '-' && (i + 2 >= text.length || isSpace(text[i + 2]) || text.charCodeAt(i + 2) < 32)) {
    return endOfLine(text, i);
  }
  if (ch === '#') return endOfLine(text, i);
  if (ch === '/' && text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  return -1;
}

function endOfLine(text: string, i: number): number {
  let j = i;
  while (j < text.length && text[j] !== '\n' && text[j] !== '\r') j++;
  return j;
}

/** Offset just past a quoted string/identifier starting at `i` (unterminated: end of text). */
export function skipQuoted(text: string, i: number): number {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length) {
    const ch = text[j];
    // Backslash escapes apply inside '...' and "..." (default sql_mode), never inside backticks.
    if (ch === '\\' && quote !== '`') {
      j += 2;
      continue;
    }
    if (ch === quote) {
      if (text[j + 1] === quote) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return text.length;
}

/**
 * Splits MySQL text into statements. Never throws; an unterminated quote or comment simply runs
 * to the end of the text. A leading UTF-8 BOM is dropped (it is not a line and not a column).
 */
export function splitMysqlStatements(input: string): SplitStatement[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const positions = new LineIndex(text);
  const out: SplitStatement[] = [];
  let delimiter = ';';
  let i = 0;

  while (i < text.length) {
    // Skip whitespace and comments before the statement's first token.
    const start = skipTrivia(text, i);
    if (start >= text.length) break;

    // DELIMITER is a client command valid only at the start of a statement; it runs to the end of the line.
    if (/^delimiter(?=[ \t])/i.test(text.slice(start, start + 10))) {
      const eol = endOfLine(text, start);
      const next = text.slice(start + 9, eol).trim().split(/[ \t]/)[0] ?? '';
      if (next) delimiter = next;
      i = eol;
      continue;
    }

    const end = findStatementEnd(text, start, delimiter);
    const body = trimTrailingTrivia(text, start, end.bodyEnd);
    if (body > start) {
      const line = positions.line(start);
      out.push({
        text: text.slice(start, body),
        offset: start,
        line,
        column: positions.column(start),
        endLine: positions.line(body - 1),
        delimiter: end.delimiterFound ? delimiter : null,
      });
    }
    i = end.next;
  }
  return out;
}

function skipTrivia(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    // An executable comment `/*! ... */` is code, not trivia: MySQL runs what is inside.
    if (text.startsWith('/*!', i) || text.startsWith('/*M!', i)) return i;
    const past = skipComment(text, i);
    if (past < 0) return i;
    i = past;
  }
  return i;
}

/** End of a statement's last token (trailing comments and whitespace before the delimiter dropped). */
function trimTrailingTrivia(text: string, start: number, end: number): number {
  // Re-scan forward so that comment markers inside quotes are not mistaken for comments.
  let lastTokenEnd = start;
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (!text.startsWith('/*!', i) && !text.startsWith('/*M!', i)) {
      const past = skipComment(text, i);
      if (past >= 0) {
        i = Math.min(past, end);
        continue;
      }
    }
    const next = ch === "'" || ch === '"' || ch === '`' ? Math.min(skipQuoted(text, i), end) : i + 1;
    lastTokenEnd = next;
    i = next;
  }
  return lastTokenEnd;
}

function findStatementEnd(text: string, start: number, delimiter: string): { bodyEnd: number; next: number; delimiterFound: boolean } {
  // Compound bodies matter only with the default delimiter; a custom one already spans them.
  const head = text.slice(start, start + 400);
  const tracksBlocks = delimiter === ';' && (ROUTINE_HEAD.test(head) || ANONYMOUS_BLOCK.test(head));
  let depth = 0;
  let previousWord = '';
  let skipNextWord = false;
  let i = start;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === "'" || ch === '"' || ch === '`') {
      i = skipQuoted(text, i);
      previousWord = 'literal';
      continue;
    }
    const past = text.startsWith('/*!', i) ? -1 : skipComment(text, i);
    if (past >= 0) {
      i = past;
      continue;
    }
    if (text.startsWith(delimiter, i) && depth <= 0) {
      return { bodyEnd: i, next: i + delimiter.length, delimiterFound: true };
    }
    if (tracksBlocks && isWordChar(ch) && !isWordChar(text[i - 1])) {
      let j = i;
      while (j < text.length && isWordChar(text[j])) j++;
      const word = text.slice(i, j).toLowerCase();
      if (skipNextWord) {
        // `END IF`, `END LOOP`...: the keyword after END closes, it does not open.
        skipNextWord = false;
        if (BLOCK_OPENERS.has(word) || word === 'case') {
          previousWord = word;
          i = j;
          continue;
        }
      }
      if (word === 'begin' || word === 'case') depth++;
      else if (word === 'end') {
        depth--;
        skipNextWord = true;
      } else if (BLOCK_OPENERS.has(word) && STATEMENT_START_BEFORE.has(previousWord) && text[skipSpaces(text, j)] !== '(') depth++;
      previousWord = word;
      i = j;
      continue;
    }
    if (!isSpace(ch)) {
      previousWord = ch === ';' || ch === ':' ? ch : 'symbol';
      if (ch === ';') skipNextWord = false;
    }
    i++;
  }
  return { bodyEnd: text.length, next: text.length, delimiterFound: false };
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

