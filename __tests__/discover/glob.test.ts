import { globToRegExp, globWork } from '../../src/discover/files.js';

describe('globs', () => {
  test('*, ? and ** as before', () => {
    const m = (g: string, p: string) => globToRegExp(g).test(p);
    expect(m('db/migrations/*.sql', 'db/migrations/0001_a.sql')).toBe(true);
    expect(m('db/migrations/*.sql', 'db/migrations/x/0001_a.sql')).toBe(false);
    expect(m('db/**/*.sql', 'db/0001.sql')).toBe(true);
    expect(m('db/**/*.sql', 'db/a/b/0001.sql')).toBe(true);
    expect(m('src/**', 'src/a/b.ts')).toBe(true);
    expect(m('**/models/*.py', 'app/models/user.py')).toBe(true);
    expect(m('**/models/*.py', 'models/user.py')).toBe(true);
    expect(m('v?/*.sql', 'v1/a.sql')).toBe(true);
    expect(m('v?/*.sql', 'v10/a.sql')).toBe(false);
    expect(m('a.sql', 'aXsql')).toBe(false);
    expect(m('*_test.go', 'x_test.go')).toBe(true);
  });

  test('no backtracking blow-up: the work at N and 2N grows linearly', () => {
    const glob = `${'*a'.repeat(12)}*b`;
    const work = (n: number) => {
      const before = globWork();
      expect(globToRegExp(glob).test('a'.repeat(n))).toBe(false);
      return globWork() - before;
    };
    const n = work(2_000);
    const twoN = work(4_000);
    expect(twoN / n).toBeLessThan(2.5);
    const deep = `${'**/'.repeat(20)}x`;
    const segs = (k: number) => {
      const before = globWork();
      expect(globToRegExp(deep).test(`${'d/'.repeat(k)}y`)).toBe(false);
      return globWork() - before;
    };
    expect(segs(400) / segs(200)).toBeLessThan(2.5);
  });
});
