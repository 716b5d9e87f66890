/**
 * Online-mode test fixtures: a temporary project with a pgshift chain written from plain
 * (up, down) pairs, and database URLs a test may hand to the API or the CLI: an embedded
 * database in a temporary folder always, and a fresh database on the real server when
 * PGSHIFT_TEST_URL is set (dropped by `dispose`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type DbClient } from '../../lib/db/client.js';
import { parseDatabaseUrl, type DbTarget } from '../../lib/db/url.js';
import { projectSettings, type ProjectSettings } from '../../lib/config/project.js';
import { migrationFile } from '../../lib/emit/migration.js';
import { sumText } from '../../lib/chain/sum.js';
import { readChain } from '../../lib/chain/read.js';

export interface FixtureRevision {
  /** Name slug; ids are generated in order (r001, r002…). */
  name: string;
  up: string;
  down?: string;
  noTransaction?: boolean;
}

export interface FixtureProject {
  dir: string;
  settings: ProjectSettings;
  /** Revision ids in order. */
  ids: string[];
  /** Path of a revision's file. */
  file(id: string, direction: 'up' | 'down'): string;
  dispose(): void;
}

/** Writes `out/<id>_<name>/{up,down}.sql` with pgshift headers and the sum file. */
export function fixtureProject(revisions: FixtureRevision[], opts: { prefix?: string } = {}): FixtureProject {
  const dir = mkdtempSync(join(tmpdir(), opts.prefix ?? 'pgshift-online-'));
  const out = join(dir, 'out');
  mkdirSync(out);
  const ids: string[] = [];
  const paths = new Map<string, string>();
  revisions.forEach((r, i) => {
    const id = `2026010100${String(i + 1).padStart(4, '0')}`;
    const header = { id, parents: ids.length ? [ids[ids.length - 1]!] : [], message: r.name, created: '2026-01-01T00:00:00.000Z', noTransaction: r.noTransaction };
    const rd = join(out, `${id}_${r.name}`);
    mkdirSync(rd);
    writeFileSync(join(rd, 'up.sql'), migrationFile(header, 'up', r.up));
    writeFileSync(join(rd, 'down.sql'), migrationFile(header, 'down', r.down ?? ''));
    paths.set(`${id}:up`, join(rd, 'up.sql'));
    paths.set(`${id}:down`, join(rd, 'down.sql'));
    ids.push(id);
  });
  writeFileSync(join(out, 'pgshift.sum'), sumText(readChain(out).chain));
  return {
    dir,
    settings: projectSettings(dir),
    ids,
    file: (id, direction) => paths.get(`${id}:${direction}`)!,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface TestDatabase {
  /** `pglite` or `server`. */
  kind: string;
  url: string;
  /** A separate connection for the test's own checks (close it before another process opens an embedded database). */
  open(): Promise<DbClient>;
  dispose(): Promise<void>;
}

let counter = 0;

/** The databases each online test runs against: embedded always, the real server when configured. */
export function testDatabaseKinds(): string[] {
  return ['pglite', ...(process.env['PGSHIFT_TEST_URL'] ? ['server'] : [])];
}

export async function testDatabase(kind: string): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'pgshift-db-'));
    const url = `pglite:${join(dir, 'db')}`;
    return {
      kind,
      url,
      open: () => connect(parseDatabaseUrl(url)),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = parseDatabaseUrl(process.env['PGSHIFT_TEST_URL']) as DbTarget & { kind: 'pg' };
  const name = `pgshift_test_online_${process.pid}_${++counter}`;
  const admin = await connect(server, { retries: 2, retryDelayMs: 500 });
  try {
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.exec(`CREATE DATABASE ${name} TEMPLATE template0`);
  } finally {
    await admin.close();
  }
  const url = serverUrl(server, name);
  return {
    kind,
    url,
    open: () => connect(parseDatabaseUrl(url)),
    dispose: async () => {
      const a = await connect(server, { retries: 2, retryDelayMs: 500 });
      try {
        await a.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.close();
      }
    },
  };
}

/** A libpq key=value string for another database on the same server. */
export function serverUrl(server: DbTarget & { kind: 'pg' }, dbname: string): string {
  const c = server.config;
  const parts = [`dbname=${dbname}`];
  if (c.host) parts.push(`host=${c.host}`);
  if (c.port) parts.push(`port=${c.port}`);
  if (c.user) parts.push(`user=${c.user}`);
  if (typeof c.password === 'string') parts.push(`password='${c.password.replace(/['\\]/g, '\\$&')}'`);
  return parts.join(' ');
}

/** Rows of a query on a fresh connection (closed afterwards). */
export async function queryOnce<T = Record<string, unknown>>(db: TestDatabase, sql: string): Promise<T[]> {
  const c = await db.open();
  try {
    return await c.query<T>(sql);
  } finally {
    await c.close();
  }
}

const CLI = fileURLToPath(new URL('../../bundle/pgshift.js', import.meta.url));

/** Runs the compiled CLI in a child process (DATABASE_URL cleared unless given). */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
