/**
 * A unified diff in git's format (`diff --git`, `---`/`+++`, hunks with 3 lines of context),
 * so `git apply` and `patch -p1` take it.
 */

const CONTEXT = 3;

/** Lines with their line break, so a last line without one differs from the same line with one. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The shortest edit script between two line lists (Myers), after the common prefix and suffix are set aside. */
function diffLines(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  return [...a.slice(0, start).map((line): Op => ({ kind: ' ', line })), ...middle, ...a.slice(endA).map((line): Op => ({ kind: ' ', line }))];
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((line) => ({ kind: '+', line }));
  if (m === 0) return a.map((line) => ({ kind: '-', line }));
  const max = n + m;
  const offset = max;
  let v: Int32Array = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk the trace back from the end to recover the script.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x]! });
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[--y]! });
      else ops.push({ kind: '-', line: a[--x]! });
    }
  }
  return ops.reverse();
}

function hunkLine(op: Op): string {
  return op.line.endsWith('\n') ? `${op.kind}${op.line}` : `${op.kind}${op.line}\n\\ No newline at end of file\n`;
}

/** git quotes a path holding a quote, backslash or control character, C style. */
function quotePath(p: string): string {
  if (!/["\\\x00-\x1f\x7f]/.test(p)) return p;
  const escaped = p.replace(/[\\"\x00-\x1f\x7f]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
  return `"${escaped}"`;
}

function range(start: number, length: number): string {
  // An empty side names the line before it (0 at the top of the file).
  return `${length === 0 ? start - 1 : start},${length}`;
}

/**
 * The diff of one file from `before` to `after` (null before: a new file). `file` is relative, with
 * forward slashes; '' when nothing changed.
 */
export function unifiedDiff(file: string, before: string | null, after: string): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before ?? ''), splitLines(after));
  const a = quotePath(`a/${file}`);
  const b = quotePath(`b/${file}`);
  const header = before === null ? `diff --git ${a} ${b}\nnew file mode 100644\n--- /dev/null\n+++ ${b}\n` : `diff --git ${a} ${b}\n--- ${a}\n+++ ${b}\n`;
  const changed = ops.map((o, i) => (o.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  const hunks: string[] = [];
  let i = 0;
  while (i < changed.length) {
    // One hunk: changes no more than 2 × CONTEXT unchanged lines apart.
    let j = i;
    while (j + 1 < changed.length && changed[j + 1]! - changed[j]! <= 2 * CONTEXT + 1) j++;
    const from = Math.max(0, changed[i]! - CONTEXT);
    const to = Math.min(ops.length, changed[j]! + CONTEXT + 1);
    let oldStart = 1;
    let newStart = 1;
    for (let k = 0; k < from; k++) {
      if (ops[k]!.kind !== '+') oldStart++;
      if (ops[k]!.kind !== '-') newStart++;
    }
    const body = ops.slice(from, to);
    const oldLength = body.filter((o) => o.kind !== '+').length;
    const newLength = body.filter((o) => o.kind !== '-').length;
    hunks.push(`@@ -${range(oldStart, oldLength)} +${range(newStart, newLength)} @@\n${body.map(hunkLine).join('')}`);
    i = j + 1;
  }
  return header + hunks.join('');
}
