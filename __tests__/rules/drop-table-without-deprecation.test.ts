import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const tables = 'CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint);\nCREATE TABLE legacy_sessions (id bigint PRIMARY KEY, user_id bigint);';
const deprecated = `${tables}\nCOMMENT ON TABLE legacy_sessions IS 'deprecated: replaced by sessions';`;

ruleTester('drop-table-without-deprecation', {
  valid: [
    { name: 'the old copy of a rebuilt table, renamed out of the way by this migration, is dropped at its end', dialect: 'mysql', history: 'CREATE TABLE ciphers (uuid CHAR(36) PRIMARY KEY, data TEXT);', sql: 'ALTER TABLE ciphers RENAME TO old_ciphers;\nCREATE TABLE ciphers (uuid CHAR(36) PRIMARY KEY, data TEXT, user_uuid CHAR(36));\nINSERT INTO ciphers (uuid, data) SELECT uuid, data FROM old_ciphers;\nDROP TABLE old_ciphers;' },
    { name: 'a cache table rebuilt from its query (CREATE TABLE ... AS SELECT)', history: 'CREATE TABLE posts (id bigint PRIMARY KEY, score int);\nCREATE TABLE posts_fast AS SELECT id, score FROM posts;', sql: 'BEGIN;\nDROP TABLE posts_fast;\nCREATE TABLE posts_fast AS SELECT id, score FROM posts;\nCOMMIT;' },
    { name: 'table deprecated by an earlier migration', history: deprecated, sql: 'DROP TABLE legacy_sessions;' },
    { name: 'table listed under deprecated.tables in the config', history: tables, config: { deprecated: { tables: ['sessions'] } }, sql: 'DROP TABLE sessions;' },
    { name: 'dropped and rebuilt with every column it had (another engine): running code keeps working', dialect: 'mysql', history: 'CREATE TABLE monitor_status (monitor_id INT PRIMARY KEY, status VARCHAR(20)) ENGINE=MEMORY;', sql: "DROP TABLE IF EXISTS monitor_status;\nCREATE TABLE monitor_status (monitor_id INT PRIMARY KEY, status VARCHAR(20), capture_fps DECIMAL(10,2)) ENGINE=InnoDB;",
      knex: `exports.up = async (knex) => {
  await knex.schema.dropTableIfExists('monitor_status');
  await knex.schema.createTable('monitor_status', (t) => {
    t.integer('monitor_id').primary();
    t.string('status', 20);
    t.decimal('capture_fps', 10, 2);
  });
};
exports.down = async () => {};
` },
    { name: 'table created and dropped in the same migration', sql: 'CREATE TABLE import_tmp (id bigint, payload text);\nDROP TABLE import_tmp;' },
    { name: 'table created by an earlier migration of the same change', sql: 'CREATE TABLE import_tmp (id bigint);', extraChange: ['DROP TABLE import_tmp;'] },
    { name: 'near-miss: the downgrade drops what the upgrade created', layout: 'golang-migrate', sql: 'CREATE TABLE audit (id bigint PRIMARY KEY);', down: 'DROP TABLE audit;' },
    { name: 'a definition script: DROP TABLE IF EXISTS guards the CREATE TABLE of a table no migration made', sql: 'DROP TABLE IF EXISTS user_prefs;\nCREATE TABLE user_prefs (id bigint PRIMARY KEY, name text);' },
    { name: 'MySQL: the same definition-script idiom', dialect: 'mysql', sql: 'DROP TABLE IF EXISTS `Monitor_State`;\nCREATE TABLE `Monitor_State` (`MonitorId` INT NOT NULL PRIMARY KEY) ENGINE=MEMORY;' },
    { name: 'near-miss: DROP VIEW and DROP INDEX are not DROP TABLE', history: tables, sql: 'DROP VIEW IF EXISTS active_sessions;\nDROP INDEX IF EXISTS sessions_user_idx;' },
    { name: 'MySQL: table deprecated by ALTER TABLE ... COMMENT in an earlier migration', dialect: 'mysql', history: ['CREATE TABLE legacy_sessions (id BIGINT PRIMARY KEY);', "ALTER TABLE legacy_sessions COMMENT = 'deprecated: replaced by sessions';"], sql: 'DROP TABLE legacy_sessions;' },
    { name: 'knex: table deprecated by an earlier migration', history: deprecated, knex: `exports.up = (knex) => knex.schema.dropTable('legacy_sessions');
exports.down = (knex) => knex.schema.createTable('legacy_sessions', (t) => { t.bigIncrements(); t.bigInteger('user_id'); });
` },
    { name: 'alembic: dropping a table deprecated by an earlier migration', history: deprecated, alembic: py(['op.drop_table("legacy_sessions")']) },
  ],
  invalid: [
    { name: 'table never deprecated', history: tables, sql: 'DROP TABLE sessions;', line: 1 },
    { name: 'near-miss: rebuilt without one of its columns', dialect: 'mysql', history: 'CREATE TABLE monitor_status (monitor_id INT PRIMARY KEY, status VARCHAR(20)) ENGINE=MEMORY;', sql: 'DROP TABLE IF EXISTS monitor_status;\nCREATE TABLE monitor_status (monitor_id INT PRIMARY KEY) ENGINE=InnoDB;', line: 1 },
    {
      name: 'deprecated in the same change still fires',
      history: tables,
      sql: "COMMENT ON TABLE sessions IS 'deprecated: moving to redis';\n-- drop it right away\nDROP TABLE\n  sessions\n  CASCADE;",
      line: 3,
      endLine: 5,
    },
    { name: 'IF EXISTS on a table unknown to history', sql: 'DROP TABLE IF EXISTS old_orders;', line: 1 },
    { name: 'the definition-script idiom on a table the history created: its rows are lost', history: tables, sql: 'DROP TABLE IF EXISTS sessions;\nCREATE TABLE sessions (id bigint PRIMARY KEY);', line: 1 },
    { name: 'without IF EXISTS the drop is not a guard', sql: 'DROP TABLE user_prefs;\nCREATE TABLE user_prefs (id bigint PRIMARY KEY);', line: 1 },
    { name: 'one statement dropping a deprecated and a live table', history: deprecated, sql: 'DROP TABLE legacy_sessions, sessions;', line: 1 },
    { name: 'MySQL: table never deprecated', dialect: 'mysql', history: 'CREATE TABLE sessions (id BIGINT PRIMARY KEY);', sql: 'DROP TABLE IF EXISTS sessions;', line: 1 },
    { name: 'knex: dropTable of a table never deprecated', history: tables, knex: { code: `exports.up = async (knex) => {
  await knex.schema.dropTableIfExists('sessions');
};
exports.down = (knex) => knex.schema.createTable('sessions', (t) => { t.bigIncrements(); t.bigInteger('user_id'); });
`, line: 2 } },
    { name: 'alembic: drop_table without a deprecation', history: tables, alembic: { code: py(['op.drop_table("sessions")']), line: U } },
  ],
});
