/**
 * Scratch databases (for tests, `verify`-style checks and the conformance benchmark), and a
 * script runner that names the failing statement.
 *
 * `withScratchDb(fn)` gives `fn` an empty database and throws it away afterwards:
 * - by default an in-memory PGlite. Starting one takes seconds and resetting one takes
 *   milliseconds, so instances are pooled per process (per worker thread) and reset after each
 *   use; an instance whose reset does not bring it back to its pristine state is closed, not reused;
 * - when a server URL is given (`opts.url`, else PGSHIFT_TEST_URL), a fresh database on that server
 *   (CREATE DATABASE … TEMPLATE template0), dropped afterwards. Roles are cluster-wide there: a
 *   caller that creates roles must tolerate them existing already.
 * `fn` must not close the client (closing is a no-op); the helper owns it.
 */
import { connect, DbError, type DbClient } from './client.js';
import { parseDatabaseUrl, type DbTarget } from './url.js';
import { snapshotSchema } from './snapshot.js';
import { lineCol } from '../source/file.js';
import { loadParser, parseSql } from '../parse/wasm-parser.js';

export interface ScratchOptions {
  /** A server URL; PGSHIFT_TEST_URL when absent; PGlite when neither is set. */
  url?: string;
}

export async function withScratchDb<T>(fn: (db: DbClient) => Promise<T>, opts: ScratchOptions = {}): Promise<T> {
  const url = opts.url ?? process.env['PGSHIFT_TEST_URL'];
  const target = url ? parseDatabaseUrl(url) : undefined;
  return target?.kind === 'pg' ? withServerDb(target, fn) : withPglite(fn);
}

/** The prefix of every scratch database created on a server (for cleaning up after a crash). */
export const SCRATCH_DB_PREFIX = 'pgshift_test_';

/** The helper owns the connection: `fn` closing it must not break reuse. */
function borrowed(db: DbClient): DbClient {
  return { target: db.target, query: (s, p) => db.query(s, p), exec: (s) => db.exec(s), close: async () => undefined };
}

// --- PGlite pool ---------------------------------------------------------------

const MEMORY: DbTarget = { kind: 'pglite', dataDir: null, display: 'pglite:memory:' };
/** Extensions PGlite makes available to CREATE EXTENSION (those of a typical server). */
export const PGLITE_EXTENSIONS = ['btree_gin', 'btree_gist', 'citext', 'hstore', 'pg_trgm', 'pgcrypto', 'ltree'];
const idle: DbClient[] = [];
let pristine: string | undefined;

async function withPglite<T>(fn: (db: DbClient) => Promise<T>): Promise<T> {
  const db = idle.pop() ?? (await freshPglite());
  try {
    return await fn(borrowed(db));
  } finally {
    if (await reset(db)) idle.push(db);
    else await db.close().catch(() => undefined);
  }
}

async function freshPglite(): Promise<DbClient> {
  const db = await connect(MEMORY, { extensions: PGLITE_EXTENSIONS });
  pristine ??= await signature(db);
  return db;
}

/** Everything a user of the database can leave behind that a later user could see. */
async function signature(db: DbClient): Promise<string> {
  const roles = await db.query(`SELECT rolname FROM pg_roles ORDER BY 1`);
  const settings = await db.query(`SELECT setconfig FROM pg_db_role_setting ORDER BY setdatabase, setrole`);
  return JSON.stringify([await snapshotSchema(db), roles, settings]);
}

/** Drops every user object and role; true when the instance is back to pristine. */
async function reset(db: DbClient): Promise<boolean> {
  try {
    await db.exec('ROLLBACK').catch(() => undefined);
    await db.exec('DISCARD ALL');
    const drops = await db.query<{ sql: string }>(`
      SELECT format('DROP EVENT TRIGGER %I', evtname) AS sql FROM pg_event_trigger
      UNION ALL SELECT format('DROP PUBLICATION %I', pubname) FROM pg_publication
      UNION ALL SELECT format('DROP EXTENSION %I CASCADE', extname) FROM pg_extension WHERE extname <> 'plpgsql'
      UNION ALL SELECT format('DROP SCHEMA %I CASCADE', nspname) FROM pg_namespace
        WHERE nspname !~ '^pg_' AND nspname <> 'information_schema'
      UNION ALL SELECT format('DROP OWNED BY %I CASCADE; DROP ROLE %I', rolname, rolname) FROM pg_roles
        WHERE rolname !~ '^pg_' AND rolname <> current_user
      UNION ALL SELECT format('ALTER DATABASE %I RESET ALL', current_database())`);
    await db.exec(
      [
        ...drops.map((d) => d.sql),
        'CREATE SCHEMA public AUTHORIZATION pg_database_owner',
        'GRANT USAGE ON SCHEMA public TO PUBLIC',
        `COMMENT ON SCHEMA public IS 'standard public schema'`,
      ].join(';\n'),
    );
    return (await signature(db)) === pristine;
  } catch {
    return false;
  }
}

// --- a database on a real server ---------------------------------------------

let counter = 0;

async function withServerDb<T>(server: DbTarget & { kind: 'pg' }, fn: (db: DbClient) => Promise<T>): Promise<T> {
  const name = `${SCRATCH_DB_PREFIX}${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await connect(server, { retries: 2, retryDelayMs: 500 });
  try {
    await admin.exec(`CREATE DATABASE ${name} TEMPLATE template0`);
    try {
      const db = await connect({
        kind: 'pg',
        config: { ...server.config, database: name },
        display: `${server.display} (database ${name})`,
      });
      try {
        return await fn(borrowed(db));
      } finally {
        await db.close();
      }
    } finally {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.close();
  }
}

// --- running scripts ---------------------------------------------------------

/** A statement of a script failed: which script, where, the SQLSTATE and the statement. */
export class ScriptError extends Error {
  override readonly name = 'ScriptError';
  constructor(
    readonly label: string,
    readonly code: string,
    readonly line: number,
    readonly column: number,
    readonly statement: string,
    readonly reason: string,
  ) {
    super(`${label}:${line}:${column}: ${reason} (SQLSTATE ${code})\n  in: ${statement}`);
  }
}

/**
 * Runs a script one statement at a time, as psql does (so CREATE INDEX CONCURRENTLY and
 * the script's own BEGIN/COMMIT work); a failure is a `ScriptError` naming the statement.
 */
export async function runScript(db: DbClient, label: string, script: string): Promise<void> {
  let statements: { start: number; end: number }[];
  try {
    statements = await split(script);
  } catch {
    statements = [{ start: 0, end: script.length }]; // let the server report the syntax error
  }
  for (const s of statements) {
    try {
      await db.exec(script.slice(s.start, s.end));
    } catch (e) {
      if (!(e instanceof DbError)) throw e;
      const at = s.start + (e.offset ?? leadingTrivia(script, s.start, s.end));
      const { line, column } = lineCol({ path: label, text: script }, at);
      const text = script.slice(s.start, s.end).trim().replace(/\s+/g, ' ');
      const statement = text.length > 200 ? `${text.slice(0, 197)}...` : text;
      throw new ScriptError(label, e.code, line, column, statement, e.message);
    }
  }
}

/** Statement ranges (JS string offsets) from the PostgreSQL parser's byte locations. */
async function split(script: string): Promise<{ start: number; end: number }[]> {
  const bytes = Buffer.from(script, 'utf8');
  // Locations come in increasing order: decode incrementally (a dump has thousands of statements).
  let lastByte = 0;
  let lastChar = 0;
  const char = (byte: number) => {
    if (bytes.length === script.length) return byte; // ASCII
    if (byte < lastByte) return bytes.subarray(0, byte).toString('utf8').length;
    lastChar += bytes.subarray(lastByte, byte).toString('utf8').length;
    lastByte = byte;
    return lastChar;
  };
  await loadParser();
  const stmts = parseSql(script).stmts ?? [];
  return stmts.map((s) => {
    const start = s.stmt_location ?? 0;
    const end = s.stmt_len ? start + s.stmt_len : bytes.length;
    return { start: char(start), end: char(end) };
  });
}

/** Offset of the first character of the statement proper, after whitespace and comments. */
function leadingTrivia(script: string, start: number, end: number): number {
  const m = /^(?:\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)*/.exec(script.slice(start, end));
  return m ? m[0].length : 0;
}
