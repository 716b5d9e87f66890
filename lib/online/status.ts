/** Read-only online commands: `current`, `history`, `status`. They never create the version table. */
import type { Diagnostic } from '../source/diagnostic.js';
import type { ProjectSettings } from '../config/project.js';
import type { AppliedRevision } from './version-table.js';
import { chainState } from './plan.js';
import { type OnlineResult, type RunOptions, withSession } from './migrate.js';

export interface HistoryEntry {
  revision: string;
  name: string;
  parents: string[];
  /** Undefined when not applied. */
  applied?: AppliedRevision;
  /** The file changed since it was applied (checksum differs). */
  changed: boolean;
  /** A version-table row whose revision the chain does not have. */
  unknown?: true;
  current: boolean;
}

export interface StatusResult extends OnlineResult {
  pending: { revision: string; name: string }[];
  applied: number;
  history: HistoryEntry[];
}

/** current, history and status in one read: the chain against the version table. */
export async function status(p: ProjectSettings, opts: RunOptions = {}): Promise<StatusResult> {
  let pending: StatusResult['pending'] = [];
  let history: HistoryEntry[] = [];
  let applied = 0;
  const warnings: Diagnostic[] = [];
  const r = await withSession(p, { ...opts, lock: false, createVersionTable: false }, async (s) => {
    const state = chainState(s.chain, s.applied);
    const rows = new Map(s.applied.map((a) => [a.revision, a]));
    const changed = new Set(state.changed.map((c) => c.revision.id));
    pending = state.pending.map((x) => ({ revision: x.id, name: x.name }));
    applied = state.applied.length;
    history = s.chain.revisions.map((rev) => {
      const e: HistoryEntry = { revision: rev.id, name: rev.name, parents: rev.parents, changed: changed.has(rev.id), current: rev === state.current };
      const row = rows.get(rev.id);
      if (row) e.applied = row;
      return e;
    });
    for (const u of state.unknown) history.push({ revision: u.revision, name: '(not in the chain)', parents: u.parent ? [u.parent] : [], applied: u, changed: false, unknown: true, current: false });
    for (const c of state.changed) {
      warnings.push({ code: 'changed-revision', severity: 'warning', message: `revision ${c.revision.id} was changed after it was applied (recorded checksum ${c.recorded}, file ${c.current})`, file: c.revision.up.path });
    }
    for (const u of state.unknown) warnings.push({ code: 'unknown-applied-revision', severity: 'warning', message: `the database records revision ${u.revision}, which the chain does not have` });
  });
  return { ...r, diagnostics: [...warnings, ...r.diagnostics], pending, applied, history };
}
