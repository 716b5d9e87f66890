/** Key columns of a statement (primary key, identity, serial, foreign key columns), for the integer-width rules. */
import type { AlterTableCmd, ColumnDef, Node, RangeVar, TypeName } from '@pgsql/types';
import { strings } from '../parse/ast.js';
import { serialBase, typeFromNode } from '../catalog/query/types.js';
import { addedColumns, alterCmds, cmdColumnDef, cmdConstraint, columnConstraints } from './nodes.js';
import type { RuleContext } from './types.js';

export interface KeyColumn {
  def: ColumnDef;
  /** Canonical integer type (`integer`, `smallint`, `bigint`), serials resolved. */
  intType: string | undefined;
  serial: boolean;
  why: 'primary key' | 'identity' | 'serial' | 'foreign key';
}

function intTypeOf(t: TypeName | undefined): { name: string | undefined; serial: boolean } {
  if (!t) return { name: undefined, serial: false };
  const s = serialBase(t);
  if (s) return { name: s, serial: true };
  if (t.arrayBounds?.length) return { name: undefined, serial: false };
  return { name: typeFromNode(t).name, serial: false };
}

const cache = new WeakMap<Node, KeyColumn[]>();

/** Key columns a statement defines (computed once per statement). */
export function keyColumns(node: Node): KeyColumn[] {
  let k = cache.get(node);
  if (!k) cache.set(node, (k = computeKeyColumns(node)));
  return k;
}

function computeKeyColumns(node: Node): KeyColumn[] {
  const cols = addedColumns(node);
  const tableKeys = new Map<string, KeyColumn['why']>();
  const tableCons = 'CreateStmt' in node ? (node.CreateStmt.tableElts ?? []).flatMap((e) => ('Constraint' in e ? [e.Constraint] : [])) : [];
  for (const { cmd } of alterCmds(node)) {
    const c = cmdConstraint(cmd);
    if (c) tableCons.push(c);
  }
  for (const c of tableCons) {
    if (c.contype === 'CONSTR_PRIMARY') for (const k of strings(c.keys)) tableKeys.set(k, 'primary key');
    if (c.contype === 'CONSTR_FOREIGN') for (const k of strings(c.fk_attrs)) if (!tableKeys.has(k)) tableKeys.set(k, 'foreign key');
  }
  const out: KeyColumn[] = [];
  for (const { def } of cols) {
    const cons = columnConstraints(def);
    let why: KeyColumn['why'] | undefined;
    if (cons.some((c) => c.contype === 'CONSTR_PRIMARY')) why = 'primary key';
    else if (cons.some((c) => c.contype === 'CONSTR_IDENTITY')) why = 'identity';
    else if (def.colname && tableKeys.has(def.colname)) why = tableKeys.get(def.colname);
    else if (cons.some((c) => c.contype === 'CONSTR_FOREIGN')) why = 'foreign key';
    else if (def.typeName && serialBase(def.typeName)) why = 'serial';
    if (!why) continue; // the type of a column that is no key is never needed
    const { name, serial } = intTypeOf(def.typeName);
    out.push({ def, intType: name, serial, why });
  }
  return out;
}

export interface CatalogKeyColumn {
  column: string;
  intType: string;
  why: 'primary key' | 'foreign key';
  location?: number;
}

/**
 * Columns that ALTER TABLE ... ADD PRIMARY KEY / FOREIGN KEY makes keys, with their current type from
 * the catalogue (pg_dump style: columns created first, keys added by later statements), and key
 * columns the catalogue knows that ALTER COLUMN … TYPE gives a new type (narrowing a bigint key).
 */
export function alteredKeyColumns(ctx: RuleContext): CatalogKeyColumn[] {
  const out: CatalogKeyColumn[] = [];
  for (const { cmd, stmt } of alterCmds(ctx.node)) {
    if (cmd.subtype === 'AT_AlterColumnType') {
      const narrowed = retypedKeyColumn(ctx, stmt.relation, cmd);
      if (narrowed) out.push(narrowed);
      continue;
    }
    const c = cmd.subtype === 'AT_AddConstraint' ? cmdConstraint(cmd) : undefined;
    if (!c || (c.contype !== 'CONSTR_PRIMARY' && c.contype !== 'CONSTR_FOREIGN')) continue;
    const table = ctx.table(stmt.relation);
    if (!table) continue;
    const cols = c.contype === 'CONSTR_PRIMARY' ? strings(c.keys) : strings(c.fk_attrs);
    for (const col of cols) {
      const t = table.columns.get(col)?.type;
      if (t && !t.schema && t.arrayDims === 0) out.push({ column: col, intType: t.name, why: c.contype === 'CONSTR_PRIMARY' ? 'primary key' : 'foreign key', location: c.location });
    }
  }
  return out;
}

/** ALTER COLUMN … TYPE of a column the catalogue knows as a primary or foreign key column, with its new type. */
function retypedKeyColumn(ctx: RuleContext, relation: RangeVar | undefined, cmd: AlterTableCmd): CatalogKeyColumn | undefined {
  const def = cmdColumnDef(cmd);
  const table = ctx.table(relation);
  if (!def?.typeName || !table || !cmd.name) return undefined;
  let why: CatalogKeyColumn['why'] | undefined;
  for (const c of table.constraints.values()) {
    if (c.kind === 'primary' && c.columns.includes(cmd.name)) why = 'primary key';
    else if (c.kind === 'foreign' && c.columns.includes(cmd.name)) why ??= 'foreign key';
  }
  const t = intTypeOf(def.typeName);
  return why && t.name ? { column: cmd.name, intType: t.name, why, location: def.typeName.location } : undefined;
}
