import type { Op } from '../src/ir.js';
import { defineRule } from '../src/rule.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export default defineRule({
  id: 'column-still-referenced',
  category: 'compatibility',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'A dropped or renamed column/table is still referenced by application code',
  docs: {
    why: 'The code in the same repository is what runs against the database after the deploy. If it still names a column or table the migration drops or renames, those queries fail ("column does not exist") the moment the migration runs, and keep failing until the code is fixed. Remove the references in an earlier release, then drop or rename. What is searched: the files git tracks (or, outside git, the working directory), without migration directories (of any framework or dialect), seeds, test fixtures and tests (test/, tests/, spec/, test_*.py, *.test.ts, *_spec.rb…: a test that still uses the column fails in CI, not in production), .sql files that define tables or routines (another dialect\'s migrations, schema dumps), vendored code, node_modules, lock files, docs and binaries (narrow it with `code.include` / `code.exclude`). A distinctive snake_case name (legacy_email) counts anywhere as a whole word, except where the code shows it is something else: in another table\'s model file (one that declares `__tablename__ = "invites"`, or an ORM models module defining other models), where it is that model\'s attribute; as a quoted dict key (an API payload\'s field) or a JSON Schema property (`legacy_email: { type: \'string\' }` in a model\'s validation schema); and in a file that binds the name itself, where a bare identifier is its variable (`min_vid = …`) or the method or function the file defines of that name (`def gem_name` in a controller or helper) and, when another class declares a field of that name (a TypedDict, a pydantic model), `spec.legacy_email` is that field. In Rust the file\'s own bindings are read the same way: a `let` or `match` pattern (struct destructuring included), a function or closure parameter, a `fn`, `mod` or `use` of that name makes its bare uses that local, a call is never the column, and a field counts only in the table\'s own struct (the one mapped to it with `table_name = …`, or named after it), not in an API type\'s or another table\'s; `table!` entries, `table::col`, `.col` and `col.eq(` always count. There it counts only where its table qualifies it on the line; never in a comment, nor as a `$variable` (PHP, Perl, shell). a common one (id, email, created_at, user_id) or one that other tables also have counts only where its table qualifies it on the same line (users.email, User.where(email: …) — inside the call on the model, db(\'users\'), SELECT email FROM users) or in the table\'s own model file, so the same word elsewhere never raises a false alarm. The table\'s words include the model class an ORM gives it (a table shop_orderitem is OrderItem, order_item). No finding where the code\'s uses are something else by the time it runs: the table\'s model file defines a method of the column\'s name that does not read the stored attribute (`def slug`, `fn slug(`, `get slug()`: the column was replaced by code before the drop), or a later migration gives the table (or the column) the old name again (the code in the repository goes with the latest migration).',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);',
    bad: '-- app/models/user.py still has: legacy_email = Column(Text)\nALTER TABLE users DROP COLUMN legacy_email;',
    good: '-- no code references legacy_email any more\nALTER TABLE users DROP COLUMN legacy_email;',
  },
  check(ctx) {
    const out = [];
    for (const op of ctx.ops('dropColumn', 'renameColumn', 'dropTable', 'renameTable')) {
      const facts = ctx.facts(op);
      // Objects the change itself created were never used by deployed code, and the code now in
      // the repository is the code that ships with them.
      if (!facts.tableExisted || facts.column?.createdInChange || facts.isSequence) continue;
      const column = op.kind === 'dropColumn' || op.kind === 'renameColumn' ? op.column : null;
      // A rebuild (rename or drop, then CREATE TABLE or ADD COLUMN under the old name, or another
      // column renamed to it) leaves the name in place for the code, and so does a later
      // migration that brings the name back: the code in the repository goes with that one.
      if (facts.recreatedLater || facts.restoredLater || facts.nameFromThisMigration) continue;
      const id = column ? `${op.table}.${column}` : op.table;
      const refs = ctx.references(id);
      if (refs.length === 0) continue;
      const total = ctx.referenceCount?.(id) ?? refs.length;
      const where = refs.map((r) => `${r.file}:${r.line}`).join(', ');
      const more = total > refs.length ? ` and ${total - refs.length} more` : '';
      const what = column ? `column ${id}` : `table ${op.table}`;
      const verb = op.kind.startsWith('drop') ? 'drops' : `renames`;
      const name = column ?? op.table;
      out.push(ctx.finding(op as Op, {
        message: `The migration ${verb} ${what}, but the application code still uses ${name} (${plural(total, 'reference')}): ${where}${more}. Those queries fail as soon as the migration runs.`,
        suggestion: op.kind.startsWith('drop')
          ? `Remove every use of ${name} from the code (starting with ${refs[0]!.file}:${refs[0]!.line}) and deploy that first; drop ${what} in a later migration.`
          : `Rename in steps instead: add the new ${column ? 'column' : 'table'}, move the code (starting with ${refs[0]!.file}:${refs[0]!.line}) over to it, then remove the old one in a later release.`,
      }));
    }
    return out;
  },
});
