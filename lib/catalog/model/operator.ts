/**
 * Operators, operator families and operator classes in the catalogue.
 *
 * An operator's identity is `schema.name(left,right)`. A family's is `schema.name USING method`; it
 * holds every member (operators by strategy number, support functions by number, each for a pair
 * of types), whether it came with CREATE OPERATOR CLASS or ALTER OPERATOR FAMILY … ADD. Which
 * members are bound to a class follows PostgreSQL's per-access-method rules (`placement` in
 * operator-class.ts), so a class written by hand and the same class as pg_dump prints it compare equal.
 */
import type { Origin, TypeRef } from './base.js';

/** A function or operator named by another object: resolved to the catalogue's schema, else as written. */
export interface ObjectName {
  schema?: string;
  name: string;
}

export interface Operator {
  schema: string;
  name: string;
  /** Absent for a prefix operator. */
  left?: TypeRef;
  right: TypeRef;
  function: ObjectName;
  commutator?: ObjectName;
  negator?: ObjectName;
  restrict?: ObjectName;
  join?: ObjectName;
  hashes: boolean;
  merges: boolean;
  comment?: string;
  owner?: string;
  origin?: Origin;
}

/** A member of an operator family: OPERATOR n op(left,right) or FUNCTION n (left,right) fn(args). */
export interface FamilyMember {
  kind: 'operator' | 'function';
  number: number;
  left: TypeRef;
  right: TypeRef;
  /** The operator or function. */
  target: ObjectName;
  /** Functions: their argument types; operators: none (the member's types are the operator's). */
  args: TypeRef[];
  /** OPERATOR … FOR ORDER BY family (absent: FOR SEARCH). */
  orderFamily?: ObjectName;
  /** `schema.name` of the class it is bound to; absent for a loose member of the family. */
  boundTo?: string;
}

export interface OperatorFamily {
  schema: string;
  name: string;
  method: string;
  /** Keyed by `memberKey`. */
  members: Map<string, FamilyMember>;
  comment?: string;
  owner?: string;
  origin?: Origin;
}

export interface OperatorClass {
  schema: string;
  name: string;
  method: string;
  type: TypeRef;
  isDefault: boolean;
  family: { schema: string; name: string };
  /** STORAGE, only when different from the input type. */
  storage?: TypeRef;
  comment?: string;
  owner?: string;
  origin?: Origin;
}

