/**
 * ALTER TABLE … REPLICA IDENTITY { DEFAULT | FULL | NOTHING | USING INDEX name }. It applies to the
 * named table only (partitions and inheriting tables keep their own; PostgreSQL does not recurse).
 * USING INDEX names a unique, non-partial, non-deferrable index of the table; the identity follows
 * the index when it is renamed.
 */
import type { AlterTableCmd } from '@pgsql/types';
import type { ReplicaIdentity, Table } from '../model/catalog.js';
import { type ApplyContext, fail } from './context.js';
import { truncateIdent } from '../query/names.js';

export function replicaIdentityCmd(ctx: ApplyContext, table: Table, cmd: AlterTableCmd): void {
  const def = cmd.def && 'ReplicaIdentityStmt' in cmd.def ? cmd.def.ReplicaIdentityStmt : undefined;
  switch (def?.identity_type) {
    case 'd':
      delete table.replicaIdentity;
      return;
    case 'f':
      table.replicaIdentity = { kind: 'full' };
      return;
    case 'n':
      table.replicaIdentity = { kind: 'nothing' };
      return;
    case 'i': {
      const index = truncateIdent(def.name ?? '');
      const idx = ctx.cat.indexes.get(`${table.schema}.${index}`);
      // schema files bind in any order: the index may come later; a replayed chain must have it
      if (ctx.mode === 'replay' && (!idx || idx.table !== table.name)) {
        return fail(ctx, 'missing-object', `index "${index}" for table "${table.name}" does not exist`);
      }
      if (idx && !idx.unique) return fail(ctx, 'invalid-definition', `cannot use non-unique index "${index}" as replica identity`);
      if (idx?.where) return fail(ctx, 'invalid-definition', `cannot use partial index "${index}" as replica identity`);
      table.replicaIdentity = { kind: 'index', index };
      return;
    }
    default:
      fail(ctx, 'unmodelled-statement', `REPLICA IDENTITY ${def?.identity_type ?? ''} is not modelled`);
  }
}

/** A renamed index (or the constraint that owns it) keeps being the identity. */
export function renameIdentityIndex(table: Table | undefined, from: string, to: string): void {
  if (table?.replicaIdentity?.kind === 'index' && table.replicaIdentity.index === from) table.replicaIdentity = { kind: 'index', index: to };
}

/** A comparable key (`default`, `full`, `nothing`, `index:name`). */
export function replicaIdentityKey(r: ReplicaIdentity | undefined): string {
  return r ? (r.kind === 'index' ? `index:${r.index}` : r.kind) : 'default';
}
