// N vs 2N: runs the engine in-process on the same shape at two sizes and reports, per stage and
// per rule, the median time at each size and the ratio (≈2 means linear). Prints nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defaultConfig } from '../src/config.js';
import { lint } from '../src/engine.js';
import { renderJson } from '../src/report/json.js';
import { collectTimings, timed, Timings } from '../src/timing.js';
import { compileWasmForShortRuns } from '../src/wasm-tiering.js';
import { alembicLarge, appCode, knexLarge, mysqlChanges, mysqlHistory, pgChanges, pgHistory, railsLarge } from './shapes.js';

/** What is scaled: a SQL dialect's changes file, or one large ORM migration (PostgreSQL). */
export type ScalingShape = 'postgres' | 'mysql' | 'alembic' | 'knex' | 'rails';

/** The files of each ORM shape: the history, then the file under test. */
const ORM_FILES = {
  alembic: ['a1b2c3d4e5f6_history.py', 'f6e5d4c3b2a1_changes.py'],
  knex: ['20240101000000_history.js', '20240102000000_changes.js'],
  rails: ['db/migrate/20240101000000_create_tables.rb', 'db/migrate/20240102000000_large_change.rb'],
} as const;

export interface ScalingRow {
  name: string;
  n: number;
  twoN: number;
  ratio: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// A full collection before each run: otherwise the previous run's garbage (tens of megabytes at
// 2N) is collected at a random point of the next one, inside whichever stage or rule is running.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function runOnce(dir: string, shape: ScalingShape): Promise<Timings> {
  collectGarbage();
  const t = new Timings();
  collectTimings(t);
  const start = performance.now();
  try {
    const dialect = shape === 'mysql' ? 'mysql' : 'postgres';
    const file = shape === 'postgres' || shape === 'mysql' ? '0002_changes.sql' : ORM_FILES[shape][1];
    const { report } = await lint({ cwd: dir, paths: [file], config: defaultConfig({ dialect }) });
    timed('render', () => renderJson(report));
  } finally {
    collectTimings(null);
  }
  t.add('total', performance.now() - start);
  return t;
}

function project(dialect: ScalingShape, statements: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `mg-bench-scale-${dialect}-`));
  mkdirSync(dir, { recursive: true });
  if (dialect !== 'postgres' && dialect !== 'mysql') {
    const g = dialect === 'alembic' ? alembicLarge(statements) : dialect === 'knex' ? knexLarge(statements) : railsLarge(statements);
    const [history, changes] = ORM_FILES[dialect];
    mkdirSync(path.dirname(path.join(dir, history)), { recursive: true });
    writeFileSync(path.join(dir, history), g.history);
    writeFileSync(path.join(dir, changes), g.changes);
    return dir;
  }
  const c = dialect === 'postgres' ? pgChanges(statements) : mysqlChanges(statements);
  writeFileSync(path.join(dir, '0001_history.sql'), dialect === 'postgres' ? pgHistory(c.pieces) : mysqlHistory(c.pieces));
  writeFileSync(path.join(dir, '0002_changes.sql'), c.text);
  writeFileSync(path.join(dir, 'models.py'), appCode(c.pieces));
  return dir;
}

/**
 * Medians of `runs` runs at `n` and `2n` statements, alternating sizes so machine noise hits both.
 * Rows: every stage, then every rule (prefixed `rule `), then `total`.
 */
export async function benchScaling(dialect: ScalingShape, n: number, runs = 3): Promise<ScalingRow[]> {
  compileWasmForShortRuns();
  const small = project(dialect, n);
  const large = project(dialect, 2 * n);
  try {
    await runOnce(small, dialect); // warm-up: WASM compile, module load
    const a: Timings[] = [];
    const b: Timings[] = [];
    for (let i = 0; i < runs; i++) {
      a.push(await runOnce(small, dialect));
      b.push(await runOnce(large, dialect));
    }
    const names = new Set<string>();
    for (const t of [...a, ...b]) {
      for (const k of t.stages.keys()) names.add(k);
      for (const k of t.rules.keys()) names.add(`rule ${k}`);
    }
    const get = (t: Timings, k: string) => (k.startsWith('rule ') ? t.rules.get(k.slice(5)) : t.stages.get(k)) ?? 0;
    const rows: ScalingRow[] = [];
    for (const k of names) {
      const ms1 = median(a.map((t) => get(t, k)));
      const ms2 = median(b.map((t) => get(t, k)));
      rows.push({ name: k, n: ms1, twoN: ms2, ratio: ms1 > 0 ? ms2 / ms1 : 0 });
    }
    return rows;
  } finally {
    rmSync(small, { recursive: true, force: true });
    rmSync(large, { recursive: true, force: true });
  }
}
