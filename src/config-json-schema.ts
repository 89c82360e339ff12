import { z } from 'zod';
import { configSchema } from './config-schema.js';

/** Where the committed schema lives (also shipped in the npm package). */
export const CONFIG_JSON_SCHEMA_PATH = 'schema/migration-guard.schema.json';

/**
 * The JSON Schema of `.migration-guard.yml`, generated from the zod schema (the one the CLI
 * validates with), so editors complete and validate the same keys. Deterministic text.
 */
export function configJsonSchema(ruleList: readonly { id: string; summary: string }[]): string {
  const generated = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const properties = generated.properties as Record<string, Record<string, unknown>>;
  // The rule ids are known: list them so editors complete them (unknown ids are refused by the CLI too).
  const rules = properties.rules;
  if (rules) {
    const level = rules.additionalProperties;
    properties.rules = {
      ...rules,
      propertyNames: { enum: ruleList.map((r) => r.id) },
      properties: Object.fromEntries(ruleList.map((r) => [r.id, { ...(level as object), description: r.summary }])),
    };
  }
  const { $schema, ...rest } = generated;
  return `${JSON.stringify({ $schema, title: 'migration-guard configuration (.migration-guard.yml)', ...rest }, null, 2)}\n`;
}
