/**
 * The order in which change kinds run. Drops of dependents come first, then creations in dependency
 * order (schemas → types → sequences → tables → columns → constraints → indexes → foreign keys),
 * and drops of things others depended on (types, sequences, extensions, schemas) last.
 */
import type { Change, ChangeKind } from '../diff/change.js';

const PHASES: Record<ChangeKind, number> = {
  // issue 4 kinds: user types, privileges, row-level security, partitions (see the comments on each)
  detach_partition: 0.5, // before anything is dropped from the partition or its parent
  drop_inherit: 0.5,
  drop_policy: 1, // before the columns and functions a policy reads
  drop_attribute: 4,
  drop_domain_constraint: 4,
  alter_default_privileges: 10.5, // before objects are created, so they get the new defaults
  alter_extension_schema: 11,
  create_collation: 11.5,
  // text search: dictionaries, then the configurations mapping them, before the functions, tables and
  // indexes whose expressions name a configuration; dropped after those, configurations first
  create_ts_dictionary: 11.55,
  alter_ts_dictionary: 11.56,
  create_ts_config: 11.6,
  alter_ts_mappings: 11.61,
  drop_ts_config: 22.55,
  // publications: dropped (or members dropped) before the tables, columns and schemas they name; created
  // (or members added) once those exist, after the columns of column lists
  drop_publication: 0.4,
  drop_publication_members: 0.45,
  alter_publication_options: 19.7,
  create_publication: 19.7,
  add_publication_members: 19.71,
  alter_publication_owner: 20, // with the other OWNER TO
  drop_ts_dictionary: 22.56,
  rename_enum_value: 12,
  create_domain: 12,
  create_composite: 12,
  create_range: 12,
  add_attribute: 12.5,
  alter_attribute_type: 12.5,
  alter_domain_default: 15,
  alter_domain_not_null: 15,
  add_domain_constraint: 16,
  validate_domain_constraint: 16,
  add_inherit: 18.5, // after the child's columns, constraints and indexes match the parent's
  attach_partition: 18.5,
  attach_index: 18.05, // after the partition's index or key and the parent index exist
  set_row_security: 19.5,
  set_force_row_security: 19.5,
  create_policy: 19.5,
  alter_policy: 19.5,
  grant: 20,
  revoke: 20,
  set_owner: 20,
  drop_composite: 21.5, // pushed in reverse dependency order, before enums they may use
  drop_domain: 21.5,
  drop_range: 21.5,
  drop_collation: 22.5, // after the types and columns that use it
  // views, functions, triggers, renames (the dependency graph in graph.ts refines the order)
  rename: -1, // renames first: every later statement uses the new names
  drop_trigger: 0,
  drop_view: 0, // before the columns, tables and functions views read
  drop_function: 5, // after the tables, defaults and triggers that use it
  create_function: 13.5, // after types, before the tables whose defaults call it
  replace_function: 13.5,
  create_view: 18.6, // after the tables, columns and indexes they read
  replace_view: 18.6,
  complete_view: 18.7, // after the function the placeholder stood in for (see phaseOf for the early form)
  alter_view_options: 18.6,
  set_view_default: 18.6,
  create_trigger: 19.6,
  set_trigger_state: 19.6,
  drop_rule: 0, // before the relations, columns and functions its actions read
  create_rule: 19.7, // after what its actions read and write
  replace_rule: 19.7,
  set_rule_state: 19.7,
  drop_constraint: 2, // foreign keys: 0 (see phaseOf)
  drop_index: 1,
  drop_table: 3,
  drop_column: 4,
  create_schema: 10,
  create_extension: 11,
  alter_extension_version: 11,
  create_enum: 12,
  add_enum_value: 12,
  recreate_enum: 12,
  create_sequence: 13,
  alter_sequence: 13,
  create_table: 14,
  add_column: 15,
  alter_column_type: 15,
  set_default: 15,
  drop_default: 15,
  set_not_null: 15,
  drop_not_null: 15,
  add_identity: 15,
  drop_identity: 15,
  alter_identity: 15,
  set_expression: 15,
  drop_expression: 15,
  set_unlogged: 15,
  set_access_method: 15,
  set_table_storage: 15,
  set_column_statistics: 15.5, // after the column exists (new columns start at the default)
  set_column_storage: 15.5, // after the column exists and after ALTER COLUMN … TYPE, which resets it
  set_column_compression: 15.5,
  set_matview_compression: 18.6, // with the materialized view's other settings, once it exists
  add_constraint: 16, // foreign keys: 19
  validate_constraint: 16,
  alter_constraint: 19, // with the foreign keys it changes
  set_constraint_storage: 16, // with the keys (the index exists on both sides)
  set_sequence_owner: 17,
  create_index: 18,
  set_index_statistics: 18.1,
  cluster_on: 18.6, // after the index exists, a partition's after its ATTACH
  set_without_cluster: 18.6,
  set_replica_identity: 18.15, // after the index it names exists
  create_statistics: 18.2, // after the tables, columns and types they are built on
  alter_statistics_target: 18.3,
  drop_statistics: 0.5, // before the columns and tables they use
  // operators after the functions they call; classes before the tables (exclusion constraints) and indexes
  // naming them; dropped after the indexes and tables using them, before their functions
  create_operator: 13.6,
  alter_operator: 13.6,
  create_operator_family: 13.7,
  create_operator_class: 13.8,
  add_family_members: 13.9,
  drop_family_members: 4.5,
  drop_operator_class: 4.6,
  drop_operator_family: 4.7,
  drop_operator: 4.8,
  // casts after the functions and types they name, before the columns whose type changes use them;
  // dropped before their functions and types
  create_cast: 13.55,
  drop_cast: 4.9,
  // Event triggers fire on the migration's own DDL: created last and dropped first, so a trigger of
  // the target never sees the statements that build the target, nor one of the source those that tear
  // it down (an ENABLE last, a DISABLE first; their comments after they exist: phaseOf)
  create_event_trigger: 30,
  set_event_trigger_state: 30,
  drop_event_trigger: -2,
  set_comment: 20,
  drop_sequence: 21,
  drop_enum: 22,
  drop_extension: 23,
  drop_schema: 24,
};

export function phaseOf(c: Change): number {
  // a partition's own key or index that its ATTACH could adopt instead of the attached one: right after
  // the ATTACH (18.5), in the order of the kinds
  if ('afterAttach' in c && c.afterAttach) return PHASES.attach_partition + basePhase(c) / 1000;
  return basePhase(c);
}

function basePhase(c: Change): number {
  if ('recreate' in c && c.recreate) return 11.4; // dropped to be created again: before the creations
  // a partition's index before its parent's, which then adopts it (keeping the partition index's name)
  if (c.kind === 'create_index' && c.index.parent) return 17.9;
  if (c.kind === 'drop_constraint' && c.constraint.kind === 'foreign') return 0;
  // serial ↔ identity on one column: both use the sequence name <table>_<column>_seq, so the old
  // sequence must be gone before the new one is created
  if (c.kind === 'drop_identity') return 12.9;
  if (c.kind === 'complete_view' && c.early) return -0.5;
  if (c.kind === 'set_event_trigger_state' && c.trigger.enabled === 'D') return -2;
  if (c.kind === 'set_comment' && c.target.kind === 'event trigger') return 30.5; // a view cycle's placeholder: before its drops

  if (c.kind === 'drop_sequence' && c.sequence.ownedBy) return 15.5;
  if (c.kind === 'set_sequence_owner' && c.release) return 0.3; // before its owner is dropped
  if (c.kind === 'add_identity') return 15.6;
  // its foreign keys go with it, before the keys they reference are dropped
  if (c.kind === 'drop_table' && [...c.table.constraints.values()].some((k) => k.kind === 'foreign')) return 1.9;
  if (c.kind === 'add_constraint' && c.constraint.kind === 'foreign') return 19;
  if (c.kind === 'validate_constraint' && c.constraint.kind === 'foreign') return 19;
  return PHASES[c.kind];
}
