import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A fresh process shows what importing the Knex front end loads: @babel/parser (a CommonJS
 * package, so it lands in require.cache) must arrive with the first Knex file, not with the import.
 */
test('@babel/parser loads with the first Knex file, not when the front end is imported', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-knex-lazy-'));
  try {
    const frontEnd = pathToFileURL(path.join(process.cwd(), 'src/parse/knex/index.ts')).href;
    const script = path.join(dir, 'probe.mts');
    writeFileSync(
      script,
      `import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(path.join(process.cwd(), 'package.json'))});
const loaded = () => Object.keys(require.cache).some((k) => k.includes('@babel/parser'));
const { knexFrontEnd, isKnexFile } = await import(${JSON.stringify(frontEnd)});
const afterImport = loaded();
isKnexFile('exports.up = (knex) => knex.schema.dropTable("a");');
const afterDetect = loaded();
await knexFrontEnd({ file: { path: 'a.js', text: 'exports.up = (k) => k.schema.dropTable("a");' }, dialect: 'postgres', isNew: true, id: 'a', order: 'a' });
process.stdout.write(JSON.stringify({ afterImport, afterDetect, afterLint: loaded() }));
`,
    );
    const out = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: process.cwd(), encoding: 'utf8' });
    expect(out.stderr).not.toMatch(/Error/);
    expect(JSON.parse(out.stdout)).toEqual({ afterImport: false, afterDetect: false, afterLint: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
