#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  skipComment,
  skipQuoted
} from "./chunk-H6TE6QOH.js";

// src/parse/sql/mysql/tokens.ts
function unescapeString(raw) {
  const quote = raw[0] ?? "'";
  const body = raw.slice(1, raw.endsWith(quote) && raw.length > 1 ? -1 : void 0);
  return body.replace(new RegExp(`\\\\(.)|${quote}${quote}`, "g"), (_match, escaped) => {
    if (escaped === void 0) return quote;
    return { n: "\n", t: "	", r: "\r", "0": "\0" }[escaped] ?? escaped;
  });
}
function serverRuns(server, mariadbOnly, version) {
  if (mariadbOnly && !server.mariadb) return false;
  return version === void 0 || server.version >= Number(version);
}
function tokenize(text, server) {
  const tokens = [];
  let inExecutableComment = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const executable = /^\/\*(M?)!(\d{5,6})?/.exec(text.slice(i, i + 12));
    if (executable && !inExecutableComment) {
      if (server && !serverRuns(server, executable[1] === "M", executable[2])) {
        const end = text.indexOf("*/", i + executable[0].length);
        i = end === -1 ? text.length : end + 2;
        continue;
      }
      inExecutableComment = true;
      i += executable[0].length;
      continue;
    }
    if (inExecutableComment && text.startsWith("*/", i)) {
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
      const raw2 = text.slice(i, end);
      tokens.push({ kind: "string", raw: raw2, value: unescapeString(raw2), offset: i });
      i = end;
      continue;
    }
    if (ch === "`" || ch === '"') {
      const end = skipQuoted(text, i);
      const raw2 = text.slice(i, end);
      const inner = raw2.slice(1, raw2.endsWith(ch) && raw2.length > 1 ? -1 : void 0);
      const value = ch === "`" ? inner.replace(/``/g, "`") : unescapeString(raw2);
      tokens.push({ kind: ch === "`" ? "quoted" : "string", raw: raw2, value, offset: i });
      i = end;
      continue;
    }
    const number = /^(?:0x[0-9a-f]+|\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)/i.exec(text.slice(i, i + 64));
    if (number && !/[A-Za-z_$]/.test(text[i + number[0].length] ?? "")) {
      tokens.push({ kind: "number", raw: number[0], value: number[0], offset: i });
      i += number[0].length;
      continue;
    }
    if (ch === "@") {
      const variable = /^@@?(?:[A-Za-z0-9_$.]+|`[^`]*`|'[^']*')?/.exec(text.slice(i));
      const raw2 = variable?.[0] ?? "@";
      tokens.push({ kind: "variable", raw: raw2, value: raw2.toLowerCase(), offset: i });
      i += raw2.length;
      continue;
    }
    const word = /^[A-Za-z0-9_$\u0080-\uffff]+/.exec(text.slice(i, i + 256));
    if (word) {
      tokens.push({ kind: "word", raw: word[0], value: word[0].toUpperCase(), offset: i });
      i += word[0].length;
      continue;
    }
    const operator = /^(?::=|<=>|<>|!=|<=|>=|\|\||&&|->>|->)/.exec(text.slice(i, i + 3));
    const raw = operator?.[0] ?? ch;
    tokens.push({ kind: "punct", raw, value: raw, offset: i });
    i += raw.length;
  }
  return tokens;
}
var TokenCursor = class {
  constructor(tokens, text) {
    this.tokens = tokens;
    this.text = text;
  }
  tokens;
  text;
  pos = 0;
  get done() {
    return this.pos >= this.tokens.length;
  }
  peek(ahead = 0) {
    return this.tokens[this.pos + ahead];
  }
  next() {
    return this.tokens[this.pos++];
  }
  /** The next token is the given word (upper case), without consuming it. */
  isWord(word, ahead = 0) {
    const t = this.peek(ahead);
    return t?.kind === "word" && t.value === word;
  }
  /** The next tokens are exactly these words. */
  isWords(...words) {
    return words.every((w, k) => this.isWord(w, k));
  }
  acceptWord(...words) {
    if (!this.isWords(...words)) return false;
    this.pos += words.length;
    return true;
  }
  /** Consumes one of the words if next; returns it. */
  acceptAnyWord(...words) {
    const t = this.peek();
    if (t?.kind === "word" && words.includes(t.value)) {
      this.pos++;
      return t.value;
    }
    return null;
  }
  isPunct(p, ahead = 0) {
    const t = this.peek(ahead);
    return t?.kind === "punct" && t.value === p;
  }
  acceptPunct(p) {
    if (!this.isPunct(p)) return false;
    this.pos++;
    return true;
  }
  /** An identifier (bare word, backticks or double quotes) — as written, for `foldIdentifier`. */
  identifier() {
    const t = this.peek();
    if (!t || t.kind !== "word" && t.kind !== "quoted" && t.kind !== "string") return null;
    this.pos++;
    if (t.kind === "word") return t.raw;
    return "`" + t.value.replace(/`/g, "``") + "`";
  }
  /** A possibly qualified name (`db.tbl`), returned as written with the dot. */
  qualifiedIdentifier() {
    const first = this.identifier();
    if (first === null) return null;
    let name = first;
    while (this.isPunct(".")) {
      this.pos++;
      const part = this.identifier();
      if (part === null) break;
      name += "." + part;
    }
    return name;
  }
  /** Skips a balanced parenthesised group starting at the current `(`; returns its inner tokens' source text. */
  skipParens() {
    if (!this.isPunct("(")) return "";
    const startToken = this.tokens[this.pos];
    let depth = 0;
    while (!this.done) {
      const t = this.next();
      if (t.kind === "punct" && t.value === "(") depth++;
      else if (t.kind === "punct" && t.value === ")") {
        depth--;
        if (depth === 0) return this.text.slice(startToken.offset + 1, t.offset);
      }
    }
    return this.text.slice(startToken.offset + 1);
  }
  /** Source text from token index `from` up to (not including) the current token. */
  sourceFrom(from) {
    const first = this.tokens[from];
    if (!first) return "";
    const last = this.tokens[this.pos - 1];
    if (!last || this.pos <= from) return "";
    return this.text.slice(first.offset, last.offset + last.raw.length);
  }
  /** Advances to the next top-level comma (or the end) and returns the skipped source text. */
  skipToTopLevelComma() {
    const from = this.pos;
    let depth = 0;
    while (!this.done) {
      const t = this.peek();
      if (t.kind === "punct") {
        if (t.value === "(") depth++;
        else if (t.value === ")") {
          if (depth === 0) break;
          depth--;
        } else if (t.value === "," && depth === 0) break;
      }
      this.pos++;
    }
    return this.sourceFrom(from);
  }
};

export {
  tokenize,
  TokenCursor
};
