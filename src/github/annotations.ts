import * as core from '@actions/core';
import type { Severity } from '../ir.js';
import type { ReportFinding } from '../report/model.js';
import { SEVERITY_RANK } from '../report/model.js';
import { escapeControl } from '../report/escape.js';

/** The runner turns at most this many annotations of each type per step into visible annotations. */
export const RUNNER_ANNOTATIONS_PER_TYPE = 10;

export interface AnnotationOutcome {
  /** Annotations beyond the runner's per-type limit (still in the log, not on the Files tab). */
  hiddenByRunner: Record<Severity, number>;
}

/**
 * One workflow-command annotation per finding, most severe first, so that the ten the runner
 * shows per type are the ones that matter. The annotation text is not Markdown; @actions/core
 * escapes the command syntax (`%`, CR, LF), and user text is shown with its control and bidi
 * characters as escapes (an ESC or U+202E would otherwise reach the log and the Files tab raw).
 */
export function emitAnnotations(
  findings: ReportFinding[],
  /** Annotations of each type this step already emitted (they use up the runner's ten). */
  alreadyEmitted: Record<Severity, number> = { error: 0, warning: 0, info: 0 },
): AnnotationOutcome {
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line,
  );
  const emitted: Record<Severity, number> = { ...alreadyEmitted };
  for (const f of sorted) {
    const properties: core.AnnotationProperties = {
      title: `migration-guard: ${f.ruleId}`,
      file: escapeControl(f.file),
      startLine: f.line,
      endLine: Math.max(f.line, f.endLine),
    };
    // Columns only count on single-line annotations; GitHub ignores them otherwise.
    if (properties.endLine === f.line && f.column > 0) properties.startColumn = f.column;
    const text = f.suggestion ? `${escapeControl(f.message)}\nSafe alternative: ${escapeControl(f.suggestion)}` : escapeControl(f.message);
    if (f.severity === 'error') core.error(text, properties);
    else if (f.severity === 'warning') core.warning(text, properties);
    else core.notice(text, properties);
    emitted[f.severity]++;
  }
  // Hidden are the findings past the tenth annotation of their type (never our own messages).
  const hidden = (s: Severity) => Math.max(0, Math.min(emitted[s] - alreadyEmitted[s], emitted[s] - RUNNER_ANNOTATIONS_PER_TYPE));
  return { hiddenByRunner: { error: hidden('error'), warning: hidden('warning'), info: hidden('info') } };
}
