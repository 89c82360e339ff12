import type { ColumnSpec, ConstraintSpec, DefaultExpr, SqlType } from '../../../ir.js';
import { mysqlIdentifier, mysqlTableName } from '../../names.js';
import type { TokenCursor } from './tokens.js';
import { isVolatileSqlText } from '../../../schema/volatility.js';

/** Integer types whose `(n)` is only a display width (deprecated since MySQL 8.0.17), not part of the type. */
const INTEGER_TYPES = new Set(['tinyint', 'smallint', 'mediumint', 'int', 'bigint']);
const TYPE_ALIASES: Record<string, string> = {
  integer: 'int',
  int4: 'int',
  int8: 'bigint',
  int1: 'tinyint',
  int2: 'smallint',
  int3: 'mediumint',
  middleint: 'mediumint',
  numeric: 'decimal',
  dec: 'decimal',
  fixed: 'decimal',
  real: 'double',
  float8: 'double',
  float4: 'float',
  nvarchar: 'varchar',
  nchar: 'char',
  character: 'char',
};
/** Types that hold text and so have a character set. */
const CHARACTER_TYPES = new Set(['char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'enum', 'set']);

/** Character set implied by a collation name (`utf8mb4_0900_ai_ci` → `utf8mb4`). */
export function charsetOfCollation(collation: string): string {
  return collation.toLowerCase().split('_')[0] ?? collation.toLowerCase();
}

/**
 * Parses a data type at the cursor: lower-case canonical MySQL name, numeric arguments
 * (`varchar(50)` → [50], `decimal(10,2)` → [10, 2]); integer display widths are dropped except
 * `tinyint(1)`, the boolean convention. `bool`/`boolean` → `tinyint(1)`; `unsigned` is part of the name.
 */
export function parseDataType(cur: TokenCursor): SqlType | null {
  const startIndex = cur.pos;
  const first = cur.peek();
  if (!first || first.kind !== 'word') return null;
  cur.next();
  let name = first.raw.toLowerCase();
  // Multi-word spellings.
  if (name === 'double' && cur.acceptWord('PRECISION')) name = 'double';
  else if ((name === 'character' || name === 'char') && cur.acceptWord('VARYING')) name = 'varchar';
  else if (name === 'national') {
    const next = cur.acceptAnyWord('CHAR', 'CHARACTER', 'VARCHAR');
    name = next === 'VARCHAR' || cur.acceptWord('VARYING') ? 'varchar' : 'char';
  } else if (name === 'long' && cur.acceptWord('VARCHAR')) name = 'mediumtext';
  else if (name === 'long' && cur.acceptWord('VARBINARY')) name = 'mediumblob';
  name = TYPE_ALIASES[name] ?? name;

  let args: number[] = [];
  if (name === 'bool' || name === 'boolean') {
    name = 'tinyint';
    args = [1];
  } else if (name === 'serial') {
    name = 'bigint unsigned';
  } else if (cur.isPunct('(')) {
    const inner = cur.skipParens();
    if (name !== 'enum' && name !== 'set') {
      args = inner
        .split(',')
        .map((part) => Number(part.trim()))
        .filter((n) => Number.isFinite(n));
    }
  }
  if (INTEGER_TYPES.has(name) && !(name === 'tinyint' && args.length === 1 && args[0] === 1)) args = [];

  let charset: string | null = null;
  // Type attributes that belong to the type itself (a change of any of them changes the stored data).
  for (;;) {
    if (cur.acceptWord('UNSIGNED')) {
      if (!name.endsWith(' unsigned')) name += ' unsigned';
    } else if (cur.acceptWord('SIGNED') || cur.acceptWord('ZEROFILL')) {
      continue;
    } else if (cur.acceptWord('CHARACTER', 'SET') || cur.acceptWord('CHARSET')) {
      charset = cur.identifier()?.replace(/`/g, '').toLowerCase() ?? null;
    } else if (cur.isWord('COLLATE')) {
      cur.next();
      const collation = cur.identifier()?.replace(/`/g, '') ?? '';
      charset ??= charsetOfCollation(collation);
    } else if (cur.isWord('BINARY') && CHARACTER_TYPES.has(name)) {
      cur.next();
    } else if (cur.isWord('ASCII') && CHARACTER_TYPES.has(name)) {
      cur.next();
      charset = 'latin1';
    } else break;
  }
  const type: SqlType = { name, args, array: false, text: cur.sourceFrom(startIndex) };
  if (charset) type.charset = charset;
  return type;
}

function defaultExpr(sql: string): DefaultExpr {
  // MySQL ≥ 8.0.13 allows expression defaults; the same function list as every other front end.
  return { sql, volatile: isVolatileSqlText(sql) };
}

/** Reads a DEFAULT value at the cursor (after the DEFAULT keyword). */
function parseDefaultValue(cur: TokenCursor): DefaultExpr {
  const from = cur.pos;
  if (cur.isPunct('(')) {
    cur.skipParens();
    return defaultExpr(cur.sourceFrom(from));
  }
  if (cur.isPunct('-') || cur.isPunct('+')) cur.next();
  const t = cur.next();
  // CURRENT_TIMESTAMP(6), NOW(), b'0101', _utf8mb4'x', x'ff'
  if (t && t.kind === 'word' && cur.isPunct('(')) cur.skipParens();
  else if (t && t.kind === 'word' && cur.peek()?.kind === 'string' && cur.peek()?.offset === t.offset + t.raw.length) cur.next();
  return defaultExpr(cur.sourceFrom(from));
}

/**
 * Parses a column definition (`name type attributes...`) at the cursor, up to the next top-level
 * comma or closing parenthesis. `tableCharset` fills the charset of character columns that name none.
 */
export function parseColumnDefinition(cur: TokenCursor, tableCharset: string | null = null): ColumnSpec | null {
  const rawName = cur.identifier();
  if (rawName === null) return null;
  const type = parseDataType(cur);
  // A column without a type is not a column definition (broken or unknown syntax).
  if (type === null) return null;
  const column: ColumnSpec = { name: mysqlIdentifier(rawName), type, notNull: false, default: null };
  if (type?.name === 'bigint unsigned' && /^serial\b/i.test(type.text)) {
    // SERIAL = BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE.
    column.identity = true;
    column.notNull = true;
    column.unique = true;
  }
  // FIRST / AFTER belong to the ALTER action, not to the column: stop there.
  while (!cur.done && !cur.isPunct(',') && !cur.isPunct(')') && !cur.isWord('FIRST') && !cur.isWord('AFTER')) {
    if (cur.acceptWord('NOT', 'NULL')) column.notNull = true;
    else if (cur.acceptWord('NULL')) column.notNull = false;
    else if (cur.acceptWord('DEFAULT')) {
      if (cur.acceptWord('NULL')) column.default = null;
      else column.default = parseDefaultValue(cur);
    } else if (cur.acceptWord('AUTO_INCREMENT') || cur.acceptWord('SERIAL', 'DEFAULT', 'VALUE')) {
      column.identity = true;
    } else if (cur.acceptWord('PRIMARY', 'KEY') || cur.acceptWord('KEY')) {
      column.primaryKey = true;
    } else if (cur.acceptWord('UNIQUE')) {
      cur.acceptAnyWord('KEY', 'INDEX');
      column.unique = true;
    } else if (cur.acceptWord('COMMENT')) {
      const t = cur.next();
      column.comment = t?.kind === 'string' ? t.value : null;
    } else if (cur.isWord('GENERATED') || cur.isWord('AS')) {
      cur.acceptWord('GENERATED', 'ALWAYS');
      cur.acceptWord('AS');
      if (cur.isPunct('(')) cur.skipParens();
      // VIRTUAL is the default; STORED (MariaDB: PERSISTENT) materialises every row.
      const storage = cur.acceptAnyWord('VIRTUAL', 'STORED', 'PERSISTENT');
      if (storage === 'STORED' || storage === 'PERSISTENT') column.generatedStored = true;
    } else if (cur.acceptWord('REFERENCES')) {
      const table = cur.qualifiedIdentifier();
      const columns = cur.isPunct('(') ? splitNameList(cur.skipParens()) : [];
      if (table) column.references = { table: mysqlTableName(table), columns };
    } else if (cur.acceptWord('CHECK') || cur.isWord('CONSTRAINT')) {
      if (cur.acceptWord('CONSTRAINT')) {
        if (!cur.isWord('CHECK')) cur.identifier();
        cur.acceptWord('CHECK');
      }
      if (cur.isPunct('(')) cur.skipParens();
    } else if (cur.isPunct('(')) {
      cur.skipParens();
    } else {
      // ON UPDATE CURRENT_TIMESTAMP, COLLATE after NOT NULL, COLUMN_FORMAT, STORAGE, INVISIBLE, SRID...
      const t = cur.next();
      if (t?.kind === 'word' && (t.value === 'COLLATE' || t.value === 'CHARSET') && type) {
        const collation = cur.identifier()?.replace(/`/g, '') ?? '';
        type.charset ??= t.value === 'COLLATE' ? charsetOfCollation(collation) : collation.toLowerCase();
      }
    }
  }
  if (type && CHARACTER_TYPES.has(type.name) && !type.charset && tableCharset) type.charset = tableCharset;
  if (column.primaryKey) column.notNull = true;
  return column;
}

/** Splits `a, b(10), `c` DESC` into folded column names (prefix lengths and ordering dropped). */
export function splitNameList(inner: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of inner) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else current += ch;
  }
  names.push(current);
  return names
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      // Functional key parts `((lower(email)))` keep their text.
      if (part.startsWith('(')) return part;
      const match = /^(`(?:[^`]|``)*`|"[^"]*"|[^\s(]+)/.exec(part);
      return mysqlIdentifier(match?.[1] ?? part);
    });
}

export interface IndexDefinition {
  name: string | null;
  columns: string[];
  unique: boolean;
  /** `fulltext` / `spatial`, or the USING method (`btree`, `hash`), else null. */
  method: string | null;
}

/**
 * Parses an index or constraint definition at the cursor, as in CREATE TABLE bodies and
 * ALTER TABLE ... ADD: `[CONSTRAINT [sym]] PRIMARY KEY | UNIQUE | FOREIGN KEY | CHECK ...` or
 * `{INDEX|KEY|FULLTEXT|SPATIAL} [name] (cols)`. Returns null when the cursor is at a column.
 */
export function parseIndexOrConstraint(cur: TokenCursor): { index: IndexDefinition } | { constraint: ConstraintSpec } | null {
  const start = cur.pos;
  let constraintName: string | null = null;
  if (cur.acceptWord('CONSTRAINT')) {
    if (!cur.isWord('PRIMARY') && !cur.isWord('UNIQUE') && !cur.isWord('FOREIGN') && !cur.isWord('CHECK')) {
      const raw = cur.identifier();
      constraintName = raw === null ? null : mysqlIdentifier(raw);
    }
  }
  const readName = (): string | null => {
    // MariaDB: ADD INDEX IF NOT EXISTS name (...)
    cur.acceptWord('IF', 'NOT', 'EXISTS');
    if (cur.isPunct('(') || cur.isWord('USING')) return null;
    const raw = cur.identifier();
    return raw === null ? null : mysqlIdentifier(raw);
  };
  const readColumns = (): { columns: string[]; method: string | null } => {
    let method: string | null = null;
    if (cur.acceptWord('USING')) method = cur.next()?.raw.toLowerCase() ?? null;
    const columns = cur.isPunct('(') ? splitNameList(cur.skipParens()) : [];
    if (cur.acceptWord('USING')) method = cur.next()?.raw.toLowerCase() ?? null;
    return { columns, method };
  };
  const skipOptions = () => {
    while (!cur.done && !cur.isPunct(',') && !cur.isPunct(')')) {
      if (cur.isPunct('(')) cur.skipParens();
      else cur.next();
    }
  };

  if (cur.acceptWord('PRIMARY', 'KEY')) {
    readName();
    const { columns } = readColumns();
    skipOptions();
    // MySQL always names the primary key PRIMARY (a CONSTRAINT symbol is ignored); DROP PRIMARY KEY finds it by that name.
    return { constraint: { name: 'PRIMARY', kind: 'primaryKey', columns, notValid: false, usingIndex: null } };
  }
  if (cur.acceptWord('UNIQUE')) {
    cur.acceptAnyWord('INDEX', 'KEY');
    const indexName = readName() ?? constraintName;
    const { columns } = readColumns();
    skipOptions();
    return { constraint: { name: indexName, kind: 'unique', columns, notValid: false, usingIndex: null } };
  }
  if (cur.acceptWord('FOREIGN', 'KEY')) {
    const indexName = readName();
    const { columns } = readColumns();
    let references: { table: string; columns: string[] } | null = null;
    if (cur.acceptWord('REFERENCES')) {
      const table = cur.qualifiedIdentifier();
      const refColumns = cur.isPunct('(') ? splitNameList(cur.skipParens()) : [];
      if (table) references = { table: mysqlTableName(table), columns: refColumns };
    }
    skipOptions();
    return { constraint: { name: constraintName ?? indexName, kind: 'foreignKey', columns, notValid: false, usingIndex: null, references } };
  }
  if (cur.acceptWord('CHECK')) {
    const expression = cur.isPunct('(') ? cur.skipParens().trim().toLowerCase() : null;
    skipOptions();
    return { constraint: { name: constraintName, kind: 'check', columns: [], notValid: false, usingIndex: null, expression } };
  }
  if (constraintName !== null || cur.pos !== start) {
    // CONSTRAINT name followed by something unknown.
    cur.pos = start;
    return null;
  }
  const kind = cur.acceptAnyWord('FULLTEXT', 'SPATIAL');
  if (kind) cur.acceptAnyWord('INDEX', 'KEY');
  else if (!cur.acceptAnyWord('INDEX', 'KEY')) return null;
  const name = readName();
  const { columns, method } = readColumns();
  skipOptions();
  return { index: { name, columns, unique: false, method: kind ? kind.toLowerCase() : method } };
}
