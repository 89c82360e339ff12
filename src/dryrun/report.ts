import { codeBlock, codeSpan, escapeMarkdown } from '../report/escape.js';
import { originLabel } from './app-queries.js';
import type { DryRunResult, LockTrace, MigrationDryRun, StatementTrace } from './types.js';

/**
 * Dry-run sections for text (terminal), JSON and Markdown (sticky comment, job summary). Pure
 * functions of the result. Everything from a migration file (SQL, names, error messages) is user
 * text: Markdown gets it escaped or in code spans/blocks, Mermaid gets it reduced to a safe alphabet.
 */

const VERDICT_ICON: Record<MigrationDryRun['verdict'], string> = { verified: '✅', unverified: '❔', failed: '🛑' };
const STATUS_WORD: Record<StatementTrace['status'], string> = {
  ok: 'ok', substituted: 'ran plain form', refused: 'refused', failed: 'FAILED', timeout: 'TIMED OUT', 'not-run': 'not run',
};

function firstLine(sql: string, max = 80): string {
  const one = sql.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function lockLabel(l: LockTrace): string {
  return `${l.mode} on ${l.relation}${l.relkind !== 'table' ? ` (${l.relkind})` : ''}${l.documented ? ' (documented lock of the concurrent form)' : ''}${l.alreadyHeld ? ' (already held from an earlier statement of this dry-run)' : ''}`;
}

/** JSON output: the result as is (a stable, versioned shape). */
export function renderDryRunJson(result: DryRunResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

function headline(result: DryRunResult): string {
  const counts = { verified: 0, unverified: 0, failed: 0 };
  for (const m of result.migrations) counts[m.verdict]++;
  return `${result.migrations.length} migration${result.migrations.length === 1 ? '' : 's'}: ${counts.verified} verified, ${counts.unverified} unverified, ${counts.failed} failed`;
}

/** Terminal text. */
export function renderDryRunText(result: DryRunResult): string {
  const out: string[] = [];
  out.push(`migration-guard dry-run on ${result.engine}${result.serverVersion ? ` (${result.serverVersion})` : ''}: ${headline(result)} in ${(result.durationMs / 1000).toFixed(1)} s`);
  if (result.history.count && result.engine === 'pglite') out.push(`  base history: ${result.history.replayed}/${result.history.count} migrations ${result.history.fromCache ? 'loaded from cache' : 'replayed'}${result.history.durationMs !== null ? ` in ${result.history.durationMs} ms` : ''}`);
  for (const f of result.history.failed.slice(0, 5)) out.push(`    ! ${f.id}: ${f.error}`);
  if (result.versionTable) out.push(`  version table: ${result.versionTable.message}`);
  for (const p of result.problems) out.push(`  ! ${p}`);
  for (const w of result.warnings ?? []) out.push(`  warning: ${w}`);
  for (const m of result.migrations) {
    out.push('');
    out.push(`${m.verdict.toUpperCase()}  ${m.file}${m.id !== m.file ? ` (${m.id})` : ''}`);
    for (const r of m.reasons) out.push(`  - ${r}`);
    for (const s of m.statements) {
      const flag = s.status === 'ok' ? '' : ` [${STATUS_WORD[s.status]}${s.reason ? `: ${s.reason}` : ''}]`;
      const extra = [s.durationMs !== null ? `${s.durationMs} ms` : null, s.rowsAffected ? `${s.rowsAffected} rows` : null].filter(Boolean).join(', ');
      out.push(`  line ${s.line}: ${firstLine(s.sql)}${extra ? ` (${extra})` : ''}${flag}`);
      for (const l of s.locks) out.push(`      lock ${lockLabel(l)} — blocks ${l.blocks}`);
      for (const r of s.rewrites) out.push(`      REWRITE ${r}`);
      if (s.algorithm) out.push(`      algorithm ${s.algorithm.algorithm}${s.algorithm.lock ? `, LOCK=${s.algorithm.lock}` : ''}${s.algorithm.note ? ` (${s.algorithm.note})` : ''}`);
    }
    if (m.roundTrip.upChanges?.length) {
      out.push('  schema changes made by up:');
      for (const d of m.roundTrip.upChanges) out.push(`    ${d}`);
    }
    out.push(`  round trip: ${m.roundTrip.status}${m.roundTrip.error ? ` — ${m.roundTrip.error}` : ''}`);
    for (const d of m.roundTrip.diff) out.push(`    ${d}`);
    for (const d of m.roundTrip.dataDiff) out.push(`    data: ${d}`);
    for (const d of m.roundTrip.reported ?? []) out.push(`    reported (not a failure): ${d}`);
    out.push(...appQueriesText(m));
  }
  out.push(...appCollectionText(result));
  return `${out.join('\n')}\n`;
}

const PHASE_WORDS = { upgrade: 'after upgrade', rollback: 'after rollback' } as const;

/** breaks-app-query, per migration (terminal): counts, then each broken query with its origins and error. */
export function appQueriesText(m: MigrationDryRun): string[] {
  const v = m.appQueries;
  if (!v) return [];
  const out = [`  application queries: ${v.checked} checked, ${v.broken.length} broken${v.neverPrepared ? `, ${v.neverPrepared} never prepared (in no schema state)` : ''}${v.rollbackNotChecked ? ` (rollback not checked: ${v.rollbackNotChecked})` : ''}`];
  for (const b of v.broken) {
    out.push(`    BROKEN ${PHASE_WORDS[b.phase]}${b.addedByChange ? ' (a query of the new code)' : ''}: ${b.query}`);
    out.push(`      from ${b.origins.map(originLabel).join('; ')}`);
    out.push(`      ${b.error}`);
  }
  return out;
}

/** breaks-app-query, for the run (terminal): where the queries came from, what was skipped or refused. */
function appCollectionText(result: DryRunResult): string[] {
  const a = result.appQueries;
  if (!a) return [];
  const out = ['', `application queries: ${a.checked} prepared per schema state (${a.fromSnapshot} from the statistics snapshot, ${a.fromCode} from the code)`];
  if (a.note) out.push(`  note: ${a.note}`);
  const skipped = Object.entries(a.skipped);
  if (skipped.length) out.push(`  skipped: ${skipped.map(([why, n]) => `${n} ${why}`).join('; ')}`);
  for (const r of a.refused.slice(0, 20)) out.push(`  refused (never sent): ${r.query} (${r.origins.map(originLabel).join('; ')}): ${r.reason}`);
  if (a.refused.length > 20) out.push(`  … ${a.refused.length - 20} more refused`);
  return out;
}

/** Mermaid text must not carry user text that could break the diagram: a conservative alphabet only. */
function mermaidSafe(text: string, max = 60): string {
  const clean = text.replace(/[^A-Za-z0-9_. ()-]/g, ' ').replace(/\s+/g, ' ').trim();
  return (clean.length > max ? clean.slice(0, max) : clean) || 'object';
}

/**
 * A Mermaid gantt chart: one section per relation, one bar per lock, from the start of the
 * statement that took it to the end of the statement that released it (transaction end). Times
 * are milliseconds from the start of the migration (`dateFormat x`).
 */
export function lockGantt(m: MigrationDryRun): string | null {
  const withLocks = m.statements.filter((s) => s.locks.length > 0);
  if (withLocks.length === 0) return null;
  const byRelation = new Map<string, string[]>();
  let taskId = 0;
  for (const s of withLocks) {
    for (const l of s.locks) {
      // A lock already held earlier is drawn once, from the statement that took it.
      if (l.mode === 'ACCESS SHARE' || l.mode === 'ROW SHARE' || l.alreadyHeld) continue;
      const release = m.statements[l.releasedAfter] ?? s;
      const start = Math.round(s.startMs);
      const end = Math.max(start + 1, Math.round(Math.max(release.endMs, s.endMs)));
      const strong = ['ACCESS EXCLUSIVE', 'EXCLUSIVE', 'SHARE ROW EXCLUSIVE', 'SHARE'].includes(l.mode);
      const rows = byRelation.get(l.relation) ?? [];
      rows.push(`    ${mermaidSafe(`${l.mode} (line ${s.line})`)} :${strong ? 'crit, ' : ''}t${taskId++}, ${start}, ${end}`);
      byRelation.set(l.relation, rows);
    }
  }
  if (byRelation.size === 0) return null;
  const lines = ['gantt', `    title Locks held by ${mermaidSafe(m.id)}`, '    dateFormat x', '    axisFormat %S.%L s'];
  for (const [relation, rows] of byRelation) {
    lines.push(`    section ${mermaidSafe(relation, 40)}`);
    lines.push(...rows);
  }
  return lines.join('\n');
}

function cell(text: string): string {
  return escapeMarkdown(text);
}

/**
 * Markdown section (sticky comment / job summary). GitHub rejects comments over 65,536 characters:
 * when the full rendering is longer than `maxChars`, statement tables, timelines and previews are
 * left out (verdicts, reasons and diffs stay), and then diffs are cut.
 */
export function renderDryRunMarkdown(result: DryRunResult, opts: { heading?: string; maxChars?: number } = {}): string {
  const max = opts.maxChars ?? 60_000;
  const full = renderMarkdownAt(result, opts.heading, 'full');
  if (full.length <= max) return full;
  const compact = renderMarkdownAt(result, opts.heading, 'compact');
  if (compact.length <= max) return compact;
  const cut = compact.slice(0, Math.max(0, max - 200));
  // Never cut inside an open code block: close it.
  const fences = (cut.match(/^`{3,}/gm) ?? []).length;
  return `${cut}${fences % 2 ? '\n```' : ''}\n\n… (report truncated; run \`migration-guard dry-run --format json\` for all details)\n`;
}

/**
 * breaks-app-query, per migration (Markdown): counts, then a table of the broken queries. The
 * query texts, origins and errors are user text: code spans in table cells.
 */
export function appQueriesMarkdown(m: MigrationDryRun, detail: 'full' | 'compact' = 'full'): string[] {
  const v = m.appQueries;
  if (!v) return [];
  const head = `${v.broken.length ? '🛑' : '✅'} **Application queries**: ${v.checked} checked, ${v.broken.length} broken${v.neverPrepared ? `, ${v.neverPrepared} never prepared` : ''}${v.rollbackNotChecked ? ` (rollback not checked: ${escapeMarkdown(v.rollbackNotChecked)})` : ''}.`;
  const out = ['', head];
  if (!v.broken.length) return out;
  const rows = detail === 'compact' ? v.broken.slice(0, 10) : v.broken;
  out.push('', '| breaks | query | from | error |', '|---|---|---|---|');
  for (const b of rows) {
    const origins = b.origins.map((o) => codeSpan(originLabel(o), { inTable: true })).join('<br>');
    out.push(`| ${PHASE_WORDS[b.phase]}${b.addedByChange ? ' (new code)' : ''} | ${codeSpan(firstLine(b.query, 120), { inTable: true })} | ${origins} | ${cell(b.error)} |`);
  }
  if (rows.length < v.broken.length) out.push('', `… ${v.broken.length - rows.length} more (see \`migration-guard dry-run --format json\`)`);
  return out;
}

/** breaks-app-query, for the run (Markdown): where the queries came from, what was skipped or refused. */
function appCollectionMarkdown(result: DryRunResult): string[] {
  const a = result.appQueries;
  if (!a) return [];
  const out = ['', `Application queries: ${a.checked} prepared before, after and after the rollback of each migration (${a.fromSnapshot} from the statistics snapshot, ${a.fromCode} from the code); never executed.`];
  if (a.note) out.push(`- ${escapeMarkdown(a.note)}`);
  const skipped = Object.entries(a.skipped);
  if (skipped.length) out.push(`- skipped: ${escapeMarkdown(skipped.map(([why, n]) => `${n} ${why}`).join('; '))}`);
  if (a.refused.length) out.push(`- ${a.refused.length} refused by the guard (never sent), e.g. ${codeSpan(firstLine(a.refused[0]!.query, 80))}: ${escapeMarkdown(a.refused[0]!.reason)}`);
  return out;
}

function renderMarkdownAt(result: DryRunResult, heading: string | undefined, detail: 'full' | 'compact'): string {
  const opts = { heading };
  const out: string[] = [];
  out.push(`${opts.heading ?? '### migration-guard dry-run'}`);
  out.push('');
  out.push(`${result.ok ? '✅' : '🛑'} **${escapeMarkdown(headline(result))}** on \`${result.engine}\`${result.serverVersion ? ` (${escapeMarkdown(result.serverVersion)})` : ''}, ${(result.durationMs / 1000).toFixed(1)} s.`);
  if (result.engine !== 'pglite') out.push('', 'Everything ran in one transaction that was rolled back; only statements on the dry-run\'s allowlist were sent.');
  if (result.history.count && result.engine === 'pglite') out.push('', `Base history: ${result.history.replayed}/${result.history.count} migrations replayed on the embedded database${result.history.fromCache ? ' (loaded from the cache of an identical earlier replay)' : ''}.`);
  for (const f of result.history.failed.slice(0, 5)) out.push(`- ⚠️ history ${codeSpan(f.id)} did not replay: ${escapeMarkdown(f.error)}`);
  if (result.versionTable) out.push('', `Version table: ${escapeMarkdown(result.versionTable.message)}`);
  if (result.problems.length || result.warnings?.length) {
    out.push('');
    for (const p of result.problems) out.push(`- 🛑 ${escapeMarkdown(p)}`);
    for (const w of result.warnings ?? []) out.push(`- ⚠️ ${escapeMarkdown(w)}`);
  }
  out.push(...appCollectionMarkdown(result));
  for (const m of result.migrations) {
    out.push('', `#### ${VERDICT_ICON[m.verdict]} ${codeSpan(m.file)} — ${m.verdict}`);
    if (m.reasons.length) {
      out.push('');
      for (const r of m.reasons) out.push(`- ${escapeMarkdown(r)}`);
    }
    out.push(...appQueriesMarkdown(m, detail));
    if (detail === 'compact') {
      out.push('', `Round trip (up → down → up): **${m.roundTrip.status}**`);
      if (m.roundTrip.diff.length) out.push('', codeBlock(m.roundTrip.diff.slice(0, 20).join('\n'), 'diff'));
      continue;
    }
    out.push('');
    out.push('| line | statement | result | locks taken | rewrites | time | rows |');
    out.push('|---:|---|---|---|---|---:|---:|');
    for (const s of m.statements) {
      const status = s.status === 'ok' ? 'ok' : `${STATUS_WORD[s.status]}${s.reason ? `: ${cell(s.reason)}` : ''}`;
      const locks = s.locks.filter((l) => l.mode !== 'ACCESS SHARE').map((l) => `${cell(l.mode)} on ${codeSpan(l.relation, { inTable: true })}${l.documented ? ' (documented)' : ''}${l.alreadyHeld ? ' (held earlier)' : ''} — blocks ${cell(l.blocks)}`).join('<br>') || '—';
      const rewrites = s.rewrites.length ? `⚠️ ${s.rewrites.map((r) => cell(r)).join('<br>')}` : s.algorithm ? cell(`${s.algorithm.algorithm}${s.algorithm.lock ? ` LOCK=${s.algorithm.lock}` : ''}`) : '—';
      out.push(`| ${s.line} | ${codeSpan(firstLine(s.sql, 70), { inTable: true })} | ${status} | ${locks} | ${rewrites} | ${s.durationMs !== null ? `${s.durationMs} ms` : '—'} | ${s.rowsAffected ?? '—'} |`);
    }
    const gantt = lockGantt(m);
    if (gantt) out.push('', '```mermaid', gantt, '```');
    out.push('', `Round trip (up → down → up): **${m.roundTrip.status}**${m.roundTrip.error ? ` — ${escapeMarkdown(m.roundTrip.error)}` : ''}`);
    if (m.roundTrip.upChanges?.length) {
      out.push('', '<details><summary>Schema changes made by up</summary>', '', codeBlock(m.roundTrip.upChanges.join('\n'), 'diff'), '', '</details>');
    }
    if (m.roundTrip.reported?.length) out.push('', `Reported, not a failure: ${m.roundTrip.reported.map((d) => escapeMarkdown(d)).join('; ')}`);
    if (m.roundTrip.diff.length || m.roundTrip.dataDiff.length) {
      out.push('', '<details><summary>Schema diff after down (expected vs actual)</summary>', '', codeBlock([...m.roundTrip.diff, ...m.roundTrip.dataDiff.map((d) => `data: ${d}`)].join('\n'), 'diff'), '', '</details>');
    }
    if (m.sqlPreview) {
      const text = `-- up\n${m.sqlPreview.up}${m.sqlPreview.down !== null ? `\n\n-- down\n${m.sqlPreview.down}` : ''}`;
      out.push('', '<details><summary>SQL preview</summary>', '', codeBlock(text, 'sql'), '', '</details>');
    }
  }
  return `${out.join('\n')}\n`;
}
