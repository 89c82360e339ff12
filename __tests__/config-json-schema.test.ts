import { readFileSync } from 'node:fs';
import { rules } from '../rules/index.js';
import { configSchema } from '../src/config-schema.js';
import { CONFIG_JSON_SCHEMA_PATH, configJsonSchema } from '../src/config-json-schema.js';

describe('JSON Schema of .migration-guard.yml', () => {
  const committed = readFileSync(CONFIG_JSON_SCHEMA_PATH, 'utf8');

  test('the committed schema is generated from the current zod schema (run `npm run schema`)', () => {
    expect(committed).toBe(configJsonSchema(rules));
  });

  test('it has every key of the zod schema, refuses others, and lists every rule id with its levels', () => {
    const schema = JSON.parse(committed);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(configSchema.shape).sort());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.rules.propertyNames.enum).toEqual(rules.map((r) => r.id));
    expect(schema.properties.rules.properties['require-concurrent-index']).toMatchObject({ enum: ['error', 'warning', 'info', 'off'], description: expect.any(String) });
    expect(schema.properties.dryRun.additionalProperties).toBe(false);
    expect(schema.properties.migrations.items.anyOf[1].required).toEqual(['path']);
  });
});
