/** CREATE SCHEMA. */
import type { CreateSchemaStmt } from '@pgsql/types';
import { type ApplyContext, fail, origin } from './context.js';
import { unmodelledRelation } from './unmodelled.js';
import { truncateIdent } from '../query/names.js';
import { schemaAuthorization } from './owner.js';

export function createSchema(ctx: ApplyContext, s: CreateSchemaStmt): void {
  const name = truncateIdent(s.schemaname ?? s.authrole?.rolename ?? '');
  if (ctx.cat.schemas.has(name)) {
    if (!s.if_not_exists && ctx.mode === 'replay' && name !== 'public') fail(ctx, 'duplicate-object', `schema ${name} already exists`);
    return;
  }
  ctx.cat.schemas.set(name, { name, origin: origin(ctx) });
  schemaAuthorization(ctx.cat, name, s.authrole);
  if (!s.schemaElts?.length) return;
  fail(ctx, 'unmodelled-statement', 'CREATE SCHEMA with embedded elements is not modelled; write them as separate statements');
  // the tables and views it creates (in the new schema when unqualified)
  for (const el of s.schemaElts as Record<string, any>[]) {
    const rel = el.CreateStmt?.relation ?? el.ViewStmt?.view ?? el.CreateTableAsStmt?.into?.rel;
    if (rel?.relname) unmodelledRelation(ctx, rel.schemaname ?? name, rel.relname);
  }
}
