/** The diff primitive: two catalogues → up and down statements, online-safe and annotated by default. */
import type { Catalog } from '../catalog/model/catalog.js';
import { diffCatalogs, type DiffResult } from '../diff/diff.js';
import type { Diagnostic } from '../source/diagnostic.js';
import { plan } from '../plan/plan.js';
import { markIrreversible } from '../plan/irreversible.js';
import { emit, renderScript, type EmittedStatement } from '../emit/emit.js';
import { suppressInherent } from './self-lint.js';
import { noCastDiagnostics } from '../diff/type-casts.js';
import { type MigrationOptions, DEFAULT_MIGRATION_OPTIONS } from '../config/project.js';

export interface Migration {
  up: EmittedStatement[];
  down: EmittedStatement[];
  /** About the diff itself: ambiguous rename hints (errors), drops + adds that may be renames (info). */
  diagnostics: Diagnostic[];
}

/**
 * `upDiff`: `diffCatalogs(from, to)` when the caller has it already (it looked for changes first).
 * `from` is left as it was (generate lints the new revision into it); with `consume`, `to` is not.
 */
export function migrationBetween(from: Catalog, to: Catalog, options: MigrationOptions = {}, upDiff?: DiffResult): Migration {
  const o = { ...DEFAULT_MIGRATION_OPTIONS, ...options };
  const diagnostics: Diagnostic[] = [];
  // the renames hinted in the schema files come first; the rest of the diff starts from their result
  const direction = (a: Catalog, b: Catalog, down: boolean, last: boolean) => {
    const d = (!down && upDiff) || diffCatalogs(a, b, { manageOwnership: o.manageOwnership, pgVersion: o.pgVersion });
    if (!down) diagnostics.push(...d.diagnostics);
    diagnostics.push(...noCastDiagnostics(d.changes, down ? 'down' : 'up'));
    const p = plan(d.changes, { safe: o.safe, from: d.from, to: b, pgVersion: o.pgVersion });
    const stmts = emit(down ? markIrreversible(p) : p, { locks: o.locks, from: d.from, pgVersion: o.pgVersion });
    if (!o.selfLint) return stmts;
    const script = { timeouts: o.safe ? { lockTimeout: o.lockTimeout, statementTimeout: o.statementTimeout } : undefined };
    return suppressInherent(stmts, d.from, { pgVersion: o.pgVersion, script, consume: !!o.consume && last });
  };
  const up = o.only === 'down' ? [] : direction(from, to, false, o.only === 'up');
  if (o.only === 'down') diagnostics.push(...(upDiff ?? diffCatalogs(from, to, { manageOwnership: o.manageOwnership, pgVersion: o.pgVersion })).diagnostics);
  return { up, down: o.only === 'up' ? [] : direction(to, from, true, true), diagnostics };
}

/** The script text of one direction, with the timeout preamble when safe. */
export function migrationText(stmts: EmittedStatement[], options: MigrationOptions & { annotate?: boolean } = {}): string {
  return migrationScript(stmts, options).text;
}

/** migrationText, with each statement's span in the text (renderScript). */
export function migrationScript(stmts: EmittedStatement[], options: MigrationOptions & { annotate?: boolean } = {}): ReturnType<typeof renderScript> {
  const o = { ...DEFAULT_MIGRATION_OPTIONS, ...options };
  return renderScript(stmts, { annotate: options.annotate, timeouts: o.safe ? { lockTimeout: o.lockTimeout, statementTimeout: o.statementTimeout } : undefined });
}

export function isEmpty(m: Migration): boolean {
  return m.up.length === 0;
}
