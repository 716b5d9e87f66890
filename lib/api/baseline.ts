/**
 * A chain's baseline: what exists before its first revision — tables its runner creates (a
 * `migrations` version table), extensions or schemas the platform provides. Configured with
 * `baseline` (a SQL file, relative to the project) or `--baseline FILE`; replayed before revision
 * 1, so the chain may alter those objects, and run on verify's scratch database first.
 *
 * The declarative schema is the chain's target, so the baseline's objects belong to it too: those
 * `schema/` does not define itself are added to it (`generate` never drops a runner's table the
 * schema files leave out).
 */
import type { Diagnostic } from '../source/diagnostic.js';
import type { SourceFile } from '../source/file.js';
import type { Catalog } from '../catalog/model/catalog.js';
import { initParser, parseFile, type ParsedFile } from '../parse/parse.js';
import { loadSchema, type Loaded } from './load.js';
import { replay } from '../catalog/replay.js';
import type { ProjectSettings } from '../config/project.js';
import { parseBaseline } from './load.js';

/**
 * `target` with every object of `baseline` it lacks (by kind and qualified name), for the catalogue
 * kinds kept as maps. Objects `target` defines itself win.
 */
export function withBaseline(target: Catalog, baseline: Catalog): Catalog {
  for (const [key, value] of Object.entries(baseline)) {
    const mine = (target as unknown as Record<string, unknown>)[key];
    if (!(value instanceof Map) || !(mine instanceof Map)) continue;
    for (const [k, v] of value) if (!mine.has(k)) mine.set(k, v);
  }
  return target;
}

/** The project's declarative schema, with the baseline objects it does not define itself. */
export async function loadTarget(p: Pick<ProjectSettings, 'schemaDir' | 'defaultSchema' | 'baseline' | 'cacheDir' | 'migrationRole'> & { migration?: { pgVersion?: number } }, read?: { files: SourceFile[]; diagnostics: Diagnostic[] }): Promise<Loaded> {
  const pgVersion = p.migration?.pgVersion;
  const target = await loadSchema(p.schemaDir, { defaultSchema: p.defaultSchema, migrationRole: p.migrationRole, cacheDir: p.cacheDir, read, pgVersion });
  if (!p.baseline) return target;
  const diags: Diagnostic[] = [];
  const base = replay(await parseBaseline(p.baseline, diags), { defaultSchema: p.defaultSchema, migrationRole: p.migrationRole, pgVersion });
  return { ...target, catalog: withBaseline(target.catalog, base.catalog), diagnostics: [...target.diagnostics, ...diags, ...base.diagnostics] };
}
