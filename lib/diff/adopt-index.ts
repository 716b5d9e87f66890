/**
 * A new PRIMARY KEY or UNIQUE constraint whose index the table already has: a unique index the diff
 * would drop, with exactly the definition the constraint needs. It is adopted
 * (`ADD CONSTRAINT c … USING INDEX i`, which renames the index to the constraint's name) instead of
 * dropped and built again.
 */
import type { Constraint, Index } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';

type AddConstraint = Extract<Change, { kind: 'add_constraint' }>;
type DropIndex = Extract<Change, { kind: 'drop_index' }>;

/** Can `i` back `con` as it is? (What ADD … USING INDEX accepts: unique, btree, plain ascending columns, no predicate.) */
function fits(i: Index, con: Constraint): boolean {
  if (con.kind !== 'primary' && con.kind !== 'unique') return false;
  if (con.withoutOverlaps || !i.unique || i.method !== 'btree' || i.where || i.parent) return false;
  // the index keeps its storage parameters: they must be the key's
  if ((i.options ?? []).join() !== (con.options ?? []).join()) return false;
  if ((con.kind === 'unique' && con.nullsNotDistinct) !== i.nullsNotDistinct) return false;
  if (i.include.join() !== con.include.join() || i.keys.length !== con.columns.length) return false;
  return i.keys.every((k, n) => k.column === con.columns[n] && !k.expr && !k.opclass && !k.collation && !k.desc && !k.nullsFirst);
}

/** Pair dropped unique indexes with new keys on their table; the pair becomes one ADD CONSTRAINT … USING INDEX. */
export function adoptExistingIndexes(ctx: DiffContext): void {
  const drops = ctx.changes.filter((c): c is DropIndex => c.kind === 'drop_index' && c.index.unique && !c.index.constraint);
  if (!drops.length) return;
  const adopted = new Set<Change>();
  for (const c of ctx.changes) {
    // (a partitioned table has no ADD … USING INDEX; a partition's does, its key then attached to the parent's)
    if (c.kind !== 'add_constraint' || c.usingIndex || c.table.partitionBy) continue;
    const add = c as AddConstraint;
    // an index of the constraint's own name first (it keeps its name), then any other
    const candidates = drops.filter((d) => !adopted.has(d) && d.index.schema === add.table.schema && d.index.table === add.table.name && fits(d.index, add.constraint));
    const pick = candidates.find((d) => d.index.name === add.constraint.name) ?? candidates[0];
    if (!pick) continue;
    adopted.add(pick);
    add.usingIndex = pick.index.name;
    // the index keeps its comment under its new name: dropped when the key's index has none
    if (pick.index.name !== add.constraint.name && pick.index.comment !== undefined && ctx.to.indexes.get(`${add.table.schema}.${add.constraint.name}`)?.comment === undefined) {
      ctx.changes.push({ kind: 'set_comment', target: { kind: 'index', schema: add.table.schema, name: add.constraint.name }, text: undefined });
    }
  }
  for (let i = ctx.changes.length - 1; i >= 0; i--) if (adopted.has(ctx.changes[i]!)) ctx.changes.splice(i, 1);
}
