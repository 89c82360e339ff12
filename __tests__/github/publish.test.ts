import { gateMessage, reviewNotes, stickyFooter, verdictLine } from '../../src/github/publish.js';
import { rollbackReady } from '../../src/rollback/ready.js';
import type { MigrationReport, Report, ReportFinding } from '../../src/report/model.js';

function finding(over: Partial<ReportFinding>): ReportFinding {
  return { ruleId: 'require-concurrent-index', severity: 'error', file: 'db/0002.sql', line: 1, endLine: 1, column: 1, message: 'm', migration: '0002', ...over };
}

function migration(verdict: MigrationReport['rollback']['verdict'], isNew = true): MigrationReport {
  return { file: 'db/0002.sql', id: '0002', framework: 'sql', isNew, rollback: { verdict, reasons: [] } };
}

function report(over: Partial<Report>): Report {
  return { version: 1, findings: [], migrations: [], suppressed: [], summary: { errors: 0, warnings: 0, infos: 0, files: 1, statements: 1 }, ...over };
}

describe('gateMessage', () => {
  it('says how many findings block and where, most severe first', () => {
    const r = report({
      findings: [
        finding({ severity: 'warning', ruleId: 'require-lock-timeout', line: 9 }),
        finding({ line: 3 }),
        finding({ severity: 'info', ruleId: 'unanalyzable' }),
      ],
    });
    expect(gateMessage(r, 'warning')).toBe(
      "migration-guard: 2 findings at or above fail-on 'warning' (1 error, 1 warning): db/0002.sql:3 (require-concurrent-index), db/0002.sql:9 (require-lock-timeout)",
    );
    expect(gateMessage(r, 'never')).toBeNull();
    expect(gateMessage(report({ findings: [finding({ severity: 'warning' })] }), 'error')).toBeNull();
  });
  it('names at most ten places', () => {
    const many = Array.from({ length: 12 }, (_, i) => finding({ line: i + 1 }));
    expect(gateMessage(report({ findings: many }), 'error')).toMatch(/db\/0002\.sql:10 \(require-concurrent-index\), and 2 more$/);
  });
});

describe('rollbackReady', () => {
  it('is true for reversible or unverified migrations', () => {
    expect(rollbackReady(report({ migrations: [migration('reversible'), migration('unverified')] }))).toBe(true);
  });
  it('is false for a lossy migration under test, true once its finding is suppressed with a reason', () => {
    expect(rollbackReady(report({ migrations: [migration('lossy')] }))).toBe(false);
    const suppressed = [{ ruleId: 'irreversible-data-loss', file: 'db/0002.sql', line: 1, reason: 'backed up' }];
    expect(rollbackReady(report({ migrations: [migration('lossy')], suppressed }))).toBe(true);
  });
  it('ignores history', () => {
    expect(rollbackReady(report({ migrations: [migration('irreversible', false)] }))).toBe(true);
  });
});

describe('stickyFooter', () => {
  it('names the commit and links the run from the runner environment', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '42' };
    expect(stickyFooter('0123456789abcdef', env)).toBe('\n<sub>migration-guard for commit 0123456 · [workflow run](https://github.com/acme/shop/actions/runs/42)</sub>\n');
  });
  it('leaves out anything that does not look like the runner wrote it', () => {
    expect(stickyFooter('not a sha', { GITHUB_SERVER_URL: 'javascript:alert(1)', GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '42' })).toBe('');
  });
});

describe('reviewNotes', () => {
  const base = { posted: 0, alreadyCommented: 0, deleted: 0, keptForReplies: 0 };
  it('counts the findings that are not inline, by reason, with the right verb', () => {
    const notInline = [
      { finding: finding({ line: 1 }), reason: 'outside-diff' as const },
      { finding: finding({ line: 2 }), reason: 'over-cap' as const },
      { finding: finding({ line: 3 }), reason: 'over-cap' as const },
    ];
    expect(reviewNotes({ ...base, notInline }, 30)).toEqual([
      '1 finding is on lines outside the pull request diff, where GitHub takes no inline comment; it is in the report below.',
      '2 findings are over the limit of 30 inline comments per pull request; they are in the report below.',
    ]);
  });
  it('only explains the failure when the channel is down', () => {
    const notInline = [{ finding: finding({}), reason: 'over-cap' as const }, { finding: finding({}), reason: 'failed' as const }];
    const notes = reviewNotes({ ...base, notInline, error: 'posting the review failed: 403 Forbidden', errorStatus: 403 }, 30);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Inline review comments are unavailable \(posting the review failed: 403 Forbidden\)\. The token is read-only/);
  });
});

describe('verdictLine (the sticky comment opens with the gate decision)', () => {
  const findings = [finding({ severity: 'error' }), finding({ severity: 'warning' }), finding({ severity: 'warning' }), finding({ severity: 'info' })];
  it('fails: how many block, at which level, all counts', () => {
    expect(verdictLine(report({ findings }), 'error')).toBe('**Gate: fails** — 1 finding at or above fail-on `error` (1 error; 2 warnings and 1 info below it).');
    expect(verdictLine(report({ findings }), 'warning')).toBe('**Gate: fails** — 3 findings at or above fail-on `warning` (1 error, 2 warnings; 1 info below it).');
  });
  it('passes: nothing at the level, or fail-on never', () => {
    expect(verdictLine(report({ findings: findings.slice(1) }), 'error')).toBe('**Gate: passes** — nothing at or above fail-on `error` (2 warnings, 1 info below it).');
    expect(verdictLine(report({}), 'error')).toBe('**Gate: passes** — nothing at or above fail-on `error`.');
    expect(verdictLine(report({ findings }), 'never')).toBe('**Gate: passes** (fail-on `never`): 1 error, 2 warnings, 1 info, none blocking.');
  });
});
