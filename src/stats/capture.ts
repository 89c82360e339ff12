import { redactUrl } from '../redact-url.js';
import type { StatsSnapshot } from './snapshot.js';

/** What `migration-guard stats` needs to capture a snapshot. */
export interface CaptureOptions {
  databaseUrl: string;
  /** Most-called statements kept (default 2000). */
  statementLimit?: number;
  /** Non-fatal notes (extension missing, a view not readable), one line each. */
  notice?: (message: string) => void;
}

/** The server could not be reached or read: a message for the user, never a stack trace. */
export class StatsCaptureError extends Error {
  override name = 'StatsCaptureError';
}


/** Which dialect a URL speaks: postgres://, postgresql:// → postgres; mysql://, mariadb:// → mysql. */
export function dialectOfUrl(url: string): 'postgres' | 'mysql' | null {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') return 'postgres';
  if (scheme === 'mysql' || scheme === 'mariadb') return 'mysql';
  return null;
}

const PLANNABLE = /^(select|insert|update|delete|with|merge|values|table|replace)\b/i;

/**
 * The statement text from pg_stat_statements or the digest table as it may go into the snapshot,
 * or null to leave it out. Both normalise constants to placeholders, but pg_stat_statements keeps
 * utility statements (CREATE, SET, COPY, CALL) verbatim, and both keep comments (sqlcommenter
 * tags carry values): comments are removed, only plannable statements are kept, and any text
 * still holding a quoted or dollar-quoted literal is dropped whole rather than scrubbed.
 */
export function cleanStatementText(text: string, dialect: 'postgres' | 'mysql'): string | null {
  if (text.trim().startsWith('<')) return null; // "<insufficient privilege>"
  // Comments go first (a quote inside one is not a literal); MySQL also has # comments.
  let t = withoutBlockComments(text).replace(/--[^\n]*/g, ' ');
  if (dialect === 'mysql') t = t.replace(/#[^\n]*/g, ' ');
  t = t.replace(/\s+/g, ' ').trim();
  if (!t || !PLANNABLE.test(t)) return null;
  // PostgreSQL's "quoted identifiers" are names, not data; MySQL's "..." is a string.
  const unquoted = dialect === 'postgres' ? t.replace(/"(?:[^"]|"")*"/g, '') : t;
  if (/['"]/.test(unquoted) || /\/\*/.test(unquoted)) return null;
  if (dialect === 'postgres' && /\$[A-Za-z_]*\$/.test(unquoted)) return null;
  return t;
}

/** Captures a snapshot from the server the URL names (lazy: only the needed driver loads). */
export async function captureStats(opts: CaptureOptions & { dialect?: 'postgres' | 'mysql' }): Promise<StatsSnapshot> {
  const dialect = opts.dialect ?? dialectOfUrl(opts.databaseUrl);
  if (!dialect) throw new StatsCaptureError(`cannot tell the database from the URL ${redactUrl(opts.databaseUrl)}: use postgres://... or mysql://..., or pass --dialect`);
  if (dialect === 'postgres') return (await import('./capture-postgres.js')).capturePostgres(opts);
  return (await import('./capture-mysql.js')).captureMysql(opts);
}

/**
 * `text.replace(/\/\*[\s\S]*?\*\//g, ' ')` without rescanning to the end from every unclosed `/*`
 * (quadratic): once one has no `*\/` after it, no later one has.
 */
function withoutBlockComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('/*', from);
    const close = open < 0 ? -1 : text.indexOf('*/', open + 2);
    if (close < 0) return out + text.slice(from);
    out += `${text.slice(from, open)} `;
    from = close + 2;
  }
}
