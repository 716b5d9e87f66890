/**
 * Serialising runners. On a server, a session-level advisory lock keyed by the version table:
 * a second runner waits (up to `waitMs`) and then re-reads the version table, so it finds the
 * work done. An embedded database (a PGlite folder) can be opened by one process only, so a
 * lock file next to the folder plays the same role before the database is opened.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { DbClient } from '../db/client.js';
import type { VersionTable } from '../emit/version-table.js';
import { versionTableName } from './version-table.js';

/** First key of the two-key advisory lock: "pgsh" as an int4, so other tools' locks do not collide. */
const LOCK_CLASS = 0x70677368;
const POLL_MS = 200;

export class LockTimeout extends Error {
  override readonly name = 'LockTimeout';
}

export interface HeldLock {
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for another runner, in ms (default 60 s; 0 = do not wait). */
  waitMs?: number;
  /** Told once when the lock is busy, with who holds it when known. */
  onWait?: (holder: string) => void;
}

/** Takes the migration lock for this version table, waiting while another runner holds it. */
export async function acquireMigrationLock(db: DbClient, t: VersionTable, opts: LockOptions = {}): Promise<HeldLock> {
  const name = versionTableName(t);
  const waitMs = opts.waitMs ?? 60_000;
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    const [row] = await db.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock($1::int4, hashtext($2)) AS ok`, [LOCK_CLASS, name]);
    if (row?.ok) {
      return {
        release: async () => {
          await db.query(`SELECT pg_advisory_unlock($1::int4, hashtext($2))`, [LOCK_CLASS, name]).catch(() => undefined);
        },
      };
    }
    const holder = await lockHolder(db, name);
    if (!told) {
      opts.onWait?.(holder);
      told = true;
    }
    if (Date.now() >= deadline) {
      throw new LockTimeout(`another pgshift runner (${holder}) holds the migration lock for ${name}; gave up after ${waitMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, Math.min(POLL_MS, Math.max(1, deadline - Date.now()))));
  }
}

async function lockHolder(db: DbClient, name: string): Promise<string> {
  try {
    const rows = await db.query<{ pid: number; app: string | null; client: string | null; since: string | null }>(
      `SELECT l.pid, a.application_name AS app, a.client_addr::text AS client, a.backend_start::text AS since
       FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1::int4::oid AND l.objid = hashtext($2)::oid AND l.objsubid = 2`,
      [LOCK_CLASS, name],
    );
    const r = rows[0];
    if (!r) return 'a session that has just ended';
    return `server process ${r.pid}${r.app ? `, application ${r.app}` : ''}${r.client ? ` from ${r.client}` : ''}`;
  } catch {
    return 'another session';
  }
}

/** The lock file of an embedded database folder: `<folder>.lock` beside it. */
export function embeddedLockPath(dataDir: string): string {
  return `${resolve(dataDir)}.lock`;
}

/**
 * Exclusive use of a PGlite folder across processes. A lock file whose process is gone (same
 * host) is taken over. Waits up to `waitMs` for a live holder.
 */
export async function acquireEmbeddedLock(dataDir: string, opts: LockOptions = {}): Promise<HeldLock> {
  const path = embeddedLockPath(dataDir);
  mkdirSync(dirname(path), { recursive: true });
  const waitMs = opts.waitMs ?? 60_000;
  const deadline = Date.now() + waitMs;
  const me = `${process.pid}@${hostname()}`;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, me);
      closeSync(fd);
      return {
        release: async () => {
          try {
            if (readFileSync(path, 'utf8') === me) rmSync(path, { force: true });
          } catch {
            // already gone
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readHolder(path);
    if (holder && holder.host === hostname() && !alive(holder.pid)) {
      removeStale(path, holder);
      continue;
    }
    const who = holder ? `process ${holder.pid} on ${holder.host}` : 'another process';
    if (!told) {
      opts.onWait?.(who);
      told = true;
    }
    if (Date.now() >= deadline) {
      throw new LockTimeout(`${who} is using the embedded database ${dataDir} (lock file ${path}); gave up after ${waitMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Removes a lock file left by a process that is gone. Several waiters may find it stale at once:
 * only the one holding `<lock>.takeover` may remove it, after reading it again, so a waiter never
 * deletes the live lock another waiter has just created in its place. A takeover file older than
 * 10 s (its process killed in these few lines) is cleared.
 */
function removeStale(path: string, stale: { pid: number; host: string }): void {
  const guard = `${path}.takeover`;
  try {
    closeSync(openSync(guard, 'wx'));
  } catch {
    try {
      if (Date.now() - statSync(guard).mtimeMs > 10_000) rmSync(guard, { force: true });
    } catch {
      // gone already
    }
    return;
  }
  try {
    const now = readHolder(path);
    if (now && now.pid === stale.pid && now.host === stale.host) rmSync(path, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

function readHolder(path: string): { pid: number; host: string } | undefined {
  try {
    const m = /^(\d+)@(.*)$/.exec(readFileSync(path, 'utf8').trim());
    return m ? { pid: Number(m[1]), host: m[2]! } : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
