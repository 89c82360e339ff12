#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/report/escape.ts
var INVISIBLE_BREAK = "&#8288;";
var MARKDOWN_PUNCTUATION = /[\\`*[\]|~]/g;
var BOUNDARY_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
var ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;
var LINE_START_SYNTAX = /^(\s*)([#+=-]|\d+[.)])/;
var UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
var UNSAFE_IN_BLOCK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
function visibleChar(ch) {
  if (ch === "\n") return "\\n";
  if (ch === "	") return "\\t";
  if (ch === "\r") return "\\r";
  const code = ch.charCodeAt(0);
  return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeControl(text) {
  return text.replace(UNSAFE_CHARS, visibleChar);
}
function escapeControlKeepLines(text) {
  return text.replace(/\r\n?/g, "\n").replace(UNSAFE_IN_BLOCK, visibleChar);
}
function hasUnsafeChars(text) {
  UNSAFE_CHARS.lastIndex = 0;
  const found = UNSAFE_CHARS.test(text);
  UNSAFE_CHARS.lastIndex = 0;
  return found;
}
function oneLine(text) {
  return text.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, " ").replace(/\t/g, " ").replace(UNSAFE_CHARS, visibleChar);
}
function neutraliseAutolinks(escaped) {
  return escaped.replace(/#(?=\d)/g, `#${INVISIBLE_BREAK}`).replace(/@/g, `&#64;${INVISIBLE_BREAK}`).replace(/(\w):\/\//g, `$1${INVISIBLE_BREAK}://`).replace(/\b(www)\./gi, `$1${INVISIBLE_BREAK}.`);
}
function escapeMarkdown(text) {
  const escaped = oneLine(text).replace(ENTITY_START, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_PUNCTUATION, (ch) => `\\${ch}`).replace(BOUNDARY_UNDERSCORE, "\\_").replace(LINE_START_SYNTAX, (_m, space, syntax) => `${space}${syntax.slice(0, -1)}\\${syntax.slice(-1)}`);
  return neutraliseAutolinks(escaped);
}
function escapeHtml(text) {
  const escaped = oneLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return neutraliseAutolinks(escaped);
}
function longestBacktickRun(text) {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
function codeSpan(text, opts = {}) {
  let body = oneLine(text);
  if (opts.inTable) body = body.replace(/\|/g, "\\|");
  const fence = "`".repeat(longestBacktickRun(body) + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || /^ .* $/.test(body) ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function codeBlock(text, language = "") {
  const body = escapeControlKeepLines(text).replace(/(?<!\n)\n+$/, "");
  const fence = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
  const lang = /^[a-z0-9+-]*$/i.test(language) ? language : "";
  return `${fence}${lang}
${body}
${fence}`;
}
function hiddenMarker(name, value) {
  const clean = (s) => s.replace(/[^A-Za-z0-9:._/=-]/g, "").replace(/-{2,}/g, "-");
  return value === void 0 ? `<!-- ${clean(name)} -->` : `<!-- ${clean(name)}=${clean(value)} -->`;
}

export {
  escapeControl,
  hasUnsafeChars,
  escapeMarkdown,
  escapeHtml,
  longestBacktickRun,
  codeSpan,
  codeBlock,
  hiddenMarker
};
