import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const action = parse(readFileSync(`${root}/action.yml`, 'utf8'));
const sources = ['src/github/inputs.ts', 'src/github/publish.ts', 'src/action.ts', 'src/stats/action.ts'].map((f) => readFileSync(`${root}/${f}`, 'utf8')).join('\n');

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });

  it('declares exactly the inputs and outputs of issues 3 and 8, and the code reads and sets each of them', () => {
    const inputs = ['github-token', 'paths', 'config', 'dialect', 'pg-version', 'fail-on', 'review-comments', 'summary-comment', 'sarif-file', 'base-ref', 'mode', 'dry-run-engine', 'database-url', 'stats-output', 'require-least-privilege', 'comment-author', 'api-budget'];
    const outputs = ['errors', 'warnings', 'findings', 'report-json', 'sarif-file', 'rollback-ready', 'dry-run-ok', 'stats-file'];
    expect(Object.keys(action.inputs)).toEqual(inputs);
    expect(Object.keys(action.outputs)).toEqual(outputs);
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
    for (const name of inputs) expect(sources).toContain(`'${name}'`);
    for (const name of outputs) expect(sources).toContain(`setOutput('${name}'`);
    for (const spec of [...Object.values(action.inputs), ...Object.values(action.outputs)] as { description?: string }[]) {
      expect(spec.description).toEqual(expect.any(String));
    }
  });
});
