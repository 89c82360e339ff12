import { main } from '../../src/cli.js';
import { tmpTree } from '../helpers/tmp.js';

async function cli(cwd: string, argv: string[], stdin?: string) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s), cwd, isTty: false, stdin: async () => stdin ?? '' });
  return { code, out, err };
}

const history = { 'db/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n' };
// require-concurrent-index (error) and require-lock-timeout (warning) without a config; with lockTimeout only the first.
const index = 'CREATE INDEX users_email_idx ON users (email);\n';

function withTree(files: Record<string, string>, fn: (dir: string) => Promise<void>) {
  return async () => {
    const t = tmpTree(files);
    try {
      await fn(t.dir);
    } finally {
      t.cleanup();
    }
  };
}

const ids = (out: string) => (JSON.parse(out) as { findings: { ruleId: string; severity: string }[] }).findings.map((f) => `${f.ruleId}:${f.severity}`);

describe('lint flags', () => {
  test('--rule ID=LEVEL sets the level, repeatable; off drops the rule', withTree({ ...history, 'db/0002_idx.sql': index }, async (dir) => {
    const r = await cli(dir, ['lint', 'db/0002_idx.sql', '--format', 'json', '--rule', 'require-concurrent-index=info', '--rule', 'require-lock-timeout=off']);
    expect(ids(r.out)).toEqual(['require-concurrent-index:info']);
    expect(r.code).toBe(0);
  }));

  test('--rule wins over the config file, and --print-config says so', withTree({ ...history, 'db/0002_idx.sql': index, '.migration-guard.yml': 'lockTimeout: 2s\nrules:\n  require-concurrent-index: warning\n  require-lock-timeout: error\n' }, async (dir) => {
    const r = await cli(dir, ['lint', 'db/0002_idx.sql', '--format', 'json', '--rule', 'require-concurrent-index=error']);
    expect(ids(r.out)).toEqual(['require-concurrent-index:error']);
    const text = await cli(dir, ['lint', '--print-config', '--rule', 'require-concurrent-index=error']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/require-concurrent-index: error\s+# flag --rule/);
    expect(text.out).toMatch(/require-lock-timeout: error\s+# config file \.migration-guard\.yml/);
    expect(text.out).toMatch(/lockTimeout: "2s"\s+# config file \.migration-guard\.yml/);
    expect(text.out).toMatch(/add-column-required: error\s+# default/);
    const json = JSON.parse((await cli(dir, ['lint', '--print-config', '--format', 'json', '--rule', 'require-concurrent-index=error', '--pg-version', '13'])).out);
    expect(json.configFile).toBe('.migration-guard.yml');
    expect(json.rules['require-concurrent-index']).toEqual({ value: 'error', from: 'flag --rule' });
    expect(json.rules['require-lock-timeout']).toEqual({ value: 'error', from: 'config file .migration-guard.yml' });
    expect(json.settings.pgVersion).toEqual({ value: 13, from: 'flag --pg-version' });
    expect(json.settings.dialect).toEqual({ value: 'postgres', from: 'default' });
  }));

  test('--print-config without a config file: every value is a default', withTree({}, async (dir) => {
    const json = JSON.parse((await cli(dir, ['lint', '--print-config', '--format', 'json'])).out);
    expect(json.configFile).toBeNull();
    expect(Object.values(json.settings).every((s) => (s as { from: string }).from === 'default')).toBe(true);
  }));

  test('--disable and --enable take comma lists; --enable turns on an off-by-default rule and overrides the file\'s off', withTree({ ...history, 'db/0002_idx.sql': index, '.migration-guard.yml': 'rules:\n  require-concurrent-index: off\n' }, async (dir) => {
    const off = await cli(dir, ['lint', 'db/0002_idx.sql', '--format', 'json', '--disable', 'require-lock-timeout,require-concurrent-index']);
    expect(ids(off.out)).toEqual([]);
    const on = await cli(dir, ['lint', 'db/0002_idx.sql', '--format', 'json', '--enable', 'require-concurrent-index', '--disable', 'require-lock-timeout']);
    expect(ids(on.out)).toEqual(['require-concurrent-index:error']);
    const cfg = JSON.parse((await cli(dir, ['lint', '--print-config', '--format', 'json', '--enable', 'require-concurrent-index'])).out);
    expect(cfg.rules['require-concurrent-index']).toEqual({ value: 'error', from: 'flag --enable' });
    const { rules } = await import('../../rules/index.js');
    const offByDefault = rules.find((r) => r.defaultOff);
    if (offByDefault) {
      const c = JSON.parse((await cli(dir, ['lint', '--print-config', '--format', 'json', '--enable', offByDefault.id])).out);
      expect(c.rules[offByDefault.id]).toEqual({ value: offByDefault.severity, from: 'flag --enable' });
    }
  }));

  test('--max-warnings N: exit 1 above N warnings, 0 at or below', withTree({ ...history, 'db/0002_idx.sql': index }, async (dir) => {
    const base = ['lint', 'db/0002_idx.sql', '--disable', 'require-concurrent-index'];
    expect((await cli(dir, base)).code).toBe(0); // one warning (require-lock-timeout)
    expect((await cli(dir, [...base, '--max-warnings', '1'])).code).toBe(0);
    const over = await cli(dir, [...base, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.err).toContain('1 warning, more than --max-warnings 0');
    expect((await cli(dir, [...base, '--max-warnings', 'x'])).code).toBe(2);
  }));

  test('--quiet reports errors only; warnings still count for --max-warnings', withTree({ ...history, 'db/0002_idx.sql': index }, async (dir) => {
    const r = await cli(dir, ['lint', 'db/0002_idx.sql', '--format', 'json', '--quiet']);
    expect(ids(r.out)).toEqual(['require-concurrent-index:error']);
    expect(JSON.parse(r.out).summary.warnings).toBe(0);
    expect(r.code).toBe(1);
    const q = await cli(dir, ['lint', 'db/0002_idx.sql', '--quiet', '--disable', 'require-concurrent-index', '--fail-on', 'warning']);
    expect(q.out).not.toContain('require-lock-timeout');
    expect(q.code).toBe(0);
    expect((await cli(dir, ['lint', 'db/0002_idx.sql', '--quiet', '--max-warnings', '0'])).code).toBe(1);
  }));

  test('--stdin --stdin-filename lints standard input as that file, with the directory as history', withTree(history, async (dir) => {
    const r = await cli(dir, ['lint', '--stdin', '--stdin-filename', 'db/0002_drop.sql', '--format', 'json'], 'ALTER TABLE users DROP COLUMN email;\n');
    const json = JSON.parse(r.out);
    expect(json.migrations.map((m: { file: string }) => m.file)).toEqual(['db/0002_drop.sql']);
    // The column is known from db/0001_users.sql, so the drop is judged against history.
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('drop-column-without-deprecation');
    expect(json.findings[0].file).toBe('db/0002_drop.sql');
  }));

  test('--stdin text replaces the file on disk of the same name', withTree({ ...history, 'db/0002_idx.sql': index }, async (dir) => {
    const r = await cli(dir, ['lint', '--stdin', '--stdin-filename', 'db/0002_idx.sql', '--format', 'json'], 'CREATE TABLE t (id int);\n');
    expect(ids(r.out)).toEqual([]);
    expect(r.code).toBe(0);
  }));

  test('--stdin usage errors: without --stdin-filename, with paths, not a migration', withTree(history, async (dir) => {
    const a = await cli(dir, ['lint', '--stdin'], 'SELECT 1;');
    expect(a.code).toBe(2);
    expect(a.err).toContain('--stdin needs --stdin-filename');
    expect((await cli(dir, ['lint', '--stdin', '--stdin-filename', 'db/x.sql', 'db'], '')).code).toBe(2);
    expect((await cli(dir, ['lint', '--stdin-filename', 'db/x.sql'], '')).code).toBe(2);
    const c = await cli(dir, ['lint', '--stdin', '--stdin-filename', 'db/notes.txt'], 'hello');
    expect(c.code).toBe(2);
    expect(c.err).toContain('not recognised as a migration');
  }));

  test('a named __init__.py (the package marker of a migrations folder) is skipped, not a usage error', withTree({ 'app/migrations/__init__.py': '', 'app/migrations/notes.txt': 'x' }, async (dir) => {
    expect((await cli(dir, ['lint', 'app/migrations/__init__.py'])).code).toBe(0);
    expect((await cli(dir, ['lint', 'app/migrations/notes.txt'])).code).toBe(2);
  }));

  test('--version prints the version', withTree({}, async (dir) => {
    const { VERSION } = await import('../../src/cli.js');
    expect(await cli(dir, ['lint', '--version'])).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
    expect((await cli(dir, ['--version'])).out).toBe(`${VERSION}\n`);
  }));

  test('unknown flags and unknown rule ids are usage errors naming them', withTree(history, async (dir) => {
    const a = await cli(dir, ['lint', '--bogus']);
    expect(a.code).toBe(2);
    expect(a.err).toContain("'--bogus'");
    const b = await cli(dir, ['lint', '--rule', 'no-such-rule=error', '--enable', 'also-not,require-concurrent-index', '--disable', 'nope']);
    expect(b.code).toBe(2);
    expect(b.err).toContain("--rule 'no-such-rule'");
    expect(b.err).toContain("--enable 'also-not'");
    expect(b.err).toContain("--disable 'nope'");
    const c = await cli(dir, ['lint', '--rule', 'require-concurrent-index=fatal']);
    expect(c.code).toBe(2);
    expect(c.err).toContain("not 'fatal'");
    expect((await cli(dir, ['lint', '--rule', 'require-concurrent-index'])).code).toBe(2);
  }));
});
