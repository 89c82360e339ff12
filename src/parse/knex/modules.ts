import type * as t from '@babel/types';

/**
 * Modules a Knex migration imports by relative path (`import { TASKS_TABLE } from '../../models/tasks.js'`).
 * Their exported constants are read statically — parsed, never run — so a table name kept in the
 * application's model module is known to the migration. Only relative specifiers count: a package
 * is not the repository's code.
 */

/** At most this many modules per migration, each at most this big: a migration imports a few constants. */
export const MAX_IMPORTED_MODULES = 16;
export const MAX_IMPORTED_MODULE_BYTES = 1 << 20;

/** A module the migration imports, read by the engine: the specifier as written, its repository path and text. */
export interface ImportedModule {
  specifier: string;
  path: string;
  text: string;
}

const SPECIFIER = /\b(?:from|import)\s*\(?\s*(['"])(\.{1,2}\/[^'"\n]+)\1/g;

/** The distinct relative specifiers of `import … from`, `export … from` and `import('…')`, in order. */
export function relativeSpecifiers(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(SPECIFIER)) {
    out.add(m[2]!);
    if (out.size >= MAX_IMPORTED_MODULES) break;
  }
  return [...out];
}

/**
 * The files a specifier may name, as TypeScript and Node resolve it: the path itself, a `.js` that
 * stands for its `.ts` source, the path with an extension added, or a directory's index.
 */
export function candidateFiles(specifier: string): string[] {
  const sources = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];
  const jsToTs: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };
  const ext = /\.[cm]?js$/.exec(specifier)?.[0];
  const out = [specifier];
  if (ext) for (const ts of jsToTs[ext]!) out.push(specifier.slice(0, -ext.length) + ts);
  if (!/\.[cm]?[jt]s$/.test(specifier)) {
    for (const e of sources) out.push(specifier + e);
    for (const e of sources) out.push(`${specifier}/index${e}`);
  }
  return out;
}

/** What a parsed module exports by name: the exported name → the module-level binding that holds it. */
export function exportedBindings(program: t.Program): Map<string, string> {
  const out = new Map<string, string>();
  for (const stmt of program.body) {
    if (stmt.type !== 'ExportNamedDeclaration' || stmt.source) continue;
    const decl = stmt.declaration;
    if (decl?.type === 'VariableDeclaration') {
      for (const d of decl.declarations) if (d.id.type === 'Identifier') out.set(d.id.name, d.id.name);
    } else if (!decl) {
      for (const s of stmt.specifiers) {
        if (s.type !== 'ExportSpecifier') continue;
        const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
        out.set(exported, s.local.name);
      }
    }
  }
  return out;
}
