import { jest } from '@jest/globals';
import type { ReportFinding } from '../../src/report/model.js';

const calls: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({
  error: (message: string, props: { startLine: number }) => calls.push(`error ${props.startLine} ${message}`),
  warning: (message: string, props: { startLine: number }) => calls.push(`warning ${props.startLine} ${message}`),
  notice: (message: string, props: { startLine: number }) => calls.push(`notice ${props.startLine} ${message}`),
}));
const { emitAnnotations } = await import('../../src/github/annotations.js');

function finding(severity: ReportFinding['severity'], line: number, suggestion?: string): ReportFinding {
  return { ruleId: 'r', severity, file: 'a.sql', line, endLine: line, column: 1, message: `m${line}`, migration: 'a', ...(suggestion ? { suggestion } : {}) };
}

beforeEach(() => (calls.length = 0));

describe('emitAnnotations', () => {
  it('emits the most severe first, with the safe alternative', () => {
    emitAnnotations([finding('info', 1), finding('warning', 2), finding('error', 3, 'do x')]);
    expect(calls).toEqual(['error 3 m3\nSafe alternative: do x', 'warning 2 m2', 'notice 1 m1']);
  });

  it('counts the findings past the runner limit of ten per type, after the step’s own annotations', () => {
    const errors = Array.from({ length: 12 }, (_, i) => finding('error', i + 1));
    expect(emitAnnotations(errors).hiddenByRunner).toEqual({ error: 2, warning: 0, info: 0 });
    expect(emitAnnotations(errors, { error: 1, warning: 0, info: 0 }).hiddenByRunner.error).toBe(3);
    expect(emitAnnotations([finding('warning', 1)], { error: 0, warning: 12, info: 0 }).hiddenByRunner.warning).toBe(1);
  });
});
