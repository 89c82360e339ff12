import { codeSpan, escapeMarkdown } from './escape.js';

/**
 * SQL statements and ORM calls that rule messages and suggestions quote inline
 * ("CREATE INDEX CONCURRENTLY users_email_idx ON users (email); in a migration that ..."):
 * an upper-case statement keyword up to its semicolon, an `op.execute(...)`/`knex.raw(...)`
 * call, or a shell command introduced by a colon and running to the end (backup and restore
 * steps). Bounded and on one line, so prose never turns into code by accident.
 */
const QUOTED_CODE =
  /(?<=: )(?:pg_dump|pg_restore|psql|mysqldump|mysql) [^\n]{0,2000}$|\b(?:(?:CREATE|ALTER|DROP|SET|COMMENT ON|UPDATE|DELETE FROM|INSERT INTO|VACUUM|REINDEX|ANALYZE|BEGIN|COMMIT|RESET|LOCK TABLE|TRUNCATE)\b[^;\n]{0,400};|(?:op\.execute|knex\.raw|execute|connection\.execute)\((?:"[^"\n]{0,400}"|'[^'\n]{0,400}')\))/g;

/**
 * Inline Markdown for a message or suggestion: the quoted SQL as code spans, everything else
 * escaped as text. Both halves go through the escaping helpers; nothing is passed through raw.
 */
export function richText(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(QUOTED_CODE)) {
    out += escapeMarkdown(text.slice(at, m.index));
    out += codeSpan(m[0]);
    at = m.index + m[0].length;
  }
  return out + escapeMarkdown(text.slice(at));
}
