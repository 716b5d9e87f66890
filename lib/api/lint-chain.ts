/**
 * Linting a project's chain for `pgshift check`: all revisions through the lint cache, or those
 * changed since a git ref. The linter itself (lint.ts: parser, engine, rules) is loaded only when the
 * cache cannot answer.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readChain } from '../chain/read.js';
import type { Revision } from '../chain/revision.js';
import type { Config } from '../config/config.js';
import { changedSince } from '../lint/git.js';
import type { LintRunResult } from '../lint/types.js';
import type { ParsedFile } from '../parse/parse.js';
import { lintChainCached } from './lint-cache.js';

/**
 * Lint the project chain's revisions for `pgshift check`: every revision, or with `since` only those whose
 * up.sql changed since that git ref (the earlier ones still build the catalogue).
 */
export async function lintChainRevisions(o: { cwd: string; config: Config; since?: string; chain?: string; cacheDir?: string; revisions?: readonly Revision[]; prepared?: readonly ParsedFile[] }): Promise<LintRunResult> {
  const chainDir = resolve(o.cwd, o.chain ?? o.config.outDir);
  if (!o.since) {
    const all = async () => (await import('./lint.js')).runLint({ cwd: o.cwd, paths: [], chain: chainDir, config: o.config, prepared: o.prepared });
    return o.cacheDir ? lintChainCached({ cwd: o.cwd, config: o.config, chainDir, cacheDir: o.cacheDir, revisions: o.revisions }, all) : all();
  }
  const changed = changedSince(o.cwd, o.since);
  if (changed.diagnostics.length) return { diagnostics: [], files: [], usageErrors: changed.diagnostics };
  const revs = existsSync(chainDir) ? readChain(chainDir).chain.revisions : [];
  const paths = revs.map((r) => resolve(r.up.path)).filter((p) => changed.paths.has(p));
  if (paths.length === 0) return { diagnostics: [], files: [], usageErrors: [] };
  return (await import('./lint.js')).runLint({ cwd: o.cwd, paths, chain: chainDir, config: o.config, prepared: o.prepared });
}
