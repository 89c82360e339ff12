import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mysqlChanges, mysqlHistory, pgChanges, pgHistory } from '../../bench/shapes.js';
import { defaultConfig } from '../../src/config.js';
import { discover } from '../../src/discover/index.js';
import { activeRules, loadMigrations, ruleContextFor, ruleSettings } from '../../src/engine.js';
import type { Dialect, Migration, Op } from '../../src/ir.js';
import type { RuleContext } from '../../src/rule.js';
import { walkMigration } from '../../src/schema/facts.js';
import { SchemaModel } from '../../src/schema/model.js';

/**
 * Linear rules, checked by counting work instead of timing it: every read of an op's property and
 * every element read of an op list a rule makes is counted. A rule that scans all ops for each op
 * reads ~4× as much at 2N as at N; a linear one ~2×.
 */
let reads = 0;
let counting = false;

function countingOp(op: Op): Op {
  return new Proxy(op, {
    get(target, key, receiver) {
      if (counting) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
}

const countingLists = new WeakMap<object, unknown[]>();
function countingList<T>(list: T[]): T[] {
  let p = countingLists.get(list) as T[] | undefined;
  if (!p) {
    p = new Proxy(list, {
      get(target, key, receiver) {
        if (counting && typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    countingLists.set(list, p);
  }
  return p;
}

async function readsPerRule(dialect: Dialect, statements: number): Promise<Map<string, number>> {
  const dir = mkdtempSync(path.join(tmpdir(), `mg-scaling-${process.pid}-`));
  try {
    const c = dialect === 'postgres' ? pgChanges(statements) : mysqlChanges(statements);
    writeFileSync(path.join(dir, '0001_history.sql'), dialect === 'postgres' ? pgHistory(c.pieces) : mysqlHistory(c.pieces));
    writeFileSync(path.join(dir, '0002_changes.sql'), c.text);
    const config = defaultConfig({ dialect });
    const found = discover({ cwd: dir, paths: ['0002_changes.sql'], config });
    const { migrations } = await loadMigrations(found, config, new Map());
    const settings = ruleSettings(config);
    const model = new SchemaModel();
    const out = new Map<string, number>();
    for (const m of migrations) {
      const migration: Migration = m.isNew ? { ...m, up: m.up.map(countingOp), down: m.down?.map(countingOp) ?? null } : m;
      const facts = walkMigration(model, migration, { globalLockTimeout: false, deprecations: { tables: new Set(), columns: new Set() } });
      if (!migration.isNew) continue;
      for (const { rule, severity } of activeRules(config)) {
        const base = ruleContextFor(migration, facts, settings, rule, severity);
        const ctx: RuleContext = { ...base, ops: (...k) => countingList(base.ops(...k)), downOps: (...k) => countingList(base.downOps(...k)) };
        reads = 0;
        counting = true;
        try {
          rule.check(ctx);
        } finally {
          counting = false;
        }
        out.set(rule.id, reads);
      }
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each<Dialect>(['postgres', 'mysql'])('every %s rule reads its ops linearly', (dialect) => {
  test('2N statements cost about twice N', async () => {
    const n = await readsPerRule(dialect, 600);
    const twoN = await readsPerRule(dialect, 1200);
    const superLinear: string[] = [];
    for (const [id, count] of n) {
      const ratio = (twoN.get(id) ?? 0) / Math.max(count, 1);
      // Small constant costs (a rule that reads a handful of ops) cannot show a ratio.
      if (count > 50 && ratio > 2.5) superLinear.push(`${id}: ${count} → ${twoN.get(id)} reads (×${ratio.toFixed(2)})`);
    }
    expect(superLinear).toEqual([]);
  });
});
