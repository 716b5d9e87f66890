/**
 * Lint rules a change kind cannot avoid: the schema change itself is the hazard (dropping a table the
 * schema no longer has, a type change it asks for). Generated migrations suppress exactly these, with
 * a reason, when the linter reports them; anything else the linter finds stays visible.
 */
import type { ChangeKind } from '../diff/change.js';

export const INHERENT: Partial<Record<ChangeKind, readonly string[]>> = {
  drop_table: ['ban-drop-table'],
  drop_column: ['ban-drop-column'],
  drop_schema: ['ban-drop-schema'],
  drop_constraint: ['drop-constraint'],
  drop_not_null: ['ban-drop-not-null'],
  alter_column_type: ['changing-column-type'],
  recreate_enum: ['enum-value-removal', 'changing-column-type'],
  rename_enum_value: ['enum-value-removal'],
  add_domain_constraint: ['ban-alter-domain-with-add-constraint'],
  create_domain: ['ban-create-domain-with-constraint'],
  rename: ['renaming-table', 'renaming-column'],
  create_trigger: ['trigger-on-existing-table'],
  detach_partition: ['require-concurrent-partition-detach'],
  alter_attribute_type: ['changing-column-type'],
  drop_attribute: ['ban-drop-column'],
  set_unlogged: ['set-logged-unlogged'],
  set_not_null: ['nullable-to-not-null'],
  add_column: ['adding-stored-generated-column'],
  add_identity: ['adding-stored-generated-column'],
  // on a partitioned table keys and index drops have no online form (no USING INDEX, no DROP … CONCURRENTLY)
  // a primary key makes its key columns NOT NULL: on a nullable column that is the schema change itself
  add_constraint: ['unique-on-existing-column', 'adding-exclusion-constraint', 'adding-primary-key-constraint', 'disallowed-unique-constraint', 'nullable-to-not-null'],
  drop_index: ['require-concurrent-index-deletion'],
  create_index: ['unique-on-existing-column'],
};

export function inherentRules(kind: ChangeKind): readonly string[] {
  return INHERENT[kind] ?? [];
}

export const INHERENT_REASON = 'required by the schema change; reviewed hazard';
