/**
 * Publication membership as other statements change it: PostgreSQL removes a dropped table (or
 * schema) from every publication silently, and a renamed or moved table stays a member.
 */
import type { Catalog, Publication, PublicationTable } from '../model/catalog.js';
import { referencedColumns } from './expr.js';

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

/** The columns a member depends on in PostgreSQL: its column list and the columns its row filter reads. */
export function memberColumns(m: PublicationTable): string[] {
  return [...new Set([...(m.columns ?? []), ...(m.where ? referencedColumns(m.where.node) : [])])];
}

/** Publications whose member `t` names the column in its column list or row filter (DROP COLUMN needs CASCADE, ALTER TYPE is refused). */
export function publicationsUsingColumn(cat: Catalog, t: { schema: string; name: string }, column: string): { publication: Publication; member: PublicationTable }[] {
  const out: { publication: Publication; member: PublicationTable }[] = [];
  for (const p of cat.publications.values()) {
    const m = p.tables.get(`${t.schema}.${t.name}`);
    if (m && memberColumns(m).includes(column)) out.push({ publication: p, member: m });
  }
  return out;
}
