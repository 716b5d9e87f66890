/**
 * pgshift's programmatic API: the operations of the command line as typed functions, so an
 * application can, for example, run its migrations at start-up:
 *
 *   import { openProject, upgrade } from 'pgshift';
 *   const project = openProject(process.cwd());
 *   const r = await upgrade(project.settings, { url: process.env.DATABASE_URL });
 *   if (r.failure) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
 *
 * Every function reports user errors as `Diagnostic`s in its result; none prints or exits.
 */
import type { Diagnostic } from './source/diagnostic.js';
import type { Config } from './config/config.js';
import { loadConfig } from './config/load.js';
import { projectSettings, type ProjectSettings } from './config/project.js';
import { loadAny } from './api/load.js';
import { migrationBetween, type Migration } from './api/diff.js';
import { runLint, type LintRunOptions } from './api/lint.js';
import { type LintRunResult } from './lint/types.js';

export type { Diagnostic, Severity, Span } from './source/diagnostic.js';
export type { Config } from './config/config.js';
export type { ProjectSettings } from './config/project.js';
export { projectSettings } from './config/project.js';
export type { Migration } from './api/diff.js';
export type { EmittedStatement } from './emit/emit.js';

export { generate, type GenerateResult } from './api/generate.js';
export { check, type CheckResult } from './api/check.js';
export { upgrade, downgrade, type OnlineResult, type UpgradeOptions, type DowngradeOptions, type RunOptions, type ProgressEvent, type StepResult } from './online/migrate.js';
export { status, type StatusResult, type HistoryEntry } from './online/status.js';
export { stamp, type StampResult } from './api/stamp.js';
export { reset, type ResetOptions } from './api/reset.js';
export { verify, type VerifyOptions, type VerifyResult, type VerifyMismatch } from './api/verify.js';
export { drift, type DriftResult, type DriftComparison } from './api/drift.js';
export { pull, type PullOptions, type PullResult, type PullLayout } from './api/pull.js';
export { init, type InitOptions, type InitResult } from './api/init.js';
export type { SchemaDifference } from './api/compare.js';
export type { ConnectionOptions, FailureKind } from './online/session.js';
export type { Backup } from './online/backup.js';
export type { AppliedRevision } from './online/version-table.js';
export { parseDatabaseUrl, redactUrl, type DbTarget } from './db/url.js';
export { connect, DbError, type DbClient, type ConnectOptions } from './db/client.js';
export { introspectCatalog, introspectDdl, type Introspected, type IntrospectOptions } from './db/introspect.js';

export interface Project {
  settings: ProjectSettings;
  config: Config;
  /** Problems in pgshift.config.json (the defaults apply where it is wrong). */
  diagnostics: Diagnostic[];
}

/** The project at `cwd`: its pgshift.config.json (the nearest one up the tree), with defaults applied. */
export function openProject(cwd: string = process.cwd(), configPath?: string): Project {
  const { config, diagnostics } = loadConfig(cwd, configPath);
  return { settings: projectSettings(cwd, config), config, diagnostics };
}

/** Up and down SQL between two schemas: each a SQL file, a folder of schema files, or a chain. */
export async function diff(from: string, to: string, opts: { defaultSchema?: string } = {}): Promise<Migration & { diagnostics: Diagnostic[] }> {
  const a = await loadAny(from, opts);
  const b = await loadAny(to, opts);
  const diagnostics = [...a.diagnostics, ...b.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { up: [], down: [], diagnostics };
  const m = migrationBetween(a.catalog, b.catalog);
  return { ...m, diagnostics: [...diagnostics, ...m.diagnostics] };
}

/** Lints files, folders or globs (or the project's chain when `paths` is empty) with the project's config. */
export async function lint(project: Project, opts: Partial<Omit<LintRunOptions, 'cwd' | 'config'>> = {}): Promise<LintRunResult> {
  return runLint({ cwd: project.settings.cwd, config: project.config, paths: opts.paths ?? [], ...opts });
}
