import { byFile, dryRun, writeMigrations } from './helpers.js';

/**
 * Knex views are replayed on Knex's compiler (the query passed to as() included), so the dry-run
 * sends the SQL Knex sends and verifies them; a view whose query cannot be recorded stays
 * unverified, with the reason.
 */
const FILES = {
  '20240101000000_orders.js': "exports.up = (knex) => knex.schema.createTable('orders', (t) => {\n  t.increments('id');\n  t.integer('total');\n  t.boolean('paid');\n});\nexports.down = (knex) => knex.schema.dropTable('orders');\n",
  '20240102000000_views.js': [
    'exports.up = async (knex) => {',
    "  await knex.schema.createView('paid_orders', (view) => {",
    "    view.columns(['id', 'total']);",
    "    view.as(knex('orders').select('id', 'total').where('paid', true).where((q) => q.where('total', '>', 0).orWhereNull('total')).orderBy('id'));",
    '  });',
    "  await knex.schema.createMaterializedView('order_totals', (view) => {",
    "    view.as(knex('orders').sum('total as total').where('total', '>', 0));",
    '  });',
    "  await knex.schema.alterView('paid_orders', (view) => {",
    "    view.column('total').rename('amount');",
    '  });',
    '};',
    'exports.down = async (knex) => {',
    "  await knex.schema.dropMaterializedView('order_totals');",
    "  await knex.schema.dropView('paid_orders');",
    '};',
    '',
  ].join('\n'),
  '20240103000000_opaque_view.js': "exports.up = (knex) => knex.schema.createView('big_orders', (view) => {\n  view.as(knex('orders').select('id').where('total', '>', process.env.MIN_TOTAL));\n});\nexports.down = (knex) => knex.schema.dropView('big_orders');\n",
};

test('replayed Knex views run and round-trip; an opaque one is unverified with its reason', async () => {
  const w = writeMigrations(FILES);
  try {
    const r = await dryRun(w.dir, ['20240102000000_views.js', '20240103000000_opaque_view.js'], { engine: 'pglite' });
    const views = byFile(r, '20240102000000_views.js');
    expect(views.reasons).toEqual([]);
    expect(views.verdict).toBe('verified');
    const opaque = byFile(r, '20240103000000_opaque_view.js');
    expect(opaque.verdict).not.toBe('verified');
    expect(opaque.reasons.join('\n')).toMatch(/cannot render: .*the SQL Knex sends for this view is not known: .*an argument of `.where\(\)` is not known statically/);
  } finally {
    w.cleanup();
  }
}, 120_000);
