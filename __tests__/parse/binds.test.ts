import { neutralizeBindParams } from '../../src/parse/sql/binds.js';
import { lowerText, opsOf } from '../alembic/helpers.js';

describe('bind parameters in embedded SQL', () => {
  test('named, pyformat and qmark placeholders become the dialect placeholder; casts, slices and := stay', () => {
    expect(neutralizeBindParams('UPDATE t SET a = :val WHERE id = :id', 'postgres', ['named']).sql).toBe('UPDATE t SET a = $1 WHERE id = $2');
    expect(neutralizeBindParams('SELECT x::text, arr[1:2], f(a := 1) FROM t WHERE y = :y', 'postgres', ['named']).sql).toBe('SELECT x::text, arr[1:2], f(a := 1) FROM t WHERE y = $1');
    expect(neutralizeBindParams("INSERT INTO t VALUES (%s, %(name)s, '%s', 5 %% 2)", 'postgres', ['pyformat']).sql).toBe("INSERT INTO t VALUES ($1, $2, '%s', 5 %% 2)");
    expect(neutralizeBindParams('UPDATE t SET a = %s', 'mysql', ['pyformat']).sql).toBe('UPDATE t SET a = ?');
    expect(neutralizeBindParams("SELECT data ? 'k' FROM t", 'postgres', ['named', 'pyformat']).sql).toBe("SELECT data ? 'k' FROM t");
    expect(neutralizeBindParams('SELECT a FROM t WHERE b = ? AND c ?? d', 'postgres', ['qmark']).sql).toBe('SELECT a FROM t WHERE b = $1 AND c ?? d');
  });

  test('quotes, comments and dollar-quoted bodies are left alone; line count is unchanged', () => {
    const sql = "-- at :noon\nSELECT ':x', \"a:b\", $fn$ :body $fn$, E'it\\'s :y' /* :z */\nWHERE t = :t";
    const out = neutralizeBindParams(sql, 'postgres', ['named']);
    expect(out.count).toBe(1);
    expect(out.sql).toBe(sql.replace('= :t', '= $1'));
    expect(out.sql.split('\n')).toHaveLength(3);
    expect(neutralizeBindParams("SELECT 'it\\'s :a', `c:d` FROM t # :e\nWHERE x = :x", 'mysql', ['named']).sql).toBe("SELECT 'it\\'s :a', `c:d` FROM t # :e\nWHERE x = ?");
  });

  test('Alembic: op.execute(sa.text(...)) with :name and conn.execute with %s are statements, not parse errors', async () => {
    const m = await lowerText(`from alembic import op
import sqlalchemy as sa

revision = 'b1nd0001'
down_revision = None


def upgrade():
    op.execute(sa.text('UPDATE accounts SET tier = :tier WHERE tier IS NULL').bindparams(tier='free'))
    conn = op.get_bind()
    conn.execute('UPDATE accounts SET flag = %s WHERE id = %(id)s', {'id': 1})
    op.execute("""
        INSERT INTO audit (kind, at)
        SELECT :kind, now()
    """)


def downgrade():
    pass
`);
    expect(opsOf(m.up, 'unparsed')).toEqual([]);
    expect(m.up.map((op) => [op.loc.line, op.kind])).toEqual([
      [9, 'dml'],
      [11, 'dml'],
      [13, 'dml'],
    ]);
  });

  test('Alembic: a real syntax error next to a bind parameter is still a parse error', async () => {
    const m = await lowerText(`from alembic import op
import sqlalchemy as sa

revision = 'b1nd0002'
down_revision = None


def upgrade():
    op.execute(sa.text('UPDATE accounts SETT tier = :tier'))


def downgrade():
    pass
`);
    expect(opsOf(m.up, 'unparsed').map((op) => op.reason)).toEqual(['parse']);
  });
});
