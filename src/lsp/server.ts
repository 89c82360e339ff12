import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as lspNs from 'vscode-languageserver/node';
import * as textDocumentNs from 'vscode-languageserver-textdocument';
import { ruleById } from '../../rules/index.js';
import { loadConfigFile, resolveConfig, UsageError } from '../config.js';
import { ruleDocsUrl } from '../docs/rule-url.js';
import { lint } from '../engine.js';
import { commonJsExports } from '../interop.js';
import type { ReportFinding } from '../report/model.js';

const lsp = commonJsExports<typeof lspNs>(lspNs, 'createConnection');
const { TextDocument } = commonJsExports<typeof textDocumentNs>(textDocumentNs, 'TextDocument');
type Doc = textDocumentNs.TextDocument;


const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** A finding as an LSP diagnostic: its line(s), the rule id as code linking to the docs, the safe alternative in the message. */
export function toDiagnostic(f: ReportFinding, doc: Doc): lspNs.Diagnostic {
  const startLine = Math.max(0, f.line - 1);
  const endLine = Math.max(startLine, f.endLine - 1);
  const lines = doc.getText().split('\n');
  const endChar = (lines[endLine] ?? '').replace(/\r$/, '').length;
  const known = ruleById(f.ruleId);
  return {
    range: { start: { line: startLine, character: Math.max(0, f.column - 1) }, end: { line: endLine, character: endChar } },
    severity: SEVERITY[f.severity],
    source: 'migration-guard',
    code: f.ruleId,
    ...(known ? { codeDescription: { href: ruleDocsUrl(f.ruleId) } } : {}),
    message: f.suggestion ? `${f.message}\nSafe alternative: ${f.suggestion}` : f.message,
  };
}

/** Lints one open document against the workspace (its config, its history); [] when it is not a migration. */
export async function diagnosticsFor(root: string, doc: Doc): Promise<lspNs.Diagnostic[]> {
  if (!doc.uri.startsWith('file:')) return [];
  const abs = fileURLToPath(doc.uri);
  const rel = path.relative(root, abs);
  const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  const cwd = inside ? root : path.dirname(abs);
  const { config: file, source } = await loadConfigFile(cwd);
  const config = resolveConfig(file, source);
  const relPath = path.relative(cwd, abs);
  try {
    const { report } = await lint({ cwd, paths: [relPath], config, contents: new Map([[abs, doc.getText()]]) });
    const posix = relPath.split(path.sep).join('/');
    return report.findings.filter((f) => f.file === posix).map((f) => toDiagnostic(f, doc));
  } catch (e) {
    // Not a migration (a settings.py, a helper module): no diagnostics.
    if (e instanceof UsageError && /not recognised as a migration/.test(e.message)) return [];
    throw e;
  }
}

/** `migration-guard lsp`: the Language Server Protocol over stdio. */
export function startServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): void {
  const connection = lsp.createConnection(lsp.ProposedFeatures.all, input, output);
  const documents = new lsp.TextDocuments(TextDocument);
  let root = process.cwd();
  connection.onInitialize((params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) root = fileURLToPath(folder);
    else if (params.rootPath) root = params.rootPath;
    return {
      capabilities: { textDocumentSync: lsp.TextDocumentSyncKind.Incremental, hoverProvider: true },
      serverInfo: { name: 'migration-guard' },
    };
  });
  // One lint at a time per document, the latest text wins.
  const pending = new Map<string, number>();
  const published = new Map<string, lspNs.Diagnostic[]>();
  // Hover on a flagged line: the finding, the safe alternative and the rule's docs link.
  connection.onHover(({ textDocument, position }) => {
    const here = (published.get(textDocument.uri) ?? []).filter((d) => d.range.start.line <= position.line && position.line <= d.range.end.line && d.code);
    if (!here.length) return null;
    const value = here
      .map((d) => {
        const [message, alternative] = (typeof d.message === 'string' ? d.message : d.message.value).split('\nSafe alternative: ');
        const id = String(d.code);
        const title = d.codeDescription ? `[${id}](${d.codeDescription.href})` : id;
        return `**migration-guard** ${title}\n\n${message}${alternative ? `\n\n**Safe alternative:** ${alternative}` : ''}`;
      })
      .join('\n\n---\n\n');
    return { contents: { kind: lsp.MarkupKind.Markdown, value } };
  });
  const validate = async (doc: Doc) => {
    const version = doc.version;
    pending.set(doc.uri, version);
    let diagnostics: lspNs.Diagnostic[] = [];
    try {
      diagnostics = await diagnosticsFor(root, doc);
    } catch (e) {
      connection.console.error(`migration-guard: ${(e as Error).message}`);
      if (e instanceof UsageError) {
        diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: 'migration-guard', message: e.message }];
      }
    }
    if (pending.get(doc.uri) !== version) return;
    published.set(doc.uri, diagnostics);
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  };
  // Fired on open as well as on every change.
  documents.onDidChangeContent((e) => void validate(e.document));
  documents.onDidClose((e) => {
    pending.delete(e.document.uri);
    published.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  documents.listen(connection);
  connection.listen();
}

