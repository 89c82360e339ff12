import { defaultConfig, resolveConfig } from '../../src/config.js';
import { configWeakenings, newSuppressions, yamlReason } from '../../src/config-weakening.js';
import { decodeState, deltaSection, encodeState, placementSection, sqlPreviewSection, STATE_MAX_FINDINGS, weakeningSection } from '../../src/github/sticky-sections.js';
import type { ReportFinding } from '../../src/report/model.js';

function finding(over: Partial<ReportFinding> = {}): ReportFinding {
  return { ruleId: 'require-concurrent-index', severity: 'error', file: 'db/0002.sql', line: 1, endLine: 1, column: 1, message: 'm', migration: '0002', ...over };
}
const fp = (c: string) => c.repeat(32);
const SHA = 'a'.repeat(40);

describe('the sticky state', () => {
  it('round-trips fingerprints and rules; anything malformed is no state at all', () => {
    const marker = encodeState(SHA, [{ fingerprint: fp('1'), ruleId: 'set-not-null' }, { fingerprint: fp('2'), ruleId: 'require-lock-timeout' }]);
    const state = decodeState(`body\n${marker}\n`)!;
    expect(state.sha).toBe(SHA);
    expect([...state.findings]).toEqual([['1'.repeat(16), 'set-not-null'], ['2'.repeat(16), 'require-lock-timeout']]);
    expect(decodeState(marker.replace('=1 -->', '=7 -->'))).toBeNull();
    expect(decodeState(marker.replace('set-not-null', 'set--not<b>'))).toBeNull();
    expect(decodeState('<!-- migration-guard:state=v2:x -->')).toBeNull();
  });

  it('more findings than it keeps: marked, and no delta is claimed', () => {
    const many = Array.from({ length: STATE_MAX_FINDINGS + 1 }, (_, i) => ({ fingerprint: i.toString(16).padStart(32, '0'), ruleId: 'set-not-null' }));
    const state = decodeState(encodeState(SHA, many))!;
    expect(state.truncated).toBe(true);
    expect(deltaSection(state, [], 'b'.repeat(40))).toBeNull();
  });

  it('no change on a new commit is said once, briefly', () => {
    const f = finding();
    const state = decodeState(encodeState(SHA, [{ fingerprint: fp('3'), ruleId: f.ruleId }]));
    expect(deltaSection(state, [{ finding: f, fingerprint: fp('3') }], 'b'.repeat(40))).toBe('**No change since `aaaaaaa`**: 1 finding still open.');
    expect(deltaSection(state, [{ finding: f, fingerprint: fp('3') }], SHA)).toBeNull();
  });
});

describe('placement', () => {
  it('names what is inline and lists what is only in the comment, with why', () => {
    const [a, b] = [finding(), finding({ file: 'db/0003_|x|.sql', line: 9, severity: 'warning' })];
    const text = placementSection([a, b], { posted: 1, alreadyCommented: 0, deleted: 0, keptForReplies: 0, notInline: [{ finding: b, reason: 'over-cap' }] }, 30, ['1 finding is over the limit']);
    expect(text).toContain('💬 **1 of 2 findings inline** on the diff; 1 only in this comment:');
    expect(text).toContain('| ⚠️ `require-concurrent-index` | `db/0003_\\|x\\|.sql:9` | over the cap of 30 inline comments |');
  });
});

describe('weakenings', () => {
  it('severity lowered, fail-on raised, lockTimeout added; reasons from YAML comments; an input that overrides both sides is no change', () => {
    const text = "# nobody reads these\nfailOn: never\nlockTimeout: '5s' # the deploy sets it\nrules:\n  set-not-null: warning\n  prefer-text: error\n";
    const head = resolveConfig({ failOn: 'never', lockTimeout: '5s', rules: { 'set-not-null': 'warning', 'prefer-text': 'error' } }, '.migration-guard.yml');
    expect(configWeakenings(defaultConfig(), head, text).map((w) => [w.kind, w.subject, w.from, w.to, w.reason])).toEqual([
      ['fail-on', 'failOn', 'error', 'never', 'nobody reads these'],
      ['severity', 'set-not-null', 'error', 'warning', ''],
      ['lock-timeout', 'lockTimeout', undefined, '5s', 'the deploy sets it'],
    ]);
    const pinned = resolveConfig({ failOn: 'never' }, '.migration-guard.yml', { failOn: 'error' });
    expect(configWeakenings(defaultConfig({ failOn: 'error' }), pinned, text)).toEqual([]);
    expect(yamlReason("a: 'x # not a comment'\n", 'a')).toBe('');
  });

  it('a newer server version, a dropped migration directory, excluded code, new deprecations and a larger lock budget are weakenings; the reverse is not', () => {
    const base = resolveConfig({ pgVersion: 11, migrations: [{ path: 'db/migrations' }, { path: './other/' }], lockBudget: '2s', code: { exclude: ['vendor/**'] } }, '.migration-guard.yml');
    const text = 'pgVersion: 16 # upgraded in March\nmigrations:\n  - path: other\nlockBudget: 10s\ncode:\n  exclude: [vendor/**, app/**]\ndeprecated:\n  columns: [users.email]\n';
    const head = resolveConfig({ pgVersion: 16, migrations: [{ path: 'other' }], lockBudget: '10s', code: { exclude: ['vendor/**', 'app/**'] }, deprecated: { columns: ['users.email'] } }, '.migration-guard.yml');
    expect(configWeakenings(base, head, text).map((w) => [w.kind, w.subject, w.from, w.to, w.reason])).toEqual([
      ['version', 'pgVersion', '11', '16', 'upgraded in March'],
      ['scope', 'migrations', 'db/migrations', undefined, ''],
      ['scope', 'code.exclude', undefined, 'app/**', ''],
      ['deprecated', 'users.email', undefined, undefined, ''],
      ['lock-budget', 'lockBudget', '2000 ms', '10000 ms', ''],
    ]);
    expect(configWeakenings(head, base, null).map((w) => w.kind)).toEqual([]);
    const section = weakeningSection(configWeakenings(base, head, text));
    expect(section).toContain('`pgVersion` raised from `11` to `16`');
    expect(section).toContain('migration directory `db/migrations` no longer checked');
    expect(section).toContain('`users.email` declared deprecated');
  });

  it('a suppression already on the base is not new', () => {
    const head = '-- migration-guard: ignore set-not-null -- old\nALTER TABLE t ALTER c SET NOT NULL;\n-- migration-guard: ignore set-not-null -- new one\nALTER TABLE t ALTER d SET NOT NULL;\n';
    const base = head.split('\n').slice(0, 2).join('\n');
    const suppressed = [
      { ruleId: 'set-not-null', file: 'a.sql', line: 2, reason: 'old' },
      { ruleId: 'set-not-null', file: 'a.sql', line: 4, reason: 'new one' },
    ];
    expect(newSuppressions(suppressed, () => head, () => base).map((w) => [w.line, w.reason])).toEqual([[3, 'new one']]);
    expect(newSuppressions(suppressed, () => head, () => null)).toHaveLength(2);
  });
});

describe('SQL preview', () => {
  it('is collapsed, escaped in its summary, and cut at a line boundary', () => {
    const long = Array.from({ length: 400 }, (_, i) => `CREATE INDEX i${i} ON t (c);`).join('\n');
    const text = sqlPreviewSection([{ file: 'versions/<x>.py', framework: 'alembic', sql: long }])!;
    expect(text.startsWith('<details><summary>SQL preview: versions/&lt;x&gt;.py (alembic)</summary>\n\n```sql\nCREATE INDEX i0 ON t (c);')).toBe(true);
    expect(text).toMatch(/\n-- … \d+ more lines\n```\n\n<\/details>$/);
  });
});
