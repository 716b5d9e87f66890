/** CREATE SCHEMA. */
import type { CreateSchemaStmt } from '@pgsql/types';
import { type ApplyContext, fail, origin } from './context.js';
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
  if (s.schemaElts?.length) fail(ctx, 'unmodelled-statement', 'CREATE SCHEMA with embedded elements is not modelled; write them as separate statements');
}
