#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  LineIndex
} from "./chunk-2EGIIKF2.js";

// src/parse/sql/mysql/splitter.ts
var ROUTINE_HEAD = /^create\s+(?:or\s+replace\s+)?(?:definer\s*=\s*(?:`[^`]*`|'[^']*'|"[^"]*"|[^\s@]+)(?:\s*@\s*(?:`[^`]*`|'[^']*'|"[^"]*"|[^\s]+))?\s+)?(?:aggregate\s+)?(?:procedure|function|trigger|event)\b/i;
var ANONYMOUS_BLOCK = /^begin\s+not\s+atomic\b/i;
var STATEMENT_START_BEFORE = /* @__PURE__ */ new Set([";", ":", "begin", "then", "else", "do", "loop", "repeat", "atomic"]);
var BLOCK_OPENERS = /* @__PURE__ */ new Set(["if", "loop", "while", "repeat"]);
function isSpace(ch) {
  return ch === " " || ch === "	" || ch === "\n" || ch === "\r" || ch === "\f" || ch === "\v";
}
function isWordChar(ch) {
  return ch !== void 0 && /[A-Za-z0-9_$\u0080-\uffff]/.test(ch);
}
function skipComment(text, i) {
  const ch = text[i];
  if (ch === "-" && text[i + 1] === "-" && (i + 2 >= text.length || isSpace(text[i + 2]) || text.charCodeAt(i + 2) < 32)) {
    return endOfLine(text, i);
  }
  if (ch === "#") return endOfLine(text, i);
  if (ch === "/" && text[i + 1] === "*") {
    const end = text.indexOf("*/", i + 2);
    return end < 0 ? text.length : end + 2;
  }
  return -1;
}
function endOfLine(text, i) {
  let j = i;
  while (j < text.length && text[j] !== "\n" && text[j] !== "\r") j++;
  return j;
}
function skipQuoted(text, i) {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length) {
    const ch = text[j];
    if (ch === "\\" && quote !== "`") {
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
function splitMysqlStatements(input) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  const positions = new LineIndex(text);
  const out = [];
  let delimiter = ";";
  let i = 0;
  while (i < text.length) {
    const start = skipTrivia(text, i);
    if (start >= text.length) break;
    if (/^delimiter(?=[ \t])/i.test(text.slice(start, start + 10))) {
      const eol = endOfLine(text, start);
      const next = text.slice(start + 9, eol).trim().split(/[ \t]/)[0] ?? "";
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
        delimiter: end.delimiterFound ? delimiter : null
      });
    }
    i = end.next;
  }
  return out;
}
function skipTrivia(text, from) {
  let i = from;
  while (i < text.length) {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    if (text.startsWith("/*!", i) || text.startsWith("/*M!", i)) return i;
    const past = skipComment(text, i);
    if (past < 0) return i;
    i = past;
  }
  return i;
}
function trimTrailingTrivia(text, start, end) {
  let lastTokenEnd = start;
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (!text.startsWith("/*!", i) && !text.startsWith("/*M!", i)) {
      const past = skipComment(text, i);
      if (past >= 0) {
        i = Math.min(past, end);
        continue;
      }
    }
    const next = ch === "'" || ch === '"' || ch === "`" ? Math.min(skipQuoted(text, i), end) : i + 1;
    lastTokenEnd = next;
    i = next;
  }
  return lastTokenEnd;
}
function findStatementEnd(text, start, delimiter) {
  const head = text.slice(start, start + 400);
  const tracksBlocks = delimiter === ";" && (ROUTINE_HEAD.test(head) || ANONYMOUS_BLOCK.test(head));
  let depth = 0;
  let previousWord = "";
  let skipNextWord = false;
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'" || ch === '"' || ch === "`") {
      i = skipQuoted(text, i);
      previousWord = "literal";
      continue;
    }
    const past = text.startsWith("/*!", i) ? -1 : skipComment(text, i);
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
        skipNextWord = false;
        if (BLOCK_OPENERS.has(word) || word === "case") {
          previousWord = word;
          i = j;
          continue;
        }
      }
      if (word === "begin" || word === "case") depth++;
      else if (word === "end") {
        depth--;
        skipNextWord = true;
      } else if (BLOCK_OPENERS.has(word) && STATEMENT_START_BEFORE.has(previousWord) && text[skipSpaces(text, j)] !== "(") depth++;
      previousWord = word;
      i = j;
      continue;
    }
    if (!isSpace(ch)) {
      previousWord = ch === ";" || ch === ":" ? ch : "symbol";
      if (ch === ";") skipNextWord = false;
    }
    i++;
  }
  return { bodyEnd: text.length, next: text.length, delimiterFound: false };
}
function skipSpaces(text, from) {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

export {
  skipComment,
  skipQuoted,
  splitMysqlStatements
};
