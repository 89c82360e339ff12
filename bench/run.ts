// `npm run bench`: prints numbers, asserts nothing. Times the bundled CLI (dist/cli.js) as a whole
// process against squawk on the same generated files, then runs the per-front-end benchmarks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { alembicLarge, appCode, knexLarge, mysqlChanges, mysqlHistory, pgChanges, pgHistory, prProject, railsLarge, railsPrProject } from './shapes.js';
import { benchHostile } from './hostile.js';
import { benchScaling } from './scaling.js';
import path from 'node:path';

const OUT = path.resolve('bench/.out');
/** The value after a flag (`--cli dist2/cli.js`), or undefined. */
function flagValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
/** `--cli PATH`: time another bundle (a build in a temp directory) instead of dist/. */
const CLI = path.resolve(flagValue('--cli') ?? 'dist/cli.js');
/**
 * `--node PATH`: the Node that runs the whole-process rows (ours and `node -e 0`), e.g. a Node 24
 * from `npm install node@24` to measure the action's runtime; default: the Node running the bench.
 */
const NODE = flagValue('--node') ? path.resolve(flagValue('--node')!) : process.execPath;
/**
 * `--only KEY[,KEY]`: run only the rows whose key starts with one of them, e.g. `changes:postgres:50000`,
 * `changes:mysql`, `orm`, `scaling:postgres`, `pr:sql:200`, `extras`. Every row runs without it.
 */
const ONLY = flagValue('--only')?.split(',').filter(Boolean) ?? null;
const selected = (key: string) => ONLY === null || ONLY.some((k) => key.startsWith(k));
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
/** The lowering cache is off except where a row measures it (the PR rows, cold and warm). */
const BENCH_ENV: NodeJS.ProcessEnv = { ...process.env, MIGRATION_GUARD_CACHE: 'off' };

interface Run {
  ms: number;
  rssMb: number | null;
  status: number | null;
}

/** Runs a command once, measuring wall time and (with GNU time) peak RSS of the whole process. */
function timeCommand(cmd: string, args: string[], cwd: string, timeoutMs = 600_000, env: NodeJS.ProcessEnv = BENCH_ENV): Run {
  const withTime = existsSync(TIME);
  const start = process.hrtime.bigint();
  const r = withTime
    ? spawnSync(TIME, ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 30, env })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 30, env });
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
  const haveSquawk = !process.argv.includes('--no-squawk') && ensureSquawk();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  console.log(`migration-guard benchmarks (node ${process.version}, ${process.arch})\n`);

  const nodeBaseline = () => median(Array.from({ length: 5 }, () => timeCommand(NODE, ['-e', '0'], OUT).ms));
  const lintArgs = (file: string, out: string, extra: string[] = []) => [CLI, 'lint', file, '--format', 'json', '--output', out, ...extra];
  const runs = (n: number) => (n >= 50_000 ? 3 : 5);

  console.log(`Whole-process rows run on Node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()} (${NODE})\n`);
  console.log('Changes file on pre-existing tables (every statement kind; history file creates the tables), whole process, JSON output, medians');
  console.log('dialect | statements | ours ms | ours peak RSS MB | squawk ms | squawk peak RSS MB | ratio ours/squawk | node -e 0 ms');
  for (const dialect of ['postgres', 'mysql'] as const) {
    for (const n of [5_000, 50_000]) {
      if (!selected(`changes:${dialect}:${n}`)) continue;
      const dir = path.join(OUT, `${dialect}-${n}`);
      mkdirSync(dir, { recursive: true });
      const c = dialect === 'postgres' ? pgChanges(n) : mysqlChanges(n);
      writeFileSync(path.join(dir, '0001_history.sql'), dialect === 'postgres' ? pgHistory(c.pieces) : mysqlHistory(c.pieces));
      writeFileSync(path.join(dir, '0002_changes.sql'), c.text);
      writeFileSync(path.join(dir, 'models.py'), appCode(c.pieces));
      const ours: Run[] = [];
      const theirs: Run[] = [];
      // Interleaved, so a noisy neighbour slows both tools alike.
      for (let i = 0; i < runs(n); i++) {
        ours.push(timeCommand(NODE, lintArgs('0002_changes.sql', path.join(OUT, `ours-${dialect}-${n}.json`), dialect === 'mysql' ? ['--dialect', 'mysql'] : []), dir));
        if (haveSquawk && dialect === 'postgres') theirs.push(timeCommand(SQUAWK, ['--reporter', 'json', '0002_changes.sql'], dir));
      }
      const o = median(ours.map((r) => r.ms));
      const oRss = Math.max(...ours.map((r) => r.rssMb ?? 0));
      const t = theirs.length ? median(theirs.map((r) => r.ms)) : null;
      const tRss = theirs.length ? Math.max(...theirs.map((r) => r.rssMb ?? 0)) : null;
      console.log(`${dialect} | ${fmt(n)} | ${fmt(o)} | ${fmt(oRss, 1)} | ${t === null ? 'n/a' : fmt(t)} | ${tRss === null ? 'n/a' : fmt(tRss, 1)} | ${t === null ? 'n/a' : fmt(o / t, 3)} | ${fmt(nodeBaseline(), 1)}`);
    }
  }

  console.log('\nOne large ORM file on pre-existing tables, whole process (median of 3)');
  for (const [fw, gen, ext] of [['alembic', alembicLarge, 'py'], ['knex', knexLarge, 'js'], ['rails', railsLarge, 'rb']] as const) {
    if (!selected(`orm:${fw}`)) continue;
    const ops = 5_000;
    const dir = path.join(OUT, `${fw}-large`);
    const g = gen(ops);
    const names =
      fw === 'alembic' ? ['a1b2c3d4e5f6_history.py', 'f6e5d4c3b2a1_changes.py']
      : fw === 'knex' ? ['20240101000000_history.js', '20240102000000_changes.js']
      : ['db/migrate/20240101000000_create_tables.rb', 'db/migrate/20240102000000_large_change.rb'];
    mkdirSync(path.dirname(path.join(dir, names[0]!)), { recursive: true });
    writeFileSync(path.join(dir, names[0]!), g.history);
    writeFileSync(path.join(dir, names[1]!), g.changes);
    const r = Array.from({ length: 3 }, () => timeCommand(NODE, lintArgs(names[1]!, path.join(OUT, `ours-${fw}.json`)), dir));
    console.log(`  ${fw} (${ext}), ${fmt(ops)} operations: ${fmt(median(r.map((x) => x.ms)))} ms, peak RSS ${fmt(Math.max(...r.map((x) => x.rssMb ?? 0)), 1)} MB`);
  }

  console.log('\nN vs 2N, in-process, per stage and per rule (median of 3 runs each; ≈2 is linear; target ≤ 2.3)');
  // The ORM rows scale one large migration (its front end, lowering and fixes), where a per-finding walk of the ops shows.
  for (const [dialect, n] of [['postgres', 10_000], ['mysql', 10_000], ['alembic', 2_500], ['knex', 2_500], ['rails', 2_500]] as const) {
    if (!selected(`scaling:${dialect}`)) continue;
    const rows = await benchScaling(dialect, n, 3);
    console.log(`  ${dialect}: ${fmt(n)} → ${fmt(2 * n)} ${dialect === 'postgres' || dialect === 'mysql' ? 'statements' : 'operations'}`);
    for (const r of rows.sort((a, b) => b.twoN - a.twoN)) {
      // Below a few milliseconds a single GC pause decides the ratio: shown, not judged.
      const judged = r.n >= 5;
      const flag = judged && r.ratio > 2.3 ? '  <-- over 2.3' : judged ? '' : '  (too small to judge)';
      console.log(`    ${r.name.padEnd(40)} ${fmt(r.n, 1).padStart(9)} ms ${fmt(r.twoN, 1).padStart(9)} ms  ×${fmt(r.ratio, 2)}${flag}`);
    }
  }

  console.log('\nHostile input (issue #21 classes 5 and 6), N vs 2N, in-process (median of 3; ≈2 is linear)');
  for (const r of await benchHostile(3)) console.log(`    ${r.name.padEnd(40)} N=${fmt(r.n)}: ${fmt(r.msN, 1).padStart(9)} ms, 2N: ${fmt(r.ms2N, 1).padStart(9)} ms  ×${fmt(r.ms2N / r.msN, 2)}`);

  console.log('\n3-file PR over a history, whole process (median of 7, interleaved with `node -e 0`); cold: empty lowering cache, warm: history cached');
  console.log('framework | history migrations | cold ms | warm ms | node -e 0 ms | cold ratio | warm ratio | peak RSS MB cold/warm');
  for (const fw of ['sql', 'alembic', 'knex', 'rails'] as const) {
    for (const count of [200, 2_000]) {
      if (!selected(`pr:${fw}:${count}`)) continue;
      // Rails finds migrations by their place (db/migrate/); the others are named on the command line.
      const dir = path.join(OUT, `pr-${fw}-${count}`, 'migrations');
      mkdirSync(dir, { recursive: true });
      const p = fw === 'rails' ? railsPrProject(count) : prProject(fw, count);
      for (const [name, text] of p.files) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), text);
      }
      const cacheDir = path.join(OUT, `cache-${fw}-${count}`);
      const env = { ...process.env, MIGRATION_GUARD_CACHE_DIR: cacheDir };
      const args = [CLI, 'lint', ...p.changed.map((c) => `migrations/${c}`), '--format', 'json', '--output', path.join(OUT, `pr-${fw}-${count}.json`)];
      const cold: Run[] = [];
      const warm: Run[] = [];
      const bare: number[] = [];
      for (let i = 0; i < 7; i++) {
        rmSync(cacheDir, { recursive: true, force: true });
        cold.push(timeCommand(NODE, args, path.dirname(dir), 600_000, env));
        // The cold run filled the cache: this one finds every history file in it.
        warm.push(timeCommand(NODE, args, path.dirname(dir), 600_000, env));
        bare.push(timeCommand(NODE, ['-e', '0'], dir).ms);
      }
      const c = median(cold.map((r) => r.ms));
      const w = median(warm.map((r) => r.ms));
      const b = median(bare);
      const rss = (rs: Run[]) => fmt(Math.max(...rs.map((r) => r.rssMb ?? 0)), 1);
      console.log(`${fw} | ${fmt(count)} | ${fmt(c, 1)} | ${fmt(w, 1)} | ${fmt(b, 1)} | ${fmt(c / b, 2)} | ${fmt(w / b, 2)} | ${rss(cold)}/${rss(warm)}`);
    }
  }

  // Per-front-end and feature benchmarks live beside their code owners' modules.
  const extras: [string, string, string][] = [
    ['Alembic front end', './alembic.js', 'benchAlembic'],
    ['Knex front end', './knex.js', 'benchKnex'],
    ['Rails front end', './rails.js', 'benchRails'],
    ['MySQL front end', './mysql.js', 'benchMysql'],
    ['Code reference search', './references.js', 'benchReferences'],
    ['Dry-run', './dryrun.js', 'benchDryRun'],
  ];
  for (const [title, mod, fn] of extras) {
    if (process.argv.includes('--core') || !selected('extras')) break;
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
