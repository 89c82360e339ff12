import type { Loc, Migration, Op } from '../../ir.js';
import type { FileTask, FrontEnd } from '../frontend.js';
import { lowerAtCall, lowerPendingSql } from '../orm/embedded-sql.js';
import { Interpreter, type Emitted, type RenderedSql } from './interpreter.js';
import { parseModule, type ParsedModule } from './module.js';
import { SiteRecorder } from './sites.js';
import { discardPythonParser, loadPythonParser, type Node } from './tree-sitter.js';
import { pyStr, type Value } from './values.js';

export { isAlembicFile } from './detect.js';

export { orderAlembicMigrations } from './graph.js';


/** Module-level names Alembic reads from a revision file. */
const META_NAMES = ['revision', 'down_revision', 'branch_labels', 'depends_on'] as const;
type MetaName = (typeof META_NAMES)[number];

/**
 * The Alembic front end: parses a revision file with tree-sitter (never importing or running it)
 * and lowers `upgrade()` / `downgrade()` into IR ops located on the `.py` lines. SQL passed to
 * `op.execute(...)` goes through the SQL front end with its real position in the file.
 */
export const alembicFrontEnd: FrontEnd = async (task: FileTask): Promise<Migration[]> => {
  const file = task.file.path;
  const firstLine: Loc = { file, line: 1, endLine: 1, column: 1 };
  let parsed: ParsedModule;
  try {
    const parser = await loadPythonParser();
    parsed = parseModule(parser, task.file.text);
  } catch (error) {
    discardPythonParser();
    return [baseMigration(task, [unparsed(firstLine, 'parse', `the Python file could not be parsed: ${(error as Error).message}`)])];
  }
  try {
    return [await lowerModule(task, parsed)];
  } finally {
    parsed.dispose();
  }
};

async function lowerModule(task: FileTask, parsed: ParsedModule): Promise<Migration> {
  const file = task.file.path;
  const problems = parsed.problems;
  // Only the change under test gets fixes, so only its files record where things are.
  const sites = task.isNew ? new SiteRecorder(task.file.text) : undefined;
  const interpreter = new Interpreter({ file, dialect: task.dialect, problems, ...(sites ? { sites } : {}) });
  const statements = parsed.statements;
  interpreter.defineModule(statements);

  const metaLines = new Map<MetaName, Node>();
  let upgradeDef: Node | null = null;
  let downgradeDef: Node | null = null;
  // The multidb template: upgrade(engine_name) dispatches to upgrade_<engine>() through globals().
  const perEngine = { upgrade: [] as Node[], downgrade: [] as Node[] };
  for (const statement of statements) {
    const def = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (def?.type === 'function_definition') {
      const name = def.childForFieldName('name')?.text ?? '';
      if (name === 'upgrade') upgradeDef = def;
      else if (name === 'downgrade') downgradeDef = def;
      else if (/^upgrade_\w+$/.test(name)) perEngine.upgrade.push(def);
      else if (/^downgrade_\w+$/.test(name)) perEngine.downgrade.push(def);
      continue;
    }
    const assignment = statement.type === 'expression_statement' ? statement.firstNamedChild : null;
    const target = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    if (target?.type === 'identifier' && (META_NAMES as readonly string[]).includes(target.text)) metaLines.set(target.text as MetaName, statement);
  }

  const up: Op[] = [];
  const metaProblems: Op[] = [];
  const revisionValue = interpreter.moduleScope.vars.get('revision');
  const revision = revisionValue?.t === 'str' ? revisionValue.v : null;
  const locOfMeta = (name: MetaName): Loc => (metaLines.has(name) ? interpreter.loc(metaLines.get(name)!) : { file, line: 1, endLine: 1, column: 1 });
  if (revision === null) {
    metaProblems.push(unparsed(locOfMeta('revision'), 'dynamic', revisionValue ? '`revision` is not a static string, so this file cannot be placed in the revision graph' : 'no `revision = "..."` assignment: this file cannot be placed in the revision graph'));
  }
  const downRevisions = revisionList(interpreter.moduleScope.vars.get('down_revision'));
  if (downRevisions === null) metaProblems.push(unparsed(locOfMeta('down_revision'), 'dynamic', '`down_revision` is not a static string, tuple or None'));
  const branchLabels = revisionList(interpreter.moduleScope.vars.get('branch_labels')) ?? [];
  const dependsOn = revisionList(interpreter.moduleScope.vars.get('depends_on')) ?? [];

  const upgrades = upgradeDef && dispatchesPerEngine(upgradeDef, 'upgrade') && perEngine.upgrade.length > 0 ? perEngine.upgrade : upgradeDef ? [upgradeDef] : [];
  for (const def of upgrades) {
    for (const op of await resolveEmitted(afterConnectionCommits(interpreter.runFunction(def, parsed.bodies.get(def), true).out, task), task)) up.push(op);
  }
  let down: Op[] | null = null;
  let downLoc: Loc = { file, line: 1, endLine: 1, column: 1 };
  let downIrreversible: Migration['downIrreversible'] = null;
  if (downgradeDef) {
    downLoc = interpreter.loc(downgradeDef);
    downLoc.endLine = downLoc.line;
    const downgrades = dispatchesPerEngine(downgradeDef, 'downgrade') && perEngine.downgrade.length > 0 ? perEngine.downgrade : [downgradeDef];
    down = [];
    for (const def of downgrades) {
      const result = interpreter.runFunction(def, parsed.bodies.get(def), false);
      for (const op of await resolveEmitted(result.out, task)) down.push(op);
      if (result.raised && !downIrreversible) downIrreversible = { loc: interpreter.loc(result.raised.node), reason: result.raised.message };
    }
    if (downgrades.length > 1 || downgrades[0] !== downgradeDef) downLoc = interpreter.loc(downgrades[0]!);
    downLoc.endLine = downLoc.line;
  }

  // A syntax error anywhere stops Alembic from importing the file, so the upgrade fails too:
  // errors outside upgrade() (module level, downgrade()) are reported with the upgrade's ops.
  const leftovers = problems.filter((p) => !p.emitted).map((p) => unparsed({ file, line: p.line, endLine: p.line, column: p.column }, 'parse', p.message));
  const merged = mergeByLine([...metaProblems, ...up], leftovers);

  return {
    ...baseMigration(task, merged),
    id: revision ?? task.id,
    down,
    downLoc,
    downIrreversible,
    alembic: {
      revision: revision ?? null,
      downRevisions: downRevisions ?? [],
      branchLabels,
      dependsOn,
      downRevisionLine: metaLines.has('down_revision') ? locOfMeta('down_revision').line : 1,
      revisionLine: metaLines.has('revision') ? locOfMeta('revision').line : 1,
    },
    // The multidb template runs upgrade_<engine>() per engine: no one first statement.
    ...(sites
      ? {
          fixSites: sites.sites(
            upgrades.length === 1 && upgrades[0] === upgradeDef ? sites.start(upgradeDef, parsed.bodies.get(upgradeDef)) : null,
            downgradeDef && !dispatchesPerEngine(downgradeDef, 'downgrade') ? sites.start(downgradeDef, parsed.bodies.get(downgradeDef)) : null,
          ),
        }
      : {}),
  };
}

/** `globals()["upgrade_%s" % engine_name]()` (Alembic's multidb template) or an f-string spelling of it. */
function dispatchesPerEngine(def: Node, kind: 'upgrade' | 'downgrade'): boolean {
  const body = def.childForFieldName('body')?.text ?? '';
  return body.length < 2000 && new RegExp(`globals\\(\\)\\s*\\[\\s*f?["']${kind}_(%s|\\{)`).test(body);
}

function baseMigration(task: FileTask, up: Op[]): Migration {
  return {
    id: task.id,
    file: task.file.path,
    framework: 'alembic',
    dialect: task.dialect,
    isNew: task.isNew,
    // Alembic runs each migration in a transaction (transaction_per_migration or one for the run);
    // ops inside autocommit_block() carry `autocommit` instead.
    transactional: true,
    up,
    down: null,
    downLoc: { file: task.file.path, line: 1, endLine: 1, column: 1 },
    downIrreversible: null,
    order: task.order,
    expectsDown: true,
    // env.py sets it on the connection (discovery read it).
    ...(task.runnerLockTimeout ? { runnerLockTimeout: true } : {}),
    // env.py commits the connection after run_migrations(), or runs them in a `with ….begin():` block (discovery read it).
    ...(task.runnerAfterCommit ? { runnerAfterCommit: task.runnerAfterCommit } : {}),
  };
}

function unparsed(loc: Loc, reason: 'parse' | 'dynamic', message: string): Op {
  return { kind: 'unparsed', reason, message, loc };
}

/** `'abc'` → ['abc']; `('a', 'b')` → both; None → []; anything else → null. */
function revisionList(value: Value | undefined): string[] | null {
  if (value === undefined || value.t === 'none') return [];
  if (value.t === 'str') return [value.v];
  if (value.t === 'seq') {
    const out: string[] = [];
    for (const item of value.items) {
      const s = item.t === 'str' ? item.v : null;
      if (s === null) return null;
      out.push(s);
    }
    return out;
  }
  const rendered = pyStr(value);
  return rendered === null ? null : [rendered];
}

/**
 * The connection's own `commit()` (`op.get_bind().commit()`), as the environment takes it. After
 * it Alembic reopens no transaction of its own (autocommit_block() reopens one only if one was
 * open when the block began), so with SQLAlchemy 2.0 the rest of upgrade() and the version stamp
 * run in a transaction SQLAlchemy autobegins and only the environment can commit.
 * - env.py commits the connection after run_migrations(): a commit where the migration's
 *   transaction ends anyway is a boundary the author meant, not nesting (see withoutIntendedCommits).
 * - Otherwise every such commit is marked with what becomes of the work after it: rolled back
 *   when the connection closes (the stock env.py, or no env.py found), or refused by SQLAlchemy
 *   inside env.py's `with engine.begin():` block.
 * `op.execute("COMMIT")` is SQL, not this op: SQLAlchemy does not see it and still believes its transaction open.
 */
function afterConnectionCommits(emitted: Emitted[], task: FileTask): Emitted[] {
  // The commits that stay are checkpoints: what follows runs in the autobegun transaction env.py commits.
  if (task.runnerAfterCommit === 'committed') return withoutIntendedCommits(emitted).map((item) => (isConnectionCommit(item) ? { ...item, afterCommit: 'checkpoint' as const } : item));
  const afterCommit = task.runnerAfterCommit === 'refused' ? 'refused' : 'uncommitted';
  return emitted.map((item) => (isConnectionCommit(item) ? { ...item, afterCommit } : item));
}

/** Only the connection's own commit() is emitted as a bare transaction op (SQL goes through renderedSql/pendingSql). */
function isConnectionCommit(item: Emitted): item is Extract<Op, { kind: 'transaction' }> {
  return item.kind === 'transaction' && item.action === 'commit' && !item.autocommit;
}

/**
 * With an environment that commits after run_migrations(): the connection's commit() right
 * before `autocommit_block()`, which commits the running transaction itself first, or as
 * upgrade()'s last statement, lowers to no op like the block alone, and what follows the block
 * counts as transactional again. A commit followed by ordinary statements stays.
 */
function withoutIntendedCommits(emitted: Emitted[]): Emitted[] {
  return emitted.filter((item, i) => {
    if (!isConnectionCommit(item)) return true;
    const next = emitted[i + 1];
    return next !== undefined && !next.autocommit;
  });
}

/** Lowers the SQL collected from `op.execute(...)` with the SQL front end, in order. */
async function resolveEmitted(emitted: Emitted[], task: FileTask): Promise<Op[]> {
  const out: Op[] = [];
  for (const item of emitted) {
    if (item.kind === 'renderedSql') out.push(...(await lowerRendered(item, task)));
    else if (item.kind === 'pendingSql') out.push(...(await lowerPendingSql(item, task.dialect, task.file.path)));
    else out.push(item);
  }
  return out;
}

/**
 * The SQL rendered for one Alembic call, lowered by the SQL front end: rules see the statements
 * Alembic sends, each op at the call's line. If the rendered SQL does not parse (a renderer gap),
 * the call's own IR lowering stands in, marked unrenderable so the dry-run does not guess.
 */
async function lowerRendered(item: RenderedSql, task: FileTask): Promise<Op[]> {
  const out: Op[] = [];
  for (const statement of item.statements) {
    let ops: Op[];
    try {
      ops = await lowerAtCall(task.dialect, statement, item.loc);
    } catch (error) {
      ops = [unparsed(item.loc, 'parse', (error as Error).message)];
    }
    const failed = ops.find((op) => op.kind === 'unparsed');
    if (failed) {
      const reason = `internal: the SQL rendered for this call did not parse (${failed.kind === 'unparsed' ? failed.message : ''}): ${statement.slice(0, 200)}`;
      return item.fallback.map((op) => ({ ...op, unrenderable: reason }));
    }
    for (const op of ops) {
      op.sql = statement;
      // Alembic's drop_index(table_name=...) names the table PostgreSQL's DROP INDEX does not carry.
      if (op.kind === 'dropIndex' && !op.table) op.table = item.fallback.find((f) => f.kind === 'dropIndex')?.table ?? null;
      // ... the columns of an exclusion constraint (the SQL front end does not list them) ...
      if (op.kind === 'addConstraint' && op.constraint.kind === 'exclusion' && op.constraint.columns.length === 0) {
        const f = item.fallback.find((x) => x.kind === 'addConstraint' && x.constraint.kind === 'exclusion');
        if (f?.kind === 'addConstraint') op.constraint.columns = [...f.constraint.columns];
      }
      // ... and drop_constraint(type_=...) the kind of constraint.
      if (op.kind === 'dropConstraint' && !op.constraintKind) {
        const kind = item.fallback.find((f) => f.kind === 'dropConstraint')?.constraintKind;
        if (kind !== undefined) op.constraintKind = kind;
      }
      if (item.autocommit) op.autocommit = true;
      if (item.conditional) op.conditional = true;
      out.push(op);
    }
  }
  return out;
}

/** Inserts `extra` ops into `ops` by line, keeping both lists' own order. */
function mergeByLine(ops: Op[], extra: Op[]): Op[] {
  if (extra.length === 0) return ops;
  const out: Op[] = [];
  let j = 0;
  for (const op of ops) {
    while (j < extra.length && extra[j]!.loc.line < op.loc.line) out.push(extra[j++]!);
    out.push(op);
  }
  while (j < extra.length) out.push(extra[j++]!);
  return out;
}

