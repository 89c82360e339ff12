/* eslint-disable @typescript-eslint/no-explicit-any -- libpg-query's JSON AST is walked structurally */
import path from 'node:path';
import { loadParser, type LibPgQuery } from '../parse/sql/postgres.js';
import { eachCodeFile, SCHEMA_SCRIPT } from '../schema/references.js';
import type { StatsSnapshot } from '../stats/snapshot.js';
import type { AppQuery, AppQueryCollection, AppQueryOrigin } from './types.js';

/**
 * Collects the queries the application issues, for breaks-app-query: the statement texts of the
 * production statistics snapshot and the SQL string literals in the application's code. Only
 * single SELECT/INSERT/UPDATE/DELETE/WITH statements are kept (the dry-run PREPAREs them and
 * never executes them); catalog queries, utility statements and migration-guard's own queries
 * are skipped and counted.
 */

/** Queries checked at most per run: the busiest snapshot statements first, then code. */
export const APP_QUERY_CAP = 2000;

/** Literal texts longer than this are not queries worth preparing (generated SQL, data). */
const MAX_QUERY_CHARS = 20_000;

const CATALOG_SCHEMAS = new Set(['pg_catalog', 'information_schema', 'pg_toast', 'performance_schema', 'mysql', 'sys']);
const DML = new Set(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt']);

/** Code files whose string literals are searched for SQL (plus `.sql` files outside migration directories). */
const CODE_EXT: Record<string, Lexer> = {};
interface Lexer {
  /** `#` starts a comment to the end of the line. */
  hash: boolean;
  /** `//` and block comments. */
  slash: boolean;
  /** `'''`/`"""` (Python) or `"""` (Java/Kotlin/Scala/Swift text blocks). */
  triple: '' | 'both' | 'double';
  /** What a backtick string is: a JS template (dynamic when it has `${`), a Go raw string, or nothing. */
  backtick: 'template' | 'raw' | null;
  /** String prefixes such as r/f/b (Python). */
  prefixes: boolean;
  /** `#{...}` interpolation (Ruby) makes a double-quoted string dynamic. */
  hashInterpolation: boolean;
  /** Ruby heredocs (`<<~SQL ... SQL`). */
  heredoc: boolean;
  /** `'` starts a string (not in Rust/Go, where it is a character). */
  singleQuote: boolean;
  /** The operator that joins two strings: `+` (most), `.` (PHP), `<>` (Elixir), or none. */
  concat: '+' | '.' | '<>' | null;
  /**
   * Where two string literals side by side are one string: `bracketed` (Python: on one line,
   * after a backslash, or anywhere inside brackets), `line` (Ruby: on one line or after a
   * backslash), `any` (C, C++, Dart), or never.
   */
  adjacent: 'bracketed' | 'line' | 'any' | null;
}
const lexer = (l: Partial<Lexer>): Lexer => ({ hash: false, slash: false, triple: '', backtick: null, prefixes: false, hashInterpolation: false, heredoc: false, singleQuote: true, concat: '+', adjacent: null, ...l });
for (const ext of ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'vue', 'svelte']) CODE_EXT[ext] = lexer({ slash: true, backtick: 'template' });
CODE_EXT.py = lexer({ hash: true, triple: 'both', prefixes: true, adjacent: 'bracketed' });
CODE_EXT.rb = lexer({ hash: true, hashInterpolation: true, heredoc: true, adjacent: 'line' });
CODE_EXT.go = lexer({ slash: true, backtick: 'raw', singleQuote: false });
// Rust joins strings with concat!/format!, never an operator on two literals.
CODE_EXT.rs = lexer({ slash: true, singleQuote: false, concat: null });
for (const ext of ['java', 'kt', 'kts', 'scala', 'swift']) CODE_EXT[ext] = lexer({ slash: true, triple: 'double', singleQuote: ext !== 'java' && ext !== 'kt' && ext !== 'kts' });
for (const ext of ['cs', 'c', 'cc', 'cpp', 'h', 'hpp', 'dart']) CODE_EXT[ext] = lexer({ slash: true, singleQuote: ext === 'dart', concat: ext === 'c' || ext === 'h' ? null : '+', adjacent: ext === 'cs' ? null : 'any' });
CODE_EXT.php = lexer({ slash: true, hash: true, concat: '.' });
for (const ext of ['ex', 'exs']) CODE_EXT[ext] = lexer({ hash: true, triple: 'double', concat: '<>' });

/** A SQL string literal found in code. */
export interface CodeLiteral {
  text: string;
  /** 1-based line where the SQL text starts. */
  line: number;
}

// `(?:\(\s*)?`, not `\(?\s*`: two optional whitespace runs side by side split a run every way (quadratic).
const SQL_START = /^\s*(?:\(\s*)?(select|insert|update|delete|with)\s/i;

/**
 * The string literals of one code file that look like the start of a DML statement. A small
 * lexer per language family (comments, quotes, escapes, raw and triple-quoted strings); literals
 * built at run time (template `${}`, f-strings, `#{}`, a piece joined to a variable) are
 * skipped: their text is not known. Literals joined to literals (`"SELECT a " + "FROM t"`,
 * Python's `("SELECT a " "FROM t")`) are one query, at the first piece's line.
 */
export function sqlLiterals(file: string, text: string): { literals: CodeLiteral[]; dynamic: number } {
  const ext = path.posix.extname(file).slice(1).toLowerCase();
  const lx = CODE_EXT[ext];
  const literals: CodeLiteral[] = [];
  let dynamic = 0;
  if (!lx) return { literals, dynamic };
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const emit = (value: string, contentStart: number, isDynamic: boolean) => {
    if (!SQL_START.test(value)) return;
    if (isDynamic) {
      dynamic++;
      return;
    }
    const lead = value.length - value.trimStart().length;
    literals.push({ text: value.trim(), line: lineOf(contentStart) + (value.slice(0, lead).match(/\n/g)?.length ?? 0) });
  };
  const n = text.length;
  /** Python: brackets open at this point (implicit concatenation continues across lines inside them). */
  let depth = 0;
  /** The literal whose opening quote is at `q`, or null when it is not closed. */
  const readString = (q: number, raw: boolean, interpolated: boolean): { value: string; contentStart: number; end: number; dynamic: boolean } | null => {
    const quote = text[q]!;
    const triple = (lx.triple === 'both' || (lx.triple === 'double' && quote === '"')) && text.startsWith(quote.repeat(3), q);
    const open = triple ? 3 : 1;
    const start = q + open;
    const closer = triple ? quote.repeat(3) : quote;
    let j = start;
    let escaped = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === closer.charCodeAt(0) && (!triple || text.startsWith(closer, j))) {
        const rawValue = text.slice(start, j);
        const value = escaped ? unescape(rawValue) : rawValue;
        const dyn =
          interpolated ||
          (quote === '`' && lx.backtick === 'template' && value.includes('${')) ||
          (lx.hashInterpolation && quote === '"' && value.includes('#{'));
        return { value, contentStart: start, end: j + open, dynamic: dyn };
      }
      // A one-line string ends at the line break: an apostrophe in a comment the lexer does not
      // know must not swallow the file.
      if (c === 10 && !triple && quote !== '`') return null;
      if (c === 92 && !raw) {
        escaped = true;
        j += 2;
        continue;
      }
      j++;
    }
    return null;
  };
  /** A literal starting at `k` (after an optional Python prefix): its quote and kind, or null. */
  const literalAt = (k: number): { q: number; raw: boolean; interpolated: boolean } | null => {
    let q = k;
    let raw = false;
    let interpolated = false;
    if (lx.prefixes) {
      const m = /^[rRbBuUfF]{1,2}(?=['"])/.exec(text.slice(k, k + 3));
      if (m) {
        raw = /r/i.test(m[0]);
        interpolated = /f/i.test(m[0]);
        q = k + m[0].length;
      }
    }
    const ch = text[q];
    if (ch === '"' || (ch === "'" && lx.singleQuote)) return { q, raw, interpolated };
    if (ch === '`' && lx.backtick) return { q, raw: lx.backtick === 'raw', interpolated };
    return null;
  };
  /** Blanks, comments and backslash line continuations from `k`; whether a plain line break was crossed. */
  const skipGap = (k: number): { at: number; newline: boolean } => {
    let newline = false;
    while (k < n) {
      const c = text[k]!;
      if (c === ' ' || c === '\t' || c === '\r') k++;
      else if (c === '\n') {
        newline = true;
        k++;
      } else if (c === '\\' && /^\\\r?\n/.test(text.slice(k, k + 3))) k = text.indexOf('\n', k) + 1;
      else if (lx.slash && c === '/' && text[k + 1] === '/') k = text.indexOf('\n', k) === -1 ? n : text.indexOf('\n', k);
      else if (lx.slash && c === '/' && text[k + 1] === '*') k = text.indexOf('*/', k + 2) === -1 ? n : text.indexOf('*/', k + 2) + 2;
      else if (lx.hash && c === '#') k = text.indexOf('\n', k) === -1 ? n : text.indexOf('\n', k);
      else break;
    }
    return { at: k, newline };
  };
  /**
   * The string that starts with `first`, joined with the literals concatenated to it (`"a " +
   * "b"`, Python's and Ruby's `"a " "b"`). A join with anything else (a variable, a call) makes
   * the whole text known only at run time.
   */
  const joined = (first: { value: string; end: number; dynamic: boolean }): { value: string; end: number; dynamic: boolean; tooLong: boolean } => {
    let { value, end, dynamic: dyn } = first;
    // A chain longer than any query is still consumed, but not built up.
    let tooLong = value.length > MAX_QUERY_CHARS;
    const append = (piece: { value: string; end: number; dynamic: boolean }) => {
      if (!tooLong && value.length + piece.value.length <= MAX_QUERY_CHARS) value += piece.value;
      else tooLong = true;
      dyn ||= piece.dynamic;
      end = piece.end;
    };
    for (;;) {
      const gap = skipGap(end);
      const op = lx.concat;
      if (op && text.startsWith(op, gap.at) && text[gap.at + op.length] !== '=' && text[gap.at + op.length] !== op[0]) {
        const next = literalAt(skipGap(gap.at + op.length).at);
        const piece = next ? readString(next.q, next.raw, next.interpolated) : null;
        if (!piece) return { value, end, dynamic: true, tooLong };
        append(piece);
        continue;
      }
      const adjacentHere = lx.adjacent === 'any' || (!gap.newline && lx.adjacent !== null) || (lx.adjacent === 'bracketed' && depth > 0);
      const next = adjacentHere ? literalAt(gap.at) : null;
      const piece = next ? readString(next.q, next.raw, next.interpolated) : null;
      if (!piece) return { value, end, dynamic: dyn, tooLong };
      append(piece);
    }
  };
  let i = 0;
  let heredocJump: { at: number; to: number } | null = null;
  // Heredoc tags whose terminator is missing after a known body start: later openers of the same tag
  // have none either, so the rest of the file is not searched again for each (quadratic).
  const unterminatedFrom = new Map<string, number>();
  while (i < n) {
    if (heredocJump && i >= heredocJump.at) {
      i = Math.max(i, heredocJump.to);
      heredocJump = null;
      continue;
    }
    const ch = text[i]!;
    if (lx.slash && ch === '/' && text[i + 1] === '/') {
      const e = text.indexOf('\n', i);
      i = e === -1 ? n : e;
      continue;
    }
    if (lx.slash && ch === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e === -1 ? n : e + 2;
      continue;
    }
    if (lx.hash && ch === '#' && !(lx.hashInterpolation && text[i + 1] === '{')) {
      const e = text.indexOf('\n', i);
      i = e === -1 ? n : e;
      continue;
    }
    if (lx.heredoc && ch === '<' && text.startsWith('<<', i)) {
      const m = /^<<([~-]?)(['"]?)([A-Z_][A-Z0-9_]*)\2/.exec(text.slice(i, i + 80));
      const bodyStart = m ? text.indexOf('\n', i) : -1;
      if (m && bodyStart !== -1 && bodyStart < (unterminatedFrom.get(m[3]!) ?? Infinity)) {
        // Searched in place from the body's first line (no copy of the rest of the file per opener).
        const terminator = new RegExp(`^[ \\t]*${m[3]}[ \\t]*$`, 'gm');
        terminator.lastIndex = bodyStart + 1;
        const end = terminator.exec(text);
        if (end) {
          const body = text.slice(bodyStart + 1, end.index);
          emit(body, bodyStart + 1, m[2] !== "'" && body.includes('#{'));
          // The rest of the opening line is still code; the body is skipped when the line ends.
          heredocJump = { at: bodyStart, to: end.index + end[0].length };
          i += m[0].length;
          continue;
        }
        unterminatedFrom.set(m[3]!, bodyStart);
      }
    }
    const quote = ch === '"' || (ch === "'" && lx.singleQuote) ? ch : ch === '`' && lx.backtick ? '`' : null;
    if (!quote) {
      if (lx.adjacent === 'bracketed') {
        if (ch === '(' || ch === '[' || ch === '{') depth++;
        else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
      }
      i++;
      continue;
    }
    // Python prefixes: r'' is raw, f'' is built at run time.
    let raw = quote === '`' && lx.backtick === 'raw';
    let interpolated = false;
    if (lx.prefixes) {
      let k = i - 1;
      let prefix = '';
      while (k >= 0 && /[rRbBuUfF]/.test(text[k]!) && prefix.length < 3) prefix = text[k--]! + prefix;
      if (prefix && (k < 0 || !/[A-Za-z0-9_]/.test(text[k]!))) {
        raw = /r/i.test(prefix);
        interpolated = /f/i.test(prefix);
      }
    }
    const first = readString(i, raw, interpolated);
    if (!first) {
      // Not closed: lexing goes on after the opening quotes.
      i += (lx.triple === 'both' || (lx.triple === 'double' && quote === '"')) && text.startsWith(quote.repeat(3), i) ? 3 : 1;
      continue;
    }
    const whole = joined(first);
    if (!whole.tooLong) emit(whole.value, first.contentStart, whole.dynamic);
    i = whole.end;
  }
  return { literals, dynamic };
}

/** Backslash escapes of a non-raw string literal. */
function unescape(raw: string): string {
  return raw.replace(/\\([\s\S])/g, (_, e: string) => (e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === '\n' ? '' : e));
}

/**
 * Driver placeholders → PostgreSQL's `$n` (PREPARE infers their types): `?` (JDBC, sqlite,
 * ActiveRecord), `%s` and `%(name)s` (psycopg), `:name` (SQLAlchemy text(), ActiveRecord named
 * binds). Quoted strings, identifiers, dollar quotes and comments are left alone, and so is text
 * that already uses `$n`. The same name gets the same number.
 */
export function toDollarParams(sql: string, style: 'dollar' | 'qmark' = 'dollar'): string {
  if (style === 'dollar' && /\$\d/.test(sql)) return sql;
  const names = new Map<string, number>();
  let next = 0;
  const param = (name: string | null) => {
    // MySQL's prepared statements only know `?` (a repeated name is a second parameter there).
    if (style === 'qmark') return '?';
    if (name === null) return `$${++next}`;
    let k = names.get(name);
    if (k === undefined) names.set(name, (k = ++next));
    return `$${k}`;
  };
  const psycopg = /%s|%\([A-Za-z_]\w*\)s/.test(sql);
  let out = '';
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < n && !(sql[j] === c && sql[j + 1] !== c)) j += sql[j] === c ? 2 : 1;
      out += sql.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      const e = sql.indexOf('\n', i);
      const end = e === -1 ? n : e;
      out += sql.slice(i, end);
      i = end;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      const e = sql.indexOf('*/', i + 2);
      const end = e === -1 ? n : e + 2;
      out += sql.slice(i, end);
      i = end;
      continue;
    }
    if (c === '$') {
      const m = /^\$([A-Za-z_]\w*)?\$/.exec(sql.slice(i, i + 64));
      if (m) {
        const e = sql.indexOf(m[0], i + m[0].length);
        const end = e === -1 ? n : e + m[0].length;
        out += sql.slice(i, end);
        i = end;
        continue;
      }
    }
    if (psycopg && c === '%') {
      if (sql[i + 1] === 's') {
        out += param(null);
        i += 2;
        continue;
      }
      const m = /^%\(([A-Za-z_]\w*)\)s/.exec(sql.slice(i, i + 80));
      if (m) {
        out += param(m[1]!);
        i += m[0].length;
        continue;
      }
      if (sql[i + 1] === '%') {
        out += '%';
        i += 2;
        continue;
      }
    }
    if (style === 'dollar' && !psycopg && c === '?' && !/[?|&]/.test(sql[i + 1] ?? '') && sql[i - 1] !== '?') {
      out += param(null);
      i++;
      continue;
    }
    if (c === ':' && sql[i + 1] !== ':' && sql[i - 1] !== ':' && /[A-Za-z_]/.test(sql[i + 1] ?? '') && !/[\w\]]/.test(sql[i - 1] ?? ' ')) {
      const m = /^:([A-Za-z_]\w*)/.exec(sql.slice(i, i + 80))!;
      out += param(m[1]!);
      i += m[0].length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function relationsOf(node: any, out: any[], depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 400) return;
  if (Array.isArray(node)) {
    for (const x of node) relationsOf(x, out, depth + 1);
    return;
  }
  const rv = node.RangeVar ?? (typeof node.relname === 'string' && 'relpersistence' in node ? node : null);
  if (rv) out.push(rv);
  for (const v of Object.values(node)) if (v && typeof v === 'object') relationsOf(v, out, depth + 1);
}

/** Why a text is not an application query to prepare, or null (then `key` deduplicates it). */
function classify(pg: LibPgQuery, text: string): { skip: string } | { key: string } {
  if (/migration_guard/i.test(text)) return { skip: "migration-guard's own query" };
  let stmts: any[];
  try {
    stmts = pg.parseSync(text).stmts ?? [];
  } catch {
    return { skip: 'not parsable as PostgreSQL' };
  }
  if (stmts.length !== 1) return { skip: stmts.length === 0 ? 'empty' : 'several statements in one text' };
  const [kind] = Object.keys(stmts[0].stmt ?? {});
  if (!kind || !DML.has(kind)) return { skip: 'utility statement (not SELECT, INSERT, UPDATE, DELETE or WITH)' };
  if (kind === 'SelectStmt' && stmts[0].stmt.SelectStmt.intoClause) return { skip: 'SELECT INTO' };
  const rels: any[] = [];
  relationsOf(stmts[0].stmt, rels);
  if (rels.length === 0) return { skip: 'reads no table' };
  if (rels.some((rv) => CATALOG_SCHEMAS.has(String(rv.schemaname ?? '').toLowerCase()) || (!rv.schemaname && String(rv.relname ?? '').toLowerCase().startsWith('pg_')))) {
    return { skip: 'system catalog query' };
  }
  // Placeholders are already `$n` on both sides, so the text with its whitespace normalised is
  // the key (libpg-query's fingerprint would cost more than the parse).
  return { key: text.replace(/\s+/g, ' ').trim() };
}

const MYSQL_DML = /^\s*(?:\(\s*)*(select|insert|replace|update|delete|with)\b/i;
const MYSQL_CATALOG = /(?:^|[^\w$])`?(?:information_schema|performance_schema|mysql|sys)`?\s*\.|\bfrom\s+dual\b/i;

/**
 * MySQL/MariaDB: the first keyword decides (the server's own COM_STMT_PREPARE takes one
 * statement only, and the mysql guard reads every query again before it is sent); the key is
 * the text with its whitespace normalised.
 */
function classifyMysql(text: string): { skip: string } | { key: string } {
  if (/migration_guard/i.test(text)) return { skip: "migration-guard's own query" };
  if (!MYSQL_DML.test(text)) return { skip: 'utility statement (not SELECT, INSERT, UPDATE, DELETE or WITH)' };
  if (MYSQL_CATALOG.test(text)) return { skip: 'system catalog query' };
  return { key: text.replace(/\s+/g, ' ').trim().toLowerCase() };
}

function seconds(from: string | null | undefined, to: string): number | null {
  if (!from) return null;
  const s = (Date.parse(to) - Date.parse(from)) / 1000;
  return Number.isFinite(s) && s > 0 ? s : null;
}

export interface CollectOptions {
  cwd: string;
  code: { include: string[]; exclude: string[] };
  /** Migration files and directories (relative to cwd): never searched. */
  skip: string[];
  snapshot: StatsSnapshot | null;
  /** The snapshot's path as the config names it (for origins). */
  snapshotFile?: string;
  /** Search the code for SQL literals (default true). */
  scanCode?: boolean;
  /** Whose syntax the queries are read in (default postgres). */
  dialect?: 'postgres' | 'mysql';
  cap?: number;
}

/**
 * The application's queries: snapshot statements by calls (busiest first), then code literals in
 * file and line order, deduplicated by their text (a query both captured and written in the
 * code has both origins), capped at `cap`.
 */
export async function collectAppQueries(opts: CollectOptions): Promise<AppQueryCollection> {
  const mysql = opts.dialect === 'mysql';
  const pg = await loadParser();
  const style = mysql ? 'qmark' : 'dollar';
  const cap = opts.cap ?? APP_QUERY_CAP;
  const byKey = new Map<string, AppQuery>();
  const skipped: Record<string, number> = {};
  const skip = (why: string) => {
    skipped[why] = (skipped[why] ?? 0) + 1;
  };
  let fromSnapshot = 0;
  let fromCode = 0;
  const add = (text: string, origin: AppQueryOrigin) => {
    const c = mysql ? classifyMysql(text) : classify(pg, text);
    if ('skip' in c) return skip(c.skip);
    const have = byKey.get(c.key);
    if (have) {
      if (have.origins.length < 10) have.origins.push(origin);
      return;
    }
    byKey.set(c.key, { text, origins: [origin] });
    if (origin.kind === 'code') fromCode++;
    else fromSnapshot++;
  };
  if (opts.snapshot) {
    const span = seconds(opts.snapshot.statsResetAt, opts.snapshot.capturedAt);
    const source = opts.snapshot.dialect === 'mysql' ? 'performance_schema' : 'pg_stat_statements';
    const statements = [...opts.snapshot.statements].sort((a, b) => b.calls - a.calls);
    for (const st of statements) {
      if (st.query.length > MAX_QUERY_CHARS) {
        skip('longer than 20,000 characters');
        continue;
      }
      add(toDollarParams(st.query, style), { kind: 'snapshot', source, calls: st.calls, callsPerSecond: span ? Number((st.calls / span).toPrecision(3)) : null });
    }
  }
  if (opts.scanCode !== false) {
    let dynamic = 0;
    eachCodeFile({ cwd: opts.cwd, include: opts.code.include, exclude: opts.code.exclude, skip: opts.skip }, (rel, buf) => {
      const ext = path.posix.extname(rel).slice(1).toLowerCase();
      if (ext !== 'sql' && !CODE_EXT[ext]) return;
      const nul = buf.indexOf(0);
      if (nul !== -1 && nul < 8192) return;
      // Cheap filter before decoding and lexing: a DML keyword somewhere in the file.
      if (!/select|insert|update|delete/i.test(buf.toString('latin1'))) return;
      const text = buf.toString('utf8');
      if (ext === 'sql') {
        // Query files are read with the PostgreSQL parser only.
        if (mysql || SCHEMA_SCRIPT.test(text)) return;
        // A query file (sqlc, yesql...) outside the migration directories: each DML statement is a query.
        for (const q of sqlFileQueries(pg, text)) add(q.text, { kind: 'code', file: rel, line: q.line });
        return;
      }
      const found = sqlLiterals(rel, text);
      dynamic += found.dynamic;
      for (const lit of found.literals) add(toDollarParams(lit.text, style), { kind: 'code', file: rel, line: lit.line });
    });
    if (dynamic) skipped['built at run time (template or interpolated string)'] = dynamic;
  }
  const all = [...byKey.values()];
  return { queries: all.slice(0, cap), found: all.length, cap, fromSnapshot, fromCode, skipped, refused: [] };
}

function sqlFileQueries(pg: LibPgQuery, text: string): CodeLiteral[] {
  let stmts: any[];
  try {
    stmts = pg.parseSync(text).stmts ?? [];
  } catch {
    return [];
  }
  const bytes = Buffer.from(text, 'utf8');
  const out: CodeLiteral[] = [];
  for (const s of stmts) {
    const [kind] = Object.keys(s.stmt ?? {});
    if (!kind || !DML.has(kind)) continue;
    const start = Number(s.stmt_location ?? 0);
    const len = s.stmt_len ? Number(s.stmt_len) : bytes.length - start;
    const raw = bytes.subarray(start, start + len).toString('utf8');
    const lead = raw.length - raw.trimStart().length;
    const before = bytes.subarray(0, start).toString('utf8') + raw.slice(0, lead);
    // Leading comments belong to the statement's text in libpg-query's offsets.
    const body = raw.trim().replace(/^(--[^\n]*\n\s*)+/, '');
    const commentLines = raw.trim().length - body.length ? (raw.trim().slice(0, raw.trim().length - body.length).match(/\n/g)?.length ?? 0) : 0;
    out.push({ text: body, line: (before.match(/\n/g)?.length ?? 0) + 1 + commentLines });
  }
  return out;
}

/** `app/db.py:12` or `pg_stat_statements, 3.2 calls/s`. */
export function originLabel(o: AppQueryOrigin): string {
  if (o.kind === 'code') return `${o.file}:${o.line}`;
  // A rare query reads better as a count than as 0.0003 calls/s.
  return o.callsPerSecond !== null && o.callsPerSecond >= 0.01 ? `${o.source}, ${o.callsPerSecond} calls/s` : `${o.source}, ${o.calls} call${o.calls === 1 ? '' : 's'}`;
}
