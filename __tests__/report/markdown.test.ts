import { renderMarkdown } from '../../src/report/markdown.js';
import { codeBlock, codeSpan, escapeHtml, escapeMarkdown, hiddenMarker } from '../../src/report/escape.js';
import type { Report, ReportFinding } from '../../src/report/model.js';

function finding(over: Partial<ReportFinding> = {}): ReportFinding {
  return {
    ruleId: 'require-concurrent-index',
    severity: 'error',
    file: 'db/migrations/0002_idx.sql',
    line: 3,
    endLine: 3,
    column: 1,
    message: 'Building idx blocks writes to users until it finishes.',
    suggestion: 'CREATE INDEX CONCURRENTLY idx ON users (email) in a non-transactional migration.',
    migration: '0002_idx',
    ...over,
  };
}

function report(findings: ReportFinding[], over: Partial<Report> = {}): Report {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return {
    version: 1,
    findings,
    migrations: [],
    suppressed: [],
    summary: { errors, warnings, infos: findings.length - errors - warnings, files: 1, statements: 3 },
    ...over,
  };
}

/** Markdown text outside code spans/blocks, where HTML and mentions would be live. */
function liveText(md: string): string {
  return md.replace(/(`{3,})[^\n]*\n[\s\S]*?\n\1/g, '').replace(/(`+)[^`\n][\s\S]*?\1/g, '');
}

describe('escape', () => {
  it('makes HTML, mentions, links and emphasis inert', () => {
    const text = escapeMarkdown('<img src=x> @org/team [x](http://evil) ![i](y) *b* --> | a\nb');
    expect(text).not.toMatch(/<img/);
    expect(text).not.toMatch(/@org/);
    expect(text).not.toMatch(/-->/);
    expect(text).not.toMatch(/\n/);
    expect(text).not.toMatch(/[^\\]\[/);
    expect(text).not.toMatch(/http:\/\//);
    expect(text).toContain('\\|');
    expect(escapeMarkdown('see #12 and www.evil.example')).toBe('see #&#8288;12 and www&#8288;.evil.example');
  });
  it('leaves identifiers and shell readable: intraword underscores, lone ampersands', () => {
    expect(escapeMarkdown('users_email_idx && pg_dump "x"')).toBe('users_email_idx && pg_dump "x"');
    expect(escapeMarkdown('_em_ &lt; *b*')).toBe('\\_em\\_ &amp;lt; \\*b\\*');
  });
  it('escapes text inside HTML elements with entities only (no Markdown there)', () => {
    expect(escapeHtml('db/0002_x.sql <b> @org/team')).toBe('db/0002_x.sql &lt;b&gt; &#64;&#8288;org/team');
  });
  it('code spans use a fence longer than any backtick run', () => {
    expect(codeSpan('a``b')).toBe('```a``b```');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
  });
  it('code blocks cannot be closed by their content', () => {
    const block = codeBlock('select 1;\n````\n@org/team', 'sql');
    expect(block.startsWith('`````sql\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });
  it('hidden markers cannot end early', () => {
    expect(hiddenMarker('migration-guard:fp', 'ab-->c d')).toBe('<!-- migration-guard:fp=ab-c -->'.replace('ab-c', 'ab-cd'));
  });
});

describe('renderMarkdown', () => {
  it('groups findings by file with counts, message and safe alternative', () => {
    const md = renderMarkdown(
      report([finding(), finding({ file: 'db/migrations/0003_x.sql', severity: 'warning', ruleId: 'require-lock-timeout', line: 1, endLine: 1 })]),
      { sources: (f) => (f.endsWith('0002_idx.sql') ? '-- c\n\nCREATE INDEX idx ON users (email);\n' : undefined) },
    );
    expect(md).toContain('## migration-guard');
    expect(md).toContain('1 error · ⚠️ 1 warning · ℹ️ 0 info in 2 files');
    expect(md).toContain('### `db/migrations/0002_idx.sql`');
    expect(md).toContain('**Safe alternative:** CREATE INDEX CONCURRENTLY');
    expect(md).toContain('```sql\n  CREATE INDEX idx ON users (email);\n  ```');
    expect(md.indexOf('0002_idx.sql')).toBeLessThan(md.indexOf('0003_x.sql'));
  });

  it('says so when there is nothing to report', () => {
    const md = renderMarkdown(report([], { summary: { errors: 0, warnings: 0, infos: 0, files: 2, statements: 4 } }));
    expect(md).toContain('✅ No findings in 2 migration files.');
  });

  it('lists suppressions and the rollback readiness with backup commands', () => {
    const md = renderMarkdown(
      report([], {
        suppressed: [{ ruleId: 'truncate-table', file: 'a.sql', line: 2, reason: 'staging only | @ops' }],
        migrations: [
          {
            file: 'db/0004_drop.sql',
            id: '0004_drop',
            framework: 'sql',
            isNew: true,
            rollback: {
              verdict: 'lossy',
              reasons: ['drops column users.legacy'],
              downPresent: true,
              dataAtRisk: ['users.legacy'],
              backup: ['pg_dump --table=users --column-inserts > users.sql'],
            },
          },
        ],
      }),
    );
    expect(md).toContain('| `truncate-table` | `a.sql:2` | staging only \\| &#64;&#8288;ops |');
    expect(md).toContain('| `db/0004_drop.sql` | ⚠️ lossy | yes | `users.legacy` |');
    expect(md).toContain('```sh\npg_dump --table=users --column-inserts > users.sql\n```');
  });

  it('escapes hostile identifiers everywhere', () => {
    const hostile = finding({
      file: 'db/<img src=x>`--> @org/team.sql',
      message: 'Index `idx``x` on <img src=x> by @org/team --> [click](https://evil.example)',
      suggestion: '<script>alert(1)</script> @org/team',
    });
    const md = renderMarkdown(report([hostile]), { sources: () => 'CREATE INDEX "``" ON t (x); -- @org/team <img src=x> -->' });
    const live = liveText(md);
    expect(live).not.toMatch(/<img|<script|@org|-->|[^\\]\]\(https/);
    // The file name's code span is fenced longer than its backtick run.
    expect(md).toContain("### ``db/<img src=x>`--> @org/team.sql``");
  });

  it('degrades to stay under maxChars and never throws', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      finding({ file: `db/migrations/${String(i % 40).padStart(4, '0')}_m.sql`, line: i + 1, endLine: i + 1, message: 'x'.repeat(300) }),
    );
    const full = renderMarkdown(report(many), { maxChars: 1_000_000 });
    expect(full).toContain('Why / safe alternative');
    const compact = renderMarkdown(report(many), { maxChars: 75_000 });
    expect(compact.length).toBeLessThanOrEqual(75_000);
    expect(compact).not.toContain('Why / safe alternative');
    expect(compact).toContain('Details collapsed');
    const counts = renderMarkdown(report(many), { maxChars: 5_000 });
    expect(counts.length).toBeLessThanOrEqual(5_000);
    expect(counts).toContain('| File | Errors | Warnings | Info |');
    const tiny = renderMarkdown(report(many), { maxChars: 600 });
    expect(tiny.length).toBeLessThanOrEqual(600);
    expect(tiny).toMatch(/more files? with findings/);
  });
});
