import { renderSarif } from '../../src/report/sarif.js';
import type { Report } from '../../src/report/model.js';
import { rules } from '../../rules/index.js';

describe('SARIF messages escape user text', () => {
  test('control, line-break and bidi characters in a message or suggestion are shown as escapes', () => {
    const evil = 'users\n::error file=x.sql,line=1::forged\u001b[2J\u202e\u2028\u0085\u0000';
    const report = {
      version: 1,
      findings: [{ ruleId: 'rename-column', severity: 'error', file: 'm.sql', line: 1, endLine: 1, column: 1, message: `Renaming "${evil}"`, suggestion: `ALTER "${evil}"`, migration: 'm.sql' }],
      migrations: [],
      suppressed: [],
      summary: {},
    } as unknown as Report;
    const text: string = JSON.parse(renderSarif(report, { rules })).runs[0].results[0].message.text;
    expect(text.split('\n')).toHaveLength(2); // only our own "Safe alternative" line break
    expect(text).toContain('users\\n::error');
    expect(text).toContain('\\x1b[2J\\u202e\\u2028\\x85\\x00');
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2028\u2029]/.test(text)).toBe(false);
  });
});
