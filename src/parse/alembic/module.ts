import type { Parser } from 'web-tree-sitter';
import type { SyntaxProblem } from './interpreter.js';
import type { Node, Tree } from './tree-sitter.js';

/** The most syntax errors reported per file; past that the file is noise, not a list of mistakes. */
const MAX_SYNTAX_PROBLEMS = 20;
/**
 * Files up to this size are parsed whole. Larger ones are parsed in fragments of about
 * FRAGMENT_CHARS: tree-sitter's error recovery over megabytes of code after one unclosed bracket
 * costs seconds and hundreds of MB, and a fragment keeps both bounded.
 */
const WHOLE_FILE_CHARS = 1024 * 1024;
const FRAGMENT_CHARS = 256 * 1024;
/** Re-parses spent on recovering one region from syntax errors. */
const MAX_RECOVERY_ROUNDS = 25;
/**
 * CPython refuses more than 100 indentation levels ("too many levels of indentation"); the
 * tree-sitter Python scanner corrupts its memory somewhere below 1,000. Deeper lines are blanked
 * out before parsing and reported.
 */
const MAX_INDENT_LEVELS = 100;

/** A parsed revision file: its top-level statements and, for functions parsed in pieces, their bodies. */
export interface ParsedModule {
  statements: Node[];
  /** Function definition → body statements, when they were recovered from separate parses. */
  bodies: Map<Node, Node[]>;
  problems: SyntaxProblem[];
  dispose(): void;
}

interface LogicalLine {
  /** Offset of the line's first character (column 0). */
  start: number;
  row: number;
  indent: number;
  /** The first characters after the indentation, to recognise `else:` and `@decorator`. */
  head: string;
}

interface Unit {
  start: number;
  end: number;
  row: number;
  endPosition: Point;
}

/**
 * Parses a Python file. When the tree has errors (often one missing `)` that swallows the rest of
 * the file, downgrade() included), the file is split into logical lines with a small bracket- and
 * string-aware scanner and the broken statement is parsed on its own: everything before and after
 * it is still lowered. Every fragment is parsed at its original line (padded with newlines), so
 * nodes keep their real positions.
 */
export function parseModule(parser: Parser, text: string): ParsedModule {
  const trees: Tree[] = [];
  const problems: SyntaxProblem[] = [];
  const lines = logicalLines(text);
  const textEnd = endPoint(text);
  const excluded = tooDeepSpans(text, lines, textEnd, problems);
  /** Parses only the given spans of the file (tree-sitter's included ranges keep every position real). */
  const parse = (spans: Span[]): Node | null => {
    const ranges = subtract(spans, excluded);
    if (ranges.length === 0) return null;
    const tree = parser.parse(text, null, { includedRanges: ranges });
    if (!tree) throw new Error('the Python parser returned no tree');
    trees.push(tree);
    return tree.rootNode;
  };
  const dispose = () => {
    for (const tree of trees) tree.delete();
    trees.length = 0;
  };
  const whole: Span = { startIndex: 0, endIndex: text.length, startPosition: { row: 0, column: 0 }, endPosition: textEnd };

  let firstRoot: Node | null = null;
  if (text.length <= WHOLE_FILE_CHARS) {
    firstRoot = parse([whole]);
    if (!firstRoot) return { statements: [], bodies: new Map(), problems, dispose };
    if (!firstRoot.hasError) return { statements: firstRoot.namedChildren, bodies: new Map(), problems, dispose };
  }

  const shallow = lines.filter((l) => !l.tooDeep);
  const topUnits = groupUnits(shallow.filter((l) => l.indent === 0), textEnd, text.length);
  const topSpans = (units: Unit[]) => (from: number, to: number) => [unitSpan(units, from, to)];
  const statements: Node[] = [];
  const bodies = new Map<Node, Node[]>();
  if (firstRoot) {
    append(statements, recover(topUnits, topSpans(topUnits), (r) => r.namedChildren, parse, problems, firstRoot));
  } else {
    let batch: Unit[] = [];
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
    const def = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (def?.type !== 'function_definition' || !def.hasError || bodies.has(def)) continue;
    const recovered = recoverFunctionBody(text, shallow, def, textEnd, parse, problems);
    if (recovered) bodies.set(def, recovered);
  }
  const unique = new Map<string, SyntaxProblem>();
  for (const p of problems) unique.set(`${p.line}:${p.column}:${p.message}`, p);
  const sorted = [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column).slice(0, MAX_SYNTAX_PROBLEMS);
  return { statements, bodies, problems: sorted, dispose };
}

interface Point {
  row: number;
  column: number;
}

/** A region of the file as tree-sitter's `Range`. */
interface Span {
  startIndex: number;
  endIndex: number;
  startPosition: Point;
  endPosition: Point;
}

function endPoint(text: string): Point {
  let row = 0;
  let lastNewline = -1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    row++;
    lastNewline = i;
  }
  return { row, column: text.length - lastNewline - 1 };
}

/** The spans minus the excluded ones (both sorted; exclusions start and end at line starts). */
function subtract(spans: Span[], excluded: Span[]): Span[] {
  if (excluded.length === 0) return spans;
  const out: Span[] = [];
  for (const span of spans) {
    let current: Span | null = span;
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

function unitSpan(units: Unit[], from: number, to: number): Span {
  const first = units[from]!;
  const last = units[to - 1]!;
  return { startIndex: first.start, endIndex: last.end, startPosition: { row: first.row, column: 0 }, endPosition: last.endPosition };
}

/** `target.push(...items)` without the argument-count limit (a 5 MB file has ~100k statements). */
function append<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}

/**
 * Where each logical line starts: not inside brackets, strings or a backslash continuation. An
 * unclosed bracket is assumed closed when a line starts at or left of the line that opened it
 * (anything but a closing bracket): that is how a human reads `op.add_column(...` missing its `)`.
 */
function logicalLines(text: string): Array<LogicalLine & { tooDeep: boolean }> {
  const out: Array<LogicalLine & { tooDeep: boolean }> = [];
  const n = text.length;
  const indentStack: number[] = [0];
  let i = 0;
  let row = 0;
  let depth = 0;
  let openerIndent = 0;
  let currentIndent = 0;
  let quote: string | null = null;
  let atLineStart = true;
  while (i < n) {
    if (atLineStart && quote === null) {
      atLineStart = false;
      let j = i;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\f')) j++;
      const c = text[j];
      const blank = j >= n || c === '\n' || c === '\r' || c === '#';
      if (!blank && depth > 0 && j - i <= openerIndent && !')]}'.includes(c!)) depth = 0;
      if (!blank && depth === 0) {
        currentIndent = j - i;
        while (indentStack.length > 1 && currentIndent < indentStack[indentStack.length - 1]!) indentStack.pop();
        if (currentIndent > indentStack[indentStack.length - 1]!) indentStack.push(currentIndent);
        out.push({ start: i, row, indent: currentIndent, head: text.slice(j, j + 16), tooDeep: indentStack.length - 1 > MAX_INDENT_LEVELS });
      }
      i = j;
      continue;
    }
    const c = text[i]!;
    if (quote !== null) {
      if (c === '\\') {
        if (text[i + 1] === '\n') row++;
        i += 2;
        continue;
      }
      if (c === '\n') {
        row++;
        i++;
        if (quote.length === 1) {
          // An unterminated one-line string ends at the newline (a syntax error tree-sitter reports).
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
      case '#':
        while (i < n && text[i] !== '\n') i++;
        continue;
      case '"':
      case "'":
        quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
        i += quote.length;
        continue;
      case '(':
      case '[':
      case '{':
        if (depth === 0) openerIndent = currentIndent;
        depth++;
        break;
      case ')':
      case ']':
      case '}':
        depth = Math.max(0, depth - 1);
        break;
      case '\\':
        if (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n')) {
          i += text[i + 1] === '\n' ? 2 : 3;
          row++;
          continue;
        }
        break;
      case '\n':
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

/** Lines nested deeper than CPython allows: reported once, then left out of every parse. */
function tooDeepSpans(text: string, lines: Array<LogicalLine & { tooDeep: boolean }>, textEnd: Point, problems: SyntaxProblem[]): Span[] {
  const first = lines.findIndex((l) => l.tooDeep);
  if (first < 0) return [];
  const firstLine = lines[first]!;
  problems.push({ line: firstLine.row + 1, column: firstLine.indent + 1, message: `Python syntax error: too many levels of indentation (more than ${MAX_INDENT_LEVELS}); this block is not analysed`, emitted: false });
  const spans: Span[] = [];
  for (let k = first; k < lines.length; k++) {
    if (!lines[k]!.tooDeep) continue;
    const next = lines[k + 1];
    const endIndex = next?.start ?? text.length;
    const endPosition = next ? { row: next.row, column: 0 } : textEnd;
    const last = spans[spans.length - 1];
    if (last && last.endIndex === lines[k]!.start) {
      last.endIndex = endIndex;
      last.endPosition = endPosition;
    } else spans.push({ startIndex: lines[k]!.start, endIndex, startPosition: { row: lines[k]!.row, column: 0 }, endPosition });
  }
  return spans;
}

const CONTINUATION = /^(else\b|elif\b|except\b|finally\b)/;

/** Logical lines → statements: clause keywords (`else:`) and decorated definitions stay with their statement. */
function groupUnits(lines: LogicalLine[], endPosition: Point, endIndex: number): Unit[] {
  const units: Unit[] = [];
  let decorating = false;
  for (const line of lines) {
    const last = units[units.length - 1];
    if (last && (CONTINUATION.test(line.head) || decorating)) {
      decorating = line.head.startsWith('@');
      continue;
    }
    decorating = line.head.startsWith('@');
    if (last) {
      last.end = line.start;
      last.endPosition = { row: line.row, column: 0 };
    }
    units.push({ start: line.start, end: endIndex, row: line.row, endPosition });
  }
  return units;
}

/**
 * Parses units[0..] and keeps what parsed cleanly; each broken unit is parsed alone (its problems
 * recorded, its statements kept as far as they go), then parsing resumes after it.
 */
function recover(
  units: Unit[],
  spans: (from: number, to: number) => Span[],
  statementsOf: (root: Node) => Node[],
  parse: (spans: Span[]) => Node | null,
  problems: SyntaxProblem[],
  firstRoot: Node | null,
): Node[] {
  const accepted: Node[] = [];
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
      // Out of budget: keep tree-sitter's own recovery for the rest.
      append(accepted, statements);
      append(problems, collectSyntaxProblems(root, MAX_SYNTAX_PROBLEMS));
      break;
    }
    // The first statement tree-sitter could not build is where the trouble starts; a MISSING token
    // can sit at the start of the next line, so the problem's own position is only the fallback.
    const firstBroken = statements.find((st) => st.hasError || st.isError);
    const troubleRow = firstBroken ? Math.min(firstBroken.startPosition.row, firstProblem.line - 1) : firstProblem.line - 1;
    let k = i;
    while (k + 1 < units.length && units[k + 1]!.row <= troubleRow) k++;
    const boundaryRow = units[k]!.row;
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

interface FunctionPieces {
  /** The `def ...:` line(s), up to the first body line. */
  header: Span;
  units: Unit[];
}

/** A function's body split into statement units, with the header to parse each piece under. */
function functionPieces(text: string, lines: LogicalLine[], defRow: number, textEnd: Point): FunctionPieces | null {
  const headerIndex = lines.findIndex((l) => l.row === defRow);
  if (headerIndex < 0) return null;
  const headerLine = lines[headerIndex]!;
  const bodyLines: LogicalLine[] = [];
  for (let i = headerIndex + 1; i < lines.length && lines[i]!.indent > headerLine.indent; i++) bodyLines.push(lines[i]!);
  if (bodyLines.length === 0) return null;
  const bodyIndent = bodyLines[0]!.indent;
  const after = lines[headerIndex + 1 + bodyLines.length];
  const units = groupUnits(
    bodyLines.filter((l) => l.indent <= bodyIndent),
    after ? { row: after.row, column: 0 } : textEnd,
    after?.start ?? text.length,
  );
  // A decorated def is re-parsed from its `def` line, without the decorators.
  const header: Span = {
    startIndex: headerLine.start,
    endIndex: bodyLines[0]!.start,
    startPosition: { row: headerLine.row, column: 0 },
    endPosition: { row: bodyLines[0]!.row, column: 0 },
  };
  return { header, units };
}

function pieceSpans(pieces: FunctionPieces): (from: number, to: number) => Span[] {
  return (from, to) => [pieces.header, unitSpan(pieces.units, from, to)];
}

function bodyOf(root: Node): Node[] {
  for (const child of root.namedChildren) {
    const def = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (def?.type === 'function_definition') return def.childForFieldName('body')?.namedChildren ?? [];
  }
  return [];
}

/** Recovers a broken function body statement by statement, each parsed under the function's own header. */
function recoverFunctionBody(text: string, lines: LogicalLine[], def: Node, textEnd: Point, parse: (spans: Span[]) => Node | null, problems: SyntaxProblem[]): Node[] | null {
  const pieces = functionPieces(text, lines, def.startPosition.row, textEnd);
  if (!pieces) return null;
  // Problems inside the function are collected again from its pieces.
  const outside = problems.filter((p) => p.line - 1 < def.startPosition.row || p.line - 1 > def.endPosition.row || p.message.includes('indentation'));
  problems.length = 0;
  append(problems, outside);
  return recover(pieces.units, pieceSpans(pieces), bodyOf, parse, problems, null);
}

/** A function too large to parse at once: its body is parsed in slices under its header. */
function parseLargeFunction(
  text: string,
  lines: LogicalLine[],
  unit: Unit,
  textEnd: Point,
  parse: (spans: Span[]) => Node | null,
  problems: SyntaxProblem[],
): { statement: Node; def: Node; body: Node[] } | null {
  const defLine = lines.find((l) => l.start >= unit.start && l.start < unit.end && /^(async\s+)?def\b/.test(l.head));
  if (!defLine) return null;
  const pieces = functionPieces(text, lines, defLine.row, textEnd);
  if (!pieces) return null;
  // The definition node comes from the header with its smallest first statement.
  const headerRoot = parse(pieceSpans(pieces)(0, 1));
  const statement = headerRoot?.namedChildren.find((n) => n.type === 'function_definition' || n.type === 'decorated_definition');
  const def = statement?.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
  if (!statement || !def) return null;
  const body: Node[] = [];
  let from = 0;
  while (from < pieces.units.length) {
    let to = from + 1;
    while (to < pieces.units.length && pieces.units[to]!.end - pieces.units[from]!.start <= FRAGMENT_CHARS) to++;
    const slice = pieces.units.slice(from, to);
    const first = from;
    append(body, recover(slice, (a, b) => pieceSpans(pieces)(first + a, first + b), bodyOf, parse, problems, null));
    from = to;
  }
  return { statement, def, body };
}

/**
 * tree-sitter marks syntax errors with ERROR and MISSING nodes. Walks only into subtrees that
 * contain an error, iteratively (no recursion), so a deep tree cannot overflow the stack.
 */
export function collectSyntaxProblems(root: Node, limit: number): SyntaxProblem[] {
  if (!root.hasError) return [];
  const out: SyntaxProblem[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop()!;
    if (node.isMissing) {
      out.push(problem(node, `Python syntax error: missing \`${node.type}\``));
      continue;
    }
    if (node.isError) {
      const snippet = node.text.split(/\r\n|\n|\r/)[0]!.trim().slice(0, 60);
      out.push(problem(node, snippet ? `Python syntax error near \`${snippet}\`` : 'Python syntax error'));
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

/**
 * An error no visible node carries: a hidden MISSING token (a newline, an indent). The usual
 * cause is two statements on one line, so point at the second; otherwise at the node itself.
 */
function hiddenProblem(node: Node): SyntaxProblem {
  if (node.type === 'module' || node.type === 'block') {
    for (let i = 1; i < node.childCount; i++) {
      const previous = node.child(i - 1)!;
      const current = node.child(i)!;
      if (current.isNamed && previous.isNamed && current.startPosition.row === previous.endPosition.row) {
        return problem(current, 'Python syntax error: a new statement starts on the same line (missing line break or operator)');
      }
    }
  }
  const snippet = node.text.split(/\r\n|\n|\r/)[0]!.trim().slice(0, 60);
  return problem(node, snippet ? `Python syntax error in \`${snippet}\`` : 'Python syntax error');
}

function problem(node: Node, message: string): SyntaxProblem {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1, message, emitted: false };
}
