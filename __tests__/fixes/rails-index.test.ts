import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { applyFix } from './apply.js';

// Our own fixtures: the first migration (history) creates the tables.
const INITIAL = `class CreateUsers < ActiveRecord::Migration[7.1]
  def change
    create_table :users do |t|
      t.string :email, null: false
      t.string :name
    end
    add_index :users, :name
  end
end
`;
const history = { 'db/migrate/20240101000000_create_users.rb': INITIAL };
const FILE = 'db/migrate/20240301000000_change.rb';

const cls = (body: string, opts: { version?: string; classBody?: string; method?: string } = {}) =>
  `class Change < ActiveRecord::Migration[${opts.version ?? '7.1'}]\n${opts.classBody ?? ''}  def ${opts.method ?? 'change'}\n${body}\n  end\nend\n`;

async function fixAndRelint(ruleId: string, text: string) {
  const change = { [FILE]: text };
  const before = await lintFixture({ history, change });
  const finding = before.report.findings.find((f) => f.ruleId === ruleId && f.file === FILE);
  expect(finding).toBeDefined();
  expect(finding!.fix).toBeDefined();
  const fixed = applyFix(change, finding!.fix!);
  const after = await lintFixture({ history, change: fixed });
  const ids = after.report.findings.filter((f) => f.file === FILE).map((f) => f.ruleId);
  expect(ids).not.toContain(ruleId);
  for (const id of ['parse-error', 'internal-error', 'concurrent-in-transaction', 'unanalyzable']) expect(ids).not.toContain(id);
  const was = new Set(before.report.findings.filter((f) => f.file === FILE).map((f) => f.ruleId));
  expect(ids.filter((id) => !was.has(id))).toEqual([]);
  return { fixed: fixed[FILE]!, after };
}

const noFix = async (ruleId: string, text: string) => {
  const r = await lintFixture({ history, change: { [FILE]: text } });
  const finding = r.report.findings.find((f) => f.ruleId === ruleId && f.file === FILE);
  expect(finding).toBeDefined();
  expect(finding!.fix).toBeUndefined();
};

describe('Rails fixes: concurrent indexes', () => {
  test.each([
    ['plain', '    add_index :users, :email', '    add_index :users, :email, algorithm: :concurrently'],
    ['parentheses and options', '    add_index(:users, [:email, :name], unique: true)', '    add_index(:users, [:email, :name], unique: true, algorithm: :concurrently)'],
    ['over two lines', '    add_index :users, :email,\n      where: "email IS NOT NULL"', '    add_index :users, :email,\n      where: "email IS NOT NULL", algorithm: :concurrently'],
  ])('require-concurrent-index, %s: algorithm: :concurrently and disable_ddl_transaction!', async (_name, body, expected) => {
    const { fixed, after } = await fixAndRelint('require-concurrent-index', cls(body));
    expect(fixed).toContain(expected);
    expect(fixed).toMatch(/^class Change < ActiveRecord::Migration\[7\.1\]\n {2}disable_ddl_transaction!\n\n {2}def change\n/);
    const m = after.migrations.find((x) => x.file === FILE)!;
    expect(m.transactional).toBe(false);
    expect(m.up.some((op) => op.kind === 'createIndex' && op.concurrently)).toBe(true);
  });

  test('require-concurrent-index: disable_ddl_transaction! before the comment that leads `def change`, not on the class line', async () => {
    const text = cls('    add_index :users, :email', { classBody: '  # Login lookups.\n' }).replace(']\n', '] # see #12\n');
    const { fixed } = await fixAndRelint('require-concurrent-index', text);
    expect(fixed).toContain('Migration[7.1] # see #12\n  disable_ddl_transaction!\n\n  # Login lookups.\n  def change\n');
  });

  test('require-concurrent-index: disable_ddl_transaction! already there: only the option', async () => {
    const { fixed } = await fixAndRelint('require-concurrent-index', cls('    add_index :users, :email', { classBody: '  disable_ddl_transaction!\n\n' }));
    expect(fixed.match(/disable_ddl_transaction!/g)).toHaveLength(1);
    expect(fixed).toContain('add_index :users, :email, algorithm: :concurrently');
  });

  test('require-concurrent-index-drop: remove_index gets algorithm: :concurrently', async () => {
    const { fixed } = await fixAndRelint('require-concurrent-index-drop', cls('    remove_index :users, :name'));
    expect(fixed).toContain('remove_index :users, :name, algorithm: :concurrently');
    expect(fixed).toContain('  disable_ddl_transaction!\n');
  });

  test('require-concurrent-index with disable_ddl_transaction! and other statements: only the option', async () => {
    const text = cls('    add_column :users, :nickname, :string\n    add_index :users, :email', { classBody: '  disable_ddl_transaction!\n\n' });
    const r = await lintFixture({ history, change: { [FILE]: text } });
    const finding = r.report.findings.find((f) => f.ruleId === 'require-concurrent-index');
    expect(finding!.fix!.edits.map((e) => e.text)).toEqual([', algorithm: :concurrently']);
    await fixAndRelint('require-concurrent-index', text);
  });

  test('no exact fix when the migration does more than index statements, or the arguments end in a {…} hash', async () => {
    await noFix('require-concurrent-index', cls('    add_column :users, :nickname, :string\n    add_index :users, :email'));
    await noFix('require-concurrent-index', cls('    add_index :users, :email, { unique: true }'));
  });

  test('no exact fix for the index add_reference builds (not an add_index call)', async () => {
    await noFix('require-concurrent-index', cls('    add_reference :users, :account, index: true', { classBody: '  disable_ddl_transaction!\n\n' }));
  });
});

describe('Rails fixes: lock_timeout', () => {
  test('no lock_timeout fix where the index fix takes the migration out of its transaction (SET LOCAL would do nothing there)', async () => {
    const text = cls('    add_index :users, :email\n    remove_index :users, :name');
    const r = await lintFixture({ history, change: { [FILE]: text } });
    const lock = r.report.findings.filter((f) => f.ruleId === 'require-lock-timeout');
    expect(lock.length).toBeGreaterThan(0);
    expect(lock.every((f) => f.fix === undefined)).toBe(true);
    // Both index fixes applied (one pass each): nothing asks for a lock_timeout any more.
    let change: Record<string, string> = { [FILE]: text };
    for (let pass = 0; pass < 2; pass++) {
      const f = (await lintFixture({ history, change })).report.findings.find((x) => x.ruleId.startsWith('require-concurrent-index') && x.fix);
      change = applyFix(change, f!.fix!);
    }
    const ids = (await lintFixture({ history, change })).report.findings.map((f) => f.ruleId);
    expect(ids).toEqual([]);
    expect(change[FILE]).not.toContain('lock_timeout');
  });


  test('require-lock-timeout in change: up_only { execute … } first', async () => {
    const { fixed, after } = await fixAndRelint('require-lock-timeout', cls('    add_column :users, :nickname, :string\n    add_column :users, :bio, :text'));
    expect(fixed).toContain(`  def change\n    up_only { execute "SET LOCAL lock_timeout = '2s'" }\n    add_column :users, :nickname, :string\n`);
    const m = after.migrations.find((x) => x.file === FILE)!;
    expect(m.downIrreversible ?? null).toBeNull();
  });

  test('require-lock-timeout in up: execute first', async () => {
    const { fixed } = await fixAndRelint('require-lock-timeout', cls('    remove_column :users, :name', { method: 'up' }));
    expect(fixed).toContain(`  def up\n    execute "SET LOCAL lock_timeout = '2s'"\n    remove_column :users, :name\n`);
  });

  test('no exact fix in change before Rails 5.2 (no up_only)', async () => {
    await noFix('require-lock-timeout', cls('    add_column :users, :nickname, :string', { version: '5.1' }));
  });
});
