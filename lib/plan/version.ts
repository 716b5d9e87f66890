/**
 * Version targeting: features of the target schema that the targeted PostgreSQL major version
 * lacks are errors naming the object (the generated SQL would fail there).
 */
import type { Catalog } from '../catalog/model/catalog.js';
import type { Diagnostic } from '../source/diagnostic.js';

export const SUPPORTED_VERSIONS = [12, 13, 14, 15, 16, 17, 18];

interface Feature {
  since: number;
  what: string;
}

const NULLS_NOT_DISTINCT: Feature = { since: 15, what: 'NULLS NOT DISTINCT' };
/** PostgreSQL 15–17 reject `NOT ENFORCED` (and `ALTER CONSTRAINT … [NOT] ENFORCED`) with a syntax error. */
const NOT_ENFORCED: Feature = { since: 18, what: 'NOT ENFORCED' };
/** PostgreSQL 15–17 have only STORED generated columns (a bare `GENERATED ALWAYS AS (…)` is an error there; 18 makes it VIRTUAL). */
const VIRTUAL_GENERATED: Feature = { since: 18, what: 'a VIRTUAL generated column' };

export function versionDiagnostics(cat: Catalog, pgVersion: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!SUPPORTED_VERSIONS.includes(pgVersion)) {
    out.push({ code: 'unsupported-version', severity: 'error', message: `PostgreSQL ${pgVersion} is not a supported target (supported: ${SUPPORTED_VERSIONS.join(', ')})` });
    return out;
  }
  const need = (f: Feature, object: string, origin?: { file: string; span: { start: number; end: number } }) => {
    if (pgVersion < f.since) {
      out.push({ code: 'unsupported-feature', severity: 'error', message: `${object} uses ${f.what}, which PostgreSQL ${pgVersion} lacks (since ${f.since})`, file: origin?.file, span: origin?.span, help: `Target PostgreSQL ${f.since}+ with --pg-version / pgVersion, or change the definition.` });
    }
  };
  for (const t of cat.tables.values()) {
    for (const c of t.columns.values()) {
      if (c.virtual && !c.inherited) need(VIRTUAL_GENERATED, `column ${c.name} of ${t.schema}.${t.name}`, t.origin);
    }
    for (const c of t.constraints.values()) {
      if (c.kind === 'unique' && c.nullsNotDistinct) need(NULLS_NOT_DISTINCT, `constraint ${c.name} on ${t.schema}.${t.name}`, c.origin);
      if (c.enforced === false) need(NOT_ENFORCED, `constraint ${c.name} on ${t.schema}.${t.name}`, c.origin);
    }
  }
  for (const i of cat.indexes.values()) {
    if (!i.constraint && i.nullsNotDistinct) need(NULLS_NOT_DISTINCT, `index ${i.schema}.${i.name}`, i.origin);
  }
  return out;
}
