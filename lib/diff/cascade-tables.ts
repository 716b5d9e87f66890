/**
 * Table-level users of a function that is dropped (to be created again with another signature or
 * result): column defaults, generated columns, CHECK and EXCLUDE constraints, index expressions and
 * predicates, and expression statistics objects. PostgreSQL records a dependency of each on the
 * function, so DROP FUNCTION is refused while they exist; they are dropped first (unless the diff
 * already drops them) and, when the target has them, created again after (unless the diff already
 * does). What they carry besides their definition (comments, statistics targets, REPLICA IDENTITY,
 * privileges) is restored by the stages of diff.ts that run after the cascade.
 *
 * A partition or inheriting child follows its parent: ALTER TABLE … DROP CONSTRAINT / ADD
 * CONSTRAINT on the parent reaches the child's inherited copy of a CHECK, ALTER COLUMN … DROP /
 * SET DEFAULT its inherited default, and DROP INDEX of a partitioned index drops the partitions'
 * indexes attached to it; CREATE INDEX on the parent adopts the partitions' equal indexes created
 * before it (the deepest first). So only the parent's object is dropped; the attached partition
 * indexes are created again before it.
 */
import type { Column, Constraint, Func, Index, Table } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { exprCalls } from '../catalog/query/expr-calls.js';
import { recreateGeneratedColumn } from './cascade-columns.js';
import { sameParents } from './partitions.js';
import { parentKeys } from '../catalog/statements/inheritance.js';
import { defaultChange, defaultReachesDescendants } from './inherited-defaults.js';

/** An expression of a table-level object, and how to take that object out of the way of `f` and back. */
interface TableExpr {
  node: unknown;
  restore: (f: Func) => void;
}

export class TableUsers {
  private built?: TableExpr[];

  /** `columnRecreated`: a generated column was dropped and added again (its own readers cascade). */
  constructor(private readonly ctx: DiffContext, private readonly columnRecreated: (t: Table, column: string) => void) {}

  private get changes(): Change[] { return this.ctx.changes; }

  private has(pred: (c: Change) => boolean): boolean {
    return this.changes.some(pred);
  }

  /** Defaults, CHECKs, generated columns, indexes and statistics objects calling `f`: dropped first, restored after. */
  recreate(f: Func): void {
    const from = this.ctx.from;
    let overloads = 0;
    for (const g of from.functions.values()) if (g.schema === f.schema && g.name === f.name) overloads++;
    if (overloads > 1) return; // another overload may be the one used
    const done = new Set<TableExpr['restore']>();
    for (const e of this.expressions()) {
      if (done.has(e.restore) || !exprCalls(from, e.node, f)) continue;
      done.add(e.restore);
      e.restore(f);
    }
  }

  /** Every table-level expression of tables that stay, built once. */
  private expressions(): TableExpr[] {
    if (this.built) return this.built;
    const { from, to } = this.ctx;
    const out: TableExpr[] = [];
    for (const t of from.tables.values()) {
      const target = to.tables.get(`${t.schema}.${t.name}`);
      if (!target) continue;
      for (const c of t.columns.values()) {
        const now = target.columns.get(c.name);
        if (!now) continue;
        // a generated column calling the function: dropped and added again
        if (c.generated && !this.followsParentColumn(t, target, c, 'generated')) {
          out.push({ node: c.generated.node, restore: () => {
            if (recreateGeneratedColumn(this.ctx, t, target, c)) this.columnRecreated(t, c.name);
          } });
        }
        if (c.default && !this.followsParentColumn(t, target, c, 'default')) out.push({ node: c.default.node, restore: (f) => this.restoreDefault(target, c, now, f) });
      }
      for (const k of t.constraints.values()) {
        if ((k.kind !== 'check' && k.kind !== 'exclude') || this.followsParentConstraint(t, target, k)) continue;
        out.push({ node: k.expr.node, restore: () => this.restoreConstraint(t, target, k) });
      }
    }
    // partitions' indexes before their parents' (deepest first), so each parent adopts them
    const indexes = [...from.indexes.values()].filter((i) => !i.constraint && (to.tables.has(`${i.schema}.${i.table}`) || to.views.has(`${i.schema}.${i.table}`)));
    const depth = new Map(indexes.map((i) => [i, parentDepth(from.indexes, i)]));
    indexes.sort((x, y) => depth.get(y)! - depth.get(x)!);
    for (const i of indexes) {
      const restore = () => this.restoreIndex(i);
      for (const node of [...i.keys.map((x) => x.expr?.node), i.where?.node]) if (node) out.push({ node, restore });
    }
    for (const s of from.statistics.values()) {
      if (!to.tables.has(`${s.table.schema}.${s.table.name}`)) continue;
      const restore = () => this.restoreStatistics(`${s.schema}.${s.name}`);
      for (const e of s.exprs) out.push({ node: e.node, restore });
    }
    this.built = out;
    return out;
  }

  /**
   * A column default calling `f`: dropped first, set again after. When the diff changes it anyway,
   * its SET DEFAULT (ordered before DROP FUNCTION when the new default no longer calls `f`) is enough,
   * unless the new default calls `f` too.
   */
  private restoreDefault(target: Table, c: Column, now: Column, f: Func): void {
    const same = (x: Change) => 'column' in x && 'table' in x && x.table.schema === target.schema && x.table.name === target.name && x.column.name === c.name;
    const changed = this.has((x) => x.kind === 'set_default' && same(x));
    const callsAgain = !!now.default && exprCalls(this.ctx.to, now.default.node, f);
    if (!this.has((x) => x.kind === 'drop_default' && same(x)) && (!changed || callsAgain)) this.changes.push(defaultChange(this.ctx, 'drop_default', target, now));
    if (now.default && !changed) this.changes.push(defaultChange(this.ctx, 'set_default', target, now));
  }

  private restoreConstraint(t: Table, target: Table, k: Constraint): void {
    const same = (x: Change) => (x.kind === 'drop_constraint' || x.kind === 'add_constraint') && x.table.schema === t.schema && x.table.name === t.name && x.constraint.name === k.name;
    if (!this.has((x) => x.kind === 'drop_constraint' && same(x))) this.changes.push({ kind: 'drop_constraint', table: target, constraint: k });
    const now = target.constraints.get(k.name);
    if (now && !this.has((x) => x.kind === 'add_constraint' && same(x))) this.changes.push({ kind: 'add_constraint', table: target, constraint: now });
  }

  private restoreIndex(i: Index): void {
    const k = `${i.schema}.${i.name}`;
    if (!this.attachedToParent(i) && !this.has((x) => x.kind === 'drop_index' && `${x.index.schema}.${x.index.name}` === k)) this.changes.push({ kind: 'drop_index', index: i });
    const now = this.ctx.to.indexes.get(k);
    if (now && !this.has((x) => x.kind === 'create_index' && `${x.index.schema}.${x.index.name}` === k)) this.changes.push({ kind: 'create_index', index: now });
  }

  private restoreStatistics(k: string): void {
    const s = this.ctx.from.statistics.get(k)!;
    if (!this.has((x) => x.kind === 'drop_statistics' && `${x.statistics.schema}.${x.statistics.name}` === k)) this.changes.push({ kind: 'drop_statistics', statistics: s });
    const now = this.ctx.to.statistics.get(k);
    if (now && !this.has((x) => x.kind === 'create_statistics' && `${x.statistics.schema}.${x.statistics.name}` === k)) this.changes.push({ kind: 'create_statistics', statistics: now });
  }

  /** A partition's index attached to its parent's (which calls the function too): it goes and comes with it. */
  private attachedToParent(i: Index): boolean {
    if (!i.parent || !this.ctx.from.indexes.has(i.parent)) return false;
    const k = `${i.schema}.${i.table}`;
    return sameParents(this.ctx.from.tables.get(k), this.ctx.to.tables.get(k));
  }

  /** A child's inherited-only copy of its parent's CHECK (of the same expression): the parent's drop and add reach it. */
  private followsParentConstraint(t: Table, target: Table, k: Constraint): boolean {
    if (k.kind !== 'check' || !k.inherited || k.inherited.local || !sameParents(t, target)) return false;
    return parentKeys(t).some((p) => {
      const pk = this.ctx.from.tables.get(p)?.constraints.get(k.name);
      return pk?.kind === 'check' && pk.expr.key === k.expr.key;
    });
  }

  /**
   * A child's inherited-only column whose default (or generation expression) is its parent's: the
   * parent's change reaches it (for a default: unless it is made with ONLY, see inherited-defaults.ts).
   */
  private followsParentColumn(t: Table, target: Table, c: Column, what: 'default' | 'generated'): boolean {
    if (!c.inherited || c.inherited.local || !sameParents(t, target)) return false;
    return parentKeys(t).some((p) => {
      const parent = this.ctx.from.tables.get(p);
      if (!parent || parent.columns.get(c.name)?.[what]?.key !== c[what]?.key) return false;
      return what !== 'default' || defaultReachesDescendants(this.ctx, parent, c.name);
    });
  }
}

/** How many parent indexes an index has above it (a sub-partition's index is deeper). */
function parentDepth(indexes: Map<string, Index>, i: Index): number {
  let d = 0;
  for (let p = i.parent; p && d < 64; p = indexes.get(p)?.parent) d++;
  return d;
}
