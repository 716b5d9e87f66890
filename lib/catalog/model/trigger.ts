/** Triggers in the catalogue, keyed `schema.table.name` (a trigger's name is unique per table). */
import type { Expr, Origin } from './base.js';

export type TriggerEvent = 'insert' | 'delete' | 'update' | 'truncate';

export interface Trigger {
  /** Schema of the table (or view) the trigger is on. */
  schema: string;
  table: string;
  name: string;
  timing: 'before' | 'after' | 'instead of';
  /** In PostgreSQL's order: insert, delete, update, truncate. */
  events: TriggerEvent[];
  /** UPDATE OF these columns. */
  columns: string[];
  forEachRow: boolean;
  when?: Expr;
  /** `schema` is empty for an unqualified function the catalogue does not model (a builtin, an extension's). */
  function: { schema: string; name: string };
  /** Arguments as the strings PostgreSQL passes in TG_ARGV. */
  args: string[];
  /** CREATE CONSTRAINT TRIGGER. */
  constraint: boolean;
  deferrable: boolean;
  initiallyDeferred: boolean;
  /** Constraint triggers: FROM referenced_table. */
  fromTable?: { schema: string; name: string };
  /** REFERENCING OLD TABLE AS … / NEW TABLE AS … */
  oldTable?: string;
  newTable?: string;
  /** ALTER TABLE … DISABLE / ENABLE REPLICA / ENABLE ALWAYS TRIGGER; unset = enabled (the default). */
  enabled?: 'disabled' | 'replica' | 'always';
  /**
   * A clone on a partition of the row trigger of the same name on its partitioned parent `schema.table`
   * (pg_trigger.tgparentid): it comes and goes with that trigger and the partition's attachment; only its
   * enabled state and comment are its own.
   */
  clonedFrom?: string;
  comment?: string;
  origin?: Origin;
}

export function triggerKey(t: { schema: string; table: string; name: string }): string {
  return `${t.schema}.${t.table}.${t.name}`;
}
