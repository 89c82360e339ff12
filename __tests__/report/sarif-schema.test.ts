import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import { loadConfigFile, resolveConfig } from '../../src/config.js';
import { lint } from '../../src/engine.js';
import { renderSarif } from '../../src/report/sarif.js';
import { rules } from '../../rules/index.js';

/**
 * The SARIF output against the OASIS SARIF 2.1.0 JSON schema (the rtm.5 schema as shipped by
 * Microsoft's @microsoft/jest-sarif; draft-04, hence ajv-draft-04), for the whole rule catalog and
 * real findings from every example directory.
 */
const require = createRequire(import.meta.url);
const schemaPath = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
// CommonJS module: under NodeNext the default import is module.exports, whose `default` is the class.
const Ajv = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as typeof AjvDraft04.default;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('SARIF output', () => {
  // The formats the schema uses, checked here rather than by another dependency (ajv-formats).
  const isUri = (s: string) => {
    try {
      new URL(s);
      return true;
    } catch {
      return false;
    }
  };
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    // The schema's language pattern has a stray `]`, an error only with the `u` flag.
    unicodeRegExp: false,
    formats: {
      uri: isUri,
      'uri-reference': (s: string) => !/[\s<>"{}|\\^`]/.test(s),
      'date-time': (s: string) => /^\d{4}-\d\d-\d\dT/.test(s) && !Number.isNaN(Date.parse(s)),
      uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    },
  });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

  it.each([['examples/postgres', 'postgres'], ['examples/mysql', 'mysql'], ['examples/alembic', 'postgres'], ['examples/knex', 'postgres']] as const)(
    'validates against the SARIF 2.1.0 schema: %s',
    async (dir, dialect) => {
      const { config: file, source } = await loadConfigFile(ROOT);
      const config = resolveConfig(file, source, { dialect });
      const { report, sources } = await lint({ cwd: ROOT, paths: [dir], config });
      expect(report.findings.length).toBeGreaterThan(0);
      const sarif = JSON.parse(renderSarif(report, { rules, sources }));
      const ok = validate(sarif);
      expect(ok ? [] : validate.errors).toEqual([]);
      for (const rule of sarif.runs[0].tool.driver.rules) {
        const tags: string[] = rule.properties.tags;
        expect(new Set(tags).size).toBe(tags.length);
      }
    },
    60_000,
  );
});
