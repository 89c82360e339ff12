import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'mysql');

/** An ALTER fixture: the schema an earlier migration created, and the change under test. */
export interface AlterFixture {
  name: string;
  history: string;
  /** The change migration's text; its line 1 is the line after `-- change`. */
  change: string;
}

function parseAlterFixture(name: string, text: string): AlterFixture {
  const marker = text.indexOf('-- change\n');
  if (!text.startsWith('-- history\n') || marker < 0) throw new Error(`fixture ${name}: expected "-- history" and "-- change" sections`);
  return { name, history: text.slice('-- history\n'.length, marker), change: text.slice(marker + '-- change\n'.length) };
}

export function alterFixture(name: string): AlterFixture {
  return parseAlterFixture(name, readFileSync(path.join(FIXTURES, 'alter', `${name}.sql`), 'utf8'));
}

/** Every fixture of `__tests__/fixtures/mysql/alter/`, sorted by name. */
export function alterFixtures(): AlterFixture[] {
  return readdirSync(path.join(FIXTURES, 'alter'))
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => alterFixture(f.replace(/\.sql$/, '')));
}

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}
