import { renderJson, renderJsonChunks } from '../../src/report/json.js';
import type { Report } from '../../src/report/model.js';

const finding = (line: number, extra: object = {}) => ({
  ruleId: 'set-not-null', severity: 'error' as const, file: 'db/0001.sql', line, endLine: line, column: 1,
  message: 'Message with "quotes", a\nline break and \u2028 a separator', migration: '0001', ...extra,
});

const report = (over: Partial<Report>): Report => ({
  version: 1,
  findings: [],
  migrations: [],
  suppressed: [],
  summary: { errors: 0, warnings: 0, infos: 0, files: 0, statements: 0 },
  ...over,
}) as Report;

describe('renderJson streams the report exactly as JSON.stringify writes it', () => {
  const cases: [string, Report][] = [
    ['an empty report', report({})],
    [
      'findings with suggestions, fixes and nested evidence, migrations and suppressions',
      report({
        findings: [
          finding(1),
          finding(2, { suggestion: 'Do this;\nthen that.', fix: { title: 'Add CONCURRENTLY', edits: [{ file: 'db/0001.sql', startLine: 2, startColumn: 13, endLine: 2, endColumn: 13, text: ' CONCURRENTLY' }] } }),
          finding(3, { evidence: { table: 'users', bytes: 1024, rows: 10, nested: { list: [1, 2, { deep: [] }] } } }),
        ],
        migrations: [{ file: 'db/0001.sql', id: '0001', framework: 'sql', isNew: true, downFile: null, rollback: { verdict: 'lossy', reasons: ['line 1: drops a column'] } }] as Report['migrations'],
        suppressed: [{ ruleId: 'set-not-null', file: 'db/0001.sql', line: 4, reason: 'small table' }],
        summary: { errors: 3, warnings: 0, infos: 0, files: 1, statements: 4 },
      }),
    ],
  ];
  it.each(cases)('%s', (_, r) => {
    const text = renderJson(r);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect([...renderJsonChunks(r)].join('')).toBe(text);
  });

  it('writes many findings in several chunks, none holding the whole report', () => {
    const r = report({ findings: Array.from({ length: 1000 }, (_, i) => finding(i + 1, i % 3 ? { suggestion: `s${i}` } : {})) });
    const chunks = [...renderJsonChunks(r)];
    const text = chunks.join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(chunks.length).toBeGreaterThan(4);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(text.length / 3);
  });

  it('keeps only the contract fields of a finding, in order', () => {
    const parsed = JSON.parse(renderJson(report({ findings: [{ ...finding(1), internal: 'x' } as never] })));
    expect(Object.keys(parsed.findings[0])).toEqual(['ruleId', 'severity', 'file', 'line', 'endLine', 'column', 'message', 'migration']);
    expect(Object.keys(parsed)).toEqual(['version', 'findings', 'migrations', 'suppressed', 'summary']);
  });
});
