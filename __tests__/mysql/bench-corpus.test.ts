import { benchMysql } from '../../bench/mysql.js';

// The benchmark's generated 2,500-statement corpus doubles as a test: every statement parses and
// the splitter's line numbers are exact (timings are printed by the bench, never asserted).
test('generated MySQL corpus: 100% parse rate, no splitter line mismatch', async () => {
  const result = await benchMysql();
  expect(result.statements).toBeGreaterThanOrEqual(2000);
  expect(result['splitter line mismatches']).toBe(0);
  expect(result['parse errors']).toBe(0);
  expect(result['parse rate %']).toBe(100);
});
