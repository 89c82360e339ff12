import type { Node } from './tree-sitter.js';

/**
 * Data code in a Rails migration: model calls (`User.where(...).update_all(...)`,
 * `Agent.find_each { |a| a.save! }`), local variables, `puts`/`say`, and conditionals or loops
 * made only of those. Such code changes rows, not the schema; it is read (never run) for the rows
 * it writes, as Django's RunPython is. Anything that may reach the schema (a schema statement, the
 * connection, a helper whose body does) is not data code.
 */
export interface DataWrite {
  action: 'update' | 'delete' | 'insert';
  table: string;
  hasWhere: boolean;
}

/** Receiverless calls that never touch the database. */
const HARMLESS = new Set([
  'puts', 'print', 'p', 'pp', 'say', 'warn', 'raise', 'fail', 'sleep', 'require', 'require_relative', 'format', 'sprintf',
  'loop', 'lambda', 'proc', 'rand', 'Integer', 'Float', 'String', 'Array', 'Hash', 'exit', 'abort', 'next', 'break', 'return',
  'binding', 'catch', 'throw', 'freeze', 'block_given?', 'defined?',
]);

/** Model-level write methods (on the class or a relation). */
const MODEL_WRITES: Record<string, DataWrite['action']> = {
  update_all: 'update', update: 'update', 'update!': 'update', update_counters: 'update', touch_all: 'update',
  delete_all: 'delete', destroy_all: 'delete', delete_by: 'delete', destroy_by: 'delete', delete: 'delete', destroy: 'delete',
  insert: 'insert', 'insert!': 'insert', insert_all: 'insert', 'insert_all!': 'insert', upsert: 'insert', upsert_all: 'insert',
  create: 'insert', 'create!': 'insert', find_or_create_by: 'insert', 'find_or_create_by!': 'insert', create_or_find_by: 'insert', 'create_or_find_by!': 'insert',
};

/** Instance-level writes (on a record in a variable). `update`/`delete` are left out: Hash has them too. */
const RECORD_WRITES: Record<string, DataWrite['action']> = {
  save: 'update', 'save!': 'update', 'update!': 'update', update_attribute: 'update', update_attributes: 'update', 'update_attributes!': 'update',
  update_column: 'update', update_columns: 'update', touch: 'update', 'increment!': 'update', 'decrement!': 'update', 'toggle!': 'update',
  destroy: 'delete', 'destroy!': 'delete',
};

/** Relation methods that narrow the rows (a WHERE). */
const FILTERS = new Set(['where', 'find', 'find_by', 'find_by!', 'not', 'rewhere', 'find_each_with_where', 'joins', 'merge', 'excluding', 'without', 'limit', 'first', 'last', 'take', 'in_batches_of']);

/** Constants that are not models. */
const NOT_MODELS = /^(ENV|STDIN|STDOUT|STDERR|ARGV|Rails|SecureRandom|JSON|YAML|Time|Date|DateTime|File|Dir|IO|Kernel|Integer|Float|String|Array|Hash|Set|Struct|Math|Digest|Base64|URI|Regexp|Logger|Thread|Process|ActiveSupport|ActiveRecord|ActiveModel|ApplicationRecord|Object|Class|Module|Comparable|Enumerable)(::|$)/;

export interface DataContext {
  /** Methods defined in the migration class (`def mysql?`), by name. */
  helpers: Map<string, Node>;
  /** Method names that are schema statements (never data). */
  schemaMethods: ReadonlySet<string>;
  /** Models defined in the migration file with `self.table_name = '...'`. */
  tableNames: Map<string, string>;
}

/** The rows a statement writes, or null when it is not data code (it may change the schema). */
export function dataEffect(node: Node, ctx: DataContext): DataWrite[] | null {
  const writes: DataWrite[] = [];
  const seen = new Set<string>();
  const visiting = new Set<string>();
  // A bare name as a whole statement is a call; one we cannot see into may change the schema.
  if (node.type === 'identifier' && !ctx.helpers.has(node.text) && !HARMLESS.has(node.text)) return null;
  const ok = scan(node, ctx, writes, visiting);
  if (!ok) return null;
  return writes.filter((w) => {
    const key = `${w.action} ${w.table} ${w.hasWhere}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function scan(node: Node, ctx: DataContext, writes: DataWrite[], visiting: Set<string>): boolean {
  if (node.type === 'call') {
    const receiver = node.childForFieldName('receiver');
    const method = node.childForFieldName('method')?.text ?? '';
    if (!receiver) {
      if (ctx.schemaMethods.has(method)) return false;
      const helper = ctx.helpers.get(method);
      if (helper) {
        if (!helperIsData(helper, method, ctx, writes, visiting)) return false;
      } else if (!HARMLESS.has(method)) return false;
    } else {
      // The connection reaches the schema (connection.execute, connection.add_column...).
      if (/(^|\.)connection$/.test(receiver.text) && !/^(select_\w+|quote\w*|adapter_name|table_exists\?|column_exists\?|index_exists\?|columns|tables|indexes|data_source_exists\?|view_exists\?)$/.test(method)) return false;
      if (receiver.type === 'self') return false;
      const write = writeOf(node, method, receiver, ctx);
      if (write) writes.push(write);
    }
  } else if (node.type === 'identifier') {
    // A bare name is a local variable or a call without arguments (`mysql?`, a helper).
    const helper = ctx.helpers.get(node.text);
    if (helper && !helperIsData(helper, node.text, ctx, writes, visiting)) return false;

  }
  for (const child of node.namedChildren) {
    if (child && !scan(child, ctx, writes, visiting)) return false;
  }
  return true;
}

function helperIsData(helper: Node, name: string, ctx: DataContext, writes: DataWrite[], visiting: Set<string>): boolean {
  if (visiting.has(name)) return true;
  visiting.add(name);
  const body = helper.childForFieldName('body');
  const ok = !body || scan(body, ctx, writes, visiting);
  visiting.delete(name);
  return ok;
}

/** The leftmost receiver of a call chain. */
function chainRoot(node: Node): Node {
  let cur: Node = node;
  for (;;) {
    if (cur.type === 'call') {
      const r = cur.childForFieldName('receiver');
      if (!r) return cur;
      cur = r;
    } else if (cur.type === 'parenthesized_statements' && cur.namedChildCount === 1) cur = cur.namedChildren[0]!;
    else return cur;
  }
}

/** Method names along a call chain, from the root outwards. */
function chainMethods(node: Node): string[] {
  const out: string[] = [];
  let cur: Node | null = node;
  while (cur?.type === 'call') {
    out.unshift(cur.childForFieldName('method')?.text ?? '');
    cur = cur.childForFieldName('receiver');
  }
  return out;
}

function modelOf(root: Node): string | null {
  if (root.type !== 'constant' && root.type !== 'scope_resolution') return null;
  return NOT_MODELS.test(root.text) ? null : root.text;
}

function writeOf(call: Node, method: string, receiver: Node, ctx: DataContext): DataWrite | null {
  const root = chainRoot(receiver);
  const model = modelOf(root);
  if (model) {
    const action = MODEL_WRITES[method];
    if (!action) return null;
    const filtered = chainMethods(receiver).some((m) => FILTERS.has(m));
    return { action, table: tableOf(model, ctx), hasWhere: filtered || action === 'insert' };
  }
  const action = RECORD_WRITES[method];
  if (!action || root.type !== 'identifier') return null;
  // A record written one by one: the rows are those its enclosing iteration walks.
  const source = enclosingIteration(call);
  if (!source) return null;
  const iterModel = modelOf(chainRoot(source));
  if (!iterModel) return null;
  // Each record is written by its own statement keyed by its id (`UPDATE users SET … WHERE id = $1`):
  // the walk may cover every row, but never in one statement.
  return { action, table: tableOf(iterModel, ctx), hasWhere: true };
}

/** `Model.where(...).find_each do |r| … end`: the call that owns the block around `node`. */
function enclosingIteration(node: Node): Node | null {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if ((cur.type === 'block' || cur.type === 'do_block') && cur.parent?.type === 'call') {
      const owner = cur.parent;
      const receiver = owner.childForFieldName('receiver');
      if (receiver && modelOf(chainRoot(receiver))) return receiver;
    }
  }
  return null;
}

/** ActiveRecord's table name for a model class: the last name segment, snake_case, plural. */
export function tableOf(model: string, ctx: DataContext): string {
  const segments = model.split('::');
  const last = segments.pop() ?? model;
  const explicit = ctx.tableNames.get(model) ?? ctx.tableNames.get(last);
  if (explicit) return explicit;
  // `Agents::WebsiteAgent` is the usual spelling of an STI subclass of `Agent`: its table is the base class's.
  const ns = segments.pop();
  const base = ns ? singularize(ns) : null;
  if (base && base !== ns && last.endsWith(base)) return tableOf(base, ctx);
  // `(?<![A-Z])`: a capital run is tried from its start only (linear; a match never starts inside one).
  const snake = last.replace(/([a-z\d])([A-Z])/g, '$1_$2').replace(/(?<![A-Z])([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase();
  const parts = snake.split('_');
  parts[parts.length - 1] = pluralize(parts[parts.length - 1]!);
  return parts.join('_');
}

export function pluralize(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

function singularize(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/ss$/.test(word)) return word.slice(0, -1);
  return word;
}
