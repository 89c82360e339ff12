import { ruleTester } from '../helpers/rule-tester.js';
import { splitPostgres } from '../../src/parse/sql/pg-splitter.js';

// Each psql meta-command ends at its line end; the statement on the next line keeps its finding and line.
const META = ['\\set x 1', '\\connect otherdb', '\\i other.sql', '\\if :flag', '\\endif', '\\echo hi; DROP SCHEMA fake;', '\\gset'];

ruleTester('drop-schema-or-database', {
  valid: [
    { name: 'a DROP inside a meta-command line is not SQL', sql: "\\echo 'DROP SCHEMA x;'\nSELECT 1;" },
    { name: 'COPY data lines are not SQL', sql: 'COPY t (a) FROM stdin;\nDROP SCHEMA nope;\n\\.\nSELECT 1;' },
  ],
  invalid: [
    ...META.map((m) => ({ name: `statement after ${m}`, sql: `SELECT 1;\n${m}\nDROP SCHEMA app;`, line: 3 })),
    { name: 'statement after SELECT ... \\gexec on the same query buffer', sql: "SELECT 'x'\n\\gexec\nDROP SCHEMA app;", line: 3 },
    { name: 'statement after a COPY FROM stdin data block', sql: 'COPY t (a, b) FROM stdin;\n1\t2\n3\t4\n\\.\nDROP SCHEMA app;', line: 5 },
  ],
});

describe('psql meta-commands in the splitter', () => {
  test('\\gexec ends the statement before it and the next one starts on its own line', () => {
    const sql = "SELECT format('x') FROM t\n\\gexec\nSELECT 2;";
    expect(splitPostgres(sql).map((c) => c.text)).toEqual(["SELECT format('x') FROM t", 'SELECT 2;']);
  });
  test('an unterminated COPY block skips to the end only', () => {
    expect(splitPostgres('COPY t FROM STDIN;\n1\n2\n')).toHaveLength(1);
  });
  test('backslashes inside strings are not meta-commands', () => {
    expect(splitPostgres("SELECT E'\\\\set';\nSELECT '\\i';").map((c) => c.text)).toEqual(["SELECT E'\\\\set';", "SELECT '\\i';"]);
  });
});
