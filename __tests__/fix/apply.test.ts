import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyFixes, type Fixable } from '../../src/fix/apply.js';
import { unifiedDiff } from '../../src/fix/diff.js';
import type { TextEdit } from '../../src/rule.js';
import { tmpTree } from '../helpers/tmp.js';

const edit = (startLine: number, startColumn: number, endLine: number, endColumn: number, text: string, file = 'a.sql'): TextEdit => ({ file, startLine, startColumn, endLine, endColumn, text });
const finding = (ruleId: string, line: number, ...edits: TextEdit[]): Fixable => ({ ruleId, file: 'a.sql', line, fix: { title: ruleId, edits } });

describe('applyFixes', () => {
  const text = 'CREATE INDEX a ON t (x);\nDROP INDEX b;\n';
  const files = (t: Record<string, string>) => ({ textOf: (f: string) => t[f] });

  test('1-based columns, end exclusive: insertions and replacements, applied from the end', () => {
    const r = applyFixes([finding('r1', 1, edit(1, 13, 1, 13, ' CONCURRENTLY')), finding('r2', 2, edit(2, 1, 2, 5, 'drop')), finding('r3', 1, edit(1, 1, 1, 1, "SET lock_timeout = '2s'; "))], files({ 'a.sql': text }));
    expect(r.files.get('a.sql')).toBe("SET lock_timeout = '2s'; CREATE INDEX CONCURRENTLY a ON t (x);\ndrop INDEX b;\n");
    expect(r.applied.map((f) => f.ruleId)).toEqual(['r1', 'r2', 'r3']);
    expect(r.skipped).toEqual([]);
  });

  test('an edit may take whole lines, up to column 1 of the next line (or the end of the text)', () => {
    const r = applyFixes([finding('r1', 2, edit(2, 1, 3, 1, ''))], files({ 'a.sql': text }));
    expect(r.files.get('a.sql')).toBe('CREATE INDEX a ON t (x);\n');
  });

  test('overlapping fixes: the first (report order) wins, the other is skipped naming it; two insertions at one place overlap, one at the edge of a replacement does not', () => {
    const r = applyFixes(
      [
        finding('first', 1, edit(1, 1, 1, 7, 'create')),
        finding('inside', 1, edit(1, 3, 1, 3, 'X')),
        finding('edge', 1, edit(1, 7, 1, 7, ' UNIQUE')),
        finding('same-place', 1, edit(1, 7, 1, 7, ' TEMP')),
        finding('sharing', 1, edit(1, 5, 1, 9, '')),
      ],
      files({ 'a.sql': text }),
    );
    expect(r.files.get('a.sql')).toBe('create UNIQUE INDEX a ON t (x);\nDROP INDEX b;\n');
    expect(r.applied.map((f) => f.ruleId)).toEqual(['first', 'edge']);
    expect(r.skipped.map((s) => [s.finding.ruleId, s.reason])).toEqual([
      ['inside', 'it overlaps the fix for first at a.sql:1'],
      ['same-place', 'it overlaps the fix for edge at a.sql:1'],
      ['sharing', 'it overlaps the fix for first at a.sql:1'],
    ]);
  });

  test('a fix is all or nothing: one edit out of the text skips the whole fix', () => {
    const r = applyFixes([finding('r1', 1, edit(1, 13, 1, 13, ' CONCURRENTLY'), edit(9, 1, 9, 1, 'x'))], files({ 'a.sql': text }));
    expect(r.files.size).toBe(0);
    expect(r.skipped[0]!.reason).toMatch(/outside the file's text/);
    // A column past the line's end is outside too (it would land on the next line).
    expect(applyFixes([finding('r1', 1, edit(2, 15, 2, 15, 'x'))], files({ 'a.sql': text })).skipped).toHaveLength(1);
  });

  test('the same fix from two findings is applied once; refused files and existing new files are skipped', () => {
    const same = edit(1, 13, 1, 13, ' CONCURRENTLY');
    const r = applyFixes(
      [finding('r1', 1, same), finding('r2', 1, same), finding('r3', 1, edit(1, 1, 1, 1, 'x', 'b.sql')), { ruleId: 'r4', file: 'a.sql', line: 1, fix: { title: 't', edits: [], newFiles: [{ path: 'a.sql', text: 'x' }] } }],
      { textOf: (f) => (f === 'a.sql' ? text : undefined), refuse: (f) => (f === 'b.sql' ? 'b.sql: the file is not valid UTF-8' : null) },
    );
    expect(r.files.get('a.sql')).toBe('CREATE INDEX CONCURRENTLY a ON t (x);\nDROP INDEX b;\n');
    expect(r.applied.map((f) => f.ruleId)).toEqual(['r1', 'r2']);
    expect(r.skipped.map((s) => [s.finding.ruleId, s.reason])).toEqual([
      ['r3', 'b.sql: the file is not valid UTF-8'],
      ['r4', 'it creates a.sql, which already exists'],
    ]);
  });

  test('CRLF files: columns count within the line, the line breaks stay', () => {
    const r = applyFixes([finding('r1', 2, edit(2, 5, 2, 5, ' CONCURRENTLY'))], files({ 'a.sql': 'SELECT 1;\r\nDROP INDEX b;\r\n' }));
    expect(r.files.get('a.sql')).toBe('SELECT 1;\r\nDROP CONCURRENTLY INDEX b;\r\n');
  });
});

describe('unifiedDiff', () => {
  test('hunks with three lines of context; a new file; a missing final line break', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n') + '\n';
    const after = before.replace('b\n', 'B\n').replace('j\n', 'j');
    expect(unifiedDiff('x.sql', before, after)).toBe(
      'diff --git a/x.sql b/x.sql\n--- a/x.sql\n+++ b/x.sql\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -7,4 +7,4 @@\n g\n h\n i\n-j\n+j\n\\ No newline at end of file\n',
    );
    expect(unifiedDiff('n/y.sql', null, 'one\ntwo\n')).toBe('diff --git a/n/y.sql b/n/y.sql\nnew file mode 100644\n--- /dev/null\n+++ b/n/y.sql\n@@ -0,0 +1,2 @@\n+one\n+two\n');
    expect(unifiedDiff('x.sql', before, before)).toBe('');
  });

  test('random edits: every diff applies with git apply and gives the new text', () => {
    // A small deterministic generator, so a failure reproduces.
    let seed = 42;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const words = ['CREATE INDEX i ON t (x);', 'SELECT 1;', '', 'DROP TABLE t;', '-- note', 'BEGIN;', 'COMMIT;'];
    const cases: { file: string; before: string; after: string }[] = [];
    for (let c = 0; c < 40; c++) {
      const lines = Array.from({ length: rnd(30) }, () => words[rnd(words.length)]!);
      const changed = [...lines];
      for (let k = rnd(6); k > 0; k--) {
        const at = rnd(changed.length + 1);
        const op = rnd(3);
        if (op === 0) changed.splice(at, 0, words[rnd(words.length)]!);
        else if (op === 1) changed.splice(at, 1);
        else changed[at] = `${changed[at] ?? ''} CONCURRENTLY`;
      }
      const end = (l: string[], cut: boolean) => (l.length ? l.join('\n') + (cut ? '' : '\n') : '');
      cases.push({ file: `m/${c}.sql`, before: end(lines, rnd(4) === 0), after: end(changed, rnd(4) === 0) });
    }
    const t = tmpTree(Object.fromEntries(cases.map((c) => [c.file, c.before])));
    try {
      execFileSync('git', ['init', '-q', '.'], { cwd: t.dir });
      const patch = cases.map((c) => unifiedDiff(c.file, c.before, c.after)).join('');
      expect(patch.match(/^diff --git/gm)!.length).toBeGreaterThan(20);
      writeFileSync(path.join(t.dir, 'fix.diff'), patch);
      execFileSync('git', ['apply', 'fix.diff'], { cwd: t.dir, stdio: 'pipe' });
      for (const c of cases) expect(readFileSync(path.join(t.dir, c.file), 'utf8')).toBe(c.after);
    } finally {
      t.cleanup();
    }
  });
});
