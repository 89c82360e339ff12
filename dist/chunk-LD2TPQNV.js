#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  lazyGrammar
} from "./chunk-RXMKKHWX.js";

// src/parse/alembic/values.ts
var Scope = class {
  constructor(parent) {
    this.parent = parent;
  }
  parent;
  vars = /* @__PURE__ */ new Map();
  lookup(name) {
    for (let scope = this; scope; scope = scope.parent) {
      const v = scope.vars.get(name);
      if (v !== void 0) return v;
    }
    return void 0;
  }
};
var NONE = { t: "none" };
function unknown(why, touchesDb = false) {
  return { t: "unknown", why, touchesDb };
}
function str(v, origin = null) {
  return { t: "str", v, origin };
}
function pyStr(value) {
  switch (value.t) {
    case "str":
      return value.v;
    case "num":
      return String(value.v);
    case "bool":
      return value.v ? "True" : "False";
    case "none":
      return "None";
    default:
      return null;
  }
}
function truthy(value) {
  switch (value.t) {
    case "str":
      return value.v.length > 0;
    case "num":
      return value.v !== 0;
    case "bool":
      return value.v;
    case "none":
      return false;
    case "seq":
      return value.items.length > 0;
    case "dict":
      return value.entries.length > 0;
    case "unknown":
      return null;
    default:
      return true;
  }
}
function isTouchingDb(value) {
  return value.t === "bind" || value.t === "batch" || value.t === "context" || value.t === "unknown" && value.touchesDb || value.t === "ref" && value.path.startsWith("alembic.op");
}
function lastSegment(path) {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? path : path.slice(dot + 1);
}
function pyEquals(a, b) {
  if (a.t === "unknown" || b.t === "unknown") return null;
  if ((a.t === "num" || a.t === "bool") && (b.t === "num" || b.t === "bool")) return Number(a.v) === Number(b.v);
  if (a.t === "str" && b.t === "str") return a.v === b.v;
  if (a.t === "none" || b.t === "none") return a.t === b.t;
  if (a.t === "seq" && b.t === "seq") {
    if (a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) {
      const eq = pyEquals(a.items[i], b.items[i]);
      if (eq !== true) return eq;
    }
    return true;
  }
  if (a.t !== b.t) return a.t === "str" || b.t === "str" || a.t === "num" || b.t === "num" ? false : null;
  return null;
}

// src/parse/alembic/module.ts
var MAX_SYNTAX_PROBLEMS = 20;
var WHOLE_FILE_CHARS = 1024 * 1024;
var FRAGMENT_CHARS = 256 * 1024;
var MAX_RECOVERY_ROUNDS = 25;
var MAX_INDENT_LEVELS = 100;
function parseModule(parser, text) {
  const trees = [];
  const problems = [];
  const lines = logicalLines(text);
  const textEnd = endPoint(text);
  const excluded = tooDeepSpans(text, lines, textEnd, problems);
  const parse = (spans) => {
    const ranges = subtract(spans, excluded);
    if (ranges.length === 0) return null;
    const tree = parser.parse(text, null, { includedRanges: ranges });
    if (!tree) throw new Error("the Python parser returned no tree");
    trees.push(tree);
    return tree.rootNode;
  };
  const dispose = () => {
    for (const tree of trees) tree.delete();
    trees.length = 0;
  };
  const whole = { startIndex: 0, endIndex: text.length, startPosition: { row: 0, column: 0 }, endPosition: textEnd };
  let firstRoot = null;
  if (text.length <= WHOLE_FILE_CHARS) {
    firstRoot = parse([whole]);
    if (!firstRoot) return { statements: [], bodies: /* @__PURE__ */ new Map(), problems, dispose };
    if (!firstRoot.hasError) return { statements: firstRoot.namedChildren, bodies: /* @__PURE__ */ new Map(), problems, dispose };
  }
  const shallow = lines.filter((l) => !l.tooDeep);
  const topUnits = groupUnits(shallow.filter((l) => l.indent === 0), textEnd, text.length);
  const topSpans = (units) => (from, to) => [unitSpan(units, from, to)];
  const statements = [];
  const bodies = /* @__PURE__ */ new Map();
  if (firstRoot) {
    append(statements, recover(topUnits, topSpans(topUnits), (r) => r.namedChildren, parse, problems, firstRoot));
  } else {
    let batch = [];
    let batchChars = 0;
    const flush = () => {
      if (batch.length > 0) append(statements, recover(batch, topSpans(batch), (r) => r.namedChildren, parse, problems, null));
      batch = [];
      batchChars = 0;
    };
    for (const unit of topUnits) {
      const size = unit.end - unit.start;
      if (size > FRAGMENT_CHARS && /^(def|async|@)/.test(text.slice(unit.start, unit.start + 6))) {
        flush();
        const large = parseLargeFunction(text, shallow, unit, textEnd, parse, problems);
        if (large) {
          statements.push(large.statement);
          bodies.set(large.def, large.body);
        } else append(statements, recover([unit], topSpans([unit]), (r) => r.namedChildren, parse, problems, null));
        continue;
      }
      if (batchChars + size > FRAGMENT_CHARS) flush();
      batch.push(unit);
      batchChars += size;
    }
    flush();
  }
  for (const statement of statements) {
    const def = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    if (def?.type !== "function_definition" || !def.hasError || bodies.has(def)) continue;
    const recovered = recoverFunctionBody(text, shallow, def, textEnd, parse, problems);
    if (recovered) bodies.set(def, recovered);
  }
  const unique = /* @__PURE__ */ new Map();
  for (const p of problems) unique.set(`${p.line}:${p.column}:${p.message}`, p);
  const sorted = [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column).slice(0, MAX_SYNTAX_PROBLEMS);
  return { statements, bodies, problems: sorted, dispose };
}
function endPoint(text) {
  let row = 0;
  let lastNewline = -1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    row++;
    lastNewline = i;
  }
  return { row, column: text.length - lastNewline - 1 };
}
function subtract(spans, excluded) {
  if (excluded.length === 0) return spans;
  const out = [];
  for (const span of spans) {
    let current = span;
    for (const cut of excluded) {
      if (!current) break;
      if (cut.endIndex <= current.startIndex || cut.startIndex >= current.endIndex) continue;
      if (cut.startIndex > current.startIndex) out.push({ ...current, endIndex: cut.startIndex, endPosition: cut.startPosition });
      current = cut.endIndex < current.endIndex ? { ...current, startIndex: cut.endIndex, startPosition: cut.endPosition } : null;
    }
    if (current) out.push(current);
  }
  return out;
}
function unitSpan(units, from, to) {
  const first = units[from];
  const last = units[to - 1];
  return { startIndex: first.start, endIndex: last.end, startPosition: { row: first.row, column: 0 }, endPosition: last.endPosition };
}
function append(target, items) {
  for (const item of items) target.push(item);
}
function logicalLines(text) {
  const out = [];
  const n = text.length;
  const indentStack = [0];
  let i = 0;
  let row = 0;
  let depth = 0;
  let openerIndent = 0;
  let currentIndent = 0;
  let quote = null;
  let atLineStart = true;
  while (i < n) {
    if (atLineStart && quote === null) {
      atLineStart = false;
      let j = i;
      while (j < n && (text[j] === " " || text[j] === "	" || text[j] === "\f")) j++;
      const c2 = text[j];
      const blank = j >= n || c2 === "\n" || c2 === "\r" || c2 === "#";
      if (!blank && depth > 0 && j - i <= openerIndent && !")]}".includes(c2)) depth = 0;
      if (!blank && depth === 0) {
        currentIndent = j - i;
        while (indentStack.length > 1 && currentIndent < indentStack[indentStack.length - 1]) indentStack.pop();
        if (currentIndent > indentStack[indentStack.length - 1]) indentStack.push(currentIndent);
        out.push({ start: i, row, indent: currentIndent, head: text.slice(j, j + 16), tooDeep: indentStack.length - 1 > MAX_INDENT_LEVELS });
      }
      i = j;
      continue;
    }
    const c = text[i];
    if (quote !== null) {
      if (c === "\\") {
        if (text[i + 1] === "\n") row++;
        i += 2;
        continue;
      }
      if (c === "\n") {
        row++;
        i++;
        if (quote.length === 1) {
          quote = null;
          if (depth === 0) atLineStart = true;
        }
        continue;
      }
      if (text.startsWith(quote, i)) {
        i += quote.length;
        quote = null;
        continue;
      }
      i++;
      continue;
    }
    switch (c) {
      case "#":
        while (i < n && text[i] !== "\n") i++;
        continue;
      case '"':
      case "'":
        quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
        i += quote.length;
        continue;
      case "(":
      case "[":
      case "{":
        if (depth === 0) openerIndent = currentIndent;
        depth++;
        break;
      case ")":
      case "]":
      case "}":
        depth = Math.max(0, depth - 1);
        break;
      case "\\":
        if (text[i + 1] === "\n" || text[i + 1] === "\r" && text[i + 2] === "\n") {
          i += text[i + 1] === "\n" ? 2 : 3;
          row++;
          continue;
        }
        break;
      case "\n":
        row++;
        i++;
        atLineStart = true;
        continue;
      default:
        break;
    }
    i++;
  }
  return out;
}
function tooDeepSpans(text, lines, textEnd, problems) {
  const first = lines.findIndex((l) => l.tooDeep);
  if (first < 0) return [];
  const firstLine = lines[first];
  problems.push({ line: firstLine.row + 1, column: firstLine.indent + 1, message: `Python syntax error: too many levels of indentation (more than ${MAX_INDENT_LEVELS}); this block is not analysed`, emitted: false });
  const spans = [];
  for (let k = first; k < lines.length; k++) {
    if (!lines[k].tooDeep) continue;
    const next = lines[k + 1];
    const endIndex = next?.start ?? text.length;
    const endPosition = next ? { row: next.row, column: 0 } : textEnd;
    const last = spans[spans.length - 1];
    if (last && last.endIndex === lines[k].start) {
      last.endIndex = endIndex;
      last.endPosition = endPosition;
    } else spans.push({ startIndex: lines[k].start, endIndex, startPosition: { row: lines[k].row, column: 0 }, endPosition });
  }
  return spans;
}
var CONTINUATION = /^(else\b|elif\b|except\b|finally\b)/;
function groupUnits(lines, endPosition, endIndex) {
  const units = [];
  let decorating = false;
  for (const line of lines) {
    const last = units[units.length - 1];
    if (last && (CONTINUATION.test(line.head) || decorating)) {
      decorating = line.head.startsWith("@");
      continue;
    }
    decorating = line.head.startsWith("@");
    if (last) {
      last.end = line.start;
      last.endPosition = { row: line.row, column: 0 };
    }
    units.push({ start: line.start, end: endIndex, row: line.row, endPosition });
  }
  return units;
}
function recover(units, spans, statementsOf, parse, problems, firstRoot) {
  const accepted = [];
  let i = 0;
  let rounds = 0;
  while (i < units.length) {
    const root = i === 0 && firstRoot ? firstRoot : parse(spans(i, units.length));
    if (!root) break;
    const statements = statementsOf(root);
    if (!root.hasError) {
      append(accepted, statements);
      break;
    }
    const firstProblem = collectSyntaxProblems(root, 1)[0];
    if (!firstProblem || ++rounds > MAX_RECOVERY_ROUNDS) {
      append(accepted, statements);
      append(problems, collectSyntaxProblems(root, MAX_SYNTAX_PROBLEMS));
      break;
    }
    const firstBroken = statements.find((st) => st.hasError || st.isError);
    const troubleRow = firstBroken ? Math.min(firstBroken.startPosition.row, firstProblem.line - 1) : firstProblem.line - 1;
    let k = i;
    while (k + 1 < units.length && units[k + 1].row <= troubleRow) k++;
    const boundaryRow = units[k].row;
    for (const statement of statements) {
      if (statement.endPosition.row < boundaryRow && !statement.hasError) accepted.push(statement);
    }
    const alone = parse(spans(k, k + 1));
    if (alone) {
      append(accepted, statementsOf(alone));
      append(problems, collectSyntaxProblems(alone, MAX_SYNTAX_PROBLEMS));
    }
    i = k + 1;
  }
  return accepted;
}
function functionPieces(text, lines, defRow, textEnd) {
  const headerIndex = lines.findIndex((l) => l.row === defRow);
  if (headerIndex < 0) return null;
  const headerLine = lines[headerIndex];
  const bodyLines = [];
  for (let i = headerIndex + 1; i < lines.length && lines[i].indent > headerLine.indent; i++) bodyLines.push(lines[i]);
  if (bodyLines.length === 0) return null;
  const bodyIndent = bodyLines[0].indent;
  const after = lines[headerIndex + 1 + bodyLines.length];
  const units = groupUnits(
    bodyLines.filter((l) => l.indent <= bodyIndent),
    after ? { row: after.row, column: 0 } : textEnd,
    after?.start ?? text.length
  );
  const header = {
    startIndex: headerLine.start,
    endIndex: bodyLines[0].start,
    startPosition: { row: headerLine.row, column: 0 },
    endPosition: { row: bodyLines[0].row, column: 0 }
  };
  return { header, units };
}
function pieceSpans(pieces) {
  return (from, to) => [pieces.header, unitSpan(pieces.units, from, to)];
}
function bodyOf(root) {
  for (const child of root.namedChildren) {
    const def = child.type === "decorated_definition" ? child.childForFieldName("definition") : child;
    if (def?.type === "function_definition") return def.childForFieldName("body")?.namedChildren ?? [];
  }
  return [];
}
function recoverFunctionBody(text, lines, def, textEnd, parse, problems) {
  const pieces = functionPieces(text, lines, def.startPosition.row, textEnd);
  if (!pieces) return null;
  const outside = problems.filter((p) => p.line - 1 < def.startPosition.row || p.line - 1 > def.endPosition.row || p.message.includes("indentation"));
  problems.length = 0;
  append(problems, outside);
  return recover(pieces.units, pieceSpans(pieces), bodyOf, parse, problems, null);
}
function parseLargeFunction(text, lines, unit, textEnd, parse, problems) {
  const defLine = lines.find((l) => l.start >= unit.start && l.start < unit.end && /^(async\s+)?def\b/.test(l.head));
  if (!defLine) return null;
  const pieces = functionPieces(text, lines, defLine.row, textEnd);
  if (!pieces) return null;
  const headerRoot = parse(pieceSpans(pieces)(0, 1));
  const statement = headerRoot?.namedChildren.find((n) => n.type === "function_definition" || n.type === "decorated_definition");
  const def = statement?.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
  if (!statement || !def) return null;
  const body = [];
  let from = 0;
  while (from < pieces.units.length) {
    let to = from + 1;
    while (to < pieces.units.length && pieces.units[to].end - pieces.units[from].start <= FRAGMENT_CHARS) to++;
    const slice = pieces.units.slice(from, to);
    const first = from;
    append(body, recover(slice, (a, b) => pieceSpans(pieces)(first + a, first + b), bodyOf, parse, problems, null));
    from = to;
  }
  return { statement, def, body };
}
function collectSyntaxProblems(root, limit) {
  if (!root.hasError) return [];
  const out = [];
  const stack = [root];
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop();
    if (node.isMissing) {
      out.push(problem(node, `Python syntax error: missing \`${node.type}\``));
      continue;
    }
    if (node.isError) {
      const snippet = node.text.split(/\r\n|\n|\r/)[0].trim().slice(0, 60);
      out.push(problem(node, snippet ? `Python syntax error near \`${snippet}\`` : "Python syntax error"));
      continue;
    }
    let pushed = false;
    for (let i = node.childCount - 1; i >= 0; i--) {
      const child = node.child(i);
      if (child && (child.hasError || child.isMissing)) {
        stack.push(child);
        pushed = true;
      }
    }
    if (!pushed) out.push(hiddenProblem(node));
  }
  return out;
}
function hiddenProblem(node) {
  if (node.type === "module" || node.type === "block") {
    for (let i = 1; i < node.childCount; i++) {
      const previous = node.child(i - 1);
      const current = node.child(i);
      if (current.isNamed && previous.isNamed && current.startPosition.row === previous.endPosition.row) {
        return problem(current, "Python syntax error: a new statement starts on the same line (missing line break or operator)");
      }
    }
  }
  const snippet = node.text.split(/\r\n|\n|\r/)[0].trim().slice(0, 60);
  return problem(node, snippet ? `Python syntax error in \`${snippet}\`` : "Python syntax error");
}
function problem(node, message) {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1, message, emitted: false };
}

// src/parse/alembic/tree-sitter.ts
var python = lazyGrammar("tree-sitter-python.wasm", "tree-sitter-python/tree-sitter-python.wasm");
var loadPythonParser = python.load;
var discardPythonParser = python.discard;

// src/parse/alembic/strings.ts
function parseStringPrefix(startToken) {
  const prefix = startToken.replace(/["']+$/, "").toLowerCase();
  return { raw: prefix.includes("r"), formatted: prefix.includes("f") || prefix.includes("t"), bytes: prefix.includes("b") };
}
var SIMPLE_ESCAPES = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
function decodeEscapes(body) {
  if (!body.includes("\\")) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== "\\" || i + 1 >= body.length) {
      out += ch;
      continue;
    }
    const next = body[i + 1];
    if (next === "\n") {
      i += 1;
      continue;
    }
    if (next === "\r") {
      i += body[i + 2] === "\n" ? 2 : 1;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== void 0) {
      out += simple;
      i += 1;
      continue;
    }
    const hexLength = next === "x" ? 2 : next === "u" ? 4 : next === "U" ? 8 : 0;
    if (hexLength > 0) {
      const hex = body.slice(i + 2, i + 2 + hexLength);
      if (hex.length === hexLength && /^[0-9a-fA-F]+$/.test(hex)) {
        out += String.fromCodePoint(parseInt(hex, 16));
        i += 1 + hexLength;
        continue;
      }
    }
    const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      out += String.fromCharCode(parseInt(octal[0], 8));
      i += octal[0].length;
      continue;
    }
    out += ch;
  }
  return out;
}
function sqlQuote(value) {
  return `'${value.replace(/'/g, "''")}'`;
}

export {
  parseStringPrefix,
  decodeEscapes,
  sqlQuote,
  Scope,
  NONE,
  unknown,
  str,
  pyStr,
  truthy,
  isTouchingDb,
  lastSegment,
  pyEquals,
  parseModule,
  loadPythonParser,
  discardPythonParser
};
