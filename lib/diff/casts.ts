/**
 * Casts and event triggers. A cast whose method, function or context changed is dropped and created
 * again (CREATE CAST has no OR REPLACE, and there is no ALTER CAST); so is one whose function is
 * dropped and created again, which PostgreSQL would drop with it. An event trigger whose event, tags
 * or function changed is re-created; its state changes with ALTER EVENT TRIGGER. Both carry their
 * comments here (as triggers do), since COMMENT ON must follow their creation.
 */
import type { Cast, EventTrigger } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';
import { typeKey } from '../catalog/query/types.js';
import { objectNameKey } from '../catalog/query/operator-keys.js';

function castDef(c: Cast): string {
  return JSON.stringify([c.method, c.context, objectNameKey(c.function), (c.function?.args ?? []).map(typeKey)]);
}

function eventTriggerDef(e: EventTrigger): string {
  return JSON.stringify([e.event, e.tags ?? null, objectNameKey(e.function)]);
}

const castComment = (c: Cast, text: string | undefined): Change => ({ kind: 'set_comment', target: { kind: 'cast', source: c.source, target: c.target }, text });
const triggerComment = (e: EventTrigger, text: string | undefined): Change => ({ kind: 'set_comment', target: { kind: 'event trigger', name: e.name }, text });

export function diffCasts(ctx: DiffContext): void {
  const push = (...c: Change[]) => ctx.changes.push(...c);
  // functions dropped (and perhaps created again) by the changes so far: what names them goes first
  const dropped = new Set(ctx.changes.flatMap((c) => (c.kind === 'drop_function' ? [`${c.func.schema}.${c.func.name}`] : [])));
  const callsDropped = (n: { schema?: string; name: string } | undefined) => !!n?.schema && dropped.has(`${n.schema}.${n.name}`);
  // types dropped (to be created again): enums re-created with fewer values, composites, domains, ranges
  const droppedTypes = new Set(ctx.changes.flatMap((c) => {
    switch (c.kind) {
      case 'drop_enum': case 'recreate_enum': case 'drop_composite': case 'drop_range': return [`${c.type.schema}.${c.type.name}`];
      case 'drop_domain': return [`${c.domain.schema}.${c.domain.name}`];
      default: return [];
    }
  }));
  const typeDropped = (c: Cast) => [c.source, c.target].some((t) => !!t.schema && droppedTypes.has(`${t.schema}.${t.name}`));
  const createCast = (c: Cast) => push({ kind: 'create_cast', cast: c }, ...(c.comment === undefined ? [] : [castComment(c, c.comment)]));
  diffMaps(ctx.from.casts, ctx.to.casts, {
    added: createCast,
    removed: (c) => push({ kind: 'drop_cast', cast: c }),
    both: (a, b) => {
      if (castDef(a) !== castDef(b) || callsDropped(a.function) || typeDropped(a)) return (push({ kind: 'drop_cast', cast: a }), createCast(b));
      if (a.comment !== b.comment) push(castComment(b, b.comment));
    },
  });
  const createTrigger = (e: EventTrigger) => push(
    { kind: 'create_event_trigger', trigger: e },
    ...(e.comment === undefined ? [] : [triggerComment(e, e.comment)]),
  );
  diffMaps(ctx.from.eventTriggers, ctx.to.eventTriggers, {
    added: createTrigger,
    removed: (e) => push({ kind: 'drop_event_trigger', trigger: e }),
    both: (a, b) => {
      if (eventTriggerDef(a) !== eventTriggerDef(b) || callsDropped(a.function)) return (push({ kind: 'drop_event_trigger', trigger: a }), createTrigger(b));
      if (a.enabled !== b.enabled) push({ kind: 'set_event_trigger_state', trigger: b });
      if (a.comment !== b.comment) push(triggerComment(b, b.comment));
    },
  });
}
