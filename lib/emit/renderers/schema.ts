/** Schemas and extensions. */
import type { ChangeOf } from '../../diff/change.js';
import { ident, literal } from '../../source/quote.js';
import { commentOnly } from '../comment-only.js';
import { isExtensionDowngrade } from '../../plan/extension-version.js';

export const createSchema = (c: ChangeOf<'create_schema'>) => [`CREATE SCHEMA ${ident(c.schema.name)}`];
export const dropSchema = (c: ChangeOf<'drop_schema'>) => [`DROP SCHEMA ${ident(c.schema.name)}`];

export const createExtension = (c: ChangeOf<'create_extension'>) => {
  const e = c.extension;
  let s = `CREATE EXTENSION IF NOT EXISTS ${ident(e.name)}`;
  if (e.schema) s += ` WITH SCHEMA ${ident(e.schema)}`;
  if (e.version) s += ` VERSION ${literal(e.version)}`;
  return [s];
};
export const dropExtension = (c: ChangeOf<'drop_extension'>) => [`DROP EXTENSION ${ident(c.extension.name)}`];
export const alterExtensionVersion = (c: ChangeOf<'alter_extension_version'>) => {
  const sql = `ALTER EXTENSION ${ident(c.extension.name)} UPDATE TO ${literal(c.extension.version ?? '')}`;
  // an older version has no update path: printed for the reviewer, not run (the hazard says why)
  return [isExtensionDowngrade(c.from, c.extension.version) ? commentOnly(`not run: ${sql}`) : sql];
};
