/**
 * ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] GRANT|REVOKE … ON TABLES|SEQUENCES|FUNCTIONS|TYPES|SCHEMAS,
 * and their effect: an object created afterwards by the migration role starts with those privileges.
 * Entries FOR ROLE another role are recorded (and diffed) but do not apply to objects the migrations create.
 * In bind, an entry applies to the objects written after it (file order), as when the files are run.
 */
import type { AlterDefaultPrivilegesStmt, GrantStmt, RoleSpec } from '@pgsql/types';
import type { Acl, Catalog, DefaultPrivilege, DefaultPrivilegeObjects } from '../model/catalog.js';
import { type ApplyContext, origin } from './context.js';
import { defElems, listItems, strings } from '../../parse/ast.js';
import { type AclKind, defaultAcl, grantAcl, privilegeNames, revokeAcl, sortAcl } from '../query/acl.js';
import { roleName } from './policy.js';
import { aclGrantees, migrationRole, namedRole, setAcl } from './privilege.js';
import { truncateIdent } from '../query/names.js';
import type { Statement } from '../../parse/parse.js';

const OBJECTS: Record<string, DefaultPrivilegeObjects> = {
  OBJECT_TABLE: 'tables', OBJECT_SEQUENCE: 'sequences', OBJECT_FUNCTION: 'functions', OBJECT_ROUTINE: 'functions',
  OBJECT_PROCEDURE: 'functions', OBJECT_TYPE: 'types', OBJECT_DOMAIN: 'types', OBJECT_SCHEMA: 'schemas',
};

export const KIND_OF: Record<DefaultPrivilegeObjects, AclKind> = { tables: 'table', sequences: 'sequence', functions: 'function', types: 'type', schemas: 'schema' };

export function defaultPrivilegeKey(role: string | undefined, schema: string | undefined, objects: DefaultPrivilegeObjects): string {
  return `${role ?? ''}|${schema ?? ''}|${objects}`;
}

/** The privileges an entry grants: database-wide entries start from PostgreSQL's built-in defaults, per-schema ones from nothing. */
export function defaultPrivilegeAcl(e: Pick<DefaultPrivilege, 'schema' | 'objects'> & { acl?: Acl }): Acl {
  return e.acl ?? (e.schema ? [] : defaultAcl(KIND_OF[e.objects]));
}

export function alterDefaultPrivileges(ctx: ApplyContext, s: AlterDefaultPrivilegesStmt): void {
  const a = s.action as GrantStmt;
  const objects = OBJECTS[a.objtype ?? ''];
  if (!objects) return;
  // without FOR ROLE: the current role (SET ROLE), else the role running the migrations (stored unset)
  const cat = ctx.cat;
  const stored = (r: string) => (r === migrationRole(cat) ? undefined : r);
  let roles: (string | undefined)[] = [currentRole(cat)];
  let schemas: (string | undefined)[] = [undefined];
  for (const d of defElems(s.options)) {
    const items = d.arg ? listItems(d.arg) : [];
    if (d.defname === 'roles') roles = items.map((n) => stored(namedRole(cat, roleName((n as { RoleSpec: RoleSpec }).RoleSpec))));
    if (d.defname === 'schemas') schemas = strings(items).map(truncateIdent);
  }
  const written = (a.grantees ?? []).map((n) => roleName((n as { RoleSpec: RoleSpec }).RoleSpec));
  const privileges = privilegeNames((a.privileges ?? []).map((n) => (n as { AccessPriv: { priv_name?: string } }).AccessPriv.priv_name ?? 'all'));
  const kind = KIND_OF[objects];
  for (const role of roles) {
    // the objects' owner is the entry's role: a grantee naming it is `OWNER`
    const grantees = aclGrantees(cat, written, role ?? migrationRole(cat));
    for (const schema of schemas) {
      const k = defaultPrivilegeKey(role, schema, objects);
      const existing = ctx.cat.defaultPrivileges.get(k);
      const base = defaultPrivilegeAcl({ schema, objects, acl: existing?.acl });
      const acl = a.is_grant ? grantAcl(base, kind, grantees, privileges, !!a.grant_option) : revokeAcl(base, kind, grantees, privileges, !!a.grant_option);
      if (JSON.stringify(sortAcl(acl)) === JSON.stringify(defaultPrivilegeAcl({ schema, objects }))) ctx.cat.defaultPrivileges.delete(k);
      else {
        const e: DefaultPrivilege = { objects, acl, origin: existing?.origin ?? origin(ctx) };
        if (role) e.role = role;
        if (schema) e.schema = schema;
        ctx.cat.defaultPrivileges.set(k, e);
      }
    }
  }
}

/** Maps whose new entries get default privileges, by the statement types that create them. */
const CREATED: Record<string, { map: (c: Catalog) => Map<string, { schema?: string; name: string; acl?: Acl; owner?: string }>; objects: DefaultPrivilegeObjects }[]> = {
  CreateStmt: [{ map: (c) => c.tables, objects: 'tables' }, { map: (c) => c.sequences, objects: 'sequences' }],
  CreateSeqStmt: [{ map: (c) => c.sequences, objects: 'sequences' }],
  AlterTableStmt: [{ map: (c) => c.sequences, objects: 'sequences' }],
  ViewStmt: [{ map: (c) => c.views, objects: 'tables' }],
  CreateTableAsStmt: [{ map: (c) => c.views, objects: 'tables' }],
  CreateFunctionStmt: [{ map: (c) => c.functions, objects: 'functions' }],
  CreateEnumStmt: [{ map: (c) => c.enums, objects: 'types' }],
  CreateDomainStmt: [{ map: (c) => c.domains, objects: 'types' }],
  CompositeTypeStmt: [{ map: (c) => c.composites, objects: 'types' }],
  CreateRangeStmt: [{ map: (c) => c.ranges, objects: 'types' }],
  CreateSchemaStmt: [{ map: (c) => c.schemas as Map<string, { name: string; acl?: Acl; owner?: string }>, objects: 'schemas' }],
};

/**
 * Sizes of the maps a statement may add to, taken before it runs; undefined when neither default
 * privileges nor a role SET ROLE made current can apply.
 */
export function beforeCreation(cat: Catalog, stmt: Statement): number[] | undefined {
  if (cat.defaultPrivileges.size === 0 && currentRole(cat) === undefined) return undefined;
  return CREATED[stmt.type]?.map((m) => m.map(cat).size);
}

/**
 * After a creating statement: the objects it added belong to the role SET ROLE made current (unless
 * the statement named an owner), and get the default privileges that apply to them.
 */
export function afterCreation(ctx: ApplyContext, sizes: number[]): void {
  const specs = CREATED[ctx.stmt.type] ?? [];
  const creator = currentRole(ctx.cat);
  specs.forEach((spec, i) => {
    const map = spec.map(ctx.cat);
    const added = [...map.values()].slice(sizes[i]) as { schema?: string; name: string; acl?: Acl; owner?: string; ownedBy?: { schema: string; table: string } }[];
    for (const obj of added) {
      // a serial column's sequence belongs to its table's owner (PostgreSQL sees to it on ALTER TABLE … ADD COLUMN too)
      const owner = obj.ownedBy ? ctx.cat.tables.get(`${obj.ownedBy.schema}.${obj.ownedBy.table}`)?.owner : creator;
      if (owner && obj.owner === undefined) obj.owner = owner;
      const schema = 'schema' in obj ? obj.schema : undefined;
      const acl = effectiveDefault(ctx, spec.objects, schema);
      if (acl) setAcl({ kind: KIND_OF[spec.objects], obj, name: obj.name }, acl);
    }
  });
}

/** The role SET ROLE made current as default privileges key it: unset for the role running the migrations. */
function currentRole(cat: Catalog): string | undefined {
  return cat.sessionRole === undefined || cat.sessionRole === migrationRole(cat) ? undefined : cat.sessionRole;
}

/** The ACL a new object gets from the default privileges in force, or undefined when none apply. */
function effectiveDefault(ctx: ApplyContext, objects: DefaultPrivilegeObjects, schema: string | undefined): Acl | undefined {
  return creationAcl(ctx.cat, objects, schema, currentRole(ctx.cat), (e) => ctx.mode === 'replay' || before(e, ctx));
}

/**
 * The ACL an object of `schema` created by `role` (unset: the migration role) starts with, from the
 * default privileges of `cat` (those `applies` accepts); undefined when none apply.
 */
export function creationAcl(cat: Catalog, objects: DefaultPrivilegeObjects, schema: string | undefined, role: string | undefined, applies: (e: DefaultPrivilege) => boolean = () => true): Acl | undefined {
  const get = (s: string | undefined) => {
    const e = cat.defaultPrivileges.get(defaultPrivilegeKey(role, s, objects));
    return e && applies(e) ? e : undefined;
  };
  const global = get(undefined);
  const local = schema && objects !== 'schemas' ? get(schema) : undefined;
  if (!global && !local) return undefined;
  let acl = global ? global.acl : defaultAcl(KIND_OF[objects]);
  for (const e of local?.acl ?? []) acl = grantAcl(acl, KIND_OF[objects], [e.grantee], [e.privilege], e.grantable);
  return acl;
}

/** Was the entry written before the statement (bind: file order, files sorted by path)? */
function before(e: DefaultPrivilege, ctx: ApplyContext): boolean {
  const o = e.origin;
  if (!o) return true;
  const f = ctx.stmt.file.path;
  return o.file < f || (o.file === f && o.span.start < ctx.stmt.span.start);
}

