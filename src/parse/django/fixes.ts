import path from 'node:path';
import type { Loc, Migration, Op } from '../../ir.js';
import type { FixPhrases } from '../../phrasebook.js';
import type { Fix, TextEdit } from '../../rule.js';
import type { DjangoFile, DjangoFixSites, DjangoOperation } from './types.js';

const PG_OPERATIONS = 'django.contrib.postgres.operations';

/** A Python string literal (single quotes, as makemigrations writes them). */
function pyString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A Python string for SQL text (double quotes, so the SQL's own single quotes read as they are). */
function pySql(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

function insertion(file: string, line: number, column: number, text: string): TextEdit {
  return { file, startLine: line, startColumn: column, endLine: line, endColumn: column, text };
}

function replacement(loc: Loc, text: string): TextEdit | null {
  if (loc.endColumn === undefined) return null;
  return { file: loc.file, startLine: loc.line, startColumn: loc.column, endLine: loc.endLine, endColumn: loc.endColumn, text };
}

/**
 * How the file can name `django.contrib.postgres.operations.<cls>`: the name it already binds to
 * it, else `cls` with the import that binds it; null when `cls` means something else in the file.
 */
function nameFor(sites: DjangoFixSites, cls: string, file: string): { name: string; edits: TextEdit[] } | null {
  const wanted = `${PG_OPERATIONS}.${cls}`;
  for (const [name, bound] of Object.entries(sites.names)) {
    if (bound === wanted) return { name, edits: [] };
    if (bound === PG_OPERATIONS) return { name: `${name}.${cls}`, edits: [] };
  }
  if (cls in sites.names) return null;
  return { name: cls, edits: [insertion(file, sites.importAfterLine + 1, 1, `from ${PG_OPERATIONS} import ${cls}\n`)] };
}

/** The name the file binds to `django.db.migrations` (`migrations` in every file makemigrations writes). */
function migrationsModule(sites: DjangoFixSites): string | null {
  return Object.entries(sites.names).find(([, bound]) => bound === 'django.db.migrations')?.[0] ?? null;
}

/** The operation class as written (`migrations.AddIndex`) replaced by `name`: the callee spans the start of the call. */
function renameCallee(d: DjangoOperation, name: string): TextEdit | null {
  if (/\s/.test(d.written) || d.written.length === 0) return null;
  return { file: d.loc.file, startLine: d.loc.line, startColumn: d.loc.column, endLine: d.loc.line, endColumn: d.loc.column + d.written.length, text: name };
}

/** `atomic = False` on the Migration class: the existing value changed, or the attribute added first in the body. */
function nonAtomic(file: DjangoFile, sites: DjangoFixSites, path: string): TextEdit[] | null {
  if (!file.atomic) return [];
  if (sites.atomicValue) {
    const edit = replacement(sites.atomicValue, 'False');
    return edit ? [edit] : null;
  }
  if (!sites.classBody) return null;
  return [insertion(path, sites.classBody.line, 1, `${sites.classBody.indent}atomic = False\n`)];
}

/**
 * Exact fixes for Django migrations, in Django's own operations (django.contrib.postgres.operations):
 * AddIndexConcurrently / RemoveIndexConcurrently with `atomic = False`, AddConstraintNotValid with a
 * new migration that runs ValidateConstraint, and a RunSQL that sets lock_timeout first.
 * Only where the rewrite is exact: the operation is a top-level entry of `operations`, written as
 * a plain call, and the file binds the names the rewrite uses.
 */
export function djangoFixes(m: Migration): FixPhrases {
  const file = m.django as DjangoFile | undefined;
  const sites = m.fixSites as DjangoFixSites | undefined;
  const topLevel = (op: Op): DjangoOperation | null => file?.operations.find((d) => d.loc.line === op.loc.line && d.loc.column === op.loc.column) ?? null;

  /**
   * The index operation `d` made concurrent. A concurrent build cannot run in a transaction, so the
   * migration becomes non-atomic; that is exact only when nothing else in it relied on running
   * all-or-nothing: every operation is an index operation (a migration of its own), or the
   * migration is already non-atomic.
   */
  const concurrent = (d: DjangoOperation | null, kind: 'addIndex' | 'removeIndex', cls: string, title: string): Fix | undefined => {
    if (!file || !sites || !d || d.kind !== kind || d.concurrently) return undefined;
    if (file.atomic && !file.operations.every((o) => o.kind === 'addIndex' || o.kind === 'removeIndex')) return undefined;
    const named = nameFor(sites, cls, m.file);
    const atomic = nonAtomic(file, sites, m.file);
    const rename = named ? renameCallee(d, named.name) : null;
    if (!named || !atomic || !rename) return undefined;
    return { title, edits: [...named.edits, ...atomic, rename] };
  };

  /** The app's next migration after this one (`<NNNN+1>_<slug>`), when this one is the app's only leaf (else it would be one more leaf: a conflict Django refuses). */
  const nextName = (slug: string): string | null => {
    const graph = m.graph;
    if (!file || !graph || graph.leaves.length !== 1 || graph.leaves[0] !== graph.node) return null;
    const number = /^(\d+)_/.exec(file.name)?.[1];
    if (!number) return null;
    return `${String(Number(number) + 1).padStart(number.length, '0')}_${slug.toLowerCase().replace(/[^a-z0-9_]+/g, '_')}`;
  };
  const dependency = () => `        (${pyString(file!.app)}, ${pyString(file!.name)}),`;

  const indexFix = (op: Op): Fix | undefined => {
    if (op.kind === 'createIndex') return concurrent(topLevel(op), 'addIndex', 'AddIndexConcurrently', 'Use AddIndexConcurrently in a non-atomic migration');
    if (op.kind === 'dropIndex') return concurrent(topLevel(op), 'removeIndex', 'RemoveIndexConcurrently', 'Use RemoveIndexConcurrently in a non-atomic migration');
    return undefined;
  };

  return {
    createIndexConcurrently: indexFix,
    dropIndexConcurrently: indexFix,

    setLockTimeout(set, _op, at) {
      // An index fix here makes the migration non-atomic, where this SET LOCAL would do nothing, and
      // the concurrent build needs no lock_timeout: that fix goes first (the next pass decides).
      if (file?.atomic && at.ops.some((o) => indexFix(o))) return undefined;
      const first = sites?.firstOperation;
      const module = sites ? migrationsModule(sites) : null;
      if (!file || !first || !module) return undefined;
      // reverse_sql=noop: the SET is no schema change, and without a reverse Django refuses to unapply the migration.
      const call = `${module}.RunSQL(${pySql(set)}, reverse_sql=${module}.RunSQL.noop)`;
      const text = first.ownLine ? `${call},\n${' '.repeat(first.column - 1)}` : `${call}, `;
      return { title: 'Set lock_timeout first', edits: [insertion(m.file, first.line, first.column, text)] };
    },

    addConstraintNotValid(op, name) {
      const d = topLevel(op);
      // Django makes only check constraints NOT VALID (AddConstraintNotValid refuses others); the
      // constraint a ForeignKey field implies has no operation of its own to rewrite.
      if (!file || !sites || !d || d.kind !== 'addConstraint' || d.notValid || d.constraint.kind !== 'check' || op.constraint.kind !== 'check') return undefined;
      const constraint = d.constraint.name ?? name;
      const newName = nextName(`validate_${constraint}`);
      if (!newName || !d.model) return undefined;
      const named = nameFor(sites, 'AddConstraintNotValid', m.file);
      const rename = named ? renameCallee(d, named.name) : null;
      if (!named || !rename) return undefined;
      const text = [
        `from ${PG_OPERATIONS} import ValidateConstraint`,
        'from django.db import migrations',
        '',
        '',
        'class Migration(migrations.Migration):',
        '    dependencies = [',
        dependency(),
        '    ]',
        '',
        '    operations = [',
        `        ValidateConstraint(model_name=${pyString(d.model)}, name=${pyString(constraint)}),`,
        '    ]',
        '',
      ].join('\n');
      return {
        title: 'Add the constraint NOT VALID, validate it in the next migration',
        edits: [...named.edits, rename],
        newFiles: [{ path: path.posix.join(path.posix.dirname(m.file), `${newName}.py`), text }],
      };
    },

    /**
     * The AlterField that makes the column NOT NULL moves to the next migration, between the
     * VALIDATE of a CHECK (column IS NOT NULL) this migration adds NOT VALID and its DROP: PostgreSQL
     * 12+ then sets NOT NULL without scanning. RunSQL, not AddConstraintNotValid: a CheckConstraint's
     * keyword (`check=` / `condition=`) depends on the Django version.
     */
    setNotNullViaCheck(op, check, at) {
      const d = topLevel(op);
      const module = sites ? migrationsModule(sites) : null;
      if (!file || !sites || !module || !d || d.kind !== 'alterField' || d.loc.endColumn === undefined) return undefined;
      // Exact only when the AlterField does nothing else (no default set for the backfill, no type change).
      const own = at.ops.filter((o) => o.loc.line === d.loc.line && o.loc.column === d.loc.column);
      if (own.length !== 1 || own[0] !== op) return undefined;
      const source = sites.alterFieldTexts[`${d.loc.line}:${d.loc.column}`];
      const ident = /^[a-z_][a-z0-9_]*$/;
      if (!source || !ident.test(op.table) || !ident.test(op.column) || !ident.test(check)) return undefined;
      // Moved text must mean the same in the new file: no name the file defines, no multi-line string to re-indent.
      if (/'''|"""/.test(source) || (source.match(/[A-Za-z_]\w*/g) ?? []).some((w) => sites.names[w] === '')) return undefined;
      const newName = nextName(`validate_${check}`);
      if (!newName) return undefined;
      const [table, column, name] = [op.table, op.column, check].map((n) => `"${n}"`);
      const add = `ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${column} IS NOT NULL) NOT VALID`;
      const drop = `ALTER TABLE ${table} DROP CONSTRAINT ${name}`;
      const runSql = (indent: string, sql: string, reverse: string) => `${module}.RunSQL(\n${indent}    ${pyString(sql)},\n${indent}    reverse_sql=${reverse},\n${indent})`;
      const indent = ' '.repeat(d.loc.column - 1);
      // Inside brackets Python ignores indentation: the continuation lines are shifted to the new place.
      const lines = source.split('\n');
      const moved = [lines[0]!, ...lines.slice(1).map((l) => (l.startsWith(indent) ? `        ${l.slice(indent.length)}` : l))].join('\n');
      const text = [
        ...sites.importTexts,
        '',
        '',
        `class Migration(${module}.Migration):`,
        '    dependencies = [',
        dependency(),
        '    ]',
        '',
        '    operations = [',
        `        ${runSql('        ', `ALTER TABLE ${table} VALIDATE CONSTRAINT ${name}`, `${module}.RunSQL.noop`)},`,
        `        ${moved},`,
        `        ${runSql('        ', drop, pyString(add))},`,
        '    ]',
        '',
      ].join('\n');
      return {
        title: 'Prove NOT NULL with a CHECK added NOT VALID; validate it and move the AlterField to the next migration',
        edits: [{ file: m.file, startLine: d.loc.line, startColumn: d.loc.column, endLine: d.loc.endLine, endColumn: d.loc.endColumn, text: runSql(indent, add, pyString(drop)) }],
        newFiles: [{ path: path.posix.join(path.posix.dirname(m.file), `${newName}.py`), text }],
      };
    },
  };
}
