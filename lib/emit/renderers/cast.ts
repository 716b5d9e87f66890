/** Casts and event triggers: CREATE / DROP CAST, CREATE / ALTER / DROP EVENT TRIGGER. */
import type { ChangeOf } from '../../diff/change.js';
import type { Cast, EventTrigger, TypeRef } from '../../catalog/model/catalog.js';
import { typeToSql } from '../../catalog/query/types.js';
import { identitySql } from '../../catalog/query/function-identity.js';
import { ident, literal, qualified } from '../../source/quote.js';

/** A type as a cast names it (pg_cast records no type modifiers). */
export const castTypeSql = (t: TypeRef) => typeToSql({ ...t, mods: [] });

const pair = (c: Cast) => `(${castTypeSql(c.source)} AS ${castTypeSql(c.target)})`;

function castSql(c: Cast): string {
  const how = c.method === 'inout' ? 'WITH INOUT' : c.method === 'binary' || !c.function
    ? 'WITHOUT FUNCTION'
    : `WITH FUNCTION ${qualified(c.function.schema, c.function.name)}(${identitySql(c.function.args)})`;
  return `CREATE CAST ${pair(c)} ${how}${c.context === 'explicit' ? '' : ` AS ${c.context.toUpperCase()}`}`;
}

export const createCast = (c: ChangeOf<'create_cast'>) => [castSql(c.cast)];
export const dropCast = (c: ChangeOf<'drop_cast'>) => [`DROP CAST ${pair(c.cast)}`];

function eventTriggerSql(e: EventTrigger): string {
  const lines = [`CREATE EVENT TRIGGER ${ident(e.name)} ON ${e.event}`];
  if (e.tags) lines.push(`WHEN TAG IN (${e.tags.map(literal).join(', ')})`);
  lines.push(`EXECUTE FUNCTION ${qualified(e.function.schema, e.function.name)}()`);
  return lines.join('\n');
}

const STATE: Record<EventTrigger['enabled'], string> = { O: 'ENABLE', D: 'DISABLE', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' };

/** Created enabled, as PostgreSQL creates it; another state follows in the same step. */
export const createEventTrigger = (c: ChangeOf<'create_event_trigger'>) => [eventTriggerSql(c.trigger), ...(c.trigger.enabled === 'O' ? [] : [stateSql(c.trigger)])];
export const dropEventTrigger = (c: ChangeOf<'drop_event_trigger'>) => [`DROP EVENT TRIGGER ${ident(c.trigger.name)}`];
const stateSql = (e: EventTrigger) => `ALTER EVENT TRIGGER ${ident(e.name)} ${STATE[e.enabled]}`;
export const setEventTriggerState = (c: ChangeOf<'set_event_trigger_state'>) => [stateSql(c.trigger)];
