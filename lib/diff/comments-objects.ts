/** Comments of user types, domain constraints, collations, text search objects and policies (comments.ts collects and diffs them with the rest). */
import type { Catalog } from '../catalog/model/catalog.js';
import type { CommentTarget } from './change.js';
import { findUserType } from '../catalog/statements/user-type.js';

export function objectComments(cat: Catalog, add: (t: CommentTarget, text: string | undefined) => void): void {
  for (const m of [cat.domains, cat.composites, cat.ranges] as Map<string, { schema: string; name: string; comment?: string }>[]) {
    for (const t of m.values()) add({ kind: 'type', schema: t.schema, name: t.name }, t.comment);
  }
  for (const t of cat.composites.values()) {
    for (const a of t.attributes) add({ kind: 'attribute', schema: t.schema, type: t.name, name: a.name }, a.comment);
  }
  for (const d of cat.domains.values()) {
    for (const c of d.constraints.values()) add({ kind: 'domain_constraint', schema: d.schema, domain: d.name, name: c.name }, c.comment);
  }
  for (const c of cat.collations.values()) add({ kind: 'collation', schema: c.schema, name: c.name }, c.comment);
  for (const d of cat.tsDictionaries.values()) add({ kind: 'text search dictionary', schema: d.schema, name: d.name }, d.comment);
  for (const c of cat.tsConfigs.values()) add({ kind: 'text search configuration', schema: c.schema, name: c.name }, c.comment);
  for (const p of cat.publications.values()) add({ kind: 'publication', name: p.name }, p.comment);
  for (const t of cat.tables.values()) {
    for (const p of t.policies?.values() ?? []) add({ kind: 'policy', schema: t.schema, table: t.name, name: p.name }, p.comment);
  }
}

/** Does the commented object exist? Undefined for kinds handled elsewhere. */
export function objectExists(cat: Catalog, t: CommentTarget): boolean | undefined {
  switch (t.kind) {
    case 'type': return !!findUserType(cat, t.schema, t.name);
    case 'attribute': return !!cat.composites.get(`${t.schema}.${t.type}`)?.attributes.some((a) => a.name === t.name);
    case 'domain_constraint': return !!cat.domains.get(`${t.schema}.${t.domain}`)?.constraints.has(t.name);
    case 'collation': return cat.collations.has(`${t.schema}.${t.name}`);
    case 'text search dictionary': return cat.tsDictionaries.has(`${t.schema}.${t.name}`);
    case 'text search configuration': return cat.tsConfigs.has(`${t.schema}.${t.name}`);
    case 'policy': return !!cat.tables.get(`${t.schema}.${t.table}`)?.policies?.has(t.name);
    case 'publication': return cat.publications.has(t.name);
    default: return undefined;
  }
}
