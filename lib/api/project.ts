/** A pgshift project on disk: where its schema and chain live, and its settings. */
import { resolve } from 'node:path';
import type { VersionTable } from '../emit/version-table.js';
import type { MigrationOptions } from './diff.js';
import { projectCacheDir } from '../chain/cache.js';

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
}

export function projectSettings(
  cwd: string,
  c: { schemaDir?: string; outDir?: string; defaultSchema?: string; versionTable?: Partial<VersionTable>; safe?: boolean; pgVersion?: number; lockTimeout?: string; statementTimeout?: string; manageOwnership?: boolean; baseline?: string } = {},
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
  };
}
