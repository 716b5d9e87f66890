/**
 * A project found settled: its chain head equals its declarative schema. `check` and `generate`
 * remember that outcome in the project cache (`.pgshift/cache`, lib/chain/cache.ts) under a key of
 * everything it depends on — the pgshift build, every revision (path, id, up.sql text), every schema
 * file (path, text), the baseline file, and the settings the comparison reads — so that repeating
 * the command on unchanged inputs reads the files, hashes them and answers without replaying the
 * chain, binding the schema or diffing them. Only a clean outcome (no pending change, no error) is
 * remembered, with the warnings it printed, so the repeated run prints the same thing. What reading
 * the files reports, and the chain's integrity (pgshift.sum, down.sql, heads), are not remembered:
 * the command works them out again on every run.
 */
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../source/diagnostic.js';
import type { SourceFile } from '../source/file.js';
import { hasErrors } from '../source/diagnostic.js';
import { readChain } from '../chain/read.js';
import type { Chain } from '../chain/revision.js';
import { filesKey, prefixKeys, readEntry, writeEntry } from '../chain/cache-store.js';
import type { ProjectSettings } from '../config/project.js';
import { readFile, schemaPaths } from '../source/sql-files.js';

/**
 * What a settled comparison printed, for the command that made it: the replay's findings (`before`,
 * printed before the chain's integrity findings) and the rest (`after`).
 */
export interface SettledEntry {
  before: Diagnostic[];
  after: Diagnostic[];
}

/** The inputs read once: the chain and the schema files, and the key of the comparison (undefined: no cache). */
export interface ProjectInputs {
  chain: { chain: Chain; diagnostics: Diagnostic[] };
  schema: { files: SourceFile[]; diagnostics: Diagnostic[] };
  key?: string;
}

type Settings = Pick<ProjectSettings, 'outDir' | 'schemaDir' | 'defaultSchema' | 'baseline' | 'cacheDir' | 'migration' | 'migrationRole'>;

/** Reads the chain and the schema files, and keys their comparison for `command` (`check`, `generate`). */
export function readProjectInputs(p: Settings, command: string): ProjectInputs {
  const chain = readChain(p.outDir);
  const diagnostics: Diagnostic[] = [];
  const files = schemaPaths(p.schemaDir).map((f) => readFile(f, diagnostics)).filter((f): f is SourceFile => !!f);
  const schema = { files, diagnostics };
  if (!p.cacheDir || hasErrors(chain.diagnostics) || hasErrors(diagnostics)) return { chain, schema };
  let baseline = '';
  if (p.baseline) {
    try {
      baseline = readFileSync(p.baseline, 'utf8');
    } catch {
      return { chain, schema }; // reported by the load; never cached
    }
  }
  const settings = JSON.stringify([command, p.defaultSchema, p.baseline ?? '', p.migration.manageOwnership ?? false, p.migration.pgVersion ?? 15, ...(p.migrationRole ? [p.migrationRole] : [])]);
  const revisions = prefixKeys(chain.chain.revisions, 'settled').at(-1) ?? '';
  const key = filesKey([...files, { path: '\0baseline', text: baseline }], `settled\0${settings}\0${revisions}`);
  return { chain, schema, key };
}

/** The remembered outcome of this exact comparison, if it was settled. */
export function readSettled(p: Settings, inputs: ProjectInputs): SettledEntry | undefined {
  if (!p.cacheDir || !inputs.key) return undefined;
  const hit = readEntry<SettledEntry>(p.cacheDir, 'settled', inputs.key);
  return hit && Array.isArray(hit.before) && Array.isArray(hit.after) ? hit : undefined;
}

/** Remember a comparison that found nothing pending and no error. */
export function writeSettled(p: Settings, inputs: ProjectInputs, entry: SettledEntry): void {
  if (!p.cacheDir || !inputs.key || hasErrors(entry.before) || hasErrors(entry.after)) return;
  writeEntry<SettledEntry>(p.cacheDir, 'settled', inputs.key, entry);
}
