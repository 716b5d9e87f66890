/**
 * `drift`: a live database against what it should be — the chain at the revision the database
 * records (the head when it records none) and the declarative schema/ — as SQL that would
 * reconcile each difference.
 */
import { existsSync } from 'node:fs';
import type { Diagnostic } from '../source/diagnostic.js';
import { hasErrors } from '../source/diagnostic.js';
import { introspectCatalog } from '../db/introspect.js';
import type { ProjectSettings } from '../config/project.js';
import { compareCatalogs, type SchemaDifference } from './compare.js';
import { loadChain, loadSchema } from './load.js';
import { chainState } from '../online/plan.js';
import { OnlineFailure } from '../online/session.js';
import { type OnlineResult, type RunOptions, withSession } from '../online/migrate.js';

export interface DriftComparison {
  /** What the database was compared with, e.g. `the chain at 20261125093000` or `schema/`. */
  against: string;
  differences: SchemaDifference[];
}

export interface DriftResult extends OnlineResult {
  comparisons: DriftComparison[];
  /** Revisions the database has not applied yet (differences against schema/ include them). */
  pending: string[];
}

export async function drift(p: ProjectSettings, opts: RunOptions & { schemaDir?: string } = {}): Promise<DriftResult> {
  const comparisons: DriftComparison[] = [];
  let pending: string[] = [];
  const warnings: Diagnostic[] = [];
  const r = await withSession(p, { ...opts, lock: false, createVersionTable: false }, async (s) => {
    const live = await introspectCatalog(s.db, { defaultSchema: p.defaultSchema, versionTable: p.versionTable });
    warnings.push(...live.diagnostics.filter((d) => d.severity !== 'info'));
    const state = chainState(s.chain, s.applied);
    pending = state.pending.map((x) => x.id);
    if (s.chain.revisions.length) {
      const at = state.current ?? s.chain.revisions[s.chain.revisions.length - 1]!;
      const chain = await loadChain(s.chain.dir, { defaultSchema: p.defaultSchema, migrationRole: p.migrationRole, upTo: at.id, baseline: p.baseline });
      if (hasErrors(chain.diagnostics)) throw new OnlineFailure('input', chain.diagnostics.filter((d) => d.severity === 'error'));
      const label = state.current ? `the chain at ${at.id} (the revision the database records)` : `the chain head ${at.id} (the database records no revision)`;
      comparisons.push({ against: label, differences: compareCatalogs(live.catalog, chain.catalog) });
    }
    const schemaDir = opts.schemaDir ?? p.schemaDir;
    if (existsSync(schemaDir)) {
      const schema = await loadSchema(schemaDir, { defaultSchema: p.defaultSchema, migrationRole: p.migrationRole });
      if (hasErrors(schema.diagnostics)) throw new OnlineFailure('input', schema.diagnostics.filter((d) => d.severity === 'error'));
      comparisons.push({ against: schemaDir, differences: compareCatalogs(live.catalog, schema.catalog) });
    }
  });
  return { ...r, diagnostics: [...warnings, ...r.diagnostics], comparisons, pending };
}
