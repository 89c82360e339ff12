import { describe, expect, test } from '@jest/globals';
import { expectNoFix, roundTrip } from './knex-fixture.js';

const RULE = 'add-column-volatile-default';
const down = `
exports.down = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('token');
  });
};
`;

const downBoth = down.replace("t.dropColumn('token');", "t.dropColumn('token');\n    t.dropColumn('bio');");

describe('Knex: add-column-volatile-default fix', () => {
  test('the .defaultTo() link removed from the chain, the default set by a statement after the alterTable', async () => {
    const file = 'migrations/20240102000000_users_token.js';
    const text = `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.uuid('token')
      .defaultTo(knex.raw('gen_random_uuid()'))
      .comment('API token');
    t.text('bio');
  });
};
${downBoth}`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toBe(`exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.uuid('token')
      .comment('API token');
    t.text('bio');
  });
  await knex.raw('ALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid()');
};
${downBoth}`);
  });

  test('knex.fn.uuid() on one line, in TypeScript', async () => {
    const file = 'migrations/20240102000000_users_token.ts';
    const text = `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => t.uuid('token').defaultTo(knex.fn.uuid()));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => t.dropColumn('token'));
}
`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain("  await knex.schema.alterTable('users', (t) => t.uuid('token'));\n  await knex.raw('ALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid()');\n}");
  });

  test.each([
    ['NOT NULL: the column cannot be added without a value for the existing rows', "t.uuid('token').notNullable().defaultTo(knex.raw('gen_random_uuid()'));"],
    ['the builder is returned, not awaited (nothing can follow it)', null],
  ])('no exact fix: %s', async (_name, call) => {
    const up = call
      ? `exports.up = async (knex) => {\n  await knex.schema.alterTable('users', (t) => {\n    ${call}\n  });\n};\n`
      : "exports.up = async (knex) => {\n  return knex.schema.alterTable('users', (t) => {\n    t.uuid('token').defaultTo(knex.raw('gen_random_uuid()'));\n  });\n};\n";
    await expectNoFix(RULE, { 'migrations/20240102000000_users_token.js': `${up}${down}` });
  });
});
