import { defaultKey, sameDefault } from '../../src/schema/defaults.js';

describe('defaultKey: one value, many spellings', () => {
  it.each([
    ['NOW()', 'now ()'],
    ["'x'::text", "'x'"],
    ["'happy'::public.\"Mood\"", "'happy'"],
    ["'{}'::integer[]", "'{}'"],
    ["'a'::character varying", "'a'"],
    ["'2020-01-01'::timestamp with time zone", "'2020-01-01'"],
    ["'0'", '0'],
    ['(0)', '0'],
    ["(('x'::text))", "'x'"],
    ['FALSE', 'false'],
    ["nextval('s'::regclass)", "nextval('s')"],
    ["(now())", 'now()'],
  ])('%s is %s', (a, b) => {
    expect(sameDefault(a, b)).toBe(true);
  });

  it.each([
    ["'A'", "'a'"],
    ["'a b'", "'ab'"],
    ["'x'::text || 'y'", "'x'"],
    ['1', '2'],
    ["'0x'", '0x'],
  ])('%s is not %s', (a, b) => {
    expect(sameDefault(a, b)).toBe(false);
  });

  it('keeps a call\'s parentheses and quotes inside literals', () => {
    expect(defaultKey("lower('It''s')")).toBe("lower('It''s')");
    expect(defaultKey(undefined)).toBe('');
  });
});
