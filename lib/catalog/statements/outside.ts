/**
 * Objects the catalogue does not model, and statements about them that PostgreSQL (and pg_dump) accept:
 * shell and base types (COMMENT ON TYPE, ALTER TYPE … OWNER TO, GRANT on them), foreign tables (CREATE FOREIGN TABLE is a warning, so is every later statement naming one: ALTER
 * FOREIGN TABLE, pg_dump's `ALTER COLUMN … OPTIONS`, COMMENT ON COLUMN, GRANT), and built-in objects of
 * pg_catalog / information_schema (GRANT / REVOKE on them, which pg_dump prints). A warning says what
 * pgshift leaves out; never an error for a statement PostgreSQL runs.
 */
import type { CreateForeignTableStmt } from '@pgsql/types';
import type { Catalog } from '../model/catalog.js';
import type { ApplyContext } from './context.js';
import { qualifiedFromRangeVar } from '../../parse/ast.js';
import { truncateIdent } from '../query/names.js';

/** Types PostgreSQL has and the catalogue does not model: shell types (`CREATE TYPE t;`) and base types, as `schema.name`. */
const types = new WeakMap<Catalog, Set<string>>();

/** CREATE TYPE t; (a shell, which pg_dump prints and comments on) or CREATE TYPE t (INPUT = …): remembered, not modelled. */
export function noteOutsideType(cat: Catalog, q: { schema?: string; name: string }): void {
  let set = types.get(cat);
  if (!set) types.set(cat, (set = new Set()));
  set.add(`${q.schema ?? cat.searchPath[0] ?? 'public'}.${truncateIdent(q.name)}`);
}

/** Does `[schema.]name` name a shell or base type created earlier (through the search path)? */
export function isOutsideType(cat: Catalog, q: { schema?: string; name: string }): boolean {
  const set = types.get(cat);
  const name = truncateIdent(q.name);
  return !!set && (q.schema ? [q.schema] : cat.searchPath).some((s) => set.has(`${s}.${name}`));
}

/** Foreign tables created so far, as `schema.name`, per catalogue (not part of the model: nothing compares them). */
const foreign = new WeakMap<Catalog, Set<string>>();

export function warnOutside(ctx: ApplyContext, message: string): void {
  ctx.diags.push({ code: 'unmodelled-statement', severity: 'warning', message, file: ctx.stmt.file.path, span: ctx.stmt.span });
}

/** CREATE FOREIGN TABLE: not modelled (a warning), its name remembered so later statements about it are warnings too. */
export function createForeignTable(ctx: ApplyContext, s: CreateForeignTableStmt): void {
  const rel = s.base?.relation;
  if (rel) {
    const q = qualifiedFromRangeVar(rel);
    let set = foreign.get(ctx.cat);
    if (!set) foreign.set(ctx.cat, (set = new Set()));
    set.add(`${q.schema ?? ctx.cat.searchPath[0] ?? 'public'}.${truncateIdent(q.name)}`);
  }
  warnOutside(ctx, 'CREATE FOREIGN TABLE is not modelled by the catalogue; foreign tables are not tracked');
}

/** Does `[schema.]name` name a foreign table created earlier (through the search path)? */
export function isForeignTable(cat: Catalog, q: { schema?: string; name: string }): boolean {
  const set = foreign.get(cat);
  if (!set) return false;
  const name = truncateIdent(q.name);
  return (q.schema ? [q.schema] : cat.searchPath).some((s) => set.has(`${s}.${name}`));
}

/**
 * A name of pg_catalog or information_schema: qualified so (pg_dump's form), or unqualified with the
 * `pg_` prefix PostgreSQL keeps for its own objects (pg_catalog is searched first).
 */
export function isBuiltinName(q: { schema?: string; name: string }): boolean {
  if (q.schema) return q.schema === 'pg_catalog' || q.schema === 'information_schema';
  return q.name.startsWith('pg_');
}
