import { lintFixture } from '../rollback/fixture.js';

const list = (n: number) => `[${Array.from({ length: n }, (_, i) => i).join(', ')}]`;

function knexNested(n: number): string {
  return `exports.up = async (knex) => {\n  for (const a of ${list(n)}) {\n    for (const b of ${list(n)}) {\n      await knex.raw('UPDATE t SET c = 1 WHERE id = 2');\n    }\n  }\n};\nexports.down = async () => {};\n`;
}

function alembicNested(n: number): string {
  return `from alembic import op\n\nrevision = "a1"\ndown_revision = None\n\n\ndef upgrade():\n    for a in ${list(n)}:\n        for b in ${list(n)}:\n            op.execute("UPDATE t SET c = 1 WHERE id = 2")\n\n\ndef downgrade():\n    pass\n`;
}

const sibling = { 'db/0001_t.sql': 'CREATE TABLE t (id bigint PRIMARY KEY, c int);\n', 'db/0002_sibling.sql': 'CREATE INDEX t_c ON t (c);\n' };

describe('evaluator budgets: the same limits for Knex and Alembic, bounded work at N and 2N', () => {
  for (const [name, file, gen] of [['knex', 'migrations/20240101000000_loops.js', knexNested], ['alembic', 'alembic/versions/a1_loops.py', alembicNested]] as const) {
    test(`${name}: nested literal loops stop at the output budget; the sibling file is still checked`, async () => {
      const sizes = [];
      for (const n of [300, 600]) {
        const { report } = await lintFixture({ history: { 'db/0001_t.sql': sibling['db/0001_t.sql'] }, change: { [file]: gen(n), 'db/0002_sibling.sql': sibling['db/0002_sibling.sql'] } });
        const mine = report.findings.filter((f) => f.file === file);
        expect(mine.filter((f) => f.ruleId === 'unanalyzable' && /more than 20000 operations/.test(f.message)).map((f) => f.ruleId)).toEqual(['unanalyzable']);
        expect(report.findings.some((f) => f.file === 'db/0002_sibling.sql' && f.ruleId === 'require-concurrent-index')).toBe(true);
        sizes.push(JSON.stringify(report).length);
      }
      // The output is bounded by the budget, not by N².
      expect(sizes[1]! / sizes[0]!).toBeLessThan(1.5);
    }, 120_000);
  }

  test('knex: a literal loop longer than the iteration limit is unanalyzable at its line, the statements after it are checked', async () => {
    const code = `exports.up = async (knex) => {\n  for (const a of ${list(1500)}) {\n    await knex.raw('DROP TABLE t');\n  }\n  await knex.schema.alterTable('t', (tb) => { tb.index(['c']); });\n};\nexports.down = async () => {};\n`;
    const { report } = await lintFixture({ history: { 'db/0001_t.sql': sibling['db/0001_t.sql'] }, change: { 'migrations/20240101000000_long.js': code } });
    const mine = report.findings.filter((f) => f.file === 'migrations/20240101000000_long.js');
    expect(mine).toEqual(expect.arrayContaining([
      expect.objectContaining({ ruleId: 'unanalyzable', line: 2, message: expect.stringContaining('1500 iterations') }),
      expect.objectContaining({ ruleId: 'require-concurrent-index', line: 5 }),
    ]));
  });
});
