/**
 * Boolean options of utility statements as PostgreSQL reads them (defGetBoolean): no value means true;
 * `true`/`false`, `on`/`off`, `yes`/`no` (any case, and unambiguous prefixes of true/false/yes/no) and 1/0.
 * Shared by the lock table and the lint rules: `REINDEX (CONCURRENTLY false)` is not concurrent.
 */
import type { DefElem, Node, ReindexStmt } from '@pgsql/types';

export function defElemBoolean(d: DefElem): boolean {
  const a = d.arg as Node | undefined;
  if (!a) return true;
  if ('Integer' in a) return (a.Integer.ival ?? 0) !== 0;
  if ('Boolean' in a) return !!a.Boolean.boolval;
  const s = ('String' in a ? a.String.sval : 'A_Const' in a ? a.A_Const.sval?.sval : undefined)?.toLowerCase() ?? '';
  if (s === 'on') return true;
  if (s === 'off' || s === 'of') return false;
  if (s && ('true'.startsWith(s) || 'yes'.startsWith(s))) return true;
  if (s && ('false'.startsWith(s) || 'no'.startsWith(s))) return false;
  return true; // PostgreSQL rejects other values; the statement fails before it locks anything
}

/** Whether a REINDEX runs CONCURRENTLY (`REINDEX … CONCURRENTLY`, or the option list with a true value). */
export function reindexConcurrently(s: ReindexStmt): boolean {
  return (s.params ?? []).some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently' && defElemBoolean(p.DefElem));
}
