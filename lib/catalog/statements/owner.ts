/**
 * Object ownership: ALTER … OWNER TO and CREATE SCHEMA … AUTHORIZATION. Recorded always; diffed
 * only when the `manageOwnership` setting is on (an unset owner is the role running the migrations).
 */
import { isOutsideType, warnOutside } from './outside.js';
import type { AlterOwnerStmt, AlterTableCmd, AlterTableStmt, Node, ObjectWithArgs, RoleSpec } from '@pgsql/types';
import type { Acl, Catalog } from '../model/catalog.js';
import { type AclKind, mergeIntoOwner } from '../query/acl.js';
import { migrationRole, namedRole, setAcl } from './privilege.js';
import { type ApplyContext, fail } from './context.js';
import { listItems, qualifiedFromList, qualifiedFromRangeVar, strings } from '../../parse/ast.js';
import { resolveCollation } from './collation.js';
import { resolveTsDictionary } from './text-search-dictionary.js';
import { resolveTsConfig } from './text-search-config.js';
import { resolveFunction } from './function.js';
import { truncateIdent } from '../query/names.js';
import { roleName } from './policy.js';
import { resolveSequence, resolveTable } from '../query/resolve.js';
import { findUserType } from './user-type.js';

/** An owner as stored: unset for the migration role itself (CURRENT_USER without SET ROLE, SESSION_USER, or its configured name). */
function ownerName(cat: Catalog, r: RoleSpec | undefined): string | undefined {
  const n = r ? namedRole(cat, roleName(r)) : undefined;
  return n === migrationRole(cat) ? undefined : n;
}

/**
 * Set an owner. What the new owner held as a grantee joins the owner's privileges (PostgreSQL's
 * aclnewowner), on the object and, for a table, on its columns.
 */
function setOwner(cat: Catalog, o: { owner?: string; acl?: Acl; name?: string }, owner: string | undefined, kind?: AclKind, columns: Iterable<{ acl?: Acl }> = []): void {
  if (owner) o.owner = owner;
  else delete o.owner;
  if (!kind) return;
  const role = owner ?? migrationRole(cat);
  if (o.acl?.some((e) => e.grantee === role)) setAcl({ kind, obj: o, name: o.name }, mergeIntoOwner(o.acl, kind, role));
  for (const c of columns) if (c.acl?.some((e) => e.grantee === role)) setAcl({ kind: 'column', obj: c }, mergeIntoOwner(c.acl, 'column', role));
}

/** ALTER TABLE / SEQUENCE / VIEW … OWNER TO when it is the only subcommand; true when handled. */
export function alterRelationOwner(ctx: ApplyContext, s: AlterTableStmt): boolean {
  const cmds = (s.cmds ?? []).map((n) => (n as { AlterTableCmd: AlterTableCmd }).AlterTableCmd);
  if (!cmds.length || cmds.some((c) => c.subtype !== 'AT_ChangeOwner')) return false;
  const owner = ownerName(ctx.cat, cmds[cmds.length - 1]!.newowner);
  const cat = ctx.cat;
  const q = qualifiedFromRangeVar(s.relation!);
  const t = resolveTable(cat, q);
  if (t) {
    setOwner(cat, t, owner, 'table', t.columns.values());
    // owned sequences (serial, identity) follow their table
    for (const seq of cat.sequences.values()) if (seq.ownedBy?.schema === t.schema && seq.ownedBy.table === t.name) setOwner(cat, seq, owner, 'sequence');
    return true;
  }
  const seq = resolveSequence(cat, q.schema, q.name);
  const view = (q.schema ? [q.schema] : cat.searchPath).map((sc) => cat.views.get(`${sc}.${truncateIdent(q.name)}`)).find(Boolean);
  if (seq) setOwner(cat, seq, owner, 'sequence');
  else if (view) setOwner(cat, view, owner, 'table');
  else if (!s.missing_ok) fail(ctx, 'missing-object', `relation "${q.name}" does not exist`);
  return true;
}

export function alterOwner(ctx: ApplyContext, s: AlterOwnerStmt): void {
  const cat = ctx.cat;
  const owner = ownerName(cat, s.newowner);
  const obj = s.object as Node;
  const named = () => {
    const tn = (obj as { TypeName?: { names?: Node[] } }).TypeName;
    return qualifiedFromList(tn ? strings(tn.names) : strings(listItems(obj)));
  };
  let target: { owner?: string } | undefined;
  let kind: AclKind | undefined;
  switch (s.objectType) {
    case 'OBJECT_SCHEMA':
      target = cat.schemas.get(truncateIdent(strings([obj])[0] ?? ''));
      kind = 'schema';
      break;
    case 'OBJECT_TYPE':
    case 'OBJECT_DOMAIN': {
      const q = named();
      target = findUserType(cat, q.schema, q.name)?.type;
      kind = 'type';
      if (!target && isOutsideType(cat, q)) return warnOutside(ctx, `ALTER TYPE ${q.name} OWNER TO: shell and base types are not modelled; the owner is not tracked`);
      if (!target) return fail(ctx, 'missing-object', `type "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
      break;
    }
    case 'OBJECT_COLLATION': {
      const q = named();
      target = resolveCollation(cat, q.schema, q.name);
      if (!target) return fail(ctx, 'missing-object', `collation "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
      break;
    }
    case 'OBJECT_PUBLICATION':
      target = cat.publications.get(truncateIdent(strings([obj])[0] ?? ''));
      break;
    case 'OBJECT_EVENT_TRIGGER':
      target = cat.eventTriggers.get(truncateIdent(strings([obj])[0] ?? ''));
      break;
    case 'OBJECT_TSDICTIONARY': {
      const q = named();
      target = resolveTsDictionary(cat, q.schema, q.name);
      break;
    }
    case 'OBJECT_TSCONFIGURATION': {
      const q = named();
      target = resolveTsConfig(cat, q.schema, q.name);
      break;
    }
    case 'OBJECT_FUNCTION':
    case 'OBJECT_PROCEDURE':
    case 'OBJECT_ROUTINE': {
      const kind = s.objectType === 'OBJECT_FUNCTION' ? 'function' : s.objectType === 'OBJECT_PROCEDURE' ? 'procedure' : 'routine';
      target = resolveFunction(ctx, (obj as { ObjectWithArgs: ObjectWithArgs }).ObjectWithArgs, kind);
      if (!target) return;
      break;
    }
    default:
      return; // databases, languages, servers, …: not schema objects pgshift tracks
  }
  if (!target) return fail(ctx, 'missing-object', `${String(s.objectType).replace('OBJECT_', '').toLowerCase()} does not exist`);
  setOwner(cat, target, owner, kind);
}

/** CREATE SCHEMA … AUTHORIZATION role. */
export function schemaAuthorization(cat: Catalog, name: string, r: RoleSpec | undefined): void {
  const sc = cat.schemas.get(name);
  if (sc && r) setOwner(cat, sc, ownerName(cat, r), 'schema');
}
