import { performance } from 'node:perf_hooks';

/**
 * Where a run's time goes: wall milliseconds per pipeline stage and per rule (summed over every
 * migration), for `--timing` and the bench. One collector is active per process at a time; when
 * none is, `timed` is a plain call, so the hooks cost nothing in a normal run.
 */
export class Timings {
  readonly stages = new Map<string, number>();
  readonly rules = new Map<string, number>();

  add(stage: string, ms: number): void {
    this.stages.set(stage, (this.stages.get(stage) ?? 0) + ms);
  }

  addRule(id: string, ms: number): void {
    this.rules.set(id, (this.rules.get(id) ?? 0) + ms);
  }

  /** Rules by time spent, slowest first. */
  slowestRules(limit = 10): [string, number][] {
    return [...this.rules].sort((a, b) => b[1] - a[1]).slice(0, limit);
  }

  /** A small table for stderr, in the spirit of ESLint's `TIMING=1`. */
  format(limit = 10): string {
    const rows: [string, number][] = [...this.stages];
    const total = rows.reduce((s, [, ms]) => s + ms, 0);
    const lines = ['Stage                 | Time (ms) | Relative', ...rows.map(([k, ms]) => row(k, ms, total)), ''];
    const ruleTotal = [...this.rules.values()].reduce((s, ms) => s + ms, 0);
    lines.push('Rule                            | Time (ms) | Relative', ...this.slowestRules(limit).map(([k, ms]) => row(k, ms, ruleTotal, 31)));
    return `${lines.join('\n')}\n`;
  }
}

function row(name: string, ms: number, total: number, width = 21): string {
  const pct = total > 0 ? (100 * ms) / total : 0;
  return `${name.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${pct.toFixed(1).padStart(7)}%`;
}

let active: Timings | null = null;

/** Starts collecting into `t` (or stops, with null). */
export function collectTimings(t: Timings | null): void {
  active = t;
}

export function activeTimings(): Timings | null {
  return active;
}

/** Runs `fn`, adding its wall time to `stage` when a collector is active. */
export function timed<T>(stage: string, fn: () => T): T {
  if (!active) return fn();
  const t = active;
  const start = performance.now();
  try {
    return fn();
  } finally {
    t.add(stage, performance.now() - start);
  }
}

/** `timed` for async work. */
export async function timedAsync<T>(stage: string, fn: () => Promise<T>): Promise<T> {
  if (!active) return fn();
  const t = active;
  const start = performance.now();
  try {
    return await fn();
  } finally {
    t.add(stage, performance.now() - start);
  }
}

/** A start mark for `since` (0 when no collector is active, so callers skip the clock). */
export function mark(): number {
  return active ? performance.now() : 0;
}

/** Adds the time since `start` (a `mark()`) to `stage`; nothing when no collector is active. */
export function since(stage: string, start: number): void {
  if (active) active.add(stage, performance.now() - start);
}
