import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tmpTree } from '../helpers/tmp.js';

/** A minimal LSP client over the child's stdio (Content-Length framing). */
class Client {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private waiters: { match: (m: Record<string, unknown>) => boolean; resolve: (m: Record<string, unknown>) => void }[] = [];
  readonly messages: Record<string, unknown>[] = [];

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const headerEnd = this.buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())![1]);
        if (this.buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
        this.buffer = this.buffer.subarray(headerEnd + 4 + length);
        this.messages.push(message);
        this.waiters = this.waiters.filter((w) => (w.match(message) ? (w.resolve(message), false) : true));
      }
    });
  }

  send(message: Record<string, unknown>): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request(method: string, params: unknown): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const reply = this.waitFor((m) => m.id === id);
    this.send({ id, method, params });
    return reply;
  }

  waitFor(match: (m: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    const seen = this.messages.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }
}

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  codeDescription?: { href: string };
  message: string;
}

interface CodeAction {
  title: string;
  kind: string;
  diagnostics: Diagnostic[];
  isPreferred: boolean;
  edit: { documentChanges: { textDocument: { uri: string; version: number | null }; edits: { range: Diagnostic['range']; newText: string }[] }[] };
}

describe('migration-guard lsp', () => {
  test('publishes diagnostics on open and on change, with ranges, rule ids linking to their docs and the safe alternative', async () => {
    const t = tmpTree({
      '.migration-guard.yml': 'lockTimeout: 2s\nrules:\n  irreversible-data-loss: off\n',
      'db/migrations/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);\n',
      'db/migrations/0002_idx.sql': 'SELECT 1;\n',
    });
    const child = spawn(process.execPath, ['--import', pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href, path.resolve('src/bin/cli.ts'), 'lsp', '--stdio'], { cwd: t.dir, stdio: 'pipe' });
    const client = new Client(child);
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    try {
      const rootUri = pathToFileURL(t.dir).href;
      const init = await client.request('initialize', { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'w' }] });
      expect((init.result as { capabilities: Record<string, unknown> }).capabilities).toEqual({ textDocumentSync: 2, hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix'] } });
      client.send({ method: 'initialized', params: {} });

      // The saved file is harmless; the editor's buffer (two findings) is what gets linted.
      const uri = pathToFileURL(path.join(t.dir, 'db/migrations/0002_idx.sql')).href;
      const text = '-- two findings\nCREATE INDEX users_email_idx ON users (email);\nALTER TABLE users DROP COLUMN name;\n';
      client.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'sql', version: 1, text } } });
      const opened = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { version?: number }).version === 1);
      const diagnostics = (opened.params as { diagnostics: Diagnostic[] }).diagnostics;
      expect(diagnostics.map((d) => d.code)).toEqual(['require-concurrent-index', 'drop-column-without-deprecation']);
      const [index, drop] = diagnostics as [Diagnostic, Diagnostic];
      expect(index.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 46 } });
      expect(index.severity).toBe(1);
      expect(index.codeDescription?.href).toMatch(/docs\/rules\/require-concurrent-index\.md$/);
      expect(index.message).toContain('SHARE lock on users');
      expect(index.message).toContain('Safe alternative: CREATE INDEX CONCURRENTLY users_email_idx ON users (email)');
      // History comes from the workspace: users.name is known from 0001.
      expect(drop.range.start).toEqual({ line: 2, character: 0 });
      expect(drop.message).toContain('users.name');

      // Hover on the index line: the finding, the safe alternative and the docs link.
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 5 } });
      const value = (hover.result as { contents: { kind: string; value: string } }).contents;
      expect(value.kind).toBe('markdown');
      expect(value.value).toContain('[require-concurrent-index](https://');
      expect(value.value).toContain('**Safe alternative:** CREATE INDEX CONCURRENTLY');
      expect((await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } })).result).toBeNull();

      // The index line offers its exact fix as a quick fix: CONCURRENTLY after INDEX, in this document at this version.
      const actions = (await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, context: { diagnostics: [index] } })).result as CodeAction[];
      expect(actions).toEqual([
        {
          title: 'Add CONCURRENTLY',
          kind: 'quickfix',
          diagnostics: [index],
          isPreferred: true,
          edit: { documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: { start: { line: 1, character: 12 }, end: { line: 1, character: 12 } }, newText: ' CONCURRENTLY' }] }] },
        },
      ]);
      // The drop has no exact fix: no action on its line.
      expect((await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }, context: { diagnostics: [drop] } })).result).toEqual([]);

      // A change that fixes the index leaves one diagnostic.
      client.send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: '-- one finding\nALTER TABLE users DROP COLUMN name;\n' }] } });
      const changed = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { version?: number }).version === 2);
      expect((changed.params as { diagnostics: Diagnostic[] }).diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['drop-column-without-deprecation', 1]]);

      // A file that is not a migration gets no diagnostics.
      const other = pathToFileURL(path.join(t.dir, 'notes.txt')).href;
      client.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: other, languageId: 'plaintext', version: 1, text: 'DROP TABLE users;' } } });
      const none = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === other);
      expect((none.params as { diagnostics: Diagnostic[] }).diagnostics).toEqual([]);

      await client.request('shutdown', null);
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      client.send({ method: 'exit' });
      expect(await exited).toBe(0);
    } catch (e) {
      throw new Error(`${(e as Error).message}\nserver stderr: ${stderr}`);
    } finally {
      child.kill();
      t.cleanup();
    }
  });
  test('quick fixes for two findings on one line: each action edits this document; together they give what `fix` writes', async () => {
    const t = tmpTree({ 'db/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n', 'db/0002_idx.sql': 'SELECT 1;\n' });
    const child = spawn(process.execPath, ['--import', pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href, path.resolve('src/bin/cli.ts'), 'lsp'], { cwd: t.dir, stdio: 'pipe' });
    const client = new Client(child);
    try {
      const rootUri = pathToFileURL(t.dir).href;
      await client.request('initialize', { processId: process.pid, rootUri, capabilities: {} });
      client.send({ method: 'initialized', params: {} });
      const uri = pathToFileURL(path.join(t.dir, 'db/0002_idx.sql')).href;
      const text = 'CREATE INDEX users_email_idx ON users (email);\n';
      client.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'sql', version: 3, text } } });
      const opened = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { version?: number }).version === 3);
      const diagnostics = (opened.params as { diagnostics: Diagnostic[] }).diagnostics;
      expect(diagnostics.map((d) => d.code)).toEqual(['require-concurrent-index', 'require-lock-timeout']);
      const actions = (await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 46 } }, context: { diagnostics } })).result as CodeAction[];
      expect(actions.map((a) => [a.title, a.diagnostics[0]!.code])).toEqual([['Add CONCURRENTLY', 'require-concurrent-index'], ['Set lock_timeout', 'require-lock-timeout']]);
      const edits = actions.flatMap((a) => a.edit.documentChanges.flatMap((c) => (expect(c.textDocument).toEqual({ uri, version: 3 }), c.edits)));
      // Applied from the end, as an editor does.
      let fixed = text;
      for (const e of [...edits].sort((a, b) => b.range.start.character - a.range.start.character)) fixed = fixed.slice(0, e.range.start.character) + e.newText + fixed.slice(e.range.end.character);
      expect(fixed).toBe("SET lock_timeout = '2s'; CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n");
      // Only quick fixes are offered: a request for refactorings gets none.
      expect((await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics, only: ['refactor'] } })).result).toEqual([]);
      await client.request('shutdown', null);
      client.send({ method: 'exit' });
    } finally {
      child.kill();
      t.cleanup();
    }
  });
});
