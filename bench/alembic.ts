import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Migration } from '../src/ir.js';
import { alembicFrontEnd } from '../src/parse/alembic/index.js';
import { orderAlembicMigrations } from '../src/parse/alembic/graph.js';

const MIGRATIONS = 320;

function revisionId(i: number): string {
  return `r${i.toString(16).padStart(11, '0')}`;
}

/**
 * Realistic Alembic revisions: create_table with typed columns, add/alter/drop column, batch
 * blocks, indexes in autocommit blocks, op.execute with multi-line SQL, helpers and constants. Every
 * tenth revision opens a side branch that the next revision merges back.
 */
function generatedMigration(i: number): { name: string; text: string } {
  const revision = revisionId(i);
  const parent = i === 0 ? 'None' : i % 10 === 1 && i > 10 ? `("${revisionId(i - 1)}", "${revisionId(i - 2)}")` : `"${revisionId(i % 10 === 0 ? i - 2 : i - 1)}"`;
  const t = `table_${i % 40}`;
  const header = `"""step ${i}

Revision ID: ${revision}
Revises: ${parent}
Create Date: 2026-01-01 00:00:00
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision: str = "${revision}"
down_revision = ${parent}
branch_labels = None
depends_on = None
`;
  let body: string;
  switch (i % 4) {
    case 0:
      body = `

def upgrade() -> None:
    op.create_table(
        "new_${i}",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        sa.Column("org_id", sa.BigInteger(), sa.ForeignKey("orgs.id", ondelete="CASCADE"), index=True),
        sa.Column("settings", postgresql.JSONB(), server_default=sa.text("'{}'::jsonb")),
        sa.Column("plan", sa.Enum("free", "pro", "team", name="plan_${i}")),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    op.create_index("ix_new_${i}_plan", "new_${i}", ["org_id", "plan"])


def downgrade() -> None:
    op.drop_index("ix_new_${i}_plan", table_name="new_${i}")
    op.drop_table("new_${i}")
    op.execute("DROP TYPE plan_${i}")
`;
      break;
    case 1:
      body = `

def upgrade() -> None:
    with op.batch_alter_table("${t}") as batch_op:
        batch_op.add_column(sa.Column("nickname_${i}", sa.String(40), nullable=False, server_default=""))
        batch_op.alter_column("name", type_=sa.String(500), existing_type=sa.String(200))
        batch_op.alter_column("bio_${i}", new_column_name="about_${i}")
        batch_op.drop_column("legacy_${i}")
    with op.get_context().autocommit_block():
        op.create_index("ix_${t}_nick_${i}", "${t}", ["nickname_${i}"], postgresql_concurrently=True)


def downgrade() -> None:
    op.drop_index("ix_${t}_nick_${i}", table_name="${t}")
    op.drop_column("${t}", "nickname_${i}")
`;
      break;
    case 2:
      body = `
BATCH = ("a", "b", "c")


def _backfill(column):
    op.execute(
        f"""
        UPDATE ${t}
           SET {column} = 'x'
         WHERE {column} IS NULL
        """
    )


def upgrade() -> None:
    for suffix in BATCH:
        _backfill(f"col_{suffix}")
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM ${t}_audit WHERE created_at < now() - interval '90 days'"))
    op.alter_column("${t}", "col_a", nullable=False, existing_type=sa.Text())


def downgrade() -> None:
    op.alter_column("${t}", "col_a", nullable=True, existing_type=sa.Text())
`;
      break;
    default:
      body = `

def upgrade() -> None:
    op.execute("SET lock_timeout = '2s'")
    op.add_column("${t}", sa.Column("ref_${i}", sa.BigInteger(), nullable=True))
    op.create_foreign_key("fk_${t}_ref_${i}", "${t}", "orgs", ["ref_${i}"], ["id"], postgresql_not_valid=True)
    op.create_check_constraint("ck_${t}_ref_${i}", "${t}", "ref_${i} IS NOT NULL", postgresql_not_valid=True)
    op.alter_column("${t}", "status", server_default=None, comment="deprecated: use state")


def downgrade() -> None:
    op.drop_constraint("ck_${t}_ref_${i}", "${t}", type_="check")
    op.drop_constraint("fk_${t}_ref_${i}", "${t}", type_="foreignkey")
    op.drop_column("${t}", "ref_${i}")
`;
  }
  return { name: `${String(i).padStart(4, '0')}_${revision}_step.py`, text: header + body };
}

/**
 * Cost of loading tree-sitter and the Python grammar in a fresh Node process (median of 5): the
 * import, the runtime WASM and the grammar WASM, up to a first parse.
 */
function coldParserLoadMs(): number {
  const script = `
    const t = performance.now();
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    const python = await Language.load('node_modules/tree-sitter-python/tree-sitter-python.wasm');
    const parser = new Parser();
    parser.setLanguage(python);
    parser.parse('x = 1\\n');
    process.stdout.write(String(performance.now() - t));`;
  const runs = [0, 1, 2, 3, 4]
    .map(() => Number(spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8' }).stdout))
    .sort((a, b) => a - b);
  return runs[2]!;
}

/**
 * Alembic front-end throughput on generated revisions, revision-graph ordering, and the
 * cold-start cost of the Python parser. Returns numbers; the bench runner prints them.
 */
export async function benchAlembic(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-bench-alembic-'));
  try {
    for (let i = 0; i < MIGRATIONS; i++) {
      const { name, text } = generatedMigration(i);
      writeFileSync(path.join(dir, name), text);
    }
    const files = readdirSync(dir).sort();
    const texts = files.map((name) => readFileSync(path.join(dir, name), 'utf8'));
    const run = async () => {
      const migrations: Migration[] = [];
      for (let i = 0; i < files.length; i++) {
        const [m] = await alembicFrontEnd({ file: { path: files[i]!, text: texts[i]! }, dialect: 'postgres', isNew: true, id: files[i]!, order: files[i]! });
        migrations.push(m!);
      }
      return migrations;
    };

    // The first file pays for loading tree-sitter, the grammar and libpg-query in this process.
    const firstStart = performance.now();
    await alembicFrontEnd({ file: { path: files[0]!, text: texts[0]! }, dialect: 'postgres', isNew: true, id: 'first', order: 'first' });
    const firstFileMs = performance.now() - firstStart;

    await run(); // warm-up
    const start = performance.now();
    const migrations = await run();
    const warmMs = performance.now() - start;

    const orderStart = performance.now();
    const ordered = orderAlembicMigrations(migrations);
    const orderMs = performance.now() - orderStart;

    const ops = migrations.reduce((n, m) => n + m.up.length + (m.down?.length ?? 0), 0);
    const unparsed = ordered.reduce((n, m) => n + m.up.filter((op) => op.kind === 'unparsed').length, 0);
    const bytes = texts.reduce((n, t) => n + t.length, 0);
    return {
      files: files.length,
      'ops lowered': ops,
      'unparsed ops (should be 0)': unparsed,
      'files/s (warm)': Math.round((files.length / warmMs) * 1000),
      'ms per file (warm)': Number((warmMs / files.length).toFixed(3)),
      'MB/s (warm)': Number((bytes / 1e6 / (warmMs / 1000)).toFixed(2)),
      'revision graph ordering, ms': Number(orderMs.toFixed(2)),
      heads: ordered[0]?.alembic?.heads?.length ?? 0,
      'first file in process, ms (loads parsers)': Number(firstFileMs.toFixed(1)),
      'tree-sitter + Python grammar cold load, ms (fresh process, median of 5)': Number(coldParserLoadMs().toFixed(1)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
