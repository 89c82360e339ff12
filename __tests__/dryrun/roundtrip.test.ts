import { randomBytes } from 'node:crypto';
import type { DryRunResult } from '../../src/dryrun/types.js';
import { byFile, createPgDatabase, dryRun, pgAdmin, pgUrl, serverAvailable, writeMigrations } from './helpers.js';

/**
 * Round trips that only a complete snapshot catches (issue 13): each down forgets one thing the
 * up changed, and the diff must name it; the correct downs next to them must verify. One run per
 * engine for all of them: PGlite, and the real PostgreSQL 15 (staging seeded with the history,
 * whose server may keep catalog details PGlite does not).
 */

const HISTORY = {
  '20240101000000_init.sql': `-- migrate:up
CREATE ROLE mg_rt_reader NOLOGIN;
CREATE TABLE docs (id int PRIMARY KEY, title text, body text);
CREATE TABLE docs_ok (id int PRIMARY KEY, title text, body text);
CREATE TABLE docs_order (id int PRIMARY KEY, title text, body text);
CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE people (id int PRIMARY KEY, feeling mood);
-- migrate:down
DROP TABLE people; DROP TYPE mood; DROP TABLE events_2023; DROP TABLE events; DROP TABLE docs_order; DROP TABLE docs_ok; DROP TABLE docs; DROP ROLE mg_rt_reader;
`,
};

const PR: Record<string, string> = {
  '20240301000000_grant_forgotten.sql': '-- migrate:up\nGRANT SELECT ON docs TO mg_rt_reader;\n-- migrate:down\nSELECT 1;\n',
  '20240301000001_grant_ok.sql': '-- migrate:up\nGRANT SELECT ON docs_ok TO mg_rt_reader;\n-- migrate:down\nREVOKE SELECT ON docs_ok FROM mg_rt_reader;\n',
  '20240302000000_collation_forgotten.sql': '-- migrate:up\nALTER TABLE docs ALTER COLUMN title TYPE text COLLATE "C";\n-- migrate:down\nSELECT 1;\n',
  '20240302000001_collation_ok.sql': '-- migrate:up\nALTER TABLE docs_ok ALTER COLUMN title TYPE text COLLATE "C";\n-- migrate:down\nALTER TABLE docs_ok ALTER COLUMN title TYPE text COLLATE "default";\n',
  '20240303000000_rls_forgotten.sql': '-- migrate:up\nALTER TABLE docs ENABLE ROW LEVEL SECURITY;\n-- migrate:down\nSELECT 1;\n',
  '20240303000001_rls_ok.sql': '-- migrate:up\nALTER TABLE docs_ok ENABLE ROW LEVEL SECURITY;\n-- migrate:down\nALTER TABLE docs_ok DISABLE ROW LEVEL SECURITY;\n',
  '20240304000000_policy_forgotten.sql': '-- migrate:up\nCREATE POLICY docs_own ON docs USING (id > 0);\n-- migrate:down\nSELECT 1;\n',
  '20240304000001_policy_ok.sql': '-- migrate:up\nCREATE POLICY docs_own ON docs_ok USING (id > 0);\n-- migrate:down\nDROP POLICY docs_own ON docs_ok;\n',
  '20240305000000_storage_forgotten.sql': '-- migrate:up\nALTER TABLE docs SET (fillfactor = 70);\n-- migrate:down\nSELECT 1;\n',
  '20240305000001_storage_ok.sql': '-- migrate:up\nALTER TABLE docs_ok SET (fillfactor = 70);\n-- migrate:down\nALTER TABLE docs_ok RESET (fillfactor);\n',
  '20240306000000_unlogged_forgotten.sql': '-- migrate:up\nALTER TABLE docs SET UNLOGGED;\n-- migrate:down\nSELECT 1;\n',
  '20240307000000_composite_forgotten.sql': '-- migrate:up\nALTER TYPE mg_point ADD ATTRIBUTE z int;\n-- migrate:down\nSELECT 1;\n',
  '20240307000001_composite_ok.sql': '-- migrate:up\nCREATE TYPE mg_pair AS (a int, b text);\n-- migrate:down\nDROP TYPE mg_pair;\n',
  '20240308000000_function_attr_forgotten.sql': '-- migrate:up\nCREATE FUNCTION mg_f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\nALTER FUNCTION mg_f() SECURITY DEFINER;\n-- migrate:down\nALTER FUNCTION mg_f() SECURITY INVOKER;\n',
  '20240309000000_partition_forgotten.sql': "-- migrate:up\nALTER TABLE events DETACH PARTITION events_2023;\nALTER TABLE events ATTACH PARTITION events_2023 FOR VALUES FROM ('2023-01-01') TO ('2023-07-01');\n-- migrate:down\nSELECT 1;\n",
  '20240310000000_trigger_disabled_forgotten.sql': "-- migrate:up\nALTER TABLE docs DISABLE TRIGGER mg_touch;\n-- migrate:down\nSELECT 1;\n",
  '20240311000000_search_path_leak.sql': '-- migrate:up\nCREATE SCHEMA mg_other;\nSET search_path = mg_other;\nCREATE TABLE helper (id int);\n-- migrate:down\nDROP TABLE helper;\nDROP SCHEMA mg_other;\n',
  '20240312000000_enum_used_by_down.sql': "-- migrate:up\nALTER TYPE mood ADD VALUE 'new';\n-- migrate:down\nUPDATE people SET feeling = 'ok' WHERE feeling = 'new';\n",
  '20240313000000_column_order.sql': '-- migrate:up\nALTER TABLE docs_order DROP COLUMN title;\n-- migrate:down\nALTER TABLE docs_order ADD COLUMN title text;\n',
};

const HISTORY2 = {
  '20240201000000_more.sql': `-- migrate:up
CREATE TYPE mg_point AS (x int, y int);
CREATE FUNCTION mg_touch_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER mg_touch BEFORE UPDATE ON docs FOR EACH ROW EXECUTE FUNCTION mg_touch_fn();
-- migrate:down
DROP TRIGGER mg_touch ON docs; DROP FUNCTION mg_touch_fn(); DROP TYPE mg_point;
`,
};

type Engine = 'pglite' | 'postgres';

/** The up parts of dbmate files, in order: what staging has applied. */
function upParts(files: Record<string, string>): string {
  return Object.values(files).map((t) => t.split(/^-- migrate:down/m)[0]!.replace(/^-- migrate:up\n/, '')).join('\n');
}

describe.each<[Engine]>([['pglite'], ['postgres']])('%s', (engine) => {
  let result: DryRunResult | null = null;
  let cleanup: () => void = () => undefined;
  let db: { name: string; drop: () => Promise<void> } | null = null;
  // The real server's roles are shared by every database: a name of this run's own.
  const reader = engine === 'postgres' ? `mg_rt_reader_${randomBytes(4).toString('hex')}` : 'mg_rt_reader';
  const own = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([f, t]) => [f, t.replace(/mg_rt_reader/g, reader)]));

  beforeAll(async () => {
    const w = writeMigrations(own({ ...HISTORY, ...HISTORY2, ...PR }));
    cleanup = w.cleanup;
    if (engine === 'pglite') {
      result = await dryRun(w.dir, Object.keys(PR), { engine: 'pglite', statementTimeoutMs: 20_000 });
      return;
    }
    const up = await serverAvailable('PostgreSQL', async () => {
      const c = await pgAdmin();
      await c.end();
    });
    if (!up) return;
    db = await createPgDatabase();
    const c = await pgAdmin(db.name);
    await c.query(upParts(own({ ...HISTORY, ...HISTORY2 })));
    await c.end();
    result = await dryRun(w.dir, Object.keys(PR), { engine: 'postgres', databaseUrl: pgUrl(db.name), statementTimeoutMs: 20_000 });
  }, 90_000);

  afterAll(async () => {
    cleanup();
    if (process.env.MG_DEBUG && result) for (const m of result.migrations) console.log(engine, m.file, m.verdict, m.roundTrip.status, m.reasons, m.roundTrip.diff, m.roundTrip.error);
    await db?.drop();
    if (db) {
      const a = await pgAdmin();
      await a.query(`DROP ROLE IF EXISTS ${reader}`);
      await a.end();
    }
  });

  const diffOf = (file: string) => byFile(result!, file).roundTrip.diff.join('\n');

  test.each([
    ['20240301000000_grant_forgotten.sql', /privileges table docs.*mg_rt_reader\w*=r/],
    ['20240302000000_collation_forgotten.sql', /table docs: lost title text\n.*table docs: gained title text COLLATE "C"/],
    ['20240303000000_rls_forgotten.sql', /table docs: gained ROW LEVEL SECURITY/],
    ['20240304000000_policy_forgotten.sql', /\+ policy docs\.docs_own is left over: PERMISSIVE FOR ALL TO public USING \(\(id > 0\)\)/],
    ['20240305000000_storage_forgotten.sql', /table docs: gained WITH \(fillfactor=70\)/],
    ['20240306000000_unlogged_forgotten.sql', /table docs: gained UNLOGGED/],
    ['20240307000000_composite_forgotten.sql', /composite mg_point: gained z integer/],
    ['20240308000000_function_attr_forgotten.sql', /\+ function mg_f\(\) is left over: integer sql VOLATILE PARALLEL u/],
    ['20240309000000_partition_forgotten.sql', /table events_2023: lost PARTITION OF public.events FOR VALUES FROM \('2023-01-01'\) TO \('2024-01-01'\)/],
    ['20240310000000_trigger_disabled_forgotten.sql', /trigger docs\.mg_touch: .*gained .*\(disabled\)/],
  ])('%s: the down forgets it and the diff names it', (file, pattern) => {
    if (!result) return;
    const m = byFile(result, file);
    // A down that leaves an object behind also makes the second up fail: either way the diff names it.
    expect({ verdict: m.verdict, status: ['mismatch', 'up-again-failed'].includes(m.roundTrip.status) }).toEqual({ verdict: 'failed', status: true });
    expect(diffOf(file)).toMatch(pattern);
  });

  test.each(['20240301000001_grant_ok.sql', '20240302000001_collation_ok.sql', '20240303000001_rls_ok.sql', '20240304000001_policy_ok.sql', '20240305000001_storage_ok.sql', '20240307000001_composite_ok.sql'])(
    '%s: the correct down verifies',
    (file) => {
      if (!result) return;
      const m = byFile(result, file);
      expect({ verdict: m.verdict, reasons: m.reasons, diff: m.roundTrip.diff }).toEqual({ verdict: 'verified', reasons: [], diff: [] });
    },
  );

  test('function attributes are compared: SECURITY DEFINER is in the snapshot', () => {
    if (!result) return;
    expect(byFile(result, '20240308000000_function_attr_forgotten.sql').roundTrip.upChanges!.join('\n')).toMatch(/function mg_f\(\) was created: integer sql VOLATILE SECURITY DEFINER PARALLEL u/);
  });

  test('a search_path set by the up does not leak into the down: the down finds its own objects the same way production does', () => {
    if (!result) return;
    const m = byFile(result, '20240311000000_search_path_leak.sql');
    // In a new session the down's DROP TABLE helper does not see mg_other.helper: it fails as it would in production.
    expect(m.verdict).toBe('failed');
    expect(m.roundTrip.status).toBe('down-failed');
    expect(m.roundTrip.error).toMatch(/helper.*does not exist/);
  });

  test(engine === 'pglite' ? 'PGlite commits between up and down, so a down may use an enum value the up added' : 'staging keeps one transaction: a down using an enum value the up added needs a commit between up and down (unverified)', () => {
    if (!result) return;
    const m = byFile(result, '20240312000000_enum_used_by_down.sql');
    if (engine === 'pglite') {
      expect(m.roundTrip.status).not.toBe('down-failed');
      expect(m.reasons.join('\n')).not.toMatch(/unsafe use of new value/);
    } else {
      expect({ verdict: m.verdict, error: m.roundTrip.error }).toEqual({ verdict: 'unverified', error: 'needs a commit between up and down' });
    }
  });

  test('column order after down is reported, not a failed round trip', () => {
    if (!result) return;
    const m = byFile(result, '20240313000000_column_order.sql');
    expect({ verdict: m.verdict, status: m.roundTrip.status }).toEqual({ verdict: 'verified', status: 'verified' });
    expect(m.roundTrip.reported!.join('\n')).toMatch(/table docs_order: column order changed: \(id, title, body\) became \(id, body, title\)/);
  });
});
