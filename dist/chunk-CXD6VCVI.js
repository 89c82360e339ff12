#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/schema/locks.ts
var STRONG_LOCKS = /* @__PURE__ */ new Set(["ACCESS EXCLUSIVE", "EXCLUSIVE", "SHARE ROW EXCLUSIVE", "SHARE"]);
var LOCK_BLOCKS = {
  "ACCESS EXCLUSIVE": "all reads and writes",
  EXCLUSIVE: "all writes and most reads",
  "SHARE ROW EXCLUSIVE": "all writes",
  SHARE: "all writes",
  "SHARE UPDATE EXCLUSIVE": "other schema changes and VACUUM",
  "ROW EXCLUSIVE": "schema changes"
};
function pgLockOf(op, dropped) {
  switch (op.kind) {
    case "dropTable":
    case "renameTable":
    case "addColumn":
    case "dropColumn":
    case "renameColumn":
    case "alterColumnType":
    case "setNotNull":
    case "dropNotNull":
    case "setDefault":
    case "dropDefault":
    case "alterTableOption":
      return { mode: "ACCESS EXCLUSIVE", tables: [op.table] };
    case "dropConstraint": {
      const ref = dropped?.references;
      return { mode: "ACCESS EXCLUSIVE", tables: ref && ref !== op.table ? [op.table, ref] : [op.table] };
    }
    case "truncate":
      return { mode: "ACCESS EXCLUSIVE", tables: op.tables };
    case "vacuum":
      return op.full && op.table ? { mode: "ACCESS EXCLUSIVE", tables: [op.table] } : null;
    case "cluster":
      return op.table ? { mode: "ACCESS EXCLUSIVE", tables: [op.table] } : null;
    case "createIndex":
      return { mode: op.concurrently ? "SHARE UPDATE EXCLUSIVE" : "SHARE", tables: [op.table] };
    case "dropIndex":
      return op.concurrently || !op.table ? null : { mode: "ACCESS EXCLUSIVE", tables: [op.table] };
    case "reindex":
      return op.concurrently || op.target !== "table" ? null : { mode: "SHARE", tables: [op.name] };
    case "addConstraint": {
      const c = op.constraint;
      if (c.kind === "foreignKey") {
        const tables = c.references && c.references.table !== op.table ? [op.table, c.references.table] : [op.table];
        return { mode: "SHARE ROW EXCLUSIVE", tables };
      }
      return { mode: "ACCESS EXCLUSIVE", tables: [op.table] };
    }
    case "validateConstraint":
    case "comment":
      return { mode: "SHARE UPDATE EXCLUSIVE", tables: [op.table] };
    case "dml":
      return { mode: "ROW EXCLUSIVE", tables: [op.table] };
    case "other":
      if (!op.lock || op.lock.mode === "ROW SHARE" || op.lock.mode === "ACCESS SHARE" || op.lock.tables.length === 0) return null;
      return { mode: op.lock.mode, tables: op.lock.tables };
    default:
      return null;
  }
}

export {
  STRONG_LOCKS,
  LOCK_BLOCKS,
  pgLockOf
};
