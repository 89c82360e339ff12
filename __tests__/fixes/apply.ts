import type { Fix } from '../../src/rule.js';

/** Applies a fix's edits to in-memory files (edits in one file applied from the last to the first). */
export function applyFix(files: Record<string, string>, fix: Fix): Record<string, string> {
  const out = { ...files };
  const edits = [...fix.edits].sort((a, b) => b.startLine - a.startLine || b.startColumn - a.startColumn);
  for (const e of edits) {
    const text = out[e.file];
    if (text === undefined) throw new Error(`fix edits ${e.file}, which the fixture does not have`);
    const lines = text.split('\n');
    const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
    out[e.file] = text.slice(0, offset(e.startLine, e.startColumn)) + e.text + text.slice(offset(e.endLine, e.endColumn));
  }
  for (const f of fix.newFiles ?? []) out[f.path] = f.text;
  return out;
}
