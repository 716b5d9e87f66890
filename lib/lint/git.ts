/** Files changed since a git ref (for `pgshift check --since REF`): committed, staged, unstaged and untracked. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Diagnostic } from '../source/diagnostic.js';

export function changedSince(cwd: string, ref: string): { paths: Set<string>; diagnostics: Diagnostic[] } {
  const git = (args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const root = git(['rev-parse', '--show-toplevel']).trim();
    const base = git(['merge-base', ref, 'HEAD']).trim();
    const names = [
      ...git(['diff', '--name-only', base]).split('\n'),
      ...git(['ls-files', '--others', '--exclude-standard']).split('\n').map((p) => (p ? resolve(cwd, p) : p)),
    ];
    return { paths: new Set(names.filter(Boolean).map((p) => resolve(root, p))), diagnostics: [] };
  } catch (e) {
    const msg = e instanceof Error ? (e as Error & { stderr?: string }).stderr?.trim() || e.message : String(e);
    return { paths: new Set(), diagnostics: [{ code: 'usage-error', severity: 'error', message: `--since ${ref}: ${msg.split('\n')[0]}` }] };
  }
}
