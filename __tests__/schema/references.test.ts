import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDistinctive, referenceTargets, searchReferences, skippedByDefault } from '../../src/schema/references.js';
import type { Migration } from '../../src/ir.js';

function repo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-refs-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('searchReferences', () => {
  test('whole words only, line numbers across CRLF and LF, first 5 kept and the rest counted', () => {
    const dir = repo({
      'a.py': 'x = 1\r\ny = row.legacy_email\r\nlegacy_email_verified = 2\n',
      'b.py': Array.from({ length: 8 }, (_, i) => (i % 2 ? `v${i} = legacy_email` : 'pass')).join('\n'),
    });
    try {
      const idx = searchReferences([{ table: 'users', column: 'legacy_email' }], { cwd: dir });
      expect(idx.references('users.legacy_email')).toEqual([
        { file: 'a.py', line: 2 }, { file: 'b.py', line: 2 }, { file: 'b.py', line: 4 }, { file: 'b.py', line: 6 }, { file: 'b.py', line: 8 },
      ]);
      expect(idx.total('users.legacy_email')).toBe(5);
      expect(idx.references('users.other')).toEqual([]);
      expect(idx.stats.source).toBe('walk');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a file that binds the name itself: bare uses are its variable, attributes and strings still count', () => {
    const dir = repo({
      'src/form.js': 'const legacy_email = input.value;\nsend(legacy_email);\nconst q = "SELECT legacy_email FROM users";\nconst v = row.legacy_email;\n',
      'src/go.go': 'legacy_email := r.FormValue("x")\nuse(legacy_email)\n',
      'app/api.py': 'class Payload(TypedDict):\n    legacy_email: str\n\n\ndef f(p):\n    return p.legacy_email\n',
      'app/user.py': 'class User(Base):\n    legacy_email = Column(Text)\n\n\ndef g(u):\n    return u.legacy_email\n',
      'app/other.py': 'def h():\n    return legacy_email\n',
      // Keyword arguments on lines of their own are no binding: the call uses the column.
      'app/jobs.py': 'def clear():\n    User.objects.filter(\n        legacy_email__isnull=False,\n    ).update(\n        legacy_email=None\n    )\n',
    });
    try {
      const idx = searchReferences([{ table: 'users', column: 'legacy_email' }], { cwd: dir });
      // A field of another class (the TypedDict) makes its attribute ambiguous; the table's own class (User) does not.
      expect(idx.references('users.legacy_email')).toEqual([
        { file: 'app/jobs.py', line: 5 }, { file: 'app/other.py', line: 2 }, { file: 'app/user.py', line: 2 }, { file: 'app/user.py', line: 6 }, { file: 'src/form.js', line: 3 },
      ]);
      expect(idx.total('users.legacy_email')).toBe(6);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('Rust: a name the file binds as a local, function or module is not the column', () => {
    // Every way a Rust file binds promo_code itself, and uses it bare: none of these is orders.promo_code.
    const locals = [
      'use crate::pricing::{apply_discount, promo_code_label};',
      'pub fn checkout(order: Order, promo_code: Option<String>) -> Receipt {',
      '    let Order { id, promo_code: saved, .. } = order;',
      '    if let Some(promo_code) = promo_code {',
      '        apply_discount(&promo_code);',
      '    }',
      '    for (n, promo_code) in codes.iter().enumerate() { log(n, promo_code); }',
      '    let labels: Vec<_> = codes.iter().map(|promo_code| promo_code_label(promo_code)).collect();',
      '    let total = match saved {',
      '        Some(promo_code) if !promo_code.is_empty() => discounted(promo_code),',
      '        None => full(),',
      '    };',
      '    Receipt { id, promo_code: saved, total }',
      '}',
      '',
    ].join('\n');

    test('near-miss: only bindings, struct shorthand of a local, the function and the module of that name: silent', () => {
      const dir = repo({
        'src/checkout.rs': locals,
        'src/api/mod.rs': 'pub mod order_notes;\npub use order_notes::order_notes;\n',
        'src/api/order_notes.rs': 'pub async fn order_notes(data: Json<Req>) -> Res {\n    let note = NoteForm::order_notes(data.id);\n    note\n}\n',
        'src/routes.rs': 'use crate::api::{order_notes, checkout};\n\npub fn routes(cfg: &mut Config) {\n    cfg.route("/notes", post().to(order_notes));\n}\n',
      });
      try {
        const idx = searchReferences([{ table: 'orders', column: 'promo_code' }, { table: 'order_notes', column: null }], { cwd: dir });
        expect(idx.references('orders.promo_code')).toEqual([]);
        expect(idx.references('order_notes')).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('the column declared or queried beside those bindings still counts: table! entry, struct field, table::col, col.eq(, .col', () => {
      const dir = repo({
        'src/checkout.rs': `${locals}pub fn lookup(conn: &mut PgConnection, promo_code: &str) -> QueryResult<Order> {\n    orders::table.filter(orders::promo_code.eq(promo_code)).first(conn)\n}\n`,
        'src/schema.rs': 'diesel::table! {\n    orders (id) {\n        id -> Int8,\n        promo_code -> Nullable<Text>,\n    }\n}\n',
        'src/models/order.rs': '#[derive(Queryable)]\n#[diesel(table_name = orders)]\npub struct Order {\n    pub id: i64,\n    pub promo_code: Option<String>,\n}\n\nimpl Order {\n    pub fn coded(promo_code: &str) -> bool {\n        promo_code.len() > 3\n    }\n}\n',
        'src/report.rs': 'use crate::schema::orders::dsl::*;\n\nfn used(conn: &mut PgConnection, code: &str) -> bool {\n    let promo_code_count = 1;\n    orders.filter(promo_code.eq(code)).count() > promo_code_count\n}\n',
        'src/notes.rs': 'pub fn notes(conn: &mut PgConnection) -> Vec<Note> {\n    order_notes::table.load(conn).unwrap()\n}\n',
        'src/receipt.rs': 'fn show(order: &Order, promo_code: &str) -> String {\n    format!("{} {}", order.promo_code.unwrap_or_default(), promo_code)\n}\n',
      });
      try {
        const idx = searchReferences([{ table: 'orders', column: 'promo_code' }, { table: 'order_notes', column: null }], { cwd: dir });
        expect(idx.references('orders.promo_code')).toEqual([
          { file: 'src/checkout.rs', line: 16 }, { file: 'src/models/order.rs', line: 5 }, { file: 'src/receipt.rs', line: 2 },
          { file: 'src/report.rs', line: 5 }, { file: 'src/schema.rs', line: 4 },
        ]);
        expect(idx.references('order_notes')).toEqual([{ file: 'src/notes.rs', line: 2 }]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('a field of a struct that is not the table\'s (an API type, an older API version built from the model) is not the column; the mapped struct\'s is', () => {
      const quiet = {
        'src/api/types.rs': '#[derive(Serialize)]\npub struct PrefsResponse {\n    pub show_hints: bool,\n}\n',
        'src/api/v1.rs': 'fn to_v1(p: LocalPref) -> PrefsV1 {\n    PrefsV1 {\n        id: p.id,\n        show_hints: false,\n        nested: HintsV1 { show_hints: true },\n    }\n}\n',
      };
      const dir = repo({
        ...quiet,
        'src/db/source/local_pref.rs': '#[diesel(table_name = local_prefs)]\npub struct LocalPrefForm {\n    pub show_hints: Option<bool>,\n}\n\npub struct LocalPref {\n    pub id: i32,\n    show_hints: bool,\n}\n',
        'src/api/v2.rs': 'fn to_v2(p: &LocalPref) -> PrefsV2 {\n    PrefsV2 { hints: p.show_hints }\n}\n',
      });
      const quietDir = repo(quiet);
      try {
        const target = [{ table: 'local_prefs', column: 'show_hints' }];
        expect(searchReferences(target, { cwd: quietDir }).references('local_prefs.show_hints')).toEqual([]);
        expect(searchReferences(target, { cwd: dir }).references('local_prefs.show_hints')).toEqual([
          { file: 'src/api/v2.rs', line: 2 }, { file: 'src/db/source/local_pref.rs', line: 3 }, { file: 'src/db/source/local_pref.rs', line: 8 },
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(quietDir, { recursive: true, force: true });
      }
    });

    test('a common name in the table\'s model file: a parameter, a JSON key, a message and another table\'s struct are not the column; its own field is', () => {
      const model = (own: string) => [
        '#[diesel(table_name = received_items)]',
        'pub struct ReceivedItem {',
        `    ${own}`,
        '    pub payload: String,',
        '}',
        '',
        '#[diesel(table_name = sent_items)]',
        'pub struct SentItem {',
        '    pub status: i32,',
        '}',
        '',
        'impl ReceivedItem {',
        '    pub fn set_status(&mut self, status: Option<i32>) -> Value {',
        '        match status {',
        '            None => json!({}),',
        '            Some(s) => {',
        '                let mut out = json!({});',
        '                out["status"] = json!(s);',
        '                err!(format!("item {} has an invalid status", s))',
        '            }',
        '        }',
        '    }',
        '}',
        '',
      ].join('\n');
      const search = (text: string) => {
        const dir = repo({ 'src/db/models/received_item.rs': text });
        try {
          return searchReferences([{ table: 'received_items', column: 'status' }], { cwd: dir }).references('received_items.status');
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      };
      expect(search(model('pub id: i64,'))).toEqual([]);
      expect(search(model('pub status: i32,'))).toEqual([{ file: 'src/db/models/received_item.rs', line: 3 }]);
    });
  });

  test('files over 1 MiB and binary files are skipped', () => {
    const dir = repo({ 'big.js': `${'x'.repeat(1024 * 1024)}\nlegacy_email`, 'blob.bin2': Buffer.from([0, 1, 2, ...Buffer.from('legacy_email')]) });
    try {
      expect(searchReferences([{ table: 'users', column: 'legacy_email' }], { cwd: dir }).references('users.legacy_email')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('nothing to search: no file is read', () => {
    const idx = searchReferences([], { cwd: '/nonexistent' });
    expect(idx.stats.files).toBe(0);
  });
});

describe('helpers', () => {
  test('isDistinctive', () => {
    expect(isDistinctive('legacy_email')).toBe(true);
    expect(isDistinctive('external_ref')).toBe(true);
    for (const g of ['id', 'email', 'created_at', 'user_id', 'nickname', 'a_b']) expect(isDistinctive(g)).toBe(false);
  });

  test('skippedByDefault', () => {
    for (const p of ['node_modules/x/a.js', 'vendor/a.rb', 'yarn.lock', 'README.md', 'db/migrate/1_x.rb', 'alembic/versions/a.py', 'x.min.js', 'img.png', 'db/structure.sql']) {
      expect(skippedByDefault(p)).toBe(true);
    }
    for (const p of ['app/models/user.py', 'src/queries/users.sql', 'lib/repo.ts', 'templates/user.html']) expect(skippedByDefault(p)).toBe(false);
  });

  test('referenceTargets: drops and renames of new migrations; column owners from all history', () => {
    const loc = { file: 'x', line: 1, endLine: 1, column: 1 };
    const m = (isNew: boolean, up: Migration['up']): Migration => ({ id: 'x', file: 'x', framework: 'sql', dialect: 'postgres', isNew, transactional: false, up, down: null, order: '', expectsDown: false });
    const { targets, columnOwners } = referenceTargets([
      m(false, [{ kind: 'createTable', table: 'a', columns: [{ name: 'ref_code', type: null, notNull: false, default: null }], constraints: [], ifNotExists: false, loc }]),
      m(false, [{ kind: 'dropColumn', table: 'z', column: 'old', ifExists: false, loc }]),
      m(true, [
        { kind: 'addColumn', table: 'b', column: { name: 'ref_code', type: null, notNull: false, default: null }, ifNotExists: false, loc },
        { kind: 'dropColumn', table: 'a', column: 'ref_code', ifExists: false, loc },
        { kind: 'renameTable', table: 'c', newName: 'd', loc },
      ]),
    ]);
    expect(targets).toEqual([{ table: 'a', column: 'ref_code' }, { table: 'c', column: null }]);
    expect([...columnOwners.get('ref_code')!]).toEqual(['a', 'b']);
  });
});
