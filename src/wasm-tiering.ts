import v8 from 'node:v8';

/**
 * Lint runs keep WebAssembly on V8's baseline compiler (Liftoff). Left to itself V8 re-compiles the
 * 1.7 MB PostgreSQL parser with TurboFan in the background, and process exit waits for that: ~100 ms
 * on every short run, while the 50,000-statement benchmark measured no faster with it. The dry-run
 * does not call this: PGlite's long-running database code is worth optimising.
 * Must run before the parser's WASM is compiled (it applies to modules compiled afterwards).
 */
export function compileWasmForShortRuns(): void {
  v8.setFlagsFromString('--liftoff-only');
}
