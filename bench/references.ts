// Reference search over a generated 10,000-file repository (issue 6: ≤ 1 s). Returns numbers;
// prints nothing (bench/run.ts prints).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { searchReferences, type ReferenceTarget } from '../src/schema/references.js';

const FILES = 10_000;

/** A plausible source file of ~4 KB in one of four languages; every 997th names the dropped column. */
function source(i: number): { rel: string; text: string } {
  const kind = i % 4;
  const dir = ['app/models', 'src/services', 'lib/queries', 'app/controllers'][kind]!;
  const sub = `${dir}/m${Math.floor(i / 100)}`;
  const planted = i % 997 === 0 ? 'legacy_email' : 'email';
  const body: string[] = [];
  for (let l = 0; l < 60; l++) {
    switch (kind) {
      case 0: body.push(`    field_${l} = Column(Text, nullable=True)  # ${l === 30 ? planted : 'note'} for record ${i}`); break;
      case 1: body.push(`  const v${l} = await knex('orders_${i % 50}').where({ id: ${l} }).select('id', 'total_${l}');`); break;
      case 2: body.push(`    sql_${l} = "SELECT id, ${l === 30 ? planted : 'name'} FROM users_${i % 20} WHERE id = %s"`); break;
      default: body.push(`    render json: { status: :ok, item_${l}: @record.attribute_${l} } # ${i}`);
    }
  }
  const ext = ['py', 'ts', 'py', 'rb'][kind]!;
  return { rel: `${sub}/file_${i}.${ext}`, text: `${body.join('\n')}\n` };
}

/** Generates the repository, searches it (directory walk, then `git ls-files`), returns the timings. */
export async function benchReferences(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-bench-refs-'));
  try {
    let bytes = 0;
    const dirs = new Set<string>();
    for (let i = 0; i < FILES; i++) {
      const { rel, text } = source(i);
      const d = path.dirname(path.join(dir, rel));
      if (!dirs.has(d)) {
        mkdirSync(d, { recursive: true });
        dirs.add(d);
      }
      writeFileSync(path.join(dir, rel), text);
      bytes += text.length;
    }
    const targets: ReferenceTarget[] = [
      { table: 'users', column: 'legacy_email' },
      { table: 'users', column: 'email' },
      { table: 'legacy_sessions', column: null },
      { table: 'orders', column: 'discount_code' },
      { table: 'events', column: null },
    ];
    const walk = searchReferences(targets, { cwd: dir });
    let gitMs: number | string = 'git not available';
    let gitFiles: number | string = 0;
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir, stdio: 'ignore' });
      execFileSync('git', ['add', '-A'], { cwd: dir, stdio: 'ignore' });
      const viaGit = searchReferences(targets, { cwd: dir });
      gitMs = Math.round(viaGit.stats.ms);
      gitFiles = viaGit.stats.files;
    } catch {
      // No git on this machine: the walk timing stands alone.
    }
    return {
      files: FILES,
      megabytes: Math.round((bytes / 1048576) * 10) / 10,
      identifiers: targets.length,
      walkMs: Math.round(walk.stats.ms),
      walkFilesSearched: walk.stats.files,
      filesContainingAName: walk.stats.searched,
      gitLsFilesMs: gitMs,
      gitFilesSearched: gitFiles,
      legacyEmailReferences: walk.total('users.legacy_email'),
      legacyEmailShown: walk.references('users.legacy_email').length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
