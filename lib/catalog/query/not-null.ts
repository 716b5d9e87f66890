/**
 * How a column stands against NULLs, for the statements that make it NOT NULL (SET NOT NULL, and the
 * implicit SET NOT NULL of ADD PRIMARY KEY): already NOT NULL (nothing to do), proven by a validated
 * `CHECK (col IS NOT NULL)` (PostgreSQL 12+ skips the scan: "existing constraints on column … are
 * sufficient to prove that it does not contain nulls"), or nullable (every row is read, under ACCESS
 * EXCLUSIVE, and a NULL fails the statement).
 */
import type { Node } from '@pgsql/types';
import type { Table } from '../model/catalog.js';
import { strings } from '../../parse/ast.js';

export type Nullability = 'not-null' | 'proven' | 'nullable';

/** A validated `CHECK (column IS NOT NULL)` of the table. */
export function hasValidNotNullCheck(t: Table | undefined, column: string): boolean {
  if (!t) return false;
  for (const c of t.constraints.values()) {
    if (c.kind !== 'check' || c.notValid) continue;
    const n = c.expr.node as { NullTest?: { arg?: Node; nulltesttype?: string } };
    const arg = n.NullTest?.arg as { ColumnRef?: { fields?: Node[] } } | undefined;
    if (n.NullTest?.nulltesttype === 'IS_NOT_NULL' && arg?.ColumnRef && strings(arg.ColumnRef.fields).pop() === column) return true;
  }
  return false;
}

/** The column's nullability, undefined when the table does not have it. */
export function columnNullability(t: Table | undefined, column: string): Nullability | undefined {
  const c = t?.columns.get(column);
  if (!c) return undefined;
  if (c.notNull) return 'not-null';
  return hasValidNotNullCheck(t, column) ? 'proven' : 'nullable';
}
