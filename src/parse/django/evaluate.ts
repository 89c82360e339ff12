import type { Loc } from '../../ir.js';
import { decodeEscapes, parseStringPrefix } from '../alembic/strings.js';
import type { Node } from '../alembic/tree-sitter.js';
import { NONE, pyStr, Scope, str, truthy, unknown, type TextOrigin, type Value } from '../alembic/values.js';

/** Deeper expressions are not evaluated (our recursion must stop well before the JS stack does). */
const MAX_EXPRESSION_DEPTH = 150;
/** Sequences longer than this are not expanded item by item (a migration's lists are short). */
const MAX_ITEMS = 20_000;

/**
 * A declarative evaluator for Django migration modules. A Django migration is data: a class whose
 * attributes are literals and constructor calls (`migrations.AddField(...)`, `models.CharField(...)`).
 * Calls become `call` values keyed by their import path; nothing is imported or run. Names the file
 * does not define (settings, project field classes) stay symbolic (`ref`) or `unknown` with the reason.
 */
export class DjangoEvaluator {
  readonly moduleScope = new Scope(null);
  /** Functions defined in the file (RunPython callables), by name. */
  readonly functions = new Map<string, Node>();

  constructor(private readonly file: string) {}

  loc(node: Node): Loc {
    return { file: this.file, line: node.startPosition.row + 1, endLine: node.endPosition.row + 1, column: node.startPosition.column + 1 };
  }

  /** Binds imports, module constants and functions; returns the `class Migration` definition, if any. */
  defineModule(statements: Node[]): Node | null {
    let migrationClass: Node | null = null;
    for (const statement of statements) {
      if (statement.hasError && statement.type !== 'class_definition') continue;
      switch (statement.type) {
        case 'import_statement':
        case 'import_from_statement':
          this.bindImport(statement);
          break;
        case 'function_definition':
        case 'decorated_definition': {
          const def = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
          const name = def?.type === 'function_definition' ? def.childForFieldName('name')?.text : undefined;
          if (def && name) {
            this.functions.set(name, def);
            this.moduleScope.vars.set(name, { t: 'ref', path: `__file__.${name}`, node: def });
          }
          break;
        }
        case 'expression_statement': {
          const assignment = statement.firstNamedChild;
          if (assignment?.type === 'assignment') this.assign(assignment, this.moduleScope);
          break;
        }
        case 'class_definition': {
          const name = statement.childForFieldName('name')?.text;
          if (name === 'Migration') migrationClass = statement;
          else if (name) this.moduleScope.vars.set(name, { t: 'ref', path: `__file__.${name}`, node: statement });
          break;
        }
        default:
          break;
      }
    }
    return migrationClass;
  }

  /** The class body's attribute assignments (`dependencies = [...]`), evaluated, with their statements. */
  classAttributes(classNode: Node): Map<string, { value: Value; node: Node }> {
    const out = new Map<string, { value: Value; node: Node }>();
    const scope = new Scope(this.moduleScope);
    for (const statement of classNode.childForFieldName('body')?.namedChildren ?? []) {
      const assignment = statement.type === 'expression_statement' ? statement.firstNamedChild : null;
      if (assignment?.type !== 'assignment') continue;
      const left = assignment.childForFieldName('left');
      const right = assignment.childForFieldName('right');
      if (left?.type !== 'identifier' || !right) continue;
      const value = this.eval(right, scope, 0);
      scope.vars.set(left.text, value);
      out.set(left.text, { value, node: statement });
    }
    return out;
  }

  private assign(assignment: Node, scope: Scope): void {
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (!left || !right) return;
    if (left.type === 'identifier') scope.vars.set(left.text, this.eval(right, scope, 0));
  }

  private bindImport(statement: Node): void {
    const scope = this.moduleScope;
    if (statement.type === 'import_statement') {
      for (const item of statement.namedChildren) {
        if (item.type === 'aliased_import') {
          const alias = item.childForFieldName('alias')?.text;
          if (alias) scope.vars.set(alias, { t: 'ref', path: item.childForFieldName('name')?.text ?? '', node: null });
        } else if (item.type === 'dotted_name') {
          // `import django.db.models.deletion` binds the top-level package.
          const top = item.text.split('.')[0]!;
          scope.vars.set(top, { t: 'ref', path: top, node: null });
        }
      }
      return;
    }
    const moduleNode = statement.childForFieldName('module_name');
    const module = moduleNode?.text ?? '';
    for (const item of statement.namedChildren) {
      if (item.startIndex === moduleNode?.startIndex) continue;
      if (item.type === 'aliased_import') {
        const alias = item.childForFieldName('alias')?.text;
        if (alias) scope.vars.set(alias, { t: 'ref', path: `${module}.${item.childForFieldName('name')?.text ?? ''}`, node: null });
      } else if (item.type === 'dotted_name') {
        scope.vars.set(item.text, { t: 'ref', path: `${module}.${item.text}`, node: null });
      }
    }
  }

  eval(node: Node, scope: Scope, depth: number): Value {
    if (depth > MAX_EXPRESSION_DEPTH) return unknown(`the expression is nested more than ${MAX_EXPRESSION_DEPTH} levels deep`);
    switch (node.type) {
      case 'string':
        return this.evalString(node, scope, depth);
      case 'concatenated_string': {
        let text = '';
        let origin: TextOrigin | null = null;
        for (const part of node.namedChildren) {
          const v = this.evalString(part, scope, depth);
          if (v.t !== 'str') return v;
          origin ??= v.origin;
          text += v.v;
        }
        return str(text, origin);
      }
      case 'integer':
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
      case 'identifier': {
        const bound = scope.lookup(node.text);
        if (bound !== undefined) return bound.t === 'ref' && !bound.node ? { ...bound, node } : bound;
        return unknown(`\`${node.text}\` is not defined in this file`);
      }
      case 'attribute': {
        const objectNode = node.childForFieldName('object');
        const name = node.childForFieldName('attribute')?.text ?? '';
        const object = objectNode ? this.eval(objectNode, scope, depth + 1) : NONE;
        if (object.t === 'ref') return { t: 'ref', path: `${object.path}.${name}`, node };
        if (object.t === 'unknown') return object;
        return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`);
      }
      case 'call':
        return this.evalCall(node, scope, depth);
      case 'parenthesized_expression': {
        const inner = node.firstNamedChild;
        return inner ? this.eval(inner, scope, depth + 1) : NONE;
      }
      case 'tuple':
      case 'list':
      case 'set':
      case 'expression_list':
        return this.evalSequence(node.namedChildren, scope, depth);
      case 'dictionary': {
        const entries: Array<[Value, Value]> = [];
        for (const child of node.namedChildren) {
          if (child.type !== 'pair') {
            if (child.type === 'comment') continue;
            return unknown(`\`${child.text.slice(0, 80)}\` is only known at run time`);
          }
          const key = child.childForFieldName('key');
          const value = child.childForFieldName('value');
          if (key && value) entries.push([this.eval(key, scope, depth + 1), this.eval(value, scope, depth + 1)]);
        }
        return { t: 'dict', entries };
      }
      case 'binary_operator': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const operator = node.childForFieldName('operator')?.type ?? '';
        if (!left || !right) return unknown('incomplete expression');
        const l = this.eval(left, scope, depth + 1);
        const r = this.eval(right, scope, depth + 1);
        if (operator === '+' && l.t === 'seq' && r.t === 'seq') return { t: 'seq', items: [...l.items, ...r.items] };
        if (operator === '+' && l.t === 'str' && r.t === 'str') return str(l.v + r.v, l.origin);
        if (l.t === 'num' && r.t === 'num') {
          if (operator === '+') return { t: 'num', v: l.v + r.v };
          if (operator === '-') return { t: 'num', v: l.v - r.v };
          if (operator === '*') return { t: 'num', v: l.v * r.v };
        }
        // Q objects combine with & and |; keep the shape so conditions can be rendered.
        if ((operator === '&' || operator === '|') && (l.t === 'call' || r.t === 'call')) {
          return { t: 'call', path: operator === '&' ? '__and__' : '__or__', args: [l, r], kwargs: new Map(), node, argNodes: [left, right], kwargNodes: new Map() };
        }
        return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`);
      }
      case 'unary_operator': {
        const argument = node.childForFieldName('argument');
        const operator = node.childForFieldName('operator')?.type;
        const v = argument ? this.eval(argument, scope, depth + 1) : NONE;
        if (v.t === 'num') return { t: 'num', v: operator === '-' ? -v.v : v.v };
        if (operator === '~' && v.t === 'call') return { t: 'call', path: '__invert__', args: [v], kwargs: new Map(), node, argNodes: [argument!], kwargNodes: new Map() };
        return unknown(`\`${node.text.slice(0, 80)}\``);
      }
      case 'conditional_expression': {
        const [whenTrue, condition, whenFalse] = node.namedChildren;
        if (!whenTrue || !condition || !whenFalse) return unknown('incomplete expression');
        const verdict = truthy(this.eval(condition, scope, depth + 1));
        if (verdict === null) return unknown(`\`${condition.text.slice(0, 80)}\` is only known at run time`);
        return this.eval(verdict ? whenTrue : whenFalse, scope, depth + 1);
      }
      case 'lambda':
        return { t: 'ref', path: '__lambda__', node };
      default:
        return unknown(`\`${node.text.slice(0, 80)}\` (${node.type.replace(/_/g, ' ')}) is only known at run time`);
    }
  }

  private evalString(node: Node, scope: Scope, depth: number): Value {
    if (node.type !== 'string') return this.eval(node, scope, depth + 1);
    let prefix = parseStringPrefix('"');
    let origin: TextOrigin | null = null;
    let text = '';
    for (let part = node.firstChild; part; part = part.nextSibling) {
      if (part.type === 'string_start') {
        prefix = parseStringPrefix(part.text);
        origin = { line: part.endPosition.row + 1, column: part.endPosition.column + 1 };
      } else if (part.type === 'string_content') {
        text += prefix.raw ? part.text : decodeEscapes(part.text);
      } else if (part.type === 'escape_sequence') {
        text += decodeEscapes(part.text);
      } else if (part.type === 'interpolation') {
        const expression = part.childForFieldName('expression');
        const rendered = expression ? pyStr(this.eval(expression, scope, depth + 1)) : null;
        if (rendered === null) return unknown(`f-string placeholder \`${part.text.slice(0, 80)}\` is only known at run time`);
        text += rendered;
      }
    }
    if (prefix.formatted) text = text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
    return str(text, origin);
  }

  private evalSequence(nodes: Node[], scope: Scope, depth: number): Value {
    const items: Value[] = [];
    for (const child of nodes) {
      if (child.type === 'comment') continue;
      if (items.length > MAX_ITEMS) return unknown(`a sequence of more than ${MAX_ITEMS} items`);
      if (child.type === 'list_splat') {
        const inner = child.firstNamedChild ? this.eval(child.firstNamedChild, scope, depth + 1) : NONE;
        if (inner.t !== 'seq') return unknown(`\`${child.text.slice(0, 80)}\` is only known at run time`);
        items.push(...inner.items);
      } else items.push(this.eval(child, scope, depth + 1));
    }
    return { t: 'seq', items };
  }

  private evalCall(node: Node, scope: Scope, depth: number): Value {
    const callee = node.childForFieldName('function');
    const list = node.childForFieldName('arguments');
    if (!callee) return unknown('incomplete call');
    const fn = this.eval(callee, scope, depth + 1);
    if (fn.t !== 'ref') return unknown(`\`${callee.text.slice(0, 80)}(...)\` is only known at run time`);
    const args: Value[] = [];
    const argNodes: Node[] = [];
    const kwargs = new Map<string, Value>();
    const kwargNodes = new Map<string, Node>();
    if (list?.type === 'generator_expression') return unknown(`\`${node.text.slice(0, 80)}\` iterates over a generator`);
    for (let child = list?.firstNamedChild ?? null; child; child = child.nextNamedSibling) {
      if (child.type === 'comment') continue;
      if (child.type === 'keyword_argument') {
        const name = child.childForFieldName('name')?.text ?? '';
        const valueNode = child.childForFieldName('value');
        if (!valueNode) continue;
        kwargs.set(name, this.eval(valueNode, scope, depth + 1));
        kwargNodes.set(name, valueNode);
      } else if (child.type === 'list_splat' || child.type === 'dictionary_splat') {
        const inner = child.firstNamedChild ? this.eval(child.firstNamedChild, scope, depth + 1) : NONE;
        if (child.type === 'list_splat' && inner.t === 'seq') {
          for (const item of inner.items) {
            args.push(item);
            argNodes.push(child);
          }
        } else if (child.type === 'dictionary_splat' && inner.t === 'dict') {
          for (const [k, v] of inner.entries) if (k.t === 'str') {
            kwargs.set(k.v, v);
            kwargNodes.set(k.v, child);
          }
        } else return unknown(`\`${child.text.slice(0, 80)}\` is only known at run time`);
      } else {
        args.push(this.eval(child, scope, depth + 1));
        argNodes.push(child);
      }
    }
    return { t: 'call', path: fn.path, args, kwargs, node, argNodes, kwargNodes };
  }
}
