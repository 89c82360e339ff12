/**
 * Maps offsets in a text to 1-based line/column, for every front end that reports positions.
 * CRLF counts as one line break, and so does a lone CR.
 */
export class LineIndex {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    // Old Mac line ends (a CR without LF) are rare: only then pay for a second pass and a merge.
    if (text.includes('\r')) {
      const cr: number[] = [];
      for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) cr.push(i + 1);
      if (cr.length) this.starts = [...this.starts, ...cr].sort((a, b) => a - b);
    }
  }
  /** 1-based line of an offset. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based column of an offset. */
  column(offset: number): number {
    return offset - this.starts[this.line(offset) - 1]! + 1;
  }
}
