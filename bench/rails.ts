import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { railsFrontEnd } from '../src/parse/rails/index.js';

const MIGRATIONS = 320;

/** Realistic Rails migrations: create_table blocks, change_table, references, reversible, raw SQL, up/down pairs. */
function generatedMigration(i: number): { name: string; text: string } {
  const stamp = String(20240101000000 + i * 100);
  const t = `table_${i % 40}`;
  switch (i % 4) {
    case 0:
      return {
        name: `db/migrate/${stamp}_create_new_${i}.rb`,
        text: `class CreateNew${i} < ActiveRecord::Migration[7.1]
  def change
    create_table :new_${i}, id: :uuid do |t|
      t.string :email, null: false, limit: 320
      t.references :org, foreign_key: true, type: :uuid
      t.jsonb :settings, default: {}
      t.integer :plan, default: 0, null: false
      t.timestamps
    end
    add_index :new_${i}, [:org_id, :plan], unique: true
  end
end
`,
      };
    case 1:
      return {
        name: `db/migrate/${stamp}_alter_${t}_${i}.rb`,
        text: `class Alter${i} < ActiveRecord::Migration[7.0]
  disable_ddl_transaction!

  def change
    change_table :${t} do |t|
      t.string :nickname_${i}, limit: 40
      t.rename :bio_${i}, :about_${i}
    end
    add_index :${t}, :nickname_${i}, algorithm: :concurrently
    add_foreign_key :${t}, :orgs, validate: false
  end
end
`,
      };
    case 2:
      return {
        name: `db/migrate/${stamp}_backfill_${t}_${i}.rb`,
        text: `class Backfill${i} < ActiveRecord::Migration[6.1]
  def up
    add_column :${t}, :state_${i}, :string
    reversible_sql = "UPDATE ${t} SET state_${i} = 'open' WHERE state_${i} IS NULL"
    execute <<~SQL
      UPDATE ${t} SET state_${i} = 'open' WHERE created_at < now() - interval '1 day'
    SQL
    change_column_null :${t}, :state_${i}, false, "open"
  end

  def down
    remove_column :${t}, :state_${i}
  end
end
`,
      };
    default:
      return {
        name: `db/migrate/${stamp}_constraints_${t}_${i}.rb`,
        text: `class Constraints${i} < ActiveRecord::Migration[7.1]
  def change
    add_check_constraint :${t}, "price_${i} > 0", name: "${t}_price_${i}_positive", validate: false
    reversible do |dir|
      dir.up { execute "ALTER TABLE ${t} VALIDATE CONSTRAINT ${t}_price_${i}_positive" }
    end
    remove_column :${t}, :legacy_${i}, :text
    safety_assured { rename_column :${t}, :old_${i}, :new_${i} }
  end
end
`,
      };
  }
}

/**
 * Cost of loading tree-sitter and the Ruby grammar in a fresh Node process (median of 5): the
 * import, the runtime WASM and the grammar WASM, up to a first parse.
 */
function coldParserLoadMs(): number {
  const script = `
    const t = performance.now();
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    const ruby = await Language.load('node_modules/tree-sitter-ruby/tree-sitter-ruby.wasm');
    const parser = new Parser();
    parser.setLanguage(ruby);
    parser.parse('x = 1\\n');
    process.stdout.write(String(performance.now() - t));`;
  const runs = [0, 1, 2, 3, 4]
    .map(() => Number(spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8' }).stdout))
    .sort((a, b) => a - b);
  return runs[2]!;
}

/**
 * Rails front-end throughput on generated migrations and the cold-start cost of its parser.
 * Returns numbers; the bench runner prints them.
 */
export async function benchRails(): Promise<Record<string, number | string>> {
  const files = Array.from({ length: MIGRATIONS }, (_, i) => generatedMigration(i));
  const lower = (f: { name: string; text: string }) => railsFrontEnd({ file: { path: f.name, text: f.text }, dialect: 'postgres', isNew: true, id: f.name, order: f.name });
  const run = async () => {
    let ops = 0;
    let unparsed = 0;
    for (const f of files) {
      const [m] = await lower(f);
      ops += m!.up.length + (m!.down?.length ?? 0);
      unparsed += [...m!.up, ...(m!.down ?? [])].filter((op) => op.kind === 'unparsed').length;
    }
    return { ops, unparsed };
  };

  // The first file pays for loading tree-sitter, the Ruby grammar and libpg-query in this process.
  const firstStart = performance.now();
  await lower(files[0]!);
  const firstFileMs = performance.now() - firstStart;

  await run(); // warm-up
  const start = performance.now();
  const { ops, unparsed } = await run();
  const warmMs = performance.now() - start;
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  return {
    files: files.length,
    'ops lowered': ops,
    'unparsed ops (should be 0)': unparsed,
    'files/s (warm)': Math.round((files.length / warmMs) * 1000),
    'ms per file (warm)': Number((warmMs / files.length).toFixed(3)),
    'MB/s (warm)': Number((bytes / 1e6 / (warmMs / 1000)).toFixed(2)),
    'first file in process, ms (loads parsers)': Number(firstFileMs.toFixed(1)),
    'tree-sitter + Ruby grammar cold load, ms (fresh process, median of 5)': Number(coldParserLoadMs().toFixed(1)),
  };
}
