import path from 'node:path';
import type { Loc, Migration, MigrationConflict } from '../ir.js';
import { phrasebookFor } from '../parse/phrasebooks.js';

/**
 * Finds the migrations that cannot all run in order, whatever the framework: two migrations of
 * one directory with the same version (the runner's key, from its phrasebook), several heads of
 * one graph (Alembic revisions, a Django app's leaf nodes), and, in PR mode, an added migration
 * ordered before one the base branch already has. Sets `conflicts` on the migrations under
 * test; linear in the number of migrations.
 *
 * Blame: where every migration of a conflict is new (a directory linted as a whole), all but the
 * first in order carry it; otherwise the new ones do (history conflicts are not the change's doing).
 */
export function markConflicts(migrations: readonly Migration[], opts: { added: ReadonlySet<string> | null }): void {
  const blame = (group: readonly Migration[], conflict: (m: Migration, others: Migration[]) => MigrationConflict) => {
    const fresh = group.filter((m) => m.isNew);
    if (fresh.length === 0) return;
    const guilty = fresh.length === group.length ? group.slice(1) : fresh;
    for (const m of guilty) (m.conflicts ??= []).push(conflict(m, group.filter((o) => o !== m)));
  };

  // Same version in one directory.
  const byVersion = new Map<string, Migration[]>();
  for (const m of migrations) {
    const version = phrasebookFor(m).ordering.version;
    if (version === null) continue;
    const key = `${m.framework}|${rootOf(m)}|${version}`;
    const list = byVersion.get(key);
    if (list) list.push(m);
    else byVersion.set(key, [m]);
  }
  for (const [key, group] of byVersion) {
    if (group.length < 2) continue;
    const version = key.slice(key.lastIndexOf('|') + 1);
    blame(group, (m, others) => ({ kind: 'duplicateVersion', version, files: others.map((o) => o.file), loc: firstLine(m) }));
  }

  // Same name in one directory, where the runner keys classes by it (Rails).
  const byName = new Map<string, Migration[]>();
  for (const m of migrations) {
    const unique = phrasebookFor(m).ordering.uniqueName;
    if (!unique) continue;
    const key = `${m.framework}|${rootOf(m)}|${unique.name}`;
    const list = byName.get(key);
    if (list) list.push(m);
    else byName.set(key, [m]);
  }
  for (const [key, group] of byName) {
    if (group.length < 2) continue;
    const name = key.slice(key.lastIndexOf('|') + 1);
    blame(group, (m, others) => ({ kind: 'duplicateName', name, files: others.map((o) => o.file), loc: firstLine(m) }));
  }

  alembicHeads(migrations.filter((m) => m.framework === 'alembic' && m.alembic), blame);
  djangoLeaves(migrations.filter((m) => m.graph), blame);

  // Added in the change, yet ordered before the base branch's latest migration of its directory.
  if (opts.added) {
    const latest = new Map<string, Migration>();
    for (const m of migrations) {
      if (m.isNew || phrasebookFor(m).ordering.late === null) continue;
      const key = `${m.framework}|${rootOf(m)}`;
      const seen = latest.get(key);
      if (!seen || seen.order < m.order) latest.set(key, m);
    }
    for (const m of migrations) {
      if (!m.isNew || !opts.added.has(m.file)) continue;
      const base = latest.get(`${m.framework}|${rootOf(m)}`);
      if (base && m.order < base.order) (m.conflicts ??= []).push({ kind: 'outOfOrder', latest: base.id, latestFile: base.file, loc: firstLine(m) });
    }
  }
}

/** The directory whose migrations form one history (Diesel and Prisma keep each migration in a directory of its own). */
function rootOf(m: Migration): string {
  const dir = path.posix.dirname(m.file);
  return m.layout === 'diesel' || m.layout === 'prisma' ? path.posix.dirname(dir) : dir;
}

function firstLine(m: Migration): Loc {
  return { file: m.file, line: 1, endLine: 1, column: 1 };
}

type Blame = (group: readonly Migration[], conflict: (m: Migration, others: Migration[]) => MigrationConflict) => void;

/**
 * Alembic: heads of one versions directory. A head on a branch that carries a branch label (at or
 * after its fork, or at its own base) is a deliberate branch (`alembic upgrade heads`), not a
 * conflict; two or more unlabelled heads are (`alembic upgrade head` refuses them, also when
 * they grew from two base revisions).
 */
function alembicHeads(migrations: Migration[], blame: Blame): void {
  if (migrations.length < 2) return;
  const byRevision = new Map<string, Migration>();
  for (const m of migrations) if (m.alembic!.revision && !byRevision.has(m.alembic!.revision)) byRevision.set(m.alembic!.revision, m);
  const children = new Map<string, number>();
  for (const m of byRevision.values()) {
    for (const down of m.alembic!.downRevisions) if (byRevision.has(down)) children.set(down, (children.get(down) ?? 0) + 1);
  }
  /**
   * Walks from a head back to where its branch starts (the revision right after the fork, or the
   * base): the branch is deliberate when a revision on the way carries a branch label.
   */
  const branchOf = (head: string): { start: Migration; labelled: boolean } => {
    let rev = head;
    for (let steps = 0; steps <= byRevision.size; steps++) {
      const m = byRevision.get(rev)!;
      if (m.alembic!.branchLabels.length > 0) return { start: m, labelled: true };
      const downs = m.alembic!.downRevisions.filter((d) => byRevision.has(d));
      // A base, or a merge revision: the branch starts here.
      if (downs.length !== 1) return { start: m, labelled: false };
      // The fork: the branch's own part ends at the revision several branches share.
      if ((children.get(downs[0]!) ?? 0) > 1) return { start: m, labelled: false };
      rev = downs[0]!;
    }
    return { start: byRevision.get(head)!, labelled: false };
  };
  // Per directory, the start of each unlabelled head's branch; the new branches are to blame
  // (a change that extends a branch of an existing conflict does not cause it).
  const branches = new Map<string, { head: string; start: Migration }[]>();
  for (const [rev, m] of byRevision) {
    if ((children.get(rev) ?? 0) > 0) continue;
    const branch = branchOf(rev);
    if (branch.labelled) continue;
    const root = rootOf(m);
    const list = branches.get(root);
    if (list) list.push({ head: rev, start: branch.start });
    else branches.set(root, [{ head: rev, start: branch.start }]);
  }
  for (const list of branches.values()) {
    if (list.length < 2) continue;
    const names = list.map((b) => b.head);
    const line = (m: Migration) => m.alembic!.downRevisionLine || 1;
    blame(list.map((b) => b.start), (m) => ({ kind: 'heads', heads: names, group: null, loc: { file: m.file, line: line(m), endLine: line(m), column: 1 } }));
  }
}

/** Django: an app with several leaf nodes (the front end lists them per migration). */
function djangoLeaves(migrations: Migration[], blame: Blame): void {
  const byApp = new Map<string, Migration[]>();
  for (const m of migrations) {
    const g = m.graph!;
    if (g.leaves.length < 2 || !g.leaves.includes(g.node)) continue;
    const list = byApp.get(g.group);
    if (list) list.push(m);
    else byApp.set(g.group, [m]);
  }
  for (const [app, group] of byApp) {
    if (group.length < 2) continue;
    const names = group[0]!.graph!.leaves;
    blame(group, (m) => ({ kind: 'heads', heads: names, group: app, loc: firstLine(m) }));
  }
}
