/**
 * Escaping for user-controlled text (identifiers, SQL, file names, messages, reasons) placed in
 * GitHub-flavoured Markdown: PR comments, review comments and job summaries.
 *
 * A migration file is written by whoever opened the pull request, and its text ends up in a
 * comment posted with the workflow's token. Everything from it must render as inert text: it may
 * not mention people or teams (notifications), open HTML (`<img src=x>`), close our hidden
 * markers (`-->`), start links or images, break a code span, or break a table row.
 */

/** U+2060 WORD JOINER: invisible, and it stops `@name`/URL recognition because it is not a name character. */
const INVISIBLE_BREAK = '&#8288;';

/**
 * Characters with Markdown meaning anywhere inline. Backslash-escaping is the CommonMark way to
 * make them literal (GitHub renders `\*` as `*`). `(`, `)` and `!` only matter next to `[`, which
 * is escaped; `<`, `>` and `&` become entities. Escaping no more keeps the CLI's Markdown readable.
 */
const MARKDOWN_PUNCTUATION = /[\\`*[\]|~]/g;

/**
 * `_` only opens or closes emphasis at a word boundary (GFM), so `users_email_idx` stays as is and
 * only `_x_`-style underscores are escaped.
 */
const BOUNDARY_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** `&` only matters where it could start an entity (`&lt;`, `&#64;`); `a && b` stays readable. */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;

/** Block syntax that only counts at the start of a line: headings, lists, quotes, setext underlines. */
const LINE_START_SYNTAX = /^(\s*)([#+=-]|\d+[.)])/;

/**
 * Characters that can forge or hide output: C0 and C1 controls (ESC drives terminals, NEL U+0085
 * and the separators U+2028/U+2029 break lines in some viewers), DEL, and the bidirectional
 * controls that reorder what a reviewer sees ("Trojan Source"), plus the BOM.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** The same set without tab and line feed: what a multi-line code block may not contain. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_BLOCK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A visible, unambiguous spelling of one unsafe character: `\n`, `\t`, `\r`, `\x1b`, `\u202e`. */
export function visibleChar(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\t') return '\\t';
  if (ch === '\r') return '\\r';
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Plain text (terminal output, SARIF messages, log lines): every control, line-breaking and
 * bidirectional character is shown as an escape, so user text can never start a new line,
 * drive the terminal or reorder a line.
 */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE_CHARS, visibleChar);
}

/** Like `escapeControl` but keeps tabs and line feeds (CRLF and CR become LF): for multi-line code. */
export function escapeControlKeepLines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE_IN_BLOCK, visibleChar);
}

/** Whether the text holds any character `escapeControl` would change. */
export function hasUnsafeChars(text: string): boolean {
  UNSAFE_CHARS.lastIndex = 0;
  const found = UNSAFE_CHARS.test(text);
  UNSAFE_CHARS.lastIndex = 0;
  return found;
}

/** Collapses line breaks and shows other control characters: inline text must stay on its line (and in its table row). */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ').replace(/\t/g, ' ').replace(UNSAFE_CHARS, visibleChar);
}

/**
 * Breaks the things GitHub turns into pings or links *after* Markdown parsing (so backslash
 * escapes do not help): `@user`, `@org/team`, bare URLs, `www.` autolinks and `#123` references.
 */
function neutraliseAutolinks(escaped: string): string {
  return escaped
    .replace(/#(?=\d)/g, `#${INVISIBLE_BREAK}`)
    .replace(/@/g, `&#64;${INVISIBLE_BREAK}`)
    .replace(/(\w):\/\//g, `$1${INVISIBLE_BREAK}://`)
    .replace(/\b(www)\./gi, `$1${INVISIBLE_BREAK}.`);
}

/**
 * Inline Markdown text: renders exactly as the input reads (on one line), with no HTML, links,
 * images, emphasis, mentions or table breaks. Safe inside table cells and list items.
 */
export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text)
    .replace(ENTITY_START, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, (ch) => `\\${ch}`)
    .replace(BOUNDARY_UNDERSCORE, '\\_')
    .replace(LINE_START_SYNTAX, (_m, space: string, syntax: string) => `${space}${syntax.slice(0, -1)}\\${syntax.slice(-1)}`);
  return neutraliseAutolinks(escaped);
}

/**
 * Text inside an HTML element such as `<summary>`: GitHub does not apply Markdown there, so a
 * backslash escape would show; entities are the only escaping, plus the mention/link breaks.
 */
export function escapeHtml(text: string): string {
  const escaped = oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return neutraliseAutolinks(escaped);
}

/** Longest run of consecutive backticks in the text (0 when none). */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * An inline code span. The fence is one backtick longer than any backtick run in the text, so the
 * text cannot close it; mentions and HTML are inert inside code. In a table cell `|` still splits
 * the row (GFM splits cells before parsing inlines), so it is backslash-escaped there.
 */
export function codeSpan(text: string, opts: { inTable?: boolean } = {}): string {
  let body = oneLine(text);
  if (opts.inTable) body = body.replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestBacktickRun(body) + 1);
  // A span starting or ending with a backtick needs a space so the fence is unambiguous;
  // CommonMark strips exactly one leading and trailing space.
  const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A fenced code block. The fence is longer than any backtick run in the text so no line of it can
 * close the block. `language` is only ever one of ours (sql, python, js...), never user text.
 */
export function codeBlock(text: string, language = ''): string {
  const body = escapeControlKeepLines(text).replace(/(?<!\n)\n+$/, ''); // tried where a run starts only: linear
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  const lang = /^[a-z0-9+-]*$/i.test(language) ? language : '';
  return `${fence}${lang}\n${body}\n${fence}`;
}

/**
 * A hidden HTML comment marker (`<!-- migration-guard:... -->`). The value can never end the
 * comment early: anything outside a conservative alphabet is dropped.
 */
export function hiddenMarker(name: string, value?: string): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9:._/=-]/g, '').replace(/-{2,}/g, '-');
  return value === undefined ? `<!-- ${clean(name)} -->` : `<!-- ${clean(name)}=${clean(value)} -->`;
}
