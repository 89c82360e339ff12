#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  lowerAtCall
} from "./chunk-ZXL7UVA4.js";
import {
  isVolatileSqlText
} from "./chunk-2EGIIKF2.js";

// src/parse/django/schema-editor.ts
import { createHash } from "node:crypto";
function namesDigest(parts, length) {
  const h = createHash("md5");
  for (const p of parts) h.update(p);
  return h.digest("hex").slice(0, length);
}
function maxNameLength(dialect) {
  return dialect === "mysql" ? 64 : 63;
}
function truncateName(name, dialect) {
  const length = maxNameLength(dialect);
  return name.length <= length ? name : `${name.slice(0, length - 4)}${namesDigest([name], 4)}`;
}
function indexName(table, columns, suffix, dialect) {
  let hashSuffix = `${namesDigest([table, ...columns], 8)}${suffix}`;
  const max = maxNameLength(dialect);
  const name = `${table}_${columns.join("_")}_${hashSuffix}`;
  if (name.length <= max) return name;
  if (hashSuffix.length > max / 3) hashSuffix = hashSuffix.slice(0, Math.floor(max / 3));
  const other = Math.floor((max - hashSuffix.length) / 2) - 1;
  let short = `${table.slice(0, other)}_${columns.join("_").slice(0, other)}_${hashSuffix}`;
  if (short.startsWith("_") || /^\d/.test(short)) short = `D${short.slice(0, -1)}`;
  return short;
}
function quote(name, dialect) {
  return dialect === "mysql" ? `\`${name.replace(/`/g, "``")}\`` : `"${name.replace(/"/g, '""')}"`;
}
function literal(value) {
  return `'${value.replace(/'/g, "''")}'`;
}
var AUTO_FIELDS = /* @__PURE__ */ new Set(["AutoField", "BigAutoField", "SmallAutoField"]);
var STRING_FIELDS = /* @__PURE__ */ new Set(["CharField", "TextField", "SlugField", "EmailField", "URLField", "FileField", "ImageField", "FilePathField", "GenericIPAddressField", "IPAddressField", "CICharField", "CIEmailField", "CITextField"]);
var DEFAULT_LENGTH = { EmailField: 254, URLField: 200, SlugField: 50, FileField: 100, ImageField: 100, FilePathField: 100 };
function isAutoField(field) {
  return AUTO_FIELDS.has(field.cls);
}
function isRelation(field) {
  return field.cls === "ForeignKey" || field.cls === "OneToOneField";
}
function allowsEmptyString(field) {
  return STRING_FIELDS.has(field.cls);
}
function columnType(field, dialect, relType) {
  const length = field.maxLength ?? DEFAULT_LENGTH[field.cls] ?? null;
  const varchar = length === null ? dialect === "mysql" ? "longtext" : "varchar" : `varchar(${length})`;
  const decimal = `numeric(${field.maxDigits ?? 10}, ${field.decimalPlaces ?? 0})`;
  if (isRelation(field)) return relType;
  if (dialect === "mysql") {
    const my = {
      AutoField: "integer AUTO_INCREMENT",
      BigAutoField: "bigint AUTO_INCREMENT",
      SmallAutoField: "smallint AUTO_INCREMENT",
      BinaryField: "longblob",
      BooleanField: "bool",
      NullBooleanField: "bool",
      DateField: "date",
      DateTimeField: "datetime(6)",
      DecimalField: decimal,
      DurationField: "bigint",
      FloatField: "double precision",
      IntegerField: "integer",
      BigIntegerField: "bigint",
      IPAddressField: "char(15)",
      GenericIPAddressField: "char(39)",
      JSONField: "json",
      PositiveBigIntegerField: "bigint UNSIGNED",
      PositiveIntegerField: "integer UNSIGNED",
      PositiveSmallIntegerField: "smallint UNSIGNED",
      SmallIntegerField: "smallint",
      TextField: "longtext",
      TimeField: "time(6)",
      UUIDField: "char(32)"
    };
    if (my[field.cls]) return my[field.cls];
    if (STRING_FIELDS.has(field.cls)) return varchar;
    return null;
  }
  const pg = {
    AutoField: "integer",
    BigAutoField: "bigint",
    SmallAutoField: "smallint",
    BinaryField: "bytea",
    BooleanField: "boolean",
    NullBooleanField: "boolean",
    DateField: "date",
    DateTimeField: "timestamp with time zone",
    DecimalField: decimal,
    DurationField: "interval",
    FloatField: "double precision",
    IntegerField: "integer",
    BigIntegerField: "bigint",
    IPAddressField: "inet",
    GenericIPAddressField: "inet",
    JSONField: "jsonb",
    PositiveBigIntegerField: "bigint",
    PositiveIntegerField: "integer",
    PositiveSmallIntegerField: "smallint",
    SmallIntegerField: "smallint",
    TextField: "text",
    TimeField: "time",
    UUIDField: "uuid",
    HStoreField: "hstore",
    CICharField: "citext",
    CIEmailField: "citext",
    CITextField: "citext",
    IntegerRangeField: "int4range",
    BigIntegerRangeField: "int8range",
    DecimalRangeField: "numrange",
    DateTimeRangeField: "tstzrange",
    DateRangeField: "daterange",
    SearchVectorField: "tsvector"
  };
  if (pg[field.cls]) return pg[field.cls];
  if (field.cls === "ArrayField") {
    const inner = field.baseField ? columnType(field.baseField, dialect, null) : null;
    return inner ? `${inner}[${field.size ?? ""}]` : null;
  }
  if (STRING_FIELDS.has(field.cls)) return varchar;
  return null;
}
function relatedColumnType(target, dialect) {
  if (target.cls === "AutoField") return "integer";
  if (target.cls === "BigAutoField") return "bigint";
  if (target.cls === "SmallAutoField") return "smallint";
  if (target.cls === "PositiveIntegerField" && dialect === "mysql") return "integer UNSIGNED";
  return columnType(target, dialect, null);
}
function columnCheck(field, column, dialect) {
  if (dialect === "mysql") return null;
  return /^Positive(Big|Small)?IntegerField$/.test(field.cls) ? `CHECK (${quote(column, dialect)} >= 0)` : null;
}
function placeholderFor(type, dialect) {
  const t = (type ?? "").toLowerCase();
  if (/^(integer|bigint|smallint|numeric|double|real|bool)/.test(t)) return t.startsWith("bool") ? dialect === "mysql" ? "0" : "false" : "0";
  if (t.startsWith("timestamp") || t.startsWith("datetime")) return literal("2000-01-01 00:00:00+00:00");
  if (t === "date") return literal("2000-01-01");
  if (t.startsWith("time")) return literal("00:00:00");
  if (t === "uuid" || t === "char(32)") return literal(t === "uuid" ? "00000000-0000-4000-8000-000000000000" : "00000000000040008000000000000000");
  if (t === "jsonb" || t === "json") return literal("{}");
  if (t === "interval") return literal("0 seconds");
  return literal("");
}
function defaultSql(value, type, dialect) {
  switch (value.k) {
    case "str":
      return { sql: literal(value.v), exact: true };
    case "num":
      return { sql: String(value.v), exact: true };
    case "bool":
      return { sql: dialect === "mysql" ? value.v ? "1" : "0" : value.v ? "true" : "false", exact: true };
    case "none":
      return { sql: "NULL", exact: true };
    case "json":
      return { sql: literal(value.text), exact: true };
    case "call": {
      const name = value.path.split(".").pop() ?? "";
      if ((name === "Decimal" || name === "Value") && value.args[0] && value.args[0].k !== "call") return defaultSql(value.args[0].k === "str" && name === "Decimal" ? { k: "num", v: Number(value.args[0].v) } : value.args[0], type, dialect);
      if (name === "Now") return { sql: dialect === "mysql" ? "CURRENT_TIMESTAMP(6)" : "STATEMENT_TIMESTAMP()", exact: true };
      const nums = value.args.map((a) => a.k === "num" ? a.v : NaN);
      if ((name === "date" || name === "datetime") && nums.length >= 3 && nums.every(Number.isFinite)) {
        const [y, mo, d, h = 0, mi = 0, s = 0] = nums.map((n) => String(n).padStart(2, "0"));
        return { sql: literal(name === "date" ? `${y}-${mo}-${d}` : `${y}-${mo}-${d} ${h}:${mi}:${s}`), exact: true };
      }
      return { sql: placeholderFor(type, dialect), exact: false };
    }
    default:
      return { sql: placeholderFor(type, dialect), exact: false };
  }
}
var LOOKUPS = { exact: "=", gt: ">", gte: ">=", lt: "<", lte: "<=" };
function qSql(q, columnOf, dialect) {
  if (q.k === "unknown") return null;
  if (q.k === "lookup") {
    const parts = q.path.split("__");
    let lookup = "exact";
    if (parts.length > 1 && (LOOKUPS[parts[parts.length - 1]] || ["isnull", "in", "startswith", "contains", "iexact"].includes(parts[parts.length - 1]))) lookup = parts.pop();
    if (parts.length > 1) return null;
    const column = quote(columnOf(parts[0]), dialect);
    if (lookup === "isnull") return q.value.k === "bool" && !q.value.v ? `${column} IS NOT NULL` : `${column} IS NULL`;
    const value = q.value.k === "f" ? quote(columnOf(q.value.name), dialect) : q.value.k === "none" ? null : literalOf(q.value, dialect);
    if (lookup === "exact" && q.value.k === "none") return `${column} IS NULL`;
    if (value === null) return null;
    if (lookup === "in") return q.value.k === "json" ? `${column} IN (${JSON.parse(q.value.text).map((v) => typeof v === "string" ? literal(v) : String(v)).join(", ")})` : null;
    if (lookup === "startswith" || lookup === "contains") return q.value.k === "str" ? `${column}::text LIKE ${literal(`${lookup === "contains" ? "%" : ""}${q.value.v}%`)}` : null;
    if (lookup === "iexact") return `UPPER(${column}::text) = UPPER(${value})`;
    return `${column} ${LOOKUPS[lookup]} ${value}`;
  }
  const children = q.children.map((c) => qSql(c, columnOf, dialect));
  if (children.some((c) => c === null) || children.length === 0) return null;
  const joined = children.length === 1 ? children[0] : `(${children.join(` ${q.connector} `)})`;
  return q.negated ? `NOT (${joined})` : joined;
}
function literalOf(value, dialect) {
  if (value.k === "str" || value.k === "num" || value.k === "bool" || value.k === "json") return defaultSql(value, null, dialect).sql;
  return null;
}

// src/parse/django/project.ts
var BUILTIN_MODELS = {
  "auth.user": { table: "auth_user", pk: "AutoField" },
  "auth.group": { table: "auth_group", pk: "AutoField" },
  "auth.permission": { table: "auth_permission", pk: "AutoField" },
  "contenttypes.contenttype": { table: "django_content_type", pk: "AutoField" },
  "sites.site": { table: "django_site", pk: "AutoField" },
  "taggit.tag": { table: "taggit_tag", pk: "AutoField" },
  "taggit.taggeditem": { table: "taggit_taggeditem", pk: "AutoField" }
};
function djangoOf(m) {
  const d = m.django;
  return d && typeof d === "object" ? d : null;
}
var Editor = class {
  constructor(state, dialect, app, userModel) {
    this.state = state;
    this.dialect = dialect;
    this.app = app;
    this.userModel = userModel;
  }
  state;
  dialect;
  app;
  userModel;
  get models() {
    return this.state;
  }
  q(name) {
    return quote(name, this.dialect);
  }
  key(reference) {
    if (reference === "__user__") return this.userModel;
    const lower = reference.toLowerCase();
    return lower.includes(".") ? lower : `${this.app}.${lower}`;
  }
  model(name) {
    return this.state.get(this.key(name)) ?? null;
  }
  /** The model a proxy's bases name (`'core.managedfile'`, itself possibly a proxy), resolved to the concrete one. */
  concreteBase(bases) {
    for (const base of bases) {
      if (!/^[A-Za-z_]\w*\.[A-Za-z_]\w*$/.test(base)) continue;
      const key = this.key(base);
      const model = this.state.get(key);
      if (model) return { key: model.concreteOf ?? key, table: model.table };
    }
    return null;
  }
  tableOf(key) {
    return this.state.get(key)?.table ?? BUILTIN_MODELS[key]?.table ?? truncateName(key.replace(".", "_"), this.dialect);
  }
  put(model) {
    this.state = new Map(this.state);
    this.state.set(`${model.app}.${model.name}`, model);
  }
  drop(key) {
    this.state = new Map(this.state);
    this.state.delete(key);
  }
  column(name, field) {
    return field.dbColumn ?? (isRelation(field) ? `${name}_id` : name);
  }
  columnOfModel(model, fieldName) {
    const field = model.fields.get(fieldName);
    if (field) return this.column(fieldName, field);
    return fieldName === "pk" ? this.pkColumn(`${model.app}.${model.name}`) : fieldName;
  }
  pkColumn(key) {
    const model = this.state.get(key);
    if (model) {
      for (const [n, f] of model.fields) if (f.primaryKey || isAutoField(f)) return this.column(n, f);
    }
    return "id";
  }
  /** The column a relation points at and its type. */
  target(field) {
    const named = this.key(field.to ?? "");
    const key = this.state.get(named)?.concreteOf ?? named;
    const model = this.state.get(key);
    let targetField = null;
    let column = "id";
    if (model) {
      for (const [n, f] of model.fields) {
        if (field.toField ? n === field.toField : f.primaryKey || isAutoField(f)) {
          targetField = f;
          column = this.column(n, f);
          break;
        }
      }
    }
    const builtin = BUILTIN_MODELS[key];
    const type = targetField ? relatedColumnType(targetField, this.dialect) : builtin ? this.dialect === "mysql" ? "integer" : "integer" : null;
    return { table: this.tableOf(key), column, type };
  }
  /** Why a field has no column type, when its declaration itself was read (a relation to an unknown model, an unmapped class). */
  untypedReason(name, field) {
    if (field.problems.length > 0 || field.manyToMany || this.type(field) !== null) return null;
    if (isRelation(field)) return `the related model \`${field.to ?? "?"}\` of \`${name}\` is not created by any migration found (nor a known django.contrib model), so the type of its column \`${this.column(name, field)}\` is not known`;
    return `the field class \`${field.cls}\` of \`${name}\` has no column type migration-guard knows for this dialect`;
  }
  /** The column of a field whose type is not known, as far as it is known: name, NULL/NOT NULL, keys, a default. */
  untypedColumn(name, field, transient) {
    const dbDefault = field.dbDefault ? defaultSql(field.dbDefault, null, this.dialect).sql : null;
    const unknownBlank = transient === null && !field.null && field.blank && !field.primaryKey && !field.known ? "''" : null;
    const sent = transient ?? unknownBlank;
    const given = dbDefault !== null ? { sql: dbDefault, volatile: isVolatileSqlText(dbDefault) } : sent !== null ? { sql: sent, volatile: false } : null;
    return {
      name: this.column(name, field),
      type: null,
      notNull: !field.null || field.primaryKey,
      default: given,
      primaryKey: field.primaryKey,
      unique: field.unique && !field.primaryKey,
      identity: isAutoField(field),
      references: null
    };
  }
  type(field) {
    return columnType(field, this.dialect, isRelation(field) ? this.target(field).type : null);
  }
  /** `column_sql`: type, default, NULL/NOT NULL, PRIMARY KEY/UNIQUE, the positive-integer CHECK. */
  columnSql(name, field, withDefault) {
    const type = this.type(field);
    if (!type) return null;
    const column = this.column(name, field);
    const parts = [this.q(column), type];
    if (field.collation) parts.push(`COLLATE ${this.q(field.collation)}`);
    const dbDefault = field.dbDefault ? defaultSql(field.dbDefault, type, this.dialect).sql : null;
    if (dbDefault) parts.push(`DEFAULT ${dbDefault}`);
    else if (withDefault) parts.push(`DEFAULT ${withDefault}`);
    parts.push(field.null && !field.primaryKey ? "NULL" : "NOT NULL");
    if (field.primaryKey) parts.push("PRIMARY KEY");
    else if (field.unique) parts.push("UNIQUE");
    if (this.dialect === "postgres" && isAutoField(field)) parts.push("GENERATED BY DEFAULT AS IDENTITY");
    const check = columnCheck(field, column, this.dialect);
    if (check) parts.push(check);
    return parts.join(" ");
  }
  /** `effective_default`: what Django sends once for existing rows, or null. */
  effectiveDefault(field) {
    if (field.dbDefault) return null;
    const type = this.type(field);
    if (field.default && field.default.k !== "none") return defaultSql(field.default, type, this.dialect).sql;
    if (!field.null && field.blank && allowsEmptyString(field)) return "''";
    if (field.autoNow) return defaultSql({ k: "callable", path: "django.utils.timezone.now" }, type, this.dialect).sql;
    return null;
  }
  fkName(table, column, target) {
    return indexName(table, [column], `_fk_${target.table}_${target.column}`, this.dialect);
  }
  fkSql(table, column, field) {
    const target = this.target(field);
    const deferrable = this.dialect === "postgres" ? " DEFERRABLE INITIALLY DEFERRED" : "";
    return `ALTER TABLE ${this.q(table)} ADD CONSTRAINT ${this.q(this.fkName(table, column, target))} FOREIGN KEY (${this.q(column)}) REFERENCES ${this.q(target.table)} (${this.q(target.column)})${deferrable}`;
  }
  /** `_field_indexes_sql`: the db_index index (ForeignKey and SlugField default to one) and PostgreSQL's LIKE index. */
  fieldIndexes(table, name, field) {
    const column = this.column(name, field);
    const out = [];
    const indexed = field.dbIndex ?? (isRelation(field) || field.cls === "SlugField");
    const fkIndexedByMysql = this.dialect === "mysql" && isRelation(field) && field.dbConstraint;
    if (indexed && !field.unique && !field.primaryKey && !fkIndexedByMysql) out.push(`CREATE INDEX ${this.q(indexName(table, [column], "", this.dialect))} ON ${this.q(table)} (${this.q(column)})`);
    if (this.dialect === "postgres" && (indexed && !field.primaryKey || field.unique && !field.primaryKey)) {
      const type = this.type(field) ?? "";
      const opclass = type.startsWith("varchar") ? "varchar_pattern_ops" : type === "text" ? "text_pattern_ops" : null;
      if (opclass) out.push(`CREATE INDEX ${this.q(indexName(table, [column], "_like", this.dialect))} ON ${this.q(table)} (${this.q(column)} ${opclass})`);
    }
    return out;
  }
  m2mTable(model, name, field) {
    if (!field.manyToMany || field.through) return null;
    const table = field.dbTable ?? truncateName(`${model.table}_${name}`, this.dialect);
    const targetKey = this.key(field.to ?? "");
    const selfKey = `${model.app}.${model.name}`;
    const selfRef = targetKey === selfKey;
    const from = selfRef ? `from_${model.name}` : model.name;
    const to = selfRef ? `to_${model.name}` : targetKey.split(".")[1];
    const fromField = { ...field, cls: "ForeignKey", manyToMany: false, to: selfKey, toField: null, null: false, unique: false, dbIndex: null, dbColumn: null };
    const toField = { ...fromField, to: field.to };
    const id = this.dialect === "mysql" ? `${this.q("id")} bigint AUTO_INCREMENT NOT NULL PRIMARY KEY` : `${this.q("id")} bigint NOT NULL PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY`;
    const columns = [id, this.columnSql(from, fromField, null) ?? `${this.q(`${from}_id`)} bigint NOT NULL`, this.columnSql(to, toField, null) ?? `${this.q(`${to}_id`)} bigint NOT NULL`];
    const unique = `ALTER TABLE ${this.q(table)} ADD CONSTRAINT ${this.q(indexName(table, [`${from}_id`, `${to}_id`], "_uniq", this.dialect))} UNIQUE (${this.q(`${from}_id`)}, ${this.q(`${to}_id`)})`;
    const deferred = [this.fkSql(table, `${from}_id`, fromField), this.fkSql(table, `${to}_id`, toField), ...this.fieldIndexes(table, from, fromField), ...this.fieldIndexes(table, to, toField)];
    return { table, sql: { now: [`CREATE TABLE ${this.q(table)} (${columns.join(", ")})`, unique], deferred } };
  }
  indexSql(table, model, index, concurrently, unique = false) {
    if (!index.name) return null;
    const columns = index.fields.map((f, i) => {
      const desc = f.startsWith("-");
      const name = desc ? f.slice(1) : f;
      const opclass = index.opclasses[i] ? ` ${index.opclasses[i]}` : "";
      return `${this.q(this.columnOfModel(model, name))}${opclass}${desc ? " DESC" : ""}`;
    });
    if (index.expressions.length > 0 && columns.length === 0) return null;
    const using = index.method ? ` USING ${index.method}` : "";
    const include = index.include.length > 0 ? ` INCLUDE (${index.include.map((f) => this.q(this.columnOfModel(model, f))).join(", ")})` : "";
    let where = "";
    if (index.condition) {
      const condition = qSql(index.condition, (f) => this.columnOfModel(model, f), this.dialect);
      if (condition === null) return null;
      where = ` WHERE ${condition}`;
    }
    if (this.dialect === "mysql") return `CREATE ${unique ? "UNIQUE " : ""}INDEX ${this.q(index.name)} ON ${this.q(table)} (${columns.join(", ")})`;
    return `CREATE ${unique ? "UNIQUE " : ""}INDEX ${concurrently ? "CONCURRENTLY " : ""}${this.q(index.name)} ON ${this.q(table)}${using} (${columns.join(", ")})${include}${where}`;
  }
  dropIndexSql(table, name, concurrently) {
    if (this.dialect === "mysql") return `DROP INDEX ${this.q(name)} ON ${this.q(table)}`;
    return `DROP INDEX ${concurrently ? "CONCURRENTLY " : ""}IF EXISTS ${this.q(name)}`;
  }
  /** A unique constraint with a condition, expressions or INCLUDE is a unique index in Django. */
  constraintIsIndex(c) {
    return c.kind === "unique" && (c.condition !== null || c.expressions.length > 0 || c.include.length > 0);
  }
  constraintSql(table, model, c, notValid) {
    if (!c.name) return null;
    if (c.kind === "check") {
      const check = c.check ? qSql(c.check, (f) => this.columnOfModel(model, f), this.dialect) : null;
      if (check === null) return null;
      return `ALTER TABLE ${this.q(table)} ADD CONSTRAINT ${this.q(c.name)} CHECK (${check})${notValid ? " NOT VALID" : ""}`;
    }
    if (c.kind === "unique") {
      if (this.constraintIsIndex(c)) return this.indexSql(table, model, { name: c.name, fields: c.fields, expressions: c.expressions, condition: c.condition, include: c.include, opclasses: [], method: null }, false, true);
      const nulls = c.nullsDistinct === false ? " NULLS NOT DISTINCT" : "";
      const deferrable = c.deferrable ? ` DEFERRABLE INITIALLY ${c.deferrable}` : "";
      return `ALTER TABLE ${this.q(table)} ADD CONSTRAINT ${this.q(c.name)} UNIQUE${nulls} (${c.fields.map((f) => this.q(this.columnOfModel(model, f))).join(", ")})${deferrable}`;
    }
    return null;
  }
  togetherSql(table, model, set, which, add) {
    const columns = set.map((f) => this.columnOfModel(model, f));
    const name = indexName(table, columns, which === "unique" ? "_uniq" : "_idx", this.dialect);
    if (which === "unique") {
      return add ? `ALTER TABLE ${this.q(table)} ADD CONSTRAINT ${this.q(name)} UNIQUE (${columns.map((c) => this.q(c)).join(", ")})` : `ALTER TABLE ${this.q(table)} DROP ${this.dialect === "mysql" ? "INDEX" : "CONSTRAINT"} ${this.q(name)}`;
    }
    return add ? `CREATE INDEX ${this.q(name)} ON ${this.q(table)} (${columns.map((c) => this.q(c)).join(", ")})` : this.dropIndexSql(table, name, false);
  }
};
function emptyApplied(inverse = []) {
  return { sql: { now: [], deferred: [] }, problems: [], inverse, dml: [], raw: [], untyped: [] };
}
function applyOperation(op, editor, dialect) {
  const out = emptyApplied();
  const needModel = (name) => {
    const model = editor.model(name);
    if (!model) out.problems.push(`the model \`${name}\` is not created by any migration in this repository, so its table is not known`);
    return model;
  };
  const fieldProblems = (field) => {
    for (const p of field.problems) out.problems.push(p);
  };
  switch (op.kind) {
    case "createModel": {
      const key = editor.key(op.name);
      const [app, name] = key.split(".");
      const concrete = op.options.proxy ? editor.concreteBase(op.bases) : null;
      const table = concrete?.table ?? op.options.dbTable ?? truncateName(`${app}_${name}`, dialect);
      const model = { app, name, className: op.className || name, table, explicitTable: op.options.dbTable !== null, fields: new Map(op.fields), options: op.options, ...concrete ? { concreteOf: concrete.key } : {} };
      editor.put(model);
      out.inverse = [{ kind: "deleteModel", name: op.name, loc: op.loc, written: op.written }];
      if (!op.options.managed || op.options.proxy) return out;
      const columns = [];
      for (const [fieldName, field] of op.fields) {
        fieldProblems(field);
        if (field.manyToMany) continue;
        const sql = editor.columnSql(fieldName, field, null);
        if (sql) columns.push(sql);
        else {
          const reason = editor.untypedReason(fieldName, field);
          if (reason) out.problems.push(reason);
          out.untyped.push({ table, column: editor.untypedColumn(fieldName, field, null), added: false, reason: reason ?? field.problems[0] ?? `the column type of \`${fieldName}\` is not known` });
        }
        if (isRelation(field) && field.dbConstraint) out.sql.deferred.push(editor.fkSql(table, editor.column(fieldName, field), field));
        out.sql.deferred.push(...editor.fieldIndexes(table, fieldName, field));
      }
      out.sql.now.push(`CREATE TABLE ${editor.q(table)} (${columns.join(", ")})`);
      for (const set of op.options.uniqueTogether) out.sql.deferred.push(editor.togetherSql(table, model, set, "unique", true));
      for (const set of op.options.indexTogether) out.sql.deferred.push(editor.togetherSql(table, model, set, "index", true));
      for (const index of op.options.indexes) {
        const sql = editor.indexSql(table, model, index, false);
        if (sql) out.sql.deferred.push(sql);
        else out.problems.push(`the index ${index.name ?? ""} has expressions or a condition that cannot be rendered statically`);
      }
      for (const c of op.options.constraints) {
        const sql = editor.constraintSql(table, model, c, false);
        if (sql) out.sql.deferred.push(sql);
        else out.problems.push(`the constraint \`${c.text}\` cannot be rendered statically`);
      }
      for (const [fieldName, field] of op.fields) {
        const m2m = editor.m2mTable(model, fieldName, field);
        if (m2m) {
          out.sql.deferred.push(...m2m.sql.now, ...m2m.sql.deferred);
        }
      }
      return out;
    }
    case "deleteModel": {
      const model = needModel(op.name);
      if (!model) return out;
      editor.drop(`${model.app}.${model.name}`);
      out.inverse = [{ kind: "createModel", name: `${model.app}.${model.name}`, className: model.className, fields: [...model.fields], options: model.options, bases: [], loc: op.loc, written: op.written }];
      if (!model.options.managed || model.options.proxy) return out;
      for (const [fieldName, field] of model.fields) {
        const m2m = editor.m2mTable(model, fieldName, field);
        if (m2m) out.sql.now.push(`DROP TABLE ${editor.q(m2m.table)} CASCADE`);
      }
      out.sql.now.push(`DROP TABLE ${editor.q(model.table)}${dialect === "postgres" ? " CASCADE" : ""}`);
      return out;
    }
    case "renameModel": {
      const model = needModel(op.oldName);
      if (!model) return out;
      const newName = op.newName.toLowerCase();
      const table = model.explicitTable ? model.table : truncateName(`${model.app}_${newName}`, dialect);
      editor.drop(`${model.app}.${model.name}`);
      editor.put({ ...model, name: newName, className: op.newClassName || newName, table });
      out.inverse = [{ ...op, oldName: op.newName, newName: op.oldName, newClassName: model.className }];
      if (table !== model.table) out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} RENAME TO ${editor.q(table)}`);
      return out;
    }
    case "alterModelTable": {
      const model = needModel(op.name);
      if (!model) return out;
      const table = op.table ?? truncateName(`${model.app}_${model.name}`, dialect);
      editor.put({ ...model, table, explicitTable: op.table !== null });
      out.inverse = [{ ...op, table: model.explicitTable ? model.table : null }];
      if (table !== model.table) out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} RENAME TO ${editor.q(table)}`);
      return out;
    }
    case "alterModelOptions": {
      const model = editor.model(op.name);
      if (model && op.managed !== null) editor.put({ ...model, options: { ...model.options, managed: op.managed } });
      return out;
    }
    case "addField": {
      const model = needModel(op.model);
      fieldProblems(op.field);
      out.inverse = [{ kind: "removeField", model: op.model, name: op.name, loc: op.loc, written: op.written }];
      if (!model) return out;
      const stored = op.preserveDefault ? op.field : { ...op.field, default: null };
      editor.put({ ...model, fields: new Map([...model.fields, [op.name, stored]]) });
      if (!model.options.managed) return out;
      const after = editor.model(op.model);
      const m2m = editor.m2mTable(after, op.name, op.field);
      if (m2m) {
        out.sql.now.push(...m2m.sql.now);
        out.sql.deferred.push(...m2m.sql.deferred);
        return out;
      }
      if (op.field.manyToMany) return out;
      const transient = editor.effectiveDefault(op.field);
      let definition = editor.columnSql(op.name, op.field, transient);
      if (!definition) {
        const reason = editor.untypedReason(op.name, op.field);
        if (reason) out.problems.push(reason);
        out.untyped.push({ table: model.table, column: editor.untypedColumn(op.name, op.field, transient), added: true, reason: reason ?? op.field.problems[0] ?? `the column type of \`${op.name}\` is not known` });
        return out;
      }
      const column = editor.column(op.name, op.field);
      const table = model.table;
      let extra = [];
      if (isRelation(op.field) && op.field.dbConstraint) {
        const target = editor.target(op.field);
        const fk = editor.fkName(table, column, target);
        if (dialect === "postgres") {
          definition += ` CONSTRAINT ${editor.q(fk)} REFERENCES ${editor.q(target.table)}(${editor.q(target.column)}) DEFERRABLE INITIALLY DEFERRED`;
          extra = [`SET CONSTRAINTS ${editor.q(fk)} IMMEDIATE`];
        } else {
          definition += `, ADD CONSTRAINT ${editor.q(fk)} FOREIGN KEY (${editor.q(column)}) REFERENCES ${editor.q(target.table)}(${editor.q(target.column)})`;
        }
      }
      out.sql.now.push(`ALTER TABLE ${editor.q(table)} ADD COLUMN ${definition}`, ...extra);
      if (transient !== null) out.sql.now.push(`ALTER TABLE ${editor.q(table)} ALTER COLUMN ${editor.q(column)} DROP DEFAULT`);
      out.sql.deferred.push(...editor.fieldIndexes(table, op.name, op.field));
      return out;
    }
    case "removeField": {
      const model = needModel(op.model);
      if (!model) return out;
      const field = model.fields.get(op.name);
      if (!field) {
        out.problems.push(`the field \`${op.model}.${op.name}\` is not in the model state`);
        return out;
      }
      const fields = new Map(model.fields);
      fields.delete(op.name);
      editor.put({ ...model, fields });
      out.inverse = [{ kind: "addField", model: op.model, name: op.name, field, preserveDefault: true, loc: op.loc, written: op.written }];
      if (!model.options.managed) return out;
      const m2m = editor.m2mTable(model, op.name, field);
      if (m2m) {
        out.sql.now.push(`DROP TABLE ${editor.q(m2m.table)} CASCADE`);
        return out;
      }
      if (field.manyToMany) return out;
      const column = editor.column(op.name, field);
      if (isRelation(field) && field.dbConstraint) {
        const fk = editor.fkName(model.table, column, editor.target(field));
        if (dialect === "postgres") out.sql.now.push(`SET CONSTRAINTS ${editor.q(fk)} IMMEDIATE`);
        out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} DROP ${dialect === "mysql" ? "FOREIGN KEY" : "CONSTRAINT"} ${editor.q(fk)}`);
      }
      out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} DROP COLUMN ${editor.q(column)}${dialect === "postgres" ? " CASCADE" : ""}`);
      return out;
    }
    case "alterField": {
      const model = needModel(op.model);
      fieldProblems(op.field);
      if (!model) return out;
      const old = model.fields.get(op.name);
      const stored = op.preserveDefault ? op.field : { ...op.field, default: null };
      editor.put({ ...model, fields: new Map([...model.fields, [op.name, stored]]) });
      if (!old) {
        out.problems.push(`the field \`${op.model}.${op.name}\` is not in the model state`);
        return out;
      }
      out.inverse = [{ ...op, field: old, preserveDefault: true }];
      if (!model.options.managed || old.manyToMany || op.field.manyToMany) return out;
      alterField(editor, model, op.name, old, op.field, out);
      return out;
    }
    case "renameField": {
      const model = needModel(op.model);
      if (!model) return out;
      const field = model.fields.get(op.oldName);
      out.inverse = [{ ...op, oldName: op.newName, newName: op.oldName }];
      if (!field) return out;
      const fields = /* @__PURE__ */ new Map();
      for (const [n, f] of model.fields) fields.set(n === op.oldName ? op.newName : n, f);
      editor.put({ ...model, fields });
      const before = editor.column(op.oldName, field);
      const after = editor.column(op.newName, field);
      if (before !== after && model.options.managed && !field.manyToMany) out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} RENAME COLUMN ${editor.q(before)} TO ${editor.q(after)}`);
      return out;
    }
    case "addIndex": {
      const model = needModel(op.model);
      out.inverse = [{ kind: "removeIndex", model: op.model, name: op.index.name ?? "", concurrently: op.concurrently, loc: op.loc, written: op.written }];
      if (!model) return out;
      editor.put({ ...model, options: { ...model.options, indexes: [...model.options.indexes, op.index] } });
      const sql = editor.indexSql(model.table, model, op.index, op.concurrently);
      if (sql) out.sql.now.push(sql);
      else out.problems.push(`the index ${op.index.name ?? ""} has expressions or a condition that cannot be rendered statically`);
      return out;
    }
    case "removeIndex": {
      const model = needModel(op.model);
      if (!model) return out;
      const index = model.options.indexes.find((i) => i.name === op.name);
      editor.put({ ...model, options: { ...model.options, indexes: model.options.indexes.filter((i) => i.name !== op.name) } });
      out.inverse = index ? [{ kind: "addIndex", model: op.model, index, concurrently: op.concurrently, loc: op.loc, written: op.written }] : { irreversible: `the index ${op.name} is not in the model state` };
      out.sql.now.push(editor.dropIndexSql(model.table, op.name, op.concurrently));
      return out;
    }
    case "renameIndex": {
      const model = needModel(op.model);
      if (!model) return out;
      const oldName = op.oldName ?? (op.oldFields ? indexName(model.table, op.oldFields.map((f) => editor.columnOfModel(model, f)), "_idx", dialect) : null);
      if (!oldName) return out;
      editor.put({ ...model, options: { ...model.options, indexes: model.options.indexes.map((i) => i.name === oldName ? { ...i, name: op.newName } : i) } });
      out.inverse = [{ ...op, newName: oldName, oldName: op.newName, oldFields: null }];
      out.sql.now.push(dialect === "mysql" ? `ALTER TABLE ${editor.q(model.table)} RENAME INDEX ${editor.q(oldName)} TO ${editor.q(op.newName)}` : `ALTER INDEX ${editor.q(oldName)} RENAME TO ${editor.q(op.newName)}`);
      return out;
    }
    case "addConstraint": {
      const model = needModel(op.model);
      out.inverse = [{ kind: "removeConstraint", model: op.model, name: op.constraint.name ?? "", loc: op.loc, written: op.written }];
      if (!model) return out;
      editor.put({ ...model, options: { ...model.options, constraints: [...model.options.constraints, op.constraint] } });
      const sql = editor.constraintSql(model.table, model, op.constraint, op.notValid);
      if (sql) out.sql.now.push(sql);
      else out.problems.push(`the constraint \`${op.constraint.text}\` cannot be rendered statically`);
      return out;
    }
    case "removeConstraint": {
      const model = needModel(op.model);
      if (!model) return out;
      const constraint = model.options.constraints.find((c) => c.name === op.name);
      editor.put({ ...model, options: { ...model.options, constraints: model.options.constraints.filter((c) => c.name !== op.name) } });
      out.inverse = constraint ? [{ kind: "addConstraint", model: op.model, constraint, notValid: false, loc: op.loc, written: op.written }] : { irreversible: `the constraint ${op.name} is not in the model state` };
      if (constraint && editor.constraintIsIndex(constraint)) out.sql.now.push(editor.dropIndexSql(model.table, op.name, false));
      else out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} DROP ${dialect === "mysql" ? constraint?.kind === "unique" ? "INDEX" : "CHECK" : "CONSTRAINT"} ${editor.q(op.name)}`);
      return out;
    }
    case "validateConstraint": {
      const model = needModel(op.model);
      if (model) out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} VALIDATE CONSTRAINT ${editor.q(op.name)}`);
      return out;
    }
    case "alterTogether": {
      const model = needModel(op.name);
      if (!model) return out;
      const key = op.which === "unique" ? "uniqueTogether" : "indexTogether";
      const before = model.options[key];
      const id = (s) => s.join("\0");
      const now = new Set(op.sets.map(id));
      const was = new Set(before.map(id));
      editor.put({ ...model, options: { ...model.options, [key]: op.sets } });
      out.inverse = [{ ...op, sets: before }];
      for (const set of before) if (!now.has(id(set))) out.sql.now.push(editor.togetherSql(model.table, model, set, op.which, false));
      for (const set of op.sets) if (!was.has(id(set))) out.sql.now.push(editor.togetherSql(model.table, model, set, op.which, true));
      return out;
    }
    case "alterOrderWithRespectTo": {
      const model = needModel(op.name);
      if (!model) return out;
      out.inverse = [{ ...op, field: model.options.orderWithRespectTo }];
      editor.put({ ...model, options: { ...model.options, orderWithRespectTo: op.field } });
      if (op.field && !model.options.orderWithRespectTo) {
        out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} ADD COLUMN ${editor.q("_order")} integer DEFAULT 0 NOT NULL`, `ALTER TABLE ${editor.q(model.table)} ALTER COLUMN ${editor.q("_order")} DROP DEFAULT`);
      } else if (!op.field && model.options.orderWithRespectTo) {
        out.sql.now.push(`ALTER TABLE ${editor.q(model.table)} DROP COLUMN ${editor.q("_order")}${dialect === "postgres" ? " CASCADE" : ""}`);
      }
      return out;
    }
    case "runSql": {
      out.raw = op.up;
      for (const s of op.stateOperations) applyOperation(s, editor, dialect);
      out.inverse = op.down === null ? { irreversible: "RunSQL has no reverse_sql" } : [{ kind: "runSql", up: op.down, down: op.up, stateOperations: [], loc: op.loc, written: op.written }];
      return out;
    }
    case "runPython": {
      applyEffect(op.forward, editor, out);
      if (op.reverse === null) out.inverse = { irreversible: "RunPython has no reverse_code" };
      else if (op.reverse === "noop") out.inverse = [];
      else out.inverse = [{ kind: "runPython", forward: op.reverse, reverse: op.forward, atomic: op.atomic, loc: op.loc, written: op.written }];
      return out;
    }
    case "separate": {
      const saved = editor.models;
      const inverse = [];
      let irreversible = null;
      for (const d of op.database) {
        const applied = applyOperation(d, editor, dialect);
        out.sql.now.push(...applied.sql.now);
        out.sql.deferred.push(...applied.sql.deferred);
        out.problems.push(...applied.problems);
        out.raw.push(...applied.raw);
        out.dml.push(...applied.dml);
        out.untyped.push(...applied.untyped);
        if ("irreversible" in applied.inverse) irreversible ??= applied.inverse.irreversible;
        else inverse.unshift(...applied.inverse);
      }
      out.downFrom = editor.models;
      if (op.state.length > 0) {
        editor.state = saved;
        for (const s of op.state) applyOperation(s, editor, dialect);
      }
      out.inverse = irreversible ? { irreversible } : [{ kind: "separate", database: inverse, state: [], loc: op.loc, written: op.written }];
      return out;
    }
    case "rawDdl":
      out.sql.now.push(op.up);
      out.inverse = op.down ? [{ ...op, up: op.down, down: op.up }] : { irreversible: `${op.written} cannot be reversed` };
      return out;
    case "unknown":
      out.problems.push(op.why);
      out.inverse = { irreversible: op.why };
      return out;
  }
}
function applyEffect(effect, editor, out) {
  if (effect.opaque) out.problems.push(`RunPython: ${effect.opaque}; its data changes are not known`);
  for (const w of effect.writes) out.dml.push({ action: w.action, table: editor.tableOf(editor.key(w.model)), hasWhere: w.hasWhere, ...w.loc ? { loc: w.loc } : {} });
  out.sql.now.push(...effect.sql);
}
function alterField(editor, model, name, old, next, out) {
  const table = model.table;
  const q = (s) => editor.q(s);
  const dialect = editor.dialect;
  const oldColumn = editor.column(name, old);
  const column = editor.column(name, next);
  const oldType = editor.type(old);
  const newType = editor.type(next);
  if (oldType === null || newType === null) {
    const reason = editor.untypedReason(name, oldType === null ? old : next);
    if (reason) out.problems.push(reason);
    return;
  }
  const oldFk = isRelation(old) && old.dbConstraint;
  const newFk = isRelation(next) && next.dbConstraint;
  const fkChanged = oldFk && (!newFk || editor.key(old.to ?? "") !== editor.key(next.to ?? "") || oldType !== newType);
  if (fkChanged) {
    const fk = editor.fkName(table, oldColumn, editor.target(old));
    if (dialect === "postgres") out.sql.now.push(`SET CONSTRAINTS ${q(fk)} IMMEDIATE`);
    out.sql.now.push(`ALTER TABLE ${q(table)} DROP ${dialect === "mysql" ? "FOREIGN KEY" : "CONSTRAINT"} ${q(fk)}`);
  }
  if (old.unique && !next.unique && !old.primaryKey) out.sql.now.push(`ALTER TABLE ${q(table)} DROP ${dialect === "mysql" ? "INDEX" : "CONSTRAINT"} ${q(indexName(table, [oldColumn], "_uniq", dialect))}`);
  const oldIndexed = (old.dbIndex ?? (isRelation(old) || old.cls === "SlugField")) && !old.unique;
  const newIndexed = (next.dbIndex ?? (isRelation(next) || next.cls === "SlugField")) && !next.unique;
  const oldLike = dialect === "postgres" && (oldType.startsWith("varchar") || oldType === "text") ? indexName(table, [oldColumn], "_like", dialect) : null;
  if (oldIndexed && !newIndexed) {
    out.sql.now.push(editor.dropIndexSql(table, indexName(table, [oldColumn], "", dialect), false));
    if (oldLike) out.sql.now.push(editor.dropIndexSql(table, oldLike, false));
  }
  if (oldColumn !== column) out.sql.now.push(`ALTER TABLE ${q(table)} RENAME COLUMN ${q(oldColumn)} TO ${q(column)}`);
  const collate = next.collation ? ` COLLATE ${q(next.collation)}` : "";
  if (oldType !== newType) {
    if (dialect === "mysql") {
      out.sql.now.push(`ALTER TABLE ${q(table)} MODIFY ${q(column)} ${newType}${collate} ${next.null ? "NULL" : "NOT NULL"}`);
    } else {
      const baseOld = typeBase(oldType);
      const baseNew = typeBase(newType);
      const using = baseOld !== baseNew ? ` USING ${q(column)}::${newType}` : "";
      out.sql.now.push(`ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} TYPE ${newType}${collate}${using}`);
    }
  } else if ((old.collation ?? null) !== (next.collation ?? null)) {
    out.sql.now.push(dialect === "mysql" ? `ALTER TABLE ${q(table)} MODIFY ${q(column)} ${newType}${collate} ${next.null ? "NULL" : "NOT NULL"}` : `ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} TYPE ${newType}${collate}`);
  }
  const oldDbDefault = old.dbDefault ? defaultSql(old.dbDefault, oldType, dialect).sql : null;
  const newDbDefault = next.dbDefault ? defaultSql(next.dbDefault, newType, dialect).sql : null;
  if (oldDbDefault !== newDbDefault) {
    out.sql.now.push(newDbDefault === null ? `ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} DROP DEFAULT` : `ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} SET DEFAULT ${newDbDefault}`);
  }
  if (old.null !== next.null && !(dialect === "mysql" && oldType !== newType)) {
    if (next.null) out.sql.now.push(dialect === "mysql" ? `ALTER TABLE ${q(table)} MODIFY ${q(column)} ${newType} NULL` : `ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} DROP NOT NULL`);
    else {
      const transient = newDbDefault === null ? editor.effectiveDefault(next) : null;
      if (transient !== null && dialect === "postgres") {
        out.sql.now.push(`ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} SET DEFAULT ${transient}`, `UPDATE ${q(table)} SET ${q(column)} = ${transient} WHERE ${q(column)} IS NULL`, "SET CONSTRAINTS ALL IMMEDIATE");
      }
      out.sql.now.push(dialect === "mysql" ? `ALTER TABLE ${q(table)} MODIFY ${q(column)} ${newType} NOT NULL` : `ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} SET NOT NULL`);
      if (transient !== null && dialect === "postgres") out.sql.now.push(`ALTER TABLE ${q(table)} ALTER COLUMN ${q(column)} DROP DEFAULT`);
    }
  }
  if (!old.unique && next.unique && !next.primaryKey) out.sql.now.push(`ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(indexName(table, [column], "_uniq", dialect))} UNIQUE (${q(column)})`);
  if (!oldIndexed && newIndexed) out.sql.now.push(...editor.fieldIndexes(table, name, next).filter((s) => !s.includes('_like"') || !old.unique));
  else if (!old.unique && next.unique && dialect === "postgres") out.sql.now.push(...editor.fieldIndexes(table, name, next).filter((s) => s.includes("_like")));
  if (newFk && (fkChanged || !oldFk)) out.sql.now.push(editor.fkSql(table, column, next));
  const newIndexedAtAll = (next.dbIndex ?? (isRelation(next) || next.cls === "SlugField")) || next.unique;
  if (oldLike && old.unique && !old.primaryKey && !newIndexedAtAll) out.sql.now.push(editor.dropIndexSql(table, oldLike, false));
}
function findUserModel(files) {
  for (const f of files) {
    for (const op of f.operations) {
      if (op.kind === "createModel" && op.options.swappable !== "AUTH_USER_MODEL" && op.fields.some(([n]) => n === "password") && op.fields.some(([n]) => n === "last_login")) {
        return `${f.app}.${op.name}`;
      }
    }
  }
  return "auth.user";
}
async function lowerDjangoProject(migrations, options = {}) {
  const nodes = /* @__PURE__ */ new Map();
  migrations.forEach((m, index) => {
    const file = djangoOf(m);
    if (file) nodes.set(`${file.app}.${file.name}`, { migration: m, file, key: `${file.app}.${file.name}`, parents: /* @__PURE__ */ new Set(), index });
  });
  const files = [...nodes.values()].map((n) => n.file);
  const userModel = options.userModel ?? findUserModel(files);
  const userApp = userModel.split(".")[0];
  const replacedBy = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Set();
  for (const node of nodes.values()) {
    if (node.file.replaces.length === 0) continue;
    const keys = node.file.replaces.map((r) => `${r.app}.${r.name}`);
    if (keys.every((k) => nodes.has(k))) skipped.add(node.key);
    else for (const k of keys) replacedBy.set(k, node.key);
  }
  for (const k of replacedBy.keys()) nodes.delete(k);
  const byApp = /* @__PURE__ */ new Map();
  for (const node of nodes.values()) {
    const list = byApp.get(node.file.app) ?? [];
    list.push(node);
    byApp.set(node.file.app, list);
  }
  const resolve = (app, name) => {
    const realApp = app === "__user__" ? userApp : app;
    const inApp = byApp.get(realApp);
    if (!inApp) return null;
    if (name === "__first__") return [...inApp].sort((a, b) => a.file.name < b.file.name ? -1 : 1)[0].key;
    if (name === "__latest__") return [...inApp].sort((a, b) => a.file.name < b.file.name ? 1 : -1)[0].key;
    const key = `${realApp}.${name}`;
    return nodes.has(key) ? key : replacedBy.get(key) ?? null;
  };
  const problems = /* @__PURE__ */ new Map();
  for (const node of nodes.values()) {
    for (const d of node.file.dependencies) {
      const parent = resolve(d.app, d.name);
      if (parent && parent !== node.key) node.parents.add(parent);
      else if (!parent && byApp.has(d.app === "__user__" ? userApp : d.app)) {
        const list = problems.get(node.key) ?? [];
        list.push({ kind: "unparsed", reason: "parse", message: `the dependency ('${d.app}', '${d.name}') names a migration that does not exist in this repository`, loc: node.file.dependenciesLoc });
        problems.set(node.key, list);
      }
    }
    for (const r of node.file.runBefore) {
      const child = resolve(r.app, r.name);
      if (child && child !== node.key) nodes.get(child).parents.add(node.key);
    }
  }
  const children = /* @__PURE__ */ new Map();
  const pending = /* @__PURE__ */ new Map();
  for (const node of nodes.values()) {
    pending.set(node.key, node.parents.size);
    for (const p of node.parents) children.set(p, [...children.get(p) ?? [], node.key]);
  }
  const ready = [...nodes.values()].filter((n) => n.parents.size === 0).sort((a, b) => a.index - b.index);
  const ordered = [];
  while (ready.length > 0) {
    const node = ready.shift();
    ordered.push(node);
    for (const c of children.get(node.key) ?? []) {
      const left = pending.get(c) - 1;
      pending.set(c, left);
      if (left === 0) {
        const child = nodes.get(c);
        const at = ready.findIndex((r) => r.index > child.index);
        ready.splice(at < 0 ? ready.length : at, 0, child);
      }
    }
  }
  for (const node of nodes.values()) {
    if (ordered.includes(node)) continue;
    const list = problems.get(node.key) ?? [];
    list.push({ kind: "unparsed", reason: "parse", message: `the migration ${node.key} is part of a dependency cycle; Django refuses to run it`, loc: node.file.dependenciesLoc });
    problems.set(node.key, list);
    ordered.push(node);
  }
  const leaves = /* @__PURE__ */ new Map();
  for (const node of ordered) {
    const hasChildInApp = (children.get(node.key) ?? []).some((c) => nodes.get(c)?.file.app === node.file.app);
    if (!hasChildInApp) leaves.set(node.file.app, [...leaves.get(node.file.app) ?? [], node.key]);
  }
  let state = /* @__PURE__ */ new Map();
  for (const node of ordered) {
    const m = node.migration;
    m.graph = { node: node.key, parents: [...node.parents], group: node.file.app, leaves: leaves.get(node.file.app) ?? [] };
    const prefix = [...node.file.problems, ...problems.get(node.key) ?? []];
    if (skipped.has(node.key)) {
      m.up = prefix;
      continue;
    }
    const editor = new Editor(state, m.dialect, node.file.app, userModel);
    const up = [...prefix];
    const deferred = [];
    const inverses = [];
    const snapshots = [];
    for (const op of node.file.operations) {
      const applied = applyOperation(op, editor, m.dialect);
      snapshots.push(applied.downFrom ?? editor.models);
      inverses.push({ op, inverse: applied.inverse });
      up.push(...ownTransaction(op, node.file.atomic, await lowerApplied(applied, op, m.dialect)));
      for (const sql of applied.sql.deferred) deferred.push({ sql, op });
    }
    for (const d of deferred) up.push(...markDeferred(await lowerStatements([d.sql], d.op, m.dialect)));
    const models = ormModels(state, editor.models, m.file);
    if (models.length > 0) m.ormModels = models;
    state = editor.models;
    m.up = up;
    m.transactional = node.file.atomic;
    if (node.file.replaces.length > 0) m.freshDatabaseOnly = `it squashes ${node.file.replaces.length} migration${node.file.replaces.length === 1 ? "" : "s"} no longer in the repository, so it runs only on a new database`;
    if (!m.isNew) {
      m.down = [];
      continue;
    }
    const down = [];
    for (let i = inverses.length - 1; i >= 0; i--) {
      const { op, inverse } = inverses[i];
      if (op.kind === "runPython" && op.reverse === "noop") {
        down.push({ kind: "other", statement: "RunPython.noop", object: null, sendsNothing: true, loc: op.loc });
        continue;
      }
      if ("irreversible" in inverse) {
        m.downIrreversible = { loc: op.loc, reason: `${op.written} cannot be reversed: ${inverse.irreversible}` };
        break;
      }
      const downEditor = new Editor(snapshots[i], m.dialect, node.file.app, userModel);
      const late = [];
      for (const inv of inverse) {
        const applied = applyOperation(inv, downEditor, m.dialect);
        down.push(...ownTransaction(inv, node.file.atomic, await lowerApplied(applied, op, m.dialect)));
        late.push(...applied.sql.deferred);
      }
      down.push(...markDeferred(await lowerStatements(late, op, m.dialect)));
    }
    m.down = m.downIrreversible ? [] : down;
  }
  return ordered.map((n) => n.migration).concat(migrations.filter((m) => !djangoOf(m) || !nodes.has(`${djangoOf(m).app}.${djangoOf(m).name}`) && !replacedBy.has(`${djangoOf(m).app}.${djangoOf(m).name}`)));
}
function ormModels(before, after, file) {
  const app = file.split("/").slice(0, -2).join("/");
  const out = [];
  for (const [key, model] of after) {
    const was = before.get(key);
    if (was && was.table === model.table && was.className === model.className) continue;
    if (!model.options.managed || model.options.proxy) continue;
    out.push({ table: model.table, name: model.className, module: app ? `${app}/models` : "models" });
  }
  return out;
}
var deferredOps = /* @__PURE__ */ new WeakSet();
function markDeferred(ops) {
  for (const op of ops) deferredOps.add(op);
  return ops;
}
function isDeferredSql(op) {
  return deferredOps.has(op);
}
function ownTransaction(op, migrationAtomic, ops) {
  if (op.kind !== "runPython" || op.atomic !== true || migrationAtomic) return ops;
  const said = ops.filter((o) => o.kind === "unparsed");
  const run = ops.filter((o) => o.kind !== "unparsed");
  if (run.length === 0) return ops;
  const runner = {
    opens: `${op.written}(..., atomic=True) runs its code in a transaction of its own (the migration has atomic = False)`,
    outside: `Remove atomic=True from this ${op.written}, or send the statement from an operation of its own without it (migrations.RunSQL(...) in this non-atomic migration).`
  };
  return [...said, { kind: "transaction", action: "begin", runner, loc: { ...op.loc } }, ...run, { kind: "transaction", action: "commit", runner, loc: { ...op.loc } }];
}
async function lowerApplied(applied, op, dialect) {
  const out = [];
  for (const p of applied.problems) out.push({ kind: "unparsed", reason: "dynamic", message: p, loc: op.loc });
  out.push(...await lowerStatements(applied.sql.now, op, dialect));
  out.push(...applied.raw);
  for (const w of applied.dml) out.push({ kind: "dml", action: w.action, table: w.table, hasWhere: w.hasWhere, loc: { ...w.loc ?? op.loc } });
  for (const u of applied.untyped) {
    const created = u.added ? void 0 : out.find((o) => o.kind === "createTable" && o.table.toLowerCase() === u.table.toLowerCase());
    if (created) {
      if (!created.columns.some((c) => c.name === u.column.name)) created.columns.push(u.column);
    } else {
      out.push({ kind: "addColumn", table: u.table, column: u.column, ifNotExists: false, loc: { ...op.loc }, unrenderable: u.reason });
    }
  }
  return out;
}
async function lowerStatements(statements, op, dialect) {
  const out = [];
  for (const sql of statements) {
    let ops;
    try {
      ops = await lowerAtCall(dialect, sql, op.loc);
    } catch (error) {
      ops = [{ kind: "unparsed", reason: "parse", message: `internal: the SQL rendered for ${op.written} did not parse: ${error.message}`, loc: { ...op.loc } }];
    }
    out.push(...ops);
  }
  return out;
}
function typeBase(type) {
  const lastLine = Math.max(type.lastIndexOf("\n"), type.lastIndexOf("\r"), type.lastIndexOf("\u2028"), type.lastIndexOf("\u2029")) + 1;
  const paren = type.indexOf("(", lastLine);
  return paren < 0 ? type : type.slice(0, paren);
}

export {
  lowerDjangoProject,
  isDeferredSql
};
