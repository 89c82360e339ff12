import type { ResolvedConfig } from './config.js';
import type { Severity } from './ir.js';
import type { SuppressedFinding } from './report/model.js';
import { ruleById } from '../rules/index.js';

/** One way the pull request lowers what the gate checks. */
export interface Weakening {
  kind: 'severity' | 'fail-on' | 'lock-timeout' | 'version' | 'scope' | 'deprecated' | 'lock-budget' | 'suppression';
  /** Rule id (severity, suppression) or config key. */
  subject: string;
  from?: string;
  to?: string;
  /** Where: the config file, or the migration file of a suppression comment. */
  file: string;
  line?: number;
  /** The reason the author gave (a suppression's reason, a YAML comment at the key); may be empty. */
  reason: string;
}

const LEVEL: Record<Severity | 'off', number> = { off: 0, info: 1, warning: 2, error: 3 };
/** fail-on: a higher threshold lets more through; `never` lets everything through. */
const FAIL_ON_LEVEL: Record<ResolvedConfig['failOn'], number> = { info: 1, warning: 2, error: 3, never: 4 };

function effectiveSeverity(config: ResolvedConfig, id: string): Severity | 'off' {
  return config.ruleSeverity[id] ?? ruleById(id)?.severity ?? 'off';
}

/**
 * The comment a YAML author wrote for a key: at the end of its line, or the comment lines right
 * above it. `key` is a rule id or config key (our alphabet); the text is the user's, escaped by the caller.
 */
export function yamlReason(text: string | null, key: string): string {
  if (!text) return '';
  const lines = text.split(/\r\n|\r|\n/);
  const at = lines.findIndex((l) => new RegExp(`^\\s*['"]?${key.replace(/[^\w-]/g, '')}['"]?\\s*:`).test(l));
  if (at < 0) return '';
  const line = lines[at]!.replace(/'[^']*'|"[^"]*"/g, '""');
  // `.*$` stops at U+2028/U+2029, so a comment starts at most two characters before the last one:
  // searching from there keeps the regex from rescanning the line from every `#` (quadratic).
  const lastBreak = Math.max(line.lastIndexOf('\u2028'), line.lastIndexOf('\u2029'));
  const inline = /\s#\s?(.*)$/.exec(lastBreak < 0 ? line : line.slice(Math.max(0, lastBreak - 2)));
  if (inline?.[1]?.trim()) return inline[1].trim();
  const above: string[] = [];
  for (let i = at - 1; i >= 0 && /^\s*#/.test(lines[i]!); i--) above.unshift(lines[i]!.replace(/^\s*#\s?/, ''));
  return above.join(' ').trim();
}

/**
 * Config changes in the pull request that make the gate let more through: a rule's effective
 * severity lowered (or turned off), fail-on raised, a global lockTimeout added (which silences
 * require-lock-timeout). Both configs are resolved with the same action inputs, so a change an
 * input overrides does not count.
 */
export function configWeakenings(base: ResolvedConfig, head: ResolvedConfig, headText: string | null): Weakening[] {
  const file = head.source ?? base.source ?? '.migration-guard.yml';
  const out: Weakening[] = [];
  if (FAIL_ON_LEVEL[head.failOn] > FAIL_ON_LEVEL[base.failOn]) {
    out.push({ kind: 'fail-on', subject: 'failOn', from: base.failOn, to: head.failOn, file, reason: yamlReason(headText, 'failOn') });
  }
  const ids = [...new Set([...Object.keys(base.ruleSeverity), ...Object.keys(head.ruleSeverity)])].sort();
  for (const id of ids) {
    const from = effectiveSeverity(base, id);
    const to = effectiveSeverity(head, id);
    if (LEVEL[to] < LEVEL[from]) out.push({ kind: 'severity', subject: id, from, to, file, reason: yamlReason(headText, id) });
  }
  if (head.lockTimeout && !base.lockTimeout) {
    out.push({ kind: 'lock-timeout', subject: 'lockTimeout', to: head.lockTimeout, file, reason: yamlReason(headText, 'lockTimeout') });
  }
  // A newer production version makes more operations safe (e.g. PG 11's fast ADD COLUMN ... DEFAULT),
  // so claiming one silences findings; it is right only if production really was upgraded.
  if (head.dialect === 'postgres' && base.dialect === 'postgres' && head.pgVersion > base.pgVersion) {
    out.push({ kind: 'version', subject: 'pgVersion', from: String(base.pgVersion), to: String(head.pgVersion), file, reason: yamlReason(headText, 'pgVersion') });
  }
  if (head.dialect === 'mysql' && base.dialect === 'mysql' && (head.mysqlVersion ?? 0) > (base.mysqlVersion ?? 0) && base.mysqlVersion !== null) {
    out.push({ kind: 'version', subject: 'mysqlVersion', from: versionText(base.mysqlVersion), to: versionText(head.mysqlVersion!), file, reason: yamlReason(headText, 'mysqlVersion') });
  }
  // Fewer migration directories or more excluded code: findings there (or references found there) disappear.
  const headPaths = new Set(head.migrations.map((m) => normalizePath(m.path)));
  if (head.migrations.length > 0) {
    for (const m of base.migrations) {
      if (!headPaths.has(normalizePath(m.path))) out.push({ kind: 'scope', subject: 'migrations', from: m.path, file, reason: yamlReason(headText, 'migrations') });
    }
  }
  for (const pattern of added(base.code.exclude, head.code.exclude)) {
    out.push({ kind: 'scope', subject: 'code.exclude', to: pattern, file, reason: yamlReason(headText, 'exclude') });
  }
  for (const name of [...added(base.deprecated.tables, head.deprecated.tables), ...added(base.deprecated.columns, head.deprecated.columns)]) {
    out.push({ kind: 'deprecated', subject: name, file, reason: yamlReason(headText, 'deprecated') });
  }
  if (base.lockBudgetMs !== null && (head.lockBudgetMs === null || head.lockBudgetMs > base.lockBudgetMs)) {
    out.push({ kind: 'lock-budget', subject: 'lockBudget', from: `${base.lockBudgetMs} ms`, to: head.lockBudgetMs === null ? 'none' : `${head.lockBudgetMs} ms`, file, reason: yamlReason(headText, 'lockBudget') });
  }
  return out;
}

function added(base: string[], head: string[]): string[] {
  const had = new Set(base);
  return [...new Set(head)].filter((x) => !had.has(x));
}

function normalizePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

/** 80035 → "8.0.35" */
function versionText(v: number): string {
  return `${Math.floor(v / 10000)}.${Math.floor(v / 100) % 100}.${v % 100}`;
}

/**
 * Suppressions the pull request adds: the suppression comment (on the finding's line or the
 * line above) does not appear in the base version of its file. `baseText` returns null for a
 * file the base does not have (every suppression in it is new).
 */
export function newSuppressions(suppressed: SuppressedFinding[], headText: (file: string) => string | undefined, baseText: (file: string) => string | null): Weakening[] {
  const out: Weakening[] = [];
  const seen = new Set<string>();
  for (const s of suppressed) {
    const lines = (headText(s.file) ?? '').split(/\r\n|\r|\n/);
    const commentLine = [s.line, s.line - 1].find((n) => /migration-guard:\s*ignore/.test(lines[n - 1] ?? ''));
    const comment = commentLine ? lines[commentLine - 1]!.trim() : null;
    const key = `${s.file}\u0000${commentLine ?? s.line}\u0000${s.ruleId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const base = baseText(s.file);
    if (base !== null && comment && base.split(/\r\n|\r|\n/).some((l) => l.trim() === comment)) continue;
    out.push({ kind: 'suppression', subject: s.ruleId, file: s.file, line: commentLine ?? s.line, reason: s.reason });
  }
  return out;
}
