import type { Node, ResTarget, SelectStmt } from '@pgsql/types';
import type { Rule } from '../lib/lint/types.js';
import { strings } from '../lib/parse/ast.js';

interface Target {
  name: string;
  location?: number;
  /** Assigns a field or an element (`a.x`, `a[1]`): several of those on one column are merged by PostgreSQL. */
  partial?: boolean;
}

/** Assignment targets (UPDATE SET, INSERT column lists, ON CONFLICT DO UPDATE SET, MERGE actions). */
function assignments(list: readonly Node[] | undefined): Target[] {
  return (list ?? []).flatMap((t) => ('ResTarget' in t ? [{ name: t.ResTarget.name ?? '', location: t.ResTarget.location, partial: (t.ResTarget.indirection ?? []).length > 0 }] : []));
}

/**
 * PostgreSQL's output column name of a select-list entry (FigureColname) with its strength (2: a column or
 * function name, 1: a keyword name, 0: `?column?`), for the forms whose name is certain; undefined otherwise
 * (then the entry is left out, so no finding is guessed).
 */
function figureName(v: Node | undefined): [string, number] | undefined {
  if (!v) return undefined;
  if ('ColumnRef' in v) {
    const last = v.ColumnRef.fields?.[v.ColumnRef.fields.length - 1];
    return last && 'String' in last && last.String.sval ? [last.String.sval, 2] : undefined;
  }
  if ('FuncCall' in v) {
    const n = strings(v.FuncCall.funcname).pop();
    return n ? [n, 2] : undefined;
  }
  if ('A_Const' in v) return ['?column?', 0];
  if ('CaseExpr' in v) return ['case', 1];
  if ('TypeCast' in v) {
    const inner = figureName(v.TypeCast.arg as Node | undefined);
    if (!inner) return undefined;
    if (inner[1] === 2) return inner;
    const t = strings(v.TypeCast.typeName?.names).pop();
    return t ? [t, 1] : undefined;
  }
  return undefined;
}

function outputName(rt: ResTarget): string | undefined {
  if (rt.name) return rt.name;
  return figureName(rt.val as Node | undefined)?.[0];
}

/** Columns a query creates (CREATE VIEW / CREATE TABLE AS / SELECT INTO): the column list, then the select list's names. */
function createdColumns(colNames: readonly Node[] | undefined, query: Node | undefined): Target[] {
  const listed = strings(colNames).map((name) => ({ name }));
  const sel: SelectStmt | undefined = query && 'SelectStmt' in query ? query.SelectStmt : undefined;
  // set operations, VALUES and star expansions: the names are not known from the text alone
  if (!sel || sel.op !== 'SETOP_NONE' || sel.valuesLists) return listed;
  const targets = (sel.targetList ?? []).flatMap((t) => ('ResTarget' in t ? [t.ResTarget] : []));
  if (targets.some((t) => t.val && 'ColumnRef' in t.val && t.val.ColumnRef.fields?.some((f) => 'A_Star' in f))) return listed;
  return [...listed, ...targets.slice(listed.length).flatMap((t) => {
    const name = outputName(t);
    return name ? [{ name, location: t.location }] : [];
  })];
}

/** Groups of targets that must not repeat a column, per statement kind. */
function groups(node: Node): Target[][] {
  const columnDefs = (elts: readonly Node[] | undefined) => (elts ?? []).flatMap((e) => ('ColumnDef' in e ? [{ name: e.ColumnDef.colname ?? '', location: e.ColumnDef.location }] : []));
  if ('CreateStmt' in node) return [columnDefs(node.CreateStmt.tableElts)];
  if ('CreateForeignTableStmt' in node) return [columnDefs(node.CreateForeignTableStmt.base?.tableElts)];
  if ('CompositeTypeStmt' in node) return [columnDefs(node.CompositeTypeStmt.coldeflist)];
  if ('ViewStmt' in node) return [createdColumns(node.ViewStmt.aliases, node.ViewStmt.query)];
  if ('CreateTableAsStmt' in node) return [createdColumns(node.CreateTableAsStmt.into?.colNames, node.CreateTableAsStmt.query)];
  if ('SelectStmt' in node) return node.SelectStmt.intoClause ? [createdColumns(node.SelectStmt.intoClause.colNames, node)] : [];
  if ('UpdateStmt' in node) return [assignments(node.UpdateStmt.targetList)];
  if ('InsertStmt' in node) {
    const s = node.InsertStmt;
    return [assignments(s.cols), assignments(s.onConflictClause?.targetList)];
  }
  if ('MergeStmt' in node) return (node.MergeStmt.mergeWhenClauses ?? []).flatMap((c) => ('MergeWhenClause' in c ? [assignments(c.MergeWhenClause.targetList)] : []));
  if ('AlterTableStmt' in node) {
    const added = (node.AlterTableStmt.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c && c.AlterTableCmd.subtype === 'AT_AddColumn' && c.AlterTableCmd.def && 'ColumnDef' in c.AlterTableCmd.def && !c.AlterTableCmd.missing_ok ? [{ name: c.AlterTableCmd.def.ColumnDef.colname ?? '', location: c.AlterTableCmd.def.ColumnDef.location }] : []));
    return [added];
  }
  return [];
}

const rule: Rule = {
  id: 'ban-duplicate-column-assignments',
  defaultSeverity: 'error',
  category: 'design',
  types: ['CreateStmt', 'CreateForeignTableStmt', 'CompositeTypeStmt', 'ViewStmt', 'CreateTableAsStmt', 'SelectStmt', 'UpdateStmt', 'InsertStmt', 'MergeStmt', 'AlterTableStmt'],
  docs: {
    summary: 'The same column twice in CREATE TABLE (also foreign tables and composite types), a view or CREATE TABLE AS / SELECT INTO, INSERT, UPDATE SET, ON CONFLICT DO UPDATE SET or MERGE.',
    why: 'PostgreSQL rejects the statement at run time ("specified more than once" / "multiple assignments to same column"), so the migration fails half-way; usually one of the two was meant to be another column. Assignments to different fields or elements of one column (`a.x`, `a.y`, `a[1]`, `a[2]`) are merged and are fine.',
    fix: 'Name each column once (give output columns of a view or SELECT INTO distinct aliases).',
  },
  examples: {
    bad: [
      'UPDATE users SET status = 1, status = 2;',
      'INSERT INTO users (id, status) VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET status = 1, status = excluded.status;',
      'MERGE INTO users u USING incoming i ON u.id = i.id WHEN MATCHED THEN UPDATE SET status = i.status, status = 0;',
      'MERGE INTO users u USING incoming i ON u.id = i.id WHEN NOT MATCHED THEN INSERT (id, id) VALUES (i.id, i.id);',
      'CREATE VIEW user_names (id, id) AS SELECT id, name FROM users;',
      'CREATE VIEW joined AS SELECT u.id, o.id FROM users u JOIN orders o ON o.user_id = u.id;',
      'CREATE FOREIGN TABLE remote_users (id bigint, id text) SERVER remote;',
      'SELECT id, name AS id INTO users_copy FROM users;',
      'CREATE TABLE users_copy AS SELECT id, id FROM users;',
      'INSERT INTO users (status, status) VALUES (1, 2);',
      'UPDATE items SET tags = ARRAY[1], tags[2] = 3;',
    ],
    good: [
      'UPDATE users SET status = 1, updated_at = now();',
      'UPDATE items SET dims.width = 1, dims.height = 2;',
      'UPDATE items SET tags[1] = 1, tags[2] = 2;',
      'INSERT INTO users (id, status) VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET status = excluded.status;',
      'CREATE VIEW joined AS SELECT u.id, o.id AS order_id FROM users u JOIN orders o ON o.user_id = u.id;',
      'SELECT id, name INTO users_copy FROM users;',
      'SELECT u.*, o.* FROM users u JOIN orders o ON o.user_id = u.id;',
      'CREATE VIEW v AS SELECT coalesce(a, 0), greatest(b, 1) FROM t;',
    ],
  },
  check(ctx) {
    for (const group of groups(ctx.node)) {
      const seen = new Map<string, boolean>();
      for (const { name, location, partial } of group) {
        if (!name) continue;
        const prior = seen.get(name);
        // two partial assignments (fields / elements) of one column are merged; anything else is a duplicate
        if (prior !== undefined && !(prior && partial)) {
          ctx.report({ message: `Column ${name} appears more than once.`, span: location !== undefined && location >= 0 ? ctx.clauseAt(location) : undefined });
        }
        seen.set(name, (prior ?? true) && !!partial);
      }
    }
  },
};
export default rule;
