/**
 * Runs one rule on MySQL SQL through the real front end, schema model and the engine's rule
 * context, without files or the rule registry: lets the MySQL tests judge rules on their own (the oracle test needs the
 * verdict for an arbitrary server version).
 */
import { mysqlVersionNumber } from '../../src/config.js';
import { ruleContextFor } from '../../src/engine.js';
import type { Migration } from '../../src/ir.js';
import { lowerMysqlSql } from '../../src/parse/sql/mysql/index.js';
import type { Finding, Rule, RuleSettings } from '../../src/rule.js';
import { walkMigration } from '../../src/schema/facts.js';
import { SchemaModel } from '../../src/schema/model.js';

export interface MysqlRuleRun {
  /** Earlier (base-branch) migrations. */
  history?: string[];
  sql: string;
  /** "8.0.35", "10.11"... */
  version?: string;
  mariadb?: boolean;
}

async function migration(id: string, sql: string, isNew: boolean): Promise<Migration> {
  const file = `db/${id}.sql`;
  const { ops } = await lowerMysqlSql(sql, { file, line: 1, column: 1 });
  return { id, file, framework: 'sql', dialect: 'mysql', isNew, transactional: false, up: ops, down: null, order: id, expectsDown: false };
}

export async function runMysqlRule(rule: Rule, run: MysqlRuleRun): Promise<Finding[]> {
  const model = new SchemaModel();
  const opts = { globalLockTimeout: false, deprecations: { tables: new Set<string>(), columns: new Set<string>() } };
  for (const [i, sql] of (run.history ?? []).entries()) walkMigration(model, await migration(`000${i}_base`, sql, false), opts);
  const change = await migration('0100_change', run.sql, true);
  const facts = walkMigration(model, change, opts);
  const mariadb = run.mariadb ?? false;
  const settings: RuleSettings = {
    dialect: 'mysql',
    pgVersion: 15,
    mysqlVersion: mysqlVersionNumber(run.version ?? (mariadb ? '10.11' : '8.0.35')),
    mariadb,
    globalLockTimeout: false,
  };
  return rule.check(ruleContextFor(change, facts, settings, rule));
}
