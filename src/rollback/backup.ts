import type { Dialect } from '../ir.js';
import type { DataLoss } from './pairing.js';

// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

/** A shell word: left bare when it is plainly safe, otherwise single-quoted. */
function sh(word: string): string {
  return /^[A-Za-z0-9_.,:/=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** An identifier as PostgreSQL must see it: quoted unless it is a plain lower-case name. */
function pgIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function pgQualified(table: string): string {
  const parts = table.split('.');
  return parts.map(pgIdent).join('.');
}

function myIdent(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/** A file name for a dump that cannot escape the current directory. */
function dumpFile(name: string, ext: string): string {
  return `${name.replace(/[^A-Za-z0-9_.-]/g, '_')}.${ext}`;
}

interface TablePlan {
  table: string;
  /** Full dump (schema + data) when the table itself is dropped; data only otherwise. */
  full: boolean;
  losses: DataLoss[];
}

function plansOf(losses: DataLoss[]): TablePlan[] {
  const byTable = new Map<string, TablePlan>();
  for (const l of losses) {
    if (!l.table) continue;
    const p = byTable.get(l.table) ?? { table: l.table, full: false, losses: [] };
    p.full ||= l.kind === 'table';
    p.losses.push(l);
    byTable.set(l.table, p);
  }
  return [...byTable.values()];
}

function keyOf(l: DataLoss): { cols: string[]; guessed: boolean } {
  return l.key.length ? { cols: l.key, guessed: false } : { cols: ['id'], guessed: true };
}

function pgRestore(p: TablePlan, file: string): string[] {
  const out: string[] = [];
  const t = pgQualified(p.table);
  const scratch = pgQualified(`${p.table}_restore`);
  // pg_dump writes COPY with the schema spelled out; unqualified names live in public.
  const copyName = p.table.includes('.') ? t : `public.${t}`;
  const copyScratch = p.table.includes('.') ? scratch : `public.${scratch}`;
  const intoScratch = [
    `psql "$DATABASE_URL" -c ${sh(`CREATE TABLE ${scratch} (LIKE ${t})`)}`,
    `pg_restore --data-only -f - ${sh(file)} | sed ${sh(`s/^COPY ${copyName.replace(/[.$]/g, '\\$&')} /COPY ${copyScratch} /`)} | psql "$DATABASE_URL"`,
  ];
  const table = p.losses.find((l) => l.kind === 'table');
  if (table) {
    out.push(`# table ${p.table}${table.shapeRestored ? ' (after the downgrade re-creates it, empty):' : ' (re-creates it with its indexes and constraints):'}`);
    out.push(table.shapeRestored ? `pg_restore --data-only -d "$DATABASE_URL" ${sh(file)}` : `pg_restore -d "$DATABASE_URL" ${sh(file)}`);
    return out;
  }
  const rowsOnly = p.losses.every((l) => l.kind === 'rows');
  if (rowsOnly && p.losses.some((l) => l.op.kind === 'truncate' || (l.op.kind === 'dml' && !l.op.hasWhere))) {
    out.push(`# rows of ${p.table} (the table is empty after the upgrade):`);
    out.push(`pg_restore --data-only -d "$DATABASE_URL" ${sh(file)}`);
    return out;
  }
  const columns = p.losses.filter((l) => l.column).map((l) => l.column!);
  const key = keyOf(p.losses[0]!);
  const on = key.cols.map((c) => `${t}.${pgIdent(c)} = r.${pgIdent(c)}`).join(' AND ');
  const steps: string[] = [];
  if (columns.length) {
    const set = [...new Set(columns)].map((c) => `${pgIdent(c)} = r.${pgIdent(c)}`).join(', ');
    steps.push(`UPDATE ${t} SET ${set} FROM ${scratch} r WHERE ${on}`);
  }
  if (p.losses.some((l) => l.kind === 'rows')) steps.push(`INSERT INTO ${t} SELECT * FROM ${scratch} ON CONFLICT DO NOTHING`);
  steps.push(`DROP TABLE ${scratch}`);
  const what = [...new Set(p.losses.map((l) => l.object))].join(', ');
  out.push(`# ${what} (after the downgrade${columns.length ? ' restores the column' : ''}):${key.guessed ? ` join on your primary key instead of ${key.cols.join(', ')} if it differs` : ''}`);
  out.push(...intoScratch, `psql "$DATABASE_URL" -c ${sh(`${steps.join('; ')}`)}`);
  return out;
}

function mysqlRestore(p: TablePlan, file: string): string[] {
  const t = myIdent(p.table);
  const scratch = myIdent(`${p.table}_restore`);
  const table = p.losses.find((l) => l.kind === 'table');
  // mysqldump writes DROP TABLE IF EXISTS + CREATE TABLE before the rows, so it fits whether or not the downgrade re-created the table.
  if (table) return [`# table ${p.table}:`, `mysql "$MYSQL_DATABASE" < ${sh(file)}`];
  if (p.losses.every((l) => l.kind === 'rows') && p.losses.some((l) => l.op.kind === 'truncate' || (l.op.kind === 'dml' && !l.op.hasWhere))) {
    return [`# rows of ${p.table} (the table is empty after the upgrade):`, `mysql "$MYSQL_DATABASE" < ${sh(file)}`];
  }
  const columns = [...new Set(p.losses.filter((l) => l.column).map((l) => l.column!))];
  const key = keyOf(p.losses[0]!);
  const on = key.cols.map((c) => `t.${myIdent(c)} = r.${myIdent(c)}`).join(' AND ');
  const steps: string[] = [];
  if (columns.length) steps.push(`UPDATE ${t} t JOIN ${scratch} r ON ${on} SET ${columns.map((c) => `t.${myIdent(c)} = r.${myIdent(c)}`).join(', ')}`);
  if (p.losses.some((l) => l.kind === 'rows')) steps.push(`INSERT IGNORE INTO ${t} SELECT * FROM ${scratch}`);
  steps.push(`DROP TABLE ${scratch}`);
  const what = [...new Set(p.losses.map((l) => l.object))].join(', ');
  return [
    `# ${what} (after the downgrade${columns.length ? ' restores the column' : ''}):${key.guessed ? ` join on your primary key instead of ${key.cols.join(', ')} if it differs` : ''}`,
    `mysql "$MYSQL_DATABASE" -e ${sh(`CREATE TABLE ${scratch} LIKE ${t}`)}`,
    `sed ${sh(`s/^INSERT INTO ${t.replace(/`/g, '\\`')} /INSERT INTO ${scratch.replace(/`/g, '\\`')} /`)} ${sh(file)} | mysql "$MYSQL_DATABASE"`,
    `mysql "$MYSQL_DATABASE" -e ${sh(steps.join('; '))}`,
  ];
}

/** The backup command for one table's data at risk (the first line of `backupCommands` for it). */
export function backupCommand(dialect: Dialect, table: string, full: boolean): string {
  if (dialect === 'mysql') {
    const file = dumpFile(table, 'sql');
    return full
      ? `mysqldump --single-transaction "$MYSQL_DATABASE" ${sh(table)} > ${sh(file)}`
      : `mysqldump --single-transaction --no-create-info --complete-insert "$MYSQL_DATABASE" ${sh(table)} > ${sh(file)}`;
  }
  const file = dumpFile(table, 'dump');
  return `pg_dump -Fc${full ? '' : ' --data-only'} -t ${sh(pgQualified(table))} "$DATABASE_URL" > ${sh(file)}`;
}

/**
 * Backup commands for exactly the data at risk, then the restore steps, as shell lines (comments
 * start with `#`). A dropped table is dumped whole; a dropped column, narrowed column or deleted
 * rows need only the table's data (`--data-only`): the downgrade re-creates the shape. Connection
 * details come from `$DATABASE_URL` (PostgreSQL) or `$MYSQL_DATABASE` plus the usual MySQL
 * client config.
 */
export function backupCommands(dialect: Dialect, losses: DataLoss[]): string[] {
  if (losses.length === 0) return [];
  // Names are quoted for the shell and SQL, but a line break, control or bidi character in one
  // would still split or disguise the copy-paste block: no commands are written for such names.
  const odd = losses.filter((l) => [l.table, l.column, l.schema, ...l.key].some((n) => typeof n === 'string' && UNSAFE_NAME.test(n)));
  if (odd.length) {
    return ['# Back up the data at risk by hand: a name holds control, line-break or bidirectional characters, so no command is written for it.'];
  }
  const out: string[] = ['# Before deploying, back up the data at risk:'];
  const restore: string[] = [];
  for (const l of losses) {
    if (l.kind !== 'schema') continue;
    const name = l.schema ?? '';
    if (dialect === 'mysql') {
      out.push(`mysqldump --single-transaction --databases ${sh(name)} > ${sh(dumpFile(name, 'sql'))}`);
      restore.push(`# ${l.object}:`, `mysql < ${sh(dumpFile(name, 'sql'))}`);
    } else if (l.schemaTarget === 'database') {
      out.push(`pg_dump -Fc ${sh(`--dbname=${name}`)} > ${sh(dumpFile(name, 'dump'))}`);
      restore.push(`# ${l.object}:`, `pg_restore -C -d postgres ${sh(dumpFile(name, 'dump'))}`);
    } else {
      out.push(`pg_dump -Fc -n ${sh(pgIdent(name))} "$DATABASE_URL" > ${sh(dumpFile(name, 'dump'))}`);
      restore.push(`# ${l.object}:`, `pg_restore -d "$DATABASE_URL" ${sh(dumpFile(name, 'dump'))}`);
    }
  }
  for (const p of plansOf(losses)) {
    out.push(backupCommand(dialect, p.table, p.full));
    const file = dialect === 'mysql' ? dumpFile(p.table, 'sql') : dumpFile(p.table, 'dump');
    restore.push(...(dialect === 'mysql' ? mysqlRestore(p, file) : pgRestore(p, file)));
  }
  return [...out, '# To restore after rolling back:', ...restore];
}
