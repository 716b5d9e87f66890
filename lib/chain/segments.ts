/**
 * A revision's statements split into the units a runner executes: transaction groups separated by
 * `-- pgshift:commit`, and statements marked `-- pgshift:no-transaction` (e.g. CREATE INDEX CONCURRENTLY)
 * that run on their own outside any transaction.
 */
import type { ParsedFile, Statement } from '../parse/parse.js';

import { COMMIT_MARKER, OUTSIDE_TRANSACTION_MARKER } from '../emit/migration.js';

export { COMMIT_MARKER, OUTSIDE_TRANSACTION_MARKER };

export interface Segment {
  statements: Statement[];
  transactional: boolean;
}

/** Statements that PostgreSQL refuses to run inside a transaction block. */
export function cannotRunInTransaction(s: Statement): boolean {
  const n = s.node as Record<string, any>;
  if (n.IndexStmt?.concurrent) return true;
  if (n.DropStmt?.concurrent) return true;
  if (n.ReindexStmt?.params?.some((p: any) => p.DefElem?.defname === 'concurrently')) return true;
  if (n.AlterTableStmt?.cmds?.some((c: any) => c.AlterTableCmd?.def?.PartitionCmd?.concurrent)) return true;
  if (n.VacuumStmt?.is_vacuumcmd) return true;
  if (n.CreatedbStmt || n.DropdbStmt || n.AlterSystemStmt) return true;
  return false;
}

function hasMarker(s: Statement, marker: string): boolean {
  return s.leadingComments.some((c) => c.trim() === marker);
}

/** Split a revision file. `wholeFileNoTransaction` (header marker) runs every statement on its own. */
export function segments(file: ParsedFile, opts: { wholeFileNoTransaction?: boolean } = {}): Segment[] {
  const out: Segment[] = [];
  let current: Segment | undefined;
  for (const s of file.statements) {
    const own = opts.wholeFileNoTransaction || hasMarker(s, OUTSIDE_TRANSACTION_MARKER) || cannotRunInTransaction(s);
    if (hasMarker(s, COMMIT_MARKER)) current = undefined;
    if (own) {
      out.push({ statements: [s], transactional: false });
      current = undefined;
      continue;
    }
    if (!current) {
      current = { statements: [], transactional: true };
      out.push(current);
    }
    current.statements.push(s);
  }
  return out;
}
