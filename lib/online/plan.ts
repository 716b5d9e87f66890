/**
 * What an online command would do: which revisions are applied, pending, changed or unknown,
 * and which revisions a target (`head`, `+N`, `-N`, `base`, a revision id) selects.
 */
import type { Diagnostic } from '../source/diagnostic.js';
import type { Chain, Revision } from '../chain/revision.js';
import { upChecksum } from '../chain/sum.js';
import type { AppliedRevision } from './version-table.js';
import { OnlineFailure } from './session.js';

export interface ChainState {
  /** Chain revisions recorded in the version table, in chain order. */
  applied: Revision[];
  /** Chain revisions not recorded, in chain order. */
  pending: Revision[];
  /** Applied revisions whose up file no longer has the recorded checksum. */
  changed: { revision: Revision; recorded: string; current: string }[];
  /** Version-table rows naming revisions the chain does not have. */
  unknown: AppliedRevision[];
  /** The last applied revision in chain order, if any. */
  current?: Revision;
}

export function chainState(chain: Chain, rows: AppliedRevision[]): ChainState {
  const byId = new Map(rows.map((r) => [r.revision, r]));
  const ids = new Set(chain.revisions.map((r) => r.id));
  const applied = chain.revisions.filter((r) => byId.has(r.id));
  const changed = applied
    .map((revision) => ({ revision, recorded: byId.get(revision.id)!.checksum, current: upChecksum(revision.up.text) }))
    .filter((c) => c.recorded !== c.current);
  return {
    applied,
    pending: chain.revisions.filter((r) => !byId.has(r.id)),
    changed,
    unknown: rows.filter((r) => !ids.has(r.revision)),
    current: applied[applied.length - 1],
  };
}

/** A revision by id, id prefix (unique), or `<id>_<name>` folder name. */
export function findRevision(chain: Chain, ref: string): Revision {
  const exact = chain.revisions.find((r) => r.id === ref || `${r.id}_${r.name}` === ref);
  if (exact) return exact;
  const prefixed = chain.revisions.filter((r) => r.id.startsWith(ref));
  if (prefixed.length === 1) return prefixed[0]!;
  const message = prefixed.length
    ? `revision ${ref} is ambiguous: ${prefixed.map((r) => r.id).join(', ')}`
    : `no revision ${ref} in ${chain.dir}`;
  throw new OnlineFailure('input', [{ code: 'unknown-revision', severity: 'error', message }]);
}

function badTarget(message: string): OnlineFailure {
  return new OnlineFailure('input', [{ code: 'bad-target', severity: 'error', message }]);
}

/** Revisions to apply, in order, for `upgrade TARGET` (`head`, `+N`, or a revision id). */
export function upgradeSteps(chain: Chain, state: ChainState, target = 'head'): Revision[] {
  if (target === 'head') return state.pending;
  const plus = /^\+(\d+)$/.exec(target);
  if (plus) return state.pending.slice(0, Number(plus[1]));
  const rev = findRevision(chain, target);
  const at = chain.revisions.indexOf(rev);
  return state.pending.filter((r) => chain.revisions.indexOf(r) <= at);
}

/** Revisions to revert, newest first, for `downgrade TARGET` (`-N`, `base`, or the revision to end at). */
export function downgradeSteps(chain: Chain, state: ChainState, target = '-1'): Revision[] {
  const newestFirst = [...state.applied].reverse();
  if (target === 'base') return newestFirst;
  const minus = /^-(\d+)$/.exec(target);
  if (minus) return newestFirst.slice(0, Number(minus[1]));
  if (/^\+\d+$/.test(target)) throw badTarget(`downgrade takes -N, base or a revision, not ${target}`);
  const rev = findRevision(chain, target);
  const at = chain.revisions.indexOf(rev);
  return newestFirst.filter((r) => chain.revisions.indexOf(r) > at);
}

/** Refusals shared by upgrade and downgrade: rows for revisions the chain lacks; changed files. */
export function stateProblems(state: ChainState, opts: { allowChanged?: boolean }): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const u of state.unknown) {
    out.push({
      code: 'unknown-applied-revision',
      severity: 'error',
      message: `the database records revision ${u.revision} (applied ${u.appliedAt}) but the chain has no such revision`,
      help: 'Is this the right project and database? If the revision was removed on purpose, delete its row from the version table.',
    });
  }
  if (!opts.allowChanged) {
    for (const c of state.changed) {
      out.push({
        code: 'changed-revision',
        severity: 'error',
        message: `revision ${c.revision.id} was changed after it was applied: the database recorded checksum ${c.recorded}, ${c.revision.up.path} now has ${c.current}`,
        file: c.revision.up.path,
        help: 'Revert the edit and put the change in a new revision, or pass --allow-changed to accept the file as it is now (its new checksum is recorded).',
      });
    }
  }
  return out;
}
