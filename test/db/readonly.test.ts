/**
 * `pull`, `drift`, `status`, `current` and `history` only read the catalogue: proven on a real
 * server (1) with a login role that can only read (SELECT on the tables, every transaction read
 * only) — every command succeeds — and (2) by recording every statement the client sends
 * through a TCP proxy that reads the PostgreSQL wire protocol: each one is parsed and must be a
 * read (SELECT without INTO / FOR UPDATE / data-modifying WITH, SHOW, SET of a session setting,
 * a transaction statement), calling no function that writes or takes locks.
 */
import { createServer, connect as netConnect, type Server } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { upgrade } from '../../lib/online/migrate.js';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { parseDatabaseUrl, type DbTarget } from '../../lib/db/url.js';
import { connect } from '../../lib/db/client.js';
import { fixtureProject, runCli, testDatabase } from '../helpers/online.js';

/** Forwards 127.0.0.1:<port> to the server's TCP port and records the SQL of every Query ('Q') and Parse ('P') message. */
async function recordingProxy(upstreamPort: number): Promise<{ port: number; statements: string[]; close: () => Promise<void> }> {
  const statements: string[] = [];
  const server: Server = createServer((client) => {
    const upstream = netConnect(upstreamPort, '127.0.0.1');
    let buf = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        if (!started) {
          if (buf.length < 4) break;
          const len = buf.readInt32BE(0);
          if (buf.length < len) break;
          buf = buf.subarray(len);
          started = true;
          continue;
        }
        if (buf.length < 5) break;
        const type = String.fromCharCode(buf[0]!);
        const len = buf.readInt32BE(1);
        if (buf.length < 1 + len) break;
        const body = buf.subarray(5, 1 + len);
        if (type === 'Q') statements.push(body.subarray(0, body.indexOf(0)).toString('utf8'));
        if (type === 'P') {
          const nameEnd = body.indexOf(0);
          statements.push(body.subarray(nameEnd + 1, body.indexOf(0, nameEnd + 1)).toString('utf8'));
        }
        buf = buf.subarray(1 + len);
      }
      upstream.write(chunk);
    });
    upstream.on('data', (d) => client.write(d));
    upstream.on('end', () => client.end());
    client.on('end', () => upstream.end());
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as { port: number }).port, statements, close: () => new Promise((r) => server.close(() => r())) };
}

const WRITING_FUNCTIONS = /^(nextval|setval|pg_advisory_\w*|pg_try_advisory_\w*|lo_\w+|pg_terminate_backend|pg_cancel_backend|pg_reload_conf|pg_rotate_logfile|txid_current|pg_current_xact_id|pg_stat_reset\w*|dblink\w*|pg_notify|pg_create_\w+|pg_drop_\w+|pg_switch_wal|pg_promote)$/;
const READS = new Set(['SelectStmt', 'VariableShowStmt', 'VariableSetStmt', 'TransactionStmt']);

/** Why a statement is not a catalogue read (undefined when it is one). */
function notARead(sql: string): string | undefined {
  const parsed = parseFile({ path: 'sent.sql', text: sql });
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return 'unparsable';
  for (const s of parsed.statements) {
    if (!READS.has(s.type)) return s.type;
    const tree = JSON.stringify(s.node);
    if (/"(InsertStmt|UpdateStmt|DeleteStmt|MergeStmt)"/.test(tree)) return 'data-modifying WITH';
    if (/"intoClause"/.test(tree)) return 'SELECT INTO';
    if (/"lockingClause"/.test(tree)) return 'SELECT … FOR UPDATE/SHARE';
    for (const m of tree.matchAll(/"funcname":\[(?:\{"String":\{"sval":"[^"]*"\}\},)*\{"String":\{"sval":"([^"]+)"\}\}\]/g)) {
      if (WRITING_FUNCTIONS.test(m[1]!)) return `calls ${m[1]}`;
    }
    if (s.type === 'VariableSetStmt' && /"name":"(session_authorization|role|transaction_read_only|default_transaction_read_only)"/.test(tree)) return 'changes the session identity or read-only mode';
  }
  return undefined;
}

test('the statement checker tells reads from writes', async () => {
  await initParser();
  for (const ok of ['SELECT 1', "SELECT set_config('search_path', $1, false)", 'SHOW server_version', 'BEGIN', 'SELECT * FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace']) assert.is(notARead(ok), undefined, ok);
  for (const bad of ['INSERT INTO t VALUES (1)', 'CREATE TABLE t (a int)', "SELECT nextval('s')", 'SELECT pg_advisory_lock(1)', 'SELECT * INTO x FROM t', 'SELECT * FROM t FOR UPDATE', 'WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d', 'SELECT pg_catalog.pg_try_advisory_lock(1, 2)']) assert.ok(notARead(bad), bad);
});

const url = process.env['PGSHIFT_TEST_URL'];

test('pull, drift, status, current, history: a read-only role suffices, and every statement sent is a catalogue read', async () => {
  if (!url) {
    console.log('  (skipped: set PGSHIFT_TEST_URL to run the read-only test against a real PostgreSQL)');
    return;
  }
  await initParser();
  const server = parseDatabaseUrl(url) as DbTarget & { kind: 'pg' };
  const p = fixtureProject([
    { name: 'users', up: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);\nCREATE TYPE mood AS ENUM ('up', 'down');\nCREATE VIEW emails AS SELECT email FROM users;", down: 'DROP VIEW emails;\nDROP TYPE mood;\nDROP TABLE users;' },
    { name: 'posts', up: 'CREATE TABLE posts (id serial PRIMARY KEY, user_id bigint REFERENCES users (id), body text);\nCREATE INDEX posts_user_id_idx ON posts (user_id);', down: 'DROP TABLE posts;' },
  ]);
  const db = await testDatabase('server');
  const dbname = /dbname=(\S+)/.exec(db.url)![1]!;
  const role = `pgshift_ro_${process.pid}`;
  const password = `ro_${process.pid}_pw`;
  const admin = await connect(server);
  let proxy: Awaited<ReturnType<typeof recordingProxy>> | undefined;
  try {
    const up = await upgrade(p.settings, { url: db.url });
    assert.is(up.failure, undefined, JSON.stringify(up.diagnostics));
    await admin.exec(`DROP ROLE IF EXISTS ${role}`);
    await admin.exec(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    const owner = await connect(parseDatabaseUrl(db.url));
    try {
      await owner.exec(`GRANT CONNECT ON DATABASE ${dbname} TO ${role}; GRANT USAGE ON SCHEMA public TO ${role}; GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role};`);
      await owner.exec(`ALTER ROLE ${role} IN DATABASE ${dbname} SET default_transaction_read_only = on`);
    } finally {
      await owner.close();
    }
    proxy = await recordingProxy(server.config.port ?? 5432);
    const roUrl = `postgresql://${role}:${password}@127.0.0.1:${proxy.port}/${dbname}?sslmode=disable`;
    const runs: [string, string[], number[]][] = [
      ['status', ['status', '--exit-code'], [0]],
      ['current', ['current'], [0]],
      ['history', ['history'], [0]],
      // drift sees the grants made to the read-only role below, outside the chain (privileges are introspected)
      ['drift', ['drift', '--exit-code'], [3]],
      ['pull', ['pull'], [0]],
    ];
    for (const [name, args, codes] of runs) {
      const before = proxy.statements.length;
      const r = await runCli([...args, '--cwd', p.dir, '--url', roUrl, '--connect-retries', '0']);
      assert.ok(codes.includes(r.code), `${name} as a read-only role: exit ${r.code}\n${r.stdout}${r.stderr}`);
      if (name === 'drift') {
        // the only differences: the privileges this test granted the role, which the chain does not have
        const statements = r.stdout.split('\n').filter((l) => /^(GRANT|REVOKE|ALTER|CREATE|DROP)\b/.test(l));
        assert.ok(statements.length > 0 && statements.every((l) => /^REVOKE \w+ ON (TABLE|SCHEMA) /.test(l) && l.endsWith(`FROM ${role};`)), `drift reports only the role's grants:\n${r.stdout}`);
      }
      const sent = proxy.statements.slice(before);
      assert.ok(sent.length > 0, `${name} sent statements through the proxy`);
      console.log(`  ${name}: ${sent.length} statement(s) sent, all catalogue reads`);
      for (const sql of sent) {
        const why = notARead(sql);
        assert.is(why, undefined, `${name} sent a statement that is not a catalogue read (${why}): ${sql.slice(0, 300)}`);
      }
      assert.not.ok(r.stdout.includes(password) || r.stderr.includes(password), 'no password in the output');
    }
  } finally {
    await proxy?.close();
    await db.dispose();
    await admin.exec(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
    await admin.close();
    p.dispose();
  }
});

test.run();
