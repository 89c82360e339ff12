/**
 * A new SQL migration after an existing one, in its directory's own layout and numbering (for
 * fixes that move a step into a later migration: VALIDATE CONSTRAINT, a backfill). The new
 * version (src/parse/versions.ts) sorts after every migration of the directory, so the runner
 * takes it last.
 */
import type { Migration, SqlLayout } from '../../ir.js';
import { nextVersion, type VersionScheme } from '../versions.js';

export interface NewMigrationText {
  /** What the migration does, for its file name (`validate_orders_user_id_fkey`). */
  slug: string;
  /** Why it exists, for its first comment line. */
  purpose: string;
  /** The upgrade SQL (statements with their `;`). */
  up: string;
  /** The downgrade SQL; null: nothing to undo (a comment says so where the layout has a down part). */
  down: string | null;
}

const VERSION_PATTERN: Record<SqlLayout, RegExp> = {
  'golang-migrate': /^(\d+)_/,
  pop: /^(\d+)_/,
  dbmate: /^(\d+)(?=_|$)/,
  plain: /^(\d+)(?=[_\-.]|$)/,
  flyway: /^V(\d+(?:[._]\d+)*)__/,
  diesel: /^(\d{4}-\d{2}-\d{2}-\d{6}|\d+)(?=_|$)/,
  prisma: /^(\d+)_/,
};

/** How each layout's ids carry versions; golang-migrate, pop and Flyway compare them as numbers. */
const SCHEMES = Object.fromEntries(
  (Object.keys(VERSION_PATTERN) as SqlLayout[]).map((layout) => [
    layout,
    { versionOf: (id: string) => VERSION_PATTERN[layout].exec(id)?.[1] ?? null, numericOrder: layout === 'golang-migrate' || layout === 'pop' || layout === 'flyway', dotted: layout === 'flyway' } satisfies VersionScheme,
  ]),
) as Record<SqlLayout, VersionScheme>;

/** A file-name part from a SQL name: lower case, runs of other characters as `_`, at most 60 characters. */
export function slugOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60).replace(/_+$/, '') || 'step';
}

function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i + 1);
}

/**
 * The files of a new migration `step` places after the latest migration of `m`'s directory
 * (step 1: the next version; 2: the one after, for a second fix of the same migration); undefined
 * when the directory's versions cannot be told (no listing, an id without a version) or the
 * layout has no numbering to follow.
 */
export function newMigrationAfter(m: Migration, step: number, text: NewMigrationText): { path: string; text: string }[] | undefined {
  const layout = m.layout ?? 'plain';
  const version = nextVersion(SCHEMES[layout], m, step);
  if (version === null) return undefined;
  const slug = slugOf(text.slug);
  const header = `-- ${text.purpose}\n`;
  const up = header + text.up;
  const down = text.down ?? '-- Nothing to undo.\n';
  const dir = dirOf(m.file);
  const base = m.file.slice(dir.length);
  switch (layout) {
    case 'golang-migrate':
    case 'pop': {
      // pop: a dialect's own file stays that dialect's (`.postgres.up.sql`); `.autocommit` is not kept.
      const dialect = layout === 'pop' ? (/(\.(?:postgres|cockroach))(?:\.autocommit)?\.up\.sql$/i.exec(base)?.[1] ?? '') : '';
      const upExt = /\.UP\.SQL$/.test(base) ? '.UP.SQL' : '.up.sql';
      const downExt = upExt === '.UP.SQL' ? '.DOWN.SQL' : '.down.sql';
      const files = [{ path: `${dir}${version}_${slug}${dialect}${upExt}`, text: up }];
      if (m.expectsDown || m.downFile) files.push({ path: `${dir}${version}_${slug}${dialect}${downExt}`, text: down });
      return files;
    }
    case 'flyway': {
      const files = [{ path: `${dir}V${version}__${slug}.sql`, text: up }];
      // Undo files only where the directory uses them.
      if (m.expectsDown) files.push({ path: `${dir}U${version}__${slug}.sql`, text: down });
      return files;
    }
    case 'dbmate':
      return [{ path: `${dir}${version}_${slug}.sql`, text: `-- migrate:up\n${up}\n-- migrate:down\n${down}` }];
    case 'diesel': {
      const root = dirOf(dir.slice(0, -1));
      return [
        { path: `${root}${version}_${slug}/up.sql`, text: up },
        { path: `${root}${version}_${slug}/down.sql`, text: down },
      ];
    }
    case 'prisma':
      return [{ path: `${dirOf(dir.slice(0, -1))}${version}_${slug}/migration.sql`, text: up }];
    case 'plain': {
      // The separator and extension the latest file uses.
      const sep = /^\d+([_\-.])/.exec(m.id)?.[1] ?? '_';
      const ext = /\.[^.]+$/.exec(base)?.[0] ?? '.sql';
      return [{ path: `${dir}${version}${sep}${slug}${ext}`, text: up }];
    }
  }
}
