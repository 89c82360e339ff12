/**
 * Canonical object names shared by every front end, so that `public.Users`, `"users"` and
 * `users` from SQL, Alembic and Knex meet in one schema model.
 */

/** Normalises an identifier the way PostgreSQL folds it: unquoted → lower case; quoted → as is. */
export function foldIdentifier(raw: string): string {
  const t = raw.trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith('`') && t.endsWith('`')))) {
    return t.slice(1, -1).replace(/""/g, '"').replace(/``/g, '`');
  }
  return t.toLowerCase();
}

/** `schema.table` with the default schema dropped: `public.users` → `users`. Inputs already folded. */
export function qualifiedName(schema: string | null | undefined, name: string): string {
  if (!schema || schema === 'public') return name;
  return `${schema}.${name}`;
}

/** Parses a possibly dotted, possibly quoted name as written in source (`"App".users`). */
export function parseQualifiedName(raw: string): string {
  return qualifiedFrom(raw, foldIdentifier);
}

/** Strips one pair of backticks or double quotes, undoing doubled quotes inside. */
function unquote(raw: string): string {
  const t = raw.trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith('`') && t.endsWith('`')))) {
    return t.slice(1, -1).replace(/""/g, '"').replace(/``/g, '`');
  }
  return t;
}

/**
 * A MySQL table (or database) name: kept as written, quoted or not. MySQL stores tables as files
 * and on Linux (lower_case_table_names=0) `Events` and `events` are two tables; folding them would
 * merge them, and would rename the user's table in every message.
 */
export function mysqlTableName(raw: string): string {
  return qualifiedFrom(raw, unquote);
}

/** A MySQL column, index or constraint name: case-insensitive on every platform, so compared in lower case. */
export function mysqlIdentifier(raw: string): string {
  return unquote(raw).toLowerCase();
}

function qualifiedFrom(raw: string, fold: (part: string) => string): string {
  const parts: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (const ch of raw.trim()) {
    if (quote) {
      cur += ch;
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === '`') {
      quote = ch;
      cur += ch;
    } else if (ch === '.') {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  const folded = parts.map(fold);
  const name = folded.pop() ?? '';
  return qualifiedName(folded.pop(), name);
}
