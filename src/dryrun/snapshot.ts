/**
 * Canonical PostgreSQL catalog snapshot for the round trip (up → down must restore it) and the
 * "staging never changed" checks. Every object is one key with canonical definition lines, built
 * from the server's own deparsers (format_type, pg_get_indexdef, pg_get_constraintdef...) so two
 * snapshots compare equal exactly when the schema is the same.
 */

export interface SqlRunner {
  query(sql: string): Promise<{ rows: Record<string, unknown>[]; rowCount?: number | null }>;
}

/** key ("table public.users") → definition lines, in a stable order. */
export type Snapshot = Map<string, string[]>;

const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;
/** Objects that belong to an extension come and go with it; the extension line covers them. */
const NOT_EXTENSION_MEMBER = (cls: string, oid: string) => `NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = '${cls}'::regclass AND dep.objid = ${oid} AND dep.deptype = 'e')`;

const QUERIES: { kind: string; sql: string }[] = [
  { kind: 'schema', sql: `SELECT n.nspname AS k, '' AS v FROM pg_namespace n WHERE ${USER_NS} AND n.nspname <> 'public'` },
  { kind: 'extension', sql: `SELECT extname AS k, extname || ' ' || extversion AS v FROM pg_extension` },
  {
    kind: 'table',
    // DEFAULT NULL (`NULL::character varying`) inserts what no default does: the same column.
    sql: `SELECT n.nspname || '.' || c.relname AS k,
        coalesce(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
          || CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation THEN ' COLLATE ' || quote_ident(co.collname) ELSE '' END
          || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
          || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
          || CASE WHEN a.attgenerated::text <> '' THEN ' GENERATED ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') WHEN d.adbin IS NOT NULL AND pg_get_expr(d.adbin, d.adrelid) !~ '^NULL(::[^:]+)?$' THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END
          || CASE WHEN a.attstorage <> ty.typstorage THEN ' STORAGE ' || a.attstorage::text ELSE '' END
          || coalesce(' OPTIONS ' || (SELECT string_agg(o, ',' ORDER BY o) FROM unnest(a.attoptions) o WHERE o NOT LIKE 'pg\\_%'), '')
          || CASE WHEN col_description(c.oid, a.attnum) IS NOT NULL THEN ' COMMENT ' || quote_literal(col_description(c.oid, a.attnum)) ELSE '' END,
          '(no columns)') || ' @' || coalesce(a.attnum, 0) AS v,
        c.relkind::text AS relkind, obj_description(c.oid, 'pg_class') AS comment,
        concat_ws('|',
          CASE WHEN c.relpersistence = 'u' THEN '%UNLOGGED' END,
          CASE WHEN c.relrowsecurity THEN '%ROW LEVEL SECURITY' END,
          CASE WHEN c.relforcerowsecurity THEN '%FORCE ROW LEVEL SECURITY' END,
          CASE WHEN c.reloptions IS NOT NULL THEN '%WITH (' || array_to_string(c.reloptions, ', ') || ')' END,
          CASE WHEN c.relispartition THEN '%PARTITION OF ' || (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid LIMIT 1) || ' ' || coalesce(pg_get_expr(c.relpartbound, c.oid), '') END,
          CASE WHEN c.relkind = 'p' THEN '%PARTITION BY ' || pg_get_partkeydef(c.oid) END) AS attrs
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      -- Attribute options named pg_* are the server's own stamps (some builds version every column
      -- that way): catalog bookkeeping, not schema a migration writes or a down could restore.
      LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_type ty ON ty.oid = a.atttypid
      LEFT JOIN pg_collation co ON co.oid = a.attcollation
      LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE c.relkind IN ('r', 'p', 'f') AND ${USER_NS} AND ${NOT_EXTENSION_MEMBER('pg_class', 'c.oid')}
      ORDER BY 1, a.attnum`,
  },
  {
    // Grants: ACLs of relations, columns, functions, schemas and types (a down that forgets a REVOKE).
    kind: 'privileges',
    sql: `SELECT k, string_agg(v, ',' ORDER BY v) AS v FROM (
        SELECT CASE c.relkind WHEN 'S' THEN 'sequence ' WHEN 'v' THEN 'view ' WHEN 'm' THEN 'view ' ELSE 'table ' END || n.nspname || '.' || c.relname AS k, unnest(c.relacl)::text AS v
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relacl IS NOT NULL AND c.relacl::text[] <> acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner)::text[] AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S') AND ${USER_NS}
        UNION ALL
        SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname, unnest(a.attacl)::text
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE coalesce(array_length(a.attacl, 1), 0) > 0 AND ${USER_NS}
        UNION ALL
        SELECT 'function ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', unnest(p.proacl)::text
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.proacl IS NOT NULL AND p.proacl::text[] <> acldefault('f', p.proowner)::text[] AND ${USER_NS}
        UNION ALL
        SELECT 'schema ' || n.nspname, unnest(n.nspacl)::text FROM pg_namespace n WHERE n.nspacl IS NOT NULL AND n.nspacl::text[] <> acldefault('n', n.nspowner)::text[] AND ${USER_NS}
        UNION ALL
        SELECT 'type ' || n.nspname || '.' || t.typname, unnest(t.typacl)::text
          FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typacl IS NOT NULL AND t.typacl::text[] <> acldefault('T', t.typowner)::text[] AND ${USER_NS}
      ) x GROUP BY k`,
    // A NULL ACL and an explicit one equal to the owner's default grant the same: only others are compared.
  },
  {
    kind: 'policy',
    sql: `SELECT schemaname || '.' || tablename || '.' || policyname AS k,
        permissive || ' FOR ' || cmd || ' TO ' || array_to_string(roles, ',') || coalesce(' USING (' || qual || ')', '') || coalesce(' WITH CHECK (' || with_check || ')', '') AS v
      FROM pg_policies WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
  },
  {
    kind: 'composite',
    sql: `SELECT n.nspname || '.' || t.typname AS k, a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' @' || a.attnum AS v
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE t.typtype = 'c' AND ${USER_NS} AND ${NOT_EXTENSION_MEMBER('pg_type', 't.oid')}`,
  },
  {
    kind: 'index',
    sql: `SELECT n.nspname || '.' || i.relname AS k, pg_get_indexdef(i.oid) AS v
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
      WHERE ${USER_NS} AND ${NOT_EXTENSION_MEMBER('pg_class', 'i.oid')}`,
  },
  {
    kind: 'constraint',
    sql: `SELECT n.nspname || '.' || coalesce(cl.relname, t.typname, '-') || '.' || co.conname AS k, pg_get_constraintdef(co.oid) AS v
      FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace
      LEFT JOIN pg_class cl ON cl.oid = co.conrelid LEFT JOIN pg_type t ON t.oid = co.contypid
      WHERE ${USER_NS} AND co.contype <> 'n'`,
  },
  {
    kind: 'sequence',
    sql: `SELECT n.nspname || '.' || c.relname AS k,
        format_type(s.seqtypid, NULL) || ' start ' || s.seqstart || ' increment ' || s.seqincrement || ' min ' || s.seqmin || ' max ' || s.seqmax || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END
        || coalesce(' owned by ' || (SELECT oc.relname || '.' || oa.attname FROM pg_depend dp JOIN pg_class oc ON oc.oid = dp.refobjid JOIN pg_attribute oa ON oa.attrelid = dp.refobjid AND oa.attnum = dp.refobjsubid WHERE dp.classid = 'pg_class'::regclass AND dp.objid = c.oid AND dp.deptype IN ('a', 'i') LIMIT 1), '') AS v
      FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_NS} AND ${NOT_EXTENSION_MEMBER('pg_class', 'c.oid')}`,
  },
  {
    kind: 'enum',
    sql: `SELECT n.nspname || '.' || t.typname AS k, string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) AS v
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE ${USER_NS} GROUP BY 1`,
  },
  {
    kind: 'type',
    sql: `SELECT n.nspname || '.' || t.typname AS k, t.typtype::text || ' ' || format_type(t.oid, NULL) || coalesce(' base ' || format_type(t.typbasetype, t.typtypmod), '') AS v
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE ${USER_NS} AND t.typtype IN ('d', 'r') AND ${NOT_EXTENSION_MEMBER('pg_type', 't.oid')}`,
  },
  {
    kind: 'view',
    sql: `SELECT n.nspname || '.' || c.relname AS k, c.relkind::text || ' ' || pg_get_viewdef(c.oid) AS v
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('v', 'm') AND ${USER_NS} AND ${NOT_EXTENSION_MEMBER('pg_class', 'c.oid')}`,
  },
  {
    kind: 'function',
    sql: `SELECT n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS k,
        pg_get_function_result(p.oid) || ' ' || l.lanname
          || ' ' || CASE p.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END
          || CASE WHEN p.prosecdef THEN ' SECURITY DEFINER' ELSE '' END
          || CASE WHEN p.proisstrict THEN ' STRICT' ELSE '' END
          || CASE WHEN p.proleakproof THEN ' LEAKPROOF' ELSE '' END
          || ' PARALLEL ' || p.proparallel::text
          || coalesce(' SET ' || array_to_string(p.proconfig, ', '), '')
          || ' md5:' || md5(coalesce(p.prosrc, '')) AS v
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
      WHERE ${USER_NS} AND ${NOT_EXTENSION_MEMBER('pg_proc', 'p.oid')}`,
  },
  {
    kind: 'trigger',
    sql: `SELECT n.nspname || '.' || c.relname || '.' || tg.tgname AS k, pg_get_triggerdef(tg.oid) || CASE tg.tgenabled WHEN 'O' THEN '' WHEN 'D' THEN ' (disabled)' ELSE ' (enabled ' || tg.tgenabled::text || ')' END AS v
      FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT tg.tgisinternal AND ${USER_NS}`,
    // pg_get_triggerdef does not show ALTER TABLE ... DISABLE TRIGGER.
  },
];

/** `public.users` → `users`: report names the way the migrations write them. */
function shortName(k: string): string {
  return k.replace(/(^| )public\./, '$1');
}

/** Takes a canonical snapshot of every user object in the current database. */
export async function takeSnapshot(db: SqlRunner): Promise<Snapshot> {
  const snap: Snapshot = new Map();
  for (const q of QUERIES) {
    const { rows } = await db.query(q.sql);
    for (const r of rows) {
      const key = `${q.kind} ${shortName(String(r.k))}`;
      const lines = snap.get(key) ?? [];
      lines.push(String(r.v ?? ''));
      if (q.kind === 'table' && lines.length === 1) {
        if (r.attrs) lines.unshift(...String(r.attrs).split('|'));
        if (r.relkind === 'p') lines.unshift('PARTITIONED');
        if (r.comment !== null && r.comment !== undefined) lines.unshift(`COMMENT ${String(r.comment)}`);
      }
      snap.set(key, lines);
    }
  }
  for (const [key, lines] of snap) if (!key.startsWith('table ') && !key.startsWith('composite ')) lines.sort();
  return snap;
}

/** Column lines carry their position (`@3`); strip it to compare definitions, keep it to compare order. */
function stripPos(line: string): string {
  return line.replace(/ @\d+$/, '');
}

/**
 * Readable differences from `expected` to `actual`. `-` lines: in expected, missing from actual;
 * `+` lines: only in actual; `~`: changed. Column order changes are named explicitly because a
 * dropped and re-added column comes back last, with its data gone.
 */
export function diffSnapshots(expected: Snapshot, actual: Snapshot, wording: 'restore' | 'change' = 'restore'): string[] {
  const gone = wording === 'restore' ? 'is missing' : 'was dropped';
  const extra = wording === 'restore' ? 'is left over' : 'was created';
  const out: string[] = [];
  const keys = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  for (const key of keys) {
    const a = expected.get(key);
    const b = actual.get(key);
    if (a && !b) {
      out.push(`- ${key} ${gone}${key.startsWith('table ') ? '' : `: ${a.join('; ')}`}`);
      continue;
    }
    if (!a && b) {
      out.push(`+ ${key} ${extra}${key.startsWith('table ') ? '' : `: ${b.join('; ')}`}`);
      continue;
    }
    const la = a!.map(stripPos);
    const lb = b!.map(stripPos);
    if (la.join('\n') === lb.join('\n')) continue;
    const removed = la.filter((l) => !lb.includes(l));
    const added = lb.filter((l) => !la.includes(l));
    if (removed.length === 0 && added.length === 0) {
      const cols = (ls: string[]) => ls.filter((l) => !/^(COMMENT|PARTITIONED|%)/.test(l)).map((l) => l.split(' ')[0]).join(', ');
      out.push(`~ ${key}: column order changed: (${cols(la)}) became (${cols(lb)})`);
      continue;
    }
    for (const l of removed) out.push(`~ ${key}: lost ${l.replace(/^%/, '')}`);
    for (const l of added) out.push(`~ ${key}: gained ${l.replace(/^%/, '')}`);
  }
  return out;
}

/** Tables the ops of a migration touch (for data fingerprints). */
export function quoteQualified(name: string): string {
  return name
    .split('.')
    .map((p) => `"${p.replace(/"/g, '""')}"`)
    .join('.');
}

/**
 * Order-independent fingerprint of a table's rows (row count + md5 over the sorted row hashes).
 * Returns null when the table is missing or larger than `maxRows` (fingerprinting it would take
 * too long on a shared server).
 */
export async function tableFingerprint(db: SqlRunner, table: string, maxRows = 200_000): Promise<string | null> {
  const q = quoteQualified(table);
  try {
    const est = await db.query(`SELECT c.reltuples::float8 AS n, c.relpages AS p FROM pg_class c WHERE c.oid = to_regclass('${q.replace(/'/g, "''")}')`);
    if (est.rows.length === 0) return null;
    // reltuples is -1 until the first ANALYZE (PG ≥ 14): the page count bounds the work too.
    if (Number(est.rows[0]!.n) > maxRows || Number(est.rows[0]!.p) > maxRows / 20) return null;
    const r = await db.query(`SELECT count(*)::text || ':' || coalesce(md5(string_agg(h, ',' ORDER BY h)), '') AS f FROM (SELECT md5(t::text) AS h FROM ${q} t) s`);
    return String(r.rows[0]!.f);
  } catch {
    return null;
  }
}
