// Regenerates schema/migration-guard.schema.json from the zod config schema. `--check` exits 1 when the committed file differs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { CONFIG_JSON_SCHEMA_PATH, configJsonSchema } from '../src/config-json-schema.js';

const text = configJsonSchema(rules);
const current = existsSync(CONFIG_JSON_SCHEMA_PATH) ? readFileSync(CONFIG_JSON_SCHEMA_PATH, 'utf8') : null;
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${CONFIG_JSON_SCHEMA_PATH} is out of date: run \`npm run schema\``);
    process.exit(1);
  }
  console.log(`${CONFIG_JSON_SCHEMA_PATH} is current`);
} else {
  mkdirSync(path.dirname(CONFIG_JSON_SCHEMA_PATH), { recursive: true });
  writeFileSync(CONFIG_JSON_SCHEMA_PATH, text);
  console.log(`${CONFIG_JSON_SCHEMA_PATH}: ${current === text ? 'unchanged' : 'written'}`);
}
