/** PostgreSQL's name for an index created without one: `<table>_<col>_..._idx`, cut to 63 bytes. */
export function defaultIndexName(table: string, columns: string[]): string {
  // An expression key is named after its function (`lower(email)` → lower), as ChooseIndexColumnNames does.
  const cols = columns.map((c) => (/^[A-Za-z_][A-Za-z0-9_$]*$/.test(c.trim()) ? c.trim() : /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(/.exec(c)?.[1] ?? 'expr'));
  return `${table.split('.').pop() ?? table}_${cols.join('_')}_idx`.slice(0, 63);
}
