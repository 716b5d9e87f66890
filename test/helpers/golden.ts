/**
 * Golden diff cases: `test/diff/<kind>/<case>/{from.sql,to.sql,up.sql,down.sql}`.
 * `PGSHIFT_UPDATE=1 make test` rewrites up.sql/down.sql from the current output (review the git diff).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { bind } from '../../lib/catalog/bind.js';
import { replay } from '../../lib/catalog/replay.js';
import type { Catalog } from '../../lib/catalog/model/catalog.js';
import { migrationBetween, migrationText } from '../../lib/api/diff.js';
import { withScratchDb } from '../../lib/db/scratch.js';
import type { Diagnostic } from '../../lib/source/diagnostic.js';

export const GOLDEN_DIR = resolve('test/diff');

export interface GoldenCase {
  name: string;
  dir: string;
  from: string;
  to: string;
  /** setup.sql: run on the database before from.sql / to.sql (cluster-wide roles, created idempotently). */
  setup?: string;
  /** irreversible.txt: what the down migration cannot restore, so to + down still differs from `from`. */
  irreversible?: IrreversibleResidue;
  /**
   * pg-version.txt: the PostgreSQL major version the case targets (`--pg-version`; absent: the
   * default, 15). Its SQL is generated for that version and it is proven only on servers of that
   * version or later (a VIRTUAL generated column needs 18: PGlite, not PostgreSQL 15).
   */
  pgVersion?: number;
}

/**
 * `irreversible.txt`, for cases whose down migration is irreversible by design (an extension cannot
 * go back to an older version in place): `catalog: <change kind>` lines are the changes a diff of
 * to + down against `from` still finds, `database: <line>` lines the snapshot differences left.
 */
export interface IrreversibleResidue {
  catalog: string[];
  database: string[];
}

function readResidue(path: string): IrreversibleResidue | undefined {
  if (!existsSync(path)) return undefined;
  const r: IrreversibleResidue = { catalog: [], database: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^(catalog|database): (.*)$/.exec(line);
    if (m) r[m[1] as 'catalog' | 'database'].push(m[2]!);
  }
  return r;
}

/** Every golden case; PGSHIFT_CASES=<regex> keeps those whose `kind/name` matches (for focused runs). */
export function goldenCases(root = GOLDEN_DIR): GoldenCase[] {
  const out: GoldenCase[] = [];
  const only = process.env['PGSHIFT_CASES'] ? new RegExp(process.env['PGSHIFT_CASES']) : undefined;
  for (const kind of readdirSync(root).sort()) {
    const kd = join(root, kind);
    if (!statSync(kd).isDirectory()) continue;
    for (const c of readdirSync(kd).sort()) {
      const dir = join(kd, c);
      if (!existsSync(join(dir, 'to.sql')) || (only && !only.test(`${kind}/${c}`))) continue;
      const from = existsSync(join(dir, 'from.sql')) ? readFileSync(join(dir, 'from.sql'), 'utf8') : '';
      const setup = existsSync(join(dir, 'setup.sql')) ? readFileSync(join(dir, 'setup.sql'), 'utf8') : undefined;
      const version = existsSync(join(dir, 'pg-version.txt')) ? Number(readFileSync(join(dir, 'pg-version.txt'), 'utf8').trim()) : undefined;
      out.push({ name: `${kind}/${c}`, dir, from, to: readFileSync(join(dir, 'to.sql'), 'utf8'), setup, irreversible: readResidue(join(dir, 'irreversible.txt')), ...(version ? { pgVersion: version } : {}) });
    }
  }
  return out;
}

/** Bind a schema, modelling PostgreSQL `pgVersion` where versions differ (default 15). */
export async function bindSql(text: string, path = 'schema.sql', pgVersion?: number): Promise<{ catalog: Catalog; diagnostics: Diagnostic[] }> {
  await initParser();
  return bind([parseFile({ path, text })], { pgVersion });
}

/** Bind a declarative schema, then replay migration files on top of it (as a database built from it would run them). */
export async function replaySql(schema: string, migrations: { path: string; text: string }[], pgVersion?: number): Promise<{ catalog: Catalog; diagnostics: Diagnostic[] }> {
  const base = await bindSql(schema, 'schema.sql', pgVersion);
  const r = replay(migrations.map((t) => parseFile(t)), { catalog: base.catalog, pgVersion });
  return { catalog: r.catalog, diagnostics: [...base.diagnostics, ...r.diagnostics] };
}

/** SQL pgshift generates for a case (annotated, as written to migration files), for `pgVersion` (default 15). */
export async function generateSql(from: string, to: string, pgVersion?: number): Promise<{ up: string; down: string }> {
  const a = await bindSql(from, 'from.sql', pgVersion);
  const b = await bindSql(to, 'to.sql', pgVersion);
  const errors = [...a.diagnostics, ...b.diagnostics].filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((d) => `${d.file}: ${d.message}`).join('\n'));
  // the same defaults as `pgshift generate`: online-safe, lock-annotated, timeouts per transaction
  const m = migrationBetween(a.catalog, b.catalog, pgVersion ? { pgVersion } : {});
  return { up: migrationText(m.up), down: migrationText(m.down) };
}

/** Compare with the stored golden file, or rewrite it under PGSHIFT_UPDATE. Returns the stored text. */
export function golden(dir: string, file: string, actual: string): string | undefined {
  const p = join(dir, file);
  if (process.env['PGSHIFT_UPDATE'] || !existsSync(p)) {
    writeFileSync(p, actual);
    return actual;
  }
  return readFileSync(p, 'utf8');
}

/** The major version of the server tests run on (PGlite, or PGSHIFT_TEST_URL's), asked once. */
let serverMajor: Promise<number> | undefined;
export function testServerVersion(): Promise<number> {
  serverMajor ??= withScratchDb(async (db) => {
    const [row] = await db.query<{ v: string }>('SELECT current_setting(\'server_version_num\') AS v');
    return Math.floor(Number(row!.v) / 10000);
  });
  return serverMajor;
}

/** Can the case be proven on a server of major version `server` (its pg-version.txt)? */
export function runsOn(c: GoldenCase, server: number): boolean {
  return (c.pgVersion ?? 0) <= server;
}
