/**
 * Scratch databases for tests (lib/db/scratch.ts, shared with the conformance benchmark), and the
 * convergence check built on them.
 */
import { ScriptError, runScript, withScratchDb } from '../../lib/db/scratch.js';
import type { DbClient } from '../../lib/db/client.js';
import { diffSnapshots, snapshotSchema } from '../../lib/db/snapshot.js';

export { withScratchDb };

// --- convergence -------------------------------------------------------------

export interface ConvergenceCase {
  from: string;
  to: string;
  up: string;
  down: string;
  /** Run first in both databases (extensions the schemas need, …). */
  setup?: string;
}

export interface ConvergenceResult {
  /** from + up against to. */
  upDiffs: string[];
  /** from + up + down against from. */
  downDiffs: string[];
  /** Which script failed, where, and why; the diffs of the steps not reached are empty. */
  loadError?: string;
}

/** Proves a migration pair: from + up equals to, and from + up + down equals from again. */
export async function convergence(c: ConvergenceCase): Promise<ConvergenceResult> {
  const result: ConvergenceResult = { upDiffs: [], downDiffs: [] };
  try {
    const to = await withScratchDb(async (db) => {
      await load(db, 'setup', c.setup ?? '');
      await load(db, 'to.sql', c.to);
      return snapshotSchema(db);
    });
    await withScratchDb(async (db) => {
      await load(db, 'setup', c.setup ?? '');
      await load(db, 'from.sql', c.from);
      const from = await snapshotSchema(db);
      await load(db, 'up.sql', c.up);
      result.upDiffs = diffSnapshots(await snapshotSchema(db), to, ['from+up', 'to']);
      await load(db, 'down.sql', c.down);
      result.downDiffs = diffSnapshots(await snapshotSchema(db), from, ['from+up+down', 'from']);
    });
  } catch (e) {
    if (!(e instanceof ScriptError)) throw e;
    result.loadError = e.message;
  }
  return result;
}

/** Runs a script statement by statement; a failure names the script, the position and the SQLSTATE. */
export function load(db: DbClient, label: string, script: string): Promise<void> {
  return runScript(db, label, script);
}
