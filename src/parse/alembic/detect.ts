import path from 'node:path';

/**
 * Cheap detection without parsing: an Alembic revision file assigns `revision` at module level
 * and defines `upgrade()` (`async def` too).
 */
// The annotation stops at any line break (CR-only files too): crossing them rescanned the rest of the file from every line (quadratic).
export function isAlembicFile(text: string): boolean {
  return /^revision\s*(?::[^=\n\r\u2028\u2029]*)?=/m.test(text) && /^(?:async[ \t]+)?def\s+upgrade\s*\(/m.test(text);
}

/**
 * The migration environment of a versions directory: Alembic's script_location holds `env.py`
 * next to `versions/`, and revision files may sit in subfolders of `versions/`
 * (recursive_version_locations). A directory of another name (a version_locations entry) is
 * taken like `versions/`: its env.py is the parent's.
 */
export function alembicEnvFile(migrationsDir: string): string {
  let versions = migrationsDir;
  for (let d = migrationsDir, k = 0; k < 4 && path.dirname(d) !== d; k++, d = path.dirname(d)) {
    if (path.basename(d) === 'versions') {
      versions = d;
      break;
    }
  }
  return path.join(path.dirname(versions), 'env.py');
}

/** `SET [SESSION] lock_timeout = v` / `TO v`; SET LOCAL lasts one transaction, so it is not a setting for every migration. */
const SET_LOCK_TIMEOUT = /\bSET\s+(?:SESSION\s+)?lock_timeout\s*(?:=|\bTO\b)\s*('[^']*'|"[^"]*"|\{[^{}]*\}|[\w.]+)/gi;
/** No timeout: 0 in any unit, or the server default (`DEFAULT`, which is 0 unless the server sets one). */
const NO_TIMEOUT = /^(?:0+(?:\.0*)?\s*(?:us|ms|s|min|h|d)?|default)$/i;
/** Code right before a string literal that executes it: `x.execute(`, `x.exec_driver_sql(`, `x.execute(text(` / `sa.text(`. */
const EXECUTES = /\.(?:execute|exec_driver_sql)\s*\(\s*(?:[\w.]*\btext\s*\(\s*)?[rRuUbBfF]{0,2}$/;

/**
 * Whether an Alembic `env.py` executes `SET [SESSION] lock_timeout` with a timeout on the
 * connection it runs the migrations on, e.g. `connection.execute(text("SET lock_timeout = 4000"))`
 * in run_migrations_online(): every migration then runs with a lock_timeout. Read as text, never
 * run: only a string literal passed straight to `execute` / `exec_driver_sql` counts (not a
 * comment, a docstring or a string kept in a variable); a value only known at run time
 * (`f"... = {TIMEOUT}"`) counts as a timeout, as the author set one on purpose.
 */
export function alembicEnvSetsLockTimeout(text: string): boolean {
  if (!/lock_timeout/i.test(text)) return false;
  let found = false;
  // Only the code right before a string is ever looked at: a bounded tail keeps the scan linear.
  let tail = '';
  scanPython(text, {
    code: (c) => {
      tail += c;
      if (tail.length > 400) tail = tail.slice(-200);
    },
    string: (literal) => {
      if (!found && EXECUTES.test(tail)) {
        for (const m of literal.matchAll(SET_LOCK_TIMEOUT)) {
          const value = m[1]!.replace(/^(['"])(.*)\1$/, '$2').trim();
          if (!NO_TIMEOUT.test(value)) found = true;
        }
      }
      // The string stands in the code as a placeholder, so `text("...")` after it is not read as right after `execute(`.
      tail += 'S';
    },
  });
  return found;
}

/**
 * One pass over Python source: comments dropped, each run of code and each string literal's
 * body handed over in order (one-, three-quote strings; an unclosed one-quote string ends at
 * its line, as a syntax error would).
 */
function scanPython(text: string, to: { code: (c: string) => void; string: (body: string) => void }): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '#') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    if (c !== '"' && c !== "'") {
      to.code(c);
      i++;
      continue;
    }
    const quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
    let j = i + quote.length;
    while (j < n && !text.startsWith(quote, j)) {
      if (quote.length === 1 && (text[j] === '\n' || text[j] === '\r')) break;
      j += text[j] === '\\' ? 2 : 1;
    }
    to.string(text.slice(i + quote.length, Math.min(j, n)));
    i = j + quote.length;
  }
}

/**
 * What becomes of the work after a migration commits the connection itself (`op.get_bind().commit()`),
 * as the environment decides. Alembic reopens its transaction after such a commit only where it was
 * the one that closed it (autocommit_block()); otherwise SQLAlchemy 2.0 opens one on its own for
 * the rest of the upgrade and the version stamp, which Alembic never commits.
 * - 'committed': env.py commits the connection after `run_migrations()` (`connection.commit()`,
 *   `context.get_bind().commit()`), so that transaction is kept.
 * - 'refused': the migrations run inside a `with ….begin():` block (`engine.begin()`,
 *   `connection.begin()`): SQLAlchemy refuses every statement after a commit inside it ("Can't
 *   operate on closed transaction inside context manager"), so the migration fails right there.
 * - null: neither (the stock env.py): the connection closes with that transaction open and rolls it back.
 * Read as text, never run: a function that calls `run_migrations()` (or calls, or hands to
 * `run_sync`, a function that does) stands for it.
 */
export type AlembicAfterCommit = 'committed' | 'refused' | null;

export function alembicEnvAfterCommit(text: string): AlembicAfterCommit {
  if (!/run_migrations/.test(text)) return null;
  const lines = codeLines(text);
  const indent = (line: string) => line.length - line.trimStart().length;
  const blank = (line: string) => line.trim() === '';
  /** The lines of the block a header line opens: the following lines indented deeper. */
  const blockEnd = (at: number): number => {
    let end = at + 1;
    for (let k = at + 1; k < lines.length; k++) {
      if (blank(lines[k]!)) continue;
      if (indent(lines[k]!) <= indent(lines[at]!)) break;
      end = k + 1;
    }
    return end;
  };
  const defs: { name: string; start: number; end: number }[] = [];
  lines.forEach((line, i) => {
    const m = /^\s*(?:async\s+)?def\s+(\w+)/.exec(line);
    if (m) defs.push({ name: m[1]!, start: i, end: blockEnd(i) });
  });
  const body = (d: { start: number; end: number }) => lines.slice(d.start + 1, d.end).join('\n');
  // Functions that run the migrations, directly or through another one.
  const runners = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const d of defs) {
      if (runners.has(d.name)) continue;
      const b = body(d);
      if (/\brun_migrations\s*\(/.test(b) || [...runners].some((r) => new RegExp(`\\b${r}\\b`).test(b))) {
        runners.add(d.name);
        changed = true;
      }
    }
  }
  const runsMigrations = (line: string) => /\brun_migrations\s*\(/.test(line) || [...runners].some((r) => new RegExp(`\\b${r}\\b`).test(line) && !new RegExp(`\\bdef\\s+${r}\\b`).test(line));

  // A `with ….begin():` whose block runs the migrations (not Alembic's begin_transaction(), not begin_nested()).
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*(?:async\s+)?with\b[^\n]*\.begin\s*\(\s*\)/.test(lines[i]!)) continue;
    if (lines.slice(i + 1, blockEnd(i)).some(runsMigrations)) return 'refused';
  }

  // The names the connection goes by: `with ….connect() as c`, `c = ….connect()`, `configure(connection=c)`, `def f(connection)`.
  const connections = new Set(['connection']);
  for (const line of lines) {
    for (const m of line.matchAll(/\.(?:connect|begin)\s*\([^()]*\)\s+as\s+(\w+)/g)) connections.add(m[1]!);
    for (const m of line.matchAll(/\b(\w+)\s*=\s*(?:await\s+)?[\w.]*\.connect\s*\(/g)) connections.add(m[1]!);
    for (const m of line.matchAll(/\bconnection\s*=\s*(\w+)/g)) connections.add(m[1]!);
  }
  const names = [...connections].join('|');
  const commits = new RegExp(`(?:\\bget_bind\\s*\\(\\s*\\)|(?<![\\w.])(?:${names})|\\.connection)\\s*\\.\\s*commit\\s*\\(\\s*\\)`);
  // The module's own code is one more scope, besides each function.
  const inDef = new Set<number>();
  for (const d of defs) for (let k = d.start; k < d.end; k++) inDef.add(k);
  const scopes: string[][] = [...defs.map((d) => lines.slice(d.start + 1, d.end)), lines.filter((_, i) => !inDef.has(i))];
  for (const scope of scopes) {
    const first = scope.findIndex(runsMigrations);
    if (first >= 0 && scope.slice(first).some((line) => commits.test(line))) return 'committed';
  }
  return null;
}

/** The file's lines with comments dropped and every string literal reduced to `S` (a docstring no longer spans lines). */
function codeLines(text: string): string[] {
  const parts: string[] = [];
  scanPython(text, { code: (c) => parts.push(c), string: () => parts.push('S') });
  return parts.join('').split(/\r\n|\r|\n/);
}
