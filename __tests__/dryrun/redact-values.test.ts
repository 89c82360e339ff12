import { REDACTED, redactResultValues, redactServerValues } from '../../src/dryrun/redact-values.js';

describe('server messages from a staging database lose the values they quote', () => {
  test.each([
    ['invalid input syntax for type integer: "jane@example.com"', `invalid input syntax for type integer: "${REDACTED}"`],
    ["Incorrect integer value: 's3cr3t' for column 'age' at row 1", `Incorrect integer value: '${REDACTED}' for column 'age' at row 1`],
    ["Duplicate entry 'jane@example.com' for key 'users.email'", `Duplicate entry '${REDACTED}' for key 'users.email'`],
    ['duplicate key value violates unique constraint "users_email_key" Key (email)=(jane@example.com) already exists.', `duplicate key value violates unique constraint "users_email_key" Key (email)=(${REDACTED}) already exists.`],
    ['column "emial" of relation "users" does not exist', 'column "emial" of relation "users" does not exist'],
    ['value too long for type character varying(3)', 'value too long for type character varying(3)'],
    ['an unclosed "quote stays as it is', 'an unclosed "quote stays as it is'],
  ])('%s', (input, expected) => {
    expect(redactServerValues(input)).toBe(expected);
  });

  test('only message fields are redacted: statement texts and names are kept', () => {
    const result = { engine: 'postgres', problems: ["x: 'v'"], migrations: [{ file: "db/'odd'.sql", reasons: ['invalid input syntax for type uuid: "abc"'], statements: [{ sql: "SELECT 'literal'", reason: "Incorrect integer value: 'abc'" }] }] };
    expect(redactResultValues(result)).toEqual({
      engine: 'postgres',
      problems: [`x: '${REDACTED}'`],
      migrations: [{ file: "db/'odd'.sql", reasons: [`invalid input syntax for type uuid: "${REDACTED}"`], statements: [{ sql: "SELECT 'literal'", reason: `Incorrect integer value: '${REDACTED}'` }] }],
    });
  });
});
