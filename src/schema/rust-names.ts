/**
 * What a Rust file binds as names of its own: the locals of `let` and `if let` patterns (struct
 * destructuring included), `for` and `match` arm patterns, function and closure parameters, and
 * the functions it defines. Where a file binds a dropped column's name that way, its bare uses are
 * that variable or that function, not the column (`let Foo { bar, .. } = x; Baz { bar }`).
 * Lexical, one pass over the file; it need not parse Rust, only not mistake a use for a binding.
 */

const KEYWORDS = new Set(['mut', 'ref', 'box', 'in', 'if', 'as', 'true', 'false', 'self', 'Self', 'move', 'dyn', 'impl', 'where', 'let', 'match']);
/** How far a pattern may run (a `let` of a wide struct spans lines): bounded, so the pass stays linear. */
const MAX_PATTERN = 4000;

const isIdentStart = (c: string | undefined) => c !== undefined && /[A-Za-z_]/.test(c);
const isIdent = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

/**
 * The names a pattern binds: `(a, b)`, `Some(x)`, `Foo { bar, baz: qux, .. }` (bar and qux, not baz),
 * `ref mut x`, `x @ 1..=3`. A name followed by `(`, `{`, `::` or `!` is a constructor, path or macro;
 * a name before a single `:` inside braces is a field of the struct, not a binding.
 */
function patternNames(pattern: string, out: Set<string>): void {
  // A comment inside a wide pattern (`// show nsfw content if …`) is no part of it.
  const pat = pattern.replace(/\/\/[^\n]*/g, '');
  // Two names side by side (`each column`) are prose (a comment saying "for each column in"), not a pattern.
  if (/[A-Za-z0-9_][ \t\r\n]+[A-Za-z_]/.test(pat.replace(/(?<![A-Za-z0-9_])(?:mut|ref|box)[ \t]+/g, '').replace(/[ \t]+if[ \t].*$/s, ''))) return;
  const stack: string[] = [];
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i]!;
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c === ')' || c === ']' || c === '}') stack.pop();
    else if (c === '"') {
      // A string literal in a pattern (`"x" => …`) binds nothing.
      for (i++; i < pat.length && pat[i] !== '"'; i++) if (pat[i] === '\\') i++;
    } else if (isIdentStart(c) && !isIdent(pat[i - 1])) {
      let j = i;
      while (isIdent(pat[j])) j++;
      const name = pat.slice(i, j);
      let b = i - 1;
      while (b >= 0 && /\s/.test(pat[b]!)) b--;
      const prev = pat.slice(Math.max(0, b - 1), b + 1);
      let k = j;
      while (pat[k] === ' ' || pat[k] === '\t' || pat[k] === '\n' || pat[k] === '\r') k++;
      const next = pat[k];
      i = j - 1;
      if (KEYWORDS.has(name) || /^[A-Z]/.test(name) || /^[0-9]/.test(name)) continue;
      if (prev.endsWith('::') || prev.endsWith('.') || prev.endsWith('\'')) continue;
      if (next === '(' || next === '{' || next === '!' || (next === ':' && pat[k + 1] === ':')) continue;
      if (next === ':' && stack[stack.length - 1] === '{') continue;
      out.add(name);
    }
  }
}

/**
 * Splits `text` from `from` at commas of depth 0 until the closing bracket `close` of depth 0 (or
 * the end), and returns the parts and where the list ended. `->` and `=>` are no brackets.
 */
function splitList(text: string, from: number, close: string): { parts: string[]; end: number } {
  const parts: string[] = [];
  let depth = 0;
  let start = from;
  const limit = Math.min(text.length, from + MAX_PATTERN);
  let i = from;
  for (; i < limit; i++) {
    const c = text[i]!;
    if (c === '"') {
      for (i++; i < limit && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if ((c === '>' && (text[i - 1] === '-' || text[i - 1] === '=')) || c === '\'') continue;
    if (depth === 0 && c === close) break;
    if (c === '(' || c === '[' || c === '{' || c === '<') depth++;
    else if (c === ')' || c === ']' || c === '}' || c === '>') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start, i));
  return { parts, end: i };
}

/** The pattern of a parameter or typed `let`: what comes before its type (`mut x: i32`, `Json(data): Json<T>`). */
function beforeType(param: string): string {
  let depth = 0;
  for (let i = 0; i < param.length; i++) {
    const c = param[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ':' && depth === 0) {
      if (param[i + 1] === ':') i++;
      else return param.slice(0, i);
    }
  }
  return param;
}

/** The end of a `let` pattern: its `=` (not `==`, `=>`, `<=`, `>=`, `!=`) or `;` at depth 0. */
function letPatternEnd(text: string, from: number): number {
  let depth = 0;
  const limit = Math.min(text.length, from + MAX_PATTERN);
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      if (eol === -1) return -1;
      i = eol;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && (c === ';' || c === '\n')) return c === ';' ? i : -1;
    else if (depth === 0 && c === '=' && text[i + 1] !== '=' && text[i + 1] !== '>' && !/[=<>!]/.test(text[i - 1] ?? '')) return i;
  }
  return -1;
}

/** Every name the Rust file binds itself (see the module comment). */
export function rustBoundNames(text: string): Set<string> {
  const out = new Set<string>();
  // `let` (also `if let`, `while let`) and `for … in`.
  for (const m of text.matchAll(/(?<![A-Za-z0-9_])(let|for)[ \t\r\n]+/g)) {
    const from = m.index + m[0].length;
    if (m[1] === 'let') {
      const end = letPatternEnd(text, from);
      if (end !== -1) patternNames(beforeType(text.slice(from, end)), out);
    } else {
      const inAt = /[ \t\r\n]in[ \t\r\n]/.exec(text.slice(from, from + 400));
      // `for<'a>` is a higher-ranked bound, not a loop.
      if (inAt && text[from - 1] !== '<') patternNames(text.slice(from, from + inAt.index), out);
    }
  }
  // Functions: the name itself (bare uses call it) and the parameters.
  for (const m of text.matchAll(/(?<![A-Za-z0-9_])fn[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*/g)) {
    out.add(m[1]!);
    let at = m.index + m[0].length;
    if (text[at] === '<') at = splitList(text, at + 1, '>').end + 1;
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (text[at] !== '(') continue;
    for (const param of splitList(text, at + 1, ')').parts) patternNames(beforeType(param), out);
  }
  // Closures: `|x|`, `|(a, b)|`, `move |x: T|`, after `(`, `,`, `=` or `move`.
  for (const m of text.matchAll(/(?:[(,=]|\bmove)[ \t\r\n]*\|(?!\|)/g)) {
    const from = m.index + m[0].length;
    const { parts, end } = splitList(text, from, '|');
    if (end >= text.length || text[end] !== '|') continue;
    for (const param of parts) patternNames(beforeType(param), out);
  }
  // Modules (`mod admin_ban;`) and what `use` brings in (`use crate::api::{list_bans, admin_ban as ban}`):
  // the module, function or type of that name. Not from a diesel schema (`use schema::post::dsl::{title}`):
  // that brings in the columns themselves.
  for (const m of text.matchAll(/(?<![A-Za-z0-9_])mod[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*[;{]/g)) out.add(m[1]!);
  for (const use of rustUses(text)) {
    if (use.schema) continue;
    const tree = text.slice(use.start, use.end);
    for (const m of tree.matchAll(/(?<![A-Za-z0-9_])([a-z_][A-Za-z0-9_]*)(?=[ \t\r\n]*(?:,|\}|;|$))/g)) out.add(m[1]!);
  }
  // Match arms on a line of their own: `Some(x) =>`, `Foo { bar, .. } if bar > 0 =>`.
  for (const m of text.matchAll(/^[ \t]*\|?[ \t]*([^\n=;]*?)=>/gm)) {
    if (/\b(?:match|let|fn)\b/.test(m[1]!)) continue;
    patternNames(m[1]!.replace(/[ \t]+if[ \t].*$/, ''), out);
  }
  return out;
}

/**
 * The `use` declarations of the file (from `use` to its `;`), and whether each names a diesel schema
 * (`schema::`, `dsl`): a path in any other is a module, function or type, never a column or table.
 */
export function rustUses(text: string): Array<{ start: number; end: number; schema: boolean }> {
  const out: Array<{ start: number; end: number; schema: boolean }> = [];
  for (const m of text.matchAll(/^[ \t]*(?:pub(?:\([a-z]+\))?[ \t]+)?use[ \t]+/gm)) {
    const start = m.index + m[0].length;
    const end = text.indexOf(';', start);
    // A crate's root may import hundreds of names in one tree; a `;` further off than that is not this `use`'s.
    if (end === -1 || end - start > 64 * 1024) continue;
    out.push({ start, end, schema: /(?<![A-Za-z0-9_])(?:schema|dsl)(?![A-Za-z0-9_])/.test(text.slice(start, end)) });
  }
  return out;
}

/** Diesel's expression methods: `bar.eq(x)` names the column `bar` brought in by `use table::dsl::*`. */
const DIESEL_METHOD = /^[ \t]*\.[ \t]*(?:eq|ne|eq_any|ne_all|gt|ge|lt|le|is_null|is_not_null|like|not_like|ilike|not_ilike|between|not_between|asc|desc|nullable|assume_not_null|is_distinct_from|is_not_distinct_from|concat|overlaps_with|contains|is_contained_by)[ \t]*\(/;

/**
 * The name at `at` (in a file that binds it) is still the column: a `table!` entry (`bar -> Text`),
 * a field the struct declares (`pub bar: String`), `#[diesel(column_name = bar)]` or any diesel attribute, or a diesel
 * expression on it (`bar.eq(x)`). Accesses (`.bar`, `table::bar`) the caller judges. `lineStart`: where
 * the line of `at` starts (the caller knows it; looking it up here is quadratic on a long line).
 */
export function rustColumnUse(text: string, at: number, length: number, lineStart: number): boolean {
  const after = text.slice(at + length, at + length + 48);
  if (/^[ \t]*->/.test(after) || DIESEL_METHOD.test(after)) return true;
  const before = text.slice(Math.max(lineStart, at - 60), at);
  if (/\bcolumn_name[ \t]*=[ \t]*$/.test(before)) return true;
  // A diesel attribute names columns (`#[diesel(primary_key(user_id, post_id))]`).
  if (at - lineStart < 200 && /^[ \t]*#\[[^\n]*\bdiesel\(/.test(text.slice(lineStart, at))) return true;
  return /^[ \t]*:(?!:)/.test(after) && at - lineStart < 40 && /^[ \t]*pub(?:\([a-z]+\))?[ \t]+$/.test(text.slice(lineStart, at));
}

/** The column `at` of `line` is inside a "string" literal (counting the quotes before it on the line). */
export function insideRustString(line: string, at: number): boolean {
  // A very long line (generated code) is not walked per occurrence.
  if (line.length > 2000) return false;
  let inside = false;
  for (let i = 0; i < at && i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && inside) i++;
    // `'"'` is a character, not a quote.
    else if (c === '"' && !(line[i - 1] === '\'' && line[i + 1] === '\'')) inside = !inside;
  }
  return inside;
}

/**
 * The bodies of the structs the file maps to tables (`#[diesel(table_name = posts)] pub struct
 * Post { … }`), with that table: a field in one of them belongs to its table.
 */
export function rustTableStructs(text: string): Array<{ table: string; name: string; start: number; end: number }> {
  const out: Array<{ table: string; name: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/\btable_name[ \t]*=[ \t]*"?(?:[A-Za-z_][A-Za-z0-9_]*::)*([A-Za-z_][A-Za-z0-9_]*)"?[^\n]*\n(?:[ \t]*(?:#\[[^\n]*|\/\/[^\n]*)?\n)*?[ \t]*(?:pub(?:\([a-z]+\))?[ \t]+)?struct[ \t]+([A-Za-z_][A-Za-z0-9_]*)[^{;\n]*\{/g)) {
    const start = m.index + m[0].length;
    let depth = 1;
    let i = start;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    out.push({ table: m[1]!.toLowerCase(), name: m[2]!, start, end: i });
  }
  return out;
}

/** The struct whose braces a position is directly inside: declared there (`struct Name {`) or built or matched (`Name {`). */
export interface BraceOwner {
  name: string;
  declared: boolean;
}

/**
 * For every position of the file, the struct whose braces it is directly in (null: a block, a
 * parenthesis, a macro's braces, or none), as segments in order: `starts[i]` begins the stretch
 * that `owners[i]` holds. One pass over the file, skipping strings and comments; a lookup is a
 * binary search (ownerAt).
 */
export function rustBraceOwners(text: string): { starts: number[]; owners: Array<BraceOwner | null> } {
  const starts: number[] = [0];
  const owners: Array<BraceOwner | null> = [null];
  const stack: Array<BraceOwner | null> = [];
  const enter = (at: number, owner: BraceOwner | null) => {
    stack.push(owner);
    starts.push(at);
    owners.push(owner);
  };
  const leave = (at: number) => {
    stack.pop();
    starts.push(at);
    owners.push(stack.length ? stack[stack.length - 1]! : null);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '\'') {
      // A character ('{', '\'') is skipped; a lifetime ('a) is left alone.
      if (text[i + 1] === '\\') i = text.indexOf('\'', i + 2) === -1 ? i : text.indexOf('\'', i + 2);
      else if (text[i + 2] === '\'') i += 2;
    } else if (c === '{') enter(i + 1, braceOwner(text, i));
    else if (c === '(' || c === '[') enter(i + 1, null);
    else if (c === '}' || c === ')' || c === ']') leave(i + 1);
  }
  return { starts, owners };
}

/** Who opens the brace at `at`: `struct Name {`, or `Name {` / `path::Name {` in an expression or pattern. */
function braceOwner(text: string, at: number): BraceOwner | null {
  const before = text.slice(Math.max(0, at - 160), at);
  const decl = /(?<![A-Za-z0-9_])(?:struct|union)[ \t]+([A-Za-z_][A-Za-z0-9_]*)[^{};]*$/.exec(before);
  if (decl) return { name: decl[1]!, declared: true };
  const built = /(?<![A-Za-z0-9_])([A-Z][A-Za-z0-9_]*)[ \t]*$/.exec(before);
  if (!built || built[1] === 'Self') return null;
  // `impl Name {`, `impl Trait for Name {`, `enum Name {`, `fn f() -> Name {`, `where T: Tr {`: no struct of that name is built there.
  const head = before.slice(0, built.index);
  if (/(?:->|\bwhere\b[^{};]*|\bimpl\b[^{};]*|\bfor|\benum|\btrait|\bmod|\bunion|\bmatch|\bif|\bwhile)[ \t\r\n]*(?:[A-Za-z_][A-Za-z0-9_]*::)*(?:[A-Za-z_][A-Za-z0-9_<>, ]*::)?$/.test(head)) return null;
  return { name: built[1]!, declared: false };
}

export function ownerAt(owners: { starts: number[]; owners: Array<BraceOwner | null> }, at: number): BraceOwner | null {
  let lo = 0;
  let hi = owners.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (owners.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return owners.owners[lo] ?? null;
}
