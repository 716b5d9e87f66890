/**
 * Comparing a live schema (introspected) with an expected catalogue, as object-level
 * differences: each is a change kind, the object it concerns, and the SQL that would make the
 * live schema match (the same diff → plan → emit pipeline as `generate`).
 */
import type { Catalog } from '../catalog/model/catalog.js';
import type { Change } from '../diff/change.js';
import { migrationBetween } from './diff.js';

export interface SchemaDifference {
  /** The change kind, e.g. `add_column`: what the live schema would need to match. */
  kind: string;
  /** `schema.table.column`, `schema.index`, … */
  object: string;
  /** The statement that would reconcile it. */
  sql: string;
}

/** Differences from `live` to `expected` (empty when they match). */
export function compareCatalogs(live: Catalog, expected: Catalog): SchemaDifference[] {
  return migrationBetween(live, expected).up.map((s) => ({ kind: s.change.kind, object: changeObject(s.change), sql: s.sql }));
}

type Named = { schema?: string; name?: string; table?: string };

/** The object a change is about, read from whichever of its fields name one. */
export function changeObject(c: Change): string {
  const r = c as unknown as Record<string, unknown>;
  const named = (v: unknown): Named | undefined => (v && typeof v === 'object' ? (v as Named) : undefined);
  const q = (o: Named) => [o.schema, o.table, o.name].filter((x) => x !== undefined && x !== '').join('.');
  const table = named(r['table']);
  for (const field of ['column', 'constraint', 'policy', 'trigger']) {
    const o = named(r[field]);
    if (o?.name && table) return `${q(table)}.${o.name}`;
  }
  if (table) return q(table);
  const target = named(r['target']);
  if (target) return `${(target as { kind?: string }).kind ?? ''} ${q(target)}`.trim();
  for (const v of Object.values(r)) {
    const o = named(v);
    if (o?.name !== undefined) return q(o);
  }
  return c.kind;
}

/** One line per difference, for messages. */
export function formatDifferences(diffs: SchemaDifference[], max = 20): string[] {
  const lines = diffs.slice(0, max).map((d) => `${d.kind} ${d.object}: ${d.sql.replace(/\s+/g, ' ').trim()}`);
  if (diffs.length > max) lines.push(`… and ${diffs.length - max} more`);
  return lines;
}
