import type { FakeGitHub } from './fake-github.js';
import { type ActionRun, pullRequestEvent, runAction, TempRepo, withFakeGitHubAndRepo } from './action-harness.js';

/**
 * Reviewer experience of the bundled action (issue 14, items 7–10) against the fake GitHub:
 * one-click suggestion blocks, one comment per line, rule links, the sticky's state, threads, big diffs.
 */

const PR = 7;
const DOCS = 'https://github.com/migration-guard/migration-guard/blob/main/docs/rules';
const CREATE_USERS = 'CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  email text,\n  name text\n);\nCREATE INDEX users_name_idx ON users (name);\n';
const INDEX_FILE = 'db/migrations/0002_index.sql';
const INDEX_SQL = '-- speed up lookups\nCREATE INDEX users_email_idx\n  ON users (email);\nDROP INDEX users_name_idx;\n';

let github: FakeGitHub;
let repo: TempRepo;

withFakeGitHubAndRepo((g, r) => {
  github = g;
  repo = r;
});

function openPullRequest(prFiles: Record<string, string | null>, history: Record<string, string> = { 'db/migrations/0001_create_users.sql': CREATE_USERS }) {
  const base = repo.commit(history, 'base');
  const head = repo.commit(prFiles, 'pr');
  github.addPull(PR, repo.pullRequestFiles(base, head));
  return { base, head };
}

function run(base: string, head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ repo, github, eventName: 'pull_request', event: pullRequestEvent(PR, base, head), inputs });
}

/** What "Commit suggestion" does: the comment's lines replaced by the block's text. */
function applySuggestion(text: string, comment: { line: number | null; start_line: number | null; body: string }): string {
  const block = /^(`{3,})suggestion\n([\s\S]*?)\n\1$/m.exec(comment.body);
  if (!block) throw new Error(`no suggestion in ${comment.body}`);
  const lines = text.split('\n');
  const end = comment.line!;
  const start = comment.start_line ?? end;
  lines.splice(start - 1, end - start + 1, ...block[2]!.split('\n'));
  return lines.join('\n');
}

describe('one-click fixes', () => {
  it('SQL: findings on one line are one comment with one suggestion applying every fix; each rule links its page; committing the suggestions clears the findings', async () => {
    const { base, head } = openPullRequest({ [INDEX_FILE]: INDEX_SQL });
    const first = await run(base, head);
    expect(first.outputs.findings).toBe('3');
    const pr = github.pulls.get(PR)!;
    const comments = [...pr.reviewComments].sort((a, b) => a.line! - b.line!);
    expect(comments.map((c) => [c.start_line, c.line])).toEqual([[null, 2], [null, 4]]);

    // Line 2: the index without CONCURRENTLY and the missing lock_timeout, fixed together.
    const [index, drop] = comments as [typeof comments[0], typeof comments[0]];
    expect(index.body.match(/<!-- migration-guard:finding=[a-f0-9]{32} -->/g)).toHaveLength(2);
    expect(index.body).toContain(`[\`require-concurrent-index\`](${DOCS}/require-concurrent-index.md)`);
    expect(index.body).toContain(`[\`require-lock-timeout\`](${DOCS}/require-lock-timeout.md)`);
    expect(index.body).toContain("```suggestion\nSET lock_timeout = '2s'; CREATE INDEX CONCURRENTLY users_email_idx\n```");
    expect(index.body).toContain('`-- migration-guard: ignore require-concurrent-index, require-lock-timeout -- <reason>`');
    expect(drop.body).toContain('```suggestion\nDROP INDEX CONCURRENTLY users_name_idx;\n```');
    expect(drop.body).toContain(`(${DOCS}/require-concurrent-index-drop.md)`);

    // Commit both suggestions the way GitHub does and push: the findings are gone, and so are our comments.
    let fixed = applySuggestion(INDEX_SQL, drop);
    fixed = applySuggestion(fixed, index);
    expect(fixed).toBe("-- speed up lookups\nSET lock_timeout = '2s'; CREATE INDEX CONCURRENTLY users_email_idx\n  ON users (email);\nDROP INDEX CONCURRENTLY users_name_idx;\n");
    const pushed = repo.commit({ [INDEX_FILE]: fixed }, 'apply suggestions');
    pr.files = repo.pullRequestFiles(base, pushed);
    const second = await run(base, pushed);
    expect(second.outputs.findings).toBe('0');
    expect(second.exitCode).toBe(0);
    expect(pr.reviewComments).toEqual([]);
  }, 90_000);

  it('a fix whose lines are outside the diff is shown as a collapsed diff, not as a suggestion', async () => {
    // The lock_timeout goes before the first statement (line 1), which this push does not touch.
    const comment = "COMMENT ON TABLE users IS 'people';\n\n\n\n\n";
    const history = { 'db/migrations/0001_create_users.sql': CREATE_USERS, 'db/migrations/0002_more.sql': `${comment}SELECT 1;\n` };
    const { base, head } = openPullRequest({ 'db/migrations/0002_more.sql': `${comment}ALTER TABLE users ADD COLUMN bio text;\n` }, history);
    await run(base, head);
    const pr = github.pulls.get(PR)!;
    const posted = pr.reviewComments.find((c) => c.body.includes('require-lock-timeout'));
    expect(posted).toBeDefined();
    expect(posted!.line).toBe(6);
    expect(posted!.body).not.toContain('```suggestion');
    expect(posted!.body).toContain('<details><summary>Fix: Set lock_timeout (line 1; not applicable as a suggestion here)</summary>');
    expect(posted!.body).toContain("```diff\n-COMMENT ON TABLE users IS 'people';\n+SET lock_timeout = '2s'; COMMENT ON TABLE users IS 'people';\n```");
  }, 60_000);
});

describe('big diffs', () => {
  it('a file GitHub sends without a patch gets one file-level comment, not "outside the diff"', async () => {
    const { base, head } = openPullRequest({ [INDEX_FILE]: INDEX_SQL });
    const pr = github.pulls.get(PR)!;
    // GitHub leaves `patch` out for diffs over its size limit.
    delete pr.files.find((f) => f.filename === INDEX_FILE)!.patch;
    const result = await run(base, head);
    expect(github.log().filter((l) => l.startsWith('POST'))).toEqual([`POST /repos/acme/shop/pulls/${PR}/comments`, `POST /repos/acme/shop/issues/${PR}/comments`]);
    expect(pr.reviewComments).toHaveLength(1);
    expect(pr.reviewComments[0]).toMatchObject({ path: INDEX_FILE, subject_type: 'file', line: null });
    const body = pr.reviewComments[0]!.body;
    expect(body.match(/<!-- migration-guard:finding=/g)).toHaveLength(3);
    expect(body).toContain('<details><summary>Fix: Add CONCURRENTLY (line 2; GitHub shows no diff for this file)</summary>');
    expect(pr.issueComments[0]!.body).not.toContain('outside the pull request diff');
    expect(result.summary).not.toContain('outside the pull request diff');

    // A re-run leaves it alone.
    github.clearLog();
    await run(base, head);
    expect(github.log().filter((l) => l.startsWith('POST') || l.startsWith('DELETE'))).toEqual([]);
  }, 60_000);
});

const STICKY = '<!-- migration-guard:summary -->';

function sticky(): string {
  const ours = github.pulls.get(PR)!.issueComments.filter((c) => c.user.login === 'github-actions[bot]');
  expect(ours).toHaveLength(1);
  return ours[0]!.body;
}

describe('the sticky decides', () => {
  it('verdict, then rollback readiness, then what changed since the last push (from its own hidden state), then where the findings are', async () => {
    const { base, head } = openPullRequest({ [INDEX_FILE]: INDEX_SQL });
    await run(base, head);
    const first = sticky();
    const lines = first.split('\n');
    expect(lines[0]).toBe(STICKY);
    expect(lines[1]).toBe('**Gate: fails** — 1 finding at or above fail-on `error` (1 error; 2 warnings below it).');
    expect(lines[3]).toMatch(/^\*\*Rollback: /);
    expect(first).not.toContain('since');
    expect(first).toContain('💬 All 3 findings are inline comments on the diff.');
    expect(first).toMatch(/<!-- migration-guard:state=v1:[0-9a-f]{40}:[a-z.-]+:[0-9a-f=.]+ -->\n$/);

    // Push: the DROP INDEX fixed, a VACUUM FULL added.
    const pushed = repo.commit({ [INDEX_FILE]: INDEX_SQL.replace('DROP INDEX', 'DROP INDEX CONCURRENTLY') + 'VACUUM FULL users;\n' }, 'push');
    github.pulls.get(PR)!.files = repo.pullRequestFiles(base, pushed);
    await run(base, pushed);
    const second = sticky();
    expect(second).toContain(`**Changes since \`${head.slice(0, 7)}\`**: ✅ 1 fixed (\`require-concurrent-index-drop\`) · 🆕 1 new · 2 still open`);
    expect(second).toContain(`- 🆕 🛑 \`vacuum-full-or-cluster\` at \`${INDEX_FILE}:5\``);

    // A re-run of the same commit says nothing about changes.
    await run(base, pushed);
    expect(sticky()).not.toContain('Changes since');
  }, 90_000);

  it('a pull request that lowers a severity, raises fail-on and adds a suppression is called out with the reasons given', async () => {
    const history = { 'db/migrations/0001_create_users.sql': CREATE_USERS, '.migration-guard.yml': 'failOn: error\n' };
    const { base, head } = openPullRequest(
      {
        '.migration-guard.yml': 'failOn: never # we trust ourselves\nrules:\n  # the table is tiny\n  require-concurrent-index: info\n',
        [INDEX_FILE]: "-- migration-guard: ignore require-lock-timeout -- the deploy sets <b>lock_timeout</b> @ops\nCREATE INDEX users_email_idx ON users (email);\n",
      },
      history,
    );
    const result = await run(base, head);
    expect(result.exitCode).toBe(0);
    const body = sticky();
    expect(body).toContain('> [!WARNING]\n> **This pull request weakens the check** (2 config changes, 1 new suppression):');
    expect(body).toContain('> - fail-on relaxed from `error` to `never` in `.migration-guard.yml`, so fewer findings fail the check: “we trust ourselves”');
    expect(body).toContain('> - `require-concurrent-index` lowered from `error` to `info` in `.migration-guard.yml`: “the table is tiny”');
    // The reason is the author's text: escaped, no HTML, no mention.
    expect(body).toContain(`> - new suppression of \`require-lock-timeout\` at \`${INDEX_FILE}:1\`: “the deploy sets &lt;b&gt;lock_timeout&lt;/b&gt; &#64;&#8288;ops”`);
  }, 60_000);

  it('an ORM migration gets a collapsed SQL preview', async () => {
    const history = { 'alembic/versions/0001_users.py': 'from alembic import op\nimport sqlalchemy as sa\n\nrevision = "0001"\ndown_revision = None\n\n\ndef upgrade():\n    op.create_table("users", sa.Column("id", sa.BigInteger, primary_key=True), sa.Column("email", sa.Text))\n\n\ndef downgrade():\n    op.drop_table("users")\n' };
    const { base, head } = openPullRequest(
      { 'alembic/versions/0002_email.py': 'from alembic import op\n\nrevision = "0002"\ndown_revision = "0001"\n\n\ndef upgrade():\n    op.create_index("ix_users_email", "users", ["email"])\n\n\ndef downgrade():\n    op.drop_index("ix_users_email", table_name="users")\n' },
      history,
    );
    await run(base, head);
    expect(sticky()).toMatch(/<details><summary>SQL preview: alembic\/versions\/0002_email\.py \(alembic\)<\/summary>\n\n```sql\nCREATE INDEX "?ix_users_email"? ON "?users"? \("?email"?\);\n```\n\n<\/details>/);
  }, 60_000);
});

describe('threads', () => {
  it('a fixed finding: a discussed thread is answered "fixed in <sha>" and resolved, the rest deleted, the old review body stops announcing findings; a re-run writes nothing', async () => {
    const { base, head } = openPullRequest({ [INDEX_FILE]: INDEX_SQL });
    await run(base, head);
    const pr = github.pulls.get(PR)!;
    expect(pr.reviews).toHaveLength(1);
    expect(pr.reviews[0]!.body).toContain('migration-guard: 3 new findings on changed lines.');
    const drop = pr.reviewComments.find((c) => c.line === 4)!;
    github.reply(PR, drop.id, 'Is CONCURRENTLY safe here?');

    const fixed = "-- speed up lookups\nSET lock_timeout = '2s'; CREATE INDEX CONCURRENTLY users_email_idx\n  ON users (email);\nDROP INDEX CONCURRENTLY users_name_idx;\n";
    const pushed = repo.commit({ [INDEX_FILE]: fixed }, 'fix');
    pr.files = repo.pullRequestFiles(base, pushed);
    github.clearLog();
    const result = await run(base, pushed);
    expect(result.outputs.findings).toBe('0');

    const writes = github.log().filter((l) => !l.startsWith('GET'));
    expect(writes).toEqual([
      expect.stringMatching(/^DELETE \/repos\/acme\/shop\/pulls\/comments\/\d+$/),
      `POST /repos/acme/shop/pulls/${PR}/comments/${drop.id}/replies`,
      'POST /graphql',
      'POST /graphql',
      `PUT /repos/acme/shop/pulls/${PR}/reviews/${pr.reviews[0]!.id}`,
      `PATCH /repos/acme/shop/issues/comments/${pr.issueComments[0]!.id}`,
    ]);
    const answer = pr.reviewComments.find((c) => c.in_reply_to_id === drop.id && c.user.login === 'github-actions[bot]')!;
    expect(answer.body).toBe(`<!-- migration-guard:fixed -->\nFixed in ${pushed.slice(0, 7)}: this finding no longer appears in the pull request.`);
    expect([...github.resolvedThreads]).toEqual([`PRRT_${drop.id}`]);
    expect(pr.reviews[0]!.body).toContain(`~~3 new findings on changed lines~~: all fixed or superseded as of \`${pushed.slice(0, 7)}\`.`);
    expect(pr.reviews[0]!.body).not.toMatch(/^migration-guard: 3 new findings/m);
    // The human's reply and our comment stay: the discussion is kept, just resolved.
    expect(pr.reviewComments.map((c) => c.id).sort()).toEqual([drop.id, answer.id, pr.reviewComments.find((c) => c.user.login === 'alice')!.id].sort());

    github.clearLog();
    await run(base, pushed);
    expect(github.log().filter((l) => !l.startsWith('GET') && l !== 'POST /graphql')).toEqual([`PATCH /repos/acme/shop/issues/comments/${pr.issueComments[0]!.id}`]);
    // Only the threads query: nothing left to resolve.
    expect(github.requests.filter((r) => r.path === '/graphql').map((r) => /resolveReviewThread/.test(r.body.query))).toEqual([false]);
  }, 90_000);
});

/**
 * One-click fixes in each framework's own syntax: the index finding's inline comment carries a
 * suggestion block; committing it (as GitHub does) and pushing clears the finding.
 */
const ALEMBIC_USERS = 'from alembic import op\nimport sqlalchemy as sa\n\nrevision = "a1"\ndown_revision = None\n\n\ndef upgrade():\n    op.create_table("users", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("email", sa.Text()))\n\n\ndef downgrade():\n    op.drop_table("users")\n';
const ALEMBIC_INDEX = 'from alembic import op\n\nrevision = "b2"\ndown_revision = "a1"\n\n\ndef upgrade():\n    op.create_index("users_email_idx", "users", ["email"])\n\n\ndef downgrade():\n    op.drop_index("users_email_idx", table_name="users")\n';
const DJANGO_INITIAL = "from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    initial = True\n    dependencies = []\n    operations = [\n        migrations.CreateModel(name='Author', fields=[('id', models.BigAutoField(primary_key=True)), ('name', models.TextField())]),\n    ]\n";
const DJANGO_INDEX = "from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    dependencies = [('shop', '0001_initial')]\n    operations = [\n        migrations.AddIndex(model_name='author', index=models.Index(fields=['name'], name='shop_author_name_idx')),\n    ]\n";
const KNEX_USERS = "exports.up = (knex) => knex.schema.createTable('users', (t) => {\n  t.bigIncrements('id');\n  t.text('email');\n});\nexports.down = (knex) => knex.schema.dropTable('users');\n";
const KNEX_INDEX = "exports.up = (knex) => knex.schema.alterTable('users', (t) => {\n  t.index(['email'], 'users_email_idx');\n});\nexports.down = (knex) => knex.schema.alterTable('users', (t) => {\n  t.dropIndex(['email'], 'users_email_idx');\n});\n";
const RAILS_USERS = 'class CreateUsers < ActiveRecord::Migration[7.1]\n  def change\n    create_table :users do |t|\n      t.string :email\n    end\n  end\nend\n';
const RAILS_INDEX = 'class IndexUsers < ActiveRecord::Migration[7.1]\n  def change\n    add_index :users, :email\n  end\nend\n';

describe('one-click fixes per framework', () => {
  it.each([
    ['Alembic', { 'alembic/versions/a1_users.py': ALEMBIC_USERS }, 'alembic/versions/b2_idx.py', ALEMBIC_INDEX, 'postgresql_concurrently=True'],
    ['Knex', { 'migrations/20240101000000_users.js': KNEX_USERS }, 'migrations/20240102000000_idx.js', KNEX_INDEX, 'create index concurrently'],
    ['Django', { 'shop/__init__.py': '', 'shop/migrations/__init__.py': '', 'shop/migrations/0001_initial.py': DJANGO_INITIAL }, 'shop/migrations/0002_index.py', DJANGO_INDEX, 'AddIndexConcurrently('],
    ['Rails', { 'db/migrate/20240101000000_create_users.rb': RAILS_USERS }, 'db/migrate/20240301000000_index_users.rb', RAILS_INDEX, 'algorithm: :concurrently'],
  ])('%s: the index comment carries a suggestion in the file\'s own syntax; committing it clears the finding', async (_name, history, file, text, phrase) => {
    const { base, head } = openPullRequest({ [file]: text }, { '.migration-guard.yml': 'lockTimeout: 2s\n', ...history });
    await run(base, head);
    const pr = github.pulls.get(PR)!;
    const comments = pr.reviewComments.filter((c) => c.body.includes('require-concurrent-index'));
    expect(comments).toHaveLength(1);
    const comment = comments[0]!;
    expect(comment.body).toContain('```suggestion');
    expect(comment.body).toContain(phrase);
    // The fix's edits elsewhere in the file (an import, `atomic = False`, `disable_ddl_transaction!`)
    // are inside the suggested range, so one click applies all of it.
    expect(comment.body).not.toContain('```diff');
    const fixed = applySuggestion(text, comment);
    const pushed = repo.commit({ [file]: fixed }, 'apply suggestion');
    pr.files = repo.pullRequestFiles(base, pushed);
    const second = await run(base, pushed);
    expect(second.outputs.findings).toBe('0');
    expect(pr.reviewComments.filter((c) => c.body.includes('require-concurrent-index'))).toEqual([]);
  }, 90_000);
});
