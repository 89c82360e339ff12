import { cls, lintRails, NEW, ruleIds } from './helpers.js';

describe('Rails front end', () => {
  test('discovery orders by timestamp; create_table lowers to the SQL ActiveRecord sends', async () => {
    const r = await lintRails(cls('    add_column :users, :nickname, :string'));
    const ms = r.migrations.filter((m) => m.framework === 'rails');
    expect(ms.map((m) => m.id)).toEqual(['20240101000000', '20240301000000']);
    const first = ms[0]!;
    expect(first.up[0]?.sql).toBe('CREATE TABLE "users" ("id" bigserial primary key, "email" character varying NOT NULL, "name" character varying, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL)');
    expect(first.down?.map((op) => op.kind)).toEqual(['dropTable', 'dropTable']);
    expect(ms[1]!.transactional).toBe(true);
  });

  test('add_index without algorithm: :concurrently on an existing table → require-concurrent-index', async () => {
    const r = await lintRails(cls('    add_index :users, :name'));
    expect(ruleIds(r)).toContain('require-concurrent-index');
  });

  test('algorithm: :concurrently without disable_ddl_transaction! → concurrent-in-transaction', async () => {
    const r = await lintRails(cls('    add_index :users, :name, algorithm: :concurrently'));
    expect(ruleIds(r)).toContain('concurrent-in-transaction');
    expect(ruleIds(r)).not.toContain('require-concurrent-index');
  });

  test('with both: silent', async () => {
    const r = await lintRails(cls('    add_index :users, :name, algorithm: :concurrently', '  disable_ddl_transaction!\n\n'));
    const m = r.migrations.find((x) => x.file === NEW)!;
    expect(m.transactional).toBe(false);
    expect(ruleIds(r)).toEqual([]);
  });

  test('add_reference foreign_key: true on an existing table: index and FK checked', async () => {
    const r = await lintRails(cls('    add_reference :accounts, :user, foreign_key: true'));
    const m = r.migrations.find((x) => x.file === NEW)!;
    expect(m.up.map((op) => op.kind)).toEqual(expect.arrayContaining(['addColumn', 'createIndex']));
    const ids = ruleIds(r);
    expect(ids).toContain('require-concurrent-index');
    expect(ids).toContain('constraint-not-valid');
    expect(m.down?.map((op) => op.kind)).toEqual(['dropColumn']);
  });

  test('change_column_null false → set-not-null', async () => {
    const r = await lintRails(cls('    change_column_null :users, :name, false'));
    expect(ruleIds(r)).toContain('set-not-null');
  });

  test('rename_column → rename-column, inverted on rollback', async () => {
    const r = await lintRails(cls('    rename_column :users, :name, :full_name'));
    expect(ruleIds(r)).toContain('rename-column');
    const m = r.migrations.find((x) => x.file === NEW)!;
    expect(m.down?.[0]?.sql).toBe('ALTER TABLE "users" RENAME COLUMN "full_name" TO "name"');
  });

  test('an irreversible change (remove_column without type) → missing-downgrade with the reason', async () => {
    const r = await lintRails(cls('    remove_column :users, :name'));
    const m = r.migrations.find((x) => x.file === NEW)!;
    expect(m.downIrreversible?.reason).toMatch(/IrreversibleMigration.*remove_column/);
    expect(ruleIds(r)).toContain('missing-downgrade');
  });

  test('remove_column with a type is reversible', async () => {
    const r = await lintRails(cls('    remove_column :users, :name, :string'));
    const m = r.migrations.find((x) => x.file === NEW)!;
    expect(m.downIrreversible).toBeNull();
    expect(m.down?.map((op) => op.kind)).toEqual(['addColumn']);
  });

  test('execute goes through the SQL front end; explicit up/down', async () => {
    const r = await lintRails(`class Change < ActiveRecord::Migration[7.1]
  def up
    execute <<~SQL
      ALTER TABLE users ALTER COLUMN name SET NOT NULL
    SQL
  end

  def down
    execute "ALTER TABLE users ALTER COLUMN name DROP NOT NULL"
  end
end
`);
    const m = r.migrations.find((x) => x.file === NEW)!;
    expect(m.up.map((op) => op.kind)).toEqual(['setNotNull']);
    expect(m.down?.map((op) => op.kind)).toEqual(['dropNotNull']);
    expect(ruleIds(r)).toContain('set-not-null');
  });

  test('unknown constructs are unanalyzable with the name, never a crash', async () => {
    const r = await lintRails(cls('    User.update_all(name: "x")\n    some_helper :users\n    add_column :users, col_name, :string'));
    const m = r.migrations.find((x) => x.file === NEW)!;
    const msgs = m.up.filter((op) => op.kind === 'unparsed').map((op) => (op as { message: string }).message);
    // The model call is data code: an UPDATE of users, not an unknown statement.
    expect(m.up[0]).toMatchObject({ kind: 'dml', action: 'update', table: 'users', hasWhere: false });
    expect(msgs).toHaveLength(2);
    expect(msgs[0]).toMatch(/some_helper/);
  });

  test('def self.up / self.down and %i[] / %w[] column lists', async () => {
    const r = await lintRails(`class Change < ActiveRecord::Migration
  def self.up
    add_index :users, %i[name email]
  end

  def self.down
    remove_index :users, column: %w[name email]
  end
end
`);
    const m = r.migrations.find((x) => x.file === NEW)!;
    expect(m.up[0]?.sql).toBe('CREATE INDEX "index_users_on_name_and_email" ON "users" ("name", "email")');
    expect(m.down?.map((op) => op.kind)).toEqual(['dropIndex']);
  });

  test('suppression comment on the line before', async () => {
    const r = await lintRails(cls('    # migration-guard: ignore require-concurrent-index -- table is tiny\n    add_index :users, :name'));
    expect(ruleIds(r)).not.toContain('require-concurrent-index');
  });

  test('invalid Ruby is a parse finding, not a crash', async () => {
    const r = await lintRails('class Change < ActiveRecord::Migration[7.1]\n  def change\n    add_index :users, (\n  end\n');
    const m = r.migrations.find((x) => x.file === NEW)!;
    expect(m.up.some((op) => op.kind === 'unparsed' && op.reason === 'parse')).toBe(true);
  });
});
