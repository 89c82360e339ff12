import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../../src/config.js';
import type { LintRequest, LintResult } from '../../src/engine.js';
import { planFixes } from '../../src/fix/command.js';
import type { ReportFinding } from '../../src/report/model.js';
import { tmpTree } from '../helpers/tmp.js';

/**
 * A stand-in for the engine whose findings are decided by the text: each marker missing from the
 * file is a finding whose fix inserts it at the very start (so every two fixes overlap).
 */
function markerLint(markers: string[], stubborn: string[] = []) {
  const calls: string[] = [];
  const run = async (req: LintRequest): Promise<LintResult> => {
    const abs = path.join(req.cwd, 'db/0002.sql');
    const text = req.contents?.get(abs) ?? readFileSync(abs, 'utf8');
    calls.push(text);
    const at = (marker: string): ReportFinding => ({
      ruleId: `needs-${marker}`, severity: 'error', file: 'db/0002.sql', line: 1, endLine: 1, column: 1, message: `no ${marker}`, migration: '0002',
      fix: { title: `Add ${marker}`, edits: [{ file: 'db/0002.sql', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, text: marker }] },
    });
    const findings = [...markers.filter((m) => !text.includes(m)), ...stubborn].map(at);
    return {
      report: { version: 1, findings, migrations: [], suppressed: [], summary: { errors: findings.length, warnings: 0, infos: 0, files: 1, statements: 1 } },
      sources: (file) => (file === 'db/0002.sql' ? text : undefined),
      migrations: [],
    };
  };
  return { run, calls };
}

describe('fix passes', () => {
  test('overlapping fixes: the first in the report wins, the other is applied on the next pass, then nothing is left', async () => {
    const t = tmpTree({ 'db/0002.sql': 'SELECT 1;\n' });
    try {
      const { run, calls } = markerLint(['x', 'y', 'z']);
      const plan = await planFixes({ cwd: t.dir, paths: [], config: defaultConfig() }, run);
      expect(plan.changed.get('db/0002.sql')).toEqual({ before: 'SELECT 1;\n', after: 'zyxSELECT 1;\n' });
      expect(plan.applied.map((f) => f.ruleId)).toEqual(['needs-x', 'needs-y', 'needs-z']);
      expect(plan.skipped).toEqual([]);
      expect(plan.remaining.report.findings).toEqual([]);
      expect(calls).toEqual(['SELECT 1;\n', 'xSELECT 1;\n', 'yxSELECT 1;\n', 'zyxSELECT 1;\n']);
      // Nothing written.
      expect(readFileSync(path.join(t.dir, 'db/0002.sql'), 'utf8')).toBe('SELECT 1;\n');
    } finally {
      t.cleanup();
    }
  });

  test('a fix that leaves its finding is taken back and listed, so fix never applies it twice', async () => {
    const t = tmpTree({ 'db/0002.sql': 'SELECT 1;\n' });
    try {
      const { run } = markerLint([], ['w']);
      const plan = await planFixes({ cwd: t.dir, paths: [], config: defaultConfig() }, run);
      expect(plan.changed.size).toBe(0);
      expect(plan.applied).toEqual([]);
      expect(plan.skipped.map((s) => [s.finding.ruleId, s.reason])).toEqual([['needs-w', 'applying it did not remove the finding']]);
      expect(plan.remaining.report.findings.map((f) => f.ruleId)).toEqual(['needs-w']);
    } finally {
      t.cleanup();
    }
  });
});
