import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report, SourceLookup } from '../report/model.js';
import { renderJson } from '../report/json.js';
import { rules } from '../../rules/index.js';
import { renderSarif } from '../report/sarif.js';

function writeText(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
}

/** The JSON report (the public contract in DESIGN.md). */
export function writeJsonReport(report: Report, file: string): void {
  writeText(file, renderJson(report));
}

/** SARIF 2.1.0 for github/codeql-action/upload-sarif. */
export function writeSarifReport(report: Report, file: string, sources: SourceLookup): void {
  writeText(file, renderSarif(report, { rules, sources }));
}
