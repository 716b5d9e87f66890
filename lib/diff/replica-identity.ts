/**
 * REPLICA IDENTITY of tables (partitioned parents and partitions each have their own). A new table
 * gets it after its indexes; a table whose identity index is created again in this migration (or
 * whose table is) gets it set again, since the new index is not the identity until told so.
 */
import type { DiffContext } from './context.js';
import { replicaIdentityKey } from '../catalog/statements/replica-identity.js';

/** `recreated(key)`: `table:s.t`, `index:s.i` or `constraint:s.t.c` is created (again) by this diff. */
export function diffReplicaIdentity(ctx: DiffContext, recreated: (key: string) => boolean): void {
  for (const [k, b] of [...ctx.to.tables].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const a = recreated(`table:${k}`) ? undefined : ctx.from.tables.get(k);
    const before = replicaIdentityKey(a?.replicaIdentity);
    const after = replicaIdentityKey(b.replicaIdentity);
    const r = b.replicaIdentity;
    const indexAgain = r?.kind === 'index' && (recreated(`index:${b.schema}.${r.index}`) || recreated(`constraint:${k}.${r.index}`));
    if (before !== after || indexAgain) ctx.changes.push({ kind: 'set_replica_identity', table: b, identity: r });
  }
}
