import path from 'node:path';
import type { Migration, Op } from '../../ir.js';
import type { FixPhrases, FixSite } from '../../phrasebook.js';
import type { Fix, TextEdit } from '../../rule.js';
import { newMigrationStep, nextVersion, type VersionScheme } from '../versions.js';
import type { RailsCallSite, RailsFixSites } from './index.js';

/** Rails versions are the digits before the name (`20240102030405`, old `001`), compared as numbers. */
const RAILS_VERSIONS: VersionScheme = { versionOf: (id) => (/^\d+$/.test(id) ? id : null), numericOrder: true };

/** A Ruby double-quoted string for SQL text (`#` escaped so nothing interpolates). */
function rbString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/#/g, '\\#').replace(/\n/g, '\\n')}"`;
}

function insertion(file: string, line: number, column: number, text: string): TextEdit {
  return { file, startLine: line, startColumn: column, endLine: line, endColumn: column, text };
}

/** `x.y` of ActiveRecord::Migration[x.y] at least `min` (the API the fix writes exists since then). */
function atLeast(version: string | null | undefined, min: number): boolean {
  return !!version && Number(version) >= min;
}

/** ActiveSupport's `camelize` of a migration file's name: the class name Rails expects in it. */
function camelize(name: string): string {
  return name.split('_').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

/**
 * Exact fixes for Rails migrations, in ActiveRecord's own schema statements: `algorithm:
 * :concurrently` with `disable_ddl_transaction!`, `validate: false` with a new migration that
 * validates, and `execute "SET … lock_timeout …"` first. Only where the rewrite is exact: the
 * statement is a call in the method body whose arguments can take one more option as written.
 */
export function railsFixes(m: Migration): FixPhrases {
  const sites = m.fixSites as RailsFixSites | undefined;
  const siteOf = (op: Op): RailsCallSite | null => sites?.calls[`${op.loc.line}:${op.loc.column}`] ?? null;
  const append = (site: RailsCallSite, text: string): TextEdit => insertion(m.file, site.append!.line, site.append!.column, text);

  /**
   * The index statement built or dropped CONCURRENTLY. PostgreSQL refuses that in a transaction,
   * so the migration gets `disable_ddl_transaction!`; exact only when nothing else in it relied on
   * the transaction: it does nothing but index statements (a migration of its own), or it already
   * runs outside one (and the statement is not inside a `transaction do` block).
   */
  const concurrent = (op: Op, at: FixSite, method: string): Fix | undefined => {
    const site = siteOf(op);
    if (!sites || !site || site.method !== method || !site.append || 'algorithm' in site.options) return undefined;
    const edits = [append(site, ', algorithm: :concurrently')];
    if (m.transactional) {
      if (!sites.classBody || !at.ops.every((o) => o.kind === 'createIndex' || o.kind === 'dropIndex')) return undefined;
      edits.unshift(insertion(m.file, sites.classBody.line, 1, `${sites.classBody.indent}disable_ddl_transaction!\n\n`));
    } else if (at.inTransaction) return undefined;
    return { title: 'Build the index concurrently, outside the migration transaction', edits };
  };

  /** A new migration after every migration of the directory, running `statement` in `change`. */
  const laterMigration = (op: Op, at: FixSite, slug: string, statement: string): { path: string; text: string } | null => {
    const version = m.rails?.version;
    const next = version ? nextVersion(RAILS_VERSIONS, m, newMigrationStep(op, at.ops)) : null;
    if (!version || !next) return null;
    const name = `validate_${slug.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '')}`;
    const text = [`class ${camelize(name)} < ActiveRecord::Migration[${version}]`, '  def change', `    ${statement}`, '  end', 'end', ''].join('\n');
    return { path: path.posix.join(path.posix.dirname(m.file), `${next}_${name}.rb`), text };
  };

  const indexFix = (op: Op, at: FixSite): Fix | undefined =>
    op.kind === 'createIndex' ? concurrent(op, at, 'add_index') : op.kind === 'dropIndex' ? concurrent(op, at, 'remove_index') : undefined;

  return {
    createIndexConcurrently: indexFix,
    dropIndexConcurrently: indexFix,

    setLockTimeout(set, _op, at) {
      const first = sites?.firstStatement;
      if (!first) return undefined;
      // An index fix here takes the migration out of its transaction, where this SET LOCAL would do
      // nothing, and the concurrent build needs no lock_timeout: that fix goes first (the next pass decides).
      if (m.transactional && at.ops.some((o) => indexFix(o, at))) return undefined;
      const execute = `execute ${rbString(set)}`;
      // In `change`, a bare `execute` would make the migration irreversible; up_only (Rails 5.2+) runs it on the way up only.
      if (first.method === 'change' && !atLeast(m.rails?.version, 5.2)) return undefined;
      const statement = first.method === 'change' ? `up_only { ${execute} }` : execute;
      return { title: 'Set lock_timeout first', edits: [insertion(m.file, first.line, first.column, `${statement}\n${' '.repeat(first.column - 1)}`)] };
    },

    addConstraintNotValid(op, name, at) {
      const site = siteOf(op);
      if (!site || !site.append || 'validate' in site.options || m.dialect !== 'postgres') return undefined;
      let validate: string;
      if (site.method === 'add_foreign_key' && op.constraint.kind === 'foreignKey' && atLeast(m.rails?.version, 5.2) && site.args.length === 2) {
        // validate_foreign_key finds the key as add_foreign_key named it: by the referenced table, the column or the name given.
        const keys = ['column', 'name'].filter((k) => k in site.options).map((k) => site.options[k]!);
        validate = ['validate_foreign_key', [...site.args, ...keys].join(', ')].join(' ');
      } else if (site.method === 'add_check_constraint' && op.constraint.kind === 'check' && atLeast(m.rails?.version, 6.1) && site.args.length === 2) {
        validate = `validate_check_constraint ${site.args[0]}, ${site.options.name ?? `name: ${rbString(name)}`}`;
      } else return undefined;
      const later = laterMigration(op, at, name, validate);
      if (!later) return undefined;
      return { title: 'Add the constraint without validating it, validate it in a later migration', edits: [append(site, ', validate: false')], newFiles: [later] };
    },

    setNotNullViaCheck(op, check, at) {
      // change_column_null's 4th argument backfills NULLs first (an UPDATE): not part of this rewrite.
      const site = siteOf(op);
      if (!site || site.method !== 'change_column_null' || site.args.length !== 3 || site.args[2] !== 'false' || Object.keys(site.options).length > 0) return undefined;
      if (!atLeast(m.rails?.version, 6.1) || m.dialect !== 'postgres' || op.loc.endColumn === undefined) return undefined;
      const column = op.column;
      if (!/^[a-z_][a-z0-9_]*$/.test(column) || !/^[a-z_][a-z0-9_]*$/.test(check)) return undefined;
      const [table, col] = site.args as [string, string];
      const condition = rbString(`${column} IS NOT NULL`);
      const named = `name: ${rbString(check)}`;
      const later = laterMigration(op, at, check, [
        `validate_check_constraint ${table}, ${named}`,
        `    change_column_null ${table}, ${col}, false`,
        // Named with its condition, so rolling back can add it again.
        `    remove_check_constraint ${table}, ${condition}, ${named}`,
      ].join('\n'));
      if (!later) return undefined;
      const add = `add_check_constraint ${table}, ${condition}, ${named}, validate: false`;
      return {
        title: 'Prove NOT NULL with a CHECK added NOT VALID; validate it and set NOT NULL in a later migration',
        edits: [{ file: m.file, startLine: op.loc.line, startColumn: op.loc.column, endLine: op.loc.endLine, endColumn: op.loc.endColumn, text: add }],
        newFiles: [later],
      };
    },
  };
}
