/**
 * Change kinds of user types (domains, composites, ranges), collations, extensions, privileges,
 * ownership, row-level security and partitions. Part of the closed `Change` union (change.ts).
 */
import type {
  AclEntry, Collation, CompositeAttribute, CompositeType, DefaultPrivilege, DomainConstraint, DomainType, EnumType,
  Extension, Index, PartitionBound, Policy, RangeType, Table, TypeRef,
} from '../catalog/model/catalog.js';

/** What a GRANT / REVOKE / OWNER TO targets. Functions carry their identity argument types. */
export type PrivilegeTarget =
  | { kind: 'table' | 'sequence' | 'type'; schema: string; name: string }
  | { kind: 'column'; schema: string; table: string; column: string }
  | { kind: 'schema'; name: string }
  | { kind: 'function' | 'procedure'; schema: string; name: string; args: TypeRef[] };

export type ObjectChange =
  | { kind: 'create_collation'; collation: Collation }
  /** `recreate`: dropped to be created again with another definition (runs before creations). */
  | { kind: 'drop_collation'; collation: Collation; recreate?: boolean }
  | { kind: 'alter_extension_schema'; extension: Extension }
  | { kind: 'rename_enum_value'; type: EnumType; from: string; to: string }
  | { kind: 'create_domain'; domain: DomainType }
  | { kind: 'drop_domain'; domain: DomainType; recreate?: boolean }
  | { kind: 'alter_domain_default'; domain: DomainType }
  | { kind: 'alter_domain_not_null'; domain: DomainType }
  | { kind: 'add_domain_constraint'; domain: DomainType; constraint: DomainConstraint }
  | { kind: 'drop_domain_constraint'; domain: DomainType; constraint: DomainConstraint }
  | { kind: 'validate_domain_constraint'; domain: DomainType; constraint: DomainConstraint }
  | { kind: 'create_composite'; type: CompositeType }
  | { kind: 'drop_composite'; type: CompositeType; recreate?: boolean }
  | { kind: 'add_attribute'; type: CompositeType; attribute: CompositeAttribute }
  | { kind: 'drop_attribute'; type: CompositeType; attribute: CompositeAttribute }
  | { kind: 'alter_attribute_type'; type: CompositeType; attribute: CompositeAttribute; from: CompositeAttribute }
  | { kind: 'create_range'; type: RangeType }
  | { kind: 'drop_range'; type: RangeType; recreate?: boolean }
  | { kind: 'grant'; target: PrivilegeTarget; entries: AclEntry[] }
  /** `grantOptionOnly`: REVOKE GRANT OPTION FOR (the privilege itself stays). */
  | { kind: 'revoke'; target: PrivilegeTarget; entries: AclEntry[]; grantOptionOnly: boolean }
  | { kind: 'alter_default_privileges'; entry: DefaultPrivilege; grant: boolean; entries: AclEntry[]; grantOptionOnly?: boolean }
  | { kind: 'set_owner'; target: PrivilegeTarget; owner: string }
  | { kind: 'set_row_security'; table: Table; enabled: boolean }
  | { kind: 'set_force_row_security'; table: Table; forced: boolean }
  | { kind: 'create_policy'; table: Table; policy: Policy }
  | { kind: 'drop_policy'; table: Table; policy: Policy }
  | { kind: 'alter_policy'; table: Table; policy: Policy; from: Policy }
  | { kind: 'attach_partition'; table: Table; parent: { schema: string; name: string }; bound: PartitionBound }
  /** ALTER INDEX `index` ATTACH PARTITION `partition`: a partition's index (or key's index) that exists joins its parent index. */
  | { kind: 'attach_index'; index: Index; partition: Index }
  | { kind: 'detach_partition'; table: Table; parent: { schema: string; name: string } }
  | { kind: 'add_inherit'; table: Table; parent: { schema: string; name: string } }
  | { kind: 'drop_inherit'; table: Table; parent: { schema: string; name: string } };
