import { lockGantt, renderDryRunJson, renderDryRunMarkdown, renderDryRunText } from '../../src/dryrun/report.js';
import type { DryRunResult, MigrationDryRun } from '../../src/dryrun/types.js';
import type { Report } from '../../src/report/model.js';

function migration(over: Partial<MigrationDryRun> = {}): MigrationDryRun {
  return {
    id: '0002_add', file: 'db/0002_add.sql', framework: 'sql', transactional: true, verdict: 'failed',
    reasons: ['down does not restore the schema: + index users_email_idx is left over'],
    statements: [
      {
        index: 0, file: 'db/0002_add.sql', line: 3, sql: "ALTER TABLE users ADD t uuid DEFAULT gen_random_uuid() -- `x`|@octocat", status: 'ok',
        locks: [{ relation: 'users', relkind: 'table', mode: 'ACCESS EXCLUSIVE', blocks: 'all reads and writes', releasedAfter: 1 }],
        rewrites: ['table users'], durationMs: 12.5, startMs: 0, endMs: 12.5, rowsAffected: null,
      },
      {
        index: 1, file: 'db/0002_add.sql', line: 4, sql: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email)', status: 'substituted', reason: 'plain form run',
        executed: 'CREATE INDEX users_email_idx ON users (email)',
        locks: [{ relation: 'users', relkind: 'table', mode: 'SHARE UPDATE EXCLUSIVE', blocks: 'other schema changes and VACUUM', documented: true, releasedAfter: 1 }],
        rewrites: [], durationMs: 30, startMs: 13, endMs: 43, rowsAffected: null,
      },
    ],
    roundTrip: { status: 'mismatch', diff: ['+ index users_email_idx is left over: CREATE INDEX users_email_idx ON public.users USING btree (email)'], dataDiff: [] },
    sqlPreview: null, durationMs: 45, ...over,
  };
}

function result(migrations: MigrationDryRun[]): DryRunResult {
  return {
    version: 1, engine: 'postgres', serverVersion: '15.4', durationMs: 900,
    history: { count: 3, replayed: 0, failed: [], durationMs: null },
    versionTable: { table: 'schema_migrations', status: 'match', message: 'schema_migrations is at 1' },
    migrations, problems: [], ok: false,
  };
}

test('markdown: lock table, gantt with both locks held to the transaction end, escaped user text', () => {
  const md = renderDryRunMarkdown(result([migration()]));
  expect(md).toContain('| 3 | ``ALTER TABLE users ADD t uuid DEFAULT gen_random_uuid() -- `x`\\|@octocat`` | ok | ACCESS EXCLUSIVE on `users` — blocks all reads and writes | ⚠️ table users | 12.5 ms | — |');
  expect(md).toContain('SHARE UPDATE EXCLUSIVE on `users` (documented)');
  expect(md).toContain('```mermaid\ngantt\n    title Locks held by 0002_add\n    dateFormat x\n    axisFormat %S.%L s\n    section users\n    ACCESS EXCLUSIVE (line 3) :crit, t0, 0, 43\n    SHARE UPDATE EXCLUSIVE (line 4) :t1, 13, 43\n```');
  expect(md).toMatch(/<summary>Schema diff after down/);
  // Only inside the code span, where GitHub does not turn it into a mention.
  expect(md.match(/@octocat/g)).toHaveLength(1);
});

test('mermaid never receives user text that could break the diagram', () => {
  const g = lockGantt(migration({ id: 'x"; click A call evil()', statements: [{ ...migration().statements[0]!, locks: [{ relation: 'a:b;c#d', relkind: 'table', mode: 'SHARE', blocks: '', releasedAfter: 0 }] }] }))!;
  // Every line is diagram syntax we wrote; user text lost the characters Mermaid gives meaning to.
  expect(g.split('\n').every((l) => /^(gantt| {4}(title|dateFormat|axisFormat|section) | {4}[A-Z ]+\(line \d+\) :)/.test(l))).toBe(true);
  expect(g).not.toMatch(/[";#]/);
  expect(g).toContain('section a b c d');
});

test('too long for a comment: statement tables are dropped, verdicts and diffs stay', () => {
  const many = Array.from({ length: 400 }, (_, i) => migration({ id: `m${i}`, file: `db/${i}.sql` }));
  const md = renderDryRunMarkdown(result(many), { maxChars: 60_000 });
  expect(md.length).toBeLessThanOrEqual(60_000);
  expect(md).toMatch(/report truncated|Round trip/);
  expect(md).not.toContain('| line | statement |');
});

test('text and json', () => {
  const r = result([migration()]);
  const text = renderDryRunText(r);
  expect(text).toMatch(/FAILED {2}db\/0002_add.sql/);
  expect(text).toMatch(/lock ACCESS EXCLUSIVE on users — blocks all reads and writes/);
  expect(text).toMatch(/REWRITE table users/);
  expect(text).toMatch(/\+ index users_email_idx is left over/);
  expect(JSON.parse(renderDryRunJson(r))).toMatchObject({ version: 1, migrations: [{ verdict: 'failed' }] });
});

test('dry-run verdicts feed the rollback-readiness report', async () => {
  const { applyDryRunToReport } = await import('../../src/dryrun/index.js');
  const report: Report = {
    version: 1, findings: [], suppressed: [], summary: { errors: 0, warnings: 0, infos: 0, files: 2, statements: 3 },
    migrations: [
      { file: 'db/0002_add.sql', id: '0002_add', framework: 'sql', isNew: true, rollback: { verdict: 'reversible', reasons: [] } },
      { file: 'db/0003_other.sql', id: '0003_other', framework: 'sql', isNew: true, rollback: { verdict: 'reversible', reasons: [] } },
    ],
  };
  applyDryRunToReport(report, result([migration()]));
  expect(report.migrations[0]!.rollback).toMatchObject({ verified: false, dryRun: { engine: 'postgres', verdict: 'failed', roundTrip: 'mismatch' } });
  expect(report.migrations[0]!.rollback.dryRun!.diff[0]).toMatch(/users_email_idx/);
  expect(report.migrations[1]!.rollback.verified).toBeUndefined();
});

test('locks are held to the migration end when the runner wraps it, else to the file\'s own COMMIT or the statement end', async () => {
  const { assignLockRelease } = await import('../../src/dryrun/pg-runner.js');
  const base = migration().statements[0]!;
  const lock = () => [{ relation: 't', relkind: 'table', mode: 'SHARE', blocks: '', releasedAfter: -1 }];
  const traces = [
    { ...base, index: 0, locks: lock() },
    { ...base, index: 1, locks: [], status: 'refused' as const, transactionControl: 'begin' as const },
    { ...base, index: 2, locks: lock() },
    { ...base, index: 3, locks: lock() },
    { ...base, index: 4, locks: [], status: 'refused' as const, transactionControl: 'commit' as const },
    { ...base, index: 5, locks: lock() },
  ];
  assignLockRelease(traces, false);
  expect(traces.flatMap((t) => t.locks.map((l) => [t.index, l.releasedAfter]))).toEqual([[0, 0], [2, 4], [3, 4], [5, 5]]);
  assignLockRelease(traces, true);
  expect(traces.flatMap((t) => t.locks.map((l) => l.releasedAfter))).toEqual([5, 5, 5, 5]);
});
