import type { Migration } from '../../ir.js';
import type { MigrationSqlDirection } from '../../render/index.js';
import { isDeferredSql } from './project.js';
import type { DjangoFile, DjangoOperation } from './types.js';

/**
 * One direction of a Django migration laid out as `manage.py sqlmigrate [--backwards]` prints it:
 * `BEGIN;`/`COMMIT;` around an atomic migration where DDL is transactional (PostgreSQL), and each
 * operation under its `--` / `-- <describe()>` / `--` header. The SQL the schema editor defers
 * (a new table's indexes and foreign keys) follows the last operation, as Django runs it at the
 * end of the migration. Each statement keeps its `-- file:line` comment, which sqlmigrate lacks.
 */
export function sqlmigrateText(m: Migration, direction: MigrationSqlDirection, backwards: boolean): string | null {
  const django = m.django as DjangoFile | undefined;
  if (!django || typeof django !== 'object' || !Array.isArray(django.operations)) return null;
  const operations = backwards ? [...django.operations].reverse() : django.operations;
  const indexOf = (line: number): number => operations.findIndex((op) => op.loc.line <= line && line <= (op.loc.endLine ?? op.loc.line));
  if (backwards && direction.irreversible && direction.statements.length === 0) return `-- irreversible: ${direction.irreversible.replace(/[\r\n]+/g, ' ')}`;
  const out: string[] = [];
  const transaction = django.atomic && m.dialect === 'postgres';
  if (transaction) out.push('BEGIN;');
  let next = 0;
  let emittedSinceHeader = true;
  const header = (op: DjangoOperation) => {
    if (!emittedSinceHeader) out.push('-- (no-op)');
    out.push('--');
    if (op.kind === 'runPython') {
      out.push(`-- ${op.description ?? 'Raw Python operation'}`, '--', '-- THIS OPERATION CANNOT BE WRITTEN AS SQL');
      // RunPython's own SQL (schema_editor.execute in its function) is shown by us, not by Django.
      emittedSinceHeader = true;
    } else {
      out.push(`-- ${op.description ?? op.written}`, '--');
      emittedSinceHeader = false;
    }
  };
  const headersUpTo = (index: number) => {
    while (next <= index) header(operations[next++]!);
  };
  const entries = [
    ...direction.statements.map((s, order) => ({ line: s.loc.line, order, deferred: s.ops.some(isDeferredSql), text: `-- ${s.loc.file || m.file}:${s.loc.line}\n${s.sql};` })),
    ...direction.unrenderable.map((u) => ({ line: u.op.loc.line, order: -1, deferred: false, text: `-- ${u.op.loc.file || m.file}:${u.op.loc.line}: not rendered: ${u.reason.replace(/[\r\n]+/g, ' ')}` })),
  ];
  // Statements keep their run order; a not-rendered note goes with its operation.
  const statements = entries.filter((e) => e.order >= 0);
  // Notes outside any operation (the class, `dependencies`) come first.
  const notes = entries.filter((e) => e.order < 0 && indexOf(e.line) >= 0);
  for (const n of entries) if (n.order < 0 && indexOf(n.line) < 0) out.push(n.text);
  for (const s of statements) {
    const index = indexOf(s.line);
    for (const n of notes.filter((n) => indexOf(n.line) <= index && indexOf(n.line) >= next)) {
      headersUpTo(indexOf(n.line));
      out.push(n.text);
      emittedSinceHeader = true;
      notes.splice(notes.indexOf(n), 1);
    }
    // Deferred SQL runs after the last operation, under no header of its own.
    if (s.deferred) headersUpTo(operations.length - 1);
    else if (index >= next) headersUpTo(index);
    out.push(s.text);
    emittedSinceHeader = true;
  }
  for (const n of notes) {
    headersUpTo(indexOf(n.line));
    out.push(n.text);
    emittedSinceHeader = true;
  }
  headersUpTo(operations.length - 1);
  if (!emittedSinceHeader) out.push('-- (no-op)');
  if (direction.irreversible) out.push(`-- irreversible: ${direction.irreversible.replace(/[\r\n]+/g, ' ')}`);
  if (transaction) out.push('COMMIT;');
  return out.join('\n');
}
