/**
 * CREATE [OR REPLACE] VIEW, CREATE MATERIALIZED VIEW, ALTER VIEW options. During bind a view's
 * query is analysed once every table exists (views may come before the views they read, in any
 * file): a view is pending until `resolveViews` — or until something needs its columns.
 */
import type { AlterTableCmd, AlterTableStmt, CreateTableAsStmt, DefElem, Node, ViewStmt } from '@pgsql/types';
import type { Catalog } from '../model/catalog.js';
import type { View, ViewOptions } from '../model/view.js';
import { emptyDependencies } from '../model/view.js';
import { type ApplyContext, creationSchema, fail, failDuplicate, origin } from './context.js';
import { unmodelledRelation } from './unmodelled.js';
import { defArg, defElems, listItems, qualifiedFromRangeVar, strings, visitNodes } from '../../parse/ast.js';
import { analyseQuery } from '../query/query-analysis.js';
import { calledRowRelations } from '../query/function-columns.js';
import { canonicalKey } from '../query/query-key.js';
import { relationNameTaken, relationOrigin, truncateIdent } from '../query/names.js';
import { resolveTable } from '../query/resolve.js';
import { isNullExpr, makeExpr } from '../query/expr.js';

interface Pending {
  query: Node;
  columnNames: string[];
  searchPath: string[];
  ctx: ApplyContext;
}

/** Views whose query is not analysed yet (bind only). */
const pending = new WeakMap<View, Pending>();

/** View options from WITH (…) and WITH [LOCAL|CASCADED] CHECK OPTION; other options are storage ones. */
export function viewOptions(list: DefElem[], checkOption?: string): { options: ViewOptions; storage: string[] } {
  const options: ViewOptions = {};
  const storage: string[] = [];
  for (const d of list) {
    const v = defArg(d);
    // the value as PostgreSQL stores it: `WITH (security_barrier)` is `true`, TRUE / FALSE print lower case
    const text = v === undefined ? 'true' : String(v);
    if (d.defname === 'security_barrier') options.securityBarrier = text;
    else if (d.defname === 'security_invoker') options.securityInvoker = text;
    else if (d.defname === 'check_option') options.checkOption = text.toLowerCase() === 'cascaded' ? 'cascaded' : 'local';
    else storage.push(`${d.defname}=${text}`);
  }
  if (checkOption === 'LOCAL_CHECK_OPTION') options.checkOption = 'local';
  if (checkOption === 'CASCADED_CHECK_OPTION') options.checkOption = 'cascaded';
  return { options, storage: storage.sort() };
}

/** Analyse (or re-analyse) a view's query against the catalogue as it is now. */
function analyse(cat: Catalog, v: View, query: Node, columnNames: string[]): void {
  const a = analyseQuery(query, cat, { columnNames });
  v.query = { node: a.query, key: canonicalKey(a.query, cat) };
  v.columns = a.columns;
  v.columnTypes = a.types;
  v.deps = a.deps;
}

/** Analyse a pending view now (its referenced pending views first). */
export function resolveView(cat: Catalog, v: View, visiting = new Set<View>()): void {
  const p = pending.get(v);
  if (!p || visiting.has(v)) return;
  visiting.add(v);
  const saved = cat.searchPath;
  cat.searchPath = p.searchPath;
  // views read, and views whose row type a function in FROM returns
  for (const name of [...rangeVarNames(p.query), ...rowTypesInFrom(cat, p.query)]) {
    const schemas = name.schema ? [name.schema] : cat.searchPath;
    for (const s of schemas) {
      const other = cat.views.get(`${s}.${name.name}`);
      if (other) { resolveView(cat, other, visiting); break; }
      if (cat.tables.has(`${s}.${name.name}`)) break;
    }
  }
  analyse(cat, v, p.query, p.columnNames);
  cat.searchPath = saved;
  pending.delete(v);
  for (const c of v.columnComments.keys()) {
    if (!v.columns.includes(c)) fail(p.ctx, 'missing-object', `column "${c}" of view ${v.schema}.${v.name} does not exist`);
  }
}

/** Every pending view of the catalogue (end of bind). */
export function resolveViews(cat: Catalog): void {
  for (const v of [...cat.views.values()].sort((a, b) => (a.schema + a.name < b.schema + b.name ? -1 : 1))) resolveView(cat, v);
}

function rowTypesInFrom(cat: Catalog, n: unknown): { schema?: string; name: string }[] {
  const out: { schema?: string; name: string }[] = [];
  visitNodes(n, (o) => {
    for (const f of o.RangeFunction?.functions ?? []) {
      const call = f.List?.items?.[0]?.FuncCall;
      if (call) out.push(...calledRowRelations(cat, strings(call.funcname)));
    }
  });
  return out;
}

function rangeVarNames(n: unknown): { schema?: string; name: string }[] {
  const out: { schema?: string; name: string }[] = [];
  visitNodes(n, (o) => {
    if (o.RangeVar) out.push({ schema: o.RangeVar.schemaname || undefined, name: o.RangeVar.relname });
  });
  return out;
}

interface Definition {
  schema?: string;
  name: string;
  materialized: boolean;
  query: Node;
  columnNames: string[];
  options: ViewOptions;
  storage: string[];
  withData: boolean;
  /** Materialized views: USING am as written. */
  accessMethod?: string;
  replace: boolean;
  ifNotExists: boolean;
  temporary: boolean;
}

function define(ctx: ApplyContext, d: Definition): void {
  const cat = ctx.cat;
  const schema = creationSchema(ctx, d.schema);
  const name = truncateIdent(d.name);
  const k = `${schema}.${name}`;
  if (d.temporary) return; // temporary views are session objects, not schema
  if (!cat.schemas.has(schema) && ctx.mode === 'replay') return fail(ctx, 'missing-object', `schema "${schema}" does not exist`);
  const existing = cat.views.get(k);
  if (existing && (!d.replace || existing.materialized || d.materialized)) {
    if (!d.ifNotExists) failDuplicate(ctx, `relation ${k} already exists`, existing.origin, 'Each view is defined once; use CREATE OR REPLACE VIEW, or DROP VIEW before defining it again.');
    return;
  }
  if (!existing && relationNameTaken(cat, schema, name)) {
    if (!d.ifNotExists) failDuplicate(ctx, `relation ${k} already exists`, relationOrigin(cat, schema, name));
    return;
  }
  const v: View = existing ?? {
    schema, name, materialized: d.materialized, query: { node: d.query, key: '' }, columns: [],
    options: {}, storage: [], withData: true, deps: emptyDependencies(), columnComments: new Map(), columnDefaults: new Map(), origin: origin(ctx),
  };
  v.options = d.options;
  v.storage = d.storage;
  v.withData = d.materialized ? d.withData : true;
  const am = d.materialized ? (d.accessMethod ?? cat.defaultTableAccessMethod) : undefined;
  if (am && am !== 'heap') v.accessMethod = am;
  else delete v.accessMethod;
  v.origin = origin(ctx);
  if (existing && ctx.mode === 'replay') {
    const before = [...existing.columns];
    analyse(cat, v, d.query, d.columnNames);
    const bad = before.findIndex((c, i) => v.columns[i] !== c);
    if (bad >= 0) {
      fail(ctx, 'invalid-definition', `cannot change name of view column "${before[bad]}" to "${v.columns[bad] ?? ''}"`, 'Drop the view and create it again, or only add columns at the end.');
    }
  } else if (ctx.mode === 'replay') {
    analyse(cat, v, d.query, d.columnNames);
  } else {
    pending.set(v, { query: d.query, columnNames: d.columnNames, searchPath: [...cat.searchPath], ctx });
  }
  cat.views.set(k, v);
}

export function createView(ctx: ApplyContext, s: ViewStmt): void {
  const q = qualifiedFromRangeVar(s.view!);
  const { options, storage } = viewOptions(defElems(s.options), s.withCheckOption);
  define(ctx, {
    schema: q.schema, name: q.name, materialized: false, query: s.query!, columnNames: strings(s.aliases).map(truncateIdent),
    options, storage, withData: true, replace: !!s.replace, ifNotExists: false, temporary: s.view?.relpersistence === 't',
  });
}

/** CREATE MATERIALIZED VIEW; CREATE TABLE … AS (a table whose columns come from a query) is not modelled. */
export function createTableAs(ctx: ApplyContext, s: CreateTableAsStmt): void {
  const into = s.into!;
  if (s.objtype !== 'OBJECT_MATVIEW') {
    if (into.rel?.relpersistence === 't') return;
    fail(ctx, 'unmodelled-statement', 'CREATE TABLE … AS is not modelled; write the table with CREATE TABLE');
    return unmodelledRelation(ctx, into.rel?.schemaname, into.rel?.relname ?? '');
  }
  const q = qualifiedFromRangeVar(into.rel!);
  const { options, storage } = viewOptions(defElems(into.options));
  define(ctx, {
    schema: q.schema, name: q.name, materialized: true, query: s.query!, columnNames: strings(into.colNames).map(truncateIdent),
    options, storage, withData: !into.skipData, replace: false, ifNotExists: !!s.if_not_exists, temporary: false, accessMethod: into.accessMethod,
  });
}

/** A view or materialized view by (possibly unqualified) name, analysed. */
export function resolveViewByName(cat: Catalog, q: { schema?: string; name: string }): View | undefined {
  const name = truncateIdent(q.name);
  for (const s of q.schema ? [truncateIdent(q.schema)] : cat.searchPath) {
    const v = cat.views.get(`${s}.${name}`);
    if (v) {
      resolveView(cat, v);
      return v;
    }
  }
  return undefined;
}

/** A materialized view as the target of CREATE INDEX: its name and columns. */
export function matviewForIndex(cat: Catalog, q: { schema?: string; name: string }): { schema: string; name: string; columns: Map<string, true> } | undefined {
  const v = resolveViewByName(cat, q);
  if (!v || !v.materialized) return undefined;
  return { schema: v.schema, name: v.name, columns: new Map(v.columns.map((c) => [c, true])) };
}

/** REFRESH-independent ALTER VIEW / ALTER MATERIALIZED VIEW subcommands (also ALTER TABLE naming a view). */
export function alterView(ctx: ApplyContext, s: AlterTableStmt): void {
  const q = qualifiedFromRangeVar(s.relation!);
  const v = resolveViewByName(ctx.cat, q);
  if (!v) {
    if (!s.missing_ok) fail(ctx, 'missing-object', `view "${q.name}" does not exist`);
    return;
  }
  for (const n of s.cmds ?? []) {
    const cmd = (n as { AlterTableCmd: AlterTableCmd }).AlterTableCmd;
    switch (cmd.subtype) {
      case 'AT_SetRelOptions':
      case 'AT_ResetRelOptions': {
        const elems = defElems(listItems(cmd.def!));
        if (cmd.subtype === 'AT_ResetRelOptions') {
          for (const d of elems) {
            if (d.defname === 'security_barrier') delete v.options.securityBarrier;
            else if (d.defname === 'security_invoker') delete v.options.securityInvoker;
            else if (d.defname === 'check_option') delete v.options.checkOption;
            else v.storage = v.storage.filter((o) => !o.startsWith(`${d.defname}=`));
          }
        } else {
          const { options, storage } = viewOptions(elems);
          v.options = { ...v.options, ...options };
          const names = new Set(storage.map((o) => o.split('=')[0]));
          v.storage = [...v.storage.filter((o) => !names.has(o.split('=')[0])), ...storage].sort();
        }
        break;
      }
      case 'AT_ColumnDefault':
        columnDefault(ctx, v, cmd);
        break;
      case 'AT_SetCompression':
        matviewCompression(ctx, v, cmd);
        break;
      case 'AT_SetAccessMethod': {
        const am = cmd.name ?? ctx.cat.defaultTableAccessMethod;
        if (v.materialized && am && am !== 'heap') v.accessMethod = am;
        else delete v.accessMethod;
        break;
      }
      case 'AT_ChangeOwner':
      case 'AT_SetTableSpace':
      case 'AT_ClusterOn':
      case 'AT_DropCluster':
      case 'AT_SetStatistics':
      case 'AT_SetStorage':
      case 'AT_SetOptions':
      case 'AT_ResetOptions':
      case 'AT_ReplicaIdentity':
        break;
      default:
        fail(ctx, 'unmodelled-statement', `ALTER VIEW ${String(cmd.subtype).replace('AT_', '')} is not modelled`);
    }
  }
}

/**
 * ALTER VIEW v ALTER COLUMN c SET DEFAULT e / DROP DEFAULT. PostgreSQL stores the default (pg_attrdef)
 * for INSERT and UPDATE through the view; a materialized view has none ("is not a table, view, or
 * foreign table"). SET DEFAULT NULL stores no default, as for a table.
 */
function columnDefault(ctx: ApplyContext, v: View, cmd: AlterTableCmd): void {
  if (v.materialized) return fail(ctx, 'invalid-definition', `"${v.name}" is not a table, view, or foreign table`);
  const at = v.columns.indexOf(cmd.name ?? '');
  if (at < 0) return fail(ctx, 'missing-object', `column "${cmd.name}" of relation "${v.name}" does not exist`);
  const type = v.columnTypes?.[at];
  const expr = cmd.def ? makeExpr(cmd.def, { type, catalog: ctx.cat }) : undefined;
  if (!expr || isNullExpr(expr, type ?? { name: 'unknown', mods: [], arrayDims: 0 }, ctx.cat)) v.columnDefaults.delete(v.columns[at]!);
  else v.columnDefaults.set(v.columns[at]!, expr);
}

/** Is the relation an ALTER TABLE names a view (so the view handler takes it)? */
export function isViewTarget(cat: Catalog, s: AlterTableStmt): boolean {
  if (s.objtype === 'OBJECT_VIEW' || s.objtype === 'OBJECT_MATVIEW') return true;
  if (!s.relation) return false;
  const q = qualifiedFromRangeVar(s.relation);
  return !resolveTable(cat, q) && !!resolveViewByName(cat, q);
}

/**
 * ALTER MATERIALIZED VIEW … ALTER COLUMN c SET COMPRESSION m (pg_dump writes it as ALTER TABLE ONLY): a new
 * materialized view's columns start at the default, whatever the columns they read have (seen on PostgreSQL 15).
 */
function matviewCompression(ctx: ApplyContext, v: View, cmd: AlterTableCmd): void {
  if (!v.materialized) return fail(ctx, 'invalid-definition', `"${v.name}" is not a table, materialized view, or foreign table`);
  if (!v.columns.includes(cmd.name ?? '')) return fail(ctx, 'missing-object', `column "${cmd.name}" of relation "${v.name}" does not exist`);
  const m = ((cmd.def as { String?: { sval?: string } } | undefined)?.String?.sval ?? '').toLowerCase();
  if (m !== 'default' && m !== 'pglz' && m !== 'lz4') return fail(ctx, 'invalid-definition', `invalid compression method "${m}"`);
  const next = { ...v.columnCompression };
  if (m === 'default') delete next[cmd.name!];
  else next[cmd.name!] = m;
  if (Object.keys(next).length) v.columnCompression = next;
  else delete v.columnCompression;
}
