/** Triggers: CREATE [CONSTRAINT] TRIGGER, DROP TRIGGER. */
import type { ChangeOf } from '../../diff/change.js';
import type { Trigger } from '../../catalog/model/catalog.js';
import { exprSql } from '../expr.js';
import { ident, identList, literal, qualified } from '../../source/quote.js';

function eventsSql(t: Trigger): string {
  return t.events.map((e) => (e === 'update' && t.columns.length ? `UPDATE OF ${identList(t.columns)}` : e.toUpperCase())).join(' OR ');
}

export function triggerSql(t: Trigger): string {
  const lines = [`CREATE ${t.constraint ? 'CONSTRAINT ' : ''}TRIGGER ${ident(t.name)} ${t.timing.toUpperCase()} ${eventsSql(t)} ON ${qualified(t.schema, t.table)}`];
  if (t.fromTable) lines.push(`FROM ${qualified(t.fromTable.schema, t.fromTable.name)}`);
  if (t.constraint) lines.push(t.deferrable ? `DEFERRABLE INITIALLY ${t.initiallyDeferred ? 'DEFERRED' : 'IMMEDIATE'}` : 'NOT DEFERRABLE INITIALLY IMMEDIATE');
  if (t.oldTable || t.newTable) {
    lines.push(`REFERENCING ${[t.oldTable ? `OLD TABLE AS ${ident(t.oldTable)}` : '', t.newTable ? `NEW TABLE AS ${ident(t.newTable)}` : ''].filter(Boolean).join(' ')}`);
  }
  lines.push(`FOR EACH ${t.forEachRow ? 'ROW' : 'STATEMENT'}`);
  if (t.when) lines.push(`WHEN (${exprSql(t.when)})`);
  lines.push(`EXECUTE FUNCTION ${qualified(t.function.schema || undefined, t.function.name)}(${t.args.map(literal).join(', ')})`);
  return lines.join('\n');
}

function stateSql(t: Trigger): string {
  const how = t.enabled === 'disabled' ? 'DISABLE' : t.enabled === 'replica' ? 'ENABLE REPLICA' : t.enabled === 'always' ? 'ENABLE ALWAYS' : 'ENABLE';
  // without ONLY: the clones on partitions follow, as pg_dump's statement does
  return `ALTER TABLE ${qualified(t.schema, t.table)} ${how} TRIGGER ${ident(t.name)}`;
}

export const createTrigger = (c: ChangeOf<'create_trigger'>) => [triggerSql(c.trigger), ...(c.trigger.enabled ? [stateSql(c.trigger)] : [])];
export const setTriggerState = (c: ChangeOf<'set_trigger_state'>) => [stateSql(c.trigger)];
export const dropTrigger = (c: ChangeOf<'drop_trigger'>) => [`DROP TRIGGER ${ident(c.trigger.name)} ON ${qualified(c.trigger.schema, c.trigger.table)}`];
