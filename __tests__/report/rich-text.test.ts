import { richText } from '../../src/report/rich-text.js';

describe('richText', () => {
  it('quoted SQL, ORM calls and a trailing shell command become code spans; the prose around them stays escaped text', () => {
    expect(richText('CREATE INDEX CONCURRENTLY users_email_idx ON users (email); in a migration that does not run in a transaction.')).toBe(
      '`CREATE INDEX CONCURRENTLY users_email_idx ON users (email);` in a migration that does not run in a transaction.',
    );
    expect(richText(`op.execute("SET LOCAL lock_timeout = '2s'") at the start of upgrade()`)).toBe("`op.execute(\"SET LOCAL lock_timeout = '2s'\")` at the start of upgrade()");
    expect(richText("Back up t before deploying: pg_dump -t t \"$DATABASE_URL\" > t.dump; psql -c 'DROP TABLE x;'")).toBe(
      "Back up t before deploying: `pg_dump -t t \"$DATABASE_URL\" > t.dump; psql -c 'DROP TABLE x;'`",
    );
    // Lower-case "set" is prose; so is a keyword with no semicolon on its line.
    expect(richText('set lockTimeout in .migration-guard.yml')).toBe('set lockTimeout in .migration-guard.yml');
    expect(richText('DROP COLUMN of a column nobody deprecated')).toBe('DROP COLUMN of a column nobody deprecated');
  });

  it('user text inside and outside the code stays inert', () => {
    expect(richText('ping @alice: DROP INDEX "<img src=x>`";')).toBe('ping &#64;&#8288;alice: ``DROP INDEX "<img src=x>`";``');
  });
});
