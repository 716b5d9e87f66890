/**
 * Row-level security: CREATE / ALTER / DROP POLICY, ALTER POLICY … RENAME, and the table flags
 * (ENABLE / DISABLE / FORCE / NO FORCE ROW LEVEL SECURITY). Roles are stored as names, with
 * 'public', 'current_user', 'session_user', 'current_role' for the keywords (PostgreSQL reserves those names).
 */
import type { AlterPolicyStmt, CreatePolicyStmt, Node, RenameStmt, RoleSpec } from '@pgsql/types';
import type { Catalog, Expr, Policy, PolicyCommand, Table } from '../model/catalog.js';
import { type ApplyContext, fail, origin } from './context.js';
import { missingRelation } from './unmodelled.js';
import { makeExpr } from '../query/expr.js';
import { canonicalKey } from '../query/query-key.js';
import { analyseQuery } from '../query/query-analysis.js';
import { qualifiedFromList, qualifiedFromRangeVar } from '../../parse/ast.js';
import { truncateIdent } from '../query/names.js';
import { resolveTable } from '../query/resolve.js';

const ROLE_KEYWORDS: Record<string, string> = {
  ROLESPEC_PUBLIC: 'public',
  ROLESPEC_CURRENT_USER: 'current_user',
  ROLESPEC_SESSION_USER: 'session_user',
  ROLESPEC_CURRENT_ROLE: 'current_role',
};

/** A RoleSpec as a stored role name. */
export function roleName(r: RoleSpec): string {
  return ROLE_KEYWORDS[r.roletype ?? ''] ?? truncateIdent(r.rolename ?? '');
}

export function roleNames(list: readonly Node[] | undefined): string[] {
  return [...new Set((list ?? []).map((n) => roleName((n as { RoleSpec: RoleSpec }).RoleSpec)))].sort();
}

function policyTable(ctx: ApplyContext, rel: { relname?: string; schemaname?: string } | undefined): Table | undefined {
  const q = qualifiedFromRangeVar(rel ?? {});
  const t = resolveTable(ctx.cat, q);
  if (!t) missingRelation(ctx, q, `relation "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
  return t;
}

/**
 * A USING or WITH CHECK expression. One with a subquery is compared as the query it is part of
 * (`SELECT expr FROM table`): pg_dump prints the subquery's columns qualified (`SELECT users.id
 * FROM public.users`), as a view's.
 */
function policyExpr(ctx: ApplyContext, t: Table, node: Node): Expr {
  const cat = ctx.cat;
  const e = makeExpr(node, { catalog: cat, columns: t.columns });
  if (!JSON.stringify(node).includes('"SubLink"')) return e;
  // a schema file names relations bound later (views): keyed at the end of bind
  if (ctx.mode === 'bind') pending.set(e, { table: t, searchPath: [...cat.searchPath] });
  else e.key = subqueryKey(cat, t, node);
  return e;
}

function subqueryKey(cat: Catalog, t: Table, node: Node): string {
  const select = { SelectStmt: { targetList: [{ ResTarget: { val: node } }], fromClause: [{ RangeVar: { schemaname: t.schema, relname: t.name, inh: true, relpersistence: 'p' } }] } } as unknown as Node;
  return canonicalKey(analyseQuery(select, cat).query, cat);
}

/** Policy expressions with a subquery, bound from a schema file, waiting for every relation to exist. */
const pending = new WeakMap<Expr, { table: Table; searchPath: string[] }>();

/** End of bind: key the policy expressions with a subquery, each under the search path it was written with. */
export function resolvePolicies(cat: Catalog): void {
  const path = cat.searchPath;
  for (const t of cat.tables.values()) {
    for (const p of t.policies?.values() ?? []) {
      for (const e of [p.using, p.check]) {
        const wait = e && pending.get(e);
        if (!wait) continue;
        pending.delete(e!);
        cat.searchPath = wait.searchPath;
        e!.key = subqueryKey(cat, t, e!.node);
      }
    }
  }
  cat.searchPath = path;
}

export function createPolicy(ctx: ApplyContext, s: CreatePolicyStmt): void {
  const t = policyTable(ctx, s.table);
  if (!t) return;
  const name = truncateIdent(s.policy_name ?? '');
  t.policies ??= new Map();
  if (t.policies.has(name)) return fail(ctx, 'duplicate-object', `policy "${name}" for table "${t.name}" already exists`);
  const p: Policy = {
    name,
    permissive: !!s.permissive,
    command: (s.cmd_name ?? 'all') as PolicyCommand,
    roles: s.roles?.length ? roleNames(s.roles) : ['public'],
    origin: origin(ctx),
  };
  if (s.qual) p.using = policyExpr(ctx, t, s.qual);
  if (s.with_check) p.check = policyExpr(ctx, t, s.with_check);
  t.policies.set(name, p);
}

export function alterPolicy(ctx: ApplyContext, s: AlterPolicyStmt): void {
  const t = policyTable(ctx, s.table);
  if (!t) return;
  const p = t.policies?.get(s.policy_name ?? '');
  if (!p) return fail(ctx, 'missing-object', `policy "${s.policy_name}" for table "${t.name}" does not exist`);
  if (s.roles?.length) p.roles = roleNames(s.roles);
  if (s.qual) p.using = policyExpr(ctx, t, s.qual);
  if (s.with_check) p.check = policyExpr(ctx, t, s.with_check);
}

export function renamePolicy(ctx: ApplyContext, s: RenameStmt): void {
  const t = policyTable(ctx, s.relation);
  if (!t) return;
  const p = t.policies?.get(s.subname ?? '');
  if (!p) {
    if (!s.missing_ok) fail(ctx, 'missing-object', `policy "${s.subname}" for table "${t.name}" does not exist`);
    return;
  }
  const newname = truncateIdent(s.newname ?? '');
  if (t.policies!.has(newname)) return fail(ctx, 'duplicate-object', `policy "${newname}" for table "${t.name}" already exists`);
  t.policies!.delete(p.name);
  p.name = newname;
  t.policies!.set(newname, p);
}

/** DROP POLICY name ON table: `parts` is `[schema?, table, policy]`. */
export function dropPolicy(ctx: ApplyContext, parts: string[], missingOk: boolean): void {
  const q = qualifiedFromList(parts.slice(0, -1));
  const name = parts[parts.length - 1] ?? '';
  const t = resolveTable(ctx.cat, q);
  if (!t?.policies?.delete(name) && !missingOk) fail(ctx, 'missing-object', `policy "${name}" for table "${q.name}" does not exist`);
}

/** ALTER TABLE … ENABLE / DISABLE / FORCE / NO FORCE ROW LEVEL SECURITY; false for other subcommands. */
export function rowSecurityCmd(t: Table, subtype: string): boolean {
  switch (subtype) {
    case 'AT_EnableRowSecurity': t.rowSecurity = true; return true;
    case 'AT_DisableRowSecurity': t.rowSecurity = false; return true;
    case 'AT_ForceRowSecurity': t.forceRowSecurity = true; return true;
    case 'AT_NoForceRowSecurity': t.forceRowSecurity = false; return true;
    default: return false;
  }
}
