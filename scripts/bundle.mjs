// Bundles the action (dist/index.js) and the CLI (dist/cli.js) and copies the WASM assets beside
// them, so dist/ runs with no node_modules. CI rebuilds and fails on any diff (check-dist).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const out = 'dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The build id keys the lowering cache (src/lowering-cache.ts): the version alone does not move
// when the code does, so it carries a hash of every source file and the dependency lock.
function buildId() {
  const h = createHash('sha256');
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  for (const dir of ['src', 'rules']) if (existsSync(dir)) walk(dir);
  for (const f of [...files.sort(), 'package.json', 'package-lock.json']) {
    if (!existsSync(f)) continue;
    h.update(`${f.split(path.sep).join('/')}\0`).update(readFileSync(f)).update('\0');
  }
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  return `${version}+${h.digest('hex').slice(0, 16)}`;
}

const entryPoints = { cli: 'src/bin/cli.ts', ...(existsSync('src/index.ts') ? { index: 'src/index.ts' } : {}) };
const bundledPackages = new Set();
// Code splitting: every `import()` becomes its own chunk, so a SQL-only lint never even compiles
// the Python/JS parsers, node-sql-parser, PGlite or Octokit. Chunks sit beside the entries so
// that __dirname (and the .wasm files) resolve to dist/ from every one of them.
const result = await build({
  entryPoints,
  outdir: out,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  metafile: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Bundled CommonJS code (the parsers' Emscripten loaders) expects require/__dirname; in an ESM
  // bundle they point at dist/, where the .wasm files are copied.
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __mgCreateRequire } from 'node:module';",
      "import { fileURLToPath as __mgFileURLToPath } from 'node:url';",
      'const require = __mgCreateRequire(import.meta.url);',
      'const __filename = __mgFileURLToPath(import.meta.url);',
      "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
    ].join('\n'),
  },
  legalComments: 'none',
  logLevel: 'warning',
  // pg-native is optional in pg; never bundled.
  // Knex's dialect files name drivers we never load (no connection: Knex only compiles): not bundled.
  external: ['pg-native', 'mysql', 'pg-query-stream'],
  define: { __MIGRATION_GUARD_BUILD__: JSON.stringify(buildId()) },
});
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) bundledPackages.add(m[1]);
}
for (const pkg of ['libpg-query', 'web-tree-sitter', 'tree-sitter-python', 'tree-sitter-ruby']) bundledPackages.add(pkg);

// PGlite (dry-run only) loads its WASM, data and extension files from its own directory, which
// cannot be inlined: ship its dist/ as dist/pglite/ (no source maps or typings), loaded lazily.
const pgliteSrc = path.join('node_modules', '@electric-sql', 'pglite', 'dist');
const pgliteOut = path.join(out, 'pglite');
cpSync(pgliteSrc, pgliteOut, { recursive: true, filter: (src) => !/\.(map|d\.ts|d\.cts)$/.test(src) });
const pgliteVersion = JSON.parse(readFileSync(path.join('node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version;
writeFileSync(path.join(pgliteOut, 'VERSION'), `${pgliteVersion}\n`);
// The copied .cjs files are CommonJS under a "type": "module" dist/.
writeFileSync(path.join(pgliteOut, 'package.json'), JSON.stringify({ type: 'commonjs' }) + '\n');
bundledPackages.add('@electric-sql/pglite');

// Third-party notices for everything dist/ ships: each bundled package's license file, plus the
// PostgreSQL License and BSD-3 text that cover the parser compiled into libpg-query.wasm.
const notices = ['# Third-party notices', '', 'dist/ bundles the following packages. Their licenses follow.', ''];
for (const pkg of [...bundledPackages].sort()) {
  const dir = path.join('node_modules', pkg);
  let meta = {};
  try { meta = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')); } catch { /* no metadata */ }
  const licenseFile = existsSync(dir) ? readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f)) : undefined;
  notices.push(`## ${pkg} ${meta.version ?? ''} (${meta.license ?? 'see below'})`, '');
  notices.push(licenseFile ? readFileSync(path.join(dir, licenseFile), 'utf8').trim() : `License: ${meta.license ?? 'unknown'} (no license file in the package)`, '');
}
for (const extra of ['PostgreSQL.txt', 'libpg_query.txt']) {
  notices.push(`## ${extra.replace(/\.txt$/, '')} (in libpg-query.wasm)`, '', readFileSync(path.join('licenses', extra), 'utf8').trim(), '');
}
writeFileSync(path.join(out, 'THIRD_PARTY_NOTICES.md'), notices.join('\n'));

const assets = [
  ['libpg-query.wasm', 'libpg-query/wasm/libpg-query.wasm'],
  ['web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm'],
  ['tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'],
  ['tree-sitter-ruby.wasm', 'tree-sitter-ruby/tree-sitter-ruby.wasm'],
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
const chunks = readdirSync(out).filter((f) => f.endsWith('.js'));
console.log(`dist/: ${chunks.length} files; ${Object.keys(entryPoints).map((e) => `${e}.js ${size(`${e}.js`)} MB`).join(', ')}; total ${(chunks.reduce((n, f) => n + readFileSync(path.join(out, f)).length, 0) / 1048576).toFixed(2)} MB`);
