import { main } from '../../src/cli.js';
import { tmpTree } from '../helpers/tmp.js';

async function cli(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s), cwd, isTty: false });
  return { code, out, err };
}

// The deploy sets lock_timeout (config), so these tests see only the rules they are about.
const history = {
  'db/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text, old text);\n',
  '.migration-guard.yml': 'lockTimeout: 2s\n',
};

describe('migration-guard lint', () => {
  test('text output: file:line:col, rule, code frame, safe alternative; exit 1 on errors', async () => {
    const t = tmpTree({ ...history, 'db/0002_idx.sql': '-- add index\nCREATE INDEX users_email_idx\n  ON users (email);\n' });
    try {
      const r = await cli(t.dir, 'lint', 'db/0002_idx.sql');
      expect(r.code).toBe(1);
      expect(r.out).toContain('db/0002_idx.sql:2:1: error [require-concurrent-index]');
      expect(r.out).toContain('2 | CREATE INDEX users_email_idx');
      expect(r.out).toContain('3 |   ON users (email);');
      expect(r.out).toContain('safe alternative: CREATE INDEX CONCURRENTLY users_email_idx ON users (email)');
    } finally {
      t.cleanup();
    }
  });

  test('JSON output follows the contract exactly', async () => {
    const t = tmpTree({ ...history, 'db/0002_idx.sql': 'CREATE INDEX users_email_idx ON users (email);\n' });
    try {
      const r = await cli(t.dir, 'lint', 'db/0002_idx.sql', '--format', 'json');
      const json = JSON.parse(r.out);
      expect(Object.keys(json)).toEqual(['version', 'findings', 'migrations', 'suppressed', 'summary']);
      expect(json.findings[0]).toEqual({
        ruleId: 'require-concurrent-index', severity: 'error', file: 'db/0002_idx.sql', line: 1, endLine: 1, column: 1,
        message: expect.any(String), suggestion: expect.any(String),
        fix: { title: 'Add CONCURRENTLY', edits: [{ file: 'db/0002_idx.sql', startLine: 1, startColumn: 13, endLine: 1, endColumn: 13, text: ' CONCURRENTLY' }] },
        migration: '0002_idx',
      });
      expect(json.migrations).toEqual([{ file: 'db/0002_idx.sql', framework: 'sql', isNew: true, rollback: { verdict: expect.any(String), reasons: expect.any(Array) } }]);
      expect(Object.keys(json.summary)).toEqual(['errors', 'warnings', 'infos', 'files', 'statements']);
    } finally {
      t.cleanup();
    }
  });

  test('SARIF 2.1.0 with rules, help text and stable fingerprints', async () => {
    const t = tmpTree({ ...history, 'db/0002_idx.sql': 'CREATE INDEX users_email_idx ON users (email);\n' });
    try {
      const a = JSON.parse((await cli(t.dir, 'lint', 'db/0002_idx.sql', '--format', 'sarif')).out);
      expect(a.version).toBe('2.1.0');
      const run = a.runs[0];
      expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'require-concurrent-index').help.text).toContain('CONCURRENTLY');
      // The stable docs URL scheme the LSP links to as well.
      expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'require-concurrent-index').helpUri).toMatch(/\/docs\/rules\/require-concurrent-index\.md$/);
      expect(run.results[0]).toMatchObject({ ruleId: 'require-concurrent-index', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'db/0002_idx.sql' }, region: { startLine: 1 } } }] });
      const fp = run.results[0].partialFingerprints['migrationGuard/v1'];
      // A blank line inserted above moves the finding but keeps its fingerprint.
      const t2 = tmpTree({ ...history, 'db/0002_idx.sql': '\n\nCREATE INDEX users_email_idx ON users (email);\n' });
      try {
        const b = JSON.parse((await cli(t2.dir, 'lint', 'db/0002_idx.sql', '--format', 'sarif')).out);
        expect(b.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(3);
        expect(b.runs[0].results[0].partialFingerprints['migrationGuard/v1']).toBe(fp);
      } finally {
        t2.cleanup();
      }
    } finally {
      t.cleanup();
    }
  });

  test('--fail-on never exits 0 with findings; warnings alone pass at the default level', async () => {
    const t = tmpTree({ ...history, 'db/0002_idx.sql': 'CREATE INDEX users_email_idx ON users (email);\n' });
    try {
      expect((await cli(t.dir, 'lint', 'db/0002_idx.sql', '--fail-on', 'never')).code).toBe(0);
    } finally {
      t.cleanup();
    }
  });

  test('usage and config errors exit 2 with a clear message', async () => {
    const t = tmpTree({ ...history, '.migration-guard.yml': 'dialect: postgres\nrulez: {}\n' });
    try {
      expect(await cli(t.dir, 'lint', '--format', 'xml')).toMatchObject({ code: 2, err: expect.stringContaining("--format must be text, json, sarif or markdown, not 'xml'") });
      expect(await cli(t.dir, 'lint', 'db')).toMatchObject({ code: 2, err: expect.stringContaining("unknown key 'rulez'") });
      expect(await cli(t.dir, 'lint', '--config', 'missing.yml')).toMatchObject({ code: 2, err: expect.stringContaining('config file not found: missing.yml') });
      expect(await cli(t.dir, 'lint', '--bogus')).toMatchObject({ code: 2 });
      expect(await cli(t.dir, 'frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining("unknown command 'frobnicate'") });
    } finally {
      t.cleanup();
    }
  });

  test('a missing path is a usage error naming it', async () => {
    const t = tmpTree(history);
    try {
      expect(await cli(t.dir, 'lint', 'nope/')).toMatchObject({ code: 2, err: expect.stringContaining('path not found: nope/') });
    } finally {
      t.cleanup();
    }
  });

  test('a rule set to off in config does not run; severity overrides apply', async () => {
    const t = tmpTree({ ...history, 'db/0002_idx.sql': 'CREATE INDEX users_email_idx ON users (email);\n', '.migration-guard.yml': 'lockTimeout: 2s\nrules:\n  require-concurrent-index: warning\n' });
    try {
      const r = await cli(t.dir, 'lint', 'db/0002_idx.sql', '--format', 'json');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).findings[0].severity).toBe('warning');
    } finally {
      t.cleanup();
    }
  });

  test('rules and explain', async () => {
    const r = await cli('.', 'rules');
    expect(r.out).toMatch(/require-concurrent-index\s+error\s+PG/);
    const e = await cli('.', 'explain', 'require-concurrent-index');
    expect(e.out).toContain('CREATE INDEX CONCURRENTLY users_email_idx ON users (email);');
    expect((await cli('.', 'explain', 'no-such-rule')).code).toBe(2);
  });
});

describe('suppressions', () => {
  test('a suppression with a reason on the line before silences the rule and is listed', async () => {
    const t = tmpTree({
      ...history,
      'db/0002_idx.sql': '-- migration-guard: ignore require-concurrent-index -- users has 12 rows, see ticket DB-42\nCREATE INDEX users_email_idx ON users (email);\n',
    });
    try {
      const json = JSON.parse((await cli(t.dir, 'lint', 'db/0002_idx.sql', '--format', 'json')).out);
      expect(json.findings).toEqual([]);
      expect(json.suppressed).toEqual([{ ruleId: 'require-concurrent-index', file: 'db/0002_idx.sql', line: 2, reason: 'users has 12 rows, see ticket DB-42' }]);
    } finally {
      t.cleanup();
    }
  });

  test('same-line suppression works; one without a reason or naming an unknown rule is reported and suppresses nothing', async () => {
    const t = tmpTree({
      ...history,
      'db/0002_idx.sql': [
        'CREATE INDEX a_idx ON users (email); -- migration-guard: ignore require-concurrent-index -- tiny table',
        '-- migration-guard: ignore require-concurrent-index',
        'CREATE INDEX b_idx ON users (email);',
        '-- migration-guard: ignore no-such-rule -- because',
        'CREATE INDEX c_idx ON users (email);',
      ].join('\n'),
    });
    try {
      const json = JSON.parse((await cli(t.dir, 'lint', 'db/0002_idx.sql', '--format', 'json')).out);
      expect(json.suppressed.map((s: { line: number }) => s.line)).toEqual([1]);
      const lines = json.findings.map((f: { ruleId: string; line: number; message: string }) => [f.ruleId, f.line]);
      expect(lines).toEqual([
        ['invalid-suppression', 2], ['require-concurrent-index', 3], ['invalid-suppression', 4], ['require-concurrent-index', 5],
      ]);
      expect(json.findings[0].message).toContain('without a reason');
      expect(json.findings[2].message).toContain("unknown rule 'no-such-rule'");
    } finally {
      t.cleanup();
    }
  });
});

describe('hostile input', () => {
  test('binary, invalid UTF-8, NUL, deep nesting, endless statement, 20 MB: findings with the file name, other files still linted', async () => {
    const big = 'ALTER TABLE users ADD COLUMN c int;\n'.repeat(560_000); // ~20 MB
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
    const t = tmpTree({
      ...history,
      'db/0002_binary.sql': binary,
      'db/0003_latin1.sql': Buffer.concat([Buffer.from('-- caf'), Buffer.from([0xe9]), Buffer.from('\nCREATE INDEX i3 ON users (email);\n')]),
      'db/0004_nul.sql': 'SELECT 1;\nSELECT \'a\0b\';\nCREATE INDEX i4 ON users (email);\n',
      'db/0005_nested.sql': `SELECT ${'('.repeat(10000)}1${')'.repeat(10000)};\nCREATE INDEX i5 ON users (email);\n`,
      'db/0006_endless.sql': "CREATE INDEX i6 ON users (email);\nSELECT 'this never ends\n",
      'db/0007_big.sql': big,
    });
    try {
      const r = await cli(t.dir, 'lint', 'db/0002_binary.sql', 'db/0003_latin1.sql', 'db/0004_nul.sql', 'db/0005_nested.sql', 'db/0006_endless.sql', 'db/0007_big.sql', '--format', 'json');
      expect(r.code).toBe(1);
      const f: { ruleId: string; file: string; line: number; message: string }[] = JSON.parse(r.out).findings;
      const at = (file: string) => f.filter((x) => x.file === `db/${file}`).map((x) => [x.ruleId, x.line]);
      expect(at('0002_binary.sql')).toEqual([['parse-error', 1]]);
      expect(at('0003_latin1.sql')).toEqual([['parse-error', 1], ['require-concurrent-index', 2]]);
      expect(at('0004_nul.sql')).toEqual([['parse-error', 2], ['require-concurrent-index', 3]]);
      expect(at('0005_nested.sql')).toEqual([['parse-error', 1], ['require-concurrent-index', 2]]);
      expect(at('0006_endless.sql')).toEqual([['require-concurrent-index', 1], ['parse-error', 2]]);
      expect(f.find((x) => x.file === 'db/0002_binary.sql')!.message).toContain('db/0002_binary.sql: the file is binary');
      expect(JSON.parse(r.out).summary.statements).toBeGreaterThan(560_000);
    } finally {
      t.cleanup();
    }
  }, 120_000);
});
