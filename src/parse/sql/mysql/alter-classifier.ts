import type { ColumnSpec, ConstraintSpec, OnlineDdl, Op } from '../../../ir.js';
import { mysqlIdentifier, mysqlTableName } from '../../names.js';
import { parseColumnDefinition, parseIndexOrConstraint, type IndexDefinition } from './definitions.js';
import { TokenCursor, tokenize, type Token } from './tokens.js';

type WithoutLoc<T> = T extends Op ? Omit<T, 'loc'> : never;
/** An IR op before the lowering gives it a location. */
export type OpDraft = WithoutLoc<Op>;

export interface ClassifiedAlter {
  table: string;
  /** The ALTER's own ALGORITHM=/LOCK= clauses (empty when absent); shared by every op of the statement. */
  online: OnlineDdl;
  ops: OpDraft[];
  /** Action texts the classifier did not recognise. */
  unknown: string[];
}

/** Table options that only change metadata or rebuild in place; named so the online-DDL table can tell them apart. */
const TABLE_OPTION_NAMES: Record<string, string> = {
  ENGINE: 'engine',
  TYPE: 'engine',
  AUTO_INCREMENT: 'autoIncrement',
  ROW_FORMAT: 'rowFormat',
  KEY_BLOCK_SIZE: 'keyBlockSize',
  COMPRESSION: 'compression',
  ENCRYPTION: 'encryption',
  STATS_PERSISTENT: 'stats',
  STATS_AUTO_RECALC: 'stats',
  STATS_SAMPLE_PAGES: 'stats',
  AVG_ROW_LENGTH: 'tableOption',
  CHECKSUM: 'tableOption',
  MAX_ROWS: 'tableOption',
  MIN_ROWS: 'tableOption',
  PACK_KEYS: 'tableOption',
  DELAY_KEY_WRITE: 'tableOption',
  INSERT_METHOD: 'tableOption',
  TABLESPACE: 'tablespace',
  DATA: 'tableOption',
  INDEX: 'tableOption',
  PAGE_CHECKSUM: 'tableOption',
  PAGE_COMPRESSED: 'compression',
  PAGE_COMPRESSION_LEVEL: 'compression',
  TRANSACTIONAL: 'tableOption',
  SECONDARY_ENGINE: 'tableOption',
  UNION: 'tableOption',
  AUTOEXTEND_SIZE: 'tableOption',
  ENCRYPTED: 'encryption',
  ENCRYPTION_KEY_ID: 'encryption',
  IETF_QUOTES: 'tableOption',
  SEQUENCE: 'tableOption',
  WITH: 'tableOption',
};

const PARTITION_ACTIONS = new Set(['ADD', 'DROP', 'DISCARD', 'IMPORT', 'TRUNCATE', 'COALESCE', 'REORGANIZE', 'EXCHANGE', 'ANALYZE', 'CHECK', 'OPTIMIZE', 'REBUILD', 'REPAIR', 'CONVERT']);

function fold(raw: string | null): string {
  return raw === null ? '' : mysqlIdentifier(raw);
}

/** Reads `[=] value` of a table option; returns the value as written. */
function optionValue(cur: TokenCursor): string {
  cur.acceptPunct('=');
  const t = cur.peek();
  if (!t || t.kind === 'punct') return '';
  cur.next();
  return t.kind === 'string' || t.kind === 'quoted' ? t.value : t.raw;
}

/**
 * Classifies the actions of one `ALTER TABLE` statement from its tokens. Covers MySQL 8.0 and
 * MariaDB 10.x forms the SQL grammar library rejects (CONVERT TO CHARACTER SET, ADD (...),
 * RENAME INDEX, ALTER INDEX ... INVISIBLE/IGNORED, BOOL columns, partition clauses...).
 * Returns null when the text is not an ALTER TABLE.
 */
export function classifyAlterTable(text: string, tokens: Token[] = tokenize(text)): ClassifiedAlter | null {
  const cur = new TokenCursor(tokens, text);
  if (!cur.acceptWord('ALTER')) return null;
  cur.acceptWord('ONLINE');
  cur.acceptWord('IGNORE');
  if (!cur.acceptWord('TABLE')) return null;
  const conditional = cur.acceptWord('IF', 'EXISTS');
  const rawTable = cur.qualifiedIdentifier();
  if (rawTable === null) return null;
  const table = mysqlTableName(rawTable);
  // MariaDB: WAIT n | NOWAIT
  if (cur.acceptWord('WAIT')) cur.next();
  cur.acceptWord('NOWAIT');

  const online: OnlineDdl = {};
  const ops: OpDraft[] = [];
  const unknown: string[] = [];
  const base = () => (conditional ? { conditional: true, online } : { online });
  // Object.assign onto the fresh head, not `{ ...base(), ...op }`: the same object (same keys in
  // the same order), but a second spread into a literal takes V8's slow path (~5x per op).
  const push = (op: OpDraft) => ops.push(Object.assign(base(), op) as OpDraft);

  const addColumn = (column: ColumnSpec, ifNotExists: boolean, position: 'first' | { after: string } | null) => {
    push({ kind: 'addColumn', table, column, ifNotExists, ...(position ? { position } : {}) } as OpDraft);
  };
  const addIndexOrConstraint = (def: { index: IndexDefinition } | { constraint: ConstraintSpec }, ifNotExists: boolean) => {
    if ('index' in def) {
      const { name, columns, unique, method } = def.index;
      push({ kind: 'createIndex', name, table, columns, unique, concurrently: false, ifNotExists, where: null, method });
    } else if (def.constraint.kind === 'unique') {
      // A MySQL UNIQUE constraint is exactly a unique index (DROP INDEX removes it).
      const c = def.constraint;
      push({ kind: 'createIndex', name: c.name, table, columns: c.columns, unique: true, concurrently: false, ifNotExists, where: null, method: null });
    } else {
      push({ kind: 'addConstraint', table, constraint: def.constraint });
    }
  };
  const readPosition = (): 'first' | { after: string } | null => {
    if (cur.acceptWord('FIRST')) return 'first';
    if (cur.acceptWord('AFTER')) return { after: fold(cur.identifier()) };
    return null;
  };
  /** MODIFY / CHANGE restate the whole column: type, nullability and default. */
  const redefineColumn = (oldName: string, column: ColumnSpec) => {
    if (oldName !== column.name) push({ kind: 'renameColumn', table, column: oldName, newName: column.name });
    if (column.type) push({ kind: 'alterColumnType', table, column: column.name, type: column.type, using: null });
    // Without NOT NULL the column becomes nullable: MySQL does not keep the old attribute.
    push(column.notNull ? { kind: 'setNotNull', table, column: column.name } : { kind: 'dropNotNull', table, column: column.name });
    if (column.default) push({ kind: 'setDefault', table, column: column.name, default: column.default });
    // A column comment is how MySQL migrations mark a column deprecated (RULES.md, deprecation protocol).
    if (column.comment !== undefined) push({ kind: 'comment', target: 'column', table, column: column.name, text: column.comment ?? null });
  };
  const tableOption = (option: string, detail: string) => push({ kind: 'alterTableOption', table, option, detail });

  while (!cur.done) {
    const actionStart = cur.pos;
    if (cur.acceptPunct(',')) continue;
    const word = cur.peek()?.kind === 'word' ? (cur.peek() as Token).value : '';

    if (word === 'ALGORITHM' || word === 'LOCK') {
      cur.next();
      const value = optionValue(cur).toUpperCase();
      if (word === 'ALGORITHM') online.algorithm = value;
      else online.lock = value;
    } else if (word === 'ADD' && cur.isWord('PARTITION', 1)) {
      cur.next();
      cur.skipToTopLevelComma();
      tableOption('partition', 'ADD PARTITION');
    } else if (word === 'ADD') {
      cur.next();
      const explicitColumn = cur.acceptWord('COLUMN');
      const ifNotExists = cur.acceptWord('IF', 'NOT', 'EXISTS');
      if (cur.isPunct('(')) {
        // ADD [COLUMN] (col_def | index_def, ...)
        cur.next();
        while (!cur.done && !cur.isPunct(')')) {
          const def = explicitColumn ? null : parseIndexOrConstraint(cur);
          if (def) addIndexOrConstraint(def, ifNotExists);
          else {
            const column = parseColumnDefinition(cur);
            if (column) addColumn(column, ifNotExists, null);
            else unknown.push(cur.skipToTopLevelComma());
          }
          if (!cur.acceptPunct(',')) break;
        }
        cur.acceptPunct(')');
      } else {
        const def = explicitColumn ? null : parseIndexOrConstraint(cur);
        if (def) addIndexOrConstraint(def, ifNotExists);
        else {
          // ADD INDEX IF NOT EXISTS name ... (MariaDB) puts the guard after the keyword.
          const column = parseColumnDefinition(cur);
          if (column) addColumn(column, ifNotExists, readPosition());
          else unknown.push(cur.sourceFrom(actionStart));
        }
      }
    } else if (word === 'DROP') {
      cur.next();
      if (cur.isWord('PARTITION')) {
        cur.skipToTopLevelComma();
        tableOption('partition', 'DROP PARTITION');
      } else if (cur.acceptWord('PRIMARY', 'KEY')) {
        push({ kind: 'dropConstraint', table, name: 'PRIMARY', ifExists: false, constraintKind: 'primaryKey' });
      } else if (cur.acceptWord('FOREIGN', 'KEY')) {
        const ifExists = cur.acceptWord('IF', 'EXISTS');
        push({ kind: 'dropConstraint', table, name: fold(cur.identifier()), ifExists, constraintKind: 'foreignKey' });
      } else if (cur.acceptAnyWord('INDEX', 'KEY')) {
        const ifExists = cur.acceptWord('IF', 'EXISTS');
        const name = fold(cur.identifier());
        // DROP INDEX `PRIMARY` drops the primary key.
        if (name.toUpperCase() === 'PRIMARY') push({ kind: 'dropConstraint', table, name: 'PRIMARY', ifExists, constraintKind: 'primaryKey' });
        else push({ kind: 'dropIndex', name, table, concurrently: false, ifExists });
      } else if (cur.acceptWord('CHECK')) {
        const ifExists = cur.acceptWord('IF', 'EXISTS');
        push({ kind: 'dropConstraint', table, name: fold(cur.identifier()), ifExists, constraintKind: 'check' });
      } else if (cur.acceptWord('CONSTRAINT')) {
        const ifExists = cur.acceptWord('IF', 'EXISTS');
        push({ kind: 'dropConstraint', table, name: fold(cur.identifier()), ifExists, constraintKind: null });
      } else {
        cur.acceptWord('COLUMN');
        const ifExists = cur.acceptWord('IF', 'EXISTS');
        const name = cur.identifier();
        if (name === null) unknown.push(cur.sourceFrom(actionStart));
        else push({ kind: 'dropColumn', table, column: fold(name), ifExists });
        cur.acceptAnyWord('RESTRICT', 'CASCADE');
      }
    } else if (word === 'MODIFY' || word === 'CHANGE') {
      cur.next();
      cur.acceptWord('COLUMN');
      cur.acceptWord('IF', 'EXISTS');
      const oldName = word === 'CHANGE' ? fold(cur.identifier()) : null;
      const column = parseColumnDefinition(cur);
      if (!column) unknown.push(cur.sourceFrom(actionStart));
      else {
        redefineColumn(oldName ?? column.name, column);
        const position = readPosition();
        // Moving a column rebuilds the table on MySQL (instant only on MariaDB 10.4+).
        if (position) tableOption('columnOrder', `${column.name} ${position === 'first' ? 'FIRST' : `AFTER ${position.after}`}`);
      }
    } else if (word === 'ALTER') {
      cur.next();
      if (cur.acceptAnyWord('INDEX', 'KEY')) {
        // MySQL 8.0 VISIBLE/INVISIBLE, MariaDB 10.6 IGNORED/NOT IGNORED: metadata only.
        const name = fold(cur.identifier());
        tableOption('indexVisibility', `${name} ${cur.skipToTopLevelComma().trim().toUpperCase()}`);
      } else if (cur.acceptAnyWord('CHECK', 'CONSTRAINT')) {
        const name = fold(cur.identifier());
        tableOption('checkEnforcement', `${name} ${cur.skipToTopLevelComma().trim().toUpperCase()}`);
      } else {
        cur.acceptWord('COLUMN');
        cur.acceptWord('IF', 'EXISTS');
        const column = fold(cur.identifier());
        if (cur.acceptWord('SET', 'DEFAULT')) {
          const text = cur.skipToTopLevelComma();
          push({ kind: 'setDefault', table, column, default: { sql: text.trim(), volatile: /\b(uuid|uuid_short|rand|sysdate)\s*\(/i.test(text) } });
        } else if (cur.acceptWord('DROP', 'DEFAULT')) {
          push({ kind: 'dropDefault', table, column });
        } else if (cur.acceptWord('SET')) {
          tableOption('columnVisibility', `${column} ${cur.skipToTopLevelComma().trim().toUpperCase()}`);
        } else unknown.push(cur.sourceFrom(actionStart) + cur.skipToTopLevelComma());
      }
    } else if (word === 'RENAME') {
      cur.next();
      if (cur.acceptWord('COLUMN')) {
        const from = fold(cur.identifier());
        cur.acceptWord('TO');
        push({ kind: 'renameColumn', table, column: from, newName: fold(cur.identifier()) });
      } else if (cur.acceptAnyWord('INDEX', 'KEY')) {
        const from = fold(cur.identifier());
        cur.acceptWord('TO');
        tableOption('renameIndex', `${from} TO ${fold(cur.identifier())}`);
      } else {
        cur.acceptAnyWord('TO', 'AS');
        const newName = cur.qualifiedIdentifier();
        if (newName === null) unknown.push(cur.sourceFrom(actionStart));
        else push({ kind: 'renameTable', table, newName: mysqlTableName(newName) });
      }
    } else if (word === 'CONVERT' && cur.isWord('TO', 1)) {
      cur.next();
      cur.next();
      cur.acceptWord('CHARACTER', 'SET') || cur.acceptWord('CHARSET');
      const charset = optionValue(cur).toLowerCase();
      if (cur.acceptWord('COLLATE')) optionValue(cur);
      tableOption('convertCharset', charset);
    } else if (word === 'DEFAULT' || word === 'CHARACTER' || word === 'CHARSET' || word === 'COLLATE') {
      cur.acceptWord('DEFAULT');
      const isCollate = cur.acceptWord('COLLATE');
      if (!isCollate) cur.acceptWord('CHARACTER', 'SET') || cur.acceptWord('CHARSET');
      const value = optionValue(cur).toLowerCase();
      if (!isCollate && cur.acceptWord('COLLATE')) optionValue(cur);
      tableOption('defaultCharset', isCollate ? `collate ${value}` : value);
    } else if (word === 'FORCE') {
      cur.next();
      tableOption('force', 'FORCE');
    } else if (word === 'ORDER' && cur.isWord('BY', 1)) {
      cur.skipToTopLevelComma();
      tableOption('orderBy', 'ORDER BY');
    } else if ((word === 'DISABLE' || word === 'ENABLE') && cur.isWord('KEYS', 1)) {
      cur.next();
      cur.next();
      tableOption('keys', `${word} KEYS`);
    } else if ((word === 'DISCARD' || word === 'IMPORT') && cur.isWord('TABLESPACE', 1)) {
      cur.next();
      cur.next();
      tableOption('tablespace', `${word} TABLESPACE`);
    } else if ((word === 'WITH' || word === 'WITHOUT') && cur.isWord('VALIDATION', 1)) {
      cur.next();
      cur.next();
    } else if (word === 'PARTITION' && cur.isWord('BY', 1)) {
      cur.skipToTopLevelComma();
      // PARTITION BY runs to the end of the statement (partition definitions have their own commas).
      while (!cur.done) cur.next();
      tableOption('partition', 'PARTITION BY');
    } else if (word === 'REMOVE' && cur.isWord('PARTITIONING', 1)) {
      cur.next();
      cur.next();
      tableOption('partition', 'REMOVE PARTITIONING');
    } else if (PARTITION_ACTIONS.has(word) && cur.isWord('PARTITION', 1)) {
      cur.next();
      cur.skipToTopLevelComma();
      tableOption('partition', `${word} PARTITION`);
    } else if (word === 'COMMENT') {
      cur.next();
      push({ kind: 'comment', target: 'table', table, column: null, text: optionValue(cur) });
    } else if (word in TABLE_OPTION_NAMES) {
      cur.next();
      const value = optionValue(cur);
      tableOption(TABLE_OPTION_NAMES[word] as string, word === 'ENGINE' || word === 'TYPE' ? value.toLowerCase() : `${word}=${value}`);
    } else {
      unknown.push(cur.skipToTopLevelComma() || (cur.next()?.raw ?? ''));
      continue;
    }
    // Anything left before the next comma is part of an action we only partly read.
    if (!cur.done && !cur.isPunct(',')) {
      const rest = cur.skipToTopLevelComma();
      if (rest.trim()) unknown.push(rest);
      if (cur.isPunct(')')) cur.next();
    }
  }
  return { table, online, ops, unknown };
}
