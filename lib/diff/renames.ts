/**
 * Rename hints → RENAME changes. A hint `-- pgshift:renamed-from old` in the schema files says an
 * object was called `old` before. When the migration's source has `old` and not the new name, and
 * the target has the new name and not `old`, the object is renamed (first, before every other
 * change) instead of dropped and created. Hints in the target apply forwards (up); hints in the
 * source apply backwards (down renames back). A stale hint — `old` is not in the source — is
 * ignored; a hint whose old name is still defined in the target is an error naming both places.
 *
 * The renames are applied to a copy of the source catalogue with the catalogue's own RENAME
 * handling (so indexes, foreign keys, views and triggers follow), and the rest of the diff starts
 * from that copy.
 */
import type { Catalog } from '../catalog/model/catalog.js';
import { cloneCatalog } from '../catalog/model/catalog.js';
import type { RenameHint } from '../catalog/model/catalog.js';
import type { Diagnostic } from '../source/diagnostic.js';
import type { Statement } from '../parse/parse.js';
import type { Change } from './change.js';
import type { RenameTarget } from './change-views.js';
import { applyStatement } from '../catalog/statements/dispatch.js';
import { resolveUserType } from '../catalog/query/resolve.js';
import { typeKey, typeToSql } from '../catalog/query/types.js';
import { constraintKey } from './constraint-key.js';
import { indexKey } from './indexes.js';

export interface Renamed {
  /** `from` with the renames applied (the catalogue the rest of the diff starts from). */
  from: Catalog;
  changes: Change[];
  diagnostics: Diagnostic[];
}

interface Candidate {
  hint: RenameHint;
  /** The name in the source catalogue, and in the target. */
  old: string;
  now: string;
  forward: boolean;
}

const ORDER: RenameHint['kind'][] = ['type', 'table', 'view', 'index', 'column', 'constraint', 'enum_value'];

/** Run a RENAME (or ALTER TYPE … RENAME VALUE) on the catalogue copy through the ordinary handlers. */
function run(cat: Catalog, node: Record<string, unknown>, diags: Diagnostic[]): void {
  const type = Object.keys(node)[0]!;
  const stmt: Statement = { node: node as never, type, span: { start: 0, end: 0 }, file: { path: '<rename hint>', text: '' }, leadingComments: [] };
  applyStatement(cat, stmt, diags, { mode: 'replay' });
}

const rangeVar = (schema: string, name: string) => ({ schemaname: schema, relname: name, inh: true, relpersistence: 'p' });
const nameList = (schema: string, name: string) => ({ List: { items: [{ String: { sval: schema } }, { String: { sval: name } }] } });

class Renamer {
  readonly changes: Change[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Tables renamed so far: name in the hint's catalogue → name in the copy. */
  private readonly tables = new Map<string, string>();
  private readonly types = new Map<string, string>();

  constructor(readonly cat: Catalog, readonly to: Catalog) {}

  private conflict(c: Candidate, what: string, origin?: { file: string; span: { start: number; end: number } }): void {
    if (!c.forward) return; // reported once, for the up direction
    this.diagnostics.push({
      code: 'ambiguous-rename-hint', severity: 'error', file: c.hint.origin.file, span: c.hint.origin.span,
      message: `${what} ${c.old} is renamed to ${c.now} by a hint, but ${c.old} is still defined`,
      help: `Remove the pgshift:renamed-from hint, or the definition of ${c.old}.`,
      related: origin ? [{ message: `${c.old} is defined here`, file: origin.file, span: origin.span }] : [],
    });
  }

  private parent(c: Candidate, map: Map<string, string>): string {
    const p = c.hint.parent ?? '';
    return c.forward ? p : map.get(`${c.hint.schema}.${p}`) ?? p;
  }

  /**
   * After a table rename, constraints, indexes and owned sequences still named after the old table
   * follow when the target names the same definition after the new table.
   */
  private followImplicitNames(s: string, old: string, now: string): void {
    const { cat, to } = this;
    const t = cat.tables.get(`${s}.${now}`);
    const target = to.tables.get(`${s}.${now}`);
    if (!t || !target) return;
    const rename = (node: Record<string, unknown>, targetChange: RenameTarget, newName: string) => {
      run(cat, node, this.diagnostics);
      this.changes.push({ kind: 'rename', target: targetChange, to: newName });
    };
    for (const c of [...t.constraints.values()]) {
      const name = renamedPrefix(c.name, old, now);
      const want = name && target.constraints.get(name);
      if (!name || !want || target.constraints.has(c.name) || t.constraints.has(name) || constraintKey(want) !== constraintKey(c)) continue;
      rename({ RenameStmt: { renameType: 'OBJECT_TABCONSTRAINT', relationType: 'OBJECT_TABLE', relation: rangeVar(s, now), subname: c.name, newname: name } }, { kind: 'constraint', schema: s, table: now, name: c.name }, name);
    }
    for (const i of [...cat.indexes.values()]) {
      if (i.schema !== s || i.table !== now || i.constraint) continue;
      const name = renamedPrefix(i.name, old, now);
      const want = name && to.indexes.get(`${s}.${name}`);
      if (!name || !want || to.indexes.has(`${s}.${i.name}`) || cat.indexes.has(`${s}.${name}`) || indexKey(want) !== indexKey(i)) continue;
      rename({ RenameStmt: { renameType: 'OBJECT_INDEX', relation: rangeVar(s, i.name), newname: name } }, { kind: 'index', schema: s, name: i.name }, name);
    }
    for (const q of [...cat.sequences.values()]) {
      if (q.schema !== s || q.ownedBy?.table !== now) continue;
      const name = renamedPrefix(q.name, old, now);
      if (!name || !to.sequences.has(`${s}.${name}`) || to.sequences.has(`${s}.${q.name}`) || cat.sequences.has(`${s}.${name}`)) continue;
      rename({ RenameStmt: { renameType: 'OBJECT_SEQUENCE', relation: rangeVar(s, q.name), newname: name } }, { kind: 'sequence', schema: s, name: q.name }, name);
    }
  }

  apply(c: Candidate): void {
    const { cat, to } = this;
    const s = c.hint.schema;
    const k = (n: string) => `${s}.${n}`;
    const push = (target: RenameTarget): void => void this.changes.push({ kind: 'rename', target, to: c.now });
    switch (c.hint.kind) {
      case 'table': {
        if (!cat.tables.has(k(c.old)) || !to.tables.has(k(c.now))) return;
        if (to.tables.has(k(c.old))) return this.conflict(c, 'table', to.tables.get(k(c.old))!.origin);
        if (cat.tables.has(k(c.now)) || cat.views.has(k(c.now))) return;
        run(cat, { RenameStmt: { renameType: 'OBJECT_TABLE', relation: rangeVar(s, c.old), newname: c.now } }, this.diagnostics);
        this.tables.set(k(c.hint.name), c.now);
        push({ kind: 'table', schema: s, name: c.old });
        return this.followImplicitNames(s, c.old, c.now);
      }
      case 'view': {
        const v = cat.views.get(k(c.old));
        const target = to.views.get(k(c.now));
        if (!v || !target || v.materialized !== target.materialized) return;
        if (to.views.has(k(c.old))) return this.conflict(c, 'view', to.views.get(k(c.old))!.origin);
        if (cat.tables.has(k(c.now)) || cat.views.has(k(c.now))) return;
        run(cat, { RenameStmt: { renameType: v.materialized ? 'OBJECT_MATVIEW' : 'OBJECT_VIEW', relation: rangeVar(s, c.old), newname: c.now } }, this.diagnostics);
        return push({ kind: v.materialized ? 'materialized view' : 'view', schema: s, name: c.old });
      }
      case 'index': {
        const i = cat.indexes.get(k(c.old));
        if (!i || i.constraint || !to.indexes.has(k(c.now))) return;
        if (to.indexes.has(k(c.old))) return this.conflict(c, 'index', to.indexes.get(k(c.old))!.origin);
        if (cat.indexes.has(k(c.now))) return;
        run(cat, { RenameStmt: { renameType: 'OBJECT_INDEX', relation: rangeVar(s, c.old), newname: c.now } }, this.diagnostics);
        return push({ kind: 'index', schema: s, name: c.old });
      }
      case 'column':
      case 'constraint': {
        const table = this.parent(c, this.tables);
        const t = cat.tables.get(k(table));
        const target = to.tables.get(k(table));
        if (!t || !target) return;
        const col = c.hint.kind === 'column';
        const has = (x: typeof t, n: string) => (col ? x.columns.has(n) : x.constraints.has(n));
        if (!has(t, c.old) || !has(target, c.now)) return;
        if (has(target, c.old)) return this.conflict(c, col ? 'column' : 'constraint', col ? target.origin : target.constraints.get(c.old)?.origin ?? target.origin);
        if (has(t, c.now)) return;
        run(cat, { RenameStmt: { renameType: col ? 'OBJECT_COLUMN' : 'OBJECT_TABCONSTRAINT', relationType: 'OBJECT_TABLE', relation: rangeVar(s, table), subname: c.old, newname: c.now } }, this.diagnostics);
        return push(col ? { kind: 'column', relation: 'table', schema: s, table, name: c.old } : { kind: 'constraint', schema: s, table, name: c.old });
      }
      case 'type': {
        const before = resolveUserType(cat, s, c.old);
        const after = resolveUserType(to, s, c.now);
        if (!before || !after || before.kind !== after.kind || before.kind === 'table') return;
        if (resolveUserType(to, s, c.old)) return this.conflict(c, 'type');
        if (resolveUserType(cat, s, c.now)) return;
        run(cat, { RenameStmt: { renameType: 'OBJECT_TYPE', object: nameList(s, c.old), newname: c.now } }, this.diagnostics);
        this.types.set(k(c.hint.name), c.now);
        return push({ kind: 'type', schema: s, name: c.old });
      }
      case 'enum_value': {
        const type = this.parent(c, this.types);
        const e = cat.enums.get(k(type));
        const target = to.enums.get(k(type));
        if (!e || !target || !e.values.includes(c.old) || !target.values.includes(c.now)) return;
        if (target.values.includes(c.old)) return this.conflict(c, 'enum value', target.origin);
        if (e.values.includes(c.now)) return;
        run(cat, { AlterEnumStmt: { typeName: nameList(s, type).List.items, oldVal: c.old, newVal: c.now } }, this.diagnostics);
        this.changes.push({ kind: 'rename_enum_value', type: target, from: c.old, to: c.now });
        return;
      }
    }
  }
}

/** Names PostgreSQL derived from the old table name, which a table rename keeps (`customers_pkey` after a rename to clients). */
function renamedPrefix(name: string, old: string, now: string): string | undefined {
  return name.startsWith(`${old}_`) ? `${now}_${name.slice(old.length + 1)}` : undefined;
}

export function applyRenameHints(from: Catalog, to: Catalog): Renamed {
  const candidates: Candidate[] = [
    ...(to.renameHints ?? []).map((hint) => ({ hint, old: hint.from, now: hint.name, forward: true })),
    ...(from.renameHints ?? []).map((hint) => ({ hint, old: hint.name, now: hint.from, forward: false })),
  ];
  if (!candidates.length) return { from, changes: [], diagnostics: [] };
  const renamer = new Renamer(cloneCatalog(from), to);
  candidates.sort((a, b) => ORDER.indexOf(a.hint.kind) - ORDER.indexOf(b.hint.kind));
  for (const c of candidates) renamer.apply(c);
  if (!renamer.changes.length && !renamer.diagnostics.length) return { from, changes: [], diagnostics: [] };
  return { from: renamer.cat, changes: renamer.changes, diagnostics: renamer.diagnostics };
}

/** A column dropped and another of the same type added to the same table, with no hint: maybe a rename. */
export function renameSuggestions(ctx: { from: Catalog; to: Catalog; changes: Change[] }): Diagnostic[] {
  const out: Diagnostic[] = [];
  const dropped = new Map<string, Extract<Change, { kind: 'drop_column' }>[]>();
  for (const c of ctx.changes) {
    if (c.kind !== 'drop_column') continue;
    const k = `${c.table.schema}.${c.table.name}`;
    if (ctx.to.tables.get(k)?.columns.has(c.column.name)) continue; // recreated, not removed
    dropped.set(k, [...(dropped.get(k) ?? []), c]);
  }
  const used = new Set<string>();
  for (const c of ctx.changes) {
    if (c.kind !== 'add_column') continue;
    const k = `${c.table.schema}.${c.table.name}`;
    if (ctx.from.tables.get(k)?.columns.has(c.column.name)) continue;
    const match = (dropped.get(k) ?? []).find((d) => !used.has(`${k}.${d.column.name}`) && typeKey(d.column.type) === typeKey(c.column.type));
    if (!match) continue;
    used.add(`${k}.${match.column.name}`);
    out.push({
      code: 'possible-rename', severity: 'info', file: c.table.origin?.file, span: c.table.origin?.span,
      message: `column ${match.column.name} of ${k} is dropped and ${c.column.name} added with the same type (${typeToSql(c.column.type)}); if it was renamed, its data is lost this way`,
      help: `To rename it instead, put "-- pgshift:renamed-from ${match.column.name}" on the line before the definition of ${c.column.name}.`,
    });
  }
  return out;
}
