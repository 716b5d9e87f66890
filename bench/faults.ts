/**
 * `make faults`: faults injected into `pgshift upgrade` on the embedded database (PGlite) and,
 * when PGSHIFT_TEST_URL is set, on a real PostgreSQL server.
 *
 *   node dist/bench/faults.js [--rounds 5] [--seed 1]
 *
 * Scenarios (each round of the first two draws a new kill point from the seed):
 * - kill-mid-revision: `kill -9` of the upgrade process while a slow revision runs;
 * - kill-between-revisions: `kill -9` right after a revision is reported applied;
 *   after both, the database must be exactly at a revision boundary — its version-table rows a
 *   prefix of the chain and its schema (introspected) and the revisions' own log rows equal to a
 *   fresh database upgraded to that revision — and the next `upgrade` must complete;
 * - statement-fails: a statement failing mid-revision: rolled back, exit 1, the revision and
 *   file:line:column in the message, the database at the revision before;
 * - connection-dropped (server): the backend terminated (`pg_terminate_backend`) mid-revision:
 *   the same, and the next `upgrade` completes;
 * - concurrently-interrupted: a `CREATE INDEX CONCURRENTLY` interrupted (backend terminated on
 *   a server, process killed on PGlite): the next `upgrade` repairs the INVALID index and completes.
 * Prints the faults injected and the revisions left half-applied; exit 1 unless that is 0 and
 * every recovery succeeded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from '../lib/db/client.js';
import { parseDatabaseUrl } from '../lib/db/url.js';
import { fileURLToPath } from 'node:url';
import { upgrade } from '../lib/online/migrate.js';
import { snapshotSchema, diffSnapshots } from '../lib/db/snapshot.js';
import { type SchemaSnapshot } from '../lib/db/snapshot-model.js';
import { rand, type Rand } from '../test/helpers/fuzz/mutate.js';
import { fixtureProject, queryOnce, testDatabase, testDatabaseKinds, type FixtureProject, type FixtureRevision, type TestDatabase } from '../test/helpers/online.js';

const CLI = fileURLToPath(new URL('../bundle/pgshift.js', import.meta.url));

/** Four revisions, two of them slow, each logging itself in applied_log (a primary key: a second application fails). */
export const SLOW_CHAIN: FixtureRevision[] = [
  {
    name: 'items',
    up: "SET lock_timeout = '5s';\nCREATE TABLE applied_log (revision text PRIMARY KEY, at timestamptz DEFAULT clock_timestamp());\nCREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL);\nINSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 2000) g;\nINSERT INTO applied_log (revision) VALUES ('r1');",
    down: 'DROP TABLE items;\nDROP TABLE applied_log;',
  },
  {
    name: 'slow_price',
    up: "SET lock_timeout = '5s';\nALTER TABLE items ADD COLUMN price numeric;\nUPDATE items SET price = id * 1.5;\nSELECT pg_sleep(1.5);\nCREATE TABLE orders (id int PRIMARY KEY, item_id bigint REFERENCES items (id));\nINSERT INTO applied_log (revision) VALUES ('r2');",
    down: 'DROP TABLE orders;\nALTER TABLE items DROP COLUMN price;',
  },
  {
    name: 'name_index',
    up: "CREATE INDEX CONCURRENTLY items_name_idx ON items (name);\nINSERT INTO applied_log (revision) VALUES ('r3');",
    down: 'DROP INDEX items_name_idx;',
  },
  {
    name: 'slow_comment',
    up: "SELECT pg_sleep(1);\nCOMMENT ON TABLE orders IS 'orders of items';\nCREATE VIEW priced AS SELECT id, price FROM items WHERE price IS NOT NULL;\nINSERT INTO applied_log (revision) VALUES ('r4');",
    down: 'DROP VIEW priced;\nCOMMENT ON TABLE orders IS NULL;',
  },
];

let template: string | undefined;

/**
 * A fresh database: on the server a new database; embedded, a copy of one freshly initialised
 * PGlite folder (initialising a PGlite folder takes seconds, copying one milliseconds).
 */
async function freshDatabase(kind: string): Promise<TestDatabase> {
  if (kind !== 'pglite') return testDatabase(kind);
  if (!template) {
    template = join(mkdtempSync(join(tmpdir(), 'pgshift-faults-template-')), 'db');
    const c = await connect(parseDatabaseUrl(`pglite:${template}`));
    await c.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'pgshift-faults-'));
  cpSync(template, join(dir, 'db'), { recursive: true });
  const url = `pglite:${join(dir, 'db')}`;
  return { kind, url, open: () => connect(parseDatabaseUrl(url)), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

interface Tally {
  faults: number;
  boundaryChecks: number;
  halfApplied: number;
  recoveries: number;
  recoveryFailures: number;
  problems: string[];
}

function upgradeProcess(p: FixtureProject, db: TestDatabase, extra: string[] = []): { child: ChildProcess; lines: string[]; done: Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }>; waitFor: (re: RegExp, ms?: number) => Promise<boolean> } {
  const child = spawn(process.execPath, [CLI, 'upgrade', '--cwd', p.dir, '--url', db.url, '--lock-wait', '60s', ...extra], { env: { ...process.env, DATABASE_URL: '' } });
  const lines: string[] = [];
  let stderr = '';
  let stdout = '';
  const waiters: { re: RegExp; resolve: (ok: boolean) => void }[] = [];
  child.stderr!.on('data', (d) => {
    stderr += d;
    for (const l of String(d).split('\n')) if (l) lines.push(l);
    for (const w of [...waiters]) if (w.re.test(stderr)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(true));
  });
  child.stdout!.on('data', (d) => (stdout += d));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }>((r) => child.on('close', (code, signal) => {
    for (const w of waiters.splice(0)) w.resolve(false);
    r({ code, signal, stderr, stdout });
  }));
  const waitFor = (re: RegExp, ms = 60_000) =>
    new Promise<boolean>((r) => {
      if (re.test(stderr)) return r(true);
      const w = { re, resolve: r };
      waiters.push(w);
      setTimeout(() => {
        const i = waiters.indexOf(w);
        if (i >= 0) (waiters.splice(i, 1), r(false));
      }, ms);
    });
  return { child, lines, done, waitFor };
}

/** What a database looks like: its version rows, its schema without the version table, its log rows. */
interface State {
  versions: string[];
  log: string[];
  schema: SchemaSnapshot;
}

async function stateOf(db: TestDatabase): Promise<State> {
  const c = await db.open();
  try {
    const has = async (t: string) => ((await c.query<{ ok: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS ok`, [t]))[0]!.ok);
    const versions = (await has('public.pgshift_revisions')) ? (await c.query<{ revision: string }>(`SELECT revision FROM pgshift_revisions ORDER BY revision`)).map((r) => r.revision) : [];
    const log = (await has('public.applied_log')) ? (await c.query<{ revision: string }>(`SELECT revision FROM applied_log ORDER BY revision`)).map((r) => r.revision) : [];
    const schema = await snapshotSchema(c, { excludeTables: ['pgshift_revisions'] });
    return { versions, log, schema };
  } finally {
    await c.close();
  }
}

/** The state of a fresh database upgraded one revision at a time: each revision boundary (0 … n). */
async function boundaries(kind: string, p: FixtureProject): Promise<State[]> {
  const out: State[] = [];
  const db = await freshDatabase(kind);
  try {
    out.push(await stateOf(db));
    for (let k = 1; k <= p.ids.length; k++) {
      const r = await upgrade(p.settings, { url: db.url, target: '+1' });
      if (r.failure) throw new Error(`reference upgrade to ${p.ids[k - 1]} failed: ${JSON.stringify(r.diagnostics)}`);
      out.push(await stateOf(db));
    }
  } finally {
    await db.dispose();
  }
  return out;
}

/** Is the database exactly at a boundary? Returns the problems (empty when it is). */
function atBoundary(s: State, p: FixtureProject, refs: State[]): string[] {
  const k = s.versions.length;
  const problems: string[] = [];
  if (s.versions.join() !== p.ids.slice(0, k).join()) problems.push(`version rows ${s.versions.join(',')} are not a prefix of the chain`);
  const ref = refs[k]!;
  const schemaDiffs = diffSnapshots(s.schema, ref.schema, ['killed', `fresh@${k}`]);
  if (schemaDiffs.length) problems.push(`schema differs from revision boundary ${k}: ${schemaDiffs.slice(0, 5).join('; ')}`);
  if (s.log.join() !== ref.log.join()) problems.push(`applied_log ${s.log.join(',')} ≠ ${ref.log.join(',')} at boundary ${k}`);
  return problems;
}

async function recover(t: Tally, label: string, p: FixtureProject, db: TestDatabase, refs: State[], expect?: RegExp): Promise<void> {
  const again = upgradeProcess(p, db);
  const r = await again.done;
  const s = await stateOf(db);
  const problems = atBoundary(s, p, refs);
  if (r.code !== 0 || s.versions.length !== p.ids.length || problems.length || (expect && !expect.test(r.stderr))) {
    t.recoveryFailures++;
    t.problems.push(`${label}: the next upgrade did not complete (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')} ${problems.join('; ')}`);
  } else t.recoveries++;
}

async function killRound(t: Tally, kind: string, p: FixtureProject, refs: State[], r: Rand, mode: 'mid' | 'between'): Promise<void> {
  const db = await freshDatabase(kind);
  try {
    const run = upgradeProcess(p, db);
    // the revision after which (or during whose successor) the process dies
    const after = r.int(p.ids.length);
    const label = `${kind} kill-${mode === 'mid' ? 'mid-revision' : 'between-revisions'} after ${after} revision(s)`;
    if (after > 0) await run.waitFor(new RegExp(`applied ${p.ids[after - 1]}`));
    else await run.waitFor(/opening|connecting/);
    if (mode === 'mid') await new Promise((res) => setTimeout(res, after === 0 ? 1500 + r.int(2500) : 100 + r.int(1300)));
    const killed = run.child.kill('SIGKILL');
    const end = await run.done;
    if (!killed || end.signal !== 'SIGKILL') {
      console.log(`  ${label}: the process had already exited (${end.code}); not counted`);
      return;
    }
    t.faults++;
    const s = await stateOf(db);
    t.boundaryChecks++;
    const problems = atBoundary(s, p, refs);
    if (problems.length) {
      // a CREATE INDEX CONCURRENTLY runs outside the revision's transaction: its index may stay (the next run repairs it)
      const onlyIndex = problems.length === 1 && /index items_name_idx/.test(problems[0]!) && s.versions.length === 2;
      if (!onlyIndex) {
        t.halfApplied++;
        t.problems.push(`${label}: not at a revision boundary: ${problems.join('; ')}`);
      }
      console.log(`  ${label}: at ${s.versions.length} revision(s)${onlyIndex ? ' plus the outside-transaction index of the next (left for the next run)' : ' — NOT A BOUNDARY'}`);
    } else console.log(`  ${label}: at boundary ${s.versions.length}`);
    await recover(t, label, p, db, refs);
  } finally {
    await db.dispose();
  }
}

async function statementFails(t: Tally, kind: string): Promise<void> {
  const p = fixtureProject([
    SLOW_CHAIN[0]!,
    { name: 'breaks', up: "SET lock_timeout = '5s';\nALTER TABLE items ADD COLUMN tag text;\nUPDATE items SET tag = 'x';\nINSERT INTO missing_table VALUES (1);\nINSERT INTO applied_log (revision) VALUES ('r2');", down: 'ALTER TABLE items DROP COLUMN tag;' },
  ]);
  const db = await freshDatabase(kind);
  try {
    const run = upgradeProcess(p, db);
    const end = await run.done;
    t.faults++;
    const s = await stateOf(db);
    t.boundaryChecks++;
    const where = new RegExp(`${p.ids[1]}_breaks/up\\.sql:10:13: error \\[migration-failed\\] revision ${p.ids[1]} \\(up\\) failed: relation "missing_table" does not exist`);
    const ok = end.code === 1 && where.test(end.stderr) && s.versions.join() === p.ids[0] && s.log.join() === 'r1' && !JSON.stringify(s.schema).includes('"tag"');
    if (!ok) {
      t.halfApplied += s.versions.length === 1 && JSON.stringify(s.schema).includes('"tag"') ? 1 : 0;
      t.problems.push(`${kind} statement-fails: exit ${end.code}, versions ${s.versions.join(',')}: ${end.stderr.trim().split('\n').slice(-4).join(' | ')}`);
    }
    console.log(`  ${kind} statement-fails: exit ${end.code}, rolled back to ${s.versions.length} revision(s)${ok ? '' : ' — UNEXPECTED'}`);
  } finally {
    await db.dispose();
    p.dispose();
  }
}

/** Terminates the backend running a query that matches `like` in the database of `db` (server only). */
async function terminate(admin: TestDatabase, dbname: string, like: string, ms = 30_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const rows = await queryOnce<{ ok: boolean }>(admin, `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = '${dbname}' AND query LIKE '${like}' AND pid <> pg_backend_pid()`);
    if (rows.some((r) => r.ok)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

async function connectionDropped(t: Tally, p: FixtureProject, refs: State[]): Promise<void> {
  const db = await freshDatabase('server');
  const dbname = /dbname=(\S+)/.exec(db.url)![1]!;
  try {
    const run = upgradeProcess(p, db);
    const hit = await terminate(db, dbname, 'SELECT pg_sleep(1.5)%');
    const end = await run.done;
    if (!hit) {
      t.problems.push(`server connection-dropped: never saw the slow statement (exit ${end.code})`);
      return;
    }
    t.faults++;
    const s = await stateOf(db);
    t.boundaryChecks++;
    const problems = atBoundary(s, p, refs);
    const where = new RegExp(`${p.ids[1]}_slow_price/up\\.sql:\\d+:\\d+: error \\[migration-failed\\] revision ${p.ids[1]} \\(up\\) failed: terminating connection`);
    if (problems.length) {
      t.halfApplied++;
      t.problems.push(`server connection-dropped: ${problems.join('; ')}`);
    }
    if (end.code !== 1 || !where.test(end.stderr) || /\n\s+at /.test(end.stderr)) t.problems.push(`server connection-dropped: exit ${end.code}, message: ${end.stderr.trim().split('\n').slice(-4).join(' | ')}`);
    console.log(`  server connection-dropped: exit ${end.code}, at boundary ${s.versions.length}${problems.length ? ' — NOT A BOUNDARY' : ''}`);
    await recover(t, 'server connection-dropped', p, db, refs);
  } finally {
    await db.dispose();
  }
}

/** A CREATE INDEX CONCURRENTLY slow enough to interrupt: an immutable wrapper around pg_sleep per row. */
const SLOW_INDEX_CHAIN: FixtureRevision[] = [
  {
    name: 'big',
    up: "CREATE FUNCTION slow_key(k int) RETURNS int IMMUTABLE LANGUAGE sql AS $$ SELECT k + (pg_sleep(0.002) IS NULL)::int $$;\nCREATE TABLE big (id int PRIMARY KEY);\nINSERT INTO big SELECT generate_series(1, 1500);",
    down: 'DROP TABLE big;\nDROP FUNCTION slow_key(int);',
  },
  { name: 'slow_index', up: 'CREATE INDEX CONCURRENTLY big_slow_idx ON big (slow_key(id));', down: 'DROP INDEX CONCURRENTLY big_slow_idx;' },
];

async function concurrentlyInterrupted(t: Tally, kind: string): Promise<void> {
  const p = fixtureProject(SLOW_INDEX_CHAIN);
  const db = await freshDatabase(kind);
  try {
    const run = upgradeProcess(p, db);
    let hit: boolean;
    if (kind === 'server') {
      hit = await terminate(db, /dbname=(\S+)/.exec(db.url)![1]!, 'CREATE INDEX CONCURRENTLY big_slow_idx%');
    } else {
      hit = await run.waitFor(new RegExp(`applied ${p.ids[0]}`));
      await new Promise((r) => setTimeout(r, 800));
      hit = hit && run.child.kill('SIGKILL');
    }
    const end = await run.done;
    if (!hit || end.code === 0) {
      console.log(`  ${kind} concurrently-interrupted: could not interrupt the index build (exit ${end.code}); not counted`);
      return;
    }
    t.faults++;
    const idx = await queryOnce<{ valid: boolean }>(db, `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'big_slow_idx'`);
    const left = idx.length ? (idx[0]!.valid ? 'a valid index' : 'an INVALID index') : 'no index';
    const again = upgradeProcess(p, db);
    const r = await again.done;
    const after = await queryOnce<{ valid: boolean }>(db, `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'big_slow_idx'`);
    const versions = await queryOnce<{ n: number }>(db, `SELECT count(*)::int AS n FROM pgshift_revisions`);
    const repaired = left !== 'an INVALID index' || /left INVALID by an interrupted CREATE INDEX CONCURRENTLY/.test(r.stderr);
    if (r.code === 0 && after.length === 1 && after[0]!.valid && versions[0]!.n === 2 && repaired) t.recoveries++;
    else {
      t.recoveryFailures++;
      t.problems.push(`${kind} concurrently-interrupted: left ${left}; next upgrade exit ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    }
    console.log(`  ${kind} concurrently-interrupted: left ${left}; next upgrade exit ${r.code}${/left INVALID/.test(r.stderr) ? ' (repaired the INVALID index)' : ''}`);
  } finally {
    await db.dispose();
    p.dispose();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const get = (n: string, d: number) => (argv.includes(`--${n}`) ? Number(argv[argv.indexOf(`--${n}`) + 1]) : d);
  const rounds = get('rounds', 5);
  const r = rand(get('seed', 1));
  const started = Date.now();
  const t: Tally = { faults: 0, boundaryChecks: 0, halfApplied: 0, recoveries: 0, recoveryFailures: 0, problems: [] };
  const kinds = testDatabaseKinds();
  console.log(`faults: ${rounds} round(s) of each kill scenario on ${kinds.join(' and ')}${kinds.includes('server') ? '' : ' (set PGSHIFT_TEST_URL for a real server)'}`);
  for (const kind of kinds) {
    const p = fixtureProject(SLOW_CHAIN);
    try {
      const refs = await boundaries(kind, p);
      for (let i = 0; i < rounds; i++) {
        await killRound(t, kind, p, refs, r, 'mid');
        await killRound(t, kind, p, refs, r, 'between');
      }
      await statementFails(t, kind);
      if (kind === 'server') await connectionDropped(t, p, refs);
      await concurrentlyInterrupted(t, kind);
    } finally {
      p.dispose();
    }
  }
  console.log(
    `faults: ${t.faults} injected in ${((Date.now() - started) / 1000).toFixed(0)} s; ${t.boundaryChecks} boundary checks; revisions left half-applied: ${t.halfApplied}; ` +
      `next upgrade completed ${t.recoveries} time(s), failed ${t.recoveryFailures}`,
  );
  for (const pr of t.problems) console.log(`  PROBLEM ${pr}`);
  if (template) rmSync(resolve(template, '..'), { recursive: true, force: true });
  process.exitCode = t.halfApplied || t.recoveryFailures || t.problems.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
