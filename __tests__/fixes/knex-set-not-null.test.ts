import { describe, expect, test } from '@jest/globals';
import { expectNoFix, roundTrip } from './knex-fixture.js';

const RULE = 'set-not-null';
const down = `
exports.down = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.setNullable('email');
  });
};
`;
const up = (body: string) => `exports.up = async (knex) => {\n${body}};\n`;
const dropNullable = "  await knex.schema.alterTable('users', (t) => {\n    t.dropNullable('email');\n  });\n";

describe('Knex: set-not-null fix', () => {
  test('a validated CHECK before the builder call, dropped after it, each statement outside a transaction', async () => {
    const file = 'migrations/20240102000000_email_not_null.js';
    const { fixed } = await roundTrip(RULE, { [file]: `${up(dropNullable)}${down}` });
    expect(fixed[file]).toBe(`exports.up = async (knex) => {
  await knex.raw('ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID');
  await knex.raw('ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null');
  await knex.schema.alterTable('users', (t) => {
    t.dropNullable('email');
  });
  await knex.raw('ALTER TABLE users DROP CONSTRAINT users_email_not_null');
};
${down}
exports.config = { transaction: false };
`);
  });

  test('a file already outside a transaction, with other statements: no config edit', async () => {
    const file = 'migrations/20240102000000_email_not_null.js';
    const text = `exports.config = { transaction: false };\n\n${up(`  await knex('users').update({ email: '' }).whereNull('email');\n${dropNullable}`)}${down}`;
    const { fix } = await roundTrip(RULE, { [file]: text });
    expect(fix.edits).toHaveLength(2);
  });

  test('a final return in an async up: the statements before it, return becomes await, the DROP after', async () => {
    const file = 'migrations/20240102000000_email_not_null.js';
    const text = `${up(dropNullable.replace('  await ', '  return '))}${down}`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`exports.up = async (knex) => {
  await knex.raw('ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID');
  await knex.raw('ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null');
  await knex.schema.alterTable('users', (t) => {
    t.dropNullable('email');
  });
  await knex.raw('ALTER TABLE users DROP CONSTRAINT users_email_not_null');
};
`);
  });

  test('a plain function: one promise chain', async () => {
    const file = 'migrations/20240102000000_email_not_null.js';
    const text = `exports.up = function (knex) {\n  return knex.schema.alterTable('users', (t) => t.dropNullable('email'));\n};\n${down}`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(
      "  return knex.raw('ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID').then(() => knex.raw('ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null')).then(() => knex.schema.alterTable('users', (t) => t.dropNullable('email'))).then(() => knex.raw('ALTER TABLE users DROP CONSTRAINT users_email_not_null'));\n",
    );
  });

  test.each([
    ['another statement must stay in the transaction', `  await knex('users').update({ email: '' }).whereNull('email');\n${dropNullable}`],
    ['.alter() sends four statements for one call', "  await knex.schema.alterTable('users', (t) => {\n    t.text('email').notNullable().alter();\n  });\n"],
  ])('no exact fix: %s', async (_name, body) => {
    await expectNoFix(RULE, { 'migrations/20240102000000_email_not_null.js': `${up(body)}${down}` });
  });
});
