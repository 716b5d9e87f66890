/**
 * Object ownership: ALTER … OWNER TO and CREATE SCHEMA … AUTHORIZATION. Recorded always; diffed
 * only when the `manageOwnership` setting is on (an unset owner is the role running the migrations).
 */
import type { AlterOwnerStmt, AlterTableCmd, AlterTableStmt, Node, ObjectWithArgs, RoleSpec } from '@pgsql/types';
import type { Catalog } from '../model/catalog.js';
import { type ApplyContext, fail } from './context.js';
import { listItems, qualifiedFromList, qualifiedFromRangeVar, strings } from '../../parse/ast.js';
import { resolveCollation } from './collation.js';
import { resolveFunction } from './function.js';
import { truncateIdent } from '../query/names.js';
import { roleName } from './policy.js';
import { resolveSequence, resolveTable } from '../query/resolve.js';
import { findUserType } from './user-type.js';

/** An owner as stored: unset for the migration role itself. */
function ownerName(r: RoleSpec | undefined): string | undefined {
  const n = r ? roleName(r) : undefined;
  return n === 'current_user' || n === 'current_role' || n === 'session_user' ? undefined : n;
}

function setOwner(o: { owner?: string }, owner: string | undefined): void {
  if (owner) o.owner = owner;
  else delete o.owner;
}

/** ALTER TABLE / SEQUENCE / VIEW … OWNER TO when it is the only subcommand; true when handled. */
export function alterRelationOwner(ctx: ApplyContext, s: AlterTableStmt): boolean {
  const cmds = (s.cmds ?? []).map((n) => (n as { AlterTableCmd: AlterTableCmd }).AlterTableCmd);
  if (!cmds.length || cmds.some((c) => c.subtype !== 'AT_ChangeOwner')) return false;
  const owner = ownerName(cmds[cmds.length - 1]!.newowner);
  const cat = ctx.cat;
  const q = qualifiedFromRangeVar(s.relation!);
  const t = resolveTable(cat, q);
  if (t) {
    setOwner(t, owner);
    // owned sequences (serial, identity) follow their table
    for (const seq of cat.sequences.values()) if (seq.ownedBy?.schema === t.schema && seq.ownedBy.table === t.name) setOwner(seq, owner);
    return true;
  }
  const seq = resolveSequence(cat, q.schema, q.name);
  const view = (q.schema ? [q.schema] : cat.searchPath).map((sc) => cat.views.get(`${sc}.${truncateIdent(q.name)}`)).find(Boolean);
  const target = seq ?? view;
  if (target) setOwner(target, owner);
  else if (!s.missing_ok) fail(ctx, 'missing-object', `relation "${q.name}" does not exist`);
  return true;
}

export function alterOwner(ctx: ApplyContext, s: AlterOwnerStmt): void {
  const cat = ctx.cat;
  const owner = ownerName(s.newowner);
  const obj = s.object as Node;
  const named = () => {
    const tn = (obj as { TypeName?: { names?: Node[] } }).TypeName;
    return qualifiedFromList(tn ? strings(tn.names) : strings(listItems(obj)));
  };
  let target: { owner?: string } | undefined;
  switch (s.objectType) {
    case 'OBJECT_SCHEMA':
      target = cat.schemas.get(truncateIdent(strings([obj])[0] ?? ''));
      break;
    case 'OBJECT_TYPE':
    case 'OBJECT_DOMAIN': {
      const q = named();
      target = findUserType(cat, q.schema, q.name)?.type;
      break;
    }
    case 'OBJECT_COLLATION': {
      const q = named();
      target = resolveCollation(cat, q.schema, q.name);
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
  setOwner(target, owner);
}

/** CREATE SCHEMA … AUTHORIZATION role. */
export function schemaAuthorization(cat: Catalog, name: string, r: RoleSpec | undefined): void {
  const sc = cat.schemas.get(name);
  if (sc && r) setOwner(sc, ownerName(r));
}
