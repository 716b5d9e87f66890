/** Typed accessors over parse trees that several rules share. */
import type { AlterTableCmd, AlterTableStmt, ColumnDef, Constraint, Node, RangeVar, TypeName } from '@pgsql/types';
import { strings } from '../parse/ast.js';

export interface Cmd {
  cmd: AlterTableCmd;
  stmt: AlterTableStmt;
}

const NONE: Cmd[] = [];
const cmdCache = new WeakMap<Node, Cmd[]>();

/** The subcommands of an ALTER TABLE statement (none for other statements); computed once per statement. */
export function alterCmds(node: Node): Cmd[] {
  if (!('AlterTableStmt' in node)) return NONE;
  let cmds = cmdCache.get(node);
  if (!cmds) {
    const stmt = node.AlterTableStmt;
    cmds = stmt.objtype && stmt.objtype !== 'OBJECT_TABLE' ? NONE : (stmt.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [{ cmd: c.AlterTableCmd, stmt }] : []));
    cmdCache.set(node, cmds);
  }
  return cmds;
}

export function cmdColumnDef(cmd: AlterTableCmd): ColumnDef | undefined {
  return cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
}

export function cmdConstraint(cmd: AlterTableCmd): Constraint | undefined {
  return cmd.def && 'Constraint' in cmd.def ? cmd.def.Constraint : undefined;
}

export function columnConstraints(def: ColumnDef): Constraint[] {
  return (def.constraints ?? []).flatMap((c) => ('Constraint' in c ? [c.Constraint] : []));
}

/** Constraints an ALTER TABLE adds, by ADD CONSTRAINT or inline in ADD COLUMN, with their statement. */
export function addedConstraints(node: Node): { constraint: Constraint; stmt: AlterTableStmt }[] {
  return alterCmds(node).flatMap(({ cmd, stmt }) => {
    const cons = cmd.subtype === 'AT_AddConstraint' ? [cmdConstraint(cmd)] : cmd.subtype === 'AT_AddColumn' ? columnConstraints(cmdColumnDef(cmd) ?? {}) : [];
    return cons.flatMap((constraint) => (constraint ? [{ constraint, stmt }] : []));
  });
}

export interface AddedColumn {
  def: ColumnDef;
  relation?: RangeVar;
  newTable: boolean;
}

const addedCache = new WeakMap<Node, AddedColumn[]>();

/** Column definitions a statement adds: CREATE TABLE elements and ALTER TABLE ADD COLUMN (computed once per statement). */
export function addedColumns(node: Node): AddedColumn[] {
  let cols = addedCache.get(node);
  if (!cols) addedCache.set(node, (cols = computeAddedColumns(node)));
  return cols;
}

function computeAddedColumns(node: Node): AddedColumn[] {
  if ('CreateStmt' in node) {
    const s = node.CreateStmt;
    return (s.tableElts ?? []).flatMap((e) => ('ColumnDef' in e ? [{ def: e.ColumnDef, relation: s.relation, newTable: true }] : []));
  }
  return alterCmds(node).flatMap(({ cmd, stmt }) => {
    const def = cmd.subtype === 'AT_AddColumn' ? cmdColumnDef(cmd) : undefined;
    return def ? [{ def, relation: stmt.relation, newTable: false }] : [];
  });
}

/** Type names a statement writes: column types, ALTER COLUMN TYPE targets. */
export function writtenTypes(node: Node): { type: TypeName; column?: string }[] {
  const out = addedColumns(node).flatMap(({ def }) => (def.typeName ? [{ type: def.typeName, column: def.colname }] : []));
  for (const { cmd } of alterCmds(node)) {
    const def = cmd.subtype === 'AT_AlterColumnType' ? cmdColumnDef(cmd) : undefined;
    if (def?.typeName) out.push({ type: def.typeName, column: cmd.name });
  }
  return out;
}

/** The bare type name as written, lower case, without `pg_catalog.`: `int4`, `varchar`, `serial`. */
export function typeBaseName(t: TypeName): string {
  const n = strings(t.names);
  return n[n.length - 1] ?? '';
}

/** Columns made primary key by a CREATE TABLE / ADD COLUMN / ADD CONSTRAINT statement. */
export function primaryKeyColumns(node: Node): Set<string> {
  const out = new Set<string>();
  for (const { def } of addedColumns(node)) {
    if (columnConstraints(def).some((c) => c.contype === 'CONSTR_PRIMARY') && def.colname) out.add(def.colname);
  }
  const tableCons: Constraint[] = [];
  if ('CreateStmt' in node) for (const e of node.CreateStmt.tableElts ?? []) if ('Constraint' in e) tableCons.push(e.Constraint);
  for (const { cmd } of alterCmds(node)) {
    const c = cmdConstraint(cmd);
    if (c) tableCons.push(c);
  }
  for (const c of tableCons) if (c.contype === 'CONSTR_PRIMARY') for (const k of strings(c.keys)) out.add(k);
  return out;
}

/** The parse-tree location of a node object, if it has one. */
export function locationOf(n: object | undefined): number | undefined {
  const loc = (n as { location?: number } | undefined)?.location;
  return loc !== undefined && loc >= 0 ? loc : undefined;
}

export function qualifiedName(rv: RangeVar | undefined): string {
  if (!rv) return '';
  return rv.schemaname ? `${rv.schemaname}.${rv.relname}` : rv.relname ?? '';
}

/** The statement's first line (a compact span for statement-wide findings). */
export function firstLineSpan(stmt: { span: { start: number; end: number }; file: { text: string } }): { start: number; end: number } {
  const nl = stmt.file.text.indexOf('\n', stmt.span.start);
  return { start: stmt.span.start, end: nl < 0 ? stmt.span.end : Math.min(nl, stmt.span.end) };
}

/** A regex source matching an identifier as written: optionally quoted, case-insensitive when unquoted. */
export function nameRe(name: string): string {
  return `"?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/"/g, '""')}"?`;
}
