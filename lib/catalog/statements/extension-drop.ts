/**
 * DROP EXTENSION [CASCADE]: the extension's types go with it, and with CASCADE so do the columns
 * of those types (and, through them, their indexes and views), as PostgreSQL drops them. The
 * catalogue does not model what an extension installs, so the types of the common contrib
 * extensions are listed here; columns of other extensions' types are not followed.
 */
import type { ApplyContext } from './context.js';
import { fail } from './context.js';
import { removeColumnOrTable } from './dependents.js';

/** Base types (and their arrays) created by contrib and well-known extensions. */
const EXTENSION_TYPES: Record<string, string[]> = {
  citext: ['citext'],
  hstore: ['hstore'],
  ltree: ['ltree', 'lquery', 'ltxtquery'],
  cube: ['cube'],
  seg: ['seg'],
  isn: ['ean13', 'isbn13', 'ismn13', 'issn13', 'isbn', 'ismn', 'issn', 'upc'],
  pg_trgm: ['gtrgm'],
  vector: ['vector', 'halfvec', 'sparsevec'],
  postgis: ['geometry', 'geography', 'box2d', 'box3d'],
};

export function dropExtension(ctx: ApplyContext, name: string, cascade: boolean, missingOk: boolean): void {
  const cat = ctx.cat;
  const ext = cat.extensions.get(name);
  if (!ext) {
    if (!missingOk) fail(ctx, 'missing-object', `extension "${name}" does not exist`);
    return;
  }
  const types = new Set(EXTENSION_TYPES[name] ?? []);
  const users = [...cat.tables.values()].flatMap((table) =>
    [...table.columns.values()].filter((c) => types.has(c.type.name) && (!c.type.schema || c.type.schema === (ext.schema ?? cat.searchPath[0]))).map((column) => ({ table, column })),
  );
  if (users.length && !cascade) {
    return fail(ctx, 'dependent-objects', `cannot drop extension ${name} because other objects depend on it: ${users.map((u) => `column ${u.column.name} of table ${u.table.name}`).join(', ')}`, 'Use DROP ... CASCADE to drop the dependent objects too.');
  }
  for (const u of users) removeColumnOrTable(cat, u.table, u.column);
  cat.extensions.delete(name);
}
