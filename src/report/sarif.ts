import { PROJECT_URL, ruleDocsUrl } from '../docs/rule-url.js';
import { escapeControl } from './escape.js';
import { fingerprints } from './fingerprint.js';
import type { Rule } from '../rule.js';
import type { Report, SourceLookup } from './model.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0 for code scanning: every rule of the catalog with its help text, results with
 * stable fingerprints. A pure function of the report and the catalog it is given.
 */
export function renderSarif(report: Report, opts: { rules: readonly Rule[]; sources?: SourceLookup; version?: string }): string {
  const { rules } = opts;
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const prints = fingerprints(report.findings, opts.sources);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'migration-guard',
            version: opts.version ?? '0.1.0',
            informationUri: PROJECT_URL,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.summary },
              fullDescription: { text: r.docs.why },
              helpUri: ruleDocsUrl(r.id),
              help: {
                text: `${r.docs.why}\n\nInstead of:\n${r.docs.bad}\n\nDo:\n${r.docs.good}`,
                markdown: `${r.docs.why}\n\n**Instead of**\n\n\`\`\`sql\n${r.docs.bad}\n\`\`\`\n\n**Do**\n\n\`\`\`sql\n${r.docs.good}\n\`\`\``,
              },
              defaultConfiguration: { level: LEVEL[r.severity], enabled: !r.defaultOff },
              // SARIF requires unique tags (a `mysql` rule is also in the `mysql` category).
              properties: { category: r.category, tags: [...new Set([r.category, ...r.dialects])] },
            })),
          },
        },
        results: report.findings.map((f, i) => ({
          ruleId: f.ruleId,
          ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          // User text is escaped; only our own separator line break stays.
          message: { text: f.suggestion ? `${escapeControl(f.message)}\nSafe alternative: ${escapeControl(f.suggestion)}` : escapeControl(f.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split('/').map(encodeURIComponent).join('/') },
                region: { startLine: f.line, endLine: Math.max(f.line, f.endLine), startColumn: Math.max(1, f.column) },
              },
            },
          ],
          partialFingerprints: { 'migrationGuard/v1': prints[i] },
        })),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
