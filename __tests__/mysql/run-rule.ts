/**
 * Runs one rule on MySQL SQL through the real front end and schema model, without the engine or
 * the rule registry: lets the MySQL tests judge rules on their own (the oracle test needs the
 * verdict for an arbitrary server version).
 */
import { mysqlVersionNumber } from '../../src/config.js';
import type { Migration, Op } from '../../src/ir.js';
import { lowerMysqlSql } from '../../src/parse/sql/mysql/index.js';
import type { Finding, Rule, RuleContext, RuleSettings } from '../../src/rule.js';
import { UNKNOWN_FACTS, walkMigration } from '../../src/schema/facts.js';
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
  return { id, file, framework: 'sql', dialect: 'mysql', isNew, transactional: false, up: ops, down: null, order: id, meta: {} };
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
  const select = (ops: Op[], kinds: string[]) => (kinds.length ? ops.filter((op) => kinds.includes(op.kind)) : ops);
  const ctx: RuleContext = {
    migration: change,
    ops: ((...kinds: string[]) => select(change.up, kinds)) as RuleContext['ops'],
    downOps: ((...kinds: string[]) => select(change.down ?? [], kinds)) as RuleContext['downOps'],
    facts: (op) => facts.get(op) ?? UNKNOWN_FACTS,
    schema: { existedBefore: (table) => !model.table(table)?.createdInChange, table: (name) => model.table(name) },
    settings,
    // The MySQL rules never ask about code references; the engine's repository scan is not needed here.
    references: () => [],
    finding(at, text) {
      const loc = 'kind' in at ? at.loc : at;
      return { ruleId: rule.id, severity: rule.severity, loc, message: text.message, ...(text.suggestion ? { suggestion: text.suggestion } : {}), migration: change.id };
    },
  };
  return rule.check(ctx);
}
