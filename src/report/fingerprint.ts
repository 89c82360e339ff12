import { createHash } from 'node:crypto';
import type { ReportFinding, SourceLookup } from './model.js';

/**
 * A finding's identity that survives unrelated edits: rule, file and the text of the offending
 * line (not its number), plus an occurrence counter for identical lines. Used by SARIF and by the
 * review-comment dedupe.
 */
export function fingerprints(findings: ReportFinding[], sources?: SourceLookup): string[] {
  const seen = new Map<string, number>();
  const lineCache = new Map<string, string[]>();
  return findings.map((f) => {
    let lines = lineCache.get(f.file);
    if (!lines) {
      lines = (sources?.(f.file) ?? '').split(/\r\n|\n|\r/);
      lineCache.set(f.file, lines);
    }
    const text = (lines[f.line - 1] ?? '').trim().replace(/\s+/g, ' ');
    const key = `${f.ruleId}\u0000${f.file}\u0000${text}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  });
}
