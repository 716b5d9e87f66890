/**
 * Ordering refinements for bind. Statements are applied by phase, then file order; within a phase,
 * a statement that needs an object another statement of the same phase defines goes after it
 * (a domain over a composite type, a partition before its parent in file order, a child table
 * before the table it INHERITS). Some statement types change phase with their subject
 * (ALTER INDEX … ATTACH PARTITION runs once indexes exist, ALTER VIEW once views exist), and a
 * RENAME or SET SCHEMA acts at its place in the file (`renamePhases`).
 */
import type { Node } from '@pgsql/types';
import type { Statement } from '../parse/parse.js';
import { inner, strings, visitNodes } from '../parse/ast.js';

/** Views exist from phase 5.5 (ViewStmt, CreateTableAsStmt); statements that alter one run after them, before indexes (6). */
const VIEW_ALTER_PHASE = 5.6;

/** A phase for statements whose phase depends on more than their type; undefined keeps the type's phase. */
export function phaseOverride(stmt: Statement, views: ViewNames = NO_VIEWS, path: string[] = []): number | undefined {
  const n = inner<Record<string, any>>(stmt.node);
  if (stmt.type === 'AlterTableStmt' && n.objtype === 'OBJECT_INDEX') return 6.5;
  // ALTER TABLE … CLUSTER ON i / SET WITHOUT CLUSTER (pg_dump writes it after the indexes): once indexes exist
  if (stmt.type === 'AlterTableStmt' && (n.cmds ?? []).length && (n.cmds ?? []).every((c: any) => /^AT_(ClusterOn|DropCluster)$/.test(c.AlterTableCmd?.subtype ?? ''))) return 6.5;
  // ADD CONSTRAINT … PRIMARY KEY / UNIQUE USING INDEX i adopts an index: once indexes exist
  if (stmt.type === 'AlterTableStmt' && (n.cmds ?? []).some((c: any) => c.AlterTableCmd?.subtype === 'AT_AddConstraint' && c.AlterTableCmd.def?.Constraint?.indexname)) return 6.1;
  // pg_dump writes ALTER TABLE … OWNER TO for views and materialized views too: once they exist, in file
  // order with GRANT / REVOKE (9), since a grant naming the owner is the owner's
  if (stmt.type === 'AlterTableStmt' && (n.cmds ?? []).every((c: any) => c.AlterTableCmd?.subtype === 'AT_ChangeOwner')) return 9;
  // ALTER TABLE … ENABLE / DISABLE TRIGGER: once triggers exist (6.6)
  // ALTER TABLE … ENABLE / DISABLE RULE: once rules exist (6.7)
  if (stmt.type === 'AlterTableStmt' && (n.cmds ?? []).length && (n.cmds ?? []).every((c: any) => /^AT_(En|Dis)able.*(Trig|Rule)/.test(c.AlterTableCmd?.subtype ?? ''))) return 6.8;
  // rules other than a view's "_RETURN": after tables, views and triggers (their actions are analysed at the end of bind)
  if (stmt.type === 'RuleStmt' && n.rulename !== '_RETURN') return 6.7;
  if (altersView(stmt, views, path)) return VIEW_ALTER_PHASE;
  if (stmt.type === 'DefineStmt' && n.kind === 'OBJECT_COLLATION') return 1.5;
  // text search dictionaries, then the configurations whose mappings name them (types and tables do not use them)
  if (stmt.type === 'DefineStmt' && n.kind === 'OBJECT_TSDICTIONARY') return 1.6;
  if (stmt.type === 'DefineStmt' && n.kind === 'OBJECT_TSCONFIGURATION') return 1.7;
  // CREATE TABLE … AS (not modelled) with the tables, so statements on its table know where it came from
  if (stmt.type === 'CreateTableAsStmt' && n.objtype !== 'OBJECT_MATVIEW') return 4;
  if (stmt.type === 'DefineStmt' && n.kind === 'OBJECT_AGGREGATE') return 4.66; // after the functions it names and the operators (SORTOP)
  if (stmt.type === 'DefineStmt' && n.kind === 'OBJECT_OPERATOR') return 4.65; // after the functions it calls
  // shell types (`CREATE TYPE t;`) with the other types, base types after their I/O functions: neither is modelled,
  // their names are remembered for the COMMENT ON / ALTER … OWNER TO / GRANT pg_dump prints for them (outside.ts)
  if (stmt.type === 'DefineStmt' && n.kind === 'OBJECT_TYPE') return n.definition?.length ? 4.6 : 2;
  if (stmt.type === 'CommentStmt' && /^OBJECT_OP(ERATOR|CLASS|FAMILY)$/.test(String(n.objtype))) return 7;
  if (stmt.type === 'CommentStmt' && n.objtype === 'OBJECT_POLICY') return 8.7; // after the policies
  // publications (8.7): RENAME in file order with CREATE and ALTER PUBLICATION; comments after them
  if (stmt.type === 'RenameStmt' && n.renameType === 'OBJECT_PUBLICATION') return 8.7;
  if (stmt.type === 'CommentStmt' && n.objtype === 'OBJECT_PUBLICATION') return 8.8;
  return undefined;
}

/** The views and materialized views a schema defines, and the other relations, by bare and by qualified name. */
export interface ViewNames {
  views: Set<string>;
  others: Set<string>;
}

const NO_VIEWS: ViewNames = { views: new Set(), others: new Set() };

/** Bare and schema-qualified (explicit, else the creation schema: the first of the search path) names. */
function relationNames(rel: { schemaname?: string; relname?: string } | undefined, path: string[]): string[] {
  if (!rel?.relname) return [];
  return [rel.relname, `${rel.schemaname || path[0] || 'public'}.${rel.relname}`];
}

/** The relation a statement creates, and whether it is a view or a materialized view. */
function createdRelation(stmt: Statement): { rel?: { schemaname?: string; relname?: string }; view: boolean } | undefined {
  const n = inner<Record<string, any>>(stmt.node);
  switch (stmt.type) {
    case 'ViewStmt': return { rel: n.view, view: true };
    case 'CreateTableAsStmt': return { rel: n.into?.rel, view: n.objtype === 'OBJECT_MATVIEW' };
    case 'CreateStmt': return { rel: n.relation, view: false };
    case 'CreateForeignTableStmt': return { rel: n.base?.relation, view: false };
    case 'CreateSeqStmt': return { rel: n.sequence, view: false };
    default: return undefined;
  }
}

/** Names of the views (and of the other relations) the statements define, with the search path in effect at each. */
export function viewNames(items: { stmt: Statement; path: string[] }[]): ViewNames {
  const out: ViewNames = { views: new Set(), others: new Set() };
  for (const it of items) {
    const c = createdRelation(it.stmt);
    for (const name of relationNames(c?.rel, it.path)) (c!.view ? out.views : out.others).add(name);
  }
  return out;
}

/** Does `rel` name a view of the schema? By bare name unless a table of that name exists too, then qualified. */
function namesView(rel: { schemaname?: string; relname?: string } | undefined, views: ViewNames, path: string[]): boolean {
  const [bare, qualified] = relationNames(rel, path);
  if (!bare || !views.views.has(bare)) return false;
  return !views.others.has(bare) || (views.views.has(qualified!) && !views.others.has(qualified!));
}

const VIEW_OBJECTS = new Set(['OBJECT_VIEW', 'OBJECT_MATVIEW']);

/**
 * Does the statement alter a view or materialized view? ALTER VIEW / ALTER MATERIALIZED VIEW (SET / RESET
 * options, ALTER COLUMN … SET DEFAULT, CLUSTER ON, SET TABLESPACE …), their RENAME [COLUMN] and SET SCHEMA,
 * and the same through ALTER TABLE, which PostgreSQL accepts for views too (pg_dump writes
 * `ALTER TABLE ONLY v ALTER COLUMN c SET DEFAULT …` for a view).
 */
function altersView(stmt: Statement, views: ViewNames, path: string[]): boolean {
  const n = inner<Record<string, any>>(stmt.node);
  switch (stmt.type) {
    case 'AlterTableStmt': return VIEW_OBJECTS.has(n.objtype) || (n.objtype === 'OBJECT_TABLE' && namesView(n.relation, views, path));
    case 'RenameStmt':
      if (VIEW_OBJECTS.has(n.renameType) || (n.renameType === 'OBJECT_COLUMN' && VIEW_OBJECTS.has(n.relationType))) return true;
      return (n.renameType === 'OBJECT_TABLE' || n.renameType === 'OBJECT_COLUMN') && namesView(n.relation, views, path);
    case 'AlterObjectSchemaStmt': return VIEW_OBJECTS.has(n.objectType) || (n.objectType === 'OBJECT_TABLE' && namesView(n.relation, views, path));
    default: return false;
  }
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

/** Fields of parse nodes that hold an identifier naming an object (besides String nodes in name lists). */
const NAME_FIELDS = ['relname', 'schemaname', 'idxname', 'trigname', 'policy_name', 'rulename', 'conname', 'colname', 'extname', 'name', 'subname', 'newname'];

/** Does the statement mention `name` as an identifier (a relation, a column, an index, a trigger …)? */
function mentions(stmt: Statement, name: string): boolean {
  let found = false;
  visitNodes(stmt.node, (o) => {
    if (found) return false;
    if (o['String']?.sval === name || NAME_FIELDS.some((f) => o[f] === name)) found = true;
    return !found;
  });
  return found;
}

/** The bare name a RENAME or SET SCHEMA finds its object by, and the name it leaves it with. */
function renamed(stmt: Statement): { from: string; to: string } | undefined {
  const n = inner<Record<string, any>>(stmt.node);
  const last = (o: any): string | undefined => o?.String?.sval ?? strings(o?.List?.items ?? o?.ObjectWithArgs?.objname ?? o?.TypeName?.names ?? []).pop();
  if (stmt.type === 'RenameStmt') {
    const from = n.subname ?? n.relation?.relname ?? last(n.object);
    return from && n.newname ? { from, to: n.newname } : undefined;
  }
  if (stmt.type === 'AlterObjectSchemaStmt') {
    const from = n.relation?.relname ?? last(n.object);
    return from ? { from, to: from } : undefined;
  }
  return undefined;
}

/** Statements that change an existing object: they follow a rename that gave it the name they use. */
const ALTERATIONS = new Set(['AlterTableStmt', 'RenameStmt', 'AlterObjectSchemaStmt', 'CommentStmt', 'GrantStmt', 'AlterOwnerStmt', 'AlterStatsStmt', 'AlterPolicyStmt', 'AlterSeqStmt']);

/**
 * RENAME and SET SCHEMA in a schema file act at their place in it: statements before them name the
 * object by its old name, statements after by its new one. Bind applies statements by phase, so a
 * rename runs after the earlier statements that mention the old name (CREATE INDEX on a view renamed
 * later, CREATE TRIGGER before ALTER TRIGGER … RENAME), and the later alterations (ALTER, COMMENT,
 * GRANT …) that mention the new name run no earlier than the rename. `items` must be in file order.
 */
export function renamePhases<T extends { stmt: Statement }>(items: T[], phaseOf: (it: T) => number): Map<T, number> {
  const out = new Map<T, number>();
  const phase = (x: T) => out.get(x) ?? phaseOf(x);
  const floors = new Map<string, number>(); // new name → phase of the rename that gave it
  items.forEach((it, i) => {
    const own = phaseOf(it);
    if (ALTERATIONS.has(it.stmt.type)) {
      const floor = Math.max(...[...floors].filter(([name]) => mentions(it.stmt, name)).map(([, p]) => p), own);
      if (floor > own) out.set(it, floor);
    }
    const r = renamed(it.stmt);
    if (!r) return;
    const after = Math.max(phase(it), ...items.slice(0, i).filter((x) => mentions(x.stmt, r.from)).map(phase));
    if (after > own) out.set(it, after);
    floors.set(r.to, Math.max(floors.get(r.to) ?? -Infinity, after));
  });
  return out;
}
