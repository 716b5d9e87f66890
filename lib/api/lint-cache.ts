/**
 * The lint results of a whole chain, cached for `pgshift check` in the project's replay cache
 * (lib/chain/cache.ts): keyed by every revision's path, id and text, the pgshift build and the lint
 * settings, so an unchanged chain is not linted again, and any change lints it again in full.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readChain } from '../chain/read.js';
import { prefixKeys, readEntry, writeEntry } from '../chain/cache-store.js';
import type { Config } from '../config/config.js';
import type { Revision } from '../chain/revision.js';
import type { LintRunResult } from '../lint/types.js';

export async function lintChainCached(o: { cwd: string; config: Config; chainDir: string; cacheDir: string; revisions?: readonly Revision[] }, run: () => Promise<LintRunResult>): Promise<LintRunResult> {
  // the chain as the caller read it (check did), else read here
  const revs = o.revisions ?? (existsSync(o.chainDir) ? readChain(o.chainDir).chain.revisions : []);
  if (!revs.length) return run();
  // every setting, so a new lint key is covered too; the baseline file by its text (it is replayed before revision 1)
  const baseline = o.config.baseline && existsSync(resolve(o.cwd, o.config.baseline)) ? readFileSync(resolve(o.cwd, o.config.baseline), 'utf8') : '';
  const settings = JSON.stringify([o.cwd, o.chainDir, { ...o.config, path: undefined }, baseline]);
  const key = prefixKeys(revs, `lint\0${settings}`).pop()!;
  const hit = readEntry<LintRunResult>(o.cacheDir, 'lint', key);
  if (hit && Array.isArray(hit.diagnostics) && Array.isArray(hit.files)) return hit;
  const r = await run();
  if (!r.usageErrors.length && !r.diagnostics.some((d) => d.code === 'syntax-error')) writeEntry(o.cacheDir, 'lint', key, r);
  return r;
}
