/**
 * GRANT / REVOKE on tables (and views), columns, sequences, functions and procedures, schemas and
 * types, including ON ALL … IN SCHEMA. Privileges live on the objects (`acl`, unset = PostgreSQL's
 * default), so renames and drops carry them. Database-level and role grants are not schema objects.
 * A grantee that is the object's owner (by name, or as CURRENT_USER / CURRENT_ROLE / SESSION_USER
 * when the role running the migrations owns it) changes the owner's entries, as in PostgreSQL:
 * granting the owner what it holds adds nothing, revoking takes it away.
 */
import { isBuiltinName, isForeignTable, isOutsideType, warnOutside } from './outside.js';
import type { GrantStmt, Node, ObjectWithArgs, RangeVar, RoleSpec } from '@pgsql/types';
import type { Acl, Catalog } from '../model/catalog.js';
import { type ApplyContext, fail } from './context.js';
import { missingRelation } from './unmodelled.js';
import { listItems, qualifiedFromList, qualifiedFromRangeVar, strings } from '../../parse/ast.js';
import { type AclKind, OWNER, defaultAcl, grantAcl, privilegeNames, revokeAcl, sortAcl } from '../query/acl.js';
import { resolveFunction } from './function.js';
import { roleName } from './policy.js';
import { resolveSequence, resolveTable } from '../query/resolve.js';
import { findUserType } from './user-type.js';
import { truncateIdent } from '../query/names.js';

/** An object that holds privileges. */
export interface AclHolder {
  kind: AclKind;
  obj: { acl?: Acl; owner?: string };
  /** For the default ACL of the `public` schema. */
  name?: string;
}

/** The role running the migrations as the catalogue names it: its configured name, else `current_user`. */
export function migrationRole(cat: Catalog): string {
  return cat.migrationRole ?? 'current_user';
}

/**
 * The role a role specification names: CURRENT_USER and CURRENT_ROLE the role SET ROLE made
 * current, else (and SESSION_USER) the role running the migrations; other names as written.
 */
export function namedRole(cat: Catalog, name: string): string {
  if (name === 'current_user' || name === 'current_role') return cat.sessionRole ?? migrationRole(cat);
  if (name === 'session_user') return migrationRole(cat);
  return name;
}

/**
 * Who owns an object: its OWNER TO role, else the role running the migrations; the schema `public`
 * a database starts with belongs to pg_database_owner (PostgreSQL 15+).
 */
export function ownerRole(cat: Catalog, o: { owner?: string }, kind: AclKind, name?: string): string {
  return o.owner ?? (kind === 'schema' && name === 'public' ? 'pg_database_owner' : migrationRole(cat));
}

/** Grantees as stored on an object owned by `owner`: the owner is `OWNER`, the others the roles they name. */
export function aclGrantees(cat: Catalog, grantees: string[], owner: string): string[] {
  return grantees.map((g) => {
    const r = namedRole(cat, g);
    return r === owner ? OWNER : r;
  });
}

/** The effective ACL of an object. */
export function aclOf(h: AclHolder): Acl {
  return h.obj.acl ?? defaultAcl(h.kind, h.name);
}

/** Store an ACL; equal to the default means unset. */
export function setAcl(h: AclHolder, acl: Acl): void {
  const sorted = sortAcl(acl);
  if (JSON.stringify(sorted) === JSON.stringify(defaultAcl(h.kind, h.name))) delete h.obj.acl;
  else h.obj.acl = sorted;
}

function relation(ctx: ApplyContext, r: RangeVar, sequenceOnly: boolean): AclHolder | undefined {
  const q = qualifiedFromRangeVar(r);
  if (!sequenceOnly) {
    const t = resolveTable(ctx.cat, q);
    if (t) return { kind: 'table', obj: t };
    const v = [...(q.schema ? [q.schema] : ctx.cat.searchPath)].map((s) => ctx.cat.views.get(`${s}.${truncateIdent(q.name)}`)).find(Boolean);
    if (v) return { kind: 'table', obj: v };
  }
  const s = resolveSequence(ctx.cat, q.schema, q.name);
  if (s) return { kind: 'sequence', obj: s };
  if (isForeignTable(ctx.cat, q)) return void warnOutside(ctx, `privileges on foreign table "${q.name}" are not modelled; foreign tables are not tracked`);
  if (isBuiltinName(q)) return void warnOutside(ctx, `privileges on built-in relation ${q.schema ?? 'pg_catalog'}.${q.name} are not modelled; pgshift neither compares nor emits them`);
  missingRelation(ctx, q, `relation "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
  return undefined;
}

/** The objects a GRANT / REVOKE names. */
function targets(ctx: ApplyContext, s: GrantStmt): AclHolder[] | undefined {
  const cat = ctx.cat;
  const objects = s.objects ?? [];
  if (s.targtype === 'ACL_TARGET_ALL_IN_SCHEMA') {
    const schemas = new Set(objects.map((n) => strings([n])[0]!));
    const out: AclHolder[] = [];
    switch (s.objtype) {
      case 'OBJECT_TABLE':
        for (const t of cat.tables.values()) if (schemas.has(t.schema)) out.push({ kind: 'table', obj: t });
        for (const v of cat.views.values()) if (schemas.has(v.schema)) out.push({ kind: 'table', obj: v });
        return out;
      case 'OBJECT_SEQUENCE':
        for (const q of cat.sequences.values()) if (schemas.has(q.schema)) out.push({ kind: 'sequence', obj: q });
        return out;
      case 'OBJECT_FUNCTION':
      case 'OBJECT_PROCEDURE':
      case 'OBJECT_ROUTINE':
        for (const f of cat.functions.values()) {
          const match = s.objtype === 'OBJECT_ROUTINE' || f.kind === (s.objtype === 'OBJECT_FUNCTION' ? 'function' : 'procedure');
          if (schemas.has(f.schema) && match) out.push({ kind: 'function', obj: f });
        }
        return out;
      default:
        return undefined;
    }
  }
  const out: AclHolder[] = [];
  for (const n of objects) {
    let h: AclHolder | undefined;
    switch (s.objtype) {
      case 'OBJECT_TABLE':
      case 'OBJECT_SEQUENCE':
        h = relation(ctx, (n as { RangeVar: RangeVar }).RangeVar, s.objtype === 'OBJECT_SEQUENCE');
        break;
      case 'OBJECT_FUNCTION':
      case 'OBJECT_PROCEDURE':
      case 'OBJECT_ROUTINE': {
        const kind = s.objtype === 'OBJECT_FUNCTION' ? 'function' : s.objtype === 'OBJECT_PROCEDURE' ? 'procedure' : 'routine';
        const o = (n as { ObjectWithArgs: ObjectWithArgs }).ObjectWithArgs;
        const q = qualifiedFromList(strings(o.objname));
        const builtin = isBuiltinName(q) && !resolveFunction(ctx, o, kind, true);
        if (builtin) warnOutside(ctx, `privileges on built-in ${kind} ${q.schema ?? 'pg_catalog'}.${q.name} are not modelled; pgshift neither compares nor emits them`);
        const f = builtin ? undefined : resolveFunction(ctx, o, kind);
        if (f) h = { kind: 'function', obj: f };
        break;
      }
      case 'OBJECT_SCHEMA': {
        const name = truncateIdent(strings([n])[0] ?? '');
        const sc = cat.schemas.get(name);
        if (sc) h = { kind: 'schema', obj: sc, name };
        else fail(ctx, 'missing-object', `schema "${name}" does not exist`);
        break;
      }
      case 'OBJECT_TYPE':
      case 'OBJECT_DOMAIN': {
        const tn = (n as { TypeName?: { names?: Node[] } }).TypeName;
        const q = qualifiedFromList(tn ? strings(tn.names) : strings(listItems(n)));
        const u = findUserType(cat, q.schema, q.name);
        if (u) h = { kind: 'type', obj: u.type };
        else if (isOutsideType(cat, q) || isBuiltinName(q)) warnOutside(ctx, `privileges on type ${q.schema ? q.schema + '.' : ''}${q.name} are not modelled (a shell, base or built-in type); pgshift neither compares nor emits them`);
        else fail(ctx, 'missing-object', `type "${q.name}" does not exist`);
        break;
      }
      default:
        return undefined;
    }
    if (h) out.push(h);
  }
  return out;
}

export function grant(ctx: ApplyContext, s: GrantStmt): void {
  const holders = targets(ctx, s);
  if (!holders) {
    ctx.diags.push({
      code: 'unmodelled-statement',
      severity: 'warning',
      message: `${s.is_grant ? 'GRANT' : 'REVOKE'} on ${String(s.objtype).replace('OBJECT_', '').toLowerCase()} objects is not modelled (not a schema object)`,
      file: ctx.stmt.file.path,
      span: ctx.stmt.span,
    });
    return;
  }
  const grantees = (s.grantees ?? []).map((n) => roleName((n as { RoleSpec: RoleSpec }).RoleSpec));
  const privs = (s.privileges ?? []).map((n) => (n as { AccessPriv: { priv_name?: string; cols?: Node[] } }).AccessPriv);
  // no privilege list means ALL; column privileges are listed with their columns
  const tableLevel = privs.filter((p) => !p.cols?.length).map((p) => p.priv_name ?? 'all');
  const tablePrivs = privs.length ? (tableLevel.length ? privilegeNames(tableLevel) : []) : ['ALL'];
  for (const h of holders) {
    // a grant naming the owner changes the owner's own privileges (columns: those of the table's owner)
    const gs = aclGrantees(ctx.cat, grantees, ownerRole(ctx.cat, h.obj, h.kind, h.name));
    const apply = (target: AclHolder, names: string[]) => {
      const acl = aclOf(target);
      setAcl(target, s.is_grant ? grantAcl(acl, target.kind, gs, names, !!s.grant_option) : revokeAcl(acl, target.kind, gs, names, !!s.grant_option));
    };
    if (tablePrivs.length) apply(h, tablePrivs);
    for (const p of privs.filter((x) => x.cols?.length)) {
      const t = h.obj as { columns?: Map<string, { acl?: Acl }>; name?: string };
      for (const col of strings(p.cols)) {
        const c = t.columns?.get(truncateIdent(col));
        if (!c) { fail(ctx, 'missing-object', `column "${col}" of relation "${t.name}" does not exist`); continue; }
        apply({ kind: 'column', obj: c }, privilegeNames([p.priv_name ?? 'all']));
      }
    }
    // revoking a table privilege revokes it from every column too
    if (!s.is_grant && h.kind === 'table' && tablePrivs.length) {
      const cols = (h.obj as { columns?: Map<string, { acl?: Acl }> }).columns;
      for (const c of cols?.values() ?? []) if (c.acl) apply({ kind: 'column', obj: c }, tablePrivs);
    }
  }
}
