/**
 * `reset` (development only): revert every applied revision with its down script (backing up
 * rows first unless told not to), then apply the chain again up to its head. Refuses a
 * database that is neither embedded nor on this machine unless `force`.
 */
import type { DbTarget } from '../db/url.js';
import type { ProjectSettings } from '../config/project.js';
import { chainState, downgradeSteps, stateProblems } from '../online/plan.js';
import { OnlineFailure, resolveTarget } from '../online/session.js';
import { type OnlineResult, type RunOptions, runSteps, withSession } from '../online/migrate.js';

export interface ResetOptions extends RunOptions {
  /** Allow a database on another host. */
  force?: boolean;
  /** Back up rows of dropped tables and columns (default true). */
  backup?: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '']);

/** Embedded, a Unix socket, or a loopback host. */
export function isLocalTarget(t: DbTarget): boolean {
  if (t.kind === 'pglite') return true;
  const host = t.config.host ?? '';
  return host.startsWith('/') || LOCAL_HOSTS.has(host) || /^127\./.test(host);
}

export async function reset(p: ProjectSettings, opts: ResetOptions = {}): Promise<OnlineResult> {
  let target: DbTarget;
  try {
    target = resolveTarget(opts.url, p.cwd);
  } catch (e) {
    if (e instanceof OnlineFailure) return { diagnostics: e.diagnostics, failure: e.kind, steps: [] };
    throw e;
  }
  if (!opts.force && !isLocalTarget(target)) {
    return {
      diagnostics: [{ code: 'reset-refused', severity: 'error', message: `reset drops everything the chain created in ${target.display}, which is not a local or embedded database`, help: 'reset is for development databases; pass --force if this really is one.' }],
      failure: 'input',
      steps: [],
      database: target.display,
    };
  }
  return withSession(p, { ...opts, lock: true, createVersionTable: true, parse: ['down', 'up'] }, async (s, result) => {
    const state = chainState(s.chain, s.applied);
    const problems = stateProblems(state, { allowChanged: true });
    if (problems.length) throw new OnlineFailure('database', problems);
    await runSteps(p, s, downgradeSteps(s.chain, state, 'base'), 'down', { ...opts, backup: opts.backup ?? true }, result);
    await runSteps(p, s, s.chain.revisions, 'up', opts, result);
  });
}
