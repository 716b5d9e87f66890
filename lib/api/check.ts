/** check: the CI gate — chain integrity, one head, replayable, and no pending changes between schema/ and the head. */
import type { Diagnostic } from '../source/diagnostic.js';
import { hasErrors } from '../source/diagnostic.js';
import { heads } from '../chain/graph.js';
import { verifySum } from '../chain/sum.js';
import { readProjectInputs, readSettled, writeSettled } from './settled.js';
import type { ProjectSettings } from '../config/project.js';
import type { Chain } from '../chain/revision.js';
import type { ParsedFile } from '../parse/parse.js';

export interface CheckResult {
  diagnostics: Diagnostic[];
  revisions: number;
  pending: number;
  /** The chain as read (for linting its revisions without reading it again). */
  chain?: Chain;
  /** The chain's files as parsed for the replay (for linting them without parsing them again); none when the cache had the replay. */
  parsed?: ParsedFile[];
}

/** The chain's integrity: pgshift.sum against the revisions' files, and a single head. */
function integrity(chain: Chain): Diagnostic[] {
  const out = verifySum(chain);
  const hs = heads(chain.revisions);
  if (hs.length > 1) out.push({ code: 'chain-branch', severity: 'error', message: `the chain has ${hs.length} heads: ${hs.map((h) => h.up.path).join(', ')}` });
  return out;
}

export async function check(p: ProjectSettings): Promise<CheckResult> {
  const inputs = readProjectInputs(p, 'check');
  const { chain, diagnostics: read } = inputs.chain;
  const intact = integrity(chain); // every run: pgshift.sum and down.sql are not part of the remembered comparison
  const settled = readSettled(p, inputs);
  if (settled) return { diagnostics: [...read, ...settled.before, ...intact, ...settled.after], revisions: chain.revisions.length, pending: 0, chain };
  // loading, binding and diffing (and their modules) only when the outcome is not remembered
  const [{ loadChain }, { loadTarget }, { diffCatalogs }] = await Promise.all([import('./load.js'), import('./baseline.js'), import('../diff/diff.js')]);
  const head = await loadChain(p.outDir, { defaultSchema: p.defaultSchema, migrationRole: p.migrationRole, baseline: p.baseline, cacheDir: p.cacheDir, read: inputs.chain, pgVersion: p.migration.pgVersion });
  const before = head.diagnostics.slice(read.length);
  const diagnostics = [...head.diagnostics, ...intact];
  const target = await loadTarget(p, inputs.schema);
  diagnostics.push(...target.diagnostics);
  let pending = 0;
  if (!hasErrors(diagnostics)) {
    // the emitted statements are counted only when there are changes (emit is not even loaded otherwise)
    const found = diffCatalogs(head.catalog, target.catalog, { manageOwnership: p.migration.manageOwnership, pgVersion: p.migration.pgVersion });
    if (found.changes.length) {
      const { migrationBetween } = await import('./diff.js');
      pending = migrationBetween(head.catalog, target.catalog, { ...p.migration, locks: false, selfLint: false }, found).up.length;
    }
    if (pending) diagnostics.push({ code: 'pending-changes', severity: 'error', message: `${p.schemaDir} differs from the chain head by ${pending} statement(s)`, help: 'Run `pgshift generate -m "…"` and commit the new revision.' });
    else writeSettled(p, inputs, { before, after: target.diagnostics });
  }
  return { diagnostics, revisions: chain.revisions.length, pending, chain, parsed: head.parsed };
}
