/** Loading inputs: SQL files, folders of schema files, chains — into parsed files and catalogues. */
import { existsSync } from 'node:fs';
import type { Diagnostic } from '../source/diagnostic.js';
import type { SourceFile } from '../source/file.js';
import { initParser, parseFile, type ParsedFile } from '../parse/parse.js';
import { parseFiles } from '../parse/parallel.js';
import { bind } from '../catalog/bind.js';
import { replay } from '../catalog/replay.js';
import { type Catalog, emptyCatalog } from '../catalog/model/catalog.js';
import { isChainDir, readChain } from '../chain/read.js';
import type { Chain } from '../chain/revision.js';

import { bindCached, replayCached } from '../chain/cache.js';
import { readFile, schemaPaths } from '../source/sql-files.js';

export interface Loaded {
  catalog: Catalog;
  diagnostics: Diagnostic[];
  kind: 'schema' | 'chain' | 'empty';
  chain?: Chain;
  /** The chain's files parsed to build the catalogue (none when the replay cache had it). */
  parsed?: ParsedFile[];
}

export async function parsePaths(paths: string[], diags: Diagnostic[]): Promise<ParsedFile[]> {
  const files: SourceFile[] = [];
  for (const p of paths) {
    const f = readFile(p, diags);
    if (f) files.push(f);
  }
  return parseFiles(files); // a large file (a pg_dump) on two threads
}

/** A declarative schema: one SQL file or a folder of them (any order). `read`: its files, already read. */
export async function loadSchema(path: string, opts: { defaultSchema?: string; migrationRole?: string; cacheDir?: string; cacheReadOnly?: boolean; read?: { files: SourceFile[]; diagnostics: Diagnostic[] }; pgVersion?: number } = {}): Promise<Loaded> {
  const diagnostics: Diagnostic[] = [...(opts.read?.diagnostics ?? [])];
  const paths = opts.read ? [] : schemaPaths(path);
  if (opts.cacheDir) {
    // with the project's cache (lib/chain/cache.ts): files read here, parsed and bound only when changed
    const files = opts.read?.files ?? paths.map((p) => readFile(p, diagnostics)).filter((f): f is SourceFile => !!f);
    const r = await bindCached(files, opts.cacheDir, { defaultSchema: opts.defaultSchema, migrationRole: opts.migrationRole, readOnly: opts.cacheReadOnly, pgVersion: opts.pgVersion });
    return { catalog: r.catalog, diagnostics: [...diagnostics, ...r.diagnostics], kind: 'schema' };
  }
  const parsed = opts.read ? await parseFiles(opts.read.files) : await parsePaths(paths, diagnostics);
  const r = bind(parsed, opts);
  return { catalog: r.catalog, diagnostics: [...diagnostics, ...r.diagnostics], kind: 'schema' };
}

export interface ChainLoadOptions {
  defaultSchema?: string;
  /** The role that runs the migrations (config `migrationRole`). */
  migrationRole?: string;
  /** Replay up to this revision (inclusive; all revisions by default). */
  upTo?: string;
  /** A SQL file of the objects that exist before the first revision (see baseline.ts). */
  baseline?: string;
  /** The replay cache (a project's `.pgshift/cache`, lib/chain/cache.ts); absent: always replayed. */
  cacheDir?: string;
  /** Use the cache's entries, write none. */
  cacheReadOnly?: boolean;
  /** The PostgreSQL major version whose behaviour the replay models (default 15). */
  pgVersion?: number;
  /** The chain, already read (`readChain(dir)`). */
  read?: ReturnType<typeof readChain>;
}

/** A chain folder replayed up to `upTo`, after its baseline; through the replay cache when `cacheDir` is given. */
export async function loadChain(dir: string, opts: ChainLoadOptions = {}): Promise<Loaded> {
  const { chain, diagnostics: read } = opts.read ?? readChain(dir);
  const diagnostics = [...read];
  const baseline = await parseBaseline(opts.baseline, diagnostics);
  const upTo = opts.upTo ? chain.revisions.findIndex((r) => r.id === opts.upTo) : -1;
  const revs = upTo >= 0 ? chain.revisions.slice(0, upTo + 1) : chain.revisions;
  if (opts.cacheDir) {
    const res = await replayCached(revs, opts.cacheDir, { defaultSchema: opts.defaultSchema, migrationRole: opts.migrationRole, baseline, readOnly: opts.cacheReadOnly, pgVersion: opts.pgVersion });
    return { catalog: res.catalog, diagnostics: [...diagnostics, ...res.diagnostics], kind: 'chain', chain, parsed: res.parsed };
  }
  await initParser();
  const files: ParsedFile[] = [...baseline, ...revs.map((r) => parseFile(r.up))];
  const res = replay(files, { defaultSchema: opts.defaultSchema, migrationRole: opts.migrationRole, pgVersion: opts.pgVersion });
  return { catalog: res.catalog, diagnostics: [...diagnostics, ...res.diagnostics], kind: 'chain', chain, parsed: files };
}

/**
 * A path that is a SQL file, a folder of schema files, or a chain; a missing `out/` is an empty chain.
 * `cacheDir`: a project's cache, for the replay of a chain and the bound schema (lib/chain/cache.ts).
 */
export async function loadAny(path: string, opts: { defaultSchema?: string; migrationRole?: string; baseline?: string; cacheDir?: string; cacheReadOnly?: boolean; pgVersion?: number } = {}): Promise<Loaded> {
  if (!existsSync(path)) {
    return { catalog: emptyCatalog(opts.defaultSchema), diagnostics: [{ code: 'read-error', severity: 'error', message: `cannot read ${path}: no such file or directory`, file: path }], kind: 'empty' };
  }
  if (isChainDir(path)) return loadChain(path, opts);
  return loadSchema(path, { defaultSchema: opts.defaultSchema, migrationRole: opts.migrationRole, cacheDir: opts.cacheDir, cacheReadOnly: opts.cacheReadOnly, pgVersion: opts.pgVersion });
}

/** The baseline file parsed (syntax errors and a missing file are diagnostics). */
export async function parseBaseline(path: string | undefined, diags: Diagnostic[]): Promise<ParsedFile[]> {
  if (!path) return [];
  await initParser();
  const f = readFile(path, diags);
  if (!f) {
    const last = diags[diags.length - 1];
    if (last) last.help = 'The `baseline` key of pgshift.config.json (or --baseline) names the SQL file of objects that exist before the first revision.';
    return [];
  }
  return [parseFile(f)];
}
