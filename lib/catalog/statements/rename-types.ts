/**
 * RENAME and SET SCHEMA of user types (enum, domain, composite, range), domain constraints,
 * composite attributes, collations, extensions and policies. `renameOther` / `setSchemaOther`
 * return false for statements they do not handle (rename.ts handles relations and schemas).
 */
import type { AlterObjectSchemaStmt, Node, RenameStmt } from '@pgsql/types';
import { type ApplyContext, fail } from './context.js';
import { listItems, qualifiedFromList, qualifiedFromRangeVar, strings } from '../../parse/ast.js';
import { resolveCollation } from './collation.js';
import { resolveComposite } from './composite.js';
import { resolveDomain } from './domain.js';
import { setExtensionSchema } from './extension.js';
import { truncateIdent } from '../query/names.js';
import { renamePolicy } from './policy.js';
import { moveUserType } from './user-type.js';
import { moveTsDictionary } from './text-search-dictionary.js';
import { moveTsConfig } from './text-search-config.js';
import { renamePublication } from './publication.js';

function objectName(n: Node | undefined): { schema?: string; name: string } {
  const tn = (n as { TypeName?: { names?: Node[] } } | undefined)?.TypeName;
  return qualifiedFromList(tn ? strings(tn.names) : strings(n ? listItems(n) : []));
}

export function renameOther(ctx: ApplyContext, s: RenameStmt): boolean {
  const cat = ctx.cat;
  const newname = truncateIdent(s.newname ?? '');
  switch (s.renameType) {
    case 'OBJECT_TYPE':
    case 'OBJECT_DOMAIN':
      moveUserType(ctx, objectName(s.object), { name: newname });
      return true;
    case 'OBJECT_DOMCONSTRAINT': {
      const q = objectName(s.object);
      const d = resolveDomain(cat, q.schema, q.name);
      if (!d) { fail(ctx, 'missing-object', `type "${q.name}" does not exist`); return true; }
      const c = d.constraints.get(s.subname ?? '');
      if (!c) { fail(ctx, 'missing-object', `constraint "${s.subname}" for domain ${d.name} does not exist`); return true; }
      if (d.constraints.has(newname)) { fail(ctx, 'duplicate-object', `constraint "${newname}" for domain ${d.name} already exists`); return true; }
      d.constraints.delete(c.name);
      c.name = newname;
      d.constraints.set(newname, c);
      return true;
    }
    case 'OBJECT_ATTRIBUTE': {
      const q = qualifiedFromRangeVar(s.relation!);
      const t = resolveComposite(cat, q.schema, q.name);
      if (!t) { fail(ctx, 'missing-object', `type "${q.name}" does not exist`); return true; }
      const a = t.attributes.find((x) => x.name === s.subname);
      if (!a) { if (!s.missing_ok) fail(ctx, 'missing-object', `column "${s.subname}" does not exist`); return true; }
      if (t.attributes.some((x) => x.name === newname)) { fail(ctx, 'duplicate-object', `column "${newname}" of relation "${t.name}" already exists`); return true; }
      a.name = newname;
      return true;
    }
    case 'OBJECT_COLLATION': {
      const q = objectName(s.object);
      const c = resolveCollation(cat, q.schema, q.name);
      if (!c) { fail(ctx, 'missing-object', `collation "${q.name}" does not exist`); return true; }
      if (cat.collations.has(`${c.schema}.${newname}`)) { fail(ctx, 'duplicate-object', `collation "${newname}" already exists in schema "${c.schema}"`); return true; }
      cat.collations.delete(`${c.schema}.${c.name}`);
      c.name = newname;
      cat.collations.set(`${c.schema}.${newname}`, c);
      return true;
    }
    case 'OBJECT_POLICY':
      renamePolicy(ctx, s);
      return true;
    case 'OBJECT_TSDICTIONARY':
      moveTsDictionary(ctx, objectName(s.object), { name: newname });
      return true;
    case 'OBJECT_PUBLICATION':
      renamePublication(ctx, objectName(s.object).name, newname);
      return true;
    case 'OBJECT_TSCONFIGURATION':
      moveTsConfig(ctx, objectName(s.object), { name: newname });
      return true;
    default:
      return false;
  }
}

export function setSchemaOther(ctx: ApplyContext, s: AlterObjectSchemaStmt): boolean {
  const cat = ctx.cat;
  const schema = truncateIdent(s.newschema ?? '');
  switch (s.objectType) {
    case 'OBJECT_TYPE':
    case 'OBJECT_DOMAIN':
      moveUserType(ctx, objectName(s.object), { schema });
      return true;
    case 'OBJECT_COLLATION': {
      const q = objectName(s.object);
      const c = resolveCollation(cat, q.schema, q.name);
      if (!c) { fail(ctx, 'missing-object', `collation "${q.name}" does not exist`); return true; }
      cat.collations.delete(`${c.schema}.${c.name}`);
      c.schema = schema;
      cat.collations.set(`${schema}.${c.name}`, c);
      return true;
    }
    case 'OBJECT_TSDICTIONARY':
      moveTsDictionary(ctx, objectName(s.object), { schema });
      return true;
    case 'OBJECT_TSCONFIGURATION':
      moveTsConfig(ctx, objectName(s.object), { schema });
      return true;
    case 'OBJECT_EXTENSION':
      setExtensionSchema(ctx, (s.object as { String?: { sval?: string } }).String?.sval ?? '', schema);
      return true;
    default:
      return false;
  }
}
