/** CREATE EXTENSION / ALTER EXTENSION … UPDATE. */
import type { AlterExtensionStmt, CreateExtensionStmt } from '@pgsql/types';
import { type ApplyContext, fail, origin } from './context.js';
import { defArg, defElems } from '../../parse/ast.js';

/**
 * PL/pgSQL is installed in every database (template1 has it, in pg_catalog): old pg_dumps write
 * `CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog` and its COMMENT, newer ones do not.
 * It is part of the database, like a builtin, not an extension the schema manages.
 */
export const BUILTIN_EXTENSION = 'plpgsql';

export function createExtension(ctx: ApplyContext, s: CreateExtensionStmt): void {
  const name = s.extname ?? '';
  if (name === BUILTIN_EXTENSION) return;
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

/** ALTER EXTENSION … UPDATE [TO version]: without TO, the default version (unknown offline) is installed. */
export function alterExtension(ctx: ApplyContext, s: AlterExtensionStmt): void {
  const e = ctx.cat.extensions.get(s.extname ?? '');
  if (!e) return fail(ctx, 'missing-object', `extension "${s.extname}" does not exist`);
  const to = defElems(s.options).find((d) => d.defname === 'new_version');
  if (to) e.version = String(defArg(to));
  else delete e.version;
}

/** ALTER EXTENSION … SET SCHEMA. */
export function setExtensionSchema(ctx: ApplyContext, name: string, schema: string): void {
  const e = ctx.cat.extensions.get(name);
  if (!e) return fail(ctx, 'missing-object', `extension "${name}" does not exist`);
  e.schema = schema;
}
