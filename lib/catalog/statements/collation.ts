/**
 * Collations: CREATE COLLATION (provider, locale, lc_collate/lc_ctype, deterministic, rules, FROM), and
 * THE normalisation of a collation name written in COLLATE clauses: a user collation resolves through
 * the search path to `schema.name`; anything else is a builtin one, kept bare (`C`, `POSIX`,
 * `und-x-icu`), or `pg_catalog.name` when the name itself contains a dot (`en_US.utf8`), so that the
 * stored text always splits at its first dot into schema and name.
 */
import type { DefineStmt, Node } from '@pgsql/types';
import type { Catalog, Collation } from '../model/catalog.js';
import { type ApplyContext, creationSchema, fail, origin } from './context.js';
import { defElems, listItems, qualifiedFromList, strings } from '../../parse/ast.js';
import { truncateIdent } from '../query/names.js';

/** The stored form of a collation named by `parts` (as parsed: `["pg_catalog", "C"]`, `["mine"]`). */
export function collationName(cat: Catalog, parts: string[]): string {
  const q = qualifiedFromList(parts.map(truncateIdent));
  if (q.schema && q.schema !== 'pg_catalog') return `${q.schema}.${q.name}`;
  if (!q.schema) {
    const user = resolveCollation(cat, undefined, q.name);
    if (user) return `${user.schema}.${user.name}`;
  }
  return q.name.includes('.') ? `pg_catalog.${q.name}` : q.name;
}

/** The collation of a COLLATE clause node list, normalised. */
export function collationFromNames(cat: Catalog, names: readonly Node[] | undefined): string | undefined {
  const parts = strings(names);
  return parts.length ? collationName(cat, parts) : undefined;
}

/** Split a stored collation name into schema (if any) and name, at the first dot. */
export function splitCollation(stored: string): { schema?: string; name: string } {
  const i = stored.indexOf('.');
  return i < 0 ? { name: stored } : { schema: stored.slice(0, i), name: stored.slice(i + 1) };
}

export function resolveCollation(cat: Catalog, schema: string | undefined, name: string): Collation | undefined {
  const n = truncateIdent(name);
  if (schema) return cat.collations.get(`${truncateIdent(schema)}.${n}`);
  for (const s of cat.searchPath) {
    const hit = cat.collations.get(`${s}.${n}`);
    if (hit) return hit;
  }
  return undefined;
}

function text(n: Node | undefined): string | undefined {
  if (!n) return undefined;
  const o = n as Record<string, any>;
  if (o.String) return o.String.sval ?? '';
  if (o.TypeName) return strings(o.TypeName.names).join('.');
  if (o.Boolean) return o.Boolean.boolval ? 'true' : 'false';
  if (o.Integer) return String(o.Integer.ival ?? 0);
  return undefined;
}

/** CREATE COLLATION name (options) | FROM existing. */
export function createCollation(ctx: ApplyContext, s: DefineStmt): void {
  const q = qualifiedFromList(strings(s.defnames));
  const schema = creationSchema(ctx, q.schema);
  const name = truncateIdent(q.name);
  const k = `${schema}.${name}`;
  if (ctx.cat.collations.has(k)) {
    if (!s.if_not_exists) fail(ctx, 'duplicate-object', `collation "${name}" already exists`);
    return;
  }
  const c: Collation = { schema, name, provider: 'libc', deterministic: true, origin: origin(ctx) };
  let locale: string | undefined;
  for (const d of defElems(s.definition)) {
    const v = d.defname === 'from' ? collationName(ctx.cat, strings(listItems(d.arg!))) : text(d.arg);
    switch (d.defname) {
      case 'from': c.from = v; break;
      case 'provider': c.provider = (v ?? 'libc').toLowerCase(); break;
      case 'locale': locale = v; break;
      case 'lc_collate': c.lcCollate = v; break;
      case 'lc_ctype': c.lcCtype = v; break;
      case 'deterministic': c.deterministic = !/^(false|off|no|0)$/i.test(v ?? 'true'); break;
      case 'rules': c.rules = v; break;
      case 'version': break; // recorded by the server, not part of the definition
      default: fail(ctx, 'invalid-definition', `collation attribute "${d.defname}" not recognized`);
    }
  }
  if (locale !== undefined) {
    // LOCALE sets both libc categories; ICU and builtin providers take the locale itself
    if (c.provider === 'libc') {
      c.lcCollate ??= locale;
      c.lcCtype ??= locale;
    } else c.locale = locale;
  }
  if (c.from !== undefined && !copyFrom(ctx, c, c.from)) return;
  ctx.cat.collations.set(k, c);
}

/**
 * CREATE COLLATION x FROM y copies y's properties (pg_collation row), which is all pg_dump prints: a
 * user collation's, or a built-in one's as PostgreSQL defines it (`C` and `POSIX`: libc of that locale;
 * `ucs_basic`: libc `C`, the builtin provider's `C` from PostgreSQL 17; `<locale>-x-icu`: ICU of that
 * locale; another name: a libc collation of the operating system, named by its locale). `default`
 * cannot be copied. A source left unresolved (pg_c_utf8 …) compares by its name. False after an error.
 */
function copyFrom(ctx: ApplyContext, c: Collation, from: string): boolean {
  const src = splitCollation(from);
  const user = src.schema && src.schema !== 'pg_catalog' ? ctx.cat.collations.get(from) : undefined;
  // FROM stays for CREATE (a copy keeps the source's encoding, -1 for C and POSIX, where the expanded form
  // takes the database's); the copied properties are what compares
  const set = (props: Partial<Collation>) => {
    Object.assign(c, props);
    return true;
  };
  const unresolved = () => {
    c.fromUnresolved = true;
    return true;
  };
  if (user) {
    const { provider, locale, lcCollate, lcCtype, deterministic, rules } = user;
    return set({ provider, deterministic, ...(locale !== undefined ? { locale } : {}), ...(lcCollate !== undefined ? { lcCollate, lcCtype } : {}), ...(rules !== undefined ? { rules } : {}) });
  }
  if (src.schema && src.schema !== 'pg_catalog') return unresolved(); // an unknown user collation
  const name = src.name;
  if (name === 'default') {
    fail(ctx, 'invalid-definition', 'collation "default" cannot be copied');
    return false;
  }
  if (name === 'C' || name === 'POSIX') return set({ provider: 'libc', lcCollate: name, lcCtype: name });
  if (name === 'ucs_basic') return ctx.pgVersion >= 17 ? set({ provider: 'builtin', locale: 'C' }) : set({ provider: 'libc', lcCollate: 'C', lcCtype: 'C' });
  if (name.endsWith('-x-icu')) return set({ provider: 'icu', locale: name.slice(0, -'-x-icu'.length) });
  if (name.startsWith('pg_')) return unresolved(); // pg_c_utf8, pg_unicode_fast: builtin provider, compared as written
  return set({ provider: 'libc', lcCollate: name, lcCtype: name });
}

