exports.up = (knex) =>
  knex.schema.createTable('projects', (table) => {
    table.bigIncrements('id');
    table.string('name').notNullable();
    table.text('legacy_notes');
  });

exports.down = (knex) => knex.schema.dropTable('projects');
