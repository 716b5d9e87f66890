/**
 * Casts and event triggers: database-wide objects without a schema of their own.
 *
 * A cast's identity is its (source, target) type pair (pg_cast has one row per pair); it converts
 * with a function, binary-coercibly (WITHOUT FUNCTION) or through the types' text forms (WITH INOUT),
 * in an explicit, assignment or implicit context. An event trigger's identity is its name.
 */
import type { Origin, TypeRef } from './base.js';
import type { ObjectName } from './operator.js';

export type CastContext = 'explicit' | 'assignment' | 'implicit';

export interface Cast {
  source: TypeRef;
  target: TypeRef;
  method: 'function' | 'binary' | 'inout';
  /** WITH FUNCTION: canonical name (operator.ts `functionName`) and identity argument types. */
  function?: ObjectName & { args: TypeRef[] };
  context: CastContext;
  comment?: string;
  origin?: Origin;
}

export interface EventTrigger {
  name: string;
  event: string;
  /** WHEN TAG IN (…): the command tags, upper-cased and sorted (as PostgreSQL stores and compares them); absent: every command. */
  tags?: string[];
  /** The function (RETURNS event_trigger, no arguments): canonical, as operators name theirs. */
  function: ObjectName;
  /** pg_event_trigger.evtenabled: O (enabled), D (disabled), R (replica), A (always). */
  enabled: 'O' | 'D' | 'R' | 'A';
  owner?: string;
  comment?: string;
  origin?: Origin;
}
