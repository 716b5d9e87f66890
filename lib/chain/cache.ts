/**
 * The replay cache: the catalogue a chain builds, saved after a replay so that the next `check` or
 * `generate` on the same chain does not parse and replay it again; and the bound schema, likewise.
 * A replay entry is keyed by a running hash over the revisions in order (path, id and the up.sql
 * text), so a chain that grew by one revision reuses the entry of its prefix and replays only the new
 * revision. Storage, keys and their build identity: cache-store.ts. `readOnly` (pgshift diff, which
 * writes nothing): entries are used, none is written.
 */
import { existsSync } from 'node:fs';
import { filesKey, prefixKeys, readEntry, writeEntry } from './cache-store.js';
import { type Catalog, emptyCatalog } from '../catalog/model/catalog.js';
import { replay } from '../catalog/replay.js';
import { initParser, parseFile, type ParsedFile } from '../parse/parse.js';
import { parseFiles } from '../parse/parallel.js';
import { type Diagnostic, hasErrors } from '../source/diagnostic.js';
import type { Revision } from './revision.js';
import type { SourceFile } from '../source/file.js';
import { bind } from '../catalog/bind.js';

/** What a replay leaves: the catalogue and the diagnostics of the files replayed. */
export interface ReplayEntry {
  catalog: Catalog;
  diagnostics: Diagnostic[];
}

/**
 * The longest cached prefix of the chain: how many revisions it covers and its replay (undefined
 * when none is cached). `keys` are `prefixKeys` of the revisions to replay.
 */
export function cachedPrefix(dir: string, keys: readonly string[]): { count: number; entry: ReplayEntry } | undefined {
  if (!existsSync(dir)) return undefined;
  for (let i = keys.length - 1; i >= 0; i--) {
    const entry = readEntry<ReplayEntry>(dir, 'replay', keys[i]!);
    if (entry && entry.catalog?.tables instanceof Map) return { count: i + 1, entry };
  }
  return undefined;
}

/** Bind schema files with the cache in `dir`: unchanged files (same paths and texts) are not parsed again. */
export async function bindCached(files: readonly SourceFile[], dir: string, opts: { defaultSchema?: string; migrationRole?: string; readOnly?: boolean; pgVersion?: number } = {}): Promise<ReplayEntry> {
  const key = filesKey(files, `bind\0${opts.defaultSchema ?? ''}${versionKey(opts.pgVersion)}${roleKey(opts.migrationRole)}`);
  const hit = readEntry<ReplayEntry>(dir, 'bind', key);
  if (hit && hit.catalog?.tables instanceof Map && Array.isArray(hit.diagnostics)) return hit;
  await initParser();
  const entry = bind(await parseFiles(files), opts);
  if (!hasErrors(entry.diagnostics) && !opts.readOnly) writeEntry(dir, 'bind', key, entry); // bad input writes nothing
  return entry;
}

/**
 * Replay `revs` (in order) with the cache in `dir`: the longest cached prefix is read, only the
 * revisions after it are parsed and replayed, and the result is saved for the next run.
 */
export async function replayCached(revs: readonly Revision[], dir: string, opts: { defaultSchema?: string; migrationRole?: string; baseline?: readonly ParsedFile[]; readOnly?: boolean; pgVersion?: number } = {}): Promise<ReplayEntry & { parsed?: ParsedFile[] }> {
  const base = opts.baseline ?? [];
  if (!revs.length) {
    const r = replay([...base], { defaultSchema: opts.defaultSchema, migrationRole: opts.migrationRole, pgVersion: opts.pgVersion });
    return { catalog: r.catalog, diagnostics: r.diagnostics };
  }
  const keys = replayKeys(revs, opts.defaultSchema, base.map((f) => f.file), opts.pgVersion, opts.migrationRole);
  const hit = cachedPrefix(dir, keys);
  if (hit?.count === revs.length) return hit.entry;
  await initParser();
  const rest = [...(hit ? [] : base), ...revs.slice(hit?.count ?? 0).map((r) => parseFile(r.up))];
  const res = replay(rest, { catalog: hit?.entry.catalog, defaultSchema: opts.defaultSchema, migrationRole: opts.migrationRole, pgVersion: opts.pgVersion });
  const entry: ReplayEntry = { catalog: res.catalog, diagnostics: [...(hit?.entry.diagnostics ?? []), ...res.diagnostics] };
  if (!hasErrors(entry.diagnostics) && !opts.readOnly) writeEntry(dir, 'replay', keys[keys.length - 1]!, entry); // bad input writes nothing
  return { ...entry, parsed: rest }; // the revisions parsed here: check lints them without parsing them again
}

/** The keys of a chain's replays: the baseline (objects that exist before revision 1) is part of every one. */
function replayKeys(revs: readonly Revision[], defaultSchema: string | undefined, baseline: readonly SourceFile[], pgVersion?: number, migrationRole?: string): string[] {
  return prefixKeys(revs, `replay\0${defaultSchema ?? ''}${versionKey(pgVersion)}${baseline.length ? `\0${filesKey(baseline, 'baseline')}` : ''}${roleKey(migrationRole)}`);
}

/** The modelled PostgreSQL version is part of a key when it is not the default (15: keys as before). */
function versionKey(pgVersion: number | undefined): string {
  return pgVersion === undefined || pgVersion === 15 ? '' : `\0pg${pgVersion}`;
}

/** The configured migration role's part of a cache key ('' when unset, so existing keys stay valid). */
function roleKey(migrationRole: string | undefined): string {
  return migrationRole ? `\0role=${migrationRole}` : '';
}

/** The replay of `revs` (after the baseline files) when `dir` has it, found without parsing anything; else undefined. */
export function cachedReplay(revs: readonly Revision[], dir: string, opts: { defaultSchema?: string; migrationRole?: string; baseline?: readonly SourceFile[]; pgVersion?: number } = {}): ReplayEntry | undefined {
  if (!revs.length || !existsSync(dir)) return undefined;
  const entry = readEntry<ReplayEntry>(dir, 'replay', replayKeys(revs, opts.defaultSchema, opts.baseline ?? [], opts.pgVersion, opts.migrationRole).pop()!);
  return entry && entry.catalog?.tables instanceof Map && Array.isArray(entry.diagnostics) ? entry : undefined;
}
