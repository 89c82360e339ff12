/**
 * Suppression comments: `-- migration-guard: ignore rule-a, rule-b -- reason` in SQL,
 * `# ...` in Python, `// ...` or `/* ... *\/` in JS/TS. One parser for every comment syntax.
 */

export interface SuppressionComment {
  /** 1-based line of the comment. */
  line: number;
  /** The comment is the only thing on its line (so it applies to the next statement). */
  ownLine: boolean;
  ruleIds: string[];
  reason: string | null;
}

const MARKER = /(?:--|#|\/\/|\/\*)\s*migration-guard:\s*ignore\b(.*)$/i;

export function findSuppressions(text: string): SuppressionComment[] {
  if (!text.includes('migration-guard')) return [];
  const out: SuppressionComment[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // `.*$` cannot cross U+2028/U+2029, so only the line's last segment can match; testing only it
    // keeps MARKER from rescanning to the line's end from every marker before one (quadratic).
    const segment = Math.max(line.lastIndexOf('\u2028'), line.lastIndexOf('\u2029')) + 1;
    const m = MARKER.exec(line.slice(segment));
    if (!m) continue;
    let rest = m[1]!.replace(/\*\/\s*$/, '').trim();
    let reason: string | null = null;
    const sep = rest.search(/\s--\s|\s--$|^--/);
    if (sep >= 0) {
      reason = rest.slice(sep).replace(/^\s*--\s*/, '').trim() || null;
      rest = rest.slice(0, sep);
    }
    const ruleIds = rest.split(/[\s,]+/).filter(Boolean);
    const before = line.slice(0, segment + m.index).trim();
    out.push({ line: i + 1, ownLine: before === '', ruleIds, reason });
  }
  return out;
}
