// Regenerates src/init/workflow-templates.ts from docs/workflows/ (what `init --workflows` writes). `--check` exits 1 when stale.
import { readFileSync, writeFileSync } from 'node:fs';

// docs/workflows/<source> → .github/workflows/<written as> (the names the files' own comments give).
const TEMPLATES: [string, string][] = [['migration-guard.yml', 'migration-guard.yml'], ['dry-run.yml', 'migration-guard-dry-run.yml']];
const target = 'src/init/workflow-templates.ts';
const entries = TEMPLATES.map(([source, name]) => `  ${JSON.stringify(name)}: ${JSON.stringify(readFileSync(`docs/workflows/${source}`, 'utf8'))},`);
const text = `// Generated from docs/workflows/ by scripts/gen-workflow-templates.ts: do not edit.\n/** The workflow files \`migration-guard init --workflows\` writes into .github/workflows/. */\nexport const WORKFLOW_TEMPLATES: Record<string, string> = {\n${entries.join('\n')}\n};\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error(`${target} is out of date: run \`npx tsx scripts/gen-workflow-templates.ts\``);
    process.exit(1);
  }
} else writeFileSync(target, text);
