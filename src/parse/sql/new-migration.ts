/**
 * A new SQL migration after an existing one, in its directory's own layout and numbering (for
 * fixes that move a step into a later migration: VALIDATE CONSTRAINT, a backfill). The new
 * version sorts after every migration of the directory (Migration.siblings), with the same
 * width and format as the latest one, so the runner takes it last.
 */
import type { Migration, Op, SqlLayout } from '../../ir.js';

/**
 * Ops whose fix may add a migration after this one (constraint-not-valid, set-not-null,
 * add-column-volatile-default): each is given a version of its own, whether or not its fix exists.
 */
export function mayAddMigration(op: Op): boolean {
  return op.kind === 'setNotNull' || (op.kind === 'addConstraint' && !op.constraint.notValid) || (op.kind === 'addColumn' && op.column.default !== null);
}

/**
 * Sets `newVersionsTaken` on the SQL migrations under test (in run order): the versions that the
 * fixes of the earlier ones of the same directory (same `siblings` listing) may take.
 */
export function reserveNewVersions(migrations: readonly Migration[]): void {
  const taken = new Map<readonly string[], number>();
  for (const m of migrations) {
    if (m.framework !== 'sql' || !m.isNew || !m.siblings) continue;
    const before = taken.get(m.siblings) ?? 0;
    m.newVersionsTaken = before;
    taken.set(m.siblings, before + m.up.filter(mayAddMigration).length);
  }
}

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

/** The version of one migration id in a layout, as written; null when the id has none. */
function versionOf(layout: SqlLayout, id: string): string | null {
  const re: Record<SqlLayout, RegExp> = {
    'golang-migrate': /^(\d+)_/,
    pop: /^(\d+)_/,
    dbmate: /^(\d+)(?=_|$)/,
    plain: /^(\d+)(?=[_\-.]|$)/,
    flyway: /^V(\d+(?:[._]\d+)*)__/,
    diesel: /^(\d{4}-\d{2}-\d{2}-\d{6}|\d+)(?=_|$)/,
    prisma: /^(\d+)_/,
  };
  return re[layout].exec(id)?.[1] ?? null;
}

/** The numeric parts a version compares by (Flyway: each dotted part; diesel's dashes dropped). */
function parts(layout: SqlLayout, v: string): bigint[] {
  if (layout === 'flyway') return v.split(/[._]/).map((p) => BigInt(p));
  return [BigInt(v.replace(/-/g, ''))];
}

function compare(a: bigint[], b: bigint[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** `YYYYMMDDHHMMSS` (or diesel's `YYYY-MM-DD-HHMMSS`) as a UTC time, when it is a real one. */
function timestampOf(v: string): Date | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})-?(\d{2})(\d{2})(\d{2})$/.exec(v);
  if (!m || (v.includes('-') !== /^\d{4}-\d{2}-\d{2}-\d{6}$/.test(v))) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const same = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCHours() === h && date.getUTCMinutes() === mi && date.getUTCSeconds() === s;
  return same && y >= 1970 ? date : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * `v` moved on by `step`: a timestamp by `step` seconds (in its own format), a number by `step`
 * with its zero padding kept, a Flyway version by its last part. null when the result would be
 * longer than `v` in a layout whose runner compares versions as text (it would sort first).
 */
function bump(layout: SqlLayout, v: string, step: number): string | null {
  const time = timestampOf(v);
  if (time) {
    const t = new Date(time.getTime() + step * 1000);
    const date = [t.getUTCFullYear(), pad(t.getUTCMonth() + 1), pad(t.getUTCDate())];
    const clock = `${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
    return v.includes('-') ? `${date.join('-')}-${clock}` : `${date.join('')}${clock}`;
  }
  if (v.includes('-')) return null;
  const lastPart = /(\d+)$/.exec(v)!;
  const head = v.slice(0, lastPart.index);
  const n = (BigInt(lastPart[1]!) + BigInt(step)).toString().padStart(lastPart[1]!.length, '0');
  const numericOrder = layout === 'golang-migrate' || layout === 'pop' || layout === 'flyway';
  if (n.length > lastPart[1]!.length && !numericOrder) return null;
  return head + n;
}

const latestOf = new WeakMap<readonly string[], { version: string; ids: Set<string> } | null>();

/** The highest version of a directory's listing (read once per listing); null when an id has none. */
function latestVersion(layout: SqlLayout, siblings: readonly string[]): { version: string; ids: Set<string> } | null {
  if (latestOf.has(siblings)) return latestOf.get(siblings)!;
  let latest: { version: string; parts: bigint[] } | null = null;
  let result: { version: string; ids: Set<string> } | null = null;
  for (const id of siblings) {
    const v = versionOf(layout, id);
    if (v === null) {
      latest = null;
      break;
    }
    const p = parts(layout, v);
    if (latest === null || compare(p, latest.parts) > 0) latest = { version: v, parts: p };
  }
  if (latest) result = { version: latest.version, ids: new Set(siblings) };
  latestOf.set(siblings, result);
  return result;
}

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
  const siblings = m.siblings;
  if (!siblings) return undefined;
  const latest = latestVersion(layout, siblings);
  if (latest === null || !latest.ids.has(m.id)) return undefined;
  const version = bump(layout, latest.version, (m.newVersionsTaken ?? 0) + step);
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
