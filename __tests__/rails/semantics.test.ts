import { strongMigrationsSettings, targetVersionFor } from '../../src/parse/rails/detect.js';
import { cls, INITIAL, lintRails, migrationOf, NEW, ruleIds, upOnly, type RailsResult } from './helpers.js';

describe('strong_migrations safety_assured', () => {
  test('suppresses the locking checks inside the block; listed as suppressed with the reason', async () => {
    const r = await lintRails(cls('    safety_assured do\n      add_index :users, :name\n      remove_column :users, :name, :string\n    end\n    add_index :users, :email'));
    const ids = ruleIds(r);
    // Only the index outside the block is reported.
    expect(r.report.findings.filter((f) => f.ruleId === 'require-concurrent-index').map((f) => f.line)).toEqual([7]);
    expect(ids).not.toContain('drop-column-without-deprecation');
    const s = r.report.suppressed.filter((x) => x.file === NEW);
    expect(s.map((x) => [x.ruleId, x.line, x.reason])).toEqual(expect.arrayContaining([
      ['require-concurrent-index', 4, 'safety_assured'],
      ['drop-column-without-deprecation', 5, 'safety_assured'],
    ]));
  });

  test('a comment before the block (or first inside it) is the reason; braces form', async () => {
    const r = await lintRails(cls('    # users has 40 rows\n    safety_assured { add_index :users, :name }\n    safety_assured do\n      # index on a tiny table\n      add_index :users, :email\n    end'));
    expect(ruleIds(r)).not.toContain('require-concurrent-index');
    expect(r.report.suppressed.map((x) => x.reason)).toEqual(expect.arrayContaining(['safety_assured: users has 40 rows', 'safety_assured: index on a tiny table']));
  });

  test('rollback and hygiene checks are not covered (strong_migrations does not make them)', async () => {
    const r = await lintRails(upOnly('    safety_assured { execute "ALTER TABLE users ADD COLUMN x int" }'));
    expect(ruleIds(r)).toContain('missing-downgrade');
  });

  test('execute inside safety_assured: the SQL finding is suppressed at its line', async () => {
    const r = await lintRails(cls('    safety_assured do\n      execute <<~SQL\n        CREATE INDEX users_name_idx ON users (name)\n      SQL\n    end'));
    expect(ruleIds(r)).not.toContain('require-concurrent-index');
    expect(r.report.suppressed.map((x) => x.ruleId)).toContain('require-concurrent-index');
    expect(migrationOf(r).frameworkSuppressions).toHaveLength(1);
  });
});

describe('data-only migrations and what ActiveRecord can invert', () => {
  test('def up with only model calls, variables and output, no down: no missing-downgrade', async () => {
    const r = await lintRails(upOnly([
      '    names = User.group("LOWER(email)").having("count(*) > 1").pluck("LOWER(email)")',
      '    puts "duplicates: #{names.size}" if names.any?',
      '    User.where(name: nil).update_all(name: "anonymous")',
      '    Account.find_each do |account|',
      '      account.title = account.title.strip',
      '      account.save!(validate: false)',
      '    end',
      '    say_with_time "cleanup" do',
      '      User.where(email: "").delete_all',
      '    end',
    ].join('\n')));
    const m = migrationOf(r);
    expect(m.up.map((op) => [op.kind, 'table' in op ? op.table : null, op.kind === 'dml' ? op.hasWhere : null])).toEqual([
      ['dml', 'users', true],
      // save! inside find_each: one UPDATE ... WHERE id = $1 per record, never one for all rows.
      ['dml', 'accounts', true],
      ['dml', 'users', true],
    ]);
    expect(ruleIds(r)).not.toContain('missing-downgrade');
    expect(ruleIds(r)).not.toContain('unanalyzable');
  });

  test('data-only up with an empty down, and an up that only reads: no missing-downgrade', async () => {
    const a = await lintRails('class Change < ActiveRecord::Migration[7.1]\n  def up\n    execute "UPDATE users SET name = \'x\' WHERE name IS NULL"\n  end\n\n  def down\n    # nothing to undo\n  end\nend\n');
    expect(ruleIds(a)).not.toContain('missing-downgrade');
    const b = await lintRails(upOnly('    User.where(name: nil).each { |u| puts u.id }'));
    expect(migrationOf(b).up).toEqual([]);
    expect(ruleIds(b)).not.toContain('missing-downgrade');
  });

  test('a helper method of the migration that only touches data is data; one that changes the schema is not', async () => {
    const data = await lintRails('class Change < ActiveRecord::Migration[7.1]\n  def up\n    fix_names if needed?\n  end\n\n  def needed?\n    User.where(name: nil).exists?\n  end\n\n  def fix_names\n    User.where(name: nil).update_all(name: "x")\n  end\nend\n');
    expect(migrationOf(data).up.map((op) => op.kind)).toEqual(['dml']);
    expect(ruleIds(data)).not.toContain('missing-downgrade');
    const schema = await lintRails('class Change < ActiveRecord::Migration[7.1]\n  def up\n    add_it if needed?\n  end\n\n  def needed?\n    true\n  end\n\n  def add_it\n    add_column :users, :x, :integer\n  end\nend\n');
    expect(migrationOf(schema).up.map((op) => op.kind)).toEqual(['unparsed']);
  });

  test('a schema change in up without down is still missing-downgrade', async () => {
    const r = await lintRails(upOnly('    add_column :users, :nickname, :string\n    User.update_all(nickname: "x")'));
    expect(ruleIds(r)).toContain('missing-downgrade');
  });

  test('change_column_null on MySQL (type read at run time) is inverted, not irreversible; model calls in change need no inverse', async () => {
    const r = await lintRails(cls('    add_column :users, :guid, :string\n    User.find_each { |u| u.update_column :guid, SecureRandom.hex }\n    change_column_null :users, :guid, false'), { dialect: 'mysql' });
    const m = migrationOf(r);
    expect(m.downIrreversible).toBeNull();
    expect(m.up.map((op) => op.kind)).toEqual(['addColumn', 'dml', 'setNotNull']);
    expect(m.down?.map((op) => op.kind)).toEqual(['dropNotNull', 'dropColumn']);
    expect(ruleIds(r)).not.toContain('missing-downgrade');
  });

  test('an unanalyzable statement ActiveRecord can invert makes the rollback unverified, not irreversible', async () => {
    const r = await lintRails(cls('    change_column_null :users, column_name, false\n    some_helper :users'));
    const m = migrationOf(r);
    expect(m.downIrreversible).toBeNull();
    expect(m.down?.map((op) => op.kind)).toEqual(['unparsed', 'unparsed']);
    expect(ruleIds(r)).not.toContain('missing-downgrade');
    expect(r.report.migrations.find((x) => x.file === NEW)?.rollback.verdict).toBe('unverified');
  });

  test('reversible: dir.up statements are not inverted twice', async () => {
    const r = await lintRails(cls('    reversible do |dir|\n      dir.up { add_column :users, :x, :integer }\n      dir.down { remove_column :users, :x }\n    end'));
    expect(migrationOf(r).down?.map((op) => op.kind)).toEqual(['dropColumn']);
  });
});

describe('nothing to roll back', () => {
  test('a change of only validate_foreign_key / validate_check_constraint needs no inverse', async () => {
    const r = await lintRails(cls('    validate_foreign_key :accounts, :users\n    validate_check_constraint :users, name: "users_name_null"'));
    expect(ruleIds(r)).not.toContain('missing-downgrade');
  });

  test('a data-only up whose down raises IrreversibleMigration: no missing-downgrade (the schema is unchanged)', async () => {
    const r = await lintRails('class Change < ActiveRecord::Migration[7.1]\n  def up\n    User.where(name: nil).update_all(name: "x")\n  end\n\n  def down\n    raise ActiveRecord::IrreversibleMigration\n  end\nend\n');
    expect(ruleIds(r)).not.toContain('missing-downgrade');
  });
});

describe('change_table, extensions, enums, revert, reversible, up_only', () => {
  const sqlOf = (ops: { sql?: string }[] | null | undefined) => (ops ?? []).map((op) => op.sql);

  test('change_table: each t.<method> is the statement it delegates to, inverted as ActiveRecord does', async () => {
    const r = await lintRails(cls([
      '    change_table :users, bulk: true do |t|',
      '      t.string :nickname, :handle, limit: 40',
      '      t.rename :name, :full_name',
      '      t.index :email, unique: true, algorithm: :concurrently',
      '      t.references :account, foreign_key: true',
      '      t.remove :email, type: :string',
      '      t.timestamps null: true',
      '    end',
    ].join('\n')));
    const m = migrationOf(r);
    expect(sqlOf(m.up)).toEqual([
      'ALTER TABLE "users" ADD "nickname" character varying(40)',
      'ALTER TABLE "users" ADD "handle" character varying(40)',
      'ALTER TABLE "users" RENAME COLUMN "name" TO "full_name"',
      'CREATE UNIQUE INDEX CONCURRENTLY "index_users_on_email" ON "users" ("email")',
      'ALTER TABLE "users" ADD "account_id" bigint',
      'CREATE INDEX "index_users_on_account_id" ON "users" ("account_id")',
      expect.stringMatching(/^ALTER TABLE "users" ADD CONSTRAINT "fk_rails_\w+" FOREIGN KEY \("account_id"\) REFERENCES "accounts" \("id"\)$/),
      'ALTER TABLE "users" DROP COLUMN "email"',
      // One ALTER TABLE with two subcommands: one op per column, both with the statement's SQL.
      'ALTER TABLE "users" ADD "created_at" timestamp(6), ADD "updated_at" timestamp(6)',
      'ALTER TABLE "users" ADD "created_at" timestamp(6), ADD "updated_at" timestamp(6)',
    ]);
    expect(m.up.filter((op) => op.kind === 'unparsed')).toEqual([]);
    expect(m.downIrreversible).toBeNull();
    expect(m.down?.[0]?.sql).toBe('ALTER TABLE "users" DROP COLUMN "updated_at", DROP COLUMN "created_at"');
    expect(m.down?.at(-1)?.sql).toBe('ALTER TABLE "users" DROP COLUMN "nickname"');
    const ids = ruleIds(r);
    expect(ids).toEqual(expect.arrayContaining(['rename-column', 'require-concurrent-index', 'constraint-not-valid', 'concurrent-in-transaction']));
  });

  test('change_table: t.remove without a type is irreversible; an unknown t.<method> is unverified', async () => {
    const a = await lintRails(cls('    change_table :users do |t|\n      t.remove :name\n    end'));
    expect(migrationOf(a).downIrreversible?.reason).toMatch(/remove_columns/);
    const b = await lintRails(cls('    change_table :users do |t|\n      t.some_plugin_thing :name\n    end'));
    expect(migrationOf(b).downIrreversible).toBeNull();
    expect(ruleIds(b)).toContain('unanalyzable');
  });

  test('enable_extension / create_enum / enum columns / add_enum_value', async () => {
    const r = await lintRails(cls([
      '    enable_extension "citext"',
      '    create_enum :mood, ["happy", "sad"]',
      '    add_column :users, :mood, :enum, enum_type: :mood, default: "happy", null: false',
      '    create_table :moods do |t|',
      '      t.enum :current, enum_type: "mood"',
      '    end',
    ].join('\n')));
    const m = migrationOf(r);
    expect(sqlOf(m.up)).toEqual([
      'CREATE EXTENSION IF NOT EXISTS "citext"',
      'CREATE TYPE "mood" AS ENUM (\'happy\', \'sad\')',
      'ALTER TABLE "users" ADD "mood" "mood" DEFAULT \'happy\' NOT NULL',
      'CREATE TABLE "moods" ("id" bigserial primary key, "current" "mood")',
    ]);
    expect(m.up.map((op) => op.kind)).toEqual(['other', 'createEnum', 'addColumn', 'createTable']);
    expect(sqlOf(m.down)).toEqual(['DROP TABLE "moods"', 'ALTER TABLE "users" DROP COLUMN "mood"', 'DROP TYPE "mood"', 'DROP EXTENSION IF EXISTS "citext"']);
    const v = await lintRails(cls('    add_enum_value :mood, "calm", after: "happy"'));
    expect(sqlOf(migrationOf(v).up)).toEqual(['ALTER TYPE "mood" ADD VALUE \'calm\' AFTER \'happy\'']);
    expect(migrationOf(v).downIrreversible?.reason).toMatch(/add_enum_value/);
  });

  test('revert do … end runs the inverse of the block; rolling it back runs the block', async () => {
    const r = await lintRails(cls('    revert do\n      add_column :users, :legacy, :string\n      add_index :users, :legacy\n    end'));
    const m = migrationOf(r);
    expect(sqlOf(m.up)).toEqual(['DROP INDEX "index_users_on_legacy"', 'ALTER TABLE "users" DROP COLUMN "legacy"']);
    expect(sqlOf(m.down)).toEqual(['ALTER TABLE "users" ADD "legacy" character varying', 'CREATE INDEX "index_users_on_legacy" ON "users" ("legacy")']);
    const other = await lintRails(cls('    revert CreateUsers'));
    expect(ruleIds(other)).toContain('unanalyzable');
  });

  test('reversible dir.up/dir.down and up_only', async () => {
    const r = await lintRails(cls([
      '    add_column :users, :score, :integer',
      '    reversible do |dir|',
      '      dir.up { execute "UPDATE users SET score = 0" }',
      '      dir.down { execute "UPDATE users SET score = NULL" }',
      '    end',
      '    up_only { execute "UPDATE users SET name = email WHERE name IS NULL" }',
    ].join('\n')));
    const m = migrationOf(r);
    expect(m.up.map((op) => op.kind)).toEqual(['addColumn', 'dml', 'dml']);
    expect(m.downIrreversible).toBeNull();
    expect(m.down?.map((op) => op.kind)).toEqual(['dml', 'dropColumn']);
  });

  test('remove_reference is inverted with add_reference; rename_index both ways', async () => {
    const r = await lintRails(cls('    remove_reference :accounts, :user, index: false\n    rename_index :users, :index_users_on_email, :users_email_idx'));
    const m = migrationOf(r);
    expect(sqlOf(m.up)).toEqual(['ALTER TABLE "accounts" DROP COLUMN "user_id"', 'ALTER INDEX "index_users_on_email" RENAME TO "users_email_idx"']);
    expect(sqlOf(m.down)).toEqual(['ALTER INDEX "users_email_idx" RENAME TO "index_users_on_email"', 'ALTER TABLE "accounts" ADD "user_id" bigint']);
  });
});

describe('defaults by migration version (ActiveRecord::Migration::Compatibility)', () => {
  const createOf = async (version: string, dialect: 'postgres' | 'mysql' = 'postgres') => {
    const r = await lintRails(
      `class Change < ActiveRecord::Migration${version ? `[${version}]` : ''}\n  def change\n    create_table :posts do |t|\n      t.references :user\n      t.datetime :published_at\n      t.timestamps\n    end\n  end\nend\n`,
      { dialect },
    );
    return migrationOf(r).up.map((op) => op.sql);
  };

  test('7.1: bigserial, bigint references with an index, datetime(6), NOT NULL timestamps(6)', async () => {
    expect(await createOf('7.1')).toEqual([
      'CREATE TABLE "posts" ("id" bigserial primary key, "user_id" bigint, "published_at" timestamp(6), "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL)',
      'CREATE INDEX "index_posts_on_user_id" ON "posts" ("user_id")',
    ]);
  });

  test('6.1: datetime without precision, timestamps still precision 6', async () => {
    expect((await createOf('6.1'))[0]).toBe('CREATE TABLE "posts" ("id" bigserial primary key, "user_id" bigint, "published_at" timestamp, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL)');
  });

  test('5.0: serial primary key and integer references; timestamps NOT NULL without precision', async () => {
    expect(await createOf('5.0')).toEqual([
      'CREATE TABLE "posts" ("id" serial primary key, "user_id" integer, "published_at" timestamp, "created_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL)',
      'CREATE INDEX "index_posts_on_user_id" ON "posts" ("user_id")',
    ]);
  });

  test('4.2 (and no version): references without index, nullable timestamps; MySQL int AUTO_INCREMENT', async () => {
    expect(await createOf('4.2')).toEqual(['CREATE TABLE "posts" ("id" serial primary key, "user_id" integer, "published_at" timestamp, "created_at" timestamp, "updated_at" timestamp)']);
    expect(await createOf('', 'mysql')).toEqual(['CREATE TABLE `posts` (`id` int NOT NULL AUTO_INCREMENT PRIMARY KEY, `user_id` int, `published_at` datetime, `created_at` datetime, `updated_at` datetime) ENGINE=InnoDB']);
  });

  test('add_timestamps on an existing table: NOT NULL without default since 5.0 (add-column-required), nullable before', async () => {
    const v7 = await lintRails(cls('    add_timestamps :accounts'));
    expect(ruleIds(v7)).toContain('add-column-required');
    const v42 = await lintRails(cls('    add_timestamps :accounts', '', '4.2'));
    expect(ruleIds(v42)).not.toContain('add-column-required');
  });

  test('uuid primary keys: uuid_generate_v4() before 5.1, gen_random_uuid() since', async () => {
    const old = await lintRails(cls('    create_table :docs, id: :uuid', '', '5.0'));
    expect(migrationOf(old).up[0]?.sql).toBe('CREATE TABLE "docs" ("id" uuid DEFAULT uuid_generate_v4() NOT NULL PRIMARY KEY)');
    const current = await lintRails(cls('    create_table :docs, id: :uuid'));
    expect(migrationOf(current).up[0]?.sql).toBe('CREATE TABLE "docs" ("id" uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY)');
  });
});

describe('strong_migrations configuration', () => {
  const init = 'config/initializers/strong_migrations.rb';

  test('StrongMigrations.lock_timeout in the initializer: every migration runs with a lock_timeout', async () => {
    const without = await lintRails(cls('    add_column :users, :x, :integer'));
    expect(ruleIds(without)).toContain('require-lock-timeout');
    const withIt = await lintRails(cls('    add_column :users, :x, :integer'), { extra: { [init]: '# timeouts\nStrongMigrations.lock_timeout = 10.seconds\nStrongMigrations.statement_timeout = 1.hour\n' } });
    expect(ruleIds(withIt)).not.toContain('require-lock-timeout');
    expect(migrationOf(withIt).runnerLockTimeout).toBe(true);
  });

  test('commented out, nil or 0: no timeout', async () => {
    for (const text of ['# StrongMigrations.lock_timeout = 10.seconds\n', 'StrongMigrations.lock_timeout = nil\n', 'StrongMigrations.lock_timeout = 0\n']) {
      const r = await lintRails(cls('    add_column :users, :x, :integer'), { extra: { [init]: text } });
      expect(ruleIds(r)).toContain('require-lock-timeout');
    }
  });
});

describe('create_table force:', () => {
  test('drops an existing table of that name first: its rows are lost; a rebuild without one of its columns breaks running code', async () => {
    const r = await lintRails(cls('    create_table :accounts, force: :cascade do |t|\n      t.string :title\n    end'));
    expect(migrationOf(r).up.map((op) => op.sql)).toEqual(['DROP TABLE IF EXISTS "accounts" CASCADE', 'CREATE TABLE "accounts" ("id" bigserial primary key, "title" character varying)']);
    // Rebuilt with every column it had: running code keeps working, the data is gone.
    expect(ruleIds(r)).toContain('irreversible-data-loss');
    expect(ruleIds(r)).not.toContain('drop-table-without-deprecation');
    const narrower = await lintRails(cls('    create_table :accounts, force: :cascade do |t|\n      t.string :name\n    end'));
    expect(ruleIds(narrower)).toContain('drop-table-without-deprecation');
    const fresh = await lintRails(cls('    create_table :brand_new, force: true do |t|\n      t.string :title\n    end'));
    expect(ruleIds(fresh)).not.toContain('drop-table-without-deprecation');
  });
});

describe('conditionals: the adapter is known, introspection is a guard', () => {
  const mysqlHelper = 'class Change < ActiveRecord::Migration[7.1]\n  def up\n    if mysql?\n      change_column :users, :name, :text, limit: 16777215\n    else\n      add_index :users, :name\n    end\n  end\n\n  def down\n  end\n\n  def mysql?\n    ActiveRecord::Base.connection.adapter_name =~ /mysql/i\n  end\nend\n';

  test('a mysql? helper decides the branch for the target dialect', async () => {
    const pg = migrationOf(await lintRails(mysqlHelper));
    expect(pg.up.map((op) => op.kind)).toEqual(['createIndex']);
    const my = migrationOf(await lintRails(mysqlHelper, { dialect: 'mysql' }));
    expect(my.up.map((op) => op.kind)).not.toContain('createIndex');
    expect(my.up.some((op) => op.kind === 'unparsed')).toBe(false);
  });

  test('unless index_exists? / return if …exists?: the statements are checked, marked conditional', async () => {
    const r = await lintRails(cls('    add_index :users, :name unless index_exists?(:users, :name)'));
    const m = migrationOf(r);
    expect(m.up).toEqual([expect.objectContaining({ kind: 'createIndex', conditional: true })]);
    const early = await lintRails(upOnly('    return if connection.index_name_exists?(:users, :idx_name)\n\n    add_index :users, :name, name: :idx_name'));
    expect(migrationOf(early).up).toEqual([expect.objectContaining({ kind: 'createIndex', conditional: true })]);
  });

  test('a condition on runtime state stays unanalyzable', async () => {
    const r = await lintRails(cls('    add_index :users, :name if Rails.env.production?'));
    expect(migrationOf(r).up.map((op) => op.kind)).toEqual(['unparsed']);
  });

  test('"…".squish and default: {} (hstore / jsonb)', async () => {
    const r = await lintRails(upOnly('    execute %{\n      UPDATE users\n      SET name = email\n    }.squish\n    add_column :users, :meta, :jsonb, default: {}, null: false\n    add_column :users, :tags, :hstore, default: {}'));
    expect(migrationOf(r).up.map((op) => op.sql)).toEqual(['UPDATE users SET name = email', 'ALTER TABLE "users" ADD "meta" jsonb DEFAULT \'{}\' NOT NULL', 'ALTER TABLE "users" ADD "tags" hstore DEFAULT \'\'']);
  });
});

describe('argument forms seen in real migrations', () => {
  test('splat column lists, interval columns, index order, polymorphic add_reference inverted with both columns', async () => {
    const r = await lintRails(cls([
      '    remove_columns :users, *%i[email name], type: :string',
      '    add_column :users, :duration, :interval',
      '    add_index :users, [:name], order: { name: :desc }',
      '    add_reference :accounts, :owner, polymorphic: true, index: false',
    ].join('\n')));
    const m = migrationOf(r);
    expect(m.up.filter((op) => op.kind === 'unparsed')).toEqual([]);
    expect(m.up.map((op) => op.sql)).toEqual(expect.arrayContaining([
      'ALTER TABLE "users" DROP COLUMN "email", DROP COLUMN "name"',
      'ALTER TABLE "users" ADD "duration" interval',
      'CREATE INDEX "index_users_on_name" ON "users" ("name" DESC)',
    ]));
    expect(m.down?.slice(0, 2).map((op) => op.sql)).toEqual(['ALTER TABLE "accounts" DROP COLUMN "owner_id"', 'ALTER TABLE "accounts" DROP COLUMN "owner_type"']);
    expect(ruleIds(r)).not.toContain('downgrade-mismatch');
  });
});

describe('migration-conflict for Rails', () => {
  const add = cls('    add_column :users, :nickname, :string');
  test('two migrations with one version', async () => {
    const r = await lintRails(add, { extra: { 'db/migrate/20240301000000_other_change.rb': cls('    add_column :users, :x, :string') }, changed: [NEW, 'db/migrate/20240301000000_other_change.rb'] });
    const found = r.report.findings.filter((f) => f.ruleId === 'migration-conflict');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/DuplicateMigrationVersionError/);
  });

  test('two migrations with one name (one class)', async () => {
    const r = await lintRails(add, { extra: { 'db/migrate/20240401000000_change.rb': cls('    add_column :users, :y, :string') }, changed: [NEW, 'db/migrate/20240401000000_change.rb'] });
    const found = r.report.findings.filter((f) => f.ruleId === 'migration-conflict');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/DuplicateMigrationNameError/);
  });

  test('different versions and names: none', async () => {
    const r = await lintRails(add, { extra: { 'db/migrate/20240401000000_other.rb': cls('    add_column :users, :y, :string') }, changed: [NEW, 'db/migrate/20240401000000_other.rb'] });
    expect(r.report.findings.filter((f) => f.ruleId === 'migration-conflict')).toEqual([]);
  });
});

describe('MySQL online DDL options', () => {
  test('add_index algorithm: :inplace, lock: :none → the clauses; mysql-missing-online-ddl satisfied', async () => {
    const plain = await lintRails(cls('    add_index :users, :name'), { dialect: 'mysql' });
    expect(ruleIds(plain)).toContain('mysql-missing-online-ddl');
    const online = await lintRails(cls('    add_index :users, :name, algorithm: :inplace, lock: :none'), { dialect: 'mysql' });
    expect(migrationOf(online).up[0]?.sql).toBe('CREATE INDEX `index_users_on_name` ON `users` (`name`) ALGORITHM = INPLACE LOCK = NONE');
    expect(ruleIds(online)).not.toContain('mysql-missing-online-ddl');
  });
});

describe('strong_migrations start_after and target_version', () => {
  const init = 'config/initializers/strong_migrations.rb';
  const withInit = (text: string) => ({ [init]: text });

  test('start_after: a migration up to that version is not checked by strong_migrations, so its checks are suppressed with the reason', async () => {
    const body = cls('    add_index :users, :email');
    const at = await lintRails(body, { extra: withInit('StrongMigrations.start_after = 20240301000000\n') });
    expect(ruleIds(at)).not.toContain('require-concurrent-index');
    expect(at.report.suppressed.filter((s) => s.file === NEW).map((s) => [s.ruleId, s.reason])).toContainEqual([
      'require-concurrent-index',
      'StrongMigrations.start_after = 20240301000000: strong_migrations does not check migrations up to that version',
    ]);
    // Ruby's digit separators, and a later version: checked.
    expect(ruleIds(await lintRails(body, { extra: withInit('StrongMigrations.start_after = 2024_03_02_000000\n') }))).not.toContain('require-concurrent-index');
    expect(ruleIds(await lintRails(body, { extra: withInit('StrongMigrations.start_after = 20240229235959\n') }))).toContain('require-concurrent-index');
    // Computed at boot: unknown, so nothing is suppressed.
    expect(ruleIds(await lintRails(body, { extra: withInit('StrongMigrations.start_after = ENV.fetch("SM_START").to_i\n') }))).toContain('require-concurrent-index');
  });

  test('start_after covers only what strong_migrations checks: the rollback analysis still runs', async () => {
    const r = await lintRails(upOnly('    add_index :users, :email'), { extra: withInit('StrongMigrations.start_after = 20240301000000\n') });
    expect(ruleIds(r)).toContain('missing-downgrade');
    expect(ruleIds(r)).not.toContain('require-concurrent-index');
  });

  const addWithDefault = cls('    add_column :users, :score, :integer, default: 0');

  test('target_version = 10: ADD COLUMN with a default rewrites the table before PostgreSQL 11', async () => {
    expect(ruleIds(await lintRails(addWithDefault))).not.toContain('add-column-volatile-default');
    const pg10 = await lintRails(addWithDefault, { extra: withInit('# production runs 10\nStrongMigrations.target_version = 10\n') });
    expect(ruleIds(pg10)).toContain('add-column-volatile-default');
    expect(migrationOf(pg10).targetServer).toEqual({ pgVersion: 10, source: 'StrongMigrations.target_version = 10' });
    // The message names where the version came from, not "configured".
    const message = pg10.report.findings.find((f) => f.ruleId === 'add-column-volatile-default')!.message;
    expect(message).toContain('(StrongMigrations.target_version = 10)');
    expect(message).not.toContain('configured');
    // The last assignment wins; a string and a minor version are read as the major.
    expect(ruleIds(await lintRails(addWithDefault, { extra: withInit('StrongMigrations.target_version = 10\nStrongMigrations.target_version = "12.3"\n') }))).not.toContain('add-column-volatile-default');
    expect(ruleIds(await lintRails(addWithDefault, { extra: withInit("StrongMigrations.target_version = '9.6' if Rails.env.production?\n") }))).toContain('add-column-volatile-default');
  });

  test('pgVersion set in the config wins over target_version', async () => {
    const r = await lintRails(addWithDefault, { extra: withInit('StrongMigrations.target_version = 10\n'), config: { pgVersion: 15 } });
    expect(ruleIds(r)).not.toContain('add-column-volatile-default');
  });

  test('target_version per database: a hash keyed by the database name (primary: db/migrate)', async () => {
    const hash = 'StrongMigrations.target_version = {\n  primary: 10, # main cluster\n  animals: 16\n}\n';
    expect(ruleIds(await lintRails(addWithDefault, { extra: withInit(hash) }))).toContain('add-column-volatile-default');
    expect(ruleIds(await lintRails(addWithDefault, { extra: withInit('StrongMigrations.target_version = {animals: 10}\n') }))).not.toContain('add-column-volatile-default');
    // The second database's migrations (db/animals_migrate) get its entry.
    const animals = 'db/animals_migrate/20240301000000_change.rb';
    const history = { 'db/animals_migrate/20240101000000_create_users.rb': INITIAL };
    const r = await lintRails(addWithDefault, { file: animals, paths: ['db'], extra: { ...history, ...withInit('StrongMigrations.target_version = {primary: 15, animals: 10}\n') } });
    expect(r.report.findings.filter((f) => f.file === animals).map((f) => f.ruleId)).toContain('add-column-volatile-default');
    expect(migrationOf(r, animals).targetServer?.pgVersion).toBe(10);
  });

  test('MySQL: target_version "5.7.30" has no ALGORITHM=INSTANT, so the online-DDL advice follows it', async () => {
    const message = (r: RailsResult) => r.report.findings.find((f) => f.file === NEW && f.ruleId === 'mysql-missing-online-ddl')?.message ?? '';
    const addColumn = cls('    add_column :users, :score, :integer');
    expect(message(await lintRails(addColumn, { dialect: 'mysql' }))).toContain('ALGORITHM=INSTANT');
    const r57 = await lintRails(addColumn, { dialect: 'mysql', extra: withInit('StrongMigrations.target_version = "5.7.30"\n') });
    expect(migrationOf(r57).targetServer?.mysqlVersion).toBe(50730);
    expect(message(r57)).toContain('ALGORITHM=INPLACE, LOCK=NONE');
    expect(message(r57)).not.toContain('INSTANT');
    // 10.x is MariaDB's numbering: judged as MariaDB 10.3.2 (INSTANT ADD COLUMN since 10.3.2).
    const maria = await lintRails(addColumn, { dialect: 'mysql', extra: withInit('StrongMigrations.target_version = "10.3.2"\n') });
    expect(migrationOf(maria).targetServer).toEqual({ mysqlVersion: 100302, mariadb: true, source: 'StrongMigrations.target_version = 10.3.2' });
    expect(message(maria)).toContain('ALGORITHM=INSTANT');
    expect(message(maria)).toContain('MariaDB silently falls back');
    expect(message(await lintRails(addColumn, { dialect: 'mysql' }))).toContain('MySQL silently falls back');
  });
});

describe('reading the strong_migrations initializer', () => {
  test('settings, literals only', () => {
    expect(strongMigrationsSettings('StrongMigrations.lock_timeout = 10.seconds\nStrongMigrations.start_after = 20230101000000\nStrongMigrations.target_version = 13\n')).toEqual({ lockTimeout: true, startAfter: '20230101000000', targetVersion: '13' });
    expect(strongMigrationsSettings('# StrongMigrations.start_after = 20230101000000\nStrongMigrations.target_version = TARGET\n')).toEqual({ lockTimeout: false, startAfter: null, targetVersion: null });
    expect(strongMigrationsSettings('StrongMigrations.target_version = { "primary" => "8.0.12", :logs => 15 }\n').targetVersion).toEqual({ primary: '8.0.12', logs: '15' });
  });

  test('the hash entry for a migrations directory', () => {
    const s = strongMigrationsSettings('StrongMigrations.target_version = {primary: 13, animals: 15}\n');
    expect(targetVersionFor(s, '/app/db/migrate')).toBe('13');
    expect(targetVersionFor(s, '/app/db/animals_migrate')).toBe('15');
    expect(targetVersionFor(s, '/app/db/logs_migrate')).toBeNull();
  });
});

describe('literal constants of the migration', () => {
  const unanalyzable = (r: RailsResult) => r.report.findings.filter((f) => f.file === NEW && f.ruleId === 'unanalyzable').map((f) => f.message);
  const sqlOf = (r: RailsResult) => migrationOf(r).up.map((op) => op.sql);

  test('a constant of the class body (%i[…].freeze) stands for its literal, up and down', async () => {
    const r = await lintRails([
      'class Change < ActiveRecord::Migration[7.1]',
      '  disable_ddl_transaction!',
      '  INDEX_COLUMNS = %i[email name].freeze',
      '  def up; add_index :users, INDEX_COLUMNS, unique: true, algorithm: :concurrently; end',
      '  def down; remove_index :users, INDEX_COLUMNS; end',
      'end',
      '',
    ].join('\n'));
    expect(unanalyzable(r)).toEqual([]);
    expect(sqlOf(r)).toEqual(['CREATE UNIQUE INDEX CONCURRENTLY "index_users_on_email_and_name" ON "users" ("email", "name")']);
    expect(migrationOf(r).down?.map((op) => op.sql)).toEqual(['DROP INDEX "index_users_on_email_and_name"']);
  });

  test('top level and an enclosing module; strings, symbols and arrays in any literal position', async () => {
    const r = await lintRails([
      'TABLE = :users',
      'module Db',
      '  NAME = "users_nick_idx"',
      '  class Change < ActiveRecord::Migration[7.1]',
      '    COLUMNS = [:nickname, "email"]',
      '    def change',
      '      add_index TABLE, COLUMNS, name: NAME',
      '    end',
      '  end',
      'end',
      '',
    ].join('\n'));
    expect(unanalyzable(r)).toEqual([]);
    expect(sqlOf(r)).toEqual(['CREATE INDEX "users_nick_idx" ON "users" ("nickname", "email")']);
    expect(ruleIds(r)).toContain('require-concurrent-index');
  });

  test('near-misses stay unknown: assigned twice, assigned from a call, defined elsewhere', async () => {
    const twice = await lintRails(cls('    add_index :users, COLS', '  COLS = %i[email].freeze\n  COLS = %i[name].freeze\n'));
    expect(unanalyzable(twice)).toEqual(['Not checked: `add_index`: the index columns are not static.']);
    const fromCall = await lintRails(cls('    add_index :users, COLS', '  COLS = User.column_names.freeze\n'));
    expect(unanalyzable(fromCall)).toHaveLength(1);
    const elsewhere = await lintRails(cls('    add_index :users, Other::COLS'));
    expect(unanalyzable(elsewhere)).toHaveLength(1);
    // Another class's constant is not the migration's.
    const sibling = await lintRails(`class User < ActiveRecord::Base\n  COLS = %i[email].freeze\nend\n${cls('    add_index :users, COLS')}`);
    expect(unanalyzable(sibling)).toHaveLength(1);
  });
});
