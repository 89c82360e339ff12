import { createHash } from 'node:crypto';
import type { AlembicRevision, Migration, Op, OpOf } from '../../ir.js';
import type { AlembicCallSite, AlembicSites } from './sites.js';
import type { FixPhrases, FixSite } from '../../phrasebook.js';
import type { Fix, TextEdit } from '../../rule.js';
import { sqlIdent, sqlName } from '../sql/phrasebook.js';

/** The slug of the revision a fix adds: every fix of one migration names the same file, so two of them never make two heads. */
const SLUG = 'validate_constraints';

/**
 * Exact fixes for Alembic revision files, written with the `op.*` calls Alembic documents: edits
 * at the source positions the front end recorded (`Migration.fixSites`), and a new revision after this
 * one where a step has to wait for a later transaction. Identifiers in Python code are the user's
 * own literals; SQL text names them as PostgreSQL needs. No fix (undefined) wherever a rewrite
 * would be a guess: a call through `**kwargs`, a call inside a larger expression, a revision that
 * is not a head, a multidb template.
 */
export function alembicFixes(m: Migration): FixPhrases | undefined {
  const rev = m.alembic;
  const sites = m.fixSites as AlembicSites | undefined;
  if (!rev || !sites || m.dialect !== 'postgres') return undefined;
  const file = m.file;
  const nl = sites.newline;
  const insert = (line: number, column: number, text: string): TextEdit => ({ file, startLine: line, startColumn: column, endLine: line, endColumn: column, text });
  const callOf = (op: Op, names: string[]): AlembicCallSite | undefined => {
    const site = sites.calls.find((c) => c.line === op.loc.line && c.column === op.loc.column);
    // batch_op calls run when the batch block ends, not where they stand: only `op.*` calls are rewritten.
    return site && site.receiver.kind === 'op' && names.includes(site.name) && !site.splat ? site : undefined;
  };
  // The user's own quote character, so generated code reads like theirs.
  const quote = sites.calls.some((c) => c.args.some((a) => a.text.startsWith('"'))) ? '"' : "'";
  const py = (text: string) => pyLiteral(text, quote);
  // The name the file calls Alembic's `op` module by, from a call in upgrade() itself.
  const opName = (sites.calls.find((c) => c.receiver.kind === 'op' && c.topLevel && isDotted(c.receiver.text)) ?? sites.calls.find((c) => c.receiver.kind === 'op' && isDotted(c.receiver.text)))?.receiver.text;

  /** `name=True` added after the call's last argument (not if the call already passes `name`: Python refuses it twice). */
  const keyword = (site: AlembicCallSite, name: string): TextEdit | undefined =>
    site.argsEnd && !site.args.some((a) => a.keyword === name) ? insert(site.argsEnd.line, site.argsEnd.column, `, ${name}=True`) : undefined;

  /** The call's statement moved into `with op.get_context().autocommit_block():` (its lines indented one level). */
  const autocommit = (site: AlembicCallSite): TextEdit[] | undefined => {
    const s = site.statement;
    // Indenting the lines of a multi-line string would change the string.
    if (!s || site.multilineString || !isDotted(site.receiver.text)) return undefined;
    if (s.indent.includes('\t') && s.indent.includes(' ')) return undefined;
    const unit = s.indent.includes('\t') ? '\t' : '    ';
    return s.lines.map((line) => insert(line, 1, line === site.line ? `${s.indent}with ${site.receiver.text}.get_context().autocommit_block():${nl}${unit}` : unit));
  };

  /**
   * The `op.execute("...")` call whose string holds exactly `op`'s statement, and where the
   * string's text starts: only a plain one-line literal without escapes, where a column in the
   * SQL is a column in the file.
   */
  const executeOf = (op: Op): { site: AlembicCallSite; sql: string; line: number; column: number } | undefined => {
    if (!op.sql) return undefined;
    const site = sites.calls.find((c) => c.name === 'execute' && c.receiver.kind === 'op' && c.args.length === 1 && c.args[0]!.line === op.loc.line && c.args[0]!.column < op.loc.column && op.loc.column < c.args[0]!.column + c.args[0]!.text.length);
    const arg = site?.args[0];
    const literal = arg && arg.keyword === null && !site.splat ? /^(["'])([^"'\\\r\n]*)\1$/.exec(arg.text) : null;
    if (!site || !arg || !literal || statementText(literal[2]!) !== statementText(op.sql)) return undefined;
    return { site, sql: literal[2]!, line: arg.line, column: arg.column + 1 };
  };

  /**
   * ` NOT VALID` at the end of `ALTER TABLE t ADD CONSTRAINT c FOREIGN KEY|CHECK ...` in an
   * op.execute("...") string, when that is the whole statement: one subcommand (no comma outside
   * parentheses and quotes) and no comment it could fall into.
   */
  const notValidInString = (op: OpOf<'addConstraint'>): TextEdit | undefined => {
    const ex = executeOf(op);
    if (!ex) return undefined;
    const sql = statementText(ex.sql);
    if (!/^ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?\S+\s+ADD\s+CONSTRAINT\s+\S+\s+(?:FOREIGN\s+KEY|CHECK)\b/i.test(sql) || /--|\/\*/.test(sql) || hasTopLevelComma(sql)) return undefined;
    return insert(ex.line, ex.column + ex.sql.indexOf(sql) + sql.length, ' NOT VALID');
  };

  /** CONCURRENTLY cannot run in a transaction: outside the runner's one, just the keyword; inside it, the call also moves into an autocommit block. */
  const concurrently = (op: OpOf<'createIndex' | 'dropIndex'>, at: FixSite, name: string, title: string): Fix | undefined => {
    const call = callOf(op, [name]);
    let site: AlembicCallSite | undefined;
    let kw: TextEdit | undefined;
    if (call) {
      site = call;
      kw = keyword(call, 'postgresql_concurrently');
    } else {
      // The statement as SQL in op.execute("..."): CONCURRENTLY goes into the string.
      const ex = executeOf(op);
      const head = (name === 'create_index' ? /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\b/i : /^\s*DROP\s+INDEX\b/i).exec(ex?.sql ?? '');
      // DROP INDEX CONCURRENTLY takes exactly one index and no CASCADE.
      if (!ex || !head || (name === 'drop_index' && /,|\bcascade\b/i.test(ex.sql))) return undefined;
      site = ex.site;
      kw = insert(ex.line, ex.column + head[0].length, ' CONCURRENTLY');
    }
    if (!kw) return undefined;
    if (op.autocommit || !at.inTransaction) return { title, edits: [kw] };
    const wrap = autocommit(site);
    return wrap ? { title: `${title} in an autocommit block`, edits: [...wrap, kw] } : undefined;
  };

  return {
    createIndexConcurrently: (op, at) => concurrently(op, at, 'create_index', 'Build the index CONCURRENTLY'),
    dropIndexConcurrently: (op, at) => concurrently(op, at, 'drop_index', 'Drop the index CONCURRENTLY'),

    setLockTimeout(set, op, at) {
      const start = sites.upgradeStart;
      if (!start || !opName) return undefined;
      const i = opIndexOf(at.ops).position.get(op) ?? -1;
      if (i < 0) return undefined;
      const statement = `${opName}.execute(${pySql(set)})`;
      // SET LOCAL lasts until the transaction ends: an autocommit block (or a COMMIT) before the op
      // ends it first, so then the SET goes right before the op's own call (a statement of upgrade()).
      if (/^SET\s+LOCAL\b/i.test(set) && at.ops.slice(0, i + 1).some((o) => o.autocommit || o.kind === 'transaction')) {
        const site = sites.calls.find((c) => c.line === op.loc.line && c.column === op.loc.column && c.receiver.kind === 'op') ?? executeOf(op)?.site;
        if (!site?.statement || !site.topLevel || op.autocommit) return undefined;
        return { title: 'Set lock_timeout before this statement', edits: [insert(site.line, 1, `${site.statement.indent}${statement}${nl}`)] };
      }
      return { title: 'Set lock_timeout at the start of upgrade()', edits: [insert(start.line, 1, `${start.indent}${statement}${nl}`)] };
    },

    addConstraintNotValid(op, _name, at) {
      // Every FOREIGN KEY / CHECK of this migration that can be added NOT VALID, so that all the
      // findings of the migration carry one and the same fix (and one new revision validates them all).
      // One plan per migration: every finding asks, and each would otherwise walk all the ops again.
      let plan = notValidPlans.get(at.ops);
      if (!plan) {
        plan = [];
        const index = opIndexOf(at.ops);
        for (const [i, o] of at.ops.entries()) {
          if (o.kind !== 'addConstraint' || o.constraint.notValid || (o.constraint.kind !== 'foreignKey' && o.constraint.kind !== 'check')) continue;
          // A constraint without a name gets one from the naming convention in env.py, which this file does not show.
          if (!o.constraint.name) continue;
          // (A table from another migration of the same change is empty too: NOT VALID there is harmless.)
          if ((index.firstCreate.get(o.table) ?? Infinity) < i) continue;
          if (index.movedAwayAfter(i, o.table, null)) continue;
          const site = callOf(o, [o.constraint.kind === 'foreignKey' ? 'create_foreign_key' : 'create_check_constraint']);
          const edit = site ? keyword(site, 'postgresql_not_valid') : notValidInString(o);
          if (edit) plan.push({ op: o, edit, name: o.constraint.name });
        }
        notValidPlans.set(at.ops, plan);
      }
      // Every finding carries the whole plan: past a few dozen constraints the report would grow
      // with their square, so such a migration keeps the suggestions only.
      if (plan.length > MAX_SHARED_PLAN || !plan.some((p) => p.op === op)) return undefined;
      const next = newRevision(m, rev);
      if (!next || !opName) return undefined;
      const validate = plan.map((p) => `    ${opName}.execute(${py(`ALTER TABLE ${sqlName(p.op.table)} VALIDATE CONSTRAINT ${sqlIdent(p.name)}`)})`);
      const names = plan.map((p) => p.name).join(', ');
      return {
        title: `Add ${names} NOT VALID; validate in a new revision`,
        edits: plan.map((p) => p.edit),
        newFiles: [{ path: next.path, text: revisionFile(next, rev.revision!, `Validate ${names}, added NOT VALID by ${rev.revision}.`, validate, [`    pass`], opName, py, nl) }],
      };
    },

    setNotNullViaCheck(op, check, at) {
      const site = callOf(op, ['alter_column']);
      const s = site?.statement;
      if (!site || !s || !site.topLevel || !opName || op.loc.endColumn === undefined || !onlyNullable(site, 'False')) return undefined;
      const index = opIndexOf(at.ops);
      const i = index.position.get(op) ?? -1;
      if (i < 0 || index.movedAwayAfter(i, op.table, op.column)) return undefined;
      const next = newRevision(m, rev);
      if (!next) return undefined;
      const table = site.args[0]!.text;
      const keywords = site.args.filter((a) => a.keyword !== null);
      const schemaArg = keywords.find((a) => a.keyword === 'schema');
      const schema = schemaArg ? `, schema=${schemaArg.text}` : '';
      const condition = py(`${sqlIdent(op.column)} IS NOT NULL`);
      const addCheck = `${opName}.create_check_constraint(${py(check)}, ${table}, ${condition}${schema}, postgresql_not_valid=True)`;
      // existing_type/_server_default/_comment only inform other dialects' ALTER: on PostgreSQL the
      // NOT NULL is the same without them, and the new file need not import what they name.
      const args = (nullable: 'True' | 'False') => `${table}, ${site.args[1]!.text}, nullable=${nullable}${schema}`;
      // The upgrade's own lock_timeout, if it sets one, holds for the SET NOT NULL in its new place too.
      const first = index.firstLockTimeout;
      const timeout = first !== null && index.position.get(first)! < i ? first : undefined;
      const up = [
        ...(timeout?.sql ? [`    ${opName}.execute(${pySql(timeout.sql.trim().replace(/;$/, ''))})`] : []),
        `    ${opName}.execute(${py(`ALTER TABLE ${sqlName(op.table)} VALIDATE CONSTRAINT ${sqlIdent(check)}`)})`,
        `    ${opName}.alter_column(${args('False')})`,
        `    ${opName}.drop_constraint(${py(check)}, ${table}, type_=${py('check')}${schema})`,
      ];
      const down = [`    ${addCheck}`, `    ${opName}.alter_column(${args('True')})`];
      // This revision's downgrade now drops the CHECK instead of the NOT NULL (which the new revision's undoes):
      // in place of its `alter_column(..., nullable=True)`, or first when it has none.
      const dropCheck = `${opName}.drop_constraint(${py(check)}, ${table}, type_=${py('check')}${schema})`;
      const undo = (m.down ?? []).filter((o): o is OpOf<'dropNotNull'> => o.kind === 'dropNotNull' && o.table === op.table && o.column === op.column);
      let downEdit: TextEdit;
      if (undo.length === 0) {
        const start = sites.downgradeStart;
        if (!start) return undefined;
        downEdit = insert(start.line, 1, `${start.indent}${dropCheck}${nl}`);
      } else {
        const u = undo[0]!;
        const us = callOf(u, ['alter_column']);
        if (undo.length > 1 || !us?.statement || !us.topLevel || u.loc.endColumn === undefined || !onlyNullable(us, 'True')) return undefined;
        downEdit = { file, startLine: us.line, startColumn: us.column, endLine: us.statement.endLine, endColumn: u.loc.endColumn, text: dropCheck };
      }
      return {
        title: `Add CHECK ${check} NOT VALID; validate it and SET NOT NULL in a new revision`,
        edits: [{ file, startLine: site.line, startColumn: site.column, endLine: s.endLine, endColumn: op.loc.endColumn, text: addCheck }, downEdit],
        newFiles: [{ path: next.path, text: revisionFile(next, rev.revision!, `Validate ${check} and set ${op.table}.${op.column} NOT NULL (PostgreSQL 12+ skips the scan).`, up, down, opName, py, nl) }],
      };
    },

    addColumnWithoutVolatileDefault(op, at) {
      // `op.add_column(t, sa.Column(..., server_default=X))` on a nullable column: the column
      // without X, `alter_column(t, c, server_default=X)` right after it (new rows get X, no
      // rewrite), and the existing rows filled in a new revision (as the SQL fix does).
      const site = callOf(op, ['add_column']);
      const s = site?.statement;
      if (!site || !s || !site.topLevel || !opName || op.column.notNull || !op.column.default || site.args.length !== 2 || !site.argsEnd) return undefined;
      if (site.args.some((a) => a.keyword !== null) || site.args[1]!.line !== site.argsEnd.line) return undefined;
      const column = site.args[1]!.text;
      const m2 = /^(.*?),\s*server_default\s*=\s*(sa\.text\((?:[^()]|\([^()]*\))*\))\s*(,|\)$)/.exec(column);
      if (!m2 || /\bnullable\s*=\s*False\b/.test(column)) return undefined;
      const without = `${m2[1]}${m2[3] === ',' ? ',' : ')'}${m2[3] === ',' ? column.slice(m2[0].length) : ''}`;
      const i = opIndexOf(at.ops).position.get(op) ?? -1;
      if (i < 0 || opIndexOf(at.ops).movedAwayAfter(i, op.table, op.column.name)) return undefined;
      const next = newRevision(m, rev);
      if (!next) return undefined;
      const table = site.args[0]!.text;
      const setDefault = `${s.indent}${opName}.alter_column(${table}, ${py(op.column.name)}, server_default=${m2[2]})`;
      const backfill = `    ${opName}.execute(${py(`UPDATE ${sqlName(op.table)} SET ${sqlIdent(op.column.name)} = ${op.column.default.sql} WHERE ${sqlIdent(op.column.name)} IS NULL`)})`;
      return {
        title: `Add ${op.column.name} without the default, set it afterwards; fill the existing rows in a new revision`,
        edits: [
          { file, startLine: site.args[1]!.line, startColumn: site.args[1]!.column, endLine: site.argsEnd.line, endColumn: site.argsEnd.column, text: without },
          insert(s.endLine + 1, 1, `${setDefault}${nl}`),
        ],
        newFiles: [{ path: next.path, text: revisionFile(next, rev.revision!, `Fill ${op.table}.${op.column.name} on the rows that existed before ${rev.revision}.`, [backfill], ['    pass'], opName, py, nl) }],
      };
    },
  };
}

/**
 * A later op of the upgrade renames or drops `table` (or `column` of it): a step moved to the new
 * revision would name something that is gone by then.
 */
interface OpIndex {
  position: Map<Op, number>;
  /** Where each table is first created in the ops. */
  firstCreate: Map<string, number>;
  /** The first SET lock_timeout with its SQL. */
  firstLockTimeout: Op | null;
  /** A later op than `i` renames or drops the table (or the column). */
  movedAwayAfter(i: number, table: string, column: string | null): boolean;
}

const opIndexes = new WeakMap<readonly Op[], OpIndex>();
/** The most constraints one shared NOT VALID fix covers (each finding of the migration carries it). */
const MAX_SHARED_PLAN = 50;
const notValidPlans = new WeakMap<readonly Op[], { op: OpOf<'addConstraint'>; edit: TextEdit; name: string }[]>();

/** Positions, first creates and last moves of a migration's ops, built once (fixes ask per finding). */
function opIndexOf(ops: readonly Op[]): OpIndex {
  let index = opIndexes.get(ops);
  if (index) return index;
  const position = new Map<Op, number>();
  const firstCreate = new Map<string, number>();
  const lastTableMove = new Map<string, number>();
  const lastColumnMove = new Map<string, number>();
  let firstLockTimeout: Op | null = null;
  ops.forEach((o, i) => {
    position.set(o, i);
    if (!firstLockTimeout && o.kind === 'setLockTimeout' && o.sql) firstLockTimeout = o;
    if (o.kind === 'createTable' && !firstCreate.has(o.table)) firstCreate.set(o.table, i);
    if (o.kind === 'renameTable' || o.kind === 'dropTable') lastTableMove.set(o.table, i);
    if (o.kind === 'renameColumn' || o.kind === 'dropColumn') lastColumnMove.set(`${o.table}\u0000${o.column}`, i);
  });
  index = {
    position,
    firstCreate,
    firstLockTimeout,
    movedAwayAfter: (i, table, column) => (lastTableMove.get(table) ?? -1) > i || (column !== null && (lastColumnMove.get(`${table}\u0000${column}`) ?? -1) > i),
  };
  opIndexes.set(ops, index);
  return index;
}

/** alter_column keywords that describe the column without changing it (besides `nullable`, which is what moves). */
const ALTER_KEYWORDS = new Set(['nullable', 'schema', 'existing_type', 'existing_server_default', 'existing_nullable', 'existing_comment']);

/** `alter_column(table, column, nullable=<value>, ...)` that changes nothing else about the column (no type, default, name or comment). */
function onlyNullable(site: AlembicCallSite, value: 'True' | 'False'): boolean {
  const positional = site.args.filter((a) => a.keyword === null);
  const keywords = site.args.filter((a) => a.keyword !== null);
  if (positional.length !== 2 || site.args[0]!.keyword !== null || site.args[1]!.keyword !== null) return false;
  // Names and schema as string literals: the new revision does not have the file's own constants.
  if (![positional[0]!, positional[1]!, ...keywords.filter((a) => a.keyword === 'schema')].every((a) => isStringLiteral(a.text))) return false;
  return keywords.every((a) => ALTER_KEYWORDS.has(a.keyword!)) && keywords.find((a) => a.keyword === 'nullable')?.text === value;
}

function isStringLiteral(text: string): boolean {
  return /^[uU]?(["'])[^"'\\\n]*\1$/.test(text);
}

/** A comma outside parentheses and quoted text (another subcommand of the ALTER TABLE). */
function hasTopLevelComma(sql: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) return true;
  }
  return false;
}

/** A statement without surrounding blanks and its `;`, for comparing a string with the statement parsed from it. */
function statementText(sql: string): string {
  return sql.trim().replace(/;\s*$/, '').trim();
}

function isDotted(text: string): boolean {
  return /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(text);
}

function pyLiteral(text: string, quote: string): string {
  return `${quote}${text.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`).replace(/\n/g, '\\n')}${quote}`;
}

/** SQL with single quotes of its own, in a double-quoted Python string. */
function pySql(sql: string): string {
  return pyLiteral(sql, sql.includes("'") ? '"' : "'");
}

interface NewRevision {
  path: string;
  revision: string;
}

/**
 * The revision a fix adds after `m`, named in its directory's style: numbered (`0008_x.py`, the
 * revision id the number too when the directory's ids are), else `<prefix><rev>_<slug>.py` with
 * the prefix (a date) of `m`'s own file name. Its id is derived from `m`'s, so the fix is the same
 * on every run. None when `m` is not a head of the graph, or when its directory was not read (a
 * lone file: other revisions may build on it).
 */
function newRevision(m: Migration, rev: AlembicRevision): NewRevision | undefined {
  const revision = rev.revision;
  // The directory's file names without `.py` (discovery's ids): a new revision is named in their style.
  const siblings = m.siblings ?? [];
  if (!revision || !rev.heads?.includes(revision) || siblings.length < 2) return undefined;
  const slash = m.file.lastIndexOf('/');
  const dir = m.file.slice(0, slash + 1);
  const base = m.file.slice(slash + 1);
  const hashed = createHash('sha256').update(`migration-guard:${revision}`).digest('hex').slice(0, 12);
  const at = base.indexOf(revision);
  // A date or other prefix before the revision id (`2024_05_01_1200-<rev>_<slug>.py`) is kept.
  if (at > 0) return { path: `${dir}${base.slice(0, at)}${hashed}_${SLUG}.py`, revision: hashed };
  const numbered = /^(\d+)_/.exec(base);
  if (numbered) {
    const numbers = siblings.map((s) => /^(\d+)_/.exec(s)?.[1]).filter((n): n is string => n !== undefined).map(Number);
    const next = String(Math.max(...numbers) + 1).padStart(numbered[1]!.length, '0');
    const name = `${next}_${SLUG}`;
    const id = revision === numbered[1] ? next : `${revision}.py` === base ? name : hashed;
    return { path: `${dir}${name}.py`, revision: id };
  }
  return { path: `${dir}${hashed}_${SLUG}.py`, revision: hashed };
}

function revisionFile(next: NewRevision, parent: string, doc: string, up: string[], down: string[], opName: string, py: (s: string) => string, newline: string): string {
  const module = opName.includes('.') ? `import ${opName.slice(0, opName.lastIndexOf('.'))}` : opName === 'op' ? 'from alembic import op' : `from alembic import op as ${opName}`;
  return [
    `"""${doc}`,
    '',
    `Revision ID: ${next.revision}`,
    `Revises: ${parent}`,
    '"""',
    module,
    '',
    '',
    `revision = ${py(next.revision)}`,
    `down_revision = ${py(parent)}`,
    'branch_labels = None',
    'depends_on = None',
    '',
    '',
    'def upgrade():',
    ...up,
    '',
    '',
    'def downgrade():',
    ...down,
    '',
  ].join(newline);
}
