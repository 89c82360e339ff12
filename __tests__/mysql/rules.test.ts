/**
 * The MySQL rules judged directly (front end + schema model, no engine), across server versions.
 * The registry-level cases with snapshots are in __tests__/rules/mysql-*.test.ts.
 */
import missingOnlineDdl from '../../rules/mysql-missing-online-ddl.js';
import unsafeAlter from '../../rules/mysql-unsafe-alter.js';
import { alterFixture } from './fixtures.js';
import { runMysqlRule, type MysqlRuleRun } from './run-rule.js';

async function lines(rule: typeof unsafeAlter, run: MysqlRuleRun): Promise<number[]> {
  return (await runMysqlRule(rule, run)).map((f) => f.loc.line);
}

function fromFixture(name: string, extra: Partial<MysqlRuleRun> = {}): MysqlRuleRun {
  const f = alterFixture(name);
  return { history: [f.history], sql: f.change, ...extra };
}

describe('mysql-unsafe-alter (direct)', () => {
  test.each([
    ['modify-int-to-bigint', 1],
    ['modify-int-to-unsigned', 1],
    ['change-column-type-and-name', 1],
    ['modify-varchar-widen-cross-class', 1],
    ['modify-varchar-narrow', 1],
    ['modify-varchar-to-text', 1],
    ['modify-charset', 1],
    ['modify-enum-reorder', 1],
    ['add-foreign-key', 1],
    ['drop-primary-key', 1],
    ['convert-charset', 1],
    ['add-fulltext-index', 1],
    ['add-check', 1],
    ['add-column-stored', 1],
    ['add-index-forced-copy', 1],
    ['add-index-lock-shared', 1],
    ['multi-add-column-and-type-change', 1],
  ])('%s is flagged at line %i on MySQL 8.0.35', async (name, line) => {
    expect(await lines(unsafeAlter, fromFixture(name))).toEqual([line]);
  });

  test.each([
    'add-column-last',
    'add-column-after',
    'add-column-instant-explicit',
    'add-column-bool',
    'add-column-virtual',
    'add-columns-parenthesised',
    'add-index',
    'add-index-online-explicit',
    'add-unique-index',
    'create-index',
    'drop-index',
    'drop-index-statement',
    'rename-index',
    'rename-column',
    'change-column-same-type',
    'modify-varchar-widen-same-class',
    'modify-varchar-widen-long',
    'modify-enum-append',
    'modify-set-not-null',
    'modify-drop-not-null',
    'modify-comment-only',
    'set-default',
    'drop-default',
    'drop-column',
    'add-foreign-key-checks-off',
    'replace-primary-key',
    'add-primary-key',
    'engine-rebuild',
    'row-format',
    'force-rebuild',
    'multi-add-column-and-index',
    'rename-table-in-alter',
  ])('%s stays silent on MySQL 8.0.35', async (name) => {
    expect(await lines(unsafeAlter, fromFixture(name))).toEqual([]);
  });

  test('a table created in the same migration is exempt', async () => {
    expect(await lines(unsafeAlter, { sql: 'CREATE TABLE t (id int, v int);\nALTER TABLE t MODIFY v bigint, ALGORITHM=COPY;\nALTER TABLE t CONVERT TO CHARACTER SET latin1;' })).toEqual([]);
  });

  test('a table unknown to history counts as existing; an unknown column type is assumed to change', async () => {
    const findings = await runMysqlRule(unsafeAlter, { sql: 'ALTER TABLE legacy MODIFY amount bigint;' });
    expect(findings.map((f) => f.message)).toEqual([
      'Changing the type of amount to bigint (its current type is unknown, so a change is assumed): MySQL copies the whole legacy table, and writes to legacy are blocked until the copy finishes.',
    ]);
  });

  test('version-aware: a latin1 VARCHAR(50) → VARCHAR(300) copies on MySQL, is instant on MariaDB 10.4.3+', async () => {
    expect(await lines(unsafeAlter, fromFixture('modify-varchar-latin1-small-to-long'))).toEqual([1]);
    expect(await lines(unsafeAlter, fromFixture('modify-varchar-latin1-small-to-long', { mariadb: true, version: '10.11' }))).toEqual([]);
    expect(await lines(unsafeAlter, fromFixture('modify-varchar-latin1-small-to-long', { mariadb: true, version: '10.3' }))).toEqual([1]);
  });

  test('version-aware: the default character set change blocks writes on MySQL, is instant on MariaDB', async () => {
    expect(await lines(unsafeAlter, fromFixture('default-charset'))).toEqual([1]);
    expect(await lines(unsafeAlter, fromFixture('default-charset', { mariadb: true, version: '10.11' }))).toEqual([]);
  });

  test('lines point at the statement, not at comments before it', async () => {
    const sql = '-- widen the counter\n\nALTER TABLE users\n  MODIFY visits BIGINT NOT NULL DEFAULT 0;\nALTER TABLE users ADD INDEX users_visits_idx (visits), ALGORITHM=INPLACE, LOCK=NONE;\n# and copy on purpose\nALTER TABLE users ENGINE=InnoDB, ALGORITHM=COPY;';
    const findings = await runMysqlRule(unsafeAlter, { history: [alterFixture('add-index').history], sql });
    expect(findings.map((f) => [f.loc.line, f.loc.endLine])).toEqual([
      [3, 4],
      [7, 7],
    ]);
  });

  test('messages say what copies or blocks; suggestions carry the user\'s names', async () => {
    const [typeChange] = await runMysqlRule(unsafeAlter, fromFixture('modify-int-to-bigint'));
    expect(typeChange!.message).toBe('Changing the type of visits from INT to BIGINT: MySQL copies the whole users table, and writes to users are blocked until the copy finishes.');
    expect(typeChange!.suggestion).toBe(
      'Add a new column, write both, backfill in batches and swap (ALTER TABLE users ADD COLUMN visits_new BIGINT, ALGORITHM=INSTANT;), or run the change with an online schema change tool instead of a plain ALTER: pt-online-schema-change --alter "MODIFY visits BIGINT NOT NULL DEFAULT 0" D=<database>,t=users --execute (or gh-ost --table=users --alter="MODIFY visits BIGINT NOT NULL DEFAULT 0" --execute)',
    );
    const [fk] = await runMysqlRule(unsafeAlter, fromFixture('add-foreign-key'));
    expect(fk!.suggestion).toBe(
      'SET foreign_key_checks = 0; ALTER TABLE users ADD CONSTRAINT users_team_fk FOREIGN KEY (team_id) REFERENCES teams (id), ALGORITHM=INPLACE, LOCK=NONE; SET foreign_key_checks = 1; then check for orphaned rows yourself, since existing rows are not validated.',
    );
    const [forced] = await runMysqlRule(unsafeAlter, fromFixture('add-index-forced-copy'));
    expect(forced!.message).toBe('ALGORITHM=COPY copies the whole users table and blocks writes to it until the copy finishes, although building the index users_email_idx can run online.');
    expect(forced!.suggestion).toBe('ALTER TABLE users ADD INDEX users_email_idx (email), ALGORITHM=INPLACE, LOCK=NONE;');
    const [fulltext] = await runMysqlRule(unsafeAlter, { ...fromFixture('add-fulltext-index'), mariadb: true, version: '10.11' });
    expect(fulltext!.message).toBe('Building the FULLTEXT index users_bio_ft: MariaDB runs it in place but blocks writes to users until it finishes (LOCK=SHARED at best).');
    expect(fulltext!.suggestion).toBe('Run the change with an online schema change tool instead of a plain ALTER: pt-online-schema-change --alter "ADD FULLTEXT INDEX users_bio_ft (bio)" D=<database>,t=users --execute');
  });

  test('online clauses on a change that cannot run online: the server will refuse it, and the rule says so', async () => {
    const [finding] = await runMysqlRule(unsafeAlter, fromFixture('modify-int-to-bigint', { sql: 'ALTER TABLE users MODIFY visits BIGINT NOT NULL DEFAULT 0, ALGORITHM=INPLACE, LOCK=NONE;' }));
    expect(finding!.message).toMatch(/the server will refuse the statement instead\.$/);
  });
});

describe('mysql-missing-online-ddl (direct)', () => {
  test.each([
    ['add-index', 'ALTER TABLE users ADD INDEX users_email_idx (email), ALGORITHM=INPLACE, LOCK=NONE;'],
    ['add-column-last', 'ALTER TABLE users ADD COLUMN nickname VARCHAR(50) NULL, ALGORITHM=INSTANT;'],
    ['create-index', 'CREATE INDEX users_visits_idx ON users (visits) ALGORITHM=INPLACE LOCK=NONE;'],
    ['drop-index-statement', 'ALTER TABLE users DROP INDEX users_name_idx, ALGORITHM=INPLACE, LOCK=NONE;'],
    ['drop-column', 'ALTER TABLE users DROP COLUMN bio, ALGORITHM=INPLACE, LOCK=NONE;'],
    ['rename-column', 'ALTER TABLE users RENAME COLUMN bio TO biography, ALGORITHM=INSTANT;'],
    ['modify-varchar-widen-same-class', "ALTER TABLE users MODIFY email VARCHAR(60) NOT NULL DEFAULT '', ALGORITHM=INPLACE, LOCK=NONE;"],
    // Moving a column rebuilds the table on MySQL: INSTANT would be refused.
    ['modify-move-column', 'ALTER TABLE users MODIFY visits INT NOT NULL DEFAULT 0 AFTER id, ALGORITHM=INPLACE, LOCK=NONE;'],
    ['add-column-first', 'ALTER TABLE users ADD COLUMN tenant_id BIGINT NULL FIRST, ALGORITHM=INSTANT;'],
  ])('%s: suggests the exact statement with its clause', async (name, suggestion) => {
    const findings = await runMysqlRule(missingOnlineDdl, fromFixture(name));
    expect(findings.map((f) => f.suggestion)).toEqual([suggestion]);
  });

  test('version-aware: moving a column is INSTANT on MariaDB 10.4+', async () => {
    const [finding] = await runMysqlRule(missingOnlineDdl, fromFixture('modify-move-column', { mariadb: true, version: '10.11' }));
    expect(finding!.suggestion).toBe('ALTER TABLE users MODIFY visits INT NOT NULL DEFAULT 0 AFTER id, ALGORITHM=INSTANT;');
  });

  test('lines of a multi-line statement after a comment', async () => {
    const findings = await runMysqlRule(missingOnlineDdl, fromFixture('add-column-after'));
    expect(findings.map((f) => [f.loc.line, f.loc.endLine])).toEqual([[2, 3]]);
  });

  test('version-aware: ADD COLUMN ... AFTER is INSTANT on 8.0.29+, only INPLACE on 8.0.12–8.0.28', async () => {
    const on = async (version: string) => (await runMysqlRule(missingOnlineDdl, fromFixture('add-column-after', { version })))[0]!.suggestion;
    expect(await on('8.0.35')).toBe('ALTER TABLE users\n  ADD COLUMN nickname VARCHAR(50) NULL AFTER name, ALGORITHM=INSTANT;');
    expect(await on('8.0.20')).toBe('ALTER TABLE users\n  ADD COLUMN nickname VARCHAR(50) NULL AFTER name, ALGORITHM=INPLACE, LOCK=NONE;');
    // Appended as the last column it is INSTANT from 8.0.12.
    expect((await runMysqlRule(missingOnlineDdl, fromFixture('add-column-last', { version: '8.0.20' })))[0]!.suggestion).toMatch(/ALGORITHM=INSTANT;$/);
    expect((await runMysqlRule(missingOnlineDdl, fromFixture('add-column-last', { version: '5.7.40' })))[0]!.suggestion).toMatch(/ALGORITHM=INPLACE, LOCK=NONE;$/);
    expect((await runMysqlRule(missingOnlineDdl, fromFixture('add-column-after', { mariadb: true, version: '10.3' })))[0]!.suggestion).toMatch(/LOCK=NONE;$/);
    expect((await runMysqlRule(missingOnlineDdl, fromFixture('add-column-after', { mariadb: true, version: '10.6' })))[0]!.suggestion).toMatch(/ALGORITHM=INSTANT;$/);
  });

  test.each([
    'add-index-online-explicit',
    'add-column-instant-explicit',
    'create-index-online-explicit',
    'add-foreign-key-checks-off',
    // Changes with no online path are mysql-unsafe-alter's, not this rule's.
    'modify-int-to-bigint',
    'convert-charset',
    'add-index-forced-copy',
  ])('%s stays silent', async (name) => {
    expect(await lines(missingOnlineDdl, fromFixture(name))).toEqual([]);
  });

  test('LOCK=NONE alone is enough; ALGORITHM=INPLACE alone is not', async () => {
    const history = [alterFixture('add-index').history];
    expect(await lines(missingOnlineDdl, { history, sql: 'ALTER TABLE users ADD INDEX i (email), LOCK=NONE;' })).toEqual([]);
    const [finding] = await runMysqlRule(missingOnlineDdl, { history, sql: 'ALTER TABLE users ADD INDEX i (email), ALGORITHM=INPLACE;' });
    expect(finding!.message).toBe('Building the index i on users can run online, but ALGORITHM=INPLACE without LOCK=NONE lets MySQL take a lock that blocks writes when it cannot run it concurrently.');
    expect(finding!.suggestion).toBe('ALTER TABLE users ADD INDEX i (email), ALGORITHM=INPLACE, LOCK=NONE;');
  });

  test('new tables, DML, RENAME TABLE and CREATE TABLE are not its business', async () => {
    const sql = 'CREATE TABLE t (id int);\nALTER TABLE t ADD INDEX i (id);\nCREATE INDEX j ON t (id);\nUPDATE users SET visits = 0;\nRENAME TABLE users TO members;';
    expect(await lines(missingOnlineDdl, { history: [alterFixture('add-index').history], sql })).toEqual([]);
  });
});
