/** One renderer per change kind. The mapped type makes a missing renderer a compile error. */
import type { Change, ChangeKind, ChangeOf } from '../diff/change.js';
import * as comment from './renderers/comment.js';
import * as constraint from './renderers/constraint.js';
import * as enums from './renderers/enum.js';
import * as schema from './renderers/schema.js';
import * as sequence from './renderers/sequence.js';
import * as table from './renderers/table.js';

type Renderers = { [K in ChangeKind]: (c: ChangeOf<K>) => string[] };

const renderers: Renderers = {
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
  create_table: table.createTable,
  drop_table: table.dropTable,
  set_unlogged: table.setUnlogged,
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
  add_constraint: constraint.addConstraint,
  drop_constraint: constraint.dropConstraint,
  validate_constraint: constraint.validateConstraint,
  create_index: constraint.createIndex,
  drop_index: constraint.dropIndex,
  set_comment: comment.setComment,
};

/** SQL statements (without trailing semicolons) for one change. */
export function renderChange(c: Change): string[] {
  return (renderers[c.kind] as (c: Change) => string[])(c);
}
