/**
 * A bounded mutation fuzz: our own seed migration per front end, mutated with a fixed seed, linted
 * next to an untouched sibling migration with a known finding. Every run must finish, give a
 * report that survives JSON, and keep the sibling's finding: a hostile file may lose its own
 * analysis (as a parse error or unanalyzable), never someone else's.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../../src/config.js';
import { validateConfig } from '../../src/config-schema.js';
import { main } from '../../src/cli.js';
import type { Dialect } from '../../src/ir.js';

const MUTANTS = 200;
/** Per mutant; the whole test also has its own timeout. */
const RUN_LIMIT_MS = 20_000;

/** mulberry32: a small deterministic PRNG, so a failure reproduces from its index. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = ["'", '"', '`', '$$', '$x$', '/*', '*/', '/*!', '(', ')', '((((', '))))', '{', '}', '[', ']', ';', '\n', '\r', '\\', '--', '#', '"""', "'''", '\u0000', '\u202e', '\u2028', 'BEGIN', 'END', 'do', 'end', '${', '`${', 'def ', 'class ', '=>', 'COMMIT;', '\t', '\uFEFF', '\\.', '\\gexec\n',
  // Long runs: what super-linear regexes and rescans feed on.
  ' '.repeat(3000), '\t'.repeat(3000), '\n'.repeat(3000), "'\\'".repeat(1000), ' LOCK '.repeat(500), 'email, '.repeat(1000), '-- migration-guard: ignore x '.repeat(200)];

function mutate(text: string, rand: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(rand() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (out.length + 1));
    const len = Math.floor(rand() * 40);
    switch (Math.floor(rand() * 5)) {
      case 0: out = out.slice(0, at) + out.slice(at + len); break;
      case 1: out = out.slice(0, at) + out.slice(at, at + len).repeat(1 + Math.floor(rand() * 3)) + out.slice(at); break;
      case 2: out = out.slice(0, at) + HOSTILE[Math.floor(rand() * HOSTILE.length)]! + out.slice(at); break;
      case 3: out = out.slice(0, at); break;
      default: {
        const lines = out.split('\n');
        const i = Math.floor(rand() * lines.length);
        const j = Math.floor(rand() * lines.length);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        out = lines.join('\n');
      }
    }
  }
  return out;
}

interface Case {
  name: string;
  dialect: Dialect;
  /** Directory linted (relative). */
  dir: string;
  base: Record<string, string>;
  mutant: string;
  seed: string;
  sibling: { file: string; text: string; rule: string };
}

const SQL_HISTORY = 'CREATE TABLE t (id bigint PRIMARY KEY, c int, d text);\n';
const cases: Case[] = [
  {
    name: 'PostgreSQL SQL', dialect: 'postgres', dir: 'db', base: { 'db/0001_t.sql': SQL_HISTORY }, mutant: 'db/0002_mutant.sql',
    seed: "BEGIN;\nALTER TABLE t ADD COLUMN e text DEFAULT 'x';\nCREATE INDEX t_c ON t (c) WHERE d <> 'a;b';\nDO $$ BEGIN EXECUTE 'ALTER TABLE t DROP COLUMN d'; END $$;\nCOMMENT ON COLUMN t.c IS 'deprecated; use e';\n/* a comment ; */ UPDATE t SET c = 1 WHERE id IN (SELECT id FROM t);\nCOMMIT;\n",
    sibling: { file: 'db/0003_sibling.sql', text: 'CREATE INDEX t_d ON t (d);\n', rule: 'require-concurrent-index' },
  },
  {
    name: 'MySQL SQL', dialect: 'mysql', dir: 'db', base: { 'db/0001_t.sql': 'CREATE TABLE t (id BIGINT PRIMARY KEY, c INT, d TEXT);\n' }, mutant: 'db/0002_mutant.sql',
    seed: "/*!40101 SET NAMES utf8mb4 */;\nALTER TABLE `t` ADD COLUMN `e` VARCHAR(10) DEFAULT 'x', ALGORITHM=INSTANT;\nSET @s = IF((SELECT 1) > 0, \"SELECT 'ok'\", \"ALTER TABLE t ADD INDEX t_c (c)\");\nPREPARE stmt FROM @s;\nEXECUTE stmt;\nDELIMITER //\nCREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.c = 1; END//\nDELIMITER ;\n",
    sibling: { file: 'db/0003_sibling.sql', text: 'ALTER TABLE t DROP COLUMN d;\n', rule: 'drop-column-without-deprecation' },
  },
  {
    name: 'Alembic', dialect: 'postgres', dir: 'alembic/versions', base: {}, mutant: 'alembic/versions/a1_mutant.py',
    seed: 'from alembic import op\nimport sqlalchemy as sa\n\nrevision = "a1"\ndown_revision = None\n\n\ndef upgrade():\n    for t in ["x", "y"]:\n        op.add_column(t, sa.Column("c", sa.Text(), server_default=sa.text("now()")))\n    op.execute(sa.text("UPDATE x SET c = :v WHERE id > 0").bindparams(v="a"))\n    if op.get_bind().dialect.name == "sqlite":\n        op.drop_table("x")\n\n\ndef downgrade():\n    op.drop_column("x", "c")\n',
    sibling: { file: 'alembic/versions/b2_sibling.py', text: 'from alembic import op\n\nrevision = "b2"\ndown_revision = None\n\n\ndef upgrade():\n    op.create_index("users_email", "users", ["email"])\n\n\ndef downgrade():\n    op.drop_index("users_email")\n', rule: 'require-concurrent-index' },
  },
  {
    name: 'Knex', dialect: 'postgres', dir: 'migrations', base: {}, mutant: 'migrations/20240101000000_mutant.js',
    seed: "exports.up = async function (knex) {\n  for (const t of ['x', 'y']) {\n    await knex.schema.alterTable(t, (table) => {\n      table.string(`c_${t}`).notNullable().defaultTo('a');\n    });\n  }\n  await knex.raw('UPDATE x SET c = ? WHERE id > ?', ['a', 1]);\n  return knex.transaction(async (trx) => trx.schema.dropTable('z'));\n};\nexports.down = (knex) => knex.schema.dropTable('x');\n",
    sibling: { file: 'migrations/20240102000000_sibling.js', text: "exports.up = (knex) => knex.schema.alterTable('users', (t) => { t.index(['email']); });\nexports.down = (knex) => knex.schema.alterTable('users', (t) => { t.dropIndex(['email']); });\n", rule: 'require-concurrent-index' },
  },
  {
    name: 'Django', dialect: 'postgres', dir: 'shop/migrations', base: { 'shop/migrations/__init__.py': '', 'shop/migrations/0001_initial.py': "from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    initial = True\n    dependencies = []\n    operations = [\n        migrations.CreateModel(name='Item', fields=[('id', models.BigAutoField(primary_key=True)), ('name', models.CharField(max_length=10))]),\n    ]\n" }, mutant: 'shop/migrations/0002_mutant.py',
    seed: "from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    dependencies = [('shop', '0001_initial')]\n    operations = [\n        migrations.AddField('item', 'sku', models.CharField(max_length=20, default='x')),\n        migrations.RunSQL('UPDATE shop_item SET sku = %s', reverse_sql=migrations.RunSQL.noop),\n        migrations.AlterField('item', 'name', models.TextField()),\n    ]\n",
    sibling: { file: 'shop/migrations/0003_sibling.py', text: "from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    dependencies = [('shop', '0001_initial')]\n    operations = [\n        migrations.AddIndex('item', models.Index(fields=['name'], name='item_name_idx')),\n    ]\n", rule: 'require-concurrent-index' },
  },
  {
    name: 'Rails', dialect: 'postgres', dir: 'db/migrate', base: { 'db/migrate/20240101000000_create_items.rb': "class CreateItems < ActiveRecord::Migration[7.1]\n  def change\n    create_table :items do |t|\n      t.string :name\n    end\n  end\nend\n" }, mutant: 'db/migrate/20240201000000_mutant.rb',
    seed: "class Mutant < ActiveRecord::Migration[7.1]\n  def up\n    add_column :items, :sku, :string, default: 'x', null: false\n    execute <<~SQL\n      UPDATE items SET sku = 'a' WHERE id > 0;\n    SQL\n    safety_assured { remove_column :items, :name }\n  end\n\n  def down\n    raise ActiveRecord::IrreversibleMigration\n  end\nend\n",
    sibling: { file: 'db/migrate/20240301000000_sibling.rb', text: "class Sibling < ActiveRecord::Migration[7.1]\n  def change\n    add_index :items, :name\n  end\nend\n", rule: 'require-concurrent-index' },
  },
];

describe('mutation fuzz: every front end survives hostile edits without losing the sibling file', () => {
  for (const c of cases) {
    test(`${c.name}: ${MUTANTS} mutants`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'mg-fuzz-'));
      try {
        const write = (rel: string, text: string) => {
          mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
          writeFileSync(path.join(dir, rel), text);
        };
        for (const [rel, text] of Object.entries(c.base)) write(rel, text);
        write(c.sibling.file, c.sibling.text);
        const config = resolveConfig(validateConfig({}, 'test'), null, { dialect: c.dialect });
        const rand = prng(0xc0ffee + c.name.length);
        for (let i = 0; i < MUTANTS; i++) {
          const mutant = mutate(c.seed, rand);
          write(c.mutant, mutant);
          const where = `${c.name} mutant #${i}: ${JSON.stringify(mutant.slice(0, 300))}`;
          const started = performance.now();
          // Through the command line's own entry point (in process): its exit code and JSON output.
          // The directory is linted, so a mutant that no longer looks like a migration is skipped
          // as in a pull request, not a usage error for naming a non-migration.
          let out = '';
          const code = await main(['lint', c.dir, '--dialect', c.dialect, '--format', 'json', '--fail-on', 'error'], { out: (t) => void (out += t), err: () => undefined, cwd: dir, isTty: false }).catch((e: Error) => {
            throw new Error(`${where} threw: ${e.stack}`);
          });
          // A hang guard per run, not a speed assertion: a mutant takes tens of milliseconds.
          const ms = performance.now() - started;
          if (ms > RUN_LIMIT_MS) throw new Error(`${where} took ${Math.round(ms)} ms (limit ${RUN_LIMIT_MS} ms per run)`);
          if (code !== 0 && code !== 1) throw new Error(`${where} exited ${code} (only 0 or 1 for a lint run)`);
          let round: { findings: { file: string; ruleId: string; line: number }[] };
          try {
            round = JSON.parse(out);
          } catch {
            throw new Error(`${where} printed invalid JSON: ${out.slice(0, 300)}`);
          }
          const sibling = round.findings.filter((f) => f.file === c.sibling.file && f.ruleId === c.sibling.rule);
          if (sibling.length === 0) throw new Error(`${where} lost the sibling's ${c.sibling.rule} finding; findings: ${JSON.stringify(round.findings.map((f) => [f.file, f.ruleId]))}`);
          expect(round.findings.every((f) => Number.isInteger(f.line) && f.line >= 1)).toBe(true);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 180_000);
  }
});
