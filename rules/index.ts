import type { Rule } from '../src/rule.js';
import addColumnRequired from './add-column-required.js';
import addColumnVolatileDefault from './add-column-volatile-default.js';
import addExclusionConstraint from './add-exclusion-constraint.js';
import addIdentityOrSerial from './add-identity-or-serial.js';
import addUniqueConstraint from './add-unique-constraint.js';
import backfillInMigration from './backfill-in-migration.js';
import breaksAppQuery from './breaks-app-query.js';
import changeColumnDefault from './change-column-default.js';
import changeColumnType from './change-column-type.js';
import columnStillReferenced from './column-still-referenced.js';
import concurrentInTransaction from './concurrent-in-transaction.js';
import constraintNotValid from './constraint-not-valid.js';
import detachPartitionNonConcurrent from './detach-partition-non-concurrent.js';
import downgradeMismatch from './downgrade-mismatch.js';
import dropColumnWithoutDeprecation from './drop-column-without-deprecation.js';
import dropSchemaOrDatabase from './drop-schema-or-database.js';
import dropTableWithoutDeprecation from './drop-table-without-deprecation.js';
import enumValueChange from './enum-value-change.js';
import foreignKeyWithoutIndex from './foreign-key-without-index.js';
import identifierTooLong from './identifier-too-long.js';
import internalError from './internal-error.js';
import invalidSuppression from './invalid-suppression.js';
import irreversibleDataLoss from './irreversible-data-loss.js';
import lockExceedsBudget from './lock-exceeds-budget.js';
import lockHeldAcrossStatements from './lock-held-across-statements.js';
import migrationConflict from './migration-conflict.js';
import missingDowngrade from './missing-downgrade.js';
import mysqlMissingOnlineDdl from './mysql-missing-online-ddl.js';
import mysqlUnsafeAlter from './mysql-unsafe-alter.js';
import parseError from './parse-error.js';
import preferBigintPk from './prefer-bigint-pk.js';
import preferJsonb from './prefer-jsonb.js';
import preferText from './prefer-text.js';
import preferTimestamptz from './prefer-timestamptz.js';
import reindexNonConcurrent from './reindex-non-concurrent.js';
import renameColumn from './rename-column.js';
import renameTable from './rename-table.js';
import requireConcurrentIndex from './require-concurrent-index.js';
import requireConcurrentIndexDrop from './require-concurrent-index-drop.js';
import requireLockTimeout from './require-lock-timeout.js';
import setNotNull from './set-not-null.js';
import transactionNesting from './transaction-nesting.js';
import truncateTable from './truncate-table.js';
import unanalyzable from './unanalyzable.js';
import vacuumFullOrCluster from './vacuum-full-or-cluster.js';
import validateSameTransaction from './validate-same-transaction.js';

/** Every rule, sorted by id. A parity test checks the order and that each file is listed. */
export const rules: readonly Rule[] = [
  addColumnRequired,
  addColumnVolatileDefault,
  addExclusionConstraint,
  addIdentityOrSerial,
  addUniqueConstraint,
  backfillInMigration,
  breaksAppQuery,
  changeColumnDefault,
  changeColumnType,
  columnStillReferenced,
  concurrentInTransaction,
  constraintNotValid,
  detachPartitionNonConcurrent,
  downgradeMismatch,
  dropColumnWithoutDeprecation,
  dropSchemaOrDatabase,
  dropTableWithoutDeprecation,
  enumValueChange,
  foreignKeyWithoutIndex,
  identifierTooLong,
  internalError,
  invalidSuppression,
  irreversibleDataLoss,
  lockExceedsBudget,
  lockHeldAcrossStatements,
  migrationConflict,
  missingDowngrade,
  mysqlMissingOnlineDdl,
  mysqlUnsafeAlter,
  parseError,
  preferBigintPk,
  preferJsonb,
  preferText,
  preferTimestamptz,
  reindexNonConcurrent,
  renameColumn,
  renameTable,
  requireConcurrentIndex,
  requireConcurrentIndexDrop,
  requireLockTimeout,
  setNotNull,
  transactionNesting,
  truncateTable,
  unanalyzable,
  vacuumFullOrCluster,
  validateSameTransaction,
];

const byId = new Map(rules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
