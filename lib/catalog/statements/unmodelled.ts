/**
 * Relations that a statement pgshift does not model would have created (CREATE TABLE … AS, a typed
 * table, CREATE SCHEMA's embedded elements). That statement is already an error; a later statement
 * on such a relation is not applied and says why (a warning pointing at it) rather than reporting the
 * relation missing, so one unmodelled statement is reported once.
 */
import type { Catalog, Origin } from '../model/catalog.js';
import { type ApplyContext, creationSchema, fail, origin } from './context.js';
import { truncateIdent } from '../query/names.js';

const created = new WeakMap<Catalog, Map<string, Origin>>();

/** Record a relation the current (unmodelled) statement creates in PostgreSQL. */
export function unmodelledRelation(ctx: ApplyContext, schema: string | undefined, name: string): void {
  let m = created.get(ctx.cat);
  if (!m) created.set(ctx.cat, (m = new Map()));
  m.set(`${creationSchema(ctx, schema)}.${truncateIdent(name)}`, origin(ctx));
}

/** A relation named by a statement is not in the catalogue: missing, or made by an unmodelled statement. */
export function missingRelation(ctx: ApplyContext, q: { schema?: string; name: string }, message: string): void {
  const m = created.get(ctx.cat);
  const at = m && (q.schema ? [q.schema] : ctx.cat.searchPath).map((s) => m.get(`${truncateIdent(s)}.${truncateIdent(q.name)}`)).find(Boolean);
  if (!at) return fail(ctx, 'missing-object', message);
  ctx.diags.push({
    code: 'unmodelled-statement', severity: 'warning', file: ctx.stmt.file.path, span: ctx.stmt.span,
    message: `relation "${q.schema ? `${q.schema}.` : ''}${q.name}" comes from a statement pgshift does not model; this statement is not applied`,
    related: [{ message: 'the relation is created here', file: at.file, span: at.span }],
  });
}
