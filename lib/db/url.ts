/**
 * Database URL normalisation: every accepted spelling of "which database" becomes a
 * `DbTarget` for one of the two drivers (`pg` for real servers, PGlite embedded).
 *
 * Accepted inputs:
 * - `postgres://` and `postgresql://` URLs (libpq rules: `?host=/socket/dir`, percent-encoding);
 * - SQLAlchemy spellings `postgresql+asyncpg://`, `+psycopg://`, `+psycopg_async://`, `+psycopg2://`;
 * - libpq key=value strings: `host=db port=5432 dbname=app user=me password='s e c'`;
 * - `pglite:PATH`, `pglite:memory:`; undefined or empty means PGlite at `.pgshift/dev`.
 *
 * Parsing is pure (no environment, no I/O) except for reading SSL certificate files named
 * by `sslrootcert`, `sslcert`, `sslkey`. Errors are `UserError`s whose text never holds a password.
 */
import { readFileSync } from 'node:fs';
import type { ClientConfig } from 'pg';
import { UserError } from '../source/diagnostic.js';

export type DbTarget =
  | { kind: 'pg'; config: ClientConfig; display: string }
  | { kind: 'pglite'; dataDir: string | null /* null = in memory */; display: string };

/** Where the embedded database lives when no URL is given. */
export const DEFAULT_PGLITE_DIR = '.pgshift/dev';

const SQLALCHEMY_DRIVERS = new Set(['asyncpg', 'psycopg', 'psycopg_async', 'psycopg2', 'pg8000']);

/** libpq (and driver) parameters that node-postgres cannot honour: accepted and ignored. */
const IGNORED_PARAMS = new Set([
  'client_encoding', 'target_session_attrs', 'gssencmode', 'gsslib', 'channel_binding', 'krbsrvname',
  'sslcompression', 'sslpassword', 'sslcrl', 'sslcrldir', 'sslsni', 'ssl_min_protocol_version',
  'ssl_max_protocol_version', 'requirepeer', 'require_auth', 'passfile', 'load_balance_hosts',
  'keepalives_interval', 'keepalives_count', 'tcp_user_timeout', 'replication', 'requiressl',
  // SQLAlchemy / asyncpg / psycopg extras
  'prepared_statement_cache_size', 'prepared_statement_name_func', 'async_fallback', 'server_settings',
  'command_timeout', 'max_cached_statement_lifetime', 'max_cacheable_statement_size',
]);

const MAPPED_PARAMS = new Set([
  'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'sslmode', 'ssl', 'sslrootcert', 'sslcert',
  'sslkey', 'application_name', 'fallback_application_name', 'options', 'connect_timeout', 'keepalives',
  'keepalives_idle', 'sslnegotiation',
]);

function inputError(message: string): UserError {
  return new UserError([{ code: 'bad-database-url', severity: 'error', message: redactUrl(message) }]);
}

/** The password may also be written elsewhere in the string (a database named like it): hide it there too. */
function withoutPassword(display: string, config: ClientConfig): string {
  const p = typeof config.password === 'string' ? config.password : '';
  if (p.length < 4) return display;
  return [p, encodeURIComponent(p)].reduce((d, secret) => d.split(secret).join('***'), display);
}

export function parseDatabaseUrl(input: string | undefined): DbTarget {
  const s = (input ?? '').trim();
  if (s === '') return { kind: 'pglite', dataDir: DEFAULT_PGLITE_DIR, display: `pglite:${DEFAULT_PGLITE_DIR}` };
  const scheme = /^([a-z][a-z0-9+.\-_]*):/i.exec(s)?.[1]?.toLowerCase();
  if (scheme === 'pglite') return parsePglite(s.slice('pglite:'.length));
  if (scheme === 'memory' && s.toLowerCase().startsWith('memory://')) {
    return { kind: 'pglite', dataDir: null, display: 'pglite:memory:' };
  }
  if (scheme !== undefined && s.slice(scheme.length + 1).startsWith('//')) {
    const [base, driver] = scheme.split('+', 2) as [string, string | undefined];
    if (base !== 'postgres' && base !== 'postgresql') {
      throw inputError(`unsupported database URL scheme "${scheme}:" in ${s}: expected postgres://, postgresql:// or pglite:`);
    }
    if (driver !== undefined && !SQLALCHEMY_DRIVERS.has(driver)) {
      throw inputError(`unsupported driver "+${driver}" in ${s}`);
    }
    const normalized = 'postgresql' + s.slice(scheme.length);
    const config = toClientConfig(parseUrlParams(normalized));
    return { kind: 'pg', config, display: withoutPassword(redactUrl(normalized), config) };
  }
  if (/^\s*[a-z_]+\s*=/i.test(s)) {
    const config = toClientConfig(parseKeyValue(s));
    return { kind: 'pg', config, display: withoutPassword(redactUrl(s), config) };
  }
  // not echoed: a string pgshift cannot read may be a password pasted in the wrong place
  throw inputError('cannot read the database URL (not shown, it may hold a password): expected postgres://…, key=value pairs, pglite:PATH or pglite:memory:');
}

function parsePglite(rest: string): DbTarget {
  let path = rest.startsWith('//') ? rest.slice(2) : rest;
  if (path === 'memory:' || path === 'memory' || path === 'memory://') {
    return { kind: 'pglite', dataDir: null, display: 'pglite:memory:' };
  }
  if (path === '') throw inputError('pglite: needs a data directory (pglite:PATH) or pglite:memory:');
  path = decodeSafely(path);
  return { kind: 'pglite', dataDir: path, display: `pglite:${path}` };
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw inputError(`bad percent-encoding in ${s}`);
  }
}

/** A `postgresql://[user[:password]@][host][:port][/dbname][?param=value&…]` URL as libpq parameters. */
function parseUrlParams(url: string): Map<string, string> {
  const params = new Map<string, string>();
  const rest = url.slice('postgresql://'.length);
  const hashless = rest.split('#', 1)[0]!;
  const q = hashless.indexOf('?');
  const beforeQuery = q < 0 ? hashless : hashless.slice(0, q);
  const query = q < 0 ? '' : hashless.slice(q + 1);
  const slash = beforeQuery.indexOf('/', beforeQuery.lastIndexOf('@') + 1);
  const authority = slash < 0 ? beforeQuery : beforeQuery.slice(0, slash);
  const path = slash < 0 ? '' : beforeQuery.slice(slash + 1);

  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
    if (user !== '') params.set('user', decodeSafely(user));
    if (colon >= 0) params.set('password', decodeSafely(userinfo.slice(colon + 1)));
  }
  const hostport = at >= 0 ? authority.slice(at + 1) : authority;
  const m = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostport)!;
  const host = m[1]!.startsWith('[') ? m[1]!.slice(1, -1) : decodeSafely(m[1]!);
  if (host !== '') params.set('host', host);
  if (m[2] !== undefined && m[2] !== '') params.set('port', m[2]);
  if (path !== '') params.set('dbname', decodeSafely(path));

  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeSafely(eq < 0 ? pair : pair.slice(0, eq));
    const value = decodeSafely((eq < 0 ? '' : pair.slice(eq + 1)).replace(/\+/g, ' '));
    params.set(key, value);
  }
  return params;
}

/** libpq `key=value` pairs: values may be 'single quoted' with \' and \\ escapes. */
function parseKeyValue(s: string): Map<string, string> {
  const params = new Map<string, string>();
  const re = /\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*('(?:[^'\\]|\\.)*'|(?:[^\s'\\]|\\.)*)\s*/y;
  let i = 0;
  while (i < s.length) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m || m[0] === '') throw inputError(`cannot read connection string at character ${i + 1} of ${s}`); // not quoted: the fragment may be a password
    const raw = m[2]!;
    const body = raw.startsWith("'") ? raw.slice(1, -1) : raw;
    params.set(m[1]!, body.replace(/\\(.)/g, '$1'));
    i = re.lastIndex;
  }
  return params;
}

function toClientConfig(params: Map<string, string>): ClientConfig {
  for (const key of params.keys()) {
    if (!MAPPED_PARAMS.has(key) && !IGNORED_PARAMS.has(key)) {
      throw inputError(`unknown connection parameter "${key}"`);
    }
  }
  const config: ClientConfig = {};
  const host = params.get('host') ?? params.get('hostaddr');
  if (host !== undefined && host !== '') {
    if (host.includes(',')) throw inputError(`several hosts (${host}) are not supported: give one host`);
    config.host = host;
  }
  const port = params.get('port');
  if (port !== undefined && port !== '') config.port = integer('port', port);
  const setIf = (key: string, set: (v: string) => void) => {
    const v = params.get(key);
    if (v !== undefined && v !== '') set(v);
  };
  setIf('dbname', (v) => (config.database = v));
  setIf('user', (v) => (config.user = v));
  const password = params.get('password');
  if (password !== undefined) config.password = password;
  setIf('application_name', (v) => (config.application_name = v));
  setIf('fallback_application_name', (v) => (config.fallback_application_name = v));
  setIf('options', (v) => (config.options = v));
  setIf('connect_timeout', (v) => (config.connectionTimeoutMillis = integer('connect_timeout', v) * 1000));
  setIf('keepalives', (v) => (config.keepAlive = v !== '0'));
  setIf('keepalives_idle', (v) => (config.keepAliveInitialDelayMillis = integer('keepalives_idle', v) * 1000));
  setIf('sslnegotiation', (v) => {
    if (v !== 'postgres' && v !== 'direct') throw inputError(`bad sslnegotiation "${v}": expected postgres or direct`);
    config.sslnegotiation = v;
  });
  const ssl = sslConfig(params);
  if (ssl !== undefined) config.ssl = ssl;
  return config;
}

function integer(name: string, v: string): number {
  if (!/^\d+$/.test(v)) throw inputError(`bad ${name} "${v}": expected a number`);
  return Number(v);
}

/**
 * libpq sslmode as node-postgres options. `allow` and `prefer` cannot fall back in node-postgres,
 * so they connect without SSL, like `disable`; `require` encrypts without checking the certificate.
 */
function sslConfig(params: Map<string, string>): ClientConfig['ssl'] {
  const mode = (params.get('sslmode') ?? asyncpgSsl(params.get('ssl')))?.toLowerCase();
  if (mode === undefined || mode === '') return undefined;
  const files: { ca?: string; cert?: string; key?: string } = {};
  const read = (key: string, field: 'ca' | 'cert' | 'key') => {
    const path = params.get(key);
    if (path === undefined || path === '' || path === 'system') return;
    try {
      files[field] = readFileSync(path, 'utf8');
    } catch {
      throw inputError(`cannot read ${key} file ${path}`);
    }
  };
  switch (mode) {
    case 'disable':
    case 'allow':
    case 'prefer':
      return false;
    case 'require':
    case 'no-verify':
      read('sslcert', 'cert');
      read('sslkey', 'key');
      return { rejectUnauthorized: false, ...files };
    case 'verify-ca':
    case 'verify-full':
      read('sslrootcert', 'ca');
      read('sslcert', 'cert');
      read('sslkey', 'key');
      return mode === 'verify-ca'
        ? { rejectUnauthorized: true, checkServerIdentity: () => undefined, ...files }
        : { rejectUnauthorized: true, ...files };
    default:
      throw inputError(`bad sslmode "${mode}": expected disable, allow, prefer, require, verify-ca or verify-full`);
  }
}

/** asyncpg spells sslmode as `ssl=` and also accepts booleans. */
function asyncpgSsl(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const l = v.toLowerCase();
  if (l === 'true' || l === '1') return 'require';
  if (l === 'false' || l === '0') return 'disable';
  return l;
}

/**
 * Replaces every password in `s` with `***`: URL userinfo (`scheme://user:secret@host`),
 * query parameters (`?password=secret`, `&sslpassword=…`) and libpq `password=secret` /
 * `password='quoted secret'` pairs. Works on free text too (error messages, logs).
 */
export function redactUrl(s: string): string {
  let out = s.replace(/\b([a-z][a-z0-9+.\-_]*:\/\/)([^\s/?#]*)/gi, (_all, scheme: string, authority: string) => {
    const at = authority.lastIndexOf('@');
    if (at < 0) return scheme + authority;
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    if (colon < 0) return scheme + authority;
    return `${scheme}${userinfo.slice(0, colon)}:***${authority.slice(at)}`;
  });
  out = out.replace(/([?&](?:ssl)?password=)[^&#\s]*/gi, '$1***');
  out = out.replace(/(^|[\s,;(])((?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'?|(?:[^\s'\\]|\\.)+)/gi, '$1$2***');
  return out;
}
