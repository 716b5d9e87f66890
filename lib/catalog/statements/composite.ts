/** Composite types: CREATE TYPE … AS (…), ALTER TYPE … ADD / DROP / ALTER ATTRIBUTE (an ALTER TABLE on OBJECT_TYPE in the parse tree). */
import type { AlterTableCmd, AlterTableStmt, ColumnDef, CompositeTypeStmt } from '@pgsql/types';
import type { Catalog, CompositeAttribute, CompositeType } from '../model/catalog.js';
import { type ApplyContext, creationSchema, fail, origin } from './context.js';
import { qualifiedFromRangeVar } from '../../parse/ast.js';
import { collationFromNames } from './collation.js';
import { truncateIdent } from '../query/names.js';
import { resolveUserType } from '../query/resolve.js';
import { typeFromNode } from '../query/types.js';

export function resolveComposite(cat: Catalog, schema: string | undefined, name: string): CompositeType | undefined {
  const t = resolveUserType(cat, schema, name);
  return t?.kind === 'composite' ? cat.composites.get(`${t.schema}.${t.name}`) : undefined;
}

function attribute(ctx: ApplyContext, def: ColumnDef): CompositeAttribute {
  const a: CompositeAttribute = { name: truncateIdent(def.colname ?? ''), type: typeFromNode(def.typeName!, ctx.cat) };
  const coll = collationFromNames(ctx.cat, def.collClause?.collname);
  if (coll) a.collation = coll;
  return a;
}

export function createComposite(ctx: ApplyContext, s: CompositeTypeStmt): void {
  const q = qualifiedFromRangeVar(s.typevar!);
  const schema = creationSchema(ctx, q.schema);
  const name = truncateIdent(q.name);
  if (!ctx.cat.schemas.has(schema) && ctx.mode === 'replay') return fail(ctx, 'missing-object', `schema "${schema}" does not exist`);
  if (resolveUserType(ctx.cat, schema, name) || ctx.cat.views.has(`${schema}.${name}`)) return fail(ctx, 'duplicate-object', `type "${name}" already exists`);
  const attributes: CompositeAttribute[] = [];
  for (const el of s.coldeflist ?? []) {
    const a = attribute(ctx, (el as { ColumnDef: ColumnDef }).ColumnDef);
    if (attributes.some((x) => x.name === a.name)) return fail(ctx, 'duplicate-object', `column "${a.name}" specified more than once`);
    attributes.push(a);
  }
  ctx.cat.composites.set(`${schema}.${name}`, { schema, name, attributes, origin: origin(ctx) });
}

/** ALTER TYPE composite ADD / DROP / ALTER ATTRIBUTE …, in order. */
export function alterComposite(ctx: ApplyContext, s: AlterTableStmt): void {
  const q = qualifiedFromRangeVar(s.relation!);
  const t = resolveComposite(ctx.cat, q.schema, q.name);
  if (!t) return fail(ctx, 'missing-object', `type "${q.schema ? q.schema + '.' : ''}${q.name}" is not a composite type or does not exist`);
  for (const n of s.cmds ?? []) {
    const cmd = (n as { AlterTableCmd: AlterTableCmd }).AlterTableCmd;
    const at = t.attributes.findIndex((a) => a.name === cmd.name);
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const a = attribute(ctx, (cmd.def as { ColumnDef: ColumnDef }).ColumnDef);
        if (t.attributes.some((x) => x.name === a.name)) { fail(ctx, 'duplicate-object', `column "${a.name}" of relation "${t.name}" already exists`); break; }
        t.attributes.push(a);
        break;
      }
      case 'AT_DropColumn':
        if (at < 0) { if (!cmd.missing_ok) fail(ctx, 'missing-object', `column "${cmd.name}" of relation "${t.name}" does not exist`); break; }
        t.attributes.splice(at, 1);
        break;
      case 'AT_AlterColumnType': {
        if (at < 0) { fail(ctx, 'missing-object', `column "${cmd.name}" of relation "${t.name}" does not exist`); break; }
        const def = (cmd.def as { ColumnDef: ColumnDef }).ColumnDef;
        const a = t.attributes[at]!;
        a.type = typeFromNode(def.typeName!, ctx.cat);
        const coll = collationFromNames(ctx.cat, def.collClause?.collname);
        if (coll) a.collation = coll;
        else delete a.collation;
        break;
      }
      case 'AT_ChangeOwner':
        break;
      default:
        fail(ctx, 'unmodelled-statement', `ALTER TYPE ${String(cmd.subtype).replace('AT_', '')} is not modelled`);
    }
  }
}
