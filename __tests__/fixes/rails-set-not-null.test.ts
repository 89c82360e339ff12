import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { applyFix } from './apply.js';

// Our own fixtures: the first migration (history) creates the table with a nullable column.
const history = {
  'db/migrate/20240101000000_create_users.rb': 'class CreateUsers < ActiveRecord::Migration[7.1]\n  def change\n    create_table :users do |t|\n      t.string :email\n    end\n  end\nend\n',
};
const FILE = 'db/migrate/20240301000000_require_email.rb';
const cls = (body: string, version = '7.1') => `class RequireEmail < ActiveRecord::Migration[${version}]\n  def change\n${body}\n  end\nend\n`;

describe('Rails fixes: set-not-null', () => {
  test('change_column_null false → a CHECK added NOT VALID; validated, NOT NULL set and the CHECK dropped in a later migration', async () => {
    const change = { [FILE]: cls('    change_column_null :users, :email, false') };
    const before = await lintFixture({ history, change });
    const finding = before.report.findings.find((f) => f.ruleId === 'set-not-null');
    expect(finding?.fix?.newFiles).toHaveLength(1);
    const fixed = applyFix(change, finding!.fix!);
    expect(fixed[FILE]).toBe(cls('    add_check_constraint :users, "email IS NOT NULL", name: "users_email_not_null", validate: false'));
    const created = 'db/migrate/20240301000001_validate_users_email_not_null.rb';
    expect(fixed[created]).toBe(
      'class ValidateUsersEmailNotNull < ActiveRecord::Migration[7.1]\n  def change\n    validate_check_constraint :users, name: "users_email_not_null"\n    change_column_null :users, :email, false\n    remove_check_constraint :users, "email IS NOT NULL", name: "users_email_not_null"\n  end\nend\n',
    );
    const after = await lintFixture({ history, change: fixed });
    const ids = after.report.findings.filter((f) => f.file === FILE || f.file === created).map((f) => f.ruleId);
    for (const id of ['set-not-null', 'constraint-not-valid', 'validate-same-transaction', 'migration-conflict', 'parse-error', 'internal-error', 'unanalyzable', 'missing-downgrade', 'downgrade-mismatch']) expect(ids).not.toContain(id);
    // What is left is what was there: the brief ACCESS EXCLUSIVE locks still want a lock_timeout.
    const was = new Set(before.report.findings.filter((f) => f.file === FILE).map((f) => f.ruleId));
    expect(ids.filter((id) => !was.has(id))).toEqual([]);
    const later = after.migrations.find((m) => m.file === created)!;
    expect(later.up.map((op) => op.kind)).toEqual(['validateConstraint', 'setNotNull', 'dropConstraint']);
  });

  test('no exact fix with a backfill value, or before Rails 6.1', async () => {
    for (const text of [cls("    change_column_null :users, :email, false, ''"), cls('    change_column_null :users, :email, false', '6.0')]) {
      const r = await lintFixture({ history, change: { [FILE]: text } });
      const finding = r.report.findings.find((f) => f.ruleId === 'set-not-null');
      expect(finding).toBeDefined();
      expect(finding!.fix).toBeUndefined();
    }
  });
});
