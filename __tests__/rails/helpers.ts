import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../../src/config.js';
import { validateConfig } from '../../src/config-schema.js';
import { lint } from '../../src/engine.js';
import type { Dialect } from '../../src/ir.js';

// Our own fixtures, written for these tests.
export const INITIAL = `class CreateUsers < ActiveRecord::Migration[7.1]
  def change
    create_table :users do |t|
      t.string :email, null: false
      t.string :name
      t.timestamps
    end
    create_table :accounts do |t|
      t.string :title
    end
  end
end
`;

export const NEW = 'db/migrate/20240301000000_change.rb';

/** Lints NEW (the change under test) after INITIAL (history), plus any extra files. */
export async function lintRails(change: string, opts: { dialect?: Dialect; extra?: Record<string, string>; changed?: string[]; config?: Record<string, unknown>; file?: string; paths?: string[] } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-rails-'));
  try {
    const files: Record<string, string> = { 'db/migrate/20240101000000_create_users.rb': INITIAL, [opts.file ?? NEW]: change, ...opts.extra };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    const config = resolveConfig(validateConfig(opts.config ?? {}, 'test'), null, opts.dialect ? { dialect: opts.dialect } : {});
    return await lint({ cwd: dir, paths: opts.paths ?? ['db/migrate'], changedFiles: opts.changed ?? [opts.file ?? NEW], config });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type RailsResult = Awaited<ReturnType<typeof lintRails>>;

export const cls = (body: string, extra = '', version = '7.1') => `class Change < ActiveRecord::Migration[${version}]\n${extra}  def change\n${body}\n  end\nend\n`;
export const upOnly = (body: string, version = '7.1') => `class Change < ActiveRecord::Migration[${version}]\n  def up\n${body}\n  end\nend\n`;
export const ruleIds = (r: RailsResult) => r.report.findings.filter((f) => f.file === NEW).map((f) => f.ruleId);
export const migrationOf = (r: RailsResult, file = NEW) => r.migrations.find((m) => m.file === file)!;
