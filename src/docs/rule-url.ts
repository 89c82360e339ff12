/** Where the project lives; rule pages are docs/rules/<id>.md in it. */
export const PROJECT_URL = 'https://github.com/migration-guard/migration-guard';

/** The stable address of a rule's documentation page: SARIF `helpUri` and the LSP's diagnostic links use it. */
export function ruleDocsUrl(id: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules/${encodeURIComponent(id)}.md`;
}
