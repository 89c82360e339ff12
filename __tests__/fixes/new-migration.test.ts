import { describe, expect, test } from '@jest/globals';
import type { Migration, SqlLayout } from '../../src/ir.js';
import { newMigrationAfter } from '../../src/parse/sql/new-migration.js';

function migration(layout: SqlLayout, file: string, id: string, siblings: string[], extra: Partial<Migration> = {}): Migration {
  return { id, file, framework: 'sql', dialect: 'postgres', layout, isNew: true, transactional: false, up: [], down: null, order: id, expectsDown: false, siblings, ...extra };
}

const text = { slug: 'validate_x', purpose: 'p', up: 'SELECT 1;\n', down: null };
const paths = (m: Migration, step = 1) => newMigrationAfter(m, step, text)?.map((f) => f.path);

describe('newMigrationAfter: the next version in the directory', () => {
  test('numbers: zero padding kept, the step added, numeric runners may grow a digit, text-ordered ones may not', () => {
    expect(paths(migration('golang-migrate', 'm/0009_a.up.sql', '0009_a', ['0001_x', '0009_a']), 2)).toEqual(['m/0011_validate_x.up.sql']);
    expect(paths(migration('golang-migrate', 'm/999_a.up.sql', '999_a', ['999_a']))).toEqual(['m/1000_validate_x.up.sql']);
    expect(paths(migration('plain', 'm/99_a.sql', '99_a', ['99_a']))).toBeUndefined();
    expect(paths(migration('prisma', 'p/99_a/migration.sql', '99_a', ['99_a']))).toBeUndefined();
  });

  test('Flyway: the highest version by its numeric parts, bumped in its last part', () => {
    expect(paths(migration('flyway', 'db/V1_9__a.sql', 'V1_9__a', ['V1_2__b', 'V1_9__a', 'V1_10__c']))).toEqual(['db/V1_11__validate_x.sql']);
    expect(paths(migration('flyway', 'db/V2__a.sql', 'V2__a', ['V1.9__b', 'V2__a']))).toEqual(['db/V3__validate_x.sql']);
  });

  test('timestamps move on by seconds in their own format; a 14-digit number that is no date moves on by one', () => {
    expect(paths(migration('dbmate', 'db/20240229235959_a.sql', '20240229235959_a', ['20240229235959_a']))).toEqual(['db/20240301000000_validate_x.sql']);
    expect(paths(migration('diesel', 'm/2024-12-31-235959_a/up.sql', '2024-12-31-235959_a', ['00000000000000_setup', '2024-12-31-235959_a']))).toEqual(['m/2025-01-01-000000_validate_x/up.sql', 'm/2025-01-01-000000_validate_x/down.sql']);
    expect(paths(migration('golang-migrate', 'm/20241399000000_a.up.sql', '20241399000000_a', ['20241399000000_a']))).toEqual(['m/20241399000001_validate_x.up.sql']);
  });

  test('versions taken by fixes of earlier migrations under test come first', () => {
    expect(paths(migration('golang-migrate', 'm/003_a.up.sql', '003_a', ['002_b', '003_a'], { newVersionsTaken: 2 }))).toEqual(['m/006_validate_x.up.sql']);
  });

  test('no listing, or an id without a version: no new migration', () => {
    expect(paths(migration('golang-migrate', 'm/003_a.up.sql', '003_a', []))).toBeUndefined();
    const noListing = migration('golang-migrate', 'm/003_a.up.sql', '003_a', []);
    delete noListing.siblings;
    expect(paths(noListing)).toBeUndefined();
    expect(paths(migration('plain', 'm/003_a.sql', '003_a', ['003_a', 'seed']))).toBeUndefined();
  });
});
