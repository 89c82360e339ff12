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

  test('a plain function returning the builder, the table name in a constant: the SET DEFAULT chained after it', async () => {
    const file = 'migrations/20240102000000_users_token.cjs';
    const text = `const tableName = 'users';

exports.up = function (knex) {
  return knex.schema.alterTable(tableName, function (table) {
    table.uuid('token').defaultTo(knex.raw('gen_random_uuid()'));
  });
};
${down}`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`exports.up = function (knex) {
  return knex.schema.alterTable(tableName, function (table) {
    table.uuid('token');
  }).then(() => knex.raw('ALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid()'));
};
`);
  });

  test.each([
    ['NOT NULL: the column cannot be added without a value for the existing rows', "  await knex.schema.alterTable('users', (t) => {\n    t.uuid('token').notNullable().defaultTo(knex.raw('gen_random_uuid()'));\n  });\n"],
    ['the builder is kept in a variable', "  const p = knex.schema.alterTable('users', (t) => {\n    t.uuid('token').defaultTo(knex.raw('gen_random_uuid()'));\n  });\n  await p;\n"],
  ])('no exact fix: %s', async (_name, body) => {
    await expectNoFix(RULE, { 'migrations/20240102000000_users_token.js': `exports.up = async (knex) => {\n${body}};\n${down}` });
  });
});
