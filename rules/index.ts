/**
 * The one list of lint rules. A rule is a file `rules/<id>.ts`, named by its id (config validation
 * reads the ids from the folder names, without loading the rules); add it here and nowhere else
 * (docs/rules.md, `pgshift rules`, SARIF metadata and the tests all read this list).
 */
import type { Rule } from '../lib/lint/types.js';
import requireConcurrentIndexCreation from './require-concurrent-index-creation.js';
import requireConcurrentIndexDeletion from './require-concurrent-index-deletion.js';
import banConcurrentIndexCreationInTransaction from './ban-concurrent-index-creation-in-transaction.js';
import requireConcurrentReindex from './require-concurrent-reindex.js';
import requireConcurrentPartitionDetach from './require-concurrent-partition-detach.js';
import constraintMissingNotValid from './constraint-missing-not-valid.js';
import addingForeignKeyConstraint from './adding-foreign-key-constraint.js';
import addingNotNullableField from './adding-not-nullable-field.js';
import addingRequiredField from './adding-required-field.js';
import addingFieldWithDefault from './adding-field-with-default.js';
import addingPrimaryKeyConstraint from './adding-primary-key-constraint.js';
import disallowedUniqueConstraint from './disallowed-unique-constraint.js';
import changingColumnType from './changing-column-type.js';
import addingExclusionConstraint from './adding-exclusion-constraint.js';
import addingStoredGeneratedColumn from './adding-stored-generated-column.js';
import setLoggedUnlogged from './set-logged-unlogged.js';
import banAlterDomainWithAddConstraint from './ban-alter-domain-with-add-constraint.js';
import banCreateDomainWithConstraint from './ban-create-domain-with-constraint.js';
import preferRepack from './prefer-repack.js';
import requireLockTimeout from './require-lock-timeout.js';
import requireStatementTimeout from './require-statement-timeout.js';
import triggerOnExistingTable from './trigger-on-existing-table.js';
import indexOnPartitionedTable from './index-on-partitioned-table.js';
import banDropTable from './ban-drop-table.js';
import banDropColumn from './ban-drop-column.js';
import banDropSchema from './ban-drop-schema.js';
import banDropDatabase from './ban-drop-database.js';
import banDropNotNull from './ban-drop-not-null.js';
import banTruncateCascade from './ban-truncate-cascade.js';
import dropConstraint from './drop-constraint.js';
import renamingColumn from './renaming-column.js';
import renamingTable from './renaming-table.js';
import enumValueRemoval from './enum-value-removal.js';
import requireEnumValueOrdering from './require-enum-value-ordering.js';
import uniqueOnExistingColumn from './unique-on-existing-column.js';
import nullableToNotNull from './nullable-to-not-null.js';
import preferBigintOverInt from './prefer-bigint-over-int.js';
import preferBigintOverSmallint from './prefer-bigint-over-smallint.js';
import preferIdentity from './prefer-identity.js';
import preferTextField from './prefer-text-field.js';
import preferTimestamptz from './prefer-timestamptz.js';
import banCharField from './ban-char-field.js';
import preferJsonb from './prefer-jsonb.js';
import identifierTooLong from './identifier-too-long.js';
import requireTableSchema from './require-table-schema.js';
import fkWithoutIndex from './fk-without-index.js';
import banDuplicateColumnAssignments from './ban-duplicate-column-assignments.js';
import transactionNesting from './transaction-nesting.js';
import banUncommittedTransaction from './ban-uncommitted-transaction.js';
import statementsAfterAccessExclusive from './statements-after-access-exclusive.js';
import preferRobustStmts from './prefer-robust-stmts.js';
import requireConcurrentRefresh from './require-concurrent-refresh.js';
import truncateExistingTable from './truncate-existing-table.js';
import updateOrDeleteWithoutWhere from './update-or-delete-without-where.js';
import enumValueInSameTransaction from './enum-value-in-same-transaction.js';
import dropObject from './drop-object.js';
import renamingObject from './renaming-object.js';
import unmodelledStatement from './unmodelled-statement.js';
import unusedIgnore from './unused-ignore.js';
import suppressionWithoutReason from './suppression-without-reason.js';

export const allRules: readonly Rule[] = [
  requireConcurrentIndexCreation,
  requireConcurrentIndexDeletion,
  banConcurrentIndexCreationInTransaction,
  requireConcurrentReindex,
  requireConcurrentPartitionDetach,
  constraintMissingNotValid,
  addingForeignKeyConstraint,
  addingNotNullableField,
  addingRequiredField,
  addingFieldWithDefault,
  addingPrimaryKeyConstraint,
  disallowedUniqueConstraint,
  changingColumnType,
  addingExclusionConstraint,
  addingStoredGeneratedColumn,
  setLoggedUnlogged,
  banAlterDomainWithAddConstraint,
  banCreateDomainWithConstraint,
  preferRepack,
  requireLockTimeout,
  requireStatementTimeout,
  triggerOnExistingTable,
  indexOnPartitionedTable,
  banDropTable,
  banDropColumn,
  banDropSchema,
  banDropDatabase,
  banDropNotNull,
  banTruncateCascade,
  dropConstraint,
  renamingColumn,
  renamingTable,
  enumValueRemoval,
  requireEnumValueOrdering,
  uniqueOnExistingColumn,
  nullableToNotNull,
  preferBigintOverInt,
  preferBigintOverSmallint,
  preferIdentity,
  preferTextField,
  preferTimestamptz,
  banCharField,
  preferJsonb,
  identifierTooLong,
  requireTableSchema,
  fkWithoutIndex,
  banDuplicateColumnAssignments,
  transactionNesting,
  banUncommittedTransaction,
  statementsAfterAccessExclusive,
  preferRobustStmts,
  requireConcurrentRefresh,
  truncateExistingTable,
  updateOrDeleteWithoutWhere,
  enumValueInSameTransaction,
  dropObject,
  renamingObject,
  unmodelledStatement,
  unusedIgnore,
  suppressionWithoutReason,
];

const byId = new Map(allRules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
