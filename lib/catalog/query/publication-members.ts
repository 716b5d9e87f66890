/**
 * Publication membership as other statements change it: PostgreSQL removes a dropped table (or
 * schema) from every publication silently, and a renamed or moved table stays a member.
 */
import type { Catalog } from '../model/catalog.js';

export function publicationTableDropped(cat: Catalog, t: { schema: string; name: string }): void {
  for (const p of cat.publications.values()) p.tables.delete(`${t.schema}.${t.name}`);
}

export function publicationTableMoved(cat: Catalog, from: { schema: string; name: string }, to: { schema: string; name: string }): void {
  for (const p of cat.publications.values()) {
    const m = p.tables.get(`${from.schema}.${from.name}`);
    if (!m) continue;
    p.tables.delete(`${from.schema}.${from.name}`);
    m.schema = to.schema;
    m.name = to.name;
    p.tables.set(`${to.schema}.${to.name}`, m);
  }
}

export function publicationSchemaDropped(cat: Catalog, schema: string): void {
  for (const p of cat.publications.values()) p.schemas = p.schemas.filter((s) => s !== schema);
}

export function publicationSchemaRenamed(cat: Catalog, old: string, now: string): void {
  for (const p of cat.publications.values()) if (p.schemas.includes(old)) p.schemas = p.schemas.map((s) => (s === old ? now : s)).sort();
}
