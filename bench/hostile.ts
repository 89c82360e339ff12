// Hostile-input classes of issue #21 (5 and 6) timed at N and 2N, in-process. Returns rows;
// prints nothing (bench/run.ts prints; `npx tsx bench/hostile.ts` prints them alone).
// The work-count tests in __tests__/hostile/ assert what can be counted; these rows time the rest.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../src/config.js';
import { validateConfig } from '../src/config-schema.js';
import { discover } from '../src/discover/index.js';
import { lint } from '../src/engine.js';
import { removeOnlineClauses } from '../src/schema/mysql-online.js';
import { searchReferences } from '../src/schema/references.js';

export interface HostileRow {
  name: string;
  n: number;
  msN: number;
  ms2N: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timeIt(f: () => unknown | Promise<unknown>, runs: number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-bench-hostile-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const config = () => resolveConfig(validateConfig({}, 'bench'), null, {});

/** N suppressed findings in one file: each finding is matched to its comment by line. */
function suppressions(n: number): Record<string, string> {
  return {
    'db/0001_t.sql': 'CREATE TABLE t (id bigint PRIMARY KEY, c int);\n',
    'db/0002_indexes.sql': range(n).map((i) => `-- migration-guard: ignore require-concurrent-index -- built before launch\nCREATE INDEX t_c_${i} ON t (c);\n`).join(''),
  };
}

/** N Rails `safety_assured` blocks, each holding a finding (the framework's own suppressions). */
function safetyAssured(n: number): Record<string, string> {
  const body = range(n).map((i) => `    safety_assured do\n      add_index :users, :c${i}\n    end\n`).join('');
  return {
    'db/migrate/20240101000000_create_users.rb': `class CreateUsers < ActiveRecord::Migration[7.1]\n  def change\n    create_table :users do |t|\n${range(n).map((i) => `      t.integer :c${i}\n`).join('')}    end\n  end\nend\n`,
    'db/migrate/20240301000000_index_users.rb': `class IndexUsers < ActiveRecord::Migration[7.1]\n  def change\n${body}  end\nend\n`,
  };
}

/** N Flyway versions, each with its undo file. */
function flyway(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (const i of range(n)) {
    files[`sql/V${i + 1}__step.sql`] = `CREATE TABLE t${i} (id bigint PRIMARY KEY);\n`;
    files[`sql/U${i + 1}__step.sql`] = `DROP TABLE t${i};\n`;
  }
  return files;
}

export async function benchHostile(runs = 3): Promise<HostileRow[]> {
  const rows: HostileRow[] = [];
  const lintRow = async (name: string, n: number, gen: (n: number) => Record<string, string>, changed: (files: Record<string, string>) => string[]) => {
    const ms: number[] = [];
    for (const size of [n, 2 * n]) {
      const files = gen(size);
      const dir = repo(files);
      try {
        const roots = [...new Set(Object.keys(files).map((f) => f.split('/')[0]!))];
        ms.push(await timeIt(() => lint({ cwd: dir, paths: roots, changedFiles: changed(files), config: config() }), runs));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    rows.push({ name, n, msN: ms[0]!, ms2N: ms[1]! });
  };
  await lintRow('suppression comments (lint)', 2_000, suppressions, () => ['db/0002_indexes.sql']);
  await lintRow('Rails safety_assured blocks (lint)', 1_000, safetyAssured, () => ['db/migrate/20240301000000_index_users.rb']);

  {
    const ms: number[] = [];
    for (const size of [5_000, 10_000]) {
      const dir = repo(flyway(size));
      try {
        ms.push(await timeIt(() => discover({ cwd: dir, paths: ['sql'], config: config() }), runs));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    rows.push({ name: 'Flyway V/U pairing (discover)', n: 5_000, msN: ms[0]!, ms2N: ms[1]! });
  }

  {
    const ms: number[] = [];
    for (const size of [50_000, 100_000]) {
      const sql = `ALTER TABLE t ADD COLUMN c int${'\t'.repeat(size)},${'\t'.repeat(size)}LOCK${'\t'.repeat(size)}=${'\t'.repeat(size)}NONE;`;
      ms.push(await timeIt(() => removeOnlineClauses(sql), runs));
    }
    rows.push({ name: 'MySQL online clauses, whitespace run', n: 50_000, msN: ms[0]!, ms2N: ms[1]! });
  }

  {
    const ms: number[] = [];
    for (const size of [50_000, 100_000]) {
      const dir = repo({ 'app.js': `const fields = [${'email, '.repeat(size)}];\n` });
      try {
        ms.push(await timeIt(() => searchReferences([{ table: 'users', column: 'email' }], { cwd: dir, columnOwners: new Map([['email', new Set(['users', 'accounts'])]]), maxFileBytes: 4 * 1024 * 1024 }), runs));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    rows.push({ name: 'reference scan, one long line', n: 50_000, msN: ms[0]!, ms2N: ms[1]! });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchHostile()) console.log(`${r.name.padEnd(40)} N=${r.n}: ${r.msN.toFixed(1)} ms, 2N: ${r.ms2N.toFixed(1)} ms, ×${(r.ms2N / r.msN).toFixed(2)}`);
}
