/** The diff primitive: two catalogues → up and down statements, online-safe and annotated by default. */
import type { Catalog } from '../catalog/model.js';
import { diff } from '../diff/diff.js';
import { plan } from '../plan/plan.js';
import { markIrreversible } from '../plan/irreversible.js';
import { emit, statementsToSql, type EmittedStatement } from '../emit/emit.js';

export interface Migration {
  up: EmittedStatement[];
  down: EmittedStatement[];
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
}

export const DEFAULT_MIGRATION_OPTIONS: Required<MigrationOptions> = { safe: true, pgVersion: 15, locks: true, lockTimeout: '5s', statementTimeout: '15min' };

export function migrationBetween(from: Catalog, to: Catalog, options: MigrationOptions = {}): Migration {
  const o = { ...DEFAULT_MIGRATION_OPTIONS, ...options };
  const planned = (a: Catalog, b: Catalog) => plan(diff(a, b), { safe: o.safe, from: a, pgVersion: o.pgVersion });
  const emitted = (p: ReturnType<typeof planned>, a: Catalog) => emit(p, { locks: o.locks, from: a, pgVersion: o.pgVersion });
  return { up: emitted(planned(from, to), from), down: emitted(markIrreversible(planned(to, from)), to) };
}

/** The script text of one direction, with the timeout preamble when safe. */
export function migrationText(stmts: EmittedStatement[], options: MigrationOptions & { annotate?: boolean } = {}): string {
  const o = { ...DEFAULT_MIGRATION_OPTIONS, ...options };
  return statementsToSql(stmts, { annotate: options.annotate, timeouts: o.safe ? { lockTimeout: o.lockTimeout, statementTimeout: o.statementTimeout } : undefined });
}

export function isEmpty(m: Migration): boolean {
  return m.up.length === 0;
}
