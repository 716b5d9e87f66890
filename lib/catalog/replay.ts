/** replay: apply a chain's statements in order, as PostgreSQL would run them. */
import type { Diagnostic } from '../source/diagnostic.js';
import type { ParsedFile } from '../parse/parse.js';
import { type Catalog, emptyCatalog } from './model/catalog.js';
import { applyGuarded } from './statements/guard.js';
import { settleExprNames } from './query/expr-qualify.js';
import { exprKey } from './query/expr.js';

export interface ReplayResult {
  catalog: Catalog;
  diagnostics: Diagnostic[];
}

/**
 * Replay files in the given order onto `catalog` (a fresh one by default, for `migrationRole` when
 * given: see Catalog.migrationRole). Each file starts with the default search_path. `pgVersion`: the
 * PostgreSQL major version whose behaviour is modelled (default 15).
 */
export function replay(files: ParsedFile[], opts: { catalog?: Catalog; defaultSchema?: string; migrationRole?: string; pgVersion?: number } = {}): ReplayResult {
  const catalog = opts.catalog ?? emptyCatalog(opts.defaultSchema);
  if (!opts.catalog && opts.migrationRole) catalog.migrationRole = opts.migrationRole;
  const diagnostics: Diagnostic[] = [];
  const defaultPath = [...catalog.searchPath];
  for (const f of files) {
    diagnostics.push(...f.diagnostics);
    catalog.searchPath = [...defaultPath];
    delete catalog.sessionRole; // each file starts a session
    delete catalog.defaultTableAccessMethod;
    for (const stmt of f.statements) applyGuarded(catalog, stmt, diagnostics, { mode: 'replay', pgVersion: opts.pgVersion });
  }
  catalog.searchPath = defaultPath;
  delete catalog.sessionRole;
  settleExprNames(catalog, exprKey); // an expression's calls nothing had bound yet (it keeps no search_path)
  delete catalog.defaultTableAccessMethod;
  return { catalog, diagnostics };
}
