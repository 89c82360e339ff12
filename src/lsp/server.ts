import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as lspNs from 'vscode-languageserver/node';
import * as textDocumentNs from 'vscode-languageserver-textdocument';
import { ruleById } from '../../rules/index.js';
import { loadConfigFile, resolveConfig, UsageError } from '../config.js';
import { ruleDocsUrl } from '../docs/rule-url.js';
import { lint } from '../engine.js';
import { commonJsExports } from '../interop.js';
import type { ReportFinding } from '../report/model.js';
import type { Fix, TextEdit } from '../rule.js';

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

/** A published diagnostic with the fix of its finding and the directory the fix's paths are relative to. */
export interface Published {
  diagnostic: lspNs.Diagnostic;
  fix?: Fix;
  cwd: string;
}

function toRange(e: TextEdit): lspNs.Range {
  // TextEdit is 1-based with an exclusive end; LSP positions are 0-based, also with an exclusive end.
  return { start: { line: e.startLine - 1, character: e.startColumn - 1 }, end: { line: e.endLine - 1, character: e.endColumn - 1 } };
}

/**
 * A fix as a quick fix: its edits grouped per document (the open one at the version that was
 * linted, so a stale action is refused by the editor) and its new files created, then filled.
 */
export function toCodeAction(p: Published & { fix: Fix }, doc: Doc): lspNs.CodeAction {
  const open = fileURLToPath(doc.uri);
  // The open document keeps the editor's own spelling of its URI (drive letter case, escapes).
  const uriOf = (file: string) => (path.resolve(p.cwd, file) === open ? doc.uri : pathToFileURL(path.resolve(p.cwd, file)).href);
  const byUri = new Map<string, lspNs.TextEdit[]>();
  for (const e of p.fix.edits) {
    const uri = uriOf(e.file);
    byUri.set(uri, [...(byUri.get(uri) ?? []), { range: toRange(e), newText: e.text }]);
  }
  const documentChanges: (lspNs.TextDocumentEdit | lspNs.CreateFile)[] = [...byUri].map(([uri, edits]) => ({
    textDocument: { uri, version: uri === doc.uri ? doc.version : null },
    edits,
  }));
  for (const f of p.fix.newFiles ?? []) {
    const uri = uriOf(f.path);
    documentChanges.push({ kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } });
    documentChanges.push({ textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: f.text }] });
  }
  return { title: p.fix.title, kind: lsp.CodeActionKind.QuickFix, diagnostics: [p.diagnostic], isPreferred: true, edit: { documentChanges } };
}

/** Lints one open document against the workspace (its config, its history); [] when it is not a migration. */
export async function diagnosticsFor(root: string, doc: Doc): Promise<lspNs.Diagnostic[]> {
  return (await findingsFor(root, doc)).map((p) => p.diagnostic);
}

/** Lints one open document: each finding as a diagnostic, with its fix. */
export async function findingsFor(root: string, doc: Doc): Promise<Published[]> {
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
    return report.findings.filter((f) => f.file === posix).map((f) => ({ diagnostic: toDiagnostic(f, doc), ...(f.fix ? { fix: f.fix } : {}), cwd }));
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
      capabilities: {
        textDocumentSync: lsp.TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [lsp.CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'migration-guard' },
    };
  });
  // One lint at a time per document, the latest text wins.
  const pending = new Map<string, number>();
  const published = new Map<string, Published[]>();
  // The document version the published findings (and their fixes' positions) belong to.
  const publishedVersion = new Map<string, number>();
  // Hover on a flagged line: the finding, the safe alternative and the rule's docs link.
  connection.onHover(({ textDocument, position }) => {
    const here = (published.get(textDocument.uri) ?? []).map((p) => p.diagnostic).filter((d) => d.range.start.line <= position.line && position.line <= d.range.end.line && d.code);
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
  // Quick fixes: the exact fixes of the findings whose diagnostics touch the requested range.
  connection.onCodeAction(({ textDocument, range, context }) => {
    const doc = documents.get(textDocument.uri);
    // A fix for an older text would land in the wrong place: none until the new lint is published.
    if (!doc || publishedVersion.get(doc.uri) !== doc.version || (context.only && !context.only.some((k) => lsp.CodeActionKind.QuickFix.startsWith(k)))) return [];
    const touches = (r: lspNs.Range) => !(r.end.line < range.start.line || (r.end.line === range.start.line && r.end.character < range.start.character) || r.start.line > range.end.line || (r.start.line === range.end.line && r.start.character > range.end.character));
    return (published.get(textDocument.uri) ?? [])
      .filter((p): p is Published & { fix: Fix } => p.fix !== undefined && touches(p.diagnostic.range))
      .map((p) => toCodeAction(p, doc));
  });
  const validate = async (doc: Doc) => {
    const version = doc.version;
    pending.set(doc.uri, version);
    let found: Published[] = [];
    try {
      found = await findingsFor(root, doc);
    } catch (e) {
      connection.console.error(`migration-guard: ${(e as Error).message}`);
      if (e instanceof UsageError) {
        found = [{ diagnostic: { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: 'migration-guard', message: e.message }, cwd: root }];
      }
    }
    if (pending.get(doc.uri) !== version) return;
    published.set(doc.uri, found);
    publishedVersion.set(doc.uri, version);
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: found.map((p) => p.diagnostic) });
  };
  // Fired on open as well as on every change.
  documents.onDidChangeContent((e) => void validate(e.document));
  documents.onDidClose((e) => {
    pending.delete(e.document.uri);
    published.delete(e.document.uri);
    publishedVersion.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  documents.listen(connection);
  connection.listen();
}

