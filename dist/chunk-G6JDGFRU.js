#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/parse/evaluation-limits.ts
var EVALUATION_LIMITS = {
  /** A loop over a literal collection is unrolled up to this many iterations. */
  loopIterations: 1e3,
  /** Statements executed per migration function, counting unrolled loops and inlined helpers. */
  steps: 2e6,
  /**
   * Ops and SQL texts one migration function may emit from unrolled loops and inlined helpers,
   * where a few lines can multiply into millions. Straight-line code is bounded by its own size.
   */
  outputs: 2e4
};

export {
  EVALUATION_LIMITS
};
