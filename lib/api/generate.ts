/** generate: chain head vs declarative schema → a new revision (nothing written when nothing changed or on error). */
import { join, relative } from 'node:path';
import { type Diagnostic, hasErrors } from '../source/diagnostic.js';
import { readProjectInputs, readSettled, writeSettled } from './settled.js';
import type { ProjectSettings } from '../config/project.js';
import type { EmittedStatement } from '../emit/emit.js';
import type { RevisionHeader } from '../emit/migration.js';
import { heads } from '../chain/graph.js';
import type { ParsedFile } from '../parse/parse.js';
import type { Catalog } from '../catalog/model/catalog.js';

export interface GenerateResult {
  diagnostics: Diagnostic[];
  /** Directory of the new revision; undefined when nothing changed or on error. */
  written?: string;
  /** The written up.sql parsed, from the trees of its statements (for its lint: runLint's `prepared`). */
  upParsed?: ParsedFile;
  /** The chain head's catalogue the revision starts from, which generate leaves as it was (for its lint: runLint's `context`). */
  head?: Catalog;
  up: EmittedStatement[];
  down: EmittedStatement[];
  header?: RevisionHeader;
}

export async function generate(p: ProjectSettings, opts: { message: string; now?: Date; failOnIrreversible?: boolean }): Promise<GenerateResult> {
  const inputs = readProjectInputs(p, 'generate');
  const settled = readSettled(p, inputs);
  if (settled) return { diagnostics: [...inputs.chain.diagnostics, ...settled.before, ...settled.after], up: [], down: [] };
  // loading, binding and diffing (and their modules) only when the outcome is not remembered
  const [{ loadChain }, { loadTarget }, { diffCatalogs }, { versionDiagnostics }] = await Promise.all([import('./load.js'), import('./baseline.js'), import('../diff/diff.js'), import('../plan/version.js')]);
  const head = await loadChain(p.outDir, { defaultSchema: p.defaultSchema, migrationRole: p.migrationRole, baseline: p.baseline, cacheDir: p.cacheDir, read: inputs.chain, pgVersion: p.migration.pgVersion });
  const target = await loadTarget(p, inputs.schema);
  const diagnostics = [...head.diagnostics, ...target.diagnostics];
  if (hasErrors(diagnostics)) return { diagnostics, up: [], down: [] };
  const revs = head.chain?.revisions ?? [];
  const hs = heads(revs);
  if (hs.length > 1) {
    diagnostics.push({ code: 'chain-branch', severity: 'error', message: `the chain has ${hs.length} heads (${hs.map((h) => h.up.path).join(', ')}); merge them before generating` });
    return { diagnostics, up: [], down: [] };
  }
  diagnostics.push(...versionDiagnostics(target.catalog, p.migration.pgVersion ?? 15));
  if (hasErrors(diagnostics)) return { diagnostics, up: [], down: [] };
  // nothing to write: planning, emitting and self-linting (and loading their modules) are skipped
  const found = diffCatalogs(head.catalog, target.catalog, { manageOwnership: p.migration.manageOwnership, pgVersion: p.migration.pgVersion });
  if (!found.changes.length) {
    diagnostics.push(...found.diagnostics);
    writeSettled(p, inputs, { before: [], after: diagnostics.slice(inputs.chain.diagnostics.length) });
    return { diagnostics, up: [], down: [] };
  }
  const [{ migrationBetween, migrationScript, migrationText }, { bodyOffset, migrationFile }, { revisionId, slugify, writeRevision }, { parseScript }] = await Promise.all([import('./diff.js'), import('../emit/migration.js'), import('../chain/write.js'), import('../emit/script-parse.js')]);
  // the target catalogue is used up; the head stays as it was (the revision's lint reads it)
  const m = migrationBetween(head.catalog, target.catalog, { ...p.migration, consume: true }, found);
  diagnostics.push(...m.diagnostics); // ambiguous rename hints, possible renames
  if (hasErrors(diagnostics)) return { diagnostics, up: [], down: [] };
  if (m.up.length === 0) return { diagnostics, up: [], down: [] };
  if (opts.failOnIrreversible) {
    for (const s of m.down) {
      for (const h of s.hazards) if (h.kind === 'irreversible') diagnostics.push({ code: 'irreversible', severity: 'error', message: `down migration: ${h.message}`, help: 'Drop --fail-on-irreversible to accept it; online downgrade backs the rows up first.' });
    }
    if (hasErrors(diagnostics)) return { diagnostics, up: m.up, down: m.down };
  }
  const now = opts.now ?? new Date();
  let id = revisionId(now);
  const last = revs[revs.length - 1]?.id;
  if (last && id <= last) id = String(BigInt(last) + 1n); // ids stay sortable even within one second
  const header: RevisionHeader = { id, parents: hs.map((h) => h.id), message: opts.message, created: now.toISOString() };
  const upScript = migrationScript(m.up, p.migration);
  const up = migrationFile(header, 'up', upScript.text);
  const down = migrationFile(header, 'down', migrationText(m.down, p.migration));
  const written = writeRevision(p.outDir, { id, slug: slugify(opts.message), up, down }, revs);
  const upParsed = parseScript({ path: join(written, 'up.sql'), text: up }, m.up, upScript.spans, bodyOffset(header, 'up'));
  return { diagnostics, written: relative(p.cwd, written) || written, upParsed, head: head.catalog, up: m.up, down: m.down, header };
}
