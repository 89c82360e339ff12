/**
 * Which lines of the new version of a file a review comment can be placed on. GitHub accepts a
 * `side: RIGHT` comment only on lines that appear in the PR's diff hunks (added or context lines)
 * and answers 422 "line must be part of the diff" for anything else.
 */
export function commentableLines(patch: string | undefined | null): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let newLine = 0;
  let inHunk = false;
  for (const row of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
    if (header) {
      newLine = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (row.startsWith('+') || row.startsWith(' ')) {
      lines.add(newLine);
      newLine++;
    } else if (row === '' || row.startsWith('\\')) {
      // "\ No newline at end of file" and a trailing empty split element carry no line.
    } else if (!row.startsWith('-')) {
      inHunk = false;
    }
  }
  return lines;
}

/** The lines a comment would span (start..end) are all inside the diff: a multi-line comment needs both ends in one hunk. */
export function placeableRange(lines: Set<number>, start: number, end: number): { start: number; end: number } | null {
  if (!lines.has(start)) return null;
  // Shrink the range to the longest run from `start` that stays inside the hunk.
  let last = start;
  while (last < end && lines.has(last + 1)) last++;
  return { start, end: last };
}
