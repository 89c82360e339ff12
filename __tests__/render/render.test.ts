import type { ColumnSpec, Loc, Migration, Op } from '../../src/ir.js';
import { previewSql, renderMigrationSql, renderOps } from '../../src/render/index.js';

const loc = (line: number): Loc => ({ file: 'migrations/x.py', line, endLine: line, column: 1 });
const col = (name: string, type: string, args: number[] = [], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name, type: { name: type, args, array: false, text: type }, notNull: false, default: null, ...extra,
});

describe('PostgreSQL', () => {
  test('create table with serial primary key, varchar, default, FK and comment (as Alembic/Knex render it)', () => {
    const ops: Op[] = [
      {
        kind: 'createTable', table: 'orders', ifNotExists: false, loc: loc(3),
        columns: [
          col('id', 'int4', [], { identity: true, notNull: true, primaryKey: true }),
          col('code', 'varchar', [20], { notNull: true, unique: true }),
          col('total', 'numeric', [10, 2], { default: { sql: '0', volatile: false } }),
          col('user_id', 'int8', [], { references: { table: 'users', columns: ['id'] }, comment: 'owner' }),
        ],
        constraints: [{ name: 'orders_pkey', kind: 'primaryKey', columns: ['id'], notValid: false, usingIndex: null }],
      },
    ];
    const r = renderOps(ops, 'postgres');
    expect(r.unrenderable).toEqual([]);
    expect(r.statements.map((s) => s.sql)).toEqual([
      'CREATE TABLE "orders" (\n  "id" serial NOT NULL,\n  "code" varchar(20) NOT NULL,\n  "total" numeric(10, 2) DEFAULT 0,\n  "user_id" bigint,\n  UNIQUE ("code"),\n  FOREIGN KEY ("user_id") REFERENCES "users" ("id"),\n  CONSTRAINT "orders_pkey" PRIMARY KEY ("id")\n)',
      `COMMENT ON COLUMN "orders"."user_id" IS 'owner'`,
    ]);
    expect(r.statements.every((s) => s.origin === 'rendered' && s.loc.line === 3)).toBe(true);
  });

  test('alter ops: add column, type change with USING, not null, defaults, rename, drop', () => {
    const ops: Op[] = [
      { kind: 'addColumn', table: 'app.users', column: col('tags', 'text', [], { type: { name: 'text', args: [], array: true, text: 'ARRAY(Text)' } }), ifNotExists: false, loc: loc(1) },
      { kind: 'alterColumnType', table: 'users', column: 'age', type: { name: 'int8', args: [], array: false, text: 'BigInteger' }, using: 'age::bigint', loc: loc(2) },
      { kind: 'setNotNull', table: 'users', column: 'email', loc: loc(3) },
      { kind: 'setDefault', table: 'users', column: 'created', default: { sql: 'now()', volatile: false }, loc: loc(4) },
      { kind: 'dropDefault', table: 'users', column: 'created', loc: loc(5) },
      { kind: 'renameColumn', table: 'users', column: 'nm', newName: 'name', loc: loc(6) },
      { kind: 'renameTable', table: 'users', newName: 'people', loc: loc(7) },
      { kind: 'dropColumn', table: 'people', column: 'age', ifExists: true, loc: loc(8) },
    ];
    expect(renderOps(ops, 'postgres').statements.map((s) => s.sql)).toEqual([
      'ALTER TABLE "app"."users" ADD COLUMN "tags" text[]',
      'ALTER TABLE "users" ALTER COLUMN "age" TYPE bigint USING age::bigint',
      'ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL',
      'ALTER TABLE "users" ALTER COLUMN "created" SET DEFAULT now()',
      'ALTER TABLE "users" ALTER COLUMN "created" DROP DEFAULT',
      'ALTER TABLE "users" RENAME COLUMN "nm" TO "name"',
      'ALTER TABLE "users" RENAME TO "people"',
      'ALTER TABLE "people" DROP COLUMN IF EXISTS "age"',
    ]);
  });

  test('indexes, constraints and enums', () => {
    const ops: Op[] = [
      { kind: 'createIndex', name: 'ix_users_email', table: 'users', columns: ['email', 'lower(name)'], unique: true, concurrently: true, ifNotExists: false, where: 'deleted_at IS NULL', method: null, loc: loc(1) },
      { kind: 'dropIndex', name: 'ix_old', table: 'users', concurrently: false, ifExists: true, loc: loc(2) },
      { kind: 'addConstraint', table: 'orders', constraint: { name: 'fk_user', kind: 'foreignKey', columns: ['user_id'], notValid: true, usingIndex: null, references: { table: 'users', columns: ['id'] } }, loc: loc(3) },
      { kind: 'validateConstraint', table: 'orders', name: 'fk_user', loc: loc(4) },
      { kind: 'addConstraint', table: 'orders', constraint: { name: 'ck_total', kind: 'check', columns: [], notValid: false, usingIndex: null, expression: 'total >= 0' }, loc: loc(5) },
      { kind: 'dropConstraint', table: 'orders', name: 'ck_total', ifExists: false, loc: loc(6) },
      { kind: 'createEnum', name: 'mood', values: ['sad', "it's ok"], loc: loc(7) },
      { kind: 'alterEnum', name: 'mood', action: 'addValue', value: 'happy', newValue: null, loc: loc(8) },
      { kind: 'dropEnum', name: 'mood', ifExists: false, loc: loc(9) },
    ];
    expect(renderOps(ops, 'postgres').statements.map((s) => s.sql)).toEqual([
      'CREATE UNIQUE INDEX CONCURRENTLY "ix_users_email" ON "users" ("email", (lower(name))) WHERE deleted_at IS NULL',
      'DROP INDEX IF EXISTS "ix_old"',
      'ALTER TABLE "orders" ADD CONSTRAINT "fk_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") NOT VALID',
      'ALTER TABLE "orders" VALIDATE CONSTRAINT "fk_user"',
      'ALTER TABLE "orders" ADD CONSTRAINT "ck_total" CHECK (total >= 0)',
      'ALTER TABLE "orders" DROP CONSTRAINT "ck_total"',
      `CREATE TYPE "mood" AS ENUM ('sad', 'it''s ok')`,
      `ALTER TYPE "mood" ADD VALUE 'happy'`,
      'DROP TYPE "mood"',
    ]);
  });

  test('SQL-sourced ops run their statement once; ops that share one ALTER are deduplicated', () => {
    const sql = 'ALTER TABLE users ADD COLUMN a int, ADD COLUMN b int';
    const ops: Op[] = [
      { kind: 'addColumn', table: 'users', column: col('a', 'int4'), ifNotExists: false, loc: loc(4), sql },
      { kind: 'addColumn', table: 'users', column: col('b', 'int4'), ifNotExists: false, loc: loc(4), sql },
      { kind: 'dml', action: 'update', table: 'users', hasWhere: false, loc: loc(5), sql: 'UPDATE users SET a = 1;' },
    ];
    const r = renderOps(ops, 'postgres');
    expect(r.statements.map((s) => [s.sql, s.origin, s.ops.length])).toEqual([
      [sql, 'sql', 2],
      ['UPDATE users SET a = 1', 'sql', 1],
    ]);
  });

  test('ops that cannot be rendered are reported with the reason, never guessed', () => {
    const ops: Op[] = [
      { kind: 'unparsed', reason: 'dynamic', message: 'op.execute(f"...") is dynamic', loc: loc(9) },
      { kind: 'addColumn', table: 'users', column: { name: 'x', type: null, notNull: false, default: null }, ifNotExists: false, loc: loc(10) },
      { kind: 'alterEnum', name: 'mood', action: 'dropValue', value: 'sad', newValue: null, loc: loc(11) },
      { kind: 'createIndex', name: null, table: 'users', columns: ['a'], unique: false, concurrently: false, ifNotExists: false, where: null, method: null, loc: loc(12) },
    ];
    const r = renderOps(ops, 'postgres');
    expect(r.statements).toEqual([]);
    expect(r.unrenderable.map((u) => u.reason)).toEqual([
      'unparsed at line 9: dynamic code: op.execute(f"...") is dynamic',
      'addColumn at line 10: the column type is not known statically',
      'alterEnum at line 11: PostgreSQL cannot drop an enum value',
      'createIndex at line 12: index without a name (the ORM would generate one this renderer cannot predict)',
    ]);
    expect(previewSql(r)).toMatch(/^-- not rendered: unparsed at line 9/);
  });
});

describe('MySQL', () => {
  test('create table, add column with position, indexes, constraints (as Knex/Alembic render for MySQL)', () => {
    const ops: Op[] = [
      {
        kind: 'createTable', table: 'users', ifNotExists: false, loc: loc(1),
        columns: [col('id', 'int', [], { identity: true, notNull: true, primaryKey: true }), col('active', 'bool', [], { notNull: true, default: { sql: '1', volatile: false } })],
        constraints: [],
      },
      { kind: 'addColumn', table: 'users', column: col('email', 'varchar', [255], { notNull: true }), ifNotExists: false, position: { after: 'id' }, loc: loc(2) },
      { kind: 'createIndex', name: 'users_email_unique', table: 'users', columns: ['email'], unique: true, concurrently: false, ifNotExists: false, where: null, method: null, loc: loc(3) },
      { kind: 'dropIndex', name: 'users_email_unique', table: 'users', concurrently: false, ifExists: false, loc: loc(4) },
      { kind: 'addConstraint', table: 'orders', constraint: { name: 'orders_user_fk', kind: 'foreignKey', columns: ['user_id'], notValid: false, usingIndex: null, references: { table: 'users', columns: ['id'] } }, loc: loc(5) },
      { kind: 'dropConstraint', table: 'orders', name: 'orders_user_fk', ifExists: false, constraintKind: 'foreignKey', loc: loc(6) },
      { kind: 'renameTable', table: 'users', newName: 'people', loc: loc(7) },
    ];
    const r = renderOps(ops, 'mysql');
    expect(r.unrenderable).toEqual([]);
    expect(r.statements.map((s) => s.sql)).toEqual([
      'CREATE TABLE `users` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `active` tinyint(1) NOT NULL DEFAULT 1,\n  PRIMARY KEY (`id`)\n)',
      'ALTER TABLE `users` ADD COLUMN `email` varchar(255) NOT NULL AFTER `id`',
      'CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`)',
      'DROP INDEX `users_email_unique` ON `users`',
      'ALTER TABLE `orders` ADD CONSTRAINT `orders_user_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)',
      'ALTER TABLE `orders` DROP FOREIGN KEY `orders_user_fk`',
      'RENAME TABLE `users` TO `people`',
    ]);
  });

  test('changes MySQL needs a full column definition for are unrenderable', () => {
    const r = renderOps([{ kind: 'setNotNull', table: 'users', column: 'email', loc: loc(1) }], 'mysql');
    expect(r.unrenderable[0]!.reason).toMatch(/full column definition/);
  });
});

describe('renderMigrationSql', () => {
  const m = (up: Op[], down: Op[] | null, extra: Partial<Migration> = {}): Migration => ({
    id: 'x', file: 'migrations/x.py', framework: 'alembic', dialect: 'postgres', isNew: true, transactional: true,
    up, down, order: '0', expectsDown: true, ...extra,
  });

  test('up and down with the source line of each statement; unrenderable ops noted in place', () => {
    const out = renderMigrationSql(m(
      [
        { kind: 'addColumn', table: 'users', column: col('age', 'int4'), ifNotExists: false, loc: loc(12) },
        { kind: 'unparsed', reason: 'dynamic', message: 'op.execute(sql) is dynamic', loc: loc(13) },
        { kind: 'dropColumn', table: 'users', column: 'old', ifExists: false, loc: loc(14) },
      ],
      [{ kind: 'dropColumn', table: 'users', column: 'age', ifExists: false, loc: loc(20) }],
    ));
    expect(out.up.statements.map((s) => [s.loc.line, s.sql])).toEqual([
      [12, 'ALTER TABLE "users" ADD COLUMN "age" integer'],
      [14, 'ALTER TABLE "users" DROP COLUMN "old"'],
    ]);
    expect(out.up.text).toBe([
      '-- migrations/x.py:12', 'ALTER TABLE "users" ADD COLUMN "age" integer;',
      '-- migrations/x.py:13: not rendered: unparsed at line 13: dynamic code: op.execute(sql) is dynamic',
      '-- migrations/x.py:14', 'ALTER TABLE "users" DROP COLUMN "old";',
    ].join('\n'));
    expect(out.down!.text).toBe('-- migrations/x.py:20\nALTER TABLE "users" DROP COLUMN "age";');
  });

  test('an absent down part is null; an irreversible one says why', () => {
    expect(renderMigrationSql(m([], null)).down).toBeNull();
    const irreversible = renderMigrationSql(m([], [], { downIrreversible: { loc: loc(30), reason: 'NotImplementedError' } }));
    expect(irreversible.down!.text).toBe('-- irreversible: line 30: NotImplementedError');
  });
});
