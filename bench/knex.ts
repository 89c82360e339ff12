import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { knexFrontEnd } from '../src/parse/knex/index.js';

const MIGRATIONS = 320;

/** Realistic Knex migrations: builders of every kind, raw SQL, data queries, CJS/ESM/TS exports. */
function generatedMigration(i: number): { name: string; text: string } {
  const stamp = String(20240101000000 + i * 100);
  const t = `table_${i % 40}`;
  switch (i % 4) {
    case 0:
      return {
        name: `${stamp}_create_${t}_${i}.js`,
        text: `exports.up = async function (knex) {
  await knex.schema.createTable('new_${i}', (table) => {
    table.bigIncrements();
    table.string('email', 320).notNullable().unique();
    table.integer('org_id').references('id').inTable('orgs').onDelete('CASCADE');
    table.jsonb('settings').defaultTo('{}');
    table.enu('plan', ['free', 'pro', 'team']);
    table.timestamps(true, true);
    table.index(['org_id', 'plan']);
  });
};

exports.down = (knex) => knex.schema.dropTable('new_${i}');
`,
      };
    case 1:
      return {
        name: `${stamp}_alter_${t}_${i}.ts`,
        text: `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('${t}', (table) => {
    table.string('nickname_${i}', 40).notNullable().defaultTo('');
    table.string('name', 500).notNullable().alter();
    table.renameColumn('bio_${i}', 'about_${i}');
    table.dropColumn('legacy_${i}');
    table.index('nickname_${i}');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('${t}', (table) => {
    table.dropIndex('nickname_${i}');
    table.dropColumn('nickname_${i}');
  });
}
`,
      };
    case 2:
      return {
        name: `${stamp}_backfill_${t}_${i}.mjs`,
        text: `const BATCH = ['a', 'b', 'c'];

export const up = async (knex) => {
  for (const kind of BATCH) {
    await knex('${t}').where('kind', kind).update({ state: 'open' });
  }
  if (!(await knex.schema.hasColumn('${t}', 'flag_${i}'))) {
    await knex.schema.table('${t}', (t) => t.boolean('flag_${i}').defaultTo(false));
  }
  await knex('${t}_cache').truncate();
};

export const down = async () => {};
`,
      };
    default:
      return {
        name: `${stamp}_raw_${t}_${i}.js`,
        text: `exports.config = { transaction: false };

exports.up = async (knex) => {
  await knex.raw(\`
    CREATE INDEX CONCURRENTLY ${t}_created_${i}_idx
      ON ${t} (created_at)
  \`);
};

exports.down = async (knex) => {
  await knex.raw('DROP INDEX CONCURRENTLY ${t}_created_${i}_idx');
};
`,
      };
  }
}

/** Cost of `import('@babel/parser')` in a fresh Node process (median of a few runs), minus an empty start. */
function coldParserImportMs(): number {
  const timeImport = (specifier: string | null) => {
    const script = specifier
      ? `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`
      : `process.stdout.write('0');`;
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8' });
    return Number(out.stdout);
  };
  const runs = [0, 1, 2, 3, 4].map(() => timeImport('@babel/parser')).sort((a, b) => a - b);
  return runs[2]!;
}

/**
 * Knex front-end throughput on generated migrations and the cold-start cost of its parser.
 * Returns numbers; the bench runner prints them.
 */
export async function benchKnex(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-bench-knex-'));
  try {
    for (let i = 0; i < MIGRATIONS; i++) {
      const { name, text } = generatedMigration(i);
      writeFileSync(path.join(dir, name), text);
    }
    const files = readdirSync(dir).sort();
    const run = async () => {
      let ops = 0;
      let unparsed = 0;
      for (const name of files) {
        const text = readFileSync(path.join(dir, name), 'utf8');
        const [m] = await knexFrontEnd({ file: { path: name, text }, dialect: 'postgres', isNew: true, id: name, order: name });
        ops += m!.up.length + (m!.down?.length ?? 0);
        unparsed += m!.up.filter((op) => op.kind === 'unparsed').length;
      }
      return { ops, unparsed };
    };

    // The first file pays for loading @babel/parser (and libpg-query for raw SQL) in this process.
    const firstStart = performance.now();
    const firstText = readFileSync(path.join(dir, files[0]!), 'utf8');
    await knexFrontEnd({ file: { path: files[0]!, text: firstText }, dialect: 'postgres', isNew: true, id: 'first', order: 'first' });
    const firstFileMs = performance.now() - firstStart;

    await run(); // warm-up
    const start = performance.now();
    const { ops, unparsed } = await run();
    const warmMs = performance.now() - start;

    return {
      files: files.length,
      'ops lowered': ops,
      'unparsed ops (should be 0)': unparsed,
      'files/s (warm)': Math.round((files.length / warmMs) * 1000),
      'ms per file (warm)': Number((warmMs / files.length).toFixed(3)),
      'first file in process, ms (loads parsers)': Number(firstFileMs.toFixed(1)),
      '@babel/parser cold import, ms (fresh process, median of 5)': Number(coldParserImportMs().toFixed(1)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
