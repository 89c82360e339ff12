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
  // No timing assertion: the quadratic version took minutes on these inputs, so it would hit the test's
  // own timeout (a hang guard); `npm run bench` is where speed is measured.
  test('inputs that were quadratic (many openers, no `up`) complete', () => {
    for (const unit of ['module.exports = {', 'export default {', 'export {', 'export { a, ']) {
      expect(isKnexFile(unit.repeat(100_000))).toBe(false);
    }
  }, 30_000);
});
