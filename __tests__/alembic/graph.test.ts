import { readdirSync } from 'node:fs';
import type { Migration } from '../../src/ir.js';
import { orderAlembicMigrations } from '../../src/parse/alembic/graph.js';
import { fixtureText, lowerText } from './helpers.js';

async function graphFixtures(): Promise<Migration[]> {
  const names = readdirSync(new URL('../fixtures/alembic/graph/', import.meta.url)).filter((n) => n.endsWith('.py')).sort();
  return Promise.all(names.map((name) => lowerText(fixtureText(`graph/${name}`), { file: `versions/${name}` })));
}

/** A minimal Alembic migration for graph tests. */
function migration(revision: string, downRevisions: string[], extra: Partial<NonNullable<Migration['alembic']>> = {}): Migration {
  return {
    id: revision,
    file: `versions/${revision}.py`,
    framework: 'alembic',
    dialect: 'postgres',
    isNew: false,
    transactional: true,
    up: [],
    down: [],
    order: '0',
    expectsDown: true,
    alembic: { revision, downRevisions, branchLabels: [], dependsOn: [], downRevisionLine: 7, revisionLine: 1, ...extra },
  };
}

function ids(migrations: Migration[]): string[] {
  return migrations.map((m) => m.id);
}

describe('orderAlembicMigrations', () => {
  test('a merge of two branches orders by the revision graph, not by file name', async () => {
    const files = await graphFixtures();
    // File names sort head-first; the graph must win.
    expect(ids(files)).toEqual(['h3ad', 'm3rge', 'b1', 'a2', 'a1', 'b4se']);
    const ordered = orderAlembicMigrations(files);
    const order = ids(ordered);
    expect(order[0]).toBe('b4se');
    expect(order.indexOf('a1')).toBeLessThan(order.indexOf('a2'));
    expect(order.indexOf('a2')).toBeLessThan(order.indexOf('m3rge'));
    expect(order.indexOf('b1')).toBeLessThan(order.indexOf('m3rge'));
    expect(order[order.length - 1]).toBe('h3ad');
    // Ties between the branches keep the input order.
    expect(order).toEqual(['b4se', 'b1', 'a1', 'a2', 'm3rge', 'h3ad']);
    expect(ordered.map((m) => m.order)).toEqual(['000000', '000001', '000002', '000003', '000004', '000005']);
    for (const m of ordered) {
      expect(m.alembic?.heads).toEqual(['h3ad']);
      expect(m.up.some((op) => op.kind === 'unparsed')).toBe(false);
    }
    expect(ordered.find((m) => m.id === 'm3rge')!.alembic!.downRevisions).toEqual(['a2', 'b1']);
    expect(ordered.find((m) => m.id === 'a1')!.alembic!.branchLabels).toEqual(['feature_a']);
  });

  test('any input order gives a valid topological order', async () => {
    const files = await graphFixtures();
    for (let rotation = 0; rotation < files.length; rotation++) {
      const input = [...files.slice(rotation), ...files.slice(0, rotation)];
      const order = ids(orderAlembicMigrations(input));
      for (const m of files) {
        for (const parent of m.alembic!.downRevisions) expect(order.indexOf(parent)).toBeLessThan(order.indexOf(m.id));
      }
    }
  });

  test('two unmerged branches are two heads', () => {
    const ordered = orderAlembicMigrations([migration('b', ['a']), migration('c', ['a']), migration('a', [])]);
    expect(ids(ordered)).toEqual(['a', 'b', 'c']);
    expect(ordered[0]!.alembic!.heads).toEqual(['b', 'c']);
  });

  test('depends_on orders across branches without making a head', () => {
    const ordered = orderAlembicMigrations([migration('x2', ['x1'], { dependsOn: ['y1'] }), migration('x1', []), migration('y1', [])]);
    const order = ids(ordered);
    expect(order.indexOf('y1')).toBeLessThan(order.indexOf('x2'));
    expect(ordered[0]!.alembic!.heads).toEqual(['x2', 'y1']);
  });

  test('an unknown down_revision is a parse op at the down_revision line of that migration', async () => {
    const files = await graphFixtures();
    const withoutBase = files.filter((m) => m.id !== 'b4se');
    const ordered = orderAlembicMigrations(withoutBase);
    expect(ordered).toHaveLength(5);
    const broken = ordered.filter((m) => m.up.some((op) => op.kind === 'unparsed'));
    expect(ids(broken).sort()).toEqual(['a1', 'b1']);
    const op = broken.find((m) => m.id === 'a1')!.up[0]!;
    expect(op).toMatchObject({ kind: 'unparsed', reason: 'parse', loc: { file: 'versions/0005_branch_a_first.py', line: 10 } });
    expect(op.kind === 'unparsed' && op.message).toContain('down_revision b4se of revision a1 is not a known revision');
    // The rest of each broken file is still there.
    expect(broken[0]!.up.some((o) => o.kind === 'addColumn')).toBe(true);
  });

  test('a lone migration whose parent was not read is not reported', () => {
    const [only] = orderAlembicMigrations([migration('solo', ['elsewhere'])]);
    expect(only!.up).toEqual([]);
  });

  test('a cycle is reported on every migration in it, and nothing is lost', () => {
    const ordered = orderAlembicMigrations([migration('root', []), migration('p', ['q']), migration('q', ['p']), migration('after', ['q'])]);
    expect(ids(ordered)).toEqual(['root', 'p', 'q', 'after']);
    const messages = ordered.map((m) => m.up.map((op) => (op.kind === 'unparsed' ? op.message : '')).join());
    expect(messages[0]).toBe('');
    expect(messages[1]).toContain('cycle');
    expect(messages[1]).toContain('p, q');
    expect(messages[2]).toContain('cycle');
    expect(ordered[1]!.up[0]!.loc.line).toBe(7);
  });

  test('a revision naming itself and a duplicate revision are reported', () => {
    const ordered = orderAlembicMigrations([migration('self', ['self']), migration('dup', []), { ...migration('dup', []), file: 'versions/dup_copy.py' }]);
    const text = (m: Migration) => m.up.map((op) => (op.kind === 'unparsed' ? op.message : '')).join();
    expect(text(ordered.find((m) => m.id === 'self')!)).toContain('names itself');
    expect(ordered.filter((m) => text(m).includes('also defined in versions/dup.py'))).toHaveLength(1);
  });

  test('an empty list is fine', () => {
    expect(orderAlembicMigrations([])).toEqual([]);
  });
});
