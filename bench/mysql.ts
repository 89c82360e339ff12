// MySQL front end benchmark: a generated corpus of mixed MySQL/MariaDB migrations (DELIMITER
// blocks, routines, every ALTER form the classifier knows, DML, quotes and comments holding
// delimiters, CRLF and BOM files). Returns the parse rate, the throughput, and how many statement
// positions the splitter got wrong (must be 0). Prints nothing: bench/run.ts prints.
import { performance } from 'node:perf_hooks';
import { lowerMysqlSql } from '../src/parse/sql/mysql/index.js';
import { splitMysqlStatements } from '../src/parse/sql/mysql/splitter.js';

const FILES = 25;
const STATEMENTS_PER_FILE = 100;

/** One generated statement: its lines, and how many leading lines are comments/blank (not part of it). */
interface Piece {
  lines: string[];
  leading: number;
  /** A client command (DELIMITER), not a statement. */
  command?: boolean;
}

function statementAt(i: number, t: string): Piece[] {
  const piece = (lines: string[], leading = 0): Piece => ({ lines, leading });
  switch (i % 24) {
    case 0:
      return [piece([`CREATE TABLE ${t}_n${i} (`, '  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,', `  email VARCHAR(190) NOT NULL DEFAULT '' COMMENT 'login; unique',`, '  active BOOL NOT NULL DEFAULT TRUE,', '  KEY email_idx (email)', ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;'])];
    case 1:
      return [piece([`-- step ${i}: add a column`, `ALTER TABLE ${t} ADD COLUMN c${i} INT NOT NULL DEFAULT 0 AFTER name, ALGORITHM=INSTANT;`], 1)];
    case 2:
      return [piece([`ALTER TABLE ${t} MODIFY name VARCHAR(${100 + (i % 50)}) NOT NULL;`])];
    case 3:
      return [piece([`ALTER TABLE \`${t}\``, `  CHANGE COLUMN old_${i} new_${i} BIGINT NULL,`, '  ALGORITHM=COPY;'])];
    case 4:
      return [piece([`ALTER TABLE ${t} ADD INDEX ${t}_idx_${i} (name), ALGORITHM=INPLACE, LOCK=NONE;`])];
    case 5:
      return [piece([`ALTER TABLE ${t} CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`])];
    case 6:
      return [piece(['# rename an index', `ALTER TABLE ${t} RENAME INDEX a_${i} TO b_${i}, ALTER INDEX b_${i} INVISIBLE;`], 1)];
    case 7:
      return [piece([`ALTER TABLE ${t} ADD (x${i} BOOL, INDEX x${i}_idx (x${i}));`])];
    case 8:
      return [piece([`ALTER TABLE ${t} ADD CONSTRAINT ${t}_fk_${i} FOREIGN KEY (parent_id) REFERENCES ${t} (id), DROP FOREIGN KEY old_fk_${i};`])];
    case 9:
      return [piece([`ALTER TABLE ${t} DROP PRIMARY KEY, ADD PRIMARY KEY (id, tenant_id);`])];
    case 10:
      return [piece([`ALTER TABLE ${t} ENGINE=InnoDB, ROW_FORMAT=DYNAMIC;`]), piece([`ALTER TABLE ${t} PARTITION BY HASH(id) PARTITIONS 8;`])];
    case 11:
      return [piece([`UPDATE ${t} SET name = 'a;b -- c # d' WHERE id = ${i};`]), piece([`DELETE FROM ${t} WHERE note = "x\\"; y";`])];
    case 12:
      return [piece([`INSERT INTO ${t} (id, name) VALUES (${i}, 'it''s'), (${i + 1}, 'b');`])];
    case 13:
      return [
        { lines: ['DELIMITER $$'], leading: 0, command: true },
        piece([`CREATE PROCEDURE p${i}(IN n INT)`, 'BEGIN', '  DECLARE i INT DEFAULT 0;', '  WHILE i < n DO', `    INSERT INTO ${t} (name) VALUES (CONCAT('row;', i));`, '    SET i = i + 1;', '  END WHILE;', 'END$$']),
        { lines: ['DELIMITER ;'], leading: 0, command: true },
      ];
    case 14:
      return [piece([`CREATE TRIGGER trg${i} BEFORE UPDATE ON ${t}`, 'FOR EACH ROW', 'BEGIN', '  IF NEW.name IS NULL THEN', "    SET NEW.name = '';", '  END IF;', 'END;'])];
    case 15:
      return [piece([`/* multi-line`, `   comment; with semicolons */`, `TRUNCATE TABLE ${t}_scratch;`], 2)];
    case 16:
      return [piece([`RENAME TABLE ${t}_a TO ${t}_b, ${t}_c TO ${t}_d;`])];
    case 17:
      return [piece([`CREATE UNIQUE INDEX u${i} ON ${t} (email) ALGORITHM=INPLACE LOCK=NONE;`])];
    case 18:
      return [piece([`DROP INDEX u${i - 1} ON ${t};`])];
    case 19:
      return [piece(['SET FOREIGN_KEY_CHECKS = 0;']), piece([`ALTER TABLE ${t} ALTER COLUMN name SET DEFAULT 'n/a', ALTER COLUMN note DROP DEFAULT;`])];
    case 20:
      return [piece([`ALTER TABLE ${t} ADD COLUMN g${i} INT AS (id * 2) STORED, ADD CONSTRAINT ck${i} CHECK (id > 0);`])];
    case 21:
      return [piece([`DROP TABLE IF EXISTS ${t}_old_${i};`])];
    case 22:
      return [piece(['', `ALTER TABLE ${t} RENAME COLUMN a${i} TO b${i}, DROP COLUMN z${i}, COMMENT = 'deprecated';`], 1)];
    default:
      return [piece([`CREATE VIEW v${i} AS SELECT id, name FROM ${t} WHERE active = 1;`])];
  }
}

interface GeneratedFile {
  text: string;
  /** [line, endLine] of every statement, in order. */
  expected: [number, number][];
}

function generateFile(f: number): GeneratedFile {
  const lines: string[] = [];
  const expected: [number, number][] = [];
  let statements = 0;
  for (let i = f * STATEMENTS_PER_FILE; statements < STATEMENTS_PER_FILE; i++) {
    for (const piece of statementAt(i, `t${i % 17}`)) {
      const start = lines.length + 1 + piece.leading;
      lines.push(...piece.lines);
      if (piece.command) continue;
      expected.push([start, lines.length]);
      statements++;
    }
  }
  let text = `${lines.join('\n')}\n`;
  // Every fifth file has Windows line breaks, every seventh a BOM: positions must not move.
  if (f % 5 === 4) text = text.replace(/\n/g, '\r\n');
  if (f % 7 === 3) text = `\uFEFF${text}`;
  return { text, expected };
}

export async function benchMysql(): Promise<Record<string, number | string>> {
  const files = Array.from({ length: FILES }, (_, f) => generateFile(f));

  let lineMismatches = 0;
  let statements = 0;
  for (const file of files) {
    const found = splitMysqlStatements(file.text).map((s): [number, number] => [s.line, s.endLine]);
    statements += file.expected.length;
    const n = Math.max(found.length, file.expected.length);
    for (let k = 0; k < n; k++) {
      const a = found[k];
      const b = file.expected[k];
      if (!a || !b || a[0] !== b[0] || a[1] !== b[1]) lineMismatches++;
    }
  }

  // Cold: includes loading node-sql-parser's MySQL build on first use.
  const coldStart = performance.now();
  await lowerMysqlSql(files[0]!.text, { file: 'bench.sql', line: 1, column: 1 });
  const coldMs = performance.now() - coldStart;

  let unparsedStatements = 0;
  let lowered = 0;
  const start = performance.now();
  for (const [f, file] of files.entries()) {
    const { ops, statements: count } = await lowerMysqlSql(file.text, { file: `bench_${f}.sql`, line: 1, column: 1 });
    lowered += count;
    unparsedStatements += new Set(ops.filter((op) => op.kind === 'unparsed').map((op) => op.loc.line)).size;
  }
  const ms = performance.now() - start;

  return {
    files: FILES,
    statements,
    'parse rate %': Number((((lowered - unparsedStatements) / lowered) * 100).toFixed(2)),
    'parse errors': unparsedStatements,
    'statements/s': Math.round((lowered / ms) * 1000),
    'first file incl. parser load ms': Number(coldMs.toFixed(1)),
    'splitter line mismatches': lineMismatches,
  };
}
