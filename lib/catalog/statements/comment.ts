/** COMMENT ON TABLE / COLUMN / INDEX / SEQUENCE / TYPE / SCHEMA / CONSTRAINT. */
import type { CommentStmt } from '@pgsql/types';
import { type ApplyContext, fail } from './context.js';
import { missingRelation } from './unmodelled.js';
import { listItems, qualifiedFromList, strings } from '../../parse/ast.js';
import { resolveIndex, resolveSequence, resolveTable } from '../query/resolve.js';
import { commentTarget } from './comment-other.js';
import { commentObject } from './object-ops.js';
import { resolveStatistics } from './statistics.js';
import { operatorByObject } from './operator.js';
import { commentedOpObject } from './operator-class.js';
import type { ObjectWithArgs } from '@pgsql/types';
import { truncateIdent } from '../query/names.js';
import { isForeignTable, isOutsideType, warnOutside } from './outside.js';
import { castByObject } from './cast.js';

export function comment(ctx: ApplyContext, s: CommentStmt): void {
  const cat = ctx.cat;
  const text = s.comment ?? undefined;
  const obj = s.object!;
  const tn = (obj as any).TypeName;
  const parts = tn ? strings(tn.names) : strings(listItems(obj));
  const set = <T extends { comment?: string }>(o: T | undefined, what: string) => {
    if (!o && /^(relation|table|view|materialized view|column)/.test(what)) return missingRelation(ctx, parts.length > 2 || what === 'column' ? { ...(parts.length > 2 ? { schema: parts[parts.length - 3] } : {}), name: parts[parts.length - 2] ?? '' } : { ...(parts.length > 1 ? { schema: parts[0] } : {}), name: parts[parts.length - 1]! }, `${what} "${parts.join('.')}" does not exist`);
    if (!o) return fail(ctx, 'missing-object', `${what} "${parts.join('.')}" does not exist`);
    if (text === undefined) delete o.comment;
    else o.comment = text;
  };
  // `COMMENT ON COLUMN c` without its table: PostgreSQL's own error, not a lookup of nothing
  if (s.objtype === 'OBJECT_COLUMN' && parts.length < 2) return fail(ctx, 'syntax-error', `column name must be qualified: "${parts.join('.')}"`);
  if (commentObject(ctx, s)) return; // views, functions, procedures, triggers
  const other = commentTarget(cat, s);
  if (other && !other.found && s.objtype === 'OBJECT_TYPE' && isOutsideType(cat, qualifiedFromList(parts))) {
    return warnOutside(ctx, `COMMENT ON TYPE ${parts.join('.')}: shell and base types are not modelled; the comment is not tracked`);
  }
  if (other) return set(other.found, other.what);
  switch (s.objtype) {
    case 'OBJECT_TABLE':
      return set(resolveTable(cat, qualifiedFromList(parts)), 'relation');
    case 'OBJECT_COLUMN': {
      const q = qualifiedFromList(parts.slice(0, -1));
      const t = resolveTable(cat, q);
      if (!t) {
        // an attribute of a composite type; a column of a foreign table (not modelled)
        const comp = (q.schema ? [q.schema] : cat.searchPath).map((sc) => cat.composites.get(`${sc}.${truncateIdent(q.name)}`)).find(Boolean);
        if (comp) return set(comp.attributes.find((a) => a.name === parts[parts.length - 1]), 'column');
        if (isForeignTable(cat, q)) return warnOutside(ctx, `COMMENT ON COLUMN of foreign table "${q.name}" is not modelled; foreign tables are not tracked`);
      }
      return set(t?.columns.get(parts[parts.length - 1]!), 'column');
    }
    case 'OBJECT_INDEX': {
      const q = qualifiedFromList(parts);
      return set(resolveIndex(cat, q.schema, q.name), 'index');
    }
    case 'OBJECT_SEQUENCE': {
      const q = qualifiedFromList(parts);
      return set(resolveSequence(cat, q.schema, q.name), 'sequence');
    }
    case 'OBJECT_SCHEMA':
      return set(cat.schemas.get(parts[0]!), 'schema');
    case 'OBJECT_TABCONSTRAINT': {
      const t = resolveTable(cat, qualifiedFromList(parts.slice(0, -1)));
      return set(t?.constraints.get(parts[parts.length - 1]!), 'constraint');
    }
    case 'OBJECT_STATISTIC_EXT':
      return set(resolveStatistics(cat, qualifiedFromList(parts)), 'statistics object');
    case 'OBJECT_OPERATOR':
      return set(operatorByObject(ctx, (obj as { ObjectWithArgs: ObjectWithArgs }).ObjectWithArgs).found, 'operator');
    case 'OBJECT_OPCLASS':
    case 'OBJECT_OPFAMILY':
      return set(commentedOpObject(cat, s.objtype, obj), s.objtype === 'OBJECT_OPCLASS' ? 'operator class' : 'operator family');
    case 'OBJECT_CAST': {
      const c = castByObject(cat, obj);
      return c.found ? set(c.found, 'cast') : fail(ctx, 'missing-object', `${c.label} does not exist`);
    }
    case 'OBJECT_EVENT_TRIGGER':
      return set(cat.eventTriggers.get(truncateIdent(parts[0] ?? '')), 'event trigger');
    case 'OBJECT_EXTENSION':
      return; // extension comments belong to the extension's own script
    default:
      ctx.diags.push({ code: 'unmodelled-statement', severity: 'warning', message: `COMMENT ON ${String(s.objtype).replace('OBJECT_', '')} is not modelled`, file: ctx.stmt.file.path, span: ctx.stmt.span });
  }
}
