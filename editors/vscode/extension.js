// Starts `migration-guard lsp` for the workspace: diagnostics on open and change, rule ids linking to their docs.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

exports.activate = function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration('migrationGuard').get('command');
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  client = new LanguageClient(
    'migrationGuard',
    'migration-guard',
    { command, args, options: { cwd, shell: process.platform === 'win32' } },
    { documentSelector: ['sql', 'python', 'javascript', 'typescript'].map((language) => ({ scheme: 'file', language })) },
  );
  context.subscriptions.push(client);
  return client.start();
};

exports.deactivate = function deactivate() {
  return client?.stop();
};
