/**
 * The backup and restore lines are meant to be pasted into a shell. With a table or column name
 * built to break out of the quoting, the lines are run by bash with the database tools replaced
 * by stubs that only record their arguments: nothing injected may run, and each tool must get
 * the name as one argument.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Dialect, Op } from '../../src/ir.js';
import { backupCommands } from '../../src/rollback/backup.js';
import type { DataLoss } from '../../src/rollback/pairing.js';

const loc = { file: 'x.sql', line: 1, endLine: 1, column: 1 };
const dropColumn = (table: string, column: string, key: string[]): DataLoss => ({
  op: { kind: 'dropColumn', table, column, ifExists: false, loc } as Op,
  kind: 'column', table, column, key, object: `column ${table}.${column}`, what: '', why: '', shapeRestored: true,
});
const dropTable = (table: string): DataLoss => ({
  op: { kind: 'dropTable', table, ifExists: false, cascade: false, loc } as unknown as Op,
  kind: 'table', table, column: null, key: [], object: `table ${table}`, what: '', why: '', shapeRestored: true,
} as unknown as DataLoss);

const EVIL = `x'$(touch pwned1)';touch pwned2;"\`touch pwned3\`"$HOME*`;

function runInBash(lines: string[]): { dir: string; calls: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-restore-'));
  const stubs = ['pg_dump', 'pg_restore', 'psql', 'sed', 'mysqldump', 'mysql', 'gzip', 'gunzip']
    .map((tool) => `${tool}() { printf '%s' ${tool} >> calls; for a in "$@"; do printf ' [%s]' "$a" >> calls; done; printf '\\n' >> calls; cat >/dev/null 2>&1 </dev/null; }`)
    .join('\n');
  writeFileSync(path.join(dir, 'script.sh'), `${stubs}\nexport DATABASE_URL=postgres://db MYSQL_DATABASE=db\n${lines.join('\n')}\n`);
  execFileSync('bash', ['script.sh'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: '/usr/bin:/bin', HOME: '/nonexistent' } });
  return { dir, calls: readFileSync(path.join(dir, 'calls'), 'utf8') };
}

describe('restore commands with names built to break the quoting', () => {
  test.each<[Dialect, DataLoss[]]>([
    ['postgres', [dropColumn(EVIL, EVIL, [EVIL])]],
    ['postgres', [dropTable(EVIL)]],
    ['mysql', [dropColumn(EVIL, EVIL, [EVIL])]],
    ['mysql', [dropTable(EVIL)]],
  ])('%s: nothing injected runs, the name reaches each tool whole', (dialect, losses) => {
    const lines = backupCommands(dialect, losses);
    expect(lines.length).toBeGreaterThan(1);
    const { dir, calls } = runInBash(lines);
    try {
      for (const marker of ['pwned1', 'pwned2', 'pwned3']) expect(existsSync(path.join(dir, marker))).toBe(false);
      // Every command line is one tool call (pipelines: one per stage), never split by the name.
      const commandLines = lines.filter((l) => !l.startsWith('#'));
      const stages = commandLines.reduce((n, l) => n + l.split(' | ').length, 0);
      expect(calls.trim().split('\n')).toHaveLength(stages);
      expect(calls).toContain('$(touch pwned1)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a name with a line break or bidi override gets no command at all', () => {
    for (const name of ['a\nDROP DATABASE x', 'a\u202eb']) {
      expect(backupCommands('postgres', [dropColumn('users', name, ['id'])])).toEqual([expect.stringMatching(/^# Back up the data at risk by hand/)]);
    }
  });
});
