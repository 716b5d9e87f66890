/**
 * One small interface over both drivers: node-postgres for real servers, PGlite embedded.
 *
 * - `query` runs one statement (parameters allowed) and returns its rows;
 * - `exec` runs a multi-statement script (simple query protocol: one implicit transaction
 *   unless the script has its own BEGIN/COMMIT);
 * - a failed statement becomes a `DbError` with the SQLSTATE and, when the server gives one,
 *   the error position both as PostgreSQL reports it and as an offset into the SQL text;
 * - connecting retries while the server is not reachable or still starting up;
 * - no error message or log line ever contains a password.
 */
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { redactUrl, type DbTarget } from './url.js';

export interface DbClient {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a multi-statement script. */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
  readonly target: DbTarget;
}

export interface ConnectOptions {
  /** Further attempts after the first one fails with a transient error (default 5). */
  retries?: number;
  /** Delay before the first retry, doubled each time (default 2000 ms). */
  retryDelayMs?: number;
  log?: (msg: string) => void;
  /** Session `lock_timeout`, e.g. '5s'. */
  lockTimeout?: string;
  /** Session `statement_timeout`, e.g. '1min'. */
  statementTimeout?: string;
  /** PGlite only: extensions to load (contrib modules such as `pg_trgm`, and `vector`); unknown names are skipped. */
  extensions?: string[];
}

/** A statement or connection failure, safe to print: no password, no stack needed. */
export class DbError extends Error {
  override readonly name = 'DbError';
  /** SQLSTATE (e.g. `42P01`), or a Node error code for connection failures (e.g. `ECONNREFUSED`). */
  readonly code: string;
  /** 1-based character position in the SQL text, as the server reports it. */
  readonly position?: number;
  /** The same position as a 0-based offset into the JavaScript string that was sent. */
  readonly offset?: number;
  readonly detail?: string;
  readonly hint?: string;

  constructor(init: { code: string; message: string; position?: number; sql?: string; detail?: string; hint?: string }) {
    super(init.message);
    this.code = init.code;
    if (init.position !== undefined) {
      this.position = init.position;
      if (init.sql !== undefined) this.offset = positionToOffset(init.sql, init.position);
    }
    if (init.detail) this.detail = init.detail;
    if (init.hint) this.hint = init.hint;
  }
}

/** PostgreSQL counts positions in characters (code points) from 1; JS strings index UTF-16 units from 0. */
export function positionToOffset(sql: string, position: number): number {
  let offset = 0;
  for (let chars = 1; chars < position && offset < sql.length; chars++) {
    const c = sql.charCodeAt(offset);
    offset += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return offset;
}

/** A server that is starting: refused, name not resolvable yet, socket file not created yet, "the database system is starting up". */
const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENOENT', 'ECONNRESET', '57P03']);

/** Connects to the target, retrying transient failures with exponential backoff. */
export async function connect(target: DbTarget, opts: ConnectOptions = {}): Promise<DbClient> {
  const client = target.kind === 'pglite' ? await connectPglite(target, opts) : await connectPg(target, opts);
  try {
    const settings: [string, string | undefined][] = [
      ['lock_timeout', opts.lockTimeout],
      ['statement_timeout', opts.statementTimeout],
    ];
    for (const [name, value] of settings) {
      if (value !== undefined) await client.query('SELECT set_config($1, $2, false)', [name, value]);
    }
  } catch (e) {
    await client.close().catch(() => undefined);
    throw e;
  }
  return client;
}

async function connectPglite(target: DbTarget & { kind: 'pglite' }, opts: ConnectOptions): Promise<DbClient> {
  opts.log?.(`opening ${target.display}`);
  let db: PGlite;
  try {
    const extensions = await pgliteExtensions(opts.extensions ?? []);
    if (target.dataDir === null) {
      db = await PGlite.create({ extensions });
    } else {
      const dir = resolve(target.dataDir);
      mkdirSync(dirname(dir), { recursive: true });
      db = await PGlite.create(dir, { extensions });
    }
  } catch (e) {
    throw new DbError({ code: errorCode(e) ?? 'PGLITE', message: `cannot open ${target.display}: ${errorMessage(e)}` });
  }
  return {
    target,
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      try {
        return (await db.query<T>(sql, params)).rows;
      } catch (e) {
        throw toDbError(e, sql, []);
      }
    },
    async exec(script: string): Promise<void> {
      try {
        await db.exec(script);
      } catch (e) {
        throw toDbError(e, script, []);
      }
    },
    async close(): Promise<void> {
      if (!db.closed) await db.close();
    },
  };
}

/** PGlite ships contrib modules as separate imports; each costs start-up time, so only the named ones load. */
async function pgliteExtensions(names: string[]): Promise<Record<string, any>> {
  const out: Record<string, any> = {};
  for (const name of [...new Set(names)].sort()) {
    if (!/^[a-z0-9_]+$/.test(name) || name === 'plpgsql') continue;
    const spec = name === 'vector' ? '@electric-sql/pglite/vector' : `@electric-sql/pglite/contrib/${name}`;
    try {
      const mod = (await import(spec)) as Record<string, unknown>;
      if (mod[name]) out[name] = mod[name];
    } catch {
      // not shipped with PGlite: CREATE EXTENSION will report it
    }
  }
  return out;
}

async function connectPg(target: DbTarget & { kind: 'pg' }, opts: ConnectOptions): Promise<DbClient> {
  const retries = opts.retries ?? 5;
  let delay = opts.retryDelayMs ?? 2000;
  const secrets = secretsOf(target);
  const config = { ...target.config, user: target.config.user ?? process.env['PGUSER'] ?? userInfo().username };
  for (let attempt = 1; ; attempt++) {
    opts.log?.(sanitize(`connecting to ${target.display} (attempt ${attempt} of ${retries + 1})`, secrets));
    const client = new pg.Client(config);
    // A server that goes away later emits 'error' on the client; the next query reports it.
    client.on('error', () => undefined);
    try {
      await client.connect();
      return wrapPg(client, target, secrets);
    } catch (e) {
      await client.end().catch(() => undefined);
      const code = errorCode(e);
      const message = `cannot connect to ${target.display}: ${errorMessage(e)}`;
      if (attempt > retries || code === undefined || !TRANSIENT_CODES.has(code)) {
        throw new DbError({ code: code ?? 'ECONNECT', message: sanitize(message, secrets) });
      }
      opts.log?.(`${sanitize(message, secrets)}; retrying in ${delay} ms`);
      await new Promise((r) => setTimeout(r, delay));
      delay *= 2;
    }
  }
}

function wrapPg(client: pg.Client, target: DbTarget, secrets: string[]): DbClient {
  return {
    target,
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      try {
        return (await client.query(sql, params)).rows as T[];
      } catch (e) {
        throw toDbError(e, sql, secrets);
      }
    },
    async exec(script: string): Promise<void> {
      try {
        await client.query(script);
      } catch (e) {
        throw toDbError(e, script, secrets);
      }
    },
    async close(): Promise<void> {
      await client.end();
    },
  };
}

/** The password as given and as it may appear percent-encoded. */
function secretsOf(target: DbTarget): string[] {
  if (target.kind !== 'pg' || typeof target.config.password !== 'string' || target.config.password === '') return [];
  const p = target.config.password;
  return [...new Set([p, encodeURIComponent(p)])].sort((a, b) => b.length - a.length);
}

function sanitize(message: string, secrets: string[]): string {
  let out = redactUrl(message);
  for (const s of secrets) out = out.split(s).join('***');
  return out;
}

function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function errorMessage(e: unknown): string {
  if (e instanceof AggregateError && e.errors.length > 0) return e.errors.map(errorMessage).join('; ');
  return e instanceof Error ? e.message : String(e);
}

/** Both drivers throw protocol errors with `code`, `position` (a string), `detail`, `hint`. */
function toDbError(e: unknown, sql: string, secrets: string[]): DbError {
  if (e instanceof DbError) return e;
  const err = e as { position?: unknown; detail?: unknown; hint?: unknown };
  const position = typeof err.position === 'string' && /^\d+$/.test(err.position) ? Number(err.position) : undefined;
  const clean = (v: unknown) => (typeof v === 'string' ? sanitize(v, secrets) : undefined);
  const init: ConstructorParameters<typeof DbError>[0] = {
    code: errorCode(e) ?? 'XX000',
    message: sanitize(errorMessage(e), secrets),
    sql,
  };
  if (position !== undefined) init.position = position;
  const detail = clean(err.detail);
  const hint = clean(err.hint);
  if (detail) init.detail = detail;
  if (hint) init.hint = hint;
  return new DbError(init);
}
