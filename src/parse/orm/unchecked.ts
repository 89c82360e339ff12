/**
 * The "not checked" (`unanalyzable`) reports of one migration function, at most one per source
 * position: a construct the evaluator cannot follow is reported once, however many of its parts
 * fail and however often an unrolled loop or an inlined helper reaches it again.
 */
export class UncheckedReports {
  private readonly reported = new Set<string>();

  /** True the first time a position is reported (and records it); false for every later report there. */
  claim(at: { line: number; column: number }): boolean {
    const key = `${at.line}:${at.column}`;
    if (this.reported.has(key)) return false;
    this.reported.add(key);
    return true;
  }

  /** A new migration function starts with no reports. */
  clear(): void {
    this.reported.clear();
  }
}
