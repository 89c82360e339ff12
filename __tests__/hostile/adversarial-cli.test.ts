/**
 * The hand-made adversarial files of issue #21 through the CLI, each next to an untouched sibling
 * migration with a known finding: exit 0 or 1 (2 is for usage errors only), a report that parses
 * as JSON, and the sibling's finding still in it. Each case has its own time limit (the test's).
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { tmpTree } from '../helpers/tmp.js';

async function cli(cwd: string, argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s), cwd, isTty: false, stdin: async () => '' });
  return { code, out, err };
}

const ws = (n: number) => ' '.repeat(n);
const USERS = 'CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, email varchar(100), name text);\n';
const SIBLING = { file: 'db/0009_sibling.sql', text: 'CREATE INDEX users_name_idx ON users (name);\n' };

interface Case {
  name: string;
  files: Record<string, string>;
  /** Paths handed to `lint` (the sibling is added). */
  paths: string[];
  sibling?: { file: string; text: string; rule: string };
}

const cases: Case[] = [
  {
    name: 'MySQL ALTER padded around its LOCK clause',
    files: { '.migration-guard.yml': 'dialect: mysql\n', 'db/0001_users.sql': USERS, 'db/0002_pad.sql': `ALTER TABLE users ADD INDEX e (email)${ws(50_000)},${ws(50_000)}LOCK${ws(50_000)};\n` },
    paths: ['db/0002_pad.sql'],
    sibling: { ...SIBLING, rule: 'mysql-missing-online-ddl' },
  },
  {
    name: 'MySQL ENUM of escaped quotes that never close',
    files: { '.migration-guard.yml': 'dialect: mysql\n', 'db/0001_users.sql': "CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, name text, kind ENUM('a'));\n", 'db/0002_enum.sql': `ALTER TABLE users MODIFY kind ENUM('a', ${"'\\'".repeat(50_000)});\n` },
    paths: ['db/0002_enum.sql'],
    sibling: { ...SIBLING, rule: 'mysql-missing-online-ddl' },
  },
  {
    name: 'dbmate file with 50k markers on one line',
    files: { 'db/0001_users.sql': USERS, 'db/0002_markers.sql': `-- migrate:up${' -- migrate:up'.repeat(50_000)}\nCREATE INDEX users_email ON users (email);\n-- migrate:down\nDROP INDEX users_email;\n` },
    paths: ['db/0002_markers.sql'],
  },
  {
    name: 'suppression markers before a U+2028',
    files: { 'db/0001_users.sql': USERS, 'db/0002_supp.sql': `CREATE INDEX users_email ON users (email); ${'-- migration-guard: ignore x '.repeat(30_000)}\u2028\n` },
    paths: ['db/0002_supp.sql'],
  },
  {
    name: 'SQL default and CHECK padded with whitespace',
    files: { 'db/0001_users.sql': USERS, 'db/0002_pad.sql': `ALTER TABLE users ADD COLUMN c int DEFAULT (${ws(50_000)}NULL${ws(50_000)});\nALTER TABLE users ADD CONSTRAINT ck CHECK (${ws(50_000)}email IS NOT NULL${ws(50_000)}) NOT VALID;\n` },
    paths: ['db/0002_pad.sql'],
  },
  {
    name: 'Rails migration of 200k blank lines',
    files: { 'db/0001_users.sql': USERS, 'db/migrate/20240101000000_blank.rb': `${'\n'.repeat(200_000)}class Blank < ActiveRecord::Migration[7.1]\n  def change\n    add_index :users, :email\n  end\nend\n` },
    paths: ['db/migrate/20240101000000_blank.rb'],
  },
  {
    name: 'Knex file: `export function` and a long whitespace run',
    files: { 'db/0001_users.sql': USERS, 'migrations/20240101000000_ws.js': `export function${'\t'.repeat(300_000)}=\nexports.up = async (knex) => knex.raw('CREATE INDEX users_email ON users (email)');\nexports.down = async () => {};\n` },
    paths: ['migrations/20240101000000_ws.js'],
  },
  {
    name: 'CR-only Alembic file after 100k `revision:` lines',
    files: { 'db/0001_users.sql': USERS, 'alembic/versions/a1_cr.py': `${'revision:\r'.repeat(100_000)}from alembic import op\rrevision = "a1"\rdown_revision = None\rdef upgrade():\r    op.create_index("users_email", "users", ["email"])\rdef downgrade():\r    pass\r` },
    paths: ['alembic/versions/a1_cr.py'],
  },
  {
    name: 'a dropped column named 150k times on one 1 MiB line of application code',
    files: { 'db/0001_users.sql': USERS, 'db/0002_drop.sql': 'ALTER TABLE users DROP COLUMN email;\n', 'src/bundle.js': `const f = [${'email, '.repeat(150_000)}];\n` },
    paths: ['db/0002_drop.sql'],
  },
  {
    name: '100k nested parentheses',
    files: { 'db/0001_users.sql': USERS, 'db/0002_deep.sql': `SELECT ${'('.repeat(100_000)}1${')'.repeat(100_000)};\n` },
    paths: ['db/0002_deep.sql'],
  },
];

describe('adversarial files through the CLI: exit 0/1, JSON, the sibling still checked', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const sibling = c.sibling ?? { ...SIBLING, rule: 'require-concurrent-index' };
    const t = tmpTree({ ...c.files, [sibling.file]: sibling.text });
    try {
      const r = await cli(t.dir, ['lint', ...c.paths, sibling.file, '--format', 'json']);
      expect({ code: [0, 1].includes(r.code), err: r.code === 2 ? r.err : '' }).toEqual({ code: true, err: '' });
      const report = JSON.parse(r.out) as { findings: { file: string; ruleId: string }[] };
      expect(report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ file: sibling.file, ruleId: sibling.rule })]));
    } finally {
      t.cleanup();
    }
  }, 60_000);
});

describe('FIFOs in the migrations directory never block the run', () => {
  test('a FIFO and a committed symlink to one: skipped in a walk, a usage error when named', async () => {
    const t = tmpTree({ 'db/0001_users.sql': USERS, [SIBLING.file]: SIBLING.text });
    try {
      execFileSync('mkfifo', [path.join(t.dir, 'db', 'fifo'), path.join(t.dir, 'db', '0003_fifo.sql')]);
      symlinkSync('fifo', path.join(t.dir, 'db', '0002_link.sql'));
      const walked = await cli(t.dir, ['lint', 'db', '--format', 'json']);
      expect(walked.code).toBe(1);
      expect((JSON.parse(walked.out) as { findings: { file: string }[] }).findings.map((f) => f.file)).toContain(SIBLING.file);
      for (const named of ['db/0002_link.sql', 'db/0003_fifo.sql']) {
        const r = await cli(t.dir, ['lint', named, SIBLING.file, '--format', 'json']);
        expect([r.code, r.err.trim()]).toEqual([2, `migration-guard: ${named}: not a regular file that can be read`]);
      }
    } finally {
      t.cleanup();
    }
  }, 60_000);
});
