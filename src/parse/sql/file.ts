import type { Loc, Migration, Op } from '../../ir.js';
import type { FileTask } from '../frontend.js';
import { lowerSql } from './index.js';

const DBMATE_DOWN = /^[ \t]*--[ \t]*migrate:down\b.*$/m;

/**
 * SQL migration files of every layout. dbmate keeps up and down in one file, separated by
 * `-- migrate:up` / `-- migrate:down`; the paired layouts bring the down file separately.
 */
export async function sqlFrontEnd(task: FileTask): Promise<Migration[]> {
  const { file, dialect } = task;
  const fileStart: Loc = { file: file.path, line: 1, endLine: 1, column: 1 };
  let up: Op[];
  let down: Op[] | null = null;
  let downLoc: Loc | undefined;
  let statements = 0;

  if (task.layout === 'dbmate') {
    const m = DBMATE_DOWN.exec(file.text);
    const upText = m ? file.text.slice(0, m.index) : file.text;
    const r = await lowerSql(dialect, upText, { file: file.path, line: 1, column: 1 }, task.mysqlServer);
    up = r.ops;
    statements += r.statements;
    if (m) {
      const markerLine = file.text.slice(0, m.index).split('\n').length;
      const d = await lowerSql(dialect, file.text.slice(m.index), { file: file.path, line: markerLine, column: 1 }, task.mysqlServer);
      down = d.ops;
      statements += d.statements;
      downLoc = { file: file.path, line: markerLine, endLine: markerLine, column: 1 };
    }
  } else {
    const r = await lowerSql(dialect, file.text, { file: file.path, line: 1, column: 1 }, task.mysqlServer);
    up = r.ops;
    statements += r.statements;
    if (task.downFile) {
      const d = await lowerSql(dialect, task.downFile.text, { file: task.downFile.path, line: 1, column: 1 }, task.mysqlServer);
      down = d.ops;
      statements += d.statements;
      downLoc = { file: task.downFile.path, line: 1, endLine: 1, column: 1 };
    }
  }

  // golang-migrate and Prisma send the whole file as one query string; PostgreSQL runs a
  // multi-statement string as one implicit transaction, so CONCURRENTLY only works alone in its
  // file. An explicit BEGIN turns that implicit transaction into the file's own (not nesting).
  const upStatements = new Set(up.map((op) => `${op.loc.line}:${op.loc.column}`)).size;
  const oneQuery = task.layout === 'golang-migrate' || task.layout === 'prisma';
  const implicitTransaction = oneQuery && dialect === 'postgres' && upStatements > 1 && !up.some((op) => op.kind === 'transaction');

  return [
    {
      id: task.id,
      file: file.path,
      framework: 'sql',
      dialect,
      layout: task.layout ?? 'plain',
      isNew: task.isNew,
      transactional: implicitTransaction || (task.transactional ?? false),
      up,
      down,
      downFile: task.downFile?.path ?? null,
      downLoc: downLoc ?? fileStart,
      order: task.order,
      statements,
      expectsDown: task.expectsDown ?? false,
    },
  ];
}
