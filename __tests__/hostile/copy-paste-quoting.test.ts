import { lintCase } from '../helpers/rule-tester.js';

describe('copy-paste blocks quote hostile identifiers', () => {
  test('a quoted table name holding a statement separator is quoted again in the suggestion', async () => {
    const evil = 'x; DROP TABLE users; --';
    const history = `CREATE TABLE "${evil}" (id bigint, c int);`;
    const found = (await lintCase('require-concurrent-index', { name: 'evil', history }, 'sql', `CREATE INDEX i ON "${evil}" (c);`)).filter((f) => f.ruleId === 'require-concurrent-index');
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestion).toContain(`ON "${evil}" (c)`);
    // Outside the quoted name there is no bare separator: the paste is one statement.
    const outside = found[0]!.suggestion!.split(`"${evil}"`).join('NAME');
    expect(outside).not.toContain('DROP TABLE');
  });

  test('MySQL: backticks; plain names stay bare', async () => {
    const evil = 'a`; DROP TABLE b; --';
    const history = 'CREATE TABLE t (id BIGINT PRIMARY KEY, c INT);';
    const found = (await lintCase('rename-column', { name: 'evil', history, dialect: 'mysql' }, 'sql', `ALTER TABLE t RENAME COLUMN c TO \`${evil.replace(/`/g, '``')}\`;`)).filter((f) => f.ruleId === 'rename-column');
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestion).not.toMatch(/(^|[^`])a`; drop/i);
    expect(found[0]!.suggestion).toContain('`a``; drop table b; --`'); // MySQL column names compare in lower case
  });
});
