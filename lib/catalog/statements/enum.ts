/** Enum types: CREATE TYPE … AS ENUM, ALTER TYPE … ADD VALUE [BEFORE|AFTER] / RENAME VALUE. */
import type { AlterEnumStmt, CreateEnumStmt } from '@pgsql/types';
import { type ApplyContext, creationSchema, fail, origin } from './context.js';
import { qualifiedFromList, strings } from '../../parse/ast.js';
import { truncateIdent } from '../query/names.js';
import { resolveEnum } from '../query/resolve.js';

export function createEnum(ctx: ApplyContext, s: CreateEnumStmt): void {
  const q = qualifiedFromList(strings(s.typeName));
  const schema = creationSchema(ctx, q.schema);
  const name = truncateIdent(q.name);
  const k = `${schema}.${name}`;
  if (ctx.cat.enums.has(k)) return fail(ctx, 'duplicate-object', `type ${k} already exists`);
  ctx.cat.enums.set(k, { schema, name, values: strings(s.vals), origin: origin(ctx) });
}

export function alterEnum(ctx: ApplyContext, s: AlterEnumStmt): void {
  const q = qualifiedFromList(strings(s.typeName));
  const e = resolveEnum(ctx.cat, q.schema, q.name);
  if (!e) return fail(ctx, 'missing-object', `type ${q.schema ? q.schema + '.' : ''}${q.name} does not exist`);
  if (s.oldVal) {
    const i = e.values.indexOf(s.oldVal);
    if (i < 0) return fail(ctx, 'missing-object', `"${s.oldVal}" is not an existing enum label of ${e.name}`);
    e.values[i] = s.newVal ?? '';
    return;
  }
  const v = s.newVal ?? '';
  if (e.values.includes(v)) {
    if (!s.skipIfNewValExists) fail(ctx, 'duplicate-object', `enum label "${v}" already exists in ${e.name}`);
    return;
  }
  if (s.newValNeighbor) {
    const at = e.values.indexOf(s.newValNeighbor);
    if (at < 0) return fail(ctx, 'missing-object', `"${s.newValNeighbor}" is not an existing enum label of ${e.name}`);
    e.values.splice(s.newValIsAfter ? at + 1 : at, 0, v);
  } else {
    e.values.push(v);
  }
}
