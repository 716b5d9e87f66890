import { createServer } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { connect, DbError, positionToOffset, type DbClient } from '../../lib/db/client.js';
import { parseDatabaseUrl } from '../../lib/db/url.js';

/** Every driver available here: PGlite always, the real server when PGSHIFT_TEST_URL is set. */
const urls = ['pglite:memory:', ...(process.env['PGSHIFT_TEST_URL'] ? [process.env['PGSHIFT_TEST_URL']] : [])];

async function failure(p: Promise<unknown>): Promise<DbError> {
  try {
    await p;
  } catch (e) {
    assert.instance(e, DbError);
    return e as DbError;
  }
  throw new Error('expected a DbError');
}

for (const url of urls) {
  const kind = parseDatabaseUrl(url).kind;
  let db: DbClient;

  test.before(async () => {
    db = await connect(parseDatabaseUrl(url), { lockTimeout: '3s', statementTimeout: '1min' });
  });
  test.after(async () => {
    await db.close();
  });

  test(`${kind}: query with parameters returns rows`, async () => {
    const rows = await db.query<{ a: string; b: number }>('SELECT $1::text AS a, $2::int AS b', ['x', 7]);
    assert.equal(rows, [{ a: 'x', b: 7 }]);
  });

  test(`${kind}: session timeouts are set`, async () => {
    const [row] = await db.query<{ l: string; s: string }>(
      `SELECT current_setting('lock_timeout') AS l, current_setting('statement_timeout') AS s`,
    );
    assert.equal(row, { l: '3s', s: '1min' });
  });

  test(`${kind}: exec runs a multi-statement script`, async () => {
    await db.exec('CREATE TEMP TABLE c1 (a int); INSERT INTO c1 VALUES (1), (2); CREATE TEMP TABLE c2 (b int);');
    const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM c1, c2');
    assert.equal(rows, [{ n: 0 }]);
  });

  test(`${kind}: a failed statement is a DbError with SQLSTATE and position`, async () => {
    const sql = 'SELECT 1;\nSELECT nope FROM pg_class';
    const e = await failure(db.exec(sql));
    assert.is(e.code, '42703');
    assert.match(e.message, /column "nope" does not exist/);
    assert.is(e.position, 18);
    assert.is(sql.slice(e.offset!, e.offset! + 4), 'nope');
  });

  test(`${kind}: the offset counts UTF-16 units where PostgreSQL counts characters`, async () => {
    const sql = `SELECT '😀é' AS s, missing_column`;
    const e = await failure(db.query(sql));
    assert.is(e.position, 19);
    assert.is(sql.slice(e.offset!, e.offset! + 14), 'missing_column');
  });

  test(`${kind}: errors without a position have none`, async () => {
    const e = await failure(db.query('SELECT 1/0'));
    assert.is(e.code, '22012');
    assert.is(e.position, undefined);
    assert.is(e.offset, undefined);
  });
}

test('positionToOffset skips surrogate pairs', () => {
  assert.is(positionToOffset('abc', 2), 1);
  assert.is(positionToOffset('😀x', 2), 2);
  assert.is(positionToOffset('a', 9), 1);
});

/** A local port where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

test('connection refused is retried with backoff, then reported without the password', async () => {
  const port = await closedPort();
  const logs: string[] = [];
  const started = Date.now();
  const e = await failure(
    connect(parseDatabaseUrl(`postgres://app:hunter2@127.0.0.1:${port}/db`), {
      retries: 2,
      retryDelayMs: 20,
      log: (m) => logs.push(m),
    }),
  );
  assert.is(e.code, 'ECONNREFUSED');
  assert.match(e.message, `postgresql://app:***@127.0.0.1:${port}/db`);
  assert.is(logs.filter((l) => l.startsWith('connecting')).length, 3);
  assert.match(logs.join('\n'), 'retrying in 40 ms');
  assert.ok(Date.now() - started >= 60, 'waited 20 + 40 ms');
  for (const text of [e.message, ...logs]) assert.not.match(text, 'hunter2');
});

test('retries: 0 makes a single attempt', async () => {
  const port = await closedPort();
  const logs: string[] = [];
  await failure(connect(parseDatabaseUrl(`postgres://127.0.0.1:${port}/db`), { retries: 0, log: (m) => logs.push(m) }));
  assert.is(logs.filter((l) => l.startsWith('connecting')).length, 1);
});

test.run();
