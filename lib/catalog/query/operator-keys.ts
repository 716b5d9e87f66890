/** Catalogue keys of operators, operator families and classes, and of family members. */
import type { TypeRef } from '../model/catalog.js';
import type { FamilyMember, ObjectName, Operator } from '../model/operator.js';
import { typeKey } from './types.js';

export function operatorKey(schema: string, name: string, left: TypeRef | undefined, right: TypeRef): string {
  return `${schema}.${name}(${left ? typeKey(left) : 'none'},${typeKey(right)})`;
}

export function opKey(o: Operator): string {
  return operatorKey(o.schema, o.name, o.left, o.right);
}

/** Families and classes are per access method: `schema.name USING method`. */
export function methodKey(schema: string, name: string, method: string): string {
  return `${schema}.${name} USING ${method}`;
}

/** A member's identity within its family: kind, number and the pair of types. */
export function memberKey(m: Pick<FamilyMember, 'kind' | 'number' | 'left' | 'right'>): string {
  return `${m.kind} ${m.number} (${typeKey(m.left)},${typeKey(m.right)})`;
}

/** What a member is, beyond its identity (compared to decide whether it changed). */
export function memberDefinition(m: FamilyMember): string {
  const name = (n: ObjectName | undefined) => (n ? `${n.schema ?? ''}.${n.name}` : '');
  return JSON.stringify([memberKey(m), name(m.target), m.args.map(typeKey), name(m.orderFamily), m.boundTo ?? '']);
}

export function objectNameKey(n: ObjectName | undefined): string {
  return n ? `${n.schema ?? ''}.${n.name}` : '';
}
