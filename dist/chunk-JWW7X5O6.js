#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  lowerDjangoProject
} from "./chunk-WGQ6SWK3.js";
import {
  djangoNames,
  isDjangoMigrationFile
} from "./chunk-GOGYUFPH.js";
import {
  NONE,
  Scope,
  decodeEscapes,
  discardPythonParser,
  lastSegment,
  loadPythonParser,
  parseModule,
  parseStringPrefix,
  pyStr,
  str,
  truthy,
  unknown
} from "./chunk-LD2TPQNV.js";
import "./chunk-RXMKKHWX.js";
import {
  lowerPendingSql
} from "./chunk-ZXL7UVA4.js";
import "./chunk-CCOKVC7O.js";
import "./chunk-TN672BLV.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/parse/django/describe.ts
function describeOperation(path, arg, written) {
  const s = (name, position) => {
    const v = arg(name, position);
    return v?.t === "str" ? v.v : v?.t === "none" ? "None" : "?";
  };
  const inner = (outer, position, key, keyPosition = -1) => {
    const v = arg(outer, position);
    return v?.t === "call" ? v.kwargs.get(key) ?? (keyPosition >= 0 ? v.args[keyPosition] : void 0) : void 0;
  };
  const innerStr = (outer, position, key) => {
    const v = inner(outer, position, key);
    return v?.t === "str" ? v.v : "?";
  };
  const fields = (v) => v?.t === "seq" ? v.items.map((i) => i.t === "str" ? i.v : "?").join(", ") : "";
  const count = (v) => v?.t === "seq" ? v.items.length > 0 && v.items.every((i) => i.t === "str") ? 1 : v.items.length : 0;
  const op = lastSegment(path);
  switch (op) {
    case "CreateModel": {
      const options = arg("options", 2);
      const proxy = options?.t === "dict" && options.entries.some(([k, v]) => k.t === "str" && k.v === "proxy" && v.t === "bool" && v.v);
      return `Create ${proxy ? "proxy " : ""}model ${s("name", 0)}`;
    }
    case "DeleteModel":
      return `Delete model ${s("name", 0)}`;
    case "RenameModel":
      return `Rename model ${s("old_name", 0)} to ${s("new_name", 1)}`;
    case "AlterModelTable": {
      const table = arg("table", 1);
      return `Rename table for ${s("name", 0)} to ${table?.t === "str" ? table.v : "(default)"}`;
    }
    case "AlterModelTableComment":
      return `Alter ${s("name", 0)} table comment`;
    case "AlterModelOptions":
      return `Change Meta options on ${s("name", 0)}`;
    case "AlterModelManagers":
      return `Change managers on ${s("name", 0)}`;
    case "AlterUniqueTogether":
      return `Alter unique_together for ${s("name", 0)} (${count(arg("unique_together", 1))} constraint(s))`;
    case "AlterIndexTogether":
      return `Alter index_together for ${s("name", 0)} (${count(arg("index_together", 1))} constraint(s))`;
    case "AlterOrderWithRespectTo":
      return `Set order_with_respect_to on ${s("name", 0)} to ${s("order_with_respect_to", 1)}`;
    case "AddField":
      return `Add field ${s("name", 1)} to ${s("model_name", 0)}`;
    case "RemoveField":
      return `Remove field ${s("name", 1)} from ${s("model_name", 0)}`;
    case "AlterField":
      return `Alter field ${s("name", 1)} on ${s("model_name", 0)}`;
    case "RenameField":
      return `Rename field ${s("old_name", 1)} on ${s("model_name", 0)} to ${s("new_name", 2)}`;
    case "AddIndex":
    case "AddIndexConcurrently": {
      const index = arg("index", 1);
      const expressions = index?.t === "call" ? index.argNodes.map((n) => n.text) : [];
      const prefix = op === "AddIndex" ? "Create index" : "Concurrently create index";
      if (expressions.length > 0 && op === "AddIndex") return `${prefix} ${innerStr("index", 1, "name")} on ${expressions.join(", ")} on model ${s("model_name", 0)}`;
      return `${prefix} ${innerStr("index", 1, "name")} on field(s) ${fields(inner("index", 1, "fields"))} of model ${s("model_name", 0)}`;
    }
    case "RemoveIndex":
      return `Remove index ${s("name", 1)} from ${s("model_name", 0)}`;
    case "RemoveIndexConcurrently":
      return `Concurrently remove index ${s("name", 1)} from ${s("model_name", 0)}`;
    case "RenameIndex": {
      const oldName = arg("old_name", 2);
      if (oldName?.t === "str") return `Rename index ${oldName.v} on ${s("model_name", 0)} to ${s("new_name", 1)}`;
      const old = arg("old_fields", 3);
      const tuple = old?.t === "seq" ? `(${old.items.map((i) => i.t === "str" ? `'${i.v}'` : "?").join(", ")}${old.items.length === 1 ? "," : ""})` : "?";
      return `Rename unnamed index for ${tuple} on ${s("model_name", 0)} to ${s("new_name", 1)}`;
    }
    case "AddConstraint":
      return `Create constraint ${innerStr("constraint", 1, "name")} on model ${s("model_name", 0)}`;
    case "AddConstraintNotValid":
      return `Create not valid constraint ${innerStr("constraint", 1, "name")} on model ${s("model_name", 0)}`;
    case "RemoveConstraint":
      return `Remove constraint ${s("name", 1)} from model ${s("model_name", 0)}`;
    case "ValidateConstraint":
      return `Validate constraint ${s("name", 1)} on model ${s("model_name", 0)}`;
    case "RunSQL":
      return "Raw SQL operation";
    case "RunPython":
      return "Raw Python operation";
    case "SeparateDatabaseAndState":
      return "Custom state/database change combination";
    case "CreateExtension":
      return `Creates extension ${s("name", 0)}`;
    case "CreateCollation":
      return `Create collation ${s("name", 0)}`;
    default:
      return `${written} (an operation migration-guard does not describe)`;
  }
}

// src/parse/django/evaluate.ts
var MAX_EXPRESSION_DEPTH = 150;
var MAX_ITEMS = 2e4;
var DjangoEvaluator = class {
  constructor(file) {
    this.file = file;
  }
  file;
  moduleScope = new Scope(null);
  /** Functions defined in the file (RunPython callables), by name. */
  functions = /* @__PURE__ */ new Map();
  loc(node) {
    return { file: this.file, line: node.startPosition.row + 1, endLine: node.endPosition.row + 1, column: node.startPosition.column + 1 };
  }
  /** Binds imports, module constants and functions; returns the `class Migration` definition, if any. */
  defineModule(statements) {
    let migrationClass = null;
    for (const statement of statements) {
      if (statement.hasError && statement.type !== "class_definition") continue;
      switch (statement.type) {
        case "import_statement":
        case "import_from_statement":
          this.bindImport(statement);
          break;
        case "function_definition":
        case "decorated_definition": {
          const def = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
          const name = def?.type === "function_definition" ? def.childForFieldName("name")?.text : void 0;
          if (def && name) {
            this.functions.set(name, def);
            this.moduleScope.vars.set(name, { t: "ref", path: `__file__.${name}`, node: def });
          }
          break;
        }
        case "expression_statement": {
          const assignment = statement.firstNamedChild;
          if (assignment?.type === "assignment") this.assign(assignment, this.moduleScope);
          break;
        }
        case "class_definition": {
          const name = statement.childForFieldName("name")?.text;
          if (name === "Migration") migrationClass = statement;
          else if (name) this.moduleScope.vars.set(name, { t: "ref", path: `__file__.${name}`, node: statement });
          break;
        }
        default:
          break;
      }
    }
    return migrationClass;
  }
  /** The class body's attribute assignments (`dependencies = [...]`), evaluated, with their statements. */
  classAttributes(classNode) {
    const out = /* @__PURE__ */ new Map();
    const scope = new Scope(this.moduleScope);
    for (const statement of classNode.childForFieldName("body")?.namedChildren ?? []) {
      const assignment = statement.type === "expression_statement" ? statement.firstNamedChild : null;
      if (assignment?.type !== "assignment") continue;
      const left = assignment.childForFieldName("left");
      const right = assignment.childForFieldName("right");
      if (left?.type !== "identifier" || !right) continue;
      const value = this.eval(right, scope, 0);
      scope.vars.set(left.text, value);
      out.set(left.text, { value, node: statement });
    }
    return out;
  }
  assign(assignment, scope) {
    const left = assignment.childForFieldName("left");
    const right = assignment.childForFieldName("right");
    if (!left || !right) return;
    if (left.type === "identifier") scope.vars.set(left.text, this.eval(right, scope, 0));
  }
  bindImport(statement) {
    const scope = this.moduleScope;
    if (statement.type === "import_statement") {
      for (const item of statement.namedChildren) {
        if (item.type === "aliased_import") {
          const alias = item.childForFieldName("alias")?.text;
          if (alias) scope.vars.set(alias, { t: "ref", path: item.childForFieldName("name")?.text ?? "", node: null });
        } else if (item.type === "dotted_name") {
          const top = item.text.split(".")[0];
          scope.vars.set(top, { t: "ref", path: top, node: null });
        }
      }
      return;
    }
    const moduleNode = statement.childForFieldName("module_name");
    const module = moduleNode?.text ?? "";
    for (const item of statement.namedChildren) {
      if (item.startIndex === moduleNode?.startIndex) continue;
      if (item.type === "aliased_import") {
        const alias = item.childForFieldName("alias")?.text;
        if (alias) scope.vars.set(alias, { t: "ref", path: `${module}.${item.childForFieldName("name")?.text ?? ""}`, node: null });
      } else if (item.type === "dotted_name") {
        scope.vars.set(item.text, { t: "ref", path: `${module}.${item.text}`, node: null });
      }
    }
  }
  eval(node, scope, depth) {
    if (depth > MAX_EXPRESSION_DEPTH) return unknown(`the expression is nested more than ${MAX_EXPRESSION_DEPTH} levels deep`);
    switch (node.type) {
      case "string":
        return this.evalString(node, scope, depth);
      case "concatenated_string": {
        let text2 = "";
        let origin = null;
        for (const part of node.namedChildren) {
          const v = this.evalString(part, scope, depth);
          if (v.t !== "str") return v;
          origin ??= v.origin;
          text2 += v.v;
        }
        return str(text2, origin);
      }
      case "integer":
      case "float": {
        const n = Number(node.text.replace(/_/g, ""));
        return Number.isFinite(n) ? { t: "num", v: n } : unknown(`number \`${node.text}\``);
      }
      case "true":
        return { t: "bool", v: true };
      case "false":
        return { t: "bool", v: false };
      case "none":
        return NONE;
      case "identifier": {
        const bound = scope.lookup(node.text);
        if (bound !== void 0) return bound.t === "ref" && !bound.node ? { ...bound, node } : bound;
        return unknown(`\`${node.text}\` is not defined in this file`);
      }
      case "attribute": {
        const objectNode = node.childForFieldName("object");
        const name = node.childForFieldName("attribute")?.text ?? "";
        const object = objectNode ? this.eval(objectNode, scope, depth + 1) : NONE;
        if (object.t === "ref") return { t: "ref", path: `${object.path}.${name}`, node };
        if (object.t === "unknown") return object;
        return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`);
      }
      case "call":
        return this.evalCall(node, scope, depth);
      case "parenthesized_expression": {
        const inner = node.firstNamedChild;
        return inner ? this.eval(inner, scope, depth + 1) : NONE;
      }
      case "tuple":
      case "list":
      case "set":
      case "expression_list":
        return this.evalSequence(node.namedChildren, scope, depth);
      case "dictionary": {
        const entries = [];
        for (const child of node.namedChildren) {
          if (child.type !== "pair") {
            if (child.type === "comment") continue;
            return unknown(`\`${child.text.slice(0, 80)}\` is only known at run time`);
          }
          const key = child.childForFieldName("key");
          const value = child.childForFieldName("value");
          if (key && value) entries.push([this.eval(key, scope, depth + 1), this.eval(value, scope, depth + 1)]);
        }
        return { t: "dict", entries };
      }
      case "binary_operator": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        const operator = node.childForFieldName("operator")?.type ?? "";
        if (!left || !right) return unknown("incomplete expression");
        const l = this.eval(left, scope, depth + 1);
        const r = this.eval(right, scope, depth + 1);
        if (operator === "+" && l.t === "seq" && r.t === "seq") return { t: "seq", items: [...l.items, ...r.items] };
        if (operator === "+" && l.t === "str" && r.t === "str") return str(l.v + r.v, l.origin);
        if (l.t === "num" && r.t === "num") {
          if (operator === "+") return { t: "num", v: l.v + r.v };
          if (operator === "-") return { t: "num", v: l.v - r.v };
          if (operator === "*") return { t: "num", v: l.v * r.v };
        }
        if ((operator === "&" || operator === "|") && (l.t === "call" || r.t === "call")) {
          return { t: "call", path: operator === "&" ? "__and__" : "__or__", args: [l, r], kwargs: /* @__PURE__ */ new Map(), node, argNodes: [left, right], kwargNodes: /* @__PURE__ */ new Map() };
        }
        return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`);
      }
      case "unary_operator": {
        const argument = node.childForFieldName("argument");
        const operator = node.childForFieldName("operator")?.type;
        const v = argument ? this.eval(argument, scope, depth + 1) : NONE;
        if (v.t === "num") return { t: "num", v: operator === "-" ? -v.v : v.v };
        if (operator === "~" && v.t === "call") return { t: "call", path: "__invert__", args: [v], kwargs: /* @__PURE__ */ new Map(), node, argNodes: [argument], kwargNodes: /* @__PURE__ */ new Map() };
        return unknown(`\`${node.text.slice(0, 80)}\``);
      }
      case "conditional_expression": {
        const [whenTrue, condition, whenFalse] = node.namedChildren;
        if (!whenTrue || !condition || !whenFalse) return unknown("incomplete expression");
        const verdict = truthy(this.eval(condition, scope, depth + 1));
        if (verdict === null) return unknown(`\`${condition.text.slice(0, 80)}\` is only known at run time`);
        return this.eval(verdict ? whenTrue : whenFalse, scope, depth + 1);
      }
      case "lambda":
        return { t: "ref", path: "__lambda__", node };
      default:
        return unknown(`\`${node.text.slice(0, 80)}\` (${node.type.replace(/_/g, " ")}) is only known at run time`);
    }
  }
  evalString(node, scope, depth) {
    if (node.type !== "string") return this.eval(node, scope, depth + 1);
    let prefix = parseStringPrefix('"');
    let origin = null;
    let text2 = "";
    for (let part = node.firstChild; part; part = part.nextSibling) {
      if (part.type === "string_start") {
        prefix = parseStringPrefix(part.text);
        origin = { line: part.endPosition.row + 1, column: part.endPosition.column + 1 };
      } else if (part.type === "string_content") {
        text2 += prefix.raw ? part.text : decodeEscapes(part.text);
      } else if (part.type === "escape_sequence") {
        text2 += decodeEscapes(part.text);
      } else if (part.type === "interpolation") {
        const expression = part.childForFieldName("expression");
        const rendered = expression ? pyStr(this.eval(expression, scope, depth + 1)) : null;
        if (rendered === null) return unknown(`f-string placeholder \`${part.text.slice(0, 80)}\` is only known at run time`);
        text2 += rendered;
      }
    }
    if (prefix.formatted) text2 = text2.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
    return str(text2, origin);
  }
  evalSequence(nodes, scope, depth) {
    const items = [];
    for (const child of nodes) {
      if (child.type === "comment") continue;
      if (items.length > MAX_ITEMS) return unknown(`a sequence of more than ${MAX_ITEMS} items`);
      if (child.type === "list_splat") {
        const inner = child.firstNamedChild ? this.eval(child.firstNamedChild, scope, depth + 1) : NONE;
        if (inner.t !== "seq") return unknown(`\`${child.text.slice(0, 80)}\` is only known at run time`);
        items.push(...inner.items);
      } else items.push(this.eval(child, scope, depth + 1));
    }
    return { t: "seq", items };
  }
  evalCall(node, scope, depth) {
    const callee = node.childForFieldName("function");
    const list = node.childForFieldName("arguments");
    if (!callee) return unknown("incomplete call");
    const fn = this.eval(callee, scope, depth + 1);
    if (fn.t !== "ref") return unknown(`\`${callee.text.slice(0, 80)}(...)\` is only known at run time`);
    const args = [];
    const argNodes = [];
    const kwargs = /* @__PURE__ */ new Map();
    const kwargNodes = /* @__PURE__ */ new Map();
    if (list?.type === "generator_expression") return unknown(`\`${node.text.slice(0, 80)}\` iterates over a generator`);
    for (let child = list?.firstNamedChild ?? null; child; child = child.nextNamedSibling) {
      if (child.type === "comment") continue;
      if (child.type === "keyword_argument") {
        const name = child.childForFieldName("name")?.text ?? "";
        const valueNode = child.childForFieldName("value");
        if (!valueNode) continue;
        kwargs.set(name, this.eval(valueNode, scope, depth + 1));
        kwargNodes.set(name, valueNode);
      } else if (child.type === "list_splat" || child.type === "dictionary_splat") {
        const inner = child.firstNamedChild ? this.eval(child.firstNamedChild, scope, depth + 1) : NONE;
        if (child.type === "list_splat" && inner.t === "seq") {
          for (const item of inner.items) {
            args.push(item);
            argNodes.push(child);
          }
        } else if (child.type === "dictionary_splat" && inner.t === "dict") {
          for (const [k, v] of inner.entries) if (k.t === "str") {
            kwargs.set(k.v, v);
            kwargNodes.set(k.v, child);
          }
        } else return unknown(`\`${child.text.slice(0, 80)}\` is only known at run time`);
      } else {
        args.push(this.eval(child, scope, depth + 1));
        argNodes.push(child);
      }
    }
    return { t: "call", path: fn.path, args, kwargs, node, argNodes, kwargNodes };
  }
};

// src/parse/django/read.ts
var FIELD_CLASSES = /* @__PURE__ */ new Set([
  "AutoField",
  "BigAutoField",
  "SmallAutoField",
  "BinaryField",
  "BooleanField",
  "NullBooleanField",
  "CharField",
  "DateField",
  "DateTimeField",
  "DecimalField",
  "DurationField",
  "EmailField",
  "FileField",
  "FilePathField",
  "FloatField",
  "ImageField",
  "IntegerField",
  "BigIntegerField",
  "IPAddressField",
  "GenericIPAddressField",
  "JSONField",
  "PositiveBigIntegerField",
  "PositiveIntegerField",
  "PositiveSmallIntegerField",
  "SlugField",
  "SmallIntegerField",
  "TextField",
  "TimeField",
  "URLField",
  "UUIDField",
  "ForeignKey",
  "OneToOneField",
  "ManyToManyField",
  "GeneratedField",
  // django.contrib.postgres.fields
  "ArrayField",
  "HStoreField",
  "CICharField",
  "CIEmailField",
  "CITextField",
  "IntegerRangeField",
  "BigIntegerRangeField",
  "DecimalRangeField",
  "DateTimeRangeField",
  "DateRangeField",
  "SearchVectorField"
]);
var THIRD_PARTY_FIELDS = {
  "mptt.fields.TreeForeignKey": "ForeignKey",
  "mptt.fields.TreeOneToOneField": "OneToOneField",
  "mptt.fields.TreeManyToManyField": "ManyToManyField",
  "taggit.managers.TaggableManager": "ManyToManyField",
  "timezone_field.fields.TimeZoneField": "CharField",
  "timezone_field.TimeZoneField": "CharField"
};
function isUserModelSetting(value) {
  return value.t === "ref" && /(^|\.)settings\.AUTH_USER_MODEL$/.test(value.path);
}
function fieldClass(path) {
  if (THIRD_PARTY_FIELDS[path]) return THIRD_PARTY_FIELDS[path];
  const name = lastSegment(path);
  const root = path.split(".")[0];
  if ((root === "django" || !path.includes(".")) && FIELD_CLASSES.has(name)) return name;
  return null;
}
function text(node, max = 160) {
  const t = (node?.text ?? "").replace(/\s+/g, " ");
  return t.length > max ? `${t.slice(0, max)}\u2026` : t;
}
function kw(call, name, position = -1) {
  return call.kwargs.get(name) ?? (position >= 0 ? call.args[position] : void 0);
}
function asString(value) {
  return value?.t === "str" ? value.v : null;
}
function asBool(value, fallback) {
  return value?.t === "bool" ? value.v : value?.t === "num" ? value.v !== 0 : fallback;
}
function asNumber(value) {
  return value?.t === "num" ? value.v : null;
}
function stringList(value) {
  if (!value) return [];
  if (value.t === "str") return [value.v];
  if (value.t !== "seq") return [];
  return value.items.map((i) => i.t === "str" ? i.v : null).filter((s) => s !== null);
}
function togetherSets(value) {
  if (!value || value.t !== "seq") return [];
  if (value.items.every((i) => i.t === "str")) return value.items.length > 0 ? [stringList(value)] : [];
  return value.items.map(stringList).filter((s) => s.length > 0);
}
function jsonText(value) {
  switch (value.t) {
    case "str":
      return JSON.stringify(value.v);
    case "num":
      return String(value.v);
    case "bool":
      return value.v ? "true" : "false";
    case "none":
      return "null";
    case "seq": {
      const items = value.items.map(jsonText);
      return items.some((i) => i === null) ? null : `[${items.join(", ")}]`;
    }
    case "dict": {
      const parts = [];
      for (const [k, v] of value.entries) {
        const key = pyStr(k);
        const val = jsonText(v);
        if (key === null || val === null) return null;
        parts.push(`${JSON.stringify(key)}: ${val}`);
      }
      return `{${parts.join(", ")}}`;
    }
    default:
      return null;
  }
}
function pyLit(value, written) {
  switch (value.t) {
    case "str":
      return { k: "str", v: value.v };
    case "num":
      return { k: "num", v: value.v };
    case "bool":
      return { k: "bool", v: value.v };
    case "none":
      return { k: "none" };
    case "seq":
    case "dict": {
      const json = jsonText(value);
      return json === null ? { k: "unknown", text: written, why: `\`${written}\` is not a literal` } : { k: "json", text: json };
    }
    case "ref":
      return { k: "callable", path: value.path };
    case "call":
      if (lastSegment(value.path) === "F" && value.args[0]?.t === "str") return { k: "f", name: value.args[0].v };
      return { k: "call", path: value.path, args: value.args.map((a, i) => pyLit(a, value.argNodes[i]?.text ?? "")), text: written };
    default:
      return { k: "unknown", text: written, why: value.t === "unknown" ? value.why : `\`${written}\` is only known at run time` };
  }
}
function fieldDecl(value, written) {
  const base = {
    cls: value.t === "call" || value.t === "ref" ? value.path : written,
    known: false,
    text: written.length > 160 ? `${written.slice(0, 160)}\u2026` : written,
    null: false,
    blank: false,
    primaryKey: false,
    unique: false,
    dbIndex: null,
    dbColumn: null,
    collation: null,
    maxLength: null,
    maxDigits: null,
    decimalPlaces: null,
    default: null,
    dbDefault: null,
    autoNow: false,
    to: null,
    toField: null,
    dbConstraint: true,
    manyToMany: false,
    through: null,
    dbTable: null,
    baseField: null,
    size: null,
    problems: []
  };
  if (value.t !== "call") {
    base.problems.push(value.t === "unknown" ? value.why : `\`${base.text}\` is not a field constructor call`);
    return base;
  }
  const cls = fieldClass(value.path);
  if (!cls) {
    base.problems.push(`the field class \`${value.path}\` is defined outside this file (project code is never imported); its column type is not known`);
  } else {
    base.cls = cls;
    base.known = true;
  }
  const nodeText = (name) => value.kwargNodes.get(name)?.text ?? "";
  base.null = asBool(kw(value, "null"), false);
  base.blank = asBool(kw(value, "blank"), false);
  base.primaryKey = asBool(kw(value, "primary_key"), false);
  base.unique = asBool(kw(value, "unique"), false) || cls === "OneToOneField";
  const dbIndex = kw(value, "db_index");
  base.dbIndex = dbIndex?.t === "bool" ? dbIndex.v : null;
  base.dbColumn = asString(kw(value, "db_column"));
  base.collation = asString(kw(value, "db_collation"));
  base.maxLength = asNumber(kw(value, "max_length"));
  base.maxDigits = asNumber(kw(value, "max_digits"));
  base.decimalPlaces = asNumber(kw(value, "decimal_places"));
  base.autoNow = asBool(kw(value, "auto_now"), false) || asBool(kw(value, "auto_now_add"), false);
  const defaultValue = value.kwargs.get("default");
  if (defaultValue) base.default = pyLit(defaultValue, nodeText("default"));
  const dbDefault = value.kwargs.get("db_default");
  if (dbDefault) base.dbDefault = pyLit(dbDefault, nodeText("db_default"));
  if (cls === "ForeignKey" || cls === "OneToOneField" || cls === "ManyToManyField") {
    const to = kw(value, "to", 0);
    if (to && isUserModelSetting(to)) base.to = "__user__";
    else if (to?.t === "str") base.to = to.v;
    else base.problems.push(`the related model \`${to ? value.kwargNodes.get("to")?.text ?? value.argNodes[0]?.text ?? "" : ""}\` is not a literal 'app.Model' string`);
    base.toField = asString(kw(value, "to_field"));
    base.dbConstraint = asBool(kw(value, "db_constraint"), true);
    base.manyToMany = cls === "ManyToManyField";
    const through = kw(value, "through");
    base.through = through?.t === "str" ? through.v : through && isUserModelSetting(through) ? "__user__" : null;
    if (value.path === "taggit.managers.TaggableManager") base.through = base.through ?? "taggit.taggeditem";
    base.dbTable = asString(kw(value, "db_table"));
  }
  if (cls === "ArrayField") {
    const inner = kw(value, "base_field", 0);
    base.baseField = inner ? fieldDecl(inner, value.kwargNodes.get("base_field")?.text ?? value.argNodes[0]?.text ?? "") : null;
    base.size = asNumber(kw(value, "size", 1));
    if (base.baseField) base.problems.push(...base.baseField.problems.map((p) => `the array's base_field: ${p}`));
  }
  return base;
}
function qDecl(value, written) {
  if (!value) return null;
  if (value.t !== "call") return { k: "unknown", text: written };
  if (value.path === "__and__" || value.path === "__or__") {
    const children2 = value.args.map((a, i) => qDecl(a, value.argNodes[i]?.text ?? "") ?? { k: "unknown", text: written });
    return { k: "node", connector: value.path === "__and__" ? "AND" : "OR", negated: false, children: children2 };
  }
  if (value.path === "__invert__") {
    const inner = qDecl(value.args[0], written);
    return inner ? { k: "node", connector: "AND", negated: true, children: [inner] } : null;
  }
  if (lastSegment(value.path) !== "Q") return { k: "unknown", text: written };
  const children = [];
  value.args.forEach((arg, i) => {
    if (arg.t === "seq" && arg.items.length === 2 && arg.items[0].t === "str") {
      children.push({ k: "lookup", path: arg.items[0].v, value: pyLit(arg.items[1], value.argNodes[i]?.text ?? "") });
    } else {
      children.push(qDecl(arg, value.argNodes[i]?.text ?? "") ?? { k: "unknown", text: written });
    }
  });
  for (const [name, v] of value.kwargs) {
    if (name === "_connector" || name === "_negated") continue;
    children.push({ k: "lookup", path: name, value: pyLit(v, value.kwargNodes.get(name)?.text ?? "") });
  }
  const connector = asString(value.kwargs.get("_connector")) === "OR" ? "OR" : "AND";
  return { k: "node", connector, negated: asBool(value.kwargs.get("_negated"), false), children };
}
var INDEX_METHODS = { GinIndex: "gin", GistIndex: "gist", BrinIndex: "brin", HashIndex: "hash", SpGistIndex: "spgist", BloomIndex: "bloom", BTreeIndex: "btree" };
function indexDecl(value) {
  if (value.t !== "call") return null;
  const cls = lastSegment(value.path);
  if (cls !== "Index" && !INDEX_METHODS[cls]) return null;
  return {
    name: asString(kw(value, "name")),
    fields: stringList(kw(value, "fields")),
    expressions: value.args.map((_, i) => value.argNodes[i]?.text ?? ""),
    condition: qDecl(value.kwargs.get("condition"), value.kwargNodes.get("condition")?.text ?? ""),
    include: stringList(kw(value, "include")),
    opclasses: stringList(kw(value, "opclasses")),
    method: INDEX_METHODS[cls] ?? null
  };
}
function constraintDecl(value, written) {
  const out = { kind: "unknown", name: null, fields: [], expressions: [], condition: null, check: null, include: [], deferrable: null, nullsDistinct: null, text: written };
  if (value.t !== "call") return out;
  const cls = lastSegment(value.path);
  out.name = asString(kw(value, "name"));
  if (cls === "CheckConstraint") {
    out.kind = "check";
    const check = value.kwargs.get("condition") ?? value.kwargs.get("check");
    out.check = qDecl(check, value.kwargNodes.get("condition")?.text ?? value.kwargNodes.get("check")?.text ?? "");
  } else if (cls === "UniqueConstraint") {
    out.kind = "unique";
    out.fields = stringList(kw(value, "fields"));
    out.expressions = value.args.map((_, i) => value.argNodes[i]?.text ?? "");
    out.condition = qDecl(value.kwargs.get("condition"), value.kwargNodes.get("condition")?.text ?? "");
    out.include = stringList(kw(value, "include"));
    const deferrable = value.kwargs.get("deferrable");
    out.deferrable = deferrable?.t === "ref" ? lastSegment(deferrable.path).toUpperCase() : null;
    const nulls = value.kwargs.get("nulls_distinct");
    out.nullsDistinct = nulls?.t === "bool" ? nulls.v : null;
  } else if (cls === "ExclusionConstraint") {
    out.kind = "exclusion";
  }
  return out;
}
function modelOptions(value, written) {
  const options = { dbTable: null, uniqueTogether: [], indexTogether: [], indexes: [], constraints: [], managed: true, proxy: false, swappable: null, orderWithRespectTo: null };
  if (value?.t !== "dict") return options;
  for (const [k, v] of value.entries) {
    const key = pyStr(k);
    switch (key) {
      case "db_table":
        options.dbTable = asString(v);
        break;
      case "unique_together":
        options.uniqueTogether = togetherSets(v);
        break;
      case "index_together":
        options.indexTogether = togetherSets(v);
        break;
      case "indexes":
        if (v.t === "seq") for (const item of v.items) {
          const index = indexDecl(item);
          if (index) options.indexes.push(index);
        }
        break;
      case "constraints":
        if (v.t === "seq") for (const item of v.items) options.constraints.push(constraintDecl(item, written("constraints")));
        break;
      case "managed":
        options.managed = asBool(v, true);
        break;
      case "proxy":
        options.proxy = asBool(v, false);
        break;
      case "swappable":
        options.swappable = asString(v);
        break;
      case "order_with_respect_to":
        options.orderWithRespectTo = asString(v);
        break;
      default:
        break;
    }
  }
  return options;
}
var WRITE_METHODS = {
  update: "update",
  bulk_update: "update",
  save: "update",
  update_or_create: "update",
  delete: "delete",
  create: "insert",
  bulk_create: "insert",
  get_or_create: "insert"
};
function dataEffect(def, reason, defaultApp, file) {
  if (!def) return { writes: [], sql: [], opaque: reason ?? "the function is not defined in this file" };
  const body = def.text.length > 2e5 ? def.text.slice(0, 2e5) : def.text;
  const models = /* @__PURE__ */ new Map();
  const getModel = /(?<!\w)(\w+)\s*=\s*apps\.get_model\(\s*["']([\w.]+)["']\s*(?:,\s*["'](\w+)["']\s*)?\)/g;
  for (let m = getModel.exec(body); m; m = getModel.exec(body)) {
    models.set(m[1], m[3] ? `${m[2]}.${m[3]}` : m[2].includes(".") ? m[2] : `${defaultApp}.${m[2]}`);
  }
  const writes = [];
  const push = (write, at) => {
    const times = at ? literalLoopTimes(at, def) : 1;
    for (let i = 0; i < times; i++) writes.push(at ? { ...write, loc: locOf(file, at) } : write);
  };
  for (const [variable, model] of models) {
    const chain = new RegExp(`\\b${variable}\\.objects((?:\\.\\w+\\([^()]*(?:\\([^()]*\\)[^()]*)*\\))*?)\\.(update|bulk_update|delete|create|bulk_create|get_or_create|update_or_create)\\(`, "g");
    let updates = false;
    for (let m = chain.exec(body); m; m = chain.exec(body)) {
      const action = WRITE_METHODS[m[2]];
      const hasWhere = /\.(filter|exclude|get)\(/.test(m[1] ?? "") || action === "insert";
      if (action === "update") updates = true;
      push({ model, action, hasWhere }, writeCall(def, m.index, m[2]));
    }
    const objects = new RegExp(`\\b${variable}\\.objects\\b`).exec(body);
    if (objects && /\.save\(/.test(body) && !updates) push({ model, action: "update", hasWhere: /\.(filter|exclude)\(/.test(body) }, chainTop(def, objects.index));
  }
  const sql = [];
  const execute = /schema_editor\.execute\(\s*(?:r?["']{1,3})([^"']+)["']/g;
  for (let m = execute.exec(body); m; m = execute.exec(body)) sql.push(m[1]);
  return { writes, sql, opaque: null };
}
function nodeAt(def, offset) {
  return def.descendantForIndex(def.startIndex + offset);
}
function writeCall(def, offset, method) {
  for (let cur = nodeAt(def, offset); cur && cur.id !== def.id; cur = cur.parent) {
    if (cur.type === "call" && cur.childForFieldName("function")?.childForFieldName("attribute")?.text === method) return cur;
  }
  return null;
}
function chainTop(def, offset) {
  let cur = nodeAt(def, offset);
  while (cur?.parent && cur.parent.id !== def.id && (cur.parent.type === "attribute" || cur.parent.type === "call") && cur.parent.startIndex === cur.startIndex) cur = cur.parent;
  return cur;
}
function literalLoopTimes(node, def) {
  let times = 1;
  for (let cur = node.parent; cur && cur.id !== def.id; cur = cur.parent) {
    if (cur.type !== "for_statement") continue;
    const right = cur.childForFieldName("right");
    const inBody = cur.childForFieldName("body");
    if (!inBody || node.startIndex < inBody.startIndex) continue;
    if (right && (right.type === "list" || right.type === "tuple" || right.type === "set")) times *= Math.max(1, right.namedChildren.filter((c) => c && c.type !== "comment").length);
  }
  return Math.min(times, 100);
}
function locOf(file, node) {
  return { file, line: node.startPosition.row + 1, endLine: node.endPosition.row + 1, column: node.startPosition.column + 1, endColumn: node.endPosition.column + 1 };
}

// src/parse/django/index.ts
var djangoFrontEnd = async (task) => {
  const file = task.file.path;
  const { app, name } = djangoNames(file);
  const firstLine = { file, line: 1, endLine: 1, column: 1 };
  let parsed;
  try {
    parsed = parseModule(await loadPythonParser(), task.file.text);
  } catch (error) {
    discardPythonParser();
    const described = emptyFile(app, name, firstLine);
    described.problems.push({ kind: "unparsed", reason: "parse", message: `the Python file could not be parsed: ${error.message}`, loc: firstLine });
    return [migrationOf(task, described)];
  }
  try {
    return [migrationOf(task, await readMigration(task, parsed, app, name))];
  } finally {
    parsed.dispose();
  }
};
function emptyFile(app, name, loc) {
  return { app, name, dependencies: [], runBefore: [], replaces: [], atomic: true, initial: false, operations: [], classLoc: loc, dependenciesLoc: loc, problems: [] };
}
function migrationOf(task, described) {
  return {
    id: `${described.app}.${described.name}`,
    file: task.file.path,
    framework: "django",
    dialect: task.dialect,
    isNew: task.isNew,
    // Django runs each migration in one transaction (schema_editor(atomic=migration.atomic)).
    transactional: described.atomic,
    up: [],
    down: [],
    downLoc: described.classLoc,
    downIrreversible: null,
    order: task.order,
    expectsDown: true,
    django: described,
    ...described.fixSites ? { fixSites: described.fixSites } : {}
  };
}
async function readMigration(task, parsed, app, name) {
  const file = task.file.path;
  const evaluator = new DjangoEvaluator(file);
  const classNode = evaluator.defineModule(parsed.statements);
  const described = emptyFile(app, name, { file, line: 1, endLine: 1, column: 1 });
  for (const p of parsed.problems) {
    described.problems.push({ kind: "unparsed", reason: "parse", message: p.message, loc: { file, line: p.line, endLine: p.line, column: p.column } });
  }
  if (!classNode) {
    described.problems.push({ kind: "unparsed", reason: "parse", message: "no `class Migration(migrations.Migration):` in this file", loc: described.classLoc });
    return described;
  }
  const { endColumn: _classEnd, ...classStart } = locOf(file, classNode);
  described.classLoc = { ...classStart, endLine: classNode.startPosition.row + 1 };
  const attributes = evaluator.classAttributes(classNode);
  const at = (attr) => {
    const node = attributes.get(attr)?.node;
    return node ? locOf(file, node) : described.classLoc;
  };
  described.dependenciesLoc = at("dependencies");
  const atomic = attributes.get("atomic")?.value;
  described.atomic = atomic?.t === "bool" ? atomic.v : true;
  const initial = attributes.get("initial")?.value;
  described.initial = initial?.t === "bool" && initial.v;
  for (const [key, target] of [["dependencies", described.dependencies], ["run_before", described.runBefore], ["replaces", described.replaces]]) {
    const value = attributes.get(key)?.value;
    if (!value) continue;
    if (value.t !== "seq") {
      described.problems.push(dynamic(at(key), `\`${key}\` is not a static list, so this migration's place in the graph is not known`));
      continue;
    }
    for (const item of value.items) {
      const dependency = dependencyOf(item, app);
      if (dependency) target.push(dependency);
      else described.problems.push(dynamic(at(key), `an entry of \`${key}\` is not a static ('app', 'name') pair`));
    }
  }
  const operations = attributes.get("operations");
  described.fixSites = fixSitesOf(parsed.statements, classNode, evaluator, operations?.node ?? null, file);
  if (!operations) return described;
  if (operations.value.t !== "seq") {
    described.problems.push(dynamic(locOf(file, operations.node), `\`operations\` is not a static list: ${operations.value.t === "unknown" ? operations.value.why : "only known at run time"}`));
    return described;
  }
  const context = { task, evaluator, app, fallback: locOf(file, operations.node) };
  for (const item of operations.value.items) described.operations.push(await readOperation(item, context));
  return described;
}
function fixSitesOf(statements, classNode, evaluator, operations, file) {
  let importAfterLine = 0;
  const importTexts = [];
  for (const statement of statements) {
    if (statement.startIndex >= classNode.startIndex) break;
    if (/^(import_statement|import_from_statement|future_import_statement)$/.test(statement.type)) {
      importAfterLine = statement.endPosition.row + 1;
      importTexts.push(statement.text);
    }
  }
  const imported = /* @__PURE__ */ new Set();
  for (const statement of statements) {
    if (statement.type !== "import_statement" && statement.type !== "import_from_statement") continue;
    const moduleName = statement.childForFieldName("module_name");
    for (const item of statement.namedChildren) {
      if (!item || item.startIndex === moduleName?.startIndex) continue;
      if (item.type === "aliased_import") imported.add(item.childForFieldName("alias")?.text ?? "");
      else if (item.type === "dotted_name") imported.add(statement.type === "import_statement" ? item.text.split(".")[0] : item.text);
    }
  }
  const names = {};
  for (const [name, value] of evaluator.moduleScope.vars) names[name] = imported.has(name) && value.t === "ref" ? value.path : "";
  const body = classNode.childForFieldName("body");
  const children = (body?.namedChildren ?? []).filter((n) => !!n);
  const members = children.filter((n) => n.type !== "comment");
  const isDocstring = (n) => n.type === "expression_statement" && n.firstNamedChild?.type === "string";
  const at = children.findIndex((n) => n.type !== "comment" && !isDocstring(n));
  let lead = at;
  const ownLine = (i) => children[i].startPosition.row > (i > 0 ? children[i - 1].endPosition.row : classNode.startPosition.row);
  while (lead > 0 && children[lead - 1].type === "comment" && ownLine(lead - 1)) lead--;
  const first = at >= 0 ? children[lead] : null;
  const classBody = body && first && body.startPosition.row > classNode.startPosition.row ? { line: first.startPosition.row + 1, indent: " ".repeat(first.startPosition.column) } : null;
  let atomicValue = null;
  for (const member of members) {
    const assignment = member.type === "expression_statement" ? member.firstNamedChild : null;
    if (assignment?.type === "assignment" && assignment.childForFieldName("left")?.text === "atomic") {
      const right = assignment.childForFieldName("right");
      if (right) atomicValue = locOf(file, right);
    }
  }
  const list = operations?.firstNamedChild?.type === "assignment" ? operations.firstNamedChild.childForFieldName("right") : null;
  const firstOp = list?.type === "list" ? list.namedChildren.find((n) => !!n && n.type !== "comment") ?? null : null;
  const firstOperation = firstOp ? { line: firstOp.startPosition.row + 1, column: firstOp.startPosition.column + 1, ownLine: firstOp.startPosition.row > list.startPosition.row } : null;
  const alterFieldTexts = {};
  for (const item of list?.type === "list" ? list.namedChildren : []) {
    if (item?.type === "call" && /(^|\.)AlterField$/.test(item.childForFieldName("function")?.text ?? "")) alterFieldTexts[`${item.startPosition.row + 1}:${item.startPosition.column + 1}`] = item.text;
  }
  return { importAfterLine, names, classBody, atomicValue, firstOperation, importTexts, alterFieldTexts };
}
function dynamic(loc, message) {
  return { kind: "unparsed", reason: "dynamic", message, loc };
}
function dependencyOf(item, app) {
  if (item.t === "seq" && item.items.length === 2 && item.items[0].t === "str" && item.items[1].t === "str") {
    return { app: item.items[0].v, name: item.items[1].v };
  }
  if (item.t === "call" && lastSegment(item.path) === "swappable_dependency") {
    const setting = item.args[0];
    if (setting && isUserModelSetting(setting)) return { app: "__user__", name: "__first__" };
    if (setting?.t === "str" && setting.v.includes(".")) return { app: setting.v.split(".")[0], name: "__first__" };
  }
  void app;
  return null;
}
var str2 = (value) => value?.t === "str" ? value.v : null;
async function readOperation(item, context) {
  const op = await readOperationCall(item, context);
  if (item.t === "call") {
    const arg = (name, position) => item.kwargs.get(name) ?? item.args[position];
    op.description = op.kind === "rawDdl" && op.object.startsWith("extension ") ? `Creates extension ${op.object.slice("extension ".length)}` : describeOperation(item.path, arg, op.written);
  }
  return op;
}
async function readOperationCall(item, context) {
  const file = context.task.file.path;
  if (item.t !== "call") {
    return { kind: "unknown", why: item.t === "unknown" ? item.why : "an entry of `operations` is not an operation call", loc: context.fallback, written: "operation" };
  }
  const loc = locOf(file, item.node);
  const written = item.node.childForFieldName("function")?.text ?? item.path;
  const op = lastSegment(item.path);
  const known = item.path.startsWith("django.") || !item.path.includes(".") || /^(migrations|operations)\./.test(item.path);
  const common = { loc, written };
  const arg = (name, position) => item.kwargs.get(name) ?? item.args[position];
  const nodeOf = (name, position) => item.kwargNodes.get(name) ?? item.argNodes[position];
  const model = (name = "model_name") => (str2(arg(name, 0)) ?? "").toLowerCase();
  if (!known) return { kind: "unknown", why: `\`${written}\` is an operation class from \`${item.path.slice(0, item.path.lastIndexOf("."))}\`, outside Django; what it does is not known statically`, ...common };
  switch (op) {
    case "CreateModel": {
      const fieldsValue = arg("fields", 1);
      const fields = [];
      if (fieldsValue?.t === "seq") {
        for (const pair of fieldsValue.items) {
          if (pair.t === "seq" && pair.items.length === 2 && pair.items[0].t === "str") {
            const field = pair.items[1];
            fields.push([pair.items[0].v, fieldDecl(field, field.t === "call" ? field.node.text : "")]);
          }
        }
      }
      const optionsNode = nodeOf("options", 2);
      const options = modelOptions(arg("options", 2), () => text(optionsNode));
      const bases = arg("bases", 3);
      return { kind: "createModel", name: (str2(arg("name", 0)) ?? "").toLowerCase(), className: str2(arg("name", 0)) ?? "", fields, options, bases: bases?.t === "seq" ? bases.items.map((b) => b.t === "ref" ? b.path : b.t === "str" ? b.v : "?") : [], ...common };
    }
    case "DeleteModel":
      return { kind: "deleteModel", name: model("name"), ...common };
    case "RenameModel":
      return { kind: "renameModel", oldName: (str2(arg("old_name", 0)) ?? "").toLowerCase(), newName: (str2(arg("new_name", 1)) ?? "").toLowerCase(), newClassName: str2(arg("new_name", 1)) ?? "", ...common };
    case "AlterModelTable":
      return { kind: "alterModelTable", name: model("name"), table: str2(arg("table", 1)), ...common };
    case "AlterModelOptions": {
      const options = arg("options", 1);
      let managed = null;
      if (options?.t === "dict") {
        for (const [k, v] of options.entries) if (str2(k) === "managed" && v.t === "bool") managed = v.v;
      }
      return { kind: "alterModelOptions", name: model("name"), managed, ...common };
    }
    case "AlterModelManagers":
    case "AlterModelTableComment":
      return { kind: "alterModelOptions", name: model("name"), managed: null, ...common };
    case "AddField":
    case "AlterField": {
      const field = arg("field", 2);
      const preserve = arg("preserve_default", 3);
      return {
        kind: op === "AddField" ? "addField" : "alterField",
        model: model(),
        name: str2(arg("name", 1)) ?? "",
        field: fieldDecl(field ?? { t: "none" }, text(nodeOf("field", 2))),
        preserveDefault: preserve?.t === "bool" ? preserve.v : true,
        ...common
      };
    }
    case "RemoveField":
      return { kind: "removeField", model: model(), name: str2(arg("name", 1)) ?? "", ...common };
    case "RenameField":
      return { kind: "renameField", model: model(), oldName: str2(arg("old_name", 1)) ?? "", newName: str2(arg("new_name", 2)) ?? "", ...common };
    case "AddIndex":
    case "AddIndexConcurrently": {
      const index = indexDecl(arg("index", 1) ?? { t: "none" });
      if (!index) return { kind: "unknown", why: `the index \`${text(nodeOf("index", 1))}\` is not a models.Index(...) call`, ...common };
      return { kind: "addIndex", model: model(), index, concurrently: op === "AddIndexConcurrently", ...common };
    }
    case "RemoveIndex":
    case "RemoveIndexConcurrently":
      return { kind: "removeIndex", model: model(), name: str2(arg("name", 1)) ?? "", concurrently: op === "RemoveIndexConcurrently", ...common };
    case "RenameIndex": {
      const oldFields = arg("old_fields", 3);
      return { kind: "renameIndex", model: model(), newName: str2(arg("new_name", 1)) ?? "", oldName: str2(arg("old_name", 2)), oldFields: oldFields ? stringList(oldFields) : null, ...common };
    }
    case "AddConstraint":
    case "AddConstraintNotValid":
      return { kind: "addConstraint", model: model(), constraint: constraintDecl(arg("constraint", 1) ?? { t: "none" }, text(nodeOf("constraint", 1))), notValid: op === "AddConstraintNotValid", ...common };
    case "RemoveConstraint":
      return { kind: "removeConstraint", model: model(), name: str2(arg("name", 1)) ?? "", ...common };
    case "ValidateConstraint":
      return { kind: "validateConstraint", model: model(), name: str2(arg("name", 1)) ?? "", ...common };
    case "AlterUniqueTogether":
    case "AlterIndexTogether": {
      const key = op === "AlterUniqueTogether" ? "unique_together" : "index_together";
      return { kind: "alterTogether", which: op === "AlterUniqueTogether" ? "unique" : "index", name: model("name"), sets: togetherSets(arg(key, 1)), ...common };
    }
    case "AlterOrderWithRespectTo":
      return { kind: "alterOrderWithRespectTo", name: model("name"), field: str2(arg("order_with_respect_to", 1)), ...common };
    case "RunSQL": {
      const up = await lowerRunSql(arg("sql", 0), nodeOf("sql", 0), context);
      const reverse = arg("reverse_sql", 1);
      const down = reverse === void 0 || reverse.t === "none" ? null : await lowerRunSql(reverse, nodeOf("reverse_sql", 1), context);
      const stateValue = item.kwargs.get("state_operations");
      const stateOperations = [];
      if (stateValue?.t === "seq") for (const s of stateValue.items) stateOperations.push(await readOperation(s, context));
      return { kind: "runSql", up: up.ops, down: down ? down.ops : null, stateOperations, ...common };
    }
    case "RunPython": {
      const code = arg("code", 0);
      const reverse = arg("reverse_code", 1);
      const atomic = item.kwargs.get("atomic");
      return {
        kind: "runPython",
        forward: effectOf(code, context),
        reverse: reverse === void 0 || reverse.t === "none" ? null : isNoop(reverse) ? "noop" : effectOf(reverse, context),
        atomic: atomic?.t === "bool" ? atomic.v : null,
        ...common
      };
    }
    case "SeparateDatabaseAndState": {
      const database = [];
      const state = [];
      for (const [key, target, position] of [["database_operations", database, 0], ["state_operations", state, 1]]) {
        const list = arg(key, position);
        if (list?.t === "seq") for (const s of list.items) target.push(await readOperation(s, context));
      }
      return { kind: "separate", database, state, ...common };
    }
    default:
      return extensionOperation(op, item, common) ?? { kind: "unknown", why: `\`${written}\` is not an operation migration-guard models yet`, ...common };
  }
}
var EXTENSIONS = {
  BloomExtension: "bloom",
  BtreeGinExtension: "btree_gin",
  BtreeGistExtension: "btree_gist",
  CITextExtension: "citext",
  CryptoExtension: "pgcrypto",
  HStoreExtension: "hstore",
  TrigramExtension: "pg_trgm",
  UnaccentExtension: "unaccent"
};
function extensionOperation(op, item, common) {
  const name = op === "CreateExtension" ? str2(item.kwargs.get("name") ?? item.args[0]) : EXTENSIONS[op] ?? null;
  if (name) return { kind: "rawDdl", up: `CREATE EXTENSION IF NOT EXISTS "${name}"`, down: `DROP EXTENSION IF EXISTS "${name}"`, object: `extension ${name}`, ...common };
  if (op === "CreateCollation") {
    const collation = str2(item.kwargs.get("name") ?? item.args[0]) ?? "?";
    return { kind: "rawDdl", up: `CREATE COLLATION "${collation}" (locale=${JSON.stringify(str2(item.kwargs.get("locale") ?? item.args[1]) ?? "")})`, down: `DROP COLLATION "${collation}"`, object: `collation ${collation}`, ...common };
  }
  return null;
}
function isNoop(value) {
  return value.t === "ref" && /(^|\.)RunPython\.noop$|(^|\.)RunSQL\.noop$/.test(value.path);
}
function effectOf(value, context) {
  if (!value) return { writes: [], sql: [], opaque: "RunPython has no code" };
  if (value.t === "ref" && value.path.startsWith("__file__.")) {
    const def = context.evaluator.functions.get(value.path.slice("__file__.".length)) ?? null;
    return dataEffect(def, null, context.app, context.task.file.path);
  }
  if (value.t === "ref" && value.path === "__lambda__") return { writes: [], sql: [], opaque: null };
  if (isNoop(value)) return { writes: [], sql: [], opaque: null };
  const described = value.t === "ref" ? `\`${value.path}\` is defined outside this file` : value.t === "unknown" ? value.why : "the code is not a function of this file";
  return { writes: [], sql: [], opaque: described };
}
async function lowerRunSql(value, node, context) {
  const file = context.task.file.path;
  const at = node ? locOf(file, node) : context.fallback;
  if (!value || isNoop(value) || value.t === "str" && value.v.trim() === "") return { ops: [], empty: true };
  const pieces = value.t === "seq" ? value.items.map((i) => i.t === "seq" && i.items[0]?.t === "str" ? i.items[0] : i) : [value];
  const ops = [];
  for (const piece of pieces) {
    if (piece.t !== "str") {
      ops.push(dynamic(at, `the SQL of this RunSQL is not a static string: ${piece.t === "unknown" ? piece.why : "only known at run time"}`));
      continue;
    }
    const origin = { line: piece.origin?.line ?? at.line, column: piece.origin?.column ?? at.column };
    ops.push(...await lowerPendingSql({ kind: "pendingSql", text: piece.v, origin, binds: ["pyformat"], conditional: false }, context.task.dialect, file));
  }
  return { ops, empty: false };
}
export {
  djangoFrontEnd,
  isDjangoMigrationFile,
  lowerDjangoProject
};
