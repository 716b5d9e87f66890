/**
 * Planner statistics. Targets: ALTER TABLE … ALTER COLUMN c SET STATISTICS n and ALTER INDEX … ALTER COLUMN
 * <number> SET STATISTICS n (expression keys only, as PostgreSQL requires). -1 (or DEFAULT, PG 17+)
 * resets to the system default; PostgreSQL lowers targets above 10000 to 10000 with a warning.
 * Targets are not inherited: a partition or a LIKE copy starts with the default. A target set on a
 * parent without ONLY reaches its partitions and inheriting tables; in schema files (applied by
 * phase, not file order) that is every child the schema declares.
 * Extended statistics objects (CREATE STATISTICS) live in their own namespace per schema; an
 * unnamed one is named like PostgreSQL's ChooseExtendedStatisticName (`t_a_b_stat`, in the table's
 * schema). They go with their table, and with any column they use.
 */
import type { AlterStatsStmt, AlterTableCmd, AlterTableStmt, CreateStatsStmt, Node, RangeVar, StatsElem } from '@pgsql/types';
import { type Catalog, type Expr, type StatisticsKind, type StatisticsObject, type Table, key } from '../model/catalog.js';
import { type ApplyContext, creationSchema, fail, origin } from './context.js';
import { missingRelation } from './unmodelled.js';
import { intValue, qualifiedFromList, strings } from '../../parse/ast.js';
import { resolveTable } from '../query/resolve.js';
import { makeExpr } from '../query/expr.js';
import { alteredIndex } from './index-options.js';
import { chooseName, nameAddition, truncateIdent } from '../query/names.js';

const MAX_TARGET = 10000;

/** The target a SET STATISTICS subcommand sets: undefined for the default. */
function target(cmd: AlterTableCmd): number | undefined {
  const n = cmd.def ? intValue(cmd.def) : -1;
  if (n === undefined || n < 0) return undefined;
  return Math.min(n, MAX_TARGET);
}

function checkRange(ctx: ApplyContext, cmd: AlterTableCmd): boolean {
  const n = cmd.def ? intValue(cmd.def) : -1;
  if (n === undefined || n < -1) {
    fail(ctx, 'invalid-definition', `statistics target ${n ?? '?'} is too low`);
    return false;
  }
  return true;
}

/** ALTER TABLE … ALTER COLUMN c SET STATISTICS n. */
export function setColumnStatistics(ctx: ApplyContext, table: Table, cmd: AlterTableCmd): void {
  const column = table.columns.get(cmd.name ?? '');
  if (!column) return fail(ctx, 'missing-object', `column "${cmd.name}" of relation "${table.name}" does not exist`);
  if (!checkRange(ctx, cmd)) return;
  const t = target(cmd);
  if (t === undefined) delete column.statistics;
  else column.statistics = t;
}

/** ALTER INDEX i ALTER COLUMN n SET STATISTICS m: true when `s` was that statement (applied or refused). */
export function alterIndexStatistics(ctx: ApplyContext, s: AlterTableStmt, cmds: AlterTableCmd[]): boolean {
  if (s.objtype !== 'OBJECT_INDEX' || !cmds.length || !cmds.every((c) => c.subtype === 'AT_SetStatistics')) return false;
  const index = alteredIndex(ctx, s);
  if (!index) return true;
  for (const cmd of cmds) {
    const num = cmd.num ?? 0;
    const key = index.keys[num - 1];
    if (!key) {
      if (num > index.keys.length && num <= index.keys.length + index.include.length) fail(ctx, 'invalid-definition', `cannot alter statistics on included column "${index.include[num - index.keys.length - 1]}" of index "${index.name}"`);
      else fail(ctx, 'missing-object', `column number ${num} of relation "${index.name}" does not exist`);
      continue;
    }
    if (!key.expr) {
      fail(ctx, 'invalid-definition', `cannot alter statistics on non-expression column "${key.column}" of index "${index.name}"`, 'Alter statistics on table column instead.');
      continue;
    }
    if (!checkRange(ctx, cmd)) continue;
    const t = target(cmd);
    if (t === undefined) delete key.statistics;
    else key.statistics = t;
  }
  return true;
}

// --- extended statistics objects: CREATE / ALTER / DROP / RENAME / COMMENT ON STATISTICS ------------

const KINDS: StatisticsKind[] = ['ndistinct', 'dependencies', 'mcv'];

export function resolveStatistics(cat: Catalog, q: { schema?: string; name: string }): StatisticsObject | undefined {
  if (q.schema) return cat.statistics.get(key(q.schema, q.name));
  for (const s of cat.searchPath) {
    const found = cat.statistics.get(key(s, q.name));
    if (found) return found;
  }
  return undefined;
}

export function createStatistics(ctx: ApplyContext, s: CreateStatsStmt): void {
  const rv = (s.relations?.[0] as { RangeVar?: RangeVar } | undefined)?.RangeVar;
  if (!rv || (s.relations?.length ?? 0) > 1) return fail(ctx, 'invalid-definition', 'only a single relation is allowed in CREATE STATISTICS');
  const table = resolveTable(ctx.cat, rv);
  if (!table) return missingRelation(ctx, { schema: rv.schemaname, name: rv.relname ?? '' }, `relation "${rv.relname}" does not exist`);
  const elems = (s.exprs ?? []).map((n) => (n as { StatsElem: StatsElem }).StatsElem);
  const columns: string[] = [];
  const exprs: Expr[] = [];
  for (const e of elems) {
    if (e.name !== undefined) {
      if (!table.columns.has(e.name)) return fail(ctx, 'missing-object', `column "${e.name}" does not exist`);
      if (columns.includes(e.name)) return fail(ctx, 'duplicate-object', `duplicate column name in statistics definition`);
      columns.push(e.name);
    } else if (e.expr) {
      // a parenthesised plain column is a column
      const ref = (e.expr as { ColumnRef?: { fields?: Node[] } }).ColumnRef;
      const col = ref && strings(ref.fields).length === 1 ? strings(ref.fields)[0]! : undefined;
      if (col !== undefined && table.columns.has(col)) { columns.push(col); continue; }
      exprs.push(makeExpr(e.expr, { catalog: ctx.cat }));
    }
  }
  if (columns.length + exprs.length < 2 && !(exprs.length === 1 && !s.stat_types?.length)) {
    return fail(ctx, 'invalid-definition', 'extended statistics require at least 2 columns');
  }
  const named = s.defnames?.length ? qualifiedFromList(strings(s.defnames)) : undefined;
  const schema = named ? creationSchema(ctx, named.schema) : table.schema;
  const name = named ? truncateIdent(named.name) : chooseName(table.name, nameAddition(elems.map((e) => e.name ?? 'expr')), 'stat', (n) => ctx.cat.statistics.has(key(schema, n)));
  if (ctx.cat.statistics.has(key(schema, name))) {
    if (!s.if_not_exists) fail(ctx, 'duplicate-object', `statistics object "${name}" already exists`);
    return;
  }
  const written = strings(s.stat_types);
  const bad = written.find((k) => !KINDS.includes(k as StatisticsKind));
  if (bad) return fail(ctx, 'invalid-definition', `unrecognized statistics kind "${bad}"`);
  // PostgreSQL: no kinds named = all of them, for two or more elements; a single expression has only its own
  const kinds = written.length ? KINDS.filter((k) => written.includes(k)) : columns.length + exprs.length > 1 ? [...KINDS] : [];
  const order = [...table.columns.keys()];
  columns.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  ctx.cat.statistics.set(key(schema, name), { schema, name, table: { schema: table.schema, name: table.name }, kinds, columns, exprs, origin: origin(ctx) });
}

/** ALTER STATISTICS s SET STATISTICS n. */
export function alterStatistics(ctx: ApplyContext, s: AlterStatsStmt): void {
  const q = qualifiedFromList(strings(s.defnames));
  const st = resolveStatistics(ctx.cat, q);
  if (!st) {
    if (!s.missing_ok) fail(ctx, 'missing-object', `statistics object "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
    return;
  }
  const n = s.stxstattarget ? intValue(s.stxstattarget) : -1;
  if (n === undefined || n < -1) return fail(ctx, 'invalid-definition', `statistics target ${n ?? '?'} is too low`);
  if (n < 0) delete st.target;
  else st.target = Math.min(n, MAX_TARGET);
}

/** DROP STATISTICS name: true when `removeType` is statistics. */
export function dropStatistics(ctx: ApplyContext, q: { schema?: string; name: string }, missingOk: boolean): void {
  const st = resolveStatistics(ctx.cat, q);
  if (!st) {
    if (!missingOk) fail(ctx, 'missing-object', `statistics object "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
    return;
  }
  ctx.cat.statistics.delete(key(st.schema, st.name));
}

/** ALTER STATISTICS a RENAME TO b. */
export function renameStatistics(ctx: ApplyContext, q: { schema?: string; name: string }, newname: string, missingOk: boolean): void {
  const st = resolveStatistics(ctx.cat, q);
  if (!st) {
    if (!missingOk) fail(ctx, 'missing-object', `statistics object "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
    return;
  }
  if (ctx.cat.statistics.has(key(st.schema, newname))) return fail(ctx, 'duplicate-object', `statistics object "${newname}" already exists in schema "${st.schema}"`);
  ctx.cat.statistics.delete(key(st.schema, st.name));
  st.name = newname;
  ctx.cat.statistics.set(key(st.schema, st.name), st);
}

/** The statistics objects built on a table. */
export function tableStatistics(cat: Catalog, table: { schema: string; name: string }): StatisticsObject[] {
  if (!cat.statistics.size) return [];
  return [...cat.statistics.values()].filter((s) => s.table.schema === table.schema && s.table.name === table.name);
}
