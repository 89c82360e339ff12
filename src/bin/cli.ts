import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { relaunchForShortRun } from '../wasm-tiering.js';

// Short runs (lint, fix, sql) parse with baseline-compiled WebAssembly; see relaunchForShortRun.
const args = process.argv.slice(2);
const relaunched = ['lint', 'fix', 'sql'].includes(args[0] ?? '') ? relaunchForShortRun(fileURLToPath(import.meta.url), args) : null;
if (relaunched !== null) process.exitCode = relaunched;
else {
  // Node 22.1+: V8 keeps the compiled bundle in the OS temp directory (checked against the source
  // and the Node version), so the next run skips compiling it (~30 ms of each short run).
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  const { main } = await import('../cli.js');
  // Large reports must be fully flushed before exiting, so the exit code is set rather than forced.
  process.exitCode = await main(args, {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
  });
}
