/** DROP TABLE / INDEX / SEQUENCE / TYPE / SCHEMA / EXTENSION, with IF EXISTS and CASCADE. */
import type { DropStmt, Node, ObjectWithArgs } from '@pgsql/types';
import { type ApplyContext, fail } from './context.js';
import { listItems, qualifiedFromList, strings } from '../../parse/ast.js';
import { defaultsUsingSequence, removeTable } from './dependents.js';
import { resolveIndex, resolveSequence, resolveTable } from '../query/resolve.js';
import { dropUserType } from './user-type.js';
import { dropPolicy } from './policy.js';
import { dropIndexTree } from './inheritance.js';
import { resolveCollation } from './collation.js';
import { dropObject } from './object-ops.js';
import { dropStatistics } from './statistics.js';
import { dropTsDictionary } from './text-search-dictionary.js';
import { dropTsConfig } from './text-search-config.js';
import { dropOperator } from './operator.js';
import { dropOpClass, dropOpFamily } from './operator-class.js';
import { schemaDropped, schemaObjects } from '../query/object-dependents.js';
import { dropExtension } from './extension-drop.js';

function objectName(n: Node): { schema?: string; name: string } {
  const tn = (n as { TypeName?: { names?: Node[] } }).TypeName;
  if (tn) return qualifiedFromList(strings(tn.names));
  return qualifiedFromList(strings(listItems(n)));
}

function dependentsError(ctx: ApplyContext, what: string, blockers: string[]): void {
  fail(ctx, 'dependent-objects', `cannot drop ${what} because other objects depend on it: ${blockers.join(', ')}`, 'Use DROP ... CASCADE to drop the dependent objects too.');
}

export function drop(ctx: ApplyContext, s: DropStmt): void {
  const cascade = s.behavior === 'DROP_CASCADE';
  const cat = ctx.cat;
  for (const obj of s.objects ?? []) {
    if (dropObject(ctx, s, obj)) continue; // views, functions, procedures, triggers
    const q = objectName(obj);
    const missing = (kind: string) => {
      if (!s.missing_ok) fail(ctx, 'missing-object', `${kind} "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
    };
    switch (s.removeType) {
      case 'OBJECT_TABLE': {
        const t = resolveTable(cat, q);
        if (!t) { missing('table'); break; }
        const blockers = removeTable(cat, t, cascade);
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
      case 'OBJECT_STATISTIC_EXT':
        dropStatistics(ctx, q, !!s.missing_ok);
        break;
      default:
        // rules other than a view's "_RETURN", casts, publications …: their CREATE is not modelled either (a warning)
        ctx.diags.push({
          code: 'unmodelled-statement', severity: 'warning', file: ctx.stmt.file.path, span: ctx.stmt.span,
          message: `DROP ${String(s.removeType).replace('OBJECT_', '')} is not modelled by the catalogue; the objects it drops are not tracked`,
        });
        return;
    }
  }
}
