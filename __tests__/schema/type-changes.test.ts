import type { SqlType } from '../../src/ir.js';
import { classifyTypeChange, typeSql } from '../../src/schema/type-changes.js';

function t(name: string, args: number[] = [], extra: Partial<SqlType> = {}): SqlType {
  return { name, args, array: false, text: `${name}${args.length ? `(${args.join(',')})` : ''}`, ...extra };
}

describe('classifyTypeChange (PostgreSQL)', () => {
  const safe: [string, SqlType, SqlType][] = [
    ['varchar(50) → varchar(100)', t('varchar', [50]), t('varchar', [100])],
    ['varchar(50) → varchar(50)', t('varchar', [50]), t('varchar', [50])],
    ['varchar(50) → text', t('varchar', [50]), t('text')],
    ['varchar(50) → varchar', t('varchar', [50]), t('varchar')],
    ['text → varchar', t('text'), t('varchar')],
    ['numeric(10,2) → numeric(12,2)', t('numeric', [10, 2]), t('numeric', [12, 2])],
    ['numeric(10,2) → numeric', t('numeric', [10, 2]), t('numeric')],
    ['timestamptz(3) → timestamptz(6)', t('timestamptz', [3]), t('timestamptz', [6])],
    ['cidr → inet', t('cidr'), t('inet')],
  ];
  test.each(safe)('%s is catalog-only', (_, from, to) => {
    expect(classifyTypeChange('postgres', from, to).safe).toBe(true);
  });

  const unsafe: [string, SqlType | null, SqlType][] = [
    ['int4 → int8', t('int4'), t('int8')],
    ['varchar(100) → varchar(50)', t('varchar', [100]), t('varchar', [50])],
    ['varchar → varchar(50)', t('varchar'), t('varchar', [50])],
    ['text → varchar(255)', t('text'), t('varchar', [255])],
    ['numeric(10,2) → numeric(12,4)', t('numeric', [10, 2]), t('numeric', [12, 4])],
    ['numeric(10,2) → numeric(8,2)', t('numeric', [10, 2]), t('numeric', [8, 2])],
    ['numeric → numeric(10,2)', t('numeric'), t('numeric', [10, 2])],
    ['timestamp → timestamptz', t('timestamp'), t('timestamptz')],
    ['bpchar(10) → varchar(10)', t('bpchar', [10]), t('varchar', [10])],
    ['json → jsonb', t('json'), t('jsonb')],
    ['varchar[] → text[]', t('varchar', [], { array: true }), t('text', [], { array: true })],
    ['unknown previous type', null, t('text')],
  ];
  test.each(unsafe)('%s rewrites', (_, from, to) => {
    const v = classifyTypeChange('postgres', from, to);
    expect(v.safe).toBe(false);
    expect(v.reason.length).toBeGreaterThan(10);
  });

  test('USING other than the column (or its cast) rewrites; the plain cast does not', () => {
    expect(classifyTypeChange('postgres', t('varchar', [50]), t('varchar', [100]), { column: 'email', using: 'email::varchar(100)' }).safe).toBe(true);
    expect(classifyTypeChange('postgres', t('varchar', [50]), t('varchar', [100]), { column: 'email', using: 'email' }).safe).toBe(true);
    expect(classifyTypeChange('postgres', t('varchar', [50]), t('varchar', [100]), { column: 'email', using: 'lower(email)' }).safe).toBe(false);
  });
});

describe('classifyTypeChange (MySQL)', () => {
  test.each([
    ['utf8mb4 varchar(50) → varchar(63): 1-byte prefix', t('varchar', [50], { charset: 'utf8mb4' }), t('varchar', [63]), true],
    ['utf8mb4 varchar(50) → varchar(64): crosses 255 bytes', t('varchar', [50], { charset: 'utf8mb4' }), t('varchar', [64]), false],
    ['latin1 varchar(50) → varchar(255)', t('varchar', [50], { charset: 'latin1' }), t('varchar', [255]), true],
    ['latin1 varchar(200) → varchar(300): crosses 255 bytes', t('varchar', [200], { charset: 'latin1' }), t('varchar', [300]), false],
    ['varchar(300) → varchar(500): 2-byte prefix either way', t('varchar', [300]), t('varchar', [500]), true],
    ['varchar(100) → varchar(50)', t('varchar', [100]), t('varchar', [50]), false],
    ['varchar → text', t('varchar', [100]), t('text'), false],
    ['int → bigint', t('int'), t('bigint'), false],
    ['same type restated', t('int'), t('int'), true],
  ] as [string, SqlType, SqlType, boolean][])('%s', (_, from, to, safe) => {
    expect(classifyTypeChange('mysql', from, to).safe).toBe(safe);
  });
});

test('typeSql spells catalog names the usual way', () => {
  expect(typeSql(t('int8'))).toBe('bigint');
  expect(typeSql(t('numeric', [12, 2]))).toBe('numeric(12, 2)');
  expect(typeSql(t('varchar', [], { array: true }))).toBe('varchar[]');
  expect(typeSql(null)).toBe('<type>');
});
