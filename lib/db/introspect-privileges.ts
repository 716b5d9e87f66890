/**
 * Introspected privileges → GRANT / REVOKE, as pg_dump writes them: for each object whose ACL is not
 * PostgreSQL's default (relacl, attacl, proacl, nspacl, typacl), what it lacks of the default
 * (the owner's privileges, PUBLIC's EXECUTE on functions and USAGE on types and on schema public) is
 * revoked, then what it holds beyond it is granted; default privileges (pg_default_acl) the same
 * way with ALTER DEFAULT PRIVILEGES, database-wide entries relative to the built-in defaults and
 * per-schema ones relative to nothing. The pulled schema has no OWNER TO, so objects belong to the
 * role running the migrations: the owner's entries name CURRENT_USER (pg_database_owner for schema
 * public), which is how the catalogue keys them (lib/catalog/query/acl.ts `OWNER`).
 * Grantors are not kept (the catalogue has none).
 */
import { ident, qualified, role } from '../source/quote.js';
import type { DdlStatement, IntrospectRows } from './introspect-rows.js';

type Row = Record<string, any>;
interface Entry {
  grantee: string;
  privilege: string;
  grantable: boolean;
}
/** Privilege → grantable, per grantee. */
type Held = Map<string, Map<string, boolean>>;

const OBJECTS: Record<string, string> = { r: 'TABLES', S: 'SEQUENCES', f: 'FUNCTIONS', T: 'TYPES', n: 'SCHEMAS' };

function held(entries: Entry[]): Held {
  const m: Held = new Map();
  for (const e of entries) {
    const g = m.get(e.grantee) ?? new Map<string, boolean>();
    g.set(e.privilege, e.grantable);
    m.set(e.grantee, g);
  }
  return m;
}

/** PostgreSQL's default ACL of an object of `kind` owned by `owner` as the catalogue models it. */
function defaults(kind: string, name: string, owner: string, all: string[]): Held {
  const m: Held = new Map([[owner, new Map(all.map((p) => [p, false]))]]);
  const pub = kind === 'function' || kind === 'procedure' ? 'EXECUTE' : kind === 'type' || kind === 'domain' || (kind === 'schema' && name === 'public') ? 'USAGE' : undefined;
  if (pub) m.set('public', new Map([[pub, false]]));
  return m;
}

interface AclTarget {
  /** The privileges ALL stands for on this server. */
  all: string[];
  grant(privileges: string, grantee: string, option: boolean): string;
  revoke(privileges: string, grantee: string): string;
  /** The grantee as written. */
  name(grantee: string): string;
}

/** The REVOKEs and GRANTs that turn `base` into `actual`: missing privileges revoked first, then the others granted. */
function aclSql(t: AclTarget, base: Held, actual: Held): string[] {
  const out: string[] = [];
  const grantees = [...new Set([...base.keys(), ...actual.keys()])];
  for (const g of grantees) {
    const want = actual.get(g) ?? new Map<string, boolean>();
    const had = base.get(g) ?? new Map<string, boolean>();
    const missing = [...had.keys()].filter((p) => !want.has(p));
    if (missing.length) {
      // nothing left, or a privilege of PUBLIC's default: REVOKE ALL (pg_dump's form); else each one missing
      const all = want.size === 0 || missing.length === had.size;
      out.push(t.revoke(all ? 'ALL' : missing.join(', '), t.name(g)));
    }
    const start = missing.length && (want.size === 0 || missing.length === had.size) ? new Map<string, boolean>() : had;
    for (const option of [false, true]) {
      const add = [...want].filter(([p, go]) => go === option && (start.get(p) === undefined || (go && !start.get(p)))).map(([p]) => p);
      if (!add.length) continue;
      const every = t.all.length > 1 && t.all.every((p) => want.get(p) === option) && add.length === t.all.length;
      out.push(t.grant(every ? 'ALL' : add.join(', '), t.name(g), option));
    }
  }
  return out;
}

const grantSql = (on: string) => (privileges: string, grantee: string, option: boolean) => `GRANT ${privileges} ON ${on} TO ${grantee}${option ? ' WITH GRANT OPTION' : ''};`;
const revokeSql = (on: string) => (privileges: string, grantee: string) => `REVOKE ${privileges} ON ${on} FROM ${grantee};`;

export function privilegeDdl(rows: IntrospectRows): DdlStatement[] {
  const out: DdlStatement[] = [];
  for (const o of rows['privileges'] ?? []) {
    const name = qualified(o.schema, o.name);
    const owner = o.owner as string;
    const ownerName = owner === 'pg_database_owner' ? role(owner) : 'CURRENT_USER';
    const who = (g: string) => (g === owner ? ownerName : role(g));
    const all = (o.all as string[] | null) ?? [];
    const entries = held((o.entries as Entry[] | null) ?? []);
    let on: string;
    let object = `${o.schema}.${o.name}`;
    switch (o.kind as string) {
      case 'table': on = `TABLE ${name}`; break;
      case 'sequence': on = `SEQUENCE ${name}`; break;
      case 'function': on = `FUNCTION ${name}(${o.args as string})`; break;
      case 'procedure': on = `PROCEDURE ${name}(${o.args as string})`; break;
      case 'schema': on = `SCHEMA ${ident(o.name)}`; object = o.name; break;
      case 'domain': on = `DOMAIN ${name}`; break;
      case 'type': on = `TYPE ${name}`; break;
      case 'column': {
        // column privileges: none by default; `PRIVILEGE (column)` per privilege
        const column = ident(o.column);
        const t: AclTarget = {
          all: [],
          grant: (p, g, option) => `GRANT ${p.split(', ').map((x) => `${x} (${column})`).join(', ')} ON TABLE ${name} TO ${g}${option ? ' WITH GRANT OPTION' : ''};`,
          revoke: (p, g) => `REVOKE ${p} (${column}) ON TABLE ${name} FROM ${g};`,
          name: who,
        };
        for (const sql of aclSql(t, new Map(), entries)) out.push({ schema: o.schema, kind: 'privilege', object, sql });
        continue;
      }
      default: continue;
    }
    const base = defaults(o.kind, o.name, owner, all);
    for (const sql of aclSql({ all, grant: grantSql(on), revoke: revokeSql(on), name: who }, base, entries)) {
      out.push({ schema: o.schema, kind: 'privilege', object, sql });
    }
  }
  return out;
}

/**
 * ALTER DEFAULT PRIVILEGES, after every object (in bind they apply to objects written after them);
 * FOR ROLE unless the entry is the pulling role's, which the catalogue keys as the migration role.
 */
export function defaultPrivilegeDdl(rows: IntrospectRows): DdlStatement[] {
  const out: DdlStatement[] = [];
  for (const d of rows['defaultPrivileges'] ?? []) {
    const objects = OBJECTS[d.objects as string];
    if (!objects) continue;
    const owner = d.role as string;
    const prefix = `ALTER DEFAULT PRIVILEGES${d.isCurrentUser ? '' : ` FOR ROLE ${role(owner)}`}${d.schema ? ` IN SCHEMA ${ident(d.schema)}` : ''}`;
    const all = (d.all as string[] | null) ?? [];
    const kind = { TABLES: 'table', SEQUENCES: 'sequence', FUNCTIONS: 'function', TYPES: 'type', SCHEMAS: 'schema' }[objects]!;
    const base: Held = d.schema ? new Map() : defaults(kind, '', owner, all);
    const t: AclTarget = {
      all,
      grant: (p, g, option) => `${prefix} GRANT ${p} ON ${objects} TO ${g}${option ? ' WITH GRANT OPTION' : ''};`,
      revoke: (p, g) => `${prefix} REVOKE ${p} ON ${objects} FROM ${g};`,
      name: (g) => (g === owner ? (d.isCurrentUser ? 'CURRENT_USER' : role(owner)) : role(g)),
    };
    for (const sql of aclSql(t, base, held((d.entries as Entry[] | null) ?? []))) out.push({ schema: d.schema ?? '', kind: 'default_privileges', object: d.schema ?? '', sql });
  }
  return out;
}
