import { cls, lintRails, migrationOf, NEW, ruleIds, upOnly } from './helpers.js';

describe('strong_migrations safety_assured', () => {
  test('suppresses the locking checks inside the block; listed as suppressed with the reason', async () => {
    const r = await lintRails(cls('    safety_assured do\n      add_index :users, :name\n      remove_column :users, :name, :string\n    end\n    add_index :users, :email'));
    const ids = ruleIds(r);
    // Only the index outside the block is reported.
    expect(r.report.findings.filter((f) => f.ruleId === 'require-concurrent-index').map((f) => f.line)).toEqual([7]);
    expect(ids).not.toContain('drop-column-without-deprecation');
    const s = r.report.suppressed.filter((x) => x.file === NEW);
    expect(s.map((x) => [x.ruleId, x.line, x.reason])).toEqual(expect.arrayContaining([
      ['require-concurrent-index', 4, 'safety_assured'],
      ['drop-column-without-deprecation', 5, 'safety_assured'],
    ]));
  });

  test('a comment before the block (or first inside it) is the reason; braces form', async () => {
    const r = await lintRails(cls('    # users has 40 rows\n    safety_assured { add_index :users, :name }\n    safety_assured do\n      # index on a tiny table\n      add_index :users, :email\n    end'));
    expect(ruleIds(r)).not.toContain('require-concurrent-index');
    expect(r.report.suppressed.map((x) => x.reason)).toEqual(expect.arrayContaining(['safety_assured: users has 40 rows', 'safety_assured: index on a tiny table']));
  });

  test('rollback and hygiene checks are not covered (strong_migrations does not make them)', async () => {
    const r = await lintRails(upOnly('    safety_assured { execute "ALTER TABLE users ADD COLUMN x int" }'));
    expect(ruleIds(r)).toContain('missing-downgrade');
  });

  test('execute inside safety_assured: the SQL finding is suppressed at its line', async () => {
    const r = await lintRails(cls('    safety_assured do\n      execute <<~SQL\n        CREATE INDEX users_name_idx ON users (name)\n      SQL\n    end'));
    expect(ruleIds(r)).not.toContain('require-concurrent-index');
    expect(r.report.suppressed.map((x) => x.ruleId)).toContain('require-concurrent-index');
    expect(migrationOf(r).frameworkSuppressions).toHaveLength(1);
  });
});
