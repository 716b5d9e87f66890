/**
 * plan: order changes by phase (stable within a phase, so per-column steps keep their order),
 * drop tables referencing others first, break foreign-key cycles among dropped tables, attach hazards.
 */
import type { Change, Hazard } from '../diff/change.js';
import { phaseOf } from './phases.js';
import { orderByDependencies } from './graph.js';
import { hazardsOf } from './hazards.js';
import { safeRewrite } from './safe.js';
import type { Catalog } from '../catalog/model/catalog.js';
import { type PlannedChange } from './planned.js';

export interface PlanOptions {
  /** Online-safe rewrites for tables that exist before the migration (default false here; generate turns it on). */
  safe?: boolean;
  /** The catalogue the migration starts from (needed for safe rewrites). */
  from?: Catalog;
  pgVersion?: number;
  /** The target catalogue (with `from`: dependency ordering across object kinds, graph.ts). */
  to?: Catalog;
}

export function plan(changes: Change[], opts: PlanOptions = {}): PlannedChange[] {
  const ordered = orderChanges(changes, opts);
  // statements on a table created by this same migration cannot lock or rewrite anyone's data
  const created = new Set(changes.flatMap((c) => (c.kind === 'create_table' ? [`${c.table.schema}.${c.table.name}`] : [])));
  const planned = ordered.map((change): PlannedChange => ({ change, hazards: onNewTable(change, created) ? [] : hazardsOf(change), ...uncheckedNote(change), ...cascadeNote(change) }));
  return commitNewEnumValues(opts.safe && opts.from ? safeRewrite(planned, { from: opts.from, to: opts.to, pgVersion: opts.pgVersion ?? 15 }) : planned);
}

/** Why a function is created with check_function_bodies off (graph.ts breaks a cycle there). */
function uncheckedNote(c: Change): { notes?: string[] } {
  if ((c.kind !== 'create_function' && c.kind !== 'replace_function') || !c.uncheckedBody) return {};
  return { notes: ['its body needs objects that need it first (a cycle): created without checking the body, as pg_dump does'] };
}

/** What DROP INDEX … CASCADE takes besides the index (diff/index-attachments.ts): said next to it. */
function cascadeNote(c: Change): { notes?: string[] } {
  if (c.kind !== 'drop_index' || !c.cascade?.length) return {};
  const keys = c.cascade.map((k) => `${k.constraint.name} of ${k.table.name}`).join(', ');
  return { notes: [`CASCADE takes the partitions' keys whose indexes are attached to it (${keys}): neither can be dropped alone`] };
}

/** PostgreSQL cannot use an enum value added in the same transaction: commit after the last ADD VALUE. */
function commitNewEnumValues(planned: PlannedChange[]): PlannedChange[] {
  let last = -1;
  planned.forEach((p, i) => {
    if (p.change.kind === 'add_enum_value') last = i;
  });
  if (last >= 0 && last + 1 < planned.length) planned[last + 1] = { ...planned[last + 1]!, commitBefore: true };
  return planned;
}

function orderChanges(changes: Change[], opts: PlanOptions): Change[] {
  const all = [...changes, ...breakDropCycles(changes)];
  const indexed = all.map((change, i) => ({ change, i, phase: phaseOf(change) }));
  indexed.sort((a, b) => a.phase - b.phase || a.i - b.i);
  const phased = orderTableDrops(indexed.map((x) => x.change));
  // views on views, functions before their users, dependents dropped before what they read changes
  return opts.from && opts.to ? orderByDependencies(phased, { from: opts.from, to: opts.to }) : phased;
}

type DropTable = Extract<Change, { kind: 'drop_table' }>;

function onNewTable(c: Change, created: Set<string>): boolean {
  if ('table' in c && c.kind !== 'drop_table') return created.has(`${c.table.schema}.${c.table.name}`);
  if (c.kind === 'create_index') return created.has(`${c.index.schema}.${c.index.table}`);
  return false;
}

function dropKey(c: DropTable): string {
  return `${c.table.schema}.${c.table.name}`;
}

/** FKs from one dropped table to another: dropped explicitly first when they form a cycle. */
function breakDropCycles(changes: Change[]): Change[] {
  const drops = changes.filter((c): c is DropTable => c.kind === 'drop_table');
  const keys = new Set(drops.map(dropKey));
  const deps = new Map<string, Set<string>>();
  for (const d of drops) {
    const s = new Set<string>();
    for (const c of d.table.constraints.values()) if (c.kind === 'foreign' && keys.has(`${c.refSchema}.${c.refTable}`) && `${c.refSchema}.${c.refTable}` !== dropKey(d)) s.add(`${c.refSchema}.${c.refTable}`);
    deps.set(dropKey(d), s);
  }
  // tables left after repeatedly removing those nobody (remaining) references are in or behind a cycle
  // (Kahn's algorithm: linear in tables + foreign keys)
  const referencedBy = new Map<string, number>([...keys].map((k) => [k, 0]));
  for (const s of deps.values()) for (const d of s) referencedBy.set(d, referencedBy.get(d)! + 1);
  const remaining = new Set(keys);
  const queue = [...keys].filter((k) => referencedBy.get(k) === 0);
  while (queue.length) {
    const k = queue.pop()!;
    remaining.delete(k);
    for (const d of deps.get(k)!) {
      const n = referencedBy.get(d)! - 1;
      referencedBy.set(d, n);
      if (n === 0) queue.push(d);
    }
  }
  const extra: Change[] = [];
  for (const d of drops) {
    if (!remaining.has(dropKey(d))) continue;
    for (const c of d.table.constraints.values()) {
      if (c.kind === 'foreign' && remaining.has(`${c.refSchema}.${c.refTable}`) && `${c.refSchema}.${c.refTable}` !== dropKey(d)) extra.push({ kind: 'drop_constraint', table: d.table, constraint: c });
    }
  }
  return extra;
}

/** Within the drop_table run, drop a table before the tables it references. */
function orderTableDrops(changes: Change[]): Change[] {
  const start = changes.findIndex((c) => c.kind === 'drop_table');
  if (start < 0) return changes;
  let end = start;
  while (end < changes.length && changes[end]!.kind === 'drop_table') end++;
  const drops = changes.slice(start, end) as DropTable[];
  const byKey = new Map(drops.map((d) => [dropKey(d), d]));
  const emitted = new Set<string>();
  const out: DropTable[] = [];
  const referencedBy = new Map<string, string[]>();
  for (const d of drops) {
    for (const c of d.table.constraints.values()) {
      const r = c.kind === 'foreign' ? `${c.refSchema}.${c.refTable}` : '';
      if (r && r !== dropKey(d) && byKey.has(r)) {
        const list = referencedBy.get(r) ?? [];
        list.push(dropKey(d));
        referencedBy.set(r, list);
      }
    }
    // a table that INHERITS goes before its parent
    for (const p of d.table.inherits ?? []) {
      const r = `${p.schema}.${p.name}`;
      if (byKey.has(r)) referencedBy.set(r, [...(referencedBy.get(r) ?? []), dropKey(d)]);
    }
  }
  // depth-first, referencing tables first; iterative, as a chain of foreign keys can be thousands deep
  const visiting = new Set<string>();
  const visit = (root: string) => {
    if (emitted.has(root) || visiting.has(root)) return;
    const stack: { k: string; next: string[]; i: number }[] = [];
    const enter = (k: string) => {
      visiting.add(k);
      stack.push({ k, next: (referencedBy.get(k) ?? []).sort(), i: 0 });
    };
    enter(root);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.i < top.next.length) {
        const r = top.next[top.i++]!;
        if (!emitted.has(r) && !visiting.has(r)) enter(r);
        continue;
      }
      stack.pop();
      visiting.delete(top.k);
      emitted.add(top.k);
      out.push(byKey.get(top.k)!);
    }
  };
  for (const d of drops) visit(dropKey(d));
  return [...changes.slice(0, start), ...out, ...changes.slice(end)];
}
