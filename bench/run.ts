// `npm run bench`: prints numbers, asserts nothing. Times the bundled CLI (dist/cli.js) as a whole
// process against squawk on the same generated files, then runs the per-front-end benchmarks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OUT = path.resolve('bench/.out');
const CLI = path.resolve('dist/cli.js');
const SQUAWK_VERSION = '2.66.0';
const SQUAWK_DIR = path.resolve('bench/.tools');
const SQUAWK = path.join(SQUAWK_DIR, 'node_modules/.bin/squawk');

/**
 * squawk-cli ships its binary in a per-platform optional package. It is not a devDependency: the
 * registry mirror CI uses lacks the other platforms' packages, which makes `npm ci` reject any lock
 * file that names them. The bench installs it beside itself on first use instead.
 */
function ensureSquawk(): boolean {
  if (existsSync(SQUAWK)) return true;
  mkdirSync(SQUAWK_DIR, { recursive: true });
  const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', SQUAWK_DIR, `squawk-cli@${SQUAWK_VERSION}`], { encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(SQUAWK)) {
    console.log(`squawk-cli@${SQUAWK_VERSION} could not be installed (${(r.stderr || '').trim().split('\n').pop()}); comparison columns show n/a`);
    return false;
  }
  return true;
}
const TIME = '/usr/bin/time';

/** Mixed DDL over tables that exist before the file (so locking rules really run and fire). */
function mixedDdl(statements: number, tables: number): string {
  const out: string[] = [];
  for (let i = 0; i < statements; i++) {
    const t = `t${i % tables}`;
    switch (i % 10) {
      case 0: out.push(`CREATE INDEX ${t}_idx_${i} ON ${t} (name);`); break;
      case 1: out.push(`ALTER TABLE ${t} ADD COLUMN c${i} integer NOT NULL DEFAULT 0;`); break;
      case 2: out.push(`ALTER TABLE ${t} ADD CONSTRAINT ${t}_fk_${i} FOREIGN KEY (parent_id) REFERENCES ${t} (id) NOT VALID;`); break;
      case 3: out.push(`UPDATE ${t} SET name = 'x' WHERE id = ${i};`); break;
      case 4: out.push(`CREATE TABLE n${i} (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz DEFAULT now());`); break;
      case 5: out.push(`ALTER TABLE ${t} ALTER COLUMN name SET NOT NULL;`); break;
      case 6: out.push(`CREATE INDEX CONCURRENTLY ${t}_cidx_${i} ON ${t} (created_at);`); break;
      case 7: out.push(`COMMENT ON COLUMN ${t}.name IS 'display name ${i}';`); break;
      case 8: out.push(`ALTER TABLE ${t} ADD COLUMN u${i} uuid DEFAULT gen_random_uuid();`); break;
      default: out.push(`-- step ${i}\nALTER TABLE ${t} ALTER COLUMN name TYPE varchar(200);`);
    }
  }
  return `${out.join('\n')}\n`;
}

function historySql(tables: number): string {
  const out: string[] = [];
  for (let i = 0; i < tables; i++) out.push(`CREATE TABLE t${i} (id bigint PRIMARY KEY, parent_id bigint, name text, created_at timestamptz);`);
  return `${out.join('\n')}\n`;
}

interface Run {
  ms: number;
  rssMb: number | null;
  status: number | null;
}

/** Runs a command once, measuring wall time and (with GNU time) peak RSS of the whole process. */
function timeCommand(cmd: string, args: string[], cwd: string, timeoutMs = 600_000): Run {
  const withTime = existsSync(TIME);
  const start = process.hrtime.bigint();
  const r = withTime
    ? spawnSync(TIME, ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const lastLine = withTime ? r.stderr.trim().split('\n').pop() ?? '' : '';
  const kb = Number(lastLine);
  return { ms, rssMb: Number.isFinite(kb) && kb > 0 ? kb / 1024 : null, status: r.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  if (!existsSync(CLI)) {
    console.error('dist/cli.js is missing: run `npm run bundle` first');
    process.exit(2);
  }
  const haveSquawk = ensureSquawk();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  console.log(`migration-guard benchmarks (node ${process.version}, ${process.arch})\n`);

  console.log('Lint throughput, whole process, JSON output (same files for both tools)');
  console.log('statements | ours ms | ours stmt/s | ours peak RSS MB | squawk ms | squawk stmt/s | ratio ours/squawk');
  for (const n of [5_000, 50_000]) {
    const dir = path.join(OUT, `s${n}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, '0001_history.sql'), historySql(200));
    writeFileSync(path.join(dir, '0002_mixed.sql'), mixedDdl(n, 200));
    const ours = timeCommand(process.execPath, [CLI, 'lint', '0002_mixed.sql', '--format', 'json', '--output', path.join(OUT, `ours-${n}.json`)], dir);
    // squawk has no history context, so it gets only the file under test (less work than ours).
    const squawk = haveSquawk ? timeCommand(SQUAWK, ['--reporter', 'json', '0002_mixed.sql'], dir) : null;
    const sq = squawk ? `${fmt(squawk.ms)} | ${fmt((n / squawk.ms) * 1000)} | ${fmt(ours.ms / squawk.ms, 3)}` : 'n/a | n/a | n/a';
    console.log(`${fmt(n)} | ${fmt(ours.ms)} | ${fmt((n / ours.ms) * 1000)} | ${ours.rssMb === null ? 'n/a' : fmt(ours.rssMb, 1)} | ${sq}`);
  }

  // A second shape: each table is created in the file and then altered and indexed (an initial
  // schema migration), where the created-in-this-file exemptions do the work. Shown on its own row.
  {
    const n = 20_000;
    const dir = path.join(OUT, `created${n}`);
    mkdirSync(dir, { recursive: true });
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const t = `c${i - (i % 5)}`;
      if (i % 5 === 0) out.push(`CREATE TABLE ${t} (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz DEFAULT now());`);
      else if (i % 5 === 1) out.push(`ALTER TABLE ${t} ADD COLUMN c${i} integer NOT NULL DEFAULT 0;`);
      else if (i % 5 === 2) out.push(`CREATE INDEX ${t}_idx_${i} ON ${t} (name);`);
      else if (i % 5 === 3) out.push(`ALTER TABLE ${t} ADD CONSTRAINT ${t}_fk_${i} FOREIGN KEY (id) REFERENCES ${t} (id) NOT VALID;`);
      else out.push(`UPDATE ${t} SET name = 'x' WHERE id = ${i};`);
    }
    writeFileSync(path.join(dir, '0001_initial.sql'), `${out.join('\n')}\n`);
    const ours = timeCommand(process.execPath, [CLI, 'lint', '0001_initial.sql', '--format', 'json', '--output', path.join(OUT, `ours-created-${n}.json`)], dir);
    const squawk = haveSquawk ? timeCommand(SQUAWK, ['--reporter', 'json', '0001_initial.sql'], dir) : null;
    console.log(`${fmt(n)} (tables created in the file) | ${fmt(ours.ms)} | ${fmt((n / ours.ms) * 1000)} | ${ours.rssMb === null ? 'n/a' : fmt(ours.rssMb, 1)} | ${squawk ? `${fmt(squawk.ms)} | ${fmt((n / squawk.ms) * 1000)} | ${fmt(ours.ms / squawk.ms, 3)}` : 'n/a | n/a | n/a'}`);
  }

  const pr = path.join(OUT, 'pr');
  mkdirSync(pr, { recursive: true });
  writeFileSync(path.join(pr, '0001_history.sql'), historySql(20));
  for (let i = 2; i <= 4; i++) writeFileSync(path.join(pr, `000${i}_change.sql`), mixedDdl(15, 20));
  const prRuns: Run[] = [];
  for (let i = 0; i < 11; i++) prRuns.push(timeCommand(process.execPath, [CLI, 'lint', '0002_change.sql', '0003_change.sql', '0004_change.sql', '--format', 'json', '--output', path.join(OUT, 'pr.json')], pr));
  console.log(`\n3-file PR, whole process (median of ${prRuns.length}): ${fmt(median(prRuns.map((r) => r.ms)), 1)} ms, peak RSS ${prRuns[0]!.rssMb === null ? 'n/a' : fmt(prRuns[0]!.rssMb, 1)} MB`);
  const nodeOnly = median(Array.from({ length: 5 }, () => timeCommand(process.execPath, ['-e', '0'], pr).ms));
  console.log(`  (bare \`node -e 0\` on this machine: ${fmt(nodeOnly, 1)} ms)`);

  // Per-front-end and feature benchmarks live beside their code owners' modules.
  const extras: [string, string, string][] = [
    ['Alembic front end', './alembic.js', 'benchAlembic'],
    ['Knex front end', './knex.js', 'benchKnex'],
    ['MySQL front end', './mysql.js', 'benchMysql'],
    ['Code reference search', './references.js', 'benchReferences'],
    ['Dry-run', './dryrun.js', 'benchDryRun'],
  ];
  for (const [title, mod, fn] of extras) {
    if (process.argv.includes('--core')) break;
    try {
      const m = (await import(mod)) as Record<string, () => Promise<Record<string, number | string>>>;
      const result = await m[fn]!();
      console.log(`\n${title}`);
      for (const [k, v] of Object.entries(result)) console.log(`  ${k}: ${typeof v === 'number' ? fmt(v, v < 100 ? 2 : 0) : v}`);
    } catch (e) {
      console.log(`\n${title}: not run (${(e as Error).message.split('\n')[0]})`);
    }
  }
}

await main();
