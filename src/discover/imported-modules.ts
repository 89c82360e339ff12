import path from 'node:path';
import { readInsideRepository, realPath, repositoryRoot } from './safe-fs.js';
import { toPosix } from './files.js';
import { candidateFiles, MAX_IMPORTED_MODULE_BYTES, relativeSpecifiers, type ImportedModule } from '../parse/knex/modules.js';

/**
 * Reads the modules a Knex migration imports by relative path, for the front end to read their
 * exported constants. Only regular files inside the repository are read (a symlink out of it is
 * not followed); a specifier that names nothing readable is left out, and its import stays unknown.
 * `contents` holds editor buffers that win over the disk (the language server).
 */
export function importedModules(migrationAbs: string, migrationFile: string, text: string, contents?: Map<string, string>): ImportedModule[] {
  const specifiers = relativeSpecifiers(text);
  if (specifiers.length === 0) return [];
  const cwd = migrationAbs.endsWith(migrationFile) ? migrationAbs.slice(0, migrationAbs.length - migrationFile.length) : path.dirname(migrationAbs);
  const root = realPath(repositoryRoot(cwd || path.dirname(migrationAbs)));
  const out: ImportedModule[] = [];
  for (const specifier of specifiers) {
    for (const candidate of candidateFiles(specifier)) {
      const abs = path.resolve(path.dirname(migrationAbs), candidate);
      if (abs === migrationAbs) break;
      let moduleText = contents?.get(abs) ?? null;
      if (moduleText === null) {
        const read = readInsideRepository(root, abs, MAX_IMPORTED_MODULE_BYTES);
        if (!read.ok) continue;
        moduleText = read.bytes.toString('utf8');
      }
      out.push({ specifier, path: toPosix(path.relative(cwd || '.', abs)), text: moduleText });
      break;
    }
  }
  return out;
}
