import type { Migration, Op, OpOf } from '../../ir.js';
import type { FixPhrases } from '../../phrasebook.js';
import type { Fix } from '../../rule.js';

/**
 * Exact fixes for SQL files: edits inside the user's own statement text (`op.sql` is the file's
 * text from `op.loc` on), never a rewrite of the whole statement.
 */
export function sqlFixes(m: Migration): FixPhrases {
  void m;
  return {
    // Only where the statement runs outside a transaction: else the runner would have to be told too.
    createIndexConcurrently: (op, at) => (at.inTransaction ? undefined : insertAfter(op, /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\b/i, ' CONCURRENTLY', 'Add CONCURRENTLY')),
    dropIndexConcurrently(op, at) {
      if (at.inTransaction || !op.sql) return undefined;
      // DROP INDEX CONCURRENTLY takes exactly one index and no CASCADE.
      if (/,|\bcascade\b/i.test(op.sql.replace(/--[^\n]*/g, ''))) return undefined;
      return insertAfter(op, /^\s*DROP\s+INDEX\b/i, ' CONCURRENTLY', 'Add CONCURRENTLY');
    },
    setLockTimeout(set, _op, at) {
      const first = at.ops[0];
      if (!first?.sql) return undefined;
      return { title: 'Set lock_timeout', edits: [{ file: first.loc.file, startLine: first.loc.line, startColumn: first.loc.column, endLine: first.loc.line, endColumn: first.loc.column, text: `${set}; ` }] };
    },
  };
}

/** `text` inserted right after the part of the op's statement that `head` matches. */
function insertAfter(op: Op & Pick<OpOf<'createIndex'>, 'sql'>, head: RegExp, text: string, title: string): Fix | undefined {
  if (!op.sql) return undefined;
  const m = head.exec(op.sql);
  if (!m) return undefined;
  const before = op.sql.slice(0, m[0].length).split('\n');
  const line = op.loc.line + before.length - 1;
  const column = (before.length === 1 ? op.loc.column : 1) + before[before.length - 1]!.length;
  return { title, edits: [{ file: op.loc.file, startLine: line, startColumn: column, endLine: line, endColumn: column, text }] };
}
