import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dialect, Migration, Op, OpKind, OpOf } from '../../src/ir.js';
import { alembicFrontEnd } from '../../src/parse/alembic/index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'alembic');

export function fixtureText(name: string): string {
  return readFileSync(path.join(fixtures, name), 'utf8');
}

/** Runs the Alembic front end on Python source; expects exactly one migration. */
export async function lowerText(text: string, options: { dialect?: Dialect; file?: string; runnerAfterCommit?: 'committed' | 'refused' } = {}): Promise<Migration> {
  const file = options.file ?? 'migrations/versions/test.py';
  const result = await alembicFrontEnd({
    file: { path: file, text },
    dialect: options.dialect ?? 'postgres',
    isNew: true,
    id: path.basename(file, '.py'),
    order: '0',
    ...(options.runnerAfterCommit ? { runnerAfterCommit: options.runnerAfterCommit } : {}),
  });
  expect(result).toHaveLength(1);
  return result[0]!;
}

export async function lowerFixture(name: string, dialect: Dialect = 'postgres'): Promise<Migration> {
  return lowerText(fixtureText(name), { dialect, file: `migrations/versions/${name}` });
}

/** `[line, kind]` of each op: the compact shape most assertions compare. */
export function lineKinds(ops: Op[] | null): Array<[number, OpKind]> {
  return (ops ?? []).map((op) => [op.loc.line, op.kind]);
}

/** The ops of one kind, narrowed. */
export function opsOf<K extends OpKind>(ops: Op[] | null, kind: K): OpOf<K>[] {
  return (ops ?? []).filter((op): op is OpOf<K> => op.kind === kind);
}
