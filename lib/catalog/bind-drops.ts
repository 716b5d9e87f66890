/**
 * DROP statements in a declarative schema. Bind applies statements by phase, which would run every
 * DROP last, after every definition, and so remove what the file defines again after the DROP
 * (`DROP SCHEMA IF EXISTS s CASCADE; CREATE SCHEMA s; CREATE TABLE s.t …`, and each object of a
 * `pg_dump --clean --if-exists` file). PostgreSQL runs a file top to bottom: a DROP removes what
 * exists at that point and never an object created after it. So a DROP of an object the file
 * (re)creates later takes the phase of that next definition: it runs after the definitions that
 * precede it in file order and right before the new one (ties keep file order).
 */
import type { Node } from '@pgsql/types';
import type { Diagnostic, Span } from '../source/diagnostic.js';
import type { Statement } from '../parse/parse.js';
import { type Catalog, type Origin, cloneCatalog } from './model/catalog.js';
import { inner, listItems, strings, visitNodes } from '../parse/ast.js';
import { type Census, type CensusEntry, census, censusLabel, removedSince } from './query/census.js';
import { applyGuarded, statementKind } from './statements/guard.js';

/** DROP object types keyed by the kind of key their objects share with their CREATE statements. */
const KEY_KIND: Record<string, string> = {
  OBJECT_TABLE: 'rel', OBJECT_VIEW: 'rel', OBJECT_MATVIEW: 'rel', OBJECT_SEQUENCE: 'rel', OBJECT_INDEX: 'rel', OBJECT_FOREIGN_TABLE: 'rel',
  OBJECT_FUNCTION: 'fn', OBJECT_PROCEDURE: 'fn', OBJECT_ROUTINE: 'fn', OBJECT_AGGREGATE: 'fn',
  OBJECT_TYPE: 'type', OBJECT_DOMAIN: 'type',
  OBJECT_SCHEMA: 'schema', OBJECT_EXTENSION: 'ext', OBJECT_COLLATION: 'coll', OBJECT_TSDICTIONARY: 'tsdict', OBJECT_TSCONFIGURATION: 'tscfg', OBJECT_STATISTIC_EXT: 'stat', OBJECT_OPERATOR: 'op',
  OBJECT_TRIGGER: 'trigger', OBJECT_POLICY: 'policy', OBJECT_RULE: 'rule', OBJECT_PUBLICATION: 'pub',
  OBJECT_CAST: 'cast', OBJECT_EVENT_TRIGGER: 'evt',
};

/** A cast by its type pair's bare names: `source>target`. */
const castName = (types: Node[]) => types.map((t) => strings((t as { TypeName?: { names?: Node[] } }).TypeName?.names).pop()).join('>');

const TYPE_DEFINERS: Record<string, (n: Record<string, any>) => string | undefined> = {
  CreateEnumStmt: (n) => strings(n.typeName).pop(),
  CreateRangeStmt: (n) => strings(n.typeName).pop(),
  CreateDomainStmt: (n) => strings(n.domainname).pop(),
  CompositeTypeStmt: (n) => n.typevar?.relname,
};

const DEFINE_KINDS: Record<string, string> = { OBJECT_AGGREGATE: 'fn', OBJECT_OPERATOR: 'op', OBJECT_COLLATION: 'coll', OBJECT_TSDICTIONARY: 'tsdict', OBJECT_TSCONFIGURATION: 'tscfg', OBJECT_TYPE: 'type' };

/**
 * The object a statement creates, as `kind:name` ('rel:v', 'schema:s', 'trigger:t.tr'). Names are bare
 * (as the parser folded them: unquoted lower-cased, quoted kept): a same-named object of another
 * schema only moves a DROP next to a definition of the same phase, which changes nothing.
 * Triggers, policies and rules are named with their table, as PostgreSQL names them.
 */
export function createdKey(stmt: Statement): string | undefined {
  const n = inner<Record<string, any>>(stmt.node);
  switch (stmt.type) {
    case 'CreateStmt': return `rel:${n.relation?.relname}`;
    case 'CreateForeignTableStmt': return `rel:${n.base?.relation?.relname}`;
    case 'ViewStmt': return `rel:${n.view?.relname}`;
    case 'CreateTableAsStmt': return `rel:${n.into?.rel?.relname}`;
    case 'CreateSeqStmt': return `rel:${n.sequence?.relname}`;
    case 'IndexStmt': return n.idxname ? `rel:${n.idxname}` : undefined;
    case 'CreateFunctionStmt': return `fn:${strings(n.funcname).pop()}`;
    case 'CreateSchemaStmt': return `schema:${n.schemaname ?? n.authrole?.rolename}`;
    case 'CreateExtensionStmt': return `ext:${n.extname}`;
    case 'CreateStatsStmt': return n.defnames ? `stat:${strings(n.defnames).pop()}` : undefined;
    case 'CreateTrigStmt': return `trigger:${n.relation?.relname}.${n.trigname}`;
    case 'CreatePolicyStmt': return `policy:${n.table?.relname}.${n.policy_name}`;
    case 'CreatePublicationStmt': return `pub:${n.pubname}`;
    case 'RuleStmt': return `rule:${n.relation?.relname}.${n.rulename}`;
    case 'CreateCastStmt': return `cast:${castName([{ TypeName: n.sourcetype }, { TypeName: n.targettype }] as Node[])}`;
    case 'CreateEventTrigStmt': return `evt:${n.trigname}`;
    case 'DefineStmt': return DEFINE_KINDS[n.kind] ? `${DEFINE_KINDS[n.kind]}:${strings(n.defnames).pop()}` : undefined;
    default: {
      const t = TYPE_DEFINERS[stmt.type]?.(n);
      return t ? `type:${t}` : undefined;
    }
  }
}

/** The bare name a DROP names an object by: the last part of its name (after the table, for a trigger, policy or rule). */
function droppedName(type: string, o: Node): string | undefined {
  const obj = o as { String?: { sval?: string }; TypeName?: { names?: Node[] }; ObjectWithArgs?: { objname?: Node[] } };
  if (obj.String) return obj.String.sval;
  if (type === 'OBJECT_CAST') return castName(listItems(o));
  if (obj.TypeName) return strings(obj.TypeName.names).pop();
  if (obj.ObjectWithArgs) return strings(obj.ObjectWithArgs.objname).pop();
  const parts = strings(listItems(o));
  if (type === 'OBJECT_TRIGGER' || type === 'OBJECT_POLICY' || type === 'OBJECT_RULE') return parts.length >= 2 ? `${parts[parts.length - 2]}.${parts[parts.length - 1]}` : undefined;
  return parts.pop();
}

/** The objects a DROP statement removes, keyed like `createdKey`. */
export function droppedKeys(stmt: Statement): string[] {
  if (stmt.type !== 'DropStmt') return [];
  const n = inner<Record<string, any>>(stmt.node);
  const type = String(n.removeType);
  const kind = KEY_KIND[type];
  if (!kind) return [];
  return (n.objects ?? []).flatMap((o: Node) => {
    const name = droppedName(type, o);
    return name === undefined ? [] : [`${kind}:${name}`];
  });
}

/** Bare names a statement refers to (relations, types, functions, parents …), literals aside. */
function mentionedNames(stmt: Statement): Set<string> {
  const out = new Set<string>();
  visitNodes(stmt.node, (o) => {
    if (o.A_Const) return false;
    if (typeof o.relname === 'string') out.add(o.relname);
    if (o.String && typeof o.String.sval === 'string') out.add(o.String.sval);
  });
  return out;
}

/** A DROP that takes objects other than those it names: DROP TABLE (partitions, indexes, triggers …) and any CASCADE. */
function dropsMore(stmt: Statement): boolean {
  const n = (stmt.node as { DropStmt?: { behavior?: string; removeType?: string } }).DropStmt;
  return !!n && (n.behavior === 'DROP_CASCADE' || n.removeType === 'OBJECT_TABLE');
}

/** The bare names a DROP names its objects by. */
function droppedNames(stmt: Statement): Set<string> {
  return new Set(droppedKeys(stmt).map((k) => k.slice(k.indexOf(':') + 1).split('.').pop()!));
}

/**
 * The phase of each DROP that precedes, in file order, a definition of an object it drops: the phase
 * of that next definition. `items` must be in file order; DROPs of objects the file does not define
 * again keep their own phase (absent from the map). The objects a DROP drops are those it names and,
 * for a DROP TABLE or a CASCADE, those declared before it that name them (a partition of the table, a
 * table with a column of the type, an aggregate over the function: PostgreSQL drops them too, so a
 * later `CREATE TABLE partition_name` is a new definition). Statements before such a moved DROP that
 * name what it drops but fall in a later phase (an index on the table, an aggregate over the
 * function) take the DROP's phase: they run, in file order, before it, as PostgreSQL runs them.
 */
export function fileOrderPhases<T extends { stmt: Statement }>(items: T[], phaseOf: (it: T) => number): Map<T, number> {
  const out = new Map<T, number>();
  // keys of what each DROP TABLE / CASCADE takes besides what it names: statements before it naming them
  const implied = new Map<T, string[]>();
  const namers = new Map<T, number[]>(); // the statements before each such DROP that name what it drops
  const last = items.reduce((at, it, i) => (dropsMore(it.stmt) ? i : at), -1);
  const mentionedBy = new Map<string, number[]>(); // bare name → statements so far naming it
  for (let i = 0; i <= last; i++) {
    const it = items[i]!;
    if (dropsMore(it.stmt)) {
      const before = [...new Set([...droppedNames(it.stmt)].flatMap((n) => mentionedBy.get(n) ?? []))].sort((a, b) => a - b);
      const keys = before.map((j) => createdKey(items[j]!.stmt)).filter((k): k is string => !!k);
      if (keys.length) implied.set(it, keys);
      if (before.length) namers.set(it, before);
    }
    for (const n of mentionedNames(it.stmt)) {
      const at = mentionedBy.get(n);
      if (at) at.push(i);
      else mentionedBy.set(n, [i]);
    }
  }
  const laterDefinition = new Map<string, number>(); // key → phase of the next definition after the current item
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    const phases = [...droppedKeys(it.stmt), ...(implied.get(it) ?? [])].map((k) => laterDefinition.get(k)).filter((p): p is number => p !== undefined);
    if (phases.length) out.set(it, Math.min(...phases));
    const created = createdKey(it.stmt);
    if (created) laterDefinition.set(created, phaseOf(it));
  }
  for (const [d, before] of namers) {
    const p = out.get(d);
    if (p === undefined) continue;
    for (const j of before) {
      const e = items[j]!;
      if (e.stmt.type !== 'DropStmt' && (out.get(e) ?? phaseOf(e)) > p) out.set(e, p);
    }
  }
  return out;
}

/** Is `o` declared before `stmt` in file order (files sorted by path, as bind reads them)? */
function declaredBefore(o: Origin, stmt: Statement): boolean {
  return o.file === stmt.file.path ? o.span.start < stmt.span.start : o.file < stmt.file.path;
}

function related(e: CensusEntry): { message: string; file: string; span: Span } {
  return { message: `${censusLabel(e)} is declared here`, file: e.origin.file, span: e.origin.span };
}

/**
 * A DROP bind applied in its own phase (late: nothing after it in file order defines its object again)
 * that removed objects declared after it in file order: PostgreSQL, running the file top to bottom,
 * drops them before they exist (or fails). The catalogue would silently lose what the file declares.
 */
export function droppedLaterDeclarations(drop: Statement, before: Census, after: Census): Diagnostic[] {
  const later = removedSince(before, after).filter((e) => !declaredBefore(e.origin, drop));
  if (!later.length) return [];
  return [{
    code: 'drop-removes-later-definition', severity: 'error', file: drop.file.path, span: drop.span,
    message: `this ${statementKind(drop)} removes ${later.slice(0, 5).map((e) => censusLabel(e)).join(', ')}${later.length > 5 ? ` and ${later.length - 5} more` : ''}, declared after it in file order`,
    help: 'A schema file runs top to bottom: move the DROP after the definitions it should remove, or remove it (or the definitions).',
    related: later.slice(0, 5).map(related),
  }];
}

/**
 * The DROP … CASCADE statements `fileOrderPhases` moved that some statement before them in file order
 * runs after (a later phase): only those can miss objects PostgreSQL would drop with them. `items`
 * must be in file order.
 */
export function earlyCascadingDrops<T extends { stmt: Statement }>(items: T[], phaseOf: (it: T) => number, moved: Map<T, number>): T[] {
  const out: T[] = [];
  let latest = -Infinity; // the latest phase of the statements so far
  for (const it of items) {
    const cascade = (it.stmt.node as { DropStmt?: { behavior?: string } }).DropStmt?.behavior === 'DROP_CASCADE';
    if (cascade && moved.has(it) && latest > phaseOf(it)) out.push(it);
    latest = Math.max(latest, phaseOf(it));
  }
  return out;
}

/**
 * DROP … CASCADE statements moved before the next definition of their object (`fileOrderPhases`)
 * also run before objects declared earlier in file order but created in a later phase (a table of
 * a schema dropped and created again, a column of an extension's type). PostgreSQL, running the
 * file in order, would drop those with the CASCADE; bind keeps them, as the file declares them,
 * and says so. Each DROP is applied again to a copy of the finished catalogue, in file order.
 */
export function keptByEarlyDrops(cat: Catalog, cascading: { stmt: Statement; path: string[] }[]): Diagnostic[] {
  if (!cascading.length) return [];
  const copy = cloneCatalog(cat);
  const out: Diagnostic[] = [];
  let before = census(copy);
  for (const d of cascading) {
    copy.searchPath = d.path.length ? d.path : cat.searchPath;
    applyGuarded(copy, d.stmt, [], { mode: 'bind' });
    const after = census(copy);
    const earlier = removedSince(before, after).filter((e) => declaredBefore(e.origin, d.stmt));
    before = after;
    if (!earlier.length) continue;
    out.push({
      code: 'drop-keeps-earlier-definition', severity: 'warning', file: d.stmt.file.path, span: d.stmt.span,
      message: `this ${statementKind(d.stmt)} comes after ${earlier.slice(0, 5).map((e) => censusLabel(e)).join(', ')}${earlier.length > 5 ? ` and ${earlier.length - 5} more` : ''} in file order: run in order, PostgreSQL would drop them with it; the schema keeps them`,
      help: 'Move the DROP before the definitions (or remove it) so the file means the same run in order.',
      related: earlier.slice(0, 5).map(related),
    });
  }
  return out;
}
