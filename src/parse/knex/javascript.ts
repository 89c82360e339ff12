import type * as t from '@babel/types';
import type { Loc, Op } from '../../ir.js';
import { BUDGET_EXCEEDED, EVALUATION_LIMITS } from '../orm/limits.js';
import { UncheckedReports } from '../orm/unchecked.js';
import type { ConstValue } from './types.js';
import { UNKNOWN, type Binding, type Scope, type Value } from './values.js';

/**
 * A small abstract interpreter over a JavaScript/TypeScript syntax tree. It follows what a
 * function would do — local helpers, constant loops, guards, early returns — without running any
 * of it, within the shared evaluation budgets. Values it cannot know become `unknown`. It knows no
 * library: what the values of the host API (Knex) do when read, called, awaited or passed on is
 * asked of the subclass through the `protected` hooks below.
 */

const MAX_CALL_DEPTH = EVALUATION_LIMITS.callDepth;

/** A plain object literal's value (not null, not an array). */
export function isRecord(value: ConstValue): value is { [key: string]: ConstValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A node's source on one line, cut to 60 characters, for messages. */
export function sourceSnippet(node: t.Node, source: string): string {
  const text = node.start != null && node.end != null ? source.slice(node.start, node.end) : '';
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

export abstract class JsEvaluator<Host extends { loc: Loc }> {
  protected sink: Array<Op | Host> = [];
  protected conditionalDepth = 0;
  private callDepth = 0;
  /**
   * The literal a constant string came from, so SQL held in a `const` maps to the lines where its
   * text is written, not to the call that uses it.
   */
  protected literalOf = new WeakMap<Value, t.Node>();
  /** One construct, one `unanalyzable`. */
  private readonly unchecked = new UncheckedReports();

  constructor(
    protected readonly file: string,
    protected readonly source: string,
  ) {}

  /**
   * The value a module the file imports exports under `name`: a constant, null when the module
   * was read but does not export one under that name, undefined when the module was not read.
   */
  importedConstant?: (specifier: string, name: string) => Value | null | undefined;

  // ---- public entry points -------------------------------------------------------------------

  /** Runs a function with the given arguments, fresh budgets and no reports yet; returns what it emitted. */
  protected runFunction(fn: Value, args: Value[]): Array<Op | Host> {
    this.sink = [];
    this.unchecked.clear();
    this.steps = 0;
    this.amplified = 0;
    this.exhausted = false;
    if (fn.kind !== 'function') return this.sink;
    const returned = this.callFunction(fn, args);
    for (const value of returned) this.execute(value);
    return this.sink;
  }

  /** Evaluates an expression in a scope (used for `config` objects and export lookups). */
  evaluateIn(node: t.Expression, scope: Scope): Value {
    return this.evalExpr(node, scope);
  }

  // ---- the host API ----------------------------------------------------------------------------

  /** What awaiting, returning or `.then()`-ing a value does (a host builder runs). */
  abstract execute(value: Value): void;

  /** `object.name` on a host value; undefined for values the host does not own. */
  protected hostMember(_object: Value, _name: string): Value | undefined {
    return undefined;
  }

  /** Calling a host value as a function (`fn(...)`); undefined when `fn` is not the host's. */
  protected callHost(_fn: Value, _node: t.CallExpression | t.OptionalCallExpression, _scope: Scope, _outer: t.Node): Value | undefined {
    return undefined;
  }

  /** `receiver.method(...)` on a host value; undefined when the receiver is not the host's. */
  protected callHostMethod(_receiver: Value, _method: string, _node: t.CallExpression | t.OptionalCallExpression, _scope: Scope, _outer: t.Node): Value | undefined {
    return undefined;
  }

  /** `receiver.method(...)` on an unknown receiver that looks like the host API; undefined otherwise. */
  protected callLookalike(_receiver: Value & { kind: 'unknown' }, _method: string, _node: t.CallExpression | t.OptionalCallExpression): Value | undefined {
    return undefined;
  }

  /** Host values passed to a call that cannot be followed (reported by the host). */
  protected escapes(_node: t.CallExpression | t.OptionalCallExpression, _args: Value[], _fn: Value): void {}

  /** A call statement's value is dropped (a lazy host builder then never runs). */
  protected discarded(_value: Value, _node: t.Expression): void {}

  /** The value of `await value`, when it is more than `unknown`. */
  protected awaited(value: Value): Value {
    return value.kind === 'const' ? value : UNKNOWN;
  }

  /** `a === b` decided by the host (a dialect check); null when it cannot tell. */
  protected equals(_left: Value, _right: Value): boolean | null {
    return null;
  }

  /** A host value that can be destructured (`const { schema } = knex`) like a constant record. */
  protected destructurable(value: Value): boolean {
    return value.kind === 'const' && isRecord(value.value);
  }

  /** A host value whose `.then(cb)` runs `cb` only on some paths (an existence check). */
  protected isCheck(_value: Value): boolean {
    return false;
  }

  // ---- locations and emission -------------------------------------------------------------------

  loc(node: t.Node, endNode: t.Node = node): Loc {
    return {
      file: this.file,
      line: node.loc?.start.line ?? 1,
      endLine: endNode.loc?.end.line ?? node.loc?.end.line ?? 1,
      column: (node.loc?.start.column ?? 0) + 1,
    };
  }

  protected emit(op: Op): void {
    if (this.conditionalDepth > 0) op.conditional = true;
    this.push(op);
  }

  /** Everything the function emits goes through here: the output budget holds for ops and SQL alike. */
  protected push(...items: Array<Op | Host>): void {
    for (const item of items) {
      if (this.loopDepth > 0 || this.callDepth > 0) this.amplified++;
      if (this.amplified > EVALUATION_LIMITS.outputs) {
        if (!this.exhausted) {
          this.exhausted = true;
          this.sink.push({ kind: 'unparsed', reason: 'dynamic', message: BUDGET_EXCEEDED.outputs, loc: item.loc });
        }
        return;
      }
      this.sink.push(item);
    }
  }

  /** Statements run in this migration function (unrolled loops and inlined helpers count). */
  private steps = 0;
  /** Items emitted from inside an unrolled loop or an inlined helper (the output budget). */
  private amplified = 0;
  private loopDepth = 0;
  /** A budget ran out: the rest of the function is not evaluated (one unanalyzable says so). */
  private exhausted = false;

  protected dynamic(at: Loc, message: string, hidesNothing = false): void {
    if (!this.unchecked.claim(at)) return;
    this.emit({ kind: 'unparsed', reason: 'dynamic', message, loc: at, ...(hidesNothing ? { hidesNothing: true } : {}) });
  }

  protected conditionally<T>(run: () => T): T {
    this.conditionalDepth++;
    try {
      return run();
    } finally {
      this.conditionalDepth--;
    }
  }

  // ---- scopes ----------------------------------------------------------------------------------

  protected lookup(name: string, scope: Scope): Value | undefined {
    for (let s: Scope | null = scope; s; s = s.parent) {
      const binding = s.bindings.get(name);
      if (!binding) continue;
      if (binding.state === 'value') return binding.value;
      // Evaluate lazily (hoisted functions, module constants used before their line) and memoise.
      s.bindings.set(name, { state: 'value', value: { kind: 'unknown', why: `\`${name}\` refers to itself` } });
      const value =
        binding.node.type === 'FunctionDeclaration'
          ? ({ kind: 'function', node: binding.node, scope: binding.scope } as Value)
          : this.evalExpr(binding.node, binding.scope);
      s.bindings.set(name, { state: 'value', value });
      return value;
    }
    return undefined;
  }

  /** The value a name has in a scope (a module's exported constant), evaluated on first use. */
  valueOfName(name: string, scope: Scope): Value | undefined {
    return this.lookup(name, scope);
  }

  static newScope(parent: Scope | null): Scope {
    return { parent, bindings: new Map<string, Binding>() };
  }

  /** Hoists function declarations and registers `const`/`let`/`var` initialisers lazily. */
  declareBlock(statements: t.Statement[], scope: Scope): void {
    for (const raw of statements) {
      const stmt = raw.type === 'ExportNamedDeclaration' && raw.declaration ? raw.declaration : raw;
      if (stmt.type === 'FunctionDeclaration' && stmt.id) {
        scope.bindings.set(stmt.id.name, { state: 'lazy', node: stmt, scope });
      } else if (stmt.type === 'VariableDeclaration') {
        for (const decl of stmt.declarations) {
          if (decl.id.type === 'Identifier') {
            if (decl.init && stmt.kind === 'const') scope.bindings.set(decl.id.name, { state: 'lazy', node: decl.init, scope });
            else scope.bindings.set(decl.id.name, { state: 'value', value: { kind: 'unknown', why: `\`${decl.id.name}\` is assigned at run time` } });
          } else {
            for (const name of patternNames(decl.id)) {
              scope.bindings.set(name, { state: 'value', value: { kind: 'unknown', why: `\`${name}\` is destructured at run time` } });
            }
          }
        }
      } else if (stmt.type === 'ImportDeclaration') {
        for (const spec of stmt.specifiers) {
          const imported = spec.type === 'ImportSpecifier' ? (spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value) : null;
          const constant = imported === null ? null : this.importedConstant?.(stmt.source.value, imported);
          scope.bindings.set(spec.local.name, {
            state: 'value',
            value: constant ?? { kind: 'unknown', why: `\`${spec.local.name}\` is imported from '${stmt.source.value}'${constant === undefined ? '' : ', where it is not a constant'}` },
          });
        }
      } else if (stmt.type === 'ClassDeclaration' && stmt.id) {
        scope.bindings.set(stmt.id.name, { state: 'value', value: UNKNOWN });
      }
    }
  }

  // ---- functions -------------------------------------------------------------------------------

  /** Inlines a call to a function defined in the file; returns the values it returns. */
  callFunction(fn: Extract<Value, { kind: 'function' }>, args: Value[], thisValue: Value = UNKNOWN): Value[] {
    if (this.callDepth >= MAX_CALL_DEPTH) return [UNKNOWN];
    this.callDepth++;
    try {
      const scope = JsEvaluator.newScope(fn.scope);
      // A library may call a callback with an object as `this` too (old Knex style
      // `createTable('t', function () { this.increments(); })`). Arrow functions keep the outer `this`.
      if (fn.node.type !== 'ArrowFunctionExpression') scope.bindings.set('this', { state: 'value', value: thisValue });
      fn.node.params.forEach((param, i) => this.bindParam(param, args[i] ?? { kind: 'const', value: undefined }, scope));
      const body = fn.node.body;
      if (body.type !== 'BlockStatement') return [this.evalExpr(body, scope)];
      const returns: Value[] = [];
      this.declareBlock(body.body, scope);
      this.runStatements(body.body, scope, returns);
      return returns;
    } finally {
      this.callDepth--;
    }
  }

  protected bindParam(param: t.Node, value: Value, scope: Scope): void {
    let target = param;
    if (target.type === 'TSParameterProperty') target = target.parameter;
    if (target.type === 'AssignmentPattern') {
      const fallback = value.kind === 'const' && value.value === undefined ? this.evalExpr(target.right, scope) : value;
      this.bindParam(target.left, fallback, scope);
      return;
    }
    if (target.type === 'Identifier') {
      scope.bindings.set(target.name, { state: 'value', value });
      return;
    }
    if (target.type === 'ObjectPattern' && this.destructurable(value)) {
      // `async ({ schema, raw }) => ...` and `const { schema } = api`: follow each property.
      for (const prop of target.properties) {
        if (prop.type === 'RestElement') {
          this.bindParam(prop.argument, UNKNOWN, scope);
          continue;
        }
        const key = propertyKey(prop);
        this.bindParam(prop.value, key === null ? UNKNOWN : this.memberOf(value, key), scope);
      }
      return;
    }
    const source = value.kind === 'unknown' && value.why ? ` (${value.why})` : '';
    for (const name of patternNames(target)) {
      scope.bindings.set(name, { state: 'value', value: { kind: 'unknown', why: `\`${name}\` is destructured from a value known only at run time${source}` } });
    }
  }

  // ---- statements ------------------------------------------------------------------------------

  /**
   * Runs statements in order. After one that may leave the function (`if (...) return;`), the rest
   * only runs sometimes, so its ops are conditional; after one that always leaves, the rest is dead.
   */
  protected runStatements(statements: t.Statement[], scope: Scope, returns: Value[]): Flow {
    let flow: Flow = 'normal';
    let deferred = 0;
    try {
      for (const stmt of statements) {
        const result = this.runStatement(stmt, scope, returns);
        if (result === 'exit') return 'exit';
        if (result === 'maybe' && flow === 'normal') {
          flow = 'maybe';
          this.conditionalDepth++;
          deferred++;
        }
      }
      return flow;
    } finally {
      this.conditionalDepth -= deferred;
    }
  }

  protected runStatement(stmt: t.Statement, scope: Scope, returns: Value[]): Flow {
    if (this.exhausted) return 'normal';
    if (++this.steps > EVALUATION_LIMITS.steps) {
      this.exhausted = true;
      this.sink.push({ kind: 'unparsed', reason: 'dynamic', message: BUDGET_EXCEEDED.steps, loc: this.loc(stmt) });
      return 'normal';
    }
    switch (stmt.type) {
      case 'ExpressionStatement': {
        const value = this.evalExpr(stmt.expression, scope);
        if (isBareCall(stmt.expression)) this.discarded(value, stmt.expression);
        this.execute(value);
        return 'normal';
      }
      case 'ReturnStatement':
        if (stmt.argument) returns.push(this.evalExpr(stmt.argument, scope));
        return 'exit';
      case 'ThrowStatement':
        if (stmt.argument) this.evalExpr(stmt.argument, scope);
        return 'exit';
      case 'VariableDeclaration':
        for (const decl of stmt.declarations) {
          if (!decl.init) continue;
          const value = this.evalExpr(decl.init, scope);
          // A `let` keeps its first value only when never reassigned; assignments overwrite it below.
          if (decl.id.type === 'Identifier') scope.bindings.set(decl.id.name, { state: 'value', value });
          else this.bindParam(decl.id, value, scope);
        }
        return 'normal';
      case 'BlockStatement': {
        const inner = JsEvaluator.newScope(scope);
        this.declareBlock(stmt.body, inner);
        return this.runStatements(stmt.body, inner, returns);
      }
      case 'IfStatement': {
        const test = this.evalExpr(stmt.test, scope);
        if (test.kind === 'const') {
          const branch = test.value ? stmt.consequent : stmt.alternate;
          return branch ? this.runStatement(branch, scope, returns) : 'normal';
        }
        return this.conditionally(() => {
          const then = this.runStatement(stmt.consequent, scope, returns);
          const otherwise = stmt.alternate ? this.runStatement(stmt.alternate, scope, returns) : 'normal';
          if (then === 'exit' && otherwise === 'exit') return 'exit';
          return then === 'normal' && otherwise === 'normal' ? 'normal' : 'maybe';
        });
      }
      case 'ForOfStatement':
        return this.runForOf(stmt, scope, returns);
      case 'ForStatement': {
        // A counted loop with literal bounds (`for (let p = 0; p < 256; p++)`) runs once per value.
        const counted = this.countedLoop(stmt, scope);
        return counted ? this.unroll(counted.values, counted.name, stmt.body, scope, returns) : this.runOpaqueLoop(stmt, scope, returns);
      }
      case 'ForInStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
        return this.runOpaqueLoop(stmt, scope, returns);
      case 'TryStatement': {
        const tried = this.runStatement(stmt.block, scope, returns);
        let caught: Flow = 'normal';
        if (stmt.handler) {
          const inner = JsEvaluator.newScope(scope);
          if (stmt.handler.param) this.bindParam(stmt.handler.param, UNKNOWN, inner);
          caught = maybeIfAny(this.conditionally(() => this.runStatement(stmt.handler!.body, inner, returns)));
        }
        const final = stmt.finalizer ? this.runStatement(stmt.finalizer, scope, returns) : 'normal';
        if (final === 'exit') return 'exit';
        // The try block may throw part-way, so even its own exit is only a maybe when there is a catch.
        if (tried === 'exit' && !stmt.handler) return 'exit';
        return tried === 'normal' && caught === 'normal' && final === 'normal' ? 'normal' : 'maybe';
      }
      case 'SwitchStatement':
        this.evalExpr(stmt.discriminant, scope);
        return maybeIfAny(
          this.conditionally(() => {
            let flow: Flow = 'normal';
            for (const c of stmt.cases) if (this.runStatements(c.consequent, scope, returns) !== 'normal') flow = 'maybe';
            return flow;
          }),
        );
      case 'LabeledStatement':
        return this.runStatement(stmt.body, scope, returns);
      default:
        // Declarations (hoisted already), type-only statements, break/continue, empty statements.
        return 'normal';
    }
  }

  protected runForOf(stmt: t.ForOfStatement, scope: Scope, returns: Value[]): Flow {
    const iterable = this.evalExpr(stmt.right, scope);
    const names = stmt.left.type === 'VariableDeclaration' ? stmt.left.declarations.flatMap((d) => patternNames(d.id)) : [];
    const single = stmt.left.type === 'VariableDeclaration' && stmt.left.declarations[0]?.id.type === 'Identifier';
    if (iterable.kind === 'const' && Array.isArray(iterable.value) && iterable.value.length > EVALUATION_LIMITS.loopIterations) {
      this.dynamic(this.loc(stmt), `the loop has ${iterable.value.length} iterations (more than ${EVALUATION_LIMITS.loopIterations}); its body is not analysed`);
      return 'maybe';
    }
    // A loop over a literal list runs once per item: unroll it so each item's ops are checked.
    if (iterable.kind === 'const' && Array.isArray(iterable.value) && single) return this.unroll(iterable.value, names[0]!, stmt.body, scope, returns);
    const inner = JsEvaluator.newScope(scope);
    const source = sourceSnippet(stmt.right, this.source);
    for (const name of names) {
      inner.bindings.set(name, { state: 'value', value: { kind: 'unknown', why: `\`${name}\` comes from a loop over \`${source}\`, known only at run time` } });
    }
    return maybeIfAny(this.conditionally(() => this.runStatement(stmt.body, inner, returns)));
  }

  /** A loop whose iterations are not known: its body runs once, conditionally, with its variables unknown. */
  private runOpaqueLoop(stmt: t.ForStatement | t.ForInStatement | t.WhileStatement | t.DoWhileStatement, scope: Scope, returns: Value[]): Flow {
    const inner = JsEvaluator.newScope(scope);
    if (stmt.type === 'ForStatement' && stmt.init?.type === 'VariableDeclaration') {
      for (const name of stmt.init.declarations.flatMap((d) => patternNames(d.id))) {
        inner.bindings.set(name, { state: 'value', value: { kind: 'unknown', why: `\`${name}\` is a loop counter` } });
      }
    }
    if (stmt.type === 'ForInStatement' && stmt.left.type === 'VariableDeclaration') {
      for (const name of stmt.left.declarations.flatMap((d) => patternNames(d.id))) {
        inner.bindings.set(name, { state: 'value', value: { kind: 'unknown', why: `\`${name}\` comes from a loop over runtime data` } });
      }
    }
    return maybeIfAny(this.conditionally(() => this.runStatement(stmt.body, inner, returns)));
  }

  /** Runs a loop body once per value of its variable. Once an iteration may return, the later ones only run sometimes. */
  private unroll(values: readonly ConstValue[], name: string, body: t.Statement, scope: Scope, returns: Value[]): Flow {
    let flow: Flow = 'normal';
    let deferred = 0;
    this.loopDepth++;
    try {
      for (const item of values) {
        const inner = JsEvaluator.newScope(scope);
        inner.bindings.set(name, { state: 'value', value: { kind: 'const', value: item } });
        if (this.runStatement(body, inner, returns) !== 'normal' && flow === 'normal') {
          flow = 'maybe';
          this.conditionalDepth++;
          deferred++;
        }
      }
    } finally {
      this.conditionalDepth -= deferred;
      this.loopDepth--;
    }
    return flow;
  }

  /**
   * The values of a counted loop's variable: `let i = a; i < b; i++` (also `<=`, `>`, `>=`, `!==`,
   * `--`, `+= k`, `-= k`) with bounds known statically and a body that never assigns the variable;
   * null otherwise, or when it would run more than the evaluation limit allows.
   */
  private countedLoop(stmt: t.ForStatement, scope: Scope): { name: string; values: number[] } | null {
    const init = stmt.init;
    if (init?.type !== 'VariableDeclaration' || init.declarations.length !== 1) return null;
    const decl = init.declarations[0]!;
    if (decl.id.type !== 'Identifier' || !decl.init) return null;
    const name = decl.id.name;
    // Bounds are evaluated here, ahead of the loop: only expressions that call nothing (a call could be a query).
    const num = (node: t.Node): number | null => {
      if (mayHaveEffects(node)) return null;
      const v = this.evalExpr(node as t.Expression, scope);
      return v.kind === 'const' && typeof v.value === 'number' && Number.isFinite(v.value) ? v.value : null;
    };
    const start = num(decl.init);
    const test = stmt.test;
    if (start === null || test?.type !== 'BinaryExpression' || test.left.type !== 'Identifier' || test.left.name !== name) return null;
    const bound = num(test.right);
    const update = stmt.update;
    let step: number | null = null;
    if (update?.type === 'UpdateExpression' && update.argument.type === 'Identifier' && update.argument.name === name) step = update.operator === '++' ? 1 : -1;
    else if (update?.type === 'AssignmentExpression' && update.left.type === 'Identifier' && update.left.name === name && (update.operator === '+=' || update.operator === '-=')) {
      const k = num(update.right);
      if (k !== null) step = update.operator === '+=' ? k : -k;
    }
    if (bound === null || step === null || step === 0 || assigns(stmt.body, name)) return null;
    const holds: Record<string, (i: number) => boolean> = { '<': (i) => i < bound, '<=': (i) => i <= bound, '>': (i) => i > bound, '>=': (i) => i >= bound, '!==': (i) => i !== bound, '!=': (i) => i !== bound };
    const check = holds[test.operator];
    if (!check) return null;
    const values: number[] = [];
    for (let i = start; check(i); i += step) {
      if (values.length >= EVALUATION_LIMITS.loopIterations) return null;
      values.push(i);
    }
    return { name, values };
  }

  // ---- expressions -----------------------------------------------------------------------------

  /** `outer`: the outermost node of a method chain, for the op's end line. */
  protected evalExpr(node: t.Expression | t.PrivateName | t.V8IntrinsicIdentifier, scope: Scope, outer?: t.Node): Value {
    switch (node.type) {
      case 'StringLiteral': {
        const value: Value = { kind: 'const', value: node.value };
        this.literalOf.set(value, node);
        return value;
      }
      case 'NumericLiteral':
      case 'BooleanLiteral':
        return { kind: 'const', value: node.value };
      case 'NullLiteral':
        return { kind: 'const', value: null };
      case 'TemplateLiteral': {
        const value = this.evalTemplate(node, scope);
        if (value.kind === 'const') this.literalOf.set(value, node);
        return value;
      }
      case 'Identifier': {
        if (node.name === 'undefined') return { kind: 'const', value: undefined };
        const value = this.lookup(node.name, scope);
        return value ?? { kind: 'unknown', why: `\`${node.name}\` is not defined in this file` };
      }
      case 'ParenthesizedExpression':
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
        return this.evalExpr(node.expression, scope, outer);
      case 'AwaitExpression': {
        const value = this.evalExpr(node.argument, scope);
        this.execute(value);
        return this.awaited(value);
      }
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return { kind: 'function', node, scope };
      case 'ArrayExpression': {
        const items = node.elements.map((el) => (el && el.type !== 'SpreadElement' ? this.evalExpr(el, scope) : UNKNOWN));
        if (items.every((i) => i.kind === 'const')) {
          return { kind: 'const', value: items.map((i) => (i as { value: ConstValue }).value) };
        }
        return { kind: 'array', items };
      }
      case 'ObjectExpression':
        return this.evalObject(node, scope);
      case 'BinaryExpression': {
        const left = node.left.type === 'PrivateName' ? UNKNOWN : this.evalExpr(node.left, scope);
        const right = this.evalExpr(node.right, scope);
        if (node.operator === '===' || node.operator === '==' || node.operator === '!==' || node.operator === '!=') {
          // Only the host decides comparisons (a dialect branch is decided for the target dialect).
          const same = this.equals(left, right) ?? primitiveEquals(left, right, node.operator === '===' || node.operator === '!==');
          if (same !== null) return { kind: 'const', value: node.operator.startsWith('!') ? !same : same };
        }
        if (node.operator === '+' && left.kind === 'const' && right.kind === 'const') {
          const l = left.value;
          const r = right.value;
          if ((typeof l === 'string' || typeof l === 'number') && (typeof r === 'string' || typeof r === 'number')) {
            return { kind: 'const', value: (l as string) + (r as string) };
          }
        }
        if (node.operator === '+' && (left.kind === 'unknown' || right.kind === 'unknown')) {
          const why = (left.kind === 'unknown' && left.why) || (right.kind === 'unknown' && right.why) || null;
          return { kind: 'unknown', why: why ?? `\`${sourceSnippet(node, this.source)}\` is built at run time` };
        }
        return UNKNOWN;
      }
      case 'UnaryExpression': {
        const arg = this.evalExpr(node.argument, scope);
        if (arg.kind === 'const') {
          if (node.operator === '!') return { kind: 'const', value: !arg.value };
          if (node.operator === '-' && typeof arg.value === 'number') return { kind: 'const', value: -arg.value };
        }
        return UNKNOWN;
      }
      case 'LogicalExpression': {
        const left = this.evalExpr(node.left, scope);
        if (left.kind === 'const') {
          const takeRight = node.operator === '&&' ? Boolean(left.value) : node.operator === '||' ? !left.value : left.value == null;
          return takeRight ? this.evalExpr(node.right, scope) : left;
        }
        const right = this.conditionally(() => this.evalExpr(node.right, scope));
        this.conditionally(() => this.execute(right));
        return UNKNOWN;
      }
      case 'ConditionalExpression': {
        const test = this.evalExpr(node.test, scope);
        if (test.kind === 'const') return this.evalExpr(test.value ? node.consequent : node.alternate, scope);
        this.conditionally(() => {
          this.execute(this.evalExpr(node.consequent, scope));
          this.execute(this.evalExpr(node.alternate, scope));
        });
        return UNKNOWN;
      }
      case 'SequenceExpression': {
        let last: Value = UNKNOWN;
        for (const e of node.expressions) last = this.evalExpr(e, scope);
        return last;
      }
      case 'AssignmentExpression': {
        const value = this.evalExpr(node.right, scope);
        if (node.left.type === 'Identifier') {
          for (let s: Scope | null = scope; s; s = s.parent) {
            if (s.bindings.has(node.left.name)) {
              // Assigned under a condition, the variable may hold either value afterwards.
              const known = node.operator === '=' && this.conditionalDepth === 0;
              s.bindings.set(node.left.name, {
                state: 'value',
                value: known ? value : { kind: 'unknown', why: `\`${node.left.name}\` is ${this.conditionalDepth > 0 ? 'assigned conditionally' : 'computed at run time'}` },
              });
              break;
            }
          }
        }
        return value;
      }
      case 'MemberExpression':
      case 'OptionalMemberExpression':
        return this.evalMember(node, scope, outer ?? node);
      case 'CallExpression':
      case 'OptionalCallExpression':
        return this.evalCall(node, scope, outer ?? node);
      case 'ThisExpression':
        return this.lookup('this', scope) ?? UNKNOWN;
      case 'NewExpression':
        for (const arg of node.arguments) if (arg.type !== 'SpreadElement' && arg.type !== 'ArgumentPlaceholder') this.evalExpr(arg, scope);
        return UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  protected evalTemplate(node: t.TemplateLiteral, scope: Scope): Value {
    let text = node.quasis[0]?.value.cooked ?? '';
    for (let i = 0; i < node.expressions.length; i++) {
      const expr = node.expressions[i]!;
      const value = expr.type.startsWith('TS') ? UNKNOWN : this.evalExpr(expr as t.Expression, scope);
      if (value.kind !== 'const' || (typeof value.value === 'object' && value.value !== null)) {
        const why = value.kind === 'unknown' && value.why ? ` (${value.why})` : '';
        return { kind: 'unknown', why: `the template literal substitutes \`\${${sourceSnippet(expr, this.source)}}\`${why}` };
      }
      text += String(value.value) + (node.quasis[i + 1]?.value.cooked ?? '');
    }
    return { kind: 'const', value: text };
  }

  protected evalObject(node: t.ObjectExpression, scope: Scope): Value {
    const out: { [key: string]: ConstValue } = {};
    for (const prop of node.properties) {
      if (prop.type === 'SpreadElement') {
        // `{ ...baseConfig, transaction: false }`
        const spread = this.evalExpr(prop.argument, scope);
        if (spread.kind !== 'const' || !isRecord(spread.value)) return UNKNOWN;
        Object.assign(out, spread.value);
        continue;
      }
      if (prop.type !== 'ObjectProperty') return UNKNOWN;
      const key = propertyKey(prop);
      if (key === null) return UNKNOWN;
      const value = this.evalExpr(prop.value as t.Expression, scope);
      if (value.kind !== 'const') return UNKNOWN;
      out[key] = value.value;
    }
    return { kind: 'const', value: out };
  }

  protected evalMember(node: t.MemberExpression | t.OptionalMemberExpression, scope: Scope, outer: t.Node): Value {
    const name = memberName(node, (e) => this.evalExpr(e, scope));
    const object = node.object.type === 'Super' ? UNKNOWN : this.evalExpr(node.object, scope, outer);
    if (name === null) return UNKNOWN;
    return this.memberOf(object, name);
  }

  /** `object.name` as a value (property reads only; calls go through callMethod). */
  protected memberOf(object: Value, name: string): Value {
    const host = this.hostMember(object, name);
    if (host !== undefined) return host;
    if (object.kind === 'const') {
      const v = object.value;
      if (Array.isArray(v) && name === 'length') return { kind: 'const', value: v.length };
      if (isRecord(v) && Object.prototype.hasOwnProperty.call(v, name)) return { kind: 'const', value: v[name] };
      return UNKNOWN;
    }
    if (object.kind === 'unknown' && object.why) return { kind: 'unknown', why: object.why };
    return UNKNOWN;
  }

  // ---- calls -----------------------------------------------------------------------------------

  protected args(node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Value[] {
    return node.arguments.map((a) =>
      a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder' ? { kind: 'unknown', why: 'a spread argument' } : this.evalExpr(a, scope),
    );
  }

  protected evalCall(node: t.CallExpression | t.OptionalCallExpression, scope: Scope, outer: t.Node): Value {
    const callee = node.callee;
    if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') {
      const method = memberName(callee, (e) => this.evalExpr(e, scope));
      // `Promise.all([...])`: every element is awaited.
      // Old Knex passed its Bluebird `Promise` as up's second parameter: treat it like the global.
      if (callee.object.type === 'Identifier' && callee.object.name === 'Promise' && (this.lookup('Promise', scope)?.kind ?? 'unknown') === 'unknown') {
        const args = this.args(node, scope);
        if (method === 'all' || method === 'allSettled' || method === 'race' || method === 'any' || method === 'resolve') {
          for (const a of args) this.execute(a);
        }
        return UNKNOWN;
      }
      const receiver = callee.object.type === 'Super' ? UNKNOWN : this.evalExpr(callee.object, scope, outer);
      if (method === null) {
        this.args(node, scope);
        return UNKNOWN;
      }
      return this.callMethod(receiver, method, node, scope, outer);
    }
    if (callee.type === 'V8IntrinsicIdentifier') return UNKNOWN;
    const fn = this.evalExpr(callee, scope);
    const host = this.callHost(fn, node, scope, outer);
    if (host !== undefined) return host;
    if (fn.kind === 'boundMethod') return this.callMethod(fn.receiver, fn.method, node, scope, outer);
    const args = this.args(node, scope);
    if (callee.type === 'Identifier' && callee.name === 'require' && fn.kind === 'unknown') {
      const specifier = args[0]?.kind === 'const' && typeof args[0].value === 'string' ? args[0].value : '?';
      return { kind: 'unknown', why: `it is loaded with require('${specifier}')` };
    }
    if (fn.kind === 'function') {
      const returned = this.callFunction(fn, args);
      return returned.length === 1 ? returned[0]! : UNKNOWN;
    }
    this.callUnknown(node, args, fn);
    return UNKNOWN;
  }

  /**
   * A call we cannot follow (an imported helper, a method on runtime data). Callbacks passed to it
   * may run any number of times, so their ops are conditional; a builder handed to it escapes.
   */
  protected callUnknown(node: t.CallExpression | t.OptionalCallExpression, args: Value[], fn: Value): void {
    this.escapes(node, args, fn);
    for (const arg of args) {
      if (arg.kind === 'function') {
        const params = arg.node.params.map((): Value => ({ kind: 'unknown', why: `a callback argument of \`${sourceSnippet(node.callee, this.source)}\`` }));
        this.conditionally(() => {
          for (const v of this.callFunction(arg, params)) this.execute(v);
        });
      }
    }
  }

  protected callMethod(receiver: Value, method: string, node: t.CallExpression | t.OptionalCallExpression, scope: Scope, outer: t.Node): Value {
    // Promise plumbing works the same on every builder: `.then(cb)` runs the receiver, then cb.
    if (method === 'then' || method === 'catch' || method === 'finally' || method === 'asCallback') {
      this.execute(receiver);
      const args = this.args(node, scope);
      const onFulfilled = method === 'then' ? args[0] : undefined;
      if (onFulfilled?.kind === 'function') {
        const run = () => {
          for (const v of this.callFunction(onFulfilled, [UNKNOWN])) this.execute(v);
        };
        // `hasTable(...).then(exists => ...)`: what runs inside depends on the check.
        if (this.isCheck(receiver)) this.conditionally(run);
        else run();
      }
      for (const other of method === 'then' ? args.slice(1) : args) {
        if (other.kind === 'function') this.conditionally(() => this.callFunction(other, [UNKNOWN]).forEach((v) => this.execute(v)));
      }
      return UNKNOWN;
    }
    const host = this.callHostMethod(receiver, method, node, scope, outer);
    if (host !== undefined) return host;
    if (receiver.kind === 'const') return this.callConstMethod(receiver.value, method, node, scope);
    const args = this.args(node, scope);
    if (receiver.kind === 'unknown') {
      const lookalike = this.callLookalike(receiver, method, node);
      if (lookalike !== undefined) return lookalike;
    }
    this.callUnknown(node, args, receiver);
    return receiver.kind === 'unknown' && receiver.why ? receiver : UNKNOWN;
  }

  /** `['a', 'b'].forEach(name => ...)` and `.map(...)` over literal lists run once per item. */
  protected callConstMethod(value: ConstValue, method: string, node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Value {
    const args = this.args(node, scope);
    const [cb] = args;
    if (Array.isArray(value) && cb?.kind === 'function' && (method === 'forEach' || method === 'map')) {
      const results: Value[] = [];
      value.forEach((item, i) => {
        const returned = this.callFunction(cb, [{ kind: 'const', value: item }, { kind: 'const', value: i }]);
        results.push(returned.length === 1 ? returned[0]! : UNKNOWN);
        if (method === 'forEach') for (const r of returned) this.execute(r);
      });
      return method === 'map' ? { kind: 'array', items: results } : UNKNOWN;
    }
    if (typeof value === 'string' && method === 'toLowerCase') return { kind: 'const', value: value.toLowerCase() };
    if (typeof value === 'string' && method === 'toUpperCase') return { kind: 'const', value: value.toUpperCase() };
    if (typeof value === 'string' && method === 'trim') return { kind: 'const', value: value.trim() };
    if (Array.isArray(value) && method === 'join' && args.every((a) => a.kind === 'const')) {
      const sep = args[0]?.kind === 'const' && typeof args[0].value === 'string' ? args[0].value : ',';
      return { kind: 'const', value: value.join(sep) };
    }
    this.callUnknown(node, args, UNKNOWN);
    return UNKNOWN;
  }
}

// ---- helpers ------------------------------------------------------------------------------------

/** Whether control leaves the enclosing function: never, on some paths, or always. */
type Flow = 'normal' | 'maybe' | 'exit';

/** A loop body or catch block may not run at all, so even an exit inside it is only a maybe. */
function maybeIfAny(flow: Flow): Flow {
  return flow === 'normal' ? 'normal' : 'maybe';
}

function isBareCall(node: t.Expression): boolean {
  let n: t.Node = node;
  while (n.type === 'TSAsExpression' || n.type === 'TSNonNullExpression' || n.type === 'ParenthesizedExpression') n = n.expression;
  return n.type === 'CallExpression' || n.type === 'OptionalCallExpression';
}

function memberName(node: t.MemberExpression | t.OptionalMemberExpression, evaluate: (e: t.Expression) => Value): string | null {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.property.type === 'StringLiteral') return node.property.value;
  if (node.computed && node.property.type !== 'PrivateName') {
    const v = evaluate(node.property);
    return v.kind === 'const' && typeof v.value === 'string' ? v.value : null;
  }
  return null;
}

/** An object property's static key (`a`, `'a'`, `['a']`); null when computed at run time. */
export function propertyKey(prop: t.ObjectProperty | t.ObjectMethod): string | null {
  if (prop.computed) return prop.key.type === 'StringLiteral' ? prop.key.value : null;
  if (prop.key.type === 'Identifier') return prop.key.name;
  if (prop.key.type === 'StringLiteral') return prop.key.value;
  return null;
}

/** The names a binding pattern declares (`{ a, b: [c] }` → a, c). */
export function patternNames(node: t.Node): string[] {
  switch (node.type) {
    case 'Identifier':
      return [node.name];
    case 'ObjectPattern':
      return node.properties.flatMap((p) => (p.type === 'RestElement' ? patternNames(p.argument) : patternNames(p.value)));
    case 'ArrayPattern':
      return node.elements.flatMap((e) => (e ? patternNames(e) : []));
    case 'AssignmentPattern':
      return patternNames(node.left);
    case 'RestElement':
      return patternNames(node.argument);
    default:
      return [];
  }
}

/**
 * Two known primitives (strings, numbers, booleans, null, undefined) compare as JavaScript compares
 * them: `name === \`${PREFIX}connections\`` inside a loop over a literal list is decided per table.
 * null: not both primitives (objects compare by identity, which the evaluator does not track).
 */
function primitiveEquals(left: Value, right: Value, strict: boolean): boolean | null {
  if (left.kind !== 'const' || right.kind !== 'const') return null;
  const [l, r] = [left.value, right.value];
  const primitive = (v: unknown) => v === null || (typeof v !== 'object' && typeof v !== 'function');
  if (!primitive(l) || !primitive(r)) return null;
  // eslint-disable-next-line eqeqeq -- `==` is the operator being evaluated
  return strict ? l === r : l == r;
}

/** Whether a statement assigns `name` anywhere (`name = …`, `name += …`, `name++`). */
function assigns(node: t.Node, name: string): boolean {
  return someNode(node, (o) => (o.type === 'AssignmentExpression' && o.left?.type === 'Identifier' && o.left.name === name) || (o.type === 'UpdateExpression' && o.argument?.type === 'Identifier' && o.argument.name === name));
}

const EFFECTS = new Set(['CallExpression', 'OptionalCallExpression', 'NewExpression', 'AwaitExpression', 'YieldExpression', 'TaggedTemplateExpression', 'AssignmentExpression', 'UpdateExpression']);

/** Whether evaluating an expression could call something or assign (and so must not be evaluated twice). */
function mayHaveEffects(node: t.Node): boolean {
  return someNode(node, (o) => EFFECTS.has(o.type ?? ''));
}

function someNode(node: t.Node, test: (n: { type?: string; left?: t.Node; argument?: t.Node }) => boolean): boolean {
  const stack: unknown[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    const o = n as { type?: string; left?: t.Node; argument?: t.Node };
    if (test(o)) return true;
    for (const [k, v] of Object.entries(o)) if (k !== 'loc' && k !== 'start' && k !== 'end' && k !== 'leadingComments' && k !== 'trailingComments' && v && typeof v === 'object') stack.push(v);
  }
  return false;
}
