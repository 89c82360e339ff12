import type { Migration, Op } from '../ir.js';
import type { RollbackReport } from '../report/model.js';
import { backupCommand, backupCommands } from './backup.js';
import { pairRollback, type DataLoss, type PairingContext, type RollbackPairing } from './pairing.js';

/** How to back up one piece of data the upgrade destroys, and how to put it back after a rollback. */
export interface LossBackup {
  /** The command that takes the backup (for a table or column: a dump of that table). */
  backup: string;
  /** The commands that restore the data after rolling back, in order. */
  restore: string[];
}

/**
 * The rollback analysis of one walked migration, computed once by the engine: the pairing the
 * rollback rules read, the verdict for the report and a backup plan per data loss.
 */
export interface RollbackAnalysis {
  pairing: RollbackPairing;
  report: RollbackReport;
  backupOf(loss: DataLoss): LossBackup;
}

/** The backup plan of one data loss (the commands of `backupCommands` for it alone). */
function lossBackup(m: Migration, l: DataLoss): LossBackup {
  const commands = backupCommands(m.dialect, [l]);
  const backup = l.table ? backupCommand(m.dialect, l.table, l.kind === 'table') : commands.find((c) => !c.startsWith('#')) ?? '';
  const restore = commands.slice(commands.indexOf('# To restore after rolling back:') + 1).filter((c) => !c.startsWith('#'));
  return { backup, restore };
}

/** Pairing, verdict and backup plans of one migration; pass the schema walk's facts. */
export function analyzeMigrationRollback(m: Migration, ctx: PairingContext = {}): RollbackAnalysis {
  return analysisOf(m, pairRollback(m, ctx));
}

/**
 * The rollback of one step of a logical migration split into files (`Migration.rollbackGroup`,
 * `group` in order, `m` among them): the steps' downs together undo their ups together, so the
 * step's ops are paired across the whole group and what concerns the step's own ops is kept.
 */
export function analyzeStepRollback(m: Migration, group: readonly Migration[], ctx: PairingContext = {}): RollbackAnalysis {
  if (group.length < 2) return analyzeMigrationRollback(m, ctx);
  const downs = group.filter((g) => g.down !== null);
  const whole: Migration = {
    ...m,
    up: group.flatMap((g) => g.up),
    down: downs.length ? downs.flatMap((g) => g.down!) : null,
    downIrreversible: group.find((g) => g.downIrreversible)?.downIrreversible ?? null,
  };
  const all = pairRollback(whole, ctx);
  const alone = pairRollback(m, ctx);
  const mine = new Set<Op>([...m.up, ...(m.down ?? [])]);
  const keep = <T extends { op: Op }>(xs: T[]): T[] => xs.filter((x) => mine.has(x.op));
  const missing = keep(all.missing);
  const notInvertible = keep(all.notInvertible);
  return analysisOf(m, {
    ...all,
    dataOnly: alone.dataOnly,
    needInverse: alone.needInverse,
    inverted: Math.max(0, alone.needInverse - missing.length - notInvertible.length),
    missing,
    notInvertible,
    unmatchedDown: keep(all.unmatchedDown),
    dataLoss: keep(all.dataLoss),
    unanalyzable: keep(all.unanalyzable),
  });
}

function analysisOf(m: Migration, pairing: RollbackPairing): RollbackAnalysis {
  const backups = new Map(pairing.dataLoss.map((l) => [l, lossBackup(m, l)]));
  return { pairing, report: verdictOf(pairing, m), backupOf: (l) => backups.get(l) ?? lossBackup(m, l) };
}

function line(op: { loc: { file: string; line: number } }, m: Migration): string {
  return op.loc.file === m.file ? `line ${op.loc.line}` : `${op.loc.file}:${op.loc.line}`;
}

/** The readiness table's "inverse check" cell: how much of the upgrade the downgrade undoes. */
function inverseCheck(p: RollbackPairing, m: Migration): string {
  if (!p.expectsDown) return `n/a (${m.layout ?? m.framework} has no down migrations)`;
  if (p.downUnusable) return m.downIrreversible ? 'down refuses to run' : 'no down';
  const parts = [`${p.inverted}/${p.needInverse} ops inverted`];
  const notInverted = p.missing.length + p.notInvertible.length;
  if (notInverted) parts.push(`${notInverted} not undone`);
  if (p.unmatchedDown.length) parts.push(`${p.unmatchedDown.length} down op${p.unmatchedDown.length === 1 ? '' : 's'} matching nothing`);
  if (p.unanalyzable.length) parts.push('unverified');
  return parts.join(', ');
}

/** Turns a pairing into the verdict with reasons (the order of checks is the verdict's precedence). */
export function verdictOf(p: RollbackPairing, m: Migration): RollbackReport {
  const dataAtRisk = [...new Set(p.dataLoss.map((l) => l.object))];
  const backup = backupCommands(m.dialect, p.dataLoss);
  const lossReasons = p.dataLoss.map((l) => `${line(l.op, m)}: the upgrade ${l.what}; ${l.why}`);
  const common = { downPresent: p.downPresent, dataAtRisk, inverse: inverseCheck(p, m), ...(backup.length ? { backup } : {}) };

  if (p.downUnusable && p.expectsDown) {
    return { verdict: 'irreversible', reasons: [p.downUnusable, ...lossReasons], ...common };
  }
  const mismatch = [
    ...p.missing.map((x) => `${line(x.op, m)}: the upgrade ${x.change} but the downgrade does not undo it${x.detail ? ` (${x.detail})` : ''}; expected ${x.expected}`),
    ...p.notInvertible.map((x) => `${line(x.op, m)}: ${x.reason}`),
    ...p.unmatchedDown.map((x) => `${line(x.op, m)}: the downgrade ${x.change}, which the upgrade never touched`),
  ];
  if (mismatch.length) return { verdict: 'irreversible', reasons: [...mismatch, ...lossReasons], ...common };
  if (p.dataLoss.length) return { verdict: 'lossy', reasons: lossReasons, ...common };
  if (p.unanalyzable.length) {
    return {
      verdict: 'unverified',
      reasons: p.unanalyzable.map(({ op, side }) => `${line(op, m)} (${side}): ${op.kind === 'unparsed' ? op.message : op.kind}; the pairing cannot be checked statically`),
      ...common,
    };
  }
  if (!p.expectsDown) return { verdict: 'unverified', reasons: [`the ${m.layout ?? m.framework} layout has no down migrations, so rolling back means a forward fix`], ...common };
  return { verdict: 'reversible', reasons: [], ...common };
}

/**
 * Static rollback verdict for one migration: `irreversible` (no usable down, or a down that does
 * not undo the upgrade), `lossy` (the down undoes the schema but the upgrade destroyed data),
 * `unverified` (parts cannot be analysed statically, or the layout has no downs) or `reversible`.
 * Pass the schema replay's facts so data in objects created by the change is not counted as lost.
 */
export function analyzeRollback(m: Migration, ctx: PairingContext = {}): RollbackReport {
  return verdictOf(pairRollback(m, ctx), m);
}
