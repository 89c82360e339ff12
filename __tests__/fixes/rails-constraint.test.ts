import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { applyFix } from './apply.js';

// Our own fixtures: the first migrations (history) create the tables.
const history = {
  'db/migrate/20240101000000_create_users.rb': `class CreateUsers < ActiveRecord::Migration[7.1]
  def change
    create_table :users do |t|
      t.string :email, null: false
      t.integer :age
    end
  end
end
`,
  'db/migrate/20240102000000_create_orders.rb': `class CreateOrders < ActiveRecord::Migration[7.1]
  def change
    create_table :orders do |t|
      t.bigint :user_id
      t.bigint :buyer_id
    end
  end
end
`,
};
const FILE = 'db/migrate/20240301000000_change.rb';
// A later migration already in the directory: the validation must run after it too.
const LATER = { 'db/migrate/20240305120000_add_note.rb': 'class AddNote < ActiveRecord::Migration[7.1]\n  def change\n    add_column :orders, :note, :text\n  end\nend\n' };

const cls = (body: string, version = '7.1') => `class Change < ActiveRecord::Migration[${version}]\n  def change\n${body}\n  end\nend\n`;

async function fixAndRelint(text: string, extra: Record<string, string> = {}) {
  const change = { [FILE]: text, ...extra };
  const before = await lintFixture({ history, change });
  const finding = before.report.findings.find((f) => f.ruleId === 'constraint-not-valid' && f.file === FILE);
  expect(finding?.fix).toBeDefined();
  expect(finding!.fix!.newFiles).toHaveLength(1);
  const fixed = applyFix(change, finding!.fix!);
  const created = finding!.fix!.newFiles![0]!.path;
  const after = await lintFixture({ history, change: fixed });
  const ids = after.report.findings.filter((f) => f.file === FILE || f.file === created).map((f) => f.ruleId);
  for (const id of ['constraint-not-valid', 'validate-same-transaction', 'migration-conflict', 'parse-error', 'internal-error', 'unanalyzable', 'missing-downgrade']) expect(ids).not.toContain(id);
  const was = new Set(before.report.findings.filter((f) => f.file === FILE).map((f) => f.ruleId));
  expect(ids.filter((id) => !was.has(id))).toEqual([]);
  const validation = after.migrations.find((m) => m.file === created)!;
  expect(validation.up.map((op) => op.kind)).toEqual(['validateConstraint']);
  // It runs after every migration of the directory.
  expect(after.migrations.filter((m) => m.framework === 'rails').at(-1)!.file).toBe(created);
  return { fixed, created };
}

describe('Rails fixes: constraint-not-valid', () => {
  test('add_foreign_key → validate: false, validate_foreign_key in a new migration', async () => {
    const { fixed, created } = await fixAndRelint(cls('    add_foreign_key :orders, :users'));
    expect(fixed[FILE]).toContain('    add_foreign_key :orders, :users, validate: false\n');
    expect(created).toMatch(/^db\/migrate\/20240301000001_validate_fk_rails_[0-9a-f]{10}\.rb$/);
    const cname = /validate_(fk_rails_[0-9a-f]{10})/.exec(created)![1]!;
    const hash = cname.slice('fk_rails_'.length);
    // ActiveSupport's camelize capitalises each part of the file name: `validate_fk_rails_f86…` → ValidateFkRailsF86….
    const klass = `ValidateFkRails${hash.charAt(0).toUpperCase()}${hash.slice(1)}`;
    expect(fixed[created]).toBe(`class ${klass} < ActiveRecord::Migration[7.1]\n  def change\n    validate_foreign_key :orders, :users\n  end\nend\n`);
  });

  test('add_foreign_key with column: and a later migration in the directory: the new one sorts after it', async () => {
    const { fixed, created } = await fixAndRelint(cls('    add_foreign_key :orders, :users, column: :buyer_id, on_delete: :cascade'), LATER);
    expect(fixed[FILE]).toContain('add_foreign_key :orders, :users, column: :buyer_id, on_delete: :cascade, validate: false');
    expect(created.startsWith('db/migrate/20240305120001_validate_')).toBe(true);
    expect(fixed[created]).toContain('    validate_foreign_key :orders, :users, column: :buyer_id\n');
  });

  test('two constraints in one migration and one in the next: each validation gets its own version, in order', async () => {
    const second = 'db/migrate/20240302000000_change_more.rb';
    const change = {
      [FILE]: cls('    add_foreign_key :orders, :users\n    add_foreign_key :orders, :users, column: :buyer_id'),
      [second]: 'class ChangeMore < ActiveRecord::Migration[7.1]\n  def change\n    add_check_constraint :users, "age >= 0", name: "users_age_positive"\n  end\nend\n',
    };
    const found = (await lintFixture({ history, change })).report.findings.filter((f) => f.ruleId === 'constraint-not-valid');
    const versions = found.map((f) => /(\d+)_validate_/.exec(f.fix!.newFiles![0]!.path)![1]);
    expect(versions).toEqual(['20240302000001', '20240302000002', '20240302000003']);
  });

  test('add_check_constraint → validate: false, validate_check_constraint by name in a new migration', async () => {
    const { fixed, created } = await fixAndRelint(cls('    add_check_constraint :users, "age >= 0", name: "users_age_positive"', '6.1'));
    expect(fixed[FILE]).toContain('add_check_constraint :users, "age >= 0", name: "users_age_positive", validate: false');
    expect(created).toBe('db/migrate/20240301000001_validate_users_age_positive.rb');
    expect(fixed[created]).toBe('class ValidateUsersAgePositive < ActiveRecord::Migration[6.1]\n  def change\n    validate_check_constraint :users, name: "users_age_positive"\n  end\nend\n');
  });

  test('add_check_constraint without a name: the name Rails gives it', async () => {
    const { fixed, created } = await fixAndRelint(cls('    add_check_constraint :users, "age >= 0"'));
    expect(fixed[created]).toMatch(/validate_check_constraint :users, name: "chk_rails_[0-9a-f]{10}"\n/);
  });

  test('no exact fix before the API exists, nor for the key add_reference adds', async () => {
    for (const text of [cls('    add_foreign_key :orders, :users', '5.1'), cls('    add_check_constraint :users, "age >= 0", name: "c"', '6.0'), cls('    add_reference :orders, :account, foreign_key: { to_table: :users }, index: false')]) {
      const r = await lintFixture({ history, change: { [FILE]: text } });
      const finding = r.report.findings.find((f) => f.ruleId === 'constraint-not-valid' && f.file === FILE);
      expect(finding).toBeDefined();
      expect(finding!.fix).toBeUndefined();
    }
  });
});
