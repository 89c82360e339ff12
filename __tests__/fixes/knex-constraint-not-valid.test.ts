import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { expectNoFix, knexHistory, roundTrip } from './knex-fixture.js';

const RULE = 'constraint-not-valid';
const fkDown = `
exports.down = async (knex) => {
  await knex.schema.alterTable('orders', (t) => {
    t.dropForeign('user_id');
  });
};
`;

describe('Knex: constraint-not-valid fix', () => {
  test('foreign(): knex.raw of the SQL Knex sends plus NOT VALID (ON DELETE kept), VALIDATE in a new migration that sorts last', async () => {
    const file = 'migrations/20240102000000_orders_user_fk.js';
    const text = `exports.up = async (knex) => {
  await knex.schema.alterTable('orders', (t) => {
    t.foreign('user_id').references('users.id').onDelete('CASCADE');
  });
};
${fkDown}`;
    const { fixed, fix } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toBe(`exports.up = async (knex) => {
  await knex.raw('alter table "orders" add constraint "orders_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete CASCADE not valid');
};
${fkDown}`);
    expect(fix.newFiles).toHaveLength(1);
    const added = fix.newFiles![0]!;
    expect(added.path).toMatch(/^migrations\/\d{14}_validate_orders_user_id_foreign\.js$/);
    // Knex runs migrations in file-name order: the VALIDATE comes after every migration there is.
    for (const existing of [...Object.keys(knexHistory), file]) expect(added.path > existing).toBe(true);
    expect(added.text).toBe(`exports.up = async (knex) => {
  await knex.raw('ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_foreign');
};

// Validating changes no schema: nothing to undo.
exports.down = async () => {};
`);
  });

  test('check() in module.exports style', async () => {
    const file = 'migrations/20240102000000_orders_total_check.js';
    const text = `const up = async (knex) => {
  await knex.schema.alterTable('orders', (t) => {
    t.check('total >= 0', [], 'orders_total_check');
  });
};

const down = async (knex) => {
  await knex.schema.alterTable('orders', (t) => {
    t.dropChecks('orders_total_check');
  });
};

module.exports = { up, down };
`;
    const { fixed, fix } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`  await knex.raw('alter table "orders" add constraint orders_total_check check(total >= 0) not valid');\n`);
    expect(fix.newFiles![0]!.text).toContain("await knex.raw('ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check');");
  });

  test('raw SQL in TypeScript: NOT VALID before the `;` of the user\'s text, a TypeScript migration for the VALIDATE', async () => {
    const file = 'migrations/20240102000000_orders_user_fk.ts';
    const text = `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE orders DROP CONSTRAINT orders_user_fk');
}
`;
    const { fixed, fix } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain("REFERENCES users (id) ON DELETE SET NULL NOT VALID;');");
    const added = fix.newFiles![0]!;
    expect(added.path).toMatch(/^migrations\/\d{14}_validate_orders_user_fk\.ts$/);
    expect(added.text).toContain("import type { Knex } from 'knex';\n\nexport async function up(knex: Knex): Promise<void> {\n  await knex.raw('ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk');\n}\n");
  });

  test('a column modifier (.references().inTable().onDelete()): the column stays, its key follows the statement NOT VALID; a final return becomes await', async () => {
    const file = 'migrations/20240102000000_orders_buyer.mjs';
    const text = `export async function up(knex) {
  return knex.schema.table('orders', (table) => {
    table.bigInteger('buyer_id').references('id').inTable('users').onDelete('SET NULL').index();
  });
}

export async function down(knex) {
  return knex.schema.table('orders', (table) => {
    table.dropForeign('buyer_id');
    table.dropIndex('buyer_id');
    table.dropColumn('buyer_id');
  });
}
`;
    const { fixed, fix } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`export async function up(knex) {
  await knex.schema.table('orders', (table) => {
    table.bigInteger('buyer_id').index();
  });
  await knex.raw('alter table "orders" add constraint "orders_buyer_id_foreign" foreign key ("buyer_id") references "users" ("id") on delete SET NULL not valid');
}
`);
    expect(fix.newFiles![0]!.path).toMatch(/^migrations\/\d{14}_validate_orders_buyer_id_foreign\.mjs$/);
    expect(fix.newFiles![0]!.text).toContain('export async function up(knex) {');
  });

  test('t.foreign() among other calls, after `return await`: its lines go, the key follows the statement', async () => {
    const file = 'migrations/20240102000000_orders_coupon.js';
    const text = `exports.up = async (knex) => {
  return await knex.schema.alterTable('orders', (t) => {
    t.bigInteger('coupon_id');
    t.foreign('user_id').references('users.id').onDelete('CASCADE');
  });
};

exports.down = async (knex) => {
  await knex.schema.alterTable('orders', (t) => {
    t.dropForeign('user_id');
    t.dropColumn('coupon_id');
  });
};
`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`exports.up = async (knex) => {
  await knex.schema.alterTable('orders', (t) => {
    t.bigInteger('coupon_id');
  });
  await knex.raw('alter table "orders" add constraint "orders_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete CASCADE not valid');
};
`);
  });

  test.each([
    ['the key shares its line with another call', "  await knex.schema.alterTable('orders', (t) => {\n    t.bigInteger('coupon_id'); t.foreign('user_id').references('users.id');\n  });\n"],
    ['the statement is not the last and not awaited', "  knex.schema.alterTable('orders', (t) => {\n    t.bigInteger('buyer_id').references('users.id');\n  }).then(() => {});\n"],
  ])('no exact fix: %s', async (_name, body) => {
    await expectNoFix(RULE, { 'migrations/20240102000000_orders_user_fk.js': `exports.up = async (knex) => {\n${body}};\n${fkDown}` });
  });

  test('no exact fix where the file name is not a Knex timestamp (no name is known to sort after it)', async () => {
    await expectNoFix(RULE, {
      'migrations/0002_orders_user_fk.js': `exports.up = async (knex) => {\n  await knex.schema.alterTable('orders', (t) => {\n    t.foreign('user_id').references('users.id');\n  });\n};\n${fkDown}`,
    });
  });

  test('the new timestamps: one second on from the directory\'s latest migration, one per fix, never the clock', async () => {
    const later = { 'migrations/20240301000000_later.js': 'exports.up = async () => {};\nexports.down = async () => {};\n' };
    const fk = (table: string) => `exports.up = async (knex) => {\n  await knex.schema.alterTable('${table}', (t) => {\n    t.foreign('user_id').references('users.id');\n  });\n};\n${fkDown.replace("'orders'", `'${table}'`)}`;
    const history = { ...knexHistory, 'migrations/20240101000001_carts.js': "exports.up = async (knex) => {\n  await knex.schema.createTable('carts', (t) => {\n    t.bigInteger('user_id');\n  });\n};\nexports.down = async (knex) => {\n  await knex.schema.dropTable('carts');\n};\n", ...later };
    const change = { 'migrations/20240102000000_orders_fk.js': fk('orders'), 'migrations/20240103000000_carts_fk.js': fk('carts') };
    const paths = async () => (await lintFixture({ history, change })).report.findings.filter((f) => f.ruleId === RULE).map((f) => f.fix?.newFiles?.[0]?.path);
    const first = await paths();
    expect(first).toEqual(['migrations/20240301000001_validate_orders_user_id_foreign.js', 'migrations/20240301000002_validate_carts_user_id_foreign.js']);
    expect(await paths()).toEqual(first);
  });
});
