/**
 * NOT NULL down an inheritance tree. A partition or an inheriting child may be NOT NULL where its
 * parent is not. `ALTER TABLE t ALTER COLUMN c SET NOT NULL` / `DROP NOT NULL` reaches every
 * descendant (PostgreSQL refuses ONLY for them on a partitioned table), and before PostgreSQL 18
 * DROP NOT NULL takes a descendant's own NOT NULL away too, while from 18 on a descendant keeps a
 * NOT NULL constraint of its own (conislocal). So after a table's DROP NOT NULL, the descendants
 * NOT NULL in the target are set again (a no-op from 18 on) and the others get DROP NOT NULL (a no-op
 * before 18), in tree order. A descendant whose own NOT NULL changes, and no ancestor's statement reaches, gets its
 * own statement.
 */
import type { Column, Table } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { DiffContext } from './context.js';
import { childrenOf } from '../catalog/query/children.js';
import { keptAncestors, sameParents } from './partitions.js';
import { tableKey } from '../catalog/query/resolve.js';

/** Does an ancestor's SET NOT NULL or DROP NOT NULL reach `t`'s column (so its own diff has nothing to do)? */
export function notNullSetByAncestor(ctx: DiffContext, t: Table, column: string): boolean {
  return keptAncestors(ctx, t, column).some((p) => {
    const a = ctx.from.tables.get(tableKey(p))?.columns.get(column);
    return !!a && a.notNull !== p.columns.get(column)!.notNull;
  });
}

/** The NOT NULL change of `table`'s column, and after a DROP NOT NULL the descendants' NOT NULL set again. */
export function notNullChanges(ctx: DiffContext, table: Table, a: Column, b: Column): Change[] {
  if (a.notNull === b.notNull) return [];
  if (b.notNull) return [{ kind: 'set_not_null', table, column: b }];
  const out: Change[] = [{ kind: 'drop_not_null', table, column: b }];
  const walk = (t: Table) => {
    for (const child of childrenOf(ctx.to, t)) {
      const c = child.columns.get(b.name);
      if (!c || !sameParents(ctx.from.tables.get(tableKey(child)), child)) continue;
      // SET NOT NULL reaches the child's own descendants
      if (c.notNull) out.push({ kind: 'set_not_null', table: child, column: c });
      else {
        // from PostgreSQL 18 a descendant keeps a NOT NULL constraint of its own (one a primary key
        // of its own made, or written on it before it was attached); a no-op before 18
        out.push({ kind: 'drop_not_null', table: child, column: c });
        walk(child);
      }
    }
  };
  walk(table);
  return out;
}
