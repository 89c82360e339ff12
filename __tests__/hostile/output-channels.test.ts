/**
 * One hostile identifier through every output channel: the text report (the Actions log, where a
 * line starting with `::` is a workflow command), Markdown (sticky comment, job summary), the
 * inline review comment, workflow-command annotations, SARIF and JSON. Nothing may forge a line,
 * start a command, ping a team, render HTML or reorder text with a bidi override.
 */
import { jest } from '@jest/globals';
import { emitAnnotations } from '../../src/github/annotations.js';
import { groupCommentBody } from '../../src/github/comment-body.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { rules } from '../../rules/index.js';
import { lintFixture } from '../rollback/fixture.js';

const EVIL = 'x\n::error file=a.sql,line=1::forged\r\u001b[31m\u0007\u0085\u2028\u2029\u202e\u2066<img src=x> @org/team [a](https://evil.example) `b`';
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const QUOTED = `"${EVIL.replace(/"/g, '""')}"`;
const SQL = `ALTER TABLE users RENAME COLUMN name TO ${QUOTED};\nCREATE INDEX ${QUOTED.replace('x', 'i')} ON users (email);\n`;
// The code frames quote the source lines too.
const sources = (file: string) => (file === 'db/0002_evil.sql' ? SQL : undefined);

/** Markdown without its fenced code blocks (a fence is a run of 3+ backticks; the closing one matches its length). */
function outsideFences(md: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of md.split('\n')) {
    const f = /^\s*(`{3,})/.exec(line)?.[1];
    if (fence === null && f) fence = f;
    else if (fence !== null && f === fence) fence = null;
    else if (fence === null) out.push(line);
  }
  return out.join('\n');
}

async function hostileReport() {
  return lintFixture({
    history: { 'db/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, name text, email text);\n' },
    change: { 'db/0002_evil.sql': SQL },
  });
}

describe('a hostile identifier in every output channel', () => {
  let result: Awaited<ReturnType<typeof hostileReport>>;
  beforeAll(async () => {
    result = await hostileReport();
  }, 60_000);

  test('the findings quote it', () => {
    const mine = result.report.findings.filter((f) => f.file === 'db/0002_evil.sql').map((f) => f.ruleId);
    expect(mine).toEqual(expect.arrayContaining(['rename-column', 'require-concurrent-index']));
  });

  test('text (the Actions log): no raw control or bidi character, no line that starts a workflow command', () => {
    const text = renderText(result.report, { color: false, sources });
    expect(RAW_UNSAFE.test(text)).toBe(false);
    expect(text.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(text).toContain('::error file=a.sql');
  });

  test('Markdown (sticky comment, job summary): no raw HTML, mention, link or control character', () => {
    const md = renderMarkdown(result.report, { sources });
    expect(RAW_UNSAFE.test(md)).toBe(false);
    // Code frames are fenced blocks (longer fences than any backtick run), where text is literal.
    const prose = outsideFences(md);
    expect(prose).toContain('Renaming users.name');
    expect(prose).not.toContain('<img');
    expect(prose).not.toMatch(/(^|[^`])@org\/team/);
    expect(prose).not.toContain('](https://evil.example)');
  });

  test('inline review comment body', () => {
    const findings = result.report.findings.filter((f) => f.file === 'db/0002_evil.sql');
    for (const f of findings) {
      const body = groupCommentBody({ file: f.file, findings: [f], fingerprints: [], start: f.line, end: f.line, suggestion: null }, SQL);
      expect(RAW_UNSAFE.test(body)).toBe(false);
      expect(outsideFences(body)).not.toContain('<img');
      expect(outsideFences(body)).not.toContain('](https://evil.example)');
    }
  });

  test('annotations: one workflow command per finding, with escaped text', () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      emitAnnotations(result.report.findings);
    } finally {
      spy.mockRestore();
    }
    const out = written.join('');
    const commands = out.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(result.report.findings.length);
    expect(commands.every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
    expect(out.split('\n').filter((l) => l !== '')).toHaveLength(result.report.findings.length);
    expect(RAW_UNSAFE.test(out)).toBe(false);
  });

  test('SARIF and JSON stay valid; SARIF messages carry no raw control character', () => {
    const sarif = JSON.parse(renderSarif(result.report, { rules, sources }));
    for (const r of sarif.runs[0].results) expect(RAW_UNSAFE.test(r.message.text)).toBe(false);
    expect(() => JSON.parse(renderJson(result.report))).not.toThrow();
  });
});

describe('a hostile file name in every output channel', () => {
  const NAME = 'db/0002_\u202eevil\n::error file=b.sql::forged\u001b[2J.sql';
  let result: Awaited<ReturnType<typeof lintFixture>>;
  beforeAll(async () => {
    result = await lintFixture({
      history: { 'db/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n' },
      change: { [NAME]: 'CREATE INDEX users_email ON users (email);\n' },
    });
  }, 60_000);

  test('is linted, and no channel prints it raw', () => {
    expect(result.report.findings.filter((f) => f.file === NAME).map((f) => f.ruleId)).toContain('require-concurrent-index');
    const text = renderText(result.report, { color: false });
    expect(RAW_UNSAFE.test(text) || text.split('\n').some((l) => /^\s*::/.test(l))).toBe(false);
    const md = renderMarkdown(result.report);
    expect(RAW_UNSAFE.test(md)).toBe(false);
    for (const r of JSON.parse(renderSarif(result.report, { rules })).runs[0].results) expect(RAW_UNSAFE.test(r.message.text)).toBe(false);
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      emitAnnotations(result.report.findings);
    } finally {
      spy.mockRestore();
    }
    const out = written.join('');
    expect(RAW_UNSAFE.test(out)).toBe(false);
    expect(out.split('\n').filter((l) => l !== '').every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
  });
});
