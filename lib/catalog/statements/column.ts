/**
 * Column definitions (CREATE TABLE and ADD COLUMN): type, NOT NULL, DEFAULT, identity,
 * GENERATED … STORED / VIRTUAL, collation, and serial expansion into an owned sequence.
 */
import { qualified } from '../../source/quote.js';
import type { ColumnDef, Constraint as PgConstraint } from '@pgsql/types';
import type { Column, Identity, Table } from '../model/catalog.js';
import { type ApplyContext, fail, origin } from './context.js';
import { defElems, strings } from '../../parse/ast.js';
import { isNullExpr, makeExpr } from '../query/expr.js';
import { chooseName, relationNameTaken, truncateIdent } from '../query/names.js';
import { sequenceOptions } from './sequence.js';
import { serialBase, typeFromNode } from '../query/types.js';
import { collationFromNames } from './collation.js';
import { columnStorageFromDef } from './column-storage.js';

/** Constraints written on a column that become table constraints (PK, UNIQUE, CHECK, FK), with their attributes applied. */
export interface ColumnConstraint {
  node: PgConstraint;
  column: string;
}

export function identityFrom(ctx: ApplyContext, table: Table, column: string, c: PgConstraint, dataType: string): Identity {
  const seqName = chooseName(table.name, column, 'seq', (n) => relationNameTaken(ctx.cat, table.schema, n));
  const opts = defElems(c.options);
  const named = opts.find((d) => d.defname === 'sequence_name');
  return {
    kind: c.generated_when === 'd' ? 'by default' : 'always',
    sequenceName: named ? strings((named.arg as any)?.List?.items).pop() ?? seqName : seqName,
    options: sequenceOptions(opts, dataType),
  };
}

/**
 * Build a column from its definition. Column-level table constraints are returned for the caller
 * to add after all columns exist (PostgreSQL names them after the table is built).
 */
export function buildColumn(ctx: ApplyContext, table: Table, def: ColumnDef): { column: Column; constraints: ColumnConstraint[] } {
  const name = truncateIdent(def.colname ?? '');
  const serial = serialBase(def.typeName!);
  const type = serial ? { name: serial, mods: [], arrayDims: 0 } : typeFromNode(def.typeName!, ctx.cat);
  const column: Column = { name, type, notNull: false };
  if (def.collClause) column.collation = collationFromNames(ctx.cat, def.collClause.collname);
  columnStorageFromDef(ctx, column, def);
  const constraints: ColumnConstraint[] = [];
  let last: PgConstraint | undefined;
  for (const n of def.constraints ?? []) {
    const c = (n as { Constraint: PgConstraint }).Constraint;
    switch (c.contype) {
      case 'CONSTR_NOTNULL':
        column.notNull = true;
        break;
      case 'CONSTR_NULL':
        column.notNull = false;
        break;
      case 'CONSTR_DEFAULT':
        column.default = makeExpr(c.raw_expr!, { type, catalog: ctx.cat });
        break;
      case 'CONSTR_IDENTITY':
        column.identity = identityFrom(ctx, table, name, c, type.name);
        column.notNull = true;
        break;
      case 'CONSTR_GENERATED':
        column.generated = makeExpr(c.raw_expr!, { type, catalog: ctx.cat, columns: table.columns });
        // PostgreSQL 18's grammar: VIRTUAL, or no keyword at all, is 'v'; STORED is 's'
        if (c.generated_kind === 'v') column.virtual = true;
        else delete column.virtual;
        break;
      case 'CONSTR_ATTR_DEFERRABLE':
        if (last) last.deferrable = true;
        break;
      case 'CONSTR_ATTR_NOT_DEFERRABLE':
        if (last) last.deferrable = false;
        break;
      case 'CONSTR_ATTR_DEFERRED':
        if (last) last.initdeferred = true;
        break;
      case 'CONSTR_ATTR_IMMEDIATE':
        if (last) last.initdeferred = false;
        break;
      case 'CONSTR_ATTR_NOT_ENFORCED':
        if (last) last.is_enforced = false;
        break;
      case 'CONSTR_ATTR_ENFORCED':
        if (last) last.is_enforced = true;
        break;
      default:
        last = { ...c };
        constraints.push({ node: last, column: name });
    }
  }
  if (def.raw_default) column.default = makeExpr(def.raw_default, { type, catalog: ctx.cat });
  // DEFAULT NULL: PostgreSQL stores no default
  if (isNullExpr(column.default, column.type, ctx.cat)) delete column.default;
  if (serial) expandSerial(ctx, table, column);
  return { column, constraints };
}

/** serial = integer NOT NULL DEFAULT nextval('t_c_seq') + a sequence owned by the column. */
function expandSerial(ctx: ApplyContext, table: Table, column: Column): void {
  const seqName = chooseName(table.name, column.name, 'seq', (n) => relationNameTaken(ctx.cat, table.schema, n));
  const k = `${table.schema}.${seqName}`;
  ctx.cat.sequences.set(k, {
    schema: table.schema,
    name: seqName,
    options: sequenceOptions([], column.type.name),
    ownedBy: { schema: table.schema, table: table.name, column: column.name },
    origin: origin(ctx),
  });
  column.notNull = true;
  column.default = makeExpr(
    { FuncCall: { funcname: [{ String: { sval: 'nextval' } }], args: [{ A_Const: { sval: { sval: qualified(table.schema, seqName) } } }], funcformat: 'COERCE_EXPLICIT_CALL' } } as any,
    { catalog: ctx.cat },
  );
}

export function requireColumn(ctx: ApplyContext, table: Table, name: string): Column | undefined {
  const col = table.columns.get(truncateIdent(name));
  if (!col) fail(ctx, 'missing-object', `column "${name}" of relation ${table.schema}.${table.name} does not exist`);
  return col;
}
