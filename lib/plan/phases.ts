/**
 * The order in which change kinds run. Drops of dependents come first, then creations in dependency
 * order (schemas → types → sequences → tables → columns → constraints → indexes → foreign keys),
 * and drops of things others depended on (types, sequences, extensions, schemas) last.
 */
import type { Change, ChangeKind } from '../diff/change.js';

const PHASES: Record<ChangeKind, number> = {
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
  set_unlogged: 15,
  add_constraint: 16, // foreign keys: 19
  validate_constraint: 16,
  set_sequence_owner: 17,
  create_index: 18,
  set_comment: 20,
  drop_sequence: 21,
  drop_enum: 22,
  drop_extension: 23,
  drop_schema: 24,
};

export function phaseOf(c: Change): number {
  if (c.kind === 'drop_constraint' && c.constraint.kind === 'foreign') return 0;
  if (c.kind === 'add_constraint' && c.constraint.kind === 'foreign') return 19;
  if (c.kind === 'validate_constraint' && c.constraint.kind === 'foreign') return 19;
  return PHASES[c.kind];
}
