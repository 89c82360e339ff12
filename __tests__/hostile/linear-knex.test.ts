import { isKnexFile } from '../../src/parse/knex/detect.js';

describe('Knex detection is linear', () => {
  test('recognises the export forms', () => {
    expect(isKnexFile('exports.up = function () {}')).toBe(true);
    expect(isKnexFile('module.exports = {\n  up(knex) {}\n}')).toBe(true);
    expect(isKnexFile('export default { async up() {} }')).toBe(true);
    expect(isKnexFile('function up() {}\nexport { down, up };')).toBe(true);
    expect(isKnexFile('export async function up(knex) {}')).toBe(true);
    expect(isKnexFile('module.exports = { down() {} }')).toBe(false);
    expect(isKnexFile('export { down };')).toBe(false);
  });
  test('inputs that were quadratic (many openers, no `up`) finish at once', () => {
    for (const unit of ['module.exports = {', 'export default {', 'export {', 'export { a, ']) {
      const started = Date.now();
      expect(isKnexFile(unit.repeat(100_000))).toBe(false);
      expect(Date.now() - started).toBeLessThan(2000); // quadratic: 10^10 steps, minutes
    }
  });
});
