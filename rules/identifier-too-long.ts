import { createdRelation, type Op } from '../src/ir.js';
import { defineRule, type Finding } from '../src/rule.js';

/** PostgreSQL keeps NAMEDATALEN-1 bytes; MySQL allows 64 characters for tables, columns, indexes and constraints. */
const PG_BYTES = 63;
const MYSQL_CHARS = 64;

/** The names an op gives to new objects, with what they name (references to existing objects are judged where those were made). */
function definedNames(op: Op): { name: string; what: string }[] {
  switch (op.kind) {
    case 'createTable':
      return [
        { name: op.table, what: 'table' },
        ...op.columns.map((c) => ({ name: c.name, what: `column of ${op.table}` })),
        ...op.constraints.flatMap((c) => (c.name ? [{ name: c.name, what: `constraint on ${op.table}` }] : [])),
      ];
    case 'addColumn':
      return [{ name: op.column.name, what: `column of ${op.table}` }];
    case 'renameTable':
      return [{ name: op.newName, what: 'table' }];
    case 'renameColumn':
      return [{ name: op.newName, what: `column of ${op.table}` }];
    case 'createIndex':
      return op.name ? [{ name: op.name, what: `index on ${op.table}` }] : [];
    case 'addConstraint':
      return op.constraint.name ? [{ name: op.constraint.name, what: `constraint on ${op.table}` }] : [];
    case 'createEnum':
      return [{ name: op.name, what: 'type' }];
    case 'other': {
      const created = createdRelation(op);
      return created ? [{ name: created.name, what: created.kind }] : [];
    }
    default:
      return [];
  }
}

/** `schema.table` → both parts; each is its own identifier. */
function parts(name: string): string[] {
  const dot = name.indexOf('.');
  return dot <= 0 ? [name] : [name.slice(0, dot), name.slice(dot + 1)];
}

export default defineRule({
  id: 'identifier-too-long',
  // Not a lock: a framework's own safety assertions (safety_assured) must not cover it.
  category: 'hygiene',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'An identifier longer than the database keeps (PostgreSQL 63 bytes, MySQL 64 characters)',
  docs: {
    why:
      'PostgreSQL keeps the first 63 bytes of an identifier (NAMEDATALEN-1) and silently drops the rest, with only a NOTICE. The object then exists under a name the migration never wrote: two long names that share their first 63 bytes collide ("already exists"), and whatever compares names outside the SQL parser (an ORM\'s generated index and constraint names, autogenerate and schema diffs, scripts that look names up in pg_indexes) does not find it. MySQL rejects identifiers over 64 characters ("Identifier name is too long"), so the migration fails. Names the framework generates count too: a query builder that names an index `<table>_<columns>_index` and a foreign key `<table>_<column>_foreign` does so however long that gets.',
    bad: 'CREATE INDEX organization_membership_invitations_invited_email_address_lower_idx ON organization_membership_invitations (lower(invited_email_address));',
    good: 'CREATE INDEX org_invitations_email_lower_idx ON organization_membership_invitations (lower(invited_email_address));',
    history: 'CREATE TABLE organization_membership_invitations (id bigint PRIMARY KEY, invited_email_address text);',
  },
  check(ctx) {
    const pg = ctx.migration.dialect === 'postgres';
    const findings: Finding[] = [];
    for (const op of ctx.ops()) {
      const names = definedNames(op);
      // Most ops name nothing new, or only short names: no name of at most 21 UTF-16 units is over
      // 63 UTF-8 bytes (3 at most per unit), nor over 64 characters.
      if (names.every(({ name }) => name.length <= (pg ? 21 : MYSQL_CHARS)) && !(pg && op.writtenNames)) continue;
      const seen = new Set<string>();
      /** How often each cut name was met in this op: the n-th one stands for the n-th name written. */
      const uses = new Map<string, number>();
      for (const { name, what } of names) {
        for (const part of parts(name)) {
          // The PostgreSQL parser hands over names already cut to 63 bytes: the front end keeps what was written.
          const candidates = pg ? op.writtenNames?.[part] : undefined;
          const n = uses.get(part) ?? 0;
          uses.set(part, n + 1);
          const written = candidates?.[Math.min(n, candidates.length - 1)] ?? part;
          if (seen.has(written)) continue;
          seen.add(written);
          if (pg) {
            const bytes = Buffer.byteLength(written);
            if (bytes <= PG_BYTES) continue;
            const kept = cut(written);
            const twin = candidates?.find((c) => c !== written);
            const consequence = `${twin ? `${twin} in the same statement is cut to the same name. ` : ''}Another long name of the same kind sharing those ${PG_BYTES} bytes collides with it ("already exists"), and anything that compares the full name (the framework's generated names, schema diffs, lookups in pg_catalog) does not find it.`;
            findings.push(ctx.finding(op, {
              message: `The name ${written} (${what}) is ${bytes} bytes; PostgreSQL keeps ${PG_BYTES} and silently names it ${kept}. ${consequence}`,
              suggestion: `Give the ${what.split(' ')[0]} an explicit name of at most ${PG_BYTES} bytes.`,
            }));
          } else {
            const chars = [...written].length;
            if (chars <= MYSQL_CHARS) continue;
            findings.push(ctx.finding(op, {
              message: `The name ${written} (${what}) is ${chars} characters; MySQL allows ${MYSQL_CHARS} and rejects the statement ("Identifier name is too long"), so the migration fails.`,
              suggestion: `Give the ${what.split(' ')[0]} an explicit name of at most ${MYSQL_CHARS} characters.`,
            }));
          }
        }
      }
    }
    return findings;
  },
});

/** The name PostgreSQL keeps: the first 63 bytes, whole characters only. */
function cut(name: string): string {
  let bytes = 0;
  let out = '';
  for (const ch of name) {
    bytes += Buffer.byteLength(ch);
    if (bytes > PG_BYTES) break;
    out += ch;
  }
  return out;
}
