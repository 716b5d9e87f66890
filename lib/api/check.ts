/** check: the CI gate — chain integrity, one head, replayable, and no pending changes between schema/ and the head. */
import type { Diagnostic } from '../source/diagnostic.js';
import { hasErrors } from '../source/diagnostic.js';
import { heads } from '../chain/graph.js';
import { verifySum } from '../chain/sum.js';
import { migrationBetween } from './diff.js';
import { loadTarget } from './baseline.js';
import { diffCatalogs } from '../diff/diff.js';
import { loadChain, loadSchema } from './load.js';
import type { ProjectSettings } from '../config/project.js';
import type { Chain } from '../chain/revision.js';

export interface CheckResult {
  diagnostics: Diagnostic[];
  revisions: number;
  pending: number;
  /** The chain as read (for linting its revisions without reading it again). */
  chain?: Chain;
}

export async function check(p: ProjectSettings): Promise<CheckResult> {
  const head = await loadChain(p.outDir, { defaultSchema: p.defaultSchema, baseline: p.baseline, cacheDir: p.cacheDir });
  const diagnostics = [...head.diagnostics];
  const chain = head.chain!;
  diagnostics.push(...verifySum(chain));
  const hs = heads(chain.revisions);
  if (hs.length > 1) diagnostics.push({ code: 'chain-branch', severity: 'error', message: `the chain has ${hs.length} heads: ${hs.map((h) => h.up.path).join(', ')}` });
  const target = await loadTarget(p);
  diagnostics.push(...target.diagnostics);
  let pending = 0;
  if (!hasErrors(diagnostics)) {
    // the emitted statements are counted only when there are changes (emit is not even loaded otherwise)
    const found = diffCatalogs(head.catalog, target.catalog, { manageOwnership: p.migration.manageOwnership });
    if (found.changes.length) {
      const { migrationBetween } = await import('./diff.js');
      pending = migrationBetween(head.catalog, target.catalog, { ...p.migration, locks: false, selfLint: false }, found).up.length;
    }
    if (pending) diagnostics.push({ code: 'pending-changes', severity: 'error', message: `${p.schemaDir} differs from the chain head by ${pending} statement(s)`, help: 'Run `pgshift generate -m "…"` and commit the new revision.' });
  }
  return { diagnostics, revisions: chain.revisions.length, pending, chain };
}
