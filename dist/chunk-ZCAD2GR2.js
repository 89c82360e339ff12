#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/dryrun/redact-values.ts
var OBJECT_WORDS = /* @__PURE__ */ new Set([
  "relation",
  "table",
  "column",
  "constraint",
  "index",
  "type",
  "schema",
  "function",
  "procedure",
  "sequence",
  "view",
  "role",
  "user",
  "database",
  "extension",
  "trigger",
  "policy",
  "operator",
  "domain",
  "attribute",
  "cursor",
  "savepoint",
  "statement",
  "parameter",
  "key",
  "field",
  "collation",
  "tablespace",
  "publication",
  "subscription",
  "server",
  "rule",
  "aggregate",
  "routine",
  "event",
  "variable",
  "partition",
  "engine",
  "charset",
  "character",
  "set",
  "mode",
  "option",
  "reference",
  "name",
  "identifier",
  "label"
]);
var REDACTED = "\u2039value\u203A";
function redactServerValues(message) {
  let out = "";
  let i = 0;
  while (i < message.length) {
    const c = message[i];
    if (c !== '"' && c !== "'") {
      if (c === "=" && message[i + 1] === "(" && message[i - 1] === ")") {
        const close2 = message.indexOf(")", i + 2);
        if (close2 !== -1) {
          out += `=(${REDACTED})`;
          i = close2 + 1;
          continue;
        }
      }
      out += c;
      i++;
      continue;
    }
    const close = message.indexOf(c, i + 1);
    if (close === -1) {
      out += message.slice(i);
      break;
    }
    const word = /([A-Za-z]+)\s*$/.exec(message.slice(Math.max(0, i - 24), i))?.[1]?.toLowerCase();
    out += word && OBJECT_WORDS.has(word) ? message.slice(i, close + 1) : `${c}${REDACTED}${c}`;
    i = close + 1;
  }
  return out;
}

// src/dryrun/snapshot.ts
var USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;
var NOT_EXTENSION_MEMBER = (cls, oid) => `NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = '${cls}'::regclass AND dep.objid = ${oid} AND dep.deptype = 'e')`;
var QUERIES = [
  { kind: "schema", sql: `SELECT n.nspname AS k, '' AS v FROM pg_namespace n WHERE ${USER_NS} AND n.nspname <> 'public'` },
  { kind: "extension", sql: `SELECT extname AS k, extname || ' ' || extversion AS v FROM pg_extension` },
  {
    kind: "table",
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
      WHERE c.relkind IN ('r', 'p', 'f') AND ${USER_NS} AND ${NOT_EXTENSION_MEMBER("pg_class", "c.oid")}
      ORDER BY 1, a.attnum`
  },
  {
    // Grants: ACLs of relations, columns, functions, schemas and types (a down that forgets a REVOKE).
    kind: "privileges",
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
      ) x GROUP BY k`
    // A NULL ACL and an explicit one equal to the owner's default grant the same: only others are compared.
  },
  {
    kind: "policy",
    sql: `SELECT schemaname || '.' || tablename || '.' || policyname AS k,
        permissive || ' FOR ' || cmd || ' TO ' || array_to_string(roles, ',') || coalesce(' USING (' || qual || ')', '') || coalesce(' WITH CHECK (' || with_check || ')', '') AS v
      FROM pg_policies WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`
  },
  {
    kind: "composite",
    sql: `SELECT n.nspname || '.' || t.typname AS k, a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' @' || a.attnum AS v
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE t.typtype = 'c' AND ${USER_NS} AND ${NOT_EXTENSION_MEMBER("pg_type", "t.oid")}`
  },
  {
    kind: "index",
    sql: `SELECT n.nspname || '.' || i.relname AS k, pg_get_indexdef(i.oid) AS v
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
      WHERE ${USER_NS} AND ${NOT_EXTENSION_MEMBER("pg_class", "i.oid")}`
  },
  {
    kind: "constraint",
    sql: `SELECT n.nspname || '.' || coalesce(cl.relname, t.typname, '-') || '.' || co.conname AS k, pg_get_constraintdef(co.oid) AS v
      FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace
      LEFT JOIN pg_class cl ON cl.oid = co.conrelid LEFT JOIN pg_type t ON t.oid = co.contypid
      WHERE ${USER_NS} AND co.contype <> 'n'`
  },
  {
    kind: "sequence",
    sql: `SELECT n.nspname || '.' || c.relname AS k,
        format_type(s.seqtypid, NULL) || ' start ' || s.seqstart || ' increment ' || s.seqincrement || ' min ' || s.seqmin || ' max ' || s.seqmax || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END
        || coalesce(' owned by ' || (SELECT oc.relname || '.' || oa.attname FROM pg_depend dp JOIN pg_class oc ON oc.oid = dp.refobjid JOIN pg_attribute oa ON oa.attrelid = dp.refobjid AND oa.attnum = dp.refobjsubid WHERE dp.classid = 'pg_class'::regclass AND dp.objid = c.oid AND dp.deptype IN ('a', 'i') LIMIT 1), '') AS v
      FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_NS} AND ${NOT_EXTENSION_MEMBER("pg_class", "c.oid")}`
  },
  {
    kind: "enum",
    sql: `SELECT n.nspname || '.' || t.typname AS k, string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) AS v
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE ${USER_NS} GROUP BY 1`
  },
  {
    kind: "type",
    sql: `SELECT n.nspname || '.' || t.typname AS k, t.typtype::text || ' ' || format_type(t.oid, NULL) || coalesce(' base ' || format_type(t.typbasetype, t.typtypmod), '') AS v
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE ${USER_NS} AND t.typtype IN ('d', 'r') AND ${NOT_EXTENSION_MEMBER("pg_type", "t.oid")}`
  },
  {
    kind: "view",
    sql: `SELECT n.nspname || '.' || c.relname AS k, c.relkind::text || ' ' || pg_get_viewdef(c.oid) AS v
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('v', 'm') AND ${USER_NS} AND ${NOT_EXTENSION_MEMBER("pg_class", "c.oid")}`
  },
  {
    kind: "function",
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
      WHERE ${USER_NS} AND ${NOT_EXTENSION_MEMBER("pg_proc", "p.oid")}`
  },
  {
    kind: "trigger",
    sql: `SELECT n.nspname || '.' || c.relname || '.' || tg.tgname AS k, pg_get_triggerdef(tg.oid) || CASE tg.tgenabled WHEN 'O' THEN '' WHEN 'D' THEN ' (disabled)' ELSE ' (enabled ' || tg.tgenabled::text || ')' END AS v
      FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT tg.tgisinternal AND ${USER_NS}`
    // pg_get_triggerdef does not show ALTER TABLE ... DISABLE TRIGGER.
  }
];
function shortName(k) {
  return k.replace(/(^| )public\./, "$1");
}
async function takeSnapshot(db) {
  const snap = /* @__PURE__ */ new Map();
  for (const q of QUERIES) {
    const { rows } = await db.query(q.sql);
    for (const r of rows) {
      const key = `${q.kind} ${shortName(String(r.k))}`;
      const lines = snap.get(key) ?? [];
      lines.push(String(r.v ?? ""));
      if (q.kind === "table" && lines.length === 1) {
        if (r.attrs) lines.unshift(...String(r.attrs).split("|"));
        if (r.relkind === "p") lines.unshift("PARTITIONED");
        if (r.comment !== null && r.comment !== void 0) lines.unshift(`COMMENT ${String(r.comment)}`);
      }
      snap.set(key, lines);
    }
  }
  for (const [key, lines] of snap) if (!key.startsWith("table ") && !key.startsWith("composite ")) lines.sort();
  return snap;
}
function stripPos(line) {
  return line.replace(/ @\d+$/, "");
}
function diffSnapshots(expected, actual, wording = "restore") {
  const gone = wording === "restore" ? "is missing" : "was dropped";
  const extra = wording === "restore" ? "is left over" : "was created";
  const out = [];
  const keys = [.../* @__PURE__ */ new Set([...expected.keys(), ...actual.keys()])].sort();
  for (const key of keys) {
    const a = expected.get(key);
    const b = actual.get(key);
    if (a && !b) {
      out.push(`- ${key} ${gone}${key.startsWith("table ") ? "" : `: ${a.join("; ")}`}`);
      continue;
    }
    if (!a && b) {
      out.push(`+ ${key} ${extra}${key.startsWith("table ") ? "" : `: ${b.join("; ")}`}`);
      continue;
    }
    const la = a.map(stripPos);
    const lb = b.map(stripPos);
    if (la.join("\n") === lb.join("\n")) continue;
    const removed = la.filter((l) => !lb.includes(l));
    const added = lb.filter((l) => !la.includes(l));
    if (removed.length === 0 && added.length === 0) {
      const cols = (ls) => ls.filter((l) => !/^(COMMENT|PARTITIONED|%)/.test(l)).map((l) => l.split(" ")[0]).join(", ");
      out.push(`~ ${key}: column order changed: (${cols(la)}) became (${cols(lb)})`);
      continue;
    }
    for (const l of removed) out.push(`~ ${key}: lost ${l.replace(/^%/, "")}`);
    for (const l of added) out.push(`~ ${key}: gained ${l.replace(/^%/, "")}`);
  }
  return out;
}
function quoteQualified(name) {
  return name.split(".").map((p) => `"${p.replace(/"/g, '""')}"`).join(".");
}
async function tableFingerprint(db, table, maxRows = 2e5) {
  const q = quoteQualified(table);
  try {
    const est = await db.query(`SELECT c.reltuples::float8 AS n, c.relpages AS p FROM pg_class c WHERE c.oid = to_regclass('${q.replace(/'/g, "''")}')`);
    if (est.rows.length === 0) return null;
    if (Number(est.rows[0].n) > maxRows || Number(est.rows[0].p) > maxRows / 20) return null;
    const r = await db.query(`SELECT count(*)::text || ':' || coalesce(md5(string_agg(h, ',' ORDER BY h)), '') AS f FROM (SELECT md5(t::text) AS h FROM ${q} t) s`);
    return String(r.rows[0].f);
  } catch {
    return null;
  }
}

export {
  redactServerValues,
  takeSnapshot,
  diffSnapshots,
  tableFingerprint
};
