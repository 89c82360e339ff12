import type * as t from '@babel/types';

/**
 * Where things are in a Knex migration file, for the exact fixes (fixes.ts): the statements of
 * `up` and the calls inside them, how the file exports, where a `config` export would go. Pure
 * syntax, read by nothing but the Knex phrasebook; plain data, so it survives the lowering cache.
 * Lines and columns are 1-based, ends exclusive (src/rule.ts `TextEdit`).
 */
export interface KnexLayout {
  /**
   * How a `config` export is written in this file: `exports.config =`, `module.exports.config =`
   * (after a `module.exports = {...}`, which replaced the `exports` object), `export const config =`;
   * null when neither is safe (an `export default {...}` object, no recognisable export).
   */
  style: 'exports' | 'module.exports' | 'esm' | null;
  /** The file exports a `config` (whatever its value). */
  hasConfig: boolean;
  /** A top-level binding named `config` exists (an `export const config` would redeclare it). */
  configNameTaken: boolean;
  /** The end of the last top-level statement (where a new export goes). */
  end: Pos | null;
  /** The file's line break (a fix writes its new lines with it). */
  eol: '\n' | '\r\n';
  up: UpLayout | null;
}

export interface Pos {
  line: number;
  column: number;
}

export interface Span extends Pos {
  endLine: number;
  endColumn: number;
}

export interface UpLayout {
  async: boolean;
  /** The name of `up`'s first parameter (the Knex instance or transaction); null when it is destructured or absent. */
  knex: string | null;
  /** The body's top-level statements; null when `up` is an arrow with an expression body. */
  statements: StatementLayout[] | null;
  /** An arrow's expression body (the promise Knex waits for). */
  expression: Span | null;
}

export interface StatementLayout {
  span: Span;
  /** The whitespace before the statement on its line; null when other text precedes it there. */
  indent: string | null;
  /** The statement ends with `;`. */
  semicolon: boolean;
  /** `await X;` (so a statement after it runs after X). */
  awaited: boolean;
  /**
   * `return X;` as the last statement of `up`: where X is (`argument`, the promise Knex waits
   * for) and, in an async `up`, the edit that makes it `await X;` (the same to Knex, which ignores
   * the value; `return await X` loses its `return`).
   */
  finalReturn: { argument: Span; cut: Span; text: string } | null;
  /** `await X(...)`, `return X(...)` or `X(...)` where X is a Knex call this module reads. */
  call: CallLayout | null;
}

export interface CallLayout {
  /** The call expression, from its root identifier to its closing parenthesis. */
  span: Span;
  /** The identifier the chain starts from (`knex`, `trx`). */
  root: string;
  kind: 'table' | 'raw';
  /** `table`: the callback's statements (null when the callback is not a function literal with one plain parameter). */
  body: BodyLayout | null;
  /** `raw`: its first argument when a string literal or a template without substitutions, with its source text (quotes included). */
  literal: { span: Span; text: string } | null;
  /** `raw`: the call has more arguments than the SQL (bindings). */
  bindings: boolean;
}

export interface BodyLayout {
  /** Statements in the callback's body (1 for an expression body). */
  statements: number;
  /** The statements that are call chains on the callback's parameter, in order. */
  chains: ChainLayout[];
}

/** `t.uuid('token').defaultTo(...).comment('x')`: the first call and the links after it. */
export interface ChainLayout {
  span: Span;
  /** The first call's method (`uuid`) and its first argument when a string literal (`token`). */
  method: string;
  name: string | null;
  /** The calls after the first, in order, each with the text that removes it (from the end of what it is called on to its own end). */
  links: { method: string; cut: Span }[];
  /** The whole lines of its statement in a block body, when nothing else is on them (removing them removes the call). */
  lines: Span | null;
}

const SCHEMA_TABLE_METHODS = new Set(['alterTable', 'table']);

function span(node: t.Node): Span {
  const loc = node.loc!;
  return { line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
}

function unwrap(node: t.Node): t.Node {
  let n = node;
  while (n.type === 'ParenthesizedExpression' || n.type === 'TSAsExpression' || n.type === 'TSNonNullExpression' || n.type === 'AwaitExpression') {
    n = n.type === 'AwaitExpression' ? n.argument : n.expression;
  }
  return n;
}

function memberName(node: t.Node): string | null {
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.computed) return null;
  return node.property.type === 'Identifier' ? node.property.name : null;
}

/** `knex.schema` or `knex.schema.withSchema('app')`: the root identifier's name. */
function schemaRoot(node: t.Node): string | null {
  if (node.type === 'CallExpression' && memberName(node.callee) === 'withSchema' && node.arguments.length === 1 && node.arguments[0]!.type === 'StringLiteral') {
    return schemaRoot((node.callee as t.MemberExpression).object);
  }
  if (memberName(node) === 'schema') {
    const object = (node as t.MemberExpression).object;
    return object.type === 'Identifier' ? object.name : null;
  }
  return null;
}

/** Builds the layout of a parsed Knex migration. `up` is the exported up value (a function node or an identifier naming one). */
export function knexLayout(program: t.Program, text: string, up: t.Node | null, hasConfig: boolean): KnexLayout {
  const lines = text.split(/\r\n|\n|\r/);
  const indentOf = (p: Pos): string | null => {
    const before = (lines[p.line - 1] ?? '').slice(0, p.column - 1);
    return /^[ \t]*$/.test(before) ? before : null;
  };
  let style: KnexLayout['style'] = null;
  let moduleExports = false;
  let namedExports = false;
  let esm = false;
  let configNameTaken = false;
  for (const stmt of program.body) {
    if (stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AssignmentExpression') {
      const left = stmt.expression.left;
      const target = left.type === 'MemberExpression' ? left : null;
      if (target && target.object.type === 'Identifier' && target.object.name === 'module' && memberName(target) === 'exports') moduleExports = true;
      else if (target && (target.object.type === 'Identifier' && target.object.name === 'exports')) namedExports = true;
      else if (target && target.object.type === 'MemberExpression' && memberName(target.object) === 'exports') namedExports = true;
    } else if (stmt.type === 'ExportNamedDeclaration') esm = true;
    const decl = stmt.type === 'ExportNamedDeclaration' && stmt.declaration ? stmt.declaration : stmt;
    if (decl.type === 'VariableDeclaration' && decl.declarations.some((d) => d.id.type !== 'Identifier' || d.id.name === 'config')) configNameTaken = true;
    if ((decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') && decl.id?.name === 'config') configNameTaken = true;
    if (decl.type === 'ImportDeclaration' && decl.specifiers.some((s) => s.local.name === 'config')) configNameTaken = true;
  }
  if (moduleExports) style = 'module.exports';
  else if (namedExports && !esm) style = 'exports';
  else if (esm && !namedExports) style = 'esm';
  const last = program.body[program.body.length - 1];
  const end = last?.loc ? { line: last.loc.end.line, column: last.loc.end.column + 1 } : null;
  return { style, hasConfig, configNameTaken, end, eol: text.includes('\r\n') ? '\r\n' : '\n', up: upLayout(program, up, text, indentOf, lines) };
}

function resolveFunction(program: t.Program, node: t.Node | null): t.Function | null {
  if (!node) return null;
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration' || node.type === 'ObjectMethod') return node;
  if (node.type !== 'Identifier') return null;
  for (const raw of program.body) {
    const stmt = raw.type === 'ExportNamedDeclaration' && raw.declaration ? raw.declaration : raw;
    if (stmt.type === 'FunctionDeclaration' && stmt.id?.name === node.name) return stmt;
    if (stmt.type === 'VariableDeclaration' && stmt.kind === 'const') {
      for (const d of stmt.declarations) {
        if (d.id.type === 'Identifier' && d.id.name === node.name && d.init && (d.init.type === 'ArrowFunctionExpression' || d.init.type === 'FunctionExpression')) return d.init;
      }
    }
  }
  return null;
}

function upLayout(program: t.Program, node: t.Node | null, text: string, indentOf: (p: Pos) => string | null, lines: string[]): UpLayout | null {
  const fn = resolveFunction(program, node);
  if (!fn) return null;
  const param = fn.params[0];
  const knex = param?.type === 'Identifier' ? param.name : null;
  if (fn.body.type !== 'BlockStatement') {
    if (fn.body.type === 'AwaitExpression') return { async: fn.async === true, knex, statements: null, expression: null };
    // `(knex) => knex.schema.alterTable(...)`: the body is the one statement (a call can be
    // replaced in place; nothing can be put before or after it but a promise chain).
    const body = span(fn.body);
    const only: StatementLayout = { span: body, indent: null, semicolon: false, awaited: false, finalReturn: null, call: callLayout({ type: 'ExpressionStatement', expression: fn.body } as t.ExpressionStatement, text, lines) };
    return { async: fn.async === true, knex, statements: [only], expression: body };
  }
  const body = fn.body.body;
  const statements = body.map((stmt, i): StatementLayout => {
    const s = span(stmt);
    const awaited = stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AwaitExpression';
    let finalReturn: StatementLayout['finalReturn'] = null;
    if (i === body.length - 1 && stmt.type === 'ReturnStatement' && stmt.argument?.loc) {
      const a = stmt.argument.loc.start;
      finalReturn = { argument: span(stmt.argument), cut: { line: s.line, column: s.column, endLine: a.line, endColumn: a.column + 1 }, text: stmt.argument.type === 'AwaitExpression' ? '' : 'await ' };
    }
    return { span: s, indent: indentOf(s), semicolon: text.slice(stmt.start ?? 0, stmt.end ?? 0).trimEnd().endsWith(';'), awaited, finalReturn, call: callLayout(stmt, text, lines) };
  });
  return { async: fn.async === true, knex, statements, expression: null };
}

function callLayout(stmt: t.Statement, text: string, lines: string[]): CallLayout | null {
  const expr = stmt.type === 'ExpressionStatement' ? stmt.expression : stmt.type === 'ReturnStatement' ? stmt.argument : null;
  if (!expr) return null;
  const call = unwrap(expr);
  if (call.type !== 'CallExpression') return null;
  const method = memberName(call.callee);
  const object = method ? (call.callee as t.MemberExpression).object : null;
  if (!method || !object) return null;
  if (method === 'raw') {
    const root = object.type === 'Identifier' ? object.name : schemaRoot(object);
    if (!root) return null;
    const arg = call.arguments[0];
    const literal = arg && (arg.type === 'StringLiteral' || (arg.type === 'TemplateLiteral' && arg.expressions.length === 0)) ? { span: span(arg), text: text.slice(arg.start!, arg.end!) } : null;
    return { span: span(call), root, kind: 'raw', body: null, literal, bindings: call.arguments.length > 1 };
  }
  if (!SCHEMA_TABLE_METHODS.has(method)) return null;
  const root = schemaRoot(object);
  // The table name may be any expression: the rewrites keep it, or use the SQL Knex compiled from its value.
  if (!root || call.arguments.length !== 2) return null;
  return { span: span(call), root, kind: 'table', body: bodyLayout(call.arguments[1]!, lines), literal: null, bindings: false };
}

function bodyLayout(cb: t.Node, lines: string[]): BodyLayout | null {
  if (cb.type !== 'ArrowFunctionExpression' && cb.type !== 'FunctionExpression') return null;
  const param = cb.params[0];
  if (cb.params.length !== 1 || param?.type !== 'Identifier') return null;
  const statements: t.Node[] = cb.body.type === 'BlockStatement' ? cb.body.body : [cb.body];
  const chains = statements.flatMap((stmt) => {
    const chain = chainLayout(stmt.type === 'ExpressionStatement' ? stmt.expression : stmt, param.name);
    if (!chain) return [];
    chain.lines = stmt.type === 'ExpressionStatement' ? ownLines(stmt, lines) : null;
    return [chain];
  });
  return { statements: statements.length, chains };
}

/** A statement's lines, from the start of its first to the start of the line after it, when it is alone on them. */
function ownLines(stmt: t.Node, lines: string[]): Span | null {
  const loc = stmt.loc!;
  const before = (lines[loc.start.line - 1] ?? '').slice(0, loc.start.column);
  const after = (lines[loc.end.line - 1] ?? '').slice(loc.end.column);
  if (!/^[ \t]*$/.test(before) || !/^[ \t]*$/.test(after) || loc.end.line >= lines.length) return null;
  return { line: loc.start.line, column: 1, endLine: loc.end.line + 1, endColumn: 1 };
}

function chainLayout(node: t.Node, param: string): ChainLayout | null {
  const links: ChainLayout['links'] = [];
  let n: t.Node = node;
  for (;;) {
    if (n.type !== 'CallExpression') return null;
    const method = memberName(n.callee);
    if (!method) return null;
    const object = (n.callee as t.MemberExpression).object;
    if (object.type === 'Identifier') {
      if (object.name !== param) return null;
      const first = n.arguments[0];
      links.reverse();
      return { span: span(node), method, name: first?.type === 'StringLiteral' ? first.value : null, links, lines: null };
    }
    const o = object.loc!;
    const c = n.loc!;
    links.push({ method, cut: { line: o.end.line, column: o.end.column + 1, endLine: c.end.line, endColumn: c.end.column + 1 } });
    n = object;
  }
}
