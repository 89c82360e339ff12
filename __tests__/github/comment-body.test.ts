import { applyEditsToLines, combinedSuggestion, groupCommentBody, suggestionBlock } from '../../src/github/comment-body.js';
import type { ReportFinding } from '../../src/report/model.js';

const FILE = 'db/migrations/0002_x.sql';

function finding(over: Partial<ReportFinding> = {}): ReportFinding {
  return { ruleId: 'require-concurrent-index', severity: 'error', file: FILE, line: 1, endLine: 1, column: 1, message: 'm', migration: '0002_x', ...over };
}

const insert = (line: number, column: number, text: string, file = FILE) => ({ file, startLine: line, startColumn: column, endLine: line, endColumn: column, text });

describe('suggestion blocks', () => {
  it('applies edits inside the range from the last to the first; refuses edits outside it or overlapping', () => {
    const src = 'CREATE INDEX a ON t (x);\nDROP INDEX b;';
    expect(applyEditsToLines(src, 1, 1, [insert(1, 13, ' CONCURRENTLY'), insert(1, 1, 'SET x; ')])).toBe('SET x; CREATE INDEX CONCURRENTLY a ON t (x);');
    expect(applyEditsToLines(src, 1, 1, [insert(2, 11, ' CONCURRENTLY')])).toBeNull();
    expect(applyEditsToLines(src, 1, 1, [{ ...insert(1, 1, 'X'), endColumn: 5 }, insert(1, 3, 'Y')])).toBeNull();
  });

  it('the fence outgrows backtick runs in the text; a line with a bidi or control character gets no suggestion (applying it would change the character)', () => {
    expect(suggestionBlock('SELECT ```x```;')).toBe('````suggestion\nSELECT ```x```;\n````');
    const fixed = finding({ fix: { title: 'Add CONCURRENTLY', edits: [insert(1, 13, ' CONCURRENTLY')] } });
    expect(combinedSuggestion([fixed], 'CREATE INDEX a ON t (x); -- \u202e', 1, 1)).toBeNull();
    expect(combinedSuggestion([fixed], 'CREATE INDEX a ON t (x);\t-- tab is fine', 1, 1)?.suggestion.text).toBe('CREATE INDEX CONCURRENTLY a ON t (x);\t-- tab is fine');
  });

  it('a fix adding a migration file is a collapsed block ready to copy, its path escaped', () => {
    const adds = finding({
      ruleId: 'validate-same-transaction',
      fix: { title: 'Move VALIDATE to its own migration', edits: [], newFiles: [{ path: 'db/migrations/0003_<b>validate</b>.sql', text: 'ALTER TABLE t VALIDATE CONSTRAINT c;\n' }] },
    });
    const body = groupCommentBody({ file: FILE, findings: [adds], fingerprints: ['ab'.repeat(16)], start: 1, end: 1 }, 'ALTER TABLE t ADD CONSTRAINT c CHECK (x > 0) NOT VALID;');
    expect(body).toContain('<details><summary>New file <code>db/migrations/0003_&lt;b&gt;validate&lt;/b&gt;.sql</code> (Move VALIDATE to its own migration)</summary>\n\n```sql\nALTER TABLE t VALIDATE CONSTRAINT c;\n```\n\n</details>');
    expect(body.startsWith(`<!-- migration-guard:finding=${'ab'.repeat(16)} -->\n`)).toBe(true);
    expect(body).not.toContain('```suggestion');
  });

  it('an Alembic file gets its hint in Python comment syntax and a suggestion in its own text', () => {
    const py = 'def upgrade():\n    op.create_index("ix_users_email", "users", ["email"])\n';
    const f = finding({ file: 'alembic/versions/0002.py', line: 2, endLine: 2, fix: { title: 'Build concurrently', edits: [insert(2, 57, ', postgresql_concurrently=True', 'alembic/versions/0002.py')] } });
    const suggestion = combinedSuggestion([f], py, 2, 2);
    const body = groupCommentBody({ file: f.file, findings: [f], fingerprints: ['cd'.repeat(16)], start: 2, end: 2, suggestion }, py);
    expect(body).toContain('```suggestion\n    op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)\n```');
    expect(body).toContain('`# migration-guard: ignore require-concurrent-index -- <reason>`');
  });
});

describe('whole-line edits', () => {
  it('an edit up to column 1 of the next line takes the line: the suggestion is empty (GitHub deletes the lines), the diff has no "+" line', () => {
    const src = 'ALTER TABLE t ADD CONSTRAINT c CHECK (x > 0) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT c;\n';
    const f = finding({ ruleId: 'validate-same-transaction', line: 2, endLine: 2, fix: { title: 'Move VALIDATE', edits: [{ file: FILE, startLine: 2, startColumn: 1, endLine: 3, endColumn: 1, text: '' }] } });
    expect(combinedSuggestion([f], src, 2, 2)?.suggestion.text).toBe('');
    expect(suggestionBlock('')).toBe('```suggestion\n```');
    const body = groupCommentBody({ file: FILE, findings: [f], fingerprints: ['ef'.repeat(16)], start: null, end: null }, src);
    expect(body).toContain('(line 2; GitHub shows no diff for this file)</summary>\n\n```diff\n-ALTER TABLE t VALIDATE CONSTRAINT c;\n```');
  });
});
