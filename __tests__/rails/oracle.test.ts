/**
 * Oracle for the Rails front end: our own fixtures, one schema statement form each, against the
 * SQL ActiveRecord's adapters send for it, written by hand from ActiveRecord's documented behaviour
 * (PostgreSQL and Mysql2 adapters, Rails 7.1 unless a case names its Migration version):
 * `ADD "c" type` (no COLUMN keyword), `bigserial primary key`, options as ` DEFAULT x NOT NULL`,
 * foreign keys inside CREATE TABLE, MySQL indexes inside CREATE TABLE, `fk_rails_` + the first 10
 * hex digits of SHA-256("<table>_<column>_fk"), several columns of `remove_columns` or
 * `add_timestamps` in one ALTER TABLE, `change_column` on PostgreSQL as one ALTER TABLE.
 *
 * Known, deliberate differences (not cases here): `create_enum` is sent inside a DO block that skips
 * an existing type (we lower the CREATE TYPE it runs); PostgreSQL `rename_table` also renames the
 * primary key's sequence and index and the table's default-named indexes (we lower the table rename);
 * MySQL `change_column`/`change_column_null` restate the column's current definition read from the
 * database at run time.
 */
import { createHash } from 'node:crypto';
import { renderMigrationSql } from '../../src/render/index.js';
import { lintRails, migrationOf } from './helpers.js';

interface OracleCase {
  name: string;
  /** Body of `change` (or a whole class when it starts with `class`). */
  ruby: string;
  version?: string;
  pg: string[] | null;
  mysql: string[] | null;
}

/** ActiveRecord's foreign key name, as its documentation gives the rule. */
const fk = (table: string, column: string) => `fk_rails_${createHash('sha256').update(`${table}_${column}_fk`).digest('hex').slice(0, 10)}`;

const CASES: OracleCase[] = [
  {
    name: 'create_table with column options and timestamps',
    ruby: 'create_table :products do |t|\n  t.string :name, null: false\n  t.text :description\n  t.decimal :price, precision: 10, scale: 2\n  t.integer :stock, default: 0\n  t.timestamps\nend',
    pg: ['CREATE TABLE "products" ("id" bigserial primary key, "name" character varying NOT NULL, "description" text, "price" decimal(10,2), "stock" integer DEFAULT 0, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL)'],
    mysql: ['CREATE TABLE `products` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `name` varchar(255) NOT NULL, `description` text, `price` decimal(10,2), `stock` int DEFAULT 0, `created_at` datetime(6) NOT NULL, `updated_at` datetime(6) NOT NULL)'],
  },
  {
    name: 'create_table: boolean default (PostgreSQL TRUE), uuid primary key',
    ruby: 'create_table :docs, id: :uuid do |t|\n  t.boolean :public, default: true\nend',
    pg: ['CREATE TABLE "docs" ("id" uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY, "public" boolean DEFAULT TRUE)'],
    mysql: null,
  },
  {
    name: 'create_table with a reference and its foreign key',
    ruby: 'create_table :comments do |t|\n  t.references :post, null: false, foreign_key: true\nend',
    pg: [
      `CREATE TABLE "comments" ("id" bigserial primary key, "post_id" bigint NOT NULL, CONSTRAINT "${fk('comments', 'post_id')}" FOREIGN KEY ("post_id") REFERENCES "posts" ("id"))`,
      'CREATE INDEX "index_comments_on_post_id" ON "comments" ("post_id")',
    ],
    mysql: [`CREATE TABLE \`comments\` (\`id\` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, \`post_id\` bigint NOT NULL, INDEX \`index_comments_on_post_id\` (\`post_id\`), CONSTRAINT \`${fk('comments', 'post_id')}\` FOREIGN KEY (\`post_id\`) REFERENCES \`posts\` (\`id\`))`],
  },
  {
    name: 'create_table in a 5.0 migration: integer keys, no datetime precision, ENGINE=InnoDB on MySQL',
    version: '5.0',
    ruby: 'create_table :events do |t|\n  t.references :user\n  t.timestamps\nend',
    pg: ['CREATE TABLE "events" ("id" serial primary key, "user_id" integer, "created_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL)', 'CREATE INDEX "index_events_on_user_id" ON "events" ("user_id")'],
    mysql: ['CREATE TABLE `events` (`id` int NOT NULL AUTO_INCREMENT PRIMARY KEY, `user_id` int, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, INDEX `index_events_on_user_id` (`user_id`)) ENGINE=InnoDB'],
  },
  {
    name: 'add_column with a default and NOT NULL',
    ruby: 'add_column :users, :status, :string, default: "active", null: false',
    pg: ['ALTER TABLE "users" ADD "status" character varying DEFAULT \'active\' NOT NULL'],
    mysql: ["ALTER TABLE `users` ADD `status` varchar(255) DEFAULT 'active' NOT NULL"],
  },
  {
    name: 'add_column with limit: string length and integer bytes',
    ruby: 'add_column :users, :code, :string, limit: 40\nadd_column :users, :views, :integer, limit: 8\nadd_column :users, :flags, :integer, limit: 2',
    pg: ['ALTER TABLE "users" ADD "code" character varying(40)', 'ALTER TABLE "users" ADD "views" bigint', 'ALTER TABLE "users" ADD "flags" smallint'],
    mysql: ['ALTER TABLE `users` ADD `code` varchar(40)', 'ALTER TABLE `users` ADD `views` bigint', 'ALTER TABLE `users` ADD `flags` smallint'],
  },
  {
    name: 'add_column array with an empty default (PostgreSQL)',
    ruby: 'add_column :users, :tags, :string, array: true, default: []',
    pg: ['ALTER TABLE "users" ADD "tags" character varying[] DEFAULT \'{}\''],
    mysql: null,
  },
  {
    name: 'remove_column and remove_columns',
    ruby: 'remove_column :users, :status, :string\nremove_columns :users, :a, :b, type: :string',
    pg: ['ALTER TABLE "users" DROP COLUMN "status"', 'ALTER TABLE "users" DROP COLUMN "a", DROP COLUMN "b"'],
    mysql: ['ALTER TABLE `users` DROP COLUMN `status`', 'ALTER TABLE `users` DROP COLUMN `a`, DROP COLUMN `b`'],
  },
  {
    name: 'rename_column',
    ruby: 'rename_column :users, :name, :full_name',
    pg: ['ALTER TABLE "users" RENAME COLUMN "name" TO "full_name"'],
    mysql: ['ALTER TABLE `users` RENAME COLUMN `name` TO `full_name`'],
  },
  {
    name: 'change_column: type only; PostgreSQL type, default and null in one ALTER TABLE',
    ruby: 'change_column :users, :name, :text\nchange_column :users, :age, :integer, default: 0, null: false',
    pg: ['ALTER TABLE "users" ALTER COLUMN "name" TYPE text', 'ALTER TABLE "users" ALTER COLUMN "age" TYPE integer, ALTER COLUMN "age" SET DEFAULT 0, ALTER COLUMN "age" SET NOT NULL'],
    mysql: ['ALTER TABLE `users` CHANGE `name` `name` text', 'ALTER TABLE `users` CHANGE `age` `age` int DEFAULT 0 NOT NULL'],
  },
  {
    name: 'change_column_null, with the backfill value',
    ruby: 'change_column_null :users, :email, false\nchange_column_null :users, :name, false, "anonymous"',
    pg: ['ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL', 'UPDATE "users" SET "name"=\'anonymous\' WHERE "name" IS NULL', 'ALTER TABLE "users" ALTER COLUMN "name" SET NOT NULL'],
    mysql: null,
  },
  {
    name: 'change_column_default from/to, and to nil',
    ruby: 'change_column_default :users, :status, from: nil, to: "active"\nchange_column_default :users, :role, from: "member", to: nil',
    pg: ['ALTER TABLE "users" ALTER COLUMN "status" SET DEFAULT \'active\'', 'ALTER TABLE "users" ALTER COLUMN "role" DROP DEFAULT'],
    mysql: null,
  },
  {
    name: 'add_index: default name, several columns, unique with a name, partial, USING gin',
    ruby: 'add_index :users, :email\nadd_index :users, [:last_name, :first_name]\nadd_index :users, :login, unique: true, name: "users_login_key"\nadd_index :users, :token, where: "deleted_at IS NULL"\nadd_index :users, :tags, using: :gin',
    pg: [
      'CREATE INDEX "index_users_on_email" ON "users" ("email")',
      'CREATE INDEX "index_users_on_last_name_and_first_name" ON "users" ("last_name", "first_name")',
      'CREATE UNIQUE INDEX "users_login_key" ON "users" ("login")',
      'CREATE INDEX "index_users_on_token" ON "users" ("token") WHERE deleted_at IS NULL',
      'CREATE INDEX "index_users_on_tags" ON "users" USING gin ("tags")',
    ],
    mysql: null,
  },
  {
    name: 'add_index and remove_index on MySQL',
    ruby: 'add_index :users, :email, unique: true\nremove_index :users, :login',
    pg: ['CREATE UNIQUE INDEX "index_users_on_email" ON "users" ("email")', 'DROP INDEX "index_users_on_login"'],
    mysql: ['CREATE UNIQUE INDEX `index_users_on_email` ON `users` (`email`)', 'DROP INDEX `index_users_on_login` ON `users`'],
  },
  {
    name: 'add_index / remove_index algorithm: :concurrently',
    ruby: 'class Change < ActiveRecord::Migration[7.1]\n  disable_ddl_transaction!\n\n  def change\n    add_index :users, :email, algorithm: :concurrently\n    remove_index :users, :login, algorithm: :concurrently\n  end\nend\n',
    pg: ['CREATE INDEX CONCURRENTLY "index_users_on_email" ON "users" ("email")', 'DROP INDEX CONCURRENTLY "index_users_on_login"'],
    mysql: null,
  },
  {
    name: 'add_reference with a foreign key',
    ruby: 'add_reference :posts, :user, foreign_key: true',
    pg: ['ALTER TABLE "posts" ADD "user_id" bigint', 'CREATE INDEX "index_posts_on_user_id" ON "posts" ("user_id")', `ALTER TABLE "posts" ADD CONSTRAINT "${fk('posts', 'user_id')}" FOREIGN KEY ("user_id") REFERENCES "users" ("id")`],
    mysql: ['ALTER TABLE `posts` ADD `user_id` bigint', 'CREATE INDEX `index_posts_on_user_id` ON `posts` (`user_id`)', `ALTER TABLE \`posts\` ADD CONSTRAINT \`${fk('posts', 'user_id')}\` FOREIGN KEY (\`user_id\`) REFERENCES \`users\` (\`id\`)`],
  },
  {
    name: 'add_foreign_key with column, name, on_delete and validate: false; validate_foreign_key',
    ruby: 'add_foreign_key :posts, :users, column: :author_id, name: "fk_posts_author", on_delete: :cascade, validate: false\nvalidate_foreign_key :posts, name: "fk_posts_author"',
    pg: ['ALTER TABLE "posts" ADD CONSTRAINT "fk_posts_author" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE CASCADE NOT VALID', 'ALTER TABLE "posts" VALIDATE CONSTRAINT "fk_posts_author"'],
    mysql: null,
  },
  {
    name: 'add_check_constraint (name unquoted, as ActiveRecord writes it)',
    ruby: 'add_check_constraint :products, "price > 0", name: "price_positive", validate: false',
    pg: ['ALTER TABLE "products" ADD CONSTRAINT price_positive CHECK (price > 0) NOT VALID'],
    mysql: ['ALTER TABLE `products` ADD CONSTRAINT price_positive CHECK (price > 0)'],
  },
  {
    name: 'rename_table (PostgreSQL: the table rename; MySQL: RENAME TABLE)',
    ruby: 'rename_table :users, :people',
    pg: ['ALTER TABLE "users" RENAME TO "people"'],
    mysql: ['RENAME TABLE `users` TO `people`'],
  },
  {
    name: 'drop_table, with force: :cascade and if_exists',
    ruby: 'drop_table :sessions\ndrop_table :logs, force: :cascade\ndrop_table :tmp, if_exists: true',
    pg: ['DROP TABLE "sessions"', 'DROP TABLE "logs" CASCADE', 'DROP TABLE IF EXISTS "tmp"'],
    mysql: ['DROP TABLE `sessions`', 'DROP TABLE `logs` CASCADE', 'DROP TABLE IF EXISTS `tmp`'],
  },
  {
    name: 'add_timestamps in one ALTER TABLE',
    ruby: 'add_timestamps :users, null: true',
    pg: ['ALTER TABLE "users" ADD "created_at" timestamp(6), ADD "updated_at" timestamp(6)'],
    mysql: ['ALTER TABLE `users` ADD `created_at` datetime(6), ADD `updated_at` datetime(6)'],
  },
  {
    name: 'enable_extension / disable_extension (no CASCADE since 7.1 without force: :cascade)',
    ruby: 'enable_extension "pgcrypto"\ndisable_extension "hstore"',
    pg: ['CREATE EXTENSION IF NOT EXISTS "pgcrypto"', 'DROP EXTENSION IF EXISTS "hstore"'],
    mysql: [],
  },
  {
    name: 'disable_extension before 7.1 always cascades',
    version: '7.0',
    ruby: 'disable_extension "hstore"',
    pg: ['DROP EXTENSION IF EXISTS "hstore" CASCADE'],
    mysql: [],
  },
  {
    name: 'execute: the SQL as written',
    ruby: 'execute <<~SQL\n  UPDATE users SET email = lower(email)\nSQL',
    pg: ['UPDATE users SET email = lower(email)'],
    mysql: ['UPDATE users SET email = lower(email)'],
  },
];

const source = (c: OracleCase) =>
  c.ruby.startsWith('class ') ? c.ruby : `class Change < ActiveRecord::Migration[${c.version ?? '7.1'}]\n  def change\n${c.ruby.split('\n').map((l) => `    ${l}`).join('\n')}\n  end\nend\n`;

describe.each(['postgres', 'mysql'] as const)('Rails oracle (%s)', (dialect) => {
  const cases = CASES.filter((c) => (dialect === 'postgres' ? c.pg : c.mysql) !== null);
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await lintRails(source(c), { dialect });
    const m = migrationOf(r);
    expect(m.up.filter((op) => op.kind === 'unparsed')).toEqual([]);
    const rendered = renderMigrationSql(m).up;
    expect(rendered.unrenderable).toEqual([]);
    expect(rendered.statements.map((s) => s.sql)).toEqual(dialect === 'postgres' ? c.pg : c.mysql);
  });
});
