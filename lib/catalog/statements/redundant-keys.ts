/**
 * Redundant index constraints of one command, as PostgreSQL's transformIndexConstraints drops them:
 * within one CREATE TABLE (column-level and table-level forms alike), or one ALTER TABLE … ADD COLUMN
 * with several constraints on the column, a PRIMARY KEY / UNIQUE / EXCLUDE whose index would equal
 * one kept before it is not created. The primary key is kept first; an unnamed kept constraint takes
 * the name of the first named one dropped for it (`a int PRIMARY KEY, CONSTRAINT u UNIQUE (a)` makes
 * the primary key `u`). Equal means the same columns in the same order, INCLUDE list, NULLS NOT
 * DISTINCT, WITHOUT OVERLAPS (a GiST index), exclusion elements with their operators, opclasses and
 * collations, predicate, access method and deferrability; storage parameters and tablespace are not
 * compared. Separate ADD CONSTRAINT subcommands, even of one ALTER TABLE, and LIKE … INCLUDING INDEXES
 * are never deduplicated.
 */
import type { Constraint } from '../model/catalog.js';
import { stripLocations, strings } from '../../parse/ast.js';
import { truncateIdent } from '../query/names.js';
import type { ColumnConstraint } from './column.js';

const INDEX_KINDS = new Set(['CONSTR_PRIMARY', 'CONSTR_UNIQUE', 'CONSTR_EXCLUSION']);

/** What PostgreSQL compares of the index an index constraint would build (its IndexStmt); undefined for other constraints. */
function indexSignature(p: ColumnConstraint): string | undefined {
  const c = p.node;
  if (!INDEX_KINDS.has(c.contype ?? '')) return undefined;
  const deferrable = !!c.deferrable || !!c.initdeferred;
  const include = strings(c.including).map(truncateIdent);
  if (c.contype === 'CONSTR_EXCLUSION') {
    return JSON.stringify(['exclude', c.access_method ?? '', stripLocations(c.exclusions ?? []), stripLocations(c.where_clause ?? null), include, deferrable, !!c.initdeferred]);
  }
  const columns = c.keys?.length ? strings(c.keys).map(truncateIdent) : [p.column];
  return JSON.stringify(['key', columns, include, !!c.nulls_not_distinct, !!c.without_overlaps, deferrable, !!c.initdeferred]);
}

/**
 * `pending` (the command's constraints, in the order written) without the index constraints
 * PostgreSQL drops as redundant; a kept constraint that inherits a name is a renamed copy.
 */
export function dropRedundantKeys(pending: ColumnConstraint[]): ColumnConstraint[] {
  const sigs = pending.map(indexSignature);
  const pk = pending.findIndex((p) => p.node.contype === 'CONSTR_PRIMARY');
  // PostgreSQL keeps the primary key in preference to the others: it is compared first
  // (a second primary key is an error, reported when it is added)
  const order = [...(pk >= 0 ? [pk] : []), ...pending.map((_, i) => i).filter((i) => sigs[i] !== undefined && pending[i]!.node.contype !== 'CONSTR_PRIMARY')];
  const kept: number[] = [];
  const dropped = new Set<number>();
  const out = [...pending];
  for (const i of order) {
    const prior = kept.find((k) => sigs[k] === sigs[i]);
    if (prior === undefined) {
      kept.push(i);
      continue;
    }
    dropped.add(i);
    if (!out[prior]!.node.conname && pending[i]!.node.conname) out[prior] = { ...out[prior]!, node: { ...out[prior]!.node, conname: pending[i]!.node.conname } };
  }
  return dropped.size ? out.filter((_, i) => !dropped.has(i)) : pending;
}

/** The same comparison on a catalogue's constraint (undefined for those without an index). */
function constraintSignature(c: Constraint): string | undefined {
  if (c.kind === 'exclude') return JSON.stringify(['exclude', c.method, c.expr.key, c.deferrable, c.initiallyDeferred]);
  if (c.kind !== 'primary' && c.kind !== 'unique') return undefined;
  return JSON.stringify(['key', c.columns, c.include, c.kind === 'unique' && c.nullsNotDistinct, !!c.withoutOverlaps, c.deferrable, c.initiallyDeferred]);
}

/**
 * Of the keys a CREATE TABLE would write (in order), those PostgreSQL would drop as redundant: each
 * equal to the primary key or to an earlier one. They must be added by ALTER TABLE after it.
 */
export function redundantKeys(keys: readonly Constraint[]): Constraint[] {
  const pk: Constraint[] = keys.filter((c) => c.kind === 'primary').slice(0, 1);
  const seen = new Set<string>();
  const out: Constraint[] = [];
  for (const c of [...pk, ...keys.filter((k) => !pk.includes(k))]) {
    const sig = constraintSignature(c);
    if (sig === undefined) continue;
    if (seen.has(sig)) out.push(c);
    else seen.add(sig);
  }
  return out;
}
