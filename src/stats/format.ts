/** Sizes in decimal units, as the docs and messages write them: 1.2 GB, 350 MB. */
export function formatBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v >= 100 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

/** Durations: 40 ms, 1.5 s, 12 s, 3.2 min. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.max(1, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  if (ms < 3_600_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

/** Writes per second, short: 0.3, 12, 1,200. */
export function formatRate(perSec: number): string {
  return perSec < 10 ? perSec.toFixed(1) : Math.round(perSec).toLocaleString('en-US');
}
