/**
 * CREATE [OR REPLACE] RULE, DROP RULE, ALTER RULE … RENAME, ALTER TABLE … ENABLE / DISABLE RULE.
 *
 * A rule on a table or view: its event (INSERT, UPDATE, DELETE), DO INSTEAD or ALSO, a WHERE
 * condition and its actions (NOTHING, or statements reading NEW and OLD), normalised as PostgreSQL
 * stores them (query/rule-actions.ts). CREATE OR REPLACE keeps the rule's comment and enabled state,
 * as PostgreSQL does. A schema file's rule is analysed at the end of bind, once every relation it
 * reads exists.
 *
 * "_RETURN" ON SELECT DO INSTEAD SELECT …: how pg_dump before late-2022 releases broke circular view
 * dependencies. It first wrote the view as a table (or as a placeholder view) and later attached the
 * real query as the view's ON SELECT rule, which turns the table into a view. The catalogue does the
 * same: the table is replaced by a view with that query, a view gets the query as if by CREATE OR
 * REPLACE VIEW. PostgreSQL refuses any other ON SELECT rule.
 */
import type { AlterTableCmd, Node, RenameStmt, RuleStmt } from '@pgsql/types';
import type { Catalog, Rule, RuleEvent } from '../model/catalog.js';
import { ruleKey } from '../model/rule.js';
import { type ApplyContext, fail, origin } from './context.js';
import { qualifiedFromList, qualifiedFromRangeVar } from '../../parse/ast.js';
import { truncateIdent } from '../query/names.js';
import { resolveTable } from '../query/resolve.js';
import { setRuleDefinition } from '../query/rule-actions.js';
import { removeTable } from './dependents.js';
import { createView, resolveViewByName } from './view.js';

const EVENTS: Record<string, RuleEvent> = { CMD_INSERT: 'insert', CMD_UPDATE: 'update', CMD_DELETE: 'delete' };

/** The table or view a rule is on. */
function ruleRelation(cat: Catalog, q: { schema?: string; name: string }): { schema: string; name: string } | undefined {
  const t = resolveTable(cat, q);
  if (t) return { schema: t.schema, name: t.name };
  const v = resolveViewByName(cat, q);
  return v && !v.materialized ? { schema: v.schema, name: v.name } : undefined;
}

/** Rules of schema files waiting for every relation to exist, with what they were written with. */
const pending = new WeakMap<Rule, { where?: Node; actions: readonly Node[]; searchPath: string[] }>();

export function createRule(ctx: ApplyContext, s: RuleStmt): void {
  const actions = s.actions ?? [];
  if (s.event === 'CMD_SELECT') {
    const isViewRule = s.rulename === '_RETURN' && s.instead && !s.whereClause && actions.length === 1 && 'SelectStmt' in actions[0]!;
    if (!isViewRule) return fail(ctx, 'invalid-definition', `rule "${s.rulename}": an ON SELECT rule must be a view's "_RETURN" rule, DO INSTEAD a single SELECT without WHERE`);
    return viewRule(ctx, s, actions[0]!);
  }
  if (s.whereClause && actions.some((a) => 'NotifyStmt' in a)) return fail(ctx, 'invalid-definition', 'rules with WHERE conditions can only have SELECT, INSERT, UPDATE, or DELETE actions');
  const q = qualifiedFromRangeVar(s.relation!);
  const rel = ruleRelation(ctx.cat, q);
  if (!rel) return fail(ctx, 'missing-object', `relation "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
  const r: Rule = {
    schema: rel.schema,
    table: rel.name,
    name: truncateIdent(s.rulename ?? ''),
    event: EVENTS[s.event ?? '']!,
    instead: !!s.instead,
    actions: [],
    key: '',
    deps: { relations: [], columns: [], functions: [], types: [] },
    origin: origin(ctx),
  };
  const k = ruleKey(r);
  const existing = ctx.cat.rules.get(k);
  if (existing) {
    if (!s.replace) return fail(ctx, 'duplicate-object', `rule "${r.name}" for relation "${rel.name}" already exists`);
    if (existing.comment !== undefined) r.comment = existing.comment;
    if (existing.enabled) r.enabled = existing.enabled;
  }
  if (ctx.mode === 'bind') pending.set(r, { where: s.whereClause, actions, searchPath: [...ctx.cat.searchPath] });
  else setRuleDefinition(ctx.cat, r, s.whereClause, actions);
  ctx.cat.rules.set(k, r);
}

/** End of bind: analyse the rules of schema files, each under the search path it was written with. */
export function resolveRules(cat: Catalog): void {
  const path = cat.searchPath;
  for (const r of cat.rules.values()) {
    const w = pending.get(r);
    if (!w) continue;
    pending.delete(r);
    cat.searchPath = w.searchPath;
    setRuleDefinition(cat, r, w.where, w.actions);
  }
  cat.searchPath = path;
}

function viewRule(ctx: ApplyContext, s: RuleStmt, query: Node): void {
  const q = qualifiedFromRangeVar(s.relation!);
  const table = resolveTable(ctx.cat, q);
  if (table) {
    // the table was a placeholder for the view: PostgreSQL converts it (it must be empty and plain)
    if (table.partitionOf || table.partitionBy) return fail(ctx, 'invalid-definition', `cannot convert partitioned table or partition "${table.name}" to a view`);
    const blockers = removeTable(ctx.cat, table, false);
    if (blockers.length) return fail(ctx, 'dependent-objects', `cannot convert relation "${table.name}" to a view: ${blockers.join(', ')} depend on it`);
  }
  createView(ctx, { view: { ...s.relation!, schemaname: s.relation!.schemaname ?? (table ? table.schema : undefined) }, query, replace: !table, withCheckOption: 'NO_CHECK_OPTION' });
}

/** A rule named `[schema.]relation.rule` (DROP RULE, COMMENT ON RULE). */
export function resolveRule(cat: Catalog, parts: string[]): Rule | undefined {
  const rel = ruleRelation(cat, qualifiedFromList(parts.slice(0, -1)));
  return rel && cat.rules.get(ruleKey({ schema: rel.schema, table: rel.name, name: parts[parts.length - 1]! }));
}

export function dropRule(ctx: ApplyContext, parts: string[], missingOk: boolean): void {
  const r = resolveRule(ctx.cat, parts);
  if (!r) {
    if (!missingOk) fail(ctx, 'missing-object', `rule "${parts[parts.length - 1]}" for relation "${parts[parts.length - 2]}" does not exist`);
    return;
  }
  ctx.cat.rules.delete(ruleKey(r));
}

/** ALTER RULE r ON rel RENAME TO n. */
export function renameRule(ctx: ApplyContext, s: RenameStmt): void {
  const q = qualifiedFromRangeVar(s.relation!);
  const rel = ruleRelation(ctx.cat, q);
  const r = rel && ctx.cat.rules.get(ruleKey({ schema: rel.schema, table: rel.name, name: s.subname ?? '' }));
  if (!r) return fail(ctx, 'missing-object', `rule "${s.subname}" for relation "${q.name}" does not exist`);
  const newname = truncateIdent(s.newname ?? '');
  if (ctx.cat.rules.has(ruleKey({ ...r, name: newname }))) return fail(ctx, 'duplicate-object', `rule "${newname}" for relation "${r.table}" already exists`);
  ctx.cat.rules.delete(ruleKey(r));
  r.name = newname;
  ctx.cat.rules.set(ruleKey(r), r);
}

/** The rules on a relation. */
export function rulesOn(cat: Catalog, schema: string, name: string): Rule[] {
  return [...cat.rules.values()].filter((r) => r.schema === schema && r.table === name);
}

const STATES: Record<string, Rule['enabled'] | 'enabled'> = {
  AT_EnableRule: 'enabled', AT_DisableRule: 'disabled', AT_EnableAlwaysRule: 'always', AT_EnableReplicaRule: 'replica',
};

/** ALTER TABLE … ENABLE / DISABLE [REPLICA | ALWAYS] RULE name. Returns false for other subcommands. */
export function ruleStateCmd(ctx: ApplyContext, rel: { schema: string; name: string }, cmd: AlterTableCmd): boolean {
  const state = STATES[cmd.subtype ?? ''];
  if (!state) return false;
  const r = ctx.cat.rules.get(ruleKey({ schema: rel.schema, table: rel.name, name: cmd.name ?? '' }));
  if (!r) return fail(ctx, 'missing-object', `rule "${cmd.name}" for relation "${rel.name}" does not exist`), true;
  if (state === 'enabled') delete r.enabled;
  else r.enabled = state;
  return true;
}
