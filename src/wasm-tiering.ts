import { spawnSync } from 'node:child_process';
import v8 from 'node:v8';

/**
 * Lint runs keep WebAssembly on V8's baseline compiler (Liftoff). Left to itself V8 re-compiles the
 * 1.7 MB PostgreSQL parser with TurboFan, and process exit waits for that: ~100 ms on every short
 * run on Node 20, while the 50,000-statement benchmark measured no faster with it. The dry-run
 * does not call this: PGlite's long-running database code is worth optimising.
 * Must run before the parser's WASM is compiled (it applies to modules compiled afterwards).
 */
export function compileWasmForShortRuns(): void {
  v8.setFlagsFromString('--liftoff-only');
}

/**
 * Node 22 and later no longer honour `--liftoff-only` set at run time (compileWasmForShortRuns),
 * only on the command line. Measured on Node 24.21, the action's runtime, a 3-file PR lint over 200
 * migrations: 0.45–1.6 s and 612 MB peak RSS in-process, 0.16 s and 80 MB relaunched with the
 * flag (the relaunch itself costs one Node start-up, ~30 ms). So a short run on such a Node starts
 * itself again with the flag, stdio, environment and working directory passed through.
 * `MIGRATION_GUARD_RELAUNCH=0` turns this off, `=1` forces it (tests on Node 20).
 * Returns the child's exit code, or null when this process goes on itself (already relaunched,
 * turned off, an older Node, or the child could not be started).
 */
export function relaunchForShortRun(entry: string, args: readonly string[]): number | null {
  if (process.execArgv.includes('--liftoff-only')) return null;
  const setting = process.env.MIGRATION_GUARD_RELAUNCH;
  if (setting === '0') return null;
  if (setting !== '1' && Number(process.versions.node.split('.')[0]) < 22) return null;
  // Node 24 also sizes the young generation for long-lived servers: capped, the 50,000-statement
  // bench file peaks at 307 MB instead of 440 MB at the same speed.
  const child = spawnSync(process.execPath, [...process.execArgv, '--liftoff-only', '--max-semi-space-size=16', entry, ...args], { stdio: 'inherit', env: process.env });
  if (child.error) return null;
  if (child.signal) {
    // Ended by a signal (Ctrl-C reaches both processes): end the same way.
    process.kill(process.pid, child.signal);
    return 1;
  }
  return child.status ?? 1;
}
