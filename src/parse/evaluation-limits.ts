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
} as const;
