import type { Migration, Op, OpKind, OpOf } from '../../ir.js';
import type { FixPhrases, FixSite } from '../../phrasebook.js';
import type { Fix, TextEdit } from '../../rule.js';
import { sqlName } from '../sql/phrasebook.js';
import { newMigrationStep, nextVersion, type VersionScheme } from '../versions.js';
import type { CallLayout, KnexLayout, Pos, Span, StatementLayout } from './layout.js';

/** Knex's `migrate:make` names start with a UTC timestamp (YYYYMMDDHHMMSS); it runs files in name order. */
const KNEX_VERSIONS: VersionScheme = { versionOf: (id) => /^(\d{14})(?!\d)/.exec(id)?.[1] ?? null, numericOrder: false };

/**
 * Exact fixes for Knex migrations (PostgreSQL), in Knex's own syntax. Knex has no builder for
 * CONCURRENTLY or NOT VALID, so the safe patterns are `knex.raw` with the very SQL Knex's compiler
 * sends for the call (the op's `sql`: the front end replays the calls on Knex's compiler) plus the
 * clause, and `config = { transaction: false }` where the statement must run outside the
 * migration's transaction. A fix is offered only where the front end's layout (layout.ts) shows
 * the op is all its top-level statement of `up` does, so replacing the statement changes nothing
 * else; a helper, a loop, a condition, a call lowered statically: no fix, the suggestion stands.
 */
const opsByStatement = new WeakMap<readonly Op[], Map<StatementLayout, Op[]>>();
const kindChecks = new WeakMap<readonly Op[], Map<ReadonlySet<OpKind>, boolean>>();

/** Every op is of `kinds`: asked per finding with the same few sets, answered once per migration. */
function allOfKinds(ops: readonly Op[], kinds: ReadonlySet<OpKind>): boolean {
  let known = kindChecks.get(ops);
  if (!known) kindChecks.set(ops, (known = new Map()));
  let answer = known.get(kinds);
  if (answer === undefined) known.set(kinds, (answer = ops.every((o) => kinds.has(o.kind))));
  return answer;
}

export function knexFixes(m: Migration): FixPhrases | undefined {
  const layout = m.fixSites as KnexLayout | undefined;
  if (!layout?.up || m.dialect !== 'postgres') return undefined;
  const up = layout.up;
  const file = m.file;

  /** The top-level statement of `up` an op comes from, when it is one this module can rewrite. */
  // Statements in source order, found by binary search; those holding a statically lowered call
  // worked out once (every finding asks: a scan per finding grows with the square of the file).
  const statements = up.statements ?? [];
  const containing = (p: Pos): StatementLayout | null => {
    let lo = 0;
    let hi = statements.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = statements[mid]!.span;
      if (p.line < s.line || (p.line === s.line && p.column < s.column)) hi = mid - 1;
      else if (within(p, s)) return statements[mid]!;
      else lo = mid + 1;
    }
    return null;
  };
  const approximated = new Set<StatementLayout>();
  for (const l of m.knex?.staticallyLowered ?? []) {
    const s = containing(l);
    if (s) approximated.add(s);
  }
  const statementOf = (op: Op): StatementLayout | null => {
    // Rewritten in place, a statement keeps whatever decides whether it runs (an earlier `return`, IF EXISTS).
    const stmt = containing(op.loc);
    if (!stmt?.call || stmt.call.root !== up.knex) return null;
    // A call Knex's compiler could not replay was lowered by our approximation: its SQL is not Knex's.
    if (approximated.has(stmt)) return null;
    return stmt;
  };
  /** The ops of `at.ops` inside each statement, grouped once per migration. */
  const opsIn = (stmt: StatementLayout, ops: readonly Op[]): Op[] => {
    let groups = opsByStatement.get(ops);
    if (!groups) {
      groups = new Map();
      for (const o of ops) {
        const s = containing(o.loc);
        if (!s) continue;
        const list = groups.get(s);
        if (list) list.push(o);
        else groups.set(s, [o]);
      }
      opsByStatement.set(ops, groups);
    }
    return groups.get(stmt) ?? [];
  };

  /** The statement whose one builder call (or raw SQL statement) is `op`, and nothing else. */
  const alone = (op: Op, at: FixSite): { stmt: StatementLayout; call: CallLayout } | null => {
    const stmt = statementOf(op);
    if (!stmt?.call) return null;
    const inside = opsIn(stmt, at.ops);
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
    if (!allOfKinds(at.ops, kinds)) return undefined;
    const line = configLine(layout);
    if (!line) return undefined;
    return [insert(file, layout.end, `\n\n${line}`)];
  };

  const raw = (sql: string) => `${up.knex}.raw(${jsLiteral(sql)})`;

  /**
   * The edits that run `sqls` right before `stmt`: `await knex.raw(...)` statements in an async
   * `up`; in a plain function whose last statement is `return X`, `return knex.raw(...).then(() => X)`.
   * `tail` goes after X (run after it, in the same way). undefined: not exactly possible.
   */
  const around = (stmt: StatementLayout, sqls: string[], tail: string[]): TextEdit[] | undefined => {
    if (!up.knex) return undefined;
    if (up.async) {
      if (stmt.indent === null || (!stmt.awaited && !stmt.finalReturn && tail.length > 0)) return undefined;
      const edits: TextEdit[] = [];
      const before = sqls.map((sql) => `await ${raw(sql)};\n${stmt.indent}`).join('');
      // One edit at the statement's start: the statements before it and `return` → `await`.
      if (tail.length > 0 && !stmt.awaited) edits.push(replace(file, stmt.finalReturn!.cut, `${before}${stmt.finalReturn!.text}`));
      else if (before) edits.push(insert(file, stmt.span, before));
      if (tail.length > 0) edits.push(insert(file, end(stmt.span), tail.map((sql) => `\n${stmt.indent}await ${raw(sql)};`).join('')));
      return edits;
    }
    if (!stmt.finalReturn) return undefined;
    return chainAround(stmt.finalReturn.argument, sqls, tail);
  };

  /** `first.then(() => ...)` around the promise at `promise`, then `.then(() => ...)` after it. */
  const chainAround = (promise: Span, sqls: string[], tail: string[]): TextEdit[] => {
    const edits: TextEdit[] = [];
    const [first, ...rest] = sqls;
    if (first !== undefined) edits.push(insert(file, promise, `${raw(first)}${rest.map((sql) => `.then(() => ${raw(sql)})`).join('')}.then(() => `));
    const after = `${first !== undefined ? ')' : ''}${tail.map((sql) => `.then(() => ${raw(sql)})`).join('')}`;
    if (after) edits.push(insert(file, end(promise), after));
    return edits;
  };

  /** The raw call that replaces a builder call: Knex's own SQL for it, with the clause the safe pattern adds. */
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
    const config = outsideTransaction(at, INDEX_KINDS);
    if (!config) return undefined;
    const site = alone(op, at);
    if (!site) {
      const all = allIndexes(op, at);
      return all ? { title: 'Build and drop these indexes CONCURRENTLY, outside the migration transaction', edits: [all, ...config] } : undefined;
    }
    let edit: TextEdit | undefined;
    if (site.call.kind === 'raw') edit = insertInLiteral(site.call, head, ' CONCURRENTLY');
    else {
      const match = op.sql ? head.exec(op.sql) : null;
      if (match) edit = asRaw(site.call, `${op.sql!.slice(0, match[0].length)}${sameCase(match[0], ' CONCURRENTLY')}${op.sql!.slice(match[0].length)}`);
    }
    return edit ? { title, edits: [edit, ...config] } : undefined;
  };

  /**
   * A builder callback that only creates or drops indexes (`t.index('a'); t.index('b');`): the
   * statement becomes one raw CONCURRENTLY statement per index, in Knex's order. Every index
   * finding of the statement carries this same fix, which is applied once.
   */
  const allIndexes = (op: Op, at: FixSite): TextEdit | undefined => {
    const stmt = statementOf(op);
    const body = stmt?.call?.kind === 'table' ? stmt.call.body : null;
    if (!stmt || !body || stmt.indent === null || !(up.async ? stmt.awaited || stmt.finalReturn : stmt.finalReturn)) return undefined;
    const inside = opsIn(stmt, at.ops);
    if (inside.length < 2 || inside.length !== body.statements || body.chains.length !== body.statements) return undefined;
    const sqls: string[] = [];
    for (const o of inside) {
      if ((o.kind !== 'createIndex' && o.kind !== 'dropIndex') || o.concurrently || !o.sql) return undefined;
      const head = o.kind === 'createIndex' ? CREATE_INDEX : DROP_INDEX;
      const match = head.exec(o.sql);
      if (!match || (o.kind === 'dropIndex' && /,|\bcascade\b/i.test(o.sql))) return undefined;
      sqls.push(`${o.sql.slice(0, match[0].length)}${sameCase(match[0], ' CONCURRENTLY')}${o.sql.slice(match[0].length)}`);
    }
    // The statement becomes the raw statements: awaited one by one, or one returned promise chain.
    const [first, ...rest] = sqls.map(raw);
    const text = up.async ? [first, ...rest].map((r) => `await ${r};`).join(`\n${stmt.indent}`) : `return ${first}${rest.map((r) => `.then(() => ${r})`).join('')};`;
    return replace(file, stmt.span, text);
  };

  /**
   * `t.uuid('user_id').references('id').inTable('users')`: the column stays a builder call, its
   * foreign-key links go, and the key Knex would have added follows the statement, NOT VALID.
   */
  const foreignKeyModifier = (op: OpOf<'addConstraint'>): TextEdit[] | undefined => {
    const c = op.constraint;
    if (c.kind !== 'foreignKey' || c.columns.length !== 1 || !op.sql || /\bnot\s+valid\b/i.test(op.sql)) return undefined;
    const stmt = statementOf(op);
    const body = stmt?.call?.kind === 'table' ? stmt.call.body : null;
    const follow = stmt ? around(stmt, [], [notValid(op.sql)]) : undefined;
    if (!stmt || !body || !follow) return undefined;
    const chains = body.chains.filter((ch) => ch.name === c.columns[0] && ch.links.some((l) => l.method === 'references'));
    if (chains.length !== 1) return undefined;
    const chain = chains[0]!;
    // `t.foreign('user_id')...` among other calls: its lines go; a column's chain keeps the column.
    let cuts: TextEdit[];
    if (chain.method === 'foreign') {
      if (!chain.lines || chain.links.some((l) => !FOREIGN_KEY_LINKS.has(l.method))) return undefined;
      cuts = [replace(file, chain.lines, '')];
    } else cuts = chain.links.filter((l) => FOREIGN_KEY_LINKS.has(l.method)).map((l) => replace(file, l.cut, ''));
    return [...cuts, ...follow];
  };

  const indexFix = (op: OpOf<'createIndex' | 'dropIndex'>, at: FixSite): Fix | undefined => {
    if (op.kind === 'createIndex') return concurrently(op, at, CREATE_INDEX, 'Create the index CONCURRENTLY, outside the migration transaction');
    // DROP INDEX CONCURRENTLY takes exactly one index and no CASCADE.
    if (!op.sql || /,|\bcascade\b/i.test(op.sql.replace(/--[^\n]*/g, ''))) return undefined;
    return concurrently(op, at, DROP_INDEX, 'Drop the index CONCURRENTLY, outside the migration transaction');
  };

  return withLineBreaks(layout.eol, {
    createIndexConcurrently: indexFix,
    dropIndexConcurrently: indexFix,

    setLockTimeout(set, _op, at) {
      // Where the index fix takes the migration out of its transaction, that fix removes the strong lock and a SET LOCAL would do nothing.
      if (at.inTransaction && at.ops.some((o) => (o.kind === 'createIndex' || o.kind === 'dropIndex') && !o.concurrently && indexFix(o, at))) return undefined;
      if (!up.knex) return undefined;
      const title = 'Set lock_timeout at the start of up';
      // `(knex) => knex.schema...`: the SET first, then the same promise.
      if (up.expression) return { title, edits: chainAround(up.expression, [set], []) };
      const first = up.statements?.[0];
      if (!first) return undefined;
      if (up.async) {
        const statement = `await ${raw(set)};`;
        return { title, edits: [insert(file, first.span, first.indent !== null ? `${statement}\n${first.indent}` : `${statement} `)] };
      }
      // A plain function: only where its one statement returns the promise.
      return first.finalReturn ? { title, edits: chainAround(first.finalReturn.argument, [set], []) } : undefined;
    },

    addConstraintNotValid(op, name, at) {
      if (op.constraint.kind !== 'foreignKey' && op.constraint.kind !== 'check') return undefined;
      const stamp = nextVersion(KNEX_VERSIONS, m, newMigrationStep(op, at.ops));
      const style = newFileStyle(file, layout);
      if (!stamp || !style) return undefined;
      const site = alone(op, at);
      let edits: TextEdit[] | undefined;
      if (!site) edits = foreignKeyModifier(op);
      else if (site.call.kind === 'raw') edits = optional(insertInLiteral(site.call, /^[^]*?(?=\s*;?\s*$)/, ' NOT VALID'));
      else if (op.sql && !/\bnot\s+valid\b/i.test(op.sql)) edits = [asRaw(site.call, notValid(op.sql))];
      if (!edits) return undefined;
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      const ext = /\.[cm]?[jt]s$/i.exec(file)![0];
      const path = `${dir}${stamp}_validate_${name.replace(/[^A-Za-z0-9_]+/g, '_')}${ext}`;
      const validate = `ALTER TABLE ${sqlName(op.table)} VALIDATE CONSTRAINT ${sqlName(name)}`;
      return {
        title: `Add ${name} NOT VALID, validate it in a new migration`,
        edits,
        newFiles: [{ path, text: migrationFile(style, validate) }],
      };
    },

    addColumnWithoutVolatileDefault(op) {
      const stmt = statementOf(op);
      const def = op.column.default;
      // NOT NULL without the default fails on a table with rows: that needs a backfill first.
      if (!stmt?.call?.body || !def || op.column.notNull || !op.sql) return undefined;
      const chains = stmt.call.body.chains.filter((c) => c.name === op.column.name && !c.links.some((l) => /^(alter|alterType|notNullable|notNull|primary)$/.test(l.method)));
      if (chains.length !== 1) return undefined;
      const defaults = chains[0]!.links.filter((l) => DEFAULT_METHODS.has(l.method));
      if (defaults.length !== 1) return undefined;
      const setDefault = `ALTER TABLE ${sqlName(op.table)} ALTER COLUMN ${sqlName(op.column.name)} SET DEFAULT ${def.sql}`;
      const after = around(stmt, [], [setDefault]);
      if (!after) return undefined;
      return {
        title: `Add ${op.column.name} without the default, then set the default (existing rows stay NULL: backfill them apart)`,
        edits: [replace(file, defaults[0]!.cut, ''), ...after],
      };
    },

    setNotNullViaCheck(op, check, at) {
      const site = alone(op, at);
      // Every statement commits on its own, so VALIDATE scans under its weak lock and SET NOT NULL skips the scan.
      const config = outsideTransaction(at, SET_NOT_NULL_KINDS);
      if (!site || site.call.kind !== 'table' || !config) return undefined;
      const table = sqlName(op.table);
      const before = [`ALTER TABLE ${table} ADD CONSTRAINT ${sqlName(check)} CHECK (${sqlName(op.column)} IS NOT NULL) NOT VALID`, `ALTER TABLE ${table} VALIDATE CONSTRAINT ${sqlName(check)}`];
      // The CHECK is redundant once the column is NOT NULL; dropping it leaves what the builder call left (and what down undoes).
      const edits = around(site.stmt, before, [`ALTER TABLE ${table} DROP CONSTRAINT ${sqlName(check)}`]);
      if (!edits) return undefined;
      return { title: `Prove ${op.column} NOT NULL with a validated CHECK first (outside the migration transaction)`, edits: [...edits, ...config] };
    },
  });
}

/** The phrases, writing their new lines with the file's own line break. */
function withLineBreaks(eol: string, phrases: Required<FixPhrases>): FixPhrases {
  if (eol === '\n') return phrases;
  const convert = (fix: Fix | undefined): Fix | undefined =>
    fix && {
      ...fix,
      edits: fix.edits.map((e) => ({ ...e, text: e.text.replace(/\n/g, eol) })),
      ...(fix.newFiles ? { newFiles: fix.newFiles.map((f) => ({ ...f, text: f.text.replace(/\n/g, eol) })) } : {}),
    };
  return {
    createIndexConcurrently: (...a) => convert(phrases.createIndexConcurrently(...a)),
    dropIndexConcurrently: (...a) => convert(phrases.dropIndexConcurrently(...a)),
    setLockTimeout: (...a) => convert(phrases.setLockTimeout(...a)),
    addConstraintNotValid: (...a) => convert(phrases.addConstraintNotValid(...a)),
    addColumnWithoutVolatileDefault: (...a) => convert(phrases.addColumnWithoutVolatileDefault(...a)),
    setNotNullViaCheck: (...a) => convert(phrases.setNotNullViaCheck(...a)),
  };
}

const CREATE_INDEX = /^\s*create\s+(?:unique\s+)?index\b/i;
const DROP_INDEX = /^\s*drop\s+index\b/i;
/** The column-builder links that make a foreign key (knex ColumnBuilder: references, inTable/on, onDelete, onUpdate, withKeyName, deferrable). */
const FOREIGN_KEY_LINKS: ReadonlySet<string> = new Set(['references', 'inTable', 'on', 'onDelete', 'onUpdate', 'withKeyName', 'deferrable']);
const INDEX_KINDS: ReadonlySet<OpKind> = new Set(['createIndex', 'dropIndex']);
const SET_NOT_NULL_KINDS: ReadonlySet<OpKind> = new Set(['setNotNull']);
const DEFAULT_METHODS: ReadonlySet<string> = new Set(['defaultTo', 'default', 'defaultsTo']);

function optional<T>(item: T | undefined): T[] | undefined {
  return item === undefined ? undefined : [item];
}

/** Knex's ADD CONSTRAINT statement, NOT VALID. */
function notValid(sql: string): string {
  return `${sql.trimEnd()}${sameCase(sql, ' NOT VALID')}`;
}

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
