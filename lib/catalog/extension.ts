/** CREATE EXTENSION / ALTER EXTENSION … UPDATE. */
import type { CreateExtensionStmt } from '@pgsql/types';
import { type ApplyContext, fail, origin } from './context.js';
import { defArg, defElems } from './ast.js';

export function createExtension(ctx: ApplyContext, s: CreateExtensionStmt): void {
  const name = s.extname ?? '';
  if (ctx.cat.extensions.has(name)) {
    if (!s.if_not_exists && ctx.mode === 'replay') fail(ctx, 'duplicate-object', `extension ${name} already exists`);
    return;
  }
  let schema: string | undefined;
  let version: string | undefined;
  for (const d of defElems(s.options)) {
    if (d.defname === 'schema') schema = String(defArg(d));
    if (d.defname === 'new_version') version = String(defArg(d));
  }
  ctx.cat.extensions.set(name, { name, schema, version, origin: origin(ctx) });
}
