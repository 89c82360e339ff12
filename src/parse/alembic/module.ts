import type { Parser } from 'web-tree-sitter';
import type { SyntaxProblem } from './interpreter.js';
import type { Node, Tree } from './tree-sitter.js';

/** The most syntax errors reported per file; past that the file is noise, not a list of mistakes. */
const MAX_SYNTAX_PROBLEMS = 20;
/** Re-parses spent on recovery scale down with size, so a huge broken file costs a bounded multiple of one parse. */
const RECOVERY_BUDGET_CHARS = 8 * 1024 * 1024;

/** A parsed revision file: its top-level statements and, for functions recovered statement by statement, their bodies. */
export interface ParsedModule {
  statements: Node[];
  /** Function definition → body statements, when they had to be recovered from separate parses. */
  bodies: Map<Node, Node[]>;
  problems: SyntaxProblem[];
  dispose(): void;
}

/**
 * Parses a Python file. tree-sitter's own error recovery often lets one missing `)` swallow the
 * rest of the file (downgrade() included), so when the tree has errors the file is split into
 * logical lines with a small bracket- and string-aware scanner and the broken statement is parsed
 * on its own: everything before and after it is still lowered. Each fragment is parsed with its
 * original line numbers (padded with newlines), so every node keeps its real position.
 */
export function parseModule(parser: Parser, text: string): ParsedModule {
  const trees: Tree[] = [];
  const parse = (source: string): Node => {
    const tree = parser.parse(source);
    if (!tree) throw new Error('the Python parser returned no tree');
    trees.push(tree);
    return tree.rootNode;
  };
  const dispose = () => {
    for (const tree of trees) tree.delete();
    trees.length = 0;
  };
  const root = parse(text);
  if (!root.hasError) return { statements: root.namedChildren, bodies: new Map(), problems: [], dispose };

  const lines = logicalLines(text);
  const maxRounds = Math.max(2, Math.floor(RECOVERY_BUDGET_CHARS / Math.max(1, text.length)));
  const problems: SyntaxProblem[] = [];
  const topUnits = groupUnits(lines.filter((l) => l.indent === 0), text.length);
  const statements = recover(topUnits, (from, to) => pad(text, topUnits[from]!.start, topUnits[to - 1]!.end, topUnits[from]!.row), (r) => r.namedChildren, parse, problems, maxRounds, root);

  const bodies = new Map<Node, Node[]>();
  for (const statement of statements) {
    const def = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (def?.type !== 'function_definition' || !def.hasError) continue;
    const recovered = recoverFunctionBody(text, lines, def, parse, problems, maxRounds);
    if (recovered) bodies.set(def, recovered);
  }
  const unique = new Map<string, SyntaxProblem>();
  for (const p of problems) unique.set(`${p.line}:${p.column}:${p.message}`, p);
  const sorted = [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column).slice(0, MAX_SYNTAX_PROBLEMS);
  return { statements, bodies, problems: sorted, dispose };
}

interface LogicalLine {
  /** Offset of the line's first character (column 0). */
  start: number;
  row: number;
  indent: number;
  /** The first characters after the indentation, to recognise `else:`/`@decorator`. */
  head: string;
}

interface Unit {
  start: number;
  end: number;
  row: number;
}

/**
 * Where each logical line starts: not inside brackets, strings or a backslash continuation. An
 * unclosed bracket is assumed closed when a line starts at or left of the line that opened it
 * (anything but a closing bracket): that is how a human reads `op.add_column(...` missing its `)`.
 */
function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const n = text.length;
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
        out.push({ start: i, row, indent: currentIndent, head: text.slice(j, j + 16) });
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

const CONTINUATION = /^(else\b|elif\b|except\b|finally\b)/;

/** Logical lines → statements: clause keywords (`else:`) and decorated definitions stay with their statement. */
function groupUnits(lines: LogicalLine[], textEnd: number): Unit[] {
  const units: Unit[] = [];
  let decorating = false;
  for (const line of lines) {
    const last = units[units.length - 1];
    if (last && (CONTINUATION.test(line.head) || decorating)) {
      decorating = line.head.startsWith('@');
      continue;
    }
    decorating = line.head.startsWith('@');
    if (last) last.end = line.start;
    units.push({ start: line.start, end: textEnd, row: line.row });
  }
  return units;
}

/** The text between start and end, preceded by newlines so it parses at its real line. */
function pad(text: string, start: number, end: number, row: number): string {
  return '\n'.repeat(row) + text.slice(start, end);
}

function countNewlines(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) count++;
  return count;
}

/**
 * Parses units[0..] and keeps what parsed cleanly; each broken unit is parsed alone (its problems
 * recorded, its statements kept as far as they go), then parsing resumes after it.
 */
function recover(
  units: Unit[],
  source: (from: number, to: number) => string,
  statementsOf: (root: Node) => Node[],
  parse: (source: string) => Node,
  problems: SyntaxProblem[],
  maxRounds: number,
  firstRoot: Node | null,
): Node[] {
  const accepted: Node[] = [];
  let i = 0;
  let rounds = 0;
  while (i < units.length) {
    const root = i === 0 && firstRoot ? firstRoot : parse(source(i, units.length));
    const statements = statementsOf(root);
    if (!root.hasError) {
      accepted.push(...statements);
      break;
    }
    const firstProblem = collectSyntaxProblems(root, 1)[0];
    if (!firstProblem || ++rounds > maxRounds) {
      // Out of budget: keep tree-sitter's own recovery for the rest.
      accepted.push(...statements);
      problems.push(...collectSyntaxProblems(root, MAX_SYNTAX_PROBLEMS));
      break;
    }
    let k = i;
    while (k + 1 < units.length && units[k + 1]!.row <= firstProblem.line - 1) k++;
    const boundaryRow = units[k]!.row;
    for (const statement of statements) {
      if (statement.endPosition.row < boundaryRow && !statement.hasError) accepted.push(statement);
    }
    const alone = parse(source(k, k + 1));
    accepted.push(...statementsOf(alone));
    problems.push(...collectSyntaxProblems(alone, MAX_SYNTAX_PROBLEMS));
    i = k + 1;
  }
  return accepted;
}

/** Recovers a broken function body statement by statement, each parsed under the function's own header. */
function recoverFunctionBody(
  text: string,
  lines: LogicalLine[],
  def: Node,
  parse: (source: string) => Node,
  problems: SyntaxProblem[],
  maxRounds: number,
): Node[] | null {
  const defRow = def.startPosition.row;
  const headerIndex = lines.findIndex((l) => l.row === defRow);
  if (headerIndex < 0) return null;
  const bodyLines: LogicalLine[] = [];
  for (let i = headerIndex + 1; i < lines.length && lines[i]!.indent > lines[headerIndex]!.indent; i++) bodyLines.push(lines[i]!);
  if (bodyLines.length === 0) return null;
  const bodyIndent = bodyLines[0]!.indent;
  const end = lines[headerIndex + 1 + bodyLines.length]?.start ?? text.length;
  const units = groupUnits(bodyLines.filter((l) => l.indent <= bodyIndent), end);
  // The header (the `def ...:` line, with its decorators' rows left out) parsed at its real row.
  const header = '\n'.repeat(defRow) + text.slice(lines[headerIndex]!.start, bodyLines[0]!.start);
  const headerRows = countNewlines(header);
  const source = (from: number, to: number) => header + '\n'.repeat(Math.max(0, units[from]!.row - headerRows)) + text.slice(units[from]!.start, units[to - 1]!.end);
  // Problems inside the function are re-collected from the fragments.
  const outside = problems.filter((p) => p.line - 1 < def.startPosition.row || p.line - 1 > def.endPosition.row);
  problems.length = 0;
  problems.push(...outside);
  const bodyOf = (root: Node): Node[] => {
    const fn = root.namedChildren.find((n) => n.type === 'function_definition');
    return fn?.childForFieldName('body')?.namedChildren ?? [];
  };
  return recover(units, source, bodyOf, parse, problems, maxRounds, null);
}

/**
 * tree-sitter marks syntax errors with ERROR and MISSING nodes. Walks only into subtrees that
 * contain an error, iteratively (no recursion), so a 5,000-deep tree cannot overflow the stack.
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
    for (let i = node.childCount - 1; i >= 0; i--) {
      const child = node.child(i);
      if (child && (child.hasError || child.isMissing)) stack.push(child);
    }
  }
  return out;
}

function problem(node: Node, message: string): SyntaxProblem {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1, message, emitted: false };
}
