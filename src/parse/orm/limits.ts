/**
 * The budgets of the static evaluators (Alembic's Python interpreter, the Knex evaluator), one
 * set for both so a hostile file costs the same whatever its framework. Past a budget the rest of
 * that construct is `unanalyzable` at its line; everything outside it is still checked.
 */
export const EVALUATION_LIMITS = {
  /** A loop over a literal collection is unrolled up to this many iterations. */
  loopIterations: 1000,
  /** Statements executed per migration function, counting unrolled loops and inlined helpers. */
  steps: 2_000_000,
  /**
   * Ops and SQL texts one migration function may emit from unrolled loops and inlined helpers,
   * where a few lines can multiply into millions. Straight-line code is bounded by its own size.
   */
  outputs: 20_000,
  /** Nested inlining of helper functions defined in the file (also stops recursion). */
  callDepth: 8,
  /**
   * Deeper expressions are not evaluated: a parser accepts 5,000-deep nesting, and the evaluator's
   * recursion must stop well before the JavaScript stack does.
   */
  expressionDepth: 150,
  /** Nested blocks (with/if/for/try) followed before giving up on the inner ones. */
  blockDepth: 100,
} as const;

/** What the one `unanalyzable` report says when a budget runs out (the same words in every front end). */
export const BUDGET_EXCEEDED = {
  steps: `the migration executes more than ${EVALUATION_LIMITS.steps} statements when unrolled; the rest is not analysed`,
  outputs: `the migration emits more than ${EVALUATION_LIMITS.outputs} operations when unrolled; the rest is not analysed`,
} as const;
