import { fileURLToPath } from 'node:url';
import { relaunchForShortRun } from './wasm-tiering.js';

// The action's lint mode parses with baseline-compiled WebAssembly (see relaunchForShortRun); the
// child reads the same INPUT_* variables and writes the same runner files.
const mode = (process.env.INPUT_MODE ?? '').trim() || 'lint';
const relaunched = mode === 'lint' ? relaunchForShortRun(fileURLToPath(import.meta.url), []) : null;
if (relaunched !== null) process.exitCode = relaunched;
else void (await import('./action.js')).run();
