/** Triggers: created, dropped, or dropped and created again when their definition changes. */
import type { Trigger } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';
import { triggerKey } from '../catalog/model/trigger.js';
import type { Catalog } from '../catalog/model/catalog.js';
import { clonesOf } from '../catalog/statements/trigger-clones.js';

export function triggerDefKey(t: Trigger): string {
  const { comment: _c, origin: _o, enabled: _e, clonedFrom: _f, when, ...def } = t;
  return JSON.stringify({ ...def, when: when?.key ?? null });
}

export function triggerComment(t: Trigger): Change[] {
  return t.comment === undefined ? [] : [{ kind: 'set_comment', target: { kind: 'trigger', schema: t.schema, table: t.table, name: t.name }, text: t.comment }];
}

/** The clones below a trigger just created: the states and comments that differ from what they copy. */
export function cloneStates(cat: Catalog, t: Trigger): Change[] {
  const out: Change[] = [];
  for (const c of clonesOf(cat, t)) {
    if ((c.enabled ?? '') !== (t.enabled ?? '')) out.push({ kind: 'set_trigger_state', trigger: c });
    out.push(...triggerComment(c), ...cloneStates(cat, c));
  }
  return out;
}

/** Own triggers only: a clone on a partition comes with its parent's trigger (clonesOf below). */
const own = (m: Map<string, Trigger>) => new Map([...m].filter(([, t]) => !t.clonedFrom));

/**
 * Clones on partitions: never created or dropped, only their enabled state and comment set. A clone
 * starts in its parent trigger's state (and ALTER TABLE parent ENABLE / DISABLE TRIGGER reaches it), so
 * its state is set when it differs from its parent's once the parent was created, or had its state set,
 * or the clone is new; else when it differs from the clone's old state. Shallower clones first: a
 * clone's step reaches the clones below it.
 */
function diffClones(ctx: DiffContext, touched: Set<string>, created: Set<string>): void {
  const depth = (t: Trigger): number => {
    const p = t.clonedFrom && ctx.to.triggers.get(`${t.clonedFrom}.${t.name}`);
    return p ? 1 + depth(p) : 0;
  };
  const clones = [...ctx.to.triggers.values()].filter((t) => t.clonedFrom).sort((x, y) => depth(x) - depth(y));
  for (const b of clones) {
    const k = triggerKey(b);
    const parentKey = `${b.clonedFrom}.${b.name}`;
    const parent = ctx.to.triggers.get(parentKey);
    const a = ctx.from.triggers.get(k);
    const fresh = !a || a.clonedFrom !== b.clonedFrom || created.has(parentKey);
    const reset = fresh || touched.has(parentKey);
    const baseline = reset ? parent?.enabled ?? '' : a?.enabled ?? '';
    if (fresh) created.add(k);
    if ((b.enabled ?? '') !== baseline) {
      ctx.changes.push({ kind: 'set_trigger_state', trigger: b });
      touched.add(k);
    }
    if (b.comment !== (fresh ? undefined : a?.comment)) ctx.changes.push({ kind: 'set_comment', target: { kind: 'trigger', schema: b.schema, table: b.table, name: b.name }, text: b.comment });
  }
}

export function diffTriggers(ctx: DiffContext): void {
  // triggers created (or recreated) or whose state is set: their clones follow them
  const touched = new Set<string>();
  const created = new Set<string>();
  const push = (...c: Change[]) => {
    for (const x of c) {
      if (x.kind === 'create_trigger') created.add(triggerKey(x.trigger));
      if (x.kind === 'create_trigger' || x.kind === 'set_trigger_state') touched.add(triggerKey(x.trigger));
    }
    ctx.changes.push(...c);
  };
  const relationKept = (t: Trigger) => {
    const k = `${t.schema}.${t.table}`;
    return ctx.to.tables.has(k) || ctx.to.views.has(k);
  };
  diffMaps(own(ctx.from.triggers), own(ctx.to.triggers), {
    added: (t) => push({ kind: 'create_trigger', trigger: t }, ...triggerComment(t)),
    // a trigger of a dropped table goes with it
    removed: (t) => { if (relationKept(t)) push({ kind: 'drop_trigger', trigger: t }); },
    both: (a, b) => {
      if (triggerDefKey(a) !== triggerDefKey(b)) return push({ kind: 'drop_trigger', trigger: a }, { kind: 'create_trigger', trigger: b }, ...triggerComment(b));
      if ((a.enabled ?? '') !== (b.enabled ?? '')) push({ kind: 'set_trigger_state', trigger: b });
      if (a.comment !== b.comment) push({ kind: 'set_comment', target: { kind: 'trigger', schema: b.schema, table: b.table, name: b.name }, text: b.comment });
    },
  });
  diffClones(ctx, touched, created);
}
