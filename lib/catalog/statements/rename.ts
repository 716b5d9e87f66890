/** RENAME of tables, columns, constraints, indexes, sequences, types, schemas; SET SCHEMA. */
import { renameEventTrigger } from './event-trigger.js';
import { dictionaryMoved } from './text-search-dictionary.js';
import { publicationSchemaRenamed, publicationTableMoved } from '../query/publication-members.js';
import { renameIdentityIndex } from './replica-identity.js';
import type { AlterObjectSchemaStmt, Node, RenameStmt } from '@pgsql/types';
import type { Catalog, Table } from '../model/catalog.js';
import { type ApplyContext, fail } from './context.js';
import { listItems, qualifiedFromList, qualifiedFromRangeVar, strings } from '../../parse/ast.js';
import { referencingForeignKeys, tableIndexes } from './dependents.js';
import { noteConstraintName, relationNameTaken, truncateIdent } from '../query/names.js';
import { resolveIndex, resolveSequence, resolveTable } from '../query/resolve.js';
import { renameOther, setSchemaOther } from './rename-types.js';
import { typeUses } from '../query/type-refs.js';
import { retargetIndexParent, retargetParent } from './inheritance.js';
import { childrenOf } from '../query/children.js';
import { renameObject, setObjectSchema } from './object-ops.js';
import { columnRenamed, relationMoved, schemaRenamed, sequenceRenamed } from '../query/object-dependents.js';
import { renameStatistics, tableStatistics } from './statistics.js';
import { makeExpr } from '../query/expr.js';

function moveTable(cat: Catalog, t: Table, schema: string, name: string): void {
  const refs = referencingForeignKeys(cat, t);
  const idx = tableIndexes(cat, t);
  cat.tables.delete(`${t.schema}.${t.name}`);
  for (const r of refs) { r.fk.refSchema = schema; r.fk.refTable = name; }
  for (const i of idx) {
    i.table = name;
    if (i.schema !== schema) { cat.indexes.delete(`${i.schema}.${i.name}`); i.schema = schema; cat.indexes.set(`${schema}.${i.name}`, i); }
  }
  for (const s of cat.sequences.values()) if (s.ownedBy?.schema === t.schema && s.ownedBy.table === t.name) { s.ownedBy.schema = schema; s.ownedBy.table = name; }
  for (const st of tableStatistics(cat, t)) st.table = { schema, name };
  const from = { schema: t.schema, name: t.name };
  t.schema = schema;
  t.name = name;
  cat.tables.set(`${schema}.${name}`, t);
  relationMoved(cat, from, { schema, name });
  publicationTableMoved(cat, from, { schema, name }); // a renamed or moved table stays a member
  retargetParent(cat, from, { schema, name });
  for (const c of t.constraints.keys()) noteConstraintName(cat, schema, c);
}

export function rename(ctx: ApplyContext, s: RenameStmt): void {
  const cat = ctx.cat;
  const newname = truncateIdent(s.newname ?? '');
  const missing = (what: string) => { if (!s.missing_ok) fail(ctx, 'missing-object', `${what} does not exist`); };
  if (renameOther(ctx, s)) return;
  if (renameObject(ctx, s)) return; // views, functions, procedures, triggers
  switch (s.renameType) {
    case 'OBJECT_EVENT_TRIGGER':
      return renameEventTrigger(ctx, strings([s.object!])[0] ?? '', newname);
    case 'OBJECT_STATISTIC_EXT':
      return renameStatistics(ctx, qualifiedFromList(strings(listItems(s.object!))), newname, !!s.missing_ok);
    case 'OBJECT_TABLE': {
      const t = resolveTable(cat, s.relation!);
      if (!t) return missing(`relation "${s.relation!.relname}"`);
      if (relationNameTaken(cat, t.schema, newname)) return fail(ctx, 'duplicate-object', `relation "${newname}" already exists`);
      return moveTable(cat, t, t.schema, newname);
    }
    case 'OBJECT_COLUMN': {
      const t = resolveTable(cat, s.relation!);
      if (!t) return missing(`relation "${s.relation!.relname}"`);
      const c = t.columns.get(s.subname ?? '');
      if (!c) return missing(`column "${s.subname}"`);
      if (t.columns.has(newname)) return fail(ctx, 'duplicate-object', `column "${newname}" of relation "${t.name}" already exists`);
      const old = c.name;
      const renameIn = (tb: Table) => {
        const col = tb.columns.get(old);
        if (!col) return;
        // keep column order: rebuild the map
        const cols = [...tb.columns.entries()].map(([k, v]) => (k === old ? [newname, v] : [k, v]) as [string, typeof v]);
        col.name = newname;
        tb.columns = new Map(cols);
        renameColumnRefs(cat, tb, old, newname);
        columnRenamed(cat, tb, old, newname);
        // partitions and inheriting tables follow (without ONLY)
        if (s.relation?.inh) for (const child of childrenOf(cat, tb)) if (child.columns.get(old)?.inherited) renameIn(child);
      };
      renameIn(t);
      return;
    }
    case 'OBJECT_TABCONSTRAINT': {
      const t = resolveTable(cat, s.relation!);
      if (!t) return missing(`relation "${s.relation!.relname}"`);
      const c = t.constraints.get(s.subname ?? '');
      if (!c) return missing(`constraint "${s.subname}"`);
      t.constraints.delete(c.name);
      const idx = cat.indexes.get(`${t.schema}.${c.name}`);
      if (idx?.constraint === c.name) { cat.indexes.delete(`${t.schema}.${c.name}`); idx.name = newname; idx.constraint = newname; cat.indexes.set(`${t.schema}.${newname}`, idx); }
      renameIdentityIndex(t, c.name, newname);
      c.name = newname;
      t.constraints.set(newname, c);
      noteConstraintName(cat, t.schema, newname);
      return;
    }
    case 'OBJECT_INDEX': {
      const q = qualifiedFromRangeVar(s.relation!);
      const i = resolveIndex(cat, q.schema, q.name);
      if (!i) return missing(`index "${q.name}"`);
      cat.indexes.delete(`${i.schema}.${i.name}`);
      if (i.constraint) {
        const t = cat.tables.get(`${i.schema}.${i.table}`);
        const c = t?.constraints.get(i.constraint);
        if (t && c) { t.constraints.delete(c.name); c.name = newname; t.constraints.set(newname, c); }
        i.constraint = newname;
      }
      retargetIndexParent(cat, `${i.schema}.${i.name}`, `${i.schema}.${newname}`);
      renameIdentityIndex(cat.tables.get(`${i.schema}.${i.table}`), i.name, newname);
      i.name = newname;
      cat.indexes.set(`${i.schema}.${newname}`, i);
      return;
    }
    case 'OBJECT_SEQUENCE': {
      const q = qualifiedFromRangeVar(s.relation!);
      const seq = resolveSequence(cat, q.schema, q.name);
      if (!seq) return missing(`sequence "${q.name}"`);
      cat.sequences.delete(`${seq.schema}.${seq.name}`);
      const oldKey = `${seq.schema}.${seq.name}`;
      seq.name = newname;
      cat.sequences.set(`${seq.schema}.${newname}`, seq);
      sequenceRenamed(cat, oldKey, `${seq.schema}.${newname}`);
      return;
    }
    case 'OBJECT_SCHEMA': {
      const old = s.subname ?? '';
      const sc = cat.schemas.get(old);
      if (!sc) return missing(`schema "${old}"`);
      cat.schemas.delete(old);
      sc.name = newname;
      cat.schemas.set(newname, sc);
      for (const t of [...cat.tables.values()]) if (t.schema === old) moveTable(cat, t, newname, t.name);
      for (const m of [cat.sequences, cat.enums, cat.domains, cat.composites, cat.ranges, cat.collations, cat.tsConfigs, cat.indexes] as Map<string, { schema: string; name: string }>[]) {
        for (const [k, o] of [...m]) if (o.schema === old) { m.delete(k); o.schema = newname; m.set(`${newname}.${o.name}`, o); }
      }
      for (const [k, d] of [...cat.tsDictionaries]) {
        if (d.schema !== old) continue;
        cat.tsDictionaries.delete(k);
        d.schema = newname;
        cat.tsDictionaries.set(`${newname}.${d.name}`, d);
        dictionaryMoved(cat, k, `${newname}.${d.name}`);
      }
      for (const u of typeUses(cat)) if (u.type.schema === old) u.set({ ...u.type, schema: newname });
      schemaRenamed(cat, old, newname); // views, functions
      publicationSchemaRenamed(cat, old, newname);
      return;
    }
    default:
      fail(ctx, 'unmodelled-statement', `RENAME of ${String(s.renameType).replace('OBJECT_', '')} is not modelled`);
  }
}

/** A renamed column keeps its constraints and indexes: update the names they store. */
function renameColumnRefs(cat: Catalog, t: Table, old: string, now: string): void {
  const swap = (cols: string[]) => cols.map((c) => (c === old ? now : c));
  for (const st of tableStatistics(cat, t)) {
    st.columns = swap(st.columns);
    st.exprs = st.exprs.map((e) => renameInExpr(e, old, now));
  }
  for (const c of t.constraints.values()) {
    if (c.kind === 'primary' || c.kind === 'unique') { c.columns = swap(c.columns); c.include = swap(c.include); }
    if (c.kind === 'foreign') c.columns = swap(c.columns);
    if (c.kind === 'check' || c.kind === 'exclude') c.expr = renameInExpr(c.expr, old, now);
  }
  for (const o of cat.tables.values()) for (const c of o.constraints.values()) if (c.kind === 'foreign' && c.refSchema === t.schema && c.refTable === t.name) c.refColumns = swap(c.refColumns);
  for (const i of tableIndexes(cat, t)) {
    i.include = swap(i.include);
    for (const k of i.keys) { if (k.column === old) k.column = now; if (k.expr) k.expr = renameInExpr(k.expr, old, now); }
    if (i.where) i.where = renameInExpr(i.where, old, now);
  }
  for (const s of cat.sequences.values()) if (s.ownedBy?.schema === t.schema && s.ownedBy.table === t.name && s.ownedBy.column === old) s.ownedBy.column = now;
  for (const c of t.columns.values()) if (c.generated) c.generated = renameInExpr(c.generated, old, now);
  // publication members: column lists and row filters follow
  for (const p of cat.publications.values()) {
    const m = p.tables.get(`${t.schema}.${t.name}`);
    if (!m) continue;
    if (m.columns) m.columns = swap(m.columns);
    if (m.where) {
      // keyed again as a bound row filter is (the renamed tree's plain key would differ where the filter casts)
      const e = renameInExpr(m.where, old, now);
      m.where = makeExpr((e.source ?? e.node) as Node, { catalog: cat, columns: t.columns });
    }
  }
}

function renameInExpr<T extends { node: unknown; key: string }>(e: T, old: string, now: string): T {
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (!n || typeof n !== 'object') return n;
    const o = n as Record<string, any>;
    if (o.ColumnRef) {
      const f = o.ColumnRef.fields as { String?: { sval: string } }[];
      const last = f[f.length - 1];
      if (last?.String?.sval === old) return { ColumnRef: { ...o.ColumnRef, fields: [...f.slice(0, -1), { String: { sval: now } }] } };
      return o;
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, walk(v)]));
  };
  const node = walk(e.node);
  const source = (e as { source?: unknown }).source;
  // the printed form follows too, or a re-added constraint would name the old column
  return { ...e, node, key: JSON.stringify(node), ...(source ? { source: walk(source) } : {}) };
}

export function setSchema(ctx: ApplyContext, s: AlterObjectSchemaStmt): void {
  const cat = ctx.cat;
  const schema = s.newschema ?? '';
  if (!cat.schemas.has(schema) && ctx.mode === 'replay') return fail(ctx, 'missing-object', `schema "${schema}" does not exist`);
  if (s.objectType === 'OBJECT_TABLE') {
    const t = resolveTable(cat, s.relation!);
    if (!t) { if (!s.missing_ok) fail(ctx, 'missing-object', `relation "${s.relation!.relname}" does not exist`); return; }
    return moveTable(cat, t, schema, t.name);
  }
  if (setSchemaOther(ctx, s)) return;
  if (setObjectSchema(ctx, s)) return;
  fail(ctx, 'unmodelled-statement', `ALTER ${String(s.objectType).replace('OBJECT_', '')} SET SCHEMA is not modelled`);
}
