import { describe, test } from '@jest/globals';
import { DIR, expectNoFix, revision } from './alembic.js';

describe('add-column-volatile-default (Alembic): no exact fix', () => {
  // Without the default the existing rows stay NULL; filling them is a batched backfill outside
  // the migration (backfill-in-migration), which a rewrite of this file cannot write.
  test.each([
    ['a nullable column', 'op.add_column("users", sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()")))'],
    ['a NOT NULL column', 'op.add_column("users", sa.Column("token", sa.Uuid(), nullable=False, server_default=sa.text("gen_random_uuid()")))'],
  ])('%s', async (_name, call) => {
    await expectNoFix('add-column-volatile-default', { [`${DIR}/b7e8f9a0b1c2_token.py`]: revision([call], ['op.drop_column("users", "token")']) });
  });
});
