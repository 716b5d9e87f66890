/** Rewrite rules (CREATE RULE) other than a view's "_RETURN", keyed `schema.relation.name` (a rule's name is unique per relation). */
import type { Node } from '@pgsql/types';
import type { Expr, Origin } from './base.js';
import type { Dependencies } from './view.js';

/** ON SELECT rules are views' "_RETURN" only (PostgreSQL refuses any other name), so a modelled rule is one of these. */
export type RuleEvent = 'insert' | 'update' | 'delete';

export interface Rule {
  /** Schema of the table or view the rule is on. */
  schema: string;
  table: string;
  name: string;
  event: RuleEvent;
  /** DO INSTEAD (else DO ALSO). */
  instead: boolean;
  /** The WHERE condition, normalised (NEW / OLD and relations qualified as PostgreSQL stores them). */
  where?: Expr;
  /** The actions in order, normalised (empty: DO NOTHING): INSERT, UPDATE, DELETE, SELECT, NOTIFY statements. */
  actions: Node[];
  /** Comparison key of the condition and the actions (pg_dump's form and the written one compare equal). */
  key: string;
  /** What the condition and the actions read: PostgreSQL records each (DROP is refused, ALTER COLUMN TYPE too). */
  deps: Dependencies;
  /** ALTER TABLE … DISABLE / ENABLE REPLICA / ENABLE ALWAYS RULE; unset = enabled (the default, 'O'). */
  enabled?: 'disabled' | 'replica' | 'always';
  comment?: string;
  origin?: Origin;
}

export function ruleKey(r: { schema: string; table: string; name: string }): string {
  return `${r.schema}.${r.table}.${r.name}`;
}
