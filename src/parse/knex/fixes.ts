import type { Migration, Op, OpKind, OpOf } from '../../ir.js';
import type { FixPhrases, FixSite } from '../../phrasebook.js';
import type { Fix, TextEdit } from '../../rule.js';
import { sqlName } from '../sql/phrasebook.js';
import type { CallLayout, KnexLayout, Pos, Span, StatementLayout } from './layout.js';

/**
 * Exact fixes for Knex migrations (PostgreSQL), in Knex's own syntax. Knex has no builder for
 * CONCURRENTLY or NOT VALID, so the safe patterns are `knex.raw` with the very SQL Knex's compiler
 * sends for the call (the op's `sql`: the front end replays the calls on Knex's compiler) plus the
 * clause, and `config = { transaction: false }` where the statement must run outside the
 * migration's transaction. A fix is offered only where the front end's layout (layout.ts) shows
 * the op is all its top-level statement of `up` does, so replacing the statement changes nothing
 * else; a helper, a loop, a condition, a call lowered statically: no fix, the suggestion stands.
 */
export function knexFixes(m: Migration, now: () => Date = () => new Date()): FixPhrases | undefined {
  const layout = m.knex?.layout as KnexLayout | undefined;
  if (!layout?.up || m.dialect !== 'postgres') return undefined;
  const up = layout.up;
  const file = m.file;

  /** The top-level statement of `up` an op comes from, when it is one this module can rewrite. */
  const statementOf = (op: Op): StatementLayout | null => {
    // Rewritten in place, a statement keeps whatever decides whether it runs (an earlier `return`, IF EXISTS).
    const stmt = up.statements?.find((s) => within(op.loc, s.span)) ?? null;
    if (!stmt?.call || stmt.call.root !== up.knex) return null;
    // A call Knex's compiler could not replay was lowered by our approximation: its SQL is not Knex's.
    if (m.knex?.staticallyLowered?.some((l) => within(l, stmt.span))) return null;
    return stmt;
  };

  /** The statement whose one builder call (or raw SQL statement) is `op`, and nothing else. */
  const alone = (op: Op, at: FixSite): { stmt: StatementLayout; call: CallLayout } | null => {
    const stmt = statementOf(op);
    if (!stmt?.call) return null;
    const inside = at.ops.filter((o) => within(o.loc, stmt.span));
    if (inside.length !== 1 || inside[0] !== op) return null;
    const { call } = stmt;
    if (call.kind === 'table' && !(call.body && call.body.statements === 1 && call.body.chains.length === 1)) return null;
    if (call.kind === 'raw' && !call.literal) return null;
    return { stmt, call };
  };

  /**
   * The edits that take the migration out of Knex's transaction: none when it already runs
   * outside one, the `config` export when the file has none and every op of the migration is
   * of `kinds` (the other ops lose their transaction too: only ops that are safe without one).
   * undefined: it cannot be done exactly (an explicit transaction, a `config` already there).
   */
  const outsideTransaction = (at: FixSite, kinds: ReadonlySet<OpKind>): TextEdit[] | undefined => {
    if (!at.inTransaction) return [];
    if (!m.transactional || m.knex?.configTransaction !== null || layout.hasConfig || !layout.end) return undefined;
    if (!at.ops.every((o) => kinds.has(o.kind))) return undefined;
    const line = configLine(layout);
    if (!line) return undefined;
    return [insert(file, layout.end, `\n\n${line}`)];
  };

  /** The raw call that replaces a builder call: Knex's own SQL for it, changed by `rewrite`. */
  const asRaw = (call: CallLayout, sql: string): TextEdit => replace(file, call.span, `${call.root}.raw(${jsLiteral(sql)})`);

  /** `clause` inserted right after the part of a raw call's SQL literal that `head` matches. */
  const insertInLiteral = (call: CallLayout, head: RegExp, clause: string): TextEdit | undefined => {
    const lit = call.literal;
    if (!lit) return undefined;
    const content = lit.text.slice(1, -1);
    const match = head.exec(content);
    // Escapes would make the literal's text and the SQL's differ: positions would not map.
    if (!match || content.slice(0, match[0].length).includes('\\')) return undefined;
    const at = advance({ line: lit.span.line, column: lit.span.column + 1 }, match[0]);
    return insert(file, at, sameCase(match[0], clause));
  };

  const concurrently = (op: Op & { sql?: string }, at: FixSite, head: RegExp, title: string): Fix | undefined => {
    const site = alone(op, at);
    const config = outsideTransaction(at, INDEX_KINDS);
    if (!site || !config) return undefined;
    let edit: TextEdit | undefined;
    if (site.call.kind === 'raw') edit = insertInLiteral(site.call, head, ' CONCURRENTLY');
    else {
      const match = op.sql ? head.exec(op.sql) : null;
      if (match) edit = asRaw(site.call, `${op.sql!.slice(0, match[0].length)}${sameCase(match[0], ' CONCURRENTLY')}${op.sql!.slice(match[0].length)}`);
    }
    return edit ? { title, edits: [edit, ...config] } : undefined;
  };

  const indexFix = (op: OpOf<'createIndex' | 'dropIndex'>, at: FixSite): Fix | undefined => {
    if (op.kind === 'createIndex') return concurrently(op, at, /^\s*create\s+(?:unique\s+)?index\b/i, 'Create the index CONCURRENTLY, outside the migration transaction');
    // DROP INDEX CONCURRENTLY takes exactly one index and no CASCADE.
    if (!op.sql || /,|\bcascade\b/i.test(op.sql.replace(/--[^\n]*/g, ''))) return undefined;
    return concurrently(op, at, /^\s*drop\s+index\b/i, 'Drop the index CONCURRENTLY, outside the migration transaction');
  };

  return {
    createIndexConcurrently: indexFix,
    dropIndexConcurrently: indexFix,

    setLockTimeout(set, _op, at) {
      const first = up.statements?.[0];
      // Where the index fix takes the migration out of its transaction, that fix removes the strong lock and a SET LOCAL would do nothing.
      if (at.inTransaction && at.ops.some((o) => (o.kind === 'createIndex' || o.kind === 'dropIndex') && !o.concurrently && indexFix(o, at))) return undefined;
      if (!up.async || !up.knex || !first) return undefined;
      const statement = `await ${up.knex}.raw(${jsLiteral(set)});`;
      return { title: 'Set lock_timeout at the start of up', edits: [insert(file, first.span, first.indent !== null ? `${statement}\n${first.indent}` : `${statement} `)] };
    },

    addConstraintNotValid(op, name, at) {
      if (op.constraint.kind !== 'foreignKey' && op.constraint.kind !== 'check') return undefined;
      const site = alone(op, at);
      const stamp = site ? nextTimestamp(m.id, now()) : null;
      const style = newFileStyle(file, layout);
      if (!site || !stamp || !style) return undefined;
      let edit: TextEdit | undefined;
      if (site.call.kind === 'raw') edit = insertInLiteral(site.call, /^[^]*?(?=\s*;?\s*$)/, ' NOT VALID');
      else if (op.sql && !/\bnot\s+valid\b/i.test(op.sql)) edit = asRaw(site.call, `${op.sql.trimEnd()}${sameCase(op.sql, ' NOT VALID')}`);
      if (!edit) return undefined;
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      const ext = /\.[cm]?[jt]s$/i.exec(file)![0];
      const path = `${dir}${stamp}_validate_${name.replace(/[^A-Za-z0-9_]+/g, '_')}${ext}`;
      const validate = `ALTER TABLE ${sqlName(op.table)} VALIDATE CONSTRAINT ${sqlName(name)}`;
      return {
        title: `Add ${name} NOT VALID, validate it in a new migration`,
        edits: [edit],
        newFiles: [{ path, text: migrationFile(style, validate) }],
      };
    },

    addColumnWithoutVolatileDefault(op, at) {
      void at;
      const stmt = statementOf(op);
      const def = op.column.default;
      // NOT NULL without the default fails on a table with rows: that needs a backfill first.
      if (!stmt?.call?.body || !def || op.column.notNull || !op.sql || !up.async || !stmt.awaited || stmt.indent === null) return undefined;
      const chains = stmt.call.body.chains.filter((c) => c.name === op.column.name && !c.links.some((l) => /^(alter|alterType|notNullable|notNull|primary)$/.test(l.method)));
      if (chains.length !== 1) return undefined;
      const defaults = chains[0]!.links.filter((l) => DEFAULT_METHODS.has(l.method));
      if (defaults.length !== 1) return undefined;
      const setDefault = `ALTER TABLE ${sqlName(op.table)} ALTER COLUMN ${sqlName(op.column.name)} SET DEFAULT ${def.sql}`;
      return {
        title: `Add ${op.column.name} without the default, then set the default (existing rows stay NULL: backfill them apart)`,
        edits: [replace(file, defaults[0]!.cut, ''), insert(file, end(stmt.span), `\n${stmt.indent}await ${up.knex}.raw(${jsLiteral(setDefault)});`)],
      };
    },

    setNotNullViaCheck(op, check, at) {
      const site = alone(op, at);
      // Every statement commits on its own, so VALIDATE scans under its weak lock and SET NOT NULL skips the scan.
      const config = outsideTransaction(at, SET_NOT_NULL_KINDS);
      if (!site || site.call.kind !== 'table' || !config || !up.async || !site.stmt.awaited || site.stmt.indent === null) return undefined;
      const { stmt } = site;
      const table = sqlName(op.table);
      const raw = (sql: string) => `await ${up.knex}.raw(${jsLiteral(sql)});`;
      const before = [
        raw(`ALTER TABLE ${table} ADD CONSTRAINT ${sqlName(check)} CHECK (${sqlName(op.column)} IS NOT NULL) NOT VALID`),
        raw(`ALTER TABLE ${table} VALIDATE CONSTRAINT ${sqlName(check)}`),
      ];
      // The CHECK is redundant once the column is NOT NULL; dropping it leaves what the builder call left (and what down undoes).
      const after = raw(`ALTER TABLE ${table} DROP CONSTRAINT ${sqlName(check)}`);
      return {
        title: `Prove ${op.column} NOT NULL with a validated CHECK first (outside the migration transaction)`,
        edits: [insert(file, stmt.span, before.map((s) => `${s}\n${stmt.indent}`).join('')), insert(file, end(stmt.span), `\n${stmt.indent}${after}`), ...config],
      };
    },
  };
}

const INDEX_KINDS: ReadonlySet<OpKind> = new Set(['createIndex', 'dropIndex']);
const SET_NOT_NULL_KINDS: ReadonlySet<OpKind> = new Set(['setNotNull']);
const DEFAULT_METHODS: ReadonlySet<string> = new Set(['defaultTo', 'default', 'defaultsTo']);

function within(p: Pos, s: Span): boolean {
  const afterStart = p.line > s.line || (p.line === s.line && p.column >= s.column);
  const beforeEnd = p.line < s.endLine || (p.line === s.endLine && p.column < s.endColumn);
  return afterStart && beforeEnd;
}

function end(s: Span): Pos {
  return { line: s.endLine, column: s.endColumn };
}

function insert(file: string, at: Pos, text: string): TextEdit {
  return { file, startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.column, text };
}

function replace(file: string, s: Span, text: string): TextEdit {
  return { file, startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn, text };
}

/** The position after `text`, written from `from`. */
function advance(from: Pos, text: string): Pos {
  const lines = text.split(/\r\n|\n|\r/);
  return lines.length === 1 ? { line: from.line, column: from.column + text.length } : { line: from.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
}

/** `clause` in lower case when the SQL it goes into starts with a lower-case keyword (Knex's compiler writes lower case). */
function sameCase(sql: string, clause: string): string {
  return /^\s*[a-z]/.test(sql) ? clause.toLowerCase() : clause;
}

/** A JavaScript string literal: single quotes unless the text has some (SQL string literals), as the Knex docs write them. */
export function jsLiteral(text: string): string {
  if (text.includes("'") && !text.includes('"') && !text.includes('\\') && !text.includes('\n')) return `"${text}"`;
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`;
}

function configLine(layout: KnexLayout): string | null {
  switch (layout.style) {
    case 'exports':
      return 'exports.config = { transaction: false };';
    case 'module.exports':
      return 'module.exports.config = { transaction: false };';
    case 'esm':
      return layout.configNameTaken ? null : 'export const config = { transaction: false };';
    default:
      return null;
  }
}

type FileStyle = 'cjs' | 'esm' | 'ts';

/** How a new migration next to this one is written: as this one is. */
function newFileStyle(file: string, layout: KnexLayout): FileStyle | null {
  if (/\.[cm]?ts$/i.test(file)) return 'ts';
  if (/\.mjs$/i.test(file)) return 'esm';
  if (/\.cjs$/i.test(file)) return 'cjs';
  if (layout.style === 'esm') return 'esm';
  return layout.style ? 'cjs' : null;
}

/** A migration whose up runs `sql` and whose down has nothing to undo. */
function migrationFile(style: FileStyle, sql: string): string {
  const body = `  await knex.raw(${jsLiteral(sql)});\n`;
  switch (style) {
    case 'cjs':
      return `exports.up = async (knex) => {\n${body}};\n\n// Validating changes no schema: nothing to undo.\nexports.down = async () => {};\n`;
    case 'esm':
      return `export async function up(knex) {\n${body}}\n\n// Validating changes no schema: nothing to undo.\nexport async function down() {}\n`;
    case 'ts':
      return `import type { Knex } from 'knex';\n\nexport async function up(knex: Knex): Promise<void> {\n${body}}\n\n// Validating changes no schema: nothing to undo.\nexport async function down(): Promise<void> {}\n`;
  }
}

/**
 * The timestamp of a migration that runs after this one and after every migration that exists
 * now: Knex's `migrate:make` scheme (YYYYMMDDHHMMSS, UTC) at the current time, and at least one
 * second after this migration's own. null when this migration's name does not start with one
 * (a directory named otherwise sorts by rules a timestamp does not follow).
 */
export function nextTimestamp(id: string, now: Date): string | null {
  const own = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(id);
  if (!own) return null;
  const [, y, mo, d, h, mi, s] = own.map(Number) as number[];
  const after = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) + 1000;
  if (Number.isNaN(after)) return null;
  const at = new Date(Math.max(after, now.getTime()));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
}
