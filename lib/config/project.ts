/** A pgshift project on disk: where its schema and chain live, and its settings. */
import { resolve } from 'node:path';
import type { VersionTable } from '../emit/version-table.js';

import { projectCacheDir } from '../chain/cache-store.js';

export interface ProjectSettings {
  cwd: string;
  schemaDir: string;
  outDir: string;
  defaultSchema: string;
  versionTable: VersionTable;
  /** How migrations are generated: safe rewrites, targeted version, timeouts. */
  migration: MigrationOptions;
  /** Absolute path of the SQL file of objects that exist before the first revision (config `baseline`). */
  baseline?: string;
  /** The replay cache (`.pgshift/cache`, lib/chain/cache.ts); absent: chains are always replayed. */
  cacheDir?: string;
  /** The role that runs the migrations (config `migrationRole`): grants naming it on what they create are the owner's. */
  migrationRole?: string;
}

export function projectSettings(
  cwd: string,
  c: { schemaDir?: string; outDir?: string; defaultSchema?: string; versionTable?: Partial<VersionTable>; safe?: boolean; pgVersion?: number; lockTimeout?: string; statementTimeout?: string; manageOwnership?: boolean; baseline?: string; migrationRole?: string } = {},
): ProjectSettings {
  return {
    cwd,
    schemaDir: resolve(cwd, c.schemaDir ?? 'schema'),
    outDir: resolve(cwd, c.outDir ?? 'out'),
    defaultSchema: c.defaultSchema ?? 'public',
    versionTable: { schema: c.versionTable?.schema ?? 'public', name: c.versionTable?.name ?? 'pgshift_revisions' },
    migration: { safe: c.safe, pgVersion: c.pgVersion, lockTimeout: c.lockTimeout, statementTimeout: c.statementTimeout, manageOwnership: c.manageOwnership },
    ...(c.baseline ? { baseline: resolve(cwd, c.baseline) } : {}),
    cacheDir: projectCacheDir(cwd),
    ...(c.migrationRole ? { migrationRole: c.migrationRole } : {}),
  };
}

export interface MigrationOptions {
  /** Online-safe rewrites for tables that already exist (default true). */
  safe?: boolean;
  /** Targeted PostgreSQL major version (default 15). */
  pgVersion?: number;
  /** Lock annotations (default true). */
  locks?: boolean;
  /** Timeout preamble per transaction group (default lock_timeout 5s, statement_timeout 15min when safe). */
  lockTimeout?: string;
  statementTimeout?: string;
  /** ALTER … OWNER TO for owner differences (config `manageOwnership`, default false: owners are ignored). */
  manageOwnership?: boolean;
  /** Lint the result and suppress the findings inherent to each change (default true). */
  selfLint?: boolean;
  /** Compute one direction only (the other is left empty): `pgshift diff` prints one. */
  only?: 'up' | 'down';
  /**
   * The caller no longer needs the two catalogues: the self-lint of the last direction computed may
   * apply its statements to them instead of to a copy (a copy of a large catalogue is costly).
   */
  consume?: boolean;
}

export const DEFAULT_MIGRATION_OPTIONS: Required<Omit<MigrationOptions, 'only' | 'consume'>> = { safe: true, pgVersion: 15, locks: true, lockTimeout: '5s', statementTimeout: '15min', manageOwnership: false, selfLint: true };
