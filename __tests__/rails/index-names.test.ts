import { lintRails, migrationOf, NEW } from './helpers.js';

const invites = (version: string) => `class AddInvites < ActiveRecord::Migration[${version}]
  def change
    create_table :organization_onboarding_invites do |t|
      t.references :organization_onboarding, null: false
    end
  end
end
`;

describe('Rails generated index names', () => {
  test('since 7.1 a name over 62 bytes is idx_on_<columns>_<sha256 prefix>, not too long', async () => {
    const r = await lintRails(invites('7.2'));
    const names = migrationOf(r).up.flatMap((op) => (op.kind === 'createIndex' ? [op.name] : []));
    // SHA-256 of index_organization_onboarding_invites_on_organization_onboarding_id, first 10 hex digits.
    expect(names).toEqual(['idx_on_organization_onboarding_id_e5b08868fb']);
    expect(r.report.findings.filter((f) => f.file === NEW && f.ruleId === 'identifier-too-long')).toEqual([]);
  });

  test('before 7.1 the long name stands (ActiveRecord refuses it): identifier-too-long', async () => {
    const r = await lintRails(invites('7.0'));
    expect(r.report.findings.filter((f) => f.file === NEW && f.ruleId === 'identifier-too-long')).toHaveLength(1);
  });
});
