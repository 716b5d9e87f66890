/**
 * Online mode: `upgrade` and `downgrade` a live database (a server, or the embedded PGlite by
 * default) along the chain. Each revision runs in its own transaction with its version-table
 * row; runners are serialised by an advisory lock; a failure leaves the version table at the
 * last good revision and is reported with file:line and PostgreSQL's error.
 */
import type { Diagnostic } from '../source/diagnostic.js';
import type { Revision } from '../chain/revision.js';
import type { Backup } from './backup.js';
import { runRevision, type Direction } from './runner.js';
import { appliedRevisions, updateChecksumSql, versionTableName } from './version-table.js';
import type { ProjectSettings } from '../config/project.js';
import { chainState, downgradeSteps, stateProblems, upgradeSteps } from './plan.js';
import { asFailure, type ConnectionOptions, type FailureKind, loadOnlineChain, OnlineFailure, openSession, parseRevisionFiles, type Session } from './session.js';
import { failureDiagnostic } from './failure.js';

export type ProgressEvent =
  | { kind: 'start'; direction: Direction; total: number }
  | { kind: 'revision'; direction: Direction; index: number; total: number; revision: string; name: string }
  | { kind: 'revision-done'; direction: Direction; index: number; total: number; revision: string; durationMs: number; backups: Backup[] }
  | { kind: 'done'; direction: Direction; total: number; durationMs: number };

export interface RunOptions extends ConnectionOptions {
  /** Chain folder (default: the project's out/). */
  chainDir?: string;
  onProgress?: (e: ProgressEvent) => void;
}

export interface StepResult {
  revision: string;
  name: string;
  direction: Direction;
  durationMs: number;
  backups: Backup[];
}

export interface OnlineResult {
  diagnostics: Diagnostic[];
  /** Set when the command failed: `input` (exit 2) or `database` (exit 1). */
  failure?: FailureKind;
  /** Revisions run, in order. */
  steps: StepResult[];
  /** The database's revision after the command (undefined = base). */
  current?: string;
  /** Where the database is, redacted. */
  database?: string;
}

export interface UpgradeOptions extends RunOptions {
  /** `head` (default), `+N`, or a revision id. */
  target?: string;
  /** Accept applied revisions whose file changed, recording the new checksum. */
  allowChanged?: boolean;
}

export interface DowngradeOptions extends RunOptions {
  /** `-N` (default -1), `base`, or the revision to end at. */
  target?: string;
  /** Back up rows of dropped tables and columns (default true). */
  backup?: boolean;
}

/** Runs `body` with an open, locked session; failures become a result with diagnostics. */
export async function withSession(
  p: ProjectSettings,
  opts: RunOptions & { lock: boolean; createVersionTable: boolean; parse?: Direction[] },
  body: (s: Session, result: OnlineResult) => Promise<void>,
): Promise<OnlineResult> {
  const result: OnlineResult = { diagnostics: [], steps: [] };
  let session: Session | undefined;
  try {
    try {
      const chain = loadOnlineChain(p, opts.chainDir);
      // syntax errors stop the command before it connects
      const parsed = opts.parse?.length
        ? await parseRevisionFiles(chain.revisions.flatMap((revision) => opts.parse!.filter((d) => d === 'up' || revision.down).map((direction) => ({ revision, direction }))))
        : undefined;
      session = await openSession(p, chain, opts);
      if (parsed) session.parsed = parsed;
      result.database = session.target.display;
      await body(session, result);
    } catch (e) {
      const f = asFailure(e);
      if (!(f instanceof OnlineFailure)) throw f;
      result.failure = f.kind;
      result.diagnostics.push(...f.diagnostics);
    }
    if (session) {
      const rows = await appliedRevisions(session.db, p.versionTable).catch(() => undefined);
      if (rows) result.current = chainState(session.chain, rows).current?.id;
    }
  } finally {
    await session?.close();
  }
  return result;
}

export async function upgrade(p: ProjectSettings, opts: UpgradeOptions = {}): Promise<OnlineResult> {
  return withSession(p, { ...opts, lock: true, createVersionTable: true, parse: ['up'] }, async (s, result) => {
    const state = chainState(s.chain, s.applied);
    const problems = stateProblems(state, opts);
    if (problems.length) throw new OnlineFailure('database', problems);
    const steps = upgradeSteps(s.chain, state, opts.target);
    if (opts.allowChanged) {
      for (const c of state.changed) {
        await s.db.exec(updateChecksumSql(p.versionTable, c.revision.id, c.current));
        opts.log?.(`revision ${c.revision.id} changed after it was applied: recorded its new checksum (--allow-changed)`);
      }
    }
    await runSteps(p, s, steps, 'up', opts, result);
  });
}

export async function downgrade(p: ProjectSettings, opts: DowngradeOptions = {}): Promise<OnlineResult> {
  return withSession(p, { ...opts, lock: true, createVersionTable: true, parse: ['down'] }, async (s, result) => {
    const state = chainState(s.chain, s.applied);
    const problems = stateProblems(state, { allowChanged: true });
    if (problems.length) throw new OnlineFailure('database', problems);
    const steps = downgradeSteps(s.chain, state, opts.target);
    await runSteps(p, s, steps, 'down', { ...opts, backup: opts.backup ?? true }, result);
  });
}

/** Runs revisions in order, reporting progress; stops at the first failure (its diagnostic thrown as OnlineFailure). */
export async function runSteps(
  p: ProjectSettings,
  s: Session,
  steps: Revision[],
  direction: Direction,
  opts: RunOptions & { backup?: boolean },
  result: OnlineResult,
): Promise<void> {
  const missing = steps.filter((revision) => !s.parsed?.has(`${revision.id}:${direction}`));
  const parsed = new Map([...(s.parsed ?? []), ...(await parseRevisionFiles(missing.map((revision) => ({ revision, direction }))))]);
  const total = steps.length;
  const started = Date.now();
  opts.onProgress?.({ kind: 'start', direction, total });
  for (let i = 0; i < steps.length; i++) {
    const rev = steps[i]!;
    opts.onProgress?.({ kind: 'revision', direction, index: i + 1, total, revision: rev.id, name: rev.name });
    const r = await runRevision(
      { db: s.db, versionTable: p.versionTable, backup: direction === 'down' && opts.backup !== false, restoreSession: s.restoreSession, log: opts.log },
      rev,
      direction,
      parsed.get(`${rev.id}:${direction}`)!,
    );
    if (!r.ok) {
      throw new OnlineFailure('database', [failureDiagnostic(r, { versionTable: versionTableName(p.versionTable), command: direction === 'up' ? 'upgrade' : 'downgrade' })]);
    }
    for (const b of r.backups) {
      opts.log?.(`backed up ${b.rows} row(s) of ${b.source} into ${b.backup} before ${b.reason}; to restore them after upgrading again: ${b.restore}`);
    }
    for (const sk of r.skipped) {
      result.diagnostics.push({ code: 'transaction-statement-skipped', severity: 'info', message: `revision ${rev.id}: skipped a transaction statement written in the file; pgshift runs each revision in its own transaction`, file: sk.file.path, span: sk.span });
    }
    result.steps.push({ revision: rev.id, name: rev.name, direction, durationMs: r.durationMs, backups: r.backups });
    opts.onProgress?.({ kind: 'revision-done', direction, index: i + 1, total, revision: rev.id, durationMs: r.durationMs, backups: r.backups });
  }
  opts.onProgress?.({ kind: 'done', direction, total, durationMs: Date.now() - started });
}
