import type { Dialect, Loc, Op, OpOf } from '../../ir.js';
import { callAlembicOp, callBatchOp, callConnectionMethod, callConstructMethod, type CallArgs, type Emitter, type OpInput } from './ops.js';
import { decodeEscapes, parseStringPrefix } from './strings.js';
import type { SiteRecorder } from './sites.js';
import type { Node } from './tree-sitter.js';
import { BUDGET_EXCEEDED, EVALUATION_LIMITS } from '../orm/limits.js';
import type { PendingSql } from '../orm/embedded-sql.js';
import { UncheckedReports } from '../orm/unchecked.js';
import { isTouchingDb, lastSegment, NONE, pyEquals, pyStr, Scope, str, truthy, unknown, type TextOrigin, type Value } from './values.js';

const MAX_EXPRESSION_DEPTH = EVALUATION_LIMITS.expressionDepth;
const MAX_BLOCK_DEPTH = EVALUATION_LIMITS.blockDepth;
const MAX_CALL_DEPTH = EVALUATION_LIMITS.callDepth;
const MAX_LOOP_ITERATIONS = EVALUATION_LIMITS.loopIterations;
const MAX_STEPS = EVALUATION_LIMITS.steps;

/** The SQL Alembic sends for one operation call, rendered by ddl.ts; `fallback` is the IR lowering if that SQL does not parse. */
export interface RenderedSql {
  kind: 'renderedSql';
  statements: string[];
  fallback: Op[];
  loc: Loc;
  autocommit: boolean;
  conditional: boolean;
}

export type Emitted = Op | PendingSql | RenderedSql;

/** A syntax error found by tree-sitter, placed into the op list where the walk meets it. */
export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
  emitted: boolean;
}

/** Where and how ops are being produced: shared output plus per-block flags. */
interface Frame {
  out: Emitted[];
  autocommit: boolean;
  conditional: boolean;
  /** Inside a loop over runtime data that was already reported: further dynamic findings are noise. */
  quiet: boolean;
  /** Counts the dynamic findings a quiet block left out (the loop's report then hides something). */
  silenced?: { count: number };
  blockDepth: number;
  callDepth: number;
  budget: { steps: number; exhausted: boolean; /** Outputs from unrolled loops and inlined helpers. */ amplified: number };
  returnValue: Value;
  raised: { node: Node; message: string } | null;
}

type Flow = 'normal' | 'return' | 'raise' | 'break' | 'continue';

/** Modules whose functions cannot run migration operations; calling them at statement level is not worth a finding. */
const HARMLESS_MODULES = new Set([
  'builtins', 'logging', 'os', 'sys', 'datetime', 'uuid', 'json', 're', 'typing', 'enum', 'decimal', 'time', 'warnings',
  'textwrap', 'collections', 'itertools', 'functools', 'pathlib', 'string', 'math', 'random', 'hashlib', 'sqlalchemy',
  'sqlmodel', 'alembic', 'pprint', 'copy', 'dataclasses', 'typing_extensions', '__future__',
]);

/** Names commonly used without import (`from sqlalchemy import *`), resolved to SQLAlchemy. */
const SQLALCHEMY_NAMES = new Set([
  'Column', 'ForeignKey', 'Integer', 'BigInteger', 'SmallInteger', 'String', 'Text', 'Boolean', 'DateTime', 'Date', 'Time',
  'Numeric', 'Float', 'JSON', 'Enum', 'LargeBinary', 'Unicode', 'UnicodeText', 'Interval', 'UUID', 'Uuid', 'text', 'func',
  'table', 'column', 'Table', 'MetaData', 'PrimaryKeyConstraint', 'ForeignKeyConstraint', 'UniqueConstraint',
  'CheckConstraint', 'Index', 'Identity', 'Computed', 'Sequence', 'literal_column', 'true', 'false', 'null', 'ARRAY',
  'update', 'delete', 'insert', 'select', 'and_', 'or_',
]);

const BUILTINS = new Set(['print', 'len', 'range', 'str', 'int', 'list', 'tuple', 'dict', 'set', 'sorted', 'reversed', 'enumerate', 'zip', 'isinstance', 'getattr', 'hasattr', 'repr', 'bool', 'float', 'min', 'max', 'any', 'all', 'format', 'open', 'super', 'type', 'object', 'Exception', 'NotImplementedError', 'ValueError', 'RuntimeError']);

export interface InterpreterOptions {
  file: string;
  dialect: Dialect;
  problems: SyntaxProblem[];
  /** Records where each operation call is, for exact fixes (the change under test only). */
  sites?: SiteRecorder;
}

/**
 * A small abstract interpreter for Alembic migration functions. It follows the statements of
 * `upgrade()`/`downgrade()`, evaluates only what is statically knowable (literals, module
 * constants, SQLAlchemy constructs, local helpers) and turns each `op.*` call into IR ops. It never
 * imports or runs the Python. Recursion is bounded everywhere, so pathological nesting degrades
 * into `unparsed` ops instead of a stack overflow.
 */
export class Interpreter {
  readonly moduleScope = new Scope(null);
  private reportSyntax = true;
  /** One construct, one `unanalyzable`, per migration function. */
  private readonly unchecked = new UncheckedReports();

  constructor(private readonly options: InterpreterOptions) {}

  get dialect(): Dialect {
    return this.options.dialect;
  }

  loc(node: Node): Loc {
    return { file: this.options.file, line: node.startPosition.row + 1, endLine: node.endPosition.row + 1, column: node.startPosition.column + 1 };
  }

  /** The location of an operation call, with where it ends (exact fixes edit at its end). */
  private callLoc(node: Node): Loc {
    return { ...this.loc(node), endColumn: node.endPosition.column + 1 };
  }

  /**
   * Runs a function definition's body with no arguments (upgrade/downgrade). `reportSyntax`: syntax
   * errors met on the way become ops in place (for upgrade(); elsewhere they are reported with the
   * upgrade by the caller, since a file that does not import fails its upgrade too).
   */
  runFunction(def: Node, body: Node[] | undefined, reportSyntax: boolean): { out: Emitted[]; raised: { node: Node; message: string } | null } {
    this.reportSyntax = reportSyntax;
    this.unchecked.clear();
    const frame: Frame = {
      out: [],
      autocommit: false,
      conditional: false,
      quiet: false,
      blockDepth: 0,
      callDepth: 0,
      budget: { steps: 0, exhausted: false, amplified: 0 },
      returnValue: NONE,
      raised: null,
    };
    const statements = body ?? def.childForFieldName('body')?.namedChildren ?? [];
    const flow = this.execStatements(statements, new Scope(this.moduleScope), frame);
    // Only a raise that always happens makes the function irreversible; one in a branch is a guard.
    return { out: frame.out, raised: flow === 'raise' ? frame.raised : null };
  }

  /** Evaluates a module-level statement list: imports, constants, helper functions. */
  defineModule(statements: Node[]): void {
    const frame: Frame = {
      out: [],
      autocommit: false,
      conditional: false,
      quiet: true,
      blockDepth: 0,
      callDepth: MAX_CALL_DEPTH,
      budget: { steps: 0, exhausted: false, amplified: 0 },
      returnValue: NONE,
      raised: null,
    };
    for (const statement of statements) {
      if (statement.hasError) continue;
      switch (statement.type) {
        case 'import_statement':
        case 'import_from_statement':
          this.bindImport(statement, this.moduleScope);
          break;
        case 'function_definition':
        case 'decorated_definition':
          this.defineFunction(statement, this.moduleScope);
          break;
        case 'expression_statement':
          // Module-level calls are never run (calling op.* at import time is not a migration step).
          if (statement.firstNamedChild?.type === 'assignment') this.execAssignment(statement.firstNamedChild, this.moduleScope, frame);
          break;
        case 'class_definition': {
          const name = statement.childForFieldName('name')?.text;
          if (name) this.moduleScope.vars.set(name, this.classValue(statement, name, frame));
          break;
        }
        default:
          break;
      }
    }
  }

  /** An enum class (any base ending in `Enum`) keeps its members, so `sa.Enum(Status)` knows its values. */
  private classValue(statement: Node, name: string, frame: Frame): Value {
    const bases = statement.childForFieldName('superclasses')?.text ?? '';
    const body = statement.childForFieldName('body');
    if (!/Enum\b/.test(bases) || !body) return unknown(`\`${name}\` is a class defined in the migration`);
    const names: string[] = [];
    const values: Value[] = [];
    for (const member of body.namedChildren) {
      const assignment = member.type === 'expression_statement' ? member.firstNamedChild : null;
      const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
      const right = assignment?.childForFieldName('right');
      if (left?.type !== 'identifier' || !right || left.text.startsWith('_')) continue;
      names.push(left.text);
      values.push(this.evalExpr(right, this.moduleScope, frame, 0));
    }
    return { t: 'pyenum', className: name, names, values };
  }

  // ---------------------------------------------------------------- statements

  private execBlock(block: Node, scope: Scope, frame: Frame): Flow {
    return this.execStatements(block.namedChildren, scope, frame);
  }

  private execStatements(statements: Node[], scope: Scope, frame: Frame): Flow {
    for (const statement of statements) {
      if (frame.budget.exhausted) return 'normal';
      if (++frame.budget.steps > MAX_STEPS) {
        frame.budget.exhausted = true;
        this.budgetExceeded(frame, statement, BUDGET_EXCEEDED.steps);
        return 'normal';
      }
      const flow = this.execStatement(statement, scope, frame);
      if (flow !== 'normal') return flow;
    }
    return 'normal';
  }

  private execStatement(statement: Node, scope: Scope, frame: Frame): Flow {
    if (statement.type === 'comment') return 'normal';
    if (statement.type === 'ERROR' || (statement.hasError && !COMPOUND.has(statement.type))) {
      this.emitProblems(frame, statement);
      return 'normal';
    }
    if (statement.hasError && headerHasError(statement)) {
      this.emitProblems(frame, statement);
      return 'normal';
    }
    switch (statement.type) {
      case 'expression_statement':
        return this.execExpressionStatement(statement, scope, frame);
      case 'return_statement': {
        const value = statement.firstNamedChild;
        frame.returnValue = value ? this.evalExpr(value, scope, frame, 0) : NONE;
        return 'return';
      }
      case 'raise_statement':
        frame.raised = { node: statement, message: this.raiseMessage(statement, scope, frame) };
        return 'raise';
      case 'pass_statement':
      case 'global_statement':
      case 'nonlocal_statement':
      case 'assert_statement':
      case 'delete_statement':
      case 'print_statement':
        return 'normal';
      case 'break_statement':
        return 'break';
      case 'continue_statement':
        return 'continue';
      case 'import_statement':
      case 'import_from_statement':
        this.bindImport(statement, scope);
        return 'normal';
      case 'function_definition':
      case 'decorated_definition':
        this.defineFunction(statement, scope);
        return 'normal';
      case 'class_definition':
        return 'normal';
      case 'if_statement':
        return this.nested(statement, frame, () => this.execIf(statement, scope, frame));
      case 'for_statement':
        return this.nested(statement, frame, () => this.execFor(statement, scope, frame));
      case 'while_statement':
        return this.nested(statement, frame, () => this.execWhile(statement, scope, frame));
      case 'with_statement':
        return this.nested(statement, frame, () => this.execWith(statement, scope, frame));
      case 'try_statement':
        return this.nested(statement, frame, () => this.execTry(statement, scope, frame));
      default:
        this.dynamic(frame, statement, `\`${statement.type.replace(/_/g, ' ')}\` is not analysed`);
        return 'normal';
    }
  }

  private nested(statement: Node, frame: Frame, run: () => Flow): Flow {
    if (frame.blockDepth >= MAX_BLOCK_DEPTH) {
      this.dynamic(frame, statement, `blocks nested more than ${MAX_BLOCK_DEPTH} deep are not analysed`);
      return 'normal';
    }
    frame.blockDepth++;
    try {
      return run();
    } finally {
      frame.blockDepth--;
    }
  }

  private execExpressionStatement(statement: Node, scope: Scope, frame: Frame): Flow {
    const expression = statement.firstNamedChild;
    if (!expression) return 'normal';
    if (expression.type === 'assignment' || expression.type === 'augmented_assignment') {
      const value = this.execAssignment(expression, scope, frame);
      this.reportOpaque(frame, expression, value);
      return 'normal';
    }
    if (expression.type === 'string' || expression.type === 'concatenated_string' || expression.type === 'ellipsis') return 'normal';
    const value = this.evalExpr(expression, scope, frame, 0);
    this.reportOpaque(frame, expression, value);
    return 'normal';
  }

  /** A statement-level call into code we cannot see (an imported helper, an ORM session) may change the schema: say so. */
  private reportOpaque(frame: Frame, node: Node, value: Value): void {
    if (value.t === 'unknown' && value.touchesDb) this.dynamic(frame, node, value.why);
  }

  private execAssignment(node: Node, scope: Scope, frame: Frame): Value {
    const right = node.childForFieldName('right');
    const left = node.childForFieldName('left');
    if (!right || !left) return NONE;
    if (node.type === 'augmented_assignment') {
      const operator = node.childForFieldName('operator')?.type ?? '';
      const current = this.evalExpr(left, scope, frame, 0);
      const value = this.binary(operator.replace('=', ''), current, this.evalExpr(right, scope, frame, 0));
      this.bindTarget(left, value, scope);
      return value;
    }
    // a = b = value: the right side is itself an assignment.
    const value = right.type === 'assignment' ? this.execAssignment(right, scope, frame) : this.evalExpr(right, scope, frame, 0);
    this.bindTarget(left, value, scope);
    return value;
  }

  private bindTarget(target: Node, value: Value, scope: Scope, depth = 0): void {
    if (depth > MAX_EXPRESSION_DEPTH) return;
    switch (target.type) {
      case 'identifier':
        scope.vars.set(target.text, value);
        return;
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'expression_list':
      case 'tuple':
      case 'list': {
        const targets = target.namedChildren;
        targets.forEach((t, i) => {
          const item = value.t === 'seq' && value.items.length === targets.length ? value.items[i]! : unknown('the value was unpacked from a runtime value');
          this.bindTarget(t, item, scope, depth + 1);
        });
        return;
      }
      default:
        return;
    }
  }

  private execIf(statement: Node, scope: Scope, frame: Frame): Flow {
    // if / elif / else as a chain of (condition, block) pairs.
    const branches: Array<{ condition: Node | null; body: Node | null }> = [
      { condition: statement.childForFieldName('condition'), body: statement.childForFieldName('consequence') },
    ];
    for (const alternative of statement.childrenForFieldName('alternative')) {
      if (alternative.type === 'elif_clause') branches.push({ condition: alternative.childForFieldName('condition'), body: alternative.childForFieldName('consequence') });
      else branches.push({ condition: null, body: alternative.childForFieldName('body') });
    }
    let uncertain = false;
    for (const branch of branches) {
      const verdict = branch.condition ? truthy(this.evalExpr(branch.condition, scope, frame, 0)) : true;
      if (verdict === false) continue;
      if (!branch.body) continue;
      if (verdict === true && !uncertain) return this.execBlock(branch.body, scope, frame);
      uncertain = true;
      this.runMaybe(branch.body, scope, frame);
      if (verdict === true) break;
    }
    return 'normal';
  }

  /** Runs a block that may or may not execute: its ops are conditional; a return inside makes the rest conditional. */
  private runMaybe(body: Node, scope: Scope, frame: Frame): void {
    const child: Frame = { ...frame, conditional: true };
    const flow = this.execBlock(body, scope, child);
    this.mergeBack(frame, child);
    if (flow === 'return' || flow === 'raise') frame.conditional = true;
  }

  private mergeBack(parent: Frame, child: Frame): void {
    parent.returnValue = child.returnValue;
    parent.raised = child.raised ?? parent.raised;
  }

  /** Unrolled loops being run (the output budget counts what they emit). */
  private loopDepth = 0;

  private execFor(statement: Node, scope: Scope, frame: Frame): Flow {
    const left = statement.childForFieldName('left');
    const right = statement.childForFieldName('right');
    const body = statement.childForFieldName('body');
    const alternative = statement.childForFieldName('alternative');
    if (!left || !right || !body) return 'normal';
    const iterable = this.evalExpr(right, scope, frame, 0);
    const items = iterate(iterable);
    if (!items || items.length > MAX_LOOP_ITERATIONS) {
      const why = items ? `the loop has ${items.length} iterations (more than ${MAX_LOOP_ITERATIONS})` : describeUnknown(iterable, right.text);
      const report = this.dynamic(frame, statement, `loop over runtime data: ${why}`);
      // The body still runs once, conditionally, so literal SQL inside (a backfill) is still seen.
      this.bindTarget(left, unknown(`\`${left.text}\` is a loop variable over runtime data`), scope);
      this.execLoopBody(body, scope, frame, report);
      return 'normal';
    }
    this.loopDepth++;
    try {
      for (const item of items) {
        this.bindTarget(left, item, scope);
        const flow = this.execBlock(body, scope, frame);
        if (flow === 'break') return 'normal';
        if (flow === 'return' || flow === 'raise') return flow;
      }
    } finally {
      this.loopDepth--;
    }
    const elseBody = alternative?.childForFieldName('body');
    return elseBody ? this.execBlock(elseBody, scope, frame) : 'normal';
  }

  private execWhile(statement: Node, scope: Scope, frame: Frame): Flow {
    const condition = statement.childForFieldName('condition');
    const body = statement.childForFieldName('body');
    if (condition && truthy(this.evalExpr(condition, scope, frame, 0)) === false) return 'normal';
    const report = this.dynamic(frame, statement, `\`while\` loop: how often it runs is only known at run time`);
    if (body) this.execLoopBody(body, scope, frame, report);
    return 'normal';
  }

  private execWith(statement: Node, scope: Scope, frame: Frame): Flow {
    const clause = statement.namedChildren.find((c) => c.type === 'with_clause');
    const body = statement.childForFieldName('body');
    if (!body) return 'normal';
    let child: Frame = frame;
    for (const item of clause?.namedChildren ?? []) {
      if (item.type !== 'with_item') continue;
      let valueNode = item.childForFieldName('value');
      let alias: Node | null = null;
      if (valueNode?.type === 'as_pattern') {
        alias = valueNode.childForFieldName('alias')?.firstNamedChild ?? null;
        valueNode = valueNode.firstNamedChild;
      }
      if (!valueNode) continue;
      const value = this.evalExpr(valueNode, scope, child, 0);
      if (value.t === 'autocommit') child = { ...child, autocommit: true };
      if (alias) this.bindTarget(alias, value, scope);
    }
    const flow = this.execBlock(body, scope, child);
    if (child !== frame) this.mergeBack(frame, child);
    return flow;
  }

  private execTry(statement: Node, scope: Scope, frame: Frame): Flow {
    const body = statement.childForFieldName('body');
    let flow: Flow = 'normal';
    if (body) flow = this.execBlock(body, scope, frame);
    for (const clause of statement.namedChildren) {
      if (clause.type === 'except_clause' || clause.type === 'except_group_clause') {
        // Handlers run only when something failed at run time.
        const handler = clause.namedChildren.find((c) => c.type === 'block');
        if (handler) this.runMaybe(handler, scope, frame);
      } else if (clause.type === 'else_clause' && flow === 'normal') {
        const elseBody = clause.childForFieldName('body');
        if (elseBody) flow = this.execBlock(elseBody, scope, frame);
      } else if (clause.type === 'finally_clause') {
        const finallyBody = clause.namedChildren.find((c) => c.type === 'block');
        if (finallyBody) {
          const finallyFlow = this.execBlock(finallyBody, scope, frame);
          if (finallyFlow !== 'normal') flow = finallyFlow;
        }
      }
    }
    return flow;
  }

  private raiseMessage(statement: Node, scope: Scope, frame: Frame): string {
    const raised = statement.firstNamedChild;
    if (!raised) return 'raise';
    if (raised.type === 'call') {
      const callee = raised.childForFieldName('function')?.text ?? 'exception';
      const first = raised.childForFieldName('arguments')?.firstNamedChild;
      const message = first ? pyStr(this.evalExpr(first, scope, frame, 0)) : null;
      return message ? `${callee}: ${message}` : callee;
    }
    return raised.text.slice(0, 200);
  }

  private defineFunction(statement: Node, scope: Scope): void {
    const def = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (!def || def.type !== 'function_definition') return;
    const name = def.childForFieldName('name')?.text;
    if (name) scope.vars.set(name, { t: 'func', def, name, closure: scope });
  }

  private bindImport(statement: Node, scope: Scope): void {
    if (statement.type === 'import_statement') {
      for (const item of statement.namedChildren) {
        if (item.type === 'aliased_import') {
          const path = item.childForFieldName('name')?.text ?? '';
          const alias = item.childForFieldName('alias')?.text;
          if (alias) scope.vars.set(alias, { t: 'ref', path, node: null });
        } else if (item.type === 'dotted_name') {
          // `import sqlalchemy.dialects.postgresql` binds the top-level package.
          const top = item.text.split('.')[0]!;
          scope.vars.set(top, { t: 'ref', path: top, node: null });
        }
      }
      return;
    }
    const moduleNode = statement.childForFieldName('module_name');
    const module = moduleNode?.text ?? '';
    for (const item of statement.namedChildren) {
      if (item === moduleNode || item.startIndex === moduleNode?.startIndex) continue;
      if (item.type === 'aliased_import') {
        const name = item.childForFieldName('name')?.text ?? '';
        const alias = item.childForFieldName('alias')?.text;
        if (alias) scope.vars.set(alias, { t: 'ref', path: `${module}.${name}`, node: null });
      } else if (item.type === 'dotted_name') {
        scope.vars.set(item.text, { t: 'ref', path: `${module}.${item.text}`, node: null });
      }
    }
  }

  // ---------------------------------------------------------------- expressions

  evalExpr(node: Node, scope: Scope, frame: Frame, depth: number): Value {
    if (depth > MAX_EXPRESSION_DEPTH) return unknown(`the expression is nested more than ${MAX_EXPRESSION_DEPTH} levels deep`);
    switch (node.type) {
      case 'string':
        return this.evalString(node, scope, frame, depth);
      case 'concatenated_string': {
        let text = '';
        let origin: TextOrigin | null = null;
        for (const part of node.namedChildren) {
          const v = this.evalString(part, scope, frame, depth);
          if (v.t !== 'str') return v;
          origin ??= v.origin;
          text += v.v;
        }
        return str(text, origin);
      }
      case 'integer': {
        const n = Number(node.text.replace(/_/g, '').replace(/[lL]$/, ''));
        return Number.isFinite(n) ? { t: 'num', v: n } : unknown(`number \`${node.text}\``);
      }
      case 'float': {
        const n = Number(node.text.replace(/_/g, ''));
        return Number.isFinite(n) ? { t: 'num', v: n } : unknown(`number \`${node.text}\``);
      }
      case 'true':
        return { t: 'bool', v: true };
      case 'false':
        return { t: 'bool', v: false };
      case 'none':
        return NONE;
      case 'identifier':
        return this.lookup(node.text, scope, node);
      case 'attribute':
        return this.evalAttribute(node, scope, frame, depth);
      case 'call':
        return this.evalCall(node, scope, frame, depth);
      case 'parenthesized_expression': {
        const inner = node.firstNamedChild;
        return inner ? this.evalExpr(inner, scope, frame, depth + 1) : NONE;
      }
      case 'tuple':
      case 'list':
      case 'set':
      case 'expression_list':
        return this.evalSequence(node.namedChildren, scope, frame, depth);
      case 'dictionary':
        return this.evalDictionary(node, scope, frame, depth);
      case 'binary_operator': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const operator = node.childForFieldName('operator')?.type ?? '';
        if (!left || !right) return unknown('incomplete expression');
        return this.binary(operator, this.evalExpr(left, scope, frame, depth + 1), this.evalExpr(right, scope, frame, depth + 1), node.text);
      }
      case 'unary_operator': {
        const argument = node.childForFieldName('argument');
        const operator = node.childForFieldName('operator')?.type;
        const v = argument ? this.evalExpr(argument, scope, frame, depth + 1) : NONE;
        if (v.t === 'num') return { t: 'num', v: operator === '-' ? -v.v : v.v };
        return unknown(`\`${node.text.slice(0, 80)}\``);
      }
      case 'not_operator': {
        const argument = node.childForFieldName('argument');
        const verdict = argument ? truthy(this.evalExpr(argument, scope, frame, depth + 1)) : null;
        return verdict === null ? unknown(`\`${node.text.slice(0, 80)}\``) : { t: 'bool', v: !verdict };
      }
      case 'boolean_operator':
        return this.evalBoolean(node, scope, frame, depth);
      case 'comparison_operator':
        return this.evalComparison(node, scope, frame, depth);
      case 'conditional_expression': {
        const [whenTrue, condition, whenFalse] = node.namedChildren;
        if (!whenTrue || !condition || !whenFalse) return unknown('incomplete expression');
        const verdict = truthy(this.evalExpr(condition, scope, frame, depth + 1));
        if (verdict === null) return unknown(`\`${condition.text.slice(0, 80)}\` is only known at run time`);
        return this.evalExpr(verdict ? whenTrue : whenFalse, scope, frame, depth + 1);
      }
      case 'subscript':
        return this.evalSubscript(node, scope, frame, depth);
      case 'keyword_argument':
      case 'list_splat':
      case 'dictionary_splat':
        return unknown(`\`${node.text.slice(0, 80)}\``);
      default:
        return unknown(`\`${node.text.slice(0, 80)}\` (${node.type.replace(/_/g, ' ')}) is only known at run time`);
    }
  }

  private lookup(name: string, scope: Scope, node: Node): Value {
    const bound = scope.lookup(name);
    if (bound !== undefined) return bound.t === 'ref' && !bound.node ? { ...bound, node } : bound;
    // The usual module aliases, so a fixture or a file with a star import still reads naturally.
    if (name === 'op') return { t: 'ref', path: 'alembic.op', node };
    if (name === 'sa') return { t: 'ref', path: 'sqlalchemy', node };
    if (name === 'postgresql') return { t: 'ref', path: 'sqlalchemy.dialects.postgresql', node };
    if (name === 'mysql') return { t: 'ref', path: 'sqlalchemy.dialects.mysql', node };
    if (SQLALCHEMY_NAMES.has(name)) return { t: 'ref', path: `sqlalchemy.${name}`, node };
    if (BUILTINS.has(name)) return { t: 'ref', path: `builtins.${name}`, node };
    return unknown(`\`${name}\` is not defined in this file`);
  }

  private evalString(node: Node, scope: Scope, frame: Frame, depth: number): Value {
    if (node.type !== 'string') return this.evalExpr(node, scope, frame, depth + 1);
    let prefix = parseStringPrefix('"');
    let origin: TextOrigin | null = null;
    let text = '';
    for (let part = node.firstChild; part; part = part.nextSibling) {
      switch (part.type) {
        case 'string_start':
          prefix = parseStringPrefix(part.text);
          origin = { line: part.endPosition.row + 1, column: part.endPosition.column + 1 };
          break;
        case 'string_content': {
          let body = part.text;
          if (!prefix.raw) body = decodeEscapes(body);
          if (prefix.formatted) body = body.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
          text += body;
          break;
        }
        case 'interpolation': {
          const expression = part.childForFieldName('expression');
          if (part.childForFieldName('format_specifier') && part.childForFieldName('format_specifier')!.text !== ':') {
            return unknown(`f-string placeholder \`${part.text}\` has a format specification`);
          }
          const value = expression ? this.evalExpr(expression, scope, frame, depth + 1) : NONE;
          const rendered = pyStr(value);
          if (rendered === null) return unknown(`f-string placeholder \`${part.text}\`: ${describeUnknown(value, expression?.text ?? '')}`);
          const conversion = part.childForFieldName('type_conversion')?.text;
          text += conversion === '!r' && value.t === 'str' ? `'${rendered}'` : rendered;
          break;
        }
        default:
          break;
      }
    }
    return str(text, origin);
  }

  private evalSequence(nodes: Node[], scope: Scope, frame: Frame, depth: number): Value {
    const items: Value[] = [];
    for (const child of nodes) {
      if (child.type === 'list_splat') {
        const inner = child.firstNamedChild;
        const spread = inner ? iterate(this.evalExpr(inner, scope, frame, depth + 1)) : null;
        if (!spread) return unknown(`\`${child.text.slice(0, 80)}\` is only known at run time`);
        for (const item of spread) items.push(item);
      } else if (child.type !== 'comment') {
        items.push(this.evalExpr(child, scope, frame, depth + 1));
      }
    }
    return { t: 'seq', items };
  }

  private evalDictionary(node: Node, scope: Scope, frame: Frame, depth: number): Value {
    const entries: Array<[Value, Value]> = [];
    for (const child of node.namedChildren) {
      if (child.type === 'pair') {
        const key = child.childForFieldName('key');
        const value = child.childForFieldName('value');
        if (key && value) entries.push([this.evalExpr(key, scope, frame, depth + 1), this.evalExpr(value, scope, frame, depth + 1)]);
      } else if (child.type === 'dictionary_splat') {
        const inner = child.firstNamedChild;
        const spread = inner ? this.evalExpr(inner, scope, frame, depth + 1) : NONE;
        if (spread.t !== 'dict') return unknown(`\`${child.text.slice(0, 80)}\` is only known at run time`);
        for (const entry of spread.entries) entries.push(entry);
      }
    }
    return { t: 'dict', entries };
  }

  private evalBoolean(node: Node, scope: Scope, frame: Frame, depth: number): Value {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const operator = node.childForFieldName('operator')?.type;
    if (!left || !right) return unknown('incomplete expression');
    const l = this.evalExpr(left, scope, frame, depth + 1);
    const verdict = truthy(l);
    if (verdict === null) return unknown(`\`${left.text.slice(0, 80)}\` is only known at run time`);
    if (operator === 'and') return verdict ? this.evalExpr(right, scope, frame, depth + 1) : l;
    return verdict ? l : this.evalExpr(right, scope, frame, depth + 1);
  }

  private evalComparison(node: Node, scope: Scope, frame: Frame, depth: number): Value {
    // a < b < c: operands are named children; operators are the anonymous children between them.
    const operands = node.namedChildren;
    const operators: string[] = [];
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i)!;
      if (!child.isNamed) operators.push(child.type);
    }
    // `not in` and `is not` are two tokens each.
    const merged: string[] = [];
    for (let i = 0; i < operators.length; i++) {
      const op = operators[i]!;
      const next = operators[i + 1];
      if ((op === 'not' && next === 'in') || (op === 'is' && next === 'not')) {
        merged.push(`${op} ${next}`);
        i++;
      } else merged.push(op);
    }
    let left = operands[0] ? this.evalExpr(operands[0], scope, frame, depth + 1) : NONE;
    if (merged.length === 1 && operands[1]) {
      // `sa.column('x') > 5` builds a SQL expression, not a Python boolean.
      const right = this.evalExpr(operands[1], scope, frame, depth + 1);
      if (isSqlConstruct(left) || isSqlConstruct(right)) return sqlOperation(merged[0]!, [left, right], node);
    }
    for (let i = 0; i < merged.length; i++) {
      const rightNode = operands[i + 1];
      if (!rightNode) return unknown('incomplete comparison');
      const right = this.evalExpr(rightNode, scope, frame, depth + 1);
      const verdict = compare(merged[i]!, left, right);
      if (verdict === null) return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`);
      if (!verdict) return { t: 'bool', v: false };
      left = right;
    }
    return { t: 'bool', v: true };
  }

  private evalSubscript(node: Node, scope: Scope, frame: Frame, depth: number): Value {
    const valueNode = node.childForFieldName('value');
    const indexNode = node.childForFieldName('subscript');
    if (!valueNode || !indexNode) return unknown('incomplete subscript');
    const value = this.evalExpr(valueNode, scope, frame, depth + 1);
    if (indexNode.type === 'slice') return unknown(`slice \`${node.text.slice(0, 80)}\``);
    const index = this.evalExpr(indexNode, scope, frame, depth + 1);
    if (value.t === 'seq' && index.t === 'num') {
      const i = index.v < 0 ? value.items.length + index.v : index.v;
      return value.items[i] ?? unknown(`index out of range in \`${node.text.slice(0, 80)}\``);
    }
    if (value.t === 'str' && index.t === 'num') {
      const i = index.v < 0 ? value.v.length + index.v : index.v;
      return value.v[i] !== undefined ? str(value.v[i]!) : unknown(`index out of range in \`${node.text.slice(0, 80)}\``);
    }
    if (value.t === 'dict') {
      for (const [k, v] of value.entries) if (pyEquals(k, index) === true) return v;
    }
    return unknown(`\`${node.text.slice(0, 80)}\`: ${describeUnknown(value, valueNode.text)}`, isTouchingDb(value));
  }

  private evalAttribute(node: Node, scope: Scope, frame: Frame, depth: number): Value {
    const objectNode = node.childForFieldName('object');
    const name = node.childForFieldName('attribute')?.text ?? '';
    if (!objectNode) return unknown('incomplete attribute');
    const object = this.evalExpr(objectNode, scope, frame, depth + 1);
    return this.attribute(object, name, node);
  }

  private attribute(object: Value, name: string, node: Node): Value {
    switch (object.t) {
      case 'ref':
        return { t: 'ref', path: `${object.path}.${name}`, node };
      case 'bind':
      case 'context':
        if (name === 'dialect') return { t: 'dialect' };
        if (name === 'bind' || name === 'connection' || name === 'engine') return { t: 'bind' };
        return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`, true);
      case 'dialect':
        if (name === 'name') return str(this.dialect === 'mysql' ? 'mysql' : 'postgresql');
        return unknown(`\`${node.text.slice(0, 80)}\` depends on the database server`);
      case 'table':
        if (name === 'name') return str(object.name);
        return unknown(`\`${node.text.slice(0, 80)}\``);
      case 'pyenum': {
        const i = object.names.indexOf(name);
        if (i >= 0) return { t: 'pymember', className: object.className, name, value: object.values[i]! };
        return unknown(`\`${node.text.slice(0, 80)}\` is not a member of the enum \`${object.className}\``);
      }
      case 'pymember':
        // How a member itself formats differs between Python versions and mixins; its value does not.
        if (name === 'value') return object.value;
        if (name === 'name') return str(object.name);
        return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`);
      case 'unknown':
        return object;
      default:
        return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`, isTouchingDb(object));
    }
  }

  private evalCall(node: Node, scope: Scope, frame: Frame, depth: number): Value {
    const callee = node.childForFieldName('function');
    const argumentList = node.childForFieldName('arguments');
    if (!callee) return unknown('incomplete call');
    if (argumentList?.type === 'generator_expression') return unknown(`\`${node.text.slice(0, 80)}\` iterates over a generator`);
    const args = this.evalArguments(argumentList, scope, frame, depth);
    if (callee.type === 'attribute') {
      const objectNode = callee.childForFieldName('object');
      const name = callee.childForFieldName('attribute')?.text ?? '';
      if (!objectNode) return unknown('incomplete call');
      const receiver = this.evalExpr(objectNode, scope, frame, depth + 1);
      if (receiver.t === 'ref' && receiver.path === 'alembic.op') this.options.sites?.call(node, name, 'op', objectNode.text);
      if (receiver.t === 'batch') this.options.sites?.call(node, name, 'batch', objectNode.text);
      if (receiver.t === 'ref') return this.callPath(`${receiver.path}.${name}`, args, node, callee, frame);
      return this.callMethod(receiver, name, args, node, frame);
    }
    const fn = this.evalExpr(callee, scope, frame, depth + 1);
    if (fn.t === 'ref' && fn.path.startsWith('alembic.op.')) this.options.sites?.call(node, lastSegment(fn.path), 'op', '');
    if (fn.t === 'ref') return this.callPath(fn.path, args, node, callee, frame);
    if (fn.t === 'func') return this.inline(fn, args, node, frame);
    return unknown(`\`${callee.text.slice(0, 80)}(...)\`: ${describeUnknown(fn, callee.text)}`, fn.t === 'unknown' ? true : isTouchingDb(fn));
  }

  private evalArguments(list: Node | null, scope: Scope, frame: Frame, depth: number): CallArgs {
    const args: CallArgs = { positional: [], positionalNodes: [], keywords: new Map(), keywordNodes: new Map(), opaque: null };
    if (!list) return args;
    for (let child = list.firstNamedChild; child; child = child.nextNamedSibling) {
      switch (child.type) {
        case 'keyword_argument': {
          const name = child.childForFieldName('name')?.text ?? '';
          const valueNode = child.childForFieldName('value');
          if (!valueNode) break;
          args.keywords.set(name, this.evalExpr(valueNode, scope, frame, depth + 1));
          args.keywordNodes.set(name, valueNode);
          break;
        }
        case 'list_splat': {
          const inner = child.firstNamedChild;
          const items = inner ? iterate(this.evalExpr(inner, scope, frame, depth + 1)) : null;
          if (!items) args.opaque ??= `\`${child.text.slice(0, 80)}\` is only known at run time`;
          else for (const item of items) {
            args.positional.push(item);
            args.positionalNodes.push(child);
          }
          break;
        }
        case 'dictionary_splat': {
          const inner = child.firstNamedChild;
          const dict = inner ? this.evalExpr(inner, scope, frame, depth + 1) : NONE;
          if (dict.t !== 'dict') args.opaque ??= `\`${child.text.slice(0, 80)}\` is only known at run time`;
          else for (const [k, v] of dict.entries) {
            if (k.t === 'str') {
              args.keywords.set(k.v, v);
              args.keywordNodes.set(k.v, child);
            }
          }
          break;
        }
        case 'comment':
          break;
        default:
          args.positional.push(this.evalExpr(child, scope, frame, depth + 1));
          args.positionalNodes.push(child);
      }
    }
    return args;
  }

  /** The output budget: past it, one unanalyzable at the call that overflowed and nothing more. */
  private overBudget(frame: Frame, node: Node): boolean {
    if (this.loopDepth === 0 && frame.callDepth === 0) return false;
    if (++frame.budget.amplified <= EVALUATION_LIMITS.outputs) return false;
    if (!frame.budget.exhausted) {
      frame.budget.exhausted = true;
      this.budgetExceeded(frame, node, BUDGET_EXCEEDED.outputs);
    }
    return true;
  }

  private emitter(frame: Frame): Emitter {
    return {
      dialect: this.dialect,
      emit: (node: Node, op: OpInput) => {
        if (this.overBudget(frame, node)) return;
        const full = { ...op, loc: this.callLoc(node) } as Op;
        if (frame.autocommit) full.autocommit = true;
        if (frame.conditional) full.conditional = true;
        frame.out.push(full);
      },
      dynamic: (node: Node, message: string) => this.dynamic(frame, node, message),
      rendered: (node: Node, statements: string[], fallback: OpInput[], conditional: boolean) => {
        if (this.overBudget(frame, node)) return;
        const loc = this.callLoc(node);
        const ops = fallback.map((op) => {
          const full = { ...op, loc: { ...loc } } as Op;
          if (frame.autocommit) full.autocommit = true;
          if (frame.conditional) full.conditional = true;
          return full;
        });
        frame.out.push({ kind: 'renderedSql', statements, fallback: ops, loc, autocommit: frame.autocommit, conditional: frame.conditional || conditional });
      },
      sql: (node: Node, text: string, origin: TextOrigin | null) => {
        if (this.overBudget(frame, node)) return;
        const at = origin ?? { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
        // SQLAlchemy `text()` binds (`:name`) and DB-API ones (`%s`, `%(name)s`) are values, not syntax.
        frame.out.push({ kind: 'pendingSql', text, origin: at, binds: ['named', 'pyformat'], autocommit: frame.autocommit, conditional: frame.conditional });
      },
      loc: (node: Node) => this.loc(node),
    };
  }

  private callPath(path: string, args: CallArgs, node: Node, callee: Node, frame: Frame): Value {
    if (path.startsWith('alembic.op.')) return callAlembicOp(path.slice('alembic.op.'.length), args, node, this.emitter(frame));
    if (path.startsWith('alembic.context.') || path === 'alembic.context') {
      const name = lastSegment(path);
      if (name === 'is_offline_mode') return unknown('offline (--sql) mode is chosen at run time');
      if (name === 'get_context') return { t: 'context' };
      if (name === 'get_bind') return { t: 'bind' };
      if (name === 'execute') return callConnectionMethod('execute', args, node, this.emitter(frame));
      return unknown(`\`${callee.text}\` reads the run-time environment`);
    }
    const root = path.split('.')[0]!;
    if (root === 'builtins') return this.callBuiltin(lastSegment(path), args, node);
    if (path === 'textwrap.dedent') {
      // Lines stay where they are, so the SQL keeps its line mapping.
      const first = args.positional[0];
      if (first?.t === 'str') return str(dedent(first.v), first.origin);
    }
    if (root === 'sqlalchemy' || root === 'sqlmodel') return sqlalchemyCall(path, args, node);
    if (args.opaque) return unknown(args.opaque);
    const touches = args.positional.some(isTouchingDb) || [...args.keywords.values()].some(isTouchingDb);
    if (HARMLESS_MODULES.has(root) && !touches) return unknown(`\`${callee.text.slice(0, 80)}(...)\` is only known at run time`);
    const module = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : path;
    return unknown(
      HARMLESS_MODULES.has(root)
        ? `\`${callee.text.slice(0, 80)}(...)\` is passed the connection; what it does is only known at run time`
        : `\`${callee.text.slice(0, 80)}(...)\` comes from \`${module}\`, outside this file; its operations cannot be analysed statically`,
      true,
    );
  }

  private callBuiltin(name: string, args: CallArgs, node: Node): Value {
    const first = args.positional[0];
    switch (name) {
      case 'str':
        return first ? (pyStr(first) !== null ? str(pyStr(first)!, first.t === 'str' ? first.origin : null) : unknown(`\`${node.text.slice(0, 80)}\``)) : str('');
      case 'int':
        if (first?.t === 'num') return { t: 'num', v: Math.trunc(first.v) };
        if (first?.t === 'str' && /^\s*-?\d+\s*$/.test(first.v)) return { t: 'num', v: Number(first.v) };
        return unknown(`\`${node.text.slice(0, 80)}\``);
      case 'len': {
        const items = first ? iterate(first) : null;
        return items ? { t: 'num', v: items.length } : unknown(`\`${node.text.slice(0, 80)}\``);
      }
      case 'range': {
        const nums = args.positional.map((a) => (a.t === 'num' ? a.v : NaN));
        if (nums.some((n) => !Number.isInteger(n)) || nums.length === 0) return unknown(`\`${node.text.slice(0, 80)}\``);
        const [start, stop, step] = nums.length === 1 ? [0, nums[0]!, 1] : [nums[0]!, nums[1]!, nums[2] ?? 1];
        if (step === 0 || Math.abs((stop - start) / step) > MAX_LOOP_ITERATIONS) return unknown(`\`${node.text.slice(0, 80)}\` has too many iterations`);
        const items: Value[] = [];
        for (let i = start; step > 0 ? i < stop : i > stop; i += step) items.push({ t: 'num', v: i });
        return { t: 'seq', items };
      }
      case 'list':
      case 'tuple':
      case 'sorted':
      case 'reversed': {
        if (!first) return { t: 'seq', items: [] };
        const items = iterate(first);
        if (!items) return unknown(`\`${node.text.slice(0, 80)}\``, isTouchingDb(first));
        if (name === 'reversed') return { t: 'seq', items: [...items].reverse() };
        if (name === 'sorted' && items.every((i) => i.t === 'str')) return { t: 'seq', items: [...items].sort((a, b) => ((a as { v: string }).v < (b as { v: string }).v ? -1 : 1)) };
        return { t: 'seq', items };
      }
      case 'enumerate': {
        const items = first ? iterate(first) : null;
        return items ? { t: 'seq', items: items.map((v, i) => ({ t: 'seq', items: [{ t: 'num', v: i }, v] })) } : unknown(`\`${node.text.slice(0, 80)}\``);
      }
      case 'zip': {
        const lists = args.positional.map(iterate);
        if (lists.some((l) => !l)) return unknown(`\`${node.text.slice(0, 80)}\``);
        const length = Math.min(...lists.map((l) => l!.length));
        const items: Value[] = [];
        for (let i = 0; i < length; i++) items.push({ t: 'seq', items: lists.map((l) => l![i]!) });
        return { t: 'seq', items };
      }
      case 'print':
        return NONE;
      default:
        return unknown(`\`${node.text.slice(0, 80)}\``);
    }
  }

  private callMethod(receiver: Value, name: string, args: CallArgs, node: Node, frame: Frame): Value {
    switch (receiver.t) {
      case 'batch':
        return callBatchOp(receiver, name, args, node, this.emitter(frame));
      case 'bind':
        return callConnectionMethod(name, args, node, this.emitter(frame));
      case 'context':
        if (name === 'autocommit_block') return { t: 'autocommit' };
        if (name === 'execute') return callConnectionMethod('execute', args, node, this.emitter(frame));
        if (name === 'get_bind' || name === 'bind') return { t: 'bind' };
        return unknown(`\`${node.text.slice(0, 80)}\` reads the run-time migration context`);
      case 'str':
        return stringMethod(receiver, name, args, node);
      case 'call':
      case 'table':
      case 'dml':
        return callConstructMethod(receiver, name, args, node, this.emitter(frame));
      case 'unknown':
        return unknown(receiver.why, receiver.touchesDb || args.positional.some(isTouchingDb));
      default:
        return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`, isTouchingDb(receiver));
    }
  }

  /** Inlines a helper defined in the migration file: its op calls keep their own lines. */
  private inline(fn: Value & { t: 'func' }, args: CallArgs, node: Node, frame: Frame): Value {
    if (frame.callDepth >= MAX_CALL_DEPTH) {
      return unknown(`\`${fn.name}(...)\` is nested or recursive more than ${MAX_CALL_DEPTH} calls deep`, true);
    }
    if (args.opaque) return unknown(`\`${fn.name}(...)\`: ${args.opaque}`, true);
    const scope = new Scope(fn.closure);
    const parameters = fn.def.childForFieldName('parameters');
    let position = 0;
    const used = new Set<string>();
    for (const parameter of parameters?.namedChildren ?? []) {
      switch (parameter.type) {
        case 'identifier':
        case 'typed_parameter':
        case 'default_parameter':
        case 'typed_default_parameter': {
          const nameNode = parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.firstNamedChild);
          const name = nameNode?.text ?? '';
          let value: Value | undefined;
          if (args.keywords.has(name)) value = args.keywords.get(name);
          else if (position < args.positional.length) value = args.positional[position++];
          else {
            const defaultNode = parameter.childForFieldName('value');
            value = defaultNode ? this.evalExpr(defaultNode, fn.closure, frame, 0) : unknown(`parameter \`${name}\` of \`${fn.name}\` was not passed`);
          }
          used.add(name);
          scope.vars.set(name, value!);
          break;
        }
        case 'list_splat_pattern': {
          const name = parameter.firstNamedChild?.text ?? '';
          scope.vars.set(name, { t: 'seq', items: args.positional.slice(position) });
          position = args.positional.length;
          break;
        }
        case 'dictionary_splat_pattern': {
          const name = parameter.firstNamedChild?.text ?? '';
          const entries: Array<[Value, Value]> = [];
          for (const [k, v] of args.keywords) if (!used.has(k)) entries.push([str(k), v]);
          scope.vars.set(name, { t: 'dict', entries });
          break;
        }
        default:
          break;
      }
    }
    const body = fn.def.childForFieldName('body');
    if (!body) return NONE;
    const child: Frame = { ...frame, callDepth: frame.callDepth + 1, returnValue: NONE, raised: null };
    const flow = this.execBlock(body, scope, child);
    if (flow === 'raise' && child.raised) {
      this.dynamic(frame, node, `\`${fn.name}(...)\` raises ${child.raised.message}`);
    }
    return flow === 'return' ? child.returnValue : NONE;
  }

  // ---------------------------------------------------------------- helpers

  private binary(operator: string, left: Value, right: Value, text = ''): Value {
    if ((isSqlConstruct(left) || isSqlConstruct(right)) && SQL_BINARY.has(operator)) return sqlOperation(operator, [left, right], null);
    if (operator === '+') {
      if (left.t === 'str' && right.t === 'str') return str(left.v + right.v, left.origin ?? right.origin);
      if (left.t === 'num' && right.t === 'num') return { t: 'num', v: left.v + right.v };
      if (left.t === 'seq' && right.t === 'seq') return { t: 'seq', items: [...left.items, ...right.items] };
    }
    if (operator === '%' && left.t === 'str') {
      const formatted = percentFormat(left.v, right);
      if (formatted !== null) return str(formatted, left.origin);
    }
    if (left.t === 'num' && right.t === 'num') {
      switch (operator) {
        case '-':
          return { t: 'num', v: left.v - right.v };
        case '*':
          return { t: 'num', v: left.v * right.v };
        case '/':
          return right.v === 0 ? unknown('division by zero') : { t: 'num', v: left.v / right.v };
        case '//':
          return right.v === 0 ? unknown('division by zero') : { t: 'num', v: Math.floor(left.v / right.v) };
        case '%':
          return right.v === 0 ? unknown('division by zero') : { t: 'num', v: left.v % right.v };
        default:
          break;
      }
    }
    if (operator === '*' && left.t === 'str' && right.t === 'num' && right.v >= 0 && right.v * left.v.length < 1_000_000) return str(left.v.repeat(right.v), left.origin);
    const why = left.t === 'unknown' ? left.why : right.t === 'unknown' ? right.why : `\`${text.slice(0, 80)}\` is only known at run time`;
    return unknown(why);
  }

  dynamic(frame: Frame, node: Node, message: string): OpOf<'unparsed'> | null {
    return this.reportUnchecked(frame, node, message, true);
  }

  /** A budget ran out: always reported (unless quiet), even where the construct was reported already. */
  private budgetExceeded(frame: Frame, node: Node, message: string): void {
    this.reportUnchecked(frame, node, message, false);
  }

  private reportUnchecked(frame: Frame, node: Node, message: string, once: boolean): OpOf<'unparsed'> | null {
    if (frame.quiet) {
      if (frame.silenced) frame.silenced.count++;
      return null;
    }
    const loc = this.loc(node);
    if (once && !this.unchecked.claim(loc)) return null;
    const op: OpOf<'unparsed'> = { kind: 'unparsed', reason: 'dynamic', message, loc };
    if (frame.autocommit) op.autocommit = true;
    if (frame.conditional) op.conditional = true;
    frame.out.push(op);
    return op;
  }

  /** A loop's body, run once and quietly after its report: the report says only "repeats" when the body hid nothing. */
  private execLoopBody(body: Node, scope: Scope, frame: Frame, report: OpOf<'unparsed'> | null): void {
    const silenced = { count: 0 };
    this.execBlock(body, scope, { ...frame, conditional: true, quiet: true, silenced });
    if (report && silenced.count === 0) report.repeatsOnly = true;
  }

  private emitProblems(frame: Frame, node: Node): void {
    if (!this.reportSyntax) return;
    const start = node.startPosition;
    const end = node.endPosition;
    for (const problem of this.options.problems) {
      if (problem.emitted) continue;
      const row = problem.line - 1;
      const column = problem.column - 1;
      const afterStart = row > start.row || (row === start.row && column >= start.column);
      const beforeEnd = row < end.row || (row === end.row && column <= end.column);
      if (!afterStart || !beforeEnd) continue;
      problem.emitted = true;
      frame.out.push({
        kind: 'unparsed',
        reason: 'parse',
        message: problem.message,
        loc: { file: this.options.file, line: problem.line, endLine: problem.line, column: problem.column },
      });
    }
  }
}

const COMPOUND = new Set(['if_statement', 'for_statement', 'while_statement', 'with_statement', 'try_statement', 'function_definition', 'decorated_definition', 'class_definition']);

/** A compound statement whose error is outside its blocks (in the `if`/`with` header) cannot be followed. */
function headerHasError(statement: Node): boolean {
  for (let child = statement.firstChild; child; child = child.nextSibling) {
    if (!child.hasError && !child.isMissing) continue;
    if (child.type === 'block') continue;
    if (['elif_clause', 'else_clause', 'except_clause', 'except_group_clause', 'finally_clause'].includes(child.type)) {
      if (headerHasError(child)) return true;
      continue;
    }
    return true;
  }
  return false;
}

/** The items of a statically known iterable, or null. */
function iterate(value: Value): Value[] | null {
  if (value.t === 'seq') return value.items;
  if (value.t === 'dict') return value.entries.map(([k]) => k);
  if (value.t === 'str') return [...value.v].map((c) => str(c));
  return null;
}

function compare(operator: string, left: Value, right: Value): boolean | null {
  switch (operator) {
    case '==':
      return pyEquals(left, right);
    case '!=': {
      const eq = pyEquals(left, right);
      return eq === null ? null : !eq;
    }
    case 'is':
      if (left.t === 'none' || right.t === 'none') return left.t === 'unknown' || right.t === 'unknown' ? null : left.t === right.t;
      return pyEquals(left, right);
    case 'is not': {
      const is = compare('is', left, right);
      return is === null ? null : !is;
    }
    case 'in':
    case 'not in': {
      let found: boolean | null;
      if (right.t === 'str' && left.t === 'str') found = right.v.includes(left.v);
      else {
        const items = iterate(right);
        if (!items) return null;
        found = false;
        for (const item of items) {
          const eq = pyEquals(left, item);
          if (eq === null) return null;
          if (eq) {
            found = true;
            break;
          }
        }
      }
      return operator === 'in' ? found : !found;
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      if (left.t !== 'num' || right.t !== 'num') {
        if (left.t === 'str' && right.t === 'str') {
          return operator === '<' ? left.v < right.v : operator === '<=' ? left.v <= right.v : operator === '>' ? left.v > right.v : left.v >= right.v;
        }
        return null;
      }
      return operator === '<' ? left.v < right.v : operator === '<=' ? left.v <= right.v : operator === '>' ? left.v > right.v : left.v >= right.v;
    }
    default:
      return null;
  }
}

/** `'%s'` formatting with %s/%d/%i/%r/%% and `%(name)s`; null when something else is used. */
function percentFormat(template: string, argument: Value): string | null {
  const positional = argument.t === 'seq' ? argument.items : [argument];
  let index = 0;
  let failed = false;
  const out = template.replace(/%(\((\w+)\))?([sdirf%])/g, (_match, _group, key: string | undefined, conversion: string) => {
    if (conversion === '%') return '%';
    let value: Value | undefined;
    if (key !== undefined) {
      if (argument.t !== 'dict') {
        failed = true;
        return '';
      }
      value = argument.entries.find(([k]) => k.t === 'str' && k.v === key)?.[1];
    } else value = positional[index++];
    const rendered = value ? pyStr(value) : null;
    if (rendered === null) {
      failed = true;
      return '';
    }
    return conversion === 'r' && value!.t === 'str' ? `'${rendered}'` : rendered;
  });
  return failed ? null : out;
}

/** `str.format` with `{}`, `{0}`, `{name}` fields and `{{`/`}}`; null for format specs or unknown values. */
function strFormat(template: string, args: CallArgs): string | null {
  let auto = 0;
  let failed = false;
  const out = template.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (match, field: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    const spec = field ?? '';
    if (/[:!]/.test(spec)) {
      failed = true;
      return '';
    }
    let value: Value | undefined;
    if (spec === '') value = args.positional[auto++];
    else if (/^\d+$/.test(spec)) value = args.positional[Number(spec)];
    else value = args.keywords.get(spec);
    const rendered = value ? pyStr(value) : null;
    if (rendered === null) {
      failed = true;
      return '';
    }
    return rendered;
  });
  return failed ? null : out;
}

function stringMethod(receiver: Value & { t: 'str' }, name: string, args: CallArgs, node: Node): Value {
  const s = receiver.v;
  const first = args.positional[0];
  switch (name) {
    case 'format': {
      const out = strFormat(s, args);
      return out === null ? unknown(`\`${node.text.slice(0, 80)}\`: a placeholder is only known at run time`) : str(out, receiver.origin);
    }
    case 'strip':
    case 'lstrip':
    case 'rstrip': {
      if (first && first.t !== 'none') return unknown(`\`${node.text.slice(0, 80)}\``);
      // Stripping leading whitespace moves where the SQL starts; keep lines right by moving the origin.
      const stripped = name === 'rstrip' ? s.trimEnd() : name === 'lstrip' ? s.trimStart() : s.trim();
      return str(stripped, name === 'rstrip' ? receiver.origin : shiftOrigin(receiver.origin, s.slice(0, s.length - s.trimStart().length)));
    }
    case 'lower':
      return str(s.toLowerCase(), receiver.origin);
    case 'upper':
      return str(s.toUpperCase(), receiver.origin);
    case 'replace': {
      const second = args.positional[1];
      if (first?.t !== 'str' || second?.t !== 'str') return unknown(`\`${node.text.slice(0, 80)}\``);
      return str(s.split(first.v).join(second.v), receiver.origin);
    }
    case 'join': {
      const items = first ? iterate(first) : null;
      if (!items || items.some((i) => i.t !== 'str')) return unknown(`\`${node.text.slice(0, 80)}\`: the joined items are only known at run time`);
      const firstOrigin = items[0]?.t === 'str' ? items[0].origin : null;
      return str(items.map((i) => (i as { v: string }).v).join(s), firstOrigin);
    }
    case 'split': {
      const parts = first?.t === 'str' ? s.split(first.v) : s.trim().split(/\s+/);
      return { t: 'seq', items: parts.map((p) => str(p)) };
    }
    case 'startswith':
      return first?.t === 'str' ? { t: 'bool', v: s.startsWith(first.v) } : unknown(`\`${node.text.slice(0, 80)}\``);
    case 'endswith':
      return first?.t === 'str' ? { t: 'bool', v: s.endsWith(first.v) } : unknown(`\`${node.text.slice(0, 80)}\``);
    default:
      return unknown(`\`${node.text.slice(0, 80)}\``);
  }
}

function shiftOrigin(origin: TextOrigin | null, skipped: string): TextOrigin | null {
  if (!origin || skipped === '') return origin;
  const lines = skipped.split(/\r\n|\n|\r/);
  if (lines.length === 1) return { line: origin.line, column: origin.column + skipped.length };
  return { line: origin.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
}

/** Calls of SQLAlchemy names: constructs we model become values; everything else is kept as a `call` for the op handlers. */
function sqlalchemyCall(path: string, args: CallArgs, node: Node): Value {
  const name = lastSegment(path);
  const first = args.positional[0];
  switch (name) {
    case 'quoted_name':
      // The name as given; the DDL renderer quotes it where SQLAlchemy would (upper case, reserved words).
      if (first?.t === 'str') return first;
      break;
    case 'table':
    case 'Table': {
      if (first?.t !== 'str') return unknown(`\`${node.text.slice(0, 80)}\`: the table name is only known at run time`);
      const schema = args.keywords.get('schema');
      return { t: 'table', name: schema?.t === 'str' ? `${schema.v}.${first.v}` : first.v };
    }
    case 'update':
    case 'delete':
    case 'insert':
      if (first?.t === 'table') return { t: 'dml', action: name, table: first.name, hasWhere: false };
      break;
    default:
      break;
  }
  return { t: 'call', path, args: args.positional, kwargs: args.keywords, node, argNodes: args.positionalNodes, kwargNodes: args.keywordNodes };
}

/** Python's textwrap.dedent: the common leading whitespace of the non-blank lines is removed; lines stay where they are. */
export function dedent(text: string): string {
  const lines = text.split('\n');
  let margin: string | null = null;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (margin === null || !indent.startsWith(margin)) {
      if (margin === null || margin.startsWith(indent)) margin = indent;
      else {
        let i = 0;
        while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
        margin = margin.slice(0, i);
      }
    }
  }
  return lines.map((line) => (line.trim() === '' ? '' : line.slice(margin?.length ?? 0))).join('\n');
}

/** Python operators SQLAlchemy overloads on column expressions. */
const SQL_BINARY = new Set(['+', '-', '*', '/', '%', '&', '|']);

/** A SQLAlchemy column expression (`sa.column`, `sa.func.*`, `sa.text`, or an operation built from them). */
export function isSqlConstruct(value: Value): boolean {
  if (value.t !== 'call' || !value.path.startsWith('sqlalchemy')) return false;
  const name = lastSegment(value.path);
  return ['column', 'literal_column', 'text', '__op__', 'literal', 'cast', 'null', 'true', 'false', 'and_', 'or_'].includes(name) || value.path.split('.').includes('func');
}

/** `left <op> right` on SQL expressions, kept as a construct the DDL renderer spells out. */
export function sqlOperation(operator: string, operands: Value[], node: Node | null): Value {
  return { t: 'call', path: 'sqlalchemy.__op__', args: operands, kwargs: new Map([['op', str(operator)]]), node: node as Node, argNodes: [], kwargNodes: new Map() };
}

/** A short reason for a value that is not statically known. */
export function describeUnknown(value: Value, text: string): string {
  if (value.t === 'unknown') return value.why;
  if (value.t === 'ref') {
    const module = value.path.includes('.') ? value.path.slice(0, value.path.lastIndexOf('.')) : value.path;
    return `\`${text.slice(0, 80)}\` is imported from \`${module}\`; its value is not in this file`;
  }
  return `\`${text.slice(0, 80)}\` is only known at run time`;
}
