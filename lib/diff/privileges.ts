/**
 * Privileges, default privileges and (when configured) owners, compared as ACL sets per object and
 * grantee. An object created by this migration starts from PostgreSQL's default ACL; grants are
 * emitted after every object exists, revokes of a target before its grants.
 */
import type { Acl, AclEntry, Catalog } from '../catalog/model/catalog.js';
import type { Change } from './change.js';
import type { PrivilegeTarget } from './change-objects.js';
import type { DiffContext } from './context.js';
import { type AclKind, OWNER, aclChanges, defaultAcl, effectiveAclKey, mergeIntoOwner, revokeAcl } from '../catalog/query/acl.js';
import { migrationRole, ownerRole } from '../catalog/statements/privilege.js';
import { funcKey, identityArgs } from '../catalog/query/function-identity.js';
import { KIND_OF, creationAcl, defaultPrivilegeAcl } from '../catalog/statements/default-privileges.js';
import type { DefaultPrivilegeObjects } from '../catalog/model/catalog.js';

interface Holder {
  target: PrivilegeTarget;
  kind: AclKind;
  acl?: Acl;
  /** The owner to compare (config `manageOwnership`): unset for a sequence owned by a column, which follows its table. */
  owner?: string;
  /** The owner holding the owner's privileges, when `owner` leaves it out (an owned sequence: its table's). */
  aclOwner?: string;
  /** For the default ACL of the `public` schema. */
  name?: string;
}

/** Every object that holds privileges or an owner, by a key shared with `createdKeys`. */
function holders(cat: Catalog): Map<string, Holder> {
  const out = new Map<string, Holder>();
  for (const s of cat.schemas.values()) out.set(`schema:${s.name}`, { target: { kind: 'schema', name: s.name }, kind: 'schema', acl: s.acl, owner: s.owner, name: s.name });
  for (const t of cat.tables.values()) {
    out.set(`rel:${t.schema}.${t.name}`, { target: { kind: 'table', schema: t.schema, name: t.name }, kind: 'table', acl: t.acl, owner: t.owner });
    for (const c of t.columns.values()) {
      out.set(`column:${t.schema}.${t.name}.${c.name}`, { target: { kind: 'column', schema: t.schema, table: t.name, column: c.name }, kind: 'column', acl: c.acl });
    }
  }
  for (const v of cat.views.values()) out.set(`rel:${v.schema}.${v.name}`, { target: { kind: 'table', schema: v.schema, name: v.name }, kind: 'table', acl: v.acl, owner: v.owner });
  for (const s of cat.sequences.values()) out.set(`seq:${s.schema}.${s.name}`, { target: { kind: 'sequence', schema: s.schema, name: s.name }, kind: 'sequence', acl: s.acl, owner: s.ownedBy ? undefined : s.owner, aclOwner: s.owner });
  for (const m of [cat.enums, cat.domains, cat.composites, cat.ranges] as Map<string, { schema: string; name: string; acl?: Acl; owner?: string }>[]) {
    for (const t of m.values()) out.set(`type:${t.schema}.${t.name}`, { target: { kind: 'type', schema: t.schema, name: t.name }, kind: 'type', acl: t.acl, owner: t.owner });
  }
  for (const f of cat.functions.values()) {
    out.set(`func:${funcKey(f)}`, {
      target: { kind: f.kind, schema: f.schema, name: f.name, args: identityArgs(f).map((a) => a.type) },
      kind: 'function',
      acl: f.acl,
      owner: f.owner,
    });
  }
  return out;
}

/** Keys (as in `holders`) of objects this migration creates or creates again: they start from the default ACL. */
function createdKeys(changes: Change[]): Set<string> {
  const out = new Set<string>();
  for (const c of changes) {
    switch (c.kind) {
      case 'create_schema': out.add(`schema:${c.schema.name}`); break;
      case 'create_table':
        out.add(`rel:${c.table.schema}.${c.table.name}`);
        for (const col of c.table.columns.values()) out.add(`column:${c.table.schema}.${c.table.name}.${col.name}`);
        break;
      case 'add_column': out.add(`column:${c.table.schema}.${c.table.name}.${c.column.name}`); break;
      case 'create_view': out.add(`rel:${c.view.schema}.${c.view.name}`); break;
      case 'create_sequence': out.add(`seq:${c.sequence.schema}.${c.sequence.name}`); break;
      case 'create_enum':
      case 'recreate_enum':
      case 'create_composite':
      case 'create_range': out.add(`type:${c.type.schema}.${c.type.name}`); break;
      case 'create_domain': out.add(`type:${c.domain.schema}.${c.domain.name}`); break;
      case 'create_function': out.add(`func:${funcKey(c.func)}`); break;
      default: break;
    }
  }
  return out;
}

const OBJECTS: Partial<Record<AclKind, DefaultPrivilegeObjects>> = { table: 'tables', sequence: 'sequences', type: 'types', function: 'functions', schema: 'schemas' };

/** The ACL a new object starts with: PostgreSQL's default, or the default privileges the migration has set up by then. */
function startingAcl(ctx: DiffContext, h: Holder): Acl {
  const objects = OBJECTS[h.kind];
  const schema = 'schema' in h.target ? h.target.schema : undefined;
  return (objects && creationAcl(ctx.to, objects, schema, undefined)) || defaultAcl(h.kind, h.name);
}

/** Entries of the owner (`OWNER`) named as the role that owns the object when the statement runs. */
function naming(entries: AclEntry[], owner: string): AclEntry[] {
  return entries.map((e) => (e.grantee === OWNER ? { ...e, grantee: owner } : e));
}

/**
 * All revokes come before all grants: revoking a table privilege also revokes it from every column
 * (PostgreSQL does so per the SQL standard), so column grants follow, computed from what remains.
 * The owner's privileges compare like any grantee's; statements changing them name the owner the
 * object has when they run: its new owner (with `manageOwnership`, ALTER … OWNER TO comes first and
 * merges what the new owner held as a grantee into the owner's privileges, on a table's columns
 * too), else its old one, or the role running the migrations for an object they create.
 */
export function diffPrivileges(ctx: DiffContext): void {
  const a = holders(ctx.from);
  const b = holders(ctx.to);
  const created = createdKeys(ctx.changes);
  const migration = migrationRole(ctx.to.migrationRole === undefined ? ctx.from : ctx.to);
  const actualOwner = (h: Holder | undefined) => h?.aclOwner ?? h?.owner;
  /** Objects whose owner the migration changes: the role that owns them after ALTER … OWNER TO. */
  const moved = new Map<string, string>();
  const ownerWhenRun = (k: string): string => {
    const before = created.has(k) ? undefined : a.get(k);
    return moved.get(k) ?? (before ? ownerRole(ctx.from, { owner: actualOwner(before) }, before.kind, before.name) : migration);
  };
  const revokes: Change[] = [];
  const grants: Change[] = [];
  const tableRevokes = new Map<string, Acl>();
  const keys = [...b.keys()].sort();
  // tables before their columns
  for (const k of [...keys.filter((x) => !x.startsWith('column:')), ...keys.filter((x) => x.startsWith('column:'))]) {
    const to = b.get(k)!;
    const prev = created.has(k) ? undefined : a.get(k);
    const relKey = to.target.kind === 'column' ? `rel:${to.target.schema}.${to.target.table}` : k;
    // what the object has before this step: its old ACL, or what it gets when this migration creates it
    let fromAcl = prev ? prev.acl ?? defaultAcl(to.kind, to.name) : startingAcl(ctx, to);
    if (ctx.options?.manageOwnership && to.target.kind !== 'column') {
      if ((prev?.owner ?? '') !== (to.owner ?? '') && (prev || to.owner)) revokes.push({ kind: 'set_owner', target: to.target, owner: to.owner ?? 'current_user' });
      if ((actualOwner(prev) ?? '') !== (actualOwner(to) ?? '') && (prev || actualOwner(to))) moved.set(k, ownerRole(ctx.to, { owner: actualOwner(to) }, to.kind, to.name));
    }
    const newOwner = moved.get(relKey);
    if (newOwner) fromAcl = mergeIntoOwner(fromAcl, to.kind, newOwner);
    if (to.target.kind === 'column') {
      const revoked = tableRevokes.get(`${to.target.schema}.${to.target.table}`) ?? [];
      for (const e of revoked) fromAcl = revokeAcl(fromAcl, 'column', [e.grantee], [e.privilege], false);
    }
    const toAcl = to.acl ?? defaultAcl(to.kind, to.name);
    // the same privileges spelled another way (pg_dump's list for ALL minus one): nothing to do
    if (effectiveAclKey(fromAcl, to.kind, ctx.options?.pgVersion ?? 15) === effectiveAclKey(toAcl, to.kind, ctx.options?.pgVersion ?? 15)) continue;
    const d = aclChanges(fromAcl, toAcl);
    if (to.target.kind === 'table' && d.revoke.length) tableRevokes.set(`${to.target.schema}.${to.target.name}`, d.revoke);
    const owner = d.revoke.length + d.revokeGrantOption.length + d.grant.length + d.revokeAfter.length ? ownerWhenRun(relKey) : '';
    if (d.revoke.length) revokes.push({ kind: 'revoke', target: to.target, entries: naming(d.revoke, owner), grantOptionOnly: false });
    if (d.revokeGrantOption.length) revokes.push({ kind: 'revoke', target: to.target, entries: naming(d.revokeGrantOption, owner), grantOptionOnly: true });
    if (d.grant.length) grants.push({ kind: 'grant', target: to.target, entries: naming(d.grant, owner) });
    if (d.revokeAfter.length) grants.push({ kind: 'revoke', target: to.target, entries: naming(d.revokeAfter, owner), grantOptionOnly: false });
  }
  ctx.changes.push(...revokes, ...grants);
}

export function diffDefaultPrivileges(ctx: DiffContext): void {
  const { defaultPrivileges: from } = ctx.from;
  const { defaultPrivileges: to } = ctx.to;
  const migration = migrationRole(ctx.to.migrationRole === undefined ? ctx.from : ctx.to);
  const keys = [...new Set([...from.keys(), ...to.keys()])].sort();
  for (const k of keys) {
    const a = from.get(k);
    const b = to.get(k);
    const entry = (b ?? a)!;
    const before = defaultPrivilegeAcl(a ?? { ...entry, acl: undefined });
    const after = defaultPrivilegeAcl(b ?? { ...entry, acl: undefined });
    if (effectiveAclKey(before, KIND_OF[entry.objects], ctx.options?.pgVersion ?? 15) === effectiveAclKey(after, KIND_OF[entry.objects], ctx.options?.pgVersion ?? 15)) continue;
    const d = aclChanges(before, after);
    // the owner of the objects an entry is for is its role
    const owner = entry.role ?? migration;
    if (d.revoke.length) ctx.changes.push({ kind: 'alter_default_privileges', entry, grant: false, entries: naming(d.revoke, owner) });
    if (d.revokeGrantOption.length) ctx.changes.push({ kind: 'alter_default_privileges', entry, grant: false, entries: naming(d.revokeGrantOption, owner), grantOptionOnly: true });
    if (d.grant.length) ctx.changes.push({ kind: 'alter_default_privileges', entry, grant: true, entries: naming(d.grant, owner) });
    if (d.revokeAfter.length) ctx.changes.push({ kind: 'alter_default_privileges', entry, grant: false, entries: naming(d.revokeAfter, owner) });
  }
}
