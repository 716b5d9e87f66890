/** Session settings that change how names resolve: SET search_path, pg_dump's set_config('search_path', …). */
import type { SelectStmt, VariableSetStmt } from '@pgsql/types';
import type { ApplyContext } from './context.js';
import { setDefaultAccessMethod } from './access-method.js';

/** The schemas of a search_path string (set_config's form): `"Quoted", plain` folded as PostgreSQL parses it. */
function parsePath(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v && v !== '$user' && v !== '"$user"' && v !== 'pg_catalog')
    .map((v) => (v.startsWith('"') ? v.slice(1, -1) : v.toLowerCase()));
}

export function variableSet(ctx: ApplyContext, s: VariableSetStmt): void {
  if (s.name === 'role') return setRole(ctx, s);
  if (setDefaultAccessMethod(ctx, s)) return;
  if (s.name !== 'search_path') return;
  if (s.kind === 'VAR_RESET' || s.kind === 'VAR_SET_DEFAULT') {
    // the session's default, not the schema the path starts with now
    ctx.cat.searchPath = [...(ctx.cat.defaultSearchPath ?? ['public'])];
    return;
  }
  const vals = (s.args ?? []).map((a: any) => a.A_Const?.sval?.sval ?? a.String?.sval ?? '');
  ctx.cat.searchPath = setSearchPath(vals);
}

/**
 * The schemas of `SET search_path = a, "B c", 'd'` (the statement or a function's SET clause): each
 * value is one schema name as written, whether an identifier or a string (PostgreSQL quotes each).
 */
export function setSearchPath(values: string[]): string[] {
  return values.filter((v) => v && v !== '$user' && v !== 'pg_catalog');
}

/** SET ROLE r / RESET ROLE / SET ROLE NONE: whose default privileges apply, for whom ALTER DEFAULT PRIVILEGES is. */
function setRole(ctx: ApplyContext, s: VariableSetStmt): void {
  const v = s.kind === 'VAR_SET_VALUE' ? ((s.args ?? []) as any[]).map((a) => a.A_Const?.sval?.sval ?? a.String?.sval ?? '')[0] : undefined;
  if (v === undefined || v.toLowerCase() === 'none') delete ctx.cat.sessionRole;
  else ctx.cat.sessionRole = v;
}

/** `SELECT pg_catalog.set_config('search_path', '', false)`; any other SELECT has no catalogue effect. */
export function select(ctx: ApplyContext, s: SelectStmt): void {
  for (const t of s.targetList ?? []) {
    const fc = (t as any).ResTarget?.val?.FuncCall;
    if (!fc) continue;
    const fname = (fc.funcname ?? []).map((n: any) => n.String?.sval).pop();
    const args = fc.args ?? [];
    if (fname === 'set_config' && args[0]?.A_Const?.sval?.sval === 'search_path') {
      ctx.cat.searchPath = parsePath([args[1]?.A_Const?.sval?.sval ?? '']);
    }
  }
}
