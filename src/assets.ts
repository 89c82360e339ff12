import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds a runtime asset (a .wasm file). The bundle in dist/ carries its assets beside it (copied by
 * scripts/bundle.mjs), so it runs with no node_modules; from sources they come from the package.
 * @param fileName the asset's name as copied into dist/ (e.g. `tree-sitter-python.wasm`)
 * @param packagePath where it lives in node_modules (e.g. `tree-sitter-python/tree-sitter-python.wasm`)
 */
export function assetPath(fileName: string, packagePath: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, fileName);
  if (existsSync(beside)) return beside;
  const require = createRequire(import.meta.url);
  return require.resolve(packagePath);
}
