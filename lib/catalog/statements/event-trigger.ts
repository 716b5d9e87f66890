/**
 * CREATE EVENT TRIGGER, ALTER EVENT TRIGGER … ENABLE [REPLICA | ALWAYS] | DISABLE, RENAME, DROP.
 * Event triggers are database-wide (no schema). Their command tags are stored as PostgreSQL stores
 * them: upper-cased, in written order. The function is canonical as an operator's (operator.ts).
 */
import type { AlterEventTrigStmt, CreateEventTrigStmt, DefElem } from '@pgsql/types';
import type { EventTrigger } from '../model/catalog.js';
import { type ApplyContext, fail, failDuplicate, origin } from './context.js';
import { listItems, strings } from '../../parse/ast.js';
import { truncateIdent } from '../query/names.js';
import { functionName } from './operator.js';

const EVENTS = new Set(['ddl_command_start', 'ddl_command_end', 'sql_drop', 'table_rewrite', 'login']);

export function createEventTrigger(ctx: ApplyContext, s: CreateEventTrigStmt): void {
  const name = truncateIdent(s.trigname ?? '');
  const event = s.eventname ?? '';
  if (!EVENTS.has(event)) return fail(ctx, 'invalid-definition', `unrecognized event name "${event}"`);
  const e: EventTrigger = { name, event, function: functionName(ctx.cat, strings(s.funcname), []), enabled: 'O', origin: origin(ctx) };
  for (const w of (s.whenclause ?? []) as { DefElem?: DefElem }[]) {
    if (w.DefElem?.defname !== 'tag') return fail(ctx, 'invalid-definition', `unrecognized filter variable "${w.DefElem?.defname ?? ''}"`);
    e.tags = strings(listItems(w.DefElem.arg!)).map((t) => t.toUpperCase());
  }
  const existing = ctx.cat.eventTriggers.get(name);
  if (existing) return failDuplicate(ctx, `event trigger "${name}" already exists`, existing.origin);
  ctx.cat.eventTriggers.set(name, e);
}

export function alterEventTrigger(ctx: ApplyContext, s: AlterEventTrigStmt): void {
  const e = findEventTrigger(ctx, s.trigname ?? '');
  if (e) e.enabled = (s.tgenabled ?? 'O') as EventTrigger['enabled'];
}

/** The event trigger named, or an error. */
export function findEventTrigger(ctx: ApplyContext, name: string, missingOk = false): EventTrigger | undefined {
  const e = ctx.cat.eventTriggers.get(truncateIdent(name));
  if (!e && !missingOk) fail(ctx, 'missing-object', `event trigger "${name}" does not exist`);
  return e;
}

export function dropEventTrigger(ctx: ApplyContext, name: string, missingOk: boolean): void {
  const e = findEventTrigger(ctx, name, missingOk);
  if (e) ctx.cat.eventTriggers.delete(e.name);
}

export function renameEventTrigger(ctx: ApplyContext, name: string, newname: string): void {
  const e = findEventTrigger(ctx, name);
  if (!e) return;
  const to = truncateIdent(newname);
  if (ctx.cat.eventTriggers.has(to)) return fail(ctx, 'duplicate-object', `event trigger "${to}" already exists`);
  ctx.cat.eventTriggers.delete(e.name);
  e.name = to;
  ctx.cat.eventTriggers.set(to, e);
}
