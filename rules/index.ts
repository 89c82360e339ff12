import type { Rule } from '../src/rule.js';
import backfillInMigration from './backfill-in-migration.js';
import changeColumnDefault from './change-column-default.js';
import dropColumnWithoutDeprecation from './drop-column-without-deprecation.js';
import dropSchemaOrDatabase from './drop-schema-or-database.js';
import dropTableWithoutDeprecation from './drop-table-without-deprecation.js';
import enumValueChange from './enum-value-change.js';
import missingDowngrade from './missing-downgrade.js';
import parseError from './parse-error.js';
import preferBigintPk from './prefer-bigint-pk.js';
import preferJsonb from './prefer-jsonb.js';
import preferText from './prefer-text.js';
import preferTimestamptz from './prefer-timestamptz.js';
import renameColumn from './rename-column.js';
import renameTable from './rename-table.js';
import requireConcurrentIndex from './require-concurrent-index.js';
import transactionNesting from './transaction-nesting.js';
import truncateTable from './truncate-table.js';
import unanalyzable from './unanalyzable.js';

/** Every rule, sorted by id. A parity test checks the order and that each file is listed. */
export const rules: readonly Rule[] = [
  backfillInMigration,
  changeColumnDefault,
  dropColumnWithoutDeprecation,
  dropSchemaOrDatabase,
  dropTableWithoutDeprecation,
  enumValueChange,
  missingDowngrade,
  parseError,
  preferBigintPk,
  preferJsonb,
  preferText,
  preferTimestamptz,
  renameColumn,
  renameTable,
  requireConcurrentIndex,
  transactionNesting,
  truncateTable,
  unanalyzable,
];

const byId = new Map(rules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
