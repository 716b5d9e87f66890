/**
 * Partitioned tables and inheritance in the catalogue: PARTITION BY, PARTITION OF … FOR VALUES / DEFAULT,
 * INHERITS, ALTER TABLE … ATTACH / DETACH PARTITION, INHERIT / NO INHERIT, ALTER INDEX … ATTACH PARTITION.
 * What children receive from their parents is in inheritance.ts.
 */
import type { AlterTableCmd, AlterTableStmt, ColumnDef, Constraint as PgConstraint, CreateStmt, Node, PartitionBoundSpec, PartitionCmd, PartitionElem, PartitionSpec as PgPartitionSpec, RangeVar } from '@pgsql/types';
import type { Column, Origin, PartitionBound, PartitionDatum, PartitionSpec, Table, TypeRef } from '../model/catalog.js';
import { canonicalLiteral } from '../query/literals.js';
import { type ApplyContext, fail, origin } from './context.js';
import { missingRelation } from './unmodelled.js';
import { qualifiedFromRangeVar, strings } from '../../parse/ast.js';
import { collationFromNames } from './collation.js';
import { isNullExpr, makeExpr } from '../query/expr.js';
import { resolveIndex, resolveTable } from '../query/resolve.js';
import { type AdoptionFor, cloneColumn, inheritObjects, inheritedFromParents, parentKeys } from './inheritance.js';
import { noteInheritance } from '../query/children.js';
import { cloneConflict, removeClonesFrom } from './trigger-clones.js';
import type { ColumnConstraint } from './column.js';

const STRATEGY: Record<string, PartitionSpec['strategy']> = {
  PARTITION_STRATEGY_RANGE: 'range', PARTITION_STRATEGY_LIST: 'list', PARTITION_STRATEGY_HASH: 'hash',
};

export function partitionSpec(ctx: ApplyContext, table: Table, s: PgPartitionSpec): PartitionSpec {
  const keys = (s.partParams ?? []).map((n) => {
    const el = (n as { PartitionElem: PartitionElem }).PartitionElem;
    const k: PartitionSpec['keys'][number] = {};
    const cr = (el.expr as { ColumnRef?: { fields?: Node[] } } | undefined)?.ColumnRef;
    if (el.name) k.column = el.name;
    else if (cr && cr.fields?.length === 1) k.column = strings(cr.fields)[0];
    else if (el.expr) k.expr = makeExpr(el.expr, { catalog: ctx.cat, columns: table.columns });
    const coll = collationFromNames(ctx.cat, el.collation);
    if (coll) k.collation = coll;
    if (el.opclass?.length) k.opclass = strings(el.opclass).filter((x, i, a) => !(i === 0 && x === 'pg_catalog' && a.length > 1)).join('.');
    return k;
  });
  return { strategy: STRATEGY[s.strategy ?? ''] ?? 'range', keys };
}

const INTEGER_OPS: Record<string, (a: bigint, b: bigint) => bigint | undefined> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => (b === 0n ? undefined : a / b),
  '%': (a, b) => (b === 0n ? undefined : a % b),
};

/**
 * A bound expression PostgreSQL evaluates to a constant when it stores the bound (pg_dump prints the
 * value: `FROM (0 + 1)` is `FROM (1)`, `IN ('y' || 'z')` is `IN ('yz')`): integer arithmetic and
 * string concatenation over literals. Undefined for anything else (compared as an expression).
 */
function folded(n: Record<string, any>): { int: bigint } | { str: string } | undefined {
  const c = n.A_Const;
  if (c) {
    if (c.ival) return { int: BigInt(c.ival.ival ?? 0) };
    if (c.fval && /^[+-]?\d+$/.test(c.fval.fval)) return { int: BigInt(c.fval.fval) };
    if (c.sval) return { str: String(c.sval.sval ?? '') };
    return undefined;
  }
  if (n.TypeCast) return folded(n.TypeCast.arg);
  const e = n.A_Expr;
  if (e?.kind !== 'AEXPR_OP') return undefined;
  const op = strings(e.name).pop() ?? '';
  const r = e.rexpr ? folded(e.rexpr) : undefined;
  if (!e.lexpr) return r && 'int' in r && (op === '-' || op === '+') ? { int: op === '-' ? -r.int : r.int } : undefined;
  const l = folded(e.lexpr);
  if (!l || !r) return undefined;
  if (op === '||' && 'str' in l && 'str' in r) return { str: l.str + r.str };
  const f = Object.hasOwn(INTEGER_OPS, op) ? INTEGER_OPS[op] : undefined;
  const v = f && 'int' in l && 'int' in r ? f(l.int, r.int) : undefined;
  return v === undefined ? undefined : { int: v };
}

/** A bound datum as stored: literal text (casts dropped), a keyword, or an expression. */
function datum(ctx: ApplyContext, n: Node): PartitionDatum {
  const o = n as Record<string, any>;
  if (o.TypeCast?.arg?.A_Const) return datum(ctx, o.TypeCast.arg);
  if (o.A_Expr || o.TypeCast) {
    const v = folded(o);
    if (v) return { value: 'int' in v ? String(v.int) : v.str };
  }
  const c = o.A_Const;
  if (c) {
    if (c.isnull) return { keyword: 'NULL' };
    if (c.ival) return { value: String(c.ival.ival ?? 0) };
    if (c.fval) return { value: String(c.fval.fval) };
    if (c.boolval) return { value: c.boolval.boolval ? 'true' : 'false' };
    if (c.sval) return { value: String(c.sval.sval ?? '') };
  }
  const f = o.ColumnRef ? strings(o.ColumnRef.fields) : [];
  if (f.length === 1 && (f[0] === 'minvalue' || f[0] === 'maxvalue')) return { keyword: f[0] === 'minvalue' ? 'MINVALUE' : 'MAXVALUE' };
  return { expr: makeExpr(n, { catalog: ctx.cat }) };
}

/** The type of each partition key column of `parent` (undefined for expression keys). */
function keyTypes(parent: Table | undefined): (TypeRef | undefined)[] {
  return (parent?.partitionBy?.keys ?? []).map((k) => (k.column ? parent!.columns.get(k.column)?.type : undefined));
}

export function partitionBound(ctx: ApplyContext, b: PartitionBoundSpec, parent?: Table): PartitionBound {
  if (b.is_default) return { kind: 'default' };
  const types = keyTypes(parent);
  const list = (ns: Node[] | undefined) =>
    (ns ?? []).map((n, i) => {
      const d = datum(ctx, n);
      const t = types[b.strategy === 'l' ? 0 : i];
      // a bound is stored (and dumped) as the key type prints it: '2024-01-01' on a timestamp key is
      // '2024-01-01 00:00:00', on a timestamptz key the instant in the server's zone (UTC offline)
      const canon = t && 'value' in d ? canonicalLiteral(d.value, t) : undefined;
      return canon !== undefined ? { value: canon } : d;
    });
  switch (b.strategy) {
    case 'r': return { kind: 'range', from: list(b.lowerdatums), to: list(b.upperdatums) };
    case 'l': return { kind: 'list', values: list(b.listdatums) };
    default: return { kind: 'hash', modulus: b.modulus ?? 0, remainder: b.remainder ?? 0 };
  }
}

/** An expression's trees left out of a comparison key: it compares by `key` (its tree as written, `source`, differs between a schema and its pg_dump). */
const exprTreesOut = (k: string, v: unknown): unknown => (k === 'node' || k === 'source' ? undefined : v);

/** Comparison key of a bound (expressions by their normalised key). */
export function boundKey(b: PartitionBound | undefined): string {
  return JSON.stringify(b ?? null, exprTreesOut);
}

/** Comparison key of a PARTITION BY (expressions by their normalised key). */
export function partitionSpecKey(p: PartitionSpec | undefined): string {
  return JSON.stringify(p ?? null, exprTreesOut);
}

function parentTable(ctx: ApplyContext, r: RangeVar): Table | undefined {
  const t = resolveTable(ctx.cat, r);
  if (!t) missingRelation(ctx, { schema: r.schemaname, name: r.relname ?? '' }, `relation "${r.schemaname ? r.schemaname + '.' : ''}${r.relname}" does not exist`);
  return t;
}

/**
 * CREATE TABLE … PARTITION OF / INHERITS: set the parents and copy their columns before the table's
 * own elements are read. Returns false (after reporting) when a parent is missing.
 */
export function beginChild(ctx: ApplyContext, table: Table, s: CreateStmt): boolean {
  const rels = (s.inhRelations ?? []).map((n) => (n as { RangeVar: RangeVar }).RangeVar);
  if (!rels.length) return true;
  const parents: Table[] = [];
  for (const r of rels) {
    const p = parentTable(ctx, r);
    if (!p) return false;
    parents.push(p);
  }
  if (s.partbound) {
    const p = parents[0]!;
    if (!p.partitionBy) { fail(ctx, 'invalid-definition', `table "${p.name}" is not partitioned`); return false; }
    table.partitionOf = { schema: p.schema, table: p.name, bound: partitionBound(ctx, s.partbound, p) };
  } else {
    table.inherits = parents.map((p) => ({ schema: p.schema, name: p.name }));
    noteInheritance(ctx.cat);
  }
  for (const p of parents) {
    for (const [n, c] of p.columns) if (!table.columns.has(n)) table.columns.set(n, cloneColumn(c));
  }
  return true;
}

/**
 * A column element of a child table naming an inherited column: `c WITH OPTIONS DEFAULT …` in a
 * partition, or a column INHERITS merges. True when handled.
 */
export function mergeChildColumn(ctx: ApplyContext, table: Table, def: ColumnDef, build: () => Column, pend: (c: ColumnConstraint) => void): boolean {
  const existing = table.columns.get(def.colname ?? '');
  if (!existing?.inherited) return false;
  if (def.typeName) {
    const own = build();
    existing.inherited = { local: true };
    if (own.default) existing.default = own.default;
    if (own.notNull) existing.notNull = true;
    if (own.collation) existing.collation = own.collation;
    return true;
  }
  // a PARTITION OF column list (`u DEFAULT 0 CHECK (u >= 0)`): the table constraints it writes are the partition's
  // own (pg_dump writes them as table constraints), added with the table's others
  let last: PgConstraint | undefined;
  for (const n of def.constraints ?? []) {
    const c = (n as { Constraint: PgConstraint }).Constraint;
    switch (c.contype) {
      case 'CONSTR_NOTNULL':
        existing.notNull = true;
        break;
      case 'CONSTR_NULL':
        break;
      case 'CONSTR_DEFAULT':
        if (!c.raw_expr) break;
        existing.default = makeExpr(c.raw_expr, { type: existing.type, catalog: ctx.cat });
        if (isNullExpr(existing.default, existing.type, ctx.cat)) delete existing.default;
        break;
      case 'CONSTR_CHECK':
      case 'CONSTR_PRIMARY':
      case 'CONSTR_UNIQUE':
      case 'CONSTR_FOREIGN':
        last = { ...c };
        pend({ node: last, column: existing.name });
        break;
      case 'CONSTR_ATTR_DEFERRABLE':
      case 'CONSTR_ATTR_NOT_DEFERRABLE':
        if (last) last.deferrable = c.contype === 'CONSTR_ATTR_DEFERRABLE';
        break;
      case 'CONSTR_ATTR_DEFERRED':
      case 'CONSTR_ATTR_IMMEDIATE':
        if (last) last.initdeferred = c.contype === 'CONSTR_ATTR_DEFERRED';
        break;
      default:
        fail(ctx, 'unmodelled-statement', `${c.contype} in the column list of a partition or child is not modelled`);
    }
  }
  return true;
}

/**
 * CREATE TABLE … PARTITION OF: PostgreSQL gives the partition its copies of the parent's keys,
 * indexes and foreign keys (DefineRelation) before it creates the keys the statement writes, so an
 * own `PRIMARY KEY (a, b)` under a parent's `UNIQUE (a, b)` is a second index, not the adopted one,
 * and an own key equal to the parent's is named after the copy (`p1_a_key1`). True once done.
 */
export function inheritFromPartitionParent(ctx: ApplyContext, table: Table): boolean {
  const p = table.partitionOf;
  const parent = p && ctx.cat.tables.get(`${p.schema}.${p.table}`);
  if (parent) inheritObjects(ctx.cat, parent, table);
  return true;
}

/** After CREATE TABLE: PARTITION BY, and what the new child inherits besides columns. */
export function finishTable(ctx: ApplyContext, table: Table, s: CreateStmt): void {
  if (s.partspec) table.partitionBy = partitionSpec(ctx, table, s.partspec);
  const parents = table.partitionOf ? [{ schema: table.partitionOf.schema, name: table.partitionOf.table }] : table.inherits ?? [];
  for (const p of parents) {
    const parent = ctx.cat.tables.get(`${p.schema}.${p.name}`);
    if (parent) inheritObjects(ctx.cat, parent, table);
  }
}

/** ALTER TABLE subcommands about partitions and inheritance; true when handled. */
export function partitionCmd(ctx: ApplyContext, table: Table, cmd: AlterTableCmd): boolean {
  switch (cmd.subtype) {
    case 'AT_AttachPartition': {
      const pc = (cmd.def as { PartitionCmd: PartitionCmd }).PartitionCmd;
      const child = parentTable(ctx, pc.name!);
      if (!child) return true;
      if (!table.partitionBy) { fail(ctx, 'invalid-definition', `table "${table.name}" is not partitioned`); return true; }
      if (child.partitionOf) { fail(ctx, 'invalid-definition', `"${child.name}" is already a partition`); return true; }
      child.partitionOf = { schema: table.schema, table: table.name, bound: partitionBound(ctx, pc.bound!, table) };
      attachedAt.set(child, origin(ctx));
      joinParent(ctx, table, child);
      return true;
    }
    case 'AT_DetachPartition':
    case 'AT_DetachPartitionFinalize': {
      if (cmd.subtype === 'AT_DetachPartitionFinalize') return true;
      const pc = (cmd.def as { PartitionCmd: PartitionCmd }).PartitionCmd;
      const child = parentTable(ctx, pc.name!);
      if (!child) return true;
      if (child.partitionOf?.schema !== table.schema || child.partitionOf.table !== table.name) {
        fail(ctx, 'invalid-definition', `relation "${child.name}" is not a partition of relation "${table.name}"`);
        return true;
      }
      delete child.partitionOf;
      leaveParent(ctx, table, child);
      return true;
    }
    case 'AT_AddInherit': {
      const parent = parentTable(ctx, (cmd.def as { RangeVar: RangeVar }).RangeVar);
      if (!parent) return true;
      table.inherits = [...(table.inherits ?? []), { schema: parent.schema, name: parent.name }];
      noteInheritance(ctx.cat);
      joinParent(ctx, parent, table);
      return true;
    }
    case 'AT_DropInherit': {
      const parent = parentTable(ctx, (cmd.def as { RangeVar: RangeVar }).RangeVar);
      if (!parent) return true;
      table.inherits = (table.inherits ?? []).filter((p) => p.schema !== parent.schema || p.name !== parent.name);
      if (!table.inherits.length) delete table.inherits;
      leaveParent(ctx, parent, table);
      return true;
    }
    default:
      return false;
  }
}

/**
 * ATTACH PARTITION / INHERIT: the child's columns, CHECKs (and keys, foreign keys, indexes for
 * partitions) now come from the parent too. ATTACH adopts the partition's equal indexes and keys;
 * from PostgreSQL 17 a parent's key adopts only a key of the same kind (a partition's PRIMARY KEY is
 * not taken for the parent's UNIQUE, which gets a constraint of its own), before 17 any key.
 */
function joinParent(ctx: ApplyContext, parent: Table, child: Table): void {
  for (const [n, c] of child.columns) {
    // PostgreSQL: attinhcount + 1; a partition's columns are never its own, an inheriting table's stay as they were
    if (parent.columns.has(n)) c.inherited = { local: !child.partitionOf && (c.inherited?.local ?? true) };
  }
  for (const n of parent.columns.keys()) {
    if (!child.columns.has(n)) fail(ctx, 'invalid-definition', `child table is missing column "${n}"`);
  }
  const rival = child.partitionOf && cloneConflict(ctx.cat, parent, child);
  if (rival) fail(ctx, 'duplicate-object', `trigger "${rival}" for relation "${child.name}" already exists`);
  inheritObjects(ctx.cat, parent, child, { sameKind: !!child.partitionOf && ctx.pgVersion >= ATTACH_SAME_KIND_SINCE });
}

/** The first PostgreSQL major version whose ATTACH PARTITION matches keys only of the same kind. */
export const ATTACH_SAME_KIND_SINCE = 17;

/**
 * DETACH PARTITION / NO INHERIT: what was inherited stays, as the child's own, unless another parent
 * still gives it (PostgreSQL decrements attinhcount / coninhcount and makes the copy local at zero).
 */
function leaveParent(ctx: ApplyContext, parent: Table, child: Table): void {
  removeClonesFrom(ctx.cat, parent, child);
  for (const c of child.columns.values()) {
    if (parent.columns.has(c.name) && !inheritedFromParents(ctx.cat, child, c.name)) delete c.inherited;
  }
  const otherCheck = (name: string) => parentKeys(child).some((k) => ctx.cat.tables.get(k)?.constraints.get(name)?.kind === 'check');
  for (const c of child.constraints.values()) {
    if (!c.inherited) continue;
    // a partition's keys are attached under names of their own; an inheriting table's CHECKs share the parent's names
    if (parent.partitionBy || (parent.constraints.has(c.name) && !otherCheck(c.name))) delete c.inherited;
  }
  for (const i of ctx.cat.indexes.values()) {
    if (i.schema === child.schema && i.table === child.name && i.parent?.startsWith(`${parent.schema}.`)) delete i.parent;
  }
}

/** Where each partition was attached by ALTER TABLE … ATTACH PARTITION (schema files are bound out of file order). */
const attachedAt = new WeakMap<Table, Origin>();

/**
 * Was `partition` attached by a statement written after `at` (bind applies ATTACH before the indexes
 * of its phase)? Files are bound in path order.
 */
export function attachedAfter(partition: Table, at: Origin): boolean {
  const a = attachedAt.get(partition);
  return !!a && writtenAfter(a, at);
}

/** Is `a` written after `b` (files are bound in path order)? */
function writtenAfter(a: Origin, b: Origin): boolean {
  return a.file === b.file ? a.span.start > b.span.start : a.file > b.file;
}

/**
 * How a statement on a partitioned table (CREATE INDEX, ADD CONSTRAINT) adopts its partitions'
 * indexes under bind, which applies statements by phase: a partition created by a CREATE TABLE …
 * PARTITION OF written after the statement did not exist when PostgreSQL ran it, and got a copy of
 * the parent's index when it was created, before any index of its own: it adopts none.
 */
export function adoptionAt(ctx: ApplyContext): AdoptionFor | undefined {
  if (ctx.mode !== 'bind') return undefined;
  const at = origin(ctx);
  return (child) => (child.partitionOf && !attachedAt.has(child) && child.origin && writtenAfter(child.origin, at) ? { none: true } : {});
}

/** ALTER INDEX … ATTACH PARTITION; true when the statement is one. */
export function alterIndexAttach(ctx: ApplyContext, s: AlterTableStmt): boolean {
  if (s.objtype !== 'OBJECT_INDEX') return false;
  const cmds = (s.cmds ?? []).map((n) => (n as { AlterTableCmd: AlterTableCmd }).AlterTableCmd);
  if (!cmds.length || cmds.some((c) => c.subtype !== 'AT_AttachPartition')) return false;
  for (const c of cmds) attachIndex(ctx, s, (c.def as { PartitionCmd: PartitionCmd }).PartitionCmd);
  return true;
}

/** ALTER INDEX parent ATTACH PARTITION child_index. */
function attachIndex(ctx: ApplyContext, s: AlterTableStmt, pc: PartitionCmd): void {
  const q = qualifiedFromRangeVar(s.relation!);
  const parent = resolveIndex(ctx.cat, q.schema, q.name);
  const cq = qualifiedFromRangeVar(pc.name!);
  const child = resolveIndex(ctx.cat, cq.schema, cq.name);
  if (!parent || !child) return fail(ctx, 'missing-object', `index "${parent ? cq.name : q.name}" does not exist`);
  child.parent = `${parent.schema}.${parent.name}`;
  // a key attached to the parent's key becomes part of it; under a plain index it stays the partition's own
  if (child.constraint && parent.constraint) {
    const t = ctx.cat.tables.get(`${child.schema}.${child.table}`);
    const c = t?.constraints.get(child.constraint);
    if (c) c.inherited = { local: false };
  }
}
