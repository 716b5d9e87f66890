/** One renderer per change kind. The mapped type makes a missing renderer a compile error. */
import type { Change, ChangeKind, ChangeOf } from '../diff/change.js';
import * as comment from './renderers/comment.js';
import * as constraint from './renderers/constraint.js';
import * as enums from './renderers/enum.js';
import * as schema from './renderers/schema.js';
import * as sequence from './renderers/sequence.js';
import * as table from './renderers/table.js';
import * as userType from './renderers/user-type.js';
import * as privilege from './renderers/privilege.js';
import * as policy from './renderers/policy.js';
import * as partition from './renderers/partition.js';
import * as view from './renderers/view.js';
import * as func from './renderers/function.js';
import * as trigger from './renderers/trigger.js';
import * as rule from './renderers/rule.js';
import * as renames from './renderers/rename.js';
import * as statistics from './renderers/statistics.js';
import { setReplicaIdentity } from './renderers/replica-identity.js';
import * as operator from './renderers/operator.js';
import * as textSearch from './renderers/text-search.js';
import * as publication from './renderers/publication.js';
import * as tableStorage from './renderers/table-storage.js';
import * as casts from './renderers/cast.js';

type Renderers = { [K in ChangeKind]: (c: ChangeOf<K>) => string[] };

const renderers: Renderers = {
  create_cast: casts.createCast,
  drop_cast: casts.dropCast,
  create_event_trigger: casts.createEventTrigger,
  drop_event_trigger: casts.dropEventTrigger,
  set_event_trigger_state: casts.setEventTriggerState,
  create_collation: userType.createCollation,
  drop_collation: userType.dropCollation,
  alter_extension_schema: userType.alterExtensionSchema,
  rename_enum_value: userType.renameEnumValue,
  create_domain: userType.createDomain,
  drop_domain: userType.dropDomain,
  alter_domain_default: userType.alterDomainDefault,
  alter_domain_not_null: userType.alterDomainNotNull,
  add_domain_constraint: userType.addDomainConstraint,
  drop_domain_constraint: userType.dropDomainConstraint,
  validate_domain_constraint: userType.validateDomainConstraint,
  create_composite: userType.createComposite,
  drop_composite: userType.dropComposite,
  add_attribute: userType.addAttribute,
  drop_attribute: userType.dropAttribute,
  alter_attribute_type: userType.alterAttributeType,
  create_range: userType.createRange,
  drop_range: userType.dropRange,
  grant: privilege.grant,
  revoke: privilege.revoke,
  alter_default_privileges: privilege.alterDefaultPrivileges,
  set_owner: privilege.setOwner,
  set_row_security: policy.setRowSecurity,
  set_force_row_security: policy.setForceRowSecurity,
  create_policy: policy.createPolicy,
  drop_policy: policy.dropPolicy,
  alter_policy: policy.alterPolicy,
  attach_partition: partition.attachPartition,
  attach_index: partition.attachIndex,
  detach_partition: partition.detachPartition,
  add_inherit: partition.addInherit,
  drop_inherit: partition.dropInherit,
  create_schema: schema.createSchema,
  drop_schema: schema.dropSchema,
  create_extension: schema.createExtension,
  drop_extension: schema.dropExtension,
  alter_extension_version: schema.alterExtensionVersion,
  create_enum: enums.createEnum,
  drop_enum: enums.dropEnum,
  add_enum_value: enums.addEnumValue,
  recreate_enum: enums.recreateEnum,
  create_sequence: sequence.createSequence,
  drop_sequence: sequence.dropSequence,
  alter_sequence: sequence.alterSequence,
  set_sequence_owner: sequence.setSequenceOwner,
  set_replica_identity: setReplicaIdentity,
  create_table: table.createTable,
  drop_table: table.dropTable,
  set_unlogged: table.setUnlogged,
  set_access_method: table.setAccessMethod,
  add_column: table.addColumn,
  drop_column: table.dropColumn,
  alter_column_type: table.alterColumnType,
  set_default: table.setDefault,
  drop_default: table.dropDefault,
  set_not_null: table.setNotNull,
  drop_not_null: table.dropNotNull,
  add_identity: table.addIdentity,
  drop_identity: table.dropIdentity,
  alter_identity: table.alterIdentity,
  set_expression: table.setExpression,
  drop_expression: table.dropExpression,
  add_constraint: constraint.addConstraint,
  drop_constraint: constraint.dropConstraint,
  validate_constraint: constraint.validateConstraint,
  alter_constraint: constraint.alterConstraint,
  set_constraint_storage: constraint.setConstraintStorage,
  create_index: constraint.createIndex,
  drop_index: constraint.dropIndex,
  set_comment: comment.setComment,
  set_column_statistics: table.setColumnStatistics,
  cluster_on: table.clusterOn,
  set_without_cluster: table.setWithoutCluster,
  set_column_storage: table.setColumnStorage,
  set_column_compression: table.setColumnCompression,
  set_matview_compression: view.setMatviewCompression,
  set_index_statistics: table.setIndexStatistics,
  create_statistics: statistics.createStatistics,
  drop_statistics: statistics.dropStatistics,
  alter_statistics_target: statistics.alterStatisticsTarget,
  set_table_storage: tableStorage.setTableStorage,
  create_publication: publication.createPublication,
  drop_publication: publication.dropPublication,
  alter_publication_options: publication.alterPublicationOptions,
  drop_publication_members: publication.dropPublicationMembers,
  add_publication_members: publication.addPublicationMembers,
  alter_publication_owner: publication.alterPublicationOwner,
  create_ts_dictionary: textSearch.createTsDictionary,
  drop_ts_dictionary: textSearch.dropTsDictionary,
  alter_ts_dictionary: textSearch.alterTsDictionary,
  create_ts_config: textSearch.createTsConfig,
  drop_ts_config: textSearch.dropTsConfig,
  alter_ts_mappings: textSearch.alterTsMappings,
  create_operator: operator.createOperator,
  drop_operator: operator.dropOperator,
  alter_operator: operator.alterOperator,
  create_operator_family: operator.createOperatorFamily,
  drop_operator_family: operator.dropOperatorFamily,
  create_operator_class: operator.createOperatorClass,
  drop_operator_class: operator.dropOperatorClass,
  add_family_members: operator.addFamilyMembers,
  drop_family_members: operator.dropFamilyMembers,
  create_view: view.createView,
  replace_view: view.replaceView,
  complete_view: view.completeView,
  drop_view: view.dropView,
  alter_view_options: view.alterViewOptions,
  set_view_default: view.setViewDefault,
  create_function: func.createFunction,
  replace_function: func.replaceFunction,
  drop_function: func.dropFunction,
  create_trigger: trigger.createTrigger,
  drop_trigger: trigger.dropTrigger,
  set_trigger_state: trigger.setTriggerState,
  create_rule: rule.createRule,
  drop_rule: rule.dropRule,
  replace_rule: rule.replaceRule,
  set_rule_state: rule.setRuleState,
  rename: renames.rename,
};

/** SQL statements (without trailing semicolons) for one change. */
export function renderChange(c: Change): string[] {
  return (renderers[c.kind] as (c: Change) => string[])(c);
}
