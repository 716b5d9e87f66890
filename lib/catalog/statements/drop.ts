/** DROP TABLE / INDEX / SEQUENCE / TYPE / SCHEMA / EXTENSION, with IF EXISTS and CASCADE. */
import type { DropStmt, Node, ObjectWithArgs } from '@pgsql/types';
import { type ApplyContext, fail } from './context.js';
import { listItems, qualifiedFromList, strings } from '../../parse/ast.js';
import { defaultsUsingSequence, removeTable } from './dependents.js';
import { resolveIndex, resolveSequence, resolveTable } from '../query/resolve.js';
import { dropUserType, findUserType } from './user-type.js';
import type { Table } from '../model/catalog.js';
import type { Diagnostic } from '../../source/diagnostic.js';
import { resolveViewByName } from './view.js';
import { resolveFunction } from './function.js';
import { dropPolicy } from './policy.js';
import { dropIndexTree } from './inheritance.js';
import { resolveCollation } from './collation.js';
import { dropObject } from './object-ops.js';
import { dropStatistics } from './statistics.js';
import { dropPublication } from './publication.js';
import { publicationSchemaDropped } from '../query/publication-members.js';
import { dropTsDictionary } from './text-search-dictionary.js';
import { dropTsConfig } from './text-search-config.js';
import { dropOperator } from './operator.js';
import { dropOpClass, dropOpFamily } from './operator-class.js';
import { schemaDropped, schemaObjects } from '../query/object-dependents.js';
import { dropExtension } from './extension-drop.js';
import { dropCast } from './cast.js';
import { dropEventTrigger } from './event-trigger.js';

function objectName(n: Node): { schema?: string; name: string } {
  const tn = (n as { TypeName?: { names?: Node[] } }).TypeName;
  if (tn) return qualifiedFromList(strings(tn.names));
  return qualifiedFromList(strings(listItems(n)));
}

function dependentsError(ctx: ApplyContext, what: string, blockers: string[]): void {
  fail(ctx, 'dependent-objects', `cannot drop ${what} because other objects depend on it: ${blockers.join(', ')}`, 'Use DROP ... CASCADE to drop the dependent objects too.');
}

export function drop(ctx: ApplyContext, s: DropStmt): void {
  const objects = s.objects ?? [];
  if (objects.length < 2 || s.behavior === 'DROP_CASCADE') {
    for (const obj of objects) dropOne(ctx, s, obj, new Set());
    return;
  }
  dropTogether(ctx, s, objects);
}

/**
 * Several objects without CASCADE: PostgreSQL resolves them all, then drops them as one, so an object
 * that depends only on others of the list does not block (`DROP TABLE pk, fk`, `DROP VIEW v1, v2`,
 * `DROP DOMAIN d, d_over_d`), and one that went with an earlier one (a partition after its parent) is
 * not missing. Each object is tried in turn; a blocked one is tried again once others went (a blocked
 * drop changes nothing); tables of the list never block each other (cycles of foreign keys).
 */
function dropTogether(ctx: ApplyContext, s: DropStmt, objects: Node[]): void {
  const together = new Set<Table>();
  if (s.removeType === 'OBJECT_TABLE') for (const o of objects) { const t = resolveTable(ctx.cat, objectName(o)); if (t) together.add(t); }
  const existed = objects.map((o) => existsNow(ctx, s, o));
  let pending = objects.map((_, i) => i);
  const last = new Map<number, Diagnostic[]>();
  for (;;) {
    const blocked: number[] = [];
    for (const i of pending) {
      const sub: ApplyContext = { ...ctx, diags: [] };
      dropOne(sub, s, objects[i]!, together);
      if (sub.diags.some((d) => d.code === 'dependent-objects')) { blocked.push(i); last.set(i, sub.diags); continue; }
      ctx.diags.push(...sub.diags.filter((d) => !(d.code === 'missing-object' && existed[i])));
    }
    if (!blocked.length || blocked.length === pending.length) {
      if (blocked.length) ctx.diags.push(...last.get(blocked[0]!)!); // one error for the statement, as PostgreSQL
      return;
    }
    pending = blocked;
  }
}

/** Does the object a DROP names exist before the statement runs? (Kinds without a lookup here count as existing.) */
function existsNow(ctx: ApplyContext, s: DropStmt, obj: Node): boolean {
  const q = objectName(obj);
  switch (s.removeType) {
    case 'OBJECT_TABLE': return !!resolveTable(ctx.cat, q);
    case 'OBJECT_VIEW': case 'OBJECT_MATVIEW': return !!resolveViewByName(ctx.cat, q);
    case 'OBJECT_INDEX': return !!resolveIndex(ctx.cat, q.schema, q.name);
    case 'OBJECT_SEQUENCE': return !!resolveSequence(ctx.cat, q.schema, q.name);
    case 'OBJECT_TYPE': case 'OBJECT_DOMAIN': return !!findUserType(ctx.cat, q.schema, q.name);
    case 'OBJECT_FUNCTION': case 'OBJECT_PROCEDURE': case 'OBJECT_ROUTINE': case 'OBJECT_AGGREGATE':
      return !!resolveFunction({ ...ctx, diags: [] }, (obj as { ObjectWithArgs: ObjectWithArgs }).ObjectWithArgs, s.removeType === 'OBJECT_PROCEDURE' ? 'procedure' : s.removeType === 'OBJECT_ROUTINE' ? 'routine' : 'function', true);
    default: return true;
  }
}

function dropOne(ctx: ApplyContext, s: DropStmt, obj: Node, together: ReadonlySet<Table>): void {
  const cascade = s.behavior === 'DROP_CASCADE';
  const cat = ctx.cat;
  {
    if (dropObject(ctx, s, obj)) return; // views, functions, procedures, triggers
    const q = objectName(obj);
    const missing = (kind: string) => {
      if (!s.missing_ok) fail(ctx, 'missing-object', `${kind} "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
    };
    switch (s.removeType) {
      case 'OBJECT_TABLE': {
        const t = resolveTable(cat, q);
        if (!t) { missing('table'); break; }
        const blockers = removeTable(cat, t, cascade, together);
        if (blockers.length) dependentsError(ctx, `table ${t.name}`, blockers);
        break;
      }
      case 'OBJECT_INDEX': {
        const i = resolveIndex(cat, q.schema, q.name);
        if (!i) { missing('index'); break; }
        if (i.constraint) { fail(ctx, 'dependent-objects', `cannot drop index ${i.name} because constraint ${i.constraint} on table ${i.table} requires it`); break; }
        const blocked = dropIndexTree(cat, i, cascade); // a partitioned index takes its partitions' indexes
        if (blocked) fail(ctx, 'dependent-objects', blocked);
        break;
      }
      case 'OBJECT_SEQUENCE': {
        const seq = resolveSequence(cat, q.schema, q.name);
        if (!seq) { missing('sequence'); break; }
        const k = `${seq.schema}.${seq.name}`;
        const users = defaultsUsingSequence(cat, k);
        if (users.length && !cascade) { dependentsError(ctx, `sequence ${seq.name}`, users.map((u) => `default value for column ${u.column.name} of table ${u.table.name}`)); break; }
        for (const u of users) delete u.column.default;
        cat.sequences.delete(k);
        break;
      }
      case 'OBJECT_TYPE':
      case 'OBJECT_DOMAIN':
        dropUserType(ctx, q, { cascade, missingOk: !!s.missing_ok, domain: s.removeType === 'OBJECT_DOMAIN' });
        break;
      case 'OBJECT_POLICY':
        dropPolicy(ctx, strings(listItems(obj)), !!s.missing_ok);
        break;
      case 'OBJECT_COLLATION': {
        const c = resolveCollation(cat, q.schema, q.name);
        if (!c) { missing('collation'); break; }
        cat.collations.delete(`${c.schema}.${c.name}`);
        break;
      }
      case 'OBJECT_SCHEMA': {
        const name = q.name;
        if (!cat.schemas.has(name)) { missing('schema'); break; }
        const owned = [...cat.tables.values(), ...cat.sequences.values(), ...cat.enums.values(), ...cat.domains.values(), ...cat.composites.values(), ...cat.ranges.values(), ...cat.collations.values(), ...cat.tsDictionaries.values(), ...cat.tsConfigs.values(), ...cat.indexes.values(), ...schemaObjects(cat, name)].filter((o) => o.schema === name);
        if (owned.length && !cascade) { dependentsError(ctx, `schema ${name}`, owned.slice(0, 5).map((o) => o.name)); break; }
        schemaDropped(cat, name); // views, functions, triggers
        publicationSchemaDropped(cat, name); // TABLES IN SCHEMA goes with it, silently
        for (const t of [...cat.tables.values()]) if (t.schema === name) removeTable(cat, t, true);
        for (const m of [cat.sequences, cat.enums, cat.domains, cat.composites, cat.ranges, cat.collations, cat.tsConfigs, cat.tsDictionaries, cat.indexes] as Map<string, { schema: string }>[]) for (const [k, o] of m) if (o.schema === name) m.delete(k);
        cat.schemas.delete(name);
        break;
      }
      case 'OBJECT_EXTENSION':
        dropExtension(ctx, q.name, cascade, !!s.missing_ok);
        break;
      case 'OBJECT_OPERATOR':
        dropOperator(ctx, (obj as { ObjectWithArgs: ObjectWithArgs }).ObjectWithArgs, !!s.missing_ok);
        break;
      case 'OBJECT_OPCLASS':
        dropOpClass(ctx, obj, !!s.missing_ok);
        break;
      case 'OBJECT_OPFAMILY':
        dropOpFamily(ctx, obj, !!s.missing_ok);
        break;
      case 'OBJECT_TSDICTIONARY':
        dropTsDictionary(ctx, q, cascade, !!s.missing_ok);
        break;
      case 'OBJECT_TSCONFIGURATION':
        dropTsConfig(ctx, q, !!s.missing_ok);
        break;
      case 'OBJECT_PUBLICATION':
        dropPublication(ctx, q.name, !!s.missing_ok);
        break;
      case 'OBJECT_STATISTIC_EXT':
        dropStatistics(ctx, q, !!s.missing_ok);
        break;
      case 'OBJECT_CAST': // nothing depends on a cast
        dropCast(ctx, obj, !!s.missing_ok);
        break;
      case 'OBJECT_EVENT_TRIGGER':
        dropEventTrigger(ctx, strings([obj])[0] ?? '', !!s.missing_ok);
        break;
      default:
        // rules other than a view's "_RETURN", publications …: their CREATE is not modelled either (a warning)
        ctx.diags.push({
          code: 'unmodelled-statement', severity: 'warning', file: ctx.stmt.file.path, span: ctx.stmt.span,
          message: `DROP ${String(s.removeType).replace('OBJECT_', '')} is not modelled by the catalogue; the objects it drops are not tracked`,
        });
        return;
    }
  }
}
