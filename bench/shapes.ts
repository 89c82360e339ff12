// Generated inputs that look like real work: a history file creates the tables, then a changes
// file mixes every statement kind of the catalog on those pre-existing tables, so the locking
// rules really run and most of them fire. Deterministic; the same text for both tools.

export const TABLES = 200;

/** The kinds the changes file cycles through; the history prepares what each one needs. */
const PG_KINDS = 44;

function pgStatement(i: number): string {
  const t = `t${i % TABLES}`;
  switch (i % PG_KINDS) {
    case 0: return `CREATE INDEX ${t}_idx_${i} ON ${t} (name);`;
    case 1: return `CREATE INDEX CONCURRENTLY ${t}_cidx_${i} ON ${t} (created_at);`;
    case 2: return `ALTER TABLE ${t} ADD COLUMN c${i} integer NOT NULL DEFAULT 0;`;
    case 3: return `ALTER TABLE ${t} ADD COLUMN r${i} integer NOT NULL;`;
    case 4: return `ALTER TABLE ${t} ADD COLUMN u${i} uuid DEFAULT gen_random_uuid();`;
    case 5: return `ALTER TABLE ${t} ADD CONSTRAINT ${t}_fk_${i} FOREIGN KEY (parent_id) REFERENCES ${t} (id);`;
    case 6: return `ALTER TABLE ${t} ADD CONSTRAINT ${t}_fkn_${i} FOREIGN KEY (parent_id) REFERENCES ${t} (id) NOT VALID;`;
    case 7: return `ALTER TABLE ${t} VALIDATE CONSTRAINT ${t}_fkn_${i - 1};`;
    case 8: return `ALTER TABLE ${t} ADD CONSTRAINT ${t}_ck_${i} CHECK (name <> '');`;
    // A column added and then constrained in the same file, and one constrained inline.
    case 9: return `ALTER TABLE ${t} ADD COLUMN k${i} integer;\nALTER TABLE ${t} ADD CONSTRAINT ${t}_k${i}_ck CHECK (k${i} > 0);`;
    case 10: return `ALTER TABLE ${t} ADD COLUMN p${i} bigint REFERENCES ${t} (id);`;
    case 11: return `ALTER TABLE ${t} ADD CONSTRAINT ${t}_uq_${i} UNIQUE (name);`;
    case 12: return `ALTER TABLE ${t} ALTER COLUMN name SET NOT NULL;`;
    case 13: return `ALTER TABLE ${t} ALTER COLUMN parent_id DROP NOT NULL;`;
    case 14: return `ALTER TABLE ${t} ALTER COLUMN status SET DEFAULT 'new';`;
    case 15: return `ALTER TABLE ${t} ALTER COLUMN status DROP DEFAULT;`;
    case 16: return `-- step ${i}\nALTER TABLE ${t} ALTER COLUMN name TYPE varchar(200);`;
    case 17: return `ALTER TABLE ${t} ALTER COLUMN amount TYPE numeric(12,2) USING amount::numeric;`;
    // Drops of a deprecated and of an undeprecated column; the application still names some.
    case 18: return `ALTER TABLE ${t} DROP COLUMN legacy_dep_${i};`;
    case 19: return `ALTER TABLE ${t} DROP COLUMN legacy_col_${i};`;
    case 20: return `ALTER TABLE ${t} RENAME COLUMN old_name_${i} TO new_name_${i};`;
    case 21: return `ALTER TABLE ren_${i} RENAME TO renamed_${i};`;
    case 22: return `DROP TABLE old_${i};`;
    case 23: return `UPDATE ${t} SET name = 'x' WHERE id = ${i};`;
    case 24: return `UPDATE ${t} SET status = 'active';`;
    case 25: return `DELETE FROM ${t} WHERE created_at < now() - interval '90 days';`;
    case 26: return `INSERT INTO ${t} (id, name) VALUES (${i}, 'seed');`;
    case 27: return `TRUNCATE scratch_${i};`;
    case 28: return `CREATE TYPE mood_${i} AS ENUM ('sad', 'ok', 'happy');`;
    case 29: return `ALTER TYPE mood_${i - 1} ADD VALUE 'ecstatic';`;
    case 30: return `SET lock_timeout = '2s';`;
    case 31: return `BEGIN;\nALTER TABLE ${t} ADD COLUMN b${i} text;\nALTER TABLE t${(i + 1) % TABLES} ALTER COLUMN name SET NOT NULL;\nCOMMIT;`;
    case 32: return `DO $$ BEGIN EXECUTE 'ALTER TABLE ' || '${t}' || ' ADD COLUMN d${i} int'; END $$;`;
    case 33: return `CREATE TABLE n${i} (id integer PRIMARY KEY, name varchar(50), payload json, seen timestamp, created_at timestamptz DEFAULT now());`;
    case 34: return `CREATE TABLE m${i} (id bigint PRIMARY KEY, ${t}_id bigint REFERENCES ${t} (id));\nCREATE INDEX m${i}_idx ON m${i} (${t}_id);`;
    case 35: return `COMMENT ON COLUMN ${t}.name IS 'display name ${i}';`;
    case 36: return `DROP INDEX ${t}_old_idx_${i};`;
    case 37: return `DROP INDEX CONCURRENTLY IF EXISTS ${t}_older_idx_${i};`;
    case 38: return `REINDEX INDEX ${t}_pkey;`;
    case 39: return `VACUUM FULL ${t};`;
    case 40: return `ALTER TABLE ${t} ADD COLUMN s${i} serial;`;
    case 41: return `ALTER TABLE ${t} ADD CONSTRAINT ${t}_ex_${i} EXCLUDE USING gist (id WITH =);`;
    case 42: return `ALTER TABLE ${t} DROP CONSTRAINT ${t}_old_ck_${i};`;
    default: return `ALTER TABLE ${t} ADD COLUMN j${i} jsonb NOT NULL DEFAULT '{}';`;
  }
}

function statementCount(piece: string): number {
  return piece.split('\n').filter((l) => !l.startsWith('--')).length;
}

/** The PostgreSQL changes file: about `statements` statements. Returns the text and the index count used. */
export function pgChanges(statements: number): { text: string; pieces: number } {
  const out: string[] = [];
  let n = 0;
  let i = 0;
  while (n < statements) {
    const piece = pgStatement(i++);
    out.push(piece);
    n += statementCount(piece);
  }
  return { text: `${out.join('\n')}\n`, pieces: i };
}

/** The history the changes build on: tables, their columns, and everything a change drops or renames. */
export function pgHistory(pieces: number): string {
  const out: string[] = [];
  for (let i = 0; i < TABLES; i++) {
    out.push(`CREATE TABLE t${i} (id bigint PRIMARY KEY, parent_id bigint NOT NULL, name text, status text DEFAULT 'x', amount text, created_at timestamptz);`);
  }
  for (let i = 0; i < pieces; i++) {
    const t = `t${i % TABLES}`;
    switch (i % PG_KINDS) {
      case 18: out.push(`ALTER TABLE ${t} ADD COLUMN legacy_dep_${i} text;\nCOMMENT ON COLUMN ${t}.legacy_dep_${i} IS 'deprecated: unused since v2';`); break;
      case 19: out.push(`ALTER TABLE ${t} ADD COLUMN legacy_col_${i} text;`); break;
      case 20: out.push(`ALTER TABLE ${t} ADD COLUMN old_name_${i} text;`); break;
      case 21: out.push(`CREATE TABLE ren_${i} (id bigint PRIMARY KEY);`); break;
      case 22: out.push(`CREATE TABLE old_${i} (id bigint PRIMARY KEY);`); break;
      case 27: out.push(`CREATE TABLE scratch_${i} (id bigint);`); break;
      case 36: out.push(`CREATE INDEX ${t}_old_idx_${i} ON ${t} (name);`); break;
      case 37: out.push(`CREATE INDEX ${t}_older_idx_${i} ON ${t} (status);`); break;
      case 42: out.push(`ALTER TABLE ${t} ADD CONSTRAINT ${t}_old_ck_${i} CHECK (id > 0);`); break;
      default:
    }
  }
  return `${out.join('\n')}\n`;
}

/** Application code that still names some of the dropped and renamed columns (for the reference scan). */
export function appCode(pieces: number): string {
  const out = ['# models', 'class Model:'];
  for (let i = 0; i < pieces; i++) {
    if (i % PG_KINDS === 19 && i % 3 === 0) out.push(`    legacy_col_${i} = Column(Text)  # t${i % TABLES}.legacy_col_${i}`);
    if (i % PG_KINDS === 20 && i % 3 === 0) out.push(`    old_name_${i} = Column(Text)`);
  }
  return `${out.join('\n')}\n`;
}

const MY_KINDS = 20;

function mysqlStatement(i: number): string {
  const t = `t${i % TABLES}`;
  switch (i % MY_KINDS) {
    case 0: return `ALTER TABLE ${t} ADD INDEX ${t}_idx_${i} (name);`;
    case 1: return `ALTER TABLE ${t} ADD COLUMN c${i} INT NOT NULL DEFAULT 0;`;
    case 2: return `ALTER TABLE ${t} ADD COLUMN a${i} INT NOT NULL DEFAULT 0, ALGORITHM=INSTANT;`;
    case 3: return `ALTER TABLE ${t} MODIFY name VARCHAR(${100 + (i % 50)}) NOT NULL;`;
    case 4: return `ALTER TABLE ${t} ADD CONSTRAINT ${t}_fk_${i} FOREIGN KEY (parent_id) REFERENCES ${t} (id);`;
    case 5: return `ALTER TABLE ${t} ADD COLUMN k${i} INT;\nALTER TABLE ${t} ADD CONSTRAINT ${t}_k${i}_ck CHECK (k${i} > 0);`;
    case 6: return `ALTER TABLE ${t} ADD UNIQUE INDEX ${t}_uq_${i} (name);`;
    case 7: return `ALTER TABLE ${t} DROP COLUMN legacy_dep_${i};`;
    case 8: return `ALTER TABLE ${t} DROP COLUMN legacy_col_${i};`;
    case 9: return `ALTER TABLE ${t} RENAME COLUMN old_name_${i} TO new_name_${i};`;
    case 10: return `RENAME TABLE ren_${i} TO renamed_${i};`;
    case 11: return `DROP TABLE old_${i};`;
    case 12: return `UPDATE ${t} SET name = 'x' WHERE id = ${i};`;
    case 13: return `UPDATE ${t} SET status = 'active';`;
    case 14: return `DELETE FROM ${t} WHERE id < ${i};`;
    case 15: return `CREATE TABLE n${i} (id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(50), payload JSON, created_at TIMESTAMP) ENGINE=InnoDB;`;
    case 16: return `ALTER TABLE ${t} CHANGE COLUMN status status VARCHAR(40) NOT NULL DEFAULT 'x';`;
    case 17: return `ALTER TABLE ${t} DROP INDEX ${t}_old_idx_${i};`;
    case 18: return `ALTER TABLE ${t} ENGINE=InnoDB;`;
    default: return `ALTER TABLE ${t} ADD COLUMN j${i} TEXT, ALGORITHM=INPLACE, LOCK=NONE;`;
  }
}

export function mysqlChanges(statements: number): { text: string; pieces: number } {
  const out: string[] = [];
  let n = 0;
  let i = 0;
  while (n < statements) {
    const piece = mysqlStatement(i++);
    out.push(piece);
    n += statementCount(piece);
  }
  return { text: `${out.join('\n')}\n`, pieces: i };
}

export function mysqlHistory(pieces: number): string {
  const out: string[] = [];
  for (let i = 0; i < TABLES; i++) out.push(`CREATE TABLE t${i} (id BIGINT PRIMARY KEY, parent_id BIGINT NOT NULL, name VARCHAR(100), status VARCHAR(20) DEFAULT 'x', created_at DATETIME) ENGINE=InnoDB;`);
  for (let i = 0; i < pieces; i++) {
    const t = `t${i % TABLES}`;
    switch (i % MY_KINDS) {
      case 7: out.push(`ALTER TABLE ${t} ADD COLUMN legacy_dep_${i} TEXT COMMENT 'deprecated: unused';`); break;
      case 8: out.push(`ALTER TABLE ${t} ADD COLUMN legacy_col_${i} TEXT;`); break;
      case 9: out.push(`ALTER TABLE ${t} ADD COLUMN old_name_${i} TEXT;`); break;
      case 10: out.push(`CREATE TABLE ren_${i} (id BIGINT PRIMARY KEY);`); break;
      case 11: out.push(`CREATE TABLE old_${i} (id BIGINT PRIMARY KEY);`); break;
      case 17: out.push(`ALTER TABLE ${t} ADD INDEX ${t}_old_idx_${i} (name);`); break;
      default:
    }
  }
  return `${out.join('\n')}\n`;
}

/** One large Alembic revision with `ops` operations on pre-existing tables. */
export function alembicLarge(ops: number): { history: string; changes: string } {
  const hist: string[] = [];
  for (let i = 0; i < TABLES; i++) hist.push(`    op.create_table("t${i}", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("parent_id", sa.BigInteger()), sa.Column("name", sa.Text()))`);
  const body: string[] = [];
  for (let i = 0; i < ops; i++) {
    const t = `t${i % TABLES}`;
    switch (i % 8) {
      case 0: body.push(`    op.create_index("ix_${t}_${i}", "${t}", ["name"])`); break;
      case 1: body.push(`    op.add_column("${t}", sa.Column("c${i}", sa.Integer(), nullable=False, server_default="0"))`); break;
      case 2: body.push(`    op.create_foreign_key("fk_${t}_${i}", "${t}", "${t}", ["parent_id"], ["id"])`); break;
      case 3: body.push(`    op.alter_column("${t}", "name", nullable=False, existing_type=sa.Text())`); break;
      case 4: body.push(`    op.execute("UPDATE ${t} SET name = 'x' WHERE id = ${i}")`); break;
      case 5: body.push(`    op.add_column("${t}", sa.Column("k${i}", sa.Integer()))\n    op.create_check_constraint("ck_${t}_${i}", "${t}", "k${i} > 0")`); break;
      case 6: body.push(`    op.alter_column("${t}", "name", type_=sa.String(200), existing_type=sa.Text())`); break;
      default: body.push(`    op.create_unique_constraint("uq_${t}_${i}", "${t}", ["name"])`);
    }
  }
  const header = (rev: string, down: string) => `"""m\n\nRevision ID: ${rev}\nRevises: ${down}\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = "${rev}"\ndown_revision = ${down === 'None' ? 'None' : `"${down}"`}\nbranch_labels = None\ndepends_on = None\n\n\n`;
  return {
    history: `${header('a1b2c3d4e5f6', 'None')}def upgrade():\n${hist.join('\n')}\n\n\ndef downgrade():\n    pass\n`,
    changes: `${header('f6e5d4c3b2a1', 'a1b2c3d4e5f6')}def upgrade():\n${body.join('\n')}\n\n\ndef downgrade():\n    pass\n`,
  };
}

/** One large Knex migration with `ops` builder calls on pre-existing tables. */
export function knexLarge(ops: number): { history: string; changes: string } {
  const hist: string[] = [];
  for (let i = 0; i < TABLES; i++) hist.push(`  await knex.schema.createTable('t${i}', (table) => {\n    table.bigIncrements('id');\n    table.bigInteger('parent_id');\n    table.text('name');\n  });`);
  const body: string[] = [];
  for (let i = 0; i < ops; i++) {
    const t = `t${i % TABLES}`;
    switch (i % 6) {
      case 0: body.push(`  await knex.schema.alterTable('${t}', (table) => { table.index(['name'], '${t}_idx_${i}'); });`); break;
      case 1: body.push(`  await knex.schema.alterTable('${t}', (table) => { table.integer('c${i}').notNullable().defaultTo(0); });`); break;
      case 2: body.push(`  await knex.schema.alterTable('${t}', (table) => { table.foreign('parent_id', '${t}_fk_${i}').references('id').inTable('${t}'); });`); break;
      case 3: body.push(`  await knex.raw("UPDATE ${t} SET name = 'x' WHERE id = ${i}");`); break;
      case 4: body.push(`  await knex.schema.alterTable('${t}', (table) => { table.string('name', 200).alter(); });`); break;
      default: body.push(`  await knex.schema.alterTable('${t}', (table) => { table.unique(['name'], { indexName: '${t}_uq_${i}' }); });`);
    }
  }
  return {
    history: `exports.up = async function (knex) {\n${hist.join('\n')}\n};\n\nexports.down = async function () {};\n`,
    changes: `exports.up = async function (knex) {\n${body.join('\n')}\n};\n\nexports.down = async function () {};\n`,
  };
}

/** A history of `count` small migrations plus 3 PR migrations, for one framework. Returns file name → text and the 3 changed names. */
export function prProject(framework: 'sql' | 'alembic' | 'knex', count: number): { files: Map<string, string>; changed: string[] } {
  const files = new Map<string, string>();
  const changed: string[] = [];
  const hex = (i: number) => ((i * 2654435761) >>> 0).toString(16).padStart(8, '0') + (i * 40503).toString(16).padStart(4, '0');
  for (let i = 0; i < count + 3; i++) {
    const t = `t${Math.floor(i / 3)}`;
    const isPr = i >= count;
    let up: string;
    switch (i % 3) {
      case 0: up = `CREATE TABLE ${t} (id bigint PRIMARY KEY, name text, parent_id bigint)`; break;
      case 1: up = `ALTER TABLE ${t} ADD COLUMN status_${i} text`; break;
      default: up = `CREATE INDEX ${t}_name_${i} ON ${t} (name)`;
    }
    const prUp = `ALTER TABLE t${i % 10} ADD CONSTRAINT t${i % 10}_ck_${i} CHECK (name <> '') NOT VALID`;
    const sql = isPr ? prUp : up;
    let name: string;
    let text: string;
    if (framework === 'sql') {
      name = `${String(i + 1).padStart(5, '0')}_step_${i}.sql`;
      text = `${sql};\n`;
    } else if (framework === 'alembic') {
      const rev = hex(i);
      const down = i === 0 ? 'None' : `"${hex(i - 1)}"`;
      name = `${rev}_step_${i}.py`;
      text = `"""step ${i}\n\nRevision ID: ${rev}\nRevises: ${i === 0 ? '' : hex(i - 1)}\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = "${rev}"\ndown_revision = ${down}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    op.execute("${sql}")\n\n\ndef downgrade():\n    pass\n`;
    } else {
      name = `${20240101000000 + i * 100}_step_${i}.js`;
      text = `exports.up = function (knex) {\n  return knex.raw("${sql}");\n};\n\nexports.down = function () {};\n`;
    }
    files.set(name, text);
    if (isPr) changed.push(name);
  }
  return { files, changed };
}

/** One large Rails migration with `ops` schema statements on pre-existing tables (history creates them). */
export function railsLarge(ops: number): { history: string; changes: string } {
  const hist: string[] = [];
  for (let i = 0; i < TABLES; i++) hist.push(`    create_table :t${i} do |t|\n      t.bigint :parent_id\n      t.text :name\n      t.string :status, default: "x"\n      t.timestamps\n    end`);
  const body: string[] = [];
  for (let i = 0; i < ops; i++) {
    const t = `:t${i % TABLES}`;
    switch (i % 10) {
      case 0: body.push(`    add_index ${t}, :name, name: "t${i % TABLES}_idx_${i}"`); break;
      case 1: body.push(`    add_column ${t}, :c${i}, :integer, null: false, default: 0`); break;
      case 2: body.push(`    add_foreign_key ${t}, ${t}, column: :parent_id, name: "fk_${i}"`); break;
      case 3: body.push(`    change_column_null ${t}, :name, false`); break;
      case 4: body.push(`    execute "UPDATE t${i % TABLES} SET name = 'x' WHERE id = ${i}"`); break;
      case 5: body.push(`    add_column ${t}, :k${i}, :integer\n    add_check_constraint ${t}, "k${i} > 0", name: "ck_${i}"`); break;
      case 6: body.push(`    change_column ${t}, :name, :string, limit: 200`); break;
      case 7: body.push(`    add_reference ${t}, :owner_${i}, foreign_key: { to_table: ${t} }`); break;
      case 8: body.push(`    rename_column ${t}, :status, :state_${i}\n    rename_column ${t}, :state_${i}, :status`); break;
      default: body.push(`    change_column_default ${t}, :status, from: "x", to: "y${i}"`);
    }
  }
  const migration = (name: string, lines: string[]) => `class ${name} < ActiveRecord::Migration[7.1]\n  def change\n${lines.join('\n')}\n  end\nend\n`;
  return { history: migration('CreateTables', hist), changes: migration('LargeChange', body) };
}

/** A Rails history of `count` small migrations plus 3 PR migrations, under db/migrate/. */
export function railsPrProject(count: number): { files: Map<string, string>; changed: string[] } {
  const files = new Map<string, string>();
  const changed: string[] = [];
  for (let i = 0; i < count + 3; i++) {
    const t = `t${Math.floor(i / 3)}`;
    let body: string;
    switch (i % 3) {
      case 0: body = `    create_table :${t} do |t|\n      t.text :name\n      t.bigint :parent_id\n    end`; break;
      case 1: body = `    add_column :${t}, :status_${i}, :text`; break;
      default: body = `    add_index :${t}, :name, name: "${t}_name_${i}"`;
    }
    if (i >= count) body = `    add_check_constraint :t${i % 10}, "name <> ''", name: "t${i % 10}_ck_${i}", validate: false`;
    const name = `db/migrate/${20240101000000 + i * 100}_step_${i}.rb`;
    files.set(name, `class Step${i} < ActiveRecord::Migration[7.1]\n  def change\n${body}\n  end\nend\n`);
    if (i >= count) changed.push(name);
  }
  return { files, changed };
}
