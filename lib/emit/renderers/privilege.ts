/** GRANT / REVOKE, ALTER DEFAULT PRIVILEGES, OWNER TO. One statement per grantee and grant option. */
import type { ChangeOf } from '../../diff/change.js';
import type { PrivilegeTarget } from '../../diff/change-objects.js';
import type { AclEntry, DefaultPrivilegeObjects } from '../../catalog/model/catalog.js';
import { typeSql } from '../ddl.js';
import { ident, qualified, role } from '../../source/quote.js';

export function targetSql(t: PrivilegeTarget): string {
  switch (t.kind) {
    case 'table': return `TABLE ${qualified(t.schema, t.name)}`;
    case 'column': return `TABLE ${qualified(t.schema, t.table)}`;
    case 'sequence': return `SEQUENCE ${qualified(t.schema, t.name)}`;
    case 'type': return `TYPE ${qualified(t.schema, t.name)}`;
    case 'schema': return `SCHEMA ${ident(t.name)}`;
    case 'function':
    case 'procedure':
      return `${t.kind.toUpperCase()} ${qualified(t.schema, t.name)}(${t.args.map((a) => typeSql({ ...a, mods: [] })).join(', ')})`;
  }
}

const privilegeSql = (p: string, t?: PrivilegeTarget) => `${p === 'ALL' ? 'ALL' : p}${t?.kind === 'column' ? ` (${ident(t.column)})` : ''}`;

/** Entries grouped by grantee and grant option, in a stable order. */
function groups(entries: AclEntry[]): { grantee: string; grantable: boolean; privileges: string[] }[] {
  const out = new Map<string, { grantee: string; grantable: boolean; privileges: string[] }>();
  for (const e of entries) {
    const k = `${e.grantee}\u0000${e.grantable}`;
    const g = out.get(k) ?? { grantee: e.grantee, grantable: e.grantable, privileges: [] };
    g.privileges.push(e.privilege);
    out.set(k, g);
  }
  return [...out.values()];
}

export const grant = (c: ChangeOf<'grant'>) =>
  groups(c.entries).map((g) => `GRANT ${g.privileges.map((p) => privilegeSql(p, c.target)).join(', ')} ON ${targetSql(c.target)} TO ${role(g.grantee)}${g.grantable ? ' WITH GRANT OPTION' : ''}`);

export const revoke = (c: ChangeOf<'revoke'>) =>
  groups(c.entries.map((e) => ({ ...e, grantable: false }))).map(
    (g) => `REVOKE ${c.grantOptionOnly ? 'GRANT OPTION FOR ' : ''}${g.privileges.map((p) => privilegeSql(p, c.target)).join(', ')} ON ${targetSql(c.target)} FROM ${role(g.grantee)}`,
  );

const OBJECTS: Record<DefaultPrivilegeObjects, string> = { tables: 'TABLES', sequences: 'SEQUENCES', functions: 'FUNCTIONS', types: 'TYPES', schemas: 'SCHEMAS' };

export const alterDefaultPrivileges = (c: ChangeOf<'alter_default_privileges'>) => {
  const e = c.entry;
  const head = `ALTER DEFAULT PRIVILEGES${e.role ? ` FOR ROLE ${role(e.role)}` : ''}${e.schema ? ` IN SCHEMA ${ident(e.schema)}` : ''}`;
  const entries = c.grant ? c.entries : c.entries.map((x) => ({ ...x, grantable: false }));
  return groups(entries).map((g) => {
    const privs = g.privileges.join(', ');
    return c.grant
      ? `${head} GRANT ${privs} ON ${OBJECTS[e.objects]} TO ${role(g.grantee)}${g.grantable ? ' WITH GRANT OPTION' : ''}`
      : `${head} REVOKE ${c.grantOptionOnly ? 'GRANT OPTION FOR ' : ''}${privs} ON ${OBJECTS[e.objects]} FROM ${role(g.grantee)}`;
  });
};

export const setOwner = (c: ChangeOf<'set_owner'>) => {
  const t = c.target;
  const what = t.kind === 'table' ? `TABLE ${qualified(t.schema, t.name)}` : targetSql(t);
  return [`ALTER ${what} OWNER TO ${role(c.owner)}`];
};
