/**
 * Connection retries and redaction through the CLI: a server that starts listening only after
 * pgshift has begun waiting (a TCP proxy to the real server, opened late), and a password that
 * never shows in any output.
 */
import { createServer, connect as netConnect, type Server } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDatabaseUrl, type DbTarget } from '../../lib/db/url.js';
import { fixtureProject, queryOnce, runCli, testDatabase } from '../helpers/online.js';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** Forwards 127.0.0.1:port to the server (its Unix socket or TCP address). */
function proxy(port: number, server: DbTarget & { kind: 'pg' }): Promise<Server> {
  const host = server.config.host ?? '/var/run/postgresql';
  const serverPort = server.config.port ?? 5432;
  const p = createServer((client) => {
    const upstream = host.startsWith('/') ? netConnect(`${host}/.s.PGSQL.${serverPort}`) : netConnect(serverPort, host);
    client.pipe(upstream).pipe(client);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return new Promise((r) => p.listen(port, '127.0.0.1', () => r(p)));
}

const serverUrl = process.env['PGSHIFT_TEST_URL'];

test('a server that starts late is waited for: each attempt is logged, then the upgrade runs', async () => {
  if (!serverUrl) {
    console.log('  (skipped: set PGSHIFT_TEST_URL to run the late-server test against a real PostgreSQL)');
    return;
  }
  const server = parseDatabaseUrl(serverUrl) as DbTarget & { kind: 'pg' };
  const db = await testDatabase('server');
  const p = fixtureProject([{ name: 't', up: 'CREATE TABLE late (a int);', down: 'DROP TABLE late;' }]);
  const port = await freePort();
  const dbname = /dbname=(\S+)/.exec(db.url)![1]!;
  let listening: Server | undefined;
  try {
    const url = `postgresql://${server.config.user ?? process.env['USER'] ?? 'root'}:pa55word@127.0.0.1:${port}/${dbname}`;
    const run = runCli(['upgrade', '--cwd', p.dir, '--url', url, '--connect-retries', '8', '--connect-retry-delay', '200ms']);
    await new Promise((r) => setTimeout(r, 1500));
    listening = await proxy(port, server);
    const r = await run;
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stderr, /connecting to .* \(attempt 1 of 9\)/);
    assert.match(r.stderr, /ECONNREFUSED|connect/);
    assert.match(r.stderr, /retrying in 200 ms/);
    assert.match(r.stderr, /retrying in 400 ms/, 'the delay doubles');
    assert.not.match(r.stderr + r.stdout, /pa55word/);
    assert.match(r.stderr, /:\*\*\*@127\.0\.0\.1/);
    const rows = await queryOnce<{ n: number }>(db, `SELECT count(*)::int AS n FROM pgshift_revisions`);
    assert.is(rows[0]!.n, 1);
  } finally {
    await new Promise((r) => (listening ? listening.close(r) : r(undefined)));
    await db.dispose();
    p.dispose();
  }
});

test('retries give up with the error, and the password appears nowhere', async () => {
  const p = fixtureProject([{ name: 't', up: 'CREATE TABLE x (a int);', down: 'DROP TABLE x;' }]);
  const port = await freePort();
  try {
    for (const url of [`postgresql+asyncpg://app:s3cr%40t@127.0.0.1:${port}/db`, `host=127.0.0.1 port=${port} user=app password='s3cr@t' dbname=db`]) {
      const r = await runCli(['status', '--cwd', p.dir, '--url', url, '--connect-retries', '2', '--connect-retry-delay', '10ms']);
      assert.is(r.code, 1, r.stderr);
      assert.match(r.stderr, /attempt 3 of 3/);
      assert.match(r.stderr, /retrying in 20 ms/);
      assert.match(r.stderr, /database-error.*cannot connect/);
      assert.not.match(r.stderr + r.stdout, /s3cr/);
    }
    const env = await runCli(['status', '--cwd', p.dir, '--connect-retries', '0'], { DATABASE_URL: `postgres://app:hunter2@127.0.0.1:${port}/db` });
    assert.is(env.code, 1);
    assert.match(env.stderr, /postgresql:\/\/app:\*\*\*@127\.0\.0\.1/, 'DATABASE_URL is used, redacted');
    assert.not.match(env.stderr, /hunter2/);
  } finally {
    p.dispose();
  }
});

test.run();
