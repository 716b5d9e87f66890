/** Builds the RuleContext a rule sees for one statement. */
import type { RangeVar } from '@pgsql/types';
import type { Catalog } from '../catalog/model/catalog.js';
import { resolveTable } from '../catalog/query/resolve.js';
import { truncateIdent } from '../catalog/query/names.js';
import type { Statement } from '../parse/parse.js';
import { catalogLockOptions, lockOf, type LockInfo, type RelationRef } from '../plan/locks.js';
import type { Finding, RuleContext } from './types.js';
import type { TxState } from './state.js';
import { clauseSpan, findInStatement } from './spans.js';

/** The catalogue key a relation resolves to: its table's key when known, else search-path schema + name. */
export function relationKey(cat: Catalog, r: RelationRef): string {
  const t = resolveTable(cat, r);
  if (t) return `${t.schema}.${t.name}`;
  return `${r.schema ? truncateIdent(r.schema) : cat.searchPath[0] ?? 'public'}.${truncateIdent(r.name)}`;
}

export function rangeVarRef(rv: RangeVar | undefined): RelationRef {
  return { schema: rv?.schemaname || undefined, name: rv?.relname ?? '' };
}

export interface ContextParts {
  stmt: Statement;
  catalog: Catalog;
  pgVersion: number;
  tx: TxState;
  report: (f: Finding) => void;
}

export function makeContext(p: ContextParts): RuleContext {
  const { stmt, catalog } = p;
  let lock: LockInfo | undefined;
  // Several rules ask about the same RangeVar: resolve it once per statement.
  const keys = new Map<RangeVar, string>();
  const keyOf = (rv: RangeVar): string => {
    let k = keys.get(rv);
    if (k === undefined) keys.set(rv, (k = relationKey(catalog, rangeVarRef(rv))));
    return k;
  };
  const ctx: RuleContext = {
    stmt,
    node: stmt.node,
    catalog,
    pgVersion: p.pgVersion,
    tx: p.tx,
    table: (rv) => (rv ? resolveTable(catalog, rangeVarRef(rv)) : undefined),
    tableKey: (rv) => (rv ? keyOf(rv) : relationKey(catalog, rangeVarRef(rv))),
    isExistingTable: (rv) => !!rv && !p.tx.createdInMigration.has(keyOf(rv)),
    isPartitioned: (rv) => !!rv && p.tx.partitioned.size > 0 && p.tx.partitioned.has(keyOf(rv)),
    lock: () => (lock ??= lockOf(stmt.node, catalogLockOptions(catalog, p.pgVersion))),
    clauseAt: (location) => clauseSpan(stmt.file, stmt.span, location),
    find: (re, from) => findInStatement(stmt.file, stmt.span, re, from),
    report: p.report,
    once: (key) => {
      if (p.tx.reportedInMigration.has(key)) return false;
      p.tx.reportedInMigration.add(key);
      return true;
    },
    scratch: p.tx.scratch,
    fileScratch: p.tx.fileScratch,
  };
  return ctx;
}
