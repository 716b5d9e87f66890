import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDatabaseUrl, redactUrl, type DbTarget } from '../../lib/db/url.js';
import { UserError } from '../../lib/source/diagnostic.js';

function pg(input: string): DbTarget & { kind: 'pg' } {
  const t = parseDatabaseUrl(input);
  assert.is(t.kind, 'pg', input);
  return t as DbTarget & { kind: 'pg' };
}

function rejects(input: string, pattern: RegExp): void {
  try {
    parseDatabaseUrl(input);
  } catch (e) {
    assert.instance(e, UserError);
    assert.match((e as Error).message, pattern);
    return;
  }
  assert.unreachable(`${input} was accepted`);
}

test('no URL means PGlite in .pgshift/dev', () => {
  for (const input of [undefined, '', '   ']) {
    assert.equal(parseDatabaseUrl(input), { kind: 'pglite', dataDir: '.pgshift/dev', display: 'pglite:.pgshift/dev' });
  }
});

test('pglite: paths and memory', () => {
  assert.equal(parseDatabaseUrl('pglite:memory:'), { kind: 'pglite', dataDir: null, display: 'pglite:memory:' });
  assert.equal(parseDatabaseUrl('memory://'), { kind: 'pglite', dataDir: null, display: 'pglite:memory:' });
  assert.equal(parseDatabaseUrl('pglite:./data/db'), { kind: 'pglite', dataDir: './data/db', display: 'pglite:./data/db' });
  assert.equal(parseDatabaseUrl('pglite:///tmp/x'), { kind: 'pglite', dataDir: '/tmp/x', display: 'pglite:/tmp/x' });
  rejects('pglite:', /needs a data directory/);
});

test('postgres:// URL with every part', () => {
  const t = pg('postgres://alice:s%40cret@db.example.com:6543/app?sslmode=disable&application_name=ci');
  assert.equal(t.config, {
    host: 'db.example.com', port: 6543, database: 'app', user: 'alice', password: 's@cret',
    application_name: 'ci', ssl: false,
  });
  assert.is(t.display, 'postgresql://alice:***@db.example.com:6543/app?sslmode=disable&application_name=ci');
});

test('unix socket directory in the query or percent-encoded as host', () => {
  assert.equal(pg('postgresql:///postgres?host=/var/run/postgresql').config, {
    host: '/var/run/postgresql', database: 'postgres',
  });
  assert.equal(pg('postgresql://%2Ftmp%2Fsock:5433/db').config, { host: '/tmp/sock', port: 5433, database: 'db' });
});

test('IPv6 host in brackets', () => {
  assert.equal(pg('postgresql://u@[::1]:5432/d').config, { host: '::1', port: 5432, database: 'd', user: 'u' });
});

test('a password with a raw @ splits at the last @', () => {
  const t = pg('postgres://u:p@ss@h/d');
  assert.is(t.config.password, 'p@ss');
  assert.is(t.config.host, 'h');
  assert.not.match(t.display, /p@ss/);
});

test('SQLAlchemy driver spellings normalise to postgresql://', () => {
  for (const driver of ['asyncpg', 'psycopg', 'psycopg_async', 'psycopg2']) {
    const t = pg(`postgresql+${driver}://u:pw@h:5432/d`);
    assert.equal(t.config, { host: 'h', port: 5432, database: 'd', user: 'u', password: 'pw' }, driver);
    assert.is(t.display, 'postgresql://u:***@h:5432/d', driver);
  }
  rejects('postgresql+mysqldb://h/d', /unsupported driver "\+mysqldb"/);
});

test('asyncpg ssl= is read as sslmode; driver-only parameters are ignored', () => {
  const t = pg('postgresql+asyncpg://h/d?ssl=require&prepared_statement_cache_size=0');
  assert.equal(t.config, { host: 'h', database: 'd', ssl: { rejectUnauthorized: false } });
});

test('sslmode maps to node-postgres ssl options', () => {
  assert.is(pg('postgres://h/d?sslmode=prefer').config.ssl, false);
  assert.equal(pg('postgres://h/d?sslmode=require').config.ssl, { rejectUnauthorized: false });
  assert.equal(pg('postgres://h/d?sslmode=verify-full').config.ssl, { rejectUnauthorized: true });
  const ca = pg('postgres://h/d?sslmode=verify-ca').config.ssl as { checkServerIdentity?: unknown };
  assert.type(ca.checkServerIdentity, 'function');
  rejects('postgres://h/d?sslmode=sometimes', /bad sslmode "sometimes"/);
  rejects('postgres://h/d?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem', /cannot read sslrootcert/);
});

test('libpq key=value strings, quoted values with escapes', () => {
  const t = pg(`host=localhost port=5433 dbname=app user=bob password='it\\'s secret' sslmode=disable connect_timeout=3`);
  assert.equal(t.config, {
    host: 'localhost', port: 5433, database: 'app', user: 'bob', password: "it's secret", ssl: false,
    connectionTimeoutMillis: 3000,
  });
  assert.is(t.display, `host=localhost port=5433 dbname=app user=bob password=*** sslmode=disable connect_timeout=3`);
  assert.equal(pg('host = /tmp  dbname=x').config, { host: '/tmp', database: 'x' });
});

test('bad inputs are user errors without the password', () => {
  rejects('mysql://root:hunter2@h/d', /unsupported database URL scheme "mysql:"/);
  rejects('postgres://h:notaport/d', /bad port "notaport"/);
  rejects('postgres://h/d?colour=blue', /unknown connection parameter "colour"/);
  rejects('postgres://a,b/d', /several hosts/);
  rejects('just some words', /cannot read the database URL \(not shown/);
  try {
    parseDatabaseUrl('mysql://root:hunter2@h/d');
  } catch (e) {
    assert.not.match((e as Error).message, /hunter2/);
  }
});

test('redactUrl hides passwords in URLs, query strings and key=value text', () => {
  assert.is(redactUrl('postgres://u:pw@h/d'), 'postgres://u:***@h/d');
  assert.is(redactUrl('postgres://u@h/d'), 'postgres://u@h/d');
  assert.is(redactUrl('postgres://h/d?user=u&password=pw&sslmode=require'), 'postgres://h/d?user=u&password=***&sslmode=require');
  assert.is(redactUrl("host=h password='a b' user=u"), 'host=h password=*** user=u');
  assert.is(redactUrl('host=h password=x\\ y user=u'), 'host=h password=*** user=u');
  assert.is(
    redactUrl('error connecting to postgresql+asyncpg://me:t0p@db/app: refused'),
    'error connecting to postgresql+asyncpg://me:***@db/app: refused',
  );
  assert.is(redactUrl('no secrets here'), 'no secrets here');
});

test.run();
