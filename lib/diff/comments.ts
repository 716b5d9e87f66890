/** COMMENT ON for every commented kind: a comment added, changed or removed on an object present in the target. */
import type { Catalog } from '../catalog/model/catalog.js';
import type { CommentTarget } from './change.js';
import type { DiffContext } from './context.js';
import { objectComments, objectExists } from './comments-objects.js';
import { methodKey, operatorKey } from '../catalog/query/operator-keys.js';

/** Every comment of a catalogue, keyed by its target. */
function comments(cat: Catalog): Map<string, { target: CommentTarget; text: string }> {
  const out = new Map<string, { target: CommentTarget; text: string }>();
  const add = (target: CommentTarget, text: string | undefined) => {
    if (text !== undefined) out.set(JSON.stringify(target), { target, text });
  };
  for (const s of cat.schemas.values()) add({ kind: 'schema', name: s.name }, s.comment);
  for (const t of cat.tables.values()) {
    add({ kind: 'table', schema: t.schema, name: t.name }, t.comment);
    for (const c of t.columns.values()) add({ kind: 'column', schema: t.schema, table: t.name, name: c.name }, c.comment);
    for (const c of t.constraints.values()) add({ kind: 'constraint', schema: t.schema, table: t.name, name: c.name }, c.comment);
  }
  // (a key's index too: COMMENT ON INDEX t_pkey, and the comment an index adopted by a key keeps)
  for (const i of cat.indexes.values()) add({ kind: 'index', schema: i.schema, name: i.name }, i.comment);
  for (const s of cat.sequences.values()) add({ kind: 'sequence', schema: s.schema, name: s.name }, s.comment);
  for (const e of cat.enums.values()) add({ kind: 'type', schema: e.schema, name: e.name }, e.comment);
  for (const s of cat.statistics.values()) add({ kind: 'statistics', schema: s.schema, name: s.name }, s.comment);
  for (const o of cat.operators.values()) add({ kind: 'operator', schema: o.schema, name: o.name, ...(o.left ? { left: o.left } : {}), right: o.right }, o.comment);
  for (const c of cat.opclasses.values()) add({ kind: 'operator class', schema: c.schema, name: c.name, method: c.method }, c.comment);
  for (const f of cat.opfamilies.values()) add({ kind: 'operator family', schema: f.schema, name: f.name, method: f.method }, f.comment);
  objectComments(cat, add);
  return out;
}

/** Does the object exist in both catalogues (so dropping its comment is meaningful)? */
function existsIn(cat: Catalog, t: CommentTarget): boolean {
  switch (t.kind) {
    case 'schema': return cat.schemas.has(t.name);
    case 'table': return cat.tables.has(`${t.schema}.${t.name}`);
    case 'column': return !!cat.tables.get(`${t.schema}.${t.table}`)?.columns.has(t.name);
    case 'constraint': return !!cat.tables.get(`${t.schema}.${t.table}`)?.constraints.has(t.name);
    case 'index': return cat.indexes.has(`${t.schema}.${t.name}`);
    case 'sequence': return cat.sequences.has(`${t.schema}.${t.name}`);
    case 'statistics': return cat.statistics.has(`${t.schema}.${t.name}`);
    case 'operator': return cat.operators.has(operatorKey(t.schema, t.name, t.left, t.right));
    case 'operator class': return cat.opclasses.has(methodKey(t.schema, t.name, t.method));
    case 'operator family': return cat.opfamilies.has(methodKey(t.schema, t.name, t.method));
    case 'type':
    case 'attribute':
    case 'domain_constraint':
    case 'collation':
    case 'text search dictionary':
    case 'text search configuration':
    case 'policy':
    case 'publication':
      return objectExists(cat, t)!;
    // views, functions, triggers, rules, casts and event triggers diff their own comments (views.ts, functions.ts, triggers.ts, rules.ts, casts.ts)
    case 'view':
    case 'materialized view':
    case 'view column':
    case 'function':
    case 'procedure':
    case 'trigger':
    case 'rule':
    case 'cast':
    case 'event trigger':
      return false;
  }
}

export function diffComments(ctx: DiffContext, recreated: (t: CommentTarget) => boolean): void {
  const a = comments(ctx.from);
  const b = comments(ctx.to);
  for (const [k, { target, text }] of [...b].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (a.get(k)?.text !== text || recreated(target)) ctx.changes.push({ kind: 'set_comment', target, text });
  }
  for (const [k, { target }] of [...a].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (!b.has(k) && existsIn(ctx.to, target) && !recreated(target)) ctx.changes.push({ kind: 'set_comment', target, text: undefined });
  }
}
