/**
 * DROP, RENAME, SET SCHEMA and COMMENT ON for views, materialized views, functions, procedures,
 * triggers and rules. Each entry point returns true when the statement was about one of these kinds
 * (the generic handlers in drop.ts, rename.ts and comment.ts take the others).
 */
import type { AlterObjectSchemaStmt, CommentStmt, DropStmt, Node, ObjectWithArgs, RenameStmt } from '@pgsql/types';
import { type ApplyContext, fail } from './context.js';
import { listItems, qualifiedFromList, qualifiedFromRangeVar, strings } from '../../parse/ast.js';
import { relationNameTaken, truncateIdent } from '../query/names.js';
import { resolveTable } from '../query/resolve.js';
import { resolveViewByName } from './view.js';
import { moveFunction, resolveFunction } from './function.js';
import { funcKey } from '../query/function-identity.js';
import { dropTrigger, renameTrigger, resolveTrigger } from './trigger.js';
import { dropRule, renameRule, resolveRule } from './rule.js';
import { columnRenamed, functionUsers, relationMoved, removeFunction, removeView } from '../query/object-dependents.js';
import { exprCalls } from '../query/expr-calls.js';
import { removeColumnOrTable, removeTable } from './dependents.js';

const ROUTINES: Record<string, 'function' | 'procedure' | 'routine'> = {
  OBJECT_FUNCTION: 'function', OBJECT_PROCEDURE: 'procedure', OBJECT_ROUTINE: 'routine', OBJECT_AGGREGATE: 'function',
};

function blocked(ctx: ApplyContext, what: string, blockers: string[]): void {
  fail(ctx, 'dependent-objects', `cannot drop ${what} because other objects depend on it: ${blockers.join(', ')}`, 'Use DROP ... CASCADE to drop the dependent objects too.');
}

export function dropObject(ctx: ApplyContext, s: DropStmt, obj: Node): boolean {
  const cascade = s.behavior === 'DROP_CASCADE';
  const type = s.removeType ?? '';
  if (type === 'OBJECT_VIEW' || type === 'OBJECT_MATVIEW') {
    const q = qualifiedFromList(strings(listItems(obj)));
    const v = resolveViewByName(ctx.cat, q);
    const kind = type === 'OBJECT_VIEW' ? 'view' : 'materialized view';
    if (!v || v.materialized !== (type === 'OBJECT_MATVIEW')) {
      if (!s.missing_ok) fail(ctx, 'missing-object', `${kind} "${q.name}" does not exist`);
      return true;
    }
    const blockers = removeView(ctx.cat, v, cascade);
    if (blockers.length) blocked(ctx, `${kind} ${v.name}`, blockers);
    return true;
  }
  if (ROUTINES[type]) {
    const f = resolveFunction(ctx, (obj as { ObjectWithArgs: ObjectWithArgs }).ObjectWithArgs, ROUTINES[type]!, !!s.missing_ok);
    if (!f) return true;
    // a table partitioned by an expression calling the function goes whole (its key cannot be dropped alone)
    // and a generated column computed by it goes as a column does (its indexes and constraints with it); calls are
    // matched by name, so only when no overload shares it (as functionUsers)
    const sole = ![...ctx.cat.functions.values()].some((g) => g !== f && g.schema === f.schema && g.name === f.name);
    const calls = (e: { node: unknown } | undefined) => sole && !!e && exprCalls(ctx.cat, e.node, f);
    const keyed = [...ctx.cat.tables.values()].filter((t) => t.partitionBy?.keys.some((k) => calls(k.expr)));
    if (keyed.length && !cascade) return blocked(ctx, `function ${funcKey(f)}`, [...keyed.map((t) => `table ${t.schema}.${t.name}`), ...functionUsers(ctx.cat, f).map((u) => u.what)]), true;
    if (cascade) {
      for (const t of keyed) if (ctx.cat.tables.get(`${t.schema}.${t.name}`) === t) removeTable(ctx.cat, t, true);
      for (const t of [...ctx.cat.tables.values()]) for (const c of [...t.columns.values()]) if (calls(c.generated)) removeColumnOrTable(ctx.cat, t, c);
    }
    const blockers = removeFunction(ctx.cat, f, cascade);
    if (blockers.length) blocked(ctx, `function ${funcKey(f)}`, blockers);
    return true;
  }
  if (type === 'OBJECT_TRIGGER') {
    dropTrigger(ctx, strings(listItems(obj)), !!s.missing_ok);
    return true;
  }
  if (type === 'OBJECT_RULE') {
    dropRule(ctx, strings(listItems(obj)), !!s.missing_ok);
    return true;
  }
  return false;
}

/** Rename a view or materialized view (ALTER VIEW / ALTER MATERIALIZED VIEW / ALTER TABLE naming a view). */
function moveView(ctx: ApplyContext, q: { schema?: string; name: string }, schema: string | undefined, name: string | undefined, missingOk: boolean): void {
  const cat = ctx.cat;
  const v = resolveViewByName(cat, q);
  if (!v) return void (!missingOk && fail(ctx, 'missing-object', `relation "${q.name}" does not exist`));
  const to = { schema: schema ?? v.schema, name: name ?? v.name };
  if (relationNameTaken(cat, to.schema, to.name) || cat.views.has(`${to.schema}.${to.name}`)) return fail(ctx, 'duplicate-object', `relation "${to.name}" already exists`);
  const from = { schema: v.schema, name: v.name };
  cat.views.delete(`${v.schema}.${v.name}`);
  v.schema = to.schema;
  v.name = to.name;
  cat.views.set(`${to.schema}.${to.name}`, v);
  for (const [k, i] of [...cat.indexes]) {
    if (i.schema !== from.schema || i.table !== from.name) continue;
    i.table = to.name;
    if (i.schema !== to.schema) { cat.indexes.delete(k); i.schema = to.schema; cat.indexes.set(`${to.schema}.${i.name}`, i); }
  }
  relationMoved(cat, from, to);
}

export function renameObject(ctx: ApplyContext, s: RenameStmt): boolean {
  const cat = ctx.cat;
  const type = s.renameType ?? '';
  const newname = truncateIdent(s.newname ?? '');
  const viewRelation = () => s.relation && !resolveTable(cat, qualifiedFromRangeVar(s.relation)) && resolveViewByName(cat, qualifiedFromRangeVar(s.relation));
  if (type === 'OBJECT_VIEW' || type === 'OBJECT_MATVIEW' || (type === 'OBJECT_TABLE' && viewRelation())) {
    moveView(ctx, qualifiedFromRangeVar(s.relation!), undefined, newname, !!s.missing_ok);
    return true;
  }
  if (type === 'OBJECT_COLUMN' && viewRelation()) {
    const v = resolveViewByName(cat, qualifiedFromRangeVar(s.relation!))!;
    const at = v.columns.indexOf(s.subname ?? '');
    if (at < 0) return fail(ctx, 'missing-object', `column "${s.subname}" of relation "${v.name}" does not exist`), true;
    if (v.columns.includes(newname)) return fail(ctx, 'duplicate-object', `column "${newname}" of relation "${v.name}" already exists`), true;
    renameOutput(v.query.node, at, newname);
    v.columns[at] = newname;
    const comment = v.columnComments.get(s.subname ?? '');
    if (comment !== undefined) { v.columnComments.delete(s.subname ?? ''); v.columnComments.set(newname, comment); }
    const dflt = v.columnDefaults.get(s.subname ?? '');
    if (dflt !== undefined) { v.columnDefaults.delete(s.subname ?? ''); v.columnDefaults.set(newname, dflt); }
    columnRenamed(cat, { schema: v.schema, name: v.name }, s.subname ?? '', newname);
    return true;
  }
  if (ROUTINES[type]) {
    const f = resolveFunction(ctx, (s.object as { ObjectWithArgs: ObjectWithArgs }).ObjectWithArgs, ROUTINES[type]!);
    if (!f) return true;
    const target = funcKey({ ...f, name: newname });
    if (cat.functions.has(target)) return fail(ctx, 'duplicate-object', `function ${target} already exists`), true;
    moveFunction(cat, f, f.schema, newname);
    return true;
  }
  if (type === 'OBJECT_TRIGGER') {
    renameTrigger(ctx, s);
    return true;
  }
  if (type === 'OBJECT_RULE') {
    renameRule(ctx, s);
    return true;
  }
  return false;
}

/** The name of a view's n-th output column, in its stored query (the leftmost SELECT). */
function renameOutput(query: Node, at: number, name: string): void {
  let s = ((query as any).SelectStmt ?? query) as Record<string, any>;
  while (s.op && s.op !== 'SETOP_NONE') s = s.larg;
  const t = s.targetList?.[at]?.ResTarget;
  if (t) t.name = name;
}

export function setObjectSchema(ctx: ApplyContext, s: AlterObjectSchemaStmt): boolean {
  const type = s.objectType ?? '';
  const schema = truncateIdent(s.newschema ?? '');
  if (type === 'OBJECT_VIEW' || type === 'OBJECT_MATVIEW') {
    moveView(ctx, qualifiedFromRangeVar(s.relation!), schema, undefined, !!s.missing_ok);
    return true;
  }
  if (ROUTINES[type]) {
    const f = resolveFunction(ctx, (s.object as { ObjectWithArgs: ObjectWithArgs }).ObjectWithArgs, ROUTINES[type]!);
    if (f) moveFunction(ctx.cat, f, schema, f.name);
    return true;
  }
  return false;
}

/** COMMENT ON VIEW / MATERIALIZED VIEW / COLUMN (of a view) / FUNCTION / PROCEDURE / ROUTINE / TRIGGER / RULE. */
export function commentObject(ctx: ApplyContext, s: CommentStmt): boolean {
  const cat = ctx.cat;
  const type = s.objtype ?? '';
  const text = s.comment ?? undefined;
  const set = (o: { comment?: string } | undefined, what: string) => {
    if (!o) return fail(ctx, 'missing-object', `${what} does not exist`);
    if (text === undefined) delete o.comment;
    else o.comment = text;
  };
  if (type === 'OBJECT_VIEW' || type === 'OBJECT_MATVIEW') {
    const q = qualifiedFromList(strings(listItems(s.object!)));
    set(resolveViewByName(cat, q), `view "${q.name}"`);
    return true;
  }
  if (type === 'OBJECT_COLUMN') {
    const parts = strings(listItems(s.object!));
    const q = qualifiedFromList(parts.slice(0, -1));
    if (resolveTable(cat, q)) return false;
    const v = resolveViewByName(cat, q);
    if (!v) return false;
    const col = parts[parts.length - 1]!;
    if (!v.columns.includes(col)) return fail(ctx, 'missing-object', `column "${col}" of relation "${v.name}" does not exist`), true;
    if (text === undefined) v.columnComments.delete(col);
    else v.columnComments.set(col, text);
    return true;
  }
  if (ROUTINES[type]) {
    set(resolveFunction(ctx, (s.object as { ObjectWithArgs: ObjectWithArgs }).ObjectWithArgs, ROUTINES[type]!, true), `${ROUTINES[type]} ${strings((s.object as any).ObjectWithArgs.objname).join('.')}`);
    return true;
  }
  if (type === 'OBJECT_TRIGGER') {
    const parts = strings(listItems(s.object!));
    set(resolveTrigger(cat, parts), `trigger "${parts[parts.length - 1]}"`);
    return true;
  }
  if (type === 'OBJECT_RULE') {
    const parts = strings(listItems(s.object!));
    set(resolveRule(cat, parts), `rule "${parts[parts.length - 1]}"`);
    return true;
  }
  return false;
}
