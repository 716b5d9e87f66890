/**
 * `verify`: proves the offline model against real PostgreSQL for the user's own chain. On a
 * fresh embedded database (or a scratch database given by URL), each revision is applied up
 * and the live schema (introspected into the catalogue) is compared with the catalogue the
 * chain has built at that revision; then its down script runs and the schema is compared with
 * the previous revision's; then it is applied again and the next revision follows. The first
 * mismatch is reported, naming the revision and the object-level differences.
 */
import type { Diagnostic } from '../source/diagnostic.js';
import type { ParsedFile } from '../parse/parse.js';
import { type Catalog, cloneCatalog, emptyCatalog } from '../catalog/model/catalog.js';
import { replay } from '../catalog/replay.js';
import type { Revision } from '../chain/revision.js';
import { connect, type DbClient } from '../db/client.js';
import { introspectCatalog } from '../db/introspect.js';
import { runRevision, type Direction } from '../online/runner.js';
import { ensureVersionTable } from '../online/version-table.js';
import type { ProjectSettings } from '../config/project.js';
import { compareCatalogs, formatDifferences, type SchemaDifference } from './compare.js';
import { failureDiagnostic } from '../online/failure.js';
import { asFailure, chainExtensions, type ConnectionOptions, type FailureKind, loadOnlineChain, OnlineFailure, parseRevisionFiles, resolveTarget } from '../online/session.js';
import type { ProgressEvent } from '../online/migrate.js';
import { parseBaseline } from './load.js';
import { runScript, ScriptError } from '../db/scratch.js';

export interface VerifyOptions extends Omit<ConnectionOptions, 'lockWaitMs'> {
  /** A scratch database to use instead of a fresh embedded one; it must hold no tables. */
  url?: string;
  chainDir?: string;
  /** Skip the down scripts (only prove each up). */
  upOnly?: boolean;
  /**
   * `step` (default): each revision up, compare, down, compare, up again, then the next.
   * `sweep`: every revision up (comparing after each), then every down newest first (comparing
   * after each) — the order a full downgrade runs in, for chains whose down scripts only work that way.
   * `round-trip`: every revision up (comparing after each), then every down newest first, comparing
   * only at the end that the database is back to empty — for chains whose down scripts are not
   * aligned with their ups one by one (each down undoing part of a later up) but revert the whole.
   */
  mode?: 'step' | 'sweep' | 'round-trip';
  /**
   * On a mismatch, bring the database to the expected schema with the reconciling statements and go on,
   * so one run lists every revision that does not match (default: stop at the first).
   */
  keepGoing?: boolean;
  /** Object kinds whose differences do not count, e.g. `extension` (matched against change kinds such as `drop_extension`). */
  ignore?: string[];
  onProgress?: (e: ProgressEvent) => void;
}

export interface VerifyMismatch {
  revision: string;
  direction: Direction;
  /** What the live schema would need to equal the offline catalogue. */
  differences: SchemaDifference[];
}

export interface VerifyResult {
  diagnostics: Diagnostic[];
  failure?: FailureKind;
  /** Revisions in the chain, and how many were proven (up, and down unless upOnly). */
  revisions: number;
  verified: number;
  /** Revisions without a down script (their down was not proven). */
  withoutDown: string[];
  /** The first mismatch. */
  mismatch?: VerifyMismatch;
  /** Every mismatch (one at most unless keepGoing). */
  mismatches: VerifyMismatch[];
  durationMs: number;
  database?: string;
}

export async function verify(p: ProjectSettings, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const started = Date.now();
  const result: VerifyResult = { diagnostics: [], revisions: 0, verified: 0, withoutDown: [], mismatches: [], durationMs: 0 };
  let db: DbClient | undefined;
  try {
    const chain = loadOnlineChain(p, opts.chainDir);
    result.revisions = chain.revisions.length;
    const wanted = chain.revisions.flatMap((revision) => [
      { revision, direction: 'up' as const },
      ...(revision.down && !opts.upOnly ? [{ revision, direction: 'down' as const }] : []),
    ]);
    const parsed = await parseRevisionFiles(wanted);
    const target = resolveTarget(opts.url ?? 'pglite:memory:', p.cwd);
    result.database = target.display;
    db = await connect(target, {
      retries: opts.connectRetries,
      retryDelayMs: opts.connectRetryDelayMs,
      log: opts.log,
      lockTimeout: opts.lockTimeout,
      statementTimeout: opts.statementTimeout,
      extensions: chainExtensions(chain),
    });
    await requireEmpty(db, opts.url);
    const start = await applyBaseline(p, db);
    await ensureVersionTable(db, p.versionTable);
    await proveChain(p, db, chain.revisions, parsed, opts, result, start);
  } catch (e) {
    const f = asFailure(e);
    if (!(f instanceof OnlineFailure)) throw f;
    result.failure = f.kind;
    result.diagnostics.push(...f.diagnostics);
  } finally {
    await db?.close().catch(() => undefined);
    result.durationMs = Date.now() - started;
  }
  return result;
}

async function requireEmpty(db: DbClient, url: string | undefined): Promise<void> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'`,
  );
  if ((row?.n ?? 0) > 0) {
    throw new OnlineFailure('input', [{ code: 'verify-not-empty', severity: 'error', message: `verify needs an empty scratch database, but ${url ?? 'the database'} holds ${row!.n} relation(s)`, help: 'Create a new database for verify (it applies and reverts every revision), or leave out --url to use a fresh embedded one.' }]);
  }
}

/** The project's baseline (objects that exist before revision 1) run on the scratch database; its catalogue. */
async function applyBaseline(p: ProjectSettings, db: DbClient): Promise<Catalog> {
  const diags: Diagnostic[] = [];
  const files = await parseBaseline(p.baseline, diags);
  const rep = replay(files, { defaultSchema: p.defaultSchema });
  diags.push(...rep.diagnostics.filter((d) => d.severity === 'error'));
  if (diags.some((d) => d.severity === 'error')) throw new OnlineFailure('input', diags);
  for (const f of files) {
    try {
      await runScript(db, f.file.path, f.file.text);
    } catch (e) {
      if (!(e instanceof ScriptError)) throw e;
      throw new OnlineFailure('database', [{ code: 'baseline-failed', severity: 'error', message: `the baseline failed on the scratch database: ${e.message}`, file: f.file.path }]);
    }
  }
  return rep.catalog;
}

async function proveChain(
  p: ProjectSettings,
  db: DbClient,
  revisions: Revision[],
  parsed: Map<string, ParsedFile>,
  opts: VerifyOptions,
  result: VerifyResult,
  start: Catalog,
): Promise<void> {
  const ctx = { db, versionTable: p.versionTable, backup: false };
  const introspectOpts = { defaultSchema: p.defaultSchema, versionTable: p.versionTable };
  let before: Catalog = start;
  const total = revisions.length;
  const started = Date.now();
  opts.onProgress?.({ kind: 'start', direction: 'up', total });
  const run = async (rev: Revision, direction: Direction) => {
    const r = await runRevision(ctx, rev, direction, parsed.get(`${rev.id}:${direction}`)!);
    if (!r.ok) throw new OnlineFailure('database', [failureDiagnostic(r, { versionTable: 'the scratch database', command: direction === 'up' ? 'upgrade' : 'downgrade' })]);
  };
  const compare = async (rev: Revision, direction: Direction, expected: Catalog): Promise<boolean> => {
    const live = await introspectCatalog(db, introspectOpts);
    result.diagnostics.push(...live.diagnostics.map((d) => ({ ...d, message: `introspected schema after ${rev.id} (${direction}): ${d.message}` })));
    const ignored = (d: SchemaDifference) => (opts.ignore ?? []).some((k) => d.kind.endsWith(`_${k}`) || d.kind.includes(`_${k}_`));
    const differences = compareCatalogs(live.catalog, expected).filter((d) => !ignored(d));
    if (!differences.length) return true;
    result.mismatch ??= { revision: rev.id, direction, differences };
    result.mismatches.push({ revision: rev.id, direction, differences });
    const file = direction === 'up' ? rev.up : rev.down!;
    result.diagnostics.push({
      code: 'verify-mismatch',
      severity: 'error',
      message:
        direction === 'up'
          ? `after applying revision ${rev.id} the database differs from the schema pgshift computes for that revision (${differences.length} difference(s))`
          : `after reverting revision ${rev.id} with its down script the database differs from the schema at the revision before it (${differences.length} difference(s))`,
      file: file.path,
      help: direction === 'up' ? 'The statements below would turn the live schema into the computed one. Either pgshift misreads a statement of this revision (please report it) or the revision depends on server state.' : 'The down script does not undo the revision exactly; the statements below are what is missing or extra.',
      related: formatDifferences(differences).map((message) => ({ message })),
    });
    result.failure = 'database';
    if (!opts.keepGoing) return false;
    try {
      for (const d of differences) await db.exec(d.sql);
    } catch {
      return false; // cannot reconcile: stop here
    }
    return compareCatalogs((await introspectCatalog(db, introspectOpts)).catalog, expected).filter((d) => !ignored(d)).length === 0;
  };
  const sweep = (opts.mode === 'sweep' || opts.mode === 'round-trip') && !opts.upOnly;
  const compareEachDown = opts.mode !== 'round-trip';
  const catalogs: Catalog[] = [before];
  for (let i = 0; i < revisions.length; i++) {
    const rev = revisions[i]!;
    opts.onProgress?.({ kind: 'revision', direction: 'up', index: i + 1, total, revision: rev.id, name: rev.name });
    const t0 = Date.now();
    const after = cloneCatalog(before);
    const rep = replay([parsed.get(`${rev.id}:up`)!], { catalog: after });
    result.diagnostics.push(...rep.diagnostics.filter((d) => d.severity !== 'info'));
    await run(rev, 'up');
    if (!(await compare(rev, 'up', after))) return;
    if (!parsed.has(`${rev.id}:down`)) {
      if (!opts.upOnly) result.withoutDown.push(rev.id);
    } else if (!sweep) {
      await run(rev, 'down');
      if (!(await compare(rev, 'down', before))) return;
      await run(rev, 'up');
    }
    if (!sweep) result.verified++;
    before = after;
    if (sweep) catalogs.push(after);
    opts.onProgress?.({ kind: 'revision-done', direction: 'up', index: i + 1, total, revision: rev.id, durationMs: Date.now() - t0, backups: [] });
  }
  if (sweep) {
    for (let i = revisions.length - 1; i >= 0; i--) {
      const rev = revisions[i]!;
      if (!parsed.has(`${rev.id}:down`)) {
        throw new OnlineFailure('database', [{ code: 'missing-down', severity: 'error', message: `revision ${rev.id} has no down script: the chain cannot be reverted past it`, file: rev.up.path }]);
      }
      const t0 = Date.now();
      opts.onProgress?.({ kind: 'revision', direction: 'down', index: revisions.length - i, total, revision: rev.id, name: rev.name });
      await run(rev, 'down');
      if ((compareEachDown || i === 0) && !(await compare(rev, 'down', catalogs[i]!))) return;
      result.verified++;
      opts.onProgress?.({ kind: 'revision-done', direction: 'down', index: revisions.length - i, total, revision: rev.id, durationMs: Date.now() - t0, backups: [] });
    }
  }
  opts.onProgress?.({ kind: 'done', direction: 'up', total, durationMs: Date.now() - started });
}
