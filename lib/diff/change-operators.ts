/**
 * Change kinds of operators, operator families and operator classes. Part of the closed `Change`
 * union (change.ts).
 */
import type { FamilyMember, Operator, OperatorClass, OperatorFamily } from '../catalog/model/operator.js';

export type OperatorChange =
  | { kind: 'create_operator'; operator: Operator }
  | { kind: 'drop_operator'; operator: Operator }
  /** ALTER OPERATOR … SET (RESTRICT = …, JOIN = …): the estimators are all PostgreSQL 15 can change in place. */
  | { kind: 'alter_operator'; operator: Operator }
  | { kind: 'create_operator_family'; family: OperatorFamily }
  | { kind: 'drop_operator_family'; family: OperatorFamily }
  /** CREATE OPERATOR CLASS with the members bound to it. */
  | { kind: 'create_operator_class'; opclass: OperatorClass; members: FamilyMember[] }
  | { kind: 'drop_operator_class'; opclass: OperatorClass }
  /** ALTER OPERATOR FAMILY … ADD / DROP of loose members. */
  | { kind: 'add_family_members'; family: OperatorFamily; members: FamilyMember[] }
  | { kind: 'drop_family_members'; family: OperatorFamily; members: FamilyMember[] };
