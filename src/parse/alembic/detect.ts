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
  let code = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '#') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    if (c !== '"' && c !== "'") {
      code += c;
      // Only the code right before a string is ever looked at: a bounded tail keeps the scan linear.
      if (code.length > 400) code = code.slice(-200);
      i++;
      continue;
    }
    const quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
    let j = i + quote.length;
    while (j < n && !text.startsWith(quote, j)) {
      // A line break ends a one-quote string that was never closed (a syntax error): do not run to the end of the file.
      if (quote.length === 1 && (text[j] === '\n' || text[j] === '\r')) break;
      j += text[j] === '\\' ? 2 : 1;
    }
    const literal = text.slice(i + quote.length, Math.min(j, n));
    if (EXECUTES.test(code)) {
      for (const m of literal.matchAll(SET_LOCK_TIMEOUT)) {
        const value = m[1]!.replace(/^(['"])(.*)\1$/, '$2').trim();
        if (!NO_TIMEOUT.test(value)) return true;
      }
    }
    // The string stands in the code as a placeholder, so `text("...")` after it is not read as right after `execute(`.
    code += 'S';
    i = j + quote.length;
  }
  return false;
}
