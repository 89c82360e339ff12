#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/dryrun/version-table.ts
import path from "node:path";
var digits = (m) => (/^(\d+)/.exec(m.id)?.[1] ?? m.id).replace(/^0+(?=\d)/, "");
function expectationFor(m) {
  if (m.framework === "alembic") return { table: "alembic_version", column: "version_num", key: (x) => x.id, latestOnly: true };
  if (m.framework === "django") return { table: "django_migrations", column: "CONCAT(app, '.', name)", key: (x) => x.id, latestOnly: false };
  if (m.framework === "knex") return { table: "knex_migrations", column: "name", key: (x) => path.posix.basename(x.file), latestOnly: false };
  switch (m.layout) {
    case "golang-migrate":
      return { table: "schema_migrations", column: "version", key: digits, latestOnly: true };
    case "dbmate":
      return { table: "schema_migrations", column: "version", key: digits, latestOnly: false };
    case "flyway":
      return { table: "flyway_schema_history", column: "version", where: "success", key: (x) => (/^V([\d._]+)__/.exec(x.id)?.[1] ?? x.id).replace(/_/g, "."), latestOnly: false };
    case "diesel":
      return { table: "__diesel_schema_migrations", column: "version", key: (x) => (/^([\d-]+)/.exec(x.id)?.[1] ?? x.id).replace(/-/g, ""), latestOnly: false };
    case "prisma":
      return { table: "_prisma_migrations", column: "migration_name", where: "finished_at IS NOT NULL AND rolled_back_at IS NULL", key: (x) => x.id, latestOnly: false };
    default:
      return null;
  }
}
async function checkVersionTable(db, migrations) {
  const sample = migrations[0];
  const exp = sample ? expectationFor(sample) : null;
  if (!exp) return { table: null, status: "skipped", message: "plain SQL files have no version table: the base history is assumed to be applied" };
  if (!await db.exists(exp.table)) {
    return { table: exp.table, status: "absent", message: `no ${exp.table} table: cannot confirm that the base history is applied on this database` };
  }
  let applied;
  try {
    applied = (await db.values(exp.table, exp.column, exp.where)).map((v) => v.trim());
  } catch (e) {
    return { table: exp.table, status: "absent", message: `${exp.table} could not be read: ${e.message}` };
  }
  const history = migrations.filter((m) => !m.isNew).map(exp.key);
  const pr = migrations.filter((m) => m.isNew).map(exp.key);
  const appliedSet = new Set(applied);
  const alreadyApplied = pr.filter((k) => appliedSet.has(k));
  if (alreadyApplied.length) {
    return { table: exp.table, status: "mismatch", message: `${exp.table} says the PR's migration${alreadyApplied.length > 1 ? "s" : ""} ${alreadyApplied.join(", ")} ${alreadyApplied.length > 1 ? "are" : "is"} already applied on this database` };
  }
  if (exp.latestOnly) {
    const expected = history[history.length - 1];
    if (expected === void 0) return { table: exp.table, status: applied.length ? "mismatch" : "match", message: applied.length ? `${exp.table} records ${applied.join(", ")} but the base branch has no history` : `${exp.table} is empty, as the base branch has no history` };
    if (!appliedSet.has(expected)) {
      return { table: exp.table, status: "mismatch", message: `${exp.table} records ${applied.length ? applied.join(", ") : "nothing"}, but the base branch's latest migration is ${expected}: the database is not at the base branch's history` };
    }
    return { table: exp.table, status: "match", message: `${exp.table} is at ${expected}, the base branch's latest migration` };
  }
  const missing = history.filter((k) => !appliedSet.has(k));
  if (missing.length) {
    return { table: exp.table, status: "mismatch", message: `${exp.table} lacks ${missing.length} base-branch migration${missing.length > 1 ? "s" : ""} (${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", ..." : ""}): the database is behind the base branch` };
  }
  return { table: exp.table, status: "match", message: `${exp.table} has all ${history.length} base-branch migrations` };
}

export {
  checkVersionTable
};
