import type { Loc, Migration, Op } from '../ir.js';
import { splitMysqlStatements } from '../parse/sql/mysql/splitter.js';
import { LineIndex } from '../parse/line-index.js';
import { splitPostgres } from '../parse/sql/pg-splitter.js';
import { previewSql, renderOps } from '../render/index.js';

/** One statement the dry-run will send (subject to the engine's guard). */
export interface PlannedStatement {
  sql: string;
  loc: Loc;
  /** IR ops this statement carries out (table names, documented locks). */
  ops: Op[];
  origin: 'sql' | 'rendered';
}

export interface DirectionPlan {
  statements: PlannedStatement[];
  /** Reasons some ops could not be turned into SQL: the migration cannot be verified. */
  unrenderable: string[];
  /**
   * Data steps (INSERT/UPDATE/DELETE built at run time) that cannot be turned into SQL. They
   * change no schema, so the rest of the migration still runs — later migrations need its
   * tables and columns — but the migration as a whole stays unverified.
   */
  skippedData: string[];
}

export interface MigrationPlan {
  migration: Migration;
  up: DirectionPlan;
  /** null: no down part to run. */
  down: DirectionPlan | null;
  /** ORM migrations: the rendered SQL (the report's "SQL preview"). */
  preview: { up: string; down: string | null } | null;
}

const DBMATE_DOWN = /^[ \t]*--[ \t]*migrate:down\b.*$/m;

/** Statements of a SQL text with their lines, split by the project's own dialect splitters. */
function splitText(text: string, file: string, firstLine: number, dialect: Migration['dialect']): { sql: string; loc: Loc }[] {
  if (dialect === 'mysql') {
    return splitMysqlStatements(text).map((s) => ({
      sql: s.text,
      loc: { file, line: firstLine + s.line - 1, endLine: firstLine + s.endLine - 1, column: s.column },
    }));
  }
  const index = new LineIndex(text);
  return splitPostgres(text)
    .filter((c) => !c.text.startsWith('\\'))
    .map((c) => ({
      sql: c.text.replace(/;\s*$/, ''),
      loc: { file, line: firstLine + index.line(c.start) - 1, endLine: firstLine + index.line(Math.max(c.start, c.end - 1)) - 1, column: index.column(c.start) },
    }));
}

/**
 * Statements of a SQL migration, from the file text. The file is the truth: a DO block is one
 * statement even though the front end lowers the SQL inside it to several ops (and a DO block that
 * only commits lowers to none). Ops are attached by line range.
 */
function planSqlText(text: string, file: string, firstLine: number, m: Migration, ops: Op[]): DirectionPlan {
  const statements = splitText(text, file, firstLine, m.dialect).map((s) => ({
    ...s,
    ops: ops.filter((o) => o.loc.file === file && o.loc.line >= s.loc.line && o.loc.line <= s.loc.endLine),
    origin: 'sql' as const,
  }));
  return { statements: statements.filter((s) => s.sql.trim() !== ''), unrenderable: [], skippedData: [] };
}

function planOrm(ops: Op[], m: Migration): { plan: DirectionPlan; preview: string } {
  const r = renderOps(ops, m.dialect);
  const data = r.unrenderable.filter((u) => u.op.kind === 'dml');
  const unrenderable = r.unrenderable.filter((u) => u.op.kind !== 'dml');
  return { plan: { statements: r.statements, unrenderable: unrenderable.map((u) => u.reason), skippedData: data.map((u) => u.reason) }, preview: previewSql(r) };
}

/** Builds what the dry-run sends for one migration. `source` looks up file text by relative path. */
export function planMigration(m: Migration, source: (file: string) => string | undefined): MigrationPlan {
  if (m.framework !== 'sql') {
    const up = planOrm(m.up, m);
    const down = m.down && m.down.length > 0 && !m.downIrreversible ? planOrm(m.down, m) : null;
    return { migration: m, up: up.plan, down: down?.plan ?? null, preview: { up: up.preview, down: down?.preview ?? null } };
  }
  const text = source(m.file);
  if (text === undefined) {
    const up = planOrm(m.up, m);
    const down = m.down ? planOrm(m.down, m) : null;
    return { migration: m, up: up.plan, down: down?.plan ?? null, preview: null };
  }
  let up: DirectionPlan;
  let down: DirectionPlan | null = null;
  if (m.layout === 'dbmate') {
    const marker = DBMATE_DOWN.exec(text);
    up = planSqlText(marker ? text.slice(0, marker.index) : text, m.file, 1, m, m.up);
    if (marker) {
      const markerLine = text.slice(0, marker.index).split('\n').length;
      down = planSqlText(text.slice(marker.index), m.file, markerLine, m, m.down ?? []);
    }
  } else {
    up = planSqlText(text, m.file, 1, m, m.up);
    if (m.downFile) {
      const downText = source(m.downFile);
      if (downText !== undefined) down = planSqlText(downText, m.downFile, 1, m, m.down ?? []);
    }
  }
  if (down && down.statements.length === 0) down = null;
  return { migration: m, up, down, preview: null };
}
