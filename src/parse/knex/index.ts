import type * as t from '@babel/types';
import type { Dialect, Loc, Migration, Op } from '../../ir.js';
import { lowerSql } from '../sql/index.js';
import type { FileTask, FrontEnd } from '../frontend.js';
import { lowerAtCall, lowerPendingSql } from '../orm/embedded-sql.js';
import { KnexEvaluator, type Emitted, type PendingKnex, type PendingUpdate } from './evaluate.js';
import { propertyKey } from './javascript.js';
import { knexLayout } from './layout.js';
import { NotReplayable, replaySchema } from './replay.js';
import type { Scope, Value } from './values.js';
import { commonJsExports } from '../../interop.js';
import { exportedBindings, type ImportedModule } from './modules.js';

export { isKnexFile } from './detect.js';

type BabelParser = typeof import('@babel/parser');

let parserPromise: Promise<BabelParser> | null = null;

/**
 * @babel/parser is loaded on the first Knex file only, so SQL-only runs never pay for it. It is a
 * CommonJS package: Node exposes `parse` as a named export, a bundler's interop only as `default.parse`.
 */
function loadParser(): Promise<BabelParser> {
  parserPromise ??= import('@babel/parser').then((mod) => {
    return commonJsExports<BabelParser>(mod, 'parse');
  });
  return parserPromise;
}


/** Where a migration function or config value is exported. */
interface ExportSite {
  /** The expression or function node that is the exported value. */
  value: t.Node;
  /** The statement/property that exports it (what `missing-downgrade` points at). */
  site: t.Node;
}

interface MigrationExports {
  up: ExportSite | null;
  down: ExportSite | null;
  config: ExportSite | null;
}

interface ParseOutcome {
  program: t.Program | null;
  errors: Array<{ line: number; column: number; message: string }>;
}

/** Knex runs each migration in a transaction unless its `config.transaction` says otherwise. */
export const knexFrontEnd: FrontEnd = async (task: FileTask): Promise<Migration[]> => {
  const { path, text } = task.file;
  const id = migrationId(path);
  const parser = await loadParser();
  const parsed = parseWithRecovery(parser, text, path);
  const parseOps: Op[] = parsed.errors.map((e) => ({
    kind: 'unparsed',
    reason: 'parse',
    message: `Syntax error: ${e.message}`,
    loc: { file: path, line: e.line, endLine: e.line, column: e.column },
  }));
  const migration: Migration = {
    id,
    file: path,
    framework: 'knex',
    dialect: task.dialect,
    isNew: task.isNew,
    transactional: task.transactional ?? true,
    up: [],
    down: null,
    downLoc: { file: path, line: 1, endLine: 1, column: 1 },
    downIrreversible: null,
    order: id,
    expectsDown: true,
  };
  if (!parsed.program) {
    migration.up = parseOps;
    return [migration];
  }
  try {
    await lowerProgram(parsed.program, migration, task.dialect, text, importedConstants(parser, task.modules ?? []));
  } catch (err) {
    // A construct the evaluator mishandles must not cost the file: report it and keep what was lowered.
    migration.up.push({
      kind: 'unparsed',
      reason: 'dynamic',
      message: `Internal error while analysing this Knex migration (${(err as Error).message}); parts of it are not checked.`,
      loc: { file: path, line: 1, endLine: 1, column: 1 },
    });
  }
  migration.up = withParseErrors(parseOps, migration.up);
  return [migration];
};

/**
 * Reads the constants the migration's imported modules export: each module is parsed (never run)
 * and its exported name evaluated in the module's own scope. Only a constant value is taken (a
 * string, number, or a literal object or array), without the literal's position, which is in the
 * other file; the module's own imports stay unknown.
 */
function importedConstants(parser: BabelParser, modules: readonly ImportedModule[]): KnexEvaluator['importedConstant'] {
  if (modules.length === 0) return undefined;
  const bySpecifier = new Map(modules.map((m) => [m.specifier, m]));
  const read = new Map<string, { evaluator: KnexEvaluator; scope: Scope; exported: Map<string, string> } | null>();
  return (specifier, name) => {
    const module = bySpecifier.get(specifier);
    if (!module) return undefined;
    let entry = read.get(specifier);
    if (entry === undefined) {
      const parsed = parseWithRecovery(parser, module.text, module.path);
      entry = null;
      if (parsed.program) {
        const evaluator = new KnexEvaluator(module.path, 'postgres', module.text);
        const scope = KnexEvaluator.newScope(null);
        evaluator.declareBlock(parsed.program.body, scope);
        entry = { evaluator, scope, exported: exportedBindings(parsed.program) };
      }
      read.set(specifier, entry);
    }
    const local = entry?.exported.get(name);
    if (!entry || local === undefined || !entry.scope.bindings.has(local)) return null;
    const value = entry.evaluator.valueOfName(local, entry.scope);
    return value?.kind === 'const' ? { kind: 'const', value: value.value } : null;
  };
}

async function lowerProgram(program: t.Program, migration: Migration, dialect: Dialect, text: string, importedConstant?: KnexEvaluator['importedConstant']): Promise<void> {
  const path = migration.file;
  const evaluator = new KnexEvaluator(path, dialect, text);
  evaluator.importedConstant = importedConstant;
  const moduleScope = KnexEvaluator.newScope(null);
  evaluator.declareBlock(program.body, moduleScope);
  const exports = findExports(program);

  if (exports.config) {
    const config = valueOf(exports.config.value, evaluator, moduleScope);
    const transaction = config.kind === 'const' && isRecord(config.value) ? config.value.transaction : undefined;
    // knex migrator `_useTransaction`: a boolean config.transaction overrides disableTransactions.
    if (typeof transaction === 'boolean') migration.transactional = transaction;
    migration.knex = { configTransaction: typeof transaction === 'boolean' ? transaction : null };
  }

  if (!exports.up) {
    migration.up.push({
      kind: 'unparsed',
      reason: 'dynamic',
      message: 'No statically visible `up` export (exports.up, module.exports = { up }, export function up): nothing in this file is checked.',
      loc: { file: path, line: 1, endLine: 1, column: 1 },
    });
    return;
  }
  migration.knex ??= { configTransaction: null };
  migration.knex.staticallyLowered = evaluator.staticallyLowered;
  // Fixes are offered on the change under test only (and only PostgreSQL has them).
  if (migration.isNew && dialect === 'postgres') migration.fixSites = knexLayout(program, text, exports.up.value, exports.config !== null);
  const up = valueOf(exports.up.value, evaluator, moduleScope);
  migration.up.push(...(await resolveSql(evaluator.runMigrationFunction(up, migration.transactional), dialect, path, evaluator.staticallyLowered)));
  if (up.kind !== 'function') migration.up.push(notAFunction('up', exports.up, evaluator, up));

  if (exports.down) {
    const down = valueOf(exports.down.value, evaluator, moduleScope);
    migration.down = await resolveSql(evaluator.runMigrationFunction(down, migration.transactional), dialect, path, evaluator.staticallyLowered);
    migration.downLoc = evaluator.loc(exports.down.site);
    if (down.kind === 'function') {
      const thrown = thrownReason(down.node);
      if (thrown && migration.down.length === 0) migration.downIrreversible = { loc: evaluator.loc(thrown.node), reason: thrown.reason };
    } else migration.down.push(notAFunction('down', exports.down, evaluator, down));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `20240101120000_add_users.ts` → `20240101120000_add_users` (Knex orders by this name, which starts with the timestamp). */
export function migrationId(path: string): string {
  const base = path.split('/').pop() ?? path;
  return base.replace(/\.(?:[cm]?[jt]s)$/i, '');
}

/**
 * Parse errors go where they occur in the file; the other ops keep evaluation (= execution) order,
 * which is not line order (helpers, Knex's own statement order inside a table builder).
 */
function withParseErrors(parseOps: Op[], ops: Op[]): Op[] {
  const out = [...ops];
  for (const error of [...parseOps].sort((a, b) => a.loc.line - b.loc.line)) {
    const at = out.findIndex((op) => !(op.kind === 'unparsed' && op.reason === 'parse') && op.loc.line > error.loc.line);
    out.splice(at < 0 ? out.length : at, 0, error);
  }
  return out;
}

function notAFunction(name: string, site: ExportSite, evaluator: KnexEvaluator, value: Value): Op {
  const why = value.kind === 'unknown' && value.why ? `: ${value.why}` : '';
  return {
    kind: 'unparsed',
    reason: 'dynamic',
    message: `The exported \`${name}\` is not a function defined in this file${why}; its operations are not checked.`,
    loc: evaluator.loc(site.site),
  };
}

function valueOf(node: t.Node, evaluator: KnexEvaluator, scope: Scope): Value {
  if (node.type === 'FunctionDeclaration' || node.type === 'ObjectMethod') return { kind: 'function', node, scope };
  return evaluator.evaluateIn(node as t.Expression, scope);
}

// ---- parsing ------------------------------------------------------------------------------------

/**
 * Parses with babel's error recovery; an error it cannot recover from blanks that line and tries
 * again, so one broken line does not hide the rest of the file.
 */
function parseWithRecovery(parser: BabelParser, text: string, path: string): ParseOutcome {
  const typescript = /\.[cm]?ts$/i.test(path);
  const sourceType = typescript || /\.mjs$/i.test(path) ? 'module' : 'unambiguous';
  const errors: ParseOutcome['errors'] = [];
  let source = text;
  const blanked = new Set<number>();
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const file = parser.parse(source, {
        sourceType,
        errorRecovery: true,
        // TypeScript has decorators (on classes and members, before or after `export`); JavaScript has none yet.
        plugins: typescript ? ['typescript', 'decorators'] : [],
        allowReturnOutsideFunction: true,
        allowAwaitOutsideFunction: true,
        allowImportExportEverywhere: true,
        allowUndeclaredExports: true,
      });
      for (const e of (file.errors ?? []) as unknown as BabelError[]) errors.push(errorAt(e));
      return { program: file.program, errors: dedupe(errors) };
    } catch (err) {
      // Only babel's SyntaxErrors carry a location; anything else is our bug, not the file's.
      if (!(err as BabelError).loc) {
        errors.push({ line: 1, column: 1, message: `internal error while parsing: ${(err as Error).message}` });
        break;
      }
      const e = errorAt(err as BabelError);
      errors.push(e);
      if (blanked.has(e.line)) break;
      blanked.add(e.line);
      source = blankLine(source, e.line);
    }
  }
  return { program: null, errors: dedupe(errors) };
}

interface BabelError {
  message: string;
  loc?: { line: number; column: number };
  reasonCode?: string;
}

function errorAt(e: BabelError): { line: number; column: number; message: string } {
  const message = String(e.message ?? e).replace(/(?<!\s)\s*\(\d+:\d+\)\s*$/, '');
  return { line: e.loc?.line ?? 1, column: (e.loc?.column ?? 0) + 1, message };
}

function dedupe(errors: ParseOutcome['errors']): ParseOutcome['errors'] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Replaces a line's characters with spaces, keeping every offset and line number. */
function blankLine(text: string, line: number): string {
  const lines = text.split(/(\r\n|\n|\r)/);
  const index = (line - 1) * 2;
  if (index < lines.length) lines[index] = ' '.repeat(lines[index]!.length);
  return lines.join('');
}

// ---- exports ------------------------------------------------------------------------------------

const EXPORT_NAMES = new Set(['up', 'down', 'config']);

function findExports(program: t.Program): MigrationExports {
  const found: MigrationExports = { up: null, down: null, config: null };
  const set = (name: string, value: t.Node, site: t.Node) => {
    if (EXPORT_NAMES.has(name)) found[name as keyof MigrationExports] = { value, site };
  };
  const fromObject = (obj: t.ObjectExpression) => {
    for (const prop of obj.properties) {
      if (prop.type === 'SpreadElement') continue;
      const key = propertyKey(prop);
      if (key === null) continue;
      set(key, prop.type === 'ObjectMethod' ? prop : prop.value, prop);
    }
  };
  for (const stmt of program.body) {
    if (stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AssignmentExpression') {
      const { left, right } = stmt.expression;
      const target = exportTarget(left);
      if (target === 'module') {
        const object = right.type === 'ObjectExpression' ? right : localObject(program, right);
        // Anything else (`module.exports = require('./shared')`) is reported as an unreadable `up`.
        if (object) fromObject(object);
        else set('up', right, stmt);
      } else if (target) set(target, right, stmt);
    } else if (stmt.type === 'ExportNamedDeclaration') {
      const decl = stmt.declaration;
      if (decl?.type === 'FunctionDeclaration' && decl.id) set(decl.id.name, decl, stmt);
      else if (decl?.type === 'VariableDeclaration') {
        for (const d of decl.declarations) if (d.id.type === 'Identifier' && d.init) set(d.id.name, d.init, stmt);
      }
      for (const spec of stmt.specifiers) {
        if (spec.type !== 'ExportSpecifier' || stmt.source) continue;
        const exported = spec.exported.type === 'Identifier' ? spec.exported.name : spec.exported.value;
        set(exported, spec.local, spec);
      }
    } else if (stmt.type === 'ExportDefaultDeclaration' && stmt.declaration.type === 'ObjectExpression') {
      fromObject(stmt.declaration);
    }
  }
  return found;
}

/** `const migration = { up, down }; module.exports = migration;` */
function localObject(program: t.Program, node: t.Node): t.ObjectExpression | null {
  if (node.type !== 'Identifier') return null;
  for (const stmt of program.body) {
    if (stmt.type !== 'VariableDeclaration') continue;
    for (const d of stmt.declarations) {
      if (d.id.type === 'Identifier' && d.id.name === node.name && d.init?.type === 'ObjectExpression') return d.init;
    }
  }
  return null;
}

/** `exports.up` / `module.exports.up` → 'up'; `module.exports` → 'module'. */
function exportTarget(left: t.LVal | t.OptionalMemberExpression): string | null {
  if (left.type !== 'MemberExpression' || left.computed || left.property.type !== 'Identifier') return null;
  const obj = left.object;
  const prop = left.property.name;
  if (obj.type === 'Identifier' && obj.name === 'module' && prop === 'exports') return 'module';
  if (obj.type === 'Identifier' && obj.name === 'exports') return prop;
  if (obj.type === 'MemberExpression' && !obj.computed && obj.object.type === 'Identifier' && obj.object.name === 'module' && obj.property.type === 'Identifier' && obj.property.name === 'exports') {
    return prop;
  }
  return null;
}

/** A down that only throws (or rejects) declares the migration irreversible. */
function thrownReason(fn: t.Node): { node: t.Node; reason: string } | null {
  if (!('body' in fn) || !fn.body || (fn.body as t.Node).type !== 'BlockStatement') {
    const body = 'body' in fn ? (fn.body as t.Node) : null;
    return body ? rejection(body) : null;
  }
  for (const stmt of (fn.body as t.BlockStatement).body) {
    if (stmt.type === 'ThrowStatement') return { node: stmt, reason: errorMessage(stmt.argument) };
    if (stmt.type === 'ReturnStatement' && stmt.argument) return rejection(stmt.argument) ? { node: stmt, reason: rejection(stmt.argument)!.reason } : null;
  }
  return null;
}

function rejection(node: t.Node): { node: t.Node; reason: string } | null {
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier' && node.callee.object.name === 'Promise' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'reject') {
    return { node, reason: errorMessage(node.arguments[0]) };
  }
  return null;
}

function errorMessage(node: t.Node | undefined | null): string {
  if (!node) return 'down() throws';
  if (node.type === 'StringLiteral') return node.value;
  if ((node.type === 'NewExpression' || node.type === 'CallExpression') && node.arguments[0]) {
    const arg = node.arguments[0];
    if (arg.type === 'StringLiteral') return arg.value;
    if (arg.type === 'TemplateLiteral' && arg.expressions.length === 0) return arg.quasis.map((q) => q.value.cooked ?? '').join('');
  }
  return 'down() throws';
}

// ---- embedded SQL -------------------------------------------------------------------------------

async function resolveSql(emitted: Emitted[], dialect: Dialect, file: string, staticallyLowered: Loc[]): Promise<Op[]> {
  const ops: Op[] = [];
  for (const item of emitted) {
    if (item.kind === 'pendingKnex') {
      ops.push(...(await replayed(item, dialect, staticallyLowered)));
      continue;
    }
    if (item.kind === 'pendingUpdate') ops.push(await withDerives(item, dialect));
    else if (item.kind === 'pendingSql') ops.push(...(await lowerPendingSql(item, dialect, file)));
    else ops.push(item);
  }
  return ops;
}

/** The update's `derives`, as the SQL front end reads them off the assignments Knex renders. */
async function withDerives(item: PendingUpdate, dialect: Dialect): Promise<Op> {
  try {
    const { ops } = await lowerSql(dialect, item.sql, { file: item.loc.file, line: item.loc.line, column: item.loc.column });
    const derives = ops.length === 1 && ops[0]!.kind === 'dml' ? ops[0].derives : undefined;
    if (derives) item.op.derives = derives;
  } catch {
    // SQL the front end cannot read derives nothing we can vouch for; the update stands as recorded.
  }
  return item.op;
}

/** Numbers the statements Knex's compiler emits, so the ops of one keep it whatever their line. */
let nextStatementId = 1;

/** Ops that are about one column of a combined ALTER TABLE (Knex adds all new columns in one). */
function opColumn(op: Op): string | null {
  if (op.kind === 'addColumn') return op.column.name;
  return null;
}

/**
 * The SQL Knex's own compiler emits for a schema call, lowered by our SQL front end, each
 * statement at the line of the builder call that produced it. If Knex rejects the calls, the
 * migration fails when it runs: that is reported, and the static lowering stands for the intent.
 */
async function replayed(item: PendingKnex, dialect: Dialect, staticallyLowered: Loc[]): Promise<Op[]> {
  let statements;
  try {
    statements = await replaySchema(item.replay, dialect);
  } catch (err) {
    staticallyLowered.push(item.loc);
    if (err instanceof NotReplayable || !(err instanceof Error)) {
      // An opaque statement (a view) has no SQL of its own to fall back on: say why it has none.
      const why = `Knex's compiler could not replay this call (${err instanceof Error ? err.message : String(err)})`;
      return item.fallback.map((op) => (op.kind === 'other' && op.unrenderable === undefined ? { ...op, unrenderable: why } : op));
    }
    const rejected: Op = {
      kind: 'unparsed',
      reason: 'dynamic',
      message: `Knex's ${dialect === 'mysql' ? 'MySQL' : 'PostgreSQL'} schema compiler rejects this call (${err.message}), so the migration fails when it runs`,
      loc: item.loc,
    };
    if (item.conditional) rejected.conditional = true;
    return [...item.fallback, rejected];
  }
  const calls = item.replay.calls ?? [];
  const byColumn = new Map<string, number>();
  calls.forEach((c, i) => {
    if (c.column !== null && !byColumn.has(c.column)) byColumn.set(c.column, i);
  });
  // The static lowering's own diagnostics (a type Knex renders as `undefined`) still hold.
  const ops: Op[] = item.fallback.filter((op) => op.kind === 'unparsed');
  for (const statement of statements) {
    const lowered = await lowerAtCall(dialect, statement.sql, item.loc);
    const statementId = nextStatementId++;
    for (const op of lowered) {
      op.statementId = statementId;
      const column = opColumn(op);
      const owner = column !== null && byColumn.has(column) ? byColumn.get(column)! : statement.owner;
      const call = owner >= 0 ? calls[owner] : undefined;
      op.loc = { ...(call?.loc ?? item.loc) };
      // A statement our SQL front end rejects keeps the SQL Knex sends, for the report and `sql`.
      op.sql ??= statement.sql;
      if (item.conditional || call?.conditional) op.conditional = true;
      ops.push(op);
    }
  }
  return ops;
}
