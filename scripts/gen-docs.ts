// Regenerates docs/rules/ from rule metadata. `--check` exits 1 when the committed pages differ.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { ruleDocPage, ruleIndexPage } from '../src/docs/rule-docs.js';

const dir = 'docs/rules';
const check = process.argv.includes('--check');
const wanted = new Map<string, string>([['README.md', ruleIndexPage(rules)], ...rules.map((r) => [`${r.id}.md`, ruleDocPage(r)] as [string, string])]);
const stale: string[] = [];
mkdirSync(dir, { recursive: true });
for (const existing of readdirSync(dir)) {
  if (!wanted.has(existing)) {
    stale.push(existing);
    if (!check) rmSync(path.join(dir, existing));
  }
}
for (const [name, text] of wanted) {
  const file = path.join(dir, name);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    stale.push(name);
    if (!check) writeFileSync(file, text);
  }
}
if (check && stale.length) {
  console.error(`docs/rules is out of date (${stale.join(', ')}): run \`npm run docs\``);
  process.exit(1);
}
console.log(check ? 'docs/rules is current' : `docs/rules: ${stale.length} page(s) written`);
