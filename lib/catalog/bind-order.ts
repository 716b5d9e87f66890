/**
 * Ordering refinements for bind. Statements are applied by phase, then file order; within a phase,
 * a statement that needs an object another statement of the same phase defines goes after it
 * (a domain over a composite type, a partition before its parent in file order, a child table
 * before the table it INHERITS). Some statement types change phase with their subject
 * (ALTER INDEX … ATTACH PARTITION runs once indexes exist).
 */
import type { Node } from '@pgsql/types';
import type { Statement } from '../parse/parse.js';
import { inner, strings, visitNodes } from '../parse/ast.js';

/** A phase for statements whose phase depends on more than their type; undefined keeps the type's phase. */
export function phaseOverride(stmt: Statement): number | undefined {
  const n = inner<Record<string, any>>(stmt.node);
  if (stmt.type === 'AlterTableStmt' && n.objtype === 'OBJECT_INDEX') return 6.5;
  // ADD CONSTRAINT … PRIMARY KEY / UNIQUE USING INDEX i adopts an index: once indexes exist
  if (stmt.type === 'AlterTableStmt' && (n.cmds ?? []).some((c: any) => c.AlterTableCmd?.subtype === 'AT_AddConstraint' && c.AlterTableCmd.def?.Constraint?.indexname)) return 6.1;
  // pg_dump writes ALTER TABLE … OWNER TO for views and materialized views too: once they exist
  if (stmt.type === 'AlterTableStmt' && (n.cmds ?? []).every((c: any) => c.AlterTableCmd?.subtype === 'AT_ChangeOwner')) return 6.7;
  // ALTER TABLE … ENABLE / DISABLE TRIGGER: once triggers exist (6.6)
  if (stmt.type === 'AlterTableStmt' && (n.cmds ?? []).length && (n.cmds ?? []).every((c: any) => /^AT_(En|Dis)able.*Trig/.test(c.AlterTableCmd?.subtype ?? ''))) return 6.8;
  if (stmt.type === 'DefineStmt' && n.kind === 'OBJECT_COLLATION') return 1.5;
  if (stmt.type === 'DefineStmt' && n.kind === 'OBJECT_AGGREGATE') return 4.6; // after the functions it names
  if (stmt.type === 'DefineStmt' && n.kind === 'OBJECT_OPERATOR') return 4.65; // after the functions it calls
  if (stmt.type === 'CommentStmt' && /^OBJECT_OP(ERATOR|CLASS|FAMILY)$/.test(String(n.objtype))) return 7;
  if (stmt.type === 'CommentStmt' && n.objtype === 'OBJECT_POLICY') return 8.7; // after the policies
  return undefined;
}

const TYPE_DEFINERS = new Set(['CreateEnumStmt', 'CreateDomainStmt', 'CompositeTypeStmt', 'CreateRangeStmt']);

/** The bare name a statement defines (types, tables) for ordering purposes. */
function defines(stmt: Statement): string | undefined {
  const n = inner<Record<string, any>>(stmt.node);
  switch (stmt.type) {
    case 'CreateEnumStmt':
    case 'CreateRangeStmt':
      return strings(n.typeName).pop();
    case 'CreateDomainStmt':
      return strings(n.domainname).pop();
    case 'CompositeTypeStmt':
      return n.typevar?.relname;
    case 'CreateStmt':
      return n.relation?.relname;
    default:
      return undefined;
  }
}

/** Bare names of types a node mentions. */
function typeNames(node: unknown, out: Set<string>): Set<string> {
  visitNodes(node, (o) => {
    if (o['TypeName'] || ('names' in o && 'typemod' in o)) {
      const names = strings(((o['TypeName'] ?? o) as { names?: Node[] }).names);
      if (names.length) out.add(names[names.length - 1]!);
    }
  });
  return out;
}

/** Bare names the statement needs defined before it. */
function needs(stmt: Statement): string[] {
  const n = inner<Record<string, any>>(stmt.node);
  if (TYPE_DEFINERS.has(stmt.type)) return [...typeNames(n, new Set())];
  // a table needs its parents, and the tables whose row types its columns use
  if (stmt.type === 'CreateStmt') return [...(n.inhRelations ?? []).map((r: { RangeVar?: { relname?: string } }) => r.RangeVar?.relname ?? ''), ...typeNames(n.tableElts, new Set())];
  return [];
}

/**
 * Stable topological order of `items` (already sorted by phase, then file order): within a run of
 * equal phase, an item moves after the items of that run defining what it needs. Cycles keep file order.
 */
export function orderWithinPhases<T extends { stmt: Statement }>(items: T[], phaseOf: (it: T) => number): T[] {
  const out: T[] = [];
  let start = 0;
  while (start < items.length) {
    let end = start;
    const phase = phaseOf(items[start]!);
    while (end < items.length && phaseOf(items[end]!) === phase) end++;
    out.push(...topo(items.slice(start, end)));
    start = end;
  }
  return out;
}

function topo<T extends { stmt: Statement }>(run: T[]): T[] {
  const definedAt = new Map<string, number[]>();
  run.forEach((it, i) => {
    const d = defines(it.stmt);
    if (d) definedAt.set(d, [...(definedAt.get(d) ?? []), i]);
  });
  if (definedAt.size === 0) return run;
  const deps = run.map((it, i) => needs(it.stmt).flatMap((n) => (definedAt.get(n) ?? []).filter((j) => j !== i)));
  if (deps.every((d) => d.length === 0)) return run;
  const done = new Set<number>();
  const out: T[] = [];
  while (out.length < run.length) {
    let next = -1;
    for (let i = 0; i < run.length; i++) {
      if (!done.has(i) && deps[i]!.every((j) => done.has(j))) { next = i; break; }
    }
    if (next < 0) next = run.findIndex((_, i) => !done.has(i)); // a cycle: file order
    done.add(next);
    out.push(run[next]!);
  }
  return out;
}

const RELATION_DROPS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_SEQUENCE', 'OBJECT_INDEX', 'OBJECT_FOREIGN_TABLE']);
const ROUTINE_DROPS = new Set(['OBJECT_FUNCTION', 'OBJECT_PROCEDURE', 'OBJECT_ROUTINE']);
const TYPE_DROPS = new Set(['OBJECT_TYPE', 'OBJECT_DOMAIN']);

/** The object a statement creates, by kind and bare name ('rel:v', 'fn:f', 'type:t'), for file-order sequences. */
function createdKey(stmt: Statement): string | undefined {
  const n = inner<Record<string, any>>(stmt.node);
  switch (stmt.type) {
    case 'CreateStmt': return `rel:${n.relation?.relname}`;
    case 'ViewStmt': return `rel:${n.view?.relname}`;
    case 'CreateTableAsStmt': return `rel:${n.into?.rel?.relname}`;
    case 'CreateSeqStmt': return `rel:${n.sequence?.relname}`;
    case 'IndexStmt': return n.idxname ? `rel:${n.idxname}` : undefined;
    case 'CreateFunctionStmt': return `fn:${strings(n.funcname).pop()}`;
    default: {
      const t = defines(stmt);
      return t && TYPE_DEFINERS.has(stmt.type) ? `type:${t}` : undefined;
    }
  }
}

/** The objects a DROP statement removes, keyed like `createdKey`. */
function droppedKeys(stmt: Statement): string[] {
  if (stmt.type !== 'DropStmt') return [];
  const n = inner<Record<string, any>>(stmt.node);
  const type = String(n.removeType);
  return (n.objects ?? []).flatMap((o: any) => {
    if (RELATION_DROPS.has(type)) return [`rel:${strings(o.List?.items ?? []).pop()}`];
    if (ROUTINE_DROPS.has(type)) return [`fn:${strings(o.ObjectWithArgs?.objname ?? []).pop()}`];
    if (TYPE_DROPS.has(type)) return [`type:${strings(o.TypeName?.names ?? []).pop()}`];
    return [];
  });
}

/**
 * Phases that keep a file's own sequence for one object: a schema file pg_dump (or a tool around it)
 * wrote may drop an object and define it again (`DROP VIEW IF EXISTS v; CREATE VIEW v …`). Bind
 * applies statements by phase, which would run every DROP last; such a DROP instead takes the phase
 * of the definition that follows it in file order, so it runs after the earlier definition and
 * right before the new one (ties keep file order). `items` must be in file order.
 */
export function fileOrderPhases<T extends { stmt: Statement }>(items: T[], phaseOf: (it: T) => number): Map<T, number> {
  const out = new Map<T, number>();
  const laterDefinition = new Map<string, number>(); // key → phase of the next definition after the current item
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    const dropped = droppedKeys(it.stmt);
    const phases = dropped.map((k) => laterDefinition.get(k)).filter((p): p is number => p !== undefined);
    if (phases.length) out.set(it, Math.min(...phases));
    const created = createdKey(it.stmt);
    if (created) laterDefinition.set(created, phaseOf(it));
  }
  return out;
}
