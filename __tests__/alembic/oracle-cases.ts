/**
 * Oracle for the Alembic front end: every operation form it supports, for PostgreSQL and MySQL,
 * against the SQL Alembic sends, written by hand from Alembic's and SQLAlchemy's documented output
 * (`alembic upgrade --sql`: upper-case types, identifiers quoted only where needed, `FOREIGN KEY(x)`,
 * CREATE TABLE bodies joined by ", \n\t"). `unrenderable` marks forms Alembic itself refuses to
 * compile (or that depend on run-time values): they must be reported, never guessed.
 */

export type Expected = string[] | { unrenderable: RegExp };

export interface OracleCase {
  name: string;
  /** Body of upgrade(), one statement per line (indentation added). */
  py: string[];
  pg: Expected;
  mysql: Expected;
}

const HEADER = [
  'from alembic import op',
  'import sqlalchemy as sa',
  'from sqlalchemy.dialects import postgresql, mysql',
  'import textwrap',
  'from textwrap import dedent',
  'from app.models import Status',
  'revision = "oracle1"',
  'down_revision = None',
  '',
  'def upgrade():',
];

/** A CREATE TABLE as SQLAlchemy lays it out. */
const table = (head: string, items: string[], tail = ''): string => `${head} (\n\t${items.join(', \n\t')}\n)${tail}`;

export const CASES: OracleCase[] = [
  // ---------------------------------------------------------------- create_table
  {
    name: 'create_table: autogenerate layout, integer primary key is SERIAL / AUTO_INCREMENT',
    py: ['op.create_table("users", sa.Column("id", sa.Integer(), nullable=False), sa.Column("email", sa.String(length=255), nullable=False), sa.PrimaryKeyConstraint("id"))'],
    pg: [table('CREATE TABLE users', ['id SERIAL NOT NULL', 'email VARCHAR(255) NOT NULL', 'PRIMARY KEY (id)'])],
    mysql: [table('CREATE TABLE users', ['id INTEGER NOT NULL AUTO_INCREMENT', 'email VARCHAR(255) NOT NULL', 'PRIMARY KEY (id)'])],
  },
  {
    name: 'create_table: BigInteger primary_key=True, types, server defaults',
    py: [
      'op.create_table("events", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("body", sa.Text()), sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),',
      '    sa.Column("at", sa.DateTime(timezone=True), server_default=sa.func.now()), sa.Column("day", sa.Date()), sa.Column("price", sa.Numeric(10, 2), server_default="0"), sa.Column("ratio", sa.Float()))',
    ],
    pg: [table('CREATE TABLE events', ['id BIGSERIAL NOT NULL', 'body TEXT', 'active BOOLEAN DEFAULT true NOT NULL', 'at TIMESTAMP WITH TIME ZONE DEFAULT now()', 'day DATE', "price NUMERIC(10, 2) DEFAULT '0'", 'ratio FLOAT', 'PRIMARY KEY (id)'])],
    mysql: [table('CREATE TABLE events', ['id BIGINT NOT NULL AUTO_INCREMENT', 'body TEXT', 'active BOOL NOT NULL DEFAULT 1', 'at DATETIME DEFAULT now()', 'day DATE', "price NUMERIC(10, 2) DEFAULT '0'", 'ratio FLOAT', 'PRIMARY KEY (id)'])],
  },
  {
    name: 'create_table: Column CheckConstraint inline, ForeignKey with ondelete, unique=True, index=True, comment',
    py: [
      'op.create_table("orders", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("qty", sa.Integer(), sa.CheckConstraint("qty > 0", name="ck_qty"), nullable=False),',
      '    sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), index=True), sa.Column("code", sa.String(20), unique=True, comment="external code"), comment="customer orders")',
    ],
    pg: [
      table('CREATE TABLE orders', ['id SERIAL NOT NULL', 'qty INTEGER NOT NULL CONSTRAINT ck_qty CHECK (qty > 0)', 'user_id INTEGER', 'code VARCHAR(20)', 'PRIMARY KEY (id)', 'FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE', 'UNIQUE (code)']),
      'CREATE INDEX ix_orders_user_id ON orders (user_id)',
      "COMMENT ON TABLE orders IS 'customer orders'",
      "COMMENT ON COLUMN orders.code IS 'external code'",
    ],
    mysql: [
      table('CREATE TABLE orders', ['id INTEGER NOT NULL AUTO_INCREMENT', 'qty INTEGER NOT NULL CONSTRAINT ck_qty CHECK (qty > 0)', 'user_id INTEGER', "code VARCHAR(20) COMMENT 'external code'", 'PRIMARY KEY (id)', 'FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE', 'UNIQUE (code)'], "COMMENT='customer orders'"),
      'CREATE INDEX ix_orders_user_id ON orders (user_id)',
    ],
  },
  {
    name: 'create_table: Boolean(create_constraint=True) is a CHECK only where booleans are not native (MySQL)',
    py: ['op.create_table("flags", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("on", sa.Boolean(create_constraint=True, name="ck_flags_on"), nullable=False))'],
    pg: [table('CREATE TABLE flags', ['id SERIAL NOT NULL', '"on" BOOLEAN NOT NULL', 'PRIMARY KEY (id)'])],
    mysql: [table('CREATE TABLE flags', ['id INTEGER NOT NULL AUTO_INCREMENT', '`on` BOOL NOT NULL', 'PRIMARY KEY (id)', 'CONSTRAINT ck_flags_on CHECK (`on` IN (0, 1))'])],
  },
  {
    name: 'create_table: native Enum creates the PostgreSQL type first; MySQL inlines ENUM',
    py: ['op.create_table("tickets", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("state", sa.Enum("open", "closed", name="ticket_state", create_constraint=True), server_default="open"))'],
    pg: ["CREATE TYPE ticket_state AS ENUM ('open', 'closed')", table('CREATE TABLE tickets', ['id SERIAL NOT NULL', "state ticket_state DEFAULT 'open'", 'PRIMARY KEY (id)'])],
    mysql: [table('CREATE TABLE tickets', ['id INTEGER NOT NULL AUTO_INCREMENT', "state ENUM('open','closed') DEFAULT 'open'", 'PRIMARY KEY (id)'])],
  },
  {
    name: 'create_table: non-native Enum(create_constraint=True) is VARCHAR plus a named CHECK',
    py: ['op.create_table("jobs", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("kind", sa.Enum("a", "bb", name="job_kind", native_enum=False, create_constraint=True)))'],
    pg: [table('CREATE TABLE jobs', ['id SERIAL NOT NULL', 'kind VARCHAR(2)', 'PRIMARY KEY (id)', "CONSTRAINT job_kind CHECK (kind IN ('a', 'bb'))"])],
    mysql: [table('CREATE TABLE jobs', ['id INTEGER NOT NULL AUTO_INCREMENT', 'kind VARCHAR(2)', 'PRIMARY KEY (id)', "CONSTRAINT job_kind CHECK (kind IN ('a', 'bb'))"])],
  },
  {
    name: 'create_table: Identity and Computed columns, table-level constraints, schema, if_not_exists',
    py: [
      'op.create_table("invoices", sa.Column("id", sa.BigInteger(), sa.Identity(always=True, start=10)), sa.Column("amount", sa.Integer(), nullable=False), sa.Column("doubled", sa.Integer(), sa.Computed("amount * 2")),',
      '    sa.Column("account_id", sa.Integer(), nullable=False), sa.PrimaryKeyConstraint("id", name="invoices_pkey"), sa.ForeignKeyConstraint(["account_id"], ["billing.accounts.id"], name="fk_acc", onupdate="CASCADE"),',
      '    sa.UniqueConstraint("account_id", "amount", name="uq_acc_amount"), sa.CheckConstraint("amount > 0", name="ck_amount"), schema="billing", if_not_exists=True)',
    ],
    pg: [
      table('CREATE TABLE IF NOT EXISTS billing.invoices', [
        'id BIGINT GENERATED ALWAYS AS IDENTITY (START WITH 10)', 'amount INTEGER NOT NULL', 'doubled INTEGER GENERATED ALWAYS AS (amount * 2) STORED', 'account_id INTEGER NOT NULL',
        'CONSTRAINT invoices_pkey PRIMARY KEY (id)', 'CONSTRAINT fk_acc FOREIGN KEY(account_id) REFERENCES billing.accounts (id) ON UPDATE CASCADE', 'CONSTRAINT uq_acc_amount UNIQUE (account_id, amount)', 'CONSTRAINT ck_amount CHECK (amount > 0)',
      ]),
    ],
    mysql: [
      table('CREATE TABLE IF NOT EXISTS billing.invoices', [
        'id BIGINT NOT NULL AUTO_INCREMENT', 'amount INTEGER NOT NULL', 'doubled INTEGER GENERATED ALWAYS AS (amount * 2)', 'account_id INTEGER NOT NULL',
        'CONSTRAINT invoices_pkey PRIMARY KEY (id)', 'CONSTRAINT fk_acc FOREIGN KEY(account_id) REFERENCES billing.accounts (id) ON UPDATE CASCADE', 'CONSTRAINT uq_acc_amount UNIQUE (account_id, amount)', 'CONSTRAINT ck_amount CHECK (amount > 0)',
      ]),
    ],
  },
  {
    name: 'create_table: MySQL table options; an Index in the table becomes CREATE INDEX',
    py: ['op.create_table("logs", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("msg", sa.String(200)), sa.Index("ix_logs_msg", "msg"), mysql_engine="InnoDB", mysql_charset="utf8mb4")'],
    pg: [table('CREATE TABLE logs', ['id SERIAL NOT NULL', 'msg VARCHAR(200)', 'PRIMARY KEY (id)']), 'CREATE INDEX ix_logs_msg ON logs (msg)'],
    mysql: [table('CREATE TABLE logs', ['id INTEGER NOT NULL AUTO_INCREMENT', 'msg VARCHAR(200)', 'PRIMARY KEY (id)'], 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4'), 'CREATE INDEX ix_logs_msg ON logs (msg)'],
  },
  {
    name: 'create_table: quoted_name, mixed case and reserved words are quoted',
    py: ['op.create_table(sa.sql.quoted_name("UserGroups", quote=True), sa.Column("id", sa.Integer(), primary_key=True), sa.Column("order", sa.Integer()), sa.Column("Name", sa.String(50)))'],
    pg: [table('CREATE TABLE "UserGroups"', ['id SERIAL NOT NULL', '"order" INTEGER', '"Name" VARCHAR(50)', 'PRIMARY KEY (id)'])],
    mysql: [table('CREATE TABLE `UserGroups`', ['id INTEGER NOT NULL AUTO_INCREMENT', '`order` INTEGER', '`Name` VARCHAR(50)', 'PRIMARY KEY (id)'])],
  },
  {
    name: 'create_table: a String without length is refused by MySQL',
    py: ['op.create_table("notes", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("title", sa.String()))'],
    pg: [table('CREATE TABLE notes', ['id SERIAL NOT NULL', 'title VARCHAR', 'PRIMARY KEY (id)'])],
    mysql: { unrenderable: /VARCHAR requires a length/ },
  },
  {
    name: 'create_table: PostgreSQL types (JSONB, UUID, ARRAY, INET, TIMESTAMP precision)',
    py: ['op.create_table("pgtypes", sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True, server_default=sa.text("gen_random_uuid()")), sa.Column("doc", postgresql.JSONB()), sa.Column("tags", postgresql.ARRAY(sa.Text())), sa.Column("ip", postgresql.INET()), sa.Column("ts", postgresql.TIMESTAMP(precision=3)))'],
    pg: [table('CREATE TABLE pgtypes', ['id UUID DEFAULT gen_random_uuid() NOT NULL', 'doc JSONB', 'tags TEXT[]', 'ip INET', 'ts TIMESTAMP(3) WITHOUT TIME ZONE', 'PRIMARY KEY (id)'])],
    mysql: { unrenderable: /PostgreSQL type/ },
  },
  {
    name: 'create_table: MySQL types (unsigned, display width, charset, LONGTEXT, DATETIME fsp)',
    py: ['op.create_table("mytypes", sa.Column("id", mysql.INTEGER(display_width=11, unsigned=True), primary_key=True), sa.Column("b", mysql.TINYINT(1)), sa.Column("c", mysql.VARCHAR(50, charset="latin1")), sa.Column("d", mysql.LONGTEXT()), sa.Column("e", mysql.DATETIME(fsp=6)))'],
    pg: { unrenderable: /MySQL type/ },
    mysql: [table('CREATE TABLE mytypes', ['id INTEGER(11) UNSIGNED NOT NULL AUTO_INCREMENT', 'b TINYINT(1)', 'c VARCHAR(50) CHARACTER SET latin1', 'd LONGTEXT', 'e DATETIME(6)', 'PRIMARY KEY (id)'])],
  },
  // ---------------------------------------------------------------- drop / rename
  {
    name: 'drop_table, rename_table (with schema)',
    py: ['op.drop_table("old_things")', 'op.drop_table("maybe", if_exists=True)', 'op.rename_table("people", "persons", schema="crm")'],
    pg: ['DROP TABLE old_things', 'DROP TABLE IF EXISTS maybe', 'ALTER TABLE crm.people RENAME TO persons'],
    mysql: ['DROP TABLE old_things', 'DROP TABLE IF EXISTS maybe', 'ALTER TABLE crm.people RENAME TO crm.persons'],
  },
  // ---------------------------------------------------------------- add_column
  {
    name: 'add_column: plain, NOT NULL with a string default, text() and func defaults',
    py: [
      'op.add_column("accounts", sa.Column("plan", sa.String(20), nullable=False, server_default="free"))',
      'op.add_column("accounts", sa.Column("created", sa.DateTime(), server_default=sa.func.current_timestamp()))',
      'op.add_column("accounts", sa.Column("seen", sa.DateTime(), server_default=sa.func.now()))',
      'op.add_column("accounts", sa.Column("n", sa.Integer(), server_default=sa.text("0")))',
    ],
    pg: [
      "ALTER TABLE accounts ADD COLUMN plan VARCHAR(20) DEFAULT 'free' NOT NULL",
      'ALTER TABLE accounts ADD COLUMN created TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP',
      'ALTER TABLE accounts ADD COLUMN seen TIMESTAMP WITHOUT TIME ZONE DEFAULT now()',
      'ALTER TABLE accounts ADD COLUMN n INTEGER DEFAULT 0',
    ],
    mysql: [
      "ALTER TABLE accounts ADD COLUMN plan VARCHAR(20) NOT NULL DEFAULT 'free'",
      'ALTER TABLE accounts ADD COLUMN created DATETIME DEFAULT CURRENT_TIMESTAMP',
      'ALTER TABLE accounts ADD COLUMN seen DATETIME DEFAULT now()',
      'ALTER TABLE accounts ADD COLUMN n INTEGER DEFAULT 0',
    ],
  },
  {
    name: 'add_column: primary_key=True adds no primary key (the column is SERIAL NOT NULL)',
    py: ['op.add_column("accounts", sa.Column("seq", sa.Integer(), primary_key=True))'],
    pg: ['ALTER TABLE accounts ADD COLUMN seq SERIAL NOT NULL'],
    mysql: ['ALTER TABLE accounts ADD COLUMN seq INTEGER NOT NULL AUTO_INCREMENT'],
  },
  {
    name: 'add_column: ForeignKey is one ADD FOREIGN KEY; index=True one CREATE INDEX',
    py: ['op.add_column("accounts", sa.Column("owner_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL"), index=True))'],
    pg: ['ALTER TABLE accounts ADD COLUMN owner_id INTEGER', 'ALTER TABLE accounts ADD FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE SET NULL', 'CREATE INDEX ix_accounts_owner_id ON accounts (owner_id)'],
    mysql: ['ALTER TABLE accounts ADD COLUMN owner_id INTEGER', 'ALTER TABLE accounts ADD FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE SET NULL', 'CREATE INDEX ix_accounts_owner_id ON accounts (owner_id)'],
  },
  {
    name: 'add_column: Column CheckConstraint inline, unique=True, comment',
    py: ['op.add_column("accounts", sa.Column("score", sa.Integer(), sa.CheckConstraint("score >= 0"), unique=True, comment="points"))'],
    pg: ['ALTER TABLE accounts ADD COLUMN score INTEGER CHECK (score >= 0)', 'ALTER TABLE accounts ADD UNIQUE (score)', "COMMENT ON COLUMN accounts.score IS 'points'"],
    mysql: ["ALTER TABLE accounts ADD COLUMN score INTEGER COMMENT 'points' CHECK (score >= 0)", 'ALTER TABLE accounts ADD UNIQUE (score)'],
  },
  {
    name: 'add_column: Boolean(create_constraint=True) adds its CHECK where booleans are not native',
    py: ['op.add_column("accounts", sa.Column("vip", sa.Boolean(create_constraint=True), server_default=sa.false(), nullable=False))'],
    pg: ['ALTER TABLE accounts ADD COLUMN vip BOOLEAN DEFAULT false NOT NULL'],
    mysql: ['ALTER TABLE accounts ADD COLUMN vip BOOL NOT NULL DEFAULT 0', 'ALTER TABLE accounts ADD CHECK (vip IN (0, 1))'],
  },
  {
    name: 'add_column: a server_default from outside the file is an unknown constant (not rendered)',
    py: ['op.add_column("accounts", sa.Column("status", sa.String(20), server_default=str(Status.ACTIVE.value)))'],
    pg: { unrenderable: /server_default is not static/ },
    mysql: { unrenderable: /server_default is not static/ },
  },
  {
    name: 'add_column: custom type is not guessed',
    py: ['op.add_column("accounts", sa.Column("geo", Geometry("POINT")))'],
    pg: { unrenderable: /column type is not (known|static)/ },
    mysql: { unrenderable: /column type is not (known|static)/ },
  },
  // ---------------------------------------------------------------- drop_column / alter_column
  {
    name: 'drop_column',
    py: ['op.drop_column("accounts", "legacy")', 'op.drop_column("accounts", "gone", if_exists=True)'],
    pg: ['ALTER TABLE accounts DROP COLUMN legacy', 'ALTER TABLE accounts DROP COLUMN IF EXISTS gone'],
    mysql: ['ALTER TABLE accounts DROP COLUMN legacy', 'ALTER TABLE accounts DROP COLUMN IF EXISTS gone'],
  },
  {
    name: 'alter_column: type with USING, nullability, default, comment, rename (PostgreSQL order; MySQL one CHANGE)',
    py: ['op.alter_column("accounts", "balance", type_=sa.Numeric(14, 2), postgresql_using="balance::numeric(14,2)", nullable=False, server_default="0", comment="money", new_column_name="amount", existing_type=sa.Integer())'],
    pg: [
      'ALTER TABLE accounts ALTER COLUMN balance TYPE NUMERIC(14, 2) USING balance::numeric(14,2)',
      'ALTER TABLE accounts ALTER COLUMN balance SET NOT NULL',
      "ALTER TABLE accounts ALTER COLUMN balance SET DEFAULT '0'",
      "COMMENT ON COLUMN accounts.balance IS 'money'",
      'ALTER TABLE accounts RENAME balance TO amount',
    ],
    mysql: ["ALTER TABLE accounts CHANGE balance amount NUMERIC(14, 2) NOT NULL DEFAULT '0' COMMENT 'money'"],
  },
  {
    name: 'alter_column: nullable only; MySQL MODIFY carries existing_type, existing_server_default and existing_comment',
    py: ['op.alter_column("accounts", "email", nullable=True, existing_type=sa.String(255), existing_server_default="x", existing_comment="mail")'],
    pg: ['ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL'],
    mysql: ["ALTER TABLE accounts MODIFY email VARCHAR(255) NULL DEFAULT 'x' COMMENT 'mail'"],
  },
  {
    name: 'alter_column: MySQL autoincrement and existing_nullable',
    py: ['op.alter_column("accounts", "id", type_=sa.BigInteger(), existing_nullable=False, autoincrement=True)'],
    pg: ['ALTER TABLE accounts ALTER COLUMN id TYPE BIGINT'],
    mysql: ['ALTER TABLE accounts MODIFY id BIGINT NOT NULL AUTO_INCREMENT'],
  },
  {
    name: 'alter_column: MySQL without existing_type cannot MODIFY',
    py: ['op.alter_column("accounts", "email", nullable=False)'],
    pg: ['ALTER TABLE accounts ALTER COLUMN email SET NOT NULL'],
    mysql: { unrenderable: /existing_type/ },
  },
  {
    name: 'alter_column: server_default only (set, drop) is ALTER COLUMN on both',
    py: ['op.alter_column("accounts", "plan", server_default=sa.text("\'pro\'"))', 'op.alter_column("accounts", "tier", server_default=None)'],
    pg: ["ALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'pro'", 'ALTER TABLE accounts ALTER COLUMN tier DROP DEFAULT'],
    mysql: ["ALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'pro'", 'ALTER TABLE accounts ALTER COLUMN tier DROP DEFAULT'],
  },
  {
    name: 'alter_column: a DateTime column on MySQL is always CHANGE (functional defaults)',
    py: ['op.alter_column("accounts", "created", existing_type=sa.DateTime(), server_default=sa.func.current_timestamp(), existing_nullable=False)'],
    pg: ['ALTER TABLE accounts ALTER COLUMN created SET DEFAULT CURRENT_TIMESTAMP'],
    mysql: ['ALTER TABLE accounts CHANGE created created DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP'],
  },
  {
    name: 'alter_column: DROP IDENTITY / ADD GENERATED AS IDENTITY (PostgreSQL)',
    py: ['op.alter_column("accounts", "id", server_default=None, existing_server_default=sa.Identity())', 'op.alter_column("other", "id", server_default=sa.Identity(start=100))'],
    pg: ['ALTER TABLE accounts ALTER COLUMN id DROP IDENTITY', 'ALTER TABLE other ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (START WITH 100)'],
    mysql: { unrenderable: /identity/ },
  },
  // ---------------------------------------------------------------- indexes
  {
    name: 'create_index: plain, unique, multi-column',
    py: ['op.create_index("ix_a_b", "accounts", ["a", "b"])', 'op.create_index(op.f("uq_accounts_email"), "accounts", ["email"], unique=True)'],
    pg: ['CREATE INDEX ix_a_b ON accounts (a, b)', 'CREATE UNIQUE INDEX uq_accounts_email ON accounts (email)'],
    mysql: ['CREATE INDEX ix_a_b ON accounts (a, b)', 'CREATE UNIQUE INDEX uq_accounts_email ON accounts (email)'],
  },
  {
    name: 'create_index: expressions from text() and func.lower(column())',
    py: ['op.create_index("ix_lower_email", "accounts", [sa.text("lower(email)")])', 'op.create_index("ix_lower_name", "accounts", [sa.func.lower(sa.column("name"))])'],
    pg: ['CREATE INDEX ix_lower_email ON accounts (lower(email))', 'CREATE INDEX ix_lower_name ON accounts (lower(name))'],
    mysql: ['CREATE INDEX ix_lower_email ON accounts (lower(email))', 'CREATE INDEX ix_lower_name ON accounts (lower(name))'],
  },
  {
    name: 'create_index: PostgreSQL concurrently, using, where, include, if_not_exists (ignored keywords on MySQL)',
    py: ['op.create_index("ix_active", "accounts", ["created"], postgresql_concurrently=True, postgresql_using="brin", postgresql_where=sa.text("deleted_at IS NULL"), postgresql_include=["id"], if_not_exists=True)'],
    pg: ['CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_active ON accounts USING brin (created) INCLUDE (id) WHERE deleted_at IS NULL'],
    mysql: ['CREATE INDEX IF NOT EXISTS ix_active ON accounts (created)'],
  },
  {
    name: 'create_index: MySQL prefix length and FULLTEXT',
    py: ['op.create_index("ix_name10", "accounts", ["name"], mysql_length=10)', 'op.create_index("ft_bio", "accounts", ["bio"], mysql_prefix="FULLTEXT")'],
    pg: ['CREATE INDEX ix_name10 ON accounts (name)', 'CREATE INDEX ft_bio ON accounts (bio)'],
    mysql: ['CREATE INDEX ix_name10 ON accounts (name(10))', 'CREATE FULLTEXT INDEX ft_bio ON accounts (bio)'],
  },
  {
    name: 'drop_index: PostgreSQL needs no table; MySQL needs table_name',
    py: ['op.drop_index("ix_a_b", table_name="accounts")', 'op.drop_index("ix_old", postgresql_concurrently=True, if_exists=True)'],
    pg: ['DROP INDEX ix_a_b', 'DROP INDEX CONCURRENTLY IF EXISTS ix_old'],
    mysql: { unrenderable: /needs the table/ },
  },
  // ---------------------------------------------------------------- constraints
  {
    name: 'create_foreign_key with ondelete/onupdate, NOT VALID (PostgreSQL)',
    py: ['op.create_foreign_key("fk_acc_user", "accounts", "users", ["user_id"], ["id"], ondelete="CASCADE", onupdate="RESTRICT", postgresql_not_valid=True)'],
    pg: ['ALTER TABLE accounts ADD CONSTRAINT fk_acc_user FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE RESTRICT NOT VALID'],
    mysql: ['ALTER TABLE accounts ADD CONSTRAINT fk_acc_user FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE RESTRICT'],
  },
  {
    name: 'create_check_constraint from a string and from a Core expression',
    py: ['op.create_check_constraint("ck_pos", "accounts", "balance >= 0")', 'op.create_check_constraint("ck_plan", "accounts", sa.column("plan") != None)', 'op.create_check_constraint("ck_kind", "accounts", sa.column("kind").in_(["a", "b"]))'],
    pg: ['ALTER TABLE accounts ADD CONSTRAINT ck_pos CHECK (balance >= 0)', 'ALTER TABLE accounts ADD CONSTRAINT ck_plan CHECK (plan IS NOT NULL)', "ALTER TABLE accounts ADD CONSTRAINT ck_kind CHECK (kind IN ('a', 'b'))"],
    mysql: ['ALTER TABLE accounts ADD CONSTRAINT ck_pos CHECK (balance >= 0)', 'ALTER TABLE accounts ADD CONSTRAINT ck_plan CHECK (plan IS NOT NULL)', "ALTER TABLE accounts ADD CONSTRAINT ck_kind CHECK (kind IN ('a', 'b'))"],
  },
  {
    name: 'create_unique_constraint, create_primary_key',
    py: ['op.create_unique_constraint("uq_handle", "accounts", ["handle"])', 'op.create_primary_key("pk_accounts", "accounts", ["id"])'],
    pg: ['ALTER TABLE accounts ADD CONSTRAINT uq_handle UNIQUE (handle)', 'ALTER TABLE accounts ADD CONSTRAINT pk_accounts PRIMARY KEY (id)'],
    mysql: ['ALTER TABLE accounts ADD CONSTRAINT uq_handle UNIQUE (handle)', 'ALTER TABLE accounts ADD CONSTRAINT pk_accounts PRIMARY KEY (id)'],
  },
  {
    name: 'drop_constraint by type_',
    py: ['op.drop_constraint("fk_old", "accounts", type_="foreignkey")', 'op.drop_constraint("uq_old", "accounts", type_="unique")', 'op.drop_constraint("ck_old", "accounts", type_="check")'],
    pg: ['ALTER TABLE accounts DROP CONSTRAINT fk_old', 'ALTER TABLE accounts DROP CONSTRAINT uq_old', 'ALTER TABLE accounts DROP CONSTRAINT ck_old'],
    mysql: ['ALTER TABLE accounts DROP FOREIGN KEY fk_old', 'ALTER TABLE accounts DROP INDEX uq_old', 'ALTER TABLE accounts DROP CHECK ck_old'],
  },
  {
    name: 'drop_constraint without type_ (MySQL has no generic DROP CONSTRAINT)',
    py: ['op.drop_constraint("something", "accounts")'],
    pg: ['ALTER TABLE accounts DROP CONSTRAINT something'],
    mysql: { unrenderable: /type_/ },
  },
  {
    name: 'create_exclude_constraint, ExcludeConstraint in create_table, range types (PostgreSQL only)',
    py: [
      'op.create_table("bookings", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("room_id", sa.Integer()), sa.Column("during", postgresql.TSTZRANGE()), postgresql.ExcludeConstraint(("room_id", "="), ("during", "&&"), name="ex_booking", using="gist"))',
      'op.create_exclude_constraint("ex_room", "rooms", ("building_id", "="), ("span", "&&"), where=sa.text("active"))',
    ],
    pg: [
      table('CREATE TABLE bookings', ['id SERIAL NOT NULL', 'room_id INTEGER', 'during TSTZRANGE', 'PRIMARY KEY (id)', 'CONSTRAINT ex_booking EXCLUDE USING gist (room_id WITH =, during WITH &&)']),
      'ALTER TABLE rooms ADD CONSTRAINT ex_room EXCLUDE USING gist (building_id WITH =, span WITH &&) WHERE (active)',
    ],
    mysql: { unrenderable: /PostgreSQL/ },
  },
  // ---------------------------------------------------------------- comments
  {
    name: 'create_table_comment, drop_table_comment',
    py: ['op.create_table_comment("accounts", "who pays")', 'op.drop_table_comment("accounts")'],
    pg: ["COMMENT ON TABLE accounts IS 'who pays'", 'COMMENT ON TABLE accounts IS NULL'],
    mysql: ["ALTER TABLE accounts COMMENT 'who pays'", "ALTER TABLE accounts COMMENT ''"],
  },
  // ---------------------------------------------------------------- batch, enums, execute
  {
    name: 'batch_alter_table: the same ALTERs on PostgreSQL and MySQL (no table copy)',
    py: ['with op.batch_alter_table("accounts") as batch_op:', '    batch_op.add_column(sa.Column("x", sa.Integer()))', '    batch_op.drop_column("y")', '    batch_op.create_index("ix_x", ["x"])'],
    pg: ['ALTER TABLE accounts ADD COLUMN x INTEGER', 'ALTER TABLE accounts DROP COLUMN y', 'CREATE INDEX ix_x ON accounts (x)'],
    mysql: ['ALTER TABLE accounts ADD COLUMN x INTEGER', 'ALTER TABLE accounts DROP COLUMN y', 'CREATE INDEX ix_x ON accounts (x)'],
  },
  {
    name: 'Enum .create()/.drop() with the connection (PostgreSQL)',
    py: ['mood = postgresql.ENUM("sad", "ok", name="mood")', 'mood.create(op.get_bind())', 'sa.Enum("x", name="letters").drop(op.get_bind())'],
    pg: ["CREATE TYPE mood AS ENUM ('sad', 'ok')", 'DROP TYPE letters'],
    mysql: { unrenderable: /MySQL enums/ },
  },
  {
    name: 'execute: SQL is sent as written (textwrap.dedent, implicit concatenation, % and .format of literals)',
    py: [
      'op.execute(textwrap.dedent("""',
      '    UPDATE accounts',
      '    SET plan = \'free\'"""))',
      'op.execute("UPDATE accounts " "SET n = 0")',
      'op.execute("UPDATE %s SET n = %d" % ("accounts", 1))',
      'op.execute("UPDATE {} SET n = {}".format("accounts", 2))',
      'op.execute(dedent("  DELETE FROM accounts WHERE n < 0"))',
    ],
    pg: ["\nUPDATE accounts\nSET plan = 'free'", 'UPDATE accounts SET n = 0', 'UPDATE accounts SET n = 1', 'UPDATE accounts SET n = 2', 'DELETE FROM accounts WHERE n < 0'],
    mysql: ["\nUPDATE accounts\nSET plan = 'free'", 'UPDATE accounts SET n = 0', 'UPDATE accounts SET n = 1', 'UPDATE accounts SET n = 2', 'DELETE FROM accounts WHERE n < 0'],
  },
];

export function caseSource(c: OracleCase): string {
  return [...HEADER, ...c.py.map((l) => `    ${l}`), '', 'def downgrade():', '    pass', ''].join('\n');
}

