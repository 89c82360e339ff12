import type { Report, ReportFinding } from './model.js';

/** The public JSON contract (DESIGN.md): only these fields, in this order. */
export function renderJson(report: Report): string {
  let out = '';
  for (const chunk of renderJsonChunks(report)) out += chunk;
  return out;
}

function findingJson(f: ReportFinding): object {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.file,
    line: f.line,
    endLine: f.endLine,
    column: f.column,
    message: f.message,
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    migration: f.migration,
    // Only with a production statistics snapshot (config `stats:`): consumers without one see the contract unchanged.
    ...(f.evidence ? { evidence: f.evidence } : {}),
  };
}

function migrationJson(m: Report['migrations'][number]): object {
  return {
    file: m.file,
    framework: m.framework,
    isNew: m.isNew,
    rollback: { verdict: m.rollback.verdict, reasons: m.rollback.reasons },
    ...(m.evidence ? { evidence: m.evidence } : {}),
  };
}

function suppressedJson(s: Report['suppressed'][number]): object {
  return { ruleId: s.ruleId, file: s.file, line: s.line, reason: s.reason };
}

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep (its strings never hold a raw line break). */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** Elements per chunk: enough that the per-chunk work vanishes, few enough that no chunk is large. */
const CHUNK_ELEMENTS = 256;
/** A top-level array member as `JSON.stringify(..., null, 2)` writes it: the elements sit between these. */
const ARRAY_HEAD = '{\n  "a": [\n';
const ARRAY_TAIL = '\n  ]\n}';

/**
 * One array member of the report, as `JSON.stringify(report, null, 2)` writes it, a few hundred
 * elements per chunk: each chunk is stringified inside a stand-in root object, so its elements
 * come out at their real depth without re-indenting them.
 */
function* arrayChunks<T>(items: readonly T[], shape: (item: T) => object): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  for (let i = 0; i < items.length; i += CHUNK_ELEMENTS) {
    const text = JSON.stringify({ a: items.slice(i, i + CHUNK_ELEMENTS).map(shape) }, null, 2);
    yield `${i === 0 ? '[\n' : ',\n'}${text.slice(ARRAY_HEAD.length, text.length - ARRAY_TAIL.length)}`;
  }
  yield '\n  ]';
}

/**
 * The JSON report piece by piece, byte for byte what `JSON.stringify` of the whole report with
 * two-space indentation writes: a run with 50,000 findings streams them to its output instead of
 * building a copy of every finding and one string of tens of megabytes.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  yield '{\n  "version": 1,\n  "findings": ';
  yield* arrayChunks(report.findings, findingJson);
  yield ',\n  "migrations": ';
  yield* arrayChunks(report.migrations, migrationJson);
  yield ',\n  "suppressed": ';
  yield* arrayChunks(report.suppressed, suppressedJson);
  yield `,\n  "summary": ${nested(report.summary, 1)}\n}\n`;
}
