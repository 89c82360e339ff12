import type { ReportFinding } from '../../src/report/model.js';
import { alembicRevision as py } from '../alembic/revision.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { dj, DJ_LINE, DJ_USERS } from '../helpers/django.js';
import { lintFixture, type Fixture } from '../rollback/fixture.js';
import { rb, RB_LINE } from '../rails/migration.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text, nickname text);';

// The shared tester writes only migrations (whose directories the search skips), so every case
// here has no code references: these are the exemptions. The invalid cases need application
// code in a git repository and live below.
ruleTester('column-still-referenced', {
  valid: [
    {
      name: 'no application code names the column',
      history: users,
      sql: 'ALTER TABLE users DROP COLUMN legacy_email;',
      alembic: py(['op.drop_column("users", "legacy_email")'], ['op.add_column("users", sa.Column("legacy_email", sa.Text()))']),
      knex: "exports.up = (knex) => knex.schema.alterTable('users', (t) => { t.dropColumn('legacy_email'); });\nexports.down = (knex) => knex.schema.alterTable('users', (t) => { t.text('legacy_email'); });\n",
    },
    { name: 'a table created in the same change', sql: 'CREATE TABLE t (id int, c int);\nALTER TABLE t DROP COLUMN c;\nDROP TABLE t;' },
    { name: 'the migrations themselves are not application code', history: [users, 'SELECT legacy_email FROM users;'], sql: 'ALTER TABLE users RENAME COLUMN legacy_email TO old_email;' },
  ],
  invalid: [],
});

const history = { 'db/migrations/0001_users.sql': `${users}\n` };
const refs = (findings: ReportFinding[]) => findings.filter((f) => f.ruleId === 'column-still-referenced');

async function check(f: Omit<Fixture, 'history'> & { history?: Fixture['history'] }): Promise<ReportFinding[]> {
  const { report } = await lintFixture({ history, git: true, paths: ['db/migrations'], ...f });
  return refs(report.findings);
}

describe('column-still-referenced with application code', () => {
  const model = 'from sqlalchemy import Column, Text\n\n\nclass User(Base):\n    __tablename__ = "users"\n    email = Column(Text)\n    legacy_email = Column(Text)\n';

  test('a dropped column still used in app/models/user.py fails with that file:line, at the migration statement', async () => {
    const found = await check({
      change: { 'db/migrations/0002_drop.sql': '-- legacy_email is unused now\nALTER TABLE users\n  DROP COLUMN legacy_email;\n' },
      files: { 'app/models/user.py': model },
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'db/migrations/0002_drop.sql', line: 2, endLine: 3, severity: 'error' });
    expect(found[0]!.message).toBe(
      'The migration drops column users.legacy_email, but the application code still uses legacy_email (1 reference): app/models/user.py:7. Those queries fail as soon as the migration runs.',
    );
    expect(found[0]!.suggestion).toContain('starting with app/models/user.py:7');
  });

  test('tests, another table\'s model file and another dialect\'s patch script are not the application using the column', async () => {
    const found = await check({
      change: { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n' },
      files: {
        // An API payload in a test: the key looks like the column.
        'app/tests/test_signup.py': 'PAYLOAD = {"ok": True, "legacy_email": "a@b.c"}\n',
        'web/signup.test.ts': "expect(body).toEqual({ legacy_email: 'a@b.c' });\n",
        'spec/user_spec.rb': 'it { expect(user.legacy_email).to be_nil }\n',
        // A translation catalog: the msgid is the field's label.
        'app/locale/de/LC_MESSAGES/django.po': 'msgid "legacy_email"\nmsgstr "alte E-Mail"\n',
        // Another model with an attribute of the same name.
        'app/models/invite.py': 'class Invite(Base):\n    __tablename__ = "invites"\n\n    @property\n    def legacy_email(self):\n        return self.sender.address\n',
        // The MySQL twin of the PostgreSQL migration, with its DDL inside a procedure.
        'db/mysql/patches/0002_drop.sql': "DROP PROCEDURE IF EXISTS drop_col;\nCREATE PROCEDURE drop_col(IN t varchar(64), IN c varchar(64)) BEGIN\n  SET @q = CONCAT('ALTER TABLE ', t, ' DROP COLUMN ', c);\nEND;\nCALL drop_col('users', 'legacy_email');\n",
      },
    });
    expect(found).toEqual([]);
  });

  test('a name in a comment is prose, not a query; the same name in code on the next line counts', async () => {
    const found = await check({
      change: { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n' },
      files: {
        'app/mail.py': '# legacy_email is gone since 2019\nADDRESS = "x"  # was legacy_email\n',
        'web/mail.ts': '// legacy_email: see the migration\n/*\n * legacy_email\n */\nconst q = "SELECT legacy_email FROM users";\n',
        'src/user.rs': '/// The old legacy_email column.\n#[diesel(column_name = legacy_email)]\npub old: String,\n',
      },
    });
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/\(2 references\): src\/user\.rs:2, web\/mail\.ts:5\./)]);
  });

  test('a file with several models is not one table\'s model file: a common name there needs its table', async () => {
    const found = await check({
      history: { 'db/migrations/0001_users.sql': `${users}\nCREATE TABLE projects (id bigint PRIMARY KEY, name text);\nCREATE TABLE dependencies (id bigint PRIMARY KEY, name text);\n` },
      change: { 'db/migrations/0002_drop.sql': 'ALTER TABLE dependencies DROP COLUMN name;\n' },
      files: { 'app/packaging/models.py': 'class Project(Base):\n    __tablename__ = "projects"\n    name = Column(Text)\n\n\nclass Dependency(Base):\n    __tablename__ = "dependencies"\n    kind = Column(Text)\n' },
    });
    expect(found).toEqual([]);
  });

  test('near-miss: another model file that queries this table by name still counts', async () => {
    const found = await check({
      change: { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n' },
      files: { 'app/models/invite.py': 'class Invite(Base):\n    __tablename__ = "invites"\n\n    def sender_address(self, db):\n        return db.execute("SELECT legacy_email FROM users WHERE id = 1")\n' },
    });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('app/models/invite.py:5')]);
  });

  test('a common word as a table counts quoted only as an argument or assignment; Class::name( is a method call', async () => {
    const history = { 'db/migrations/0001_users.sql': `${users}\nCREATE TABLE events (id bigint PRIMARY KEY, read boolean);\n` };
    const dropTable = await check({
      history,
      change: { 'db/migrations/0002_drop.sql': 'DROP TABLE events;\n' },
      files: {
        'app/signals.py': "__all__ = ('acl', 'events', 'users')\nEXPORT = {'events': self.events}\n",
        'app/audit.js': "export const load = () => knex('events').select('id');\n",
      },
    });
    expect(dropTable.map((f) => f.message)).toEqual([expect.stringContaining('(1 reference): app/audit.js:1')]);
    const dropColumn = await check({
      history,
      change: { 'db/migrations/0002_drop.sql': 'ALTER TABLE events DROP COLUMN read;\n' },
      files: { 'src/inbox.rs': 'let orig = Event::read(&mut pool, id).await?;\nlet seen = Event::read_all(&mut pool).await?;\n' },
    });
    expect(dropColumn).toEqual([]);
  });

  test('a swap leaves the old name in place: no finding for it, but the column renamed onto it is still reported', async () => {
    const code = { 'app/jobs.py': 'def load(db):\n    return db.execute("SELECT legacy_email FROM users")\n' };
    const swapped = await check({
      change: { 'db/migrations/0002_swap.sql': 'BEGIN;\nALTER TABLE users RENAME COLUMN legacy_email TO legacy_email_old;\nALTER TABLE users RENAME COLUMN nickname TO legacy_email;\nCOMMIT;\n' },
      files: code,
    });
    expect(swapped).toEqual([]);
    const dropped = await check({
      change: { 'db/migrations/0002_swap.sql': 'BEGIN;\nALTER TABLE users RENAME COLUMN legacy_email TO legacy_email_old;\nCOMMIT;\n' },
      files: code,
    });
    expect(dropped).toHaveLength(1);
  });

  test('Alembic and Knex migrations: the finding points at the drop call', async () => {
    const alembic = await check({
      change: { 'alembic/versions/c0ffee_drop.py': py(['op.drop_column("users", "legacy_email")'], ['op.add_column("users", sa.Column("legacy_email", sa.Text()))']) },
      files: { 'app/models/user.py': model },
      paths: ['db/migrations', 'alembic/versions'],
    });
    expect(alembic).toEqual([expect.objectContaining({ file: 'alembic/versions/c0ffee_drop.py', line: 10, message: expect.stringContaining('app/models/user.py:7') })]);
    const knex = await check({
      change: { 'migrations/20990101000000_drop.js': "exports.up = (knex) =>\n  knex.schema.alterTable('users', (t) => {\n    t.dropColumn('legacy_email');\n  });\nexports.down = (knex) => knex.schema.alterTable('users', (t) => { t.text('legacy_email'); });\n" },
      files: { 'src/models/user.ts': "export class User extends Model {\n  static tableName = 'users';\n  declare legacy_email: string | null;\n}\n" },
      paths: ['db/migrations', 'migrations'],
    });
    expect(knex).toEqual([expect.objectContaining({ file: 'migrations/20990101000000_drop.js', line: 3, message: expect.stringContaining('src/models/user.ts:3') })]);
  });

  test('Django migrations: RemoveField and RenameField of a column the application still uses', async () => {
    // makemigrations writes RemoveField once the model lost the field: what still uses the column is
    // other code in the app (raw SQL here), which the scan must see although the app holds the migrations.
    const djangoModel = 'from django.db import models\n\n\nclass User(models.Model):\n    email = models.TextField(null=True)\n\n    class Meta:\n        db_table = "users"\n';
    const views = 'from django.db import connection\n\n\ndef export(request):\n    with connection.cursor() as cursor:\n        cursor.execute("SELECT id, legacy_email FROM users")\n        return cursor.fetchall()\n';
    const djangoHistory = { 'shop/migrations/__init__.py': '', 'shop/migrations/0001_initial.py': DJ_USERS };
    const removed = await check({
      history: djangoHistory,
      change: { 'shop/migrations/0002_change.py': dj(["migrations.RemoveField(model_name='user', name='legacy_email')"]) },
      files: { 'shop/models.py': djangoModel, 'shop/views.py': views },
      paths: ['shop/migrations'],
    });
    expect(removed).toEqual([expect.objectContaining({ file: 'shop/migrations/0002_change.py', line: DJ_LINE, message: expect.stringContaining('drops column users.legacy_email') })]);
    expect(removed[0]!.message).toContain('(1 reference): shop/views.py:6');
    const renamed = await check({
      history: djangoHistory,
      change: { 'shop/migrations/0002_change.py': dj(["migrations.RenameField(model_name='user', old_name='legacy_email', new_name='old_email')"]) },
      files: { 'shop/models.py': djangoModel, 'shop/views.py': views },
      paths: ['shop/migrations'],
    });
    expect(renamed).toEqual([expect.objectContaining({ line: DJ_LINE, message: expect.stringContaining('renames column users.legacy_email') })]);
    // Once nothing outside the migrations names the column, the drop passes.
    const clean = await check({
      history: djangoHistory,
      change: { 'shop/migrations/0002_change.py': dj(["migrations.RemoveField(model_name='user', name='legacy_email')"]) },
      files: { 'shop/models.py': djangoModel, 'shop/views.py': views.replace(', legacy_email', '') },
      paths: ['shop/migrations'],
    });
    expect(clean).toEqual([]);
  });

  describe('Django projects: names the code uses for something else are not the column', () => {
    const create = (app: string, model: string, fields: string[]) => `from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='${model}',
            fields=[
                ('id', models.BigAutoField(primary_key=True, serialize=False)),
${fields.map((f) => `                ('${f}', models.TextField(null=True)),`).join('\n')}
            ],
        ),
    ]
`;
    const remove = (app: string, model: string, field: string) => ({
      [`${app}/migrations/0002_remove.py`]: `from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    dependencies = [('${app}', '0001_initial')]\n    operations = [\n        migrations.RemoveField(model_name='${model}', name='${field}'),\n    ]\n`,
    });
    const apps = {
      'net/migrations/__init__.py': '', 'net/migrations/0001_initial.py': create('net', 'VlanGroup', ['min_vid', 'max_vid']),
      'accounts/migrations/__init__.py': '', 'accounts/migrations/0001_initial.py': create('accounts', 'Profile', ['team_label']),
      'probes/migrations/__init__.py': '', 'probes/migrations/0001_initial.py': create('probes', 'Probe', ['subject_fail', 'failure_kw']),
    };
    const djangoCheck = (change: Record<string, string>, files: Record<string, string>) => check({ history: apps, change, files, paths: ['net', 'accounts', 'probes'] });

    test('a local variable of the same name: its uses are the variable; an attribute in that file still counts', async () => {
      const utils = "def gaps(vlans, vid_range):\n    min_vid = int(vid_range.lower) if vid_range else 1\n    return [{'vid': min_vid, 'available': len(vlans) - min_vid}]\n";
      expect(await djangoCheck(remove('net', 'vlangroup', 'min_vid'), { 'net/utils.py': utils })).toEqual([]);
      const found = await djangoCheck(remove('net', 'vlangroup', 'min_vid'), { 'net/utils.py': `${utils}\n\ndef first(group):\n    return group.min_vid\n` });
      expect(found.map((f) => f.message)).toEqual([expect.stringContaining('(1 reference): net/utils.py:7.')]);
    });

    test('another app\'s models module: a dict key of that app\'s data is not this table\'s column', async () => {
      const channel = 'import json\nfrom django.db import models\n\n\nclass Probe(models.Model):\n    value = models.TextField()\n\n    def team(self):\n        doc = json.loads(self.value)\n        return doc["team_label"] if "team_label" in doc else None\n';
      expect(await djangoCheck(remove('accounts', 'profile', 'team_label'), { 'probes/models.py': channel })).toEqual([]);
      // Near-miss: code that reads it from the profile.
      const found = await djangoCheck(remove('accounts', 'profile', 'team_label'), { 'probes/models.py': channel, 'accounts/views.py': 'def team(request):\n    return request.profile.team_label\n' });
      expect(found.map((f) => f.message)).toEqual([expect.stringContaining('(1 reference): accounts/views.py:2.')]);
    });

    test('an API field of the same name (TypedDict, pydantic model, payload key) is not the column; a query on the model is', async () => {
      const models = 'from typing import TypedDict\nfrom django.db import models\n\n\nclass ProbeDict(TypedDict):\n    subject_fail: str\n\n\nclass Probe(models.Model):\n    failure_kw = models.TextField(null=True)\n\n    def to_dict(self) -> ProbeDict:\n        return {"subject_fail": self.failure_kw}\n';
      const views = 'from pydantic import BaseModel, Field\n\n\nclass Spec(BaseModel):\n    subject_fail: str | None = Field(None, max_length=200)\n\n\ndef update(spec, probe):\n    if spec.subject_fail is not None:\n        probe.failure_kw = spec.subject_fail\n    return probe\n';
      expect(await djangoCheck(remove('probes', 'probe', 'subject_fail'), { 'probes/models.py': models, 'probes/views.py': views })).toEqual([]);
      const found = await djangoCheck(remove('probes', 'probe', 'subject_fail'), { 'probes/models.py': models, 'probes/views.py': `${views}\n\ndef stale():\n    return Probe.objects.filter(subject_fail="")\n` });
      expect(found.map((f) => f.message)).toEqual([expect.stringContaining('(1 reference): probes/views.py:15.')]);
    });

    test('a name its table shares counts beside its model class only as an argument of the call on it', async () => {
      const shared = { ...apps, 'sites/migrations/__init__.py': '', 'sites/migrations/0001_initial.py': create('sites', 'Cluster', ['site_key']), 'net/migrations/0001_initial.py': create('net', 'VlanGroup', ['min_vid', 'max_vid', 'site_key']) };
      const views = 'def related(x):\n    return [\n        (Cluster.objects.filter(_site=x), "site_key"),\n        Cluster.objects.annotate(n=Subquery(Other.objects.filter(site=OuterRef("site_key")))),\n    ]\n';
      const run = (files: Record<string, string>) => check({ history: shared, change: remove('sites', 'cluster', 'site_key'), files, paths: ['net', 'accounts', 'probes', 'sites'] });
      expect(await run({ 'sites/views.py': views })).toEqual([]);
      const found = await run({ 'sites/views.py': `${views}\n\ndef stale():\n    return Cluster.objects.filter(site_key=1)\n` });
      expect(found.map((f) => f.message)).toEqual([expect.stringContaining('(1 reference): sites/views.py:9.')]);
    });
  });

  test('Rails migrations: remove_column and rename_column of a column app/ still uses', async () => {
    const user = 'class User < ApplicationRecord\n  def contact\n    legacy_email.presence || email\n  end\nend\n';
    const removed = await check({
      change: { 'db/migrate/20990101000000_drop.rb': rb(['remove_column :users, :legacy_email, :text']) },
      files: { 'app/models/user.rb': user },
      paths: ['db/migrations', 'db/migrate'],
    });
    expect(removed).toEqual([expect.objectContaining({ file: 'db/migrate/20990101000000_drop.rb', line: RB_LINE, message: expect.stringContaining('app/models/user.rb:3') })]);
    const renamed = await check({
      change: { 'db/migrate/20990101000000_rename.rb': rb(['rename_column :users, :legacy_email, :old_email']) },
      files: { 'app/models/user.rb': user },
      paths: ['db/migrations', 'db/migrate'],
    });
    expect(renamed).toHaveLength(1);
  });

  test('a later migration that brings the name back owns the code\'s uses; one that adds it to another table does not', async () => {
    const files = { 'app/models/user.py': model };
    const restored = await check({
      change: { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n', 'db/migrations/0003_again.sql': 'ALTER TABLE users ADD COLUMN legacy_email text;\n' },
      files,
    });
    expect(restored).toEqual([]);
    const elsewhere = await check({
      change: { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n', 'db/migrations/0003_other.sql': 'CREATE TABLE invites (id bigint, legacy_email text);\n' },
      files,
    });
    expect(elsewhere.map((f) => f.file)).toEqual(['db/migrations/0002_drop.sql']);
    const rails = (second: string) =>
      check({
        change: { 'db/migrate/20990101000000_drop.rb': rb(['remove_column :users, :legacy_email, :text']), 'db/migrate/20990102000000_again.rb': rb([second]) },
        files: { 'app/models/user.rb': 'class User < ApplicationRecord\n  def contact\n    legacy_email.presence || email\n  end\nend\n' },
        paths: ['db/migrations', 'db/migrate'],
      });
    expect(await rails('add_column :users, :legacy_email, :text')).toEqual([]);
    expect((await rails('add_column :teams, :legacy_email, :text')).map((f) => f.file)).toEqual(['db/migrate/20990101000000_drop.rb']);
  });

  test('a column the model replaced with a method before the drop: uses call the method (Rails, Python); a method reading the attribute still counts', async () => {
    const views = { 'app/views/users/show.rb': 'class Show\n  def title\n    user.nickname\n  end\nend\n' };
    const change = { 'db/migrate/20990101000000_drop.rb': rb(['remove_column :users, :nickname, :text']) };
    const paths = ['db/migrations', 'db/migrate'];
    const method = 'class User < ApplicationRecord\n  def nickname\n    email.split("@").first\n  end\nend\n';
    expect(await check({ change, files: { ...views, 'app/models/user.rb': method }, paths })).toEqual([]);
    const reads = 'class User < ApplicationRecord\n  def nickname\n    self[:nickname] || email\n  end\nend\n';
    expect(await check({ change, files: { ...views, 'app/models/user.rb': reads }, paths })).toHaveLength(1);
    const property = 'class User(Base):\n    __tablename__ = "users"\n    email = Column(Text)\n\n    @property\n    def legacy_email(self):\n        return self.email\n';
    const sql = { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n' };
    expect(await check({ change: sql, files: { 'app/models/user.py': property, 'app/api.py': 'def show(user):\n    return user.legacy_email\n' } })).toEqual([]);
  });

  test('a controller or helper defining a method of the column\'s name: its bare uses call the method; the table qualifying the name still counts', async () => {
    const change = { 'db/migrate/20990101000000_drop.rb': rb(['remove_column :users, :legacy_email, :text']) };
    const paths = ['db/migrations', 'db/migrate'];
    const controller = (create: string[]) => [
      'class ContactsController < ApplicationController',
      '  def create',
      ...create.map((l) => `    ${l}`),
      '    render plain: "sent to #{legacy_email}"',
      '  end',
      '',
      '  private',
      '',
      '  def legacy_email',
      '    request.headers["X-Contact"].to_s.downcase',
      '  end',
      'end',
      '',
    ].join('\n');
    expect(await check({ change, files: { 'app/controllers/contacts_controller.rb': controller(['Mailer.deliver(legacy_email)']) }, paths })).toEqual([]);
    const helper = 'module ContactsHelper\n  def self.legacy_email(user)\n    user.email\n  end\n\n  def label\n    legacy_email(current_user)\n  end\nend\n';
    expect(await check({ change, files: { 'app/helpers/contacts_helper.rb': helper }, paths })).toEqual([]);
    // The model queried by the column's name in that file, or a record of the table read: still the column.
    const queried = await check({ change, files: { 'app/controllers/contacts_controller.rb': controller(['User.where(legacy_email: legacy_email).first']) }, paths });
    expect(queried).toEqual([expect.objectContaining({ message: expect.stringContaining('app/controllers/contacts_controller.rb:3') })]);
    expect(queried[0]!.message).not.toContain('contacts_controller.rb:4');
    const read = await check({ change, files: { 'app/controllers/contacts_controller.rb': controller(['Mailer.deliver(current_user.legacy_email)']) }, paths });
    expect(read).toEqual([expect.objectContaining({ message: expect.stringContaining('app/controllers/contacts_controller.rb:3') })]);
    // Python: a function of that name in another module.
    const sql = { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n' };
    const api = 'def legacy_email(request):\n    return request.headers.get("X-Contact")\n\n\ndef show(request):\n    return {"to": legacy_email(request)}\n';
    expect(await check({ change: sql, files: { 'app/api.py': api } })).toEqual([]);
    expect(await check({ change: sql, files: { 'app/api.py': `${api}\n\ndef first(user):\n    return user.legacy_email\n` } })).toHaveLength(1);
  });

  test('a JSON Schema property in a model (validation of a payload field) is not a query; a select of the column in the same model is', async () => {
    const schema = "import { Model } from 'objection';\n\nexport default class User extends Model {\n  static tableName = 'users';\n\n  static jsonSchema = {\n    type: 'object',\n    properties: {\n      email: { type: 'string' },\n      legacy_email: { type: ['string', 'null'] },\n    },\n  };\n";
    const change = { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n' };
    expect(await check({ change, files: { 'src/models/user.js': `${schema}}\n` } })).toEqual([]);
    const queried = await check({ change, files: { 'src/models/user.js': `${schema}\n  static legacy() {\n    return this.query().select('legacy_email');\n  }\n}\n` } });
    expect(queried[0]!.message).toContain('(1 reference): src/models/user.js:15.');
  });

  test('a $variable of the same name is a variable (PHP), the column in the query string beside it still counts', async () => {
    const change = { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n' };
    expect(await check({ change, files: { 'web/includes/User.php': "<?php\nfunction show($legacy_email) {\n  echo $legacy_email;\n}\n" } })).toEqual([]);
    const queried = await check({ change, files: { 'web/includes/User.php': "<?php\n$legacy_email = dbFetchOne('SELECT legacy_email FROM users WHERE id = ?');\n" } });
    expect(queried[0]!.message).toContain('(1 reference): web/includes/User.php:2.');
  });

  test('a .sql query file is code; a .sql file defining tables is a schema script and is not', async () => {
    const found = await check({
      change: { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n' },
      files: { 'queries/users.sql': '-- name: LegacyEmail :one\nSELECT legacy_email FROM users WHERE id = $1;\n', 'schema/mysql/users.sql': 'CREATE TABLE users (id bigint, legacy_email text);\n' },
    });
    expect(found[0]!.message).toContain('(1 reference): queries/users.sql:2.');
  });

  test('query builders and raw SQL strings count; at most 5 references are listed', async () => {
    const found = await check({
      change: { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n' },
      files: {
        'app/models/user.py': model,
        'src/repo.ts': "export const q = knex('users').select('id', 'legacy_email');\nexport const raw = `SELECT legacy_email FROM users WHERE id = $1`;\n",
        'src/report.js': "const sql = \"UPDATE users SET legacy_email = NULL\";\nconst x = row.legacy_email;\nconst y = { legacy_email: 1 };\n",
        'src/unrelated.js': "const legacy_email_verified = true; // a longer identifier is another word\n",
      },
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('(6 references): app/models/user.py:7, src/repo.ts:1, src/repo.ts:2, src/report.js:1, src/report.js:2 and 1 more.');
  });

  test('a renamed column whose old name is gone from the code passes; one still used fails', async () => {
    const change = { 'db/migrations/0002_rename.sql': 'ALTER TABLE users RENAME COLUMN legacy_email TO backup_email;\n' };
    expect(await check({ change, files: { 'app/models/user.py': model.replace('legacy_email', 'backup_email') } })).toEqual([]);
    const found = await check({ change, files: { 'app/models/user.py': model } });
    expect(found[0]!.message).toContain('renames column users.legacy_email');
  });

  test('a dropped table still queried fails; a distinctive name counts anywhere', async () => {
    const found = await check({
      history: { 'db/migrations/0001_s.sql': 'CREATE TABLE legacy_sessions (id bigint);\n' },
      change: { 'db/migrations/0002_drop.sql': 'DROP TABLE legacy_sessions;\n' },
      files: { 'app/jobs/cleanup.rb': "class Cleanup\n  def run\n    LegacySession.connection.execute('DELETE FROM legacy_sessions')\n  end\nend\n" },
    });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('app/jobs/cleanup.rb:3')]);
  });

  test('a rebuild (rename, then CREATE TABLE under the old name) leaves the table name to the code', async () => {
    const h = { 'db/migrations/0001_c.sql': 'CREATE TABLE cipher_items (id bigint PRIMARY KEY, body text);\n' };
    const rebuild = 'ALTER TABLE cipher_items RENAME TO old_cipher_items;\nCREATE TABLE cipher_items (id bigint PRIMARY KEY, body text, notes text);\nINSERT INTO cipher_items (id, body) SELECT id, body FROM old_cipher_items;\nDROP TABLE old_cipher_items;\n';
    const files = { 'src/store.rs': 'let rows = diesel::sql_query("SELECT id, body FROM cipher_items").load(conn)?;\n' };
    expect(await check({ history: h, change: { 'db/migrations/0002_rebuild.sql': rebuild }, files })).toEqual([]);
    const found = await check({ history: h, change: { 'db/migrations/0002_rename.sql': 'ALTER TABLE cipher_items RENAME TO vault_items;\n' }, files });
    expect(found[0]!.message).toContain('src/store.rs:1');
  });

  test('a common word as table name counts only where it is used as a table', async () => {
    const change = { 'db/migrations/0002_drop.sql': 'DROP TABLE events;\n' };
    const h = { 'db/migrations/0001_e.sql': 'CREATE TABLE events (id bigint);\n' };
    expect(await check({ history: h, change, files: { 'src/bus.js': "import { EventEmitter } from 'events';\nconst events = [];\n" } })).toHaveLength(0);
    const found = await check({ history: h, change, files: { 'src/q.js': "const rows = await db.query('SELECT * FROM events WHERE id = $1');\n" } });
    expect(found[0]!.message).toContain('src/q.js:1');
  });

  describe('Rust (diesel) projects: a local binding of the name is not the column', () => {
    const h = { 'db/migrations/0001_t.sql': 'CREATE TABLE coupons (id bigint PRIMARY KEY, redeem_limit int, kind text);\n' };
    const drop = { 'db/migrations/0002_drop.sql': 'ALTER TABLE coupons DROP COLUMN redeem_limit;\nALTER TABLE coupons DROP COLUMN kind;\n' };
    const handler = [
      'pub async fn redeem(data: Json<Redeem>, redeem_limit: i32, kind: Kind) -> Result<Json<Out>> {',
      '    let Redeem { code, .. } = data.into_inner();',
      '    let left = |redeem_limit: i32| redeem_limit - 1;',
      '    Ok(Json(Out { code, redeem_limit: left(redeem_limit), kind }))',
      '}',
      '',
    ].join('\n');
    const model = (field: string) =>
      `#[diesel(table_name = coupons)]\npub struct Coupon {\n    pub id: i64,\n${field}}\n\nimpl Coupon {\n    pub fn of(kind: &str) -> Value {\n        json!({ "kind": kind, "msg": "unknown kind" })\n    }\n}\n`;

    test('near-miss: parameters, closures, destructuring and JSON keys of those names: no finding', async () => {
      expect(await check({ history: h, change: drop, files: { 'src/api/redeem.rs': handler, 'src/db/models/coupon.rs': model('') } })).toEqual([]);
    });

    test('the model struct and the schema still mapping the columns fail', async () => {
      const found = await check({
        history: h,
        change: drop,
        files: {
          'src/api/redeem.rs': handler,
          'src/db/models/coupon.rs': model('    pub redeem_limit: i32,\n    pub kind: String,\n'),
          'src/db/schema.rs': 'table! {\n    coupons (id) {\n        id -> Int8,\n        redeem_limit -> Int4,\n    }\n}\n',
        },
      });
      expect(found.map((f) => f.message)).toEqual([
        expect.stringContaining('coupons.redeem_limit, but the application code still uses redeem_limit (2 references): src/db/models/coupon.rs:4, src/db/schema.rs:4.'),
        expect.stringContaining('coupons.kind, but the application code still uses kind (1 reference): src/db/models/coupon.rs:5.'),
      ]);
    });
  });

  describe('generic and shared column names: no false alarms', () => {
    const dropEmail = { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN email;\n' };

    test('a generic name elsewhere in the code is not a reference to users.email', async () => {
      expect(await check({ change: dropEmail, files: { 'app/mailer.py': 'def send(email):\n    smtp.send(to=email)\n', 'app/models/account.py': 'class Account(Base):\n    email = Column(Text)\n' } })).toEqual([]);
    });

    test('a generic name counts next to its table, or in the table\'s own model file', async () => {
      const found = await check({
        change: dropEmail,
        files: {
          'app/models/user.py': model,
          'app/queries.py': 'ROWS = "SELECT email FROM users"\n',
          'app/views.py': 'def show(user):\n    return user.email\n',
        },
      });
      expect(found[0]!.message).toContain('(3 references): app/models/user.py:6, app/queries.py:1, app/views.py:2');
    });

    test('a table word elsewhere on the line is not the table: .send() is not sends, \'role\' is not roles', async () => {
      const h = { 'db/migrations/0001_t.sql': 'CREATE TABLE sends (id bigint, key text);\nCREATE TABLE roles (id bigint, key text);\n' };
      const rename = { 'db/migrations/0002_rename.sql': 'ALTER TABLE sends RENAME COLUMN key TO akey;\n' };
      const quiet = {
        'src/api/http.rs': 'let res = client.get(&url).header("x-api-key", api_key).send().await?;\n',
        'src/api/sends.rs': 'struct SendData {\n    key: String,\n}\n',
        'src/db/models/send.rs': 'fn to_json(&self) -> Value {\n    json!({ "key": self.akey })\n}\n',
        'src/apps/chat.js': "const fields = [{ key: 'role', label: 'Role' }];\nconst Sends = 'Sends with a key';\n",
        'lib/proxy.rb': 'token = headers["SENDS-PROXY-KEY"].presence\n',
        'src/helpers/share.js': 'const { provider, key } = await Send.defaultProviderWithKey();\n',
      };
      expect(await check({ history: h, change: rename, files: quiet })).toEqual([]);
      const found = await check({
        history: h,
        change: rename,
        files: {
          'src/db/models/send.rs': 'pub struct Send {\n    pub key: String,\n}\n',
          'app/services/share.rb': 'Send.where(key: params[:k]).first\n',
          'src/q.ts': "const row = await knex('sends').where({ key }).first();\nconst k = send.key;\nconst j = sends[:key]\n",
        },
      });
      expect(found[0]!.message).toContain('(5 references): app/services/share.rb:1, src/db/models/send.rs:2, src/q.ts:1, src/q.ts:2, src/q.ts:3');
    });

    test('a distinctive name that another table also has needs its table next to it', async () => {
      const h = { 'db/migrations/0001_t.sql': 'CREATE TABLE orders (id bigint, external_ref text);\nCREATE TABLE invoices (id bigint, external_ref text);\n' };
      const change = { 'db/migrations/0002_drop.sql': 'ALTER TABLE orders DROP COLUMN external_ref;\n' };
      expect(await check({ history: h, change, files: { 'app/invoicing.py': 'def ref(invoice):\n    return invoice.external_ref\n' } })).toEqual([]);
      const found = await check({ history: h, change, files: { 'app/models/order.py': 'class Order(Base):\n    __tablename__ = "orders"\n    external_ref = Column(Text)\n' } });
      expect(found[0]!.message).toContain('app/models/order.py:3');
    });
  });

  describe('what is searched', () => {
    const change = { 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_email;\n' };
    const noise = {
      'node_modules/orm/index.js': 'legacy_email\n',
      'vendor/lib.rb': 'legacy_email\n',
      'package-lock.json': '{"legacy_email": 1}\n',
      'CHANGELOG.md': '- stop using legacy_email\n',
      'db/schema.rb': 't.text "legacy_email"\n',
      'app/migrations/0003_django.py': "migrations.RemoveField('user', 'legacy_email')\n",
      '.migration-guard.yml': 'deprecated:\n  columns: [users.legacy_email]\n',
      'assets/logo.png': `\u0000PNG legacy_email`,
      'db/knex_migrations/2023-01-01-users.js': "exports.up = (knex) => knex.schema.table('users', (t) => { t.text('legacy_email'); });\n",
      'db/seeds.rb': "User.create!(legacy_email: 'a@example.com')\n",
      'test/fixtures/users.yml': 'one:\n  legacy_email: a@example.com\n',
      'db/postgres/patches/012-users.sql': 'ALTER TABLE users ADD COLUMN legacy_email text;\nUPDATE users SET legacy_email = email;\n',
    };

    test('migration directories, vendored code, node_modules, lock files, docs, schema dumps, config and binaries are skipped', async () => {
      expect(await check({ change, files: noise, config: { rules: {} } })).toEqual([]);
    });

    test('git: ignored files are not searched, untracked ones are', async () => {
      const found = await check({ change, files: { '.gitignore': 'tmp/\n', 'tmp/scratch.py': 'legacy_email\n', 'app/old.py': 'x = legacy_email\n' }, untracked: { 'app/new.py': 'y = legacy_email\n', 'tmp/later.py': 'legacy_email\n' } });
      expect(found[0]!.message).toContain('(2 references)');
      expect(found[0]!.message).toContain('app/new.py:1, app/old.py:1');
    });

    test('outside a git work tree: a directory walk from the working directory', async () => {
      const { report } = await lintFixture({ history, change, files: { 'app/models/user.py': model }, paths: ['db/migrations'] });
      expect(refs(report.findings)[0]!.message).toContain('app/models/user.py:7');
    });

    test('config code.include and code.exclude', async () => {
      const files = { 'app/models/user.py': model, 'scripts/oneoff.py': 'print(legacy_email)\n' };
      const only = await check({ change, files, config: { code: { include: ['scripts/**'] } } });
      expect(only[0]!.message).toContain('(1 reference): scripts/oneoff.py:1');
      const without = await check({ change, files, config: { code: { exclude: ['scripts', 'app/**/*.py'] } } });
      expect(without).toEqual([]);
    });
  });
});
