import { commentableLines, placeableRange } from '../../src/github/diff.js';

const patch = [
  '@@ -1,4 +1,5 @@',
  ' -- users',
  '-CREATE INDEX a ON users (email);',
  '+CREATE INDEX CONCURRENTLY a ON users (email);',
  '+CREATE INDEX b ON users (name);',
  ' ',
  ' SELECT 1;',
  '@@ -20,2 +21,3 @@ CREATE TABLE x',
  ' -- tail',
  '+DROP TABLE y;',
  ' -- end',
  '\\ No newline at end of file',
].join('\n');

describe('commentableLines', () => {
  it('holds the new-side lines of every hunk: added and context, not deleted', () => {
    expect([...commentableLines(patch)]).toEqual([1, 2, 3, 4, 5, 21, 22, 23]);
  });
  it('is empty without a patch (binary or too large a diff)', () => {
    expect(commentableLines(undefined).size).toBe(0);
    expect(commentableLines('').size).toBe(0);
  });
  it('handles a new file', () => {
    expect([...commentableLines('@@ -0,0 +1,2 @@\n+a\n+b')]).toEqual([1, 2]);
  });
});

describe('placeableRange', () => {
  const lines = commentableLines(patch);
  it('keeps a range inside one hunk', () => expect(placeableRange(lines, 2, 4)).toEqual({ start: 2, end: 4 }));
  it('shrinks a range that leaves the hunk', () => expect(placeableRange(lines, 4, 9)).toEqual({ start: 4, end: 5 }));
  it('refuses a start outside the diff', () => expect(placeableRange(lines, 10, 10)).toBeNull());
});
