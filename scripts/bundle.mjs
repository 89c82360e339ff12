// Bundles the action (dist/index.js) and the CLI (dist/cli.js) and copies the WASM assets beside
// them, so dist/ runs with no node_modules. CI rebuilds and fails on any diff (check-dist).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const out = 'dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const entries = [
  { in: 'src/bin/cli.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  ...(existsSync('src/index.ts') ? [{ in: 'src/index.ts', out: 'index', banner: '' }] : []),
];
for (const e of entries) {
  await build({
    entryPoints: [e.in],
    outfile: path.join(out, `${e.out}.js`),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Heavy parsers stay in separate chunks loaded on demand? esbuild splitting needs outdir; keep
    // one file per entry and rely on lazy `import()` evaluation inside the bundle instead.
    banner: { js: `${e.banner}\nimport { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);` },
    legalComments: 'none',
    logLevel: 'warning',
    // pg-native is optional in pg; never bundled.
    external: ['pg-native'],
  });
}

const assets = [
  ['libpg-query.wasm', 'libpg-query/wasm/libpg-query.wasm'],
  ['web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm'],
  ['tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'],
];
for (const [name, pkgPath] of assets) {
  try {
    copyFileSync(require.resolve(pkgPath), path.join(out, name));
  } catch {
    // Some packages hide files behind "exports"; fall back to the node_modules path.
    copyFileSync(path.join('node_modules', pkgPath), path.join(out, name));
  }
}
writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
const size = (f) => (readFileSync(path.join(out, f)).length / 1024 / 1024).toFixed(2);
console.log(`dist/: ${entries.map((e) => `${e.out}.js ${size(`${e.out}.js`)} MB`).join(', ')}`);
