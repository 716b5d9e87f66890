/**
 * Row-level security: the ENABLE / FORCE flags and policies per table. A policy whose command or
 * PERMISSIVE / RESTRICTIVE mode changes, or that loses its USING or WITH CHECK, is dropped and created
 * again; other changes are ALTER POLICY. Tables created by this migration start without either.
 */
import type { Policy, Table } from '../catalog/model/catalog.js';
import type { DiffContext } from './context.js';

function created(ctx: DiffContext): Set<string> {
  const out = new Set<string>();
  for (const c of ctx.changes) if (c.kind === 'create_table') out.add(`${c.table.schema}.${c.table.name}`);
  return out;
}

function sameDefinition(a: Policy, b: Policy): boolean {
  return a.roles.join() === b.roles.join() && (a.using?.key ?? '') === (b.using?.key ?? '') && (a.check?.key ?? '') === (b.check?.key ?? '');
}

export function diffPolicies(ctx: DiffContext): void {
  const fresh = created(ctx);
  for (const [k, b] of [...ctx.to.tables].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const a: Table | undefined = fresh.has(k) ? undefined : ctx.from.tables.get(k);
    if (!!a?.rowSecurity !== !!b.rowSecurity) ctx.changes.push({ kind: 'set_row_security', table: b, enabled: !!b.rowSecurity });
    if (!!a?.forceRowSecurity !== !!b.forceRowSecurity) ctx.changes.push({ kind: 'set_force_row_security', table: b, forced: !!b.forceRowSecurity });
    const from = a?.policies ?? new Map<string, Policy>();
    const to = b.policies ?? new Map<string, Policy>();
    for (const [name, pa] of [...from].sort()) if (!to.has(name)) ctx.changes.push({ kind: 'drop_policy', table: b, policy: pa });
    for (const [name, pb] of [...to].sort()) {
      const pa = from.get(name);
      if (!pa) {
        ctx.changes.push({ kind: 'create_policy', table: b, policy: pb });
      } else if (pa.command !== pb.command || pa.permissive !== pb.permissive || (pa.using && !pb.using) || (pa.check && !pb.check)) {
        ctx.changes.push({ kind: 'drop_policy', table: b, policy: pa }, { kind: 'create_policy', table: b, policy: pb });
      } else if (!sameDefinition(pa, pb)) {
        ctx.changes.push({ kind: 'alter_policy', table: b, policy: pb, from: pa });
      }
    }
  }
}
