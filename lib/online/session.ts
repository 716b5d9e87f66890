/**
 * What every online command starts with: the chain read and parsed, a connection (with retries
 * and session timeouts), the migration lock, and the version table read. Problems become
 * diagnostics; `kind` says whether they are the user's input (exit 2) or the database's (exit 1).
 */
import { resolve } from 'node:path';
import { type Diagnostic, hasErrors, UserError } from '../source/diagnostic.js';
import { initParser, parseFile, type ParsedFile } from '../parse/parse.js';
import { readChain } from '../chain/read.js';
import { heads } from '../chain/graph.js';
import type { Chain, Revision } from '../chain/revision.js';
import { connect, DbError, type DbClient } from '../db/client.js';
import { parseDatabaseUrl, type DbTarget } from '../db/url.js';
import { acquireEmbeddedLock, acquireMigrationLock, LockTimeout, type HeldLock } from './lock.js';
import { appliedRevisions, ensureVersionTable, type AppliedRevision } from './version-table.js';
import type { ProjectSettings } from '../config/project.js';

export interface ConnectionOptions {
  /** Database URL (any accepted spelling); none means the embedded database at `.pgshift/dev`. */
  url?: string;
  /** Further connection attempts while the server is starting (default 5). */
  connectRetries?: number;
  /** Delay before the first retry, doubled each time (default 2000 ms). */
  connectRetryDelayMs?: number;
  /** `lock_timeout` of the migration session, e.g. '5s'. */
  lockTimeout?: string;
  /** `statement_timeout` of the migration session, e.g. '15min'. */
  statementTimeout?: string;
  /** How long to wait for another runner's lock, in ms (default 60 s). */
  lockWaitMs?: number;
  /** Connection attempts, lock waits, backups: one line each. */
  log?: (line: string) => void;
}

/** Why an operation stopped: bad input (exit 2) or the database / a failed migration (exit 1). */
export type FailureKind = 'input' | 'database';

export class OnlineFailure extends Error {
  constructor(readonly kind: FailureKind, readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
  }
}

export interface Session {
  db: DbClient;
  target: DbTarget;
  chain: Chain;
  applied: AppliedRevision[];
  /** Revision files parsed before connecting, keyed `<id>:<direction>`. */
  parsed?: Map<string, ParsedFile>;
  close(): Promise<void>;
  /** Re-applies the session's timeouts (after a revision ran SET …). */
  restoreSession(): Promise<void>;
}

/** Extensions the chain creates: the embedded database must load their modules. */
export function chainExtensions(chain: Chain): string[] {
  const out = new Set<string>();
  for (const r of chain.revisions) {
    for (const f of [r.up, r.down]) {
      if (!f) continue;
      for (const m of f.text.matchAll(/create\s+extension\s+(?:if\s+not\s+exists\s+)?"?([A-Za-z0-9_]+)"?/gi)) out.add(m[1]!.toLowerCase());
    }
  }
  return [...out].sort();
}

/** The chain, or an input failure naming what is wrong with it. */
export function loadOnlineChain(p: ProjectSettings, dir?: string): Chain {
  const { chain, diagnostics } = readChain(dir ?? p.outDir);
  if (hasErrors(diagnostics)) throw new OnlineFailure('input', diagnostics);
  if (heads(chain.revisions).length > 1) {
    throw new OnlineFailure('input', [{ code: 'chain-branch', severity: 'error', message: `the chain in ${chain.dir} has ${heads(chain.revisions).length} heads; merge them first` }]);
  }
  return chain;
}

/** Parses revision files before anything runs: a syntax error stops the command before it touches the database. */
export async function parseRevisionFiles(revs: { revision: Revision; direction: 'up' | 'down' }[]): Promise<Map<string, ParsedFile>> {
  await initParser();
  const out = new Map<string, ParsedFile>();
  const diagnostics: Diagnostic[] = [];
  for (const { revision, direction } of revs) {
    const file = direction === 'up' ? revision.up : revision.down;
    if (!file) {
      diagnostics.push({ code: 'missing-down', severity: 'error', message: `revision ${revision.id} has no down script, so it cannot be downgraded`, file: revision.up.path });
      continue;
    }
    const parsed = parseFile(file);
    diagnostics.push(...parsed.diagnostics.filter((d) => d.severity === 'error'));
    out.set(`${revision.id}:${direction}`, parsed);
  }
  if (hasErrors(diagnostics)) throw new OnlineFailure('input', diagnostics);
  return out;
}

export function resolveTarget(url: string | undefined, cwd: string): DbTarget {
  let target: DbTarget;
  try {
    target = parseDatabaseUrl(url);
  } catch (e) {
    if (e instanceof UserError) throw new OnlineFailure('input', e.diagnostics);
    throw e;
  }
  if (target.kind === 'pglite' && target.dataDir !== null) return { ...target, dataDir: resolve(cwd, target.dataDir) };
  return target;
}

/** Connects, takes the lock (when `lock`), creates the version table (when `create`) and reads it. */
export async function openSession(
  p: ProjectSettings,
  chain: Chain,
  opts: ConnectionOptions & { lock: boolean; createVersionTable: boolean; extensions?: string[] },
): Promise<Session> {
  const target = resolveTarget(opts.url, p.cwd);
  const held: HeldLock[] = [];
  let db: DbClient | undefined;
  const session = { lockTimeout: opts.lockTimeout, statementTimeout: opts.statementTimeout };
  try {
    if (target.kind === 'pglite' && target.dataDir !== null) {
      held.push(await acquireEmbeddedLock(target.dataDir, { waitMs: opts.lockWaitMs, onWait: (who) => opts.log?.(`waiting for ${who} to finish with ${target.display}`) }));
    }
    db = await connect(target, {
      retries: opts.connectRetries,
      retryDelayMs: opts.connectRetryDelayMs,
      log: opts.log,
      ...session,
      extensions: opts.extensions ?? chainExtensions(chain),
    });
    if (opts.lock) {
      held.unshift(await acquireMigrationLock(db, p.versionTable, { waitMs: opts.lockWaitMs, onWait: (who) => opts.log?.(`waiting for the migration lock held by ${who}`) }));
    }
    if (opts.createVersionTable) await ensureVersionTable(db, p.versionTable);
    const applied = await appliedRevisions(db, p.versionTable);
    const client = db;
    return {
      db: client,
      target,
      chain,
      applied,
      restoreSession: async () => {
        await client.exec('RESET ALL');
        for (const [name, value] of [['lock_timeout', session.lockTimeout], ['statement_timeout', session.statementTimeout]] as const) {
          if (value !== undefined) await client.query('SELECT set_config($1, $2, false)', [name, value]);
        }
      },
      close: async () => {
        for (const h of held) await h.release();
        await client.close().catch(() => undefined);
      },
    };
  } catch (e) {
    for (const h of held) await h.release();
    await db?.close().catch(() => undefined);
    throw asFailure(e);
  }
}

/** Database and lock errors as diagnostics; anything else is a bug and stays an exception. */
export function asFailure(e: unknown): unknown {
  if (e instanceof OnlineFailure) return e;
  if (e instanceof DbError) {
    const d: Diagnostic = { code: 'database-error', severity: 'error', message: `${e.message}${/^[0-9A-Z]{5}$/.test(e.code) ? ` (SQLSTATE ${e.code})` : ''}` };
    if (e.hint) d.help = e.hint;
    return new OnlineFailure('database', [d]);
  }
  if (e instanceof LockTimeout) {
    return new OnlineFailure('database', [{ code: 'lock-timeout', severity: 'error', message: e.message, help: 'Wait for the other run to finish, or raise --lock-wait.' }]);
  }
  if (e instanceof UserError) return new OnlineFailure('input', e.diagnostics);
  return e;
}
