/** Triggers: created, dropped, or dropped and created again when their definition changes. */
import type { Trigger } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';

export function triggerDefKey(t: Trigger): string {
  const { comment: _c, origin: _o, enabled: _e, when, ...def } = t;
  return JSON.stringify({ ...def, when: when?.key ?? null });
}

export function triggerComment(t: Trigger): Change[] {
  return t.comment === undefined ? [] : [{ kind: 'set_comment', target: { kind: 'trigger', schema: t.schema, table: t.table, name: t.name }, text: t.comment }];
}

export function diffTriggers(ctx: DiffContext): void {
  const push = (...c: Change[]) => ctx.changes.push(...c);
  const relationKept = (t: Trigger) => {
    const k = `${t.schema}.${t.table}`;
    return ctx.to.tables.has(k) || ctx.to.views.has(k);
  };
  diffMaps(ctx.from.triggers, ctx.to.triggers, {
    added: (t) => push({ kind: 'create_trigger', trigger: t }, ...triggerComment(t)),
    // a trigger of a dropped table goes with it
    removed: (t) => { if (relationKept(t)) push({ kind: 'drop_trigger', trigger: t }); },
    both: (a, b) => {
      if (triggerDefKey(a) !== triggerDefKey(b)) return push({ kind: 'drop_trigger', trigger: a }, { kind: 'create_trigger', trigger: b }, ...triggerComment(b));
      if ((a.enabled ?? '') !== (b.enabled ?? '')) push({ kind: 'set_trigger_state', trigger: b });
      if (a.comment !== b.comment) push({ kind: 'set_comment', target: { kind: 'trigger', schema: b.schema, table: b.table, name: b.name }, text: b.comment });
    },
  });
}
