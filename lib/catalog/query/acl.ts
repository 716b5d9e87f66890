/**
 * ACL arithmetic shared by GRANT / REVOKE, ALTER DEFAULT PRIVILEGES and the diff. An ACL is a
 * sorted list of (grantee, privilege, grantable), as PostgreSQL stores it: the owner's privileges
 * are entries of the grantee `OWNER` (whoever owns the object: ALTER … OWNER TO hands them on), which
 * start as ALL (acldefault) and change only when a GRANT or REVOKE names the owner.
 * `ALL` on a table is kept as one privilege, as written: what it expands to differs across server
 * versions (MAINTAIN since PostgreSQL 17); on other objects it is spelled out (stableAll). Revoking part of ALL records an exception `-PRIVILEGE` next to it,
 * rendered as GRANT ALL then REVOKE PRIVILEGE, so it means the same on every version.
 */
import type { Acl, AclEntry } from '../model/catalog.js';

export type AclKind = 'table' | 'column' | 'sequence' | 'function' | 'schema' | 'type';

/** What ALL means per kind (PostgreSQL 15). */
export const ALL_PRIVILEGES: Record<AclKind, string[]> = {
  table: ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'],
  column: ['SELECT', 'INSERT', 'UPDATE', 'REFERENCES'],
  sequence: ['USAGE', 'SELECT', 'UPDATE'],
  function: ['EXECUTE'],
  schema: ['USAGE', 'CREATE'],
  type: ['USAGE'],
};

/**
 * What an ACL grants on server version `pgVersion`, spelled out (ALL expanded, MAINTAIN in a table's ALL
 * from PostgreSQL 17, exceptions applied), as a comparable key: `ALL` minus SELECT and pg_dump's list of
 * the six other privileges grant the same on PostgreSQL 15.
 */
export function effectiveAclKey(acl: Acl, kind: AclKind, pgVersion: number): string {
  const all = kind === 'table' && pgVersion >= 17 ? [...ALL_PRIVILEGES.table, 'MAINTAIN'] : ALL_PRIVILEGES[kind];
  const held = new Map<string, Map<string, boolean>>();
  const of = (g: string) => held.get(g) ?? held.set(g, new Map()).get(g)!;
  for (const e of acl) {
    if (e.privilege.startsWith('-')) continue;
    for (const p of e.privilege === 'ALL' ? all : [e.privilege]) of(e.grantee).set(p, (of(e.grantee).get(p) ?? false) || e.grantable);
  }
  for (const e of acl) if (e.privilege.startsWith('-')) held.get(e.grantee)?.delete(e.privilege.slice(1));
  return JSON.stringify([...held].filter(([, m]) => m.size).map(([g, m]) => [g, [...m].sort()]).sort());
}

/** The grantee that stands for the object's owner (no role can be named ''). */
export const OWNER = '';

/**
 * PostgreSQL's default ACL of a new object (acldefault): every privilege for the owner (columns have
 * none of their own), EXECUTE on functions and USAGE on types for PUBLIC, USAGE on schema public.
 */
export function defaultAcl(kind: AclKind, name?: string): Acl {
  if (kind === 'column') return [];
  const owner: AclEntry = { grantee: OWNER, privilege: 'ALL', grantable: false };
  if (kind === 'function') return [owner, { grantee: 'public', privilege: 'EXECUTE', grantable: false }];
  if (kind === 'type') return [owner, { grantee: 'public', privilege: 'USAGE', grantable: false }];
  if (kind === 'schema' && name === 'public') return [owner, { grantee: 'public', privilege: 'USAGE', grantable: false }];
  return [owner];
}

/**
 * ALTER … OWNER TO `role`: the entries `role` held as a grantee join the owner's (PostgreSQL's
 * aclnewowner merges them); the owner's entries stay the owner's.
 */
export function mergeIntoOwner(acl: Acl, kind: AclKind, role: string): Acl {
  let out = acl.filter((e) => e.grantee !== role);
  const mine = acl.filter((e) => e.grantee === role);
  for (const e of mine) if (!e.privilege.startsWith('-')) out = grantAcl(out, kind, [OWNER], [e.privilege], e.grantable);
  // what ALL of `role` lacked stays lacking unless the owner held it
  for (const e of mine) {
    const p = e.privilege.slice(1);
    if (e.privilege.startsWith('-') && !holds(acl, OWNER, p)) out = revokeAcl(out, kind, [OWNER], [p], false);
  }
  return sortAcl(out);
}

/** Does `grantee` hold `privilege` (written, or through ALL without an exception)? */
export function holds(acl: Acl, grantee: string, privilege: string): boolean {
  const own = acl.filter((e) => e.grantee === grantee);
  return own.some((e) => e.privilege === privilege) || (own.some((e) => e.privilege === 'ALL') && !own.some((e) => e.privilege === `-${privilege}`));
}

export function sortAcl(acl: Acl): Acl {
  return [...acl].sort((a, b) => (a.grantee < b.grantee ? -1 : a.grantee > b.grantee ? 1 : a.privilege < b.privilege ? -1 : a.privilege > b.privilege ? 1 : 0));
}

export function aclKey(acl: Acl): string {
  return JSON.stringify(sortAcl(acl));
}

/** A privilege list as written: ALL is a single privilege; the others upper case. */
export function privilegeNames(names: string[]): string[] {
  return names.length === 0 ? ['ALL'] : names.map((n) => (n === 'all' ? 'ALL' : n.toUpperCase()));
}

/**
 * ALL spelled out where it means the same on every version (functions, types, schemas, sequences,
 * columns): pg_dump prints `GRANT ALL ON FUNCTION` for a function granted EXECUTE.
 */
function stableAll(kind: AclKind, privileges: string[]): string[] {
  return kind === 'table' ? privileges : privileges.flatMap((p) => (p === 'ALL' ? ALL_PRIVILEGES[kind] : [p]));
}

/** GRANT privileges TO grantees [WITH GRANT OPTION] on an ACL. */
export function grantAcl(acl: Acl, kind: AclKind, grantees: string[], privileges: string[], grantable: boolean): Acl {
  privileges = stableAll(kind, privileges);
  let out = [...acl];
  for (const g of grantees) {
    for (const p of privileges) {
      const all = out.find((e) => e.grantee === g && e.privilege === 'ALL');
      if (p === 'ALL') {
        // ALL replaces the individual privileges it covers, except those holding a grant option ALL lacks
        out = out.filter((e) => e.grantee !== g || (!grantable && e.grantable && e.privilege !== 'ALL'));
        out.push({ grantee: g, privilege: 'ALL', grantable: grantable || !!all?.grantable });
        continue;
      }
      if (all) out = out.filter((e) => !(e.grantee === g && e.privilege === `-${p}`)); // no longer an exception of ALL
      if (all && (all.grantable || !grantable)) continue; // already covered
      const have = out.find((e) => e.grantee === g && e.privilege === p);
      if (have) have.grantable = have.grantable || grantable;
      else out.push({ grantee: g, privilege: p, grantable });
    }
  }
  return sortAcl(out.map((e) => ({ ...e })));
}

/** REVOKE [GRANT OPTION FOR] privileges FROM grantees on an ACL. */
export function revokeAcl(acl: Acl, kind: AclKind, grantees: string[], privileges: string[], grantOptionOnly: boolean): Acl {
  privileges = stableAll(kind, privileges);
  let out = acl.map((e) => ({ ...e }));
  for (const g of grantees) {
    for (const p of privileges) {
      if (p === 'ALL') {
        if (grantOptionOnly) for (const e of out) { if (e.grantee === g) e.grantable = false; }
        else out = out.filter((e) => e.grantee !== g);
        continue;
      }
      const all = out.find((e) => e.grantee === g && e.privilege === 'ALL');
      if (all && !grantOptionOnly) {
        // part of ALL: an exception
        out = out.filter((e) => !(e.grantee === g && e.privilege === p));
        if (!out.some((e) => e.grantee === g && e.privilege === `-${p}`)) out.push({ grantee: g, privilege: `-${p}`, grantable: false });
        continue;
      }
      if (all && all.grantable) {
        // the grant option of part of ALL: spell ALL out (as PostgreSQL 15 defines it), then revoke from it
        out = out.filter((e) => e !== all && !(e.grantee === g && e.privilege.startsWith('-')));
        for (const q of ALL_PRIVILEGES[kind]) {
          if (!out.some((e) => e.grantee === g && e.privilege === q) && !acl.some((e) => e.grantee === g && e.privilege === `-${q}`)) out.push({ grantee: g, privilege: q, grantable: true });
        }
      }
      const have = out.find((e) => e.grantee === g && e.privilege === p);
      if (!have) continue;
      if (grantOptionOnly) have.grantable = false;
      else out = out.filter((e) => e !== have);
    }
  }
  return sortAcl(out);
}

export interface AclChanges {
  revoke: AclEntry[];
  revokeGrantOption: AclEntry[];
  grant: AclEntry[];
  /** Exceptions of ALL: revoked after ALL is granted. */
  revokeAfter: AclEntry[];
}

/** Differences between two ACLs: what to revoke (privileges, grant options) and grant, per grantee. */
export function aclChanges(a: Acl, b: Acl): AclChanges {
  const key = (e: AclEntry) => `${e.grantee}\u0000${e.privilege}`;
  const am = new Map(a.map((e) => [key(e), e]));
  const bm = new Map(b.map((e) => [key(e), e]));
  const hasAll = (m: Map<string, AclEntry>, g: string) => m.has(`${g}\u0000ALL`);
  const out: AclChanges = { revoke: [], revokeGrantOption: [], grant: [], revokeAfter: [] };
  for (const [k, e] of am) {
    const f = bm.get(k);
    if (e.privilege.startsWith('-')) {
      // an exception that no longer holds: grant the privilege back when ALL stays
      if (!f && hasAll(bm, e.grantee) && !bm.has(`${e.grantee}\u0000${e.privilege.slice(1)}`)) out.grant.push({ ...e, privilege: e.privilege.slice(1) });
    } else if (!f) {
      // a privilege that ALL still covers (without an exception) loses its grant option only
      const all = e.privilege !== 'ALL' ? bm.get(`${e.grantee}\u0000ALL`) : undefined;
      if (!all || bm.has(`${e.grantee}\u0000-${e.privilege}`)) out.revoke.push(e);
      else if (e.grantable && !all.grantable) out.revokeGrantOption.push({ ...e, grantable: false });
    } else if (e.grantable && !f.grantable) out.revokeGrantOption.push(f);
  }
  for (const [k, f] of bm) {
    const e = am.get(k);
    if (f.privilege.startsWith('-')) {
      if (!e) out.revokeAfter.push({ ...f, privilege: f.privilege.slice(1) });
    } else if (!e || (!e.grantable && f.grantable)) out.grant.push(f);
  }
  return out;
}
