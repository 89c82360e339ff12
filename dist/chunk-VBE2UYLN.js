#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/parse/orm/limits.ts
var EVALUATION_LIMITS = {
  /** A loop over a literal collection is unrolled up to this many iterations. */
  loopIterations: 1e3,
  /** Statements executed per migration function, counting unrolled loops and inlined helpers. */
  steps: 2e6,
  /**
   * Ops and SQL texts one migration function may emit from unrolled loops and inlined helpers,
   * where a few lines can multiply into millions. Straight-line code is bounded by its own size.
   */
  outputs: 2e4,
  /** Nested inlining of helper functions defined in the file (also stops recursion). */
  callDepth: 8,
  /**
   * Deeper expressions are not evaluated: a parser accepts 5,000-deep nesting, and the evaluator's
   * recursion must stop well before the JavaScript stack does.
   */
  expressionDepth: 150,
  /** Nested blocks (with/if/for/try) followed before giving up on the inner ones. */
  blockDepth: 100
};
var BUDGET_EXCEEDED = {
  steps: `the migration executes more than ${EVALUATION_LIMITS.steps} statements when unrolled; the rest is not analysed`,
  outputs: `the migration emits more than ${EVALUATION_LIMITS.outputs} operations when unrolled; the rest is not analysed`
};

// src/parse/orm/unchecked.ts
var UncheckedReports = class {
  reported = /* @__PURE__ */ new Set();
  /** True the first time a position is reported (and records it); false for every later report there. */
  claim(at) {
    const key = `${at.line}:${at.column}`;
    if (this.reported.has(key)) return false;
    this.reported.add(key);
    return true;
  }
  /** A new migration function starts with no reports. */
  clear() {
    this.reported.clear();
  }
};

export {
  EVALUATION_LIMITS,
  BUDGET_EXCEEDED,
  UncheckedReports
};
