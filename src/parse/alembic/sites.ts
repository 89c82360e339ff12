import type { Node } from './tree-sitter.js';

/** Source positions of an Alembic revision file that exact fixes edit at (1-based lines and columns). */
export interface AlembicSites {
  /** Each `op.*` / `batch_op.*` call, by where it starts (the `loc` of its ops). */
  calls: AlembicCallSite[];
  /** Where a statement goes to run first in upgrade() (before its first statement, after a docstring), with that statement's indentation; null: no such place. */
  upgradeStart: { line: number; indent: string } | null;
  /** The same for downgrade(). */
  downgradeStart: { line: number; indent: string } | null;
  /** The file's line break (a CRLF file gets CRLF in inserted lines). */
  newline: '\n' | '\r\n';
}

export interface AlembicCallSite {
  line: number;
  column: number;
  /** The operation (`create_index`) and what it is called on: the alembic `op` module (`receiver` its text, `op`) or a batch. */
  name: string;
  receiver: { kind: 'op' | 'batch'; text: string };
  /** Each argument's source text (a keyword argument's: its value's), keyword (null: positional) and where that text starts. */
  args: { keyword: string | null; text: string; line: number; column: number }[];
  /** Where the last argument ends (exclusive): a new keyword argument goes there. null: no arguments. */
  argsEnd: { line: number; column: number } | null;
  /** A `*args` / `**kwargs` splat: the call's keywords are not all known. */
  splat: boolean;
  /**
   * The call is a statement of its own (alone on its lines, in an indented block): its indentation,
   * its last line and the lines that are not blank. null: part of a larger statement or line.
   */
  statement: { indent: string; endLine: number; lines: number[] } | null;
  /** A string literal in the call spans lines: indenting its lines would change the string. */
  multilineString: boolean;
  /** The statement is directly in the body of upgrade() or downgrade() (not in a loop, branch, block or helper). */
  topLevel: boolean;
}

/**
 * Records where things are in a revision file for exact fixes (src/parse/alembic/fixes.ts): each
 * operation call with its arguments and whether it is a statement of its own, and where a
 * statement goes first in upgrade()/downgrade(). Plain data, so it survives the lowering cache.
 * Columns are UTF-16 code units, as web-tree-sitter counts them for a JavaScript string.
 */
export class SiteRecorder {
  private readonly calls = new Map<string, AlembicCallSite>();
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** The text of a 0-based row, without its line break. */
  private lineText(row: number): string {
    const start = this.lineStarts[row] ?? this.text.length;
    const next = this.lineStarts[row + 1];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/, '');
  }

  /** An operation call `node` (`op.create_index(...)`), called on `receiver` (`op`, `batch_op`; '' for a bare imported name). */
  call(node: Node, name: string, kind: 'op' | 'batch', receiver: string): void {
    const key = `${node.startPosition.row}:${node.startPosition.column}`;
    if (this.calls.has(key)) return;
    const args: AlembicCallSite['args'] = [];
    let splat = false;
    let last: Node | null = null;
    for (const child of node.childForFieldName('arguments')?.namedChildren ?? []) {
      if (child.type === 'comment') continue;
      last = child;
      if (child.type === 'list_splat' || child.type === 'dictionary_splat') splat = true;
      else {
        const value = child.type === 'keyword_argument' ? child.childForFieldName('value') : child;
        if (!value) continue;
        const keyword = child.type === 'keyword_argument' ? (child.childForFieldName('name')?.text ?? '') : null;
        args.push({ keyword, text: value.text, line: value.startPosition.row + 1, column: value.startPosition.column + 1 });
      }
    }
    this.calls.set(key, {
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      name,
      receiver: { kind, text: receiver },
      args,
      argsEnd: last ? { line: last.endPosition.row + 1, column: last.endPosition.column + 1 } : null,
      splat,
      statement: this.statement(node),
      multilineString: node.descendantsOfType('string').some((s) => s.startPosition.row !== s.endPosition.row),
      topLevel: isTopLevel(node),
    });
  }

  /** The call as a statement of its own: nothing else on its first and last lines but indentation and a comment. */
  private statement(node: Node): AlembicCallSite['statement'] {
    const parent = node.parent;
    if (parent?.type !== 'expression_statement' || parent.parent?.type !== 'block') return null;
    if (parent.startIndex !== node.startIndex || parent.endIndex !== node.endIndex) return null;
    const first = this.lineText(node.startPosition.row);
    const indent = first.slice(0, node.startPosition.column);
    if (!/^[ \t]*$/.test(indent)) return null;
    const rest = this.lineText(node.endPosition.row).slice(node.endPosition.column);
    if (!/^[ \t]*(#.*)?$/.test(rest)) return null;
    const lines: number[] = [];
    for (let row = node.startPosition.row; row <= node.endPosition.row; row++) if (this.lineText(row).trim() !== '') lines.push(row + 1);
    return { indent, endLine: node.endPosition.row + 1, lines };
  }

  /** Where a statement goes first in a function body: before its first statement, after a docstring. */
  start(def: Node | null, body: Node[] | undefined): { line: number; indent: string } | null {
    if (!def) return null;
    const statements = (body ?? def.childForFieldName('body')?.namedChildren ?? []).filter((s) => s.type !== 'comment');
    let first = statements[0];
    if (first?.type === 'expression_statement' && first.namedChildCount === 1 && first.firstNamedChild?.type === 'string') first = statements[1];
    // A body on the `def` line itself (`def upgrade(): op.x()`) has no line of its own to insert before.
    if (!first || first.startPosition.row <= def.startPosition.row) return null;
    const indent = this.lineText(first.startPosition.row).slice(0, first.startPosition.column);
    return /^[ \t]+$/.test(indent) ? { line: first.startPosition.row + 1, indent } : null;
  }

  sites(upgradeStart: AlembicSites['upgradeStart'], downgradeStart: AlembicSites['downgradeStart']): AlembicSites {
    return { calls: [...this.calls.values()], upgradeStart, downgradeStart, newline: this.text.includes('\r\n') ? '\r\n' : '\n' };
  }
}

/** The call's statement is directly in the body of upgrade() or downgrade(). */
function isTopLevel(node: Node): boolean {
  const def = node.parent?.parent?.parent;
  if (def?.type !== 'function_definition') return false;
  const name = def.childForFieldName('name')?.text;
  return name === 'upgrade' || name === 'downgrade';
}
