import type { Fix, TextEdit } from '../rule.js';

/** A finding as the fixer needs it: where it is (for messages) and its fix. */
export interface Fixable {
  ruleId: string;
  file: string;
  line: number;
  fix?: Fix;
}

export interface SkippedFix<F> {
  finding: F;
  reason: string;
}

export interface FixResult<F> {
  /** The new text of every file an applied fix edits (relative path → text). */
  files: Map<string, string>;
  /** New files the applied fixes add (relative path → text). */
  newFiles: Map<string, string>;
  /** Findings whose fix was applied (a fix identical to an applied one counts as applied). */
  applied: F[];
  /** Findings with a fix that was not applied, and why. */
  skipped: SkippedFix<F>[];
}

export interface FixInput {
  /** The current text of a file an edit names; undefined when it is not available. */
  textOf(file: string): string | undefined;
  /** Why a file may not be edited or created (outside the working directory, not UTF-8, exists); null when it may. */
  refuse?(file: string, kind: 'edit' | 'create'): string | null;
}

interface Range {
  from: number;
  to: number;
  text: string;
}

/**
 * The offset of a 1-based line and column (TextEdit convention, see src/rule.ts) in `text`, or
 * null when the position is not in the text. Columns count UTF-16 code units, as JavaScript and
 * the parsers' locations do.
 */
export function offsetOf(lineStarts: number[], textLength: number, line: number, column: number): number | null {
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1 || line > lineStarts.length) return null;
  const start = lineStarts[line - 1]!;
  // A line's last column is the one just before its line break (or the end of the text).
  const end = line < lineStarts.length ? lineStarts[line]! - 1 : textLength;
  const offset = start + column - 1;
  return offset <= end ? offset : null;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Two ranges conflict when they share text, when an insertion falls strictly inside a
 * replacement, or when both insert at the same place (which text comes first would be a guess).
 * An insertion at either end of a replacement is fine: it goes before or after it.
 */
function conflicts(a: Range, b: Range): boolean {
  const aEmpty = a.from === a.to;
  const bEmpty = b.from === b.to;
  if (aEmpty && bEmpty) return a.from === b.from;
  if (aEmpty) return b.from < a.from && a.from < b.to;
  if (bEmpty) return a.from < b.from && b.from < a.to;
  return a.from < b.to && b.from < a.to;
}

function fixKey(fix: Fix): string {
  return JSON.stringify([fix.edits.map((e) => [e.file, e.startLine, e.startColumn, e.endLine, e.endColumn, e.text]), fix.newFiles ?? []]);
}

function where(f: Fixable): string {
  return `the fix for ${f.ruleId} at ${f.file}:${f.line}`;
}

/**
 * Applies the findings' fixes to the files' texts. Pure: reads texts through `input`, returns new
 * texts. A fix is all or nothing. Fixes are taken in the order given (the report's: file, line,
 * column, rule), so when two overlap the first wins and the second is listed as skipped; the next
 * `fix` pass, on the new text, gets a fresh finding for it if one is still due.
 */
export function applyFixes<F extends Fixable>(findings: F[], input: FixInput): FixResult<F> {
  const applied: F[] = [];
  const skipped: SkippedFix<F>[] = [];
  const accepted = new Map<string, { range: Range; owner: F }[]>();
  const created = new Map<string, { text: string; owner: F }>();
  const seen = new Set<string>();
  const texts = new Map<string, { text: string; lineStarts: number[] } | null>();
  const textOf = (file: string) => {
    if (!texts.has(file)) {
      const text = input.textOf(file);
      texts.set(file, text === undefined ? null : { text, lineStarts: lineStartsOf(text) });
    }
    return texts.get(file)!;
  };

  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || (fix.edits.length === 0 && !fix.newFiles?.length)) continue;
    const key = fixKey(fix);
    if (seen.has(key)) {
      applied.push(finding);
      continue;
    }
    const reason = check(fix);
    if (reason) {
      skipped.push({ finding, reason });
      continue;
    }
    seen.add(key);
    applied.push(finding);
    for (const e of fix.edits) {
      const list = accepted.get(e.file) ?? [];
      list.push({ range: toRange(e)!, owner: finding });
      accepted.set(e.file, list);
    }
    for (const f of fix.newFiles ?? []) created.set(f.path, { text: f.text, owner: finding });
  }

  function toRange(e: TextEdit): Range | null {
    const t = textOf(e.file);
    if (!t) return null;
    const from = offsetOf(t.lineStarts, t.text.length, e.startLine, e.startColumn);
    const to = offsetOf(t.lineStarts, t.text.length, e.endLine, e.endColumn);
    return from === null || to === null || to < from ? null : { from, to, text: e.text };
  }

  function check(fix: Fix): string | null {
    const own: { file: string; range: Range }[] = [];
    for (const e of fix.edits) {
      const refused = input.refuse?.(e.file, 'edit');
      if (refused) return refused;
      if (!textOf(e.file)) return `it edits ${e.file}, which is not available`;
      const range = toRange(e);
      if (!range) return `it edits ${e.file} at ${e.startLine}:${e.startColumn}-${e.endLine}:${e.endColumn}, outside the file's text`;
      if (own.some((o) => o.file === e.file && conflicts(o.range, range))) return 'its own edits overlap';
      own.push({ file: e.file, range });
      const clash = (accepted.get(e.file) ?? []).find((a) => conflicts(a.range, range));
      if (clash) return `it overlaps ${where(clash.owner)}`;
    }
    for (const f of fix.newFiles ?? []) {
      const refused = input.refuse?.(f.path, 'create');
      if (refused) return refused;
      const other = created.get(f.path);
      if (other) return `it creates ${f.path}, which ${where(other.owner)} also creates`;
      if (textOf(f.path) || accepted.has(f.path)) return `it creates ${f.path}, which already exists`;
    }
    return null;
  }

  const files = new Map<string, string>();
  for (const [file, list] of accepted) {
    let text = textOf(file)!.text;
    // From the end, so earlier offsets stay valid; at one offset the replacement first, then the insertion before it.
    const ranges = list.map((a) => a.range).sort((a, b) => b.from - a.from || b.to - a.to);
    for (const r of ranges) text = text.slice(0, r.from) + r.text + text.slice(r.to);
    files.set(file, text);
  }
  const newFiles = new Map([...created].map(([p, c]) => [p, c.text]));
  return { files, newFiles, applied, skipped };
}
