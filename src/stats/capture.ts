import { redactUrl } from '../redact-url.js';
import type { StatsSnapshot } from './snapshot.js';

/** What `migration-guard stats` needs to capture a snapshot. */
export interface CaptureOptions {
  databaseUrl: string;
  /** Most-called statements kept (default 2000). */
  statementLimit?: number;
  /** Non-fatal notes (extension missing, a view not readable), one line each. */
  notice?: (message: string) => void;
  /** Refuse to capture when the role can do more than the capture needs (see `privilegeExcess`). */
  requireLeastPrivilege?: boolean;
}

/**
 * What the connecting role or account may do beyond what the capture needs (the documented
 * least-privilege role), one phrase each, and what it lacks that would leave data out.
 */
export interface PrivilegeReport {
  who: string;
  excess: string[];
  missing: string[];
}

const LEAST_PRIVILEGE_DOC = 'docs/production-evidence.md, "Least-privilege role"';

/**
 * Says what the privilege report found, as notices; with `requireLeastPrivilege` an excess is a
 * refusal (nothing is captured). The capture itself is read-only either way: this is about the
 * credential stored in CI, which is worth less to an attacker when it can do nothing else.
 */
export function reportPrivileges(report: PrivilegeReport, opts: CaptureOptions): void {
  if (report.excess.length) {
    const what = `${report.who} can do more than the capture needs: ${report.excess.join('; ')}`;
    if (opts.requireLeastPrivilege) throw new StatsCaptureError(`refusing to capture (--require-least-privilege): ${what}. Use the least-privilege role (${LEAST_PRIVILEGE_DOC})`);
    opts.notice?.(`${what}. The capture only reads statistics; a role with only those rights is safer to keep in CI (${LEAST_PRIVILEGE_DOC})`);
  }
  for (const m of report.missing) opts.notice?.(`${report.who}: ${m}`);
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
